"""Every window fits a small laptop screen, under a real X server.

Each test starts its own Xvfb on a free display (`-displayfd`), then runs
tests/screen_probe.py there: it opens every window, dialog, tab and message of
the app with a full demo case (tests/screen_tour.py) and reports any window or
minimum size larger than the screen, any enabled button outside the screen or
cut off (buttons in scrolling pages are scrolled to first), any text cut off,
and any internal code shown. Sizes: 1366×768, and 1920×1080 at 125 % and 150 %
(QT_SCALE_FACTOR: 1536×864 and 1280×720 logical pixels).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.xserver import x_env, xvfb

PROBE = ROOT / "tests" / "screen_probe.py"


def probe(display: str, scale: float, *args: str) -> dict[str, object]:
    env = x_env(display, scale)
    env.update(DOSSIER_INSECURE_TEST_KDF="1", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, str(PROBE), *args], env=env, capture_output=True, text=True,
                         timeout=900, check=False)
    assert out.returncode == 0, out.stderr[-3000:]
    report: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return report


@pytest.mark.slow
@pytest.mark.parametrize(("width", "height", "scale", "langs", "logical"), [
    (1366, 768, 1.0, ("en", "uk"), (1366, 768)),
    (1920, 1080, 1.25, ("uk",), (1536, 864)),
    (1920, 1080, 1.5, ("uk",), (1280, 720)),  # Ukrainian: the longer texts
])
def test_every_window_fits_the_screen(width: int, height: int, scale: float, langs: tuple[str, ...],
                                      logical: tuple[int, int]) -> None:
    with xvfb(width, height) as display:
        report = probe(display, scale, *langs)
    assert report["screen"] == list(logical)
    windows = report["windows"]
    assert isinstance(windows, list) and len(windows) >= 30 * len(langs)  # the whole tour was seen
    for must in ("first-run-details", "unlock", "list", "dossier", "score-grid", "decision", "history", "users",
                 "help", "about", "send", "casefile-preview", "panic-confirm", "audit-log", "retention",
                 "retention-confirm-1", "delete-case-1", "delete-case-2", "hand-over-1", "hand-over-2",
                 "verify-printout-1", "check-integrity-1"):
        assert f"{langs[0]}:{must}" in windows
    assert int(report["buttons"]) >= 150 * len(langs)  # type: ignore[call-overload]
    assert report["problems"] == []


def test_the_check_finds_what_does_not_fit() -> None:
    """The negative control: a window with every fault is reported for each of them."""
    with xvfb(1366, 768) as display:
        report = probe(display, 1.0, "en", "--control")
    found = "\n".join(report["problems"])  # type: ignore[arg-type]
    for fault in ("is not inside the screen", "minimum size", "'Below the screen' at",
                  "'Clipped by its box' is cut off", "text cut off", "internal code 'sent_to_hq'"):
        assert fault in found, fault
