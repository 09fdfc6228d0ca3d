"""Regenerate docs/screenshots/ (run by `make screenshots`): the app on a real X
server of 1366×768, the smallest laptop screen it must fit, in English and
Ukrainian, with a throwaway demo vault. The screens are the screen-fit test's
tour (tests/screen_tour.py); each picture is what that screen shows, cropped to
the window.

    python docs/make_screenshots.py            # starts its own Xvfb, both languages
    python docs/make_screenshots.py --here uk  # on the current $DISPLAY, one language
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)
SHOTS = {  # tour screen -> file name (without the language suffix)
    "first-run": "first-run", "first-run-details": "first-run-details", "unlock": "unlock", "list": "list",
    "list-empty": "list-empty", "dossier": "dossier", "interview": "interview", "score-grid": "score-grid",
    "exam2": "exam2", "exam-as-officer": "seal-reason", "decision": "decision", "print-preview": "print-preview",
    "casefile-preview": "casefile-preview", "send": "send", "help": "help", "statistics": "statistics",
    "hq-decision": "hq-decision", "import": "hq-import", "duplicates": "hq-duplicates",
}


def shoot(lang: str) -> int:
    from PySide6.QtWidgets import QApplication

    from app.ui.app import make_application
    from app.ui.i18n import install_language
    from tests.screen_tour import build_world, tour

    app = make_application()
    install_language(app, lang)
    OUT.mkdir(parents=True, exist_ok=True)
    suffix = "" if lang == "en" else f"-{lang}"
    world = build_world(applicants=300)
    for session in (world.demo, world.field):  # printouts in the pictures' language (app.casefile.words)
        session.set_setting("document_language", lang)
    screen = app.primaryScreen()
    assert (screen.geometry().width(), screen.geometry().height()) == SIZE, "run on a 1366x768 screen"
    for name, window in tour(world):
        if name not in SHOTS:
            continue
        frame = window.frameGeometry()
        picture = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        path = OUT / f"{SHOTS[name]}{suffix}.png"
        picture.save(str(path))
        print("wrote", path.relative_to(ROOT))
    world.demo.close()
    world.empty.close()
    world.field.close()
    QApplication.processEvents()
    return 0


def main() -> int:
    if sys.argv[1:2] == ["--here"]:
        return shoot(sys.argv[2] if len(sys.argv) > 2 else "en")
    from tests.xserver import x_env, xvfb

    with xvfb(*SIZE) as display:
        env = x_env(display)
        env["DOSSIER_INSECURE_TEST_KDF"] = "1"  # throwaway vaults with synthetic data only
        for lang in sys.argv[1:] or ["en", "uk"]:
            run = subprocess.run([sys.executable, __file__, "--here", lang], env=env,  # noqa: S603 - this script
                                 check=False)
            if run.returncode:
                return run.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
