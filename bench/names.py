"""Name search and duplicate matching on the labelled sets, inside the benchmark vault.

* Search recall: every "same person" pair of tests/data/real_name_pairs.json
  (Wikidata spellings, surnames held out of the app's tables) is put into the
  vault as its Cyrillic dossier, inside a transaction that is rolled back, and
  searched for by the other spelling, as an officer would type it ("Szewczenko
  Aleksiej"): found when the dossier is in the first 50 hits.
* Duplicate matching: precision and recall per tier on both labelled sets (a
  pair counts as found when the two share a retrieval key and score in a tier).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from app.domain.casenumber import new_case_id
from app.domain.matching import LIKELY, POSSIBLE, Identity, retrieval_keys, score
from app.domain.model import Dossier, Person
from app.domain.search_query import parse_query
from app.vault import search, search_fuzzy
from app.vault.guard import store

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "data" / "real_name_pairs.json"
SYNTHETIC = ROOT / "tests" / "data" / "match_pairs.json"
FUZZY_QUERIES = {  # demo names (app.vault.demo's Faker pools) as other conventions write them
    "fuzzy, German spelling": "Guschtschin",
    "fuzzy, Polish spelling + given name": "Kozłow Ostap",
    "fuzzy, given-name variant": "Nikita Kozlov",
    "fuzzy, letter missing": "Kondratjv Vlas",
    "fuzzy, mixed scripts": "Козлов Ostap",
    "fuzzy, one common given name": "Georgij",
}


def _identity(x: dict[str, Any], ref: str) -> Identity:
    dob = x.get("date_of_birth")
    return Identity(ref, x["surname"], x["given_name"], x.get("patronymic", ""), (),
                    date.fromisoformat(dob) if dob else None, x.get("place_of_birth", ""),
                    tuple(x.get("documents", [])))


def tier_quality(path: Path) -> dict[str, Any]:
    doc = json.loads(path.read_text("utf-8"))
    pairs = doc["pairs"] if isinstance(doc, dict) else doc
    counts = {(s, t): 0 for s in (True, False) for t in (LIKELY, POSSIBLE, "")}
    for p in pairs:
        a, b = _identity(p["a"], "a"), _identity(p["b"], "b")
        m = score(a, b)
        found = m.tier if retrieval_keys(a) & retrieval_keys(b) else ""
        counts[(p["same"], found)] += 1
    same = sum(v for (s, _), v in counts.items() if s)

    def precision(tier: str) -> float:
        return counts[(True, tier)] / max(1, counts[(True, tier)] + counts[(False, tier)])

    return {"pairs": len(pairs), "same": same, "different": len(pairs) - same,
            "likely_precision": precision(LIKELY), "likely_recall": counts[(True, LIKELY)] / same,
            "possible_precision": precision(POSSIBLE), "possible_recall": counts[(True, POSSIBLE)] / same,
            "either_recall": (counts[(True, LIKELY)] + counts[(True, POSSIBLE)]) / same,
            "different_flagged_possible": counts[(False, POSSIBLE)]}


def search_recall(conn: Any, limit: int = 50) -> dict[str, Any]:
    """Insert the Cyrillic side of every same-person pair, search by the other side, roll back."""
    pairs = [p for p in json.loads(REAL.read_text("utf-8"))["pairs"] if p["same"]]
    conn.execute("BEGIN")
    try:
        wanted = []
        for i, p in enumerate(pairs):
            a = p["a"]
            d = Dossier(person=Person(a["surname"], a["given_name"], date_of_birth=date.fromisoformat(
                a["date_of_birth"]) if a.get("date_of_birth") else None), case_number=f"BENCH-2026-{i + 1:05d}",
                        case_id=new_case_id())
            wanted.append(store.insert(conn, d))  # the insert SQL, below the guard's checks
        found, times, misses, capped = 0, [], [], 0
        for p, applicant_id in zip(pairs, wanted, strict=True):
            q = f"{p['b']['surname']} {p['b']['given_name']}"
            # the candidates come newest first and these dossiers are the newest: count the searches
            # where that could have helped (more candidates than the cap)
            words = search_fuzzy.query_words(parse_query(q))
            keys = [k for k in (search_fuzzy._word_keys(w) for w in words) if k]
            capped += bool(keys) and len(search_fuzzy._candidates(conn, keys)) >= search_fuzzy.MAX_CANDIDATES
            t = time.perf_counter()
            hits = search.search_ids(conn, q, limit)
            times.append((time.perf_counter() - t) * 1000)
            if applicant_id in hits:
                found += 1
            else:
                misses.append(f"{q} -> {p['a']['surname']} {p['a']['given_name']}")
    finally:
        conn.execute("ROLLBACK")
    ordered = sorted(times)
    return {"queries": len(pairs), "found_in_first_50": found, "recall": found / len(pairs), "times": times,
            "candidates_capped": capped,
            "median_ms": ordered[len(ordered) // 2], "p95_ms": ordered[int(len(ordered) * 0.95)],
            "misses": misses[:30]}


def rows(row: Callable[..., None], enc: Any, pl: Any, paired: Callable[..., tuple[list[float], list[float]]],
         repeat: int, p95: Callable[[float], Any], ratio: Callable[[float], Any]) -> None:
    for label, q in FUZZY_QUERIES.items():  # encrypted and plain timed in turn (bench/run.py paired)
        row(f"search {label} ({q}), first 50 ranked", *paired(lambda q=q: search.search(enc, q, 50),
            lambda q=q: search.search(pl, q, 50), repeat), p95(15), ratio(1.1))
