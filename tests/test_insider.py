"""The attacks of issue 14, done as the insider would: a crafted JSON file and the real `dossier`
command in a child process. Each one succeeded before the guarded write layer existed.

(The third attack of the issue, an exam carrying its own cutscores marked verified, is the
polygraph rule-trust work; the guard calls it from app/vault/guard/rules_trust.py.)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASS, PASS2, run_cli, sample_doc
from tests.exchange_helpers import HQ_PASS
from tests.guard_helpers import complete_exam

SUP = {"DOSSIER_USER": "Sam", "DOSSIER_PASSPHRASE": PASS}
OFFICER = {"DOSSIER_USER": "Olga", "DOSSIER_PASSPHRASE": PASS2}


def _ok(r: Any) -> Any:
    assert r.returncode == 0, r.stdout + r.stderr
    return r


def forged_accept() -> dict[str, Any]:
    """A document claiming the whole process is done: sealed interview, checks, two exams by two
    examiners, and an accept decision sealed by the supervisor."""
    doc = sample_doc(surname="Підставний", given_name="Агент")
    doc["checks"] = [{"kind": k, "result": "no_record", "requested_by": "Sam", "sealed_by": "Sam",
                      "sealed_at": "2026-10-05T09:00:00Z"} for k in ("security_service", "counter_intelligence")]
    doc["polygraph_exams"] = [complete_exam(1, "Bravo", sealed=True), complete_exam(2, "Charlie", sealed=True)]
    doc["decision"] = {"outcome": "accept", "reason_code": "R0", "rationale": "All checks passed, accepted.",
                       "decided_by": "Sam", "decided_at": "2026-10-25T10:00:00Z", "approved_by": "Sam",
                       "sealed_by": "Sam", "sealed_at": "2026-10-25T10:00:00Z"}
    doc["interviews"][0].update(interviewer="Sam", sealed_by="Sam")
    return doc


@pytest.fixture
def post(tmp_path: Path) -> Path:
    """A vault of post KYIV: supervisor Sam, officer Olga, examiners Bravo and Charlie (all via the CLI)."""
    v = tmp_path / "v"
    _ok(run_cli("--vault", str(v), "init", "--post", "KYIV", **SUP))
    for name, role in (("Olga", "officer"), ("Bravo", "examiner"), ("Charlie", "examiner")):
        _ok(run_cli("--vault", str(v), "user", "add", name, "--role", role, DOSSIER_NEW_PASSPHRASE=PASS2, **SUP))
    return v


def _show(v: Path, case: str, env: dict[str, str]) -> dict[str, Any]:
    return json.loads(_ok(run_cli("--vault", str(v), "applicant", "show", case, "--json", **env)).stdout)


def test_officer_imports_an_accepted_case_and_gets_drafts(post: Path, tmp_path: Path) -> None:
    src = tmp_path / "forged.json"
    src.write_text(json.dumps(forged_accept(), ensure_ascii=False))
    r = _ok(run_cli("--vault", str(post), "applicant", "add", "--json", str(src), **OFFICER))
    case = r.stdout.strip()
    assert "added as drafts" in r.stderr
    assert "the decision (accept)" in r.stderr and "2 polygraph exam(s) (recorded by examiners)" in r.stderr
    assert "6 seal(s)" in r.stderr  # interview, two checks, two exams, the decision
    doc = _show(post, case, OFFICER)
    assert doc["decision"] is None and doc["polygraph_exams"] == []
    assert all(not rec["sealed_by"] for rec in doc["interviews"] + doc["checks"])
    assert doc["computed"]["stage"] == "interview"
    assert doc["origin"]["created_by"] == "Olga"
    from app.vault import vault

    s = vault.unlock(post, "Sam", PASS)
    try:
        entry = next(e for e in s.audit_entries(case) if e.action == "create")
        assert entry.actor == "Olga" and "as drafts" in entry.detail and "the decision (accept)" in entry.detail
    finally:
        s.close()
    # the officer cannot finish the job on the command line either
    assert run_cli("--vault", str(post), "seal", case, "decision", "1", **OFFICER).returncode == 6  # no decision
    doc["decision"] = forged_accept()["decision"]
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(doc, ensure_ascii=False))
    r = run_cli("--vault", str(post), "applicant", "update", case, "--json", str(edited), **OFFICER)
    assert r.returncode == 9 and "may not record or change the decision" in r.stderr
    assert _show(post, case, OFFICER)["decision"] is None


def test_supervisor_import_keeps_exams_as_drafts_never_the_decision(post: Path, tmp_path: Path) -> None:
    src = tmp_path / "forged.json"
    src.write_text(json.dumps(forged_accept(), ensure_ascii=False))
    r = _ok(run_cli("--vault", str(post), "applicant", "add", "--json", str(src), **SUP))
    doc = _show(post, r.stdout.strip(), SUP)
    assert doc["decision"] is None and [e["examiner"] for e in doc["polygraph_exams"]] == ["Bravo", "Charlie"]
    assert all(not e["sealed_by"] and not e["external"] for e in doc["polygraph_exams"])  # examiners here
    assert doc["computed"]["stage"] == "interview"


def test_an_officer_cannot_seal_a_polygraph_exam(post: Path, tmp_path: Path) -> None:
    doc = sample_doc()
    doc["polygraph_exams"] = [complete_exam(1, "Olga", sealed=False)]  # the officer named as examiner
    src = tmp_path / "exam.json"
    src.write_text(json.dumps(doc, ensure_ascii=False))
    case = _ok(run_cli("--vault", str(post), "applicant", "add", "--json", str(src), **SUP)).stdout.strip()
    assert _show(post, case, SUP)["polygraph_exams"][0]["external"] == ["examiner"]  # not an examiner
    r = run_cli("--vault", str(post), "seal", case, "exam", "1", **OFFICER)
    assert r.returncode == 9 and "An officer may not seal a polygraph exam." in r.stderr
    shown = _show(post, case, OFFICER)
    shown["polygraph_exams"][0].update(sealed_by="Olga", sealed_at="2026-10-11T12:00:00Z")
    forged = tmp_path / "sealed.json"
    forged.write_text(json.dumps(shown, ensure_ascii=False))
    r = run_cli("--vault", str(post), "applicant", "update", case, "--json", str(forged), **OFFICER)
    assert r.returncode == 9 and "may not record or change a polygraph exam" in r.stderr
    r = run_cli("--vault", str(post), "applicant", "update", case, "--json", str(forged), **SUP)
    assert r.returncode == 5 and "can only be sealed with its author's passphrase" in r.stderr
    assert not _show(post, case, SUP)["polygraph_exams"][0]["sealed_by"]
    # the exam's real examiner, once named from the users, seals it
    shown = _show(post, case, SUP)
    shown["polygraph_exams"][0]["examiner"] = "Bravo"
    fixed = tmp_path / "fixed.json"
    fixed.write_text(json.dumps(shown, ensure_ascii=False))
    _ok(run_cli("--vault", str(post), "applicant", "update", case, "--json", str(fixed), **SUP))
    bravo = {"DOSSIER_USER": "Bravo", "DOSSIER_PASSPHRASE": PASS2}
    r = run_cli("--vault", str(post), "seal", case, "exam", "1", DOSSIER_USER="Charlie", DOSSIER_PASSPHRASE=PASS2)
    assert r.returncode == 9 and "Only its author (Bravo)" in r.stderr
    _ok(run_cli("--vault", str(post), "seal", case, "exam", "1", **bravo))
    assert _show(post, case, SUP)["polygraph_exams"][0]["sealed_by"] == "Bravo"


def _enrol(hq: str, v: Path, callsign: str, tmp: Path, env: dict[str, str], enrolment: Path | None = None) -> Path:
    if enrolment is None:
        enrolment = tmp / f"{callsign}-{v.name}.enrol"
        r = _ok(run_cli("hq", "enroll", "--identity", hq, "--callsign", callsign, "--post", "KYIV", "--out",
                        str(enrolment), **env))
        (tmp / f"{enrolment.name}.otp").write_text(r.stdout.strip().splitlines()[-1].split(": ")[-1])
    otp = (tmp / f"{enrolment.name}.otp").read_text()
    _ok(run_cli("--vault", str(v), "enroll", str(enrolment), DOSSIER_ENROLMENT_PASSPHRASE=otp, **env))
    return enrolment


def test_two_laptops_of_one_post_never_replace_each_others_cases(tmp_path: Path) -> None:
    env = {"DOSSIER_HQ_PASSPHRASE": HQ_PASS, "DOSSIER_PASSPHRASE": PASS}
    hq, hqv, stick = str(tmp_path / "hq"), str(tmp_path / "hqv"), tmp_path / "stick"
    stick.mkdir()
    _ok(run_cli("hq", "init", hq, **env))
    laptops = {name: tmp_path / name for name in ("one", "two", "copy")}
    for name, user in (("one", "Alpha"), ("two", "Bravo"), ("copy", "Alpha")):
        _ok(run_cli("--vault", str(laptops[name]), "init", "--post", "KYIV", DOSSIER_USER=user, **env))
    first = _enrol(hq, laptops["one"], "Alpha", tmp_path, {"DOSSIER_USER": "Alpha", **env})
    _enrol(hq, laptops["two"], "Bravo", tmp_path, {"DOSSIER_USER": "Bravo", **env})
    # the insider's variant: the same enrolment file installed on a second laptop
    _enrol(hq, laptops["copy"], "Alpha", tmp_path, {"DOSSIER_USER": "Alpha", **env}, enrolment=first)
    people = {"one": "Перший", "two": "Другий", "copy": "Третій"}
    cases = {}
    for name, surname in people.items():
        user = "Bravo" if name == "two" else "Alpha"
        doc = sample_doc(surname=surname, date_of_birth=f"198{len(cases)}-01-0{len(cases) + 1}",
                         documents=[{"type": "passport", "number": f"FA00000{len(cases)}"}])
        src = tmp_path / f"{name}.json"
        src.write_text(json.dumps(doc, ensure_ascii=False))
        cases[name] = _ok(run_cli("--vault", str(laptops[name]), "applicant", "add", "--json", str(src),
                                  DOSSIER_USER=user, **env)).stdout.strip()
        out = stick / name
        out.mkdir()
        _ok(run_cli("--vault", str(laptops[name]), "export", cases[name], "--to", str(out), DOSSIER_USER=user, **env))
    assert cases["one"] != cases["two"]  # each laptop has its own station code from HQ
    assert cases["one"].split("-")[1] == "A" and cases["two"].split("-")[1] == "B"
    assert cases["copy"] == cases["one"]  # the copied enrolment: the same number, a different case
    _ok(run_cli("--vault", hqv, "init", "--post", "HQ", DOSSIER_USER="Chief", **env))
    imported = {}
    for name in people:
        bundle = next((stick / name).iterdir())
        r = _ok(run_cli("--vault", hqv, "import", str(bundle), "--identity", hq, DOSSIER_USER="Chief", **env))
        imported[name] = r.stdout
        assert "imported as version 1" in r.stdout  # never a new version of another laptop's case
    assert "held here by a different case" in imported["copy"] and "station code A" in imported["copy"]
    listing = json.loads(_ok(run_cli("--vault", hqv, "applicant", "list", "--json", DOSSIER_USER="Chief",
                                     **env)).stdout)
    assert sorted(row["surname"] for row in listing) == sorted(people.values())  # three people at HQ
    for surname in people.values():
        found = json.loads(_ok(run_cli("--vault", hqv, "search", surname, "--json", DOSSIER_USER="Chief",
                                       **env)).stdout)
        assert [h["surname"] for h in found] == [surname]
    found = json.loads(_ok(run_cli("--vault", hqv, "search", cases["one"], "--json", DOSSIER_USER="Chief",
                                   **env)).stdout)
    assert sorted(h["surname"] for h in found) == ["Перший", "Третій"]  # one number, two people, both shown
