"""Terminal input for the CLI: call signs and passphrases, never from argv.

Sources, in order: for the current passphrase `--passphrase-file`, then
`DOSSIER_PASSPHRASE`, then a no-echo prompt on a terminal. A *new* passphrase
comes from `--new-passphrase-file`, `DOSSIER_NEW_PASSPHRASE`, or is typed twice.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from app.errors import UsageError, ValidationError, printable
from app.vault.files import read_at_most

MAX_PASSPHRASE_FILE = 4096
MAX_JSON_INPUT = 1024**3  # 1,000 attachments of up to 50 MiB would not fit; no real case comes near


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def read_secret_file(path: str) -> str:
    try:
        raw = read_at_most(Path(path), MAX_PASSPHRASE_FILE)
    except OSError as exc:
        raise UsageError(f"Cannot read the passphrase file: {exc.strerror}.") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError("The passphrase file is not UTF-8 text.") from None
    line = text.splitlines()[0] if text.splitlines() else ""
    if not line:
        raise UsageError("The passphrase file is empty.")
    return line


def callsign(given: str | None) -> str:
    value = given or os.environ.get("DOSSIER_USER")
    if value:
        return value
    if _interactive():
        return input("Call sign: ").strip()
    raise UsageError("No call sign: use --user CALLSIGN or set DOSSIER_USER.")


def passphrase(file: str | None) -> str:
    if file:
        return read_secret_file(file)
    env = os.environ.get("DOSSIER_PASSPHRASE")
    if env:
        return env
    if _interactive():
        return getpass.getpass("Passphrase: ")
    raise UsageError("No passphrase: use --passphrase-file FILE or set DOSSIER_PASSPHRASE.")


def new_passphrase(file: str | None, fallback_file: str | None = None, allow_current: bool = False) -> str:
    if file:
        return read_secret_file(file)
    env = os.environ.get("DOSSIER_NEW_PASSPHRASE")
    if env:
        return env
    if allow_current and (fallback_file or os.environ.get("DOSSIER_PASSPHRASE")):
        return passphrase(fallback_file)
    if _interactive():
        first = getpass.getpass("New passphrase: ")
        second = getpass.getpass("Type it again: ")
        if first != second:
            raise UsageError("The two passphrases differ; nothing was changed.")
        return first
    raise UsageError(
        "No new passphrase: use --new-passphrase-file FILE or set DOSSIER_NEW_PASSPHRASE.")


# -- shared by the command modules (app.cli, cli_vetting, cli_exchange, cli_safety) --------------
def vault_dir(args: argparse.Namespace) -> Path:
    from app.paths import default_vault_dir

    return Path(args.vault).expanduser() if args.vault else default_vault_dir()


def open_session(args: argparse.Namespace) -> Any:
    from app.vault.vault import unlock

    cs = callsign(args.user)
    session = unlock(vault_dir(args), cs, passphrase(args.passphrase_file))
    for warning in session.warnings:
        print(f"dossier: warning: {warning}", file=sys.stderr)
    for notice in session.notices:
        print(f"dossier: note: {notice}", file=sys.stderr)
    return session


def read_json_input(path: str) -> Any:
    from app.domain.interchange import parse_json_text

    limit = MAX_JSON_INPUT + 1
    try:
        raw = sys.stdin.buffer.read(limit) if path == "-" else read_at_most(Path(path), limit)
    except OSError as exc:
        raise UsageError(f"Cannot read {printable(path)}: {exc.strerror}.") from None
    if len(raw) > MAX_JSON_INPUT:
        raise ValidationError("The file is larger than any dossier document can be (1 GiB).")
    return parse_json_text(raw, max_bytes=MAX_JSON_INPUT)


def print_json(obj: Any) -> None:
    import json

    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
