"""A case this post handed to another post through HQ (handover.py) is read-only: every guarded
write to it calls `refuse_if_handed_away` (records, seal, maintenance, lifecycle)."""

from __future__ import annotations

import json

from app.domain import msg
from app.errors import PermissionDenied
from app.vault import dossiers
from app.vault.connection import Connection
from app.vault.dossiers import get_meta

HANDED_KEY = "handed_to_post:"  # + case id: where the case went (meta, removed when the case is deleted)


def handed_away(c: Connection, applicant_id: int) -> dict[str, str] | None:
    row = c.execute("SELECT case_id FROM applicants WHERE id = ?", (applicant_id,)).fetchone()
    text = get_meta(c, HANDED_KEY + str(row[0] or "")) if row is not None else ""
    return json.loads(text) if text else None


def refuse_if_handed_away(c: Connection, applicant_id: int) -> None:
    """Every guarded write to a case refuses a case this post handed to another one."""
    h = handed_away(c, applicant_id)
    if h is not None:
        raise PermissionDenied(msg.text("err.handed_away", dossiers.case_number_of(c, applicant_id), h["to"],
                                        h["post"], h["at"][:16].replace("T", " ")))
