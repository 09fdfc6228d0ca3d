"""Statistics on the command line (registered by app.cli):

    dossier stats [--from DATE] [--to DATE | --month YYYY-MM] [--post POST] [--json]
                  [--csv FILE] [--pdf FILE [--lang uk|en]]

The figures of app/domain/stats.py: applicants per post and stage, outcomes and refusal reasons,
time in each stage, overdue cases, flags by kind, polygraph examiners (supervisors). A post's
vault shows its own post; an HQ vault every post, or one with --post. Only aggregates: the CSV
and the PDF hold no name, case number or free text.
"""

from __future__ import annotations

import argparse
import calendar
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from app.domain import msg
from app.errors import UsageError


def register(sub: Any, commands: dict[str | None, Callable[[argparse.Namespace], int]]) -> None:
    st = sub.add_parser("stats", help="statistics: stages, outcomes, time in stage, overdue, flags, examiners")
    st.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="from this day (inclusive)")
    st.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="to this day (inclusive)")
    st.add_argument("--month", metavar="YYYY-MM", help="one calendar month (instead of --from/--to)")
    st.add_argument("--post", default="", help="one post (HQ); a post's vault shows its own post only")
    st.add_argument("--json", action="store_true", help="the figures as JSON")
    st.add_argument("--csv", metavar="FILE", help="write the aggregates as CSV (no names, numbers or free text)")
    st.add_argument("--pdf", metavar="FILE", help="write the printable report")
    st.add_argument("--lang", choices=("uk", "en"), help="the report's language (default: your printout setting)")
    commands["stats"] = cmd_stats


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(msg.text("err.stats_date", text)) from None


def parse_filter(args: argparse.Namespace) -> Any:
    from app.domain.stats import StatsFilter

    if args.month:
        if args.date_from or args.date_to:
            raise UsageError("Give --month, or --from and --to, not both.")
        first = _day(f"{args.month}-01")
        assert first is not None
        return StatsFilter(first, first.replace(day=calendar.monthrange(first.year, first.month)[1]), args.post)
    return StatsFilter(_day(args.date_from), _day(args.date_to), args.post)


def _new_file(path: str) -> Path:
    out = Path(path).expanduser()
    if out.exists():
        raise UsageError(f"{out.name} exists; it was not overwritten.")
    return out


def print_table(s: Any) -> None:
    from app.casefile.stats_report import sections
    from app.casefile.words import Printer

    print(f"cases opened: {s.cases}; overdue now: {s.overdue_total}")
    for title, header, rows in sections(s, Printer("en")):
        print(f"\n{title}")
        widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=False)]
        for row in [header, *rows]:
            print("  " + "  ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=False)).rstrip())
        if not rows:
            print("  (none)")


def cmd_stats(args: argparse.Namespace) -> int:
    from app.casefile import stats_report
    from app.casefile.words import SETTING
    from app.cli_io import open_session, print_json

    f = parse_filter(args)
    csv_out = _new_file(args.csv) if args.csv else None
    pdf_out = _new_file(args.pdf) if args.pdf else None
    with open_session(args) as session:
        s = session.statistics(f)
        hq, own = session.statistics_scope()
        lang = args.lang or session.setting(SETTING)
    if csv_out is not None:
        stats_report.write_file(csv_out, stats_report.csv_text(s, lang).encode("utf-8"))
    if pdf_out is not None:
        post = (f.post.upper() or "") if hq else own
        stats_report.write_file(pdf_out, stats_report.render_pdf(s, f, lang, post, date.today()))
    if args.json:
        print_json(s.to_json())
    elif csv_out is None and pdf_out is None:
        print_table(s)
    else:
        print(f"written: {', '.join(str(p) for p in (csv_out, pdf_out) if p is not None)}")
    return 0
