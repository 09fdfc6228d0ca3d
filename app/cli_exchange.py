"""Exchange with HQ on the command line (registered by app.cli):

    dossier casefile CASE --out FILE.pdf        signed case file for printing
    dossier export CASE... --to DIR             one encrypted bundle per case, for HQ
    dossier enroll FILE                         install an HQ enrolment on this vault
    dossier update PKG                          install an HQ update package
    dossier verify BUNDLE... --identity HQDIR   HQ: check bundles, one line per check
    dossier import PATH... --identity HQDIR     HQ: verify and import bundles (and folders of them)
    dossier verify-paper CASE HASH              HQ: check a printout against the record
    dossier hq init|enroll|revoke|recover|package|transfer|reissue|deletion
    dossier hq decide|request|decisions CASE …             HQ: decisions and requests for the posts (cli_hq_decisions)
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import cli_io
from app.errors import DossierError, IntegrityError, UsageError

log = logging.getLogger("app.cli")
BATCH_EXIT = 100  # verify/import: exit 100 + N when N bundles failed (127: 27 or more)


class BundlesFailed(IntegrityError):
    """Some bundles of a batch failed; the others were processed. The exit code says how many."""

    def __init__(self, failed: int, total: int) -> None:
        super().__init__(f"{failed} of {total} bundle(s) failed; the others were processed.")
        self.exit_code = BATCH_EXIT + min(failed, 27)


def _hq_passphrase(args: argparse.Namespace, new: bool = False) -> str:
    if args.hq_passphrase_file:
        return cli_io.read_secret_file(args.hq_passphrase_file)
    env = os.environ.get("DOSSIER_HQ_PASSPHRASE")
    if env:
        return env
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        first = getpass.getpass("HQ passphrase: ")
        if new and getpass.getpass("Type it again: ") != first:
            raise UsageError("The two passphrases differ; nothing was changed.")
        return first
    raise UsageError("No HQ passphrase: use --hq-passphrase-file FILE or set DOSSIER_HQ_PASSPHRASE.")


def _open_hq(args: argparse.Namespace, folder: str | None = None) -> Any:
    from app.casefile.hq import HqKeystore

    where = folder or getattr(args, "identity", None) or os.environ.get("DOSSIER_HQ")
    if not where:
        raise UsageError("Which HQ key store? Give --identity HQDIR or set DOSSIER_HQ.")
    return HqKeystore.open(Path(where).expanduser(), _hq_passphrase(args))


def register(sub: Any, commands: dict[str | None, Callable[[argparse.Namespace], int]]) -> None:
    cf = sub.add_parser("casefile", help="write a signed case file PDF")
    cf.add_argument("case")
    cf.add_argument("--out", required=True, metavar="FILE.pdf")
    ex = sub.add_parser("export", help="write one encrypted bundle per case for HQ (marks them sent)")
    ex.add_argument("cases", nargs="+", metavar="CASE")
    ex.add_argument("--to", required=True, metavar="DIR", help="the stick's folder")
    ex.add_argument("--recipient-file", metavar="FILE", help="HQ's recipient.txt (only for a vault not enrolled)")
    ex.add_argument("--workers", type=int, default=None, help="worker processes (default: up to 2 cores)")
    en = sub.add_parser("enroll", help="install an HQ enrolment file (asks for its one-time passphrase)")
    en.add_argument("file")
    en.add_argument("--enrolment-passphrase-file", metavar="FILE")
    en.add_argument("--switch-hq", metavar="FINGERPRINT", default="",
                    help="supervisor: confirm switching to another HQ by its CA's SHA-256 fingerprint")
    up = sub.add_parser("update", help="install an HQ update package (watchlist, forms, rules)")
    up.add_argument("package")
    for name, text in (("verify", "HQ: verify bundles (no vault needed)"),
                       ("import", "HQ: verify bundles (or folders of them) and import them into this (HQ) vault")):
        p = sub.add_parser(name, help=text)
        p.add_argument("bundles", nargs="+", metavar="BUNDLE", help="a bundle file (import: or a folder of them)")
        p.add_argument("--identity", metavar="HQDIR", help="the HQ key store folder (default: $DOSSIER_HQ)")
        p.add_argument("--hq-passphrase-file", metavar="FILE")
    from app import cli_hq

    cli_hq.add_import_options(sub.choices["import"])
    vp = sub.add_parser("verify-paper", help="HQ: does a printout's QR hash match an imported case?")
    vp.add_argument("case")
    vp.add_argument("hash", help="the SHA-256 printed under the QR code, or the QR code's text")

    hq = sub.add_parser("hq", help="HQ key infrastructure").add_subparsers(dest="hq_cmd", metavar="ACTION")
    init = hq.add_parser("init", help="create the HQ CA, encryption identity and revocation list in DIR")
    init.add_argument("dir")
    enr = hq.add_parser("enroll", help="issue an officer key and certificate as an enrolment file")
    enr.add_argument("--callsign", required=True)
    enr.add_argument("--post", required=True)
    enr.add_argument("--out", required=True, metavar="FILE")
    enr.add_argument("--recovery-slot", action="store_true", help="HQ can open the laptop's vault if recovered")
    rev = hq.add_parser("revoke", help="revoke an officer's certificate (by serial, or call sign and post)")
    rev.add_argument("callsign", nargs="?", default="")
    rev.add_argument("--post", default="", help="the post the call sign belongs to")
    rev.add_argument("--serial", default="", help="the certificate's serial number")
    rec = hq.add_parser("recover", help="open a recovered laptop's vault with its recovery slot")
    rec.add_argument("vault_dir", metavar="VAULT")
    rec.add_argument("--as", dest="as_callsign", required=True, metavar="CALLSIGN",
                     help="the HQ officer who gets a new supervisor slot")
    pkg = hq.add_parser("package", help="build a signed update package for the field")
    pkg.add_argument("--watchlist", metavar="FILE")
    pkg.add_argument("--forms", metavar="DIR")
    pkg.add_argument("--rules", metavar="FILE", action="append", default=[])
    pkg.add_argument("--retention", metavar="FILE", help="a field-dossier/retention/1 policy for the posts")
    pkg.add_argument("--out", required=True, metavar="PKG")
    pkg.add_argument("--no-receipts", action="store_true",
                     help="leave out the receipts for what this HQ vault imported (default: include them)")
    enr.add_argument("--supervisor", action="store_true", help="a supervisor's certificate: may sign transfers")
    from app import cli_records

    records = cli_records.register(sub, hq)
    from app import cli_handover

    records.update(cli_handover.register(sub, hq))
    from app import cli_lifecycle

    cli_lifecycle.register_hq(hq)
    cli_hq.register_hq(hq)
    from app import cli_hq_decisions

    cli_hq_decisions.register(hq)
    for p in (init, enr, rev, rec, pkg, hq.choices["transfer"], hq.choices["deletion"], hq.choices["reissue"]):
        p.add_argument("--hq-passphrase-file", metavar="FILE")
        if p is not init:
            p.add_argument("--identity", metavar="HQDIR", help="the HQ key store folder (default: $DOSSIER_HQ)")
    commands.update({"casefile": cmd_casefile, "export": cmd_export, "enroll": cmd_enroll, "update": cmd_update,
                     "verify": cmd_verify, "import": cmd_import, "verify-paper": cmd_verify_paper, "hq": cmd_hq,
                     **records})


def cmd_casefile(args: argparse.Namespace) -> int:
    from app.casefile import casefile
    from app.cli_io import open_session
    from app.vault.files import atomic_write

    with open_session(args) as session:
        pdf, case = casefile.signed_pdf(session, args.case)
    out = Path(args.out).expanduser()
    try:
        atomic_write(out, pdf)
    except OSError as exc:
        raise UsageError(f"Cannot write {out.name}: {exc.strerror}.") from None
    print(f"Signed case file for {case.case_number} written ({len(pdf)} bytes).")
    return 0


def _recipient_file(path: str) -> str:
    """HQ's recipient.txt: one short ASCII line (anything else is a clear refusal)."""
    from app.vault.files import read_at_most

    try:
        raw = read_at_most(Path(path).expanduser(), 4097)
        text = raw.decode("ascii").strip()
    except OSError as exc:
        raise UsageError(f"Cannot read the recipient file: {exc.strerror}.") from None
    except UnicodeDecodeError:
        text = ""
    if not text or len(raw) > 4096 or not text.isprintable():
        raise UsageError("The recipient file does not hold an age recipient (age1…).")
    return text


