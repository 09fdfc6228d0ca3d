"""Process hardening at start-up: no core dumps, no ptrace by other users.

A crash with core dumps enabled writes the whole address space to disk: the
passphrase as typed, the raw data key, decrypted pages and names. Both the CLI
and the desktop app (and the batch-export worker processes, which are spawned
fresh and so do not inherit the "dumpable" flag) call `harden()` first:

- RLIMIT_CORE = 0 (soft and hard), so no core file is written and the limit
  cannot be raised again by this process or its children;
- prctl(PR_SET_DUMPABLE, 0), so the kernel also refuses core dumps through a
  core_pattern pipe (systemd-coredump, apport) and other users' ptrace.

What remains is in docs/SECURITY.md (section 4): swap, hibernation, and copies
of secrets held by Python, Qt and OpenSSL while the vault is unlocked.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import sys

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def _libc() -> ctypes.CDLL | None:
    """The C library already loaded in this process (no `ldconfig` run to find it)."""
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def harden() -> bool:
    """Disable core dumps for this process; True when both measures took effect."""
    ok = False
    if sys.platform.startswith("linux") or sys.platform == "darwin":
        import resource

        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            ok = True
    if sys.platform.startswith("linux"):
        libc = _libc()
        if libc is None or libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            ok = False
    if not ok:
        log.warning("could not disable core dumps on this system")
    return ok


def dumpable() -> int | None:
    """PR_GET_DUMPABLE of this process (Linux), for tests and the self-test."""
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    return None if libc is None else int(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
