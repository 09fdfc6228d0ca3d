"""Matching people across scripts and spellings: duplicates and watchlist hits.

Two stages, as in OpenSanctions' yente: candidates are retrieved by exact keys
(how the surname sounds with the given name's sound or variant group, the date
of birth with the surname's start or the given name, the start of the surname
with the birth year, document numbers), then each candidate is scored with the
evidence for and against, and graded:

* **likely the same person** (red): the surname sounds the same (any spelling
  convention, app.domain.phonetics), the given name is the same or a variant
  (app.domain.given_names), the date of birth agrees (or is a typo of it), and
  nothing speaks against it; or they share a document number;
* **possibly the same person** (amber): a score of at least POSSIBLE_AT
  (0.62) that is not likely.

Evidence against lowers the score and rules out "likely": a different date of
birth, a different sex (patronymic, given name, or the surname's gendered ending),
a clearly different given name, a different patronymic. Every reason is kept,
so a candidate is explainable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from app.domain import given_names
from app.domain.names import fold, has_cyrillic, transliterate
from app.domain.phonetics import coarse, devoiced, readings, similarity

LIKELY, POSSIBLE = "likely", "possible"
POSSIBLE_AT = 0.62
LIKELY_AT = 0.88
DEFAULT_THRESHOLD = POSSIBLE_AT  # kept for callers that ask for "a match at all"
_FEMININE_SURNAME = re.compile(r"(ова|ева|ёва|ina|ова|ина|ына|ская|цкая|ая|ova|eva|ina|yna|ska|skaya|skaia|cka|ckaya)$")


def sex_from_patronymic(patronymic: str) -> str:
    p = fold(patronymic)
    if re.search(r"(вич|ич|ich|ych|vych|ovich|evich|vič|wicz|witsch|vitch)$", p):
        return "m"
    if re.search(r"(вна|чна|на|ivna|ovna|evna|yvna|ichna|ychna|owna|ewna)$", p):
        return "f"
    return ""


def _sex(surname: str, given: str, patronymic: str) -> str:
    found = sex_from_patronymic(patronymic) or given_names.sex(given)
    if not found and _FEMININE_SURNAME.search(fold(surname)):
        found = "f"
    return found


@dataclass(frozen=True)
class Identity:
    """What matching looks at, for an applicant or a watchlist entry."""

    ref: str  # case number or watchlist entry id
    surname: str
    given_name: str
    patronymic: str = ""
    aliases: tuple[str, ...] = ()
    date_of_birth: date | None = None
    place_of_birth: str = ""
    documents: tuple[str, ...] = ()

    @property
    def sex(self) -> str:
        return _sex(self.surname, self.given_name, self.patronymic)

    def surnames(self) -> list[str]:
        return [n for n in (self.surname, *(a.split()[0] for a in self.aliases if a.strip())) if n.strip()]


def document_key(number: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(transliterate(number) if has_cyrillic(number) else number))


def _sound(name: str) -> str:
    found = readings(name)
    return coarse(found[0]) if found else ""


def retrieval_keys(p: Identity) -> frozenset[str]:
    return _retrieval_keys(p)


@lru_cache(maxsize=4096)  # a save asks three times (index, watchlist, duplicates)
def _retrieval_keys(p: Identity) -> frozenset[str]:
    keys: set[str] = set()
    given = {coarse(r) for r in readings(p.given_name)}
    groups = sorted(given_names.items(p.given_name))[:4]
    for s in {coarse(r) for name in p.surnames() for r in readings(name)}:
        keys |= {f"sg:{s}:{g}" for g in given}  # not the bare surname: common ones would retrieve thousands
        keys |= {f"sq:{s}:{q}" for q in groups}  # given-name variants that sound different (Юрій / Georgi)
        if p.date_of_birth:
            keys.add(f"sy:{s[:3]}:{p.date_of_birth.year}")
            keys.add(f"ds:{p.date_of_birth.isoformat()}:{s[:2]}")
    if p.date_of_birth:
        keys |= {f"dg:{p.date_of_birth.isoformat()}:{g}" for g in given}
    keys |= {f"d:{document_key(n)}" for n in p.documents if len(document_key(n)) >= 5}
    return frozenset(keys)


def _dob_relation(a: date, b: date) -> str:
    if a == b:
        return "same"
    sa, sb = (f"{d.year:04d}{d.month:02d}{d.day:02d}" for d in (a, b))  # strftime's %Y drops zeros before 1000
    diffs = [i for i in range(8) if sa[i] != sb[i]]
    if len(diffs) == 2 and diffs[1] == diffs[0] + 1 and sa[diffs[0]] == sb[diffs[1]] and sa[diffs[1]] == sb[diffs[0]]:
        return "transposed"
    if a.year == b.year and a.month == b.day and a.day == b.month:
        return "transposed"
    if len(diffs) == 1:
        return "one digit"
    return "different"


@dataclass(frozen=True)
class Match:
    a: str
    b: str
    score: float
    reasons: tuple[str, ...] = field(default_factory=tuple)  # for and against, in order
    tier: str = POSSIBLE
    against: tuple[str, ...] = field(default_factory=tuple)  # the reasons that speak against


_DOB = {"same": (0.25, "same date of birth"), "transposed": (0.18, "date of birth with digits transposed"),
        "one digit": (0.12, "date of birth one digit apart"), "different": (-0.35, "different date of birth")}


def _surname_evidence(a: Identity, b: Identity) -> tuple[float, str]:
    pairs = [(x, y) for x in a.surnames() for y in b.surnames()]
    if any(fold(x) == fold(y) for x, y in pairs):
        return 1.0, "same surname"
    best = max((similarity(readings(x), readings(y)) for x, y in pairs), default=0.0)
    if best == 1.0:
        return 1.0, "surname spelling variant"
    if any({devoiced(r) for r in readings(x)} & {devoiced(r) for r in readings(y)} for x, y in pairs):
        return 0.97, "surname spelling variant"  # з written s, ж written sch: Selenski / Зеленський
    return best, f"surname {best:.0%} alike"


def _given_evidence(a: Identity, b: Identity) -> tuple[float, str, bool]:
    """(value, reason, clearly different)"""
    if not a.given_name.strip() or not b.given_name.strip():
        return 0.6, "", False
    if fold(a.given_name) == fold(b.given_name):
        return 1.0, "same given name", False
    alike = similarity(readings(a.given_name), readings(b.given_name))
    if alike == 1.0:
        return 1.0, "given name spelling variant", False
    if given_names.are_variants(a.given_name, b.given_name):
        return 0.95, "given-name variant", False
    return alike, f"given name {alike:.0%} alike", alike < 0.75


def score(a: Identity, b: Identity) -> Match:
    reasons: list[str] = []
    against: list[str] = []
    surname, why = _surname_evidence(a, b)
    reasons.append(why)
    given, why, different_given = _given_evidence(a, b)
    value = 0.50 * surname + 0.25 * given
    if why:
        (against if different_given else reasons).append("clearly different given name" if different_given else why)
    if different_given:
        value -= 0.20
    if a.patronymic.strip() and b.patronymic.strip():
        patronymic = similarity(readings(a.patronymic), readings(b.patronymic))
        if patronymic >= 0.85:
            value += 0.05
            reasons.append("same patronymic")
        elif patronymic < 0.7:
            value -= 0.15
            against.append("different patronymic")
    dob = _dob_relation(a.date_of_birth, b.date_of_birth) if a.date_of_birth and b.date_of_birth else ""
    if dob:
        delta, why = _DOB[dob]
        value += delta
        (against if dob == "different" else reasons).append(why)
    docs_a, docs_b = {document_key(x) for x in a.documents}, {document_key(x) for x in b.documents}
    same_document = bool(docs_a & docs_b - {""})
    if same_document:
        value += 0.40
        reasons.append("same document number")
    place = _sound(a.place_of_birth)  # "" for no place, or none with letters ("-", "?")
    if place and place == _sound(b.place_of_birth):
        value += 0.03
        reasons.append("same place of birth")
    if a.sex and b.sex and a.sex != b.sex:
        value -= 0.50
        against.append("different sex")
    value = round(max(0.0, min(1.0, value)), 3)
    likely = (same_document and "different sex" not in against) or (
        not against and surname >= 0.97 and given >= 0.95 and dob in ("same", "transposed") and value >= LIKELY_AT)
    tier = LIKELY if likely else POSSIBLE if value >= POSSIBLE_AT else ""
    return Match(a.ref, b.ref, value, tuple(reasons + against), tier, tuple(against))