def cmd_export(args: argparse.Namespace) -> int:
    from app.casefile.export import export_cases
    from app.cli_io import open_session

    recipient = _recipient_file(args.recipient_file) if args.recipient_file else None
    with open_session(args) as session:
        def progress(done: int, total: int) -> None:
            print(f"\r{done}/{total} bundles written and verified", end="", file=sys.stderr, flush=True)

        report = export_cases(session, list(args.cases), Path(args.to).expanduser(), recipient=recipient,
                              progress=progress if sys.stderr.isatty() else None, workers=args.workers)
        from app.cli_lifecycle import write_notices

        notices = write_notices(session, Path(args.to).expanduser(), recipient)  # deletions HQ must hear of
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for e in report.exported:
        print(f"{e.case_number}\t{e.file.name}\t{e.sha256}")
    print(f"{len(report.exported)} of {report.total} case(s) sent to HQ"
          + (f", with {notices} deletion notice(s)." if notices else "."), file=sys.stderr)
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    from app.casefile import enrolment
    from app.cli_io import open_session

    with open_session(args) as session:
        if args.enrolment_passphrase_file:
            otp = cli_io.read_secret_file(args.enrolment_passphrase_file)
        else:
            otp = os.environ.get("DOSSIER_ENROLMENT_PASSPHRASE") or (
                __import__("getpass").getpass("One-time enrolment passphrase: ") if sys.stdin.isatty() else "")
        if not otp:
            raise UsageError("No one-time passphrase: use --enrolment-passphrase-file or DOSSIER_ENROLMENT_PASSPHRASE.")
        e = enrolment.read(Path(args.file).expanduser(), otp)
        from app.casefile import pki

        post = pki.subject_of(pki.load_cert(e.cert_pem)).post
        if post != session.post_code:
            raise UsageError(f"This enrolment is for post {post}; this vault belongs to post {session.post_code}.")
        session.enrol(e, args.switch_hq)
        station = session.station_code
    extra = " HQ holds a recovery slot for this vault." if e.recovery else ""
    print(f"Enrolled {e.callsign} with HQ.{extra} New case numbers read {session.post_code}-{station}-YYYY-NNNN."
          " You can now delete the enrolment file.")
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    from app.casefile import package
    from app.cli_io import open_session

    with open_session(args) as session:
        pkg = package.install(session, Path(args.package).expanduser())
    parts = [f"{len(pkg.content)} form/rule file(s)"] + (["the watchlist"] if pkg.watchlist is not None else [])
    print(f"Installed update package {pkg.sequence}: {' and '.join(parts)}.")
    from app.domain import msg

    stored, refused = pkg.hq_result
    if stored:
        print(msg.text("hq.received", stored))
    if refused:
        print(f"dossier: note: {msg.text('hq.refused', refused)}", file=sys.stderr)
    return 0


