"""A post tells HQ it deleted a case: a signed, encrypted notice goes out with the next export; HQ
verifies it like a bundle's signature and marks the case deleted at the post; a notice signed at
another post, altered, or for another HQ is refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import PASS, run_cli
from tests.exchange_helpers import HQ_PASS, add_case, enrolled_vault, issue_enrolment

ENV = {"DOSSIER_PASSPHRASE": PASS, "DOSSIER_USER": "Chief", "DOSSIER_HQ_PASSPHRASE": HQ_PASS}


def test_a_deletion_reaches_hq_signed_and_is_marked_there(hq: Any, alpha: Any, tmp_path: Path) -> None:
    import pytest

    from app.casefile import deletion, pki, signing
    from app.errors import IntegrityError
    from app.vault import vault

    field = enrolled_vault(tmp_path / "field", hq, tmp_path, prepared=alpha)
    gone, kept = add_case(field), add_case(field, surname="Коваль")
    case_id = field.get_dossier(gone).case_id
    field.delete_applicant(gone, "withdrawn by the applicant")
    field.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    env = {"DOSSIER_PASSPHRASE": PASS, "DOSSIER_USER": "Alpha"}
    r = run_cli("--vault", str(tmp_path / "field"), "export", kept, "--to", str(stick), **env)
    assert r.returncode == 0 and "with 1 deletion notice(s)" in r.stderr, r.stderr
    (notice,) = sorted(stick.glob("deletion-*.fdd.age"))
    assert b"withdrawn" not in notice.read_bytes()  # encrypted to HQ
    r = run_cli("--vault", str(tmp_path / "field"), "deletion-notices", "--to-dir", str(stick), **env)
    assert r.returncode == 0 and "0 deletion notice(s)" in r.stdout  # each deletion is told once

    vault.create(tmp_path / "hqv", "HQ", "Chief", PASS).close()
    r = run_cli("--vault", str(tmp_path / "hqv"), "hq", "deletion", str(notice), "--identity", str(hq.folder), **ENV)
    assert r.returncode == 0, r.stderr
    assert f"{gone} ({case_id}) deleted at post KYIV" in r.stdout and "signed by Alpha (KYIV): recorded" in r.stdout
    r = run_cli("--vault", str(tmp_path / "hqv"), "hq", "deletion", str(notice), "--identity", str(hq.folder), **ENV)
    assert "already on record" in r.stdout
    s = vault.unlock(tmp_path / "hqv", "Chief", PASS)
    assert s.deleted_at_post(case_id) and not s.deleted_at_post("0" * 8 + "-0000-4000-8000-" + "0" * 12)
    s.close()

    # forged: signed by an officer of another post, or altered after signing
    doc, sig = deletion.read(notice, hq.identity)
    other = issue_enrolment(hq, tmp_path, "Victor", "LVIV")
    lviv = signing.OfficerSigner(other.key_pem, other.cert_pem, [other.ca_pem])
    forged = deletion.document(case_id, gone, "KYIV", "2026-01-01", "Victor", "x", pki.utcnow())
    with pytest.raises(IntegrityError, match="Only post KYIV"):
        deletion.verify(forged, deletion.sign(forged, lviv), hq.ca_cert, frozenset())
    with pytest.raises(IntegrityError, match="signature"):
        deletion.verify(doc.replace(b"withdrawn", b"WITHDRAWN"), sig, hq.ca_cert, frozenset())
    serial = pki.subject_of(pki.load_cert(alpha.cert_pem)).serial
    with pytest.raises(IntegrityError, match="revoked"):
        deletion.verify(doc, sig, hq.ca_cert, frozenset({serial}))


def test_an_hq_update_package_sets_the_posts_retention_policy(hq: Any, field: Any, tmp_path: Path) -> None:
    import json

    from app.casefile import package
    from app.domain.retention import Policy

    policy = tmp_path / "retention.json"
    policy.write_text(json.dumps({"format": "field-dossier/retention/1", "months": {"reject": 6, "accept": 24}}))
    out = tmp_path / "update.pkg"
    package.build(hq, out, None, None, [], None, policy)
    vault_dir = field.vault_dir
    field.close()
    env = {"DOSSIER_PASSPHRASE": PASS, "DOSSIER_USER": "Alpha"}
    r = run_cli("--vault", str(vault_dir), "update", str(out), **env)
    assert r.returncode == 0, r.stderr
    r = run_cli("--vault", str(vault_dir), "retention", "show", "--json", **env)
    assert json.loads(r.stdout)["months"] == {"accept": 24, "reject": 6, "defer": None, "refer": None}
    r = run_cli("--vault", str(vault_dir), "audit", "list", "--action", "retention_set", "--json", **env)
    (entry,) = json.loads(r.stdout)["log"]
    assert entry["detail"].startswith("accept 24; reject 6 (update package ")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "field-dossier/retention/1", "months": {"reject": -1}}))
    import pytest

    from app.errors import ValidationError

    with pytest.raises(ValidationError):
        package.build(hq, tmp_path / "bad.pkg", None, None, [], None, bad)
    assert Policy({"reject": 6}).to_doc()["months"]["reject"] == 6


def test_hq_refuses_a_bundle_of_a_case_its_post_said_it_deleted(hq: Any, field: Any, tmp_path: Path) -> None:
    """A stick written before the deletion arrives after HQ recorded the post's signed notice:
    refused (exit 100+N, FAIL case-deleted), not imported, its content not kept; the post's other
    cases still import."""
    from app.casefile import deletion
    from app.vault import vault
    from tests.test_exchange_records import export, hq_import, hq_vault

    gone, kept = add_case(field), add_case(field, surname="Коваль")
    case_id = field.get_dossier(gone).case_id
    late = export(field, gone, tmp_path / "old-stick")  # written while the case existed
    field.delete_applicant(gone, "withdrawn by the applicant")
    bundle = export(field, kept, tmp_path / "stick")
    assert deletion.write_pending(field, tmp_path / "stick") == 1  # the notice goes with the export
    (notice,) = sorted((tmp_path / "stick").glob("deletion-*.fdd.age"))
    field.close()

    hqv = hq_vault(tmp_path)
    r = run_cli("--vault", str(hqv), "hq", "deletion", str(notice), "--identity", str(hq.folder), **ENV)
    assert r.returncode == 0 and "recorded" in r.stdout, r.stderr
    r = hq_import(hqv, hq, late, bundle)
    assert r.returncode == 101, (r.stdout, r.stderr)  # one bundle failed (docs/cli.md)
    assert "FAIL  case-deleted" in r.stdout and "post KYIV deleted this case" in r.stdout, r.stdout
    assert "signed deletion notice" in r.stdout
    s = vault.unlock(hqv, "Chief", PASS)
    try:
        assert [v.case_number for v in s.case_versions(kept)] == [kept]  # the other case came in
        import pytest

        from app.errors import NotFoundError

        with pytest.raises(NotFoundError):
            s.get_dossier(case_id)  # the deleted case did not
        with s.read() as c:
            rows = c.execute("SELECT outcome, content FROM received_bundles WHERE case_key = ?",
                             (case_id.lower(),)).fetchall()
        assert rows == [("deleted", None)]  # kept as a record of what came, not the applicant's data
        refused = [e for e in s.audit_log() if e.action == "bundle_deleted"]
        assert len(refused) == 1 and refused[0].case_number == gone
        assert s.audit_verify().ok
    finally:
        s.close()
    r = hq_import(hqv, hq, late)  # it comes back: judged again, refused again
    assert r.returncode == 101 and "FAIL  case-deleted" in r.stdout


def test_a_retention_reason_reaches_hq_coded_and_reads_in_its_language(hq: Any, alpha: Any, tmp_path: Path,
                                                                       ukrainian: None) -> None:
    """Issue 17: a deletion's reason written by the retention policy travels coded in the signed notice;
    HQ records it with the notice and shows it in the HQ reader's language (a typed reason stays as typed)."""
    import dataclasses
    import datetime as dt
    import json

    from app.casefile import deletion
    from app.domain import msg, retention
    from app.ui.messages import tr_detail
    from app.vault import vault

    field = enrolled_vault(tmp_path / "field", hq, tmp_path, prepared=alpha)
    gone = add_case(field)
    case_id = field.get_dossier(gone).case_id
    field.delete_applicant(gone, "withdrawn by the applicant")
    facts = retention.CaseFacts(gone, "reject", dt.datetime(2020, 1, 1, tzinfo=dt.UTC), None)
    due = retention.due(retention.Policy({"reject": 6}), facts, dt.datetime(2026, 1, 1, tzinfo=dt.UTC), True)
    assert due is not None
    (tomb,) = field.pending_deletion_notices()
    field.pending_deletion_notices = lambda: [dataclasses.replace(tomb, reason=due.reason)]  # as a retention run
    stick = tmp_path / "stick"
    stick.mkdir()
    assert deletion.write_pending(field, stick) == 1
    field.close()
    (notice,) = sorted(stick.glob("deletion-*.fdd.age"))
    doc, sig = deletion.read(notice, hq.identity)
    n = deletion.verify(doc, sig, hq.ca_cert, frozenset())
    assert json.loads(n.reason)["msg"] == "audit.retention_reason_decision"  # coded inside the signed notice
    s = vault.create(tmp_path / "hqv", "HQ", "Chief", PASS)
    try:
        assert s.record_deletion_notice(n.case_id, n.case_number, n.post, n.signed_by, n.reason)
        (entry,) = [e for e in s.audit_log() if e.action == "deletion_received"]
        assert str(entry.detail) == (f"case id {case_id} deleted at post KYIV, signed by Alpha (KYIV); reason: "
                                     "retention: reject, 6 month(s) after the decision")
        shown = tr_detail(entry.detail)
        assert shown.endswith("причина: зберігання: відмовити, 6 міс. після рішення"), shown
        assert s.deleted_at_post(case_id)
        typed = msg.text("audit.deletion_received", case_id, "KYIV", "Alpha (KYIV)", "withdrawn by the applicant")
        assert tr_detail(msg.stored(typed)).endswith("причина: withdrawn by the applicant")
    finally:
        s.close()
