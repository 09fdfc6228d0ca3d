"""Every example in docs/cli.md runs: the ```sh blocks, in order, against a fresh vault, with the
real `dossier` program (python -m app) and `set -e`, so any command that fails fails the test."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASS, ROOT, cli_env

DOC = ROOT / "docs" / "cli.md"


def blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", DOC.read_text("utf-8"), re.S)


def test_every_example_in_the_cli_docs_runs(tmp_path: Path) -> None:
    found = blocks()
    assert len(found) >= 5
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "dossier"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m app "$@"\n')
    wrapper.chmod(0o700)
    work = tmp_path / "work"
    work.mkdir()
    env = cli_env(DOSSIER_VAULT=str(work / "vault"), DOSSIER_USER="Sam", DOSSIER_PASSPHRASE=PASS,
                  DOSSIER_NEW_PASSPHRASE=PASS,
                  PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}", QT_QPA_PLATFORM="offscreen")
    for i, block in enumerate(found, 1):
        r = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", block], cwd=work, env=env, capture_output=True,
                           text=True, timeout=600, check=False)
        assert r.returncode == 0, f"example {i} failed ({r.returncode}):\n{block}\n--- stderr:\n{r.stderr[-2000:]}"
    assert (work / "summary.pdf").read_bytes().startswith(b"%PDF")
    assert (work / "restored").is_dir() and (work / "backup.fdbak").exists()
