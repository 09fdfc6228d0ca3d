"""The message catalogue below the UI: every closed vocabulary and every sentence the lower
layers hand to a person, by code, in English, with its translation context.

Lower layers carry codes (a flag's code and args, an audit action, an enum value, a rule's
name) or a `Message(code, params)`; the desktop translates them through Qt
(app/ui/catalogue.py is the table lupdate reads, generated from this file by
`python -m app.casefile.words`), the printouts through app.casefile.words (the same
translations, read from the .ts file). One English source per string: this file.
Templates use %1, %2, … for their parameters, as Qt does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.domain.msg_audit import AUDIT, SETTINGS
from app.domain.msg_errors import CHANNELS, ERRORS, POLYGRAPH, WHAT, WHAT_FIRST
from app.domain.msg_hq import HQ
from app.domain.msg_verify import CHECK_NAMES, FAILED, VERIFY
from app.domain.msg_versions import FIELD_NAMES, KINDS, SECTIONS, WORDS


@dataclass(frozen=True)
class Message:
    code: str
    params: tuple[str, ...] = ()

    def english(self) -> str:
        if self.code == LIST:
            return "; ".join(self.params)
        return fill(TEXT[self.code][1], self.params)


LIST = "list"  # a '; '-joined list of phrases, each keeping its own code (`joined`)


def joined(items: list[str] | tuple[str, ...]) -> Text:
    """Phrases joined with '; ' (the English), each translated on its own."""
    kept = tuple(p if isinstance(p, Text) else str(p) for p in items)
    return Text("; ".join(kept), Message(LIST, kept))


def text(code: str, *params: object) -> Text:
    """The English sentence of `code` with its parameters, carrying its code. A parameter that is a
    `Text` (a coded phrase, such as a record's name) keeps its own code and is translated in turn."""
    kept = tuple(p if isinstance(p, Text) else str(p) for p in params)
    return Text(fill(TEXT[code][1], kept), Message(code, kept))


class Text(str):
    """An English sentence (for the CLI, logs and tests, as any str) that also carries its message code:
    a lower layer raises `DossierError(Text(...))` and the desktop translates it by code, never by
    matching the English (app.ui.messages.tr_message)."""

    message: Message

    def __new__(cls, english: str, message: Message) -> Text:
        out = super().__new__(cls, english)
        out.message = message
        return out

    def __reduce__(self) -> tuple[object, ...]:  # stays a Text across a pickle (worker processes)
        return (Text, (str(self), self.message))


STORED_KEY = "msg"  # an audit detail stored coded: {"msg": code, "params": [...]} (`stored`)
_STORED_PREFIX = '{"' + STORED_KEY + '":'


def stored(detail: str) -> str:
    """An audit detail as the log keeps it: a coded sentence (a `Text`) as JSON, its code and its
    parameters (a coded parameter nested the same way), so each reader sees it in their own language
    (`from_stored`); plain text (a number, a call sign) as it is. The chain's MAC covers the stored
    string, so rows written before details were coded hash exactly as they did."""
    if isinstance(detail, Text):
        return json.dumps(_encode(detail.message), ensure_ascii=False, separators=(",", ":"))
    return str(detail)


def _encode(m: Message) -> dict[str, object]:
    return {STORED_KEY: m.code, "params": [_encode(p.message) if isinstance(p, Text) else str(p) for p in m.params]}


def from_stored(detail: str) -> str:
    """An audit detail as read back: a `Text` (its English, carrying its code) when it was stored coded;
    anything else — an older row's plain English, a number, a call sign — exactly as stored."""
    if not detail.startswith(_STORED_PREFIX):
        return detail
    try:
        return _decode(json.loads(detail), 0)
    except (ValueError, KeyError, TypeError, IndexError, RecursionError):
        return detail


def readable(detail: str) -> str:
    """An audit detail as a person reads it: a coded one as its `Text`; a deleted case's tombstone
    (JSON: case_id, former, outcome, reason; app.vault.guard.lifecycle) as a sentence, never its keys;
    anything else as stored. Display only: `dossier audit list --json` keeps the stored detail."""
    coded = detail if isinstance(detail, Text) else from_stored(str(detail))
    if isinstance(coded, Text) or not coded.startswith('{"case_id":'):
        return coded
    try:
        tomb = json.loads(coded)
        case_id, outcome = str(tomb["case_id"]), str(tomb.get("outcome") or "")
        reason = from_stored(str(tomb["reason"]))
    except (ValueError, KeyError, TypeError, RecursionError):
        return coded
    if f"label.{outcome}" in TEXT:
        return text("audit.tombstone", case_id, text(f"label.{outcome}"), reason)
    return text("audit.tombstone_undecided", case_id, reason)


def _decode(obj: object, depth: int) -> Text:
    if not isinstance(obj, dict) or depth > 4:
        raise ValueError("not a coded detail")
    code, params = obj[STORED_KEY], obj["params"]
    if not isinstance(code, str) or (code not in TEXT and code != LIST) or not isinstance(params, list):
        raise ValueError("not a coded detail")
    kept = [_decode(p, depth + 1) if isinstance(p, dict) else str(p) for p in params]
    return joined(kept) if code == LIST else text(code, *kept)


def fill(template: str, params: tuple[str, ...] | list[str]) -> str:
    """Put the parameters in for %1, %2, … (from the highest number down, so %1 never eats %10)."""
    for i in range(len(params), 0, -1):
        template = template.replace(f"%{i}", str(params[i - 1]))
    return template


FLAGS = {  # app.domain.flags codes
    "polygraph_di": "Polygraph exam %1 indicates deception: a trigger for follow-up investigation, not a verdict.",
    "polygraph_inc": "Polygraph exam %1 result is %2.",
    "polygraph_no": "Polygraph exam %1 result is %2.",
    "polygraph_pnc": "Polygraph exam %1 result is %2.",
    "polygraph_disagreement": "Exam %1: the scores give %2 but the examiner stated %3.",
    "polygraph_discordance": "Polygraph exams %1 and %2 disagree (%3): exam %4 or further investigation.",
    "polygraph_pair_differs": "Polygraph exams %1 and %2 disagree (%3).",
    "polygraph_not_independent": "Polygraph exams are not independent: %1.",
    "polygraph_unknown_rule": "Exam %1 was scored with an unknown rule: its stated result (%2) needs review.",
    "polygraph_rule_misfit": "Exam %1: the decision rule does not fit the exam's format.",
    "check_adverse": "The %1 check is adverse.",
    "check_inconclusive": "The %1 check is inconclusive.",
    "interview_not_credible": "Interview %1 was assessed not credible.",
    "interview_doubtful": "Interview %1 was assessed doubtful.",
    "russian_services_contact": "The applicant reports contact with Russian services.",
    "relatives_hostile_territory": "Relatives live in hostile or occupied territory: a coercion risk.",
    "inconsistency": "The %1 given in interview %2 differs from the application.",
    "overdue": "The %1 step is open %2 days after the application (due within %3).",
    "likely_duplicate": "Likely the same person as %1 (score %2: %3).",
    "possible_duplicate": "Possibly the same person as %1 (score %2: %3).",
    "watchlist_hit": "Matches watchlist entry %1 (score %2: %3).",
    "watchlist_possible": "May match watchlist entry %1 (score %2: %3).",
    "merged_case": "Case %1 was merged into this case.",
    "merged_into": "Merged into case %1.",
    "handed_to_post": "Handed over to %1 (%2) through HQ on %3: read-only here.",
}
MERGED_PREFIX = "In merged case %1: %2"
FLAGS_WITH_REASONS = ("likely_duplicate", "possible_duplicate", "watchlist_hit", "watchlist_possible")

FLAG_NAMES = {  # a flag in a few words (the list's tooltip)
    "polygraph_di": "polygraph: deception indicated",
    "polygraph_inc": "polygraph: inconclusive",
    "polygraph_no": "polygraph: no opinion",
    "polygraph_pnc": "polygraph: purposeful non-cooperation",
    "polygraph_disagreement": "examiner's result differs from the scores",
    "polygraph_discordance": "the two polygraph exams disagree",
    "polygraph_not_independent": "the two exams are not independent",
    "check_adverse": "adverse background check",
    "check_inconclusive": "inconclusive background check",
    "interview_not_credible": "interview not credible",
    "interview_doubtful": "interview doubtful",
    "russian_services_contact": "contact with Russian services",
    "relatives_hostile_territory": "relatives in hostile territory",
    "inconsistency": "interview differs from the application",
    "overdue": "a step is overdue",
    "possible_duplicate": "possible duplicate",
    "watchlist_hit": "watchlist match",
    "handed_to_post": "handed over to another post (read-only)",
}

SEVERITIES = {"red": "red", "amber": "amber", "info": "info"}

ACTIONS = {  # audit log actions (app.vault.audit), as a person reads them; a new action needs a line here
    "create": "created",
    "view": "opened",
    "update": "saved",
    "decision": "decision recorded",
    "sealed": "sealed",
    "print": "printed",
    "attachment_added": "attachment added",
    "exported": "sent to HQ",
    "casefile_signed": "case file signed",
    "imported": "imported at HQ",
    "duplicate_distinct": "marked not a duplicate",
    "duplicate_merged": "merged as a duplicate",
    "delete": "deleted",
    # vault-wide actions (the audit viewer)
    "backup": "backup made",
    "bundle_repeat": "bundle sent again",
    "crl_installed": "revocation list installed",
    "enrolled": "enrolled with HQ",
    "failed_unlock": "failed unlock",
    "hq_switched": "HQ changed",
    "identity_created": "vault identity created",
    "login": "unlocked",
    "passphrase_changed": "passphrase changed",
    "policy_changed": "vault policy changed",
    "rekey": "data key changed",
    "role_changed": "role changed",
    "setting_changed": "setting changed",
    "signing_refused": "signing refused",
    "station_assigned": "station code assigned",
    "transfer_recorded": "transfer recorded",
    "transfer_signed": "transfer signed",
    "update_installed": "update package installed",
    "user_added": "user added",
    "user_removed": "user removed",
    "watchlist_imported": "watchlist imported",
    # the end of a case (issue 20)
    "deleted": "deleted",
    "retention_set": "retention policy set",
    "retention_run": "retention applied",
    "handed_over": "handed over",
    "handed_to_post": "handed over to another post",
    "case_reissued": "case re-issued to another post",
    "deletion_notice": "deletion notice written",
    "deletion_received": "deletion notice recorded",
    "bundle_deleted": "bundle of a deleted case refused",
    # a bundle HQ refuses or keeps aside (app.vault.receiving: "bundle_" + the outcome)
    "bundle_conflict": "bundle refused: the same export number with other content",
    "bundle_order": "bundle kept aside: signed out of order",
    "bundle_owner": "bundle refused: not signed by the case's officer",
    "bundle_origin": "bundle refused: sent from another laptop",
    "bundle_stale": "older bundle kept, not made current",
    # the start-up checks' warnings (app.vault.startup_checks), a vault's creation, restore and recovery
    "tamper_detected": "tampering detected",
    "integrity_warning": "changes missing",
    "clock_skew": "clock wrong",
    "certificate_warning": "certificate warning",
    "receipts_overdue": "receipts from HQ overdue",
    "vault_created": "vault created",
    "restore": "restored from a backup",
    "recovered_by_hq": "access recovered by HQ",
    # HQ's decisions and requests (issue 21)
    "hq_decision": "HQ decision or request recorded",
    "hq_decision_received": "HQ decision or request received",
}

LABELS = {  # every enum of app.domain.enums by its stored value
    "serving_soldier": "serving soldier", "prisoner_of_war": "prisoner of war", "civilian": "civilian",
    "application": "application", "interview": "interview", "checks": "background checks",
    "polygraph": "polygraph", "decision": "decision", "sent_to_hq": "sent to HQ", "closed": "closed",
    "credible": "credible", "doubtful": "doubtful", "not_credible": "not credible",
    "security_service": "security service records", "counter_intelligence": "counter-intelligence",
    "document_verification": "document verification", "open_sources": "open sources", "watchlist": "watchlist",
    "pending": "pending", "no_record": "no record", "adverse": "adverse", "inconclusive": "inconclusive",
    "relevant": "relevant", "comparison": "comparison", "irrelevant": "irrelevant", "symptomatic": "symptomatic",
    "sacrifice": "sacrifice relevant",
    "accept": "accept", "reject": "reject", "defer": "defer", "refer": "refer",
    "officer": "officer", "examiner": "examiner", "supervisor": "supervisor",
    "other": "other",
    "passport": "passport", "internal_passport": "internal passport", "military_id": "military ID",
    "birth_certificate": "birth certificate", "yes": "yes", "no": "no",
    "pneumo": "pneumo", "eda": "EDA", "cardio": "cardio",
}

FIELDS = {  # record fields (amendments, flag evidence)
    "interviewer": "interviewer",
    "place": "place",
    "interpreter": "interpreter",
    "assessment": "assessment",
    "red_flags": "red flags",
    "notes": "notes",
    "answers": "answers",
    "started_at": "started",
    "ended_at": "ended",
    "kind": "check",
    "requested_on": "requested on",
    "requested_by": "requested by",
    "reference": "reference",
    "result": "result",
    "summary": "summary",
    "examiner": "examiner",
    "held_on": "held on",
    "questions": "questions",
    "scores": "scores",
    "charts": "charts",
    "method": "scoring method",
    "rule": "decision rule",
    "admissions": "admissions",
    "pretest_notes": "pre-test notes",
    "posttest_notes": "post-test notes",
    "outcome": "outcome",
    "reason_code": "reason code",
    "rationale": "rationale",
    "approved_by": "approved by",
    "decided_by": "decided by",
    "decided_at": "decided at",
    "format": "format",
    "received_on": "received on",
}

RULES = {  # decision rules by name (the rules file's label is the English fallback)
    "federal_grand_total": "Federal grand total (single issue)",
    "federal_grand_total_3pos": "Grand total, 3-position (single issue)",
    "krapohl_2005": "Krapohl asymmetric two-stage (single issue)",
    "federal_spot": "Subtotal (spot) rule, 7-position (multi-issue screening)",
    "ess_single_issue": "ESS single issue (two-stage)",
    "ess_multi_issue": "ESS multi-issue (subtotal)",
}

REFUSALS = {  # app.domain.roles.refusal: %1 is one or more role actions ("; "-joined)
    "officer": "An officer may not %1.",
    "examiner": "An examiner may not %1.",
    "supervisor": "A supervisor may not %1.",
}

RECORDS = {  # one line per record of a merged case (app.vault.vetting.merged_records)
    "record.application": "application received %1",
    "record.interview": "interview %1: %2, %3",
    "record.check": "check %1: %2, %3",
    "record.exam": "polygraph exam %1: %2",
    "record.decision": "decision: %1",
    "record.not_assessed": "not assessed",
    "record.no_result": "no result",
}

# code -> (translation context, English); the contexts are those the .ts already uses
TEXT: dict[str, tuple[str, str]] = {
    **{f"flag.{k}": ("Flags", v) for k, v in FLAGS.items()},
    "flag.merged_prefix": ("Flags", MERGED_PREFIX),
    **{f"flagname.{k}": ("FlagNames", v) for k, v in FLAG_NAMES.items()},
    **{f"severity.{k}": ("Severity", v) for k, v in SEVERITIES.items()},
    **{f"action.{k}": ("History", v) for k, v in ACTIONS.items()},
    **{f"label.{k}": ("Labels", v) for k, v in LABELS.items()},
    **{f"rule.{k}": ("Rules", v) for k, v in RULES.items()},
    **{f"field.{k}": ("Labels", v) for k, v in FIELDS.items()},
    "step.polygraph": ("Words", "polygraph %1"),
    # a form template's own text (a field's label, a constraint's message), which carries its languages:
    # %1 is its English, %2 its Ukrainian, and the Ukrainian translation of "%1" is "%2" (forms.own_text)
    "form.label": ("FormText", "%1"),  # a pipeline step in a flag (the overdue polygraph 3)
    **{k: ("Records", v) for k, v in RECORDS.items()},
    **{f"refusal.{k}": ("Messages", v) for k, v in REFUSALS.items()},
    **{f"err.{k}": ("Errors", v) for k, v in ERRORS.items()},
    **{f"poly.{k}": ("Polygraph", v) for k, v in POLYGRAPH.items()},
    **{f"channel.{k}": ("Polygraph", v) for k, v in CHANNELS.items()},
    **{f"check.{k}": ("Verify", v) for k, v in CHECK_NAMES.items()},
    **{f"verify.{k}": ("Verify", v) for k, v in VERIFY.items()},
    **{f"failed.{k}": ("Verify", v) for k, v in FAILED.items()},
    **{f"audit.{k}": ("AuditDetails", v) for k, v in AUDIT.items()},  # not History: its templates match parts
    **{f"setting.{k}": ("AuditDetails", v) for k, v in SETTINGS.items()},
    **{f"what.{k}": ("Words", v) for k, v in WHAT.items()},
    **{f"what_first.{k}": ("Words", v) for k, v in WHAT_FIRST.items()},
    **{f"versions.section.{k}": ("Versions", v) for k, v in SECTIONS.items()},
    **{f"versions.kind.{k}": ("Versions", v) for k, v in KINDS.items()},
    **{f"versions.field.{k}": ("Versions", v) for k, v in FIELD_NAMES.items()},
    **{f"versions.{k}": ("Versions", v) for k, v in WORDS.items()},
    **{f"hq.{k}": ("HqDecisions", v) for k, v in HQ.items()},
}

# issue 21: every flag kind in a few words (the statistics count flags by kind; appended)
MORE_FLAG_NAMES = {
    "likely_duplicate": "likely duplicate",
    "watchlist_possible": "possible watchlist match",
    "polygraph_pair_differs": "two polygraph exams disagree",
    "polygraph_unknown_rule": "exam scored with an unknown rule",
    "polygraph_rule_misfit": "decision rule does not fit the exam",
    "merged_case": "another case was merged into this one",
    "merged_into": "merged into another case",
}
FLAG_NAMES.update({k: v for k, v in MORE_FLAG_NAMES.items() if k not in FLAG_NAMES})
TEXT.update({f"flagname.{k}": ("FlagNames", v) for k, v in MORE_FLAG_NAMES.items() if f"flagname.{k}" not in TEXT})
