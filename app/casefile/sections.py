"""The sections of a case file, as reportlab flowables (one function per section)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from app.casefile.images import image
from app.casefile.layout import BOLD, FONT, MONO
from app.casefile.words import Printer
from app.domain import forms, sealing
from app.domain.dates import partial_iso
from app.domain.model import Dossier

GRID = TableStyle([
    ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 8),
    ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")), ("FONTNAME", (0, 0), (-1, 0), BOLD),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
])
KV = TableStyle([
    ("FONTNAME", (0, 0), (0, -1), BOLD), ("FONTNAME", (1, 0), (1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
    ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1),
])


EN = Printer("en")


def txt(value: Any, p: Printer = EN) -> str:
    """A stored value as printed: an enum in words in the printout's language, never its code."""
    if value is None or value == "":
        return "—"
    if hasattr(value, "value"):
        return p.label(value)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:16].replace("T", " ")
    if isinstance(value, list):
        return ", ".join(txt(v, p) for v in value) or "—"
    if isinstance(value, bool):
        return p.yes_no(value)
    return str(value)


def para(value: Any, st: dict[str, Any], style: str = "body", p: Printer = EN) -> Paragraph:
    return Paragraph(escape(txt(value, p)).replace("\n", "<br/>"), st[style])


# Any allowed length lays out: a long text is cut into paragraphs of at most CHUNK
# characters (a single 100,000-character paragraph costs reportlab ~1 s to split
# across pages; chunks cost 0.08 s), and a table cell holds at most CELL_CHARS or
# CELL_LINES; the rest of a longer value follows the table in full (a cell taller
# than a page is what made reportlab raise LayoutError).
CHUNK = 1500
CELL_CHARS = 1200
CELL_LINES = 25
CELL_HEAD = 400


