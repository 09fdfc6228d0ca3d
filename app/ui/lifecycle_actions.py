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
