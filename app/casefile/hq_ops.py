"""HQ operations on verified material: import into the HQ vault, check paper
copies, recover a laptop's vault."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from app.casefile.hq import HqKeystore
from app.casefile.verify import Report, Trust, raise_for, verify_path
from app.domain.changes import case_identity
from app.errors import IntegrityError, ValidationError
from app.vault import keyslots
from app.vault.exchange import CaseVersion, open_recovery
from app.vault.session import VaultSession


def trust_of(ks: HqKeystore) -> Trust:
    return Trust(ks.identity, ks.ca_cert, frozenset(ks.revoked_serials()))


@dataclass(frozen=True)
class Imported:
    report: Report
    case_number: str
    version: int  # 0: the same content was already imported
    warnings: list[str]
    duplicates: list[str]


def import_bundle(session: VaultSession, path: Path, trust: Trust) -> Imported:
    report = verify_path(path, trust)
    v = raise_for(report)
    version, warnings = session.import_version(
        v.parsed, v.officer.callsign, v.officer.post, str(v.officer.serial), v.manifest["case_sha256"],
        v.bundle_sha256, v.inner)
    d = session.get_dossier(case_identity(v.parsed.dossier))  # by case id: never by the number alone
    dups = [m.b for m in session.duplicate_candidates(d)]
    return Imported(report, d.case_number, version, warnings, dups)


HEX64 = re.compile(r"[0-9a-fA-F]{64}")


def verify_paper(session: VaultSession, case_number: str, sha256: str) -> tuple[bool, str, list[CaseVersion]]:
    """Does a printout's QR hash match an imported version of the case?"""
    if not HEX64.fullmatch(sha256.strip()):
        raise ValidationError("The hash must be 64 hexadecimal characters (the SHA-256 printed under the QR code).")
    versions = session.case_versions(case_number)
    if not versions:
        raise ValidationError(f"Case {case_number.upper()} has not been imported into this vault.")
    latest = versions[-1].version
    for v in versions:
        if v.json_sha256 == sha256.strip().lower():
            state = "the current version" if v.version == latest else f"superseded; the current version is {latest}"
            return True, f"MATCH: the paper is version {v.version} of {v.case_number} ({state}), " \
                         f"sent by {v.officer} ({v.post}).", versions
    return False, f"NO MATCH: the paper matches no imported version of {case_number.upper()} " \
                  f"({len(versions)} version(s) on record). Treat the paper as altered or unknown.", versions


def recover(vault_dir: Path, ks: HqKeystore, callsign: str, passphrase: str) -> None:
    from app.vault import vault

    slots = keyslots.load(vault_dir)
    key = open_recovery(slots, ks.identity)
    if not key:
        raise IntegrityError("The recovery slot is empty.")
    vault.recover(vault_dir, key, callsign, passphrase)
