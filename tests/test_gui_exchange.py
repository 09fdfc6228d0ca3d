"""The exchange, driven through the desktop app as an officer and an HQ analyst would."""

from __future__ import annotations

from pathlib import Path

from tests.exchange_helpers import HQ_PASS, add_case, enrolled_vault, tool


def test_case_file_preview_prints_every_page_and_saves_a_valid_signed_pdf(qtbot, session, scripted,  # type: ignore[no-untyped-def]
                                                                         tmp_path: Path) -> None:
    from app.ui.casefile_preview import CaseFilePreview
    from app.ui.dossier.window import DossierWindow

    case = add_case(session, surname="Ґалаґан")
    w = DossierWindow(session, case)
    qtbot.addWidget(w)
    shown: list[CaseFilePreview] = []
    import app.ui.casefile_preview as cp

    original = cp.open_casefile
    cp.open_casefile = lambda parent, s, c: original(parent, s, c, shown=shown.append)  # type: ignore[assignment]
    try:
        w.casefile()
        qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    finally:
        cp.open_casefile = original  # type: ignore[assignment]
    preview = shown[0]
    qtbot.addWidget(preview)
    assert preview.page_count >= 3 and "NOT ENROLLED" not in preview.windowTitle()
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))  # what the printer would receive
    preview._paint(printer)
    assert preview.painted_pages == preview.page_count
    assert any(e.action == "print" for e in session.audit_entries(case))
    scripted.save_paths.append(str(tmp_path / "saved.pdf"))
    preview.save_pdf()
    assert "Signature is Valid." in tool("pdfsig", str(tmp_path / "saved.pdf")).stdout
    assert "Ґалаґан" in tool("pdftotext", str(tmp_path / "saved.pdf"), "-").stdout
    preview.done(0)


def test_enrol_then_send_selected_to_hq_from_the_main_window(qtbot, hq, scripted, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.casefile import enrolment
    from app.casefile.hq_ops import trust_of
    from app.casefile.verify import verify_bytes
    from app.ui.main_window import MainWindow
    from app.ui.send_dialog import SendDialog
    from app.vault import vault
    from tests.conftest import PASS

    s = vault.create(tmp_path / "v", "KYIV", "Alpha", PASS)
    try:
        cases = [add_case(s, given_name=n) for n in ("Олег", "Ігор")]
        w = MainWindow(s)
        qtbot.addWidget(w)
        w.refresh()
        qtbot.waitUntil(lambda: w.model.rowCount() == 2, timeout=10000)
        issued = enrolment.issue(hq, "Alpha", "KYIV", tmp_path / "a.enrol", False)
        scripted.files = [str(issued.path)]
        scripted.texts = [issued.passphrase]
        from app.ui import hq_actions

        hq_actions.enrol(w, s)
        qtbot.waitUntil(lambda: any(k == "info" for k, _, _ in scripted.seen), timeout=30000)
        assert s.enrolled
        w.table.selectAll()
        assert sorted(w.selected_cases()) == sorted(cases)
        stick = tmp_path / "stick"
        stick.mkdir()
        dialogs: list[SendDialog] = []
        import app.ui.send_dialog as sd

        original_exec = sd.SendDialog.exec
        sd.SendDialog.exec = lambda self: dialogs.append(self) or 0  # type: ignore[assignment,method-assign,func-returns-value]
        try:
            scripted.directories = [str(stick)]
            w.send_selected()
        finally:
            sd.SendDialog.exec = original_exec  # type: ignore[method-assign]
        dialog = dialogs[0]
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.report is not None or bool(dialog.error), timeout=60000)
        assert dialog.report is not None and len(dialog.report.exported) == 2 and dialog.bar.value() == 2
        assert "2 case(s) sent to HQ" in dialog.status.text()
        for f in stick.iterdir():
            assert verify_bytes(f.read_bytes(), trust_of(hq)).ok
        assert all(s.get_dossier(c).sent_to_hq_at for c in cases)
    finally:
        s.close()


