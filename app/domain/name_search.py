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

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from app.domain import given_names
from app.domain.names import fold
from app.domain.phonetics import readings

MIN_WORD = 0.72
SPELLING, GIVEN_VARIANT, SIMILAR = "spelling variant", "given-name variant", "similar spelling"
REASON_ORDER = (SPELLING, GIVEN_VARIANT, SIMILAR)

Token = tuple[str, str, Sequence[str]]  # role ("s", "g", "p", "a", "c"), folded form, readings


def token(role: str, text: str) -> list[Token]:
    """The tokens of one name field (an alias or a double-barrelled name gives several)."""
    out: list[Token] = []
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


def rank(words: list[str], candidates: dict[int, Sequence[Token]]) -> list[Ranked]:
    """Candidates whose tokens match every word, best first (ties: newest first).

    Work grows with the matches, not with candidates × tokens: the candidates' tokens are
    indexed once by spelling, by reading and (given names) by spelling, and each word then
    visits only the tokens it matches."""
    query = [(fold(w), readings(w)) for w in words]
    query = [(w, r) for w, r in query if r]
    if not query or not candidates:
        return []
    wanted = {w for w, _ in query}
    by_form: dict[str, list[int]] = {}
    by_reading: dict[str, list[int]] = {}
    given_forms: dict[str, list[int]] = {}
    reading_ids, given_ids = by_reading.setdefault, given_forms.setdefault
    for applicant_id, tokens in candidates.items():
        for role, form, rs in tokens:
            if form in wanted:
                by_form.setdefault(form, []).append(applicant_id)
            for r in rs:
                reading_ids(r, []).append(applicant_id)
            if role == "g":
                given_ids(form, []).append(applicant_id)
    choices = list(by_reading)
    per_word: list[dict[int, tuple[float, str]]] = []
    for word, rs in query:
        found: dict[int, tuple[float, str]] = {}

        def offer(applicant_id: int, value: float, why: str, found: dict[int, tuple[float, str]] = found) -> None:
            if applicant_id not in found or value > found[applicant_id][0]:
                found[applicant_id] = (value, why)

        for r in rs:
            for choice, ratio, _ in process.extract(r, choices, scorer=fuzz.ratio, score_cutoff=MIN_WORD * 100,
                                                    limit=None):
                value = ratio / 100
                for applicant_id in by_reading[choice]:
                    offer(applicant_id, value, SPELLING if value >= 1.0 else SIMILAR)
        items = _items(word)
        if items:
            for form, ids in given_forms.items():
                if items & _items(form):
                    for applicant_id in ids:
                        offer(applicant_id, 0.95, GIVEN_VARIANT)
        for applicant_id in by_form.get(word, ()):
            found[applicant_id] = (1.0, "")
        per_word.append(found)
    out = []
    for applicant_id in set.intersection(*(set(f) for f in per_word)):
        matches = [f[applicant_id] for f in per_word]
        reasons = {why for _, why in matches if why}
        out.append(Ranked(applicant_id, round(sum(v for v, _ in matches) / len(matches), 4),
                          tuple(r for r in REASON_ORDER if r in reasons)))
    out.sort(key=lambda x: (-x.score, -x.applicant_id))
    return out
