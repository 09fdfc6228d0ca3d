"""`dossier audit list`, `dossier deleted` (the tombstones), `dossier retention …` and
`dossier handover` (registered by app.cli; issue 20)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli_io import open_session
from app.domain import msg
from app.errors import DossierError, UsageError, printable


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
                            "detail": str(e.detail), "detail_code": _code(e.detail)} for e in rows]},
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    state = f"chain verified ({report.entries} entries)" if report.ok else f"CHAIN BROKEN: {report.problem}"
    print(f"# audit log: {state}; {len(rows)} shown")
    for e in rows:
        print(printable(f"{e.seq:>6}  {e.at[:19].replace('T', ' ')}  {e.actor:<12} {e.action:<20} "
                        f"{e.case_number or '-':<22} {msg.readable(e.detail)}"))
    return 0


def _code(detail: str) -> str | None:
    """A coded detail's message code (app.domain.msg.stored): the CLI prints its English, a script may
    want the code; None for a plain one."""
    message = getattr(detail, "message", None)
    return str(message.code) if message is not None else None


def register(sub: Any, commands: dict[str | None, Callable[[argparse.Namespace], int]]) -> None:
    dl = sub.add_parser("deleted", help="the tombstones of deleted cases (no personal data)")
    dl.add_argument("--json", action="store_true")
    commands["deleted"] = cmd_deleted
    ret = sub.add_parser("retention", help="the retention policy and its run").add_subparsers(
        dest="ret_cmd", metavar="ACTION")
    show = ret.add_parser("show", help="the policy in force")
    show.add_argument("--json", action="store_true")
    st = ret.add_parser("set", help="set the policy (supervisor): months per outcome, 0 keeps")
    for outcome in ("accept", "reject", "defer", "refer"):
        st.add_argument(f"--{outcome}", type=int, metavar="MONTHS")
    st.add_argument("--file", metavar="FILE", help="a field-dossier/retention/1 document instead")
    run = ret.add_parser("run", help="delete the cases the policy says are due (supervisor)")
    run.add_argument("--dry-run", action="store_true", help="only list what is due")
    run.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    run.add_argument("--include-unacknowledged", action="store_true",
                     help="also cases HQ has not acknowledged (never without this)")
    run.add_argument("--json", action="store_true")
    commands["retention"] = cmd_retention
    ho = sub.add_parser("handover", help="hand a case to another officer of this vault")
    ho.add_argument("case")
    ho.add_argument("--to", required=True, metavar="CALLSIGN")
    ho.add_argument("--reason", required=True)
    commands["handover"] = cmd_handover
    dn = sub.add_parser("deletion-notices", help="write signed notices of deleted cases for HQ (export does too)")
    dn.add_argument("--to-dir", required=True, metavar="DIR")
    dn.add_argument("--recipient-file", metavar="FILE", help="HQ's recipient.txt (an enrolled vault knows it)")
    commands["deletion-notices"] = cmd_deletion_notices


def register_hq(hq: Any) -> None:
    hd = hq.add_parser("deletion", help="HQ: verify posts' deletion notices and mark the cases deleted")
    hd.add_argument("files", nargs="+", metavar="FILE")


def write_notices(session: Any, folder: Path, recipient: str | None) -> int:
    from app.casefile.deletion import write_pending

    return write_pending(session, folder, recipient)


def cmd_deletion_notices(args: argparse.Namespace) -> int:
    from app.vault.files import read_at_most

    recipient = None
    if args.recipient_file:  # HQ's recipient.txt; checked by recipient_for
        try:
            recipient = read_at_most(Path(args.recipient_file).expanduser(), 4097).decode("ascii", "replace").strip()
        except OSError as exc:
            raise UsageError(f"Cannot read the recipient file: {exc.strerror}.") from None
    folder = Path(args.to_dir).expanduser()
    if not folder.is_dir():
        raise UsageError(f"{folder} is not a folder.")
    with open_session(args) as session:
        count = write_notices(session, folder, recipient)
    print(f"{count} deletion notice(s) written for HQ.")
    return 0


def hq_deletion(args: argparse.Namespace, ks: Any) -> int:
    from app.casefile import deletion

    failed = 0
    with open_session(args) as session:
        for name in args.files:
            try:
                doc, sig = deletion.read(Path(name).expanduser(), ks.identity)
                n = deletion.verify(doc, sig, ks.ca_cert, frozenset(ks.revoked_serials()))
            except DossierError as exc:
                failed += 1
                print(f"dossier: {Path(name).name}: {exc.message}", file=sys.stderr)
                continue
            new = session.record_deletion_notice(n.case_id, n.case_number, n.post, n.signed_by, n.reason)
            what = "recorded" if new else "already on record"
            print(printable(f"{n.case_number} ({n.case_id}) deleted at post {n.post} on {n.deleted_at[:10]} "
                            f"({msg.from_stored(n.reason)}), signed by {n.signed_by}: {what}."))
    return 100 + min(failed, 27) if failed else 0


def cmd_handover(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        before = session.hand_over(args.case, args.to, args.reason)
        number = session.get_dossier(args.case).case_number
    print(f"{number} handed over from {before or '-'} to {args.to}.")
    return 0


def _policy_from_args(args: argparse.Namespace) -> Any:
    from app.cli_io import read_json_input
    from app.domain import retention

    if args.file:
        return retention.parse(read_json_input(args.file))
    months = {o: getattr(args, o) for o in retention.OUTCOMES if getattr(args, o) not in (None, 0)}
    if all(getattr(args, o) is None for o in retention.OUTCOMES):
        raise UsageError("Give months for at least one outcome (--reject 6 …; 0 keeps), or --file.")
    return retention.parse({"format": retention.FORMAT, "months": months})


def cmd_retention(args: argparse.Namespace) -> int:
    if not args.ret_cmd:
        raise UsageError("Say what to do: dossier retention show|set|run.")
    with open_session(args) as session:
        if args.ret_cmd == "set":
            session.set_retention_policy(_policy_from_args(args))
        if args.ret_cmd in ("show", "set"):
            policy = session.retention_policy()
            if getattr(args, "json", False):
                json.dump(policy.to_doc(), sys.stdout, indent=2)
                print()
            else:
                for outcome, months in policy.to_doc()["months"].items():
                    print(f"{outcome:<8} {f'deleted {months} month(s) after' if months else 'kept'}"
                          f"{(' HQ acknowledges it' if outcome == 'accept' else ' the decision') if months else ''}")
            return 0
        due = session.retention_due(args.include_unacknowledged)
        if args.json and args.dry_run:
            json.dump([{"case_number": d.case_number, "outcome": d.outcome, "due_on": d.due_on.date().isoformat(),
                        "acknowledged": d.acknowledged, "reason": d.reason} for d in due], sys.stdout, indent=2)
            print()
            return 0
        for d in due:
            ack = "" if d.acknowledged else "  (HQ has NOT acknowledged it)"
            print(f"{d.case_number:<22} {d.outcome:<7} due {d.due_on.date().isoformat()}{ack}")
        if not due or args.dry_run:
            print(f"{len(due)} case(s) due{'; nothing deleted (--dry-run)' if due else ''}.")
            return 0
        if not args.yes:
            typed = input(f"Delete these {len(due)} case(s) for good? Type DELETE: ") if sys.stdin.isatty() else ""
            if typed.strip() != "DELETE":
                raise UsageError("Nothing deleted: give --yes, or type DELETE when asked.")
        deleted = session.run_retention([d.case_number for d in due], args.include_unacknowledged)
    print(f"Deleted {len(deleted)} case(s).")
    return 0


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
