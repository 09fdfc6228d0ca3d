"""Build the name data from OpenSanctions' rigour wheel (Wikidata-derived, CC0):

* resources/names/given_names.tsv   the given-name variant table the app ships
* tests/data/real_name_pairs.json   the labelled evaluation set (make bench, tests)

Run (developers only; the app and `make test` never need rigour):

    .venv/bin/pip download --no-deps -d /tmp rigour==2.6.1
    .venv/bin/python tests/data/make_name_data.py /tmp/rigour-2.6.1-cp311-*.whl
    .venv/bin/python tests/data/make_name_data.py --refresh-readings   # after a change to the phonetic rules

Source: rigour 2.6.1 embeds `rust/data/names/person_names.txt` (upstream:
github.com/opensanctions/rigour) zstd-compressed in `rigour/_core*.so`. Each line
is one Wikidata name item: the spellings Wikidata records for it in every
language, then `=> Q<id>`. This script finds that text in the wheel (the `zstd`
command decompresses it), keeps the items that have both Cyrillic and Latin
spellings, and splits them:

* **given-name items** are the items with a Cyrillic spelling that is one of
  Faker's ru_RU / uk_UA first names. They become the shipped variant table
  (Олексій / Алексей / Oleksiy / Aleksei / Alexey share an item).
* **surname items** are the other items whose Cyrillic spelling ends like an
  East Slavic surname (-ов, -енко, -ский, …). They are *held out*: the app
  never sees them, so the evaluation tests its spelling rules, not a lookup.

Labelled pairs (deterministic, seed 18). Every spelling in a pair is one that
Wikidata records for that name item; which given name goes with which surname,
the dates of birth and their typos are drawn at random (there is no date in
name items). Kinds:

* same: Cyrillic person vs a recorded Latin spelling of the surname that is not
  one of the official schemes the app indexes (French, German, Polish, Dutch,
  Latvian, Turkish … conventions) with a recorded Latin spelling of the given
  name; the same date of birth, a typo in it, or none on the Latin side;
  Russian vs Ukrainian/Belarusian Cyrillic spellings of the same items.
* different: a recorded Latin spelling of a *different* surname item whose
  Cyrillic form is one or two letters away (Шевчук / Шевченко, same given name,
  half with the same date of birth); the same surname with a different given
  name that looks alike (Олег / Ольга, Ян / Яна: siblings, half born the same
  day); namesakes (the same two names) born on another day.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import subprocess
import sys
import unicodedata
import zipfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from faker import Faker  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

from app.domain.names import fold, latin_variants, transliterate  # noqa: E402

WHEEL_SHA256 = "b2e19a4da4f047fb780d5075b036099fe9a9b2a6e0ff1c18de1bf4826103d3f8"
CYRILLIC = re.compile(r"^[абвгґдеёєжзиіїйклмнопрстуўфхцчшщъыьэюя'ʼ-]+$")
SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ской", "енко", "ко", "ук", "юк", "чук", "ак",
                   "як", "ич", "ий", "ый", "ой", "их", "ых", "ец", "ець")
MASCULINE = ("ов", "ев", "ёв", "ин", "ын", "ий", "ый", "ой")
GIVEN_OUT = ROOT / "resources" / "names" / "given_names.tsv"
PAIRS_OUT = ROOT / "tests" / "data" / "real_name_pairs.json"


def person_names_text(wheel: Path) -> str:
    data = wheel.read_bytes()
    if hashlib.sha256(data).hexdigest() != WHEEL_SHA256:
        sys.exit(f"{wheel}: not the rigour 2.6.1 cp311 manylinux wheel this data was built from")
    with zipfile.ZipFile(wheel) as z:
        core = z.read(next(n for n in z.namelist() if n.startswith("rigour/_core")))
    start = 0
    while (start := core.find(b"\x28\xb5\x2f\xfd", start)) >= 0:  # zstd frame magic
        out = subprocess.run(["zstd", "-d", "-c", "-q"], input=core[start:], capture_output=True).stdout
        if b" => Q" in out[:2000]:
            return out.decode("utf-8")
        start += 4
    sys.exit("person_names.txt not found in the wheel")


def is_latin(form: str) -> bool:
    return all(ch == "-" or (ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN")) for ch in form)


def load_items(text: str) -> dict[str, tuple[list[str], list[str]]]:
    """qid -> (Cyrillic forms, Latin forms), single words only."""
    items = {}
    for line in text.splitlines():
        forms, qid = line.rsplit(" => ", 1)
        words = [unicodedata.normalize("NFC", f.strip()) for f in forms.split(", ")]
        cyr = sorted({w for w in words if len(w) >= 2 and CYRILLIC.match(w)})
        lat = sorted({w for w in words if len(w) >= 2 and is_latin(w)})
        if cyr and lat:
            items[qid] = (cyr, lat)
    return items


def lexicon() -> tuple[set[str], set[str]]:
    male: set[str] = set()
    female: set[str] = set()
    for loc in ("ru_RU", "uk_UA"):
        provider = next(p for p in Faker(loc).providers if "person" in type(p).__module__)
        male |= {fold(n) for n in provider.first_names_male}
        female |= {fold(n) for n in provider.first_names_female}
    return male, female


def ascii_ratio(cyr: str, lat: str) -> float:
    plain = "".join(c for c in unicodedata.normalize("NFKD", lat) if not unicodedata.combining(c))
    return fuzz.ratio(fold(transliterate(cyr)), fold(plain))


def dob(rng: random.Random) -> date:
    return date(1960, 1, 1) + timedelta(days=rng.randrange(0, 45 * 365))


def typo_dob(d: date, rng: random.Random) -> date:
    if d.day <= 12 and d.day != d.month and rng.random() < 0.5:
        return d.replace(month=d.day, day=d.month)
    s = list(d.strftime("%Y%m%d"))
    for i in rng.sample([6, 4, 2], 3):  # two adjacent digits swapped
        s[i], s[i + 1] = s[i + 1], s[i]
        try:
            out = date(int("".join(s[:4])), int("".join(s[4:6])), int("".join(s[6:])))
            if out != d:
                return out
        except ValueError:
            pass
        s[i], s[i + 1] = s[i + 1], s[i]
    return d + timedelta(days=1)


def refresh_readings() -> None:
    """Recompute the table's fourth column (how each spelling sounds, app.domain.phonetics) after a
    change to the phonetic rules; the table's items are unchanged (no wheel needed)."""
    out = []
    for line in GIVEN_OUT.read_text("utf-8").splitlines():
        if line.startswith("#") or not line:
            out.append(line)
            continue
        qid, sex, forms = line.split("\t")[:3]
        out.append(f"{qid}\t{sex}\t{forms}\t{sounds(forms.split())}")
    GIVEN_OUT.write_text("\n".join(out) + "\n", "utf-8")


