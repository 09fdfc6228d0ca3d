"""The benchmark's fake clock (bench/clock.py): `BENCH_DATE=YYYY-MM-DD make bench` runs the bench
and its spawned export workers on that day, and the results say so."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench import clock
from bench.report import Table, median

ROOT = Path(__file__).resolve().parent.parent


def _show_clock(value: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != clock.ENV}
    if value is not None:
        env[clock.ENV] = value
    return subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--show-clock"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=300, check=False)


def test_the_bench_and_its_spawned_workers_see_the_fake_day() -> None:
    done = _show_clock("2028-02-29")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[:2] == ["bench process: 2028-02-29", "spawned worker: 2028-02-29"]


def test_without_bench_date_the_clock_is_the_real_one() -> None:
    done = _show_clock(None)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"bench process: {dt.date.today().isoformat()}"  # (a run across midnight would fail)
    assert lines[2] == "BENCH_DATE: not set"


def test_a_bad_bench_date_stops_the_bench_with_a_clear_message() -> None:
    done = _show_clock("2027-13-01")
    assert done.returncode == 1 and "BENCH_DATE must be a day as YYYY-MM-DD" in done.stderr
    assert "Traceback" not in done.stderr


def test_start_moves_the_wall_clock_not_the_timers(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv(clock.ENV, "2027-03-01")
    before = time.perf_counter()
    try:
        assert clock.start() == dt.date(2027, 3, 1)
        assert dt.date.today() == dt.date(2027, 3, 1) and time.strftime("%Y-%m-%d") == "2027-03-01"
        assert 0 <= time.perf_counter() - before < 60  # timings are not moved
    finally:
        clock.stop()
    assert abs(time.time() - dt.datetime.now().timestamp()) < 60 and not clock._TRAVEL


def test_the_results_record_the_fake_day(tmp_path: Path) -> None:
    t = Table()
    t.row("list", [10.0], [9.0], median(50))
    meta = {"applicants": 10, "date": "2027-03-01", "reference_date": "2026-03-01", "commit": "abc", "python": "3",
            "sqlcipher": "3", "cipher_version": "4", "cpus": 2, "cpu_model": "cpu", "load_before": "0",
            "load_after": "0", "runs": 1, "fake_clock": "2027-03-01"}
    t.write(tmp_path, "", meta, [])
    assert "2027-03-01 on a fake clock (BENCH_DATE=2027-03-01" in (tmp_path / "RESULTS.md").read_text()
    assert json.loads((tmp_path / "results.json").read_text())["meta"]["fake_clock"] == "2027-03-01"
    meta["fake_clock"] = None
    t.write(tmp_path, "", meta, [])
    assert "fake clock" not in (tmp_path / "RESULTS.md").read_text()
