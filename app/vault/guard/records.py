"""Guarded writes of cases: create (desktop, JSON import, demo data), save, delete, attach, sent."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain import authors, msg, sealing
from app.domain.changes import as_draft, blank_like, prepare, review
from app.domain.interchange import ParsedDossier, check_limits
from app.domain.model import Attachment, Dossier
from app.domain.names import fill_latin
from app.domain.roles import Action, may
from app.errors import ValidationError
from app.vault import dossiers, drafts, exports
from app.vault.connection import Connection
from app.vault.dossiers import now_utc
from app.vault.guard import rules_trust, store
from app.vault.guard.base import GuardBase
from app.vault.guard.handed import refuse_if_handed_away


@dataclass(frozen=True)
class DraftImport:
    """A case brought in from a local document: its number and what was not taken over."""

    case_number: str
    case_id: str
    dropped: list[str]


class RecordsMixin(GuardBase):
    def _drop_unpermitted(self, d: Dossier) -> list[str]:
        """Content arriving for a user whose role may not record it (an officer and exams)."""
        if d.polygraph_exams and not may(self.user.role, Action.EDIT_EXAM):
            n, d.polygraph_exams = len(d.polygraph_exams), []
            return [msg.text("audit.dropped_exams", n)]
        return []

    def create_dossier(self, d: Dossier) -> str:
        """Save a dossier typed in the app (a draft becoming a record); returns its case number."""
        fill_latin(d.person)
        check_limits(d)  # every field within its limit, whatever the entry point
        with self.write() as c:
            users = self.users_directory(c)
            self.give_identity(c, d)
            blank = blank_like(d)
            prepare(blank, d, self.actor, users)
            r = review(self.actor, blank, d, users, creating=True)
            self.enforce(r)
            if r.decision_changed:
                self.guard_decision(c, d)
            store.insert(c, d, by=self.user.callsign)
            drafts.discard(c, self.user.id, drafts.NEW_APPLICANT)
            self.audit(c, "create", d.case_number)
        return d.case_number

    def import_applicant(self, parsed: ParsedDossier) -> DraftImport:
        """`applicant add --json`: the document's content comes in as drafts (no seals, amendments,
        waivers or decision, nothing the user's role may not record); the vault gives the case
        its number, id and origin. What was left out is returned and audited."""
        self.require(Action.CREATE_CASE)
        src = parsed.dossier
        missing = [a.sha256 for a in src.attachments if a.sha256 not in parsed.blobs]
        if missing:
            raise ValidationError(
                msg.text("err.attachment_needs_content"),
                [("$.attachments", msg.text("err.attachments_without_content", len(missing)))])
        metas = {a.sha256: a for a in src.attachments}
        with self.write() as c:
            users = self.users_directory(c)
            d, dropped = as_draft(src, users)
            dropped += self._drop_unpermitted(d)
            fill_latin(d.person)
            self.give_identity(c, d)
            d.attachments = []
            self.enforce(review(self.actor, blank_like(d), d, users, creating=True))
            applicant_id = store.insert(c, d, by=self.user.callsign)
            for sha, data in parsed.blobs.items():
                store.put_attachment(c, applicant_id, metas[sha].name, data, metas[sha].purpose)
            note = msg.text("audit.drafts_dropped", msg.joined(dropped)) if dropped else msg.text("audit.drafts")
            self.audit(c, "create", d.case_number, note)
        return DraftImport(d.case_number, d.case_id, dropped)

    def add_applicant(self, parsed: ParsedDossier) -> str:
        """Like import_applicant; returns only the case number."""
        return self.import_applicant(parsed).case_number

    def add_synthetic(self, items: list[tuple[Dossier, bytes | None]]) -> list[str]:
        """Demo data, one transaction per batch. In a demo vault (training; it cannot be enrolled)
        the synthetic records keep their seals by fictional authors, marked external; in a real
        vault they come in as drafts, like an imported document."""
        self.require(Action.DEMO_DATA)
        numbers = []
        with self.write() as c:
            users = self.users_directory(c)
            origin = self.origin(c)
            for src, scan in items:
                dropped: list[str] = []
                if self.is_demo:
                    d = src
                    for record in sealing.records(d).values():
                        authors.mark_external(record, users)
                else:
                    d, dropped = as_draft(src, users)
                    dropped += self._drop_unpermitted(d)
                self.give_identity(c, d)
                d.origin = origin
                if not self.is_demo:
                    self.enforce(review(self.actor, blank_like(d), d, users, creating=True))
                applicant_id = store.insert(c, d, by=self.user.callsign)
                if scan is not None:
                    store.put_attachment(c, applicant_id, "application-page-1.png", scan, "application_page")
                self.audit(c, "create", d.case_number, "demo data" if self.is_demo else "demo data as drafts")
                numbers.append(d.case_number)
        return numbers

    def save_dossier(self, d: Dossier) -> None:
        """Save an edited case: every rule of app.domain.changes, then the stage guard."""
        fill_latin(d.person)
        check_limits(d)
        with self.write() as c:
            applicant_id = dossiers.id_for(c, d.case_id or d.case_number)
            refuse_if_handed_away(c, applicant_id)
            stored = dossiers.load_by_id(c, applicant_id)
            self._fill_identity(stored, d)
            users = self.users_directory(c)
            prepare(stored, d, self.actor, users)
            r = review(self.actor, stored, d, users)
            r.problems += rules_trust.sealed_exam_problems(stored, d)
            sealed = any(path == "$" for path, _ in r.problems)
            self.enforce(r, msg.text("err.sealed_not_that_way" if sealed else "err.change_not_saved"))
            if r.decision_changed:
                self.guard_decision(c, d)
            store.update(c, d, applicant_id, by=self.user.callsign)
            drafts.discard(c, self.user.id, d.case_number)
            self.audit(c, "update", d.case_number)
            if r.decision_changed:
                self.audit(c, "decision", d.case_number, d.decision.outcome.value if d.decision else "cleared")

    @staticmethod
    def _fill_identity(stored: Dossier, d: Dossier) -> None:
        """Identity the caller left unset is the stored one (a value that differs is refused)."""
        for name in ("case_number", "case_id", "origin", "former_numbers", "created_at", "sent_to_hq_at"):
            if not getattr(d, name):
                setattr(d, name, getattr(stored, name))

    def add_attachment(self, case_number: str, name: str, data: bytes, purpose: str = "other") -> Attachment:
        self.require(Action.ATTACH)
        with self.write() as c:
            applicant_id = dossiers.id_for(c, case_number)
            refuse_if_handed_away(c, applicant_id)
            att = store.put_attachment(c, applicant_id, name, data, purpose)
            self.audit(c, "attachment_added", dossiers.case_number_of(c, applicant_id), att.sha256[:16])
        return att

    def mark_sent(self, case_number: str, bundle_sha256: str, export: exports.ExportRecord | None = None) -> None:
        """Record a read-back-verified export: the stage moves to 'sent to HQ', and the numbered
        export (app/vault/exports.py) is recorded in the same transaction. The audit names the
        export by number, never the folder: an officer may name a folder after the applicant, and
        the audit chain outlives a deletion (the folder stays in the exports row, which it blanks)."""
        self.require(Action.SEND_TO_HQ)
        with self.write() as c:
            applicant_id = dossiers.id_for(c, case_number)
            refuse_if_handed_away(c, applicant_id)
            d = dossiers.load_by_id(c, applicant_id)
            d.sent_to_hq_at = now_utc()
            store.update(c, d, applicant_id, by=self.user.callsign)
            if export is not None:
                exports.record(c, export)
            detail = msg.text("audit.exported_bundle", export.sequence, bundle_sha256[:16]) if export is not None \
                else msg.text("audit.exported_bundle_only", bundle_sha256[:16])
            self.audit(c, "exported", d.case_number, detail)

    def _load_for_update(self, c: Connection, case: str) -> tuple[int, Dossier]:
        applicant_id = dossiers.id_for(c, case)
        refuse_if_handed_away(c, applicant_id)
        return applicant_id, dossiers.load_by_id(c, applicant_id)
