"""HQ: a case's versions — who sent each, when it was signed and received — and what changed
between any two of them, field by field (app/casefile/case_versions.py, app/domain/versions.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.casefile import case_versions as cv
from app.domain.versions import Change
from app.errors import DossierError
from app.ui import prompts
from app.ui.labels import label
from app.ui.messages import tr_message
from app.ui.widgets import fit_to_screen, read_only_table
from app.vault.session import VaultSession

translate = QCoreApplication.translate


def change_row(c: Change) -> list[str]:
    """(where, field, what happened, before, after) in the interface language."""
    field = " › ".join(tr_message(p) for p in cv.field_parts(c))
    what = tr_message(cv.what(c))
    before = label(c.before) if c.before else "—"
    after = label(c.after) if c.after and c.kind not in ("amended", "sealed") else (c.after or "—")
    return [tr_message(cv.where(c)), field or "—", what, before, after]


def _fill(t: QTableWidget, rows: list[list[str]]) -> None:
    t.setRowCount(0)
    for row in rows:
        r = t.rowCount()
        t.insertRow(r)
        for col, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            t.setItem(r, col, item)


class VersionsDialog(QDialog):
    def __init__(self, session: VaultSession, case: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case = session, case
        self.found = cv.versions(session, case)
        self.setWindowTitle(translate("VersionsDialog", "Versions of case %1").replace(
            "%1", self.found[-1].case_number))
        fit_to_screen(self, 1000, 640)
        layout = QVBoxLayout(self)
        self.versions = read_only_table([translate("VersionsDialog", "Version"), translate("VersionsDialog", "Sent by"),
                                translate("VersionsDialog", "Signed (UTC)"),
                                translate("VersionsDialog", "Received (UTC)")], "versions")
        _fill(self.versions, [[str(v.version), f"{v.officer} ({v.post})", v.signed_at or "—", v.received_at]
                              for v in self.found])
        self.versions.setMaximumHeight(200)
        layout.addWidget(self.versions)
        pick = QHBoxLayout()
        self.older, self.newer = QComboBox(), QComboBox()
        self.older.setObjectName("from_version")
        self.newer.setObjectName("to_version")
        for box in (self.older, self.newer):
            for v in self.found:
                box.addItem(translate("VersionsDialog", "version %1").replace("%1", str(v.version)), v.version)
        self.older.setCurrentIndex(max(0, len(self.found) - 2))
        self.newer.setCurrentIndex(len(self.found) - 1)
        for text, box in ((translate("VersionsDialog", "What changed from"), self.older),
                          (translate("VersionsDialog", "to"), self.newer)):
            pick.addWidget(QLabel(text))
            pick.addWidget(box)
        pick.addStretch(1)
        layout.addLayout(pick)
        self.status = QLabel("")
        self.status.setObjectName("versions_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.changes = read_only_table([translate("VersionsDialog", "Where"), translate("VersionsDialog", "Field"),
                               translate("VersionsDialog", "What happened"), translate("VersionsDialog", "Before"),
                               translate("VersionsDialog", "After")], "changes")
        layout.addWidget(self.changes, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self.older.currentIndexChanged.connect(self.compare)
        self.newer.currentIndexChanged.connect(self.compare)
        self.compare()

    def compare(self, _index: Any = None) -> None:
        a, b = self.older.currentData(), self.newer.currentData()
        try:
            changes = cv.compare(self.session, self.case, a, b)
        except DossierError as exc:  # a damaged version: said, the window stays
            prompts.current().error(self, self.windowTitle(), tr_message(exc.message))
            return
        _fill(self.changes, [change_row(c) for c in changes])
        if not changes:
            self.status.setText(translate("VersionsDialog", "Versions %1 and %2 are the same in every field.")
                                .replace("%1", str(a)).replace("%2", str(b)))
        else:
            self.status.setText(translate("VersionsDialog", "%n change(s) from version %1 to version %2.", "",
                                          len(changes)).replace("%1", str(a)).replace("%2", str(b)))


def show_versions(parent: QWidget | None, session: VaultSession, case: str) -> VersionsDialog | None:
    """From the list's selected case (the HQ menu): the window, or why there is none."""
    title = translate("VersionsDialog", "Case versions")
    if not case:
        prompts.current().info(parent, title, translate("VersionsDialog", "Select a case in the list first."))
        return None
    try:
        dialog = VersionsDialog(session, case, parent)
    except DossierError as exc:
        prompts.current().info(parent, title, tr_message(exc.message))
        return None
    dialog.open()
    return dialog
