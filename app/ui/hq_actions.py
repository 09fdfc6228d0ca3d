"""Menu actions for the exchange with HQ: enrol, install an update package,
and (in an HQ vault) verify and import bundles. Each asks through `prompts`,
does the slow part in the background, and reports in one message or report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.ui import prompts
from app.ui.messages import tr_message, tr_report
from app.ui.report_dialog import ReportDialog
from app.ui.worker import run_in_background
from app.vault.session import VaultSession

_RUNNING: set[Any] = set()


translate = QCoreApplication.translate


def _background(parent: QWidget, title: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
    task = run_in_background(work, done, lambda m: prompts.current().error(parent, title, tr_message(m)))
    _RUNNING.add(task)
    task.signals.done.connect(lambda _r: _RUNNING.discard(task))
    task.signals.failed.connect(lambda _m: _RUNNING.discard(task))


def enrol(parent: QWidget, session: VaultSession) -> None:
    from app.casefile import enrolment, pki
    from app.errors import UsageError
    from app.vault.exchange import HqSwitchNeeded

    title = translate("HqActions", "Enrol with HQ")
    files = prompts.current().open_files(parent, translate("HqActions", "Choose the enrolment file from HQ"))
    if not files:
        return
    otp = prompts.current().text(parent, title, translate("HqActions", "One-time passphrase (from HQ, on paper):"), secret=True)
    if not otp:
        return

    def work(switch_to: str = "") -> Any:
        e = enrolment.read(Path(files[0]), otp)
        post = pki.subject_of(pki.load_cert(e.cert_pem)).post
        if post != session.post_code:
            raise UsageError(translate("HqActions", "This enrolment is for post {0}; this vault belongs to post {1}.")
                             .format(post, session.post_code))
        try:
            session.enrol(e, switch_to)
        except HqSwitchNeeded as other:
            return other  # never silent: the officer is asked, naming both HQs
        return e

    def done(result: Any) -> None:
        if isinstance(result, HqSwitchNeeded):
            _confirm_switch(parent, title, result, lambda: _background(
                parent, title, lambda: work(result.new_fingerprint), done))
            return
        extra = translate("HqActions", " HQ holds a recovery slot for this vault.") if result.recovery else ""
        prompts.current().info(parent, title, translate("HqActions", "Enrolled {0} with HQ.").format(result.callsign) + extra)

    _background(parent, title, work, done)


def _confirm_switch(parent: QWidget, title: str, other: Any, switch: Callable[[], None]) -> None:
    """Another HQ's enrolment: only a supervisor, and only after a question naming both CAs."""
    names = translate("HqActions", "Installed HQ: {0}\nHQ in this file: {1}").format(other.installed, other.offered)
    if not other.supervisor:
        prompts.current().error(parent, title, translate(
            "HqActions", "This enrolment file is from another HQ than the one this laptop is enrolled with. "
            "Only a supervisor can switch this laptop to another HQ.") + "\n\n" + names)
        return
    question = translate(
        "HqActions", "This enrolment file is from another HQ than the one this laptop is enrolled with. If you "
        "switch, every case sent from now on can be opened only by the new HQ. Compare both fingerprints with "
        "what HQ told you in person.") + "\n\n" + names
    if prompts.current().confirm_destructive(parent, title, question, translate("HqActions", "Switch to the new HQ")):
        switch()


def install_update(parent: QWidget, session: VaultSession) -> None:
    from app.casefile import package

    title = translate("HqActions", "Install update package")
    files = prompts.current().open_files(parent, translate("HqActions", "Choose the update package from HQ"))
    if not files:
        return

    def done(pkg: Any) -> None:
        prompts.current().info(parent, title, translate("HqActions", "Installed update package {0}.").format(pkg.sequence))

    _background(parent, title, lambda: package.install(session, Path(files[0])), done)


def _open_hq(parent: QWidget, title: str) -> tuple[str, str] | None:
    folder = prompts.current().directory(parent, translate("HqActions", "Choose the HQ key store folder"))
    if not folder:
        return None
    passphrase = prompts.current().text(parent, title, translate("HqActions", "HQ passphrase:"), secret=True)
    return (folder, passphrase) if passphrase else None


def import_folder(parent: QWidget, session: VaultSession, shown: Callable[[Any], None] | None = None) -> None:
    """A day's import: a folder or a stick, every bundle under it, in the background (app/ui/import_dialog.py)."""
    from app.ui.import_dialog import ImportDialog

    title = translate("HqActions", "Import bundles")
    folder = prompts.current().directory(parent, translate("HqActions", "Choose the folder or stick with the bundles"))
    if not folder:
        return
    hq = _open_hq(parent, title)
    if hq is None:
        return
    dialog = ImportDialog(parent, session, Path(folder), hq)
    if shown is not None:
        shown(dialog)
    dialog.open()


def verify_or_import(parent: QWidget, session: VaultSession, do_import: bool,
                     shown: Callable[[Any], None] | None = None) -> None:
    """Verify the bundles chosen (a report, one line per check); importing is a folder's work (import_folder)."""
    if do_import:
        import_folder(parent, session, shown)
        return
    from app.casefile.hq import HqKeystore
    from app.casefile.hq_ops import trust_of
    from app.casefile.verify import verify_path

    title = translate("HqActions", "Verify bundles")
    bundles = prompts.current().open_files(parent, translate("HqActions", "Choose bundles"), translate("HqActions", "Bundles (*.fdb.age);;All files (*)"))
    if not bundles:
        return
    hq = _open_hq(parent, title)
    if hq is None:
        return

    def work() -> tuple[int, int, str]:
        trust = trust_of(HqKeystore.open(Path(hq[0]), hq[1]))
        good, lines = 0, []
        for b in bundles:
            lines.append(f"== {Path(b).name}")
            report = verify_path(Path(b), trust)
            lines += tr_report(report.checks)
            good += report.ok
        return good, len(bundles), "\n".join(lines)

    def done(result: tuple[int, int, str]) -> None:
        good, total, text = result
        summary = translate("HqActions", "{0} of {1} bundle(s) passed every check.").format(good, total)
        dialog = ReportDialog(parent, title, summary, text)
        if shown is not None:
            shown(dialog)
        else:
            dialog.exec()

    _background(parent, title, work, done)