def _chunks(text: str) -> list[str]:
    out: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > CHUNK:
            cut = line.rfind(" ", CHUNK // 2, CHUNK)
            cut = cut if cut > 0 else CHUNK
            if current:
                out.append(current)
                current = ""
            out.append(line[:cut])
            line = line[cut:].lstrip(" ")
        if current and len(current) + len(line) + 1 > CHUNK:
            out.append(current)
            current = ""
        current = f"{current}\n{line}" if current else line
    if current or not out:
        out.append(current)
    return out


def long_text(value: Any, st: dict[str, Any], style: str = "body") -> list[Flowable]:
    """A text of any allowed length, as paragraphs that flow across pages."""
    return [Paragraph(escape(chunk).replace("\n", "<br/>") or "&nbsp;", st[style]) for chunk in _chunks(txt(value))]


def _cell(value: Any, st: dict[str, Any], style: str, label: str, overflow: list[Flowable],
          p: Printer = EN) -> Paragraph:
    text = txt(value, p)
    if len(text) <= CELL_CHARS and text.count("\n") < CELL_LINES:
        return Paragraph(escape(text).replace("\n", "<br/>"), st[style])
    overflow.append(Paragraph(escape(p.t("%1 (in full, %2 characters)", label, f"{len(text):,}")), st["h3"]))
    overflow += long_text(text, st, style)
    head = "\n".join(text[:CELL_HEAD].split("\n")[:8])
    return Paragraph(escape(head).replace("\n", "<br/>") + f" … <i>[{escape(p.t('continued below'))}]</i>",
                     st[style])


def expand(story: list[Flowable]) -> list[Flowable]:
    """Put the full text of over-long table cells right after their table."""
    out: list[Flowable] = []
    for flowable in story:
        out.append(flowable)
        out += getattr(flowable, "overflow", [])
    return out


def kv_table(rows: Iterable[tuple[str, Any]], st: dict[str, Any], width: float, p: Printer = EN) -> Table:
    overflow: list[Flowable] = []
    data = [[Paragraph(escape(k), st["body"]), _cell(v, st, "body", k, overflow, p)] for k, v in rows]
    t = Table(data, colWidths=[45 * mm, width - 45 * mm])
    t.setStyle(KV)
    t.overflow = overflow
    return t


def grid(header: list[str], rows: list[list[Any]], st: dict[str, Any], widths: list[float],
         p: Printer = EN) -> Table:
    overflow: list[Flowable] = []
    head: list[Any] = [Paragraph(escape(h), st["th"]) for h in header]
    data: list[list[Any]] = [head] + [
        [_cell(c, st, "small", f"{header[j]} — {txt(r[0], p)[:80]}", overflow, p) for j, c in enumerate(r)]
        for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(GRID)
    t.overflow = overflow
    return t


def sealed_note(record: Any, st: dict[str, Any], p: Printer = EN) -> list[Flowable]:
    out: list[Flowable] = []
    if record.sealed_by:
        out.append(para(p.t("Sealed by %1 at %2", record.sealed_by, txt(record.sealed_at)), st, "small"))
    if record.attested is not None:
        a = record.attested
        out.append(para(p.t("Received at HQ in a bundle signed by %1 (%2), certificate %3, version %4",
                            a.officer, a.post, a.cert_serial, a.version), st, "small"))
    for a in record.amendments:
        out.append(para(p.t("Amended by %1 at %2: %3", a.by, txt(a.at), a.reason), st, "small"))
    return out


def author(record: Any, field_name: str, tx: Printer) -> str:
    """An author as printed: the call sign, or the free text marked external (app.domain.authors)."""
    value = getattr(record, field_name)
    return tx.t("%1 (external)", value) if value and field_name in record.external else value


def personal(d: Dossier, st: dict[str, Any], width: float, tx: Printer = EN) -> list[Flowable]:
    p = d.person
    rows = [(tx.t("Surname / given / patronymic"), p.full_name), (tx.t("Latin"), p.full_name_latin),
            (tx.t("Aliases"), p.aliases), (tx.t("Call sign"), p.callsign),
            (tx.t("Date of birth"), partial_iso(p.date_of_birth, p.date_of_birth_precision)),
            (tx.t("Place of birth"), p.place_of_birth), (tx.t("Citizenships"), p.citizenships),
            (tx.t("Category"), p.category), (tx.t("Contact method"), p.contact_method),
            (tx.t("Languages"), p.languages)]
    out: list[Flowable] = [Paragraph(escape(tx.t("Personal data")), st["h2"]), kv_table(rows, st, width, tx)]
    if p.documents:
        out.append(Paragraph(escape(tx.t("Identity documents")), st["h3"]))
        out.append(grid([tx.t("Type"), tx.t("Number"), tx.t("Issuer"), tx.t("Issued"), tx.t("Expires")],
                        [[tx.label(x.type), x.number, x.issuer, x.issued_on, x.expires_on] for x in p.documents],
                        st, [30 * mm, 35 * mm, 50 * mm, 27 * mm, width - 142 * mm], tx))
    if p.military:
        out.append(Paragraph(escape(tx.t("Military service")), st["h3"]))
        out.append(grid([tx.t("Unit"), tx.t("Rank"), tx.t("Branch"), tx.t("From"), tx.t("To")],
                        [[m.unit, m.rank, m.branch, m.served_from, m.served_to] for m in p.military], st,
                        [50 * mm, 30 * mm, 35 * mm, 25 * mm, width - 140 * mm], tx))
    if p.relatives:
        out.append(Paragraph(escape(tx.t("Relatives")), st["h3"]))
        out.append(grid([tx.t("Relation"), tx.t("Name"), tx.t("Born"), tx.t("Residence"), tx.t("Hostile territory")],
                        [[r.relation, r.name, partial_iso(r.date_of_birth, r.date_of_birth_precision), r.residence,
                          r.hostile_territory]
                         for r in p.relatives], st, [29 * mm, 46 * mm, 22 * mm, 50 * mm, width - 147 * mm], tx))
    return out


def application(d: Dossier, pages: dict[str, bytes], st: dict[str, Any], width: float,
                tx: Printer = EN) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(escape(tx.t("Written application")), st["h2"])]
    a = d.application
    if a is None:
        return [*out, para(tx.t("No written application on file."), st)]
    out += [kv_table([(tx.t("Received"), a.received_on), (tx.t("Signed"), a.signed)], st, width, tx),
            *long_text(a.text, st)]
    for i, sha in enumerate(a.pages, 1):
        img = image(pages[sha], width, 200 * mm) if sha in pages else None
        caption = para(tx.t("Scanned page %1 (SHA-256 %2)", i, sha), st, "small")
        out.append(KeepTogether([caption, img]) if img else para(
            tx.t("Scanned page %1: not an image that can be drawn; see the attachment list (SHA-256 %2).", i, sha),
            st, "small"))
    return out


def _answer_rows(tpl: forms.Template | None, answers: dict[str, Any], tx: Printer) -> list[tuple[str, Any]]:
    """Each answer under its question, a choice by its label, in the printout's language."""
    if tpl is None:
        return [(k, tx.label(v) if isinstance(v, str) else v) for k, v in sorted(answers.items())]
    rows = []
    for f in tpl.fields:
        if f.id in answers:
            value = answers[f.id]
            choices = {c: label.get(tx.lang) or label.get("en", c) for c, label in f.choices}
            if isinstance(value, list):
                value = ", ".join(choices.get(str(v), tx.label(v)) for v in value)
            elif isinstance(value, str):
                value = choices.get(value) or tx.label(value)
            rows.append((f.text(tx.lang), value))
    known = {f.id for f in tpl.fields}
    rows += [(k, v) for k, v in sorted(answers.items()) if k not in known]
    return rows


def interviews(d: Dossier, st: dict[str, Any], width: float, tx: Printer = EN) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(escape(tx.t("Interviews")), st["h2"])]
    if not d.interviews:
        out.append(para(tx.t("No interviews recorded."), st))
    for n, iv in enumerate(d.interviews, 1):
        try:
            tpl: forms.Template | None = forms.load_template(iv.template_id, iv.template_version)
        except Exception:
            tpl = None
        title = (tpl.title.get(tx.lang) or tpl.title.get("en", "")) if tpl is not None else ""
        name = f"{title or iv.template_id} ({tx.t('form version %1', iv.template_version)})"
        out.append(Paragraph(escape(tx.t("Interview %1 — %2", n, name)), st["h3"]))
        out.append(kv_table([(tx.t("Interviewer"), author(iv, "interviewer", tx)),
                             (tx.t("Started"), iv.started_at), (tx.t("Ended"), iv.ended_at),
                             (tx.t("Place"), iv.place), (tx.t("Interpreter"), iv.interpreter),
                             (tx.t("Assessment"), iv.assessment), (tx.t("Red flags"), iv.red_flags),
                             (tx.t("Notes"), iv.notes)], st, width, tx))
        rows = _answer_rows(tpl, iv.answers, tx)
        if rows:
            out.append(grid([tx.t("Question"), tx.t("Answer")], [list(r) for r in rows], st,
                            [70 * mm, width - 70 * mm], tx))
        out += sealed_note(iv, st, tx)
    return out


