"""Regenerate docs/screenshots/ from a throwaway demo vault (run by `make screenshots`)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DOSSIER_INSECURE_TEST_KDF"] = "1"  # throwaway vault with synthetic data only
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.domain.enums import Channel  # noqa: E402
from app.ui.app import make_application  # noqa: E402
from app.ui.i18n import install_language  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.print_summary import make_preview  # noqa: E402
from app.vault import vault  # noqa: E402
from app.vault.demo import load_demo  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PASS = "correct horse battery staple orbit"  # noqa: S105 - throwaway demo vault


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shot(widget: QWidget, name: str) -> None:
    widget.show()
    settle()
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def _gate_shots(tmp: Path, suffix: str) -> None:
    from app.ui.setup_wizard import SetupWizard
    from app.ui.unlock_dialog import UnlockDialog

    wizard = SetupWizard(tmp / "new", tmp / "demo")
    wizard.resize(640, 460)
    shot(wizard, f"first-run{suffix}.png")
    wizard.next()
    wizard.details.post.setText("KYIV")
    wizard.details.callsign.setText("Alpha")
    wizard.details.passphrase.setText(PASS)
    wizard.details.repeat.setText(PASS)
    shot(wizard, f"first-run-details{suffix}.png")
    wizard.close()
    vault.create(tmp / "locked", "KYIV", "Alpha", PASS).close()
    gate = UnlockDialog(tmp / "locked")
    gate.callsign.setText("Alpha")
    shot(gate, f"unlock{suffix}.png")
    gate.close()


def _enrol(s: object, tmp: Path) -> None:
    from app.casefile import enrolment
    from app.casefile.hq import HqKeystore

    hq = HqKeystore.init(tmp / "hq", PASS)
    issued = enrolment.issue(hq, "Alpha", "KYIV", tmp / "alpha.enrol", False)
    s.enrol(enrolment.read(issued.path, issued.passphrase))  # type: ignore[attr-defined]


def _exchange_shots(s: object, case: str, w: QWidget, tmp: Path, suffix: str) -> None:
    import app.ui.casefile_preview as cp
    from app.ui.send_dialog import SendDialog

    shown: list[QWidget] = []
    cp.open_casefile(w, s, case, shown=shown.append)  # type: ignore[arg-type]
    while not shown:
        settle(200)
    shown[0].resize(900, 1000)
    shot(shown[0], f"casefile-preview{suffix}.png")
    shown[0].close()
    stick = tmp / "stick"
    stick.mkdir(exist_ok=True)
    dialog = SendDialog(w, s, [case], stick)  # type: ignore[arg-type]
    while dialog.report is None and not dialog.error:
        settle(200)
    shot(dialog, f"send{suffix}.png")
    dialog.close()


def main() -> int:
    lang = sys.argv[1] if len(sys.argv) > 1 else "en"
    app = make_application()
    install_language(app, lang)
    OUT.mkdir(parents=True, exist_ok=True)
    suffix = "" if lang == "en" else f"-{lang}"
    with tempfile.TemporaryDirectory() as tmp:
        _gate_shots(Path(tmp), suffix)
        s = vault.create(Path(tmp) / "v", "KYIV", "Alpha", PASS, demo=True)
        load_demo(s, 400, seed=11)
        _enrol(s, Path(tmp))
        main_window = MainWindow(s)
        main_window.resize(1250, 650)
        settle(800)
        main_window.table.resizeColumnsToContents()
        shot(main_window, f"list{suffix}.png")
        case = next(r.case_number for r in s.list_applicants() if r.stage.value in ("decision", "sent_to_hq"))
        from app.ui.dossier.window import DossierWindow

        w = DossierWindow(s, case)
        w.resize(1250, 820)
        shot(w, f"dossier{suffix}.png")
        w.tabs.setCurrentWidget(w.interviews)
        shot(w, f"interview{suffix}.png")
        w.tabs.setCurrentWidget(w.exam1)
        if w.exam1.grid.rows:
            chart, q = w.exam1.grid.rows[0]
            w.exam1.grid.set_cell(chart, q, Channel.EDA, 2)
        shot(w, f"score-grid{suffix}.png")
        w.tabs.setCurrentWidget(w.exam2)
        shot(w, f"exam2{suffix}.png")
        preview = make_preview(w, s, w.collect())
        preview.resize(900, 1000)
        shot(preview, f"print-preview{suffix}.png")
        preview.close()
        _exchange_shots(s, case, w, Path(tmp), suffix)
        w.dirty = False
        w.close()
        main_window.close()
        s.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
