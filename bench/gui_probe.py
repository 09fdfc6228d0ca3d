"""One GUI measurement, run in a fresh process by bench/gui.py.

The probe starts the app exactly as `dossier --vault DIR gui` does (same entry
point, same imports, offscreen), and only watches: it prints one JSON line of
CLOCK_MONOTONIC stamps, which the parent compares with the moment it started
the process. In `unlock` mode it then types the call sign and passphrase into
the unlock screen and presses Unlock, as an officer would, and measures until
the list of every applicant is painted, then scrolls, sorts, searches and
opens a dossier while it samples the process's memory.

    python bench/gui_probe.py cold DIR
    python bench/gui_probe.py unlock DIR CALLSIGN PASSFILE
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if os.environ.get("BENCH_DATE"):  # the bench's fake clock (bench/clock.py), before the app starts
    from bench import clock

    clock.start()


def status_kib(field: str) -> int:
    """VmHWM (peak resident set) or VmRSS (resident now) of this process, in KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def reset_peak() -> bool:
    """Linux ≥ 4.0: writing 5 to clear_refs resets VmHWM to the current RSS."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def main() -> None:
    mode, vault_dir = sys.argv[1], sys.argv[2]
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui import controller as controller_mod
    from app.vault import kdf

    out: dict[str, Any] = {"pid": os.getpid()}

    def finish() -> None:
        print("PROBE " + json.dumps(out), flush=True)
        os._exit(0)  # the probe measured what it came for; teardown is not timed

    class FirstPaint(QObject):
        """Calls `then` once, when `widget` has been painted for the first time after arming."""

        def __init__(self, widget: Any, then: Any) -> None:
            super().__init__(widget)
            self.then, self.widget = then, widget
            widget.installEventFilter(self)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.then is not None:
                then, self.then = self.then, None
                watched.removeEventFilter(self)
                QTimer.singleShot(0, then)  # after this paint has finished
            return False

    kdf_ms: list[float] = []
    original_derive = kdf.derive

    def timed_derive(*a: Any, **kw: Any) -> bytes:
        t = time.perf_counter()
        try:
            return original_derive(*a, **kw)
        finally:
            kdf_ms.append((time.perf_counter() - t) * 1000)

    kdf.derive = timed_derive  # type: ignore[assignment]
    original_gate = controller_mod.AppController._show_gate
    original_main = controller_mod.AppController._show_main

    def show_gate(self: Any) -> None:
        original_gate(self)
        if "gate_shown" in out:
            return
        QTimer.singleShot(120_000, finish)  # never hang the benchmark

        def gate_painted() -> None:
            out["gate_shown"] = time.monotonic()
            out["rss_gate_kib"] = status_kib("VmRSS")
            if mode == "cold":
                finish()
            type_and_unlock(self.gate)

        FirstPaint(self.gate, gate_painted)

    def type_and_unlock(gate: Any) -> None:
        gate.callsign.setText(sys.argv[3])
        gate.passphrase.setText(Path(sys.argv[4]).read_text("utf-8").rstrip("\n"))
        out["unlock_pressed"] = time.monotonic()
        gate.ok_button.click()

    def show_main(self: Any) -> None:
        out["session_ready"] = time.monotonic()
        out["kdf_ms"] = sum(kdf_ms)
        out["peak_kdf_kib"] = status_kib("VmHWM")  # includes the KDF's memory-hard buffer
        out["peak_reset"] = reset_peak()
        original_main(self)
        main = self.main
        main.results_shown.connect(lambda n: listed(self, main, n))

    def listed(ctrl: Any, main: Any, n: int) -> None:
        if "list_rows" in out:
            return
        out["list_rows"] = n

        def painted() -> None:
            out["list_shown"] = time.monotonic()
            out["rss_list_kib"] = status_kib("VmRSS")
            QTimer.singleShot(0, lambda: browse(ctrl, main))

        FirstPaint(main.table.viewport(), painted)
        main.table.viewport().update()

    def ms_since(t0: float) -> float:
        return (time.monotonic() - t0) * 1000

    def once(signal: Any, slot: Any) -> None:
        """Connect `slot` for the next emission only."""
        fired = [False]

        def wrapper(*args: Any) -> None:
            if not fired[0]:
                fired[0] = True
                slot(*args)

        signal.connect(wrapper)

    def browse(ctrl: Any, main: Any) -> None:
        """Work as an officer would, timing each step, then read the peak."""
        app = QApplication.instance()
        assert app is not None
        t0 = time.monotonic()
        main.table.scrollToBottom()
        app.processEvents()
        out["scroll_to_end_ms"] = ms_since(t0)
        t0 = time.monotonic()

        def sorted_shown(_n: int) -> None:
            FirstPaint(main.table.viewport(), lambda: sorted_painted(ctrl, main, t0))
            main.table.viewport().update()

        once(main.results_shown, sorted_shown)
        main.table.sortByColumn(1, main.table.horizontalHeader().sortIndicatorOrder())  # a header click

    def sorted_painted(ctrl: Any, main: Any, t0: float) -> None:
        out["sort_by_name_ms"] = ms_since(t0)
        app = QApplication.instance()
        assert app is not None
        main.table.scrollToTop()
        row = main.model.row(0)
        t0 = time.monotonic()
        window = ctrl.open_dossier(row.case_number)
        app.processEvents()
        out["open_dossier_window_ms"] = ms_since(t0)
        out["dossier_opened"] = window is not None
        started: list[float] = []
        main._debounce.timeout.connect(lambda: started.append(time.monotonic()))  # after the typing pause
        once(main.results_shown, lambda n: searched(main, n, started))
        main.search.setText("Коваленко")

    def searched(main: Any, n: int, started: list[float]) -> None:
        out["search_ms"] = ms_since(started[-1])
        out["search_rows"] = n
        once(main.results_shown, lambda n: cleared(n))
        main.search.clear()

    def cleared(n: int) -> None:
        out["cleared"] = n
        out["peak_after_unlock_kib"] = status_kib("VmHWM")
        out["rss_end_kib"] = status_kib("VmRSS")
        finish()

    controller_mod.AppController._show_gate = show_gate  # type: ignore[method-assign]
    controller_mod.AppController._show_main = show_main  # type: ignore[method-assign]
    from app.cli import main as cli_main

    cli_main(["--vault", vault_dir, "gui"])
    finish()


if __name__ == "__main__":
    main()
