"""Linked cases: a case merged into this one (its records and history, read-only),
or the case this one was merged into."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget


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

    def show_links(self, links: dict[str, Any]) -> None:
        html = [f"<p>{escape(self.banner(links))}</p>"]
        for m in links.get("merged_cases", []):
            html.append(f"<h3>{escape(m['case_number'])} — {escape(m['name'])} ({escape(m['name_latin'])}), "
                        f"{escape(self.tr('born'))} {escape(m['date_of_birth'] or '?')}</h3>")
            html.append(f"<p><b>{escape(self.tr('Records'))}</b></p><ul>" +
                        "".join(f"<li>{escape(line)}</li>" for line in m["records"]) + "</ul>")
            rows = "".join(f"<tr><td>{escape(e['at'])}</td><td>{escape(e['actor'])}</td><td>{escape(e['action'])}"
                           f"</td><td>{escape(e['detail'])}</td></tr>" for e in m["history"])
            html.append(f"<p><b>{escape(self.tr('History'))}</b></p><table cellspacing='4'>"
                        f"<tr><th>{escape(self.tr('When (UTC)'))}</th><th>{escape(self.tr('Who'))}</th>"
                        f"<th>{escape(self.tr('Action'))}</th><th>{escape(self.tr('Detail'))}</th></tr>{rows}</table>")
        self.view.setHtml("".join(html))
