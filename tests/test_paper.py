"""Paper that stays true: the QR code and printed hash cover the canonical record,
decoded from rendered pages with zbarimg, and checked days later (fake clocks)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASS, run_cli
from tests.exchange_helpers import add_case, tool


def qr_codes(pdf: Path, tmp: Path, first: int = 1, last: int = 1) -> list[str]:
    """Every QR code on the pages, as zbarimg reads them from a 200 dpi rendering."""
    prefix = tmp / f"{pdf.stem}-page"
    r = tool("pdftoppm", "-r", "200", "-f", str(first), "-l", str(last), "-png", str(pdf), str(prefix))
    assert r.returncode == 0, r.stderr
    out = []
    for png in sorted(tmp.glob(f"{prefix.name}*.png")):
        z = tool("zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(png))
        out += [line for line in z.stdout.splitlines() if line]
    return out


def test_case_file_qr_decodes_to_the_record_and_matches_the_printed_hash(field: Any, tmp_path: Path) -> None:
    from app.casefile import casefile
    from app.domain import record
    from app.domain.interchange import to_document

    case = add_case(field)
    pdf, material = casefile.signed_pdf(field, case)
    (tmp_path / "c.pdf").write_bytes(pdf)
    expected = record.qr_payload(case, record.record_sha256(to_document(field.get_dossier(case))))
    codes = qr_codes(tmp_path / "c.pdf", tmp_path, 1, 2)
    assert codes == [expected, expected]  # every page carries it
    assert f"SHA-256 запису {material.record_sha256}" in tool("pdftotext", str(tmp_path / "c.pdf"), "-").stdout
    assert material.record_sha256 != material.case_sha256  # not the hash of the volatile case JSON


def test_print_summary_carries_the_same_qr_and_hash(qtbot: Any, field: Any, tmp_path: Path) -> None:
    """The Ctrl+P summary had no QR code at all."""
    from PySide6.QtPrintSupport import QPrinter

    from app.casefile import casefile
    from app.ui.print_summary import build_document

    case = add_case(field)
    _, material = casefile.signed_pdf(field, case)
    doc = build_document(field, field.get_dossier(case))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "summary.pdf"))  # what the printer would receive
    doc.print_(printer)
    pages = int(next(line.split()[-1] for line in tool("pdfinfo", str(tmp_path / "summary.pdf")).stdout.splitlines()
                     if line.startswith("Pages:")))
    assert qr_codes(tmp_path / "summary.pdf", tmp_path, 1, pages) == [f"FDR1|{case}|{material.record_sha256}"]
    assert material.record_sha256 in tool("pdftotext", str(tmp_path / "summary.pdf"), "-").stdout.replace("\n", "")


def test_a_case_printed_then_rechecked_the_next_day_matches(hq: Any, alpha: Any, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A case file printed one day read "NO MATCH … treat the paper as altered" the next: its
    hash covered computed flags and the "sent" time. Day 1: print and send (the stick is lost).
    Day 2: send again. HQ imports day 2's bundle; the day-1 paper still matches, and after the
    case changes, it matches the older version and says a newer one exists."""
    from app.casefile import casefile
    from app.casefile.export import export_cases
    from app.casefile.hq_ops import import_bundle, trust_of
    from app.vault import dossiers, exchange, users, vault
    from tests.exchange_helpers import enrolled_vault

    day1 = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=2)
    clock = {"now": day1}
    monkeypatch.setattr(casefile, "clock", lambda: clock["now"])
    for module in (dossiers, exchange, users):  # the laptop's clock, wherever it is read
        monkeypatch.setattr(module, "now_utc", lambda: clock["now"])
    s = enrolled_vault(tmp_path / "field", hq, tmp_path, prepared=alpha)
    hqv = vault.create(tmp_path / "hqv", "HQ", "Chief", PASS)
    try:
        case = add_case(s)
        pdf, _ = casefile.signed_pdf(s, case)
        (tmp_path / "paper.pdf").write_bytes(pdf)
        paper = qr_codes(tmp_path / "paper.pdf", tmp_path)[0]
        for stick in ("lost", "second"):
            (tmp_path / stick).mkdir()
        export_cases(s, [case], tmp_path / "lost")
        clock["now"] = day1 + dt.timedelta(days=1)
        second = export_cases(s, [case], tmp_path / "second").exported[0].file
        assert s.get_dossier(case).sent_to_hq_at is not None  # the case JSON sent on day 2 says "sent"
        imported = import_bundle(hqv, second, trust_of(hq))
        assert imported.version == 1
        hqv.close()
        env = {"DOSSIER_PASSPHRASE": PASS, "DOSSIER_USER": "Chief"}
        r = run_cli("--vault", str(tmp_path / "hqv"), "verify-paper", case, paper, **env)
        assert r.returncode == 0, r.stderr
        signed = f"{day1 + dt.timedelta(days=1):%Y-%m-%dT%H:%M}"
        assert f"MATCH: the paper is version 1 of {case}, signed {signed} UTC" in r.stdout
        assert "it is the newest version on record" in r.stdout
        s.close()
        s = vault.unlock(tmp_path / "field", "Alpha", PASS)  # the laptop itself, the next day
        s.close()
        r = run_cli("--vault", str(tmp_path / "field"), "verify-paper", case, paper,
                    DOSSIER_PASSPHRASE=PASS, DOSSIER_USER="Alpha")
        assert r.returncode == 0 and f"MATCH: the paper shows the current record of {case}." in r.stdout, r.stderr
        s = vault.unlock(tmp_path / "field", "Alpha", PASS)
        d = s.get_dossier(case)
        d.person.place_of_birth = "Суми"
        s.save_dossier(d)
        (tmp_path / "third").mkdir()
        third = export_cases(s, [case], tmp_path / "third").exported[0].file
        hqv = vault.unlock(tmp_path / "hqv", "Chief", PASS)
        assert import_bundle(hqv, third, trust_of(hq)).version == 2
        hqv.close()
        r = run_cli("--vault", str(tmp_path / "hqv"), "verify-paper", case, paper.split("|")[-1], **env)
        assert r.returncode == 0 and "version 1" in r.stdout and "a newer version exists: version 2" in r.stdout
        forged = run_cli("--vault", str(tmp_path / "hqv"), "verify-paper", case, "ab" * 32, **env)
        assert forged.returncode == 8 and "NO MATCH" in forged.stderr and "2 version(s)" in forged.stderr
        s.close()
        stale = run_cli("--vault", str(tmp_path / "field"), "verify-paper", case, paper,
                        DOSSIER_PASSPHRASE=PASS, DOSSIER_USER="Alpha")
        assert stale.returncode == 8 and "has changed since the paper was printed" in stale.stderr
        s = vault.unlock(tmp_path / "field", "Alpha", PASS)
    finally:
        s.close()
        hqv.close()


def test_verify_paper_refuses_a_qr_for_another_case(session: Any) -> None:
    from app.casefile.hq_ops import verify_paper
    from app.errors import ValidationError

    case = add_case(session)
    with pytest.raises(ValidationError, match="QR code is for case"):
        verify_paper(session, case, f"FDR1|KYIV-2026-9999|{'a' * 64}")
    with pytest.raises(ValidationError, match="64 hexadecimal"):
        verify_paper(session, case, "not a hash")
