"""The sentences the vault, the start-up checks, the pipeline, exports and file parsing hand to a
person, by code (merged into app.domain.msg_errors.ERRORS as `err.<code>`, context "Errors").

The English here is the one source (the CLI prints it, tests assert it); the desktop and the
printouts translate by code. %1, %2, … stand for the parameters, as in Qt.
"""

# ruff: noqa: E501
from __future__ import annotations

MISSING = {  # app/domain/workflow.py: what a pipeline step still lacks
    "missing_application": "written application text",
    "missing_interview": "at least one interview",
    "missing_sealed_interview": "at least one sealed interview",
    "missing_check": "at least one background check",
    "check_pending": "%1 check is pending",
    "missing_decision": "a recorded decision",
    "missing_sent": "case file sent to HQ",
    "exam_not_recorded": "polygraph exam %1 not recorded",
    "exam_no_result": "polygraph exam %1 has no result",
    "exam_not_sealed": "polygraph exam %1 is not sealed",
}

UNLOCK = {  # app/vault/attempts.py, keyslots.py, commitmark.py: the unlock screen and start-up tamper notices
    "counter_file_deleted": "The failed-unlock counter file was deleted.",
    "counter_file_damaged": "The failed-unlock counter file was damaged or edited.",
    "counter_set_back": "The failed-unlock counter was set back.",
    "counter_edited": "The failed-unlock counter was edited.",
    "counter_damaged": "The failed-unlock counter was damaged or edited.",
    "keyfile_copies": "The key file's two copies do not match.",
    "commit_mark_damaged": "The vault's commit mark is damaged or was altered.",
    "commit_mark_missing": "The vault's commit mark is missing.",
    "commits_missing": "%1 committed change(s) are missing: the database log was damaged, or the database was replaced by an older copy.",
}

STARTUP = {  # app/vault/startup_checks.py, certstatus.py, connection.py, rekey.py, app/errors.py
    "wipe_policy_restored": "The wipe policy in the key file had been changed; the vault's setting was put back.",
    "keyfile_older": "The key file is older than the vault's record of it: an earlier copy of it was put back.",
    "rekey_due": "A removed user's key slot still opened this vault's data key: change the data key now (Administration > Users > Change the data key, or `dossier rekey`).",
    "rekey_advised": "This vault's key file was converted from an older version, which may have left copies of it on the disk: change the data key (`dossier rekey`) so they open nothing.",
    "disk_full_notice": "The disk is full: you can read and back up to another drive, but new work cannot be saved until space is freed.",
    "weak_slot": "Your key slot uses weaker key-derivation settings than this version requires: change your passphrase to strengthen it.",
    "clock_behind": "This computer's clock (%1 UTC) is earlier than the vault's last recorded action (%2 UTC). Set the correct date and time: records made now will carry a wrong time.",
    "clock_ahead": "This computer's clock (%1 UTC) is more than a year after the vault's last recorded action (%2). Check the date and time.",
    "cert_revoked": "HQ has revoked your certificate (since %1). This laptop will not sign case files or send them to HQ. Contact HQ.",
    "cert_expired": "Your certificate expired on %1. This laptop will not sign case files or send them to HQ until HQ enrols you again.",
    "cert_expiring": "Your certificate expires on %1. Ask HQ to enrol you again before then.",
    "receipts_overdue": "%1 case(s) written to a stick at least %2 days ago have no receipt from HQ. Check that the stick reached HQ.",
    "disk_full": "The disk is full: nothing was saved. Free some space (or back up to another drive) and try again.",
    "disk_error": "The disk reported an error: the change was not saved. Check the drive, then run `dossier check`.",
    "vault_busy": "The vault is busy in another window; try again.",
    "rekey_cancelled": "The data key was not changed (cancelled); nothing else changed.",
}

MEDIA = {  # app/casefile/export.py, media.py: the destination of an export or a backup
    "dest_not_mounted": "The destination folder does not exist (is the stick mounted?).",
    "dest_gone": "The destination folder is gone: was the stick removed?",
    "dest_full": "The destination is full. Nothing was left on it.",
    "dest_failed": "The destination disappeared or failed while writing (was the stick removed?). Nothing was kept.",
    "dest_read_only": "The destination is read-only or not writable.",
    "dest_read_back": "The file read back from the destination differs from what was written; the stick may be failing. It was removed.",
    "dest_no_space": "Not enough space on the destination: %1 free, %2 needed. Nothing was written.",
    "dest_unreadable": "Cannot read the destination: %1.",
    "dest_write_failed": "Writing to the destination failed: %1.",
    "dest_exists": "%1 already exists on the destination; nothing was overwritten.",
    # what the system said (app.errors.os_reason): a phrase inside the sentences above
    "os_full": "the drive is full",
    "os_read_only": "the drive is read-only",
    "os_permission": "no permission",
    "os_gone": "the drive was removed or failed",
    "os_name": "the drive does not accept that file name",
    "os_other": "the system reported error %1",
}

