"""Case files, bundles and HQ verification, checked with independent tools
(pdfsig, pdftotext, qpdf, pyhanko CLI, age) wherever the claim is about a file."""

from __future__ import annotations

import hashlib
import sys
import tarfile
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASS, run_cli
from tests.exchange_helpers import (
    HQ_PASS,
    add_case,
    enrolled_vault,
    flip,
    members_of,
    repack,
    tool,
)

PYHANKO = str(Path(sys.executable).parent / "pyhanko")


@pytest.fixture
def trust(hq: Any) -> Any:
    from app.casefile.hq_ops import trust_of

    return trust_of(hq)


def _export(session: Any, case: str, stick: Path) -> Path:
    from app.casefile.export import export_cases

    stick.mkdir(exist_ok=True)
    report = export_cases(session, [case], stick)
    assert len(report.exported) == 1
    return report.exported[0].file


def test_signed_pdf_validates_with_pdfsig_and_pyhanko_and_keeps_cyrillic(field: Any, hq: Any, tmp_path: Path) -> None:
    from app.casefile import casefile

    case = add_case(field, surname="Ґалаґан", given_name="Їжак", patronymic="Юрійович", aliases=["Ёж Ъ'єр"])
    pdf, material = casefile.signed_pdf(field, case)
    path = tmp_path / "case.pdf"
    path.write_bytes(pdf)
    sig = tool("pdfsig", str(path))
    assert "Signature is Valid." in sig.stdout and "CN=Alpha,OU=KYIV" in sig.stdout
    ca = tmp_path / "ca.pem"
    ca.write_bytes((hq.folder / "ca.pem").read_bytes())
    val = tool(PYHANKO, "sign", "validate", "--trust", str(ca), "--trust-replace", str(path))
    assert val.returncode == 0 and "INTACT:TRUSTED" in val.stdout, val.stdout + val.stderr
    assert tool("qpdf", "--check", str(path)).returncode == 0
    text = tool("pdftotext", str(path), "-").stdout
    for word in ("Ґалаґан Їжак Юрійович", "Ёж Ъ'єр", "Шевчук Ганна", "Чи маєте зв'язок із ФСБ?", case,
                 "привід для подальшої перевірки", "сторінка 1 з", "Особові дані", "Витяг із журналу дій"):
        assert word in text, word  # a Ukrainian post's case file is in Ukrainian (app.casefile.words)
    assert f"SHA-256 запису {material.record_sha256}" in text
    info = tool("pdfinfo", "-meta", str(path)).stdout + tool("pdfinfo", str(path)).stdout
    assert case in info and "Ґалаґан" not in info and "Galagan" not in info.lower()
    # a one-byte change anywhere in the signed ranges breaks both validators
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(pdf.replace(b"/Title", b"/Titlf", 1) if b"/Title" in pdf else flip(pdf, 2000))
    assert "Signature is Valid." not in tool("pdfsig", str(bad)).stdout
    assert tool(PYHANKO, "sign", "validate", "--trust", str(ca), "--trust-replace", str(bad)).returncode != 0


def test_one_signer_sizes_its_signature_once_and_every_file_still_validates(field: Any, hq: Any,
                                                                            tmp_path: Path) -> None:
    """The space for the signature is estimated by a dry-run signature on the first case file only
    (OfficerSigner keeps it); the later files, with longer or shorter content, validate as well."""
    from app.casefile import casefile

    casefile.forget_signers()
    signer = casefile.signer_for(casefile.signing_material(field))
    dry_runs: list[bool] = []
    real = signer._signer.async_sign

    async def counting(*args: Any, **kwargs: Any) -> Any:
        dry_runs.append(bool(kwargs.get("dry_run")))
        return await real(*args, **kwargs)

    signer._signer.async_sign = counting  # type: ignore[method-assign]
    ca = tmp_path / "ca.pem"
    ca.write_bytes((hq.folder / "ca.pem").read_bytes())
    for i, surname in enumerate(("Ко", "Коваленко-Шевчук" * 8, "Ї")):
        case = add_case(field, surname=surname[:100])
        pdf, _ = casefile.signed_pdf(field, case)
        path = tmp_path / f"case{i}.pdf"
        path.write_bytes(pdf)
        assert "Signature is Valid." in tool("pdfsig", str(path)).stdout
        val = tool(PYHANKO, "sign", "validate", "--trust", str(ca), "--trust-replace", str(path))
        assert val.returncode == 0 and "INTACT:TRUSTED" in val.stdout, val.stdout + val.stderr
    assert dry_runs == [True, False, False, False]  # one estimate, then three real signatures


