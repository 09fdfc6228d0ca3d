"""Who may fill a people field, and why the current user may not seal a record: the UI's
words over the vault's rules.

Who may be named where and who may seal what are decided below the UI
(app.domain.authors, applied by the vault's guarded write layer): the pickers offer
`VaultSession.eligible_authors(kind, field)`, and the reason beside Seal comes from
`VaultSession.seal_blocks(record)`, the same rule the guard applies when sealing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain import authors, sealing
from app.domain.names import fold, latin_variants
from app.domain.roles import SEAL_ACTION, refusal
from app.ui.labels import label
from app.ui.messages import tr_message
from app.vault.session import VaultSession

translate = QCoreApplication.translate

# (record kind, author field) of each people picker
INTERVIEWERS = ("interview", "interviewer")
EXAMINERS = ("exam", "examiner")
REQUESTERS = ("check", "requested_by")
APPROVERS = ("decision", "approved_by")


def choices(session: VaultSession, field: tuple[str, str]) -> list[tuple[str, str]]:
    """(call sign, shown text) for a people picker: the users the vault accepts in that field."""
    kind, name = field
    return [(u.callsign, f"{u.callsign} ({label(u.role)})") for u in session.eligible_authors(kind, name)]


def same_person(typed: str, callsign: str) -> bool:
    """'Sokil' names the user СОКІЛ: case and script do not matter."""
    if not typed.strip():
        return False
    return fold(typed) == fold(callsign) or fold(typed) in latin_variants(callsign)


def seal_blocker(session: VaultSession, kind: str, record: sealing.Record) -> str:
    """Why the current user may not seal `record`, in a sentence; "" when they may. Of the
    vault's reasons, the one a person can act on is said: no author, an author who may not
    author it, an external name, someone else's record, then the role."""
    who = sealing.author(record)
    if not who.strip():
        return translate("People", "Choose who did this (the author) before sealing.")
    blocks = {b.why for b in session.seal_blocks(record)}
    if not blocks:
        return ""
    if authors.NOT_ELIGIBLE in blocks:
        if kind == "exam":
            return translate("People", "%1 is not an examiner: pick the examiner who gave the exam.").replace("%1", who)
        return translate("People", "%1 does not have the role to be named here: pick another user from the list."
                         ).replace("%1", who)
    if blocks & {authors.EXTERNAL, authors.NOT_A_USER}:
        return translate("People", "%1 is not a user of this vault (external): nobody can seal this record here. Pick the author from the list.").replace("%1", who)
    if authors.NOT_AUTHOR in blocks:
        return translate("People", "Only %1, the author, can seal this: lock (Ctrl+L) and let %1 unlock.").replace(
            "%1", who)
    return tr_message(refusal(session.user.role, [SEAL_ACTION[kind]]))
