"""Revocation, time and enrolment: the laptop and HQ against a revoked, expired or
foreign certificate, checked where possible with stock tools (openssl, pdfsig with an
NSS database, pyHanko)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASS, run_cli
from tests.exchange_helpers import HQ_PASS, add_case, enrolled_vault, issue_enrolment, members_of, tool

PYHANKO = str(Path(sys.executable).parent / "pyhanko")


def _export(session: Any, case: str, stick: Path) -> Path:
    from app.casefile.export import export_cases

    stick.mkdir(exist_ok=True)
    return export_cases(session, [case], stick).exported[0].file


def _package(hq: Any, tmp: Path, name: str = "p.pkg") -> Path:
    from app.casefile import package

    (tmp / "wl.json").write_text('{"format": "field-dossier/watchlist/1", "entries": []}', "utf-8")
    package.build(hq, tmp / name, tmp / "wl.json", None, [])
    return tmp / name


# -- CRLs ------------------------------------------------------------------------------------------
def test_crls_carry_increasing_numbers_and_the_authority_key_identifier(hq: Any, tmp_path: Path) -> None:
    """Every CRL HQ issued had number 1 and no Authority Key Identifier."""
    from cryptography import x509

    from app.casefile import pki

    def current() -> int:
        return pki.crl_number(pki.load_crl(hq.crl_pem(), hq.ca_cert))

    first = current()
    issue_enrolment(hq, tmp_path, "Kilo", "ODESA")
    hq.revoke("Kilo", "ODESA")
    after_revoke = current()
    _package(hq, tmp_path)
    after_package = current()
    assert first < after_revoke < after_package
    text = tool("openssl", "crl", "-in", str(hq.folder / "crl.pem"), "-noout", "-text").stdout
    assert "X509v3 Authority Key Identifier" in text
    assert text.split("X509v3 CRL Number:")[1].split()[0] == str(after_package)
    crl = x509.load_pem_x509_crl(hq.crl_pem())
    aki = crl.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value.key_identifier
    ski = hq.ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    assert aki == ski
    from app.casefile.hq import HqKeystore

    reopened = HqKeystore.open(hq.folder, HQ_PASS)  # the number survives closing the key store
    assert reopened.reissue_crl() == after_package + 1


def test_revoke_by_serial_or_by_call_sign_and_post_never_by_call_sign_alone(hq: Any, tmp_path: Path) -> None:
    """`hq revoke CALLSIGN` revoked that call sign at every post."""
    from app.errors import ValidationError

    kyiv = issue_enrolment(hq, tmp_path, "Lima", "KYIV")
    lviv = issue_enrolment(hq, tmp_path, "Lima", "LVIV")
    serial = {o.post: o.serial for o in hq.officers if o.callsign == "Lima"}
    with pytest.raises(ValidationError, match="call sign and the post"):
        hq.revoke("Lima")
    assert [o.serial for o in hq.revoke("Lima", "LVIV")] == [serial["LVIV"]]
    assert int(serial["KYIV"]) not in hq.revoked_serials()
    assert [o.post for o in hq.revoke(serial=serial["KYIV"])] == ["KYIV"]
    assert {int(serial["KYIV"]), int(serial["LVIV"])} <= hq.revoked_serials()
    assert kyiv.callsign == lviv.callsign == "Lima"
    r = run_cli("hq", "revoke", "Lima", "--identity", str(hq.folder), DOSSIER_HQ_PASSPHRASE=HQ_PASS)
    assert r.returncode == 5 and "call sign and the post" in r.stderr


def test_laptop_with_a_revoked_certificate_says_so_and_refuses_to_sign_or_export(hq: Any, tmp_path: Path) -> None:
    """After installing a package whose CRL revoked its own certificate, the laptop kept signing."""
    from app.casefile import casefile, package
    from app.casefile.export import export_cases
    from app.errors import PermissionDenied
    from app.vault import vault

    s = enrolled_vault(tmp_path / "v", hq, tmp_path, callsign="Mike", post="KYIV")
    case = add_case(s)
    try:
        casefile.signed_pdf(s, case)  # fine while the certificate stands
        hq.revoke("Mike", "KYIV")
        package.install(s, _package(hq, tmp_path))
        with pytest.raises(PermissionDenied, match="HQ has revoked your certificate"):
            casefile.signed_pdf(s, case)
        (tmp_path / "stick").mkdir()
        with pytest.raises(PermissionDenied, match="will not sign case files or send them to HQ"):
            export_cases(s, [case], tmp_path / "stick")
        assert list((tmp_path / "stick").iterdir()) == []
        assert any(e.action == "signing_refused" for e in s.audit_entries(limit=50))
    finally:
        s.close()
    again = vault.unlock(tmp_path / "v", "Mike", PASS)
    try:
        assert any("HQ has revoked your certificate" in w for w in again.warnings)
        assert any(e.action == "certificate_warning" for e in again.audit_entries(limit=50))
    finally:
        again.close()
    env = {"DOSSIER_PASSPHRASE": PASS, "DOSSIER_USER": "Mike"}
    r = run_cli("--vault", str(tmp_path / "v"), "casefile", case, "--out", str(tmp_path / "c.pdf"), **env)
    assert r.returncode == 9 and r.stderr.count("HQ has revoked your certificate") == 2  # at unlock, then refused
    assert not (tmp_path / "c.pdf").exists()


def test_an_older_package_installed_late_does_not_undo_a_revocation(hq: Any, tmp_path: Path) -> None:
    from app.casefile import package

    old = _package(hq, tmp_path, "old.pkg")
    s = enrolled_vault(tmp_path / "v", hq, tmp_path, callsign="November", post="KYIV")
    try:
        hq.revoke("November", "KYIV")
        new = _package(hq, tmp_path, "new.pkg")
        from app.casefile import pki

        s_pkg = package.read(new, s.hq_trust()["hq_field_identity"], s.hq_trust()["hq_ca_pem"])
        s.install_package(s_pkg.sequence, s_pkg.content, s_pkg.watchlist, s_pkg.crl_pem)
        assert s.certificate_status().revoked_at is not None
        o_pkg = package.read(old, s.hq_trust()["hq_field_identity"], s.hq_trust()["hq_ca_pem"])
        with s.write() as c:  # pretend the old one is numbered higher: only its CRL is at stake here
            c.execute("UPDATE meta SET value = '0' WHERE key = 'package_seq'")
        s.install_package(o_pkg.sequence, o_pkg.content, o_pkg.watchlist, o_pkg.crl_pem)
        assert s.certificate_status().revoked_at is not None
        assert pki.crl_number(pki.load_crl(s.hq_trust()["hq_crl_pem"].encode(), hq.ca_cert)) == \
            pki.crl_number(pki.load_crl(s_pkg.crl_pem, hq.ca_cert))
    finally:
        s.close()


def test_stock_tools_with_the_crl_report_a_revoked_officers_files(hq: Any, tmp_path: Path) -> None:
    """openssl cms -crl_check and pdfsig (NSS database holding HQ's CA and CRL) say revoked;
    pyHanko does too with the CRL given (its CLI cannot load a local CRL, the library can).
    Without the CRL, pdfsig and `pyhanko sign validate --trust ca.pem` still say valid."""
    from app.casefile import pki, signing

    s = enrolled_vault(tmp_path / "v", hq, tmp_path, callsign="Oscar", post="KYIV")
    try:
        members = members_of(_export(s, add_case(s), tmp_path / "stick").read_bytes(), hq.identity)
    finally:
        s.close()
    for name in ("manifest.json", "manifest.p7s", "case.pdf"):
        (tmp_path / name).write_bytes(members[name])
    ca = tmp_path / "ca.pem"
    ca.write_bytes(pki.cert_pem(hq.ca_cert))
    trusted = tmp_path / "ca-and-crl.pem"  # openssl cms takes the CRL with the CA (-crl_check)
    cms = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(tmp_path / "manifest.p7s"),
           "-content", str(tmp_path / "manifest.json"), "-CAfile", str(trusted), "-purpose", "any",
           "-crl_check", "-out", "/dev/null"]
    trusted.write_bytes(ca.read_bytes() + hq.crl_pem())
    assert tool(*cms).returncode == 0
    assert "Signature is Valid." in tool("pdfsig", str(tmp_path / "case.pdf")).stdout
    v = tool(PYHANKO, "sign", "validate", "--trust", str(ca), "--trust-replace", str(tmp_path / "case.pdf"))
    assert v.returncode == 0 and "INTACT:TRUSTED" in v.stdout
    nss = tmp_path / "nss"
    nss.mkdir()
    assert tool("certutil", "-N", "-d", f"sql:{nss}", "--empty-password").returncode == 0
    assert tool("certutil", "-A", "-d", f"sql:{nss}", "-n", "hq", "-t", "C,C,C", "-a", "-i", str(ca)).returncode == 0
    assert "Certificate is Trusted." in tool("pdfsig", "-nssdir", f"sql:{nss}", str(tmp_path / "case.pdf")).stdout

    hq.revoke("Oscar", "KYIV")
    trusted.write_bytes(ca.read_bytes() + hq.crl_pem())
    bad = tool(*cms)
    assert bad.returncode != 0 and "certificate revoked" in bad.stderr, bad.stderr
    (tmp_path / "crl.der").write_bytes(pki.load_crl(hq.crl_pem(), hq.ca_cert).public_bytes(
        __import__("cryptography.hazmat.primitives.serialization", fromlist=["Encoding"]).Encoding.DER))
    assert tool("crlutil", "-I", "-d", f"sql:{nss}", "-i", str(tmp_path / "crl.der"), "-B").returncode == 0
    assert "Certificate has been Revoked." in tool("pdfsig", "-nssdir", f"sql:{nss}",
                                                   str(tmp_path / "case.pdf")).stdout
    result = signing.verify_pdf(members["case.pdf"], hq.ca_cert, crls=[pki.load_crl(hq.crl_pem(), hq.ca_cert)])
    assert not result.ok and result.reason == "the signer's certificate is revoked"


# -- time ------------------------------------------------------------------------------------------
def test_signing_time_is_in_the_cms_and_the_pdf(field: Any, hq: Any, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The CMS had no signing time; the PDF's was the wall clock, not the case file's."""
    from app.casefile import casefile

    when = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=3, hours=5)
    monkeypatch.setattr(casefile, "clock", lambda: when)
    members = members_of(_export(field, add_case(field), tmp_path / "stick").read_bytes(), hq.identity)
    (tmp_path / "m.p7s").write_bytes(members["manifest.p7s"])
    printed = tool("openssl", "cms", "-cmsout", "-print", "-inform", "DER", "-in", str(tmp_path / "m.p7s")).stdout
    assert "signingTime" in printed and f"UTCTIME:{when:%b} {when.day:2d} {when:%H:%M:%S %Y} GMT" in printed
    (tmp_path / "c.pdf").write_bytes(members["case.pdf"])
    assert f"Signing Time: {when:%b %d %Y %H:%M:%S}" in tool("pdfsig", str(tmp_path / "c.pdf")).stdout
    assert __import__("json").loads(members["manifest.json"])["created_at"] == when.isoformat()


