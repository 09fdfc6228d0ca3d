"""A case handed to another post through HQ (issue 20), with real keys: an HQ key store, a KYIV vault
whose supervisor holds a supervisor certificate, a LVIV vault of the officer who takes the case over.
The old post exports it for transfer (read-only from then on), HQ verifies, imports, records and
re-issues it, the new post installs it with its case id; then the attacks on the carrier."""

from __future__ import annotations

import io
import subprocess
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASS, PASS2
from tests.exchange_helpers import add_case, enrolled_vault, tool

REASON = "the applicant's unit moved to the Lviv garrison"


def _enrolment(hq: Any, tmp: Path, callsign: str, post: str, supervisor: bool = False) -> Any:
    from app.casefile import enrolment

    issued = enrolment.issue(hq, callsign, post, tmp / f"{callsign}-{post}.enrol", False, supervisor=supervisor)
    return enrolment.read(issued.path, issued.passphrase)


@pytest.fixture(scope="module")
def people(hq: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("people")
    return {"Alpha": _enrolment(hq, tmp, "Alpha", "KYIV", supervisor=True),
            "Yankee": _enrolment(hq, tmp, "Yankee", "KYIV"),
            "Whiskey": _enrolment(hq, tmp, "Whiskey", "LVIV"),
            "Xray": _enrolment(hq, tmp, "Xray", "LVIV")}


@pytest.fixture(scope="module")
def journey(hq: Any, people: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The whole round trip once; the tests below look at its parts and attack its carrier."""
    from app.casefile import handover
    from app.casefile.export import export_cases
    from app.casefile.hq_ops import import_bundle, trust_of
    from app.domain.enums import Role
    from app.vault import vault

    tmp = tmp_path_factory.mktemp("journey")
    kyiv = enrolled_vault(tmp / "kyiv", hq, tmp, "Alpha", "KYIV", prepared=people["Alpha"])
    kyiv.add_user("Yankee", Role.OFFICER, PASS2)
    kyiv.close()
    yankee = vault.unlock(tmp / "kyiv", "Yankee", PASS2)  # an officer of KYIV makes the case and sends it
    yankee.enrol(people["Yankee"])
    case = add_case(yankee)
    d = yankee.get_dossier(case)
    d.checks[0].requested_by = "Yankee"
    yankee.save_dossier(d)
    yankee.seal_record(case, "check", 0, PASS2)
    first = export_cases(yankee, [case], _dir(tmp / "stick0")).exported[0].file
    yankee.close()
    hqs = vault.create(tmp / "hqv", "HQ", "Chief", PASS)
    assert import_bundle(hqs, first, trust_of(hq)).version == 1
    kyiv = vault.unlock(tmp / "kyiv", "Alpha", PASS)  # the post's supervisor hands it over
    case_id = kyiv.get_dossier(case).case_id
    out = handover.export_for_transfer(kyiv, case, ("Whiskey", "lviv"), REASON, _dir(tmp / "stick1"))
    done = handover.reissue_case(hqs, hq, _dir(tmp / "stick2"), transfer_file=out.transfer, bundles=(out.bundle,))
    lviv = enrolled_vault(tmp / "lviv", hq, tmp, "Whiskey", "LVIV", prepared=people["Whiskey"])
    got = handover.receive(lviv, done.file)
    yield {"tmp": tmp, "kyiv": kyiv, "hqs": hqs, "lviv": lviv, "case": case, "case_id": case_id, "out": out,
           "done": done, "got": got}
    for s in (kyiv, hqs, lviv):
        s.close()


def _dir(p: Path) -> Path:
    p.mkdir(parents=True, exist_ok=True)
    return p


def test_the_old_post_keeps_the_case_read_only_with_its_history(journey: dict[str, Any]) -> None:
    from app.errors import PermissionDenied

    kyiv, case = journey["kyiv"], journey["case"]
    assert journey["out"].bundle.name.endswith(".fdb.age") and journey["out"].transfer.name.endswith(".fdt.age")
    assert kyiv.handed_to_post(case)["to"] == "Whiskey" and kyiv.handed_to_post(case)["post"] == "LVIV"
    d = kyiv.get_dossier(case)
    d.person.place_of_birth = "Полтава"
    with pytest.raises(PermissionDenied) as refused:
        kyiv.save_dossier(d)
    assert refused.value.message.message.code == "err.handed_away" and "read-only here" in refused.value.message
    with pytest.raises(PermissionDenied):
        kyiv.add_attachment(case, "late.txt", b"late")
    with pytest.raises(PermissionDenied):
        kyiv.hand_over(case, "Alpha", "back to the supervisor")
    assert any(f.code == "handed_to_post" for f in kyiv.flags_for(d))
    history = [e.detail for e in kyiv.audit_entries(case) if e.action == "handed_to_post"]
    assert history == [f"from Yankee (KYIV) to Whiskey (LVIV) through HQ: {REASON}"]
    assert history[0].message.code == "audit.handed_to_post"  # stored coded: read in each reader's language
    assert d.sent_to_hq_at is not None  # the bundle went as any send to HQ: retention sees it sent


def test_hq_imported_recorded_and_reissued_it(journey: dict[str, Any], hq: Any) -> None:
    hqs, done, case = journey["hqs"], journey["done"], journey["case"]
    # the bundle is signed by the supervisor, not by the case's owner Yankee: admitted with the transfer
    assert done.imported == [f"{case}: imported as version 2"]
    assert done.to == ("Whiskey", "LVIV") and done.file.name.endswith(".fdr.age")
    assert hqs.case_owner(journey["case_id"]) == ("Whiskey", "LVIV")
    actions = [e.action for e in hqs.audit_entries(case)]
    assert "transfer_recorded" in actions and "imported" in actions and "case_reissued" in actions
    coded = {e.action: e.detail.message.code for e in hqs.audit_entries(case)
             if e.action in ("imported", "case_reissued")}
    assert coded["imported"] in ("audit.imported", "audit.imported_warnings")
    assert coded["case_reissued"] == "audit.case_reissued"


def test_the_carrier_opens_with_stock_age_and_its_signature_is_the_cas(journey: dict[str, Any], hq: Any) -> None:
    from app.casefile import pki

    tmp = journey["tmp"] / "tools"
    tmp.mkdir()
    (tmp / "field.key").write_text(str(hq.field_identity) + "\n")
    (tmp / "ca.pem").write_bytes(pki.cert_pem(hq.ca_cert))
    r = tool("age", "-d", "-i", str(tmp / "field.key"), "-o", str(tmp / "inner.tar"), str(journey["done"].file))
    assert r.returncode == 0, r.stderr
    with tarfile.open(tmp / "inner.tar") as tar:
        assert tar.getnames() == ["reissue.json", "reissue.p7s", "case.tar", "transfer.json", "transfer.p7s"]
        tar.extractall(tmp, filter="data")
    r = tool("openssl", "cms", "-verify", "-inform", "DER", "-in", str(tmp / "reissue.p7s"), "-content",
             str(tmp / "reissue.json"), "-binary", "-CAfile", str(tmp / "ca.pem"), "-purpose", "any",
             "-out", str(tmp / "out.json"))
    assert r.returncode == 0 and "Verification successful" in r.stderr, r.stderr
    text = (tmp / "reissue.json").read_text()
    assert journey["case_id"] in text and '"post":"LVIV"' in text and '"callsign":"Yankee"' in text
    assert "Коваленко" not in text and "Шевчук" not in text  # the signed part names no one
    assert tool("age-keygen", "-o", str(tmp / "other.key")).returncode == 0
    wrong = tool("age", "-d", "-i", str(tmp / "other.key"), str(journey["done"].file))
    assert wrong.returncode != 0 and "no identity matched" in wrong.stderr  # only the field identity opens it


def test_the_new_post_has_the_case_with_its_id_seals_and_history(journey: dict[str, Any]) -> None:
    lviv, got, case = journey["lviv"], journey["got"], journey["case"]
    d = lviv.get_dossier(case)
    assert got.case_number == case and d.case_id == journey["case_id"]
    assert d.origin is not None and d.origin.created_by == "Yankee" and d.origin.post == "KYIV"
    assert d.checks[0].sealed_by == "Yankee" and d.checks[0].external  # a sealed record stays sealed
    assert len(d.attachments) == 1 and lviv.attachment_content(case, d.attachments[0].sha256) == b"hello"
    assert lviv.case_holder(case) == "Whiskey"
    entry = next(e for e in lviv.audit_entries(case) if e.action == "handed_over")
    assert entry.detail.startswith("from Yankee to Whiskey: from post KYIV to post LVIV, re-issued by HQ ")
    assert "the case signed by Alpha (KYIV)" in entry.detail
    assert entry.detail.endswith(REASON) and entry.actor == "Whiskey"
    assert entry.detail.message.code == "audit.handed_over_reissued"


def test_hq_accepts_the_new_officers_bundles_of_the_case(journey: dict[str, Any], hq: Any) -> None:
    from app.casefile.export import export_cases
    from app.casefile.hq_ops import import_bundle, trust_of

    lviv, case = journey["lviv"], journey["case"]
    lviv.add_attachment(case, "lviv-note.txt", b"seen in Lviv")
    stick = _dir(journey["tmp"] / "stick3")
    bundle = export_cases(lviv, [case], stick).exported[0].file
    done = import_bundle(journey["hqs"], bundle, trust_of(hq))
    assert done.outcome == "imported" and done.version == 3
    assert journey["hqs"].case_owner(journey["case_id"]) == ("Whiskey", "LVIV")


def test_a_replayed_carrier_is_refused_in_the_officers_language(journey: dict[str, Any], qapp: Any) -> None:
    from app.casefile import handover
    from app.errors import IntegrityError
    from app.ui.i18n import install_language
    from app.ui.messages import tr_message

    with pytest.raises(IntegrityError) as refused:
        handover.receive(journey["lviv"], journey["done"].file)
    assert refused.value.message.message.code == "err.reissue_replayed"
    assert install_language(qapp, "uk") == "uk"
    try:
        shown = tr_message(refused.value.message)
    finally:
        install_language(qapp, "en")
    assert shown.startswith("Це передавання (") and "уже встановлено" in shown, shown


def test_a_carrier_for_another_officer_or_post_is_refused(journey: dict[str, Any], hq: Any,
                                                          people: dict[str, Any]) -> None:
    from app.casefile import handover
    from app.errors import PermissionDenied

    xray = enrolled_vault(journey["tmp"] / "xray", hq, journey["tmp"], "Xray", "LVIV", prepared=people["Xray"])
    try:
        with pytest.raises(PermissionDenied) as refused:
            handover.receive(xray, journey["done"].file)
        assert refused.value.message.message.code == "err.reissue_other_officer"
        assert "not to you (Xray, LVIV)" in refused.value.message and xray.count_applicants() == 0
    finally:
        xray.close()
    # the old post holds the field identity too: still not its case to take back
    with pytest.raises(PermissionDenied) as refused:
        handover.receive(journey["kyiv"], journey["done"].file)
    assert refused.value.message.message.code == "err.reissue_other_officer"


def test_a_carrier_for_another_certificate_of_the_same_officer_is_refused(journey: dict[str, Any], hq: Any) -> None:
    """Whiskey enrolled again (a new laptop, a new certificate): the carrier is bound to the old one."""
    from app.casefile import handover
    from app.errors import PermissionDenied

    tmp = journey["tmp"]
    from app.casefile import pki

    renewed = _enrolment(hq, tmp, "Whiskey", "LVIV")
    again = enrolled_vault(tmp / "whiskey2", hq, tmp, "Whiskey", "LVIV", prepared=renewed)
    try:
        with pytest.raises(PermissionDenied) as refused:
            handover.receive(again, journey["done"].file)
        assert refused.value.message.message.code == "err.reissue_other_certificate"
    finally:
        again.close()
        hq.revoke(serial=str(pki.subject_of(pki.load_cert(renewed.cert_pem)).serial))  # the tests below: one Whiskey


def _members(carrier: Path, hq: Any) -> dict[str, bytes]:
    import pyrage

    inner = pyrage.decrypt(carrier.read_bytes(), [hq.field_identity])
    with tarfile.open(fileobj=io.BytesIO(inner)) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar}  # type: ignore[union-attr]


def _reseal_with_age(members: dict[str, bytes], hq: Any, out: Path) -> Path:
    """What any enrolled laptop can do (it holds the field identity): rebuild and re-encrypt, with stock age."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = len(data), 0o600, 1_700_000_000
            tar.addfile(info, io.BytesIO(data))
    r = subprocess.run(["age", "-r", hq.field_recipient, "-o", str(out)], input=buf.getvalue(), capture_output=True,
                       timeout=60, check=False)
    assert r.returncode == 0, r.stderr
    return out


@pytest.mark.parametrize(("member", "code"), [("reissue.json", "err.reissue_not_hq"),
                                              ("case.tar", "err.reissue_damaged"),
                                              ("transfer.json", "err.reissue_damaged")])
def test_a_tampered_carrier_is_refused(journey: dict[str, Any], hq: Any, member: str, code: str) -> None:
    from app.casefile import handover
    from app.errors import IntegrityError

    members = _members(journey["done"].file, hq)
    data = bytearray(members[member])
    data[len(data) // 2] ^= 0x01
    members[member] = bytes(data)
    forged = _reseal_with_age(members, hq, journey["tmp"] / f"tampered-{member}.fdr.age")
    lviv = journey["lviv"]
    before = lviv.count_applicants()
    with pytest.raises(IntegrityError) as refused:  # refused before anything about the vault is asked
        handover.receive(lviv, forged)
    assert refused.value.message.message.code == code and lviv.count_applicants() == before


def test_a_carrier_signed_by_an_officers_own_key_is_refused(journey: dict[str, Any], hq: Any) -> None:
    """An enrolled officer (holding the field identity and a certificate HQ issued) builds a carrier
    with the program's own functions, signed with their key instead of the CA's."""
    from app.casefile import casefile, handover, pki, reissue, sealed, transfer
    from app.errors import IntegrityError

    members = _members(journey["done"].file, hq)
    t = transfer.verify(members["transfer.json"], members["transfer.p7s"], hq.ca_cert, frozenset())
    lviv = journey["lviv"]
    own = casefile.signer_for(casefile.signing_material(lviv))
    carried = {n: members[n] for n in reissue.CARRIED}
    when = pki.utcnow().replace(microsecond=0)
    doc = reissue.document(t, str(own.subject.serial), journey["got"].record_sha256, carried, when)
    forged = journey["tmp"] / "own-key.fdr.age"
    forged.write_bytes(sealed.seal([("reissue.json", doc), ("reissue.p7s", own.sign_detached(doc, when)),
                                    *carried.items()], hq.field_recipient))
    with pytest.raises(IntegrityError) as refused:
        handover.receive(lviv, forged)
    assert refused.value.message.message.code == "err.reissue_not_hq"


def test_deletion_still_works_on_the_old_post(journey: dict[str, Any], tmp_path: Path) -> None:
    """A handed-over case is deleted as usual (retention or by hand); its read-only mark goes with it."""
    import shutil

    from app.vault import vault

    journey["kyiv"].close()
    shutil.copytree(journey["tmp"] / "kyiv", tmp_path / "kyiv")
    journey["kyiv"] = vault.unlock(journey["tmp"] / "kyiv", "Alpha", PASS)
    s = vault.unlock(tmp_path / "kyiv", "Alpha", PASS)
    try:
        case_id = s.get_dossier(journey["case"]).case_id
        assert s.delete_applicant(journey["case"], "handed over to Lviv, HQ has it") == [journey["case"]]
        with s.read() as c:
            assert c.execute("SELECT count(*) FROM meta WHERE key LIKE ?", (f"%{case_id}%",)).fetchone()[0] == 0
    finally:
        s.close()


def _menu(window: Any, text: str) -> Any:
    from PySide6.QtGui import QAction

    return next(a for a in window.findChildren(QAction) if a.text().replace("&", "") == text)


def test_the_desktop_hands_a_case_to_another_post_and_receives_it(qtbot, journey: dict[str, Any], hq: Any,  # type: ignore[no-untyped-def]
                                                                  scripted) -> None:
    from app.casefile import handover
    from app.ui.main_window import MainWindow

    kyiv, lviv, tmp = journey["kyiv"], journey["lviv"], journey["tmp"]
    case = add_case(kyiv, surname="Бондаренко")
    window = MainWindow(kyiv)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10000)
    row = next(r for r in range(window.model.rowCount()) if window.model.row(r).case_number == case)
    window.table.selectRow(row)
    stick = _dir(tmp / "gui-stick")
    scripted.texts, scripted.directories, scripted.confirm_answer = ["Whiskey", "LVIV", REASON], [str(stick)], False
    _menu(window, "Hand over to another post…").trigger()
    assert kyiv.handed_to_post(case) is None and list(stick.iterdir()) == []  # cancelled: nothing written
    scripted.texts, scripted.directories, scripted.confirm_answer = ["Whiskey", "LVIV", REASON], [str(stick)], True
    with qtbot.waitSignal(window.results_shown, timeout=10000):  # the list is shown again, the case flagged
        _menu(window, "Hand over to another post…").trigger()
    assert scripted.seen[-1][0] == "info" and "read-only here" in scripted.seen[-1][2]
    assert kyiv.handed_to_post(case)["post"] == "LVIV"
    files = sorted(p.name[-8:] for p in stick.iterdir())
    assert files == [".fdb.age", ".fdt.age"]
    transfer_file = next(stick.glob("*.fdt.age"))
    done = handover.reissue_case(journey["hqs"], hq, _dir(tmp / "gui-stick2"), transfer_file=transfer_file,
                                 bundles=tuple(stick.glob("*.fdb.age")))
    there = MainWindow(lviv)
    qtbot.addWidget(there)
    before = lviv.count_applicants()
    qtbot.waitUntil(lambda: there.model.rowCount() == before, timeout=10000)
    scripted.files = [str(done.file)]
    with qtbot.waitSignal(there.results_shown, timeout=10000):
        _menu(there, "Receive a case from HQ…").trigger()
    assert scripted.seen[-1] == ("info", "Receive a case from HQ",
                                 f"Case {case} received from Alpha (KYIV), re-issued by HQ: it is yours now.")
    assert there.model.rowCount() == before + 1 and lviv.case_holder(case) == "Whiskey"
    _menu(there, "Receive a case from HQ…").trigger()  # the same stick again
    assert scripted.seen[-1][0] == "error" and "already installed" in scripted.seen[-1][2]


def test_the_cli_example_runs_with_real_keys(hq: Any, people: dict[str, Any], tmp_path: Path) -> None:
    """docs/cli.md's hand-over example (its bash block), against three real vaults and the HQ key store."""
    import os
    import re
    import sys

    from app.vault import vault
    from tests.conftest import ROOT, cli_env
    from tests.exchange_helpers import HQ_PASS

    block = re.findall(r"```bash\n(.*?)```", (ROOT / "docs" / "cli.md").read_text("utf-8"), re.S)
    assert len(block) == 1 and "transfer-out" in block[0]
    kyiv = enrolled_vault(tmp_path / "kyiv", hq, tmp_path, "Alpha", "KYIV", prepared=people["Alpha"])
    case = add_case(kyiv)
    kyiv.close()
    vault.create(tmp_path / "hqv", "HQ", "Chief", PASS).close()
    enrolled_vault(tmp_path / "lviv", hq, tmp_path, "Whiskey", "LVIV", prepared=people["Whiskey"]).close()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "dossier").write_text(f'#!/bin/sh\nexec "{sys.executable}" -m app "$@"\n')
    (bin_dir / "dossier").chmod(0o700)
    env = cli_env(KYIV=str(tmp_path / "kyiv"), HQV=str(tmp_path / "hqv"), LVIV=str(tmp_path / "lviv"), CASE=case,
                  DOSSIER_HQ=str(hq.folder), DOSSIER_HQ_PASSPHRASE=HQ_PASS, DOSSIER_PASSPHRASE=PASS,
                  PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    (tmp_path / "note.txt").write_text("a late note")
    r = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", block[0]], cwd=tmp_path, env=env, capture_output=True,
                       text=True, timeout=600, check=False)
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"Case {case} re-issued to Whiskey (LVIV)" in r.stdout
    assert f"Case {case} received from Alpha (KYIV), re-issued by HQ" in r.stdout
    assert "from Alpha to Whiskey: from post KYIV to post LVIV, re-issued by HQ" in r.stdout
    again = subprocess.run(["bash", "-c", "DOSSIER_USER=Whiskey dossier --vault \"$LVIV\" receive "
                            "stick-to-lviv/reissue-*.fdr.age"], cwd=tmp_path, env=env, capture_output=True, text=True,
                           timeout=120, check=False)
    assert again.returncode == 8 and "was already installed" in again.stderr, again.stderr
    edit = subprocess.run(["bash", "-c", "DOSSIER_USER=Alpha dossier --vault \"$KYIV\" applicant attach \"$CASE\" "
                           "note.txt"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    assert edit.returncode == 9 and "read-only here" in edit.stderr, edit.stderr