LIMITS = {  # app/domain/safejson.py, forms.py, interchange.py, passphrase.py
    "json_the_file": "The file",
    "json_the_manifest": "The manifest",  # the subjects a caller names (safejson.loads(what=…))
    "json_case_json": "case.json",
    "json_deletion_notice": "The deletion notice",
    "json_transfer": "The transfer",
    "json_too_large": "%1 is too large (%2 bytes; the limit is %3).",
    "json_too_deep": "%1 is nested too deeply (the limit is %2 levels).",
    "json_invalid_at": "%1 is not valid JSON (line %2, column %3).",
    "json_invalid": "%1 is not valid JSON.",
    "json_duplicate_key": "The JSON has the same key twice in one object.",
    "json_nan": "The JSON holds NaN or Infinity, which are not allowed.",
    "fields_over_limits": "The dossier has %1 field(s) over their limits or out of range.",
    "at_most_chars": "At most %1 characters.",
    "passphrase_weak": "Passphrase too weak: %1",
}

CONTENT = {  # app/domain/content.py, rulesets.py: a form template or rule set HQ sends in an update package
    "content_form_mismatch": "Form file %1.json does not hold template %2 v%3.",
    "content_unknown": "Unknown content %1/%2.",
    "content_polygraph": "polygraph rule set",
    "content_workflow": "workflow rule set",
    "content_too_deep": "The %1 is not valid (nested too deeply).",
    "content_invalid_at": "The %1 is not valid at %2.",
    "content_invalid": "The %1 is not valid: %2.",
    "content_charts": "charts min is above max",
    "rules_method_rule": "method %1 names an unknown rule",
    "rules_no_cutscore": "rule %1 has no %2 cutscore",
    "rules_rule_method": "rule %1 names an unknown method",
    "rules_essm": "rule %1 names an ESS-M table or parameter that does not exist",
    "rules_format": "format %1 names an unknown rule or method",
}

FORMS = {  # app/domain/forms.py, completeness.py: an interview form's answers, and what a record lacks to be sealed
    "form_required": "This field is required.",
    "form_choice": "Not one of the listed choices.",
    "form_scale": "Choose %1 to %2.",
    "form_date": "Use a date as YYYY-MM-DD.",
    "form_not_allowed": "Not allowed.",
    "form_problem": "%1: %2",  # a field's label (msg.text("form.label", …)) and its problem
    "assessment_missing": "the interviewer's assessment is missing",
    "exam_result_missing": "the examiner's result is missing",
    "result_pending": "the result is still pending",
    "no_outcome": "no outcome",
}

BACKUP = {  # app/vault/backup.py, audit.py: backups, restores and the audit chain's verification
    "backup_copy_bad": "The backup copy failed its integrity check.",
    "backup_chain_bad": "The backup's audit log does not verify: %1.",
    "backup_exists": "That backup file already exists; choose a new name.",
    "not_a_backup_altered": "This is not a Field Dossier backup, or it has been altered.",
    "backup_too_large": "This backup is larger than any vault could be.",
    "backup_unknown_version": "This backup was made by an unknown version.",
    "backup_damaged": "The backup is damaged or has been altered.",
    "not_a_backup_damaged": "This is not a Field Dossier backup, or it is damaged.",
    "restore_over_vault": "A vault already exists there; restore refuses to overwrite it.",
    "backup_not_found": "The backup file was not found.",
    "backup_not_written": "The backup was not written: %1.",
    "restore_not_written": "The restored vault was not written: %1.",
    "upgrade_copy_not_written": "The copy before the upgrade was not written: %1.",
    "chain_missing": "entry %1 is missing",
    "chain_broken_link": "entry %1 does not follow entry %2",
    "chain_altered": "entry %1 has been altered",
}

