"""Case identity: case ids, station codes, origins, and HQ keeping cases apart by id (issue 14)."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from app.domain.casenumber import is_case_id, legacy_case_id
from app.domain.interchange import parse_document
from app.domain.serde import to_jsonable
from app.errors import PermissionDenied, ValidationError
from tests.conftest import PASS, sample_doc, seed_dossier
from tests.exchange_helpers import add_case, enrolled_vault, issue_enrolment, members_of


@pytest.fixture
def trust(hq: Any) -> Any:
    from app.casefile.hq_ops import trust_of

    return trust_of(hq)


def _export(session: Any, case: str, stick: Path) -> Path:
    from app.casefile.export import export_cases

    stick.mkdir(exist_ok=True)
    return export_cases(session, [case], stick).exported[0].file


def _hq_vault(tmp_path: Path) -> Any:
    from app.vault import vault

    return vault.create(tmp_path / "hqv", "HQ", "Chief", PASS)


def test_a_new_vault_numbers_with_its_own_station_until_hq_assigns_one(hq: Any, tmp_path: Path) -> None:
    from app.vault import vault

    s = vault.create(tmp_path / "v", "KYIV", "Alpha", PASS)
    try:
        own = s.station_code
        first = add_case(s)
        assert re.fullmatch(rf"KYIV-{own}-\d{{4}}-0001", first) and len(own) == 3
        d = s.get_dossier(first)
        assert is_case_id(d.case_id) and d.origin is not None and d.origin.cert_serial == ""
        assert (d.origin.vault_id, d.origin.created_by, d.origin.post, d.origin.station) == (
            s._slots.vault_id, "Alpha", "KYIV", own)
        e = issue_enrolment(hq, tmp_path, "Alpha", "KYIV")
        assert e.station and len(e.station) <= 2
        s.enrol(e)
        second = add_case(s, surname="Бондар")
        assert second.split("-")[1] == e.station and second.endswith("-0002")  # the counter goes on
        assert s.get_dossier(first).case_number == first  # numbers already given never change
        origin = s.get_dossier(second).origin
        cert = x509.load_pem_x509_certificate(e.cert_pem)
        assert origin is not None and origin.cert_serial == str(cert.serial_number)
        assert origin.cert_sha256 == hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()
        assert "station_assigned" in [a.action for a in s.audit_entries()]
        s.enrol(issue_enrolment(hq, tmp_path, "Alpha", "KYIV"))  # a later enrolment keeps the station
        assert s.station_code == e.station
    finally:
        s.close()


def test_hq_hands_out_each_station_code_once_per_post(hq: Any, tmp_path: Path) -> None:
    codes = [issue_enrolment(hq, tmp_path, f"Op{i}", "ODESA").station for i in range(3)]
    assert len(set(codes)) == 3 and issue_enrolment(hq, tmp_path, "Op9", "LUTSK").station == "A"


def test_a_demo_vault_cannot_be_enrolled(hq: Any, alpha: Any, tmp_path: Path) -> None:
    from app.vault import vault

    s = vault.create(tmp_path / "demo", "KYIV", "Alpha", PASS, demo=True)
    try:
        with pytest.raises(PermissionDenied, match="demo vault"):
            s.enrol(alpha)
    finally:
        s.close()


def test_bundles_carry_the_case_id_and_hq_finds_the_case_by_it(field: Any, hq: Any, trust: Any,
                                                               tmp_path: Path) -> None:
    from app.casefile.hq_ops import import_bundle

    case = add_case(field)
    case_id = field.get_dossier(case).case_id
    bundle = _export(field, case, tmp_path / "stick")
    members = members_of(bundle.read_bytes(), hq.identity)
    assert json.loads(members["manifest.json"])["case_id"] == case_id
    assert json.loads(members["case.json"])["case_id"] == case_id
    hqv = _hq_vault(tmp_path)
    try:
        imported = import_bundle(hqv, bundle, trust)
        assert imported.case_number == case and hqv.get_dossier(case_id).case_number == case
        assert [v.case_id for v in hqv.case_versions(case)] == [case_id]
    finally:
        hqv.close()


def test_hq_attributes_imported_seals_to_the_signing_officer(field: Any, trust: Any, tmp_path: Path) -> None:
    from app.casefile.hq_ops import import_bundle
    from app.domain import sealing

    case = seed_dossier(field, sample_doc())  # interview sealed by Alpha, exam 1 sealed by Bravo
    first = _export(field, case, tmp_path / "s1")
    d = field.get_dossier(case)
    d.application.text = "Доповнена заява."  # type: ignore[union-attr]
    field.save_dossier(d)
    second = _export(field, case, tmp_path / "s2")
    hqv = _hq_vault(tmp_path)
    try:
        assert import_bundle(hqv, first, trust).version == 1
        got = hqv.get_dossier(case)
        for record in (got.interviews[0], got.polygraph_exams[0]):
            assert record.attested is not None and record.attested.officer == "Alpha"
            assert record.attested.post == "KYIV" and record.attested.version == 1
            assert record.attested.cert_serial == _signed_by(hqv) != ""
        assert got.polygraph_exams[0].sealed_by == "Bravo"  # the seal stays the examiner's, vouched for
        assert got.checks[0].attested is None  # not sealed: nothing to vouch for
        assert import_bundle(hqv, second, trust).version == 2
        again = hqv.get_dossier(case)
        assert again.polygraph_exams[0].attested.version == 1  # type: ignore[union-attr]  # unchanged since v1
        shown = hqv.computed(again)
        assert shown["stage"] and sealing.records(again)[("exam", 1)].attested is not None
    finally:
        hqv.close()


def _signed_by(hqv: Any) -> str:
    """The certificate serial HQ recorded for the first imported version (from verification)."""
    with hqv.read() as c:
        return str(c.execute("SELECT cert_serial FROM case_versions ORDER BY id LIMIT 1").fetchone()[0])


def _legacy_bundle(field: Any, hq: Any, case: str, tmp: Path, number: str, created: str = "") -> Path:
    """A case as HQ knew it before case ids: the number without a station code, and the case id
    that schema 0008 derives from that number and the creation time at HQ and on the laptop alike.
    Bundles have carried the case id since format 2 (format 1 is refused), so the laptop exports
    the case once under that identity, then gets its current identity back."""
    d = field.get_dossier(case)
    when = created or to_jsonable(d.created_at)
    with field.write() as c:
        c.execute("UPDATE applicants SET case_number = ?, case_id = ?, created_at = ? WHERE case_id = ?",
                  (number, legacy_case_id(number, when), when, d.case_id))
    try:
        return _export(field, number, tmp / f"legacy-{case}")
    finally:
        with field.write() as c:
            c.execute("UPDATE applicants SET case_number = ?, case_id = ?, created_at = ? WHERE case_number = ?",
                      (d.case_number, d.case_id, to_jsonable(d.created_at), number))


def test_a_legacy_case_at_hq_is_joined_by_its_renumbered_field_copy(field: Any, hq: Any, trust: Any,
                                                                    tmp_path: Path) -> None:
    """Before case ids: HQ holds KYIV-2026-0001. After both upgrade, the laptop sends it renumbered
    (KYIV-XYZ-2026-0001, former number KYIV-2026-0001) with the derived case id: HQ adds a version
    to the same case and takes the new number, keeping the old one searchable."""
    from app.casefile.hq_ops import import_bundle, verify_paper
    from app.vault.guard import store  # as migration 0008 left the laptop: renumbered, id derived

    case = add_case(field)
    d = field.get_dossier(case)
    created = to_jsonable(d.created_at)
    legacy = _legacy_bundle(field, hq, case, tmp_path, "KYIV-2026-0001")
    with field.write() as c:
        c.execute("UPDATE applicants SET case_id = ? WHERE case_id = ?", (legacy_case_id("KYIV-2026-0001", created),
                                                                        d.case_id))
        applicant_id = c.execute("SELECT id FROM applicants WHERE case_number = ?", (case,)).fetchone()[0]
        store.add_alias(c, applicant_id, "KYIV-2026-0001")
    hqv = _hq_vault(tmp_path)
    try:
        old = import_bundle(hqv, legacy, trust)
        assert old.case_number == "KYIV-2026-0001" and old.version == 1
        assert hqv.get_dossier("KYIV-2026-0001").case_id == legacy_case_id("KYIV-2026-0001", created)
        new = import_bundle(hqv, _export(field, case, tmp_path / "s2"), trust)
        assert new.version == 2 and new.case_number == case  # the same case, now under its new number
        got = hqv.get_dossier("KYIV-2026-0001")
        assert got.case_number == case and got.former_numbers == ["KYIV-2026-0001"]
        assert [h.summary.case_number for h in hqv.search("KYIV-2026-0001")] == [case]
        assert hqv.count_applicants() == 1
        sha = hqv.case_versions(case)[0].json_sha256
        ok, message = verify_paper(hqv, "KYIV-2026-0001", sha)  # an old printout (case JSON hash) still checks
        assert ok and "version 1" in message
        from app.casefile.hq_ops import version_records

        first = version_records(hqv, case)[0].record_sha256  # its QR names the old number
        ok, message = verify_paper(hqv, case, f"FDR1|KYIV-2026-0001|{first}")
        assert ok and "version 1" in message and "a newer version exists: version 2" in message
    finally:
        hqv.close()


def test_a_different_case_with_a_number_hq_holds_is_kept_apart(field: Any, hq: Any, trust: Any,
                                                              tmp_path: Path) -> None:
    from app.casefile.hq_ops import import_bundle

    first, second = add_case(field, surname="Перший"), add_case(field, surname="Другий")
    hqv = _hq_vault(tmp_path)
    try:
        import_bundle(hqv, _legacy_bundle(field, hq, first, tmp_path, "KYIV-2026-0001"), trust)
        # another laptop's KYIV-2026-0001, made on another day
        other = _legacy_bundle(field, hq, second, tmp_path, "KYIV-2026-0001", "2026-03-01T08:00:00Z")
        clash = import_bundle(hqv, other, trust)
        assert clash.version == 1 and clash.case_number.startswith("KYIV-2026-0001#")
        assert any("held here by a different case" in w for w in clash.warnings)
        assert sorted(r.surname for r in hqv.list_applicants()) == ["Другий", "Перший"]
        assert hqv.get_dossier("KYIV-2026-0001").person.surname == "Перший"  # the case that holds it
        assert hqv.get_dossier(clash.case_number).person.surname == "Другий"
        found = [h.summary.case_number for h in hqv.search("KYIV-2026-0001")]
        assert sorted(found) == sorted(["KYIV-2026-0001", clash.case_number])  # the analyst sees both
        with hqv.write() as c:  # had both been renumbered since, the old number names neither alone
            c.execute("UPDATE applicants SET case_number = 'KYIV-B-2026-0001' WHERE case_number = 'KYIV-2026-0001'")
            c.execute("INSERT INTO case_aliases(applicant_id, number) SELECT id, 'KYIV-2026-0001' FROM applicants "
                      "WHERE case_number = 'KYIV-B-2026-0001'")
        with pytest.raises(ValidationError, match="Several cases had that number"):
            hqv.get_dossier("KYIV-2026-0001")
    finally:
        hqv.close()


def test_two_enrolled_laptops_of_a_post_create_cases_independently(hq: Any, trust: Any, tmp_path: Path) -> None:
    from app.casefile.hq_ops import import_bundle

    one = enrolled_vault(tmp_path / "one", hq, tmp_path, callsign="Kilo", post="KYIV")
    two = enrolled_vault(tmp_path / "two", hq, tmp_path, callsign="Lima", post="KYIV")
    hqv = _hq_vault(tmp_path)
    try:
        a = add_case(one, surname="Олійник", given_name="Марко", date_of_birth="1980-01-01",
                     documents=[{"type": "passport", "number": "AA111111"}])
        b = add_case(two, surname="Ткаченко", given_name="Ірина", date_of_birth="1995-05-05",
                     documents=[{"type": "passport", "number": "BB222222"}])
        assert a != b and a.split("-")[1] != b.split("-")[1]
        for s, case, stick in ((one, a, "s1"), (two, b, "s2")):
            assert import_bundle(hqv, _export(s, case, tmp_path / stick), trust).version == 1
        assert sorted(r.surname for r in hqv.list_applicants()) == ["Олійник", "Ткаченко"]
        assert hqv.get_dossier(a).origin.vault_id == one._slots.vault_id  # type: ignore[union-attr]
        assert hqv.get_dossier(b).origin.created_by == "Lima"  # type: ignore[union-attr]
    finally:
        for s in (one, two, hqv):
            s.close()


def test_a_document_cannot_choose_its_identity(session: Any) -> None:
    doc = sample_doc()
    doc.update(case_number="KYIV-Z-2020-0007", case_id="00000000-0000-4000-8000-000000000000",
               former_numbers=["KYIV-2020-0001"], origin={"vault_id": "f" * 32, "created_by": "Ghost", "post": "X"})
    case = session.add_applicant(parse_document(doc))
    d = session.get_dossier(case)
    assert case != "KYIV-Z-2020-0007" and d.case_id != doc["case_id"] and d.former_numbers == []
    assert d.origin is not None and d.origin.created_by == "Alpha" and d.origin.vault_id == session._slots.vault_id


def test_external_authors_are_marked_in_show_and_the_case_file(session: Any, tmp_path: Path) -> None:
    """Free-text authors (here: names in an imported document that are not users) are kept and
    shown as external in the JSON, `applicant show` and the signed case file."""
    from app.casefile import casefile
    from tests.exchange_helpers import tool

    case = session.add_applicant(parse_document(sample_doc()))  # interviewer Alpha (a user), examiner Bravo
    d = session.get_dossier(case)
    assert d.interviews[0].external == [] and d.polygraph_exams[0].external == ["examiner"]
    pdf, _ = casefile.signed_pdf(session, case)
    (tmp_path / "c.pdf").write_bytes(pdf)
    text = " ".join(tool("pdftotext", str(tmp_path / "c.pdf"), "-").stdout.split())
    assert "Bravo (зовнішній)" in text and "Alpha (зовнішній)" not in text and d.case_id in text
