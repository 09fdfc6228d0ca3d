"""GUI measurements for `make bench`: each run is a fresh process (bench/gui_probe.py)
started the way `dossier gui` starts, offscreen.

* cold start: from before the process is started to the unlock screen painted;
* unlock: from pressing Unlock to the list of every applicant painted, with the
  KDF time of that unlock measured inside the process and reported apart;
* memory: the GUI process's peak resident set (VmHWM) with the whole list, after
  scrolling to the end, sorting by name, searching and opening a dossier.
  Argon2id's 128 MiB buffer is allocated and freed during unlock, so the peak
  is reported twice: after unlock (the peak is reset once the key is derived)
  and for the whole run including the KDF.

The unlock runs as a second user of the benchmark vault whose key slot uses the
shipped KDF calibration, so the KDF and its memory are the real ones.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.report import Target, median

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "bench" / "gui_probe.py"
KDF_USER = "BenchKdf"
KDF_PASS = "benchmark officer passphrase with the shipped kdf"


def ensure_kdf_user(vdir: Path, user: str, passphrase: str) -> None:
    """Add, once, a user whose key slot has the shipped (calibrated) KDF parameters."""
    from app.domain.enums import Role
    from app.vault import kdf, keyslots, vault

    if keyslots.load(vdir).find(KDF_USER) is not None:
        return
    s = vault.unlock(vdir, user, passphrase)
    saved = os.environ.pop(kdf.TEST_ENV, None)
    try:
        s.add_user(KDF_USER, Role.OFFICER, KDF_PASS)
    finally:
        if saved is not None:
            os.environ[kdf.TEST_ENV] = saved
        s.close()


def _probe(args: list[str]) -> tuple[float, dict[str, Any]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("DOSSIER_INSECURE_TEST_KDF", None)  # the app as shipped
    with tempfile.TemporaryDirectory(prefix="fd-bench-home-") as home:
        for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", "config"), ("XDG_STATE_HOME", "state"),
                         ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache")):
            env[var] = str(Path(home) / sub)  # no settings or logs of the developer's own
        started = time.monotonic()
        done = subprocess.run([sys.executable, str(PROBE), *args], env=env, capture_output=True, text=True,
                              timeout=300, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("PROBE ")]
    if not lines:
        raise RuntimeError(f"GUI probe failed ({done.returncode}): {done.stderr[-2000:]}")
    return started, json.loads(lines[-1][6:])


def measure(row: Callable[..., None], vdir: Path, user: str, passphrase: str, applicants: int,
            repeat: int = 5) -> dict[str, Any]:
    ensure_kdf_user(vdir, user, passphrase)
    cold: list[float] = []
    for i in range(repeat + 1):  # the first run warms the file cache
        started, out = _probe(["cold", str(vdir)])
        if i:
            cold.append((out["gate_shown"] - started) * 1000)
    row("cold start to the unlock screen (new process, offscreen)", cold, None, median(600))
    with tempfile.NamedTemporaryFile("w", prefix="fd-bench-", delete=False) as f:
        f.write(KDF_PASS)
    runs: list[dict[str, Any]] = []
    try:
        for i in range(repeat + 1):
            _, out = _probe(["unlock", str(vdir), KDF_USER, f.name])
            if out.get("list_rows") != applicants or out.get("cleared") != applicants or not out.get("dossier_opened"):
                raise RuntimeError(f"GUI probe did not show the whole list: {out}")
            if i:
                runs.append(out)
    finally:
        os.unlink(f.name)
    total = [(r["list_shown"] - r["unlock_pressed"]) * 1000 for r in runs]
    kdf_ms = [r["kdf_ms"] for r in runs]
    row(f"unlock to list of {applicants:,} shown, excluding KDF",
        [t - k for t, k in zip(total, kdf_ms, strict=True)], None, median(300))
    row(f"unlock to list of {applicants:,} shown, including KDF", total, None)
    for key, label in (("scroll_to_end_ms", "scroll to the end of the list"),
                       ("sort_by_name_ms", "header click: sort by name, to the list painted"),
                       ("search_ms", "search Коваленко: typing pause to hits shown"),
                       ("open_dossier_window_ms", "open a dossier window (first one: loads its code)")):
        row(f"GUI with {applicants:,}: {label}", [r[key] for r in runs], None)
    row(f"GUI peak RSS with {applicants:,}: list, scroll, sort, search, open a dossier",
        [r["peak_after_unlock_kib"] / 1024 for r in runs], None, Target("max", 200), unit="MB")
    row("GUI peak RSS of the whole run, with Argon2id's 128 MiB during unlock",
        [max(r["peak_kdf_kib"], r["peak_after_unlock_kib"]) / 1024 for r in runs], None, unit="MB")
    last = runs[-1]
    return {"rss_at_unlock_screen_mb": last["rss_gate_kib"] / 1024, "rss_with_list_mb": last["rss_list_kib"] / 1024,
            "rss_end_mb": last["rss_end_kib"] / 1024, "peak_reset_supported": last["peak_reset"],
            "kdf_ms_in_gui": kdf_ms}
