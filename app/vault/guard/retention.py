"""Guarded retention (issue 20): the policy (set by a supervisor, or by an HQ update package) and
its run, which deletes the due cases through the same deletion as by hand (lifecycle.py), each
with its tombstone, and audits the run. Rules: app/domain/retention.py."""

from __future__ import annotations

import json

from app.domain import msg, retention
from app.domain.retention import CaseFacts, Due, Policy
from app.domain.roles import Action
from app.domain.serde import parse_datetime
from app.vault import dossiers, packing
from app.vault.connection import Connection
from app.vault.dossiers import get_meta, set_meta
from app.vault.guard.lifecycle import LifecycleMixin

META_KEY = "retention_policy"
ACKNOWLEDGED = ("imported", "unchanged")


def load_policy(c: Connection) -> Policy:
    text = get_meta(c, META_KEY)
    return retention.parse(json.loads(text)) if text else Policy({})


def case_facts(c: Connection) -> list[CaseFacts]:
    """Every live case with a sealed decision: its outcome, when it was decided (else sealed), and HQ's receipt of
    an export written after its last change."""
    out = []
    for number, case_id, updated, outcome, data in c.execute(
            "SELECT a.case_number, a.case_id, a.updated_at, d.outcome, d.data FROM applicants a "
            "JOIN decisions d ON d.applicant_id = a.id WHERE a.merged_into IS NULL ORDER BY a.id"):
        decision = packing.loads(data)  # packed at rest since 0015
        sealed_at = decision.get("sealed_at")
        if not sealed_at:
            continue
        decided = decision.get("decided_at") or sealed_at
        row = c.execute("SELECT max(received_at) FROM exports WHERE case_key = ? AND received_at IS NOT NULL "
                        f"AND hq_outcome IN ({','.join('?' * len(ACKNOWLEDGED))}) AND written_at >= ?",
                        (case_id, *ACKNOWLEDGED, updated or "")).fetchone()
        ack = parse_datetime(row[0]) if row and row[0] else None
        out.append(CaseFacts(str(number), str(outcome), parse_datetime(decided), ack))
    return out


class RetentionMixin(LifecycleMixin):
    def retention_policy(self) -> Policy:
        with self.read() as c:
            return load_policy(c)

    def set_retention_policy(self, policy: Policy, source: str = "") -> None:
        """A supervisor sets the policy (or an update package: `apply_retention_doc`)."""
        self.require(Action.DELETE_CASE)
        with self.write() as c:
            self.store_policy(c, policy, source or msg.text("audit.by_supervisor"))

    def store_policy(self, c: Connection, policy: Policy, source: str) -> None:
        set_meta(c, META_KEY, json.dumps(policy.to_doc(), sort_keys=True))
        months = msg.joined([msg.text("audit.retention_item", msg.text(f"label.{k}"), v)
                             for k, v in sorted(policy.months.items())]) if policy.months \
            else msg.text("audit.retention_keep")
        self.audit(c, "retention_set", None, msg.text("audit.retention_policy", months, source))

    def retention_due(self, include_unacknowledged: bool = False) -> list[Due]:
        """The cases the policy says are due today (nothing HQ has not acknowledged unless asked)."""
        now = dossiers.now_utc()
        with self.read() as c:
            policy = load_policy(c)
            if policy.empty:
                return []
            found = [retention.due(policy, f, now, include_unacknowledged) for f in case_facts(c)]
        return [d for d in found if d is not None]

    def run_retention(self, expected: list[str], include_unacknowledged: bool = False) -> list[str]:
        """Delete the due cases the user confirmed (`expected`, from `retention_due`): only those
        that are still due now, in one transaction, each with its tombstone; the run is audited."""
        self.require(Action.DELETE_CASE)
        now = dossiers.now_utc()
        deleted: list[str] = []
        with self.write() as c:
            policy = load_policy(c)
            due = {d.case_number: d for f in case_facts(c)
                   if (d := retention.due(policy, f, now, include_unacknowledged)) is not None}
            for number in expected:
                item = due.get(number)
                if item is None:
                    continue
                deleted += self.destroy(c, dossiers.id_for(c, number), item.reason)
            self.audit(c, "retention_run", None, msg.text("audit.retention_deleted_all" if include_unacknowledged
                                                          else "audit.retention_deleted", len(deleted)))
        if deleted:
            self.scrub()
        return deleted
