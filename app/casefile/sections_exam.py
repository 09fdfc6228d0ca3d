"""The polygraph, flags and linked-case sections of a case file (split from sections.py)."""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.casefile.layout import BOLD
from app.casefile.sections import EN, GRID, author, grid, kv_table, para, sealed_note
from app.casefile.words import Printer
from app.domain import forms, msg, polygraph, rulesets, workflow
from app.domain.model import Dossier, PolygraphExam


def _score_table(exam: PolygraphExam, s: polygraph.ExamScore, st: dict[str, Any], width: float,
                 tx: Printer = EN) -> Table:
    channels = sorted({x.channel.value for x in exam.scores}) or list(polygraph.CHANNELS)
    header = [tx.t("Question"), *[f"{tx.t('C%1', c)} {tx.label(ch)}" for c in range(1, exam.charts + 1)
                                  for ch in channels], tx.t("Subtotal")]
    cells = {(x.question, x.chart, x.channel.value): x.score for x in exam.scores}
    rows = []
    for q in sorted({x.question for x in exam.scores}):
        rows.append([q, *[cells.get((q, c, ch), "") for c in range(1, exam.charts + 1) for ch in channels],
                     s.subtotals.get(q, "")])
    rows.append([tx.t("Grand total"), *[""] * (len(header) - 2), s.grand_total])
    col = (width - 22 * mm - 18 * mm) / max(1, len(header) - 2)
    # Scores are short numbers: plain cells, not a Paragraph each (~8 ms a case file for a
    # two-exam case); only the question label may need wrapping.
    data = [header] + [[para(r[0], st, "small"), *[str(v) for v in r[1:]]] for r in rows]
    t = Table(data, colWidths=[22 * mm, *[col] * (len(header) - 2), 18 * mm], repeatRows=1)
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
_MARKED = [  # the same sentences, marked for the catalogue (app.casefile.words.printed_strings)
    EN.t("a rule in force"), EN.t("an earlier rule the vault knows (no longer a default)"),
    EN.t("no rule stored: scored with the default"),
    EN.t("UNKNOWN RULE: the stored rule is not one this vault knows; computed with the vault's own rule instead; "
         "the stated result needs review"),
    EN.t("A polygraph result is a trigger for follow-up investigation, not a verdict (National Research Council, "
         "The Polygraph and Lie Detection, 2003)."),
]


def _cutscore(key: str, tx: Printer) -> str:
    names = {"ndi": "NDI", "di": "DI", "subtotal_di": tx.t("DI by question"), "subtotal_ndi": tx.t("NDI by question")}
    return names.get(key, key.replace("_", " "))


def rule_name(s: polygraph.ExamScore, tx: Printer) -> str:
    """The rule's own label from the rules file, in the printout's language."""
    return s.rule_label_uk if tx.lang == "uk" and s.rule_label_uk else tx.rule(s.rule_name, s.rule_label)


def _rule_rows(s: polygraph.ExamScore, tx: Printer) -> list[tuple[str, Any]]:
    values = ", ".join(f"{_cutscore(k, tx)} {v:+d}" if v is not None else f"{_cutscore(k, tx)} —"
                       for k, v in s.cutscores.items())
    rows: list[tuple[str, Any]] = [
        (tx.t("Decision rule"), rule_name(s, tx)),
        (tx.t("Rule"), tx.t(RULE_STATUS[s.rule_status])),
        (tx.t("Cutscores"), tx.t("verified against their published source") if s.verified_rule else
         tx.t("UNVERIFIED: not confirmed against a published source")),
        (tx.t("Cutscore values"), values)]
    if s.parameters:
        rows.append((tx.t("ESS-M parameters"), tx.t("prior %1, alpha %2 (deceptive) / %3 (truthful)",
                                                    s.parameters["prior"], s.parameters["alpha_di"],
                                                    s.parameters["alpha_ndi"])))
    return rows


