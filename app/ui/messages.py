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
    QT_TRANSLATE_NOOP("Messages", "HQ has revoked your certificate (since %1). This laptop will not sign case files or send them to HQ. Contact HQ."),
    QT_TRANSLATE_NOOP("Messages", "Your certificate expired on %1. This laptop will not sign case files or send them to HQ until HQ enrols you again."),
    QT_TRANSLATE_NOOP("Messages", "Your certificate expires on %1. Ask HQ to enrol you again before then."),
    QT_TRANSLATE_NOOP("Messages", "%1 case(s) written to a stick at least %2 days ago have no receipt from HQ. Check that the stick reached HQ."),
]


def _pattern(template: str) -> re.Pattern[str]:
    """The English template as a regex that captures what stands for %1, %2."""
    return re.compile("^" + re.escape(template).replace("%1", "(.+?)").replace("%2", "(.+?)") + "$")


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
    "polygraph_discordance": QT_TRANSLATE_NOOP("Flags", "Polygraph discordance: third exam or further investigation (%1)."),
    "polygraph_not_independent": QT_TRANSLATE_NOOP("Flags", "The two polygraph exams are not independent: %1."),
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
    for i, value in enumerate(args, start=1):
        text = text.replace(f"%{i}", value)
    return text
