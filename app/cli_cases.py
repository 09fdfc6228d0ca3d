"""`dossier applicant update|attach|delete`: the desktop's edits on the command line.

Each goes through the same guarded write layer as the desktop (app/vault/guard): `update`
saves a whole edited document (as `applicant show --json` wrote it) exactly like the desktop's
Save, so every rule applies — the role, sealed records changed only by amendment, authors are
users, waivers, the decision and its stage guard.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli_io import open_session, read_json_input
from app.errors import UsageError, ValidationError

COMMANDS = ("update", "attach", "delete")


def register(app_p: Any) -> None:
    up = app_p.add_parser("update", help="save an edited dossier (JSON from `applicant show --json`)")
    up.add_argument("case")
    up.add_argument("--json", required=True, metavar="FILE", help="field-dossier/1 JSON file, or - for stdin")
    at = app_p.add_parser("attach", help="attach a file to a case")
    at.add_argument("case")
    at.add_argument("file")
    at.add_argument("--purpose", default="other",
                    choices=["photo", "application_page", "interview", "check", "exam", "other"])
    de = app_p.add_parser("delete", help="delete a case (supervisor)")
    de.add_argument("case")
    de.add_argument("--reason", required=True, help="why (must not name the applicant; kept in the audit)")
    de.add_argument("--yes", action="store_true", help="do not ask to type the case number")


def run(args: argparse.Namespace) -> int:
    return {"update": _update, "attach": _attach, "delete": _delete}[args.app_cmd](args)


def _update(args: argparse.Namespace) -> int:
    from app.domain.interchange import parse_document

    parsed = parse_document(read_json_input(args.json))
    d = parsed.dossier
    with open_session(args) as session:
        stored = session.get_dossier(args.case)
        if d.case_number and d.case_number.upper() not in (stored.case_number, *stored.former_numbers):
            raise ValidationError("The document is for another case.", [("$.case_number", d.case_number)])
        d.case_number, d.attachments = stored.case_number, stored.attachments  # attachments: `attach`
        session.save_dossier(d)
        print(f"Saved {stored.case_number}.")
    return 0


def _attach(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"Cannot read {path.name}: {exc.strerror}.") from None
    with open_session(args) as session:
        att = session.add_attachment(args.case, path.name, data, args.purpose)
    print(att.sha256)
    return 0


def _delete(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        number = session.get_dossier(args.case).case_number
        if not args.yes:
            typed = input(f"Type {number} to delete it: ") if sys.stdin.isatty() else ""
            if typed.strip().upper() != number:
                raise UsageError("Not deleted: give --yes, or type the case number when asked.")
        deleted = session.delete_applicant(number, args.reason)
    for case in deleted:
        print(f"Deleted {case}.")
    return 0
