"""The benchmark's table: samples, statistics, targets checked, one table printed
and written to bench/results*.json and bench/RESULTS*.md.

A row can be measured in several runs (`bench/run.py --runs 2`, the default): the table shows
each run's figure and their spread, and a target counts as met only when every run met it.
`Table.write` returns the rows that missed a target, so the benchmark exits non-zero naming them.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Target:
    stat: str  # "median", "p95", "max" or "ratio" (encrypted / plain median)
    limit: float
    low: float | None = None  # a range, e.g. the KDF's calibrated 0.5–1 s

    def met(self, e: dict[str, float], ratio: float | None) -> bool | None:
        value = ratio if self.stat == "ratio" else e[self.stat]
        if value is None:
            return None
        return value <= self.limit and (self.low is None or value >= self.low)

    def text(self, unit: str) -> str:
        if self.stat == "ratio":
            return f"ratio ≤ {self.limit:g}"
        if self.low is not None:
            return f"{self.stat} {self.low:g}–{self.limit:g} {unit}"
        return f"{self.stat} ≤ {self.limit:g} {unit}"


def median(limit: float) -> Target:
    return Target("median", limit)


def p95(limit: float) -> Target:
    return Target("p95", limit)


def ratio(limit: float) -> Target:
    return Target("ratio", limit)


def stats(samples: list[float]) -> dict[str, float]:
    s = sorted(samples)
    return {"median": statistics.median(s), "p95": s[min(len(s) - 1, int(len(s) * 0.95))],
            "min": s[0], "max": s[-1], "n": len(s)}


class Table:
    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self._by_name: dict[str, dict[str, Any]] = {}
        self.run = 1

    def row(self, name: str, enc: list[float], plain: list[float] | None = None, *targets: Target,
            unit: str = "ms") -> None:
        e = stats(enc)
        p = stats(plain) if plain else None
        r = (e["median"] / p["median"]) if p and p["median"] else None
        verdicts = [t.met(e, r) for t in targets]
        one = {"run": self.run, "encrypted": e, "plain": p, "ratio": r,
               "target": ", ".join(t.text(unit) for t in targets),
               "met": None if not targets else all(v is not False for v in verdicts)}
        if name in self._by_name:
            entry = self._by_name[name]
        else:
            entry = self._by_name[name] = {"measure": name, "unit": unit, "target": one["target"], "runs": []}
            self.rows.append(entry)
        entry["runs"].append(one)
        met = [x["met"] for x in entry["runs"]]
        entry["met"] = None if all(m is None for m in met) else all(m is not False for m in met)
        print(f"  [run {self.run}] {name}: median {e['median']:.2f} {unit}" + (f", ratio {r:.2f}" if r else "")
              + ("" if one["met"] is not False else "  ** TARGET MISSED **"), flush=True)

    def markdown(self) -> str:
        lines = ["| measure | unit | run 1 median | p95 | plain median | enc/plain | run 2 median | p95 | "
                 "enc/plain | spread | target | met |", "|" + "---|" * 12]
        for r in self.rows:
            cells = []
            for i in range(2):
                if i < len(r["runs"]):
                    x = r["runs"][i]
                    e, p = x["encrypted"], x["plain"]
                    cells.append(f"{e['median']:.2f} | {e['p95']:.2f}" + (f" | {p['median']:.2f} | {x['ratio']:.2f}"
                                                                            if p and i == 0 else
                                                                            f" | {x['ratio']:.2f}" if p else
                                                                            " | – | –" if i == 0 else " | –"))
                else:
                    cells.append("– | – | – | –" if i == 0 else "– | – | –")
            heads = [x["encrypted"]["median"] for x in r["runs"]]
            spread = f"{(max(heads) - min(heads)) / min(heads) * 100:.0f}%" if len(heads) > 1 and min(heads) else "–"
            met = {True: "yes", False: "**NO**", None: ""}[r["met"]]
            lines.append(f"| {r['measure']} | {r['unit']} | {cells[0]} | {cells[1]} | {spread} | {r['target']} "
                         f"| {met} |")
        return "\n".join(lines)

    def write(self, out: Path, suffix: str, meta: dict[str, Any], notes: list[str]) -> list[str]:
        """Print and write the results; returns the measures that missed a target in any run."""
        table = self.markdown()
        print("\n" + table + "\n\n" + "\n".join(notes))
        missed = [r["measure"] for r in self.rows if r["met"] is False]
        meta = {**meta, "targets_missed": missed}
        (out / f"results{suffix}.json").write_text(
            json.dumps({"meta": meta, "rows": self.rows}, indent=2, ensure_ascii=False) + "\n")
        clock = (f" on a fake clock (BENCH_DATE={meta['fake_clock']}, bench/clock.py)" if meta.get("fake_clock")
                 else "")
        head = (f"# Benchmark results\n\n{meta['applicants']:,} applicants, {meta['date']}{clock} (demo data from "
                f"the fixed reference date {meta['reference_date']}), commit {meta['commit']}, "
                f"Python {meta['python']}, "
                f"SQLite {meta['sqlcipher']} (SQLCipher {meta['cipher_version']}), {meta['cpus']} CPUs, "
                f"{meta['cpu_model']}; load average {meta['load_before']} before, {meta['load_after']} after. "
                f"Generated by `bench/run.py` ({meta['runs']} runs in one process; spread = (highest − lowest) / "
                f"lowest of the runs' medians). enc/plain = encrypted median / plain-SQLite median on a "
                f"page-for-page plain copy of the same file (see docs/performance.md).\n\n")
        verdict = ("Every target met in every run." if not missed else
                   "Targets missed: " + "; ".join(missed) + ". See docs/performance.md for what bounds them.")
        (out / f"RESULTS{suffix}.md").write_text(head + table + "\n\n" + verdict + "\n\n" + "\n\n".join(notes) + "\n")
        return missed
