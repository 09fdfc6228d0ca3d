"""The desktop's edits of an existing case, one command each (issue 20, CLI parity).

Every one builds the edited document and saves it through `save_dossier`, the desktop's Save:
the role, sealed records changed only by amendment, authors are users, waivers, the decision and
its stage guard, and every field limit apply exactly as in the window.

* `applicant patch CASE --json FILE`: a JSON merge patch (RFC 7386) on the document
  `applicant show --json` prints (`null` removes a key; arrays are replaced whole);
* `interview add`, `background-check add CASE --json FILE`: one record object as in `field-dossier/1`;
* `decision CASE --json FILE`: record or change the decision (a supervisor; sealed with `seal`);
* `amend CASE interview|check|exam|decision N --json FILE --reason TEXT`: correct a sealed record
  (its maker only), keeping what it replaced;
* `user role CALLSIGN ROLE`, `settings [--set KEY=VALUE]`, `print CASE --out FILE.pdf`.
"""

from __future__ import annotations

import argparse
import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli_io import open_session, read_json_input
from app.errors import UsageError, ValidationError

SETTINGS = {"idle_lock_minutes": "minutes without input before the vault locks (1-240)",
            "language": "uk or en", "receipt_days": "days after which an unacknowledged export is late"}


def register(sub: Any, app_p: Any, commands: dict[str | None, Callable[[argparse.Namespace], int]]) -> None:
    p = app_p.add_parser("patch", help="change an existing case with a JSON merge patch (RFC 7386)")
    p.add_argument("case")
    p.add_argument("--json", required=True, metavar="FILE")
    for name, what in (("interview", "an interview"), ("background-check", "a background check")):
        grp = sub.add_parser(name, help=f"add {what} to a case").add_subparsers(dest="rec_cmd", metavar="ACTION")
        add = grp.add_parser("add", help=f"add {what} (one object as in field-dossier/1)")
        add.add_argument("case")
        add.add_argument("--json", required=True, metavar="FILE")
        commands[name] = cmd_record
    dec = sub.add_parser("decision", help="record or change the decision (supervisor)")
    dec.add_argument("case")
    dec.add_argument("--json", required=True, metavar="FILE", help="a decision object as in field-dossier/1")
    am = sub.add_parser("amend", help="correct a sealed record (its maker), keeping what it replaced")
    am.add_argument("case")
    am.add_argument("kind", choices=["interview", "check", "exam", "decision"])
    am.add_argument("number", type=int, help="interview/check position from 1, the exam number; 1 for the decision")
    am.add_argument("--json", required=True, metavar="FILE", help="the corrected record")
    am.add_argument("--reason", required=True)
    st = sub.add_parser("settings", help="show or change your settings")
    st.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    pr = sub.add_parser("print", help="the case summary as a PDF (what Print summary… prints)")
    pr.add_argument("case")
    pr.add_argument("--out", required=True, metavar="FILE.pdf")
    commands.update({"decision": cmd_decision, "amend": cmd_amend, "settings": cmd_settings, "print": cmd_print})


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7386."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    out = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = merge_patch(out.get(key), value)
    return out


def read_object(path: str, what: str) -> dict[str, Any]:
    """One JSON object from FILE (or '-' for stdin), else a refusal saying what it must hold."""
    obj = read_json_input(path)
    if not isinstance(obj, dict):
        raise ValidationError(f"The file must hold {what}.")
    return obj


def _save(session: Any, case: str, edit: Callable[[dict[str, Any]], None]) -> str:
    """Load the case as its document, edit it, and save it like the desktop's Save."""
    from app.domain.interchange import parse_document, to_document

    stored = session.get_dossier(case)
    doc = to_document(stored)
    edit(doc)
    d = parse_document(doc).dossier
    d.case_number, d.attachments = stored.case_number, stored.attachments
    session.save_dossier(d)
    return str(stored.case_number)


