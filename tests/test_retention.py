"""Retention: a run on a demo vault deletes exactly the cases the policy names, on a fake clock;
nothing HQ has not acknowledged goes unless the supervisor says so; an accepted case waits for HQ's
receipt; the policy comes from a supervisor or an HQ update package; every step is audited."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain import retention
from app.domain.retention import Policy, add_months
from app.errors import PermissionDenied, ValidationError
from app.vault import audit, dossiers, vault
from app.vault.demo import load_demo
from tests.conftest import PASS, PASS2
from tests.guard_helpers import cli

POLICY = Policy({"reject": 6, "defer": 3, "accept": 1})


@pytest.fixture
def demo(vault_dir: Path):  # type: ignore[no-untyped-def]
    s = vault.create(vault_dir, "TRAIN", "Sam", PASS, demo=True)
    s.add_user("Olga", __import__("app.domain.enums", fromlist=["Role"]).Role.OFFICER, PASS2)
    load_demo(s, 60, seed=4)
    yield s
    if not s.closed:
        s.close()


def _decided(s) -> dict[str, tuple[str, datetime]]:  # type: ignore[no-untyped-def]
    """Every case with a sealed decision: outcome and when it was sealed (read independently)."""
    out = {}
    for summary in s.list_applicants():
        d = s.get_dossier(summary.case_number)
        if d.decision is not None and d.decision.sealed_at is not None:
            out[d.case_number] = (d.decision.outcome.value, d.decision.sealed_at)
    return out


def test_a_run_on_a_fake_clock_deletes_exactly_the_cases_the_policy_names(demo, vault_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    s = demo
    decided = _decided(s)
    everyone = {r.case_number for r in s.list_applicants()}
    by_outcome = {o: {c for c, (out, _) in decided.items() if out == o} for o in retention.OUTCOMES}
    assert by_outcome["reject"] and by_outcome["defer"] and by_outcome["accept"]
    start = min(at for _, at in decided.values())
    assert all(at == start for _, at in decided.values())  # the demo seals on its reference date
    s.set_retention_policy(POLICY)
    clock = {"now": add_months(start, 4)}  # defer (3 months) is due, reject (6) is not
    monkeypatch.setattr(dossiers, "now_utc", lambda: clock["now"])
    assert s.retention_due() == []  # a demo vault: HQ has acknowledged nothing
    due = s.retention_due(include_unacknowledged=True)
    assert {d.case_number for d in due} == by_outcome["defer"] and not any(d.acknowledged for d in due)
    s.close()

    code, out, _ = cli(vault_dir, "supervisor", "retention", "run", "--dry-run", "--json", "--include-unacknowledged")
    assert code == 0 and {d["case_number"] for d in json.loads(out)} == by_outcome["defer"]
    code, out, _ = cli(vault_dir, "supervisor", "retention", "run", "--yes")
    assert code == 0 and "0 case(s) due" in out  # without the explicit word, nothing unacknowledged goes
    code, _, err = cli(vault_dir, "officer", "retention", "run", "--yes", "--include-unacknowledged")
    assert code == 9 and err.startswith("dossier: ")
    code, out, _ = cli(vault_dir, "supervisor", "retention", "run", "--yes", "--include-unacknowledged")
    assert code == 0 and f"Deleted {len(by_outcome['defer'])} case(s)." in out
    clock["now"] = add_months(start, 6)  # the day rejected cases fall due
    code, out, _ = cli(vault_dir, "supervisor", "retention", "run", "--yes", "--include-unacknowledged")
    assert code == 0 and f"Deleted {len(by_outcome['reject'])} case(s)." in out
    expected = by_outcome["defer"] | by_outcome["reject"]

    s = vault.unlock(vault_dir, "Sam", PASS)
    assert {r.case_number for r in s.list_applicants()} == everyone - expected  # accepted and open cases stay
    tombs = s.deleted_cases()
    assert sorted(t.case_number for t in tombs) == sorted(expected)
    assert {t.reason for t in tombs} == {"retention: defer, 3 month(s) after the decision",
                                         "retention: reject, 6 month(s) after the decision"}
    with s.read() as c:
        assert audit.verify(c, audit.chain_key(c, bytes(s._data_key))).ok
    runs = [e.detail for e in s.audit_log(audit.AuditFilter(action="retention_run"))]
    assert runs[:2] == [f"{len(by_outcome['reject'])} case(s) deleted, including cases HQ has not acknowledged",
                        f"{len(by_outcome['defer'])} case(s) deleted, including cases HQ has not acknowledged"]
    assert [e.detail for e in s.audit_log(audit.AuditFilter(action="retention_set"))] == [
        "accept 1; defer 3; reject 6 (set by a supervisor)"]
    s.close()


def test_an_accepted_case_is_due_only_after_hq_acknowledges_it(demo, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    s = demo
    decided = _decided(s)
    case = next(c for c, (outcome, _) in decided.items() if outcome == "accept")
    d = s.get_dossier(case)
    s.set_retention_policy(POLICY)
    far = datetime(2040, 1, 1, tzinfo=UTC)
    monkeypatch.setattr(dossiers, "now_utc", lambda: far)
    assert case not in {x.case_number for x in s.retention_due(include_unacknowledged=True)}
    received = datetime(2039, 11, 15, tzinfo=UTC)
    with s.write() as c:  # HQ's receipt, as an update package installs it (app/vault/exports.py)
        c.execute("INSERT INTO exports(sequence, case_key, case_number, written_at, received_at, hq_outcome) "
                  "VALUES (1, ?, ?, ?, ?, 'imported')", (d.case_id, case, "2039-11-01T00:00:00+00:00",
                                                         received.isoformat()))
    due = {x.case_number: x for x in s.retention_due()}
    assert case in due and due[case].acknowledged and due[case].since == received
    monkeypatch.setattr(dossiers, "now_utc", lambda: datetime(2039, 12, 14, tzinfo=UTC))
    assert case not in {x.case_number for x in s.retention_due()}  # a month after the receipt: not yet


def test_the_policy_is_checked_and_only_a_supervisor_sets_it(demo, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError):
        retention.parse({"format": retention.FORMAT, "months": {"reject": 0}})
    with pytest.raises(ValidationError):
        retention.parse({"format": retention.FORMAT, "months": {"withdraw": 3}})
    demo.close()
    olga = vault.unlock(vault_dir, "Olga", PASS2)
    with pytest.raises(PermissionDenied):
        olga.set_retention_policy(POLICY)
    olga.close()
    code, out, _ = cli(vault_dir, "supervisor", "retention", "set", "--reject", "6", "--accept", "12")
    assert code == 0 and "reject   deleted 6 month(s) after the decision" in out
    code, out, _ = cli(vault_dir, "supervisor", "retention", "show", "--json")
    assert json.loads(out)["months"] == {"accept": 12, "reject": 6, "defer": None, "refer": None}


def test_an_update_package_sets_the_policy(demo) -> None:  # type: ignore[no-untyped-def]
    with demo.write() as c:
        demo.install_files(c, 7, [("policy", "retention", {"format": retention.FORMAT, "months": {"reject": 2}})])
    assert demo.retention_policy() == Policy({"reject": 2})
    assert [e.detail for e in demo.audit_log(audit.AuditFilter(action="retention_set"))] == [
        "reject 2 (update package 7)"]


def test_add_months_keeps_the_day_or_the_months_last() -> None:
    assert add_months(datetime(2026, 1, 31, tzinfo=UTC), 1) == datetime(2026, 2, 28, tzinfo=UTC)
    assert add_months(datetime(2026, 11, 15, tzinfo=UTC), 14) == datetime(2028, 1, 15, tzinfo=UTC)
