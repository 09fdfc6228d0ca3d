"""A case HQ re-issues to another post's officer (issue 20): the carrier `field-dossier-reissue/1`.

Built like the other signed files (app/casefile/sealed.py): a tar, encrypted with age, of

    reissue.json     canonical JSON: a random carrier id, the case id and number, the record hash,
                     from (call sign, post), to (call sign, post and the serial of the officer's
                     certificate HQ issued), the reason, the time, and each member's SHA-256 and size
    reissue.p7s      CMS SignedData (DER), detached, over reissue.json, by HQ's CA key, signing time
                     = issued_at
    case.tar         the archive of the bundle HQ verified and imported, exactly as it arrived (the
                     old post's signed manifest, case.json, the signed PDF, the attachments)
    transfer.json, transfer.p7s   the recorded transfer (app/casefile/transfer.py)

HQ knows no encryption key of a single laptop or officer: an enrolled laptop holds the shared field
distribution identity (the one update packages are encrypted to) and its officer's signing
certificate. So the carrier is encrypted to the field recipient (a stick found outside the field
network shows nothing) and *bound* to the officer: the receiving vault installs it only for the user
whose call sign, post and enrolled certificate serial it names (app/vault/guard/handover.py), and
only once (its carrier id is remembered, and a case already in the vault is refused).

Nothing inside is trusted because it parses: the CA signature over the raw reissue.json, every
member's hash, the transfer's own signature, and the case archive's every check (verify.py: the old
post's signature, PDF signature, case.json against the manifest, attachments) must pass, and the
record hash and the transfer must agree with what HQ signed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage

from app.casefile import pki, sealed, signing, transfer, verify
from app.domain import msg, safejson
from app.domain.casenumber import CASE_ID_RE
from app.domain.interchange import ParsedDossier, canonical_json
from app.errors import IntegrityError

FORMAT = "field-dossier-reissue/1"
SUFFIX = ".fdr.age"
DOC, SIG, CASE_TAR, T_DOC, T_SIG = "reissue.json", "reissue.p7s", "case.tar", "transfer.json", "transfer.p7s"
MEMBERS = (DOC, SIG, CASE_TAR, T_DOC, T_SIG)
CARRIED = (CASE_TAR, T_DOC, T_SIG)
MAX_FILE = verify.MAX_BUNDLE + 1024 * 1024
MAX_DOC = 64 * 1024


@dataclass(frozen=True)
class Officer:
    callsign: str
    post: str
    serial: str = ""


@dataclass(frozen=True)
class Reissued:
    """A carrier whose every check passed."""

    carrier_id: str
    case_id: str
    case_number: str
    record_sha256: str
    from_: Officer
    to: Officer
    reason: str
    issued_at: str
    signed_by: str  # the bundle's signer: "<call sign> (<post>)"
    signer_serial: str
    parsed: ParsedDossier


def document(t: transfer.Transfer, to_serial: str, record_sha256: str, carried: dict[str, bytes],
             when: dt.datetime) -> bytes:
    return canonical_json({
        "format": FORMAT, "carrier_id": secrets.token_hex(16), "case_id": t.case_id.lower(),
        "case_number": t.case_number.upper(), "record_sha256": record_sha256,
        "from": {"callsign": t.from_[0], "post": t.from_[1].upper()},
        "to": {"callsign": t.to[0], "post": t.to[1].upper(), "serial": to_serial},
        "reason": t.reason, "issued_at": when.astimezone(dt.UTC).replace(microsecond=0).isoformat(),
        "files": [{"path": n, "sha256": hashlib.sha256(carried[n]).hexdigest(), "size": len(carried[n])}
                  for n in CARRIED]})


def build(ca_key: Any, ca_cert: Any, field_recipient: str, t: transfer.Transfer, to_serial: str,
          record_sha256: str, case_tar: bytes, out_dir: Path) -> tuple[Path, str]:
    """HQ: sign with the CA and seal to the field recipient; returns (file, carrier id)."""
    carried = {CASE_TAR: case_tar, T_DOC: t.document, T_SIG: t.signature}
    when = pki.utcnow().replace(microsecond=0)
    doc = document(t, to_serial, record_sha256, carried, when)
    ca = signing.OfficerSigner(pki.key_pem(ca_key), pki.cert_pem(ca_cert), [pki.cert_pem(ca_cert)])
    members = [(DOC, doc), (SIG, ca.sign_detached(doc, when)), *((n, carried[n]) for n in CARRIED)]
    out = sealed.write(members, field_recipient, out_dir / sealed.file_name("reissue", SUFFIX),
                       msg.text("err.sealed_reissue"))
    return out, str(safejson.loads(doc)["carrier_id"])


def _damaged(what: str) -> IntegrityError:
    return IntegrityError(msg.text("err.reissue_damaged", what))


def _parse(doc: bytes, members: dict[str, bytes]) -> dict[str, Any]:
    try:
        r = safejson.loads(doc, max_bytes=MAX_DOC, max_depth=4, what="The re-issued case")
        if not isinstance(r, dict) or r.get("format") != FORMAT or canonical_json(r) != doc:
            raise ValueError
        for key in ("carrier_id", "case_number", "record_sha256", "reason", "issued_at"):
            if not isinstance(r[key], str) or len(r[key]) > 600:
                raise ValueError
        if not CASE_ID_RE.fullmatch(str(r["case_id"])) or len(r["carrier_id"]) != 32:
            raise ValueError
        for side in ("from", "to"):
            if not all(isinstance(r[side][k], str) and 0 < len(r[side][k]) <= 64 for k in ("callsign", "post")):
                raise ValueError
        if not isinstance(r["to"]["serial"], str) or not r["to"]["serial"].isdigit():
            raise ValueError
        listed = {str(f["path"]): (str(f["sha256"]), int(f["size"])) for f in r["files"]}
        dt.datetime.fromisoformat(r["issued_at"])
    except (ValueError, KeyError, TypeError, safejson.JsonLimitError):
        raise _damaged("reissue.json") from None
    if set(listed) != set(CARRIED) or len(r["files"]) != len(CARRIED):
        raise _damaged("reissue.json")
    for name in CARRIED:
        if (hashlib.sha256(members[name]).hexdigest(), len(members[name])) != listed[name]:
            raise _damaged(name)
    return r


def open_carrier(raw: bytes, field_identity: str, ca_pem: str) -> Reissued:
    """The laptop: decrypt, check HQ's signature, every hash, the transfer and the case; raises
    IntegrityError naming what is wrong. Says nothing about *whom* it is for: the guard checks that."""
    members = sealed.open_sealed(raw, pyrage.x25519.Identity.from_str(field_identity), MEMBERS, MAX_FILE,
                                 msg.text("err.reissue_not_ours"))
    ca = pki.load_cert(ca_pem.encode())
    cms = signing.verify_detached(members[DOC], members[SIG])
    if not cms.ok or cms.signer is None or cms.signer != ca:
        raise IntegrityError(msg.text("err.reissue_not_hq"))
    r = _parse(members[DOC], members)
    when = dt.datetime.fromisoformat(r["issued_at"])
    if cms.signed_at != when:
        raise _damaged("reissue.p7s")
    try:
        t = transfer.verify(members[T_DOC], members[T_SIG], ca, frozenset())
    except IntegrityError as exc:
        raise _damaged(f"transfer: {exc.message}") from None
    if (t.case_id, t.from_[0], t.from_[1].upper(), t.to[0], t.to[1].upper()) != (
            r["case_id"], r["from"]["callsign"], r["from"]["post"], r["to"]["callsign"], r["to"]["post"]):
        raise _damaged("transfer.json")
    # the archive's officer was checked by HQ at import; revocation since then does not undo it
    report = verify.verify_archive(members[CASE_TAR], verify.Trust(pyrage.x25519.Identity.generate(), ca,
                                                                   frozenset(), arrival=when))
    if report.result is None:
        bad = report.failed
        raise IntegrityError(msg.text("err.reissue_case_failed", bad.name if bad else "?", bad.detail if bad else ""))
    v = report.result
    if str(v.manifest["case_id"]).lower() != r["case_id"] or v.record_sha256 != r["record_sha256"]:
        raise _damaged("case.tar")
    return Reissued(r["carrier_id"], r["case_id"], r["case_number"], r["record_sha256"],
                    Officer(r["from"]["callsign"], r["from"]["post"]),
                    Officer(r["to"]["callsign"], r["to"]["post"], r["to"]["serial"]), r["reason"], r["issued_at"],
                    f"{v.officer.callsign} ({v.officer.post})", str(v.officer.serial), v.parsed)
