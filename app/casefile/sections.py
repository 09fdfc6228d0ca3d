"""The sections of a case file, as reportlab flowables (one function per section)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.casefile.images import image
from app.casefile.layout import BOLD, FONT, MONO
from app.domain import forms, polygraph, rulesets, sealing, workflow
from app.domain.dates import partial_iso
from app.domain.model import Dossier, PolygraphExam

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


def txt(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if hasattr(value, "value"):
        return str(value.value).replace("_", " ")
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:16].replace("T", " ")
    if isinstance(value, list):
        return ", ".join(txt(v) for v in value) or "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def para(value: Any, st: dict[str, Any], style: str = "body") -> Paragraph:
    return Paragraph(escape(txt(value)).replace("\n", "<br/>"), st[style])


def kv_table(rows: Iterable[tuple[str, Any]], st: dict[str, Any], width: float) -> Table:
    data = [[Paragraph(escape(k), st["body"]), para(v, st)] for k, v in rows]
    t = Table(data, colWidths=[45 * mm, width - 45 * mm])
    t.setStyle(KV)
    return t


def grid(header: list[str], rows: list[list[Any]], st: dict[str, Any], widths: list[float]) -> Table:
    data: list[list[Any]] = [header] + [[para(c, st, "small") for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(GRID)
    return t


def sealed_note(record: Any, st: dict[str, Any]) -> list[Flowable]:
    out: list[Flowable] = []
    if record.sealed_by:
        out.append(para(f"Sealed by {record.sealed_by} at {txt(record.sealed_at)}", st, "small"))
    for a in record.amendments:
        out.append(para(f"Amended by {a.by} at {txt(a.at)}: {a.reason}", st, "small"))
    return out


def personal(d: Dossier, st: dict[str, Any], width: float) -> list[Flowable]:
    p = d.person
    rows = [("Surname / given / patronymic", p.full_name), ("Latin", p.full_name_latin),
            ("Aliases", p.aliases), ("Call sign", p.callsign),
            ("Date of birth", partial_iso(p.date_of_birth, p.date_of_birth_precision)),
            ("Place of birth", p.place_of_birth), ("Citizenships", p.citizenships), ("Category", p.category),
            ("Contact method", p.contact_method), ("Languages", p.languages)]
    out: list[Flowable] = [Paragraph("Personal data", st["h2"]), kv_table(rows, st, width)]
    if p.documents:
        out.append(Paragraph("Identity documents", st["h3"]))
        out.append(grid(["Type", "Number", "Issuer", "Issued", "Expires"],
                        [[x.type, x.number, x.issuer, x.issued_on, x.expires_on] for x in p.documents], st,
                        [30 * mm, 35 * mm, 50 * mm, 27 * mm, width - 142 * mm]))
    if p.military:
        out.append(Paragraph("Military service", st["h3"]))
        out.append(grid(["Unit", "Rank", "Branch", "From", "To"],
                        [[m.unit, m.rank, m.branch, m.served_from, m.served_to] for m in p.military], st,
                        [50 * mm, 30 * mm, 35 * mm, 25 * mm, width - 140 * mm]))
    if p.relatives:
        out.append(Paragraph("Relatives", st["h3"]))
        out.append(grid(["Relation", "Name", "Born", "Residence", "Hostile territory"],
                        [[r.relation, r.name, partial_iso(r.date_of_birth, r.date_of_birth_precision), r.residence,
                          r.hostile_territory]
                         for r in p.relatives], st, [25 * mm, 50 * mm, 22 * mm, 50 * mm, width - 147 * mm]))
    return out


def application(d: Dossier, pages: dict[str, bytes], st: dict[str, Any], width: float) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Written application", st["h2"])]
    a = d.application
    if a is None:
        return [*out, para("No written application on file.", st)]
    out += [kv_table([("Received", a.received_on), ("Signed", a.signed)], st, width), para(a.text, st)]
    for i, sha in enumerate(a.pages, 1):
        img = image(pages[sha], width, 200 * mm) if sha in pages else None
        caption = para(f"Scanned page {i} (SHA-256 {sha})", st, "small")
        out.append(KeepTogether([caption, img]) if img else para(
            f"Scanned page {i}: not an image that can be drawn; see the attachment list (SHA-256 {sha}).",
            st, "small"))
    return out


def _answer_rows(tpl: forms.Template | None, answers: dict[str, Any]) -> list[tuple[str, Any]]:
    if tpl is None:
        return sorted(answers.items())
    rows = []
    for f in tpl.fields:
        if f.id in answers:
            rows.append((f.text("en"), answers[f.id]))
    known = {f.id for f in tpl.fields}
    rows += [(k, v) for k, v in sorted(answers.items()) if k not in known]
    return rows


def interviews(d: Dossier, st: dict[str, Any], width: float) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Interviews", st["h2"])]
    if not d.interviews:
        out.append(para("No interviews recorded.", st))
    for n, iv in enumerate(d.interviews, 1):
        try:
            tpl: forms.Template | None = forms.load_template(iv.template_id, iv.template_version)
        except Exception:
            tpl = None
        out.append(Paragraph(f"Interview {n} — {escape(iv.template_id)} v{iv.template_version}", st["h3"]))
        out.append(kv_table([("Interviewer", iv.interviewer), ("Started", iv.started_at), ("Ended", iv.ended_at),
                             ("Place", iv.place), ("Interpreter", iv.interpreter), ("Assessment", iv.assessment),
                             ("Red flags", iv.red_flags), ("Notes", iv.notes)], st, width))
        rows = _answer_rows(tpl, iv.answers)
        if rows:
            out.append(grid(["Question", "Answer"], [list(r) for r in rows], st, [70 * mm, width - 70 * mm]))
        out += sealed_note(iv, st)
    return out


def checks(d: Dossier, st: dict[str, Any], width: float) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Background checks", st["h2"])]
    if not d.checks:
        return [*out, para("No checks recorded.", st)]
    out.append(grid(["Service", "Requested", "By", "Reference", "Result", "Summary"],
                    [[c.kind, c.requested_on, c.requested_by, c.reference, c.result,
                      c.summary + (f" (waived by {c.waived_by}: {c.waiver_reason})" if c.waived_by else "")]
                     for c in d.checks], st, [28 * mm, 22 * mm, 20 * mm, 25 * mm, 22 * mm, width - 117 * mm]))
    for c in d.checks:
        out += sealed_note(c, st)
    return out


def _score_table(exam: PolygraphExam, s: polygraph.ExamScore, st: dict[str, Any], width: float) -> Table:
    channels = sorted({x.channel.value for x in exam.scores}) or list(polygraph.CHANNELS)
    header = ["Question", *[f"C{c} {ch}" for c in range(1, exam.charts + 1) for ch in channels], "Subtotal"]
    cells = {(x.question, x.chart, x.channel.value): x.score for x in exam.scores}
    rows = []
    for q in sorted({x.question for x in exam.scores}):
        rows.append([q, *[cells.get((q, c, ch), "") for c in range(1, exam.charts + 1) for ch in channels],
                     s.subtotals.get(q, "")])
    rows.append(["Grand total", *[""] * (len(header) - 2), s.grand_total])
    col = (width - 22 * mm - 16 * mm) / max(1, len(header) - 2)
    # Scores are short numbers: plain cells, not a Paragraph each (~8 ms a case file for a
    # two-exam case); only the question label may need wrapping.
    data = [header] + [[para(r[0], st, "small"), *[str(v) for v in r[1:]]] for r in rows]
    t = Table(data, colWidths=[22 * mm, *[col] * (len(header) - 2), 16 * mm], repeatRows=1)
    t.setStyle(GRID)
    t.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, 0), 6), ("FONTNAME", (0, -1), (-1, -1), BOLD)]))
    return t


RULE_STATUS = {
    rulesets.CURRENT: "a rule in force",
    rulesets.EARLIER: "an earlier rule the vault knows (no longer a default)",
    rulesets.NONE: "no rule stored: scored with the default",
    rulesets.UNKNOWN: "UNKNOWN RULE: the stored rule is not one this vault knows; computed with the vault's own "
                      "rule instead; the stated result needs review",
}


def _rule_rows(s: polygraph.ExamScore) -> list[tuple[str, Any]]:
    rows: list[tuple[str, Any]] = [
        ("Decision rule", s.rule_label), ("Rule", RULE_STATUS[s.rule_status]),
        ("Cutscores", "verified against their published source" if s.verified_rule else
         "UNVERIFIED: not confirmed against a published source"),
        ("Cutscore values", ", ".join(f"{k.replace('_', ' ')} {v:+d}" if v is not None else f"{k} none"
                                      for k, v in s.cutscores.items()))]
    if s.parameters:
        rows.append(("ESS-M parameters", f"prior {s.parameters['prior']}, alpha {s.parameters['alpha_di']} "
                                         f"(deceptive) / {s.parameters['alpha_ndi']} (truthful)"))
    return rows


def _default_row(s: polygraph.ExamScore) -> list[tuple[str, Any]]:
    """What the rule in force says about an exam scored with an earlier, unknown or no rule."""
    o = s.current_default
    if o is None:
        return []
    return [("Under the current default rule", f"{o.result.value if o.result else 'not computed'} — "
                                               f"{o.label}: {o.reason}")]


def exams(d: Dossier, st: dict[str, Any], width: float) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Polygraph examinations", st["h2"])]
    if not d.polygraph_exams:
        out.append(para("No polygraph examinations recorded.", st))
    for exam in sorted(d.polygraph_exams, key=lambda e: e.number):
        s = polygraph.score(exam)
        fmt = rulesets.formats().get(exam.format)
        out.append(Paragraph(f"Examination {exam.number}", st["h3"]))
        out.append(kv_table([
            ("Examiner", exam.examiner), ("Held on", exam.held_on), ("Place", exam.place),
            ("Instrument / serial", f"{exam.instrument} {exam.serial}".strip()), ("Technique", exam.technique),
            ("Format", rulesets.display(fmt, "en") if fmt else "free-form question list"),
            ("Charts", exam.charts), ("Scoring method", rulesets.display(polygraph.method(exam.method), "en")),
            *_rule_rows(s), ("Computed result", s.computed), ("Stated result", s.stated),
            ("Rule outcome", s.reason), *_default_row(s), ("Admissions", exam.admissions),
        ], st, width))
        if s.disagrees:
            out.append(para("The stated result disagrees with the result computed from the scores.", st, "note"))
        for warning in s.warnings:
            out.append(para(f"Warning: {warning}.", st, "note"))
        if exam.questions:
            out.append(grid(["Label", "Type", "Question"], [[q.label, q.type, q.text] for q in exam.questions],
                            st, [18 * mm, 28 * mm, width - 46 * mm]))
        if exam.scores:
            out.append(Spacer(1, 2 * mm))
            out.append(_score_table(exam, s, st, width))
        for problem in s.problems:
            out.append(para(problem, st, "small"))
        out.append(para(polygraph.NRC_NOTE, st, "note"))
        out += sealed_note(exam, st)
    by_number = {e.number: e for e in d.polygraph_exams}
    for pair in workflow.requirements().pairs:
        if pair.first in by_number and pair.second in by_number:
            cmp = polygraph.compare(by_number[pair.first], by_number[pair.second])
            said = cmp.reasons + [m for _, m in cmp.policy_problems]
            then = f"; exam {pair.if_discordant} or further investigation" if cmp.discordant and pair.if_discordant \
                else ""
            out.append(para(f"Comparison of examinations {pair.first} and {pair.second}: " + (
                "; ".join(said) if said else "consistent, independent examinations") + then, st, "note"))
    return out


def flags_section(computed: dict[str, Any], st: dict[str, Any], width: float) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Flags", st["h2"])]
    found = computed.get("flags", [])
    if not found:
        return [*out, para("No flags.", st)]
    out.append(grid(["Severity", "Flag", "Evidence"],
                    [[f["severity"], f["message"], "; ".join(map(str, f.get("evidence", [])))] for f in found],
                    st, [18 * mm, 80 * mm, width - 98 * mm]))
    return out


def decision(d: Dossier, st: dict[str, Any], width: float) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Decision", st["h2"])]
    x = d.decision
    if x is None:
        return [*out, para("No decision yet.", st)]
    out.append(kv_table([("Outcome", x.outcome), ("Reason code", x.reason_code), ("Rationale", x.rationale),
                         ("Decided by", x.decided_by), ("Decided at", x.decided_at), ("Approved by", x.approved_by)],
                        st, width))
    return out + sealed_note(x, st)


def attachment_list(d: Dossier, st: dict[str, Any], width: float) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Attachments", st["h2"])]
    if not d.attachments:
        return [*out, para("No attachments.", st)]
    t = grid(["Name", "Type", "Bytes", "SHA-256"],
             [[a.name, a.media_type, a.size, a.sha256] for a in d.attachments], st,
             [40 * mm, 25 * mm, 15 * mm, width - 80 * mm])
    t.setStyle(TableStyle([("FONTNAME", (3, 1), (3, -1), MONO)]))
    return [*out, t]


def audit_excerpt(entries: list[Any], st: dict[str, Any], width: float) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Audit excerpt", st["h2"])]
    if not entries:
        return [*out, para("No audit entries for this case.", st)]
    return [*out, grid(["When (UTC)", "Who", "Action", "Detail"],
                       [[str(e.at)[:19].replace("T", " "), e.actor, e.action, e.detail] for e in entries], st,
                       [32 * mm, 22 * mm, 30 * mm, width - 84 * mm])]


def sealed_records_summary(d: Dossier) -> list[str]:
    return [sealing.label(kind, key) for (kind, key), r in sealing.records(d).items() if r.sealed_by]
