"""Print a one-to-two page case summary through Qt's print preview.

The summary is an in-memory QTextDocument (the photo and the QR code are
in-memory resources): nothing is written to disk by the app. It carries the same
QR code and record hash as the signed case file (app/domain/record.py), so HQ
checks it with `dossier verify-paper` like any page of a case file. Each print
preview is recorded in the audit log.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.domain import flags, polygraph, record
from app.domain.interchange import to_document
from app.domain.model import Dossier
from app.domain.sealing import label, records
from app.domain.workflow import current_step
from app.ui.dossier.pipeline_bar import step_name
from app.ui.i18n import current_language
from app.ui.widgets import fit_to_screen
from app.vault.session import VaultSession

translate = QCoreApplication.translate


def qr_png(payload: str) -> bytes:
    """The QR code as a PNG in memory (segno, the encoder the case file uses)."""
    import io

    import segno

    buf = io.BytesIO()
    segno.make(payload, error="m", micro=False, boost_error=False).save(buf, kind="png", scale=4, border=4)
    return buf.getvalue()


def summary_html(d: Dossier, demo: bool, photo: bool, record_hash: str = "") -> str:
    p = d.person
    mark = (translate("CaseSummary", "DEMO — TRAINING DATA, NOT A REAL CASE") if demo
            else translate("CaseSummary", "RESTRICTED — VETTING CASE"))
    rows = [
        (translate("CaseSummary", "Case number"), d.case_number),
        (translate("CaseSummary", "Name"), p.full_name),
        (translate("CaseSummary", "Latin"), p.full_name_latin),
        (translate("CaseSummary", "Date of birth"), p.date_of_birth.isoformat() if p.date_of_birth else "—"),
        (translate("CaseSummary", "Place of birth"), p.place_of_birth or "—"),
        (translate("CaseSummary", "Category"), p.category.value.replace("_", " ")),
        (translate("CaseSummary", "Citizenships"), ", ".join(p.citizenships) or "—"),
        (translate("CaseSummary", "Documents"), "; ".join(f"{x.type} {x.number}" for x in p.documents) or "—"),
        (translate("CaseSummary", "Stage"), step_name(current_step(d))),
    ]
    html = [f"<p style='color:#b00020;font-weight:bold;text-align:center'>{escape(mark)}</p>",
            f"<h2>{escape(translate('CaseSummary', 'Case summary'))} {escape(d.case_number)}</h2>"]
    if photo:
        html.append("<img src='photo:1' width='110' style='float:right'>")
    html.append("<table cellpadding='3'>" + "".join(
        f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows) + "</table>")
    html.append(f"<h3>{escape(translate('CaseSummary', 'Background checks'))}</h3><ul>" + "".join(
        f"<li>{escape(c.kind.value.replace('_', ' '))}: {escape(c.result.value.replace('_', ' '))}"
        f"{' — ' + escape(c.summary) if c.summary else ''}</li>" for c in d.checks) + "</ul>")
    html.append(f"<h3>{escape(translate('CaseSummary', 'Polygraph examinations'))}</h3><ul>")
    exam_word, result_word = translate("CaseSummary", "Exam"), translate("CaseSummary", "result")
    total_word = translate("CaseSummary", "grand total")
    computed_word = translate("CaseSummary", "computed")
    uk = current_language() == "uk"
    for e in d.polygraph_exams:
        t = polygraph.score(e)
        result = e.result.value if e.result else "—"
        computed = t.computed.value if t.computed else "—"
        rule = t.rule_label_uk if uk else t.rule_label
        if t.unknown_rule:
            rule += " — " + translate("CaseSummary", "scored with an unknown rule: the stated result needs review")
        elif not t.verified_rule:
            rule += " — " + translate("CaseSummary", "cutscores unverified")
        html.append(f"<li>{escape(exam_word)} {e.number}: {escape(e.examiner)} {e.held_on or ''} — "
                    f"{escape(result_word)} {escape(result)} ({escape(computed_word)} {escape(computed)}), "
                    f"{escape(total_word)} {t.grand_total:+d}; {escape(rule)}</li>")
    note = translate("CaseSummary",
                     "A polygraph result is a trigger for follow-up, not a verdict (National Research Council, 2003).")
    html.append(f"</ul><p><i>{escape(note)}</i></p>")
    amended = [(label(kind, key), a) for (kind, key), rec in records(d).items() for a in rec.amendments]
    if amended:
        html.append(f"<h3>{escape(translate('CaseSummary', 'Amendments to sealed records'))}</h3><ul>" + "".join(
            f"<li>{escape(name)}: {escape(a.by)} {a.at:%Y-%m-%d} — {escape(a.reason)}</li>" if a.at else
            f"<li>{escape(name)}: {escape(a.by)} — {escape(a.reason)}</li>" for name, a in amended) + "</ul>")
    raised = flags.compute(d)
    html.append(f"<h3>{escape(translate('CaseSummary', 'Risk flags'))}</h3><ul>" + "".join(
        f"<li><b>{escape(f.severity.upper())}</b> {escape(f.message)}</li>" for f in raised) + "</ul>"
        if raised else "")
    dec = d.decision
    decided = (f"{escape(dec.outcome.value)} — {escape(dec.rationale)} ({escape(dec.decided_by)})" if dec
               else escape(translate("CaseSummary", "No decision recorded.")))
    html.append(f"<h3>{escape(translate('CaseSummary', 'Decision'))}</h3><p>{decided}</p>")
    if record_hash:
        caption = translate("CaseSummary", "Record SHA-256 ({0}); check with: dossier verify-paper").format(
            record.RECORD_FORMAT)
        html.append(f"<table cellpadding='3'><tr><td><img src='qr:1' width='110'></td><td>"
                    f"<small>{escape(caption)}<br><tt>{escape(record_hash)}</tt></small></td></tr></table>")
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
    record_hash = record.record_sha256(to_document(d))
    qr = QImage()
    qr.loadFromData(QByteArray(qr_png(record.qr_payload(d.case_number, record_hash))))
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("qr:1"), qr)
    doc.setHtml(summary_html(d, session.is_demo, photo, record_hash))
    return doc


def make_preview(parent: QWidget | None, session: VaultSession, d: Dossier) -> QPrintPreviewDialog:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setDocName(d.case_number)  # the spool job name carries no personal name
    doc = build_document(session, d)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("CaseSummary", "Print case summary"))
    fit_to_screen(dialog, 900, 1000)
    dialog.paintRequested.connect(doc.print_)
    # the dialog does not own these: keep them alive as long as it lives (else a crash)
    dialog._printer = printer  # type: ignore[attr-defined]
    dialog._document = doc  # type: ignore[attr-defined]
    session.record_print(d.case_number)
    return dialog


def write_pdf(session: VaultSession, d: Dossier, path: Path) -> None:
    """The printed summary as a PDF file (`dossier print`): the same document as Print summary…
    prints, A4 portrait. Needs a Qt GUI application; offscreen when there is no display."""
    import os

    from PySide6.QtGui import QGuiApplication, QPdfWriter

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        write_pdf.app = QGuiApplication([])  # type: ignore[attr-defined]
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setTitle(d.case_number)
    build_document(session, d).print_(writer)
    del writer
