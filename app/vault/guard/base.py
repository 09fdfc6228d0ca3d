"""What every guarded write shares: the acting user, the vault's users, enforcing a review,
and a new case's identity (case id, display number, origin)."""

from __future__ import annotations

import hashlib

from app.domain import authors, flags, msg
from app.domain.authors import Directory, User
from app.domain.changes import Review
from app.domain.enums import DecisionOutcome, Role
from app.domain.model import Dossier, Origin
from app.domain.roles import Action, may, refusal
from app.domain.workflow import is_sentence, missing_before_decision
from app.errors import PermissionDenied, ValidationError
from app.vault import dossiers
from app.vault.connection import Connection
from app.vault.dossiers import get_meta, now_utc
from app.vault.guard import store
from app.vault.session_base import SessionParts


class GuardBase(SessionParts):
    post_code: str
    is_demo: bool

    @property
    def actor(self) -> User:
        return User(self.user.callsign, self.user.role)

    @staticmethod
    def users_directory(c: Connection) -> Directory:
        return authors.directory([User(cs, Role(role), bool(active)) for cs, role, active in c.execute(
            "SELECT callsign, role, removed_at IS NULL FROM users")])

    def enforce(self, r: Review, message: str = "") -> None:
        """Refuse a reviewed change: first what the role may not do, then what is wrong in it."""
        missing = sorted((a for a in r.needs if not may(self.user.role, a)), key=list(Action).index)
        if missing:
            raise PermissionDenied(refusal(self.user.role, missing))
        if r.denied:
            denied = r.denied[0]
            raise PermissionDenied(denied if denied.endswith(".") else f"{denied}.")
        if r.problems:
            raise ValidationError(message or msg.text("err.change_not_saved"), r.problems)

    def guard_decision(self, c: Connection, d: Dossier) -> None:
        """Accept or reject only once every step is done; accepting over an open red flag
        needs at least a sentence of rationale."""
        dec = d.decision
        if dec is None or dec.outcome not in (DecisionOutcome.ACCEPT, DecisionOutcome.REJECT):
            return
        missing = missing_before_decision(d)
        if missing:
            raise ValidationError(msg.text("err.not_at_decision"), [("$.decision", m) for m in missing])
        if dec.outcome == DecisionOutcome.ACCEPT:
            applicant_id = dossiers.id_for(c, d.case_id or d.case_number) if d.case_number else None
            found = dossiers.case_flags(c, applicant_id, d) if applicant_id is not None else flags.compute(d)
            red = [f for f in found if f.severity == flags.RED]
            if red and not is_sentence(dec.rationale):
                raise ValidationError(
                    msg.text("err.accept_needs_rationale"),
                    [("$.decision.rationale", f.message) for f in red])

    # -- a new case's identity ------------------------------------------------------------------
    def station(self, c: Connection) -> str:
        return get_meta(c, "station_code")

    def origin(self, c: Connection) -> Origin:
        row = c.execute("SELECT cert_pem FROM identities WHERE callsign = ? AND enrolled = 1",
                        (self.user.callsign,)).fetchone()
        serial = digest = ""
        if row is not None:
            from cryptography import x509
            from cryptography.hazmat.primitives.serialization import Encoding

            cert = x509.load_pem_x509_certificate(bytes(row[0]))
            serial, digest = str(cert.serial_number), hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()
        return Origin(get_meta(c, "vault_id"), self.user.callsign, self.post_code, self.station(c), serial, digest)

    def give_identity(self, c: Connection, d: Dossier) -> None:
        """A new case's number, id and origin: always the vault's, never a document's."""
        from app.domain.casenumber import new_case_id

        d.case_number = store.allocate_case_number(c, self.post_code, self.station(c), now_utc())
        d.case_id = new_case_id()
        d.origin = self.origin(c)
        d.former_numbers = []
        d.created_at = now_utc()
