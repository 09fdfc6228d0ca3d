"""Case ownership, transfers and receipts: a case belongs to the officer who created
it until a signed transfer hands it over, and every export comes back as a receipt."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASS, PASS2, run_cli
from tests.exchange_helpers import HQ_PASS, add_case, enrolled_vault, issue_enrolment, members_of

ENV = {"DOSSIER_PASSPHRASE": PASS, "DOSSIER_USER": "Chief", "DOSSIER_HQ_PASSPHRASE": HQ_PASS}


def export(session: Any, case: str, stick: Path) -> Path:
    from app.casefile.export import export_cases

    stick.mkdir(exist_ok=True)
    return export_cases(session, [case], stick).exported[0].file


def set_check(session: Any, case: str, result: str) -> None:
    from app.domain.enums import CheckResult

    d = session.get_dossier(case)
    d.checks[0].result = CheckResult(result)
    session.save_dossier(d)


def hq_vault(tmp: Path) -> Path:
    from app.vault import vault

    vault.create(tmp / "hqv", "HQ", "Chief", PASS).close()
    return tmp / "hqv"


def hq_import(hqv: Path, hq: Any, *bundles: Path) -> Any:
    return run_cli("--vault", str(hqv), "import", *map(str, bundles), "--identity", str(hq.folder), **ENV)


def forge(plant: Any, hq: Any, genuine: Path, edit: Any, stick: Path) -> Path:
    """A plant's own enrolled key re-signs another post's case, built with the program's
    own functions (a copy of the case JSON is all the plant needs)."""
    from app.casefile import bundle, casefile
    from app.casefile.render import CaseFileInput, render_and_sign
    from app.domain import record
    from app.domain.interchange import canonical_json, parse_document

    doc = json.loads(members_of(genuine.read_bytes(), hq.identity)["case.json"])
    edit(doc)
    raw = canonical_json(doc)
    d = parse_document(json.loads(raw)).dossier
    signer = casefile.signer_for(casefile.signing_material(plant))
    when = dt.datetime.now(dt.UTC).replace(microsecond=0)
    case_sha, record_sha = __import__("hashlib").sha256(raw).hexdigest(), record.record_sha256(doc)
    pdf = render_and_sign(CaseFileInput(d, doc["computed"], case_sha, record_sha, signer.subject.callsign,
                                        signer.subject.post, True, when), signer)
    s = signer.subject
    sealed = bundle.build(bundle.Contents(d.case_number, d.case_id, case_sha, record_sha, raw, pdf, {}),
                          bundle.Officer(s.callsign, s.post, True, str(s.serial)),
                          bundle.Origin(plant.vault_id, plant.allocate_export_sequence()), signer.sign_detached,
                          hq.recipient, when)
    stick.mkdir(exist_ok=True)
    (stick / "forged.fdb.age").write_bytes(sealed)
    return stick / "forged.fdb.age"


def test_an_enrolled_key_at_another_post_cannot_rewrite_a_case(field: Any, hq: Any, tmp_path: Path) -> None:
    """An officer enrolled at LVIV re-signed a KYIV case with the adverse check changed to
    no_record; HQ imported it as the newest version."""
    from app.vault import vault

    hqv = hq_vault(tmp_path)
    case = add_case(field)
    set_check(field, case, "adverse")
    genuine = export(field, case, tmp_path / "s1")
    assert "imported as version 1" in hq_import(hqv, hq, genuine).stdout
    plant = enrolled_vault(tmp_path / "lviv", hq, tmp_path, callsign="Whiskey", post="LVIV")
    try:
        def clear(doc: dict[str, Any]) -> None:
            doc["checks"][0]["result"] = "no_record"
            doc["attachments"] = []
        forged = forge(plant, hq, genuine, clear, tmp_path / "s2")
    finally:
        plant.close()
    r = hq_import(hqv, hq, forged)
    assert r.returncode == 101, r.stdout + r.stderr
    assert "PASS  pdf-vs-manifest" in r.stdout  # a perfectly signed bundle ...
    assert "FAIL  case-owner           the case belongs to Alpha (KYIV) and is signed by Whiskey (LVIV)" in r.stdout
    s = vault.unlock(hqv, "Chief", PASS)
    try:
        assert s.get_dossier(case).checks[0].result.value == "adverse"
    finally:
        s.close()
    # HQ itself hands the case over: from then on the new officer's bundles count
    r = run_cli("--vault", str(hqv), "hq", "transfer", case, "--to", "Whiskey", "--to-post", "LVIV",
                "--reason", "case moves with the applicant to Lviv", "--identity", str(hq.folder), **ENV)
    assert r.returncode == 0 and "signed by HQ: recorded" in r.stdout, r.stderr
    r = hq_import(hqv, hq, forged)
    assert r.returncode == 0 and "imported as version 2" in r.stdout, r.stdout


def test_a_supervisor_of_the_post_transfers_a_case_between_its_officers(hq: Any, tmp_path: Path) -> None:
    from app.domain.enums import Role
    from app.vault import vault

    hqv = hq_vault(tmp_path)
    post = enrolled_vault(tmp_path / "post", hq, tmp_path, callsign="Sierra", post="ODESA",
                          prepared=_supervisor(hq, tmp_path, "Sierra", "ODESA"))
    for name in ("Yankee", "Zulu"):
        post.add_user(name, Role.OFFICER, PASS2)
    post.close()
    for name in ("Yankee", "Zulu"):
        s = vault.unlock(tmp_path / "post", name, PASS2)
        s.enrol(issue_enrolment(hq, tmp_path, name, "ODESA"))
        s.close()
    yankee = vault.unlock(tmp_path / "post", "Yankee", PASS2)
    case = add_case(yankee)
    first = export(yankee, case, tmp_path / "s1")
    yankee.close()
    assert "imported as version 1" in hq_import(hqv, hq, first).stdout
    zulu = vault.unlock(tmp_path / "post", "Zulu", PASS2)
    set_check(zulu, case, "adverse")
    by_zulu = export(zulu, case, tmp_path / "s2")
    zulu.close()
    r = hq_import(hqv, hq, by_zulu)
    assert r.returncode == 101 and "belongs to Yankee (ODESA) and is signed by Zulu (ODESA)" in r.stdout
    (tmp_path / "t").mkdir()
    env = {"DOSSIER_PASSPHRASE": PASS2, "DOSSIER_USER": "Zulu"}
    refused = run_cli("--vault", str(tmp_path / "post"), "transfer", case, "--from", "Yankee", "--from-post",
                      "ODESA", "--to", "Zulu", "--to-post", "ODESA", "--reason", "Yankee rotated out of the post",
                      "--to-dir", str(tmp_path / "t"), **env)
    assert refused.returncode == 9 and list((tmp_path / "t").iterdir()) == []  # an officer cannot
    env = {"DOSSIER_PASSPHRASE": PASS, "DOSSIER_USER": "Sierra"}
    r = run_cli("--vault", str(tmp_path / "post"), "transfer", case, "--from", "Yankee", "--from-post", "ODESA",
                "--to", "Zulu", "--to-post", "ODESA", "--reason", "Yankee rotated out of the post",
                "--to-dir", str(tmp_path / "t"), **env)
    assert r.returncode == 0, r.stderr
    file = next((tmp_path / "t").iterdir())
    r = run_cli("--vault", str(hqv), "hq", "transfer", "--file", str(file), "--identity", str(hq.folder), **ENV)
    assert r.returncode == 0 and "signed by Sierra (ODESA), supervisor: recorded" in r.stdout, r.stderr
    r = hq_import(hqv, hq, by_zulu)
    assert r.returncode == 0 and "imported as version 2" in r.stdout, r.stdout


def _supervisor(hq: Any, tmp: Path, callsign: str, post: str) -> Any:
    from app.casefile import enrolment

    issued = enrolment.issue(hq, callsign, post, tmp / f"{callsign}.enrol", False, supervisor=True)
    return enrolment.read(issued.path, issued.passphrase)


def test_transfers_signed_by_anyone_but_the_old_posts_supervisor_or_hq_are_refused(hq: Any,
                                                                                   tmp_path: Path) -> None:
    from app.casefile import casefile, pki, transfer
    from app.errors import IntegrityError

    doc = transfer.document("00000000-0000-4000-8000-000000000001", "KYIV-B-2026-0001", ("Alpha", "KYIV"),
                            ("Xray", "LVIV"),
                            "the applicant moved to Lviv", pki.utcnow())
    for who, post, supervisor in (("Xray", "LVIV", False), ("Yoke", "LVIV", True)):
        prepared = _supervisor(hq, tmp_path, who, post) if supervisor else issue_enrolment(hq, tmp_path, who, post)
        s = enrolled_vault(tmp_path / who, hq, tmp_path, callsign=who, post=post, prepared=prepared)
        try:
            sig = transfer.sign(doc, casefile.signer_for(casefile.signing_material(s)))
        finally:
            s.close()
        with pytest.raises(IntegrityError, match="Only a supervisor of post KYIV or HQ"):
            transfer.verify(doc, sig, hq.ca_cert, frozenset())
    with pytest.raises(Exception, match="reason"):
        transfer.document("00000000-0000-4000-8000-000000000001", "K", ("Alpha", "KYIV"), ("Xray", "LVIV"), "short",
                          pki.utcnow())


def test_receipts_come_back_in_the_next_package_and_a_lost_stick_is_noticed(
        alpha: Any, hq: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A case was marked "sent" once it was on the stick; if the stick was lost, nobody noticed."""
    from app.casefile import package
    from app.vault import exports, vault

    hqv = hq_vault(tmp_path)
    field = enrolled_vault(tmp_path / "field", hq, tmp_path, prepared=alpha)
    arrived, lost = add_case(field, given_name="Андрій"), add_case(field, given_name="Борис")
    first = export(field, arrived, tmp_path / "s1")
    export(field, lost, tmp_path / "s2")  # this stick never reaches HQ
    assert hq_import(hqv, hq, first).returncode == 0
    (tmp_path / "wl.json").write_text('{"format": "field-dossier/watchlist/1", "entries": []}')
    r = run_cli("--vault", str(hqv), "hq", "package", "--watchlist", str(tmp_path / "wl.json"), "--out",
                str(tmp_path / "p.pkg"), "--identity", str(hq.folder), **ENV)
    assert r.returncode == 0 and "with 1 receipt(s)" in r.stdout, r.stderr
    status = {e.case_number: e for e in field.case_exchange_status()}
    assert not status[arrived].received_at and not status[lost].received_at  # written to stick, nothing back
    package.install(field, tmp_path / "p.pkg")
    status = {e.case_number: e for e in field.case_exchange_status()}
    assert status[arrived].received_at and status[arrived].hq_outcome == "imported"
    assert status[arrived].hq_version == 1 and not status[lost].received_at
    assert [e.case_number for e in field.unacknowledged(days=0)] == [lost]
    assert field.unacknowledged() == []  # not late yet: 14 days by default
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=15)
    monkeypatch.setattr(exports, "now_utc", lambda: later)
    assert [e.case_number for e in field.unacknowledged()] == [lost]
    field.close()
    again = vault.unlock(tmp_path / "field", "Alpha", PASS)
    try:
        assert any("1 case(s) written to a stick at least 14 days ago have no receipt from HQ" in w
                   for w in again.warnings)
    finally:
        again.close()
    monkeypatch.undo()
    env = {"DOSSIER_PASSPHRASE": PASS, "DOSSIER_USER": "Alpha"}
    r = run_cli("--vault", str(tmp_path / "field"), "exports", "--unacknowledged", "--days", "0", **env)
    assert r.returncode == 0 and lost in r.stdout and arrived not in r.stdout and "NOT ACKNOWLEDGED" in r.stdout
    r = run_cli("--vault", str(tmp_path / "field"), "exports", **env)
    assert f"{arrived}\texport 1" in r.stdout and "received by HQ" in r.stdout and "imported as version 1" in r.stdout
