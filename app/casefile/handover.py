"""A case handed to another post through HQ (issue 20), end to end:

1. the old post, a supervisor (`dossier transfer-out`, the desktop's Case › Hand over to another
   post…): the case's bundle (export.py, as any send to HQ) and a transfer signed with the
   supervisor's certificate (transfer.py) go on the stick; then the case is marked handed away:
   read-only here, flagged, with a history entry (app/vault/guard/handover.py);
2. HQ (`dossier hq reissue`): records the transfer (verified), imports the bundle (verified and
   admitted as any bundle: app/vault/receiving.py lets the supervisor who signed the transfer send
   the case's last version), and re-issues the case's newest imported version to the new officer
   (reissue.py: signed by the CA, sealed to the field recipient, bound to the officer's certificate);
   HQ's record of the case's owner becomes the new officer, so their bundles are accepted;
3. the new post, the named officer (`dossier receive`, the desktop's Case › Receive a case from
   HQ…): every check of the carrier, then the guarded install.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.casefile import casefile, pki, reissue, transfer
from app.casefile.export import export_cases, recipient_for
from app.casefile.verify import _Fail, read_bundle
from app.domain import msg
from app.domain.roles import Action
from app.errors import IntegrityError, NotFoundError, PermissionDenied, UsageError, ValidationError
from app.vault.exchange import Incoming


@dataclass(frozen=True)
class HandedOut:
    case_number: str
    bundle: Path
    transfer: Path


def export_for_transfer(session: Any, case: str, to: tuple[str, str], reason: str, dest: Path,
                        from_: tuple[str, str] | None = None) -> HandedOut:
    """The old post: bundle + supervisor-signed transfer on the stick, then the case is read-only here."""
    session.require(Action.MANAGE_USERS)
    if not session.enrolled:
        raise UsageError(msg.text("err.handover_post_not_enrolled"))
    material = casefile.signing_material(session)
    if not material.enrolled or not pki.subject_of(pki.load_cert(material.cert_pem)).supervisor:
        raise PermissionDenied(msg.text("err.handover_post_supervisor"))
    to = (to[0].strip(), to[1].strip().upper())
    if to[1] == session.post_code.upper():
        raise ValidationError(msg.text("err.handover_post_same", to[1]))
    d = session.get_dossier(case)
    if session.handed_to_post(d.case_number) is not None:  # said before anything is written to the stick
        raise PermissionDenied(msg.text("err.handed_away", d.case_number, *_where(session, d.case_number)))
    text = session.handover_reason(d.case_number, reason)
    from_ = from_ or (session.case_holder(d.case_number) or session.user.callsign, session.post_code)
    doc = transfer.document(d.case_id, d.case_number, from_, to, text, pki.utcnow())
    report = export_cases(session, [d.case_number], dest)
    out = transfer.write(doc, transfer.sign(doc, casefile.signer_for(material)), recipient_for(session, None), dest)
    session.mark_handed_to_post(d.case_number, from_, to, text)
    return HandedOut(d.case_number, report.exported[0].file, out)


def _where(session: Any, case: str) -> tuple[str, str, str]:
    h = session.handed_to_post(case) or {}
    return str(h.get("to", "")), str(h.get("post", "")), str(h.get("at", ""))[:16].replace("T", " ")


@dataclass(frozen=True)
class ReissuedOut:
    case_number: str
    to: tuple[str, str]
    file: Path
    carrier_id: str
    imported: list[str]


def reissue_case(session: Any, ks: Any, out_dir: Path, case: str = "", transfer_file: Path | None = None,
                 bundles: tuple[Path, ...] = ()) -> ReissuedOut:
    """HQ: record the transfer, import the bundles, re-issue the case to the transfer's new officer."""
    from app.casefile.hq_ops import import_bundle, trust_of

    session.require(Action.IMPORT_BUNDLE)
    revoked = frozenset(ks.revoked_serials())
    if transfer_file is not None:
        doc, sig = transfer.read(transfer_file, ks.identity)
        t = transfer.verify(doc, sig, ks.ca_cert, revoked)
        session.record_transfer(t.case_id, t.case_number, t.from_, t.to, t.issued_at, t.issued_by, doc, sig)
        case = case or t.case_id
    imported = []
    for path in bundles:
        done = import_bundle(session, path, trust_of(ks))
        imported.append(f"{done.case_number}: {done.outcome}" + (f" as version {done.version}" if done.version else ""))
    if not case:
        raise UsageError("Name the case, or give --transfer with the post's transfer.")
    d = session.get_dossier(case)
    recorded = session.latest_transfer(d.case_id)
    if recorded is None:
        raise NotFoundError(msg.text("err.reissue_no_transfer", d.case_number))
    t = transfer.verify(recorded[0], recorded[1], ks.ca_cert, revoked)
    if t.to[1].upper() == t.from_[1].upper():
        raise ValidationError(msg.text("err.reissue_same_post", d.case_number, t.to[1]))
    officer = _active_officer(ks, t.to)
    versions = session.case_versions(d.case_id)
    if not versions:
        raise NotFoundError(msg.text("err.reissue_no_version", d.case_number))
    case_tar = session.version_content(d.case_id, versions[-1].version)
    report = _check_archive(case_tar, ks)
    file, carrier_id = reissue.build(ks.ca_key, ks.ca_cert, ks.field_recipient, t, officer.serial,
                                     report.record_sha256, case_tar, out_dir)
    session.reissue_owner(d.case_id, d.case_number, (officer.callsign, officer.post), carrier_id)
    return ReissuedOut(d.case_number, (officer.callsign, officer.post), file, carrier_id, imported)


def _active_officer(ks: Any, to: tuple[str, str]) -> Any:
    """The newest enrolment of the call sign at the post that HQ has not revoked."""
    found = [o for o in ks.officers if o.callsign.casefold() == to[0].casefold() and o.post.upper() == to[1].upper()
             and not o.revoked_at]
    if not found:
        raise NotFoundError(msg.text("err.reissue_no_officer", to[0], to[1].upper()))
    return max(found, key=lambda o: (o.issued_at, int(o.serial)))


def _check_archive(case_tar: bytes, ks: Any) -> Any:
    """HQ re-verifies what it sends: the archive it imported must still pass every check."""
    import pyrage

    from app.casefile import verify

    report = verify.verify_archive(case_tar, verify.Trust(pyrage.x25519.Identity.generate(), ks.ca_cert,
                                                          frozenset(), arrival=pki.utcnow()))
    return verify.raise_for(report)


def receive(session: Any, path: Path) -> reissue.Reissued:
    """The new post: check the carrier (reissue.open_carrier), then install it (guarded)."""
    session.require(Action.CREATE_CASE)
    trust = session.hq_trust()
    if not trust["hq_ca_pem"]:
        raise UsageError(msg.text("err.handover_post_not_enrolled"))
    try:
        raw = read_bundle(path)  # a regular file within the limit: never a link or a device
    except _Fail:
        raise IntegrityError(msg.text("err.reissue_not_ours")) from None
    r = reissue.open_carrier(raw, trust["hq_field_identity"], trust["hq_ca_pem"])
    inc = Incoming(r.carrier_id, r.case_id, (r.from_.callsign, r.from_.post), (r.to.callsign, r.to.post, r.to.serial),
                   r.reason, r.issued_at, r.signed_by)
    number = session.install_reissued(r.parsed, inc)
    return reissue.Reissued(r.carrier_id, r.case_id, number, r.record_sha256, r.from_, r.to, r.reason, r.issued_at,
                            r.signed_by, r.signer_serial, r.parsed)

