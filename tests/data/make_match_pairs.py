"""Regenerate tests/data/match_pairs.json: labelled pairs for duplicate matching.

Run: .venv/bin/python tests/data/make_match_pairs.py   (deterministic, seed 7)

Same person: another script and transliteration scheme, Russian vs Ukrainian
forms, a typo, a transposed date of birth, a given-name variant, a shared
document with a different spelling. Different people: namesakes born on other
days, a brother and sister born the same day, near-identical surnames, the
same birthday with other names, and random pairs.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from faker import Faker  # noqa: E402

from app.domain.names import schemes  # noqa: E402

VARIANTS = [[f.capitalize() for f in line.split("\t")[2].split()]  # given-name items (make_name_data.py)
            for line in (ROOT / "resources/names/given_names.tsv").read_text("utf-8").splitlines()
            if line and not line.startswith("#")]
RU_UK = str.maketrans({"и": "і", "е": "є", "ы": "и", "Э": "Е", "И": "І"})


def person(rng: random.Random, fk: dict[str, Faker]) -> dict:
    loc = rng.choice(["ru_RU", "uk_UA"])
    sex = rng.choice(["male", "female"])
    f = fk[loc]
    dob = date(1965, 1, 1) + timedelta(days=rng.randrange(0, 40 * 365))
    return {"surname": getattr(f, f"last_name_{sex}")(), "given_name": getattr(f, f"first_name_{sex}")(),
            "patronymic": getattr(f, f"middle_name_{sex}")(), "date_of_birth": dob.isoformat(),
            "place_of_birth": f.city_name(), "documents": [f"{rng.choice('ABEKMHT')}{rng.randrange(10**6, 10**7)}"],
            "_loc": loc, "_sex": sex}


def latin(p: dict, rng: random.Random) -> dict:
    run = schemes()[rng.choice(sorted(schemes()))]
    q = {**p, "surname": run(p["surname"]), "given_name": run(p["given_name"]), "patronymic": "",
         "place_of_birth": ""}
    if any("\u0400" <= ch <= "\u04ff" for ch in q["surname"] + q["given_name"]):
        kmu = schemes()["uk_kmu_2010"]
        q["surname"], q["given_name"] = kmu(p["surname"]), kmu(p["given_name"])
    return q


def typo(text: str, rng: random.Random) -> str:
    i = rng.randrange(1, max(2, len(text) - 1))
    return text[:i] + text[i + 1:] if rng.random() < 0.5 else text[:i] + text[i] + text[i:]


def transpose(dob: str, rng: random.Random) -> str:
    d = date.fromisoformat(dob)
    if d.day <= 12 and d.day != d.month and rng.random() < 0.5:
        return d.replace(month=d.day, day=d.month).isoformat()
    s = list(d.strftime("%Y%m%d"))
    for i in rng.sample([6, 4, 2], 3):  # swap two adjacent digits of day, month or decade
        s[i], s[i + 1] = s[i + 1], s[i]
        try:
            return date(int("".join(s[:4])), int("".join(s[4:6])), int("".join(s[6:]))).isoformat()
        except ValueError:
            s[i], s[i + 1] = s[i + 1], s[i]
    return (d + timedelta(days=1)).isoformat()


def variant(given: str, rng: random.Random) -> str | None:
    for group in VARIANTS:
        if given in group:
            return rng.choice([g for g in group if g != given] or [given])
    return None


def main() -> None:
    rng = random.Random(7)
    fk = {loc: Faker(loc) for loc in ("ru_RU", "uk_UA")}
    for f in fk.values():
        f.seed_instance(7)
    pairs = []

    def add(a: dict, b: dict, same: bool, kind: str) -> None:
        clean = [{k: v for k, v in x.items() if not k.startswith("_")} for x in (a, b)]
        pairs.append({"a": clean[0], "b": clean[1], "same": same, "kind": kind})

    for _ in range(40):
        p = person(rng, fk)
        add(p, latin(p, rng), True, "other script")
    for _ in range(25):
        p = person(rng, fk)
        add(p, {**p, "surname": p["surname"].translate(RU_UK), "patronymic": ""}, True, "ru/uk forms")
    for _ in range(30):
        p = person(rng, fk)
        add(p, {**p, "surname": typo(p["surname"], rng)}, True, "typo")
    for _ in range(30):
        p = person(rng, fk)
        add(p, {**latin(p, rng), "date_of_birth": transpose(p["date_of_birth"], rng)}, True, "dob transposed")
    n = 0
    while n < 20:
        p = person(rng, fk)
        v = variant(p["given_name"], rng)
        if v:
            add(p, {**latin(p, rng), "given_name": v}, True, "given-name variant")
            n += 1
    for _ in range(20):
        p = person(rng, fk)
        q = latin(p, rng)
        add(p, {**q, "surname": typo(q["surname"], rng), "date_of_birth": None}, True, "document only")
    for _ in range(50):
        p = person(rng, fk)
        other = (date.fromisoformat(p["date_of_birth"]) + timedelta(days=rng.randrange(40, 9000))).isoformat()
        add(p, {**person(rng, fk), "surname": p["surname"], "given_name": p["given_name"],
                "patronymic": p["patronymic"], "date_of_birth": other}, False, "namesake")
    n = 0
    while n < 25:
        p = person(rng, fk)
        if p["_sex"] != "male":
            continue
        sister_given = fk[p["_loc"]].first_name_female()
        sister_pat = p["patronymic"][:-3] + ("вна" if p["patronymic"].endswith("вич") else "ївна")
        feminine = p["_loc"] == "ru_RU" and p["surname"].endswith(("ов", "ев", "ин"))
        add(p, {**p, "surname": p["surname"] + ("а" if feminine else ""), "given_name": sister_given,
                "patronymic": sister_pat, "documents": []}, False, "twin sister")
        n += 1
    for _ in range(35):
        p = person(rng, fk)
        q = person(rng, fk)
        add(p, {**q, "surname": typo(typo(p["surname"], rng), rng), "given_name": p["given_name"]}, False,
            "near-identical surname")
    for _ in range(30):
        p = person(rng, fk)
        add(p, {**person(rng, fk), "date_of_birth": p["date_of_birth"]}, False, "same birthday")
    for _ in range(25):
        add(person(rng, fk), person(rng, fk), False, "random")
    for pair in pairs:  # the document is shared only where a kind says so
        if pair["kind"] not in ("document only", "other script", "dob transposed", "given-name variant"):
            pair["b"]["documents"] = [] if pair["same"] else pair["b"]["documents"]
    out = ROOT / "tests/data/match_pairs.json"
    out.write_text(json.dumps({"seed": 7, "pairs": pairs}, ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"{len(pairs)} pairs, {sum(p['same'] for p in pairs)} same person -> {out}")


if __name__ == "__main__":
    main()
