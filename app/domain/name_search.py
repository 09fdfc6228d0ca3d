"""Fuzzy name search, the scoring half (the vault retrieves the candidates).

A query is a few words; a candidate is an applicant's name tokens, each with its
role (surname, given name, patronymic, alias, call sign) and its phonetic
readings (app.domain.phonetics), stored when the dossier was saved. Every word
must match one of the candidate's tokens:

* the same spelling (1.0),
* the same sound in another spelling convention: "spelling variant" (1.0),
* a given name of the same Wikidata name item: "given-name variant" (0.95),
* a near spelling (a missing, extra or wrong letter): "similar spelling"
  (the rapidfuzz ratio of the readings, at least MIN_WORD).

The candidate's score is the mean over the words; each hit says why it matched.
Only the distinct readings among the candidates are compared (rapidfuzz), so a
thousand candidates cost a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from app.domain import given_names
from app.domain.names import fold
from app.domain.phonetics import readings

MIN_WORD = 0.72
SPELLING, GIVEN_VARIANT, SIMILAR = "spelling variant", "given-name variant", "similar spelling"
REASON_ORDER = (SPELLING, GIVEN_VARIANT, SIMILAR)

Token = tuple[str, str, tuple[str, ...]]  # role ("s", "g", "p", "a", "c"), folded form, readings


def token(role: str, text: str) -> list[Token]:
    """The tokens of one name field (an alias or a double-barrelled name gives several)."""
    out = []
    for word in fold(text).replace("-", " ").split():
        found = readings(word)
        if found:
            out.append((role, word, found))
    return out


@lru_cache(maxsize=8192)
def _items(form: str) -> frozenset[str]:
    return given_names.items(form)


@dataclass(frozen=True)
class Ranked:
    applicant_id: int
    score: float
    reasons: tuple[str, ...]  # from REASON_ORDER; empty for an exact match of every word


def rank(words: list[str], candidates: dict[int, list[Token]]) -> list[Ranked]:
    """Candidates whose tokens match every word, best first (ties: newest first)."""
    query = [(fold(w), readings(w)) for w in words]
    query = [(w, r) for w, r in query if r]
    if not query or not candidates:
        return []
    choices = sorted({r for tokens in candidates.values() for _, _, rs in tokens for r in rs})
    alike: list[dict[str, float]] = []
    for _w, rs in query:
        best: dict[str, float] = {}
        for r in rs:
            for choice, ratio, _ in process.extract(r, choices, scorer=fuzz.ratio, score_cutoff=MIN_WORD * 100,
                                                    limit=None):
                best[choice] = max(best.get(choice, 0.0), ratio / 100)
        alike.append(best)
    word_items = [_items(w) for w, _ in query]
    out = []
    for applicant_id, tokens in candidates.items():
        total, reasons, ok = 0.0, set(), True
        for (word, _rs), best, items in zip(query, alike, word_items, strict=True):
            value, why = _word_match(word, best, items, tokens)
            if value < MIN_WORD:
                ok = False
                break
            total += value
            if why:
                reasons.add(why)
        if ok:
            out.append(Ranked(applicant_id, round(total / len(query), 4),
                              tuple(r for r in REASON_ORDER if r in reasons)))
    out.sort(key=lambda x: (-x.score, -x.applicant_id))
    return out


def _word_match(word: str, best: dict[str, float], items: frozenset[str],
                tokens: Iterable[Token]) -> tuple[float, str]:
    value, why = 0.0, ""
    for role, form, rs in tokens:
        if form == word:
            return 1.0, ""
        sound = max((best.get(r, 0.0) for r in rs), default=0.0)
        if sound >= 1.0 and value < 1.0:
            value, why = 1.0, SPELLING
        elif role == "g" and items and value < 0.95 and items & _items(form):
            value, why = 0.95, GIVEN_VARIANT
        elif sound > value:
            value, why = sound, SIMILAR
    return value, why