def _batch(args: argparse.Namespace, one: Callable[[Path], tuple[bool, list[str]]]) -> int:
    """Run `one` on every bundle; a bad bundle is reported and the batch goes on."""
    failed = 0
    for b in args.bundles:
        print(f"== {b}")
        try:
            ok, lines = one(Path(b).expanduser())
        except DossierError as exc:
            report = getattr(exc, "report", None)
            ok, lines = False, (report.lines() if report is not None else [f"FAIL  {exc.message}"])
        except Exception:  # one bundle must never stop the rest; the log has the details
            log.exception("unexpected error on one bundle of a batch")
            ok, lines = False, ["FAIL  unexpected internal error on this bundle (details in the log)"]
        print("\n".join(lines))
        failed += not ok
    if failed:
        raise BundlesFailed(failed, len(args.bundles))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from app.casefile.hq_ops import trust_of
    from app.casefile.verify import verify_path

    trust = trust_of(_open_hq(args))

    def one(path: Path) -> tuple[bool, list[str]]:
        report = verify_path(path, trust)
        lines = report.lines()
        if report.result is not None:
            r = report.result
            lines.append(f"OK: case {r.case_number} from {r.officer.callsign} ({r.officer.post}), "
                         f"export {r.sequence} of vault {r.vault_id[:8]}")
        return report.ok, lines

    return _batch(args, one)


