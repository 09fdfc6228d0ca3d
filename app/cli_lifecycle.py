"""`dossier audit list`, `dossier deleted` (the tombstones), `dossier retention …` and
`dossier handover` (registered by app.cli; issue 20)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from app.cli_io import open_session
from app.errors import UsageError, printable


def register_audit(audit: Any) -> None:
    """`audit list` next to `audit verify` (app.cli builds the `audit` parser)."""
    ls = audit.add_parser("list", help="the whole audit log, newest first, filtered")
    ls.add_argument("--by", default="", metavar="CALLSIGN", help="entries made by this user")
    ls.add_argument("--action", default="", help="action code, e.g. deleted, sealed, exported")
    ls.add_argument("--case", default="", help="case number, former number or case id")
    ls.add_argument("--since", default="", metavar="YYYY-MM-DD")
    ls.add_argument("--until", default="", metavar="YYYY-MM-DD")
    ls.add_argument("--limit", type=int, default=0, help="at most N entries (0: all)")
    ls.add_argument("--json", action="store_true")


def _day(text: str, what: str) -> str:
    from datetime import date

    if not text:
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise UsageError(f"{what}: give a date as YYYY-MM-DD.") from None


def audit_list(args: argparse.Namespace) -> int:
    from app.vault.audit import AuditFilter

    f = AuditFilter(user=args.by.strip(), action=args.action.strip(), cases=(args.case,) if args.case else (),
                    since=_day(args.since, "--since"), until=_day(args.until, "--until"), limit=max(0, args.limit))
    with open_session(args) as session:
        report = session.audit_verify()
        rows = session.audit_log(f)
    if args.json:
        json.dump({"verified": report.ok, "entries": report.entries, "problem": report.problem,
                   "log": [{"seq": e.seq, "at": e.at, "user": e.actor, "action": e.action, "case": e.case_number,
                            "detail": e.detail} for e in rows]}, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    state = f"chain verified ({report.entries} entries)" if report.ok else f"CHAIN BROKEN: {report.problem}"
    print(f"# audit log: {state}; {len(rows)} shown")
    for e in rows:
        print(printable(f"{e.seq:>6}  {e.at[:19].replace('T', ' ')}  {e.actor:<12} {e.action:<20} "
                        f"{e.case_number or '-':<22} {e.detail}"))
    return 0


def register(sub: Any, commands: dict[str | None, Callable[[argparse.Namespace], int]]) -> None:
    dl = sub.add_parser("deleted", help="the tombstones of deleted cases (no personal data)")
    dl.add_argument("--json", action="store_true")
    commands["deleted"] = cmd_deleted


def cmd_deleted(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        rows = session.deleted_cases()
    if args.json:
        json.dump([{"case_number": t.case_number, "case_id": t.case_id, "former_numbers": t.former_numbers,
                    "outcome": t.outcome, "reason": t.reason, "deleted_at": t.deleted_at, "deleted_by": t.deleted_by}
                   for t in rows], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for t in rows:
        print(printable(f"{t.case_number:<22} {t.case_id}  {t.deleted_at[:10]}  {t.deleted_by:<12} {t.reason}"))
    return 0