FIELD = {  # app/vault, app/domain, app/casefile: the remaining refusals a person reads (issue 17)
    "lock_unreadable": "Cannot open the vault's lock file: %1.",
    "crl_damaged": "The revocation list is damaged.",
    "crl_not_hq": "The revocation list is not signed by HQ.",
    "db_missing": "The vault database is missing; restore it from a backup.",
    "attachment_hash": "An attachment's content does not match its recorded SHA-256.",
    "no_recovery_slot": "This vault has no HQ recovery slot (it was enrolled without one).",
    "recovery_not_this_hq": "The recovery slot is not sealed to this HQ, or it is damaged.",
    "recovery_damaged": "The recovery slot is damaged.",
    "recovery_other_vault": "The recovery slot belongs to another vault.",
    "package_not_newer": "This update package is not newer than the one installed; nothing changed.",
    "no_version": "No such version of that case.",
    "stored_record_bad": "A stored record does not match the dossier format.",
    "stored_exam_bad": "A stored polygraph exam does not match the dossier format.",
    "post_needed": "A post code is needed.",
    "vault_exists": "A vault already exists there; it was not touched.",
    "folder_not_empty": "That folder is not empty; choose an empty or new folder.",
    "no_vault": "No vault at that location.",
    "recovery_wrong_db": "The recovery slot does not open this vault's database.",
    "vault_newer": "This vault was made by a newer version of Field Dossier; update the app.",
    "search_too_long": "Search text is too long (over %1 characters).",
    "search_quote": "Unbalanced quote in search text.",
    "search_star": "'*' may only end a word, as in ivan*.",
    "search_prefix": "Type at least %1 letters before '*'.",
    "search_empty": "Type a name, case number, document number or words to search for.",
    "search_terms": "Use at most %1 words in one search.",
    "post_code_format": "The post code must be 2-8 Latin letters or digits, starting with a letter",
    "stations_used": "This post has used every station code; open a second post code.",
    "document_problems": "The dossier document has %1 problem(s).",
    "attachment_no_name": "The attachment needs a file name.",
    "attachment_empty": "The file is empty.",
    "not_retention": "This is not a retention policy (field-dossier/retention/1).",
    "retention_outcome": "The retention policy names an unknown outcome.",
    "retention_months": "Retention months must be whole numbers from 1 to 600.",
    "not_recipient": "That is not an age recipient (age1…).",
    "not_enrolled_no_key": "This vault is not enrolled with HQ, so it has no HQ key to encrypt to. Enrol it (dossier enroll FILE), or give HQ's recipient.txt with --recipient-file.",
    "enrolment_unwritable": "Cannot write the enrolment file: %1.",
    "enrolment_unreadable": "Cannot read the enrolment file: %1.",
    "enrolment_too_large": "That is not an enrolment file (too large).",
    "enrolment_passphrase": "Wrong one-time passphrase, or the enrolment file is damaged.",
    "enrolment_damaged": "The enrolment file is damaged.",
    "machine_busy": "This computer is too busy right now to open the file (it asks for more work than the computer can do at the moment). Close other programs and try again.",
    "enrolment_incomplete": "The enrolment file is damaged or incomplete.",
    "officer_certificate_is": "The officer certificate is %1.",
    "officer_key_mismatch": "The officer key does not match its certificate.",
    "signing_key_type": "The stored signing key is not an ECDSA key.",
    "certificate_damaged": "A certificate is damaged.",
    "bundle_unreadable": "Cannot read the bundle: %1.",
}

HQ_STORE = {  # app/casefile/hq.py (HQ's key store and certificates), forms.py, watchlist.py
    "hq_store_exists": "An HQ key store already exists there; it was not touched.",
    "hq_no_store": "No HQ key store there; create one with `dossier hq init DIR`.",
    "hq_store_damaged": "The HQ key store is damaged.",
    "hq_passphrase": "Wrong HQ passphrase, or the HQ key store is damaged.",
    "hq_no_serial": "No certificate in force has that serial number.",
    "hq_name_certificate": "Name the certificate: its serial number, or the call sign and the post.",
    "hq_no_certificate": "No certificate in force for that call sign at that post.",
    "hq_not_store": "That folder is not an HQ key store.",
    "form_invalid": "The form template is not valid: %1",
    "form_ids_unique": "The form template is not valid: field ids must be unique",
    "no_form": "No form template %1 version %2.",
    "watchlist_problems": "The watchlist has %1 problem(s).",
}

NOTICES = {**MISSING, **UNLOCK, **STARTUP, **MEDIA, **LIMITS, **CONTENT, **FORMS, **BACKUP, **FIELD, **HQ_STORE}

STATS = {  # app/vault/stats.py, app/cli_stats.py: the statistics filters (issue 21)
    "stats_own_post": "A post's vault holds the figures of its own post (%1) only.",
    "stats_range": "The range starts (%1) after it ends (%2).",
    "stats_date": "Dates are written YYYY-MM-DD (%1).",
}
NOTICES = {**NOTICES, **STATS}

SEALED = {  # app/casefile/sealed.py: transfers, deletion notices, re-issued cases (the reason: os_reason)
    "sealed_cannot_write": "Cannot write %1: %2.",
    "sealed_cannot_read": "Cannot read %1: %2.",
    "sealed_transfer": "the transfer",
    "sealed_deletion": "the deletion notice",
    "sealed_reissue": "the re-issued case",
    "sealed_not_transfer": "That is not a transfer for this HQ, or it is damaged.",
    "sealed_not_deletion": "That is not a deletion notice for this HQ, or it is damaged.",
}
NOTICES = {**NOTICES, **SEALED}

