"""The printable summary of a day's import (app/casefile/hq_batch.py) as a PDF (reportlab), in the
printout language (app.casefile.words: the user's `document_language`).

It names files, case numbers, versions, officers' call signs and the checks that failed: no
applicant's name or personal data, so it can lie on a desk.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from app.casefile import sections
from app.casefile.hq_batch import Batch, Outcome
from app.casefile.layout import FONT, MARGIN, PAGE, styles
from app.casefile.words import Printer

MARKING = "RESTRICTED — VETTING CASE"


def kind_word(kind: str, tx: Printer) -> str:
    return {"new_case": tx.t("new case"), "new_version": tx.t("new version"), "repeat": tx.t("repeat"),
            "stale": tx.t("older, kept"), "refused": tx.t("refused")}.get(kind, kind)


def _when(iso: str) -> str:
    return iso[:16].replace("T", " ")


def _result(o: Outcome, tx: Printer) -> str:
    word = kind_word(o.kind, tx)
    if o.kind in ("new_case", "new_version"):
        return tx.t("%1, version %2", word, o.version)
    return word


def pdf(batch: Batch, analyst: str, lang: str = "uk") -> bytes:
    tx, st = Printer(lang), styles()
    width = PAGE[0] - 2 * MARGIN
    c = batch.counts()
    story: list[Any] = [Paragraph(escape(tx.t(MARKING)), st["mark"]), Spacer(1, 4 * mm),
                        Paragraph(escape(tx.t("Import of bundles")), st["h1"])]
    rows = [(tx.t("Started (UTC)"), _when(batch.started_at)), (tx.t("Finished (UTC)"), _when(batch.finished_at)),
            (tx.t("Imported by"), analyst), (tx.t("Bundles"), str(batch.total)),
            (tx.t("New cases"), str(c["new_case"])), (tx.t("New versions"), str(c["new_version"])),
            (tx.t("Repeats"), str(c["repeat"])), (tx.t("Older, kept"), str(c["stale"])),
            (tx.t("Refused"), str(c["refused"]))]
    if batch.cancelled:
        rows.append((tx.t("Cancelled"), tx.t("%1 bundle(s) not imported", c["not_done"])))
    story.append(sections.kv_table(rows, st, width, tx))
    refused = batch.refused
    if refused:
        story.append(Paragraph(escape(tx.t("Refused bundles")), st["h2"]))
        story.append(sections.grid(
            [tx.t("File"), tx.t("Case"), tx.t("Check that failed"), tx.t("What it means")],
            [[o.file, o.case_number or "—", tx.code(f"check.{o.check}"), tx.message(o.why().message)]
             for o in refused], st, [58 * mm, 30 * mm, 28 * mm, width - 116 * mm], tx))
    done = [o for o in batch.outcomes if o.kind != "refused"]
    if done:
        story.append(Paragraph(escape(tx.t("Bundles taken in")), st["h2"]))
        story.append(sections.grid(
            [tx.t("File"), tx.t("Case"), tx.t("Result"), tx.t("Possible duplicates")],
            [[o.file, o.case_number, _result(o, tx), ", ".join(o.duplicates) or "—"] for o in done],
            st, [58 * mm, 36 * mm, 40 * mm, width - 134 * mm], tx))
    if batch.gaps:
        story.append(Paragraph(escape(tx.t("Exports that have not arrived")), st["h2"]))
        for g in batch.gaps:
            story.append(Paragraph(escape(tx.t("Vault %1 (%2, %3): exports %4", g.vault_id[:8], g.officer, g.post,
                                                ", ".join(map(str, g.missing[:40])))), st["body"]))

    def decor(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(FONT, 7)
        canv.setFillColor(colors.HexColor("#b00020"))
        canv.drawString(MARGIN, 12 * mm, tx.t(MARKING))
        canv.setFillColor(colors.black)
        canv.drawRightString(PAGE[0] - MARGIN, 12 * mm, tx.t("page %1", doc.page))
        canv.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=16 * mm,
                            bottomMargin=20 * mm, title=tx.t("Import of bundles"), author="", subject="",
                            creator="Field Dossier", producer="Field Dossier")
    doc.build(sections.expand(story), onFirstPage=decor, onLaterPages=decor)
    return buf.getvalue()
