"""Everything the vault writes beside itself, by name, and how it is cleaned up.

Work in progress that a crash or a kill can interrupt leaves files with known
names, and only these:

    in the vault folder     vault.db.rekey-<pid>[-journal|-wal|-shm]   key rotation (rekey.py)
                            backups/.pre-migration-*.partial-<pid>     copy before a migration
                            .vault.mark.tmp-<pid>                      commit mark being replaced
                            .vault.keys.tmp-<pid>, .unlock.state.tmp-<pid>, unlock.state
                                                                       left by versions before
                                                                       the in-place key file
    beside it               .<vault>.creating-<pid>/, .<vault>.restoring-<pid>/
    elsewhere (journaled)   .<backup>.work-<pid>/, .<backup>.partial-<pid>   a backup's work,
                            listed in the key file while it runs (keyslots.SlotFile.work)

`sweep` removes them at every start-up (unlock, create, restore) and the panic
wipe destroys them. Files that hold key material (key files; a partial backup,
whose archive holds the key file near its start) are overwritten in place
before they are unlinked, so undelete finds nothing that opens.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from pathlib import Path

from app.errors import DossierError, VaultBusyError
from app.vault.lock import InstanceLock

log = logging.getLogger(__name__)

IN_VAULT = ("vault.db.rekey-*", ".vault.mark.tmp-*", ".vault.keys.tmp-*", ".unlock.state.tmp-*")
IN_BACKUPS = (".pre-migration-*.partial-*",)
# A partial backup holds the manifest and the key file first: overwrite that much.
KEY_REGION = 512 * 1024


def rekey_file(vault_dir: Path) -> Path:
    return vault_dir / f"vault.db.rekey-{os.getpid()}"


def creating_dir(vault_dir: Path) -> Path:
    return vault_dir.resolve().parent / f".{vault_dir.name}.creating-{os.getpid()}"


def restoring_dir(vault_dir: Path) -> Path:
    return vault_dir.resolve().parent / f".{vault_dir.name}.restoring-{os.getpid()}"


def backup_work(dest: Path) -> tuple[Path, Path]:
    """The work folder and the partial archive of a backup to `dest`."""
    return (dest.parent / f".{dest.name}.work-{os.getpid()}",
            dest.parent / f".{dest.name}.partial-{os.getpid()}")


def _overwrite(path: Path, limit: int | None) -> None:
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        todo = size if limit is None else min(size, limit)
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
        try:
            offset = 0
            while offset < todo:
                chunk = os.urandom(min(1 << 20, todo - offset))
                offset += os.pwrite(fd, chunk, offset)
            os.fsync(fd)
        finally:
            os.close(fd)


def destroy(path: Path) -> bool:
    """Overwrite what may hold key material, then remove `path` (file or folder)."""
    if not path.exists() and not path.is_symlink():
        return False
    if path.is_symlink():
        with contextlib.suppress(OSError):
            path.unlink()
        return True
    if path.is_dir():
        for item in path.rglob("*"):
            if item.is_file() and not item.is_symlink():
                _overwrite(item, None if item.name.startswith("vault.keys") else KEY_REGION)
        shutil.rmtree(path, ignore_errors=True)
    else:
        full = "keys" in path.name or path.name.startswith("unlock.state")
        _overwrite(path, None if full else KEY_REGION)
        with contextlib.suppress(OSError):
            path.unlink()
    return True


def _in_use(folder: Path) -> bool:
    """A create or restore still running holds the instance lock of its work folder."""
    try:
        with InstanceLock(folder):
            return False
    except VaultBusyError:
        return True
    except DossierError:  # not a usable work folder: a leftover
        return False


def beside(vault_dir: Path) -> list[Path]:
    parent = vault_dir.resolve().parent
    if not parent.is_dir():
        return []
    return sorted(p for pattern in (f".{vault_dir.name}.creating-*", f".{vault_dir.name}.restoring-*")
                  for p in parent.glob(pattern))


def inside(vault_dir: Path, legacy_counter: bool = False) -> list[Path]:
    found = [p for pattern in IN_VAULT for p in vault_dir.glob(pattern)]
    if (vault_dir / "backups").is_dir():
        found += [p for pattern in IN_BACKUPS for p in (vault_dir / "backups").glob(pattern)]
    if legacy_counter and (vault_dir / "unlock.state").exists():
        found.append(vault_dir / "unlock.state")
    return sorted(found)


def sweep(vault_dir: Path, *, legacy_counter: bool = False, everything: bool = False) -> int:
    """Remove leftovers in and beside `vault_dir` (call with the vault's instance
    lock held). Work folders another process is still using are kept, unless
    `everything` (the panic wipe). Returns how many were removed."""
    removed = 0
    for path in inside(vault_dir, legacy_counter) if vault_dir.is_dir() else []:
        removed += destroy(path)
    for folder in beside(vault_dir):
        if everything or not _in_use(folder):
            removed += destroy(folder)
    if removed:
        log.info("removed %d leftover file(s) of interrupted work", removed)
    return removed


def sweep_beside(vault_dir: Path) -> int:
    """Only the work folders beside the vault (safe without the vault's lock: each
    is skipped while the process that made it still holds its lock)."""
    return sum(destroy(f) for f in beside(vault_dir) if not _in_use(f))


def sweep_journal(work: list[str]) -> list[str]:
    """Destroy the journaled work of interrupted backups; returns the entries still
    out of reach (a stick not plugged in now), to keep for next time."""
    keep = []
    for entry in work:
        path = Path(entry)
        if path.parent.is_dir():
            destroy(path)
        else:
            keep.append(entry)
    return keep
