"""Render a case file PDF (reportlab Platypus) and sign it (pyHanko, PAdES B-B)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.casefile import sections, sections_exam
from app.casefile.layout import MARGIN, PAGE, NumberedCanvas, PageDecor, styles
from app.casefile.signing import OfficerSigner
from app.casefile.words import Printer
from app.domain import msg
from app.domain.dates import partial_iso
from app.domain.model import Dossier

MARKING = "RESTRICTED — VETTING CASE"
DEMO_MARKING = "DEMO — TRAINING DATA, NOT A REAL CASE"
_MARKED = [sections.EN.t("RESTRICTED — VETTING CASE"), sections.EN.t("DEMO — TRAINING DATA, NOT A REAL CASE")]
SIG_W, SIG_H = 62 * mm, 16 * mm


CASEFILE_FORMAT = "FD-CASEFILE/2"


@dataclass
class CaseFileInput:
    dossier: Dossier
    computed: dict[str, Any]
    case_sha256: str  # of the case JSON in the bundle (computed fields included)
    record_sha256: str  # of the canonical record (what the paper vouches for)
    officer: str
    post: str
    enrolled: bool
    generated_at: dt.datetime
    demo: bool = False
    photo: bytes | None = None
    pages: dict[str, bytes] = field(default_factory=dict)  # sha256 -> scanned application page
    audit: list[Any] = field(default_factory=list)
    language: str = "uk"  # of the printed words (app.casefile.words): the user's `document_language`


class SignatureSpot(Flowable):
    """Reserves the box the signature widget goes in and remembers where it landed."""

    def __init__(self) -> None:
        super().__init__()
        self.width, self.height = SIG_W, SIG_H
        self.placed: tuple[int, tuple[int, int, int, int]] | None = None

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        self.placed = (self.canv.getPageNumber() - 1, (int(x), int(y), int(x + SIG_W), int(y + SIG_H)))


def marking(inp: CaseFileInput) -> str:
    tx = Printer(inp.language)
    text = tx.t(DEMO_MARKING) if inp.demo else tx.t(MARKING)
    return text if inp.enrolled else f"{text} · {tx.t('NOT ENROLLED')}"


def _short(text: str, tx: Printer, limit: int = 300) -> str:
    """The cover shows a summary; the section further on has the whole text."""
    return text if len(text) <= limit else text[:limit].rstrip() + " … " + tx.t("(in full in the Decision section)")


def _stage(computed: dict[str, Any], tx: Printer) -> str:
    stage = str(computed.get("stage", ""))
    return tx.label(stage) + (f" {computed['stage_exam']}" if computed.get("stage_exam") else "")


def _cover(inp: CaseFileInput, st: dict[str, Any], width: float) -> list[Flowable]:
    d, p, tx = inp.dossier, inp.dossier.person, Printer(inp.language)
    flag_rows = inp.computed.get("flags", [])
    names = [tx.code(f"flagname.{f['code']}") if f"flagname.{f['code']}" in msg.TEXT
             else tx.flag(f["code"], f.get("args", ()), f["message"]) for f in flag_rows]
    out: list[Flowable] = [Paragraph(escape(marking(inp)), st["mark"]), Spacer(1, 6 * mm),
                           Paragraph(escape(tx.t("Vetting case file")), st["h1"]),
                           Paragraph(escape(tx.t("Case %1", d.case_number)), st["h2"])]
    rows = [(tx.t("Case id"), d.case_id), (tx.t("Former numbers"), ", ".join(d.former_numbers) or None),
            (tx.t("Name"), p.full_name), (tx.t("Latin"), p.full_name_latin),
            (tx.t("Date of birth"), partial_iso(p.date_of_birth, p.date_of_birth_precision)),
            (tx.t("Stage"), _stage(inp.computed, tx)),
            (tx.t("Decision"), f"{sections.txt(d.decision.outcome, tx)} — {_short(d.decision.rationale, tx)}"
             if d.decision else None),
            (tx.t("Flags"), f"{len(flag_rows)}: " + "; ".join(dict.fromkeys(names)) if flag_rows else tx.t("none")),
            (tx.t("Sealed records"), sections.sealed_records_summary(d, tx)),
            (tx.t("Prepared by"), tx.t("%1, post %2", inp.officer, inp.post)),
            (tx.t("Prepared at"), inp.generated_at)]
    info = sections.kv_table(rows, st, width - 45 * mm if inp.photo else width, tx)
    photo = sections.image(inp.photo, 40 * mm, 52 * mm) if inp.photo else None
    if photo is not None:
        t = Table([[info, photo]], colWidths=[width - 45 * mm, 45 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        out.append(t)
    else:
        out.append(info)
    if not inp.enrolled:
        out.append(Spacer(1, 4 * mm))
        out.append(Paragraph(escape(tx.t("NOT ENROLLED: this file is signed with a self-signed certificate. HQ "
                                         "cannot tell who signed it; enrol this laptop with HQ.")), st["mark"]))
    return [*out, PageBreak()]


def _signature_block(inp: CaseFileInput, st: dict[str, Any], width: float) -> tuple[list[Flowable], SignatureSpot]:
    spot, tx = SignatureSpot(), Printer(inp.language)
    status = (tx.t("enrolled officer certificate (HQ CA)") if inp.enrolled
              else tx.t("NOT ENROLLED — self-signed certificate"))
    info = sections.kv_table([(tx.t("Call sign"), inp.officer), (tx.t("Post"), inp.post),
                              (tx.t("Date (UTC)"), inp.generated_at), (tx.t("Certificate"), status)], st,
                             width - SIG_W - 6 * mm, tx)
    t = Table([[info, spot]], colWidths=[width - SIG_W - 4 * mm, SIG_W + 4 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#1f3a5f"))]))
    return [Spacer(1, 6 * mm), KeepTogether([Paragraph(escape(tx.t("Signature")), st["h2"]), t])], spot


def keywords(inp: CaseFileInput) -> str:
    """The PDF's /Keywords: which case and content this file is, for machines (HQ
    checks it against the bundle). No personal data: a number, the case id and two hashes."""
    return (f"{CASEFILE_FORMAT} case={inp.dossier.case_number} id={inp.dossier.case_id} "
            f"json={inp.case_sha256} record={inp.record_sha256}")


def parse_keywords(text: str) -> dict[str, str]:
    parts = text.split()
    if not parts or parts[0] != CASEFILE_FORMAT:
        return {}
    return dict(p.split("=", 1) for p in parts[1:] if "=" in p)


def render(inp: CaseFileInput) -> tuple[bytes, int, tuple[int, int, int, int]]:
    """The unsigned PDF, and the page and box where the signature goes."""
    st = styles()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=17 * mm,
                            bottomMargin=28 * mm, title=inp.dossier.case_number, author="", subject="",
                            creator="Field Dossier", producer="Field Dossier", keywords=keywords(inp))
    width = PAGE[0] - 2 * MARGIN
    d, tx = inp.dossier, Printer(inp.language)
    story = _cover(inp, st, width)
    story += sections.personal(d, st, width, tx)
    story += sections.application(d, inp.pages, st, width, tx)
    story += sections.interviews(d, st, width, tx)
    story += sections.checks(d, st, width, tx)
    story += sections_exam.exams(d, st, width, tx)
    story += sections_exam.flags_section(inp.computed, st, width, tx, d)
    story += sections_exam.links_section(inp.computed, st, width, tx)
    story += sections.decision(d, st, width, tx)
    story += sections.attachment_list(d, st, width, tx)
    story += sections.audit_excerpt(inp.audit, st, width, tx)
    block, spot = _signature_block(inp, st, width)
    story = sections.expand(story) + block
    decor = PageDecor(marking(inp), d.case_number, inp.record_sha256, tx)
    doc.build(story, onFirstPage=decor, onLaterPages=decor, canvasmaker=NumberedCanvas)
    if spot.placed is None:  # pragma: no cover - the spot is always the last flowable drawn
        raise RuntimeError("signature spot was not placed")
    page, box = spot.placed
    return buf.getvalue(), page, box


def render_and_sign(inp: CaseFileInput, signer: OfficerSigner) -> bytes:
    pdf, page, box = render(inp)
    return signer.sign_pdf(pdf, box, page, inp.generated_at)
