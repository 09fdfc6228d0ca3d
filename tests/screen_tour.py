"""Every window, dialog, tab and message of the desktop app, opened in turn with
full demo data: the screen-fit test (tests/test_screen_fit.py) checks each one
under a real X server, and docs/make_screenshots.py photographs them.

`tour(world)` yields (name, top-level widget) with the widget shown; the caller
looks at it; the tour then closes it and moves on.
"""

from __future__ import annotations

import os
import random
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.enums import Role, Stage
from app.domain.interchange import parse_document, to_document
from app.vault import vault
from app.vault.session import VaultSession
from tests.screen_tour_lifecycle import lifecycle

os.environ["DOSSIER_INSECURE_TEST_KDF"] = "1"  # throwaway vaults with synthetic data only
PASS = "correct horse battery staple orbit"
PASS2 = "violet tractor umbrella seventeen canyon"


def settle(ms: int = 120) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


@dataclass
class World:
    root: Path
    demo: VaultSession  # the training vault, as SUPERVISOR, with users and applicants
    empty: VaultSession  # a real vault with nobody in it yet
    case: str  # a case with every part filled in, flags, sealed records and a decision
    open_case: str  # a case whose exams and decision are still open
    field: VaultSession  # a real laptop's vault, enrolled (a training vault never is), as Alpha
    field_case: str  # the same full case there: sending and the signed case file

    def session_as(self, callsign: str) -> VaultSession:
        self.demo.close()
        self.demo = vault.unlock(self.root / "demo", callsign, PASS2 if callsign != "SUPERVISOR" else PASS)
        return self.demo


def build_world(applicants: int = 80, seed: int = 11) -> World:
    from app.vault.demo import load_demo, scan_png

    root = Path(tempfile.mkdtemp(prefix="screens-"))
    demo = vault.create(root / "demo", "KYIV", "SUPERVISOR", PASS, demo=True)
    for callsign, role in (("OFFICER", Role.OFFICER), ("EXAMINER1", Role.EXAMINER), ("EXAMINER2", Role.EXAMINER)):
        demo.add_user(callsign, role, PASS2)
    load_demo(demo, applicants, seed=seed)
    rows = demo.list_applicants()
    decided = [r for r in rows if r.stage in (Stage.SENT_TO_HQ, Stage.CLOSED)]
    full = max(decided, key=lambda r: (r.flags.count("red:"), r.flags.count(":"))).case_number
    open_case = next(r.case_number for r in rows if r.stage == Stage.POLYGRAPH)
    demo.add_attachment(full, "scan-page-1.png", scan_png(random.Random(seed)), "application_page")
    d = demo.get_dossier(full)
    if d.application is not None:
        d.application.pages = [a.sha256 for a in d.attachments]
    demo.save_dossier(d)
    draft = to_document(demo.get_dossier(open_case))  # the same person again, exam 1 not yet sealed
    for key in ("case_number", "computed", "decision"):
        draft.pop(key, None)
    draft["polygraph_exams"] = [{k: v for k, v in e.items() if k not in ("sealed_by", "sealed_at")}
                                for e in draft["polygraph_exams"][:1]]
    open_case = demo.add_applicant(parse_document(draft))
    empty = vault.create(root / "real", "KYIV", "Alpha", PASS)
    field = vault.create(root / "field", "KYIV", "Alpha", PASS)
    field_case = _copy_case(demo, full, field)
    _enrol(field, root)
    return World(root, demo, empty, full, open_case, field, field_case)


def _copy_case(source: VaultSession, case: str, into: VaultSession) -> str:
    """The case as it stands, sealed records and all, stored in another vault below the guarded
    layer (as tests set up sealed records; an import would bring drafts only)."""
    from app.vault.guard import store

    d = source.get_dossier(case)
    blobs = {a.sha256: source.attachment_content(case, a.sha256) for a in d.attachments}
    parsed = parse_document(to_document(d, blobs))
    copy, metas = parsed.dossier, {a.sha256: a for a in parsed.dossier.attachments}
    copy.attachments = []
    with into.write() as c:
        into.give_identity(c, copy)
        applicant_id = store.insert(c, copy)
        for sha, data in parsed.blobs.items():
            store.put_attachment(c, applicant_id, metas[sha].name, data, metas[sha].purpose)
    return copy.case_number


