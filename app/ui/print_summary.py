"""Print a one-to-two page case summary through Qt's print preview.

The summary is an in-memory QTextDocument (the photo is an in-memory resource):
nothing is written to disk by the app. Each print preview is recorded in the audit log.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.domain.model import Dossier
from app.domain.scoring import totals
from app.domain.workflow import current_stage
from app.ui.dossier.base import tr
from app.vault.session import VaultSession


def _t(text: str) -> str:
    return tr("CaseSummary", text)


def summary_html(d: Dossier, demo: bool, photo: bool) -> str:
    p = d.person
    mark = _t("DEMO — TRAINING DATA, NOT A REAL CASE") if demo else _t("RESTRICTED — VETTING CASE")
    rows = [
        (_t("Case number"), d.case_number), (_t("Name"), p.full_name), (_t("Latin"), p.full_name_latin),
        (_t("Date of birth"), p.date_of_birth.isoformat() if p.date_of_birth else "—"),
        (_t("Place of birth"), p.place_of_birth or "—"), (_t("Category"), p.category.value.replace("_", " ")),
        (_t("Citizenships"), ", ".join(p.citizenships) or "—"),
        (_t("Documents"), "; ".join(f"{x.type} {x.number}" for x in p.documents) or "—"),
        (_t("Stage"), current_stage(d).value.replace("_", " ")),
    ]
    html = [f"<p style='color:#b00020;font-weight:bold;text-align:center'>{escape(mark)}</p>",
            f"<h2>{escape(_t('Case summary'))} {escape(d.case_number)}</h2>"]
    if photo:
        html.append("<img src='photo:1' width='110' style='float:right'>")
    html.append("<table cellpadding='3'>" + "".join(
        f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows) + "</table>")
    html.append(f"<h3>{escape(_t('Background checks'))}</h3><ul>" + "".join(
        f"<li>{escape(c.kind.value.replace('_', ' '))}: {escape(c.result.value.replace('_', ' '))}"
        f"{' — ' + escape(c.summary) if c.summary else ''}</li>" for c in d.checks) + "</ul>")
    html.append(f"<h3>{escape(_t('Polygraph examinations'))}</h3><ul>")
    for e in d.polygraph_exams:
        t = totals(e)
        html.append(f"<li>{escape(_t('Exam'))} {e.number}: {escape(e.examiner)} {e.held_on or ''} — "
                    f"{escape(_t('result'))} {escape(e.result.value if e.result else '—')}, "
                    f"{escape(_t('grand total'))} {t.grand_total:+d}</li>")
    note = _t("A polygraph result is a trigger for follow-up, not a verdict (National Research Council, 2003).")
    html.append(f"</ul><p><i>{escape(note)}</i></p>")
    dec = d.decision
    html.append(f"<h3>{escape(_t('Decision'))}</h3><p>" + (
        f"{escape(dec.outcome.value)} — {escape(dec.rationale)} ({escape(dec.decided_by)})" if dec
        else escape(_t("No decision recorded."))) + "</p>")
    html.append(f"<p style='color:#b00020;text-align:center'>{escape(mark)}</p>")
    return "".join(html)


def build_document(session: VaultSession, d: Dossier) -> QTextDocument:
    doc = QTextDocument()
    photo = False
    if d.person.photo:
        image = QImage()
        if image.loadFromData(QByteArray(session.attachment_content(d.case_number, d.person.photo))):
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("photo:1"), image)
            photo = True
    doc.setHtml(summary_html(d, session.is_demo, photo))
    return doc


def make_preview(parent: QWidget | None, session: VaultSession, d: Dossier) -> QPrintPreviewDialog:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setDocName(d.case_number)  # the spool job name carries no personal name
    doc = build_document(session, d)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(_t("Print case summary"))
    dialog.paintRequested.connect(doc.print_)
    # the dialog does not own these: keep them alive as long as it lives (else a crash)
    dialog._printer = printer  # type: ignore[attr-defined]
    dialog._document = doc  # type: ignore[attr-defined]
    session.record_print(d.case_number)
    return dialog
