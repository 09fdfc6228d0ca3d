"""Exchange records on the command line (registered by app.cli_exchange):

    dossier transfer CASE --to CS --to-post P --reason TEXT --to-dir DIR   supervisor: hand a case over
    dossier exports [--unacknowledged] [--days N] [--json]              each case: written to stick, received by HQ
    dossier received                                                     HQ: each vault's exports, with gaps
    dossier hq transfer CASE --from CS --from-post P --to CS --to-post P --reason TEXT
    dossier hq transfer --file FILE                                      HQ: record a supervisor's transfer
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.domain import msg
from app.errors import PermissionDenied, UsageError


def register(sub: Any, hq: Any) -> dict[str, Any]:
    tr = sub.add_parser("transfer", help="supervisor: sign the hand-over of a case to another officer, for HQ")
    tr.add_argument("case")
    tr.add_argument("--to", required=True, metavar="CALLSIGN")
    tr.add_argument("--to-post", required=True, metavar="POST")
    tr.add_argument("--from", dest="from_", default="", metavar="CALLSIGN", help="the officer who has the case now")
    tr.add_argument("--from-post", default="", metavar="POST")
    tr.add_argument("--reason", required=True)
    tr.add_argument("--to-dir", required=True, metavar="DIR", help="where to write the transfer (a stick)")
    ex = sub.add_parser("exports", help="each case sent: written to stick, and whether HQ has received it")
    ex.add_argument("--unacknowledged", action="store_true", help="only cases HQ has not acknowledged in time")
    ex.add_argument("--days", type=int, default=None, help="how many days count as late (default: the setting)")
    ex.add_argument("--json", action="store_true")
    sub.add_parser("received", help="HQ: each vault's numbered exports received, with the gaps")
    ht = hq.add_parser("transfer", help="HQ: hand a case to another officer, or record a supervisor's transfer")
    ht.add_argument("case", nargs="?", default="")
    ht.add_argument("--file", metavar="FILE", help="a transfer written by a post's supervisor")
    for name in ("from", "from-post", "to", "to-post", "reason"):
        ht.add_argument(f"--{name}", dest=name.replace("-", "_") + ("_" if name == "from" else ""), default="")
    return {"transfer": cmd_transfer, "exports": cmd_exports, "received": cmd_received}


def cmd_transfer(args: argparse.Namespace) -> int:
    from app.casefile import casefile, pki, transfer
    from app.casefile.export import recipient_for
    from app.cli_io import open_session
    from app.domain.roles import Action

    with open_session(args) as session:
        session.require(Action.MANAGE_USERS)  # a supervisor of this post
        material = casefile.signing_material(session)
        if not material.enrolled or not pki.subject_of(pki.load_cert(material.cert_pem)).supervisor:
            raise PermissionDenied("Your certificate from HQ is not a supervisor's; ask HQ to make the transfer.")
        d = session.get_dossier(args.case)
        origin = getattr(d, "origin", None)
        from_ = (args.from_ or getattr(origin, "created_by", ""), args.from_post or getattr(origin, "post", ""))
        doc = transfer.document(d.case_id, d.case_number, from_, (args.to, args.to_post), args.reason,
                                pki.utcnow())
        out = transfer.write(doc, transfer.sign(doc, casefile.signer_for(material)),
                             recipient_for(session, None), Path(args.to_dir).expanduser())
        with session.write() as c:
            session.audit(c, "transfer_signed", d.case_number,
                          msg.text("audit.transfer", from_[0], from_[1], args.to, args.to_post.upper()))
    print(f"Transfer of {d.case_number} to {args.to} ({args.to_post.upper()}) written: {out.name}. HQ records it "
          "with `dossier hq transfer --file`.")
    return 0


def cmd_exports(args: argparse.Namespace) -> int:
    from app.cli_io import open_session
    from app.vault.dossiers import now_utc

    with open_session(args) as session:
        rows = session.unacknowledged(args.days) if args.unacknowledged else session.case_exchange_status()
        days = args.days if args.days is not None else session.receipt_days
    now = now_utc()
    if args.json:
        json.dump([r.__dict__ for r in rows], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for r in rows:
        hq = (f"received by HQ {r.received_at[:16].replace('T', ' ')}: {r.hq_outcome}"
              + (f" as version {r.hq_version}" if r.hq_version else "") + (f" ({r.hq_detail})" if r.hq_detail else "")
              if r.received_at else f"NOT ACKNOWLEDGED by HQ after {r.age_days(now)} day(s)")
        print(f"{r.case_number}\texport {r.sequence}\twritten to stick {r.written_at[:16].replace('T', ' ')} "
              f"({r.target})\t{hq}")
    if args.unacknowledged:
        print(f"{len(rows)} case(s) written to a stick {days} or more days ago have no receipt from HQ.",
              file=sys.stderr)
    return 0


def cmd_received(args: argparse.Namespace) -> int:
    from app.cli_io import open_session

    with open_session(args) as session:
        vaults = session.received_by_vault()
    for v in vaults:
        missing = ", ".join(map(str, v.missing)) or "none"
        print(f"vault {v.vault_id}\t{v.officer} ({v.post})\texports received: {len(v.received)}, up to "
              f"{max(v.received)}\tmissing: {missing}\tlast arrival {v.last_arrival[:16].replace('T', ' ')}")
    return 0


def hq_transfer(args: argparse.Namespace, ks: Any) -> int:
    from app.casefile import pki, signing, transfer
    from app.cli_io import open_session

    with open_session(args) as session:
        if args.file:
            doc, sig = transfer.read(Path(args.file).expanduser(), ks.identity)
        else:
            if not args.case:
                raise UsageError("Name the case, or give --file with a supervisor's transfer.")
            d = session.get_dossier(args.case)
            owner = session.case_owner(d.case_id)
            from_ = (args.from_ or (owner[0] if owner else ""), args.from_post or (owner[1] if owner else ""))
            doc = transfer.document(d.case_id, d.case_number, from_, (args.to, args.to_post),
                                    args.reason, pki.utcnow())
            ca = signing.OfficerSigner(pki.key_pem(ks.ca_key), pki.cert_pem(ks.ca_cert), [pki.cert_pem(ks.ca_cert)])
            sig = transfer.sign(doc, ca)
        t = transfer.verify(doc, sig, ks.ca_cert, frozenset(ks.revoked_serials()))
        new = session.record_transfer(t.case_id, t.case_number, t.from_, t.to, t.issued_at, t.issued_by,
                                      t.document, t.signature)
    what = "recorded" if new else "already on record"
    print(f"Transfer of {t.case_number} from {t.from_[0]} ({t.from_[1]}) to {t.to[0]} ({t.to[1]}), signed by "
          f"{t.issued_by}: {what}.")
    return 0