def test_every_page_has_header_footer_and_qr(field: Any, tmp_path: Path) -> None:
    from app.casefile import casefile

    case = add_case(field)
    pdf, _ = casefile.signed_pdf(field, case)
    (tmp_path / "c.pdf").write_bytes(pdf)
    pages = int(next(line.split()[-1] for line in tool("pdfinfo", str(tmp_path / "c.pdf")).stdout.splitlines()
                     if line.startswith("Pages:")))
    assert pages >= 3
    for n in range(1, pages + 1):
        text = tool("pdftotext", "-f", str(n), "-l", str(n), str(tmp_path / "c.pdf"), "-").stdout
        assert "ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ" in text and case in text and f"сторінка {n} з {pages}" in text


def _case_file_with_photo(field: Any, photo: bytes, tmp_path: Path) -> tuple[bytes, Path]:
    """A case whose photo is `photo`, rendered and signed; the PDF and where it was written."""
    from app.casefile import casefile

    case = add_case(field)
    attachment = field.add_attachment(case, "face.jpg", photo, "photo")
    d = field.get_dossier(case)
    d.person.photo = attachment.sha256
    field.save_dossier(d)
    pdf, _ = casefile.signed_pdf(field, case)
    path = tmp_path / "c.pdf"
    path.write_bytes(pdf)
    return pdf, path


def test_camera_photo_is_printed_at_300_dpi_not_embedded_whole(field: Any, tmp_path: Path) -> None:
    """A 12-megapixel photo goes into the case file scaled to its 40 mm box at
    300 dpi: the PDF stays small and renders fast (bench/RESULTS.md)."""
    import io

    from PIL import Image, ImageDraw

    img = Image.radial_gradient("L").resize((4032, 3024)).convert("RGB")
    draw = ImageDraw.Draw(img)
    for i in range(0, 4000, 37):  # detail, so the JPEG is camera-sized (~2.4 MB)
        draw.line((i, 0, 4000 - i, 3024), fill=(i % 255, 80, 160), width=5)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=92)
    pdf, path = _case_file_with_photo(field, buf.getvalue(), tmp_path)
    listed = tool("pdfimages", "-list", str(path)).stdout.splitlines()[2:]
    sizes = [(int(cols[3]), int(cols[4]), cols[8]) for cols in (line.split() for line in listed)]
    assert (472, 354, "jpeg") in sizes  # 40 mm at 300 dpi, 4:3, still a JPEG
    assert max(w for w, _, _ in sizes) <= 1000
    assert len(buf.getvalue()) > 2_000_000 and len(pdf) < 400_000
    assert tool("qpdf", "--check", str(path)).returncode == 0