def test_hq_imports_bundles_and_shows_the_report(qtbot, hq, scripted, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """HQ → Import bundles…: the stick's folder, in the background; the junk is listed as refused."""
    from app.casefile.export import export_cases
    from app.ui import hq_actions
    from app.ui.import_dialog import ImportDialog
    from app.ui.main_window import MainWindow
    from app.vault import vault
    from tests.conftest import PASS

    field = enrolled_vault(tmp_path / "f", hq, tmp_path, callsign="Bravo")
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        export_cases(field, [add_case(field)], stick)
    finally:
        field.close()
    (stick / "junk.fdb.age").write_bytes(b"age-encryption.org/v1\nnot really")
    hqv = vault.create(tmp_path / "hqv", "HQ", "Chief", PASS)
    try:
        w = MainWindow(hqv)
        qtbot.addWidget(w)
        shown: list[ImportDialog] = []
        scripted.directories = [str(stick), str(hq.folder)]
        scripted.texts = [HQ_PASS]
        hq_actions.verify_or_import(w, hqv, True, shown=shown.append)
        dialog = shown[0]
        qtbot.waitUntil(lambda: dialog.batch is not None or bool(dialog.error), timeout=60000)
        assert dialog.summary.text().startswith("New cases: 1. New versions: 0. Repeats: 0. Older, kept: 0. "
                                                "Refused: 1."), dialog.status.text()
        results = {dialog.table.item(r, 0).text(): dialog.table.item(r, 2).text()
                   for r in range(dialog.table.rowCount())}
        assert results.pop("junk.fdb.age") == "refused" and list(results.values()) == ["new case"]
        assert hqv.count_applicants() == 1
    finally:
        hqv.close()


def test_enrolling_with_another_hq_asks_naming_both_and_switches_only_when_confirmed(  # type: ignore[no-untyped-def]
        qtbot, hq, scripted, tmp_path: Path) -> None:
    from app.casefile import enrolment
    from app.casefile.hq import HqKeystore
    from app.ui import hq_actions
    from app.vault import certstatus

    other = HqKeystore.init(tmp_path / "other", HQ_PASS)
    s = enrolled_vault(tmp_path / "v", hq, tmp_path, callsign="Tango", post="KYIV")
    try:
        issued = enrolment.issue(other, "Tango", "KYIV", tmp_path / "o.enrol", False)
        scripted.confirm_answer = False
        for answer in (False, True):
            scripted.confirm_answer = answer
            scripted.seen.clear()
            scripted.files, scripted.texts = [str(issued.path)], [issued.passphrase]
            hq_actions.enrol(None, s)  # type: ignore[arg-type]
            qtbot.waitUntil(lambda: any(k == "confirm_destructive" for k, _, _ in scripted.seen), timeout=30000)
            asked = next(t for k, _, t in scripted.seen if k == "confirm_destructive")
            assert certstatus.describe_ca(hq.ca_cert) in asked and certstatus.describe_ca(other.ca_cert) in asked
            if answer:
                qtbot.waitUntil(lambda: any(k == "info" for k, _, _ in scripted.seen), timeout=30000)
                assert s.hq_trust()["hq_recipient"] == other.recipient
            else:
                qtbot.wait(200)
                assert s.hq_trust()["hq_recipient"] == hq.recipient
    finally:
        s.close()


def test_revoked_officer_is_told_plainly_when_asking_for_a_case_file(qtbot, hq, scripted,  # type: ignore[no-untyped-def]
                                                                    tmp_path: Path) -> None:
    from app.casefile import package
    from app.ui.casefile_preview import open_casefile

    s = enrolled_vault(tmp_path / "v", hq, tmp_path, callsign="Uniform", post="KYIV")
    try:
        case = add_case(s)
        hq.revoke("Uniform", "KYIV")
        (tmp_path / "wl.json").write_text('{"format": "field-dossier/watchlist/1", "entries": []}')
        package.build(hq, tmp_path / "p.pkg", tmp_path / "wl.json", None, [])
        package.install(s, tmp_path / "p.pkg")
        shown: list[object] = []
        open_casefile(None, s, case, shown=shown.append)  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: any(k == "error" for k, _, _ in scripted.seen), timeout=30000)
        text = next(t for k, _, t in scripted.seen if k == "error")
        assert "HQ has revoked your certificate" in text and not shown
    finally:
        s.close()


def test_sent_cases_show_written_then_received_and_the_late_ones(qtbot, hq, alpha, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                  monkeypatch) -> None:
    import datetime as dt

    from app.casefile import package
    from app.casefile.export import export_cases
    from app.casefile.hq_ops import import_bundle, trust_of
    from app.ui import exports_dialog
    from app.vault import exports, vault
    from tests.conftest import PASS

    s = enrolled_vault(tmp_path / "f", hq, tmp_path, prepared=alpha)
    hqv = vault.create(tmp_path / "hqv", "HQ", "Chief", PASS)
    try:
        arrived, lost = add_case(s, given_name="Андрій"), add_case(s, given_name="Борис")
        for case, stick in ((arrived, "s1"), (lost, "s2")):
            (tmp_path / stick).mkdir()
            export_cases(s, [case], tmp_path / stick)
        import_bundle(hqv, next((tmp_path / "s1").iterdir()), trust_of(hq))
        (tmp_path / "wl.json").write_text('{"format": "field-dossier/watchlist/1", "entries": []}')
        package.build(hq, tmp_path / "p.pkg", tmp_path / "wl.json", None, [], hqv.receipts())
        package.install(s, tmp_path / "p.pkg")
        later = dt.datetime.now(dt.UTC) + dt.timedelta(days=20)
        monkeypatch.setattr(exports, "now_utc", lambda: later)
        monkeypatch.setattr(exports_dialog, "now_utc", lambda: later)
        d = exports_dialog.ExportsDialog(s)
        qtbot.addWidget(d)
        cells = {d.table.item(r, 0).text(): d.table.item(r, 4).text() for r in range(d.table.rowCount())}
        assert cells[arrived].startswith("Received by HQ") and "version 1" in cells[arrived]
        assert cells[lost].startswith("Not acknowledged yet (20 day(s)")
        assert d.summary.text().startswith("1 case(s) written to a stick 14 or more days ago")
        d.late_only.setChecked(True)
        assert d.table.rowCount() == 1 and d.table.item(0, 0).text() == lost
        d.days.setValue(30)  # a per-user setting, kept in the vault
        assert d.table.rowCount() == 0 and s.receipt_days == 30
        assert d.width() <= 1366 and d.height() <= 768
    finally:
        s.close()
        hqv.close()
