"""Who may do what: the role × action matrix (docs/vetting-rules.md shows it).

Enforced below the UI by the vault's guarded write layer (app/vault/guard) for every entry
point; the UI only uses it to hide what a user cannot do. Who may *seal* or *author* a
record is in app.domain.authors.
"""

from __future__ import annotations

from enum import StrEnum

from app.domain import msg
from app.domain.enums import Role


class Action(StrEnum):
    VIEW_CASE = "view_case"
    CREATE_CASE = "create_case"  # desktop, `applicant add --json` (as drafts), demo data (as drafts)
    EDIT_CASE = "edit_case"  # person, application, interviews and checks (unsealed)
    EDIT_EXAM = "edit_exam"  # polygraph exams (unsealed); an examiner only their own
    ATTACH = "attach"
    SEAL_INTERVIEW = "seal_interview"
    SEAL_CHECK = "seal_check"
    SEAL_EXAM = "seal_exam"
    WAIVE_CHECK = "waive_check"
    DECIDE = "decide"  # record, change or clear a decision
    SEAL_DECISION = "seal_decision"
    AMEND = "amend"  # correct a sealed record (rules in app.domain.authors.may_amend)
    EDIT_AFTER_DECISION = "edit_after_decision"  # person or application once the decision is sealed
    DELETE_CASE = "delete_case"
    MERGE_DUPLICATES = "merge_duplicates"
    SEND_TO_HQ = "send_to_hq"
    IMPORT_BUNDLE = "import_bundle"  # HQ: verified signed bundles
    INSTALL_UPDATE = "install_update"
    IMPORT_WATCHLIST = "import_watchlist"
    MANAGE_USERS = "manage_users"  # users, roles, wipe policy
    BACKUP = "backup"
    DEMO_DATA = "demo_data"


OFF, EXA, SUP = Role.OFFICER, Role.EXAMINER, Role.SUPERVISOR
ALLOWED: dict[Action, frozenset[Role]] = {
    Action.VIEW_CASE: frozenset({OFF, EXA, SUP}),
    Action.CREATE_CASE: frozenset({OFF, SUP}),
    Action.EDIT_CASE: frozenset({OFF, SUP}),
    Action.EDIT_EXAM: frozenset({EXA, SUP}),
    Action.ATTACH: frozenset({OFF, EXA, SUP}),
    Action.SEAL_INTERVIEW: frozenset({OFF, SUP}),
    Action.SEAL_CHECK: frozenset({OFF, SUP}),
    Action.SEAL_EXAM: frozenset({EXA}),
    Action.WAIVE_CHECK: frozenset({SUP}),
    Action.DECIDE: frozenset({SUP}),
    Action.SEAL_DECISION: frozenset({SUP}),
    Action.AMEND: frozenset({OFF, EXA, SUP}),
    Action.EDIT_AFTER_DECISION: frozenset({SUP}),
    Action.DELETE_CASE: frozenset({SUP}),
    Action.MERGE_DUPLICATES: frozenset({SUP}),
    Action.SEND_TO_HQ: frozenset({OFF, SUP}),
    Action.IMPORT_BUNDLE: frozenset({SUP}),
    Action.INSTALL_UPDATE: frozenset({SUP}),
    Action.IMPORT_WATCHLIST: frozenset({SUP}),
    Action.MANAGE_USERS: frozenset({SUP}),
    Action.BACKUP: frozenset({OFF, SUP}),
    Action.DEMO_DATA: frozenset({OFF, SUP}),
}

# How a refusal names each action (app/ui/messages.py translates these phrases).
ACTION_TEXT: dict[Action, str] = {
    Action.VIEW_CASE: "open a case",
    Action.CREATE_CASE: "add a case",
    Action.EDIT_CASE: "change a case's person, application, interviews or checks",
    Action.EDIT_EXAM: "record or change a polygraph exam",
    Action.ATTACH: "attach a file",
    Action.SEAL_INTERVIEW: "seal an interview",
    Action.SEAL_CHECK: "seal a check",
    Action.SEAL_EXAM: "seal a polygraph exam",
    Action.WAIVE_CHECK: "waive a check",
    Action.DECIDE: "record or change the decision",
    Action.SEAL_DECISION: "seal the decision",
    Action.AMEND: "amend a sealed record",
    Action.EDIT_AFTER_DECISION: "change the person or application once the decision is sealed",
    Action.DELETE_CASE: "delete a case",
    Action.MERGE_DUPLICATES: "decide on duplicates",
    Action.SEND_TO_HQ: "send cases to HQ",
    Action.IMPORT_BUNDLE: "import bundles from the field",
    Action.INSTALL_UPDATE: "install update packages",
    Action.IMPORT_WATCHLIST: "import the watchlist",
    Action.MANAGE_USERS: "manage users and the vault's policy",
    Action.BACKUP: "make backups",
    Action.DEMO_DATA: "add demo data",
}

SEAL_ACTION = {"interview": Action.SEAL_INTERVIEW, "check": Action.SEAL_CHECK, "exam": Action.SEAL_EXAM,
               "decision": Action.SEAL_DECISION}


def who(role: Role) -> str:
    """'An officer', 'An examiner', 'A supervisor': the start of a refusal."""
    return {Role.OFFICER: "An officer", Role.EXAMINER: "An examiner", Role.SUPERVISOR: "A supervisor"}[role]


def refusal(role: Role, actions: list[Action]) -> msg.Text:
    """'An officer may not seal a polygraph exam.' (several actions joined by '; '), carrying its code
    (refusal.<role>) and the actions' codes for the desktop to translate."""
    return msg.Text(f"{who(role)} may not {'; '.join(ACTION_TEXT[a] for a in actions)}.",
                    msg.Message(f"refusal.{role.value}", tuple(a.value for a in actions)))


def may(role: Role, action: Action) -> bool:
    return role in ALLOWED[action]


def matrix() -> list[tuple[Action, tuple[bool, ...]]]:
    """Every action with whether officer, examiner and supervisor may do it (the documented table)."""
    return [(a, tuple(may(r, a) for r in (OFF, EXA, SUP))) for a in Action]
