"""Polygraph exams on the command line (registered by app.cli):

    dossier exam add CASE --json FILE [--format F] [--copy-from N]   record the next exam (1…n) as a draft
    dossier exam show CASE [NUMBER] [--json]                         scores, rule, computed vs stated
    dossier exam formats [--json]                                    the standard question lists
    dossier exam rules [--json]                                      decision rules, sources, verified or not
    dossier examiners [--json] [--since DATE]                        examiner quality, for HQ and supervisors

Sealing is `dossier seal CASE exam N`; printing is `dossier casefile CASE --out FILE`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

from app.errors import NotFoundError, UsageError, ValidationError


def register(sub: Any, commands: dict[str | None, Callable[[argparse.Namespace], int]]) -> None:
    exam = sub.add_parser("exam", help="polygraph exams").add_subparsers(dest="exam_cmd", metavar="ACTION")
    add = exam.add_parser("add", help="record the next polygraph exam of CASE from an exam JSON object (a draft)")
    add.add_argument("case")
    add.add_argument("--json", required=True, metavar="FILE", help="one exam as in field-dossier/1, or - for stdin")
    add.add_argument("--format", metavar="NAME", help="fill the question list from a standard format")
    add.add_argument("--copy-from", type=int, metavar="N", help="copy format and questions from exam N")
    show = exam.add_parser("show", help="how an exam scores: subtotals, rule, computed and stated result")
    show.add_argument("case")
    show.add_argument("number", type=int, nargs="?")
    show.add_argument("--json", action="store_true")
    for name, text in (("formats", "standard exam formats (question lists)"),
                       ("rules", "decision rules with their sources")):
        exam.add_parser(name, help=text).add_argument("--json", action="store_true")
    ex = sub.add_parser("examiners", help="per examiner: exams, result shares, disagreements (HQ, supervisors)")
    ex.add_argument("--json", action="store_true")
    ex.add_argument("--since", metavar="YYYY-MM-DD", help="only exams held on or after this date")
    commands["exam"] = cmd_exam
    commands["examiners"] = cmd_examiners


def exam_lines(scored: list[dict[str, Any]]) -> list[str]:
    """One line per exam for `applicant show`: result, rule and what the current default says."""
    out = []
    for s in scored:
        verified = "verified" if s["rule_verified"] else "cutscores unverified"
        line = (f"exam {s['number']}: stated {s['stated_result'] or '-'}, computed {s['computed_result'] or '-'}"
                f" ({s['rule_label']}, {verified})")
        if s["rule_status"] == "unknown":
            line += "; SCORED WITH AN UNKNOWN RULE: the stated result needs review"
        if s.get("current_default"):
            d = s["current_default"]
            line += f"; the current default rule ({d['rule_label']}) gives {d['result'] or '-'}"
        out.append(line)
    return out


def _exam_from(doc: dict[str, Any]) -> Any:
    from app.domain.interchange import FORMAT, parse_document

    body = {k: v for k, v in doc.items() if k not in ("sealed_by", "sealed_at", "amendments")}
    body.setdefault("number", 1)
    try:
        parsed = parse_document({"format": FORMAT, "person": {"surname": "-", "given_name": "-", "category": "other"},
                                 "polygraph_exams": [body]})
    except ValidationError as exc:
        raise ValidationError("The exam file has problems; nothing was recorded.", [
            (p.replace("$.polygraph_exams[0]", "$"), m) for p, m in exc.problems]) from None
    return parsed.dossier.polygraph_exams[0]


def _template(d: Any, args: argparse.Namespace) -> dict[str, Any]:
    """What --format or --copy-from fills in: format, questions, method, rule, charts."""
    from app.domain import exam_formats
    from app.domain.model import PolygraphExam
    from app.domain.serde import to_jsonable

    if args.copy_from:
        previous = next((e for e in d.polygraph_exams if e.number == args.copy_from), None)
        if previous is None:
            raise NotFoundError(f"No exam {args.copy_from} in this case to copy from.")
        filled = exam_formats.copy_from(PolygraphExam(number=0), previous)
    elif args.format:
        try:
            filled = exam_formats.apply_format(PolygraphExam(number=0), args.format)
        except KeyError:
            raise UsageError(f"No exam format {args.format!r}; see `dossier exam formats`.") from None
    else:
        return {}
    body = to_jsonable(filled)
    return {k: body[k] for k in ("format", "questions", "method", "rule", "charts")}


def _trusted_rule(exam: Any) -> dict[str, Any]:
    """The vault's own rule for the exam, by name and parameters: cutscores in a file are never taken on trust."""
    from app.domain import rulesets

    found = rulesets.trust(exam.rule, exam.method, exam.format)
    name = str(exam.rule.get("name", ""))
    if found.trusted or name not in rulesets.current()["rules"]:
        return found.rule
    params = exam.rule.get("parameters")
    try:
        return rulesets.snapshot(name, params if isinstance(params, dict) else None)
    except (KeyError, ValueError, TypeError):
        return rulesets.snapshot(name)


