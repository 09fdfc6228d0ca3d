"""The benchmark's clock: `BENCH_DATE=2027-03-01 make bench` measures on that day (a fake clock).

Issue 22 wants two consecutive runs of `make bench`, one of them on a day other than today. With
`BENCH_DATE` set, each process of the benchmark moves its wall clock to that day at 12:00 UTC as
it starts, and lets it tick (`time_machine.travel(..., tick=True)`): `time.time`, `datetime.now`,
`date.today` and `time.strftime` read the fake day; `time.perf_counter` and `time.monotonic`,
which every timing uses, are not touched. The processes that call `start()`:

* bench/run.py, at import: the benchmark itself, and the export's worker processes, which are
  *spawned* and so import bench/run.py again as their main module;
* bench/gui_probe.py, before it starts the app (its cold start then includes importing
  time-machine, a few ms).

SQLite's own `'now'` is not moved (the app never asks SQLite for the time). Pick a day after the
benchmark vault and its HQ were made: certificates issued on a later fake day are "not yet
valid" on an earlier one.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

ENV = "BENCH_DATE"
_TRAVEL: list[Any] = []


def bench_date() -> dt.date | None:
    """The day in BENCH_DATE (YYYY-MM-DD), None when unset; ValueError for anything else."""
    raw = os.environ.get(ENV, "").strip()
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise ValueError(f"{ENV} must be a day as YYYY-MM-DD, not {raw!r}") from None


def start() -> dt.date | None:
    """Move this process's wall clock to BENCH_DATE, 12:00 UTC, ticking; the day, or None (no
    fake clock). Idempotent."""
    day = bench_date()
    if day is None or _TRAVEL:
        return day
    import time_machine

    traveller = time_machine.travel(dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC), tick=True)
    traveller.start()
    _TRAVEL.append(traveller)
    return day


def stop() -> None:
    while _TRAVEL:
        _TRAVEL.pop().stop()
