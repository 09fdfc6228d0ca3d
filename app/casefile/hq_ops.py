"""HQ operations on verified material: import into the HQ vault, check paper
copies, recover a laptop's vault."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

from app.casefile import bundle, pki, tarsafe
from app.casefile.hq import HqKeystore
from app.casefile.verify import (
    MAX_CASE_JSON,
    MAX_MANIFEST,
    MAX_MEMBER,
    MAX_MEMBERS,
    Check,
    Refused,
    Report,
    Trust,
    Verified,
    raise_for,
    verify_path,
)
from app.domain import msg, record, safejson
from app.domain.changes import case_identity
from app.domain.interchange import to_document
from app.errors import IntegrityError, NotFoundError, ValidationError
from app.vault import keyslots
from app.vault.exchange import CaseVersion, open_recovery
from app.vault.receiving import Arrival
from app.vault.session import VaultSession


def trust_of(ks: HqKeystore) -> Trust:
    revoked = {int(o.serial): o.revoked_at for o in ks.officers if o.revoked_at}
    return Trust(ks.identity, ks.ca_cert, frozenset(revoked), revoked)


@dataclass(frozen=True)
class Imported:
    report: Report
    case_number: str
    version: int  # 0: nothing new became current (same content, a repeat, or a stale export)
    warnings: list[str]
    duplicates: list[str]
    outcome: str = "imported"  # imported, unchanged, repeat, stale
    detail: str = ""


# What HQ refuses at import, after verification passed, under the name of its check.
IMPORT_CHECKS = {"conflict": "sequence", "order": "sequence-time", "owner": "case-owner", "origin": "case-origin",
                 "deleted": "case-deleted"}


def case_key_of(v: Verified) -> str:
    """How HQ tells cases apart: issue 14's case id (the manifest's, which verification checked
    against case.json and the PDF), never the display number."""
    return str(v.manifest["case_id"]).lower()


def creator_of(v: Verified) -> tuple[str, str] | None:
    """(call sign, post) the case says created it, if it says (issue 14's origin)."""
    origin = v.parsed.dossier.origin
    who, post = (origin.created_by, origin.post) if origin is not None else ("", "")
    return (who, post) if who and post else None


def origin_of(v: Verified) -> tuple[str, str, str]:
    """(vault id, call sign, post) of the case's origin as the document states it ('' if none)."""
    o = v.parsed.dossier.origin
    return (o.vault_id, o.created_by, o.post.upper()) if o is not None else ("", "", "")


def arrival_of(v: Verified) -> Arrival:
    return Arrival(v.bundle_sha256, hashlib.sha256(v.inner).hexdigest(), v.vault_id, v.sequence, case_key_of(v),
                   v.case_number.upper(), v.officer.callsign, v.officer.post, str(v.officer.serial),
                   v.signed_at.isoformat(), v.inner, creator_of(v), origin_of(v))


def import_bundle(session: VaultSession, path: Path, trust: Trust) -> Imported:
    """Verify, then admit (repeat, stale, out of order, copied case id, another laptop, not the
    owner's), import and record in one guarded transaction (session.import_arrival)."""
    report = verify_path(path, replace(trust, arrival=trust.arrival or pki.utcnow()))
    v = raise_for(report)
    arrival = arrival_of(v)
    admission, version, warnings = session.import_arrival(v.parsed, arrival, v.manifest["case_sha256"])
    if admission.refused:
        report.checks.append(Check(IMPORT_CHECKS[admission.outcome], False, admission.detail))
        raise Refused(report)
    if not admission.proceed:
        return Imported(report, v.case_number.upper(), 0, [], [], admission.outcome, admission.detail)
    d = session.get_dossier(case_identity(v.parsed.dossier))  # by case id: never by the number alone
    dups = [m.b for m in session.duplicate_candidates(d)]
    return Imported(report, d.case_number, version, warnings, dups, "imported" if version else "unchanged")


HEX64 = re.compile(r"[0-9a-fA-F]{64}")


@dataclass(frozen=True)
class VersionRecord:
    """An imported version as paper sees it: its record hash and when it was signed."""

    version: CaseVersion
    record_sha256: str
    signed_at: str


def version_records(session: VaultSession, case_number: str) -> list[VersionRecord]:
    """Every imported version of a case with its canonical record hash, read from the
    archive kept as evidence (so versions imported before record hashes existed count too)."""
    out = []
    for v in session.case_versions(case_number):
        try:
            members, _ = tarsafe.read(session.version_content(v.case_number, v.version), bundle.allowed_member,
                                   max_members=MAX_MEMBERS, max_member=MAX_MEMBER)
            doc = safejson.loads(members[bundle.CASE_JSON], max_bytes=MAX_CASE_JSON)
            man = safejson.loads(members[bundle.MANIFEST], max_bytes=MAX_MANIFEST)
            out.append(VersionRecord(v, record.record_sha256(doc), str(man.get("created_at", ""))[:16]))
        except (tarsafe.TarRefused, KeyError, AttributeError, safejson.JsonLimitError):
            out.append(VersionRecord(v, "", ""))
    return out


def paper_hash(session: VaultSession, case_number: str, text: str) -> tuple[str, str]:
    """(tag, hash) from what was read off the paper: the printed hash ('' tag) or the whole QR payload.
    A QR printed under a former number of the case (issue 14 renumbered cases) still names it."""
    scanned = record.parse_qr(text)
    if scanned is not None:
        tag, case, sha = scanned
        if case != case_number.strip().upper() and not _same_case(session, case, case_number):
            raise ValidationError(msg.text("err.paper_qr_other_case", case, case_number.strip().upper()))
        return tag, sha
    if not HEX64.fullmatch(text.strip()):
        raise ValidationError(msg.text("err.paper_give_hash"))
    return "", text.strip().lower()


def _same_case(session: VaultSession, a: str, b: str) -> bool:
    try:
        return bool(session.get_dossier(a).case_id == session.get_dossier(b).case_id)
    except (NotFoundError, ValidationError):
        return False


def verify_paper(session: VaultSession, case_number: str, text: str) -> tuple[bool, str]:
    """Does a printout match a version of the case on record? Says which version,
    when it was signed, and whether a newer one exists. A printed hash alone may be the
    record hash (FDR1) or, on paper printed before the record format, the case JSON's (FD1)."""
    tag, sha = paper_hash(session, case_number, text)
    case = case_number.strip().upper()
    versions = version_records(session, case)
    if not versions:
        return _verify_local(session, case, tag or record.QR_TAG, sha)
    latest = versions[-1].version.version
    for r in versions:
        v = r.version
        if sha in (r.record_sha256, v.json_sha256 if tag in ("FD1", "") else ""):
            newer = msg.text("err.paper_newest") if v.version == latest else \
                msg.text("err.paper_newer_exists", latest)
            return True, msg.text("err.paper_match_version", v.version, v.case_number, r.signed_at, v.officer,
                                  v.post, v.imported_at[:16], newer)
    return False, msg.text("err.paper_no_match_versions", len(versions), case)


def _verify_local(session: VaultSession, case: str, tag: str, sha: str) -> tuple[bool, str]:
    """In a field vault: against the case as it stands now."""
    try:
        d = session.get_dossier(case)
    except NotFoundError:
        raise ValidationError(msg.text("err.paper_case_not_here", case)) from None
    if tag == record.QR_TAG and record.record_sha256(to_document(d)) == sha:
        return True, msg.text("err.paper_match_current", case)
    return False, msg.text("err.paper_no_match_current", case)


def recover(vault_dir: Path, ks: HqKeystore, callsign: str, passphrase: str) -> None:
    from app.vault import vault

    slots = keyslots.load(vault_dir)
    key = open_recovery(slots, ks.identity)
    if not key:
        raise IntegrityError(msg.text("err.recovery_slot_empty"))
    vault.recover(vault_dir, key, callsign, passphrase)
