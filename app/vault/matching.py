"""Duplicate and watchlist matching inside the vault (see app.domain.matching).

Retrieval keys are rows of `match_keys` (one indexed lookup per key), so a
check against 100k applicants scores a handful of candidates, not everyone.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from app.domain.dates import exact
from app.domain.enums import DatePrecision
from app.domain.matching import LIKELY, Identity, Match, retrieval_keys, score
from app.domain.model import Person
from app.vault import packing
from app.vault.connection import Connection

MAX_CANDIDATES = 200


def identity_of(case_number: str, p: Person) -> Identity:
    aliases = (*p.aliases, p.surname_latin) if p.surname_latin else tuple(p.aliases)
    return Identity(case_number, p.surname, p.given_name, p.patronymic, aliases,
                    exact(p.date_of_birth, p.date_of_birth_precision), p.place_of_birth,
                    tuple(d.number for d in p.documents))


def index_applicant(conn: Connection, applicant_id: int, ident: Identity) -> None:
    conn.execute("DELETE FROM match_keys WHERE applicant_id = ?", (applicant_id,))
    conn.executemany("INSERT OR IGNORE INTO match_keys(key, applicant_id) VALUES (?, ?)",
                     [(k, applicant_id) for k in retrieval_keys(ident)])


def unindex_applicant(conn: Connection, applicant_id: int) -> None:
    """A case merged away is matched through the case it joined: its own keys go."""
    conn.execute("DELETE FROM match_keys WHERE applicant_id = ?", (applicant_id,))


def _identity_row(conn: Connection, applicant_id: int) -> Identity | None:
    row = conn.execute(
        "SELECT a.case_number, d.details FROM applicants a JOIN applicant_details d ON d.applicant_id = a.id "
        "WHERE a.id = ? AND a.merged_into IS NULL", (applicant_id,)).fetchone()
    if row is None:
        return None
    p = packing.loads(row[1])
    dob = p.get("date_of_birth") if p.get("date_of_birth_precision", DatePrecision.DAY) == DatePrecision.DAY else None
    return Identity(row[0], p.get("surname", ""), p.get("given_name", ""), p.get("patronymic", ""),
                    tuple(p.get("aliases", [])) + ((p["surname_latin"],) if p.get("surname_latin") else ()),
                    date.fromisoformat(dob) if dob else None, p.get("place_of_birth", ""),
                    tuple(d.get("number", "") for d in p.get("documents", [])))


def _decided(conn: Connection, a: str, b: str) -> str | None:
    row = conn.execute("SELECT decision FROM match_decisions WHERE case_a = ? AND case_b = ?",
                       tuple(sorted((a, b)))).fetchone()
    return str(row[0]) if row else None


def duplicates(conn: Connection, ident: Identity, exclude_id: int | None = None,
               include_decided: bool = False) -> list[Match]:
    """Likely and possible duplicates among the live applicants, likely first."""
    keys = sorted(retrieval_keys(ident))
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    ids = [r[0] for r in conn.execute(
        f"SELECT DISTINCT applicant_id FROM match_keys WHERE key IN ({marks}) LIMIT {MAX_CANDIDATES}", keys)]
    out = []
    for applicant_id in ids:
        if applicant_id == exclude_id:
            continue
        other = _identity_row(conn, applicant_id)
        if other is None or other.ref == ident.ref:
            continue
        m = score(ident, other)
        if m.tier and (include_decided or _decided(conn, ident.ref, other.ref) is None):
            out.append(m)
    return sorted(out, key=lambda m: (m.tier != LIKELY, -m.score))


# -- watchlist -------------------------------------------------------------------------
def watchlist_identity(entry: dict[str, Any]) -> Identity:
    dob = entry.get("date_of_birth")
    return Identity(str(entry["id"]), entry["surname"], entry.get("given_name", ""), entry.get("patronymic", ""),
                    tuple(entry.get("aliases", [])), date.fromisoformat(dob) if dob else None,
                    entry.get("place_of_birth", ""), tuple(entry.get("documents", [])))


def watchlist_hits_for(conn: Connection, applicant_id: int, ident: Identity) -> list[tuple[int, Match]]:
    keys = sorted(retrieval_keys(ident))
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    hits = []
    for entry_rowid, data in conn.execute(
            f"SELECT DISTINCT w.id, w.data FROM watchlist_keys k JOIN watchlist w ON w.id = k.entry "
            f"WHERE k.key IN ({marks}) LIMIT {MAX_CANDIDATES}", keys).fetchall():
        m = score(ident, watchlist_identity(json.loads(data)))
        if m.tier:
            hits.append((int(entry_rowid), m))
    conn.execute("DELETE FROM watchlist_hits WHERE applicant_id = ?", (applicant_id,))
    conn.executemany("INSERT INTO watchlist_hits(applicant_id, entry, score, reasons, tier) VALUES (?, ?, ?, ?, ?)",
                     [(applicant_id, e, m.score, json.dumps(list(m.reasons)), m.tier) for e, m in hits])
    return hits


def stored_hits(conn: Connection, applicant_id: int) -> list[dict[str, Any]]:
    return [{"entry": entry_id, "score": sc, "reasons": json.loads(reasons), "tier": tier,
             "notes": json.loads(data).get("notes", "")}
            for entry_id, sc, reasons, tier, data in conn.execute(
                "SELECT w.entry_id, h.score, h.reasons, h.tier, w.data FROM watchlist_hits h JOIN watchlist w "
                "ON w.id = h.entry WHERE h.applicant_id = ? ORDER BY h.tier = 'likely' DESC, h.score DESC",
                (applicant_id,))]


def replace_watchlist(conn: Connection, entries: list[dict[str, Any]], at: str) -> set[int]:
    """Replace the entries; returns the applicants that had hits (their hits go with the old entries)."""
    before = {r[0] for r in conn.execute("SELECT DISTINCT applicant_id FROM watchlist_hits")}
    conn.execute("DELETE FROM watchlist")
    for entry in entries:
        cur = conn.execute("INSERT INTO watchlist(entry_id, data, imported_at) VALUES (?, ?, ?)",
                           (str(entry["id"]), json.dumps(entry, ensure_ascii=False), at))
        conn.executemany("INSERT OR IGNORE INTO watchlist_keys(key, entry) VALUES (?, ?)",
                         [(k, cur.lastrowid) for k in retrieval_keys(watchlist_identity(entry))])
    return before


def recheck_watchlist(conn: Connection) -> set[int]:
    """Match every watchlist entry against the applicants' keys (entries → candidates,
    not applicants → entries), and return the applicants whose hits changed."""
    before = {r[0] for r in conn.execute("SELECT DISTINCT applicant_id FROM watchlist_hits")}
    conn.execute("DELETE FROM watchlist_hits")
    hit: set[int] = set()
    for entry_rowid, data in conn.execute("SELECT id, data FROM watchlist").fetchall():
        entry = watchlist_identity(json.loads(data))
        keys = sorted(retrieval_keys(entry))
        if not keys:
            continue
        marks = ",".join("?" * len(keys))
        for (applicant_id,) in conn.execute(
                f"SELECT DISTINCT applicant_id FROM match_keys WHERE key IN ({marks}) LIMIT {MAX_CANDIDATES}",
                keys).fetchall():
            ident = _identity_row(conn, applicant_id)
            if ident is None:
                continue
            m = score(ident, entry)
            if m.tier:
                conn.execute("INSERT OR REPLACE INTO watchlist_hits(applicant_id, entry, score, reasons, tier) "
                             "VALUES (?, ?, ?, ?, ?)",
                             (applicant_id, entry_rowid, m.score, json.dumps(list(m.reasons)), m.tier))
                hit.add(applicant_id)
    return before | hit


def with_duplicates(conn: Connection, max_group: int = 50) -> set[int]:
    """Applicants that have a likely or possible duplicate, found by scoring only pairs that share a key."""
    found: set[int] = set()
    # The broad surname-prefix-and-year keys are left out: they serve typo tolerance at save
    # time, and in bulk they would pair up thousands of namesakes.
    groups = conn.execute("SELECT key, group_concat(applicant_id) FROM match_keys WHERE key NOT LIKE 'sy:%' "
                          "GROUP BY key HAVING count(*) > 1").fetchall()
    cache: dict[int, Identity | None] = {}
    for _key, ids_text in groups:
        ids = [int(x) for x in ids_text.split(",")][:max_group]
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                if a in found and b in found:
                    continue
                ia = cache.setdefault(a, _identity_row(conn, a))
                ib = cache.setdefault(b, _identity_row(conn, b))
                if ia is not None and ib is not None and score(ia, ib).tier:
                    found |= {a, b}
    return found


def rekey_all(conn: Connection) -> int:
    """Re-key every applicant not merged away (after a migration); returns how many."""
    rows = conn.execute("SELECT id FROM applicants WHERE merged_into IS NULL").fetchall()
    for (applicant_id,) in rows:
        ident = _identity_row(conn, applicant_id)
        if ident is not None:
            index_applicant(conn, applicant_id, ident)
    return len(rows)
