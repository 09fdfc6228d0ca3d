"""Guarded hand-over of a case to another post through HQ (issue 20).

On the old post, `mark_handed_to_post` (after the case's bundle and the supervisor's signed
transfer are on the stick): the case stays, read-only (every guarded write to it is refused by
`refuse_if_handed_away`), flagged, with a history entry; retention and deletion treat it as usual.

On the new post, `install_reissued` puts in a case HQ re-issued (app/casefile/reissue.py, which
checked every signature and hash before): only for the officer, post and enrolled certificate the
carrier names, only once per carrier, never over a case already here. The case keeps its case id,
number and origin (HQ knows it by them), its sealed records stay sealed, attributed to their
authors (external names here), and the history says from whom, to whom, when and that HQ re-issued it.
"""

from __future__ import annotations

import json

from app.domain import authors, msg, sealing
from app.domain.casenumber import with_id_suffix
from app.domain.interchange import ParsedDossier, check_limits
from app.domain.names import fill_latin
from app.domain.roles import Action
from app.errors import IntegrityError, NotFoundError, PermissionDenied, ValidationError
from app.vault import dossiers
from app.vault.dossiers import get_meta, now_utc, set_meta
from app.vault.exchange import Incoming
from app.vault.guard import store
from app.vault.guard.base import GuardBase
from app.vault.guard.handed import HANDED_KEY, handed_away, refuse_if_handed_away
from app.vault.guard.lifecycle import check_reason

INSTALLED_KEY = "reissue_installed:"  # + carrier id: kept for good, so a copy of the stick is refused


class HandoverMixin(GuardBase):
    def mark_handed_to_post(self, case: str, from_: tuple[str, str], to: tuple[str, str], reason: str) -> None:
        """The old post: the case's bundle and its signed transfer are on the stick."""
        self.require(Action.MANAGE_USERS)  # a supervisor of this post
        with self.write() as c:
            applicant_id = dossiers.id_for(c, case)
            refuse_if_handed_away(c, applicant_id)
            d = dossiers.load_by_id(c, applicant_id)
            text = check_reason(reason, d)
            at = now_utc().replace(microsecond=0).isoformat()
            set_meta(c, HANDED_KEY + d.case_id, json.dumps({"to": to[0], "post": to[1].upper(), "at": at}))
            self.audit(c, "handed_to_post", d.case_number, msg.text("audit.handed_to_post", from_[0],
                                                                    from_[1].upper(), to[0], to[1].upper(), text))
            store.set_flags(c, applicant_id, dossiers.case_flags(c, applicant_id, d))

    def handover_reason(self, case: str, reason: str) -> str:
        """The reason as a hand-over keeps it, or ValidationError (empty, too long, names the applicant)."""
        with self.read() as c:
            return check_reason(reason, dossiers.load(c, case))

    def handed_to_post(self, case: str) -> dict[str, str] | None:
        """Where this post handed the case ({to, post, at}), or None."""
        with self.read() as c:
            return handed_away(c, dossiers.id_for(c, case))

    def refuse_handed_away(self, cases: list[str]) -> None:
        """Before a send writes anything: PermissionDenied naming the first case this post handed away
        (a case that is not here is left to the send itself, which says so in its turn)."""
        with self.read() as c:
            for case in cases:
                try:
                    applicant_id = dossiers.id_for(c, case)
                except NotFoundError:
                    continue
                refuse_if_handed_away(c, applicant_id)

    def install_reissued(self, parsed: ParsedDossier, inc: Incoming) -> str:
        """The new post: install a case HQ re-issued to this user; returns its case number."""
        self.require(Action.CREATE_CASE)
        d = parsed.dossier
        with self.write() as c:
            seen = get_meta(c, INSTALLED_KEY + inc.carrier_id)
            if seen:
                raise IntegrityError(msg.text("err.reissue_replayed", inc.carrier_id[:8], seen[:16].replace("T", " ")))
            me = (self.user.callsign, self.post_code.upper())
            if (inc.to[0].casefold(), inc.to[1].upper()) != (me[0].casefold(), me[1]):
                raise PermissionDenied(msg.text("err.reissue_other_officer", inc.to[0], inc.to[1], *me))
            mine = self.origin(c).cert_serial
            if mine != inc.to[2]:
                raise PermissionDenied(msg.text("err.reissue_other_certificate", inc.to[2], inc.to[0], mine or "-"))
            if c.execute("SELECT 1 FROM applicants WHERE case_id = ?", (inc.case_id,)).fetchone():
                raise ValidationError(msg.text("err.reissue_case_here", d.case_number))
            fill_latin(d.person)
            check_limits(d)
            users = self.users_directory(c)
            for record in sealing.records(d).values():
                record.attested = None  # only HQ attests
                authors.mark_external(record, users)
            d.case_id, d.sent_to_hq_at = inc.case_id, None  # the number, origin and former numbers stay
            if c.execute("SELECT 1 FROM applicants WHERE case_number = ?", (d.case_number,)).fetchone():
                d.case_number = with_id_suffix(d.case_number, d.case_id)
            metas = {a.sha256: a for a in d.attachments}
            d.attachments = []
            applicant_id = store.insert(c, d)
            for sha, data in parsed.blobs.items():
                store.put_attachment(c, applicant_id, metas[sha].name, data, metas[sha].purpose)
            set_meta(c, INSTALLED_KEY + inc.carrier_id, now_utc().isoformat())
            # the in-vault holder (lifecycle.holder) reads "from X to Y: " at the start
            self.audit(c, "handed_over", d.case_number, msg.text(
                "audit.handed_over_reissued", inc.from_[0], inc.to[0], inc.from_[1], inc.to[1],
                inc.issued_at[:16].replace("T", " "), inc.carrier_id[:8], inc.signed_by, inc.reason))
        return d.case_number
