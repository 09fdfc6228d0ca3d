"""A case at HQ is its case id from its origin (issue 14), kept by one laptop (issue 16).

Attacks built as an insider would: with an enrolled officer's own key and own vault (whose
database that officer can rewrite: every user of a vault holds its data key), exporting
through the program, or re-signing a copy of a case's JSON with the program's own functions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.exchange_helpers import add_case, enrolled_vault
from tests.test_exchange_records import export, forge, hq_import, hq_vault, set_check


def _check_at_hq(hqv: Path, case: str) -> str:
    from app.vault import vault
    from tests.conftest import PASS

    s = vault.unlock(hqv, "Chief", PASS)
    try:
        return str(s.get_dossier(case).checks[0].result.value)
    finally:
        s.close()


def _copy_case_id(plant: Any, own: str, case_id: str) -> None:
    """The plant rewrites its own vault (it holds the key) so its case carries another case's id."""
    with plant.write() as c:
        c.execute("UPDATE applicants SET case_id = ? WHERE case_number = ?", (case_id, own))


def test_a_case_id_copied_onto_another_case_fails_case_origin(field: Any, hq: Any, tmp_path: Path) -> None:
    """An officer enrolled at LVIV puts a KYIV case's id (printed on every page of its case file)
    on a case of its own about the same person, with the adverse check cleared, and sends it."""
    hqv = hq_vault(tmp_path)
    case = add_case(field)
    set_check(field, case, "adverse")
    genuine = export(field, case, tmp_path / "s1")
    assert "imported as version 1" in hq_import(hqv, hq, genuine).stdout
    plant = enrolled_vault(tmp_path / "lviv", hq, tmp_path, callsign="Whiskey", post="LVIV")
    try:
        own = add_case(plant)
        set_check(plant, own, "no_record")
        _copy_case_id(plant, own, field.get_dossier(case).case_id)
        forged = export(plant, own, tmp_path / "s2")
    finally:
        plant.close()
    r = hq_import(hqv, hq, forged)
    assert r.returncode == 101, r.stdout + r.stderr
    assert "PASS  pdf-vs-manifest" in r.stdout  # every part of the bundle agrees ...
    assert "FAIL  case-origin" in r.stdout and "a copied case id" in r.stdout  # ... but it is not this case
    assert _check_at_hq(hqv, case) == "adverse"


def test_a_copied_case_id_that_arrives_first_is_named_when_the_genuine_case_comes(
        field: Any, hq: Any, tmp_path: Path) -> None:
    """HQ cannot tell which of two cases with one id came first in the field: the first to
    arrive is bound, and the second is refused as a copied case id for an analyst to settle
    (docs/SECURITY.md, section 6)."""
    hqv = hq_vault(tmp_path)
    case = add_case(field)
    set_check(field, case, "adverse")
    plant = enrolled_vault(tmp_path / "lviv", hq, tmp_path, callsign="Whiskey", post="LVIV")
    try:
        own = add_case(plant)
        _copy_case_id(plant, own, field.get_dossier(case).case_id)
        squat = export(plant, own, tmp_path / "s1")
    finally:
        plant.close()
    assert "imported as version 1" in hq_import(hqv, hq, squat).stdout
    r = hq_import(hqv, hq, export(field, case, tmp_path / "s2"))
    assert r.returncode == 101 and "FAIL  case-origin" in r.stdout, r.stdout
    assert "created in vault" in r.stdout and "by Whiskey (LVIV)" in r.stdout and "a copied case id" in r.stdout


def test_the_officers_own_key_on_a_second_laptop_cannot_send_the_case(field: Any, hq: Any, alpha: Any,
                                                                     tmp_path: Path) -> None:
    """Alpha's enrolment installed on a second laptop (one enrolment installed twice, or Alpha's
    captured key): the same officer, the same case id and origin, signed with Alpha's own key.
    A case is kept by the laptop that created it."""
    hqv = hq_vault(tmp_path)
    case = add_case(field)
    set_check(field, case, "adverse")
    first = export(field, case, tmp_path / "s1")
    unseen = export(field, add_case(field, surname="Другий"), tmp_path / "s0")  # never reaches HQ
    assert "imported as version 1" in hq_import(hqv, hq, first).stdout
    clone = enrolled_vault(tmp_path / "clone", hq, tmp_path, prepared=alpha)
    try:
        def clear(doc: dict[str, Any]) -> None:
            doc["checks"][0]["result"] = "no_record"
            doc["attachments"] = []
        forged = forge(clone, hq, first, clear, tmp_path / "s2")
        new_case = forge(clone, hq, unseen, lambda doc: doc.update(attachments=[]), tmp_path / "s3")
    finally:
        clone.close()
    r = hq_import(hqv, hq, forged)
    assert r.returncode == 101, r.stdout + r.stderr
    assert "PASS  revocation" in r.stdout and "FAIL  case-origin" in r.stdout and "is kept by vault" in r.stdout
    assert _check_at_hq(hqv, case) == "adverse"
    r = hq_import(hqv, hq, new_case)  # a case HQ has not seen, from another laptop than its origin's
    assert r.returncode == 101 and "FAIL  case-origin" in r.stdout, r.stdout
    assert "imported as version 2" in hq_import(hqv, hq, export(field, case, tmp_path / "s4")).stdout


def test_admission_import_and_record_are_one_transaction(field: Any, hq: Any, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure after the import but before its export number is recorded leaves nothing:
    no version without the number that keeps older exports from becoming current."""
    from app.casefile.hq_ops import import_bundle, trust_of
    from app.vault import receiving, vault
    from tests.conftest import PASS

    case = add_case(field)
    bundle = export(field, case, tmp_path / "s1")
    hqv = vault.create(tmp_path / "hqv", "HQ", "Chief", PASS)
    try:
        def crash(*_: Any) -> None:
            raise OSError("disk pulled")
        monkeypatch.setattr(receiving, "record", crash)
        with pytest.raises(OSError):
            import_bundle(hqv, bundle, trust_of(hq))
        assert hqv.count_applicants() == 0 and hqv.received_by_vault() == []
        monkeypatch.undo()
        again = import_bundle(hqv, bundle, trust_of(hq))
        assert (again.outcome, again.version) == ("imported", 1)
        assert hqv.case_owner(field.get_dossier(case).case_id) == ("Alpha", "KYIV")
    finally:
        hqv.close()
