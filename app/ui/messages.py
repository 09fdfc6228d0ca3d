"""Translate texts that come from the Qt-free layers (domain, vault).

Those layers speak English only; the UI shows their fixed messages through
Qt's translator, with numbers and names put back in.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

FIXED = [
    QT_TRANSLATE_NOOP("Messages", "Wrong call sign or passphrase."),
    QT_TRANSLATE_NOOP("Messages", "The vault is open in another window."),
    QT_TRANSLATE_NOOP("Messages", "No vault at that location. Create one with `dossier init`."),
    QT_TRANSLATE_NOOP("Messages", "written application text"),
    QT_TRANSLATE_NOOP("Messages", "at least one interview"),
    QT_TRANSLATE_NOOP("Messages", "at least one background check"),
    QT_TRANSLATE_NOOP("Messages", "a recorded decision"),
    QT_TRANSLATE_NOOP("Messages", "case file sent to HQ"),
    QT_TRANSLATE_NOOP("Messages", "The vault database is damaged or has been altered (a page failed its check). Nothing more was written. Run `dossier check`, restore from a backup and tell HQ."),
    QT_TRANSLATE_NOOP("Messages", "The disk is full: the change was not saved. Free some space and try again."),
    QT_TRANSLATE_NOOP("Messages", "The disk reported an error: the change was not saved. Check the drive, then run `dossier check`."),
    QT_TRANSLATE_NOOP("Messages", "The vault is busy in another window; try again."),
    QT_TRANSLATE_NOOP("Messages", "The vault is locked; unlock it and try again."),
    QT_TRANSLATE_NOOP("Messages", "No vault at that location; nothing was erased."),
    QT_TRANSLATE_NOOP("Messages", "Erase after 3 to 100 failed attempts, or 0 for never."),
    QT_TRANSLATE_NOOP("Messages", "The failed-unlock counter file was deleted."),
    QT_TRANSLATE_NOOP("Messages", "The failed-unlock counter file was damaged or edited."),
    QT_TRANSLATE_NOOP("Messages", "The failed-unlock counter was set back."),
    QT_TRANSLATE_NOOP("Messages", "The failed-unlock counter was edited."),
    QT_TRANSLATE_NOOP("Messages", "The wipe policy in the key file had been changed; the vault's setting was put back."),
    QT_TRANSLATE_NOOP("Messages", "The vault's commit mark is damaged or was altered."),
    QT_TRANSLATE_NOOP("Messages", "The vault's commit mark is missing."),
    QT_TRANSLATE_NOOP("Messages", "subtotals between the cutscores"),
    QT_TRANSLATE_NOOP("Messages", "no relevant questions"),
    QT_TRANSLATE_NOOP("Messages", "the decision rule is not for this scoring method"),
    QT_TRANSLATE_NOOP("Messages", "the decision rule does not fit the format: a multi-issue rule on a single-issue exam"),
    QT_TRANSLATE_NOOP("Messages", "the decision rule does not fit the format: a single-issue rule on a multi-issue exam"),
    QT_TRANSLATE_NOOP("Messages", "scored with an unknown rule: the stored cutscores are not one the vault knows, so the stated result needs review"),
]
TEMPLATES = [  # texts with numbers or names in them; %1, %2 stand for those
    QT_TRANSLATE_NOOP("Messages", "Too many failed attempts: try again in %1 s."),
    QT_TRANSLATE_NOOP("Messages", "%1 check is pending"),
    QT_TRANSLATE_NOOP("Messages", "Wrong call sign or passphrase. %1 attempt(s) left before this vault is erased."),
    QT_TRANSLATE_NOOP("Messages", "Wrong call sign or passphrase. After %1 failed attempts the vault has been erased, as its wipe policy requires."),
    QT_TRANSLATE_NOOP("Messages", "%1 committed change(s) are missing: the database log was damaged, or the database was replaced by an older copy."),
    QT_TRANSLATE_NOOP("Messages", "This computer's clock (%1 UTC) is earlier than the vault's last recorded action (%2 UTC). Set the correct date and time: records made now will carry a wrong time."),
    QT_TRANSLATE_NOOP("Messages", "This computer's clock (%1 UTC) is more than a year after the vault's last recorded action (%2). Check the date and time."),
    QT_TRANSLATE_NOOP("Messages", "polygraph exam %1 not recorded"),
    QT_TRANSLATE_NOOP("Messages", "polygraph exam %1 has no result"),
    QT_TRANSLATE_NOOP("Messages", "polygraph exam %1 is not sealed"),
    # polygraph decisions (app/domain/decision_rules.py): the longer sentences first
    QT_TRANSLATE_NOOP("Messages", "grand total %1 between the cutscores and no subtotal decides"),
    QT_TRANSLATE_NOOP("Messages", "grand total %1 between the cutscores"),
    QT_TRANSLATE_NOOP("Messages", "grand total %1 ≥ %2 but subtotal %3 is %4"),
    QT_TRANSLATE_NOOP("Messages", "grand total %1 ≥ %2"),
    QT_TRANSLATE_NOOP("Messages", "grand total %1 ≤ %2"),
    QT_TRANSLATE_NOOP("Messages", "lowest subtotal %1 %2 ≤ %3"),
    QT_TRANSLATE_NOOP("Messages", "every subtotal ≥ %1"),
    QT_TRANSLATE_NOOP("Messages", "subtotal %1 is %2"),
    # why an exam was not scored (app/domain/polygraph.py)
    QT_TRANSLATE_NOOP("Messages", "%1 charts: the process needs %2 to %3"),
    QT_TRANSLATE_NOOP("Messages", "%1 score(s) missing, first: chart %2, %3, %4"),
    QT_TRANSLATE_NOOP("Messages", "chart %1, %2, %3: %4 is outside %5..%6"),
    # comparing two exams
    QT_TRANSLATE_NOOP("Messages", "results differ (%1 / %2)"),
    QT_TRANSLATE_NOOP("Messages", "exam %1 is %2"),
    QT_TRANSLATE_NOOP("Messages", "exams %1 and %2 were given by the same examiner"),
    QT_TRANSLATE_NOOP("Messages", "exams %1 and %2 were held on the same day"),
]


def _pattern(template: str) -> re.Pattern[str]:
    """The English template as a regex that captures what stands for %1, %2, …"""
    return re.compile("^" + re.sub(r"%[1-9]", "(.+?)", re.escape(template)) + "$")


PATTERNS = [(_pattern(str(t)), t) for t in TEMPLATES]


def tr_message(text: str) -> str:
    for pattern, template in PATTERNS:
        m = pattern.match(text)
        if m:
            out = translate("Messages", str(template))
            for i, group in enumerate(m.groups(), start=1):
                out = out.replace(f"%{i}", group.replace("_", " ") if i == 1 else group)
            return out
    return translate("Messages", text)


FLAG_TEMPLATES = {  # one literal per line: lupdate does not join implicit concatenations
    "polygraph_di": QT_TRANSLATE_NOOP("Flags", "Polygraph exam %1 indicates deception: a trigger for follow-up investigation, not a verdict."),
    "polygraph_inc": QT_TRANSLATE_NOOP("Flags", "Polygraph exam %1 result is %2."),
    "polygraph_no": QT_TRANSLATE_NOOP("Flags", "Polygraph exam %1 result is %2."),
    "polygraph_pnc": QT_TRANSLATE_NOOP("Flags", "Polygraph exam %1 result is %2."),
    "polygraph_disagreement": QT_TRANSLATE_NOOP("Flags", "Exam %1: the scores give %2 but the examiner stated %3."),
    "polygraph_discordance": QT_TRANSLATE_NOOP("Flags", "Polygraph exams %1 and %2 disagree (%3): exam %4 or further investigation."),
    "polygraph_pair_differs": QT_TRANSLATE_NOOP("Flags", "Polygraph exams %1 and %2 disagree (%3)."),
    "polygraph_not_independent": QT_TRANSLATE_NOOP("Flags", "Polygraph exams are not independent: %1."),
    "polygraph_unknown_rule": QT_TRANSLATE_NOOP("Flags", "Exam %1 was scored with an unknown rule: its stated result (%2) needs review."),
    "polygraph_rule_misfit": QT_TRANSLATE_NOOP("Flags", "Exam %1: the decision rule does not fit the exam's format."),
    "check_adverse": QT_TRANSLATE_NOOP("Flags", "The %1 check is adverse."),
    "check_inconclusive": QT_TRANSLATE_NOOP("Flags", "The %1 check is inconclusive."),
    "interview_not_credible": QT_TRANSLATE_NOOP("Flags", "Interview %1 was assessed not credible."),
    "interview_doubtful": QT_TRANSLATE_NOOP("Flags", "Interview %1 was assessed doubtful."),
    "russian_services_contact": QT_TRANSLATE_NOOP("Flags", "The applicant reports contact with Russian services."),
    "relatives_hostile_territory": QT_TRANSLATE_NOOP("Flags", "Relatives live in hostile or occupied territory: a coercion risk."),
    "inconsistency": QT_TRANSLATE_NOOP("Flags", "The %1 given in interview %2 differs from the application."),
    "overdue": QT_TRANSLATE_NOOP("Flags", "The %1 step is open %2 days after the application (due within %3)."),
    "possible_duplicate": QT_TRANSLATE_NOOP("Flags", "Possibly the same person as %1 (score %2: %3)."),
    "watchlist_hit": QT_TRANSLATE_NOOP("Flags", "Matches watchlist entry %1 (score %2: %3)."),
}

REASONS = [
    QT_TRANSLATE_NOOP("Reasons", "same given name"),
    QT_TRANSLATE_NOOP("Reasons", "same date of birth"),
    QT_TRANSLATE_NOOP("Reasons", "date of birth with digits transposed"),
    QT_TRANSLATE_NOOP("Reasons", "date of birth one digit apart"),
    QT_TRANSLATE_NOOP("Reasons", "different date of birth"),
    QT_TRANSLATE_NOOP("Reasons", "same document number"),
    QT_TRANSLATE_NOOP("Reasons", "same place of birth"),
    QT_TRANSLATE_NOOP("Reasons", "different sex"),
]
REASON_PATTERNS = [
    (re.compile(r"^surname (\d+%) alike$"), QT_TRANSLATE_NOOP("Reasons", "surname %1 alike")),
    (re.compile(r"^given name (\d+%) alike$"), QT_TRANSLATE_NOOP("Reasons", "given name %1 alike")),
]


def tr_reasons(text: str) -> str:
    """Translate a '; '-joined list of matching reasons."""
    out = []
    for reason in text.split("; "):
        for pattern, template in REASON_PATTERNS:
            m = pattern.match(reason)
            if m:
                out.append(translate("Reasons", str(template)).replace("%1", m.group(1)))
                break
        else:
            out.append(translate("Reasons", reason))
    return "; ".join(out)


def tr_flag(code: str, message: str, args: tuple[str, ...]) -> str:
    template = FLAG_TEMPLATES.get(code)
    if template is None:
        return message
    text = translate("Flags", str(template))
    if code in ("possible_duplicate", "watchlist_hit") and len(args) == 3:
        args = (args[0], args[1], tr_reasons(args[2]))
    elif code in ("polygraph_discordance", "polygraph_pair_differs") and len(args) >= 3:
        args = (args[0], args[1], "; ".join(tr_message(r) for r in args[2].split("; ")), *args[3:])
    elif code == "polygraph_not_independent" and args:
        args = (tr_message(args[0]),)
    for i, value in enumerate(args, start=1):
        text = text.replace(f"%{i}", value)
    return text
