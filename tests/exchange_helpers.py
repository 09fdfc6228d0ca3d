"""Shared pieces of the exchange tests: an HQ, an enrolled field vault, tampering tools."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path
from typing import Any

import pyrage

from tests.conftest import PASS, sample_doc

HQ_PASS = "quantum walrus harbour seventeen lantern"


def issue_enrolment(hq: Any, tmp: Path, callsign: str = "Alpha", post: str = "KYIV", recovery: bool = False) -> Any:
    """An enrolment as the laptop reads it (costs three scrypt runs: reuse it)."""
    from app.casefile import enrolment

    issued = enrolment.issue(hq, callsign, post, tmp / f"{callsign}-{post}.enrol", recovery)
    return enrolment.read(issued.path, issued.passphrase)


def enrolled_vault(vault_dir: Path, hq: Any, tmp: Path, callsign: str = "Alpha", post: str = "KYIV",
                   recovery: bool = False, prepared: Any = None) -> Any:
    from app.vault import vault

    s = vault.create(vault_dir, post, callsign, PASS)
    s.enrol(prepared or issue_enrolment(hq, tmp, callsign, post, recovery))
    return s


def add_case(session: Any, **person: Any) -> str:
    from app.domain.interchange import parse_document

    doc = sample_doc(**person)
    doc["attachments"] = [{"name": "scan.txt", "media_type": "text/plain", "size": 5,
                           "sha256": "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
                           "content_base64": "aGVsbG8="}]
    return str(session.add_applicant(parse_document(doc)))


def members_of(bundle_bytes: bytes, identity: Any) -> dict[str, bytes]:
    inner = pyrage.decrypt(bundle_bytes, [identity])
    out = {}
    with tarfile.open(fileobj=io.BytesIO(inner)) as tar:
        for m in tar:
            f = tar.extractfile(m)
            out[m.name] = f.read() if f else b""
    return out


def repack(members: dict[str, bytes], recipient: str, extra: dict[str, tarfile.TarInfo] | None = None) -> bytes:
    """What an attacker with HQ's public recipient can do: rebuild and re-encrypt,
    imitating the program's own archive headers exactly (mode 0600, no owner)."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = len(data), 0o600, archive_time(members)
            tar.addfile(info, io.BytesIO(data))
        for info in (extra or {}).values():
            tar.addfile(info, io.BytesIO(b"x" * info.size) if info.isreg() else None)
    return seal_to(buf.getvalue(), recipient)


def archive_time(members: dict[str, bytes]) -> int:
    """The time the program puts in every header: the manifest's signing time."""
    import datetime as dt
    import json

    try:
        return int(dt.datetime.fromisoformat(json.loads(members["manifest.json"])["created_at"]).timestamp())
    except (KeyError, ValueError, TypeError, RecursionError):
        return 0


def seal_to(inner: bytes, recipient: str) -> bytes:
    return bytes(pyrage.encrypt(inner, [pyrage.x25519.Recipient.from_str(recipient)]))


def flip(data: bytes, offset: int) -> bytes:
    b = bytearray(data)
    b[offset] ^= 0x01
    return bytes(b)


def tool(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(argv), capture_output=True, text=True, timeout=120, check=False)


_MEASURED = """
import sys
from pathlib import Path
from app.casefile import hq
_open = hq.HqKeystore.open.__func__
def _opened(cls, *args, **kwargs):
    ks = _open(cls, *args, **kwargs)
    Path("/proc/self/clear_refs").write_text("5")  # reset the peak: the key store's scrypt is not measured
    return ks
hq.HqKeystore.open = classmethod(_opened)
from app.cli import main
code = main(sys.argv[1:])
status = Path("/proc/self/status").read_text()
peak = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))
Path(__import__("os").environ["MEASURE_TO"]).write_text(peak)
sys.exit(code)
"""


def run_measured(args: list[str], tmp: Path, **env: str) -> tuple[int, str, str, int]:
    """Run `dossier ARGS` in a child; (exit code, stdout, stderr, peak RSS in KiB after the
    HQ key store was unlocked). Unlocking runs age's scrypt at the cost age calibrated when
    the store was made (N = 2^20 here: 1 GiB by itself), so the peak is reset right after it
    (Linux /proc/self/clear_refs) and read from VmHWM at the end: what the bundles cost."""
    import sys

    from tests.conftest import ROOT, cli_env

    out, err, peak = tmp / "run.out", tmp / "run.err", tmp / "run.peak"
    with open(out, "wb") as o, open(err, "wb") as e:
        child = subprocess.run([sys.executable, "-c", _MEASURED, *args], stdout=o, stderr=e,
                               env=cli_env(MEASURE_TO=str(peak), **env), cwd=ROOT, timeout=1800, check=False)
    return child.returncode, out.read_text(), err.read_text(), int(peak.read_text()) if peak.exists() else 0
