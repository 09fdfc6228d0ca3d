"""The case-lifecycle actions of the main window (issue 20): delete a case with a reason, hand a
case over to another officer, the whole audit log, and the retention run offered at unlock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from app.errors import DossierError
from app.ui import prompts
from app.ui.messages import tr_message
from app.vault.session import VaultSession

translate = QCoreApplication.translate


def show_audit(parent: QWidget, session: VaultSession) -> None:
    from app.ui.audit_dialog import AuditDialog

    dialog = AuditDialog(session, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def delete_case(parent: QWidget, session: VaultSession, case: str) -> bool:
    """Ask for a reason (never the applicant's name) and a destructive confirmation; True if deleted."""
    if not case:
        return False
    ask = prompts.current()
    reason = ask.text(
        parent,
        translate("Lifecycle", "Delete case"),
        translate("Lifecycle", "Why is case {0} being deleted? (kept in the audit log; do not name the applicant)").format(case),
    )
    if reason is None or not reason.strip():
        return False
    if not ask.confirm_destructive(
        parent,
        translate("Lifecycle", "Delete case"),
        translate("Lifecycle", "Delete case {0} and everything in it, for good? Its records, attachments and drafts are destroyed in this vault; only the case number and the reason stay in the audit log.").format(case),
        translate("Lifecycle", "Delete for good"),
    ):
        return False
    try:
        deleted = session.delete_applicant(case, reason)
    except DossierError as exc:
        ask.error(parent, translate("Lifecycle", "Delete case"), tr_message(exc.message))
        return False
    ask.info(
        parent, translate("Lifecycle", "Delete case"), translate("Lifecycle", "Deleted: {0}").format(", ".join(deleted))
    )
    return True


def show_retention(parent: QWidget, session: VaultSession) -> None:
    from app.ui.retention_dialog import RetentionDialog

    dialog = RetentionDialog(session, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def hand_over(parent: QWidget, session: VaultSession, case: str) -> bool:
    """Ask for the receiving officer's call sign and a reason; True if handed over."""
    if not case:
        return False
    ask = prompts.current()
    to = ask.text(
        parent,
        translate("Lifecycle", "Hand over case"),
        translate("Lifecycle", "Call sign of the officer who takes over case {0}:").format(case),
    )
    if not to or not to.strip():
        return False
    reason = ask.text(
        parent,
        translate("Lifecycle", "Hand over case"),
        translate("Lifecycle", "Why? (kept in the history; do not name the applicant)"),
    )
    if reason is None or not reason.strip():
        return False
    try:
        session.hand_over(case, to, reason)
    except DossierError as exc:
        ask.error(parent, translate("Lifecycle", "Hand over case"), tr_message(exc.message))
        return False
    ask.info(
        parent,
        translate("Lifecycle", "Hand over case"),
        translate("Lifecycle", "Case {0} is now held by {1}.").format(case, to.strip()),
    )
    return True


def back_up(parent: QWidget, session: VaultSession) -> None:
    """Administration › Back up vault…: the encrypted, verified backup `dossier backup` writes."""
    from pathlib import Path

    ask = prompts.current()
    path = ask.save_file(
        parent,
        translate("Lifecycle", "Back up vault"),
        "vault-backup.fdbak",
        translate("Lifecycle", "Vault backups (*.fdbak)"),
    )
    if not path:
        return
    try:
        count = session.backup_to(Path(path))
    except DossierError as exc:
        ask.error(parent, translate("Lifecycle", "Back up vault"), tr_message(exc.message))
        return
    ask.info(
        parent,
        translate("Lifecycle", "Back up vault"),
        translate("Lifecycle", "Backup written and verified ({0} applicants).").format(count),
    )


def check_integrity(parent: QWidget, session: VaultSession) -> None:
    """Administration › Check integrity…: what `dossier check` does."""
    from app.vault.integrity import check

    problems = check(session)
    ask = prompts.current()
    if problems:
        ask.error(
            parent,
            translate("Lifecycle", "Check integrity"),
            translate("Lifecycle", "The vault failed its integrity check; restore it from a backup and tell HQ.")
            + "\n\n"
            + "\n".join(tr_message(p) for p in problems),
        )
        return
    ask.info(
        parent,
        translate("Lifecycle", "Check integrity"),
        translate("Lifecycle", "Vault intact: every page authenticated, structure ok, audit log {0} entries, no committed change missing.").format(session.audit_verify().entries),
    )


def verify_paper(parent: QWidget, session: VaultSession, case: str) -> None:
    """HQ › Verify a printout…: does a printed record hash (or the QR text) match the case?"""
    from app.casefile.hq_ops import verify_paper as verify

    ask = prompts.current()
    case = case or (
        ask.text(parent, translate("Lifecycle", "Verify a printout"), translate("Lifecycle", "Case number:")) or ""
    )
    if not case.strip():
        return
    printed = ask.text(
        parent,
        translate("Lifecycle", "Verify a printout"),
        translate("Lifecycle", "The record hash printed on the paper, or the QR text:"),
    )
    if not printed or not printed.strip():
        return
    try:
        ok, message = verify(session, case.strip(), printed.strip())
    except DossierError as exc:
        ask.error(parent, translate("Lifecycle", "Verify a printout"), tr_message(exc.message))
        return
    (ask.info if ok else ask.error)(parent, translate("Lifecycle", "Verify a printout"), tr_message(message))


def hand_to_post(parent: QWidget, session: VaultSession, case: str) -> bool:
    """Case › Hand over to another post…: the case's bundle and the supervisor's signed transfer go on
    a stick for HQ, which re-issues the case to the officer named; the case becomes read-only here."""
    from pathlib import Path

    from app.casefile.handover import export_for_transfer

    if not case:
        return False
    ask = prompts.current()
    title = translate("Lifecycle", "Hand over to another post")
    to = ask.text(parent, title, translate("Lifecycle", "Call sign of the officer at the other post who takes over case {0}:").format(case))
    if not to or not to.strip():
        return False
    post = ask.text(parent, title, translate("Lifecycle", "Their post:"))
    if not post or not post.strip():
        return False
    reason = ask.text(parent, title, translate("Lifecycle", "Why? (kept in the history and sent to HQ; do not name the applicant)"))
    if reason is None or not reason.strip():
        return False
    folder = ask.directory(parent, translate("Lifecycle", "The stick for HQ"))
    if not folder:
        return False
    if not ask.confirm(
        parent,
        title,
        translate("Lifecycle", "Write case {0} and your signed transfer to {1} ({2}) on the stick for HQ? The case becomes read-only here; HQ re-issues it to the other post.").format(case, to.strip(), post.strip().upper()),
    ):
        return False
    try:
        export_for_transfer(session, case, (to, post), reason, Path(folder))
    except DossierError as exc:
        ask.error(parent, title, tr_message(exc.message))
        return False
    ask.info(parent, title, translate("Lifecycle", "Case {0} is on the stick with its transfer: give it to HQ. The case is read-only here from now on.").format(case))
    return True


def receive_from_hq(parent: QWidget, session: VaultSession) -> list[str]:
    """Case › Receive a case from HQ…: install the cases HQ re-issued to this user; returns their numbers."""
    from pathlib import Path

    from app.casefile.handover import receive

    ask = prompts.current()
    title = translate("Lifecycle", "Receive a case from HQ")
    received = []
    for path in ask.open_files(parent, title, translate("Lifecycle", "Cases re-issued by HQ (*.fdr.age)")):
        try:
            r = receive(session, Path(path))
        except DossierError as exc:
            ask.error(parent, title, tr_message(exc.message))
            continue
        received.append(r.case_number)
        ask.info(parent, title, translate("Lifecycle", "Case {0} received from {1} ({2}), re-issued by HQ: it is yours now.").format(r.case_number, r.from_.callsign, r.from_.post))
    return received
