"""HQ's word on a case: every decision and request HQ sealed, oldest first, with who and when; and
the one line under the pipeline that says what HQ decided or asks for last. On a laptop these
arrived in an update package; at HQ they are the ones made here (and the package that carried
each)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.ui.messages import tr_coded
from app.vault.hqview import Sent


def status_text(code: str) -> str:
    """'Rejected by HQ', 'HQ asks for another polygraph exam' (app/domain/msg_hq.py, translated)."""
    from app.domain import msg

    return tr_coded(msg.Message(f"hq.status.{code}"))


def banner(entries: list[Sent]) -> str:
    """The newest entry in a line ('' when HQ has said nothing)."""
    if not entries:
        return ""
    e = max(entries, key=lambda s: (s.decision.decided_at, s.decision.uid)).decision
    return QCoreApplication.translate("HqTab", "From HQ: %1 — %2").replace("%1", status_text(e.status)).replace(
        "%2", e.text)


class HqTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QTextBrowser()
        self.view.setObjectName("hq_decisions")
        self.view.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def show_entries(self, entries: list[Sent], made_here: bool) -> None:
        rows = []
        for s in entries:
            e = s.decision
            if made_here:
                where = (self.tr("sent in update package %1").replace("%1", str(s.package)) if s.package
                         else self.tr("not sent yet: goes out with the next update package"))
            else:
                where = self.tr("received in update package %1").replace("%1", str(s.package))
            rows.append(f"<tr><td>{escape(e.decided_at[:16].replace('T', ' '))}</td>"
                        f"<td><b>{escape(status_text(e.status))}</b></td><td>{escape(e.text)}</td>"
                        f"<td>{escape(self.tr('sealed by %1').replace('%1', e.decided_by))}</td>"
                        f"<td>{escape(where)}</td></tr>")
        head = "".join(f"<th>{escape(h)}</th>" for h in (self.tr("When (UTC)"), self.tr("HQ says"),
                                                          self.tr("Reason or what is asked"), self.tr("Who"),
                                                          self.tr("Package")))
        self.view.setHtml(f"<table cellspacing='4'><tr>{head}</tr>{''.join(rows)}</table>")


def banner_label() -> QLabel:
    label = QLabel()
    label.setObjectName("hq_banner")
    label.setWordWrap(True)
    label.setStyleSheet("QLabel { background:#e2e3f3; color:#1b1e4b; padding:4px; border-radius:4px; }")
    label.hide()
    return label


def show_in(w: Any, d: Any) -> None:
    """HQ's decisions and requests on the dossier window's case: the line under the pipeline and the
    From HQ tab (only when there are any)."""
    entries = w.session.hq_decisions(d.case_id) if d.case_id else []
    w.hq_banner.setText(banner(entries))
    w.hq_banner.setVisible(bool(entries))
    if entries:
        w.hq_tab.show_entries(entries, w.is_hq)
        if w.hq_tab not in w.tabs.pages:
            w.tabs.add_page(w.hq_tab, QCoreApplication.translate("HqTab", "From HQ"))
    else:
        w.tabs.remove_page(w.hq_tab)


def add_decide_action(w: Any) -> None:
    """HQ: Case window → HQ decision or request… (Ctrl+Shift+D)."""
    action = QAction(QCoreApplication.translate("HqTab", "HQ &decision or request…"), w)
    action.setObjectName("hq_decide")
    action.setShortcut(QKeySequence("Ctrl+Shift+D"))
    action.triggered.connect(lambda: decide(w))
    w.menuBar().addAction(action)
    w.addAction(action)


def decide(w: Any) -> None:
    from app.ui.hq_decision_dialog import HqDecisionDialog

    dialog = HqDecisionDialog(w.session, w.dossier.case_number, w)
    dialog.recorded.connect(lambda: show_in(w, w.dossier))
    w.hq_dialog = dialog  # kept for tests and so it is not collected while open
    dialog.open()