PACKAGE = {  # app/casefile/package.py: building and reading HQ's update packages (issue 17)
    "pkg_receipts_damaged": "The update package's receipts are damaged.",
    "pkg_no_forms": "No form templates (NAME.vN.json) in that folder.",
    "pkg_not_rules": "%1 is not a polygraph or workflow rule set.",
    "pkg_nothing": "Nothing to package: give --watchlist, --forms, --rules or --retention.",
    "pkg_bad_name": "Bad file name in package: %1",
    "pkg_cannot_write": "Cannot write the package: %1.",
    "pkg_cannot_read": "Cannot read the package: %1.",
    "pkg_too_large": "The update package is too large.",
    "pkg_not_ours": "The update package is not from your HQ, or it is damaged or truncated.",
    "pkg_unexpected_file": "The update package contains an unexpected file.",
    "pkg_unsigned": "The update package is unsigned.",
    "pkg_signature": "The update package's signature is not HQ's.",
    "pkg_manifest": "The update package's manifest is damaged.",
    "pkg_hash": "A file in the update package does not match its signed hash.",
    "pkg_not_json": "A file in the update package is not JSON.",
    "pkg_not_enrolled": "This vault is not enrolled with HQ, so it cannot check update packages. Enrol it first.",
    "pkg_not_newer": "This package (number %1) is not newer than the installed one (number %2); nothing changed.",
}
NOTICES = {**NOTICES, **PACKAGE}

HQ_OPS = {  # app/casefile/hq_ops.py: checking a printout against the record, HQ's recovery slot (issue 17)
    "paper_qr_other_case": "The QR code is for case %1, not %2.",
    "paper_give_hash": "Give the SHA-256 printed under the QR code (64 hexadecimal characters) or the QR code's text.",
    "paper_newest": "it is the newest version on record",
    "paper_newer_exists": "a newer version exists: version %1",
    "paper_match_version": "MATCH: the paper is version %1 of %2, signed %3 UTC by %4 (%5), imported %6 UTC; %7.",
    "paper_no_match_versions": "NO MATCH: the paper matches none of the %1 version(s) of %2 on record. Treat the paper as altered or unknown.",
    "paper_case_not_here": "Case %1 is not in this vault.",
    "paper_match_current": "MATCH: the paper shows the current record of %1.",
    "paper_no_match_current": "NO MATCH: the record of %1 has changed since the paper was printed, or the paper was altered.",
    "recovery_slot_empty": "The recovery slot is empty.",
}
NOTICES = {**NOTICES, **HQ_OPS}

FORM_DEF = {  # app/domain/forms.py, essm.py: what is wrong in a form template HQ sent, or an ESS-M table (issue 17)
    # %1 in quotes is a fragment of what the template's author wrote (data: kept verbatim, the quotes translate)
    "expr_cannot_read": "cannot read the expression at '%1'",
    "expr_expected": "expected '%1'",
    "expr_expected_more": "the expression ends too early",
    "expr_unexpected": "unexpected '%1' in the expression",
    "expr_unknown_function": "unknown function '%1()'",
    "expr_too_deep": "nested too deeply",
    "tpl_texts": "%1 must map language codes to text",
    "tpl_text": "%1 must be text",
    "tpl_whole": "%1 must be a whole number",
    "tpl_field_object": "a field must be an object",
    "tpl_unknown_type": "field '%1': unknown type '%2'",
    "tpl_no_type": "field '%1': the type is missing",
    "tpl_choices_list": "field '%1': choices must be a list of objects",
    "tpl_needs_choices": "field '%1': a choice field needs choices",
    "tpl_sections": "a template is an object with a list of sections",
    "tpl_section_fields": "a section is an object with a list of fields",
    "tpl_section_id": "a section id",
    "tpl_section_title": "a section title",
    "tpl_template_id": "the template id",
    "tpl_version": "the version",
    "tpl_title": "the title",
    "tpl_field_id": "a field id",
    "tpl_choice_value": "a choice value",
    "tpl_choice_label": "a choice label",
    "tpl_field_label": "the label of field '%1'",
    "tpl_min": "the lowest value of field '%1'",
    "tpl_max": "the highest value of field '%1'",
    "tpl_constraint": "a constraint",
    "tpl_constraint_message": "a constraint message",
    "tpl_relevant": "a relevance rule",
    "tpl_hint": "a hint",
    "essm_no_table": "no ESS-M table %1",
    "essm_prior_above": "prior %1 is above every prior in %2",
    "essm_alpha_below": "alpha %1 is below .01",
}
NOTICES = {**NOTICES, **FORM_DEF}
