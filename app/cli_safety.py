"""`dossier wipe`, `dossier check`, `dossier policy` and `dossier selftest` (registered by app.cli)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from app.errors import IntegrityError, UsageError

CONFIRM_WORD = "ERASE"


def register(sub: Any, commands: dict[str | None, Callable[[argparse.Namespace], int]]) -> None:
    w = sub.add_parser("wipe", help="panic wipe: destroy the vault's keys and files (no passphrase needed)")
    w.add_argument("--yes", action="store_true", help=f"do not ask to type {CONFIRM_WORD}")
    sub.add_parser("check", help="full integrity check: page MACs, structure, audit chain, commit mark")
    pol = sub.add_parser("policy", help="show or set the vault's security policy (supervisor)")
    pol.add_argument("--wipe-after", type=int, metavar="N",
                     help="erase the vault after N consecutive failed unlocks (3-100; 0 = never)")
    sub.add_parser("selftest", help="check on this machine, offline, that every step works (in a temp folder)")
    commands["selftest"] = cmd_selftest
    commands["wipe"] = cmd_wipe
    commands["check"] = cmd_check
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

        raise NotFoundError("No vault at that location; nothing was erased.")
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


def cmd_policy(args: argparse.Namespace) -> int:
    from app.cli_io import open_session

    with open_session(args) as session:
        if args.wipe_after is not None:
            session.set_wipe_after(args.wipe_after)
        n = session.wipe_after
    print(f"Erase after {n} consecutive failed unlocks." if n else
          "Never erase after failed unlocks (the delay between attempts still grows).")
    return 0
