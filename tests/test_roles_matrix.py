"""The role × action matrix, end to end through the CLI: every action, as every role, on a fresh copy
of one prepared post vault. An allowed action succeeds and has its effect; a refused one exits 9
(not permitted) and changes nothing. docs/vetting-rules.md shows the same matrix (checked below)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
import pytest

from app.domain import sealing
from app.domain.enums import Role
from app.domain.interchange import parse_document, to_document
from app.domain.roles import Action, matrix, may
from tests.conftest import ROOT, sample_doc
from tests.exchange_helpers import HQ_PASS, add_case, enrolled_vault, issue_enrolment
from tests.guard_helpers import (
    ROLES,
    USERS,
    cli,
    complete_exam,
    complete_interview,
    credentials,
    doc_with,
    login,
    make_post,
)


@dataclass
class Post:
    template: Path
    cases: dict[str, str]
    files: Path
    hq_folder: Path


def _add(s: Any, doc: dict[str, Any]) -> str:
    return str(s.add_applicant(parse_document(doc)))


def _seal(vault_dir: Path, user: str, case: str, kind: str, key: int) -> None:
    s = login(vault_dir, user)
    try:
        s.seal_record(case, kind, key, credentials(user)[1])
    finally:
        s.close()


DEFER = {**doc_with(), "decision": {"outcome": "defer", "rationale": "wait"}}


@pytest.fixture(scope="module")
def post(tmp_path_factory: pytest.TempPathFactory, hq: Any) -> Post:
    from app.casefile import package
    from app.casefile.export import export_cases

    root = tmp_path_factory.mktemp("matrix")
    vdir, files = root / "template", root / "files"
    files.mkdir()
    s = make_post(vdir)
    c: dict[str, str] = {}
    try:
        c["plain"] = _add(s, doc_with())
        c["other"] = _add(s, doc_with(person={**sample_doc()["person"], "surname": "Бондар"}))
        c["exam"] = _add(s, doc_with(polygraph_exams=[complete_exam(1, "Bravo")]))
        c["pending"] = _add(s, doc_with(checks=[{"kind": "security_service", "result": "pending"}]))
        for role in ROLES:
            author = "Sam" if role == "supervisor" else "Olga"
            c[f"interview-{role}"] = _add(s, doc_with(interviews=[complete_interview(author)]))
            c[f"check-{role}"] = _add(s, doc_with(checks=[{"kind": "security_service", "result": "no_record",
                                                           "requested_by": author}]))
        c["decision"] = _add(s, doc_with())
        d = s.get_dossier(c["decision"])
        d.decision = parse_document(DEFER).dossier.decision
        s.save_dossier(d)
        c["decided"] = _add(s, doc_with())
        d = s.get_dossier(c["decided"])
        d.decision = parse_document(DEFER).dossier.decision
        s.save_dossier(d)
        s.seal_record(c["decided"], "decision", 0, USERS["supervisor"][1])
        c["sealed-check"] = _add(s, doc_with(checks=[{"kind": "security_service", "result": "no_record",
                                                      "requested_by": "Olga"}]))
        c["sealed-exam"] = _add(s, doc_with(polygraph_exams=[complete_exam(1, "Bravo")]))
        s.enrol(issue_enrolment(hq, root, "Sam", "KYIV"))
    finally:
        s.close()
    _seal(vdir, "Olga", c["sealed-check"], "check", 0)
    _seal(vdir, "Bravo", c["sealed-exam"], "exam", 1)
    # material from outside: a verified bundle from another laptop, an update package, a watchlist
    field = enrolled_vault(root / "field", hq, root, callsign="Echo", post="LVIV")
    try:
        (files / "stick").mkdir()
        report = export_cases(field, [add_case(field, surname="Іззовні")], files / "stick")
        shutil.copy(report.exported[0].file, files / "bundle.fdb.age")
    finally:
        field.close()
    watchlist = files / "wl.json"
    watchlist.write_text(json.dumps({"format": "field-dossier/watchlist/1", "entries": [
        {"id": "W1", "surname": "Петренко", "given_name": "Іван"}]}, ensure_ascii=False))
    package.build(hq, files / "update.pkg", watchlist, None, [])
    (files / "hq.pw").write_text(HQ_PASS + "\n")
    (files / "scan.txt").write_text("scan")
    (files / "new.json").write_text(json.dumps(doc_with(), ensure_ascii=False))
    (files / "recipient.txt").write_text(str(pyrage.x25519.Identity.generate().to_public()))
    return Post(vdir, c, files, hq.folder)


def _doc(v: Path, case: str, change: Callable[[Any], None], who: str = "Sam") -> Path:
    """The case as `applicant show --json` gives it, edited by `change`, in a file."""
    s = login(v, who)
    try:
        d = s.get_dossier(case)
    finally:
        s.close()
    change(d)
    path = v.parent / f"edit-{case}.json"
    path.write_text(json.dumps(to_document(d), ensure_ascii=False))
    return path


def _amend(role: str) -> Callable[[Any], None]:
    from dataclasses import replace
    from datetime import UTC, datetime

    def change(d: Any) -> None:
        at = datetime(2026, 11, 2, tzinfo=UTC)
        who = USERS[role][0]
        if role == "examiner":
            old = d.polygraph_exams[0]
            d.polygraph_exams[0] = sealing.amend(old, replace(old, place="Харків"), who, "Place was wrong", at)
        else:
            old = d.checks[0]
            d.checks[0] = sealing.amend(old, replace(old, summary="уточнено"), who, "Service sent a correction", at)
    return change


def _set_decision(d: Any) -> None:
    d.decision = parse_document(DEFER).dossier.decision


# action -> (argv for a role, check of the effect when allowed)
def scenario(action: Action, role: str, v: Path, p: Post) -> tuple[list[str], Callable[[Any], bool]]:
    c, f = p.cases, p.files
    if action is Action.VIEW_CASE:
        return ["applicant", "show", c["plain"]], lambda s: True
    if action is Action.CREATE_CASE:
        return ["applicant", "add", "--json", str(f / "new.json")], lambda s: s.count_applicants() == len(c) + 1
    if action is Action.EDIT_CASE:
        path = _doc(v, c["plain"], lambda d: setattr(d.application, "text", "Змінено."))
        return ["applicant", "update", c["plain"], "--json", str(path)], \
            lambda s: s.get_dossier(c["plain"]).application.text == "Змінено."
    if action is Action.EDIT_EXAM:
        path = _doc(v, c["exam"], lambda d: setattr(d.polygraph_exams[0], "place", "Суми"))
        return ["applicant", "update", c["exam"], "--json", str(path)], \
            lambda s: s.get_dossier(c["exam"]).polygraph_exams[0].place == "Суми"
    if action is Action.ATTACH:
        return ["applicant", "attach", c["plain"], str(f / "scan.txt")], \
            lambda s: len(s.get_dossier(c["plain"]).attachments) == 1
    if action in (Action.SEAL_INTERVIEW, Action.SEAL_CHECK):
        kind = "interview" if action is Action.SEAL_INTERVIEW else "check"
        case = c[f"{kind}-{role}"]
        return ["seal", case, kind, "1"], lambda s: bool(getattr(s.get_dossier(case), kind + "s")[0].sealed_by)
    if action is Action.SEAL_EXAM:
        return ["seal", c["exam"], "exam", "1"], \
            lambda s: s.get_dossier(c["exam"]).polygraph_exams[0].sealed_by == "Bravo"
    if action is Action.WAIVE_CHECK:
        return ["waive", c["pending"], "1", "--reason", "No answer from the service in 60 days"], \
            lambda s: s.get_dossier(c["pending"]).checks[0].waived_by == "Sam"
    if action is Action.DECIDE:
        path = _doc(v, c["plain"], _set_decision)
        return ["applicant", "update", c["plain"], "--json", str(path)], \
            lambda s: s.get_dossier(c["plain"]).decision is not None
    if action is Action.SEAL_DECISION:
        return ["seal", c["decision"], "decision", "1"], \
            lambda s: s.get_dossier(c["decision"]).decision.sealed_by == "Sam"
    if action is Action.AMEND:
        case = c["sealed-exam"] if role == "examiner" else c["sealed-check"]
        path = _doc(v, case, _amend(role))
        return ["applicant", "update", case, "--json", str(path)], \
            lambda s: len(sealing.records(s.get_dossier(case))[("exam", 1) if role == "examiner"
                                                                 else ("check", 0)].amendments) == 1
    if action is Action.EDIT_AFTER_DECISION:
        path = _doc(v, c["decided"], lambda d: setattr(d.person, "surname", "Підмінений"))
        return ["applicant", "update", c["decided"], "--json", str(path)], \
            lambda s: s.get_dossier(c["decided"]).person.surname == "Підмінений"
    if action is Action.DELETE_CASE:
        return (["applicant", "delete", c["plain"], "--reason", "withdrawn", "--yes"],
                lambda s: s.count_applicants() == len(c) - 1)
    if action is Action.MERGE_DUPLICATES:
        return ["duplicates", "merge", c["plain"], c["other"]], lambda s: len(s.list_applicants()) == len(c) - 1
    if action is Action.SEND_TO_HQ:
        (v.parent / "out").mkdir(exist_ok=True)
        return ["export", c["plain"], "--to", str(v.parent / "out")], \
            lambda s: s.get_dossier(c["plain"]).sent_to_hq_at is not None
    if action is Action.IMPORT_BUNDLE:
        return ["import", str(f / "bundle.fdb.age"), "--identity", str(p.hq_folder), "--hq-passphrase-file",
                str(f / "hq.pw")], lambda s: [h.summary.surname for h in s.search("Іззовні")] == ["Іззовні"]
    if action is Action.INSTALL_UPDATE:
        return ["update", str(f / "update.pkg")], lambda s: s.package_sequence >= 1
    if action is Action.IMPORT_WATCHLIST:
        return ["watchlist", "import", str(f / "wl.json")], lambda s: True
    if action is Action.MANAGE_USERS:
        return ["user", "add", "Zed", "--role", "officer"], lambda s: "Zed" in [u.callsign for u in s.list_users()]
    if action is Action.BACKUP:
        return ["backup", "--to", str(v.parent / "b.fdbak")], lambda s: (v.parent / "b.fdbak").exists()
    assert action is Action.DEMO_DATA
    return ["demo", "--applicants", "2", "--as-drafts"], lambda s: s.count_applicants() == len(c) + 2


@pytest.mark.parametrize("action", list(Action), ids=str)
def test_every_action_as_every_role_through_the_cli(action: Action, post: Post, tmp_path: Path) -> None:
    for role in ROLES:
        v = tmp_path / role / "v"
        shutil.copytree(post.template, v)
        argv, effect = scenario(action, role, v, post)
        code, _out, err = cli(v, role, *argv)
        s = login(v, "supervisor")
        try:
            if may(Role(role), action):
                assert code == 0, (role, err)
                assert effect(s), role
            else:
                assert code == 9 and "may not" in err, (role, code, err)
                if action is not Action.VIEW_CASE:
                    assert not _changed(s, action, post), role
        finally:
            s.close()


def _changed(s: Any, action: Action, p: Post) -> bool:
    """For a refused action: did anything of what it would change change anyway?"""
    c = p.cases
    d = {k: s.get_dossier(v) for k, v in c.items() if k in ("plain", "exam", "pending", "decided")}
    return (s.count_applicants() != len(c) or len(s.list_applicants()) != len(c)
            or d["plain"].application.text != "Прошу прийняти мене до підрозділу."
            or d["plain"].decision is not None or d["plain"].attachments or d["plain"].sent_to_hq_at is not None
            or d["exam"].polygraph_exams[0].place or d["exam"].polygraph_exams[0].sealed_by
            or d["pending"].checks[0].waived_by or d["decided"].person.surname != "Шевчук"
            or "Zed" in [u.callsign for u in s.list_users()] or bool(s.search("Іззовні")))


def test_the_documented_matrix_is_the_enforced_one() -> None:
    text = (ROOT / "docs" / "vetting-rules.md").read_text("utf-8")
    rows = {}
    for line in text.splitlines():
        cells = [x.strip() for x in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0].startswith("`") and cells[0].endswith("`"):
            rows[cells[0].strip("`")] = tuple(x == "✓" for x in cells[2:5])
    assert rows == {a.value: allowed for a, allowed in matrix()}
