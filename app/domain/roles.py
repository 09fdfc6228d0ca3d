"""Who may do what. Enforced by the vault session; shown by the UI."""

from __future__ import annotations

from enum import StrEnum

from app.domain.enums import Role


class Action(StrEnum):
    MANAGE_USERS = "manage_users"
    EDIT_CASE = "edit_case"
    DELETE_CASE = "delete_case"
    DECIDE = "decide"
    VIEW_CASE = "view_case"
    BACKUP = "backup"
    DEMO_DATA = "demo_data"


_ALLOWED: dict[Role, frozenset[Action]] = {
    Role.SUPERVISOR: frozenset(Action),
    Role.OFFICER: frozenset({Action.EDIT_CASE, Action.VIEW_CASE, Action.BACKUP, Action.DEMO_DATA}),
    Role.EXAMINER: frozenset({Action.EDIT_CASE, Action.VIEW_CASE}),
}


def may(role: Role, action: Action) -> bool:
    return action in _ALLOWED[role]
