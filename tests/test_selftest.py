"""`dossier selftest`, from the source tree and (when `make dist` has run) from the frozen build."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT, cli_env, run_cli

FROZEN = ROOT / "dist" / "field-dossier" / "field-dossier"
STEPS = 8


def _check(stdout: str) -> None:
    lines = [line for line in stdout.splitlines() if line.startswith(("PASS", "FAIL"))]
    assert len(lines) == STEPS and all(line.startswith("PASS") for line in lines), stdout
    assert "with Cyrillic names" in stdout and "16 checks passed" in stdout
    assert stdout.strip().endswith("SELF-TEST PASSED")


def test_selftest_passes_every_step_and_leaves_nothing(tmp_path: Path) -> None:
    r = run_cli("selftest", TMPDIR=str(tmp_path))
    assert r.returncode == 0, r.stderr
    _check(r.stdout)
    assert list(tmp_path.iterdir()) == []  # its temporary folder is gone


@pytest.mark.skipif(not FROZEN.exists(), reason="run `make dist` first")
def test_frozen_build_selftest(tmp_path: Path) -> None:
    env = {k: v for k, v in cli_env(TMPDIR=str(tmp_path)).items() if k not in ("PYTHONPATH",)}
    r = subprocess.run([str(FROZEN), "selftest"], capture_output=True, text=True, env=env, timeout=300,
                       check=False, cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    _check(r.stdout)
    version = subprocess.run([str(FROZEN), "--version"], capture_output=True, text=True, timeout=60, check=False)
    assert version.stdout.startswith("dossier ")
