"""Translate texts that come from the Qt-free layers (domain, vault).

Codes (flags, audit actions, enum values, rules, the lower layers' sentences) are translated by
code through the catalogue app.domain.msg (its Qt table is app/ui/catalogue.py). Only the English
args of flags stored before they were coded are still matched here (TEMPLATES), numbers and
names put back in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain import msg, roles
from app.domain.flags import Flag
from app.ui.messages_passphrase import tr_passphrase_feedback

translate = QCoreApplication.translate

FIXED: list[str] = []  # every fixed sentence of the lower layers is coded now (app.domain.msg_notices)
TEMPLATES = [  # fallback for flags stored before their args were coded: the English args of the
    # discordance and independence flags (app/domain/flags.py), matched; %1, %2 stand for the parts
    QT_TRANSLATE_NOOP("Messages", "results differ (%1 / %2)"),
    QT_TRANSLATE_NOOP("Messages", "exam %1 is %2"),
    QT_TRANSLATE_NOOP("Messages", "exams %1 and %2 were given by the same examiner"),
    QT_TRANSLATE_NOOP("Messages", "exams %1 and %2 were held on the same day"),
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
    if m.code == msg.LIST:
        return "; ".join(tr_coded(p.message) if isinstance(p, msg.Text) else _part(p) for p in m.params)
    context, english = msg.TEXT[m.code]
    if m.code.startswith("refusal."):
        params = ["; ".join(translate("Actions", roles.ACTION_TEXT[roles.Action(a)]) for a in m.params)]
    elif m.code == "err.passphrase_weak":  # zxcvbn's sentences, whole (a tip may hold a '; ')
        params = [tr_passphrase_feedback(str(p)) for p in m.params]
    else:
        params = [tr_coded(p.message) if isinstance(p, msg.Text) else _part(p) for p in m.params]
    return msg.fill(translate(context, english), params)


def tr_message(text: str) -> str:
    """A lower layer's sentence in the interface language: by its code when it carries one
    (app.domain.msg.Text), else matched against the English templates below."""
    coded = getattr(text, "message", None)
    if isinstance(coded, msg.Message) and (coded.code in msg.TEXT or coded.code == msg.LIST):
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
    QT_TRANSLATE_NOOP("Words", "the exam's stored decision rule is incomplete or damaged"),
    QT_TRANSLATE_NOOP("Words", "the examiner's result is missing"),
]
WORD_TEMPLATES = [  # polygraph comparisons, results and the reasons of a computed result
    QT_TRANSLATE_NOOP("Words", "results differ (%1 / %2)"),
    QT_TRANSLATE_NOOP("Words", "exam %1 is %2"),
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
        said = tr_message(args[2]) if isinstance(args[2], msg.Text) else \
            "; ".join(tr_message(r) for r in args[2].split("; "))  # an older flag's English
        args = (args[0], args[1], said, *args[3:])
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
    QT_TRANSLATE_NOOP("History", "demo data as drafts"),
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
    """An audit detail in the interface language: a coded one (app.domain.msg.stored, read back as a
    `msg.Text`) by its code; an older row's English matched against the templates above, else as it is."""
    coded = msg.readable(text)
    if isinstance(coded, msg.Text):
        return tr_message(coded)
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


def tr_report(checks: Iterable[Any]) -> list[str]:
    """An HQ verification report's checks (app.casefile.verify.Check) as lines in the interface
    language: PASS/FAIL, the check's name and its detail, each by its code (app.domain.msg_verify)."""
    out = []
    for c in checks:
        word = tr_coded(msg.Message("verify.pass" if c.ok else "verify.fail"))
        name = tr_coded(msg.Message(f"check.{c.name}")) if f"check.{c.name}" in msg.TEXT else c.name
        out.append(f"{word}  {name:<20} {tr_message(c.detail)}")
    return out
