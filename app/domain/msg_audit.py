"""The audit log's details by code (`audit.<code>`, context "AuditDetails": not "History", whose
templates the printouts match against a record's phrases): what the vault records next to an
action, stored as `app.domain.msg.stored` (JSON: the code and its parameters) so history, the
audit viewer and the case file show it in the reader's language; `dossier audit list` prints the
English. Rows written before details were coded keep their plain English (shown as it is).

A warning the start-up checks record (tamper, clock, certificate, receipts) is stored by its own
code (`err.*`, app.domain.msg_notices), an HQ refusal by its report line (`verify.*`).
"""

from __future__ import annotations

AUDIT = {
    # app/vault/startup_checks.py
    "failed_before": "%1 failed unlock attempt(s) before this login",
    "rekey_at_login": "key rotation finished at login after an interruption",
    # app/vault/users.py, rekey.py, vault.py, session.py, backup.py
    "user_as": "%1 as %2 (%3)",
    "user_to": "%1 to %2",
    "erase_after": "erase after %1 failed unlocks",
    "never_erase": "never erase",
    "new_data_key": "new data key for %1 key slot(s)",
    "post": "post %1",
    "recovered": "%1 given a supervisor slot",
    "applicants": "%1 applicants",
    "restored": "restored from backup (%1 applicants)",
    # app/vault/exchange.py
    "self_signed": "self-signed (not enrolled)",
    "recovery_slot": "with HQ recovery slot",
    "station": "station code %1 from HQ",
    "hq_switched": "from %1 to %2",
    "package": "package %1: %2 file(s)",
    "package_watchlist": "package %1: %2 file(s) and a watchlist",
    "acknowledged": "%1; HQ acknowledged %2 export(s)",
    "hq_stored": "%1; %2 HQ decision(s) or request(s)",
    "hq_refused": "%1; %2 for cases not held here, refused",
    "crl": "number %1, %2 revoked certificate(s)",
    # app/vault/guard/maintenance.py
    "watchlist": "%1 entries, %2 cases hit",
    # app/vault/guard/lifecycle.py: a deleted case's tombstone, read (msg.readable)
    "tombstone": "case id %1, decision: %2, reason: %3",
    "tombstone_undecided": "case id %1, no decision, reason: %2",
    # app/vault/guard/retention.py, maintenance.py
    "retention_item": "%1 %2",  # an outcome and its months ("accept 24")
    "retention_keep": "keep every case",
    "retention_policy": "%1 (%2)",
    "by_supervisor": "set by a supervisor",
    "by_package": "update package %1",
    "retention_deleted": "%1 case(s) deleted",
    "retention_deleted_all": "%1 case(s) deleted, including cases HQ has not acknowledged",
    # app/cli_records.py, app/vault/receiving.py: a case handed to another post through HQ
    "transfer": "from %1 (%2) to %3 (%4)",
    "transfer_recorded": "from %1 (%2) to %3 (%4), signed by %5",
    # app/vault/receiving.py
    "repeat": "export %1 of vault %2",
}

SETTINGS = {  # a setting by name (the setting_changed detail); app/vault/session.py
    "idle_lock_minutes": "minutes without input before the vault locks",
    "language": "language",
    "document_language": "language of printouts",
    "receipt_days": "days before an unacknowledged export is late",
    "list_view": "the list's columns, sort and filters",
}

# issue 17: the reason a retention run writes into a deleted case's tombstone (app/domain/retention.py),
# stored coded inside the tombstone (msg.stored) and read back by msg.from_stored; older rows keep their English
AUDIT.update({
    "retention_reason_decision": "retention: %1, %2 month(s) after the decision",
    "retention_reason_receipt": "retention: %1, %2 month(s) after HQ's receipt",
})

# issue 17: a case sent to HQ (app/vault/guard/records.py) and deletion notices written (lifecycle.py), stored coded
AUDIT.update({
    "exported_bundle": "export %1, bundle sha256 %2",
    "exported_bundle_only": "bundle sha256 %1",
    "notices_written": "%1 notice(s) written",
})

# issue 17: the last English details, stored coded. What a person typed (a reason, a call sign, a case
# number, a hash) stays a parameter, verbatim. The English is what these rows said before, word for word
# (app/vault/guard/lifecycle.holder reads "from X to Y: " at the start of a hand-over's).
AUDIT.update({
    # app/vault/guard/hq_import.py: a case version imported at HQ, and what the import warned about
    "imported": "version %1 from %2 (%3), case id %4",
    "imported_warnings": "%1; %2 warning(s): %3",
    "warn_renumbered": "the case now carries number %1, held here by another case",
    "warn_number_held": "number %1 is held here by a different case; this one is kept as %2",
    "warn_station_clash": "two laptops of post %1 number cases with station code %2 (see %3); their numbers "
                          "may repeat, cases stay apart by case id: enrol one of them again",
    # app/vault/guard/handover.py, lifecycle.py: a case handed to another officer or post
    "handed_over": "from %1 to %2: %3",
    "handed_over_reissued": "from %1 to %2: from post %3 to post %4, re-issued by HQ %5 (carrier %6, the case "
                            "signed by %7): %8",
    "handed_to_post": "from %1 (%2) to %3 (%4) through HQ: %5",
    # app/vault/receiving.py: HQ re-issued a case to another post
    "case_reissued": "to %1 (%2), carrier %3",
    # app/vault/exchange.py: a case file signed
    "casefile_signed": "pdf sha256 %1",
    # app/vault/guard/hq_decisions.py: %1 is HQ's decision or request in words (hq.status.*), %2 its text
    "hq_decision": "%1: %2",
    "hq_decision_received": "%1 (by %2, package %3)",
    # app/vault/guard/lifecycle.py (HQ): a post's signed deletion notice recorded, with its reason
    "deletion_received": "case id %1 deleted at post %2, signed by %3; reason: %4",
})

# issue 17: a case created from a document as drafts (app/vault/guard/records.py) and what was not taken
# over (app/domain/changes.py); `dossier applicant add --json` prints the same English
AUDIT.update({
    "drafts": "imported from a document as drafts",
    "drafts_dropped": "imported from a document as drafts; not taken over: %1",
    "dropped_seals": "%1 seal(s)",
    "dropped_amendments": "%1 amendment(s)",
    "dropped_waivers": "%1 waiver(s)",
    "dropped_decision": "the decision (%1)",
    "dropped_sent": "the sent-to-HQ time",
    "dropped_external": "%1 author name(s) that are not users here (kept, marked external)",
    "dropped_exams": "%1 polygraph exam(s) (recorded by examiners)",
})
