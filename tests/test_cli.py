"""The CLI contract: commands, JSON output, exit codes, no tracebacks."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app import __version__
from tests.conftest import PASS, PASS2, run_cli, sample_doc


@pytest.fixture
def cli_vault(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    vault_dir = tmp_path / "v"
    env = {"DOSSIER_USER": "Alpha", "DOSSIER_PASSPHRASE": PASS}
    r = run_cli("--vault", str(vault_dir), "init", "--post", "kyiv", **env)
    assert r.returncode == 0, r.stderr
    assert "post KYIV" in r.stdout
    return vault_dir, env


def test_version() -> None:
    r = run_cli("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"dossier {__version__}"


def test_full_applicant_flow(cli_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault_dir, env = cli_vault
    src = tmp_path / "a.json"
    src.write_text(json.dumps(sample_doc(), ensure_ascii=False))
    r = run_cli("--vault", str(vault_dir), "applicant", "add", "--json", str(src), **env)
    assert r.returncode == 0, r.stderr
    case = r.stdout.strip()
    assert re.fullmatch(r"KYIV-[A-Z][A-Z0-9]{2}-\d{4}-0001", case)  # post, the vault's own station code
    assert "added as drafts" in r.stderr and "2 seal(s)" in r.stderr  # the sample's seals are not taken
    # stdin works too
    r = run_cli("--vault", str(vault_dir), "applicant", "add", "--json", "-",
                stdin=json.dumps(sample_doc(surname="Бондар")), **env)
    assert r.returncode == 0 and r.stdout.strip().endswith("-0002")

    show = run_cli("--vault", str(vault_dir), "applicant", "show", case, "--json", **env)
    doc = json.loads(show.stdout)
    assert doc["format"] == "field-dossier/1" and doc["case_number"] == case
    assert doc["computed"]["stage"] == "interview" and doc["computed"]["stage_exam"] is None  # drafts
    assert doc["interviews"][0]["sealed_by"] == "" and doc["case_id"] and doc["origin"]["created_by"] == "Alpha"
    listing = json.loads(run_cli("--vault", str(vault_dir), "applicant", "list", "--json", **env).stdout)
    assert [row["surname"] for row in listing] == ["Шевчук", "Бондар"]
    found = json.loads(run_cli("--vault", str(vault_dir), "search", "shevch*", "--json", **env).stdout)
    assert [h["case_number"] for h in found] == [case]
    text = run_cli("--vault", str(vault_dir), "applicant", "show", case, **env).stdout
    assert "Шевчук Олег Петрович" in text and "[ ] interview" in text
    assert "[ ] polygraph 2: polygraph exam 2 not recorded" in text
    assert "polygraph exam 1: examiner Bravo (external); draft" in text  # not a user of this vault
    audit = run_cli("--vault", str(vault_dir), "audit", "verify", **env)
    assert audit.returncode == 0 and "intact" in audit.stdout


def test_users_via_cli(cli_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault_dir, env = cli_vault
    pw_file = tmp_path / "pw"
    pw_file.write_text(PASS2 + "\n")
    r = run_cli("--vault", str(vault_dir), "--new-passphrase-file", str(pw_file), "user", "add", "Bravo",
                "--role", "examiner", **env)
    assert r.returncode == 0, r.stderr
    users = json.loads(run_cli("--vault", str(vault_dir), "user", "list", "--json", **env).stdout)
    assert [(u["callsign"], u["role"]) for u in users] == [("Alpha", "supervisor"), ("Bravo", "examiner")]
    bravo = {"DOSSIER_USER": "Bravo"}
    r = run_cli("--vault", str(vault_dir), "--passphrase-file", str(pw_file), "user", "remove", "Alpha", **bravo)
    assert r.returncode == 9 and "may not" in r.stderr
    r = run_cli("--vault", str(vault_dir), "user", "remove", "Bravo", **env)
    assert r.returncode == 0
    r = run_cli("--vault", str(vault_dir), "--passphrase-file", str(pw_file), "applicant", "list", **bravo)
    assert r.returncode == 3


@pytest.mark.parametrize("args,env_extra,code,message", [
    (["applicant", "list"], {"DOSSIER_PASSPHRASE": "wrong wrong wrong"}, 3, "Wrong call sign or passphrase"),
    (["applicant", "show", "KYIV-2026-9999"], {}, 6, "No case with that number"),
    (["search", 'bad"'], {}, 5, "Unbalanced quote"),
    (["init", "--post", "KYIV"], {}, 7, "already exists"),
    (["applicant", "add", "--json", "/nonexistent.json"], {}, 2, "Cannot read"),
    (["nonsense"], {}, 2, "invalid choice"),
    (["user"], {}, 2, "Say what to do"),
])
def test_exit_codes(cli_vault, args, env_extra, code, message) -> None:  # type: ignore[no-untyped-def]
    vault_dir, env = cli_vault
    r = run_cli("--vault", str(vault_dir), *args, **{**env, **env_extra})
    assert r.returncode == code, (r.stdout, r.stderr)
    assert message in r.stderr
    assert "Traceback" not in r.stderr


def test_invalid_json_lists_paths_and_writes_nothing(cli_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault_dir, env = cli_vault
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(sample_doc(surname="", category="spy")))
    r = run_cli("--vault", str(vault_dir), "applicant", "add", "--json", str(bad), **env)
    assert r.returncode == 5
    assert "$.person.surname" in r.stderr and "$.person.category" in r.stderr
    listing = run_cli("--vault", str(vault_dir), "applicant", "list", "--json", **env)
    assert json.loads(listing.stdout) == []


def test_no_passphrase_without_terminal(cli_vault) -> None:  # type: ignore[no-untyped-def]
    vault_dir, _ = cli_vault
    r = run_cli("--vault", str(vault_dir), "applicant", "list", DOSSIER_USER="Alpha")
    assert r.returncode == 2 and "DOSSIER_PASSPHRASE" in r.stderr


def test_missing_vault(tmp_path: Path) -> None:
    r = run_cli("--vault", str(tmp_path / "none"), "applicant", "list", DOSSIER_USER="A", DOSSIER_PASSPHRASE="x")
    assert r.returncode == 6 and "No vault" in r.stderr


def test_vault_from_env(cli_vault) -> None:  # type: ignore[no-untyped-def]
    vault_dir, env = cli_vault
    r = run_cli("applicant", "list", DOSSIER_VAULT=str(vault_dir), **env)
    assert r.returncode == 0


def test_demo_is_deterministic(tmp_path: Path) -> None:
    outs = []
    for name in ("a", "b"):
        env = {"DOSSIER_USER": "Alpha", "DOSSIER_PASSPHRASE": PASS}
        v = str(tmp_path / name)
        assert run_cli("--vault", v, "init", "--post", "KYIV", **env).returncode == 0
        r = run_cli("--vault", v, "demo", "--applicants", "30", "--seed", "7", "--as-drafts", **env)
        assert r.returncode == 0 and "Added 30" in r.stdout
        rows = json.loads(run_cli("--vault", v, "applicant", "list", "--json", **env).stdout)
        outs.append([(x["surname"], x["given_name"], x["date_of_birth"], x["stage"]) for x in rows])
    assert outs[0] == outs[1] and len(outs[0]) == 30
    assert any(ch in "іїєґ" for row in outs[0] for ch in row[0].lower())  # Ukrainian names present
