"""Matching people across scripts and spellings (duplicates and watchlist hits).

Two stages, as in OpenSanctions' yente: candidates are retrieved by exact keys
(surname skeleton with the given-name group, the start of the surname with the
birth year, date of birth with the given name, document numbers), then each is
scored with the
evidence for and against:

* for: name similarity of the skeletons (rapidfuzz), given names in the same
  variant group (Sergei/Serhii/Сергій), the same date of birth or one with
  two digits transposed or day and month swapped, a shared document number,
  the same place of birth;
* against: a different date of birth, a different sex (from the patronymic).

Every score comes with the reasons that made it, so a candidate is explainable.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from rapidfuzz import fuzz

from app.domain.names import fold, has_cyrillic, transliterate
from app.resources import resource_path

DEFAULT_THRESHOLD = 0.70
_SKELETON_RULES = [  # applied in order to folded Latin text
    ("shch", "s"), ("sch", "s"), ("shh", "s"), ("zh", "j"), ("kh", "h"), ("ts", "c"), ("tz", "c"), ("ch", "c"),
    ("sh", "s"), ("x", "ks"), ("w", "v"), ("g", "h"), ("yo", "e"), ("jo", "e"), ("ye", "e"), ("ie", "e"),
    ("yu", "u"), ("iu", "u"), ("ju", "u"), ("ya", "a"), ("ia", "a"), ("ja", "a"),
    ("yi", "i"), ("ii", "i"), ("iy", "i"), ("ij", "i"),
    ("y", "i"), ("j", "i"), ("ph", "f"), ("q", "k"), ("ck", "k"),
]
_HACEK = [("šč", "shch"), ("ŝ", "shch"), ("š", "sh"), ("č", "ch"), ("ž", "zh"), ("ǆ", "dzh")]
_DOUBLE = re.compile(r"(.)\1+")
_NON_ALPHA = re.compile(r"[^a-z]")


def skeleton(name: str) -> str:
    """A spelling-independent key: Иванов, Ivanov, Iwanow and Іванов all give 'ivanov'."""
    text = fold(name)
    if has_cyrillic(text):
        text = fold(transliterate(text))
    for old, new in _HACEK:  # scientific / ISO 9 letters first, so šč and shch meet
        text = text.replace(old, new)
    decomposed = unicodedata.normalize("NFKD", text)  # any other diacritic is dropped
    text = _NON_ALPHA.sub("", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))
    for old, new in _SKELETON_RULES:
        text = text.replace(old, new)
    return _DOUBLE.sub(r"\1", text)


@cache
def _variant_groups() -> dict[str, int]:
    data = json.loads(resource_path("names", "given_name_variants.json").read_text("utf-8"))
    return {skeleton(name): i for i, group in enumerate(data["groups"]) for name in group}


def given_key(name: str) -> str:
    """The given name's variant group ('g12'), or its skeleton when it has none."""
    sk = skeleton(name)
    group = _variant_groups().get(sk)
    return f"g{group}" if group is not None else sk


def sex_from_patronymic(patronymic: str) -> str:
    p = fold(patronymic)
    if re.search(r"(вич|ich|ych|vych|ovich|evich)$", p) or p.endswith("ьич") or p.endswith("ич"):
        return "m"
    if re.search(r"(вна|чна|ична|ivna|ovna|evna|yvna|ichna|ychna)$", p) or p.endswith("на"):
        return "f"
    return ""


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
        return sex_from_patronymic(self.patronymic)


def document_key(number: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(transliterate(number) if has_cyrillic(number) else number))


def retrieval_keys(p: Identity) -> set[str]:
    keys: set[str] = set()
    surnames = {skeleton(p.surname)} | {skeleton(a.split()[0]) for a in p.aliases if a.strip()}
    given = given_key(p.given_name)
    for s in filter(None, surnames):
        keys.add(f"sg:{s}:{given}")  # not the bare surname: common ones would retrieve thousands
        if p.date_of_birth:
            keys.add(f"sy:{s[:4]}:{p.date_of_birth.year}")
    if p.date_of_birth:
        keys.add(f"dg:{p.date_of_birth.isoformat()}:{given_key(p.given_name)}")
    keys |= {f"d:{document_key(n)}" for n in p.documents if len(document_key(n)) >= 5}
    return keys


def _dob_relation(a: date, b: date) -> str:
    if a == b:
        return "same"
    sa, sb = a.strftime("%Y%m%d"), b.strftime("%Y%m%d")
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
    reasons: tuple[str, ...] = field(default_factory=tuple)


def score(a: Identity, b: Identity) -> Match:
    reasons: list[str] = []
    names_a = [skeleton(a.surname)] + [skeleton(x.split()[0]) for x in a.aliases if x.strip()]
    names_b = [skeleton(b.surname)] + [skeleton(x.split()[0]) for x in b.aliases if x.strip()]
    surname = max(fuzz.ratio(x, y) for x in names_a for y in names_b) / 100
    ga, gb = given_key(a.given_name), given_key(b.given_name)
    given = 1.0 if ga == gb else fuzz.ratio(ga, gb) / 100
    value = 0.40 * surname + 0.20 * given
    reasons.append(f"surname {surname:.0%} alike")
    reasons.append("same given name" if given == 1.0 else f"given name {given:.0%} alike")
    if a.patronymic and b.patronymic:
        patronymic = fuzz.ratio(skeleton(a.patronymic), skeleton(b.patronymic)) / 100
        value += 0.10 * patronymic
    else:
        value += 0.05
    if a.date_of_birth and b.date_of_birth:
        relation = _dob_relation(a.date_of_birth, b.date_of_birth)
        value += {"same": 0.25, "transposed": 0.18, "one digit": 0.12, "different": -0.30}[relation]
        reasons.append({"same": "same date of birth", "transposed": "date of birth with digits transposed",
                        "one digit": "date of birth one digit apart",
                        "different": "different date of birth"}[relation])
    else:
        value += 0.08
    docs_a, docs_b = {document_key(x) for x in a.documents}, {document_key(x) for x in b.documents}
    if docs_a & docs_b - {""}:
        value += 0.35
        reasons.append("same document number")
    if a.place_of_birth and b.place_of_birth and skeleton(a.place_of_birth) == skeleton(b.place_of_birth):
        value += 0.05
        reasons.append("same place of birth")
    if a.sex and b.sex and a.sex != b.sex:
        value -= 0.40
        reasons.append("different sex")
    return Match(a.ref, b.ref, round(max(0.0, min(1.0, value)), 3), tuple(reasons))
