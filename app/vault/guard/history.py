"""Stage history (migration 0016): a row whenever a guarded write changes a case's computed stage.

Called by app/vault/guard/store.py inside the write's own transaction, so a crash leaves either
the write with its row or neither. `before` is None for a new case (its first row leaves '').
"""

from __future__ import annotations

from datetime import datetime

from app.vault.connection import Connection

SOURCES = ("write", "import", "rescore", "audit")  # audit: back-filled by migration 0016

StageColumns = tuple[str, int | None]


def stage_of(conn: Connection, applicant_id: int) -> StageColumns | None:
    row = conn.execute("SELECT stage, stage_exam FROM applicants WHERE id = ?", (applicant_id,)).fetchone()
    return (str(row[0]), row[1]) if row is not None else None


def record(conn: Connection, applicant_id: int, before: StageColumns | None, after: StageColumns,
           at: datetime, by: str, source: str = "write") -> bool:
    """Append the transition `before` → `after` if the stage changed; returns whether it did."""
    if before is not None and (before[0], before[1] or None) == (after[0], after[1] or None):
        return False
    conn.execute(
        "INSERT INTO stage_history(applicant_id, from_stage, from_exam, to_stage, to_exam, at, actor, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (applicant_id, before[0] if before else "", (before[1] or None) if before else None, after[0],
         after[1] or None, int(at.timestamp()), by, source))
    return True
