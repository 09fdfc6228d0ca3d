"""Transfers: a signed hand-over of a case from one officer to another.

HQ binds every case to its owner (app/vault/receiving.py): at first the officer
who created it, later whoever a transfer names. A bundle signed by anyone else
is refused. A transfer is canonical JSON (`field-dossier-transfer/1`: case,
from, to, reason, time) with a detached CMS signature (with signing time) by

- a **supervisor of the old post**: an HQ certificate that says supervisor
  (enrolled with `--supervisor`) and names the post the case is leaving, valid
  and not revoked when it signed (`dossier transfer` on the post's laptop writes
  the file, encrypted to HQ like a bundle); or
- **HQ** itself, signed by the CA (`dossier hq transfer`).

HQ verifies it (`dossier hq transfer --file F`) and records it; bundles from the
new officer are then accepted for that case.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage

from app.casefile import pki, sealed, signing
from app.domain import msg, safejson
from app.domain.casenumber import CASE_ID_RE
from app.domain.interchange import canonical_json
from app.errors import IntegrityError, ValidationError

FORMAT = "field-dossier-transfer/1"
SUFFIX = ".fdt.age"
MAX_FILE = 256 * 1024
MIN_REASON = 10
MEMBERS = ("transfer.json", "transfer.p7s")


@dataclass(frozen=True)
class Transfer:
    case_id: str  # issue 14's case id: HQ knows the case by it
    case_number: str  # for people reading the transfer
    from_: tuple[str, str]  # (call sign, post)
    to: tuple[str, str]
    reason: str
    issued_at: str
    issued_by: str  # "HQ" or "<call sign> (<post>), supervisor"
    document: bytes
    signature: bytes


def document(case_id: str, case_number: str, from_: tuple[str, str], to: tuple[str, str], reason: str,
             when: dt.datetime) -> bytes:
    if len(reason.strip()) < MIN_REASON:
        raise ValidationError(f"Give the reason for the transfer (at least {MIN_REASON} characters).")
    if not all(from_) or not all(to):
        raise ValidationError("Name both officers of the transfer: call sign and post.")
    return canonical_json({
        "format": FORMAT, "case_id": case_id.lower(), "case_number": case_number.upper(),
        "from": {"callsign": from_[0], "post": from_[1].upper()}, "to": {"callsign": to[0], "post": to[1].upper()},
        "reason": reason.strip()[:500], "issued_at": when.astimezone(dt.UTC).replace(microsecond=0).isoformat()})


def sign(doc: bytes, signer: signing.OfficerSigner) -> bytes:
    when = dt.datetime.fromisoformat(safejson.loads(doc)["issued_at"])
    return signer.sign_detached(doc, when)


def write(doc: bytes, sig: bytes, recipient: str, folder: Path) -> Path:
    """The transfer as an age file to HQ (a found stick shows nothing)."""
    return sealed.write(list(zip(MEMBERS, (doc, sig), strict=True)), recipient,
                        folder / sealed.file_name("transfer", SUFFIX), msg.text("err.sealed_transfer"))


def read(path: Path, identity: pyrage.x25519.Identity) -> tuple[bytes, bytes]:
    members = sealed.read(path, identity, MEMBERS, MAX_FILE, msg.text("err.sealed_transfer"),
                          msg.text("err.sealed_not_transfer"))
    return members[MEMBERS[0]], members[MEMBERS[1]]


def verify(doc: bytes, sig: bytes, ca: Any, revoked: frozenset[int]) -> Transfer:
    """A transfer signed by HQ's CA, or by a supervisor of the post the case leaves."""
    cms = signing.verify_detached(doc, sig)
    if not cms.ok or cms.signer is None or signing.container_problem(sig, [cms.signer, ca]):
        raise IntegrityError("The transfer's signature does not verify.")
    try:
        t = safejson.loads(doc, max_bytes=MAX_FILE, max_depth=4, what=msg.text("err.json_transfer"))
        if t["format"] != FORMAT or canonical_json(t) != doc:
            raise ValueError
        from_ = (str(t["from"]["callsign"]), str(t["from"]["post"]))
        to = (str(t["to"]["callsign"]), str(t["to"]["post"]))
        when = dt.datetime.fromisoformat(str(t["issued_at"]))
        if not CASE_ID_RE.fullmatch(str(t["case_id"])):
            raise ValueError("case id")
    except (ValueError, KeyError, TypeError, safejson.JsonLimitError):
        raise IntegrityError("The transfer is damaged.") from None
    if cms.signed_at != when:
        raise IntegrityError("The transfer's time is not its signature's.")
    if cms.signer == ca:
        by = "HQ"
    else:
        who = pki.subject_of(cms.signer)
        problem = pki.issued_by(cms.signer, ca, at=when)
        if problem:
            raise IntegrityError(f"The transfer's signer certificate is {problem}.")
        if who.serial in revoked:
            raise IntegrityError("The transfer is signed with a revoked certificate.")
        if not who.supervisor or who.post.upper() != from_[1].upper():
            raise IntegrityError(f"Only a supervisor of post {from_[1]} or HQ can transfer its cases; "
                                 f"this one is signed by {who.callsign} ({who.post}).")
        by = f"{who.callsign} ({who.post}), supervisor"
    return Transfer(str(t["case_id"]), str(t["case_number"]), from_, to, str(t["reason"]), when.isoformat(), by,
                    doc, sig)
