"""Undelete: after user changes and a panic wipe, the raw disk holds nothing that opens.

A vault lives on a loop-mounted ext4 image (root needed; skipped where loop
mounts are impossible). The real CLI makes it, adds applicants, adds users,
changes a passphrase and the wipe policy, records failed logins, removes a
user (a key rotation), is killed in the middle of a backup (its leftover is
destroyed at the next start-up), and finally wipes the vault. Then every byte
of the image is scanned as an attacker with a forensic tool would: every
key-file area found anywhere is tried with every passphrase that was ever valid
(the removed user's too), and every 4 KiB block is decrypted as a SQLCipher page
with every data key so recovered. Done when both counts are 0. A control scan of
the same image taken just before the wipe must find the live key file and its
pages, so the scanner is known to work.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from tests.adversarial import STRESS
from tests.adversarial import killpoints as kp
from tests.conftest import PASS, PASS2

PASS3 = "amber walrus fiddle quarantine seventy"
PASS4 = "copper lantern meadow thirteen violin"
CREDENTIALS = [("Alpha", PASS), ("Alpha", PASS3), ("Bravo", PASS2), ("Charlie", PASS4)]
PAGE = 4096
RESERVE = 80  # SQLCipher 4: IV (16) + HMAC-SHA512 (64) at the end of each page
MARKER = "Невидимко".encode()


def _mount_works(tmp: Path) -> bool:
    if os.geteuid() != 0 or shutil.which("mkfs.ext4") is None:
        return False
    img, mnt = tmp / "probe.img", tmp / "probe"
    mnt.mkdir()
    try:
        subprocess.run(["truncate", "-s", "8M", str(img)], check=True)
        subprocess.run(["mkfs.ext4", "-q", "-F", str(img)], check=True, capture_output=True)
        ok = subprocess.run(["mount", "-o", "loop", str(img), str(mnt)], capture_output=True).returncode == 0
        if ok:
            subprocess.run(["umount", str(mnt)], check=True)
        return ok
    except (subprocess.CalledProcessError, OSError):
        return False
    finally:
        img.unlink(missing_ok=True)


def recover_keys(image: bytes) -> tuple[int, list[bytes]]:
    """(key-file areas found anywhere on the disk, data keys a known passphrase opens from them)."""
    areas = kp.key_areas(image)
    keys: list[bytes] = []
    for chunk in areas:
        keys += [k for k in kp.unwrapped_keys(chunk, CREDENTIALS) if k not in keys]
    return len(areas), keys


def _plausible(plain: bytes, first: bool) -> bool:
    if first:  # page 1: the header after the 16-byte salt (page size 4096, WAL or rollback)
        return plain[:2] == b"\x10\x00" and plain[2] in (1, 2) and plain[3] in (1, 2)
    kind, cells, content = plain[0], int.from_bytes(plain[3:5], "big"), int.from_bytes(plain[5:7], "big")
    return kind in (2, 5, 10, 13) and cells <= 1000 and (content == 0 or 8 <= content <= PAGE - RESERVE)


def decryptable_pages(image: bytes, keys: list[bytes]) -> tuple[int, int]:
    """(blocks that decrypt to a SQLite page under one of `keys`, of them holding the marker name)."""
    pages = named = 0
    for key in keys:
        for off in range(0, len(image) - PAGE + 1, PAGE):
            block = image[off:off + PAGE]
            iv = block[PAGE - RESERVE:PAGE - RESERVE + 16]
            for first in (False, True):
                body = block[16 if first else 0:PAGE - RESERVE]
                plain = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor().update(body)
                if _plausible(plain, first):
                    pages += 1
                    named += MARKER in plain
                    break
    return pages, named


def _cli(vault: Path, *args: str, user: str = "Alpha", passphrase: str = PASS, **env: str) -> kp.Run:
    return kp.run(["--vault", str(vault), *args],
                  {"DOSSIER_USER": user, "DOSSIER_PASSPHRASE": passphrase, "KP_TMP": str(vault.parent), **env})


def test_nothing_opens_after_user_changes_and_a_wipe(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not _mount_works(tmp_path):
        pytest.skip("loop-mounting an ext4 image needs root and loop devices")
    img, mnt = tmp_path / "disk.img", tmp_path / "mnt"
    mnt.mkdir()
    subprocess.run(["truncate", "-s", "64M" if STRESS else "40M", str(img)], check=True)
    subprocess.run(["mkfs.ext4", "-q", "-F", "-b", "4096", str(img)], check=True, capture_output=True)
    subprocess.run(["mount", "-o", "loop", str(img), str(mnt)], check=True)
    mounted = True
    try:
        v = mnt / "vault"
        doc = tmp_path / "doc.json"
        from tests.conftest import sample_doc

        doc.write_text(__import__("json").dumps(sample_doc(surname="Невидимко"), ensure_ascii=False))
        steps: list[tuple[Any, ...]] = [
            ("init", "--post", "KYIV"),
            ("demo", "--applicants", "300" if STRESS else "60", "--as-drafts"),
            ("applicant", "add", "--json", str(doc)),
            ("user", "add", "Bravo", "--role", "officer", {"DOSSIER_NEW_PASSPHRASE": PASS2}),
            ("user", "add", "Charlie", "--role", "examiner", {"DOSSIER_NEW_PASSPHRASE": PASS4}),
            ("policy", "--wipe-after", "10"),
            ("user", "passwd", {"DOSSIER_NEW_PASSPHRASE": PASS3}),
        ]
        passphrase = PASS
        for step in steps:
            env = step[-1] if isinstance(step[-1], dict) else {}
            args = [a for a in step if isinstance(a, str)]
            r = _cli(v, *args, passphrase=passphrase, DOSSIER_NEW_PASSPHRASE=env.get("DOSSIER_NEW_PASSPHRASE", PASS))
            assert r.code == 0, (args, r.stderr)
            if args[:2] == ["user", "passwd"]:
                passphrase = PASS3
        assert _cli(v, "audit", "verify", passphrase="wrong guess at the passphrase").code == 3
        from tests.keyfile_helpers import set_counter

        set_counter(v, last_failure=0.0)
        assert _cli(v, "user", "remove", "Bravo", passphrase=passphrase).code == 0
        stick = mnt / "stick"
        stick.mkdir()
        killed = kp.run(["--vault", str(v), "backup", "--to", str(stick / "b.fdbackup")],
                        {"DOSSIER_USER": "Alpha", "DOSSIER_PASSPHRASE": passphrase, "KP_TMP": str(tmp_path)},
                        kill=("rename", 2))
        assert killed.killed and list(stick.iterdir()), "the backup left its work behind"
        assert _cli(v, "audit", "verify", passphrase=passphrase).code == 0  # start-up destroys it
        assert list(stick.iterdir()) == []
        subprocess.run(["umount", str(mnt)], check=True)
        control = img.read_bytes()  # the disk just before the wipe
        subprocess.run(["mount", "-o", "loop", str(img), str(mnt)], check=True)
        assert _cli(v, "wipe", "--yes").code == 0
        subprocess.run(["umount", str(mnt)], check=True)
        mounted = False
        after = img.read_bytes()
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(mnt)], check=False)
    areas_before, keys_before = recover_keys(control)
    pages_before, named_before = decryptable_pages(control, keys_before)
    areas_after, keys_after = recover_keys(after)
    pages_after, _ = decryptable_pages(after, keys_after)
    with capsys.disabled():
        print(f"\nundelete on ext4 ({len(after) >> 20} MiB): before the wipe {areas_before} key-file areas, "
              f"{len(keys_before)} data key(s) recovered, {pages_before} pages decrypted ({named_before} with "
              f"the marker name); after it: {areas_after} areas, {len(keys_after)} keys, {pages_after} pages")
    assert keys_before and pages_before > 0 and named_before > 0  # the scanner finds a live vault
    assert keys_after == [] and pages_after == 0
