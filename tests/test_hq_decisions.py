"""HQ's decisions and requests travel back to the post in the next signed update package: the round
trip, and what a laptop refuses (another signer, a changed member, another post's case, a replay)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASS, run_cli
from tests.exchange_helpers import HQ_PASS, add_case, enrolled_vault, issue_enrolment, members_of, repack

ENV = {"DOSSIER_PASSPHRASE": PASS, "DOSSIER_USER": "Chief", "DOSSIER_HQ_PASSPHRASE": HQ_PASS}
FIELD_ENV = {"DOSSIER_PASSPHRASE": PASS, "DOSSIER_USER": "Alpha"}
REASON = "Adverse counter-intelligence check confirmed by HQ"


def _ok(r: Any) -> Any:
    assert r.returncode == 0, r.stdout + r.stderr
    return r


def _send(field: Any, case: str, hq: Any, hqv: Path, stick: Path) -> None:
    from app.casefile.export import export_cases

    stick.mkdir(exist_ok=True)
    bundle = export_cases(field, [case], stick).exported[0].file
    _ok(run_cli("--vault", str(hqv), "import", str(bundle), "--identity", str(hq.folder), **ENV))


def _hq_vault(tmp: Path) -> Path:
    from app.vault import vault

    vault.create(tmp / "hqv", "HQ", "Chief", PASS).close()
    return tmp / "hqv"


def _package(hqv: Path, hq: Any, out: Path) -> Any:
    return _ok(run_cli("--vault", str(hqv), "hq", "package", "--out", str(out), "--identity", str(hq.folder), **ENV))


def test_hq_decides_the_package_carries_it_and_the_post_shows_it(alpha: Any, hq: Any, tmp_path: Path) -> None:
    """Nothing HQ decided went back to the post."""
    from app.vault import vault

    hqv = _hq_vault(tmp_path)
    field = enrolled_vault(tmp_path / "field", hq, tmp_path, prepared=alpha)
    case, other = add_case(field, given_name="Андрій"), add_case(field, given_name="Борис")
    _send(field, case, hq, hqv, tmp_path / "s1")
    case_id = field.get_dossier(case).case_id
    field.close()
    r = _ok(run_cli("--vault", str(hqv), "hq", "decide", case, "--reject", "--reason", REASON, **ENV))
    assert f"{case}: Rejected by HQ, sealed by Chief. It goes to post KYIV" in r.stdout
    _ok(run_cli("--vault", str(hqv), "hq", "request", case, "--kind", "polygraph", "--detail",
                "A third polygraph exam on the contacts question", **ENV))
    r = run_cli("--vault", str(hqv), "hq", "decide", other, "--accept", "--reason", REASON, **ENV)
    assert r.returncode == 6 and "No case with that number" in r.stderr  # HQ never received it
    r = _ok(run_cli("--vault", str(hqv), "hq", "decisions", case, **ENV))
    assert "Rejected by HQ: " + REASON in r.stdout and "not sent yet" in r.stdout
    r = _package(hqv, hq, tmp_path / "p1.pkg")
    assert "2 HQ decision(s) or request(s)" in r.stdout
    seq = int(r.stdout.split("Update package ", 1)[1].split()[0])
    r = _ok(run_cli("--vault", str(hqv), "hq", "decisions", case, "--json", **ENV))
    sent = json.loads(r.stdout)
    assert [(e["kind"], e["value"], e["package"]) for e in sent] == [("decision", "reject", seq),
                                                                   ("request", "polygraph", seq)]
    assert {e["vault_id"] for e in sent} == {alpha_vault_id(tmp_path)} and {e["case_id"] for e in sent} == {case_id}

    r = _ok(run_cli("--vault", str(tmp_path / "field"), "update", str(tmp_path / "p1.pkg"), **FIELD_ENV))
    assert "2 new decision(s) or request(s) from HQ." in r.stdout
    r = _ok(run_cli("--vault", str(tmp_path / "field"), "applicant", "show", case, **FIELD_ENV))
    hq_lines = [line for line in r.stdout.splitlines() if line.startswith("  HQ: ")]
    assert len(hq_lines) == 2
    assert f"Rejected by HQ: {REASON} (by Chief, sealed, received in package {seq})" in hq_lines[0]
    assert "HQ asks for another polygraph exam: A third polygraph exam" in r.stdout
    r = _ok(run_cli("--vault", str(tmp_path / "field"), "applicant", "show", other, **FIELD_ENV))
    assert "  HQ: " not in r.stdout
    s = vault.unlock(tmp_path / "field", "Alpha", PASS)
    try:
        assert [x.decision.value for x in s.hq_decisions(case)] == ["reject", "polygraph"]
        from app.vault.listing import ListQuery

        status = s.hq_columns(list(s.list_view(ListQuery()).ids))
        assert [c.status for c in status.values()] == ["request:polygraph"]  # the list's marker, one case
        history = [e.action for e in s.audit_entries(case)]
        assert history.count("hq_decision_received") == 2
        assert s.audit_verify().ok
        assert not s.is_hq_vault  # an enrolled laptop
    finally:
        s.close()
    # the next package carries the same entries again (a post may have missed one): stored once
    _package(hqv, hq, tmp_path / "p2.pkg")
    r = _ok(run_cli("--vault", str(tmp_path / "field"), "update", str(tmp_path / "p2.pkg"), **FIELD_ENV))
    assert "from HQ" not in r.stdout
    # and the first package again is a replay: refused by its number
    r = run_cli("--vault", str(tmp_path / "field"), "update", str(tmp_path / "p1.pkg"), **FIELD_ENV)
    assert r.returncode != 0 and "not newer" in r.stderr


def alpha_vault_id(tmp: Path) -> str:
    from app.vault import keyslots

    return keyslots.load(tmp / "field").vault_id


def _entry(case_id: str, vault_id: str, **over: str) -> Any:
    from app.domain.hq_decisions import HqDecision

    base = {"uid": "a" * 32, "case_id": case_id, "case_number": "KYIV-A-2026-0001", "vault_id": vault_id,
            "post": "KYIV", "kind": "decision", "value": "accept", "text": "Accepted after HQ review of the file",
            "decided_by": "Chief", "decided_at": "2026-12-01T10:00:00.000000+00:00"}
    return HqDecision(**{**base, **over})


def test_a_package_for_another_post_s_case_or_an_unknown_case_changes_nothing(
        alpha: Any, hq: Any, tmp_path: Path) -> None:
    """Every entry is bound to this vault's id and a case it holds by case id."""
    from app.casefile import package

    field = enrolled_vault(tmp_path / "field", hq, tmp_path, prepared=alpha)
    try:
        case = add_case(field)
        mine = field.get_dossier(case).case_id
        entries = [
            _entry(mine, "b" * 32, uid="1" * 32),  # this case id, addressed to another laptop: skipped
            _entry("00000000-0000-4000-8000-000000000001", field.vault_id, uid="2" * 32),  # not held here
        ]
        package.build(hq, tmp_path / "p.pkg", None, None, [], None, None, entries)
        pkg = package.install(field, tmp_path / "p.pkg")
        assert pkg.hq_result == (0, 1)
        assert field.hq_decisions(case) == []
        entries = [_entry(mine, field.vault_id, uid="3" * 32)]
        package.build(hq, tmp_path / "q.pkg", None, None, [], None, None, entries)
        assert package.install(field, tmp_path / "q.pkg").hq_result == (1, 0)
        assert [s.decision.status for s in field.hq_decisions(case)] == ["decision:accept"]
    finally:
        field.close()


