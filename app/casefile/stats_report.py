"""The statistics as a person reads them: a printable PDF report (reportlab Platypus, the app's
embedded fonts, Ukrainian or English through app.casefile.words) and a CSV of aggregates.

Neither holds a name, a case number or free text: counts per post, stage, outcome, reason code
(a code, else `other`), flag kind and examiner call sign (a call sign, else `other`). Both are
for people, so both are in words of the chosen language (a stage as the screens name it, never
its stored code); `dossier stats --json` keeps the stored codes for scripts.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.casefile.layout import FONT, MARGIN, PAGE, styles
from app.casefile.words import Printer
from app.domain.msg import TEXT
from app.domain.stats import STAGES, Statistics, StatsFilter

CALLSIGN = re.compile(r"^[\w-]{2,32}$")  # as app/vault/keyslots.py: a user's call sign, never a name with spaces


def examiner_label(name: str) -> str:
    return name if CALLSIGN.match(name) else "other"


def csv_rows(s: Statistics) -> list[tuple[str, str, str, str, str | int | float]]:
    out: list[tuple[str, str, str, str, str | int | float]] = [("cases", "", "", "cases", s.cases)]
    for post, stages in s.funnel.items():
        out += [("funnel", post, stage, "cases", n) for stage, n in stages.items()]
    out += [("reached", "", stage, "cases", n) for stage, n in s.reached.items()]
    out += [("outcome", "", k, "decisions", n) for k, n in s.outcomes.items()]
    out += [("refusal_reason", "", k, "decisions", n) for k, n in s.refusal_reasons.items()]
    for d in s.durations:
        out += [("time_in_stage", "", d.stage, "intervals", d.count), ("time_in_stage", "", d.stage, "median_days",
                d.median_days), ("time_in_stage", "", d.stage, "p90_days", d.p90_days)]
    out += [("overdue", "", k, "cases", n) for k, n in s.overdue.items()]
    out += [("flag", "", k, "cases", n) for k, n in s.flags.items()]
    for e in s.examiners:
        who = examiner_label(e.examiner)
        out += [("examiner", "", who, "exams", e.exams), ("examiner", "", who, "sealed", e.sealed),
                ("examiner", "", who, "compared", e.compared), ("examiner", "", who, "disagreements", e.disagreements)]
        out += [("examiner", "", who, f"result_{r.lower()}", n) for r, n in e.results.items()]
    return out


def csv_text(s: Statistics, lang: str = "en") -> str:
    """The aggregates, one figure a row (section, post, item, measure, value), in words of `lang`."""
    p = Printer(lang)
    sections = {"cases": p.t("Cases"), "funnel": p.t("Applicants per post and stage"),
                "reached": p.t("Funnel: cases at a stage or past it"), "outcome": p.t("Outcomes"),
                "refusal_reason": p.t("Refusal reasons"), "time_in_stage": p.t("Time in stage (days)"),
                "overdue": p.t("Overdue cases"), "flag": p.t("Flags by kind"), "examiner": p.t("Polygraph examiners")}
    measures = {"cases": p.t("Cases"), "decisions": p.t("Decisions"), "intervals": p.t("Intervals"),
                "median_days": p.t("Median"), "p90_days": p.t("90th percentile"), "exams": p.t("Exams"),
                "sealed": p.t("Sealed"), "compared": p.t("Compared"), "disagreements": p.t("Stated ≠ scored")}

    def item(section: str, code: str) -> str:
        if section in ("funnel", "reached", "time_in_stage", "overdue"):
            return stage_word(p, code)
        if section in ("outcome", "refusal_reason"):
            return p.label(code)
        return flag_word(p, code) if section == "flag" else code

    def measure(code: str) -> str:
        return code.removeprefix("result_").upper() if code.startswith("result_") else measures[code]

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow((p.t("Section"), p.t("Post"), p.t("Item"), p.t("Measure"), p.t("Value")))
    w.writerows((sections[sec], post, item(sec, it) if it else "", measure(m), value)
                for sec, post, it, m, value in csv_rows(s))
    return buf.getvalue()


# -- words --------------------------------------------------------------------------------------
def stage_word(p: Printer, stage: str) -> str:
    return p.label(stage)


def flag_word(p: Printer, code: str) -> str:
    return p.code(f"flagname.{code}") if f"flagname.{code}" in TEXT else code.replace("_", " ")


def period(p: Printer, f: StatsFilter) -> str:
    start = f.date_from.isoformat() if f.date_from else "…"
    end = f.date_to.isoformat() if f.date_to else "…"
    return p.t("%1 to %2", start, end) if (f.date_from or f.date_to) else p.t("all dates")


def sections(s: Statistics, p: Printer) -> list[tuple[str, list[str], list[list[str]]]]:
    """(title, header, rows) of every table of the report, in words of `p`'s language."""
    stages = list(STAGES)
    out = [(p.t("Applicants per post and stage"), [p.t("Post"), *[stage_word(p, st) for st in stages]],
            [[post, *[str(row.get(st, 0)) for st in stages]] for post, row in s.funnel.items()]),
           (p.t("Funnel: cases at a stage or past it"), [p.t("Stage"), p.t("Cases")],
            [[stage_word(p, st), str(n)] for st, n in s.reached.items()]),
           (p.t("Outcomes"), [p.t("Outcome"), p.t("Decisions")],
            [[p.label(k), str(n)] for k, n in s.outcomes.items()]),
           (p.t("Refusal reasons"), [p.t("Reason code"), p.t("Decisions")],
            [[p.label(k), str(n)] for k, n in s.refusal_reasons.items()]),
           (p.t("Time in stage (days)"), [p.t("Stage"), p.t("Intervals"), p.t("Median"), p.t("90th percentile")],
            [[stage_word(p, d.stage), str(d.count), f"{d.median_days:.1f}", f"{d.p90_days:.1f}"]
             for d in s.durations]),
           (p.t("Overdue cases"), [p.t("Stage"), p.t("Cases")],
            [[stage_word(p, k), str(n)] for k, n in s.overdue.items()]),
           (p.t("Flags by kind"), [p.t("Flag"), p.t("Cases")],
            [[flag_word(p, k), str(n)] for k, n in s.flags.items()])]
    if s.examiners:
        out.append((p.t("Polygraph examiners"), [p.t("Examiner"), p.t("Exams"), "NDI", "DI", "INC",
                                                 p.t("Stated ≠ scored")],
                    [[examiner_label(e.examiner), str(e.exams), str(e.results.get("NDI", 0)),
                      str(e.results.get("DI", 0)), str(e.results.get("INC", 0)),
                      f"{e.disagreements}/{e.compared}"] for e in s.examiners]))
    return out


