"""`dossier wipe`, `check`, `compact`, `policy`, `rekey` and `selftest` (registered by app.cli)."""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

from app.domain import msg
from app.errors import IntegrityError, UsageError

CONFIRM_WORD = "ERASE"


def register(sub: Any, commands: dict[str | None, Callable[[argparse.Namespace], int]]) -> None:
    w = sub.add_parser("wipe", help="panic wipe: destroy the vault's keys and files (no passphrase needed)")
    w.add_argument("--yes", action="store_true", help=f"do not ask to type {CONFIRM_WORD}")
    sub.add_parser("check", help="full integrity check: page MACs, structure, audit chain, commit mark")
    sub.add_parser("compact", help="compact the vault now: merge the search indexes, VACUUM, refresh statistics")
    pol = sub.add_parser("policy", help="show or set the vault's security policy (supervisor)")
    pol.add_argument("--wipe-after", type=int, metavar="N",
                     help="erase the vault after N consecutive failed unlocks (3-100; 0 = never)")
    sub.add_parser("selftest", help="check on this machine, offline, that every step works (in a temp folder)")
    sub.add_parser("rekey", help="change the data key: re-encrypt the vault, rewrap every user's slot "
                                 "(supervisor; Ctrl+C cancels until the switch)")
    commands["selftest"] = cmd_selftest
    commands["rekey"] = cmd_rekey
    commands["wipe"] = cmd_wipe
    commands["check"] = cmd_check
    commands["compact"] = cmd_compact
    commands["policy"] = cmd_policy


def cmd_selftest(args: argparse.Namespace) -> int:
    from app.selftest import run

    return 0 if run(lambda line: print(line, flush=True)) else 1


def cmd_wipe(args: argparse.Namespace) -> int:
    from app.cli_io import vault_dir as _vault_dir
    from app.vault.wipe import is_vault_folder, wipe

    folder = _vault_dir(args)
    if not is_vault_folder(folder):
        from app.errors import NotFoundError

        raise NotFoundError(msg.text("err.no_vault_wipe"))
    if not args.yes:
        if not (sys.stdin is not None and sys.stdin.isatty()):
            raise UsageError(f"Refusing to erase without confirmation: add --yes, or run it in a "
                             f"terminal and type {CONFIRM_WORD}.")
        print(f"This destroys the vault at {folder} for good. Nothing can open it afterwards,",
              file=sys.stderr)
        print("not even with the right passphrase, and HQ cannot recover it.", file=sys.stderr)
        if input(f"Type {CONFIRM_WORD} to erase it: ").strip() != CONFIRM_WORD:
            print("Nothing was erased.", file=sys.stderr)
            return 1
    report = wipe(folder)
    note = " It was open in another window, which can no longer save." if report.was_busy else ""
    print(f"Vault erased in {report.seconds:.2f} s.{note}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from app.cli_io import open_session
    from app.vault.integrity import check

    with open_session(args) as session:
        problems = check(session)
        entries = session.audit_verify().entries
    if problems:
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        raise IntegrityError("The vault failed its integrity check; restore it from a backup "
                             "and tell HQ.")
    print(f"Vault intact: every page authenticated, structure ok, audit log {entries} entries, "
          "no committed change missing.")
    return 0


def cmd_compact(args: argparse.Namespace) -> int:
    from app.cli_io import open_session

    with open_session(args) as session:
        before, after, seconds = session.compact()
    print(f"Vault compacted: {before / 1e6:.1f} MB to {after / 1e6:.1f} MB in {seconds:.1f} s.")
    return 0


def cmd_policy(args: argparse.Namespace) -> int:
    from app.cli_io import open_session

    with open_session(args) as session:
        if args.wipe_after is not None:
            session.set_wipe_after(args.wipe_after)
        n = session.wipe_after
    print(f"Erase after {n} consecutive failed unlocks." if n else
          "Never erase after failed unlocks (the delay between attempts still grows).")
    return 0


@contextlib.contextmanager
def rekey_progress() -> Iterator[tuple[Callable[[float], None], Callable[[], bool]]]:
    """Progress on stderr (on a terminal), and Ctrl+C as a clean cancel of a key rotation."""
    stop = threading.Event()
    show = sys.stderr.isatty()

    def progress(fraction: float) -> None:
        if show:
            print(f"\r  changing the data key: {fraction:4.0%}", end="", file=sys.stderr, flush=True)

    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGINT, lambda *_: stop.set())
    try:
        yield progress, stop.is_set
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        if show:
            print(file=sys.stderr)


def cmd_rekey(args: argparse.Namespace) -> int:
    from app.cli_io import open_session

    with open_session(args) as session, rekey_progress() as (progress, cancelled):
        report = session.rekey(progress, cancelled)
    print(f"Data key changed in {report.seconds:.1f} s: earlier key files and backups open nothing "
          "current (backups made before still hold the data as it was then).")
    return 0
