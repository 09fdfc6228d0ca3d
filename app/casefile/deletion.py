"""Deletion notices: a post tells HQ that it deleted a case (issue 20).

Built like a transfer (app/casefile/transfer.py, issue 16): canonical JSON
(`field-dossier-deletion/1`: case id, case number, post, when, by whom, the reason; never a
name) with a detached CMS signature by the deleting user's HQ certificate, in a tar encrypted
to HQ's age recipient (`deletion-….fdd.age`), written next to the bundles of the next export.

HQ verifies it like a bundle's signature (`dossier hq deletion FILE…`): signed by a certificate
HQ issued, valid and not revoked when it signed, of the post the case belongs to, at the time the
document states. HQ then marks the case deleted at that post in its audit log; what HQ keeps of its
own copy is HQ's policy (docs/exchange.md).
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
from app.errors import IntegrityError

FORMAT = "field-dossier-deletion/1"
SUFFIX = ".fdd.age"
MAX_FILE = 64 * 1024
MEMBERS = ("deletion.json", "deletion.p7s")


@dataclass(frozen=True)
class Notice:
    case_id: str
    case_number: str
    post: str
    deleted_at: str
    deleted_by: str
    reason: str
    signed_by: str  # "<call sign> (<post>)" from the certificate


def document(case_id: str, case_number: str, post: str, deleted_at: str, deleted_by: str, reason: str,
             when: dt.datetime) -> bytes:
    return canonical_json({
        "format": FORMAT, "case_id": case_id.lower(), "case_number": case_number.upper(), "post": post.upper(),
        "deleted_at": deleted_at, "deleted_by": deleted_by, "reason": reason[:300],
        "signed_at": when.astimezone(dt.UTC).replace(microsecond=0).isoformat()})


def sign(doc: bytes, signer: signing.OfficerSigner) -> bytes:
    return signer.sign_detached(doc, dt.datetime.fromisoformat(safejson.loads(doc)["signed_at"]))


def write(doc: bytes, sig: bytes, recipient: str, folder: Path) -> Path:
    return sealed.write(list(zip(MEMBERS, (doc, sig), strict=True)), recipient,
                        folder / sealed.file_name("deletion", SUFFIX), msg.text("err.sealed_deletion"))


def read(path: Path, identity: pyrage.x25519.Identity) -> tuple[bytes, bytes]:
    members = sealed.read(path, identity, MEMBERS, MAX_FILE, msg.text("err.sealed_deletion"),
                          msg.text("err.sealed_not_deletion"))
    return members[MEMBERS[0]], members[MEMBERS[1]]


def verify(doc: bytes, sig: bytes, ca: Any, revoked: frozenset[int]) -> Notice:
    cms = signing.verify_detached(doc, sig)
    if not cms.ok or cms.signer is None or signing.container_problem(sig, [cms.signer, ca]):
        raise IntegrityError("The deletion notice's signature does not verify.")
    try:
        n = safejson.loads(doc, max_bytes=MAX_FILE, max_depth=3, what=msg.text("err.json_deletion_notice"))
        if n["format"] != FORMAT or canonical_json(n) != doc or not CASE_ID_RE.fullmatch(str(n["case_id"])):
            raise ValueError
        when = dt.datetime.fromisoformat(str(n["signed_at"]))
    except (ValueError, KeyError, TypeError, safejson.JsonLimitError):
        raise IntegrityError("The deletion notice is damaged.") from None
    if cms.signed_at != when:
        raise IntegrityError("The deletion notice's time is not its signature's.")
    who = pki.subject_of(cms.signer)
    problem = pki.issued_by(cms.signer, ca, at=when)
    if problem:
        raise IntegrityError(f"The deletion notice's signer certificate is {problem}.")
    if who.serial in revoked:
        raise IntegrityError("The deletion notice is signed with a revoked certificate.")
    if who.post.upper() != str(n["post"]).upper():
        raise IntegrityError(f"Only post {n['post']} can tell HQ it deleted its case; signed at {who.post}.")
    return Notice(str(n["case_id"]), str(n["case_number"]), str(n["post"]), str(n["deleted_at"]),
                  str(n["deleted_by"]), str(n["reason"]), f"{who.callsign} ({who.post})")


def write_pending(session: Any, folder: Path, recipient: str | None = None) -> int:
    """Every deletion HQ has not been told of, as signed notices in `folder` (the export's stick:
    `dossier export`, `dossier deletion-notices` and the desktop's Send to HQ call this)."""
    from app.casefile import casefile
    from app.casefile.export import recipient_for

    pending = session.pending_deletion_notices()
    if not pending or (not session.hq_trust()["hq_recipient"] and not recipient):
        return 0
    to = recipient_for(session, recipient)
    signer = casefile.signer_for(casefile.signing_material(session))
    for t in pending:
        reason = msg.stored(t.reason)  # a coded reason travels coded: HQ reads it in its own language
        doc = document(t.case_id, t.case_number, session.post_code, t.deleted_at, t.deleted_by,
                       reason if len(reason) <= 300 else str(t.reason), pki.utcnow())
        write(doc, sign(doc, signer), to, folder)
    session.deletion_notices_written(pending[-1].seq, len(pending))
    return len(pending)