def test_bundle_made_while_the_certificate_was_valid_verifies_years_later(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A valid bundle failed once the officer's certificate had expired (checked 'now')."""
    from app.casefile import casefile, pki
    from app.casefile.hq import HqKeystore
    from app.casefile.hq_ops import trust_of
    from app.casefile.verify import verify_bytes
    from app.errors import PermissionDenied
    from app.vault import exchange

    then = dt.datetime(2021, 3, 1, 9, 0, tzinfo=dt.UTC)
    with monkeypatch.context() as past:  # HQ, the enrolment and the export all happen in 2021
        past.setattr(pki, "utcnow", lambda: then)
        past.setattr(casefile, "clock", lambda: then + dt.timedelta(days=40))
        past.setattr(exchange, "now_utc", lambda: then + dt.timedelta(days=40))
        old_hq = HqKeystore.init(tmp_path / "hq", HQ_PASS)
        s = enrolled_vault(tmp_path / "v", old_hq, tmp_path, callsign="Papa", post="KYIV")
        case = add_case(s)
        data = _export(s, case, tmp_path / "stick").read_bytes()
    try:
        cert = pki.load_cert(s.signing_material().cert_pem)  # type: ignore[union-attr]
        assert cert.not_valid_after_utc < dt.datetime.now(dt.UTC)  # expired long ago
        report = verify_bytes(data, trust_of(old_hq))
        assert report.ok, report.lines()
        assert "signed 2021-04-10 09:00 UTC" in "\n".join(report.lines())
        with pytest.raises(PermissionDenied, match="Your certificate expired on 2023-03-01"):
            casefile.signed_pdf(s, case)  # today the laptop itself refuses to sign with it
    finally:
        s.close()


# -- enrolment -------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def other_hq(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from app.casefile.hq import HqKeystore

    return HqKeystore.init(tmp_path_factory.mktemp("other") / "hq", HQ_PASS)


def test_enrolling_with_another_hq_is_never_silent(hq: Any, other_hq: Any, tmp_path: Path) -> None:
    """`dossier enroll` with another HQ's file replaced the CA and recipient without a word."""
    from app.domain.enums import Role
    from app.errors import PermissionDenied
    from app.vault import certstatus, vault
    from app.vault.exchange import HqSwitchNeeded
    from tests.conftest import PASS2

    s = enrolled_vault(tmp_path / "v", hq, tmp_path, callsign="Quebec", post="KYIV")
    s.add_user("Romeo", Role.OFFICER, PASS2)
    before = s.hq_trust()
    foreign = issue_enrolment(other_hq, tmp_path, "Quebec", "KYIV")
    with pytest.raises(HqSwitchNeeded) as refused:
        s.enrol(foreign)
    old, new = certstatus.describe_ca(hq.ca_cert), certstatus.describe_ca(other_hq.ca_cert)
    assert old in refused.value.message and new in refused.value.message and old != new
    with pytest.raises(HqSwitchNeeded):
        s.enrol(foreign, switch_to=certstatus.fingerprint(hq.ca_cert))  # naming the wrong CA
    assert s.hq_trust() == before
    s.close()

    romeo = vault.unlock(tmp_path / "v", "Romeo", PASS2)  # an officer cannot switch, even confirming
    try:
        romeo.enrol(issue_enrolment(hq, tmp_path, "Romeo", "KYIV"))  # the same HQ: fine
        with pytest.raises(PermissionDenied, match="Only a supervisor can switch"):
            romeo.enrol(issue_enrolment(other_hq, tmp_path, "Romeo", "KYIV"),
                        switch_to=certstatus.fingerprint(other_hq.ca_cert))
        assert romeo.hq_trust()["hq_ca_pem"] == before["hq_ca_pem"]
    finally:
        romeo.close()

    s = vault.unlock(tmp_path / "v", "Quebec", PASS)
    try:
        s.enrol(foreign, switch_to=certstatus.fingerprint(other_hq.ca_cert)[:19])
        assert s.hq_trust()["hq_recipient"] == other_hq.recipient and s.package_sequence == 0
        switched = next(e for e in s.audit_entries(limit=50) if e.action == "hq_switched")
        assert old in switched.detail and new in switched.detail
    finally:
        s.close()


def test_cli_enroll_names_both_hqs_and_switches_only_when_confirmed(hq: Any, other_hq: Any, tmp_path: Path) -> None:
    from app.casefile import enrolment
    from app.vault import certstatus

    s = enrolled_vault(tmp_path / "v", hq, tmp_path, callsign="Sierra", post="KYIV")
    s.close()
    issued = enrolment.issue(other_hq, "Sierra", "KYIV", tmp_path / "o.enrol", False)
    env = {"DOSSIER_PASSPHRASE": PASS, "DOSSIER_USER": "Sierra", "DOSSIER_ENROLMENT_PASSPHRASE": issued.passphrase}
    r = run_cli("--vault", str(tmp_path / "v"), "enroll", str(issued.path), **env)
    assert r.returncode == 9 and certstatus.fingerprint(hq.ca_cert) in r.stderr
    assert certstatus.fingerprint(other_hq.ca_cert) in r.stderr
    r = run_cli("--vault", str(tmp_path / "v"), "enroll", str(issued.path), "--switch-hq",
                certstatus.fingerprint(other_hq.ca_cert).replace(" ", "")[:16], **env)
    assert r.returncode == 0, r.stderr


def test_a_damaged_crl_file_at_hq_is_a_clear_error_not_a_crash(hq: Any, tmp_path: Path) -> None:
    """Found by the CLI fuzz: a crl.pem that is not UTF-8 made `hq enroll` exit 70, and a
    garbled one would have gone out in enrolments and update packages."""
    import shutil

    copy = tmp_path / "hq"
    shutil.copytree(hq.folder, copy)
    (tmp_path / "hq.pass").write_text(HQ_PASS)
    hq_args = ["--identity", str(copy), "--hq-passphrase-file", str(tmp_path / "hq.pass")]
    for damage in (b"\xe6\x00 not text", b"-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n"):
        (copy / "crl.pem").write_bytes(damage)
        r = run_cli("hq", "enroll", "--callsign", "Zulu", "--post", "KYIV", "--out", str(tmp_path / "z.enrol"),
                    *hq_args)
        assert r.returncode == 8 and "revocation list is damaged" in r.stderr, (r.returncode, r.stderr)
        assert not (tmp_path / "z.enrol").exists()


def test_a_certificate_with_a_damaged_name_is_refused_not_a_crash(hq: Any) -> None:
    """Found by the CLI fuzz: an enrolment file whose certificate had a damaged issuer name
    made `enroll` exit 70 (cryptography parses names lazily and raised ValueError)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.x509.oid import NameOID

    from app.casefile import pki

    der = bytearray(hq.ca_cert.public_bytes(serialization.Encoding.DER))
    cn = str(hq.ca_cert.issuer.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value).encode()
    at = der.find(b"\x0c" + bytes([len(cn)]) + cn)  # the issuer's common name, a UTF8String (not a byte of the
    assert at > 0  # random serial number that happens to be 0x0c: that made this test flaky)
    der[at + 2] = 0xFF  # its first byte made invalid UTF-8
    damaged = x509.load_der_x509_certificate(bytes(der))
    with pytest.raises(ValueError):
        _ = damaged.issuer
    assert pki.issued_by(damaged, hq.ca_cert) == "its CA signature does not verify"
