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


def _t(text: str) -> str:
    return translate("Lifecycle", text)


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
    reason = ask.text(parent, _t("Delete case"), _t(
        "Why is case {0} being deleted? (kept in the audit log; do not name the applicant)").format(case))
    if reason is None or not reason.strip():
        return False
    if not ask.confirm_destructive(parent, _t("Delete case"), _t(
            "Delete case {0} and everything in it, for good? Its records, attachments and drafts are destroyed "
            "in this vault; only the case number and the reason stay in the audit log.").format(case),
            _t("Delete for good")):
        return False
    try:
        deleted = session.delete_applicant(case, reason)
    except DossierError as exc:
        ask.error(parent, _t("Delete case"), tr_message(exc.message))
        return False
    ask.info(parent, _t("Delete case"), _t("Deleted: {0}").format(", ".join(deleted)))
    return True
