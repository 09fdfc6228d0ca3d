"""The sentences the guarded write layer (app/vault/guard, app/domain/changes.py, authors.py,
sealing.py) and the vault raise or report, by code: the English here is the one source (the CLI
prints it as it is), the Ukrainian is in the .ts under the context "Errors" (apart from "Messages",
so that only the code, never the English, finds a translation).

A lower layer writes `msg.text("err.<code>", *params)`; a parameter may itself be a coded phrase
(a `msg.Text`, such as a record's name from `what.*`), which the desktop and the printouts
translate in its turn. %1, %2, … stand for the parameters, as in Qt.
"""

# ruff: noqa: E501
from __future__ import annotations

from app.domain.msg_handover import HANDOVER
from app.domain.msg_notices import NOTICES

ERRORS = {
    # app/vault/guard
    "change_not_saved": "The change was not saved.",
    "sealed_not_that_way": "Sealed records cannot be changed that way.",
    "not_at_decision": "The case has not reached the decision yet.",
    "accept_needs_rationale": "Accepting a case with open red flags needs a written rationale of at least a sentence.",
    "no_record": "No such record in this case.",
    "no_attachment": "No such attachment in this case.",
    "seal_wrong_passphrase": "Wrong passphrase: the record was not sealed.",
    "already_sealed": "%1 is already sealed.",
    "not_complete": "%1 is not complete.",
    "attachment_needs_content": "Every attachment needs its content (content_base64) when a case is added.",
    "attachments_without_content": "%1 attachment(s) have no content",
    "duplicate_decision": "Decide 'distinct' or 'merged'.",
    "own_duplicate": "A case cannot be its own duplicate.",
    "already_merged": "One of these cases is already merged into another case.",
    "delete_needs_reason": "Give a reason for deleting the case.",
    "reason_too_long": "The reason is longer than %1 characters.",
    "reason_names_applicant": "The reason must not name the applicant.",
    "handover_who": "Only a supervisor or the officer who holds the case may hand it over.",
    "handover_no_user": "No active officer or supervisor with that call sign: %1",
    "handover_same": "The case is already held by %1",
    # app/domain/changes.py, authors.py, sealing.py: why a change or a seal is refused
    "set_by_vault": "%1 is set by the vault and cannot be changed",
    "decision_own_name": "a decision is recorded in the name of its user",
    "examiner_own_exams": "An examiner may only record and change their own polygraph exams.",
    "amendment_own_name": "an amendment is made in the name of the user who makes it",
    "amend_only_sealer": "Only the user who sealed %1 (or a supervisor) may amend it.",
    "amend_only_examiner": "Only the examiner who sealed a polygraph exam may amend it.",
    "waiver_needs": "a waiver needs your call sign and a reason",
    "not_a_user": "%1: %2 is not a user of this vault",
    "no_longer_user": "%1: %2 is no longer a user of this vault",
    "wrong_role": "%1: %2 does not have the role for it (%3)",
    "external_sealer": "The %1 (%2) is an external name: choose a user of this vault first.",
    "author_seals.interview": "Only its author (%1) can seal an interview.",
    "author_seals.check": "Only its author (%1) can seal a check.",
    "author_seals.exam": "Only its author (%1) can seal a polygraph exam.",
    "author_seals.decision": "Only its author (%1) can seal the decision.",
    "sealed_not_removed": "%1 is sealed and cannot be removed",
    "seal_unchangeable": "the seal of %1 cannot be changed",
    "amendments_unchangeable": "the amendments of %1 cannot be changed",
    "one_amendment": "%1 is sealed: a change needs exactly one new amendment with a reason",
    "amendment_reason": "the amendment of %1 needs a reason of at least %2 characters",
    "amendment_original": "the amendment of %1 must keep the original record",
    "seal_needs_passphrase": "%1 can only be sealed with its author's passphrase",
    "not_sealed_no_amendments": "%1 is not sealed: it has no amendments to change",
    "attested_by_hq": "%1 can only be attested by HQ's import of a signed bundle",
    # app/vault
    "wrong_login": "Wrong call sign or passphrase.",
    "attempts_left": "Wrong call sign or passphrase. %1 attempt(s) left before this vault is erased.",
    "wiped": "Wrong call sign or passphrase. After %1 failed attempts the vault has been erased, as its wipe policy requires.",
    "too_many_attempts": "Too many failed attempts: try again in %1 s.",
    "busy": "The vault is open in another window.",
    "lock_not_a_file": "The vault's lock file (vault.lock) has been replaced by a folder or a link; remove it and try again, and tell HQ if you did not do this.",
    "read_only": "The vault folder cannot be written (read-only or no permission); nothing was changed.",
    "no_vault_init": "No vault at that location. Create one with `dossier init`.",
    "no_vault_wipe": "No vault at that location; nothing was erased.",
    "keyfile_damaged": "The vault's key file is damaged or has been altered; restore it from a backup.",
    "keyfile_missing": "The vault's key file is missing; restore it from a backup.",
    "db_damaged": "The vault database is damaged or has been altered (a page failed its check). Nothing more was written. Run `dossier check`, restore from a backup and tell HQ.",
    "locked": "The vault is locked; unlock it and try again.",
    "no_case": "No case with that number.",
    "several_cases": "Several cases had that number; name one of: %1",
    "case_deleted": "This case was deleted: %1",
    "max_users": "A vault holds at most %1 users.",
    "wipe_range": "Erase after 3 to %1 failed attempts, or 0 for never.",
    "rekey_waiting": "These users must log in once before the data key can be changed (their key slots are from an older version): %1.",
    "rekey_check_failed": "The re-encrypted copy failed its check; the data key was not changed.",
    "demo_not_enrolled": "A demo vault cannot be enrolled with HQ.",
    "no_user": "No such user.",
    "no_active_user": "No active user with that call sign.",
    "user_exists": "A user with that call sign already exists.",
    "last_supervisor_role": "The last supervisor cannot lose the role.",
    "last_supervisor_removed": "The last supervisor cannot be removed.",
    "callsign_format": "A call sign is 2-32 letters, digits, '-' or '_', with no spaces.",
    **NOTICES,  # app.domain.msg_notices: start-up, unlock, pipeline, export and file-limit sentences
    **HANDOVER,  # app.domain.msg_handover: a case handed to another post through HQ
}

