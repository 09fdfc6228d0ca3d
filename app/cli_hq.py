"""HQ's day on the command line (registered by app.cli_exchange):

    dossier import PATH... --identity HQDIR [--json] [--summary-pdf FILE]
        every bundle given, and every *.fdb.age under each folder given; a bad bundle is
        reported with the check that failed and the others go on; a summary at the end;
        exit 100 + N when N bundles were refused.
    dossier hq versions CASE [--diff A B] [--json]
        a case's versions at HQ (who sent each, when signed and received); what changed.
    dossier hq duplicates [--all] [--json]
        the cross-post duplicates queue (app/vault/dup_queue.py); decided with `dossier duplicates`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app import cli_io
from app.domain import msg
from app.errors import UsageError


def add_import_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="one JSON object: every bundle's outcome and the summary")
    p.add_argument("--summary-pdf", metavar="FILE", help="also write the summary as a PDF for printing")


def _outcome_lines(o: Any) -> list[str]:
    lines = [f"{'PASS' if c.ok else 'FAIL'}  {c.name:<20} {c.detail}" for c in o.checks]
    if o.kind == "refused":
        if not o.checks:
            lines.append(f"FAIL  {o.check:<20} {o.detail}")
        lines.append(f"REFUSED at {o.check}: {o.why()}")
        return lines
    what = {"new_case": f"imported as version {o.version} (a new case)",
            "new_version": f"imported as version {o.version}",
            "repeat": f"REPEAT: {o.detail}" if o.detail else "unchanged (already imported)",
            "stale": f"STALE: {o.detail}"}[o.kind]
    lines.append(f"{o.case_number}: {what}")
    lines += [f"  warning: {w}" for w in o.warnings]
    if o.duplicates:
        lines.append(f"  possible duplicate of: {', '.join(o.duplicates)}")
    return lines


def cmd_import(args: argparse.Namespace, hq: Any) -> tuple[int, int]:
    """Returns (refused, total): the caller's exit code says how many were refused."""
    from app.casefile import hq_batch, import_report, words
    from app.casefile.hq_ops import trust_of
    from app.cli_io import open_session
    from app.vault.files import atomic_write

    paths = hq_batch.bundles_in([Path(b).expanduser() for b in args.bundles])
    if not paths:
        raise UsageError("No bundles (*.fdb.age) in the folders given.")
    trust = trust_of(hq)
    with open_session(args) as session:
        def progress(done: int, total: int, o: Any) -> None:
            if not args.json:
                print(f"== {o.file}")
                print("\n".join(_outcome_lines(o)), flush=True)

        batch = hq_batch.import_all(session, paths, trust, progress=progress)
        analyst, lang = session.user.callsign, words.choose(session.setting(words.SETTING))
    if args.summary_pdf:
        out = Path(args.summary_pdf).expanduser()
        try:
            atomic_write(out, import_report.pdf(batch, analyst, lang))
        except OSError as exc:
            raise UsageError(f"Cannot write {out.name}: {exc.strerror}.") from None
    if args.json:
        cli_io.print_json(batch.as_json())
    else:
        for g in batch.gaps:
            shown = ", ".join(map(str, g.missing[:20])) + (" …" if len(g.missing) > 20 else "")
            print(f"GAP: vault {g.vault_id[:8]} ({g.officer}, {g.post}): exports {shown} have not arrived")
        print(hq_batch.summary_line(batch))
    return len(batch.refused), batch.total


HQ_COMMANDS = ("versions", "duplicates")


def register_hq(hq: Any) -> None:
    v = hq.add_parser("versions", help="HQ: a case's versions, who sent each and when; --diff: what changed")
    v.add_argument("case")
    v.add_argument("--diff", nargs=2, type=int, metavar=("A", "B"), help="what changed from version A to B")
    v.add_argument("--json", action="store_true")
    d = hq.add_parser("duplicates", help="HQ: every likely or possible duplicate between posts not decided yet "
                                         "(decide: dossier duplicates distinct|merge A B)")
    d.add_argument("--all", action="store_true", help="also the pairs already decided")
    d.add_argument("--since", default="", metavar="YYYY-MM-DD",
                   help="a day's batch: only pairs with a case received on or after this day (local time)")
    d.add_argument("--json", action="store_true")


def run_hq(args: argparse.Namespace) -> int:
    from app.cli_io import open_session

    with open_session(args) as session:
        return cmd_versions(args, session) if args.hq_cmd == "versions" else cmd_duplicates(args, session)


def cmd_duplicates(args: argparse.Namespace, session: Any) -> int:
    from datetime import date

    from app.vault.dup_queue import day_start, queue

    since = None
    if args.since:
        try:
            since = day_start(date.fromisoformat(args.since))
        except ValueError:
            raise UsageError(msg.text("err.stats_date", args.since)) from None
    pairs = queue(session, include_decided=args.all, received_since=since)
    if args.json:
        cli_io.print_json([p.as_json() for p in pairs])
        return 0
    for p in pairs:
        m = p.match
        tier = "likely the same person" if m.tier == "likely" else "possibly the same person"
        print(f"{p.a.case_number} ({p.a.post})\t{p.b.case_number} ({p.b.post})\t{tier}\t{m.score:.2f}\t"
              f"{'; '.join(m.reasons)}")
    print(f"{len(pairs)} pair(s) between posts to decide: dossier duplicates distinct|merge A B."
          if not args.all else f"{len(pairs)} pair(s) between posts.", file=sys.stderr)
    return 0


def cmd_versions(args: argparse.Namespace, session: Any) -> int:
    from app.casefile import case_versions as cv

    found = cv.versions(session, args.case)
    if args.diff:
        a, b = args.diff
        changes = cv.compare(session, args.case, a, b)
        if args.json:
            cli_io.print_json({"case_number": found[-1].case_number, "from": a, "to": b,
                               "changes": [c.as_json() for c in changes]})
            return 0
        print(f"{found[-1].case_number}: version {a} → version {b}")
        for c in changes:
            print(f"  {cv.english(c)}")
        if not changes:
            print(f"  {msg.text('versions.no_changes', a, b)}")
        return 0
    if args.json:
        cli_io.print_json([v.as_json() for v in found])
        return 0
    print("version\tsigned (UTC)\treceived (UTC)\tsent by")
    for v in found:
        print(f"{v.version}\t{v.signed_at or '—'}\t{v.received_at}\t{v.officer} ({v.post})")
    return 0