def _enrol(session: VaultSession, root: Path) -> None:
    """A throwaway HQ enrols the field vault, so sending and signed case files work as in the field."""
    from app.casefile import enrolment
    from app.casefile.hq import HqKeystore

    hq = HqKeystore.init(root / "hq", PASS)
    issued = enrolment.issue(hq, "Alpha", "KYIV", root / "alpha.enrol", False)
    session.enrol(enrolment.read(issued.path, issued.passphrase))


def _show(widget: QWidget, name: str) -> Iterator[tuple[str, QWidget]]:
    widget.show()
    widget.raise_()
    widget.activateWindow()
    settle()
    yield name, widget
    widget.close()
    settle(30)


def gates(world: World) -> Iterator[tuple[str, QWidget]]:
    from app.ui.setup_wizard import SetupWizard
    from app.ui.unlock_dialog import UnlockDialog

    wizard = SetupWizard(world.root / "new", world.root / "new-demo")
    wizard.show()
    settle()
    yield "first-run", wizard
    wizard.next()
    settle()
    yield "first-run-missing", wizard
    d = wizard.details
    d.post.setText("KYIV")
    d.callsign.setText("Alpha")
    d.passphrase.setText(PASS)
    d.repeat.setText(PASS)
    settle()
    yield "first-run-details", wizard
    wizard.close()
    gate = UnlockDialog(world.root / "real", world.root / "demo")
    gate.callsign.setText("Alpha")
    yield from _show(gate, "unlock")
    gate = UnlockDialog(world.root / "gone", world.root / "demo", prefer_demo=True)
    yield from _show(gate, "unlock-training")


def list_windows(world: World) -> Iterator[tuple[str, QWidget]]:
    from app.ui.main_window import MainWindow

    main = MainWindow(world.demo)
    yield from _show(main, "list")
    main.deleteLater()
    empty = MainWindow(world.empty)
    settle(300)
    yield from _show(empty, "list-empty")
    empty.deleteLater()


def dossier_windows(world: World) -> Iterator[tuple[str, QWidget]]:
    from app.ui.dossier.window import DossierWindow

    w = DossierWindow(world.demo, world.case)
    w.show()
    settle()
    names = ("dossier", "application", "interview", "checks", "score-grid", "exam2", "decision", "attachments",
             "history")
    for index, name in enumerate(names):
        w.tabs.setCurrentIndex(index)
        settle(60)
        yield name, w
    w.tabs.setCurrentIndex(0)
    area = w.tabs.scroll_area(w.personal)
    if area is not None:
        area.ensureWidgetVisible(w.personal.dob)
    settle(30)
    w.personal.dob.open_calendar()
    settle()
    if w.personal.dob.calendar is not None:
        yield "calendar", w.personal.dob.calendar
        w.personal.dob._close_calendar()
    w.dirty = False
    w.close()
    new = DossierWindow(world.demo)
    yield from _show(new, "new-applicant")
    new.dirty = False
    new.close()


def other_roles(world: World) -> Iterator[tuple[str, QWidget]]:
    from app.ui.dossier.window import DossierWindow

    for callsign, tab, name in (("EXAMINER1", "exam2", "exam-as-examiner"), ("OFFICER", "exam1", "exam-as-officer"),
                                ("OFFICER", "decision", "decision-as-officer")):
        session = world.session_as(callsign)
        w = DossierWindow(session, world.open_case)
        w.tabs.setCurrentWidget(getattr(w, tab))
        yield from _show(w, name)
        w.dirty = False
    world.session_as("SUPERVISOR")


def dialogs(world: World) -> Iterator[tuple[str, QWidget]]:
    from app.ui.about_dialog import AboutDialog
    from app.ui.exports_dialog import ExportsDialog
    from app.ui.help_dialog import HelpDialog
    from app.ui.main_window import MainWindow
    from app.ui.report_dialog import ReportDialog
    from app.ui.settings_dialog import SettingsDialog
    from app.ui.users_dialog import UsersDialog

    main = MainWindow(world.demo)
    main.show()
    yield from _show(UsersDialog(world.demo, main), "users")
    yield from _show(SettingsDialog(world.demo, main), "settings")
    yield from _show(HelpDialog(main), "help")
    yield from _show(AboutDialog(main), "about")
    yield from _show(ExportsDialog(world.demo, main), "exports")
    from app.ui.stats_dialog import StatsDialog

    yield from _show(StatsDialog(world.demo, main), "statistics")
    from app.ui.hq_decision_dialog import HqDecisionDialog

    yield from _show(HqDecisionDialog(world.demo, world.case, main), "hq-decision")
    lines = "\n".join(f"== 20261101T1200-{i:04d}.fdb.age\nOK    decrypt\nOK    manifest-signature" for i in range(40))
    yield from _show(ReportDialog(main, "Import bundles", "40 of 40 bundle(s) passed every check.", lines), "report")
    yield from lifecycle(world.demo, world.case, main, _show)
    yield from hq_windows(world, main)
    yield from send_windows(world, main)
    yield from previews(world, main)
    yield from messages(world, main)
    main.close()
    main.deleteLater()