def cmd_patch(args: argparse.Namespace) -> int:
    patch = read_json_input(args.json)
    if not isinstance(patch, dict):
        raise ValidationError("A merge patch is a JSON object.")
    for key in ("case_number", "case_id", "origin", "computed"):
        if key in patch:
            raise ValidationError("The patch changes what the vault sets.", [(f"$.{key}", "not allowed in a patch")])

    def edit(doc: dict[str, Any]) -> None:
        doc.update(merge_patch(doc, patch))

    with open_session(args) as session:
        print(f"Saved {_save(session, args.case, edit)}.")
    return 0


def cmd_record(args: argparse.Namespace) -> int:
    if args.rec_cmd != "add":
        raise UsageError(f"Say what to do: dossier {args.command} add CASE --json FILE.")
    obj = read_object(args.json, f"one {args.command} object")
    key = "interviews" if args.command == "interview" else "checks"
    with open_session(args) as session:
        print(f"Saved {_save(session, args.case, lambda doc: doc.setdefault(key, []).append(obj))}.")
    return 0


def cmd_decision(args: argparse.Namespace) -> int:
    obj = read_object(args.json, "one decision object")
    with open_session(args) as session:
        print(f"Saved {_save(session, args.case, lambda doc: doc.__setitem__('decision', obj))}.")
    return 0


def cmd_amend(args: argparse.Namespace) -> int:
    from app.domain import sealing
    from app.domain.interchange import parse_document, to_document
    from app.vault.dossiers import now_utc

    obj = read_object(args.json, "the corrected record as one object")
    with open_session(args) as session:
        stored = session.get_dossier(args.case)
        doc = to_document(stored)
        key = {"interview": "interviews", "check": "checks", "exam": "polygraph_exams"}.get(args.kind)
        if key is None:
            doc["decision"] = obj
        else:
            items = doc.get(key) or []
            index = next((i for i, e in enumerate(items) if e.get("number") == args.number), -1) \
                if args.kind == "exam" else args.number - 1
            if not 0 <= index < len(items):
                raise ValidationError(f"The case has no {args.kind} {args.number}.")
            items[index] = obj
        d = parse_document(doc).dossier
        rkey = (args.kind, 0 if args.kind == "decision" else args.number if args.kind == "exam" else args.number - 1)
        old, new = sealing.records(stored).get(rkey), sealing.records(d).get(rkey)
        if old is None or new is None or not old.sealed_by:
            raise ValidationError(f"{args.kind.capitalize()} {args.number} is not sealed: edit it instead.")
        corrected: Any = sealing.amend(old, new, session.user.callsign, args.reason, now_utc())
        if args.kind == "interview":
            d.interviews[rkey[1]] = corrected
        elif args.kind == "check":
            d.checks[rkey[1]] = corrected
        elif args.kind == "exam":
            d.polygraph_exams = [corrected if e.number == rkey[1] else e for e in d.polygraph_exams]
        else:
            d.decision = corrected
        d.case_number, d.attachments = stored.case_number, stored.attachments
        session.save_dossier(d)
        print(f"Amended {args.kind} {args.number} of {stored.case_number}.")
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        for item in args.set:
            key, sep, value = item.partition("=")
            if not sep or key not in SETTINGS:
                raise UsageError(f"Give KEY=VALUE with KEY one of: {', '.join(SETTINGS)}.")
            session.set_setting(key, value.strip())
        for key, what in SETTINGS.items():
            print(f"{key} = {session.setting(key)}    # {what}")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from app.ui.print_summary import write_pdf

    out = Path(args.out).expanduser()
    if out.exists():
        raise UsageError(f"{out.name} exists; it was not overwritten.")
    with open_session(args) as session:
        d = session.get_dossier(args.case)
        write_pdf(session, d, out)
        session.record_print(d.case_number)
    print(f"Summary of {d.case_number} written to {out}.")
    return 0