def _forge(members: dict[str, bytes], signer: Any, seq: int, recipient: str) -> bytes:
    """A package as the program builds it, signed by `signer`."""
    from app.casefile import package, pki
    from app.domain.interchange import canonical_json

    listed = [{"path": n, "sha256": hashlib.sha256(b).hexdigest()} for n, b in sorted(members.items())]
    man = canonical_json({"format": package.FORMAT, "sequence": seq, "created_at": pki.utcnow().isoformat(),
                          "files": listed})
    return repack({"package.json": man, "package.p7s": signer.sign_detached(man, pki.utcnow()), **members},
                  recipient)


def test_an_officer_signed_or_tampered_package_is_refused(alpha: Any, hq: Any, tmp_path: Path) -> None:
    from app.casefile import casefile, package
    from app.domain import hq_decisions
    from app.domain.interchange import canonical_json
    from app.errors import IntegrityError

    field = enrolled_vault(tmp_path / "field", hq, tmp_path, prepared=alpha)
    try:
        case = add_case(field)
        entry = _entry(field.get_dossier(case).case_id, field.vault_id, uid="4" * 32, value="reject")
        body = {hq_decisions.MEMBER: canonical_json(hq_decisions.document([entry]))}
        officer = casefile.signer_for(casefile.signing_material(field))  # an enrolled key, not the CA's
        (tmp_path / "officer.pkg").write_bytes(_forge(body, officer, 50, hq.field_recipient))
        with pytest.raises(IntegrityError, match="signature is not HQ's"):
            package.install(field, tmp_path / "officer.pkg")
        package.build(hq, tmp_path / "p.pkg", None, None, [], None, None, [entry])
        members = members_of((tmp_path / "p.pkg").read_bytes(), hq.field_identity)
        members[hq_decisions.MEMBER] = members[hq_decisions.MEMBER].replace(b'"reject"', b'"accept"')
        (tmp_path / "t.pkg").write_bytes(repack(members, hq.field_recipient))
        with pytest.raises(IntegrityError, match="does not match its signed hash"):
            package.install(field, tmp_path / "t.pkg")
        assert field.hq_decisions(case) == [] and field.package_sequence == 0
        package.install(field, tmp_path / "p.pkg")  # the genuine one goes in
        assert [s.decision.value for s in field.hq_decisions(case)] == ["reject"]
    finally:
        field.close()