def _default_row(s: polygraph.ExamScore, tx: Printer) -> list[tuple[str, Any]]:
    """What the rule in force says about an exam scored with an earlier, unknown or no rule."""
    o = s.current_default
    if o is None:
        return []
    result = o.result.value if o.result else tx.t("not computed")
    return [(tx.t("Under the current default rule"), f"{result} — {tx.rule(o.rule_name, o.label)}: "
                                                     f"{tx.part(o.reason)}")]


def exams(d: Dossier, st: dict[str, Any], width: float, tx: Printer = EN) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(escape(tx.t("Polygraph examinations")), st["h2"])]
    if not d.polygraph_exams:
        out.append(para(tx.t("No polygraph examinations recorded."), st))
    for exam in sorted(d.polygraph_exams, key=lambda e: e.number):
        s = polygraph.score(exam)
        fmt = rulesets.formats().get(exam.format)
        out.append(Paragraph(escape(tx.t("Examination %1", exam.number)), st["h3"]))
        out.append(kv_table([
            (tx.t("Examiner"), author(exam, "examiner", tx)), (tx.t("Held on"), exam.held_on),
            (tx.t("Place"), exam.place), (tx.t("Instrument / serial"), f"{exam.instrument} {exam.serial}".strip()),
            (tx.t("Technique"), exam.technique),
            (tx.t("Format"), rulesets.display(fmt, tx.lang) if fmt else tx.t("free-form question list")),
            (tx.t("Charts"), exam.charts),
            (tx.t("Scoring method"), rulesets.display(polygraph.method(exam.method), tx.lang)),
            *_rule_rows(s, tx), (tx.t("Computed result"), s.computed), (tx.t("Stated result"), s.stated),
            (tx.t("Rule outcome"), tx.part(s.reason)), *_default_row(s, tx), (tx.t("Admissions"), exam.admissions),
        ], st, width, tx))
        if s.disagrees:
            out.append(para(tx.t("The stated result disagrees with the result computed from the scores."), st,
                            "note"))
        for warning in s.warnings:
            out.append(para(tx.t("Warning: %1.", tx.part(warning)), st, "note"))
        if exam.questions:
            out.append(grid([tx.t("Label"), tx.t("Type"), tx.t("Question")],
                            [[q.label, q.type, q.text] for q in exam.questions],
                            st, [18 * mm, 30 * mm, width - 48 * mm], tx))
        if exam.scores:
            out.append(Spacer(1, 2 * mm))
            out.append(_score_table(exam, s, st, width, tx))
        for problem in s.problems:
            out.append(para(tx.part(problem), st, "small"))
        out.append(para(tx.t(polygraph.NRC_NOTE), st, "note"))
        out += sealed_note(exam, st, tx)
    return out + _comparisons(d, st, tx)


def _comparisons(d: Dossier, st: dict[str, Any], tx: Printer) -> list[Flowable]:
    out: list[Flowable] = []
    by_number = {e.number: e for e in d.polygraph_exams}
    for pair in workflow.requirements().pairs:
        if pair.first in by_number and pair.second in by_number:
            cmp = polygraph.compare(by_number[pair.first], by_number[pair.second])
            said = [tx.part(r) for r in cmp.reasons + [m for _, m in cmp.policy_problems]]
            text = "; ".join(said) if said else tx.t("consistent, independent examinations")
            if cmp.discordant and pair.if_discordant:
                text += "; " + tx.t("exam %1 or further investigation", pair.if_discordant)
            out.append(para(tx.t("Comparison of examinations %1 and %2: %3", pair.first, pair.second, text), st,
                            "note"))
    return out


_STEP = re.compile(r"^([a-z_]+)(?:\[(\d+)\])?$")
_ITEMS = {"relatives": "relative %1", "documents": "document %1", "military": "military service %1",
          "interviews": "interview %1", "checks": "check %1"}
_MARKED_ITEMS = [EN.t("relative %1"), EN.t("document %1"), EN.t("military service %1"), EN.t("interview %1"),
                 EN.t("check %1"), EN.t("exam %1"), EN.t("the whole case"), EN.t("the application")]


