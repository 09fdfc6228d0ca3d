"""Translate texts that come from the Qt-free layers (domain, vault).

Codes (flags, audit actions, enum values, rules) are translated by code through the
catalogue app.domain.msg (its Qt table is app/ui/catalogue.py). Sentences the guarded
write layer and the vault still raise in English are matched here against their
templates (FIXED/TEMPLATES) and shown through Qt's translator, numbers and names put back in.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain import msg, roles
from app.domain.flags import Flag
from app.ui.messages_passphrase import tr_passphrase_feedback

translate = QCoreApplication.translate

FIXED = [
    QT_TRANSLATE_NOOP("Messages", "Wrong call sign or passphrase."),
    QT_TRANSLATE_NOOP("Messages", "The vault is open in another window."),
    QT_TRANSLATE_NOOP("Messages", "No vault at that location. Create one with `dossier init`."),
    QT_TRANSLATE_NOOP("Messages", "written application text"),
    QT_TRANSLATE_NOOP("Messages", "at least one interview"),
    QT_TRANSLATE_NOOP("Messages", "at least one background check"),
    QT_TRANSLATE_NOOP("Messages", "at least one sealed interview"),
    QT_TRANSLATE_NOOP("Messages", "a recorded decision"),
    QT_TRANSLATE_NOOP("Messages", "case file sent to HQ"),
    QT_TRANSLATE_NOOP("Messages", "The vault database is damaged or has been altered (a page failed its check). Nothing more was written. Run `dossier check`, restore from a backup and tell HQ."),
    QT_TRANSLATE_NOOP("Messages", "The disk is full: nothing was saved. Free some space (or back up to another drive) and try again."),
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
    QT_TRANSLATE_NOOP("Messages", "The destination folder does not exist (is the stick mounted?)."),
    QT_TRANSLATE_NOOP("Messages", "The destination folder is gone: was the stick removed?"),
    QT_TRANSLATE_NOOP("Messages", "The destination is full. Nothing was left on it."),
    QT_TRANSLATE_NOOP("Messages", "The destination disappeared or failed while writing (was the stick removed?). Nothing was kept."),
    QT_TRANSLATE_NOOP("Messages", "The destination is read-only or not writable."),
    QT_TRANSLATE_NOOP("Messages", "The file read back from the destination differs from what was written; the stick may be failing. It was removed."),
    QT_TRANSLATE_NOOP("Messages", "subtotals between the cutscores"),
    QT_TRANSLATE_NOOP("Messages", "no relevant questions"),
    QT_TRANSLATE_NOOP("Messages", "the decision rule is not for this scoring method"),
    QT_TRANSLATE_NOOP("Messages", "the decision rule does not fit the format: a multi-issue rule on a single-issue exam"),
    QT_TRANSLATE_NOOP("Messages", "the decision rule does not fit the format: a single-issue rule on a multi-issue exam"),
    QT_TRANSLATE_NOOP("Messages", "scored with an unknown rule: the stored cutscores are not one the vault knows, so the stated result needs review"),
    # the guarded write layer (app/vault/guard, app/domain/changes.py, app/domain/authors.py)
    QT_TRANSLATE_NOOP("Messages", "The change was not saved."),
    QT_TRANSLATE_NOOP("Messages", "Sealed records cannot be changed that way."),
    QT_TRANSLATE_NOOP("Messages", "The case has not reached the decision yet."),
    QT_TRANSLATE_NOOP("Messages", "An examiner may only record and change their own polygraph exams."),
    QT_TRANSLATE_NOOP("Messages", "Only the examiner who sealed a polygraph exam may amend it."),
    QT_TRANSLATE_NOOP("Messages", "A demo vault cannot be enrolled with HQ."),
    QT_TRANSLATE_NOOP("Messages", "Wrong passphrase: the record was not sealed."),
    QT_TRANSLATE_NOOP("Messages", "a decision is recorded in the name of its user"),
    QT_TRANSLATE_NOOP("Messages", "an amendment is made in the name of the user who makes it"),
    QT_TRANSLATE_NOOP("Messages", "a waiver needs your call sign and a reason"),
    QT_TRANSLATE_NOOP("Messages", "the decision rule is not one this vault knows: choose one of its rules (the exam is scored again) before sealing"),
    QT_TRANSLATE_NOOP("Messages", "Decide 'distinct' or 'merged'."),
    QT_TRANSLATE_NOOP("Messages", "A case cannot be its own duplicate."),
    QT_TRANSLATE_NOOP("Messages", "One of these cases is already merged into another case."),
    QT_TRANSLATE_NOOP("Messages", "The vault's key file is damaged or has been altered; restore it from a backup."),
    QT_TRANSLATE_NOOP("Messages", "The vault's key file is missing; restore it from a backup."),
    QT_TRANSLATE_NOOP("Messages", "The vault's lock file (vault.lock) has been replaced by a folder or a link; remove it and try again, and tell HQ if you did not do this."),
    QT_TRANSLATE_NOOP("Messages", "The vault folder cannot be written (read-only or no permission); nothing was changed."),
    QT_TRANSLATE_NOOP("Messages", "The failed-unlock counter was damaged or edited."),
    QT_TRANSLATE_NOOP("Messages", "The key file's two copies do not match."),
    QT_TRANSLATE_NOOP("Messages", "The key file is older than the vault's record of it: an earlier copy of it was put back."),
    QT_TRANSLATE_NOOP("Messages", "A removed user's key slot still opened this vault's data key: change the data key now (Administration > Users > Change the data key, or `dossier rekey`)."),
    QT_TRANSLATE_NOOP("Messages", "This vault's key file was converted from an older version, which may have left copies of it on the disk: change the data key (`dossier rekey`) so they open nothing."),
    QT_TRANSLATE_NOOP("Messages", "The disk is full: you can read and back up to another drive, but new work cannot be saved until space is freed."),
    QT_TRANSLATE_NOOP("Messages", "Your key slot uses weaker key-derivation settings than this version requires: change your passphrase to strengthen it."),
    QT_TRANSLATE_NOOP("Messages", "The data key was not changed (cancelled); nothing else changed."),
    QT_TRANSLATE_NOOP("Messages", "The re-encrypted copy failed its check; the data key was not changed."),
    # app/domain/safejson.py (with its default subject, "The file")
    QT_TRANSLATE_NOOP("Messages", "The file is not valid JSON."),
    QT_TRANSLATE_NOOP("Messages", "The JSON has the same key twice in one object."),
    QT_TRANSLATE_NOOP("Messages", "The JSON holds NaN or Infinity, which are not allowed."),
    # app/vault/guard/lifecycle.py (issue 20)
    QT_TRANSLATE_NOOP("Messages", "Give a reason for deleting the case."),
    QT_TRANSLATE_NOOP("Messages", "The reason must not name the applicant."),
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
    QT_TRANSLATE_NOOP("Messages", "Passphrase too weak: %1"),
    QT_TRANSLATE_NOOP("Messages", "Not enough space on the destination: %1 free, %2 needed. Nothing was written."),
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
    QT_TRANSLATE_NOOP("Messages", "Only its author (%1) can seal an interview."),
    QT_TRANSLATE_NOOP("Messages", "Only its author (%1) can seal a check."),
    QT_TRANSLATE_NOOP("Messages", "Only its author (%1) can seal a polygraph exam."),
    QT_TRANSLATE_NOOP("Messages", "Only its author (%1) can seal the decision."),
    QT_TRANSLATE_NOOP("Messages", "The %1 (%2) is an external name: choose a user of this vault first."),
    QT_TRANSLATE_NOOP("Messages", "Only the user who sealed %1 (or a supervisor) may amend it."),
    QT_TRANSLATE_NOOP("Messages", "%1: %2 is not a user of this vault"),
    QT_TRANSLATE_NOOP("Messages", "%1: %2 is no longer a user of this vault"),
    QT_TRANSLATE_NOOP("Messages", "%1: %2 does not have the role for it (%3)"),
    QT_TRANSLATE_NOOP("Messages", "%1 is set by the vault and cannot be changed"),
    QT_TRANSLATE_NOOP("Messages", "%1 is not sealed: it has no amendments to change"),
    QT_TRANSLATE_NOOP("Messages", "%1 can only be attested by HQ's import of a signed bundle"),
    QT_TRANSLATE_NOOP("Messages", "Several cases had that number; name one of: %1"),
    QT_TRANSLATE_NOOP("Messages", "The dossier has %1 field(s) over their limits or out of range."),
    QT_TRANSLATE_NOOP("Messages", "These users must log in once before the data key can be changed (their key slots are from an older version): %1."),
    QT_TRANSLATE_NOOP("Messages", "A vault holds at most %1 users."),
    QT_TRANSLATE_NOOP("Messages", "At most %1 characters."),
    QT_TRANSLATE_NOOP("Messages", "The file is too large (%1 bytes; the limit is %2)."),
    QT_TRANSLATE_NOOP("Messages", "The file is nested too deeply (the limit is %1 levels)."),
    QT_TRANSLATE_NOOP("Messages", "The file is not valid JSON (line %1, column %2)."),
    QT_TRANSLATE_NOOP("Messages", "HQ has revoked your certificate (since %1). This laptop will not sign case files or send them to HQ. Contact HQ."),
    QT_TRANSLATE_NOOP("Messages", "Your certificate expired on %1. This laptop will not sign case files or send them to HQ until HQ enrols you again."),
    QT_TRANSLATE_NOOP("Messages", "Your certificate expires on %1. Ask HQ to enrol you again before then."),
    QT_TRANSLATE_NOOP("Messages", "%1 case(s) written to a stick at least %2 days ago have no receipt from HQ. Check that the stick reached HQ."),
    # app/vault/guard/lifecycle.py, app/vault/tombstones.py (issue 20)
    QT_TRANSLATE_NOOP("Messages", "The reason is longer than %1 characters."),
    QT_TRANSLATE_NOOP("Messages", "This case was deleted: %1"),
]
ROLE_ACTIONS = [  # app.domain.roles.ACTION_TEXT (a refusal, app.domain.msg.REFUSALS, names them)
    QT_TRANSLATE_NOOP("Actions", "open a case"),
    QT_TRANSLATE_NOOP("Actions", "add a case"),
    QT_TRANSLATE_NOOP("Actions", "change a case's person, application, interviews or checks"),
    QT_TRANSLATE_NOOP("Actions", "record or change a polygraph exam"),
    QT_TRANSLATE_NOOP("Actions", "attach a file"),
    QT_TRANSLATE_NOOP("Actions", "seal an interview"),
    QT_TRANSLATE_NOOP("Actions", "seal a check"),
    QT_TRANSLATE_NOOP("Actions", "seal a polygraph exam"),
    QT_TRANSLATE_NOOP("Actions", "waive a check"),
    QT_TRANSLATE_NOOP("Actions", "record or change the decision"),
    QT_TRANSLATE_NOOP("Actions", "seal the decision"),
    QT_TRANSLATE_NOOP("Actions", "amend a sealed record"),
    QT_TRANSLATE_NOOP("Actions", "change the person or application once the decision is sealed"),
    QT_TRANSLATE_NOOP("Actions", "delete a case"),
    QT_TRANSLATE_NOOP("Actions", "decide on duplicates"),
    QT_TRANSLATE_NOOP("Actions", "send cases to HQ"),
    QT_TRANSLATE_NOOP("Actions", "import bundles from the field"),
    QT_TRANSLATE_NOOP("Actions", "install update packages"),
    QT_TRANSLATE_NOOP("Actions", "import the watchlist"),
    QT_TRANSLATE_NOOP("Actions", "manage users and the vault's policy"),
    QT_TRANSLATE_NOOP("Actions", "make backups"),
    QT_TRANSLATE_NOOP("Actions", "add demo data"),
]


def _pattern(template: str) -> re.Pattern[str]:
    """The English template as a regex that captures what stands for %1, %2, …"""
    return re.compile("^" + re.sub(r"%[1-9]", "(.+?)", re.escape(template)) + "$")


PATTERNS = [(_pattern(str(t)), t) for t in TEMPLATES]


def tr_coded(m: msg.Message) -> str:
    """A message by its code (app.domain.msg): the template and every coded parameter translated."""
    context, english = msg.TEXT[m.code]
    if m.code.startswith("refusal."):
        params = ["; ".join(translate("Actions", roles.ACTION_TEXT[roles.Action(a)]) for a in m.params)]
    else:
        params = [_part(p) for p in m.params]
    return msg.fill(translate(context, english), params)


def tr_message(text: str) -> str:
    """A lower layer's sentence in the interface language: by its code when it carries one
    (app.domain.msg.Text), else matched against the English templates below."""
    coded = getattr(text, "message", None)
    if isinstance(coded, msg.Message) and coded.code in msg.TEXT:
        return tr_coded(coded)
    for pattern, template in PATTERNS:
        m = pattern.match(text)
        if m:
            out = translate("Messages", str(template))
            for i, group in enumerate(m.groups(), start=1):
                out = out.replace(f"%{i}", _part(group) if i == 1 else group)
            return out
    return translate("Messages", text)


WORDS = [  # phrases the lower layers put inside their sentences
    QT_TRANSLATE_NOOP("Words", "security service"),
    QT_TRANSLATE_NOOP("Words", "counter intelligence"),
    QT_TRANSLATE_NOOP("Words", "document verification"),
    QT_TRANSLATE_NOOP("Words", "open sources"),
    QT_TRANSLATE_NOOP("Words", "watchlist"),
    QT_TRANSLATE_NOOP("Words", "other"),
    QT_TRANSLATE_NOOP("Words", "application"),
    QT_TRANSLATE_NOOP("Words", "interview"),
    QT_TRANSLATE_NOOP("Words", "checks"),
    QT_TRANSLATE_NOOP("Words", "decision"),
    QT_TRANSLATE_NOOP("Words", "sent to hq"),
    QT_TRANSLATE_NOOP("Words", "date of birth"),
    QT_TRANSLATE_NOOP("Words", "document number"),
    QT_TRANSLATE_NOOP("Words", "unit"),
    QT_TRANSLATE_NOOP("Words", "rank"),
    QT_TRANSLATE_NOOP("Words", "both exams were given by the same examiner"),
    QT_TRANSLATE_NOOP("Words", "both exams were held on the same day"),
    QT_TRANSLATE_NOOP("Words", "no relevant questions"),
    QT_TRANSLATE_NOOP("Words", "the exam's stored decision rule is incomplete or damaged"),
    QT_TRANSLATE_NOOP("Words", "the examiner's result is missing"),
    QT_TRANSLATE_NOOP("Words", "subtotals between the cutscores"),
]
WORD_TEMPLATES = [  # polygraph comparisons, results and the reasons of a computed result
    QT_TRANSLATE_NOOP("Words", "results differ (%1 / %2)"),
    QT_TRANSLATE_NOOP("Words", "exam %1 is %2"),
    QT_TRANSLATE_NOOP("Words", "grand total %1 ≥ %2"),
    QT_TRANSLATE_NOOP("Words", "grand total %1 ≤ %2"),
    QT_TRANSLATE_NOOP("Words", "grand total %1 between the cutscores"),
    QT_TRANSLATE_NOOP("Words", "grand total %1 and no subtotal ≤ %2"),
    QT_TRANSLATE_NOOP("Words", "subtotal %1 %2 ≤ %3"),
    QT_TRANSLATE_NOOP("Words", "every subtotal ≥ %1"),
    QT_TRANSLATE_NOOP("Words", "not computed: %1"),
    QT_TRANSLATE_NOOP("Words", "%1 charts: the process needs %2 to %3"),
    QT_TRANSLATE_NOOP("Words", "%1 score(s) missing, first: chart %2, %3, %4"),
    QT_TRANSLATE_NOOP("Words", "chart %1, %2, %3: %4 is outside %5"),
]
WORD_PATTERNS = [(_pattern(str(t)), t) for t in [*WORD_TEMPLATES, msg.TEXT["step.polygraph"][1]]]


def tr_words(text: str) -> str:
    """A phrase from the lower layers (a polygraph reason, a check kind…) in the interface language."""
    return _part(text)


def _part(text: str) -> str:
    """A variable part that is itself a fixed phrase (a check kind, zxcvbn's feedback) in words;
    '; '-joined phrases one by one."""
    out = []
    for piece in text.replace("_", " ").split("; "):
        for pattern, template in WORD_PATTERNS:
            m = pattern.match(piece)
            if m:
                piece = translate("Words", str(template))
                for i, group in enumerate(m.groups(), start=1):
                    piece = piece.replace(f"%{i}", _part(group) if " " in group else group)
                break
        else:
            for context in ("Words", "Messages"):
                if translate(context, piece) != piece:
                    piece = translate(context, piece)
                    break
            else:
                piece = tr_passphrase_feedback(piece)
        out.append(piece)
    return "; ".join(out)


def _flag_text(code: str) -> str | None:
    entry = msg.TEXT.get(f"flag.{code}")
    return translate(entry[0], entry[1]) if entry else None


def tr_flag_name(code: str) -> str:
    entry = msg.TEXT.get(f"flagname.{code}")
    return translate(entry[0], entry[1]) if entry else code.replace("_", " ")


REASONS = [
    QT_TRANSLATE_NOOP("Reasons", "same given name"),
    QT_TRANSLATE_NOOP("Reasons", "same date of birth"),
    QT_TRANSLATE_NOOP("Reasons", "date of birth with digits transposed"),
    QT_TRANSLATE_NOOP("Reasons", "date of birth one digit apart"),
    QT_TRANSLATE_NOOP("Reasons", "different date of birth"),
    QT_TRANSLATE_NOOP("Reasons", "same document number"),
    QT_TRANSLATE_NOOP("Reasons", "same place of birth"),
    QT_TRANSLATE_NOOP("Reasons", "different sex"),
    QT_TRANSLATE_NOOP("Reasons", "same surname"),
    QT_TRANSLATE_NOOP("Reasons", "surname spelling variant"),
    QT_TRANSLATE_NOOP("Reasons", "given name spelling variant"),
    QT_TRANSLATE_NOOP("Reasons", "given-name variant"),
    QT_TRANSLATE_NOOP("Reasons", "clearly different given name"),
    QT_TRANSLATE_NOOP("Reasons", "same patronymic"),
    QT_TRANSLATE_NOOP("Reasons", "different patronymic"),
]
SEARCH_REASONS = [  # how a search hit matched (app.vault.search), '; '-joined
    QT_TRANSLATE_NOOP("Search", "case number"),
    QT_TRANSLATE_NOOP("Search", "name or document"),
    QT_TRANSLATE_NOOP("Search", "text"),
    QT_TRANSLATE_NOOP("Search", "name or document (many matches, newest first)"),
    QT_TRANSLATE_NOOP("Search", "text (many matches, newest first)"),
    QT_TRANSLATE_NOOP("Search", "spelling variant"),
    QT_TRANSLATE_NOOP("Search", "given-name variant"),
    QT_TRANSLATE_NOOP("Search", "similar spelling"),
]


def tr_search_reason(text: str) -> str:
    return "; ".join(translate("Search", part) for part in text.split("; ") if part)
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
    text = _flag_text(code)
    if text is None:
        return message
    if code in msg.FLAGS_WITH_REASONS and len(args) == 3:
        args = (args[0], args[1], tr_reasons(args[2]))
    elif code in ("polygraph_discordance", "polygraph_pair_differs") and len(args) >= 3:
        args = (args[0], args[1], "; ".join(tr_message(r) for r in args[2].split("; ")), *args[3:])
    elif code == "polygraph_not_independent" and args:
        args = (tr_message(args[0]),)
    for i, value in enumerate(args, start=1):
        text = text.replace(f"%{i}", _part(value))
    return text


# -- history (audit log) entries of a case: actions (app.domain.msg.ACTIONS) and their fixed details --
HISTORY_DETAILS = [
    QT_TRANSLATE_NOOP("History", "the decision"),
    QT_TRANSLATE_NOOP("History", "cleared"),
    QT_TRANSLATE_NOOP("History", "case summary"),
    QT_TRANSLATE_NOOP("History", "signed case file"),
    QT_TRANSLATE_NOOP("History", "demo data"),
    QT_TRANSLATE_NOOP("History", "accept"),
    QT_TRANSLATE_NOOP("History", "reject"),
    QT_TRANSLATE_NOOP("History", "defer"),
    QT_TRANSLATE_NOOP("History", "refer"),
]
HISTORY_TEMPLATES = [
    QT_TRANSLATE_NOOP("History", "interview %1"),
    QT_TRANSLATE_NOOP("History", "check %1"),
    QT_TRANSLATE_NOOP("History", "polygraph exam %1"),
    QT_TRANSLATE_NOOP("History", "bundle sha256 %1 to %2"),  # before 2026-12: the folder was named
    QT_TRANSLATE_NOOP("History", "export %1, bundle sha256 %2 to %3"),  # likewise
    QT_TRANSLATE_NOOP("History", "export %1, bundle sha256 %2"),
    QT_TRANSLATE_NOOP("History", "bundle sha256 %1"),
    QT_TRANSLATE_NOOP("History", "%1 notice(s) written"),
    QT_TRANSLATE_NOOP("History", "pdf sha256 %1"),
    QT_TRANSLATE_NOOP("History", "from %1 to %2: %3"),
]
HISTORY_PATTERNS = [(_pattern(str(t)), t) for t in HISTORY_TEMPLATES]


def tr_action(code: str) -> str:
    """An audit action in words ("sealed"), never its code ("casefile_signed")."""
    entry = msg.TEXT.get(f"action.{code}")
    return translate(entry[0], entry[1]) if entry else code.replace("_", " ")


def tr_detail(text: str) -> str:
    for pattern, template in HISTORY_PATTERNS:
        m = pattern.match(text)
        if m:
            out = translate("History", str(template))
            for i, group in enumerate(m.groups(), start=1):
                out = out.replace(f"%{i}", group)
            return out
    return translate("History", text) if text in HISTORY_DETAILS else text


# -- decision rules by their human names (app.domain.msg.RULES; the rules file's label is the fallback) --
def rule_label(name: str, fallback: str) -> str:
    entry = msg.TEXT.get(f"rule.{name}")
    return translate(entry[0], entry[1]) if entry else (fallback or name.replace("_", " "))


def tr_flag_from(flag: Flag) -> str:
    """A flag as the officer reads it, with the merged case it comes from when it is not this one."""
    text = tr_flag(flag.code, flag.message, flag.args)
    source = flag.source
    return translate("Flags", msg.MERGED_PREFIX).replace("%1", source).replace("%2", text) if source else text
