"""Retention (issue 20): the policy (a supervisor changes it here; HQ can by update package), the
cases due today, and their deletion after a confirmation. Offered at unlock when something is due.
Cases HQ has not acknowledged are listed only when the supervisor ticks the box for it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import retention
from app.domain.enums import Role
from app.errors import DossierError
from app.ui import prompts
from app.ui.messages import tr_message
from app.ui.widgets import read_only_table
from app.vault.session import VaultSession

translate = QCoreApplication.translate


def outcome_words() -> dict[str, str]:
    return {
        "accept": translate("RetentionDialog", "Accepted"),
        "reject": translate("RetentionDialog", "Rejected"),
        "defer": translate("RetentionDialog", "Deferred"),
        "refer": translate("RetentionDialog", "Referred"),
    }


def policy_text(policy: retention.Policy) -> str:
    """The policy in a sentence per outcome (also shown in Settings)."""
    words = outcome_words()
    lines = []
    for outcome in retention.OUTCOMES:
        months = policy.months.get(outcome)
        if months is None:
            lines.append(translate("RetentionDialog", "{0}: kept").format(words[outcome]))
        elif outcome == "accept":
            lines.append(
                translate("RetentionDialog", "{0}: deleted {1} month(s) after HQ acknowledges it").format(
                    words[outcome], months
                )
            )
        else:
            lines.append(
                translate("RetentionDialog", "{0}: deleted {1} month(s) after the decision").format(
                    words[outcome], months
                )
            )
    return "\n".join(lines)


class RetentionDialog(QDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(translate("RetentionDialog", "Retention"))
        self.resize(760, 520)  # fits 1366x768
        supervisor = session.user.role == Role.SUPERVISOR
        policy = session.retention_policy()
        self.months: dict[str, QSpinBox] = {}
        form = QFormLayout()
        for outcome, word in outcome_words().items():
            box = QSpinBox()
            box.setObjectName(f"retention_{outcome}")
            box.setRange(0, retention.MAX_MONTHS)
            box.setSpecialValueText(translate("RetentionDialog", "Keep"))
            box.setSuffix(translate("RetentionDialog", " month(s)"))
            box.setValue(policy.months.get(outcome, 0))
            box.setEnabled(supervisor)
            self.months[outcome] = box
            form.addRow(word, box)
        self.save_policy = QPushButton(translate("RetentionDialog", "Save policy"))
        self.save_policy.setEnabled(supervisor)
        self.save_policy.clicked.connect(self._save_policy)
        self.unacknowledged = QCheckBox(translate("RetentionDialog", "Also cases HQ has not acknowledged"))
        self.unacknowledged.setEnabled(supervisor)
        self.unacknowledged.toggled.connect(self.refresh)
        self.table = read_only_table([translate("RetentionDialog", "Case"), translate("RetentionDialog", "Decision"),
                                      translate("RetentionDialog", "Due since")], "retentionDue")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.delete_button = QPushButton(translate("RetentionDialog", "Delete the cases due…"))
        self.delete_button.clicked.connect(self.run)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.save_policy)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.unacknowledged)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self, *_: object) -> None:
        self.due = self.session.retention_due(self.unacknowledged.isChecked())
        words = outcome_words()
        self.table.setRowCount(len(self.due))
        for r, d in enumerate(self.due):
            mark = "" if d.acknowledged else translate("RetentionDialog", " (not acknowledged by HQ)")
            for col, text in enumerate(
                (d.case_number + mark, words.get(d.outcome, d.outcome), d.due_on.date().isoformat())
            ):
                self.table.setItem(r, col, QTableWidgetItem(text))
        self.summary.setText(
            translate("RetentionDialog", "{0} case(s) are due for deletion under the policy.").format(len(self.due))
        )
        self.delete_button.setEnabled(bool(self.due) and self.session.user.role == Role.SUPERVISOR)

    def _save_policy(self) -> None:
        months = {o: b.value() for o, b in self.months.items() if b.value() > 0}
        try:
            self.session.set_retention_policy(retention.Policy(months))
        except DossierError as exc:
            prompts.current().error(self, translate("RetentionDialog", "Retention"), tr_message(exc.message))
            return
        self.refresh()

    def run(self) -> None:
        if not self.due:
            return
        if not prompts.current().confirm_destructive(
            self,
            translate("RetentionDialog", "Retention"),
            translate("RetentionDialog", "Delete {0} case(s) for good? Their records, attachments and drafts are destroyed in this vault; only case numbers and the reason stay in the audit log.").format(len(self.due)),
            translate("RetentionDialog", "Delete for good"),
        ):
            return
        try:
            deleted = self.session.run_retention([d.case_number for d in self.due], self.unacknowledged.isChecked())
        except DossierError as exc:
            prompts.current().error(self, translate("RetentionDialog", "Retention"), tr_message(exc.message))
            return
        prompts.current().info(
            self,
            translate("RetentionDialog", "Retention"),
            translate("RetentionDialog", "{0} case(s) deleted.").format(len(deleted)),
        )
        self.refresh()


def offer_at_unlock(parent: QWidget, session: VaultSession) -> RetentionDialog | None:
    """At unlock: a supervisor sees the list of what is due (acknowledged by HQ) and confirms."""
    if session.user.role != Role.SUPERVISOR or not session.retention_due():
        return None
    dialog = RetentionDialog(session, parent)
    dialog.open()
    return dialog
