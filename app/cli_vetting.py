"""`dossier seal`, `dossier waive`, `dossier duplicates …` and `dossier watchlist …` (registered by app.cli)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from app.errors import UsageError


def register(sub: Any, commands: dict[str | None, Callable[[argparse.Namespace], int]]) -> None:
    dup = sub.add_parser("duplicates", help="possible duplicates of a case").add_subparsers(
        dest="dup_cmd", metavar="ACTION")
    show = dup.add_parser("show", help="candidates for CASE, scored and explained")
    show.add_argument("case")
    show.add_argument("--all", action="store_true", help="include pairs already decided")
    show.add_argument("--json", action="store_true")
    for name, text in (("distinct", "remember that A and B are different people"),
                       ("merge", "merge B into A: B leaves the list and search; its records and history show under A")):
        p = dup.add_parser(name, help=text)
        p.add_argument("a")
        p.add_argument("b")
    wl = sub.add_parser("watchlist", help="HQ watchlist").add_subparsers(dest="wl_cmd", metavar="ACTION")
    imp = wl.add_parser("import", help="replace the watchlist from a field-dossier/watchlist/1 file")
    imp.add_argument("file")
    hits = wl.add_parser("hits", help="cases that match the watchlist")
    hits.add_argument("--json", action="store_true")
    seal = sub.add_parser("seal", help="seal a record as its author (your passphrase is asked again)")
    seal.add_argument("case")
    seal.add_argument("kind", choices=["interview", "check", "exam", "decision"])
    seal.add_argument("number", type=int, help="interview/check position from 1, or the exam number")
    waive = sub.add_parser("waive", help="waive a background check (supervisor)")
    waive.add_argument("case")
    waive.add_argument("check", type=int, help="check position, from 1")
    waive.add_argument("--reason", required=True)
    commands["duplicates"] = cmd_duplicates
    commands["watchlist"] = cmd_watchlist
    commands["seal"] = cmd_seal
    commands["waive"] = cmd_waive


def cmd_seal(args: argparse.Namespace) -> int:
    from app import cli_io
    from app.cli_io import open_session

    with open_session(args) as session:
        key = args.number if args.kind == "exam" else (0 if args.kind == "decision" else args.number - 1)
        session.seal_record(args.case, args.kind, key, cli_io.passphrase(args.passphrase_file))
        what = "the decision" if args.kind == "decision" else f"{args.kind} {args.number}"
        print(f"Sealed {what} of {args.case.upper()}.")
    return 0


def cmd_waive(args: argparse.Namespace) -> int:
    from app.cli_io import open_session
    from app.errors import NotFoundError

    with open_session(args) as session:
        d = session.get_dossier(args.case)
        if not 1 <= args.check <= len(d.checks):
            raise NotFoundError("No such check in this case.")
        check = d.checks[args.check - 1]
        check.waived_by, check.waiver_reason = session.user.callsign, args.reason.strip()
        session.save_dossier(d)
        print(f"Check {args.check} of {d.case_number} waived.")
    return 0


def _print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_duplicates(args: argparse.Namespace) -> int:
    from app.cli_io import open_session

    if not args.dup_cmd:
        raise UsageError("Say what to do: dossier duplicates show|distinct|merge.")
    with open_session(args) as session:
        if args.dup_cmd == "show":
            found = session.duplicate_candidates(session.get_dossier(args.case), include_decided=args.all)
            rows = [{"case_number": m.b, "tier": m.tier, "score": m.score, "reasons": list(m.reasons),
                     "against": list(m.against)} for m in found]
            if args.json:
                _print_json(rows)
            for r in [] if args.json else rows:
                tier = "likely the same person" if r["tier"] == "likely" else "possibly the same person"
                print(f"{r['case_number']:16} {tier:25} {r['score']:.2f}  {'; '.join(r['reasons'])}")
            if not rows and not args.json:
                print("No likely or possible duplicates.", file=sys.stderr)
        else:
            decision = "distinct" if args.dup_cmd == "distinct" else "merged"
            session.decide_duplicate(args.a, args.b, decision)
            outcome = "are different people" if decision == "distinct" else "merged"
            print(f"Recorded: {args.a.upper()} and {args.b.upper()} {outcome}.")
    return 0


def cmd_watchlist(args: argparse.Namespace) -> int:
    from app.cli_io import open_session, read_json_input

    if not args.wl_cmd:
        raise UsageError("Say what to do: dossier watchlist import|hits.")
    doc = read_json_input(args.file) if args.wl_cmd == "import" else None
    with open_session(args) as session:
        if args.wl_cmd == "import":
            entries, cases = session.import_watchlist(doc)
            print(f"Watchlist imported: {entries} entries; {cases} case(s) match.")
        else:
            rows = [{"case_number": r.case_number, "flags": r.flags} for r in session.list_applicants()
                    if "watchlist_hit" in r.flags]
            if args.json:
                _print_json(rows)
            for r in [] if args.json else rows:
                print(r["case_number"])
    return 0
