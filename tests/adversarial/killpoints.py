"""Deterministic crash points: the real `dossier` CLI killed at its N-th write,
pwrite, fsync or rename (strace fault injection: `-e inject=SYSCALL:signal=KILL:when=N`),
and the scanner for key files that still open (in leftover files here, in a raw disk
image in the undelete test).

Used by tests/adversarial/test_killpoints.py (every point in `make stress`, a
spread of them in `make test`) and by the undelete test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.errors import DossierError
from app.vault import keyfile, keyslots
from app.vault.connection import connect
from tests.conftest import ROOT, cli_env

SYSCALLS = ("write", "pwrite64", "fsync", "fdatasync", "rename", "renameat", "renameat2")
STRACE = shutil.which("strace")


def strace_works() -> bool:
    if STRACE is None:
        return False
    probe = subprocess.run([STRACE, "-f", "-qq", "-o", os.devnull, "-e", "trace=none", "true"],
                           capture_output=True, timeout=30, check=False)
    return probe.returncode == 0


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def killed(self) -> bool:
        return self.code in (-9, 137)


def _command(args: list[str]) -> list[str]:
    return [sys.executable, "-m", "app", *args]


def count_calls(args: list[str], env: dict[str, str]) -> dict[str, int]:
    """How many times each syscall of interest is made by one uninterrupted run."""
    out = Path(env["KP_TMP"]) / "count.txt"
    subprocess.run([STRACE or "strace", "-f", "-qq", "--seccomp-bpf", "-c", "-o", str(out), "-e",
                    "trace=" + ",".join(SYSCALLS), *_command(args)],
                   env=cli_env(**env), cwd=ROOT, capture_output=True, timeout=300, check=False)
    counts: dict[str, int] = {}
    for line in out.read_text().splitlines():
        parts = line.split()
        if parts and parts[-1] in SYSCALLS and len(parts) >= 5:
            counts[parts[-1]] = int(parts[3])
    return counts


# Held while a child is forked. Between fork and exec the child holds a copy of every open
# file of the test process, a vault's lock file too (flock locks follow the open file), so a
# vault opened in another thread at that moment reads as "open in another window". Tests that
# open vaults in one thread while another runs the CLI hold this lock while they open.
SPAWN = threading.RLock()


def run(args: list[str], env: dict[str, str], kill: tuple[str, int] | None = None) -> Run:
    """Run the CLI; with `kill`, SIGKILL it on entering the N-th call of that syscall."""
    cmd = _command(args)
    if kill is not None:
        name, n = kill
        # (no --seccomp-bpf here: with it, strace 6.1 does not deliver the injected signal)
        cmd = [STRACE or "strace", "-f", "-qq", "-o", os.devnull, "-e", f"trace={name}",
               "-e", f"inject={name}:signal=KILL:when={n}", *cmd]
    with SPAWN:
        proc = subprocess.Popen(cmd, env=cli_env(**env), cwd=ROOT, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=300)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise
    return Run(proc.returncode, out, err)


def points(counts: dict[str, int], limit: int | None = None) -> list[tuple[str, int]]:
    """Every (syscall, n) for n in 1..count; with `limit`, that many spread evenly over
    them (each syscall's first and last call always among them)."""
    every = [(name, n) for name in sorted(counts) for n in range(1, counts[name] + 1)]
    if limit is None or len(every) <= limit:
        return every
    ends = {(name, 1) for name in counts} | {(name, counts[name]) for name in counts}
    step = max(1, len(every) // max(1, limit - len(ends)))
    return sorted(ends | set(every[::step]))


# -- leftovers that still open ---------------------------------------------------------------
def key_areas(raw: bytes, limit: int | None = None) -> list[bytes]:
    """Every key-file area inside `raw` (a file, an archive member, a raw disk image), each
    as a chunk the key-file parser takes; and any key file of the old JSON format."""
    out: list[bytes] = []
    i = raw.find(keyfile.MAGIC)
    while i >= 0 and (limit is None or len(out) < limit):
        out.append(raw[i:i + keyfile.AREA_SIZE].ljust(keyfile.FILE_SIZE, b"\0"))
        i = raw.find(keyfile.MAGIC, i + 1)
    i = raw.find(keyslots.LEGACY_FORMAT.encode())
    while i >= 0 and (limit is None or len(out) < 2 * limit):
        start = raw.rfind(b"{", max(0, i - 65536), i)
        end = raw.find(b"}\n", i)
        if start >= 0 and end > 0:
            out.append(raw[start:end + 2])
        i = raw.find(keyslots.LEGACY_FORMAT.encode(), i + 1)
    return out


def unwrapped_keys(chunk: bytes, credentials: Iterable[tuple[str, str]]) -> list[bytes]:
    """The data keys (current and, mid-rotation, pending) that any (call sign, passphrase)
    unwraps from `chunk` read as a key file; [] if it is none or nothing opens."""
    try:
        read = keyfile.parse(chunk)
        slots = keyslots.SlotFile.from_payload(read.payload, read.legacy)
    except DossierError:
        return []
    keys: list[bytes] = []
    for callsign, passphrase in credentials:
        try:
            opened = slots.unwrap_keys(callsign, passphrase)
        except DossierError:
            continue
        keys += [k for k in (opened.current, opened.pending) if k and k not in keys]
    return keys


def _opens_as_key_file(raw: bytes, passphrases: list[tuple[str, str]]) -> bool:
    """Does `raw` (or a key file inside it, e.g. in a backup archive) open with any of the
    (call sign, passphrase) pairs?"""
    return any(unwrapped_keys(chunk, passphrases)
               for chunk in [raw, raw.ljust(keyfile.FILE_SIZE, b"\0"), *key_areas(raw, limit=16)])


def _opens_as_database(path: Path, keys: Iterable[bytes]) -> bool:
    if path.stat().st_size < 4096:
        return False
    for key in keys:
        probe = path.parent / f".probe-{os.getpid()}"
        shutil.copyfile(path, probe)  # never touch the leftover itself
        try:
            conn = connect(probe, key)
            conn.close()
            return True
        except DossierError:
            continue
        finally:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{probe}{suffix}").unlink(missing_ok=True)
    return False


def readable_leftovers(roots: Iterable[Path], allowed: set[Path], passphrases: list[tuple[str, str]],
                       keys: list[bytes]) -> list[Path]:
    """Files under `roots`, other than `allowed`, that open with a known passphrase or
    data key: as a key file, a database, or an archive holding either."""
    found = []
    for root in roots:
        if not root.exists():
            continue
        for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()):
            if path.resolve() in allowed or path.name.startswith(".probe-"):
                continue
            raw = path.read_bytes()
            if _opens_as_key_file(raw, passphrases) or _opens_as_database(path, keys):
                found.append(path)
                continue
            if tarfile.is_tarfile(path):
                found += [path] if _archive_opens(path, passphrases, keys) else []
    return found


def _archive_opens(path: Path, passphrases: list[tuple[str, str]], keys: list[bytes]) -> bool:
    try:
        with tarfile.open(path) as tar:
            for member in tar.getmembers():
                data = tar.extractfile(member)
                if data is not None and _opens_as_key_file(data.read(keyfile.FILE_SIZE), passphrases):
                    return True
    except (tarfile.TarError, OSError, EOFError):
        return False
    return False
