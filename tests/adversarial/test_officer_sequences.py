"""An officer who is a plant, at the command line: Hypothesis drives random sequences of real `dossier`
commands (crafted documents, edits of what `applicant show --json` printed, seals, waivers, merges,
deletes, demo data, exports) as the officer of a post. Whatever the sequence, no case ever holds a
decision, a sealed decision or a sealed exam, and none gets past the stage guards."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.enums import Stage
from app.domain.workflow import current_stage, stage_exam
from tests.adversarial import count
from tests.conftest import sample_doc
from tests.guard_helpers import cli, complete_exam, complete_interview, login, make_post

EXAMPLES = count(25, 400)
NAMES = ["Olga", "Sam", "Bravo", "Charlie", "Petrenko", ""]
WHEN = "2026-10-20T12:00:00Z"
ALLOWED_STAGES = {(Stage.APPLICATION, None), (Stage.INTERVIEW, None), (Stage.CHECKS, None), (Stage.POLYGRAPH, 1)}

names = st.sampled_from(NAMES)
maybe_seal = st.one_of(st.none(), names)


@st.composite
def exams(draw: Any) -> list[dict[str, Any]]:
    out = []
    for number in draw(st.lists(st.sampled_from([1, 2]), unique=True, max_size=2)):
        exam = complete_exam(number, draw(names))
        sealer = draw(maybe_seal)
        if sealer is not None:
            exam.update(sealed_by=sealer, sealed_at=WHEN)
        if draw(st.booleans()):
            exam["amendments"] = [{"by": draw(names), "reason": "corrected the scores", "at": WHEN, "original": {}}]
        if draw(st.booleans()):
            exam["attested"] = {"officer": "Alpha", "post": "KYIV", "cert_serial": "1", "version": 1}
        out.append(exam)
    return out


@st.composite
def decisions(draw: Any) -> dict[str, Any] | None:
    if draw(st.integers(0, 3)) == 0:
        return None
    dec = {"outcome": draw(st.sampled_from(["accept", "reject", "defer", "refer", "defer"])),
           "rationale": "All steps were completed and verified by the unit.",
           "decided_by": draw(st.sampled_from(["Olga", "", "Sam", "Olga"])), "approved_by": draw(names)}
    sealer = draw(maybe_seal)
    if sealer is not None:
        dec.update(sealed_by=sealer, sealed_at=WHEN)
    return dec


@st.composite
def documents(draw: Any) -> dict[str, Any]:
    """What an insider writes into a JSON file."""
    doc = sample_doc(surname=draw(st.sampled_from(["Шевчук", "Бондар", "Коваль"])))
    interview = complete_interview(draw(names))
    if draw(st.booleans()):
        interview.update(sealed_by=draw(names), sealed_at=WHEN)
    doc["interviews"] = [interview]
    check = {"kind": "security_service", "result": draw(st.sampled_from(["pending", "no_record"])),
             "requested_by": draw(names)}
    if draw(st.booleans()):
        check.update(waived_by=draw(names), waiver_reason="No answer from the service in 60 days")
    if draw(st.booleans()):
        check.update(sealed_by=draw(names), sealed_at=WHEN)
    doc["checks"] = [check]
    doc["polygraph_exams"] = draw(exams())
    doc["decision"] = draw(decisions())
    if draw(st.booleans()):
        doc["sent_to_hq_at"] = WHEN
    return doc


@st.composite
def edits(draw: Any) -> list[tuple[str, Any]]:
    """Changes to a case as `applicant show --json` printed it."""
    return draw(st.lists(st.one_of(
        st.tuples(st.just("decision"), decisions()),
        st.tuples(st.just("decision"), decisions()),
        st.tuples(st.just("decision"), decisions()),
        st.tuples(st.just("exams"), exams()),
        st.tuples(st.just("seal_exam"), names),
        st.tuples(st.just("examiner"), names),
        st.tuples(st.just("seal_decision"), names),
        st.tuples(st.just("waive"), names),
        st.tuples(st.just("sent"), st.just(WHEN)),
    ), min_size=1, max_size=3))


def _apply(doc: dict[str, Any], changes: list[tuple[str, Any]]) -> None:
    for what, value in changes:
        if what == "decision":
            doc["decision"] = value
        elif what == "exams":
            doc["polygraph_exams"] = value
        elif what == "seal_exam":
            for exam in doc["polygraph_exams"]:
                exam.update(sealed_by=value, sealed_at=WHEN)
        elif what == "examiner":
            for exam in doc["polygraph_exams"]:
                exam["examiner"], exam["external"] = value, []
        elif what == "seal_decision" and doc.get("decision"):
            doc["decision"].update(sealed_by=value, sealed_at=WHEN)
        elif what == "waive":
            for check in doc["checks"]:
                check.update(waived_by=value, waiver_reason="No answer from the service in 60 days")
        elif what == "sent":
            doc["sent_to_hq_at"] = value


command = st.one_of(
    st.tuples(st.just("add"), documents()),
    st.tuples(st.just("update"), st.integers(0, 5), edits()),
    st.tuples(st.just("update"), st.integers(0, 5), edits()),
    st.tuples(st.just("seal"), st.integers(0, 5), st.sampled_from(["interview", "check", "exam", "decision"]),
              st.integers(1, 2)),
    st.tuples(st.just("seal"), st.integers(0, 5), st.sampled_from(["exam", "decision"]), st.integers(1, 2)),
    st.tuples(st.just("waive"), st.integers(0, 5)),
    st.tuples(st.just("merge"), st.integers(0, 5), st.integers(0, 5)),
    st.tuples(st.just("delete"), st.integers(0, 5)),
    st.tuples(st.just("demo"), st.integers(1, 50)),
    st.tuples(st.just("export"), st.integers(0, 5)),
    *[st.tuples(st.just("update"), st.integers(0, 5), edits())] * 4,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("officer")
    s = make_post(root / "v")
    s.close()
    (root / "rcpt").write_text(str(pyrage.x25519.Identity.generate().to_public()))
    return root


def _cases(v: Path) -> list[str]:
    code, out, _ = cli(v, "officer", "applicant", "list", "--json")
    assert code == 0
    return [row["case_number"] for row in json.loads(out)]


def _run(v: Path, work: Path, step: tuple[Any, ...], rcpt: Path) -> int:
    cases = _cases(v)
    pick = (lambda i: cases[i % len(cases)]) if cases else None
    kind = step[0]
    if kind == "add":
        src = work / "doc.json"
        src.write_text(json.dumps(step[1], ensure_ascii=False))
        return cli(v, "officer", "applicant", "add", "--json", str(src))[0]
    if pick is None:
        return -1
    if kind == "update":
        _, out, _ = cli(v, "officer", "applicant", "show", pick(step[1]), "--json")
        doc = json.loads(out)
        _apply(doc, step[2])
        src = work / "edit.json"
        src.write_text(json.dumps(doc, ensure_ascii=False))
        return cli(v, "officer", "applicant", "update", pick(step[1]), "--json", str(src))[0]
    if kind == "seal":
        return cli(v, "officer", "seal", pick(step[1]), step[2], str(step[3]))[0]
    if kind == "waive":
        return cli(v, "officer", "waive", pick(step[1]), "1", "--reason", "No answer from the service")[0]
    if kind == "merge":
        return cli(v, "officer", "duplicates", "merge", pick(step[1]), pick(step[2]))[0]
    if kind == "delete":
        return cli(v, "officer", "applicant", "delete", pick(step[1]), "--reason", "withdrawn", "--yes")[0]
    if kind == "demo":
        return cli(v, "officer", "demo", "--applicants", "1", "--seed", str(step[1]), "--as-drafts")[0]
    (work / "stick").mkdir(exist_ok=True)
    return cli(v, "officer", "export", pick(step[1]), "--to", str(work / "stick"), "--recipient-file", str(rcpt))[0]


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(first=documents(), more=st.lists(command, min_size=1, max_size=6))
def test_an_officer_never_gets_a_decision_a_sealed_exam_or_past_a_stage_guard(
        first: dict[str, Any], more: list[tuple[Any, ...]], template: Path,
        tmp_path_factory: pytest.TempPathFactory) -> None:
    steps = [("add", first), *more]
    work = tmp_path_factory.mktemp("run", numbered=True)
    shutil.copytree(template / "v", work / "v")
    codes = [_run(work / "v", work, step, template / "rcpt") for step in steps]
    assert all(code in (-1, 0, 5, 6, 9) for code in codes), codes  # never an internal error
    s = login(work / "v", "supervisor")
    try:
        with s.read() as c:
            ids = [r[0] for r in c.execute("SELECT case_id FROM applicants")]  # merged ones too
        for case_id in ids:
            d = s.get_dossier(case_id)
            assert d.decision is None, (steps, d.decision)
            assert not any(e.sealed_by for e in d.polygraph_exams), steps
            assert (current_stage(d), stage_exam(d)) in ALLOWED_STAGES, (steps, current_stage(d), stage_exam(d))
            assert all(not (r.amendments and not r.sealed_by) for r in [*d.interviews, *d.checks])
    finally:
        s.close()
    shutil.rmtree(work, ignore_errors=True)
