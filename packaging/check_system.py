"""Check that the system libraries Qt needs are present, before anything else runs.

Qt aborts the whole process (no Python exception) when a platform plugin's shared
library is missing, so the check runs Qt in a child process and, if it dies,
prints the single apt-get line that fixes it instead of a traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys

APT_LINE = (
    "sudo apt-get install -y libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 "
    "libfontconfig1 libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 "
    "libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0"
)

PROBE = "from PySide6.QtWidgets import QApplication; app = QApplication([]); print('ok')"


def main() -> int:
    gui = "--gui" in sys.argv
    env = dict(os.environ)
    if not gui:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        print("No graphical display found (DISPLAY/WAYLAND_DISPLAY unset): "
              "run `make run` from a desktop session.", file=sys.stderr)
        return 1
    try:
        proc = subprocess.run(  # noqa: S603 - fixed argv, our own interpreter
            [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60
        )
    except subprocess.TimeoutExpired:
        print("Qt did not start within 60 s.", file=sys.stderr)
        return 1
    if proc.returncode == 0 and "ok" in proc.stdout:
        return 0
    detail = (proc.stderr or proc.stdout).strip().splitlines()
    hint = next((line for line in detail if ".so" in line or "plugin" in line), "")
    print("Qt could not start: a system library it needs is missing.", file=sys.stderr)
    if hint:
        print(f"  ({hint.strip()[:200]})", file=sys.stderr)
    print(f"Install the libraries with:\n  {APT_LINE}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