def _add(session: Any, args: argparse.Namespace) -> int:
    from dataclasses import replace

    from app.cli import read_json_input
    from app.domain import rulesets
    from app.domain.workflow import next_exam_number

    doc = read_json_input(args.json)
    if not isinstance(doc, dict):
        raise ValidationError("The exam file must hold one exam object.", [("$", "must be an object")])
    d = session.get_dossier(args.case)
    exam = _exam_from({**_template(d, args), **doc})  # what the file gives wins over the template
    number = exam.number if "number" in doc else next_exam_number(d)
    if any(e.number == number for e in d.polygraph_exams):
        raise ValidationError(f"Exam {number} is already recorded in this case.")
    rule = _trusted_rule(exam)
    if exam.rule.get("kind") and rulesets.hash_of(rule) != rulesets.hash_of(exam.rule):
        print("dossier: the rule in the file is not one this vault knows: recorded with the vault's rule "
              f"“{rulesets.display(rule, 'en')}”.", file=sys.stderr)
    if any(doc.get(k) for k in ("sealed_by", "sealed_at", "amendments")):
        print("dossier: seals in the file were not imported: the exam is a draft until its examiner seals it.",
              file=sys.stderr)
    d.polygraph_exams = sorted([*d.polygraph_exams, replace(exam, number=number, rule=rule)], key=lambda e: e.number)
    session.save_dossier(d)
    print(f"Recorded polygraph exam {number} of {d.case_number}.")
    return 0


def _show(session: Any, args: argparse.Namespace) -> int:
    from app.cli import _print_json
    from app.domain import polygraph

    d = session.get_dossier(args.case)
    exams = [e for e in d.polygraph_exams if args.number in (None, e.number)]
    if args.number is not None and not exams:
        raise NotFoundError(f"No exam {args.number} in this case.")
    scored = [{"number": e.number, **polygraph.score(e).to_json()} for e in exams]
    if args.json:
        _print_json(scored)
        return 0
    for s in scored:
        print(exam_lines([s])[0])
        print(f"  subtotals {s['subtotals']}, grand total {s['grand_total']:+d}; {s['reason']}")
        if s["parameters"]:
            print(f"  prior {s['parameters']['prior']}, alpha {s['parameters']['alpha_di']} (deceptive) / "
                  f"{s['parameters']['alpha_ndi']} (truthful); cutscores {s['cutscores']}")
        for w in s["warnings"]:
            print(f"  warning: {w}")
    return 0


def cmd_exam(args: argparse.Namespace) -> int:
    from app.cli import _print_json, open_session
    from app.domain import rulesets

    if not args.exam_cmd:
        raise UsageError("Say what to do: dossier exam add|show|formats|rules.")
    if args.exam_cmd == "formats":
        found = rulesets.formats()
        if args.json:
            _print_json(found)
        for name, f in [] if args.json else found.items():
            labels = " ".join(label for label, _ in f["questions"])
            print(f"{name:10} {f['label']} — {f['charts']} charts, rule: "
                  f"{rulesets.display(rulesets.current()['rules'][f['rule']], 'en')}; {labels}")
        return 0
    if args.exam_cmd == "rules":
        rules = rulesets.current()["rules"]
        if args.json:
            _print_json(rules)
        for name, r in [] if args.json else rules.items():
            mark = "verified" if r.get("verified") else "CUTSCORES UNVERIFIED"
            print(f"{name:20} {r['label']} [{mark}]\n    {r.get('source', '')}")
        return 0
    with open_session(args) as session:
        return _add(session, args) if args.exam_cmd == "add" else _show(session, args)


def cmd_examiners(args: argparse.Namespace) -> int:
    from app.cli import _print_json, open_session

    if args.since:
        try:
            date.fromisoformat(args.since)
        except ValueError:
            raise UsageError("--since needs a date as YYYY-MM-DD.") from None
    with open_session(args) as session:
        stats = session.examiner_stats(args.since or "")
    if args.json:
        _print_json([s.to_json() for s in stats])
        return 0
    print(f"{'examiner':20} {'exams':>5} {'NDI':>6} {'DI':>6} {'INC':>6} {'disagree':>8}")
    for s in stats:
        print(f"{s.examiner[:20]:20} {s.exams:5d} {s.share('NDI'):6.0%} {s.share('DI'):6.0%} "
              f"{s.share('INC'):6.0%} {s.disagreement_share:8.0%}")
    return 0
