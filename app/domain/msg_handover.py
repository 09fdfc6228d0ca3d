"""The sentences of a hand-over to another post through HQ (issue 20: app/casefile/handover.py,
reissue.py, app/vault/guard/handover.py), by code: merged into msg_errors.ERRORS (context "Errors",
codes "err.<key>")."""

# ruff: noqa: E501
from __future__ import annotations

HANDOVER = {
    "handover_post_supervisor": "Only a supervisor whose certificate from HQ says supervisor can hand a case to another post; ask HQ to make the transfer.",
    "handover_post_not_enrolled": "This vault is not enrolled with HQ, so it cannot hand a case to another post. Enrol it first.",
    "handover_post_same": "Post %1 is this post: hand the case over inside the vault instead (Hand over case…).",
    "handed_away": "Case %1 was handed over to %2 (%3) through HQ on %4: it is read-only here.",
    "reissue_not_ours": "That is not a case HQ re-issued to this post, or it is damaged or truncated; nothing was installed.",
    "reissue_not_hq": "The re-issued case is not signed by your HQ's certificate authority; nothing was installed.",
    "reissue_damaged": "The re-issued case is damaged (%1); nothing was installed.",
    "reissue_case_failed": "The case inside the hand-over failed its check at %1 (%2); nothing was installed.",
    "reissue_other_officer": "HQ re-issued this case to %1 (%2), not to you (%3, %4); nothing was installed.",
    "reissue_other_certificate": "HQ re-issued this case to certificate %1 of %2, but your enrolment on this vault is certificate %3; nothing was installed. Ask HQ to re-issue it to your current enrolment.",
    "reissue_replayed": "This hand-over (%1) was already installed on %2: a copy cannot bring the case back; nothing changed.",
    "reissue_case_here": "Case %1 is already in this vault; nothing was installed.",
    "reissue_no_officer": "HQ has no active enrolment of %1 at post %2: enrol the officer first.",
    "reissue_no_transfer": "No transfer of case %1 to another officer is on record: record one first (dossier hq transfer).",
    "reissue_no_version": "HQ holds no imported version of case %1: import its bundle first.",
    "reissue_same_post": "The transfer of case %1 stays at post %2: HQ re-issues only to another post.",
}
