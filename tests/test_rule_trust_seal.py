"""Issue 14's third attack, against the guarded write layer: an exam carrying its own made-up
cutscores (`ndi: -50`) marked "verified". Issue 19 scores it with the vault's rule, never marks it
verified and flags it red; the guard (app/vault/guard/rules_trust.py) never seals it, and never
lets an amendment give a sealed exam such a rule. The desktop says the same beside Seal."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.domain import polygraph, sealing
from app.domain.interchange import parse_document
from app.errors import ValidationError
from tests.conftest import PASS2
from tests.guard_helpers import cli, complete_exam, doc_with, login, make_post

FORGED = {**polygraph.rule_snapshot("federal_grand_total"), "ndi": -50, "verified": True}


@pytest.fixture
def forged_case(tmp_path: Path) -> tuple[Path, str]:
    """Examiner Bravo's exam, brought in from a document (as a draft) with the forged rule."""
    sam = make_post(tmp_path / "v")
    try:
        exam = {**complete_exam(1, "Bravo"), "rule": FORGED}
        case = sam.import_applicant(parse_document(doc_with(polygraph_exams=[exam]))).case_number
    finally:
        sam.close()
    return tmp_path / "v", case


def test_an_exam_with_an_unknown_rule_is_sealed_only_once_a_known_rule_is_chosen(forged_case: Any) -> None:
    vault_dir, case = forged_case
    code, _out, err = cli(vault_dir, "Bravo", "seal", case, "exam", "1")  # its own examiner, complete
    assert code == 5 and "not one this vault knows" in err, err
    bravo = login(vault_dir, "Bravo")
    try:
        d = bravo.get_dossier(case)
        exam = d.polygraph_exams[0]
        scored = polygraph.score(exam)
        assert not exam.sealed_by and scored.unknown_rule and not scored.verified_rule
        assert "polygraph_unknown_rule" in {f.code for f in bravo.flags_for(d)}
        assert polygraph.rule_seal_problems(exam) == [polygraph.UNKNOWN_RULE_SEAL]
        with pytest.raises(ValidationError) as info:
            bravo.seal_record(case, "exam", 1, PASS2)
        assert ("$", polygraph.UNKNOWN_RULE_SEAL) in info.value.problems
        d.polygraph_exams[0] = replace(exam, rule=polygraph.rule_snapshot("federal_grand_total"))  # a rule it knows
        bravo.save_dossier(d)
        assert polygraph.rule_seal_problems(bravo.get_dossier(case).polygraph_exams[0]) == []
        bravo.seal_record(case, "exam", 1, PASS2)
        sealed = bravo.get_dossier(case).polygraph_exams[0]
        assert sealed.sealed_by == "Bravo" and polygraph.score(sealed).verified_rule
    finally:
        bravo.close()


def test_an_amendment_cannot_give_a_sealed_exam_an_unknown_rule(forged_case: Any) -> None:
    vault_dir, case = forged_case
    bravo = login(vault_dir, "Bravo")
    try:
        d = bravo.get_dossier(case)
        d.polygraph_exams[0] = replace(d.polygraph_exams[0], rule=polygraph.rule_snapshot("federal_grand_total"))
        bravo.save_dossier(d)
        bravo.seal_record(case, "exam", 1, PASS2)
        d = bravo.get_dossier(case)
        sealed = d.polygraph_exams[0]
        now = datetime.now(UTC).replace(microsecond=0)
        d.polygraph_exams[0] = sealing.amend(sealed, replace(sealed, rule=FORGED), "Bravo", "Cutscores per memo", now)
        with pytest.raises(ValidationError) as info:
            bravo.save_dossier(d)
        assert ("$.polygraph_exams[0].rule", polygraph.UNKNOWN_RULE_SEAL) in info.value.problems
        assert bravo.get_dossier(case).polygraph_exams[0].rule == sealed.rule  # nothing changed
        d = bravo.get_dossier(case)  # an amendment that keeps a known rule is still the examiner's to make
        d.polygraph_exams[0] = sealing.amend(sealed, replace(sealed, place="Суми"), "Bravo", "Place was missing", now)
        bravo.save_dossier(d)
        assert bravo.get_dossier(case).polygraph_exams[0].place == "Суми"
    finally:
        bravo.close()
