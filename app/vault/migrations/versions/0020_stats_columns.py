"""Statistics from small columns (issue 21, scale): the few fields of the packed application and
decision records that the figures count, kept beside the packed JSON so `dossier stats` groups in SQL
instead of inflating every record (app/vault/stats.py).

* `applications.received_on` — the written application's `received_on`, as stored ('' if none);
* `decisions.decided_on` — the decision's `decided_at`, else its `sealed_at`, as stored ('' if none);
* `decisions.reason_code` — the decision's `reason_code` as typed (the figures reduce it to a short
  code or `other`, app/domain/stats.py; free text never leaves the vault).

The guarded write path (app/vault/guard/store.py) writes them with the record in the same statement,
so they cannot drift from it; this revision fills them in for the records a vault already holds.

Revision ID: 0020
Revises: 0017
"""

from typing import Any

from alembic import op

from app.vault import packing

revision = "0020"
down_revision = "0017"
branch_labels = None
depends_on = None


def _text(value: Any) -> str:
    return str(value) if value else ""


def upgrade() -> None:
    op.execute("ALTER TABLE applications ADD COLUMN received_on TEXT NOT NULL DEFAULT ''")
    op.execute("ALTER TABLE decisions ADD COLUMN decided_on TEXT NOT NULL DEFAULT ''")
    op.execute("ALTER TABLE decisions ADD COLUMN reason_code TEXT NOT NULL DEFAULT ''")
    bind = op.get_bind()
    rows: list[tuple[str, int]] = []
    for rowid, data in bind.exec_driver_sql("SELECT rowid, data FROM applications").fetchall():
        body = packing.loads(data)
        if isinstance(body, dict) and body.get("received_on"):
            rows.append((_text(body.get("received_on")), int(rowid)))
    if rows:
        bind.exec_driver_sql("UPDATE applications SET received_on = ? WHERE rowid = ?", rows)
    found: list[tuple[str, str, int]] = []
    for rowid, data in bind.exec_driver_sql("SELECT rowid, data FROM decisions").fetchall():
        body = packing.loads(data)
        if isinstance(body, dict):
            found.append((_text(body.get("decided_at") or body.get("sealed_at")), _text(body.get("reason_code")),
                          int(rowid)))
    if found:
        bind.exec_driver_sql("UPDATE decisions SET decided_on = ?, reason_code = ? WHERE rowid = ?", found)


def downgrade() -> None:
    op.execute("ALTER TABLE decisions DROP COLUMN reason_code")
    op.execute("ALTER TABLE decisions DROP COLUMN decided_on")
    op.execute("ALTER TABLE applications DROP COLUMN received_on")
