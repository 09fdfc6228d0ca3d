"""ESS-M cutscores from the author's tables, read by hand from resources/rules/essm/*.csv
at three priors and three alphas, and the decisions they give at and around them."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.domain import decision_rules, essm, rulesets
from app.domain.enums import ExamResult
from tests.polygraph_helpers import fresh_rule_caches

ROOT = Path(__file__).resolve().parent.parent
# (prior, alpha) -> SI NDI, SI DI, SI two-stage subtotal DI, MI SR, MI NSR — typed from the CSV rows
BY_HAND = {
    (0.5, 0.01): (4, -4, -9, -4, 2), (0.5, 0.05): (3, -3, -7, -3, 1), (0.5, 0.10): (2, -2, -6, -2, 1),
    (0.25, 0.01): (5, -9, -11, -7, 0), (0.25, 0.05): (3, -8, -9, -6, 0), (0.25, 0.10): (3, -8, -8, -6, 0),
    (0.8, 0.01): (10, -5, -21, -9, 6), (0.8, 0.05): (10, -4, -15, -5, 5), (0.8, 0.10): (9, -3, -14, -4, 5),
}


@pytest.fixture(autouse=True)
def _fresh_rules() -> None:
    fresh_rule_caches()



@pytest.mark.parametrize(("prior", "alpha"), list(BY_HAND))
def test_tables_at_three_priors_and_three_alphas(prior: float, alpha: float) -> None:
    si_ndi, si_di, si_st, mi_sr, mi_nsr = BY_HAND[(prior, alpha)]
    params = {"prior": prior, "alpha_di": alpha, "alpha_ndi": alpha}
    single, multi = rulesets.snapshot("essm_single_issue", params), rulesets.snapshot("essm_multi_issue", params)
    assert (single["ndi"], single["di"], single["subtotal_di"]) == (si_ndi, si_di, si_st)
    assert (multi["di_any"], multi["ndi_all"]) == (mi_sr, mi_nsr)
    assert single["parameters"] == multi["parameters"] == params  # stored with the exam as used
    # single issue, three relevant questions, at and around each cutscore (grand total = sum)
    total = decision_rules.decide
    assert total(single, {"R1": si_ndi, "R2": 0, "R3": 0}, si_ndi).result is ExamResult.NDI
    assert total(single, {"R1": si_ndi - 1, "R2": 0, "R3": 0}, si_ndi - 1).result is ExamResult.INC
    assert total(single, {"R1": si_di, "R2": 0, "R3": 0}, si_di).result is ExamResult.DI
    assert total(single, {"R1": si_di + 1, "R2": 0, "R3": 0}, si_di + 1).result is ExamResult.INC
    # the two-stage subtotal: grand total one short of DI, so only the lowest subtotal can decide
    rest = si_di + 1 - si_st  # R1 makes the total si_di + 1, below the NDI cutscore too
    assert total(single, {"R1": rest, "R2": 0, "R3": si_st}, si_di + 1).result is ExamResult.DI
    assert total(single, {"R1": rest - 1, "R2": 0, "R3": si_st + 1}, si_di + 1).result is ExamResult.INC
    # multi-issue: any subtotal at the SR cutscore; NSR when every subtotal reaches its cutscore
    assert total(multi, {"R1": 9, "R2": mi_sr}, 9 + mi_sr).result is ExamResult.DI
    assert total(multi, {"R1": 9, "R2": mi_sr + 1}, 9 + mi_sr + 1).result in (ExamResult.INC, ExamResult.NDI)
    assert total(multi, {"R1": mi_nsr, "R2": mi_nsr}, 2 * mi_nsr).result is ExamResult.NDI
    assert total(multi, {"R1": mi_nsr, "R2": mi_nsr - 1}, 2 * mi_nsr - 1).result is ExamResult.INC


def test_deceptive_and_truthful_alphas_choose_their_own_columns() -> None:
    rule = rulesets.snapshot("essm_single_issue", {"prior": 0.5, "alpha_di": 0.01, "alpha_ndi": 0.10})
    assert (rule["ndi"], rule["di"], rule["subtotal_di"]) == (2, -4, -9)
    multi = rulesets.snapshot("essm_multi_issue", {"prior": 0.5, "alpha_di": 0.10, "alpha_ndi": 0.01})
    assert (multi["di_any"], multi["ndi_all"]) == (-2, 2)


@pytest.mark.parametrize(("asked", "row"), [
    (0.5, 0.5), (0.55, 0.67), (0.67, 0.67), (0.3, 0.33), (0.05, 0.1), (0.1, 0.1), (0.9, 0.9), (0.895, 0.9)])
def test_a_prior_moves_to_the_nearest_table_prior_at_or_above_it(asked: float, row: float) -> None:
    assert essm.table_prior(essm.table("ESSMs_SI_NDI"), asked) == row


@pytest.mark.parametrize(("asked", "column"), [
    (0.01, 0.01), (0.02, 0.01), (0.05, 0.05), (0.07, 0.05), (0.10, 0.10), (0.2, 0.10), (0.0999, 0.05)])
def test_an_alpha_moves_to_the_largest_table_alpha_not_above_it(asked: float, column: float) -> None:
    assert essm.table_alpha(asked) == column


def test_out_of_range_parameters_and_unknown_tables_are_refused() -> None:
    with pytest.raises(essm.TableError, match="above every prior"):
        essm.table_prior(essm.table("ESSMs_SI_DI"), 0.95)
    with pytest.raises(essm.TableError, match=r"below \.01"):
        essm.table_alpha(0.005)
    with pytest.raises(essm.TableError, match="no ESS-M table"):
        essm.table("ESSMs_made_up")
    assert essm.table("ESSMs_SI_DI_St").cut(0.9, 0.01) is None  # NA in the file
    assert essm.priors()[0] == 0.9 and essm.priors()[-1] == 0.1 and len(essm.priors()) == 17


def test_a_non_table_prior_is_stored_as_the_table_uses_it() -> None:
    rule = rulesets.snapshot("essm_single_issue", {"prior": 0.55, "alpha_di": 0.07, "alpha_ndi": 0.2})
    assert rule["parameters"] == {"prior": 0.67, "alpha_di": 0.05, "alpha_ndi": 0.10}
    assert (rule["ndi"], rule["di"], rule["subtotal_di"]) == (6, -3, -11)


def test_shipped_tables_are_the_reference_files() -> None:
    shared = Path("/work/shared/reference/polygraph")
    for name in essm.TABLES:
        ours = (ROOT / "resources" / "rules" / "essm" / f"{name}.csv").read_bytes()
        assert ours.startswith(b"priorG,priorOdds,oddsIn,a01,a05,a10\n")
        if shared.is_dir():  # on the team's machine: byte-identical to the shared reference copy
            assert hashlib.sha256(ours).digest() == hashlib.sha256((shared / f"{name}.csv").read_bytes()).digest()
