"""Every shipped decision rule, worked by hand at and around each of its cutscores.

Subtotals are given per relevant question; the grand total is their sum, written out
in each comment. Rules come from the shipped file (so the file's numbers are checked
too), resolved at their default parameters.
"""

from __future__ import annotations

import pytest

from app.domain import decision_rules, rulesets
from app.domain.enums import ExamResult
from tests.polygraph_helpers import fresh_rule_caches

NDI, DI, INC = ExamResult.NDI, ExamResult.DI, ExamResult.INC


@pytest.fixture(autouse=True)
def _fresh_rules() -> None:
    fresh_rule_caches()



def decide(rule: str, subtotals: dict[str, int]) -> decision_rules.Outcome:
    return decision_rules.decide(rulesets.snapshot(rule), subtotals, sum(subtotals.values()))


def check(rule: str, cases: list[tuple[dict[str, int], ExamResult, str]]) -> None:
    for subtotals, result, reason in cases:
        got = decide(rule, subtotals)
        assert (got.result, got.reason) == (result, reason), (rule, subtotals)


def test_federal_zct_plus_minus_6_with_spot_minus_3() -> None:
    assert decision_rules.cutscores(rulesets.snapshot("federal_zct")) == {"ndi": 6, "di": -6, "subtotal_di": -3}
    check("federal_zct", [
        ({"R5": 2, "R7": 2, "R10": 2}, NDI, "grand total +6 ≥ +6"),            # +6, every spot positive
        ({"R5": 3, "R7": 2, "R10": 0}, INC, "grand total +5 between the cutscores"),  # +5
        ({"R5": 5, "R7": 2, "R10": 1}, NDI, "grand total +8 ≥ +6"),            # lowest spot +1 is enough
        ({"R5": 4, "R7": 3, "R10": 0}, INC, "grand total +7 ≥ +6 but subtotal R10 is +0"),  # NDI needs + spots
        ({"R5": -2, "R7": -2, "R10": -2}, DI, "grand total -6 ≤ -6"),          # -6, no spot at -3
        ({"R5": -2, "R7": -2, "R10": -1}, INC, "grand total -5 between the cutscores"),
        ({"R5": 1, "R7": 1, "R10": -3}, DI, "lowest subtotal R10 -3 ≤ -3"),    # total -1: the spot decides
        ({"R5": 1, "R7": 1, "R10": -2}, INC, "grand total +0 between the cutscores"),
        ({"R5": -4, "R7": -2, "R10": 0}, DI, "lowest subtotal R5 -4 ≤ -3"),    # -6 too: the spot is checked first
        ({"R5": 10, "R7": -3, "R10": 1}, DI, "lowest subtotal R7 -3 ≤ -3"),    # +8 total, still DI by the spot
        ({"R5": -3, "R7": -3, "R10": 9}, DI, "lowest subtotal R5 -3 ≤ -3"),    # a tie names the first
    ])


def test_federal_you_phase_plus_minus_4_with_spot_minus_3() -> None:
    check("federal_you_phase", [
        ({"R5": 2, "R7": 2}, NDI, "grand total +4 ≥ +4"),
        ({"R5": 2, "R7": 1}, INC, "grand total +3 between the cutscores"),
        ({"R5": 5, "R7": 0}, INC, "grand total +5 ≥ +4 but subtotal R7 is +0"),
        ({"R5": -2, "R7": -2}, DI, "grand total -4 ≤ -4"),
        ({"R5": -2, "R7": -1}, INC, "grand total -3 between the cutscores"),
        ({"R5": 6, "R7": -3}, DI, "lowest subtotal R7 -3 ≤ -3"),
        ({"R5": 6, "R7": -2}, INC, "grand total +4 ≥ +4 but subtotal R7 is -2"),
    ])


def test_tes_screening_plus_minus_4_with_spot_minus_3() -> None:
    assert rulesets.snapshot("tes")["exam_type"] == rulesets.MULTI
    check("tes", [
        ({"R1": 3, "R2": 1}, NDI, "grand total +4 ≥ +4"),
        ({"R1": 2, "R2": 1}, INC, "grand total +3 between the cutscores"),
        ({"R1": -1, "R2": -3}, DI, "lowest subtotal R2 -3 ≤ -3"),
        ({"R1": -2, "R2": -2}, DI, "grand total -4 ≤ -4"),
        ({"R1": -1, "R2": -2}, INC, "grand total -3 between the cutscores"),
    ])