def sounds(forms: list[str]) -> str:
    from app.domain.phonetics import readings

    return " ".join(sorted({r[0] for r in map(readings, forms) if r}))


def main() -> None:
    if sys.argv[1:] == ["--refresh-readings"]:
        refresh_readings()
        return
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    items = load_items(person_names_text(Path(sys.argv[1])))
    male, female = lexicon()
    given = {q: v for q, v in items.items() if set(v[0]) & (male | female)}
    write_given(given, male, female)
    surnames = {}
    for q, (cyr, lat) in items.items():
        if q in given:
            continue
        forms = [c for c in cyr if c.endswith(SURNAME_ENDINGS) and len(c) >= 4]
        official = set().union(*(latin_variants(c) for c in forms)) if forms else set()
        if forms and {fold(x) for x in lat} & official:  # a name written in Cyrillic first
            surnames[q] = (forms, lat)
    pairs = build_pairs(random.Random(18), given, surnames, male, female)
    counts: dict[str, int] = {}
    for p in pairs:
        counts[p["kind"]] = counts.get(p["kind"], 0) + 1
    doc = {
        "format": "field-dossier/name-pairs/1",
        "source": "Wikidata name items (given names and family names) as shipped in OpenSanctions' rigour 2.6.1 "
                  "wheel, file rust/data/names/person_names.txt (embedded in rigour/_core*.so, "
                  f"wheel sha256 {WHEEL_SHA256}); upstream https://github.com/opensanctions/rigour",
        "licence": "Wikidata content: CC0 1.0 (public domain dedication); rigour itself: MIT. "
                   "Dates of birth and their typos are generated (seed 18), not from any source.",
        "derivation": "tests/data/make_name_data.py (module docstring): every name spelling is one Wikidata records "
                      "for that name item; surname items are held out of the app's tables.",
        "items": {"given_name_items": len(given), "surname_items": len(surnames)},
        "counts": dict(sorted(counts.items())),
        "pairs": pairs,
    }
    PAIRS_OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"{len(given)} given-name items -> {GIVEN_OUT.relative_to(ROOT)}; {len(pairs)} pairs -> "
          f"{PAIRS_OUT.relative_to(ROOT)}: {counts}")


