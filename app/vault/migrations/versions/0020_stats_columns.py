"""Statistics from small columns (issue 21, scale): the few fields of the packed application and
decision records that the figures count, kept beside the packed JSON so `dossier stats` groups in SQL
instead of inflating every record (app/vault/stats.py).

* `applications.received_on` — the written application's `received_on`, as stored ('' if none);
* `decisions.decided_on` — the decision's `decided_at`, else its `sealed_at`, as stored ('' if none);
* `decisions.reason_code` — the decision's `reason_code` as typed (the figures reduce it to a short
  code or `other`, app/domain/stats.py; free text never leaves the vault).

The guarded write path (app/vault/guard/store.py) writes them with the record in the same statement,
so they cannot drift from it; this revision fills them in for the records a vault already holds.

`case_figures`: one narrow row per live case with everything the case figures group by (post,
stage, exam, created, updated, flags, received, outcome, decided, reason), so the figures read a
small table instead of the wide `applicants` rows. It is kept by triggers on `applicants`,
`applications`, `decisions` and `case_owners`: every write to them — the guarded write path, an
import, a merge — refreshes the case's row in the same statement's transaction, so it cannot drift
(tests/test_stats_fast.py compares it with the full computation). A case merged away has no row.
Indexes covering each figure's columns in its grouping order (and the examiner figures' columns,
so they skip the exams' packed records) keep each figure one ordered index scan.

Revision ID: 0020
Revises: 0017
"""

from typing import Any

from alembic import op

from app.vault import packing

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


POST = ("coalesce(nullif(CASE WHEN json_valid(a.origin) THEN json_extract(a.origin, '$.post') END, ''),"
        " (SELECT o.post FROM case_owners o WHERE o.case_key = a.case_id), '')")
ROW = ("INSERT OR REPLACE INTO case_figures SELECT a.id, " + POST + ", a.stage, a.stage_exam, a.created_at,"
       " a.updated_at, coalesce(a.flags, ''), coalesce(ap.received_on, ''), coalesce(d.outcome, ''),"
       " coalesce(d.decided_on, ''), coalesce(d.reason_code, '') FROM applicants a"
       " LEFT JOIN applications ap ON ap.applicant_id = a.id LEFT JOIN decisions d ON d.applicant_id = a.id"
       " WHERE a.merged_into IS NULL")
TRIGGERS = {  # name: (event, which cases to refresh)
    "case_figures_ai": ("AFTER INSERT ON applicants", "a.id = NEW.id"),
    "case_figures_au": ("AFTER UPDATE OF origin, case_id, stage, stage_exam, created_at, updated_at, flags,"
                        " merged_into ON applicants", "a.id = NEW.id"),
    "case_figures_ad": ("AFTER DELETE ON applicants", "a.id = OLD.id"),
    "case_figures_app_ai": ("AFTER INSERT ON applications", "a.id = NEW.applicant_id"),
    "case_figures_app_au": ("AFTER UPDATE ON applications", "a.id = NEW.applicant_id"),
    "case_figures_app_ad": ("AFTER DELETE ON applications", "a.id = OLD.applicant_id"),
    "case_figures_dec_ai": ("AFTER INSERT ON decisions", "a.id = NEW.applicant_id"),
    "case_figures_dec_au": ("AFTER UPDATE ON decisions", "a.id = NEW.applicant_id"),
    "case_figures_dec_ad": ("AFTER DELETE ON decisions", "a.id = OLD.applicant_id"),
    "case_figures_own_ai": ("AFTER INSERT ON case_owners", "a.case_id = NEW.case_key"),
    "case_figures_own_au": ("AFTER UPDATE ON case_owners", "a.case_id IN (OLD.case_key, NEW.case_key)"),
    "case_figures_own_ad": ("AFTER DELETE ON case_owners", "a.case_id = OLD.case_key"),
}


INDEXES = {  # each figure's query reads one of these in its GROUP BY order, without the table or a sort
    "case_figures_opened": "case_figures(post, stage, flags, created)",
    "case_figures_waiting": "case_figures(post, stage, stage_exam, received)",
    "case_figures_decided": "case_figures(post, outcome, reason, decided, updated)",
    "stage_history_order": "stage_history(applicant_id, at, id, from_stage, to_stage)",
}


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
    op.execute("CREATE TABLE case_figures (applicant_id INTEGER PRIMARY KEY REFERENCES applicants(id)"
               " ON DELETE CASCADE, post TEXT NOT NULL, stage TEXT NOT NULL, stage_exam INTEGER,"
               " created TEXT, updated TEXT, flags TEXT NOT NULL, received TEXT NOT NULL, outcome TEXT NOT NULL,"
               " decided TEXT NOT NULL, reason TEXT NOT NULL)")
    op.execute(ROW)
    for name, (event, which) in TRIGGERS.items():
        gone = which.replace("a.id", "applicant_id").replace("a.case_id", "case_id")
        delete = (f"DELETE FROM case_figures WHERE {gone};" if "a.id" in which else
                  f"DELETE FROM case_figures WHERE applicant_id IN (SELECT id FROM applicants a WHERE {which});")
        op.execute(f"CREATE TRIGGER {name} {event} BEGIN {delete} {ROW} AND {which}; END")
    for name, columns in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {columns}")
    op.execute("CREATE INDEX polygraph_exams_figures ON polygraph_exams(applicant_id, examiner, result, computed,"
               " rule_status, sealed, held_on)")


def downgrade() -> None:
    op.execute("DROP INDEX polygraph_exams_figures")
    op.execute("DROP INDEX stage_history_order")
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE case_figures")
    op.execute("ALTER TABLE decisions DROP COLUMN reason_code")
    op.execute("ALTER TABLE decisions DROP COLUMN decided_on")
    op.execute("ALTER TABLE applications DROP COLUMN received_on")