def cmd_import(args: argparse.Namespace) -> int:
    """Every bundle, and every bundle under each folder, given (app/cli_hq.py)."""
    from app import cli_hq

    refused, total = cli_hq.cmd_import(args, _open_hq(args))
    if refused:
        raise BundlesFailed(refused, total)
    return 0


def cmd_verify_paper(args: argparse.Namespace) -> int:
    from app.casefile.hq_ops import verify_paper
    from app.cli_io import open_session

    with open_session(args) as session:
        ok, message = verify_paper(session, args.case, args.hash)
    if not ok:
        raise IntegrityError(message)
    print(message)
    return 0


def cmd_hq(args: argparse.Namespace) -> int:
    from app.casefile import enrolment, hq_ops
    from app.casefile.hq import HqKeystore

    if args.hq_cmd == "init":
        ks = HqKeystore.init(Path(args.dir).expanduser(), _hq_passphrase(args, new=True))
        print(f"HQ key store created. Recipient (public): {ks.recipient}")
        return 0
    if args.hq_cmd is None:
        raise UsageError("Say what to do: dossier hq init|enroll|revoke|recover|package|transfer|reissue|versions"
                         "|duplicates|decide|request|decisions")
    from app import cli_hq, cli_hq_decisions

    if args.hq_cmd in ("decide", "request", "decisions"):  # the HQ vault alone: no key store needed
        return cli_hq_decisions.cmd(args)
    if args.hq_cmd in cli_hq.HQ_COMMANDS:  # the HQ vault only: no key store needed
        return cli_hq.run_hq(args)
    ks = _open_hq(args)
    if args.hq_cmd == "enroll":
        issued = enrolment.issue(ks, args.callsign, args.post, Path(args.out).expanduser(), args.recovery_slot,
                                 args.supervisor)
        print(f"Enrolment for {issued.callsign} ({issued.post}), certificate serial {issued.serial}, "
              f"station code {issued.station}" + (", supervisor" if args.supervisor else "") + ".")
        print(f"One-time passphrase (give it separately from the file): {issued.passphrase}")
    elif args.hq_cmd == "revoke":
        for o in ks.revoke(args.callsign, args.post, args.serial):
            print(f"Revoked {o.callsign} ({o.post}), serial {o.serial}. CRL number {ks.crl_number} written; "
                  "it goes out with the next update package.")
    elif args.hq_cmd == "recover":
        pw = cli_io.new_passphrase(args.new_passphrase_file)
        hq_ops.recover(Path(args.vault_dir).expanduser(), ks, args.as_callsign, pw)
        print(f"Vault recovered: {args.as_callsign} can now unlock it as supervisor.")
    elif args.hq_cmd == "package":
        _package(args, ks)
    elif args.hq_cmd == "deletion":
        from app import cli_lifecycle

        return cli_lifecycle.hq_deletion(args, ks)
    elif args.hq_cmd == "transfer":
        from app import cli_records

        return cli_records.hq_transfer(args, ks)
    elif args.hq_cmd == "reissue":
        from app import cli_handover

        return cli_handover.hq_reissue(args, ks)
    return 0


def _package(args: argparse.Namespace, ks: Any) -> None:
    """Build a package; unless --no-receipts, with the HQ vault's receipts and HQ's decisions and
    requests of the same 90 days (a post that missed a package gets them from the next one)."""
    from app.casefile import package

    def build(receipts: Any = None, decisions: Any = None) -> int:
        return package.build(ks, Path(args.out).expanduser(), Path(args.watchlist) if args.watchlist else None,
                             Path(args.forms) if args.forms else None, [Path(r) for r in args.rules], receipts,
                             Path(args.retention) if args.retention else None, decisions)

    if args.no_receipts:
        print(f"Update package {build()} written.")
        return
    from app.cli_io import open_session
    from app.vault.dossiers import now_utc
    from app.vault.receiving import RECEIPT_WINDOW

    with open_session(args) as session:
        receipts = session.receipts()
        decisions = session.hq_decisions_to_send((now_utc() - RECEIPT_WINDOW).isoformat())
        seq = build(receipts, decisions)
        session.mark_hq_decisions_sent([e.uid for e in decisions], seq)
    print(f"Update package {seq} written with {len(receipts)} receipt(s) and {len(decisions)} HQ decision(s) "
          "or request(s).")