def evidence(path: str, d: Dossier | None, tx: Printer) -> str:
    """A flag's evidence (a JSON path into the case, app.domain.flags) in words: "$.interviews[0].assessment"
    is "interview 1 › assessment"; a form answer by its question."""
    if path in ("$", ""):
        return tx.t("the whole case")
    words: list[str] = []
    interview: int | None = None
    for step in path.removeprefix("$.").split("."):
        m = _STEP.match(step)
        if m is None:
            words.append(step)
            continue
        name, index = m.group(1), m.group(2)
        if index is not None and name == "polygraph_exams":
            exams = d.polygraph_exams if d else []
            words.append(tx.t("exam %1", exams[int(index)].number if int(index) < len(exams) else int(index) + 1))
        elif index is not None and name in _ITEMS:
            words.append(tx.t(_ITEMS[name], int(index) + 1))
            interview = int(index) if name == "interviews" else interview
        elif name == "person":
            words.append(tx.t("Personal data"))
        elif name == "application":
            words.append(tx.t("the application"))
        elif name == "answers":
            continue
        elif interview is not None and f"field.{name}" not in msg.TEXT:
            words.append(_question(d, interview, name, tx))
        else:
            words.append(tx.code(f"field.{name}") if f"field.{name}" in msg.TEXT else tx.label(name))
    return " › ".join(words)


def _question(d: Dossier | None, interview: int, field_id: str, tx: Printer) -> str:
    try:
        iv = d.interviews[interview]  # type: ignore[union-attr]
        tpl = forms.load_template(iv.template_id, iv.template_version)
    except Exception:
        return field_id.replace("_", " ")
    return next((f.text(tx.lang) for f in tpl.fields if f.id == field_id), field_id.replace("_", " "))


def flags_section(computed: dict[str, Any], st: dict[str, Any], width: float, tx: Printer = EN,
                  d: Dossier | None = None) -> list[Flowable]:
    """The flags; `computed["flags"]` holds each flag's code and args (app.domain.flags.Flag.to_json)."""
    out: list[Flowable] = [Paragraph(escape(tx.t("Flags")), st["h2"])]
    found = computed.get("flags", [])
    if not found:
        return [*out, para(tx.t("No flags."), st)]
    out.append(grid([tx.t("Severity"), tx.t("Flag"), tx.t("Evidence")],
                    [[tx.severity(f["severity"]),
                      tx.flag(f["code"], f.get("args", ()), f["message"], f.get("source", "")),
                      "; ".join(evidence(str(e), d, tx) for e in f.get("evidence", []))] for f in found],
                    st, [20 * mm, 80 * mm, width - 100 * mm], tx))
    return out


def links_section(computed: dict[str, Any], st: dict[str, Any], width: float, tx: Printer = EN) -> list[Flowable]:
    """Cases joined with this one: the case it was merged into, or those merged into it, with their records
    and history (app.vault.vetting.case_links)."""
    links = computed.get("links") or {}
    if not links:
        return []
    out: list[Flowable] = [Paragraph(escape(tx.t("Linked cases")), st["h2"])]
    if links.get("merged_into"):
        return [*out, para(tx.t("This case was merged into case %1; its records are shown there.",
                                links["merged_into"]), st)]
    for m in links.get("merged_cases", []):
        out.append(para(tx.t("Case %1 (%2, %3, born %4) was merged into this case. Its records:", m["case_number"],
                             m["name"], m["name_latin"], m["date_of_birth"] or "?"), st))
        lines = m.get("record_messages") or m["records"]
        out += [para(f"• {tx.record(line)}", st) for line in lines] or [para(tx.t("No records."), st)]
        if m["history"]:
            out.append(grid([tx.t("When (UTC)"), tx.t("Who"), tx.t("Action"), tx.t("Detail")],
                            [[e["at"], e["actor"], tx.action(e["action"]), tx.detail(e["detail"])]
                             for e in m["history"]], st, [32 * mm, 22 * mm, 32 * mm, width - 86 * mm], tx))
    return out
