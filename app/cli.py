"""`dossier`: every operation of the desktop app, without a screen.

Exit codes: 0 ok, 1 error, 2 usage, 3 authentication, 4 vault busy, 5 invalid
input, 6 not found, 7 already exists, 8 integrity, 9 not permitted, 70 internal
(see docs/cli.md). Errors are one line on stderr; details go to the private log.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import __version__, cli_cases, cli_edit, cli_io, cli_lifecycle
from app.casefile.words import Printer
from app.cli_io import open_session, read_json_input
from app.cli_io import vault_dir as _vault_dir
from app.domain.dates import partial_iso
from app.errors import DISK_FULL, DiskFullError, DossierError, UsageError, ValidationError, is_disk_full, printable
from app.vault.connection import DatabaseError, describe

log = logging.getLogger("app.cli")
EXIT_INTERNAL = 70


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="dossier", description="Field Dossier: offline vetting case files.")
    p.add_argument("--version", action="version", version=f"dossier {__version__}")
    p.add_argument("--vault", metavar="DIR", help="vault folder (default: $DOSSIER_VAULT or the user data folder)")
    p.add_argument("--user", metavar="CALLSIGN", help="call sign (default: $DOSSIER_USER)")
    p.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from FILE")
    p.add_argument("--new-passphrase-file", metavar="FILE", help="read a new passphrase from FILE")
    p.add_argument("-v", "--verbose", action="store_true", help="more detail in the log")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    init = sub.add_parser("init", help="create a vault")
    init.add_argument("--post", required=True, metavar="CODE", help="post code used in case numbers")
    init.add_argument("--user", dest="user", default=argparse.SUPPRESS, metavar="CALLSIGN")
    init.add_argument("--demo", action="store_true", help="a training vault: synthetic data only, never enrolled")

    user = sub.add_parser("user", help="manage users").add_subparsers(dest="user_cmd", metavar="ACTION")
    add = user.add_parser("add", help="add a user")
    add.add_argument("callsign")
    add.add_argument("--role", required=True, choices=["officer", "examiner", "supervisor"])
    user.add_parser("passwd", help="change your passphrase")
    ro = user.add_parser("role", help="give a user another role (supervisor)")
    ro.add_argument("callsign")
    ro.add_argument("role", choices=["officer", "examiner", "supervisor"])
    rm = user.add_parser("remove", help="remove a user")
    rm.add_argument("callsign")
    ul = user.add_parser("list", help="list users")
    ul.add_argument("--json", action="store_true")
    ul.add_argument("--role", choices=["officer", "examiner", "supervisor"],
                    help="only the active users with this role (who may be named as interviewer, examiner…)")

    app_p = sub.add_parser("applicant", help="applicant dossiers").add_subparsers(dest="app_cmd", metavar="ACTION")
    a_add = app_p.add_parser("add", help="add a dossier from interchange JSON, as drafts; prints the case number")
    a_add.add_argument("--json", required=True, metavar="FILE", help="field-dossier/1 JSON file, or - for stdin")
    show = app_p.add_parser("show", help="show one dossier")
    show.add_argument("case")
    show.add_argument("--json", action="store_true")
    show.add_argument("--with-attachments", action="store_true", help="include attachment content (base64)")
    a_list = app_p.add_parser("list", help="list applicants")
    a_list.add_argument("--json", action="store_true")
    cli_cases.register(app_p)

    s = sub.add_parser("search", help="search names (either script), case and document numbers, text")
    s.add_argument("query")
    s.add_argument("--limit", type=int, default=50)
    s.add_argument("--json", action="store_true")

    demo = sub.add_parser("demo", help="fill the vault with synthetic dossiers")
    demo.add_argument("--applicants", type=int, required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--as-drafts", action="store_true",
                      help="in a real vault: add them anyway, as drafts (refused without this)")

    audit = sub.add_parser("audit", help="audit log").add_subparsers(dest="audit_cmd", metavar="ACTION")
    audit.add_parser("verify", help="verify the hash chain")
    cli_lifecycle.register_audit(audit)

    b = sub.add_parser("backup", help="write an encrypted, verified backup")
    b.add_argument("--to", required=True, metavar="FILE")
    r = sub.add_parser("restore", help="restore a backup into a new vault folder")
    r.add_argument("file")
    r.add_argument("--vault", dest="vault", default=argparse.SUPPRESS, metavar="DIR")
    sub.add_parser("gui", help="open the desktop app (the default)")
    from app import cli_exchange, cli_polygraph, cli_safety, cli_stats, cli_vetting

    cli_vetting.register(sub, COMMANDS)
    cli_polygraph.register(sub, COMMANDS)
    cli_safety.register(sub, COMMANDS)
    cli_exchange.register(sub, COMMANDS)
    cli_lifecycle.register(sub, COMMANDS)
    cli_edit.register(sub, app_p, COMMANDS)
    cli_stats.register(sub, COMMANDS)
    return p


def _print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_init(args: argparse.Namespace) -> int:
    from app.vault.vault import create

    cs = cli_io.callsign(args.user)
    pw = cli_io.new_passphrase(args.new_passphrase_file, args.passphrase_file, allow_current=True)
    session = create(_vault_dir(args), args.post, cs, pw, demo=args.demo)
    kind = "Training vault" if args.demo else "Vault"
    print(f"{kind} created for post {session.post_code}; {session.user.callsign} is its supervisor.")
    session.close()
    return 0


def cmd_user(args: argparse.Namespace) -> int:
    from app.domain.enums import Role

    if not args.user_cmd:
        raise UsageError("Say what to do: dossier user add|role|passwd|remove|list.")
    with open_session(args) as session:
        if args.user_cmd == "add":
            session.add_user(args.callsign, Role(args.role), cli_io.new_passphrase(args.new_passphrase_file))
            print(f"User {args.callsign} added as {args.role}.")
        elif args.user_cmd == "role":
            session.set_role(args.callsign, Role(args.role))
            print(f"User {args.callsign} is now {args.role}.")
        elif args.user_cmd == "passwd":
            session.change_passphrase(cli_io.new_passphrase(args.new_passphrase_file))
            print("Passphrase changed.")
        elif args.user_cmd == "remove":
            from app.cli_safety import rekey_progress

            with rekey_progress() as (progress, cancelled):
                result = session.remove_user(args.callsign, progress, cancelled)
            if result.rekeyed:
                print(f"User {args.callsign} removed; the data key was changed ({result.seconds:.1f} s): "
                      "their copy of the key file opens nothing current.")
            else:
                print(f"User {args.callsign} removed. The data key was NOT changed ({result.reason}) "
                      "Run `dossier rekey` now.")
        else:
            users = session.active_users(Role(args.role)) if args.role else session.list_users()
            if args.json:
                _print_json([{"callsign": u.callsign, "role": u.role.value, "active": u.active,
                              "created_at": u.created_at} for u in users])
            for u in [] if args.json else users:
                print(f"{u.callsign:20} {u.role.value:11} {'active' if u.active else 'removed'}")
    return 0


def cmd_applicant(args: argparse.Namespace) -> int:
    from app.domain.interchange import parse_document, to_document
    from app.domain.serde import to_jsonable

    if not args.app_cmd:
        raise UsageError("Say what to do: dossier applicant add|show|list|update|patch|attach|delete.")
    if args.app_cmd in cli_cases.COMMANDS:
        return cli_cases.run(args)
    if args.app_cmd == "patch":
        return cli_edit.cmd_patch(args)
    doc = read_json_input(args.json) if args.app_cmd == "add" else None
    parsed = parse_document(doc) if doc is not None else None
    with open_session(args) as session:
        if parsed is not None:
            added = session.import_applicant(parsed)
            print(added.case_number)
            print("dossier: added as drafts: seals, amendments, waivers and decisions are never taken from a "
                  "document; records are sealed here by their authors.", file=sys.stderr)
            if added.dropped:
                print(f"dossier: not taken over: {'; '.join(added.dropped)}.", file=sys.stderr)
        elif args.app_cmd == "show":
            d = session.get_dossier(args.case)
            blobs = ({a.sha256: session.attachment_content(d.case_number, a.sha256)
                      for a in d.attachments} if args.with_attachments else None)
            if args.json:
                _print_json(to_document(d, blobs, session.computed(d)))
            else:
                _print_summary(d, session.computed(d))
                from app import cli_hq_decisions as cli_hq

                made_here = session.is_hq_vault
                for sent in session.hq_decisions(d.case_id):  # HQ's word on the case
                    print("  HQ: " + cli_hq.line(sent.decision, sent.package, made_here))
        else:
            rows = session.list_applicants()
            if args.json:
                _print_json([to_jsonable(r) for r in rows])
            for r in [] if args.json else rows:
                print(printable(f"{r.case_number:16} {r.surname} {r.given_name} {r.patronymic}"
                                f" | {r.surname_latin} {r.given_name_latin} | {_EN.label(r.stage)}"))
    return 0


_EN = Printer("en")  # the CLI speaks English, in words: an enum or an audit action never as its code


def _print_summary(d: Any, computed: dict[str, Any]) -> None:
    from app.domain import authors, sealing

    p = d.person
    print(printable(f"{d.case_number}  {p.full_name}  ({p.full_name_latin})"))
    former = f"; former number(s) {', '.join(d.former_numbers)}" if d.former_numbers else ""
    print(printable(f"  case id {d.case_id}{former}"))
    if d.origin is not None:
        print(printable(f"  created by {d.origin.created_by or '?'} on vault {d.origin.vault_id[:8] or '?'}"
                        f" (post {d.origin.post or '?'}, station {d.origin.station or '-'})"))
    print(printable(f"  born {partial_iso(p.date_of_birth, p.date_of_birth_precision) or '?'} in "
                    f"{p.place_of_birth or '?'}; category {_EN.label(p.category)}"))
    exam = f" {computed['stage_exam']}" if computed.get("stage_exam") else ""
    print(f"  stage: {_EN.label(computed['stage'])}{exam}")
    for step in computed["steps"]:
        mark = "x" if step["complete"] else " "
        name = _EN.label(step["stage"]) + (f" {step['exam']}" if step.get("exam") else "")
        print(printable(f"  [{mark}] {name}" + (f": {'; '.join(step['missing'])}" if step["missing"] else "")))
    print(f"  interviews {len(d.interviews)}, checks {len(d.checks)}, "
          f"polygraph exams {len(d.polygraph_exams)}, attachments {len(d.attachments)}")
    from app import cli_polygraph

    for line in cli_polygraph.exam_lines(computed["polygraph_exams"]):
        print(printable(f"  {line}"))
    for (kind, key), record in sealing.records(d).items():
        names = ", ".join(f"{name.replace('_', ' ')} {authors.external_label(record, name)}"
                          for name, value in authors.author_fields(record).items() if value)
        seal = f"sealed by {record.sealed_by}" if record.sealed_by else "draft"
        if record.attested is not None:
            seal += f", attested by {record.attested.officer} (certificate {record.attested.cert_serial})"
        print(printable(f"  {sealing.label(kind, key)}: {names or 'no author'}; {seal}"))
    links = computed.get("links", {})
    if links.get("merged_into"):
        print(printable(f"  merged into {links['merged_into']}: shown with that case"))
    for m in links.get("merged_cases", []):
        print(printable(f"  merged into this case: {m['case_number']}  {m['name']} ({m['name_latin']}), "
                        f"born {m['date_of_birth'] or '?'}"))
        for line in m["records"]:
            print(printable(f"    {line}"))
        for e in m["history"]:
            print(printable(f"    {e['at']}  {e['actor']}  {_EN.action(e['action'])}  {e['detail']}"))


def cmd_search(args: argparse.Namespace) -> int:
    from app.domain.search_query import QueryError, parse_query

    try:
        parse_query(args.query)  # a bad query fails before any passphrase is asked
    except QueryError as exc:
        raise ValidationError(str(exc)) from None
    with open_session(args) as session:
        hits = session.search(args.query, args.limit)
    if args.json:
        _print_json([{"case_number": h.summary.case_number, "surname": h.summary.surname,
                      "given_name": h.summary.given_name, "patronymic": h.summary.patronymic,
                      "surname_latin": h.summary.surname_latin,
                      "given_name_latin": h.summary.given_name_latin,
                      "stage": h.summary.stage.value, "matched": h.matched} for h in hits])
    else:
        for h in hits:
            s = h.summary
            print(printable(f"{s.case_number:16} {s.surname} {s.given_name} {s.patronymic} | "
                            f"{s.surname_latin} {s.given_name_latin} [{h.matched}]"))
        if not hits:
            print("No matches.", file=sys.stderr)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from app.vault.demo import load_demo

    if not 1 <= args.applicants <= 1_000_000:
        raise UsageError("--applicants must be between 1 and 1,000,000.")
    with open_session(args) as session:
        if not session.is_demo and not args.as_drafts:
            from app.errors import PermissionDenied

            raise PermissionDenied("Synthetic applicants go only into a training vault (dossier init --demo).")
        show = sys.stderr.isatty()

        def progress(done: int, total: int) -> None:
            if show:
                print(f"\r  {done:,}/{total:,} dossiers", end="", file=sys.stderr, flush=True)

        count = load_demo(session, args.applicants, args.seed, progress)
        if show:
            print(file=sys.stderr)
        print(f"Added {count} synthetic dossiers (seed {args.seed}).")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from app.errors import IntegrityError

    if args.audit_cmd == "list":
        return cli_lifecycle.audit_list(args)
    if args.audit_cmd != "verify":
        raise UsageError("Say what to do: dossier audit verify|list.")
    with open_session(args) as session:
        report = session.audit_verify()
    if not report.ok:
        raise IntegrityError(f"Audit log does not verify: {report.problem}.")
    print(f"Audit log intact: {report.entries} entries.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        count = session.backup_to(Path(args.to).expanduser())
    print(f"Backup written and verified ({count} applicants).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.vault.backup import restore

    cs = cli_io.callsign(args.user)
    count = restore(Path(args.file).expanduser(), _vault_dir(args), cs, cli_io.passphrase(args.passphrase_file))
    print(f"Vault restored ({count} applicants).")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from app.ui.app import run_gui

    return run_gui(_vault_dir(args))


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init, "user": cmd_user, "applicant": cmd_applicant, "search": cmd_search,
    "demo": cmd_demo, "audit": cmd_audit, "backup": cmd_backup, "restore": cmd_restore,
    "gui": cmd_gui, None: cmd_gui,
}


def main(argv: list[str] | None = None) -> int:
    os.umask(0o077)  # anything this process creates is private
    from app.hardening import harden

    harden()  # no core dumps: they would hold the passphrase, the data key and names
    logging.raiseExceptions = False  # a full disk must not make the log print tracebacks
    import multiprocessing

    multiprocessing.freeze_support()  # batch export's worker processes in a frozen build
    args = build_parser().parse_args(argv)
    from app.logging_setup import setup_logging

    log_path = setup_logging(args.verbose)
    try:
        return COMMANDS[args.command](args)
    except ValidationError as exc:
        print(f"dossier: {exc.message}", file=sys.stderr)
        for path, problem in exc.problems:
            print(printable(f"  {path}: {problem}"), file=sys.stderr)
        return exc.exit_code
    except DossierError as exc:
        log.info("command failed: %s", type(exc).__name__)
        print(f"dossier: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except DatabaseError as exc:  # a damaged page outside a session's read/write
        log.warning("database error: %s", type(exc).__name__)
        err = describe(exc)
        print(f"dossier: {err.message}", file=sys.stderr)
        return err.exit_code
    except BrokenPipeError:  # `dossier … | head`: the reader left; not an error
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("dossier: interrupted; nothing was left half-written.", file=sys.stderr)
        return 130
    except OSError as exc:  # the environment, not a bug: a full disk, a vanished drive
        log.warning("system error: %s (errno %s)", type(exc).__name__, exc.errno)
        if is_disk_full(exc):
            print(f"dossier: {DISK_FULL}", file=sys.stderr)
            return DiskFullError.exit_code
        print(f"dossier: The system reported an error: {exc.strerror or type(exc).__name__}.",
              file=sys.stderr)
        return 1
    except Exception:
        log.exception("unexpected error")
        where = f" (details in {log_path})" if log_path else ""
        print(f"dossier: unexpected internal error{where}.", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