def test_utah_checks_the_grand_total_first_and_a_negative_spot_blocks_ndi() -> None:
    check("utah", [
        ({"R4": 2, "R6": 2, "R9": 2}, NDI, "grand total +6 ≥ +6"),
        ({"R4": 4, "R6": 2, "R9": 0}, NDI, "grand total +6 ≥ +6"),              # a zero spot is allowed
        ({"R4": 2, "R6": 2, "R9": 1}, INC, "grand total +5 between the cutscores"),
        ({"R4": 4, "R6": 3, "R9": -1}, INC, "subtotal R9 is -1"),                # +6 but a negative spot
        ({"R4": -4, "R6": -1, "R9": -1}, DI, "grand total -6 ≤ -6"),             # -6 and a -4 spot: total first
        ({"R4": -2, "R6": -2, "R9": -1}, INC, "subtotal R4 is -2"),              # -5
        ({"R4": 1, "R6": 1, "R9": -3}, DI, "lowest subtotal R9 -3 ≤ -3"),
        ({"R4": 1, "R6": 1, "R9": -2}, INC, "subtotal R9 is -2"),
    ])


def test_senter_two_stage_then_spots_both_ways() -> None:
    check("senter_two_stage", [
        ({"R1": 2, "R2": 2, "R3": 2}, NDI, "grand total +6 ≥ +6"),
        ({"R1": -2, "R2": -2, "R3": -2}, DI, "grand total -6 ≤ -6"),
        ({"R1": -3, "R2": 9, "R3": 0}, NDI, "grand total +6 ≥ +6"),             # stage one decides first
        ({"R1": 4, "R2": 1, "R3": -3}, DI, "lowest subtotal R3 -3 ≤ -3"),       # +2: stage two
        ({"R1": 1, "R2": 1, "R3": 1}, NDI, "every subtotal ≥ +1"),              # +3: every spot positive
        ({"R1": 1, "R2": 1, "R3": 0}, INC, "grand total +2 between the cutscores and no subtotal decides"),
        ({"R1": 4, "R2": 1, "R3": -2}, INC, "grand total +3 between the cutscores and no subtotal decides"),
    ])


def test_krapohl_2005_asymmetric_two_stage() -> None:
    check("krapohl_2005", [
        ({"R1": 2, "R2": 1, "R3": 1}, NDI, "grand total +4 ≥ +4"),
        ({"R1": 1, "R2": 1, "R3": 1}, INC, "grand total +3 between the cutscores and no subtotal decides"),
        ({"R1": -2, "R2": -2, "R3": -2}, DI, "grand total -6 ≤ -6"),
        ({"R1": -2, "R2": -2, "R3": -1}, INC, "grand total -5 between the cutscores and no subtotal decides"),
        ({"R1": 1, "R2": 1, "R3": -3}, DI, "lowest subtotal R3 -3 ≤ -3"),
        ({"R1": 1, "R2": 1, "R3": -2}, INC, "grand total +0 between the cutscores and no subtotal decides"),
        ({"R1": -3, "R2": 4, "R3": 3}, NDI, "grand total +4 ≥ +4"),
    ])


def test_grand_total_rule_ignores_spots() -> None:
    check("federal_grand_total", [
        ({"R1": 2, "R2": 2, "R3": 2}, NDI, "grand total +6 ≥ +6"),
        ({"R1": 2, "R2": 2, "R3": 1}, INC, "grand total +5 between the cutscores"),
        ({"R1": -2, "R2": -2, "R3": -2}, DI, "grand total -6 ≤ -6"),
        ({"R1": -2, "R2": -2, "R3": -1}, INC, "grand total -5 between the cutscores"),
        ({"R1": 9, "R2": -4, "R3": 0}, INC, "grand total +5 between the cutscores"),
    ])


def test_federal_subtotal_rule_is_marked_unverified() -> None:
    rule = rulesets.snapshot("federal_spot")
    assert rule["verified"] is False and "NOT CONFIRMED" in rule["source"]
    check("federal_spot", [
        ({"R1": 1, "R2": 1, "R3": 1}, NDI, "every subtotal ≥ +1"),
        ({"R1": 1, "R2": 5, "R3": 0}, INC, "subtotals between the cutscores"),
        ({"R1": 5, "R2": 5, "R3": -3}, DI, "lowest subtotal R3 -3 ≤ -3"),
        ({"R1": 5, "R2": 5, "R3": -2}, INC, "subtotals between the cutscores"),
    ])


