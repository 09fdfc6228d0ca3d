"""No core dumps (RLIMIT_CORE 0, not dumpable) from the CLI and the desktop app, and
a full disk gets its own message and exit code while a login still works."""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from app.errors import DiskFullError
from tests.conftest import PASS, cli_env, run_cli, sample_doc


def _core_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("core*"))


def _blocked(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/wchan").read_text() in ("wait_for_partner", "fifo_open", "pipe_read")
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux core dumps")
@pytest.mark.parametrize("command", [["applicant", "list"], ["gui"]])
def test_a_crash_leaves_no_core_dump(tmp_path: Path, command: list[str]) -> None:
    """A process given an unlimited core size, waiting for its passphrase (as a person
    types it), killed with SIGABRT: a plain Python process leaves a core file, the
    dossier CLI does not, and its limit is 0 (hard too)."""
    pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    if pattern.startswith("|") or "/" in pattern:
        pytest.skip(f"core dumps go to {pattern!r} here, not to the working folder")
    fifo = tmp_path / "passphrase"
    os.mkfifo(fifo)

    def unlimited() -> None:
        resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))

    results = {}
    for name, argv in (("control", [sys.executable, "-c", f"open({str(fifo)!r}).read()"]),
                       ("dossier", [sys.executable, "-m", "app", "--vault", str(tmp_path / "v"),
                                    "--passphrase-file", str(fifo), *command])):
        cwd = tmp_path / name
        cwd.mkdir()
        proc = subprocess.Popen(argv, cwd=cwd, preexec_fn=unlimited, env=cli_env(DOSSIER_USER="Alpha"),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while not _blocked(proc.pid) and time.monotonic() < deadline and proc.poll() is None:
                time.sleep(0.05)
            limits = Path(f"/proc/{proc.pid}/limits").read_text()
            os.kill(proc.pid, signal.SIGABRT)
            proc.wait(timeout=60)
        finally:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
        results[name] = (limits, _core_files(cwd), proc.returncode)
    _, control_cores, _ = results["control"]
    if not control_cores:
        pytest.skip("this system writes no core files even when allowed")
    limits, cores, code = results["dossier"]
    core_line = next(line for line in limits.splitlines() if line.startswith("Max core file size"))
    assert core_line.split()[4:6] == ["0", "0"], core_line
    assert cores == [] and code == -signal.SIGABRT


def test_harden_sets_both() -> None:
    """In a child process (hardening pytest itself would reach every later child)."""
    code = ("import resource; from app import hardening; ok = hardening.harden(); "
            "print(ok, resource.getrlimit(resource.RLIMIT_CORE), hardening.dumpable())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=cli_env(),
                         timeout=60, check=True).stdout.split()
    assert out == ["True", "(0,", "0)", "0"], out


# -- a full disk ------------------------------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path: Path) -> Any:
    """A 24 MiB tmpfs (root only; skipped where mounting is impossible)."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(mnt)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a small file system needs root")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def _fill(folder: Path) -> None:
    """Write until the file system refuses even one more block."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        for size in (1 << 20, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * size)
    finally:
        os.close(fd)


def test_a_full_disk_has_its_own_message_and_a_login_still_works(small_disk: Path, tmp_path: Path) -> None:
    v = small_disk / "vault"
    env = {"DOSSIER_USER": "Alpha", "DOSSIER_PASSPHRASE": PASS}
    assert run_cli("--vault", str(v), "init", "--post", "KYIV", **env).returncode == 0
    doc = tmp_path / "doc.json"
    doc.write_text(__import__("json").dumps(sample_doc(), ensure_ascii=False))
    assert run_cli("--vault", str(v), "applicant", "add", "--json", str(doc), **env).returncode == 0
    _fill(small_disk)
    listed = run_cli("--vault", str(v), "applicant", "list", **env)  # the reserve is given back
    assert listed.returncode == 0 and "KYIV-" in listed.stdout, listed.stderr
    assert "disk is full" in listed.stderr.lower() and not (v / "vault.reserve").exists()
    _fill(small_disk)  # and that space used up too: not one block left
    listed = run_cli("--vault", str(v), "applicant", "list", **env)  # still: WAL index in memory
    assert listed.returncode == 0 and "KYIV-" in listed.stdout, listed.stderr
    added = run_cli("--vault", str(v), "applicant", "add", "--json", str(doc), **env)
    assert added.returncode == DiskFullError.exit_code and "disk is full" in added.stderr.lower()
    assert "internal error" not in added.stderr and len(added.stderr.strip().splitlines()) <= 2
    stick = tmp_path / "stick"
    stick.mkdir()
    saved = run_cli("--vault", str(v), "backup", "--to", str(stick / "b.fdbackup"), **env)
    assert saved.returncode == 0, saved.stderr  # so the officer can back up elsewhere
    new = "amber walrus fiddle quarantine seventy"
    changed = run_cli("--vault", str(v), "user", "passwd", DOSSIER_NEW_PASSPHRASE=new, **env)
    assert changed.returncode == DiskFullError.exit_code  # and taken back: nothing changed
    failed = run_cli("--vault", str(v), "applicant", "list", DOSSIER_USER="Alpha", DOSSIER_PASSPHRASE=new)
    assert failed.returncode == 3
    (small_disk / "filler").unlink()
    time.sleep(1.1)  # the delay after that failure
    again = run_cli("--vault", str(v), "applicant", "list", **env)  # the old passphrase works; no false alarm
    assert again.returncode == 0 and "warning" not in again.stderr, again.stderr
    assert (v / "vault.reserve").exists()  # made again once there is room
    restored = run_cli("restore", str(stick / "b.fdbackup"), "--vault", str(tmp_path / "back"), **env)
    assert restored.returncode == 0, restored.stderr
