"""Fuzzy name search inside the encrypted database: retrieval by sound keys,
then scoring of a bounded candidate set (app.domain.name_search).

Two derived tables (migration 0009), written with the search index whenever a
dossier is saved:

* `name_keys(key, applicant_id)`: the consonant skeleton of every reading of
  every name token (app.domain.phonetics.coarse); for surnames and aliases also
  the skeleton with one letter left out, so one wrong, missing or extra
  consonant still shares a key (SymSpell's trick: two words one edit apart
  share a deletion).
* `name_tokens(applicant_id, tokens)`: the tokens with their readings, so a
  search scores candidates without recomputing anything.

A query's words each give a set of keys (a given name also the keys of its given-name
variants: Mikalaj retrieves Николай); the candidates are the applicants that
have a key of every word (SQL INTERSECT), newest first, at most MAX_CANDIDATES;
when no applicant has all of them, the newest MAX_CANDIDATES / 4 with all but one word's keys
(a word too mangled to share a key must still read alike to match; this fallback is
usually empty-handed, so it is kept small).
Scoring reads and compares only those candidates: ~3 ms for 200.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from itertools import combinations

from app.domain import given_names
from app.domain.model import Person
from app.domain.name_search import Ranked, Token, rank, token
from app.domain.phonetics import coarse, deletes
from app.domain.search_query import Term
from app.vault.connection import Connection

MAX_CANDIDATES = 200
MAX_WORDS = 4
_TYPO_ROLES = ("s", "a")  # surnames and aliases get one-letter-off keys


def person_tokens(p: Person) -> list[Token]:
    out: list[Token] = []
    for role, fields in (("s", (p.surname, p.surname_latin)), ("g", (p.given_name, p.given_name_latin)),
                         ("p", (p.patronymic, p.patronymic_latin)), ("a", tuple(p.aliases)), ("c", (p.callsign,))):
        for text in fields:
            out += [t for t in token(role, text) if t[1] not in {x[1] for x in out if x[0] == role}]
    return out


def token_keys(tokens: list[Token]) -> set[str]:
    keys: set[str] = set()
    for role, _form, rs in tokens:
        for r in rs:
            k = coarse(r)
            keys.add(k)
            if role in _TYPO_ROLES:
                keys |= deletes(k)
    return keys


def index_names(conn: Connection, applicant_id: int, p: Person) -> None:
    tokens = person_tokens(p)
    unindex_names(conn, applicant_id)
    conn.execute("INSERT INTO name_tokens(applicant_id, tokens) VALUES (?, ?)",
                 (applicant_id, json.dumps(tokens, ensure_ascii=False, separators=(",", ":"))))
    conn.executemany("INSERT OR IGNORE INTO name_keys(key, applicant_id) VALUES (?, ?)",
                     [(k, applicant_id) for k in sorted(token_keys(tokens))])


def unindex_names(conn: Connection, applicant_id: int) -> None:
    conn.execute("DELETE FROM name_keys WHERE applicant_id = ?", (applicant_id,))
    conn.execute("DELETE FROM name_tokens WHERE applicant_id = ?", (applicant_id,))


def query_words(terms: list[Term]) -> list[str]:
    """The words a fuzzy search looks for: names only (no prefixes, numbers or codes)."""
    words = []
    for t in terms:
        if t.prefix:
            return []
        words += [w for w in t.text.replace("-", " ").split() if sum(ch.isalpha() for ch in w) >= 2
                  and not any(ch.isdigit() for ch in w)]
    return list(dict.fromkeys(words))[:MAX_WORDS]


@lru_cache(maxsize=4096)
def _word_keys(word: str) -> tuple[str, ...]:
    """The keys a query word retrieves by: its own (typo-tolerant, as a surname's) and, when it
    is a given name, the keys of every spelling of its given-name items (Mikalaj retrieves
    Николай, Iars Ярослав): those are scored as a "given-name variant" and often share no
    letters' skeleton with the word typed."""
    keys = token_keys(token("s", word))
    if keys:
        keys |= {coarse(s) for s in given_names.variant_sounds(word)}
    return tuple(sorted(keys))


def _candidates(conn: Connection, key_sets: Sequence[Sequence[str]], limit: int | None = None) -> list[int]:
    """Applicants with a key of every word, newest first (as the exact stage lists broad matches)."""
    parts: list[str] = []
    params: list[str] = []
    for keys in key_sets:
        parts.append(f"SELECT DISTINCT applicant_id FROM name_keys WHERE key IN ({','.join('?' * len(keys))})")
        params += keys
    sql = " INTERSECT ".join(parts) + f" ORDER BY 1 DESC LIMIT {int(limit or MAX_CANDIDATES)}"
    return [r[0] for r in conn.execute(sql, params)]


def fuzzy_search(conn: Connection, terms: list[Term]) -> list[Ranked]:
    words = [w for w in query_words(terms) if _word_keys(w)]
    key_sets = [_word_keys(w) for w in words]
    if not key_sets:
        return []
    ids = _candidates(conn, key_sets)
    if not ids and len(key_sets) > 1:  # one word may be too mangled: every word but one
        seen: dict[int, None] = {}
        for subset in combinations(key_sets, len(key_sets) - 1):
            seen.update(dict.fromkeys(_candidates(conn, list(subset), MAX_CANDIDATES // 4)))
        ids = list(seen)
    if not ids:
        return []
    rows = conn.execute(f"SELECT applicant_id, tokens FROM name_tokens WHERE applicant_id IN "
                        f"({','.join('?' * len(ids))})", ids).fetchall()
    candidates = {i: json.loads(text) for i, text in rows}  # [role, form, [readings]] lists
    return rank(words, candidates)