def write_given(given: dict[str, tuple[list[str], list[str]]], male: set[str], female: set[str]) -> None:
    lines = ["# Given-name variants: one Wikidata name item a line: qid, sex (m/f when every Faker first name in it",
             "# is of one sex, else -), its Cyrillic and Latin spellings (case-folded), and how they sound",
             "# (app.domain.phonetics; after a change to its rules run make_name_data.py --refresh-readings).",
             "# Source: Wikidata (CC0) via OpenSanctions' rigour 2.6.1 wheel",
             "# (rust/data/names/person_names.txt); the items with a Cyrillic spelling among Faker's ru_RU/uk_UA",
             "# first names. Regenerate with tests/data/make_name_data.py."]
    for q in sorted(given, key=lambda x: int(x[1:])):
        forms = sorted({fold(f) for f in given[q][0] + given[q][1]})
        known = {fold(c) for c in given[q][0]} & (male | female)
        sex = "m" if known <= male else "f" if known <= female else "-"
        lines.append(f"{q}\t{sex}\t{' '.join(forms)}\t{sounds(forms)}")
    GIVEN_OUT.write_text("\n".join(lines) + "\n", "utf-8")


def build_pairs(rng: random.Random, given: dict[str, tuple[list[str], list[str]]],
                surnames: dict[str, tuple[list[str], list[str]]], male: set[str], female: set[str]) -> list[dict]:
    pairs: list[dict] = []
    given_q = sorted(given, key=lambda x: int(x[1:]))
    sur_q = sorted(surnames, key=lambda x: int(x[1:]))

    def pick_given(sex: str | None = None) -> tuple[str, str, str, str]:
        while True:
            q = rng.choice(given_q)
            pool = male if sex == "m" else female if sex == "f" else male | female
            cyr = [c for c in given[q][0] if fold(c) in pool]
            c = rng.choice(cyr) if cyr else ""
            feminine_end = c.endswith(("а", "я"))
            lat = [x for x in given[q][1] if x.endswith(("a", "á", "ą", "e")) == feminine_end]
            if c and lat:
                return q, c.capitalize(), rng.choice(lat).capitalize(), "m" if fold(c) in male else "f"

    def latin_surname(cyr: str, lat: list[str], official: bool) -> str | None:
        ok = [x for x in lat if ascii_ratio(cyr, x) >= 50 and not
              (cyr.endswith(MASCULINE) and x.endswith(("a", "á", "ą")))]
        kinds = [x for x in ok if (fold(x) in latin_variants(cyr)) == official]
        return rng.choice(kinds).capitalize() if kinds else None

    def person(surname: str, given_name: str, born: date | None, sex: str) -> dict:
        return {"surname": surname, "given_name": given_name, "date_of_birth": born.isoformat() if born else None,
                "sex": sex}

    def add(a: dict, b: dict, same: bool, kind: str, qids: list[str]) -> None:
        pairs.append({"a": a, "b": b, "same": same, "kind": kind, "items": qids})

    # same person: Cyrillic vs a recorded Latin spelling
    plan = [("latin spelling, same date", 380, False), ("latin spelling, date typo", 90, False),
            ("latin spelling, no date", 80, False), ("official latin, same date", 60, True)]
    for kind, n, official in plan:
        done = 0
        while done < n:
            sq = rng.choice(sur_q)
            cyr_s = rng.choice(surnames[sq][0])
            gq, cyr_g, lat_g, sex = pick_given("m" if cyr_s.endswith(MASCULINE) else None)
            lat_s = latin_surname(cyr_s, surnames[sq][1], official)
            if lat_s is None:
                continue
            born = dob(rng)
            other = born if "same" in kind else typo_dob(born, rng) if "typo" in kind else None
            add(person(cyr_s.capitalize(), cyr_g, born, sex), person(lat_s, lat_g, other, sex), True, kind, [sq, gq])
            done += 1
    done = 0
    while done < 60:  # Russian vs Ukrainian / Belarusian Cyrillic spellings of the same items
        sq = rng.choice(sur_q)
        gq, cyr_g, _lat, sex = pick_given("m")
        other_g = [c for c in given[gq][0] if fold(c) != fold(cyr_g)]
        if len(surnames[sq][0]) < 2 or not other_g:
            continue
        s1, s2 = rng.sample(surnames[sq][0], 2)
        born = dob(rng)
        add(person(s1.capitalize(), cyr_g, born, sex), person(s2.capitalize(), rng.choice(other_g).capitalize(),
                                                            born, sex), True, "cyrillic variants", [sq, gq])
        done += 1
    add_negatives(rng, pairs, given, surnames, sur_q, pick_given, latin_surname, person, add, male, female)
    return pairs


