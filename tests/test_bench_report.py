"""The benchmark's verdict (bench/report.py, bench/run.py): two runs per measure with their
spread, a target met only when every run met it, and the missed targets named (run.py exits 1)."""

from __future__ import annotations

import json
from pathlib import Path

from bench.report import Table, median, ratio

META = {"applicants": 10, "date": "2028-02-29", "reference_date": "2026-03-01", "commit": "abc", "python": "3",
        "sqlcipher": "3", "cipher_version": "4", "cpus": 2, "cpu_model": "cpu", "load_before": "0",
        "load_after": "0", "runs": 2}


def test_a_target_missed_in_one_run_is_missed_and_named(tmp_path: Path) -> None:
    t = Table()
    t.row("render", [70.0, 75.0, 79.0], None, median(80))
    t.row("list", [10.0], [9.0], median(50), ratio(1.3))
    t.run = 2
    t.row("render", [85.0, 90.0, 95.0], None, median(80))  # the second run misses
    t.row("list", [10.0], [9.5], median(50), ratio(1.3))
    missed = t.write(tmp_path, "-x", META, ["note"])
    assert missed == ["render"]
    md = (tmp_path / "RESULTS-x.md").read_text()
    assert "Targets missed: render." in md and "| render | ms | 75.00 |" in md
    assert "| 20% |" in md  # spread of the medians: (90 - 75) / 75
    data = json.loads((tmp_path / "results-x.json").read_text())
    assert data["meta"]["targets_missed"] == ["render"]
    assert [r["met"] for r in data["rows"]] == [False, True]
    assert [len(r["runs"]) for r in data["rows"]] == [2, 2]


def test_every_target_met_in_every_run(tmp_path: Path) -> None:
    t = Table()
    for run in (1, 2):
        t.run = run
        t.row("list", [10.0], [9.0], median(50), ratio(1.3))
        t.row("no target", [1.0])
    assert t.write(tmp_path, "", META, []) == []
    assert "Every target met in every run." in (tmp_path / "RESULTS.md").read_text()


def test_a_ratio_over_its_limit_is_a_miss(tmp_path: Path) -> None:
    t = Table()
    t.row("list", [20.0], [10.0], median(50), ratio(1.3))
    assert t.write(tmp_path, "", META, []) == ["list"]
