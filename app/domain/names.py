"""Names across scripts: normalisation, transliteration and search variants.

* Russian schemes come from `iuliia` (ICAO Doc 9303, BGN/PCGN, Wikipedia, GOST 7.79).
* iuliia leaves Ukrainian letters (і ї є ґ) untouched, so Ukrainian schemes come
  from `translitua` (the national KMU 2010 scheme used in Ukrainian passports,
  BGN/PCGN 2019, and the 2007 passport table).

A name is indexed under every variant, so a Latin spelling from any of these
schemes finds the Cyrillic record, and a Cyrillic query is matched both as
Cyrillic and through its ICAO/KMU spelling.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache

import iuliia
import translitua

UKRAINIAN_ONLY = set("іїєґІЇЄҐ")
RUSSIAN_ONLY = set("ыэъёЫЭЪЁ")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")
_APOSTROPHES = "'’ʼ`´‘ʹʺ\""
_APOS_RE = re.compile(f"[{re.escape(_APOSTROPHES)}]")
_SPACE_RE = re.compile(r"\s+")


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC_RE.search(text))


def is_ukrainian(text: str) -> bool:
    return any(ch in UKRAINIAN_ONLY for ch in text)


def strip_marks(text: str) -> str:
    """Drop apostrophes and the sign marks some schemes write with them (` ' ʼ ")."""
    return _APOS_RE.sub("", text)


def fold(text: str) -> str:
    """Search form of any text: NFC, case-folded, ё→е, apostrophes and hard signs
    dropped, white space collapsed. Both index and query go through it."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = text.replace("ё", "е")
    text = _APOS_RE.sub("", text)
    return _SPACE_RE.sub(" ", text).strip()


def _iuliia(schema_name: str) -> Callable[[str], str]:
    schema = getattr(iuliia, schema_name)
    return schema.translate  # type: ignore[no-any-return,unused-ignore]


def _translitua(table: type[translitua.TransliterationTable]) -> Callable[[str], str]:
    def run(text: str) -> str:
        return str(translitua.translit(text, table))

    return run


@cache
def schemes() -> dict[str, Callable[[str], str]]:
    """Every supported transliteration scheme, by name."""
    return {
        "icao_9303": _iuliia("ICAO_DOC_9303"),
        "bgn_pcgn": _iuliia("BGN_PCGN"),
        "wikipedia": _iuliia("WIKIPEDIA"),
        "gost_779_b": _iuliia("GOST_779_ALT"),
        "uk_kmu_2010": _translitua(translitua.UkrainianKMU),
        "uk_bgn_2019": _translitua(translitua.UkrainianBGN2019),
        "uk_passport_2007": _translitua(translitua.UkrainianPassport2007),
    }


BELARUSIAN = str.maketrans({"ў": "у", "Ў": "У"})  # ICAO 9303 writes Ў as U


def transliterate(text: str, ukrainian: bool | None = None) -> str:
    """The official Latin spelling: KMU 2010 for Ukrainian, ICAO 9303 for Russian.

    `ukrainian=None` decides from the letters (і ї є ґ); a caller that knows the
    person is Ukrainian (citizenship UA) passes True for names like "Олег".
    """
    if not text:
        return ""
    text = text.translate(BELARUSIAN)
    use_uk = is_ukrainian(text) if ukrainian is None else ukrainian
    if use_uk and not any(ch in RUSSIAN_ONLY for ch in text):
        out = str(schemes()["uk_kmu_2010"](text))
    else:
        out = str(schemes()["icao_9303"](text))
        if has_cyrillic(out):  # mixed text: finish the Ukrainian letters
            out = str(schemes()["uk_kmu_2010"](out))
    return _APOS_RE.sub("", out)  # passports drop apostrophes and soft-sign marks


def latin_variants(text: str) -> set[str]:
    """Folded Latin spellings of `text` under every scheme that fully transliterates it."""
    if not text:
        return set()
    if not has_cyrillic(text):
        return {fold(text)}
    out: set[str] = set()
    text = text.translate(BELARUSIAN)
    for run in schemes().values():
        latin = run(text)
        if not has_cyrillic(latin):
            out.add(fold(latin))
    out.add(fold(transliterate(text)))
    return out


def search_terms(names: Iterable[str]) -> tuple[str, str]:
    """(Cyrillic words, Latin variant words) to index for a set of names."""
    cyr: list[str] = []
    lat: set[str] = set()
    for name in names:
        if not name:
            continue
        if has_cyrillic(name):
            cyr.append(fold(name))
        lat |= latin_variants(name)
    return " ".join(dict.fromkeys(cyr)), " ".join(sorted(lat))


def fill_latin(person: object) -> None:
    """Fill blank Latin name fields from the Cyrillic ones (edited values are kept)."""
    citizenships = {c.upper() for c in getattr(person, "citizenships", [])}
    hint = True if citizenships & {"UA", "UKR"} else None
    for cyr_field in ("surname", "given_name", "patronymic"):
        lat_field = f"{cyr_field}_latin"
        if not getattr(person, lat_field) and getattr(person, cyr_field):
            setattr(person, lat_field, transliterate(getattr(person, cyr_field), hint))


# Alphabetical order for the list: Ukrainian and Russian letters merged into one
# alphabet (а б в г ґ д е є ж з и і ї й … щ ъ ы ь э ю я), where plain code-point
# order would put і ї є ґ after я. ё sorts as е (fold() already maps it).
_ALPHABET = "абвгґдеєжзиіїйклмнопрстуфхцчшщъыьэюя"
_ORDER = str.maketrans({ch: chr(0xE000 + i) for i, ch in enumerate(_ALPHABET)})
_PART_SEPARATOR = "\x01"  # sorts before every letter: "Ко Ан" comes before "Коваленко"


def sort_key(*parts: str) -> str:
    """Key that orders names alphabetically by surname, then given name, then
    patronymic, ignoring case and apostrophes (stored per applicant, indexed)."""
    return _PART_SEPARATOR.join(fold(p).translate(_ORDER) for p in parts)