@pytest.mark.parametrize("change", [
    {"extra": "x"}, {"uid": "g" * 32}, {"case_id": "not-a-uuid"}, {"kind": "decision", "value": "interview"},
    {"kind": "verdict"}, {"text": "short"}, {"text": "x" * 1001}, {"text": " padded  text here "},
    {"vault_id": "A" * 32}, {"post": "kyiv"}, {"decided_at": "yesterday"}, {"decided_at": "2026-13-40T10:00:00Z"},
    {"decided_by": 7}, {"case_number": "KYIV-A-2026-0001\n"},
])
def test_the_member_is_checked_field_by_field(change: dict[str, Any]) -> None:
    from app.domain import hq_decisions

    good = _entry("00000000-0000-4000-8000-000000000001", "c" * 32).to_json()
    assert hq_decisions.parse({"format": hq_decisions.FORMAT, "entries": [good]})[0].uid == "a" * 32
    with pytest.raises(ValueError):
        hq_decisions.parse({"format": hq_decisions.FORMAT, "entries": [{**good, **change}]})
    with pytest.raises(ValueError):
        hq_decisions.parse({"format": hq_decisions.FORMAT, "entries": [good, good]})  # one uid twice
    with pytest.raises(ValueError):
        hq_decisions.parse({"format": "field-dossier-hq-decisions/2", "entries": []})


def test_only_an_hq_supervisor_records_and_the_text_names_no_one(hq: Any, tmp_path: Path) -> None:
    from app.domain.enums import Role
    from app.errors import AuthenticationError, PermissionDenied, ValidationError
    from app.vault import vault
    from tests.conftest import PASS2

    field = enrolled_vault(tmp_path / "field", hq, tmp_path, prepared=issue_enrolment(hq, tmp_path))
    hqv = _hq_vault(tmp_path)
    case = add_case(field, surname="Шевчук", given_name="Тарас")
    _send(field, case, hq, hqv, tmp_path / "s")
    with pytest.raises(PermissionDenied, match="HQ vault"):  # a laptop is not HQ
        field.record_hq_decision(case, "decision", "accept", REASON, PASS)
    field.close()
    s = vault.unlock(hqv, "Chief", PASS)
    try:
        assert s.is_hq_vault
        with pytest.raises(AuthenticationError):
            s.record_hq_decision(case, "decision", "accept", REASON, PASS2)
        with pytest.raises(ValidationError, match="names the applicant"):
            s.record_hq_decision(case, "decision", "reject", "Shevchuk lied about his service record", PASS)
        with pytest.raises(ValidationError):
            s.record_hq_decision(case, "decision", "interview", REASON, PASS)
        from app.domain.interchange import parse_document
        from tests.conftest import sample_doc

        doc = sample_doc()  # a case HQ holds without a post that sent it (no bundle, no owner)
        doc["case_number"], doc["case_id"] = "ODESA-A-2026-0001", "00000000-0000-4000-8000-0000000000aa"
        s.import_version(parse_document(doc), "Zulu", "ODESA", "1", "e" * 64, "f" * 64, b"x")
        with pytest.raises(ValidationError, match="no post to send"):
            s.record_hq_decision("ODESA-A-2026-0001", "decision", "accept", REASON, PASS)
        s.add_user("Echo", Role.OFFICER, PASS2)
    finally:
        s.close()
    s = vault.unlock(hqv, "Echo", PASS2)
    try:
        with pytest.raises(PermissionDenied):
            s.record_hq_decision(case, "decision", "accept", REASON, PASS2)
        assert s.hq_decisions(case) == []
    finally:
        s.close()


@pytest.mark.parametrize(("query", "index"), [({"post": "KYIV"}, "hq_cases_post"),
                                              ({"officer": "Alpha"}, "hq_cases_officer"),
                                              ({"received_from": "2026-11-01", "received_to": "2026-11-30"},
                                               "hq_cases_received")])
def test_the_hq_list_filters_read_their_index(session: Any, query: dict[str, str], index: str) -> None:
    """The HQ filters stay in SQL, on hq_cases' indexes: no scan of every received case."""
    from app.vault import listing

    where, params = listing._filters(listing.ListQuery(**query))  # type: ignore[arg-type]
    with session.read() as c:
        plan = " ".join(str(r[-1]) for r in c.execute(
            f"EXPLAIN QUERY PLAN SELECT id FROM applicants WHERE {' AND '.join(where)} ORDER BY id", params))
    assert f"USING COVERING INDEX {index}" in plan or f"USING INDEX {index}" in plan, plan