def add_negatives(rng, pairs, given, surnames, sur_q, pick_given, latin_surname, person, add,  # type: ignore[no-untyped-def]
                  male, female) -> None:
    # look-alike surnames: different items, Cyrillic forms one or two letters apart
    by_start: dict[str, list[tuple[str, str]]] = {}
    for q in sur_q:
        for c in surnames[q][0]:
            by_start.setdefault(c[:3], []).append((q, c))
    alike = []
    for group in by_start.values():
        for i, (qa, ca) in enumerate(group):
            for qb, cb in group[i + 1:]:
                if qa == qb or set(surnames[qa][0]) & set(surnames[qb][0]) or ca == cb:
                    continue
                if cb in (ca + "а", ca + "a") or ca in (cb + "а",) or ca.rstrip("аяї") == cb.rstrip("аяї"):
                    continue  # the feminine form of the same name
                if abs(len(ca) - len(cb)) <= 2 and fuzz.ratio(ca, cb) >= 75:
                    alike.append((qa, ca, qb, cb))
    rng.shuffle(alike)
    done = 0
    for qa, ca, qb, cb in alike:
        if done >= 330:
            break
        gq, cyr_g, lat_g, sex = pick_given("m")
        lat_b = latin_surname(cb, surnames[qb][1], rng.random() < 0.3) or latin_surname(cb, surnames[qb][1], False)
        if lat_b is None:
            continue
        born = dob(rng)
        other = born if done % 2 == 0 else dob(rng)
        add(person(ca.capitalize(), cyr_g, born, sex), person(lat_b, lat_g, other, sex), False,
            "look-alike surname" + (", same date" if other == born else ""), [qa, qb, gq])
        done += 1
    # same surname, a different given name that looks alike (siblings; half born the same day): both are
    # distinct first names in Faker's lists and no Wikidata item holds both (so neither is a variant of the other)
    items_of: dict[str, set[str]] = {}
    for q, (cyr, lat) in given.items():
        for f in cyr + lat:
            items_of.setdefault(fold(f), set()).add(q)
    names = sorted((male | female) & set(items_of))
    alike_given = [(a, b) for i, a in enumerate(names) for b in names[i + 1:]
                   if a[:2] == b[:2] and fuzz.ratio(a, b) >= 60 and not items_of[a] & items_of[b]]
    rng.shuffle(alike_given)
    done = 0
    for a, b in alike_given:
        if done >= 130:
            break
        if rng.random() < 0.5:
            a, b = b, a
        sq = rng.choice(sur_q)
        cyr_s = rng.choice(surnames[sq][0])
        if cyr_s.endswith(MASCULINE):
            continue  # a sister's surname would differ
        lat_s = latin_surname(cyr_s, surnames[sq][1], False) or latin_surname(cyr_s, surnames[sq][1], True)
        lat_b = [x for q in items_of[b] for x in given[q][1] if not items_of.get(fold(x), set()) & items_of[a]]
        if lat_s is None or not lat_b:
            continue
        born = dob(rng)
        other = born if done % 2 == 0 else dob(rng)
        sex_a, sex_b = ("m" if x in male else "f" for x in (a, b))
        add(person(cyr_s.capitalize(), a.capitalize(), born, sex_a),
            person(lat_s, rng.choice(sorted(lat_b)).capitalize(), other, sex_b), False,
            "look-alike given name" + (", same date" if other == born else ""), [sq, *sorted(items_of[b])[:3]])
        done += 1
    done = 0
    while done < 120:  # namesakes born on another day
        sq = rng.choice(sur_q)
        cyr_s = rng.choice(surnames[sq][0])
        gq, cyr_g, lat_g, sex = pick_given("m" if cyr_s.endswith(("ов", "ев", "ин", "ий", "ой")) else None)
        lat_s = latin_surname(cyr_s, surnames[sq][1], rng.random() < 0.5)
        if lat_s is None:
            continue
        born = dob(rng)
        other = born + timedelta(days=rng.randrange(60, 9000) * rng.choice([-1, 1]))
        add(person(cyr_s.capitalize(), cyr_g, born, sex), person(lat_s, lat_g, other, sex), False,
            "namesake, other date", [sq, gq])
        done += 1


if __name__ == "__main__":
    main()
