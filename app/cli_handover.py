"""A case handed to another post through HQ on the command line (registered by app.cli_exchange; issue 20):

    dossier transfer-out CASE --to CS --to-post P --reason TEXT --to-dir DIR   old post's supervisor
    dossier hq reissue [CASE] [--transfer FILE] [--bundle FILE...] --to-dir DIR HQ: record, import, re-issue
    dossier receive FILE                                                       new post's officer
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.errors import printable


def register(sub: Any, hq: Any) -> dict[str, Any]:
    out = sub.add_parser("transfer-out", help="supervisor: hand a case to another post through HQ (bundle and "
                                              "signed transfer on the stick; the case becomes read-only here)")
    out.add_argument("case")
    out.add_argument("--to", required=True, metavar="CALLSIGN", help="the officer at the other post")
    out.add_argument("--to-post", required=True, metavar="POST")
    out.add_argument("--from", dest="from_", default="", metavar="CALLSIGN",
                     help="the officer HQ knows as the case's owner (default: who holds it here)")
    out.add_argument("--reason", required=True)
    out.add_argument("--to-dir", required=True, metavar="DIR", help="the stick's folder")
    rc = sub.add_parser("receive", help="install a case HQ re-issued to you from another post")
    rc.add_argument("file", metavar="FILE")
    ri = hq.add_parser("reissue", help="HQ: record a post's transfer, import its bundle and re-issue the case "
                                       "to the new post's officer")
    ri.add_argument("case", nargs="?", default="", help="the case (default: the one the transfer names)")
    ri.add_argument("--transfer", metavar="FILE", help="the transfer the old post's supervisor wrote")
    ri.add_argument("--bundle", metavar="FILE", action="append", default=[], help="the case's bundle (repeatable)")
    ri.add_argument("--to-dir", required=True, metavar="DIR", help="where to write the re-issued case")
    return {"transfer-out": cmd_transfer_out, "receive": cmd_receive}


def cmd_transfer_out(args: argparse.Namespace) -> int:
    from app.casefile.handover import export_for_transfer
    from app.cli_io import open_session

    with open_session(args) as session:
        from_ = (args.from_, session.post_code) if args.from_ else None
        done = export_for_transfer(session, args.case, (args.to, args.to_post), args.reason,
                                   Path(args.to_dir).expanduser(), from_)
    print(f"Case {done.case_number} handed over to {args.to} ({args.to_post.upper()}) through HQ: bundle "
          f"{done.bundle.name} and transfer {done.transfer.name} written. The case is read-only here from now on.")
    return 0


def hq_reissue(args: argparse.Namespace, ks: Any) -> int:
    from app.casefile.handover import reissue_case
    from app.cli_io import open_session

    with open_session(args) as session:
        done = reissue_case(session, ks, Path(args.to_dir).expanduser(), args.case,
                            Path(args.transfer).expanduser() if args.transfer else None,
                            tuple(Path(b).expanduser() for b in args.bundle))
    for line in done.imported:
        print(f"bundle: {line}")
    print(f"Case {done.case_number} re-issued to {done.to[0]} ({done.to[1]}): {done.file.name} (carrier "
          f"{done.carrier_id[:8]}). Bundles from {done.to[0]} for this case are accepted from now on.")
    return 0


def cmd_receive(args: argparse.Namespace) -> int:
    from app.casefile.handover import receive
    from app.cli_io import open_session

    with open_session(args) as session:
        r = receive(session, Path(args.file).expanduser())
    print(printable(f"Case {r.case_number} received from {r.from_.callsign} ({r.from_.post}), re-issued by HQ "
                    f"{r.issued_at[:16].replace('T', ' ')} UTC; it is yours now. Case id {r.case_id}."))
    return 0
