"""Sent cases and HQ's receipts: each case's latest export, *written to stick* and
then *received by HQ* (from the receipts in update packages), with a filter for
the cases HQ has not acknowledged after a number of days (a per-user setting)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import read_only_table
from app.vault.dossiers import now_utc
from app.vault.exports import RECEIPT_DAYS_SETTING, ExportStatus
from app.vault.session import VaultSession

translate = QCoreApplication.translate
COLUMNS = 5


def _when(iso: str) -> str:
    return iso[:16].replace("T", " ")


def hq_text(e: ExportStatus, days: int) -> str:
    """What HQ said about an export, in the officer's words."""
    if not e.received_at:
        return translate("ExportsDialog", "Not acknowledged yet ({0} day(s) since it was written)").format(days)
    if e.hq_outcome == "imported":
        return translate("ExportsDialog", "Received by HQ {0}: version {1}").format(_when(e.received_at), e.hq_version)
    if e.hq_outcome == "unchanged":
        return translate("ExportsDialog", "Received by HQ {0}: nothing had changed").format(_when(e.received_at))
    if e.hq_outcome == "stale":
        return translate("ExportsDialog", "Received by HQ {0}: a newer export was already there").format(
            _when(e.received_at))
    return translate("ExportsDialog", "Received but refused by HQ {0}: ask HQ why").format(_when(e.received_at))


class ExportsDialog(QDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(translate("ExportsDialog", "Sent cases and receipts from HQ"))
        self.resize(900, 480)  # fits 1366x768
        self.late_only = QCheckBox(translate("ExportsDialog", "Only cases HQ has not acknowledged after"))
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setSuffix(translate("ExportsDialog", " days"))
        self.days.setValue(session.receipt_days)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = read_only_table([
            translate("ExportsDialog", "Case"), translate("ExportsDialog", "Export no."),
            translate("ExportsDialog", "Written to stick"), translate("ExportsDialog", "Stick"),
            translate("ExportsDialog", "HQ")])
        row = QHBoxLayout()
        row.addWidget(self.late_only)
        row.addWidget(self.days)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.late_only.toggled.connect(self.refresh)
        self.days.valueChanged.connect(self._days_changed)
        self.refresh()

    def _days_changed(self, value: int) -> None:
        self.session.set_setting(RECEIPT_DAYS_SETTING, str(value))
        self.refresh()

    def refresh(self) -> None:
        days = self.days.value()
        rows = self.session.unacknowledged(days) if self.late_only.isChecked() else self.session.case_exchange_status()
        now = now_utc()
        self.table.setRowCount(len(rows))
        for i, e in enumerate(rows):
            for j, text in enumerate((e.case_number, str(e.sequence), _when(e.written_at), e.target,
                                      hq_text(e, e.age_days(now)))):
                item = QTableWidgetItem(text)
                if j == COLUMNS - 1 and not e.received_at and e.age_days(now) >= days:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(i, j, item)
        late = len(self.session.unacknowledged(days))
        self.summary.setText(
            translate("ExportsDialog", "{0} case(s) written to a stick {1} or more days ago have no receipt from "
                      "HQ. Receipts arrive with HQ's update packages.").format(late, days) if late else
            translate("ExportsDialog", "Every case written to a stick {0} or more days ago has a receipt from HQ.")
            .format(days))