# a record by name, inside a sentence (app.domain.sealing.name); capitalised at the start of one
WHAT = {
    "interview": "interview %1",
    "check": "check %1",
    "exam": "polygraph exam %1",
    "decision": "the decision",
}
WHAT_FIRST = {k: v[0].upper() + v[1:] for k, v in WHAT.items()}

# polygraph scoring (app/domain/decision_rules.py, polygraph.py, rulesets.py): a computed result's
# reason, why an exam was not scored, the warnings about its rule, and two exams compared
POLYGRAPH = {
    "total_di": "grand total %1 ≤ %2",
    "total_ndi": "grand total %1 ≥ %2",
    "lowest_subtotal_di": "lowest subtotal %1 %2 ≤ %3",
    "total_between": "grand total %1 between the cutscores",
    "total_between_no_subtotal": "grand total %1 between the cutscores and no subtotal decides",
    "total_ndi_but_subtotal": "grand total %1 ≥ %2 but subtotal %3 is %4",
    "every_subtotal_ndi": "every subtotal ≥ %1",
    "subtotals_between": "subtotals between the cutscores",
    "subtotal_is": "subtotal %1 is %2",
    "charts_range": "%1 charts: the process needs %2 to %3",
    "no_relevant": "no relevant questions",
    "scores_missing": "%1 score(s) missing, first: chart %2, %3, %4",
    "score_outside": "chart %1, %2, %3: %4 is outside %5..%6",
    "not_computed": "not computed: %1",
    "unknown_rule": "scored with an unknown rule: the stored cutscores are not one the vault knows, so the stated result needs review",
    "unknown_rule_seal": "the decision rule is not one this vault knows: choose one of its rules (the exam is scored again) before sealing",
    "rule_not_for_method": "the decision rule is not for this scoring method",
    "rule_misfit_multi": "the decision rule does not fit the format: a multi-issue rule on a single-issue exam",
    "rule_misfit_single": "the decision rule does not fit the format: a single-issue rule on a multi-issue exam",
    "results_differ": "results differ (%1 / %2)",
    "exam_is": "exam %1 is %2",
    "same_examiner": "exams %1 and %2 were given by the same examiner",
    "same_day": "exams %1 and %2 were held on the same day",
}
CHANNELS = {"pneumo": "pneumo", "eda": "eda", "cardio": "cardio"}  # a channel as the scoring reports name it
