"""Rule sets installed from HQ stay known after a later package replaces them."""

from __future__ import annotations

import copy
from typing import Any

from app.domain import rulesets
from app.domain.interchange import parse_document
from app.vault import vault
from tests.conftest import PASS, sample_doc


def _rule_set(cut: int) -> dict[str, Any]:
    doc = copy.deepcopy(rulesets.shipped())
    doc["rules"]["hq_zct"] = {**doc["rules"]["federal_zct"], "label": f"HQ ZCT ±{cut}", "ndi": cut, "di": -cut}
    return doc


def test_an_exam_scored_with_an_earlier_hq_rule_stays_known(session, vault_dir) -> None:  # type: ignore[no-untyped-def]
    session.install_package(1, [("rules", "polygraph", _rule_set(5))])
    doc = sample_doc()
    doc["polygraph_exams"][0]["rule"] = rulesets.snapshot("hq_zct")
    case = session.add_applicant(parse_document(doc))
    scored = session.computed(session.get_dossier(case))["polygraph_exams"][0]
    assert (scored["rule"], scored["rule_status"], scored["cutscores"]["ndi"]) == ("hq_zct", "current", 5)

    session.install_package(2, [("rules", "polygraph", _rule_set(7))])  # HQ changes its rule
    scored = session.computed(session.get_dossier(case))["polygraph_exams"][0]
    assert (scored["rule_status"], scored["cutscores"]["ndi"]) == ("earlier", 5)  # known, as it was
    assert scored["current_default"]["rule"] == "federal_zct"
    session.close()
    again = vault.unlock(vault_dir, "Alpha", PASS)  # remembered in the vault, not only in memory
    try:
        scored = again.computed(again.get_dossier(case))["polygraph_exams"][0]
        assert scored["rule_status"] == "earlier"
        with again.read() as c:
            assert c.execute("SELECT count(*) FROM known_rule_sets").fetchone()[0] == 2
    finally:
        again.close()
    # locked: this vault's rule sets are forgotten, so another vault would not trust that rule
    assert rulesets.trust(doc["polygraph_exams"][0]["rule"], "federal_7", "").status == rulesets.UNKNOWN
