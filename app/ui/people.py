"""Who may fill a people field, and who may seal a record: the UI's one adapter
over the vault's user list.

`users_with_role` is the single place that reads users; when the vault offers a
read API of active users by role, it becomes a one-line call to it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain import sealing
from app.domain.enums import Role
from app.domain.names import fold, latin_variants
from app.ui.labels import label
from app.vault.session import VaultSession

translate = QCoreApplication.translate

INTERVIEWERS = (Role.OFFICER, Role.SUPERVISOR)
EXAMINERS = (Role.EXAMINER,)
REQUESTERS = (Role.OFFICER, Role.SUPERVISOR)
APPROVERS = (Role.SUPERVISOR,)
SEALING_ROLE = {"exam": EXAMINERS}  # who may seal which kind of record, beyond being its author


def users_with_role(session: VaultSession, roles: tuple[Role, ...]) -> list[tuple[str, Role]]:
    """Active users holding one of `roles`, as (call sign, role)."""
    return [(u.callsign, u.role) for u in session.list_users() if u.active and u.role in roles]


def choices(session: VaultSession, roles: tuple[Role, ...]) -> list[tuple[str, str]]:
    """(call sign, shown text) for a people picker."""
    return [(cs, f"{cs} ({label(role)})") for cs, role in users_with_role(session, roles)]


def same_person(typed: str, callsign: str) -> bool:
    """'Sokil' names the user СОКІЛ: case and script do not matter."""
    if not typed.strip():
        return False
    return fold(typed) == fold(callsign) or fold(typed) in latin_variants(callsign)


def seal_blocker(session: VaultSession, kind: str, record: sealing.Record) -> str:
    """Why the current user may not seal `record`, in a sentence; "" when they may."""
    who = sealing.author(record)
    if not who.strip():
        return translate("People", "Choose who did this (the author) before sealing.")
    users = {cs.casefold(): role for cs, role in users_with_role(session, tuple(Role))}
    if who.casefold() not in users:
        return translate("People", "%1 is not a user of this vault (external): nobody can seal this record here. Pick the author from the list.").replace("%1", who)
    needed = SEALING_ROLE.get(kind)
    if needed and users[who.casefold()] not in needed:
        return translate("People", "%1 is not an examiner: pick the examiner who gave the exam.").replace("%1", who)
    if who.casefold() != session.user.callsign.casefold():
        return translate("People", "Only %1, the author, can seal this: lock (Ctrl+L) and let %1 unlock.").replace(
            "%1", who)
    return ""