def test_essm_single_issue_in_the_authors_order_at_the_defaults() -> None:
    rule = rulesets.snapshot("essm_single_issue")
    assert rule["parameters"] == {"prior": 0.5, "alpha_di": 0.05, "alpha_ndi": 0.05}
    assert decision_rules.cutscores(rule) == {"ndi": 3, "di": -3, "subtotal_di": -7}
    check("essm_single_issue", [
        ({"R1": 1, "R2": 1, "R3": 1}, NDI, "grand total +3 ≥ +3"),
        ({"R1": 1, "R2": 1, "R3": 0}, INC, "grand total +2 between the cutscores and no subtotal decides"),
        ({"R1": -1, "R2": -1, "R3": -1}, DI, "grand total -3 ≤ -3"),
        ({"R1": -1, "R2": -1, "R3": 0}, INC, "grand total -2 between the cutscores and no subtotal decides"),
        ({"R1": 3, "R2": 2, "R3": -7}, DI, "lowest subtotal R3 -7 ≤ -7"),   # -2: the lowest, not the first
        ({"R1": 3, "R2": 2, "R3": -6}, INC, "grand total -1 between the cutscores and no subtotal decides"),
        ({"R1": -7, "R2": 6, "R3": 4}, NDI, "grand total +3 ≥ +3"),         # TSRFn: total NDI before the spot
        ({"R1": -8, "R2": 2, "R3": 3}, DI, "grand total -3 ≤ -3"),          # total DI comes first
    ])


def test_essm_multi_issue_subtotal_rule_at_the_defaults() -> None:
    assert decision_rules.cutscores(rulesets.snapshot("essm_multi_issue")) == {"ndi_all": 1, "di_any": -3}
    check("essm_multi_issue", [
        ({"R4": 1, "R5": 1, "R7": 1, "R8": 1}, NDI, "every subtotal ≥ +1"),
        ({"R4": 4, "R5": 4, "R7": 4, "R8": 0}, INC, "subtotals between the cutscores"),
        ({"R4": 4, "R5": 4, "R7": 4, "R8": -3}, DI, "lowest subtotal R8 -3 ≤ -3"),
        ({"R4": 4, "R5": 4, "R7": 4, "R8": -2}, INC, "subtotals between the cutscores"),
        ({"R4": -9, "R5": 9, "R7": 9, "R8": 9}, DI, "lowest subtotal R4 -9 ≤ -3"),
    ])


def test_a_missing_cutscore_makes_no_call_on_that_side() -> None:
    """NA in an ESS-M table (prior .9, alpha .01: no SR cutscore) means no SR call."""
    rule = rulesets.snapshot("essm_multi_issue", {"prior": 0.9, "alpha_di": 0.01, "alpha_ndi": 0.01})
    assert (rule["di_any"], rule["ndi_all"]) == (None, 8)
    low = decision_rules.decide(rule, {"R1": -40, "R2": 10}, -30)
    assert low == decision_rules.Outcome(INC, "subtotals between the cutscores")
    assert decision_rules.decide(rule, {"R1": 8, "R2": 9}, 17).result is NDI
    single = rulesets.snapshot("essm_single_issue", {"prior": 0.9, "alpha_di": 0.01, "alpha_ndi": 0.01})
    assert (single["ndi"], single["di"], single["subtotal_di"]) == (14, -9, None)
    assert decision_rules.decide(single, {"R1": -30, "R2": 25}, -5).result is INC


def test_unknown_kinds_and_empty_exams_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown decision rule kind"):
        decision_rules.decide({"kind": "vibes"}, {"R1": 1}, 1)
    with pytest.raises(ValueError, match="no relevant questions"):
        decision_rules.decide(rulesets.snapshot("federal_zct"), {}, 0)


def test_every_shipped_rule_cites_a_source_and_verified_ones_quote_it() -> None:
    data = rulesets.current()
    for name, rule in data["rules"].items():
        assert len(rule["source"]) > 60 and isinstance(rule["verified"], bool), name
        assert rule["label"] and rule["label_uk"] and name not in rule["label"], name
        if rule["verified"]:
            assert rule["quote"] and ("REFERENCE.md" in rule["source"] or "decisionRules.R" in rule["source"]), name
        assert all(m in data["methods"] for m in rule["methods"]), name
        assert rule["exam_type"] in (rulesets.SINGLE, rulesets.MULTI), name
    unverified = sorted(n for n, r in data["rules"].items() if not r["verified"])
    assert unverified == ["federal_spot"]  # the one rule no source here confirms
    for name, m in data["methods"].items():
        assert m["default_rule"] in data["rules"] and m["source"] and m["label_uk"], name