def test_damaged_photo_is_a_blank_box_not_a_failed_case_file(field: Any, tmp_path: Path) -> None:
    import io

    from PIL import Image

    from app.casefile import images

    buf = io.BytesIO()
    Image.radial_gradient("L").resize((2000, 1500)).convert("RGB").save(buf, "JPEG")
    broken = buf.getvalue()[: len(buf.getvalue()) // 2]  # the header is fine, the pixels stop half-way
    huge = bytearray(buf.getvalue())
    sof = bytes(huge).index(b"\xff\xc0")
    huge[sof + 5:sof + 9] = (30000).to_bytes(2, "big") * 2  # SOF0 height and width: 900 megapixels claimed
    assert images.image(bytes(huge), 100, 100) is None  # refused from the header, never decoded
    _, path = _case_file_with_photo(field, broken, tmp_path)
    assert tool("qpdf", "--check", str(path)).returncode == 0
    assert "Signature is Valid." in tool("pdfsig", str(path)).stdout
    assert tool("pdfimages", "-list", str(path)).stdout.count("jpeg") == 0  # nothing half-drawn


def test_round_trip_hq_init_enrol_case_pdf_bundle_verify_import_cli(tmp_path: Path) -> None:
    env = {"DOSSIER_HQ_PASSPHRASE": HQ_PASS, "DOSSIER_PASSPHRASE": PASS, "DOSSIER_USER": "Alpha"}
    hq, field, hqv, stick = (str(tmp_path / n) for n in ("hq", "field", "hqv", "stick"))
    assert run_cli("hq", "init", hq, **env).returncode == 0
    r = run_cli("hq", "enroll", "--identity", hq, "--callsign", "Alpha", "--post", "KYIV", "--out",
                str(tmp_path / "a.enrol"), **env)
    assert r.returncode == 0, r.stderr
    otp = r.stdout.strip().splitlines()[-1].split(": ")[-1]
    assert run_cli("--vault", field, "init", "--post", "KYIV", **env).returncode == 0
    (tmp_path / "s.json").write_text(__import__("json").dumps(__import__("tests.conftest").conftest.SAMPLE))
    case = run_cli("--vault", field, "applicant", "add", "--json", str(tmp_path / "s.json"), **env).stdout.strip()
    bad = run_cli("--vault", field, "enroll", str(tmp_path / "a.enrol"), DOSSIER_ENROLMENT_PASSPHRASE="WRONG", **env)
    assert bad.returncode == 3 and "one-time passphrase" in bad.stderr
    r = run_cli("--vault", field, "enroll", str(tmp_path / "a.enrol"), DOSSIER_ENROLMENT_PASSPHRASE=otp, **env)
    assert r.returncode == 0, r.stderr
    r = run_cli("--vault", field, "casefile", case, "--out", str(tmp_path / "c.pdf"), **env)
    assert r.returncode == 0 and "Signature is Valid." in tool("pdfsig", str(tmp_path / "c.pdf")).stdout
    Path(stick).mkdir()
    r = run_cli("--vault", field, "export", case, "--to", stick, **env)
    assert r.returncode == 0, r.stderr
    bundle = next(Path(stick).iterdir())
    assert case not in bundle.name and bundle.read_bytes().startswith(b"age-encryption.org/v1")
    r = run_cli("verify", str(bundle), "--identity", hq, **env)
    from app.casefile.verify import CHECKS

    assert r.returncode == 0 and r.stdout.count("PASS") == len(CHECKS) == 16, r.stdout + r.stderr
    assert run_cli("--vault", hqv, "init", "--post", "HQ", **env).returncode == 0
    r = run_cli("--vault", hqv, "import", str(bundle), "--identity", hq, **env)
    assert r.returncode == 0 and "imported as version 1" in r.stdout, r.stderr
    r = run_cli("--vault", hqv, "import", str(bundle), "--identity", hq, **env)
    assert r.returncode == 0 and "REPEAT: a repeat of export 1" in r.stdout
    sha = tool("pdftotext", str(tmp_path / "c.pdf"), "-").stdout.split("SHA-256 запису ")[1][:64]  # Ukrainian paper
    ok = run_cli("--vault", hqv, "verify-paper", case, sha, **env)
    assert ok.returncode == 0 and "MATCH" in ok.stdout
    wrong = run_cli("--vault", hqv, "verify-paper", case, "0" * 64, **env)
    assert wrong.returncode == 8 and "NO MATCH" in wrong.stderr


def test_age_decrypts_bundle_but_the_laptop_cannot(field: Any, hq: Any, tmp_path: Path) -> None:
    import pyrage

    bundle = _export(field, add_case(field), tmp_path / "stick")
    ident = tmp_path / "id.txt"
    ident.write_text(f"{hq.identity}\n")
    out = tmp_path / "inner.tar"
    r = tool("age", "-d", "-i", str(ident), "-o", str(out), str(bundle))
    assert r.returncode == 0, r.stderr
    with tarfile.open(out) as tar:
        names = tar.getnames()
    assert names[:4] == ["manifest.json", "manifest.p7s", "case.json", "case.pdf"]
    assert any(n.startswith("attachments/") for n in names)
    unpacked = tmp_path / "x"
    unpacked.mkdir()
    with tarfile.open(out) as tar:
        tar.extractall(unpacked, filter="data")
    ca = tmp_path / "ca.pem"
    ca.write_bytes((hq.folder / "ca.pem").read_bytes())
    cms = tool("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(unpacked / "manifest.p7s"),
               "-content", str(unpacked / "manifest.json"), "-CAfile", str(ca), "-purpose", "any", "-out", "/dev/null")
    assert cms.returncode == 0 and "Verification successful" in cms.stderr, cms.stderr
    (unpacked / "manifest.json").write_bytes((unpacked / "manifest.json").read_bytes().replace(b"KYIV", b"LVIV"))
    assert tool("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(unpacked / "manifest.p7s"),
                "-content", str(unpacked / "manifest.json"), "-CAfile", str(ca), "-purpose", "any",
                "-out", "/dev/null").returncode != 0
    # every identity the laptop holds fails
    field_identity = pyrage.x25519.Identity.from_str(field.hq_trust()["hq_field_identity"])
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(bundle.read_bytes(), [field_identity])
    assert not any(str(hq.identity) in str(v) for v in field.hq_trust().values())


def _tamper(kind: str, data: bytes, hq: Any, tmp_path: Path) -> bytes:
    m = members_of(data, hq.identity)
    att = next(k for k in m if k.startswith("attachments/"))
    if kind == "truncated":
        return data[: len(data) - 100]
    if kind == "wrong-recipient":
        import pyrage

        return bytes(pyrage.encrypt(b"x", [pyrage.x25519.Identity.generate().to_public()]))
    if kind == "zip-slip":
        info = tarfile.TarInfo("../../etc/evil")
        info.size = 3
        return repack(m, hq.recipient, {"evil": info})
    if kind == "oversized":
        info = tarfile.TarInfo(f"attachments/{'a' * 64}")
        info.size = 200 * 1024 * 1024
        return repack(m, hq.recipient, {"big": info})
    if kind == "pdf":
        m["case.pdf"] = flip(m["case.pdf"], len(m["case.pdf"]) // 3)
    elif kind == "json":
        m["case.json"] = m["case.json"].replace("Шевчук".encode(), "Шевчек".encode(), 1)
    elif kind == "attachment":
        m[att] = flip(m[att], 0)
    elif kind == "manifest":
        m["manifest.json"] = m["manifest.json"].replace(b'"KYIV"', b'"LVIV"', 1)
    elif kind == "signature":
        m["manifest.p7s"] = flip(m["manifest.p7s"], len(m["manifest.p7s"]) - 10)
    return repack(m, hq.recipient)


@pytest.mark.parametrize(("kind", "check"), [
    ("pdf", "manifest-hashes"), ("json", "manifest-hashes"), ("attachment", "manifest-hashes"),
    ("manifest", "manifest-signature"), ("signature", "manifest-signature"), ("wrong-recipient", "decrypt"),
    ("truncated", "decrypt"), ("zip-slip", "archive"), ("oversized", "archive"),
])
def test_every_tampering_class_fails_naming_its_check(kind: str, check: str, field: Any, hq: Any, trust: Any,
                                                       tmp_path: Path) -> None:
    from app.casefile.verify import verify_bytes

    good = _export(field, add_case(field), tmp_path / "stick").read_bytes()
    assert verify_bytes(good, trust).ok
    report = verify_bytes(_tamper(kind, good, hq, tmp_path), trust)
    assert not report.ok and report.failed is not None and report.failed.name == check, report.lines()
    assert report.lines()[-1].startswith("FAIL")


def test_pdf_changed_and_rehashed_fails_the_pdf_signature(field: Any, hq: Any, trust: Any, tmp_path: Path) -> None:
    """An attacker who also rewrites the manifest still cannot sign it; one who keeps the
    manifest but changes the PDF is caught by the hash. Here: the PDF's own signature."""
    from app.casefile import signing

    pdf = members_of(_export(field, add_case(field), tmp_path / "s").read_bytes(), hq.identity)["case.pdf"]
    assert signing.verify_pdf(pdf, hq.ca_cert).ok
    assert not signing.verify_pdf(flip(pdf, len(pdf) // 2), hq.ca_cert).ok


def test_revoked_officer_fails_revocation(hq: Any, tmp_path: Path) -> None:
    from app.casefile.hq_ops import trust_of
    from app.casefile.verify import verify_bytes

    s = enrolled_vault(tmp_path / "v", hq, tmp_path, callsign="Rogue", post="LVIV")
    try:
        data = _export(s, add_case(s), tmp_path / "stick").read_bytes()
    finally:
        s.close()
    assert verify_bytes(data, trust_of(hq)).ok
    hq.revoke("Rogue", "LVIV")
    report = verify_bytes(data, trust_of(hq))
    assert report.failed is not None and report.failed.name == "revocation"


def test_not_enrolled_vault_says_so_in_pdf_and_verification(hq: Any, trust: Any, session: Any,
                                                            tmp_path: Path) -> None:
    from app.casefile import casefile
    from app.casefile.export import export_cases
    from app.casefile.verify import verify_bytes
    from app.errors import UsageError

    case = add_case(session)
    pdf, _ = casefile.signed_pdf(session, case)
    (tmp_path / "c.pdf").write_bytes(pdf)
    text = tool("pdftotext", str(tmp_path / "c.pdf"), "-").stdout
    assert text.count("НЕ ЗАРЕЄСТРОВАНО") >= 3  # cover, signature block and every page header
    (tmp_path / "stick").mkdir()
    with pytest.raises(UsageError, match="not enrolled"):
        export_cases(session, [case], tmp_path / "stick")
    report = export_cases(session, [case], tmp_path / "stick", recipient=hq.recipient)
    result = verify_bytes(report.exported[0].file.read_bytes(), trust)
    assert result.failed is not None and result.failed.name == "officer-certificate"
    assert "NOT ENROLLED" in result.failed.detail


def test_changed_case_becomes_new_version_and_other_post_is_flagged_duplicate(hq: Any, alpha: Any, trust: Any,
                                                                             tmp_path: Path) -> None:
    from app.casefile.hq_ops import import_bundle
    from app.vault import vault

    kyiv = enrolled_vault(tmp_path / "kyiv", hq, tmp_path, prepared=alpha)
    lviv = enrolled_vault(tmp_path / "lviv", hq, tmp_path, callsign="Bravo", post="LVIV")
    hqv = vault.create(tmp_path / "hqv", "HQ", "Chief", PASS)
    try:
        case = add_case(kyiv)
        first = _export(kyiv, case, tmp_path / "s1")
        d = kyiv.get_dossier(case)
        d.person.place_of_birth = "Суми"
        kyiv.save_dossier(d)
        second = _export(kyiv, case, tmp_path / "s2")
        other = _export(lviv, add_case(lviv), tmp_path / "s3")
        assert import_bundle(hqv, first, trust).version == 1
        r2 = import_bundle(hqv, second, trust)
        assert r2.version == 2
        versions = hqv.case_versions(case)
        assert [v.version for v in versions] == [1, 2] and versions[0].json_sha256 != versions[1].json_sha256
        assert hqv.get_dossier(case).person.place_of_birth == "Суми"
        old = members_of_inner(hqv.version_content(case, 1))
        assert "Суми".encode() not in old["case.json"] and "Харків".encode() in old["case.json"]
        r3 = import_bundle(hqv, other, trust)
        assert case in r3.duplicates  # same person sent by another post
    finally:
        for s in (kyiv, lviv, hqv):
            s.close()


def members_of_inner(inner: bytes) -> dict[str, bytes]:
    import io

    with tarfile.open(fileobj=io.BytesIO(inner)) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar}  # type: ignore[union-attr]


def test_export_marks_sent_and_audits_only_after_read_back(field: Any, tmp_path: Path) -> None:
    case = add_case(field)
    bundle = _export(field, case, tmp_path / "stick")
    assert field.get_dossier(case).sent_to_hq_at is not None
    entry = next(e for e in field.audit_entries(case) if e.action == "exported")
    assert hashlib.sha256(bundle.read_bytes()).hexdigest()[:16] in entry.detail
    assert field.audit_verify().ok


def test_batch_export_in_parallel_with_progress_and_cancel(field: Any, trust: Any, tmp_path: Path) -> None:
    from app.casefile.export import export_cases
    from app.casefile.verify import verify_bytes

    cases = [add_case(field, given_name=f"Тест{i}") for i in range(10)]
    seen: list[tuple[int, int]] = []
    stick = tmp_path / "stick"
    stick.mkdir()
    report = export_cases(field, cases, stick, progress=lambda d, t: seen.append((d, t)), workers=2,
                          cancelled=lambda: len(seen) >= 6)
    assert report.cancelled and 6 <= len(report.exported) < 10
    assert seen[0] == (1, 10) and len(seen) == len(report.exported)
    files = sorted(stick.iterdir())
    assert len(files) == len(report.exported)  # nothing partial left behind
    for f in files:
        assert verify_bytes(f.read_bytes(), trust).ok
    sent = {c for c in cases if field.get_dossier(c).sent_to_hq_at}
    assert sent == {e.case_number for e in report.exported}
