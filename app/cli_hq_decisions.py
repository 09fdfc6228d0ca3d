"""HQ's decisions and requests on the command line (registered by app.cli_exchange):

    dossier hq decide CASE --accept|--reject --reason TEXT      HQ supervisor: a sealed decision
    dossier hq request CASE --kind interview|polygraph|check --detail TEXT   HQ supervisor: a sealed request
    dossier hq decisions CASE [--json]                           what HQ decided or asked (here or received)

Both need only the HQ vault (the passphrase is asked again: the entry is sealed); they go to the
post in the next `dossier hq package`. `dossier show CASE` prints them on a laptop after the
package is installed.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.errors import printable


def status(code: str) -> str:
    """'Accepted by HQ', 'HQ asks for another polygraph exam' (app/domain/msg_hq.py)."""
    from app.domain import msg

    return str(msg.text(f"hq.status.{code}"))


def register(hq: Any) -> None:
    de = hq.add_parser("decide", help="HQ: record a sealed decision on a case, for its post")
    de.add_argument("case")
    choice = de.add_mutually_exclusive_group(required=True)
    choice.add_argument("--accept", dest="value", action="store_const", const="accept")
    choice.add_argument("--reject", dest="value", action="store_const", const="reject")
    de.add_argument("--reason", required=True, help="why (at least 10 characters; never the applicant's name)")
    rq = hq.add_parser("request", help="HQ: ask the case's post for another interview, polygraph exam or a check")
    rq.add_argument("case")
    rq.add_argument("--kind", required=True, choices=["interview", "polygraph", "check"])
    rq.add_argument("--detail", required=True, help="what is asked (at least 10 characters; never a name)")
    ls = hq.add_parser("decisions", help="HQ's decisions and requests on a case (made here at HQ, or received)")
    ls.add_argument("case")
    ls.add_argument("--json", action="store_true")


def line(e: Any, package: int = 0, made_here: bool = True) -> str:
    """One entry as the CLI prints it."""
    where = (f", sent in package {package}" if package else ", not sent yet") if made_here else \
        (f", received in package {package}" if package else "")
    return printable(f"{e.decided_at[:16].replace('T', ' ')} UTC  {status(e.status)}: {e.text} "
                     f"(by {e.decided_by}, sealed{where})")


def cmd(args: argparse.Namespace) -> int:
    from app import cli_io

    with cli_io.open_session(args) as session:
        if args.hq_cmd == "decisions":
            return _list(session, args)
        kind, value, text = ("decision", args.value, args.reason) if args.hq_cmd == "decide" else \
            ("request", args.kind, args.detail)
        e = session.record_hq_decision(args.case, kind, value, text, cli_io.passphrase(args.passphrase_file))
    print(printable(f"{e.case_number}: {status(e.status)}, sealed by {e.decided_by}. It goes to post {e.post} "
                    "with the next update package (dossier hq package)."))
    return 0


def _list(session: Any, args: argparse.Namespace) -> int:
    made_here = session.is_hq_vault
    entries = [(s.decision, s.package) for s in session.hq_decisions(args.case)]
    if args.json:
        from app.cli_io import print_json

        print_json([{**e.to_json(), "package": p, "source": "made" if made_here else "received"} for e, p in entries])
        return 0
    for e, p in entries:
        print(printable(f"{e.case_number}  ") + line(e, p, made_here))
    if not entries:
        print("No decisions or requests from HQ.", file=sys.stderr)
    return 0
