"""Sealed records, amendments, waivers and the stage guards."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from app.domain import sealing
from app.domain.enums import CheckResult, DecisionOutcome, ExamResult, Role
from app.domain.interchange import parse_document
from app.domain.model import Decision
from app.domain.workflow import missing_before_decision
from app.errors import AuthenticationError, PermissionDenied, ValidationError
from tests.conftest import PASS, PASS2, sample_doc

NOW = datetime(2026, 11, 1, tzinfo=UTC)


def draft_doc() -> dict:  # type: ignore[type-arg]
    doc = sample_doc()
    for rec in (doc["interviews"][0], doc["polygraph_exams"][0]):
        rec.pop("sealed_by"), rec.pop("sealed_at")
    return doc


def test_a_sealed_record_changes_only_by_amendment(session) -> None:  # type: ignore[no-untyped-def]
    case = session.add_applicant(parse_document(sample_doc()))  # interview 1 and exam 1 arrive sealed
    d = session.get_dossier(case)
    d.interviews[0].notes = "quietly changed"
    with pytest.raises(ValidationError) as info:
        session.save_dossier(d)
    assert "interview 1 is sealed: a change needs exactly one new amendment" in dict(info.value.problems)["$"]
    d = session.get_dossier(case)
    original = d.interviews[0]
    corrected = replace(original, notes="перекладач уточнив відповідь")
    d.interviews[0] = sealing.amend(original, corrected, "Alpha", "short", NOW)  # type: ignore[assignment]
    with pytest.raises(ValidationError):
        session.save_dossier(d)  # the reason is too short
    d.interviews[0] = sealing.amend(original, corrected, "Alpha", "Interpreter corrected answer 3", NOW)  # type: ignore[assignment]
    session.save_dossier(d)
    saved = session.get_dossier(case).interviews[0]
    assert saved.notes == "перекладач уточнив відповідь" and saved.sealed_by == "Alpha"
    assert saved.amendments[0].original["notes"] == "спокійний"  # the original is kept
    assert saved.amendments[0].reason == "Interpreter corrected answer 3"
    d = session.get_dossier(case)
    d.interviews = []
    with pytest.raises(ValidationError, match="Sealed"):
        session.save_dossier(d)


def test_only_the_author_seals_with_their_passphrase(session, vault_dir) -> None:  # type: ignore[no-untyped-def]
    doc = draft_doc()
    doc["polygraph_exams"][0]["examiner"] = "Alpha"
    case = session.add_applicant(parse_document(doc))
    with pytest.raises(AuthenticationError):
        session.seal_record(case, "interview", 0, "not my passphrase at all")
    with pytest.raises(ValidationError, match="not complete") as info:
        session.seal_record(case, "interview", 0, PASS)  # the sample's answers do not satisfy the template
    assert any("required" in p for _, p in info.value.problems)
    with pytest.raises(ValidationError, match="not complete"):
        session.seal_record(case, "exam", 1, PASS)  # scores missing
    session.add_user("Bravo", Role.EXAMINER, PASS2)
    d = session.get_dossier(case)
    d.polygraph_exams[0].examiner = "Bravo"
    session.save_dossier(d)
    with pytest.raises(PermissionDenied, match="Only its author"):
        session.seal_record(case, "exam", 1, PASS)
    check_case = session.add_applicant(parse_document(sample_doc()))
    d = session.get_dossier(check_case)
    d.checks[0].requested_by = "Alpha"
    session.save_dossier(d)
    session.seal_record(check_case, "check", 0, PASS)
    sealed = session.get_dossier(check_case).checks[0]
    assert sealed.sealed_by == "Alpha" and sealed.sealed_at is not None
    assert "sealed" in [e.action for e in session.audit_entries(check_case)]
    with pytest.raises(ValidationError, match="already sealed"):
        session.seal_record(check_case, "check", 0, PASS)


def test_stage_guards_for_accept_and_red_flag_rationale(session) -> None:  # type: ignore[no-untyped-def]
    case = session.add_applicant(parse_document(sample_doc()))
    d = session.get_dossier(case)
    assert missing_before_decision(d) == ["polygraph exam 2 not recorded"]
    d.decision = Decision(DecisionOutcome.ACCEPT, rationale="ok")
    with pytest.raises(ValidationError) as info:
        session.save_dossier(d)
    assert info.value.problems == [("$.decision", "polygraph exam 2 not recorded")]
    from app.domain import polygraph
    from app.domain.enums import Channel
    from app.domain.model import Score

    first = d.polygraph_exams[0]
    second = replace(first, number=2, examiner="Alpha", sealed_by="", sealed_at=None, rule=polygraph.rule_snapshot(
        "federal_grand_total"), scores=[Score(c, "R1", ch, 1) for c in (1, 2, 3)
                                        for ch in (Channel.PNEUMO, Channel.EDA, Channel.CARDIO)])
    d = session.get_dossier(case)
    d.polygraph_exams.append(second)
    d.checks[0].result = CheckResult.ADVERSE  # a red flag
    session.save_dossier(d)
    session.seal_record(case, "exam", 2, PASS)  # complete: 3 charts, every cell scored, a result
    d = session.get_dossier(case)
    assert missing_before_decision(d) == []
    d.decision = Decision(DecisionOutcome.ACCEPT, rationale="ok")
    with pytest.raises(ValidationError, match="at least a sentence"):
        session.save_dossier(d)
    d.decision = Decision(DecisionOutcome.ACCEPT, rationale="The adverse record concerns a namesake; verified by SBU.")
    session.save_dossier(d)
    assert session.get_dossier(case).decision.outcome is DecisionOutcome.ACCEPT  # type: ignore[union-attr]


def test_new_seals_cannot_arrive_through_a_save(session) -> None:  # type: ignore[no-untyped-def]
    case = session.add_applicant(parse_document(draft_doc()))
    d = session.get_dossier(case)
    d.interviews[0].sealed_by = "Alpha"
    with pytest.raises(ValidationError) as info:
        session.save_dossier(d)
    assert "can only be sealed with its author's passphrase" in dict(info.value.problems)["$"]


def test_supervisor_waives_a_check_with_a_reason(session, vault_dir) -> None:  # type: ignore[no-untyped-def]
    from app.vault import vault

    doc = sample_doc()
    doc["checks"][0]["result"] = "pending"
    case = session.add_applicant(parse_document(doc))
    assert "security_service check is pending" in missing_before_decision(session.get_dossier(case))
    session.add_user("Delta", Role.OFFICER, PASS2)
    session.close()
    officer = vault.unlock(vault_dir, "Delta", PASS2)
    d = officer.get_dossier(case)
    d.checks[0].waived_by, d.checks[0].waiver_reason = "Delta", "No answer from the service in 60 days"
    with pytest.raises(PermissionDenied):
        officer.save_dossier(d)
    officer.close()
    sup = vault.unlock(vault_dir, "Alpha", PASS)
    d = sup.get_dossier(case)
    d.checks[0].waived_by, d.checks[0].waiver_reason = "Alpha", "No answer from the service in 60 days"
    sup.save_dossier(d)
    assert "security_service check is pending" not in missing_before_decision(sup.get_dossier(case))
    sup.close()


def test_exam_result_must_be_set_before_sealing() -> None:
    from app.domain.completeness import completeness
    from app.domain.model import PolygraphExam

    assert "the examiner's result is missing" in completeness("exam", PolygraphExam(number=1))
    assert completeness("check", replace(parse_document(sample_doc()).dossier.checks[0],
                                         result=CheckResult.PENDING)) == ["the result is still pending"]
    assert ExamResult.NDI.value == "NDI"


def test_block_policy_refuses_a_second_exam_by_the_same_examiner(session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.domain import polygraph
    from app.domain.enums import Channel
    from app.domain.model import Score

    data = {**polygraph.rules_data(), "double_exam": {"different_examiners": "block", "different_days": "warn"}}
    monkeypatch.setattr(polygraph, "rules_data", lambda: data)
    cells = [Score(c, "R1", ch, 1) for c in (1, 2, 3) for ch in (Channel.PNEUMO, Channel.EDA, Channel.CARDIO)]
    for first_examiner, allowed in (("Bravo", True), ("Alpha", False)):
        doc = sample_doc()
        doc["polygraph_exams"][0]["examiner"] = first_examiner  # exam 1 arrives sealed
        case = session.add_applicant(parse_document(doc))
        d = session.get_dossier(case)
        d.polygraph_exams.append(replace(d.polygraph_exams[0], number=2, examiner="Alpha", sealed_by="",
                                         sealed_at=None, scores=cells))
        session.save_dossier(d)
        if allowed:
            session.seal_record(case, "exam", 2, PASS)
            assert session.get_dossier(case).polygraph_exams[1].sealed_by == "Alpha"
        else:
            with pytest.raises(ValidationError) as info:
                session.seal_record(case, "exam", 2, PASS)
            assert ("$", "exams 1 and 2 were given by the same examiner") in info.value.problems


def test_history_and_printout_show_amendments(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    from app.ui.dossier.history_tab import HistoryTab
    from app.ui.print_summary import build_document

    case = session.add_applicant(parse_document(sample_doc()))
    d = session.get_dossier(case)
    d.interviews[0] = sealing.amend(d.interviews[0], replace(d.interviews[0], notes="уточнено"), "Alpha",  # type: ignore[assignment]
                                    "Interpreter corrected the notes", NOW)
    session.save_dossier(d)
    d = session.get_dossier(case)
    tab = HistoryTab(session)
    qtbot.addWidget(tab)
    tab.load(d)
    assert tab.amendments.rowCount() == 1
    assert "Interpreter corrected the notes" in tab.amendments.item(0, 3).text()
    assert "notes: спокійний → уточнено" in tab.amendments.item(0, 3).text()  # the original and the change
    assert '"notes": "спокійний"' in tab.amendments.item(0, 3).toolTip()  # the whole original on hover
    assert "Interpreter corrected the notes" in build_document(session, d).toPlainText()


def test_cli_seal_and_waive(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json as _json

    from tests.conftest import run_cli

    env = {"DOSSIER_USER": "Alpha", "DOSSIER_PASSPHRASE": PASS}
    v = str(tmp_path / "v")
    assert run_cli("--vault", v, "init", "--post", "KYIV", **env).returncode == 0
    doc = sample_doc()
    doc["checks"][0].update({"result": "no_record", "requested_by": "Alpha"})
    doc["checks"].append({"kind": "watchlist", "result": "pending"})
    src = tmp_path / "a.json"
    src.write_text(_json.dumps(doc, ensure_ascii=False))
    case = run_cli("--vault", v, "applicant", "add", "--json", str(src), **env).stdout.strip()
    r = run_cli("--vault", v, "seal", case, "check", "1", **env)
    assert r.returncode == 0 and "Sealed check 1" in r.stdout
    r = run_cli("--vault", v, "seal", case, "check", "1", **env)
    assert r.returncode == 5 and "already sealed" in r.stderr
    r = run_cli("--vault", v, "seal", case, "interview", "1", **env)  # sealed in the document already
    assert r.returncode == 5
    r = run_cli("--vault", v, "waive", case, "2", "--reason", "Watchlist service offline for weeks", **env)
    assert r.returncode == 0
    shown = _json.loads(run_cli("--vault", v, "applicant", "show", case, "--json", **env).stdout)
    assert shown["checks"][0]["sealed_by"] == "Alpha" and shown["checks"][1]["waived_by"] == "Alpha"
    assert "watchlist check is pending" not in str(shown["computed"]["steps"])
