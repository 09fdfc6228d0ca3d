"""Linked cases: a case merged into this one (its records and history, read-only, in the
officer's language), or the case this one was merged into."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from app.domain.model import Dossier
from app.ui.labels import label
from app.ui.messages import tr_action, tr_detail


class LinksTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QTextBrowser()
        self.view.setObjectName("links")
        self.view.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def banner(self, links: dict[str, Any]) -> str:
        """One line for the top of the window ('' when the case stands alone)."""
        if links.get("merged_into"):
            return self.tr("This case was merged into case %1: work on it there.").replace("%1", links["merged_into"])
        cases = [m["case_number"] for m in links.get("merged_cases", [])]
        if cases:
            return self.tr("Merged into this case: %1 (records and history under Linked cases).").replace(
                "%1", ", ".join(cases))
        return ""

    def record_lines(self, d: Dossier) -> list[str]:
        """One line per record of a merged case (its full records stay readable as that case)."""
        out = []
        if d.application:
            out.append(self.tr("Application received %1").replace("%1", str(d.application.received_on or "?")))
        for i, iv in enumerate(d.interviews, start=1):
            out.append(self.tr("Interview %1: %2, %3").replace("%1", str(i)).replace("%2", iv.interviewer or "?")
                       .replace("%3", label(iv.assessment) if iv.assessment else self.tr("not assessed")))
        for i, c in enumerate(d.checks, start=1):
            out.append(self.tr("Check %1: %2, %3").replace("%1", str(i)).replace("%2", label(c.kind))
                       .replace("%3", label(c.result)))
        for e in d.polygraph_exams:
            out.append(self.tr("Polygraph exam %1: %2").replace("%1", str(e.number))
                       .replace("%2", label(e.result) if e.result else self.tr("no result")))
        if d.decision:
            out.append(self.tr("Decision: %1").replace("%1", label(d.decision.outcome)))
        return out

    def show_links(self, links: dict[str, Any], merged: dict[str, Dossier] | None = None) -> None:
        """`merged`: the merged cases' dossiers, so their records are written in the officer's language
        (without them, the lines the vault wrote)."""
        born, records, history = escape(self.tr("born")), escape(self.tr("Records")), escape(self.tr("History"))
        head = "".join(f"<th>{escape(h)}</th>" for h in (self.tr("When (UTC)"), self.tr("Who"), self.tr("Action"),
                                                          self.tr("Detail")))
        html = [f"<p>{escape(self.banner(links))}</p>"]
        for m in links.get("merged_cases", []):
            d = (merged or {}).get(m["case_number"])
            lines = self.record_lines(d) if d is not None else m["records"]
            html.append(f"<h3>{escape(m['case_number'])} — {escape(m['name'])} ({escape(m['name_latin'])}), "
                        f"{born} {escape(m['date_of_birth'] or '?')}</h3>")
            html.append(f"<p><b>{records}</b></p><ul>" +
                        "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>")
            rows = "".join(f"<tr><td>{escape(e['at'])}</td><td>{escape(e['actor'])}</td>"
                           f"<td>{escape(tr_action(e['action']))}</td><td>{escape(tr_detail(e['detail']))}</td></tr>"
                           for e in m["history"])
            html.append(f"<p><b>{history}</b></p><table cellspacing='4'><tr>{head}</tr>{rows}</table>")
        self.view.setHtml("".join(html))
