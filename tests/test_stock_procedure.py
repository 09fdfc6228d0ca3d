"""The HQ guide's stock-tool procedure, run exactly as printed in docs/hq-guide.md:
age, tar, openssl with -crl_check, sha256sum, python3 and pdfsig with an NSS
database holding the CRL. Plaintext only in a private in-memory folder, removed after."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

from tests.conftest import ROOT
from tests.exchange_helpers import add_case, enrolled_vault

MARKER = "<!-- stock-procedure:"


def procedure() -> str:
    text = (ROOT / "docs" / "hq-guide.md").read_text("utf-8")
    block = text[text.index(MARKER):]
    return block.split("```sh\n", 1)[1].split("\n```", 1)[0]


def run(hq: Any, bundle: Path, tmp: Path) -> tuple[subprocess.CompletedProcess[str], list[str], Path]:
    identity = tmp / "identity.txt"  # what `age -d -i identity.age` gets after the HQ passphrase
    identity.write_text(f"{hq.identity}\n")
    identity.chmod(0o600)
    runtime = tmp / "runtime"
    runtime.mkdir(exist_ok=True, mode=0o700)
    perms = tmp / "perms.txt"
    # read the modes of everything the procedure made, just before its EXIT trap removes it
    script = procedure() + '\nfind "$work" -mindepth 0 -printf "%m %P\\n" > "$PERMS"\n'
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp), "HQDIR": str(hq.folder), "IDENTITY": str(identity),
           "BUNDLE": str(bundle), "XDG_RUNTIME_DIR": str(runtime), "PERMS": str(perms)}
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env, timeout=120,
                          stdin=subprocess.DEVNULL, check=False)
    modes = perms.read_text().splitlines() if perms.exists() else []
    return done, modes, runtime


def test_the_documented_procedure_checks_a_bundle_privately(hq: Any, tmp_path: Path) -> None:
    from app.casefile.export import export_cases

    s = enrolled_vault(tmp_path / "v", hq, tmp_path, callsign="Victor", post="KYIV")
    try:
        case = add_case(s)
        (tmp_path / "stick").mkdir()
        bundle = export_cases(s, [case], tmp_path / "stick").exported[0].file
    finally:
        s.close()
    done, modes, runtime = run(hq, bundle, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "CMS Verification successful" in done.stderr
    assert "Signature is Valid." in done.stdout and "Certificate is Trusted." in done.stdout
    assert "Total document signed" in done.stdout
    names = {line.split(" ", 1)[1] for line in modes if " " in line}
    assert {"case.json", "case.pdf", "manifest.json", "bundle.tar"} <= names
    assert any(n.startswith("attachments/") for n in names)
    for line in modes:  # nothing readable by anyone else, ever
        mode = int(line.split(" ", 1)[0], 8)
        assert mode & 0o077 == 0, line
    assert list(runtime.iterdir()) == []  # removed at the end

    hq.revoke("Victor", "KYIV")
    done, _, runtime = run(hq, bundle, tmp_path)
    assert done.returncode != 0 and "certificate revoked" in done.stderr, done.stderr
    assert "Signature is Valid." not in done.stdout  # it stopped before taking anything else out
    assert list(runtime.iterdir()) == []
