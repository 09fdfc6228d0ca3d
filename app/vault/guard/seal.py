"""Guarded sealing: "this user, logged in on this vault, sealed this record with their passphrase"."""

from __future__ import annotations

from app.domain import authors, msg, polygraph, sealing
from app.domain.completeness import completeness
from app.domain.model import PolygraphExam
from app.domain.roles import SEAL_ACTION
from app.domain.workflow import requirements
from app.errors import AuthenticationError, NotFoundError, PermissionDenied, ValidationError
from app.vault import dossiers
from app.vault.dossiers import now_utc
from app.vault.guard import rules_trust, store
from app.vault.guard.base import GuardBase
from app.vault.guard.handed import refuse_if_handed_away


class SealMixin(GuardBase):
    def seal_record(self, case_number: str, kind: str, key: int, passphrase: str) -> None:
        """Seal a record as its author, who re-enters their passphrase. Interviews and checks are
        sealed by their officer or supervisor, an exam only by its examiner (a user with the
        examiner role), the decision only by the supervisor who recorded it."""
        if kind not in SEAL_ACTION:
            raise NotFoundError(msg.text("err.no_record"))
        try:
            self._slots.unwrap(self.user.callsign, passphrase)
        except AuthenticationError:
            raise AuthenticationError(msg.text("err.seal_wrong_passphrase")) from None
        with self.write() as c:
            applicant_id = dossiers.id_for(c, case_number)
            refuse_if_handed_away(c, applicant_id)
            d = dossiers.load_by_id(c, applicant_id)
            record = sealing.records(d).get((kind, key))
            if record is None:
                raise NotFoundError(msg.text("err.no_record"))
            name = sealing.name(kind, key, first=True)
            if record.sealed_by:
                raise ValidationError(msg.text("err.already_sealed", name))
            self.require(SEAL_ACTION[kind])
            problem = authors.seal_problem(self.users_directory(c), self.actor, record)
            if problem:
                raise PermissionDenied(problem if problem.endswith(".") else f"{problem}.")
            incomplete = completeness(kind, record)
            if isinstance(record, PolygraphExam):  # the double-polygraph policy (warn or block), per named pair
                done = {e.number: e for e in d.polygraph_exams if e.number != key and e.sealed_by}
                for pair in requirements().pairs:
                    other = pair.second if pair.first == key else pair.first if pair.second == key else 0
                    if other in done:
                        first, second = sorted((record, done[other]), key=lambda e: e.number)
                        incomplete += [m for sev, m in polygraph.compare(first, second).policy_problems
                                       if sev == "block"]
                incomplete += rules_trust.exam_rule_problems(record)
            if incomplete:
                raise ValidationError(msg.text("err.not_complete", name), [("$", p) for p in incomplete])
            sealed = sealing.seal(record, self.user.callsign, now_utc())
            if kind == "interview":
                d.interviews[key] = sealed  # type: ignore[assignment]
            elif kind == "check":
                d.checks[key] = sealed  # type: ignore[assignment]
            elif kind == "exam":
                d.polygraph_exams = [sealed if e.number == key else e for e in d.polygraph_exams]  # type: ignore[misc]
            else:
                self.guard_decision(c, d)
                d.decision = sealed  # type: ignore[assignment]
            store.update(c, d, applicant_id, by=self.user.callsign)
            self.audit(c, "sealed", d.case_number, sealing.label(kind, key))
