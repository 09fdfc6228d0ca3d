"""How a name sounds, whatever script or spelling convention wrote it.

A name token is read into a small phonetic alphabet (vowels a e i o u; one class
each for г/х/ґ and g/h/kh, ж, ц, ч, ш/щ), so that Шевченко, Shevchenko,
Schewtschenko, Szewczenko, Chevtchenko and Sjevtsjenko all read "sevcenko".
Cyrillic letters map one way. Latin spellings are ambiguous between conventions
("ch" is ч in English, ш in French, х in German; "j" is й in German and Polish,
ж in French), so a Latin token has a few *readings*: the common one and one for
each ambiguity it contains. Two tokens sound alike when any readings match.

* `readings(token)`: the phonetic forms (the first is the common one).
* `coarse(reading)`: the consonants only: the retrieval key (vowels and their
  spelling are where conventions and typos differ most).
* `deletes(key)`: the key with one consonant left out each (typo tolerance,
  as in SymSpell: two keys one edit apart share a delete).
* `similarity(a, b)`: best rapidfuzz ratio over the readings, 0–1.

The rules are ours: no maintained library reads Cyrillic names written in
French, German, Polish, Dutch, Hungarian, Baltic or Turkic conventions back to
one form (iuliia and translitua go Cyrillic → Latin only; jellyfish/rigour
phonetics are English metaphone). Measured on tests/data/real_name_pairs.json.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from app.domain.names import fold

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "h", "д": "d", "е": "e", "є": "ie", "ё": "io", "ж": "Z",
    "з": "z", "и": "i", "і": "i", "ї": "ii", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f", "х": "h", "ц": "c", "ч": "C",
    "ш": "S", "щ": "S", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}
_LATIN_LETTERS = {  # single letters with diacritics that carry a sound of their own
    "š": "S", "ș": "S", "ş": "S", "ŝ": "S", "č": "C", "ć": "C", "ç": "C", "ĉ": "C", "ž": "Z", "ż": "Z",
    "ĵ": "Z", "ź": "z", "ł": "l", "ý": "i", "ı": "i", "ŭ": "u", "ğ": "h", "ř": "r", "ǆ": "dZ", "ß": "s",
}
# Latin groups: (default, {ambiguity: alternative}). Longest groups are matched first.
_GROUPS: dict[str, tuple[str, dict[str, str]]] = {
    "schtsch": ("S", {}), "shtch": ("S", {}), "chtch": ("S", {}), "sjtsj": ("S", {}), "szcz": ("S", {}),
    "stsch": ("S", {}), "shch": ("S", {}), "shh": ("S", {}), "sch": ("S", {"sch": "Z"}), "tsch": ("C", {}),
    "tsj": ("C", {}),
    "tch": ("C", {}), "dzh": ("dZ", {}), "sh": ("S", {}), "sz": ("S", {"sz": "s"}), "sj": ("S", {"sj": "si"}),
    "cz": ("C", {}), "cs": ("C", {}), "ch": ("C", {"ch": "S", "ch2": "h"}), "zh": ("Z", {}),
    "zs": ("Z", {}), "zj": ("Z", {"zj": "zi"}), "kh": ("h", {}), "gh": ("h", {}), "ck": ("ck", {"ck": "k"}),
    "tx": ("C", {}), "tj": ("ti", {"tj": "C"}),
    "ph": ("f", {}), "th": ("t", {}), "ts": ("c", {}), "tz": ("c", {}), "ou": ("u", {}), "oe": ("oe", {"oe": "u"}),
    "x": ("ks", {"x": "S", "x2": "h"}), "j": ("i", {"j": "Z"}), "y": ("i", {}), "w": ("v", {}),
    "q": ("k", {}), "g": ("h", {}), "c": ("c", {"c": "k"}), "z": ("z", {"z": "c"}),
}
_GROUP_RE = re.compile("|".join(sorted(_GROUPS, key=len, reverse=True)))
_GU = re.compile(r"gu(?=[eiy])")  # French/Spanish "gue", "gui": a hard g
_BALTIC = re.compile(r"(?<=[bcdfhklmnprstvzCSZ])(as|is|us|ys|s)$")  # Karpovas, Karpovs, Ivanovs
_VOWEL_I = re.compile(r"(?<![aeiou])i(?=[aeou])|^i(?=[aeou])")  # ia -> a, ie -> e, io -> o, iu -> u
_DOUBLE = re.compile(r"(.)\1+")
_NOT_PHONETIC = re.compile(r"[^a-zCSZ]")
_VOWELS = re.compile(r"[aeiou]")
MAX_READINGS = 8


def _latin_plain(ch: str) -> str:
    if ch in _LATIN_LETTERS:
        return _LATIN_LETTERS[ch]
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


def _parts(text: str) -> list[tuple[str, dict[str, str]]]:
    """The token as sound parts: Cyrillic letters one by one, Latin runs by their groups."""
    parts: list[tuple[str, dict[str, str]]] = []
    run: list[str] = []

    def flush() -> None:
        latin = _GU.sub("g", "".join(run))
        pos = 0
        for m in _GROUP_RE.finditer(latin):
            parts.extend((ch, {}) for ch in latin[pos:m.start()])
            parts.append(_GROUPS[m.group()])
            pos = m.end()
        parts.extend((ch, {}) for ch in latin[pos:])
        run.clear()

    for ch in text:
        if ch in _CYR:
            flush()
            parts.append((_CYR[ch], {}))
        else:
            run.append(_latin_plain(ch))
    flush()
    return parts


def _finish(text: str) -> str:
    text = _NOT_PHONETIC.sub("", text).replace("SC", "S").replace("tS", "C")  # šč (щ), tš (ч)
    text = _DOUBLE.sub(r"\1", text)
    text = _VOWEL_I.sub("", text)
    return _DOUBLE.sub(r"\1", text)


@lru_cache(maxsize=65536)
def readings(token: str) -> tuple[str, ...]:
    """The phonetic forms of one name token, the common reading first."""
    parts = _parts(fold(token).replace("-", ""))
    choices = dict.fromkeys(c for _, alts in parts for c in alts)
    raw = ["".join(default for default, _ in parts)]
    raw += ["".join(alts.get(c, default) for default, alts in parts) for c in choices]
    if len(choices) > 1:  # one convention throughout (Dutch Zjoeganov: zj and oe together)
        raw.append("".join(next(iter(alts.values())) if alts else default for default, alts in parts))
    out = [_finish(r) for r in raw]
    common = out[0] if out else ""
    if not common:
        return ()
    if "io" in raw[0] and not any("\u0400" <= ch <= "\u04ff" for ch in token):
        out.append(_finish(raw[0].replace("io", "e")))  # ё written yo, jo or io: also read as e
    if _BALTIC.search(common) and len(common) > 5:
        out.append(_BALTIC.sub("", common))
    if common.endswith("f"):  # Ivanoff: an old French/English -ов
        out.append(common[:-1] + "v")
    return tuple(dict.fromkeys(r for r in out if r))[:MAX_READINGS]


_VOICE = str.maketrans("zZ", "sS")  # German writes з as s (Selenski) and ж as sch (Schukow)


def devoiced(reading: str) -> str:
    """The reading with з/с and ж/ш (and дж) as one sound."""
    return reading.replace("dZ", "Z").translate(_VOICE)


def coarse(reading: str) -> str:
    """The consonant skeleton, з and с as one, ж and ш as one; the reading itself when it
    has fewer than two consonants."""
    key = _DOUBLE.sub(r"\1", devoiced(_VOWELS.sub("", reading)))
    return key if len(key) >= 2 else reading


def deletes(key: str) -> set[str]:
    """The key with each one of its letters left out (only for keys of four or more)."""
    if len(key) < 4:
        return set()
    return {key[:i] + key[i + 1:] for i in range(len(key))}


def keys(token: str, typo_tolerant: bool = False) -> set[str]:
    out: set[str] = set()
    for r in readings(token):
        k = coarse(r)
        out.add(k)
        if typo_tolerant:
            out |= deletes(k)
    return out


def similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Best ratio between any reading of one token and any of the other, 0–1."""
    if not a or not b:
        return 0.0
    return max(fuzz.ratio(x, y) for x in a for y in b) / 100
