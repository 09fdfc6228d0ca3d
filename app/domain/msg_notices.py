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
}

LIMITS = {  # app/domain/safejson.py, forms.py, interchange.py, passphrase.py
    "json_the_file": "The file",
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

NOTICES = {**MISSING, **UNLOCK, **STARTUP, **MEDIA, **LIMITS}

STATS = {  # app/vault/stats.py, app/cli_stats.py: the statistics filters (issue 21)
    "stats_own_post": "A post's vault holds the figures of its own post (%1) only.",
    "stats_range": "The range starts (%1) after it ends (%2).",
    "stats_date": "Dates are written YYYY-MM-DD (%1).",
}
NOTICES = {**NOTICES, **STATS}
