"""HQ: importing a verified signed bundle, the only way sealed records from elsewhere reach a vault.

A case is identified by its case id, never by its display number alone: a different case that
happens to carry a number already used here is kept as a second case (its number gets its id as
a suffix). Sealed records stay attributed to the officer whose certificate signed the bundle.
"""

from __future__ import annotations

from app.domain import msg, sealing
from app.domain.casenumber import with_id_suffix
from app.domain.changes import attest, case_identity
from app.domain.interchange import ParsedDossier
from app.domain.model import Attestation, Dossier
from app.domain.names import fill_latin
from app.domain.roles import Action
from app.domain.serde import to_jsonable
from app.vault import dossiers, receiving
from app.vault.connection import Connection
from app.vault.dossiers import now_utc
from app.vault.guard import store
from app.vault.guard.base import GuardBase


def _number_free(c: Connection, number: str, applicant_id: int | None) -> bool:
    row = c.execute("SELECT id FROM applicants WHERE case_number = ?", (number,)).fetchone()
    return row is None or row[0] == applicant_id


def _station_clash(c: Connection, d: Dossier) -> str | None:
    """Another laptop numbering with the same post and station (one enrolment installed twice)."""
    o = d.origin
    if o is None or not (o.station and o.vault_id):
        return None
    row = None
    for other in ("<", ">"):  # `<> ?` as two seeks in applicants_origin_station (migration 0022), not a scan
        row = row or c.execute(
            "SELECT case_number FROM applicants WHERE origin <> '' AND json_extract(origin, '$.post') = ? AND "
            f"json_extract(origin, '$.station') = ? AND json_extract(origin, '$.vault_id') {other} ? LIMIT 1",
            (o.post, o.station, o.vault_id)).fetchone()
    if row is None:
        return None
    return msg.text("audit.warn_station_clash", o.post, o.station, row[0])


class HqImportMixin(GuardBase):
    def import_arrival(self, parsed: ParsedDossier, a: receiving.Arrival,
                       json_sha256: str) -> tuple[receiving.Admission, int, list[str]]:
        """Admit a verified bundle (app/vault/receiving.py: repeat, stale, copied case id, another
        laptop, not the owner's, out of order), import it and record it, in one transaction: a crash
        never leaves a version imported without the export number that keeps older ones out.
        Returns (admission, version, warnings); nothing is imported unless admission.proceed."""
        self.require(Action.IMPORT_BUNDLE)
        with self.write() as c:
            admission = receiving.admit(c, a, self.audit)
            if not admission.proceed:
                return admission, 0, []
            version, warnings = self._import(c, parsed, a.officer, a.post, a.cert_serial, json_sha256,
                                             a.bundle_sha256, a.content)
            receiving.record(c, a, version, admission)
        return admission, version, warnings

    def import_version(self, parsed: ParsedDossier, officer: str, post: str, cert_serial: str,
                       json_sha256: str, bundle_sha256: str, content: bytes) -> tuple[int, list[str]]:
        """Import one verified case. Returns (version, warnings); version 0 means the same content
        was already imported. A changed case becomes a new version and the previous ones stay,
        whole, in `case_versions`. Find the case afterwards by its case id (get_dossier accepts it).
        Bundles from the field go through import_arrival, which also admits and records them."""
        self.require(Action.IMPORT_BUNDLE)
        with self.write() as c:
            return self._import(c, parsed, officer, post, cert_serial, json_sha256, bundle_sha256, content)

    def _import(self, c: Connection, parsed: ParsedDossier, officer: str, post: str, cert_serial: str,
                json_sha256: str, bundle_sha256: str, content: bytes) -> tuple[int, list[str]]:
        d = parsed.dossier
        fill_latin(d.person)
        d.case_id = case_identity(d)
        incoming = d.case_number.upper()
        metas = {a.sha256: a for a in d.attachments}
        warnings: list[str] = []
        row = c.execute("SELECT id FROM applicants WHERE case_id = ?", (d.case_id,)).fetchone()
        last = c.execute("SELECT version, json_sha256 FROM case_versions WHERE case_id = ?"
                         " ORDER BY version DESC LIMIT 1", (d.case_id,)).fetchone()
        if last is not None and last[1] == json_sha256:
            return 0, []
        version = int(last[0]) + 1 if last else 1
        stamp = Attestation(officer, post, cert_serial, version, now_utc())
        applicant_id = int(row[0]) if row else None
        stored = dossiers.load_by_id(c, applicant_id) if applicant_id is not None else None
        attest(d, stored, stamp)
        if stored is not None and applicant_id is not None:
            warnings = sealing.check_edit(stored, d)
            number = stored.case_number
            if incoming not in (number, number.split("#")[0]):
                if _number_free(c, incoming, applicant_id):
                    store.renumber(c, applicant_id, number, incoming)
                    number = incoming
                else:
                    warnings.append(msg.text("audit.warn_renumbered", incoming))
            d.case_number, d.origin = number, stored.origin or d.origin
            d.created_at = stored.created_at
            for a in stored.attachments:
                store.remove_attachment(c, applicant_id, a.sha256)
            d.attachments = []
            store.update(c, d, applicant_id, derived=False, by=self.user.callsign, source="import")
        else:
            if not _number_free(c, incoming, None):
                d.case_number = with_id_suffix(incoming, d.case_id)
                warnings.append(msg.text("audit.warn_number_held", incoming, d.case_number))
            d.attachments = []
            applicant_id = store.insert(c, d, derived=False, by=self.user.callsign, source="import")
        for number in parsed.dossier.former_numbers:
            store.add_alias(c, applicant_id, number.upper())
        for sha, data in parsed.blobs.items():
            store.put_attachment(c, applicant_id, metas[sha].name, data, metas[sha].purpose)
        store.after_write(c, applicant_id, dossiers.load_by_id(c, applicant_id))
        clash = _station_clash(c, d)
        if clash:
            warnings.append(clash)
        store.add_version(c, {
            "case_number": d.case_number, "case_id": d.case_id, "version": version,
            "imported_at": to_jsonable(stamp.at), "imported_by": self.user.callsign, "officer": officer,
            "post": post, "cert_serial": cert_serial, "json_sha256": json_sha256,
            "bundle_sha256": bundle_sha256, "content": content})
        detail = msg.text("audit.imported", version, officer, post, d.case_id)
        if warnings:
            detail = msg.text("audit.imported_warnings", detail, len(warnings), msg.joined(warnings[:10]))
        self.audit(c, "imported", d.case_number, detail)
        return version, warnings
