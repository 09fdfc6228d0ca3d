"""Nothing written through the CLI appears in plain text anywhere on disk."""

from __future__ import annotations

import json
from pathlib import Path

from app.domain.interchange import parse_document
from tests.conftest import PASS, run_cli, sample_doc

MARK_NAME = "Зюзюкін"
MARK_LATIN = "Zyuzyukinmarker"
MARK_NOTE = "квазімодомаркер"
MARK_DOC = "QX9876543"


def _marker_doc() -> dict:  # type: ignore[type-arg]
    doc = sample_doc(surname=MARK_NAME, surname_latin=MARK_LATIN)
    doc["person"]["documents"][0]["number"] = MARK_DOC
    doc["interviews"][0]["notes"] = MARK_NOTE
    return doc


def _needles() -> list[bytes]:
    out = []
    for m in (MARK_NAME, MARK_LATIN, MARK_NOTE, MARK_DOC):
        out += [m.encode("utf-8"), m.encode("utf-16-le"), m.lower().encode("utf-8"),
                m.casefold().encode("utf-8")]
    return out


def _scan(folder: Path) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{path.name}: {n!r}" for n in _needles() if n in data]
    return hits


def test_open_vault_and_wal_hold_no_plaintext(session, vault_dir: Path) -> None:
    case = session.add_applicant(parse_document(_marker_doc()))
    d = session.get_dossier(case)
    assert d.application is not None
    d.application.text += " " + MARK_NOTE
    session.save_dossier(d)
    assert (vault_dir / "vault.db-wal").stat().st_size > 0  # the data is still in the WAL
    assert _scan(vault_dir) == []
    assert [h.summary.case_number for h in session.search(MARK_NOTE)] == [case]


def test_cli_session_leaves_no_plaintext(tmp_path: Path, _private_home: Path) -> None:
    vault_dir = tmp_path / "v"
    env = {"DOSSIER_USER": "Alpha", "DOSSIER_PASSPHRASE": PASS, "XDG_STATE_HOME": str(_private_home / "state"),
           "HOME": str(_private_home), "XDG_DATA_HOME": str(_private_home / "data")}
    assert run_cli("--vault", str(vault_dir), "init", "--post", "KYIV", **env).returncode == 0
    src = tmp_path / "in.json"
    src.write_text(json.dumps(_marker_doc(), ensure_ascii=False))
    added = run_cli("--vault", str(vault_dir), "applicant", "add", "--json", str(src), **env)
    assert added.returncode == 0, added.stderr
    src.unlink()
    case = added.stdout.strip()
    for args in (["search", MARK_LATIN], ["applicant", "show", case], ["audit", "verify"],
                 ["search", 'broken"query']):
        run_cli("--vault", str(vault_dir), *args, **env)
    assert _scan(vault_dir) == []
    assert _scan(_private_home) == []  # logs, config, caches
    assert _scan(tmp_path) == []