def checks(d: Dossier, st: dict[str, Any], width: float, tx: Printer = EN) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(escape(tx.t("Background checks")), st["h2"])]
    if not d.checks:
        return [*out, para(tx.t("No checks recorded."), st)]
    out.append(grid([tx.t("Service"), tx.t("Requested"), tx.t("By"), tx.t("Reference"), tx.t("Result"),
                     tx.t("Summary")],
                    [[c.kind, c.requested_on, author(c, "requested_by", tx), c.reference, c.result,
                      c.summary + (" " + tx.t("(waived by %1: %2)", author(c, "waived_by", tx), c.waiver_reason)
                                   if c.waived_by else "")]
                     for c in d.checks], st, [30 * mm, 22 * mm, 20 * mm, 25 * mm, 24 * mm, width - 121 * mm], tx))
    for c in d.checks:
        out += sealed_note(c, st, tx)
    return out


def decision(d: Dossier, st: dict[str, Any], width: float, tx: Printer = EN) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(escape(tx.t("Decision")), st["h2"])]
    x = d.decision
    if x is None:
        return [*out, para(tx.t("No decision yet."), st)]
    out.append(kv_table([(tx.t("Outcome"), x.outcome), (tx.t("Reason code"), x.reason_code),
                         (tx.t("Rationale"), x.rationale), (tx.t("Decided by"), author(x, "decided_by", tx)),
                         (tx.t("Decided at"), x.decided_at), (tx.t("Approved by"), author(x, "approved_by", tx))],
                        st, width, tx))
    return out + sealed_note(x, st, tx)


def attachment_list(d: Dossier, st: dict[str, Any], width: float, tx: Printer = EN) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(escape(tx.t("Attachments")), st["h2"])]
    if not d.attachments:
        return [*out, para(tx.t("No attachments."), st)]
    t = grid([tx.t("File name"), tx.t("Type"), tx.t("Bytes"), "SHA-256"],
             [[a.name, a.media_type, a.size, a.sha256] for a in d.attachments], st,
             [40 * mm, 25 * mm, 18 * mm, width - 83 * mm], tx)
    t.setStyle(TableStyle([("FONTNAME", (3, 1), (3, -1), MONO)]))
    return [*out, t]


def audit_excerpt(entries: list[Any], st: dict[str, Any], width: float, tx: Printer = EN) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(escape(tx.t("Audit excerpt")), st["h2"])]
    if not entries:
        return [*out, para(tx.t("No audit entries for this case."), st)]
    return [*out, grid([tx.t("When (UTC)"), tx.t("Who"), tx.t("Action"), tx.t("Detail")],
                       [[str(e.at)[:19].replace("T", " "), e.actor, tx.action(e.action), tx.detail(e.detail)]
                        for e in entries], st, [32 * mm, 22 * mm, 32 * mm, width - 86 * mm], tx)]


def sealed_records_summary(d: Dossier, tx: Printer = EN) -> list[str]:
    return [tx.part(sealing.label(kind, key)) for (kind, key), r in sealing.records(d).items() if r.sealed_by]