def _table(header: list[str], rows: list[list[str]], st: dict[str, Any], width: float) -> Table:
    body = [[Paragraph(h, st["th"]) for h in header]] + [[Paragraph(c, st["body"]) for c in r] for r in rows]
    first = width * (0.34 if len(header) > 2 else 0.6)
    rest = (width - first) / max(1, len(header) - 1)
    t = Table(body, colWidths=[first] + [rest] * (len(header) - 1), repeatRows=1)
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def render_pdf(s: Statistics, f: StatsFilter, lang: str, post: str, today: date) -> bytes:
    p = Printer(lang)
    st = styles()
    width = PAGE[0] - 2 * MARGIN
    story: list[Flowable] = [
        Paragraph(p.t("Vetting statistics"), st["h1"]),
        Paragraph(p.t("Period: %1. Post: %2. Cases opened in the period: %3. Printed on %4.",
                      period(p, f), post or p.t("all posts"), s.cases, today.isoformat()), st["body"]),
        Paragraph(p.t("Aggregates only: no names, case numbers or free text."), st["small"]),
    ]
    for title, header, rows in sections(s, p):
        story += [Paragraph(title, st["h2"])]
        story += [_table(header, rows, st, width)] if rows else [Paragraph(p.t("None in this period."), st["small"])]
    story.append(Spacer(1, 4 * mm))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=p.t("Vetting statistics"), author="Field Dossier")
    doc.build(story)
    return buf.getvalue()


def write_file(path: Path, data: bytes) -> None:
    from app.vault.files import atomic_write

    atomic_write(path, data)
