"""Shared pieces of the guard tests: a post with one user per role, complete records, the CLI in-process."""

from __future__ import annotations

import copy
import io
import random
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from app.domain.enums import Role
from tests.conftest import PASS, PASS2, sample_doc

# one user per role (Charlie: a second examiner)
USERS = {"supervisor": ("Sam", PASS), "officer": ("Olga", PASS2), "examiner": ("Bravo", PASS2)}
ROLES = ("officer", "examiner", "supervisor")
CELLS = [{"chart": c, "question": q, "channel": ch, "score": 2}
         for c in (1, 2, 3) for q in ("R1", "R2") for ch in ("pneumo", "eda", "cardio")]


def complete_exam(number: int, examiner: str, sealed: bool = False) -> dict[str, Any]:
    """An exam a rule can score: three charts, every relevant cell, a result."""
    from app.domain import polygraph

    exam = {"number": number, "examiner": examiner, "held_on": f"2026-10-{10 + number}", "charts": 3,
            "questions": [{"label": "R1", "type": "relevant", "text": "?"},
                          {"label": "C1", "type": "comparison", "text": "?"},
                          {"label": "R2", "type": "relevant", "text": "?"}],
            "scores": copy.deepcopy(CELLS), "method": "federal_7",
            "rule": polygraph.rule_snapshot("federal_grand_total"), "result": "NDI"}
    if sealed:
        exam.update(sealed_by=examiner, sealed_at=f"2026-10-{10 + number}T12:00:00Z")
    return exam


@cache
def _demo_interview() -> dict[str, Any]:
    from app.domain.serde import to_jsonable
    from app.vault import demo

    rng, pools = random.Random(5), demo._pools(5)
    while True:
        d, _ = demo.make_dossier(rng, pools, date(2026, 11, 1))
        if d.interviews:
            body: dict[str, Any] = to_jsonable(d.interviews[0])
            for key in ("sealed_by", "sealed_at", "amendments", "external", "attested"):
                body.pop(key, None)
            return body


def complete_interview(interviewer: str) -> dict[str, Any]:
    """An interview whose answers satisfy its template (screening v2) and that has an assessment."""
    return {**copy.deepcopy(_demo_interview()), "interviewer": interviewer}


def doc_with(**records: Any) -> dict[str, Any]:
    doc = sample_doc()
    doc["interviews"], doc["checks"], doc["polygraph_exams"] = [], [], []
    doc.update(records)
    return doc


def make_post(vault_dir: Path) -> Any:
    """A vault of post KYIV with supervisor Sam, officer Olga and examiners Bravo and Charlie;
    returns Sam's open session."""
    from app.vault import vault

    s = vault.create(vault_dir, "KYIV", "Sam", PASS)
    s.add_user("Olga", Role.OFFICER, PASS2)
    s.add_user("Bravo", Role.EXAMINER, PASS2)
    s.add_user("Charlie", Role.EXAMINER, PASS2)
    return s


def credentials(role_or_user: str) -> tuple[str, str]:
    """(call sign, passphrase) of a role's user, or of a user by call sign."""
    if role_or_user in USERS:
        return USERS[role_or_user]
    return role_or_user, PASS if role_or_user == "Sam" else PASS2


def login(vault_dir: Path, role_or_user: str) -> Any:
    from app.vault import vault

    return vault.unlock(vault_dir, *credentials(role_or_user))


def cli(vault_dir: Path, role_or_user: str, *argv: str, secrets: Path | None = None) -> tuple[int, str, str]:
    """The real `dossier` entry point, run in this process (as `python -m app` would) as a user."""
    from app.cli import main

    user, pw = credentials(role_or_user)
    folder = secrets or vault_dir.parent
    pw_file, new_file = folder / f"{user}.pw", folder / "new.pw"
    pw_file.write_text(pw + "\n")
    new_file.write_text("fresh amber koala wanders ninety\n")
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--vault", str(vault_dir), "--user", user, "--passphrase-file", str(pw_file),
                     "--new-passphrase-file", str(new_file), *argv])
    return code, out.getvalue(), err.getvalue()