def hq_windows(world: World, parent: QWidget) -> Iterator[tuple[str, QWidget]]:
    """HQ's day: the import window (here stopped at a key store that is not there) and the
    cross-post duplicates queue."""
    from app.ui.duplicates_dialog import DuplicatesDialog
    from app.ui.import_dialog import ImportDialog

    dialog = ImportDialog(parent, world.demo, world.root / "stick", (str(world.root / "no-hq"), "x"))
    for _ in range(200):
        if dialog.batch is not None or dialog.error:
            break
        settle(100)
    yield from _show(dialog, "import")
    yield from _show(DuplicatesDialog(world.demo, parent), "duplicates")


def send_windows(world: World, parent: QWidget) -> Iterator[tuple[str, QWidget]]:
    from app.ui.send_dialog import SendDialog

    stick = world.root / "stick"
    stick.mkdir(exist_ok=True)
    for folder, name in ((world.root / "unplugged", "send-failed"), (stick, "send")):
        dialog = SendDialog(parent, world.field, [world.field_case], folder)
        for _ in range(200):
            if dialog.report is not None or dialog.error:
                break
            settle(100)
        yield from _show(dialog, name)


def previews(world: World, parent: QWidget) -> Iterator[tuple[str, QWidget]]:
    import app.ui.casefile_preview as cp
    from app.ui.print_summary import make_preview

    preview = make_preview(parent, world.demo, world.demo.get_dossier(world.case))
    yield from _show(preview, "print-preview")
    shown: list[QWidget] = []
    cp.open_casefile(parent, world.field, world.field_case, shown=shown.append)
    for _ in range(200):
        if shown:
            break
        settle(100)
    if shown:
        yield from _show(shown[0], "casefile-preview")


def messages(world: World, parent: QWidget) -> Iterator[tuple[str, QWidget]]:
    """The longest messages the app shows in a box."""
    from app.ui import panic
    from app.ui.prompts import message_box

    captured: list[tuple[str, str, str]] = []

    class Capture:
        def confirm_destructive(self, _p: QWidget | None, title: str, text: str, action: str) -> bool:
            captured.append((title, text, action))
            return False

    from app.ui import prompts

    previous = prompts.install(Capture())  # type: ignore[arg-type]
    try:
        panic.confirm(parent)
    finally:
        prompts.install(previous)
    title, text, action = captured[0]
    yield from _show(message_box("destructive", parent, title, text, action), "panic-confirm")
    not_enrolled = QApplication.translate("SendDialog", "This laptop is not enrolled with HQ yet, so it cannot send cases: HQ could not trust or open them. Enrol first with Administration → Enrol with HQ…, using the enrolment file and the one-time passphrase HQ gave you.")  # noqa: E501
    yield from _show(message_box("info", parent, QApplication.translate("SendDialog", "Send to HQ"), not_enrolled),
                     "send-not-enrolled")


def tour(world: World) -> Iterator[tuple[str, QWidget]]:
    yield from gates(world)
    yield from list_windows(world)
    yield from dossier_windows(world)
    yield from other_roles(world)
    yield from dialogs(world)


def broken() -> Iterator[tuple[str, QWidget]]:
    """A window with every fault the screen-fit check looks for (its negative control)."""
    from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout

    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    squeezed = QLabel("A long sentence squeezed into a label far too small to show all of it at once.")
    squeezed.setWordWrap(True)
    squeezed.setFixedHeight(8)
    layout.addWidget(squeezed)
    layout.addWidget(QLabel("Stage: sent_to_hq"))
    tall = QLabel("tall")
    tall.setMinimumHeight(3000)
    layout.addWidget(tall)
    layout.addWidget(QPushButton("Below the screen"))
    box = QWidget()
    box.setFixedSize(60, 12)
    clipped = QPushButton("Clipped by its box", box)
    clipped.setGeometry(0, 0, 200, 30)
    layout.insertWidget(0, box)
    dialog.move(0, 0)
    yield from _show(dialog, "broken")
