"""HQ → field update packages, and HQ recovery of a laptop's vault."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASS, ROOT
from tests.exchange_helpers import HQ_PASS, enrolled_vault, flip

NEW_PASS = "velvet orbit canyon thirteen marmalade"


def _form_v3(tmp: Path) -> Path:
    forms = tmp / "forms"
    forms.mkdir()
    tpl = json.loads((ROOT / "resources/forms/screening.v2.json").read_text("utf-8"))
    tpl["version"] = 3
    tpl["title"] = {"en": "Screening interview (HQ 2026-11)", "uk": "Співбесіда (ШТАБ 2026-11)"}
    (forms / "screening.v3.json").write_text(json.dumps(tpl, ensure_ascii=False), "utf-8")
    return forms


def test_update_package_installs_once_and_refuses_replay_tamper_and_foreign(hq: Any, tmp_path: Path) -> None:
    from app.casefile import package
    from app.casefile.hq import HqKeystore
    from app.domain import forms
    from app.errors import IntegrityError

    wl = tmp_path / "wl.json"
    wl.write_text(json.dumps({"format": "field-dossier/watchlist/1", "entries": []}))
    p1, p2 = tmp_path / "p1.pkg", tmp_path / "p2.pkg"
    package.build(hq, p1, wl, _form_v3(tmp_path), [ROOT / "resources/rules/workflow.json"])
    package.build(hq, p2, wl, None, [])
    s = enrolled_vault(tmp_path / "v", hq, tmp_path)
    try:
        tampered = tmp_path / "t.pkg"
        tampered.write_bytes(flip(p1.read_bytes(), len(p1.read_bytes()) // 2))
        with pytest.raises(IntegrityError, match="damaged"):
            package.install(s, tampered)
        other = HqKeystore.init(tmp_path / "other-hq", HQ_PASS)  # a foreign "HQ" with its own CA
        foreign = tmp_path / "f.pkg"
        package.build(other, foreign, wl, None, [])
        with pytest.raises(IntegrityError, match="not from your HQ"):
            package.install(s, foreign)
        assert s.package_sequence == 0
        pkg = package.install(s, p1)
        assert pkg.sequence == s.package_sequence and any(
            t.id == "screening" and t.version == 3 for t in forms.available_templates())
        assert forms.load_template("screening", 3).title["en"].startswith("Screening interview (HQ")
        with pytest.raises(IntegrityError, match="not newer"):
            package.install(s, p1)  # a replay of the same package
        package.install(s, p2)
        with pytest.raises(IntegrityError, match="not newer"):
            package.install(s, p1)  # an older package after a newer one
        assert [e.action for e in s.audit_entries()].count("update_installed") == 2
    finally:
        s.close()
    assert not any(t.version == 3 for t in forms.available_templates())  # locked: the vault's content is gone


def test_unsigned_package_is_refused(hq: Any, tmp_path: Path) -> None:
    import io
    import tarfile

    import pyrage

    from app.casefile import package, tarsafe
    from app.errors import IntegrityError

    data = b'{"format":"field-dossier/watchlist/1","entries":[]}'
    pkg = tmp_path / "u.pkg"
    pkg.write_bytes(pyrage.encrypt(tarsafe.write([("watchlist.json", data)], 0),
                                   [pyrage.x25519.Recipient.from_str(hq.field_recipient)]))
    s = enrolled_vault(tmp_path / "v", hq, tmp_path)
    try:
        with pytest.raises(IntegrityError, match="unsigned"):
            package.install(s, pkg)
        buf = io.BytesIO()  # the same made by a stock tar writer (owner names, mode 0644): refused earlier
        with tarfile.open(fileobj=buf, mode="w") as tar:
            info = tarfile.TarInfo("watchlist.json")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        pkg.write_bytes(pyrage.encrypt(buf.getvalue(), [pyrage.x25519.Recipient.from_str(hq.field_recipient)]))
        with pytest.raises(IntegrityError, match="unexpected file"):
            package.install(s, pkg)
    finally:
        s.close()


def test_hq_recovers_a_vault_through_its_recovery_slot(hq: Any, tmp_path: Path) -> None:
    from app.casefile.hq_ops import recover
    from app.errors import AuthenticationError, NotFoundError
    from app.vault import vault

    s = enrolled_vault(tmp_path / "v", hq, tmp_path, recovery=True)
    s.close()
    plain = (tmp_path / "v" / "vault.keys").read_bytes()
    assert b'"recovery"' in plain and b"AGE-SECRET" not in plain
    recover(tmp_path / "v", hq, "HQ1", NEW_PASS)
    r = vault.unlock(tmp_path / "v", "HQ1", NEW_PASS)
    try:
        assert r.user.role.value == "supervisor" and r.audit_verify().ok
        assert any(e.action == "recovered_by_hq" for e in r.audit_entries())
    finally:
        r.close()
    a = vault.unlock(tmp_path / "v", "Alpha", PASS)  # the officer's own slot still works
    a.rekey()  # a key rotation seals the new data key to HQ's recovery slot too
    a.close()
    recover(tmp_path / "v", hq, "HQ2", NEW_PASS)
    vault.unlock(tmp_path / "v", "HQ2", NEW_PASS).close()
    with pytest.raises(AuthenticationError):
        vault.unlock(tmp_path / "v", "HQ1", PASS)
    s2 = enrolled_vault(tmp_path / "w", hq, tmp_path, callsign="Bravo")  # enrolled without a recovery slot
    s2.close()
    with pytest.raises(NotFoundError, match="no HQ recovery slot"):
        recover(tmp_path / "w", hq, "HQ1", NEW_PASS)
