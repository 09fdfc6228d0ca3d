"""A private X server for layout tests and screenshots: Xvfb on a display nobody
uses (it picks one itself and reports it through -displayfd)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager


class NoXvfb(RuntimeError):
    pass


@contextmanager
def xvfb(width: int, height: int) -> Iterator[str]:
    """A fresh X server of width×height; yields its display name (":N")."""
    if shutil.which("Xvfb") is None:
        raise NoXvfb("Xvfb is missing: `make test` installs it (packaging/test_tools.sh)")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24",
                               "-nolisten", "tcp", "-nocursor"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number.isdigit():
            raise NoXvfb("Xvfb did not report its display")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def x_env(display: str, scale: float = 1.0) -> dict[str, str]:
    """The environment for a Qt child process on that display."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QT_SCALE_FACTOR", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR=str(scale))
    return env
