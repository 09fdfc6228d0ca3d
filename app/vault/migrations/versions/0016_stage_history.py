"""Stage history: every change of a case's computed stage, with its time and who caused it.

The stage is computed from the dossier (app/domain/workflow.py), so until this revision the
time a case entered a stage was not kept anywhere. From now on the guarded write path appends a
row whenever a write changes `applicants.stage`/`stage_exam` (app/vault/guard/history.py), in
the same transaction as the write. A row: the case (applicant id; its case id is on the
applicant), the stage it left ('' for the first row of a case) and the one it entered (with the
exam number of a polygraph step), when (Unix seconds, UTC), by whom (the user's call sign) and
how it is known (`source`: write, import, rescore, or audit for the back-fill below).

Back-fill from the audit log (source 'audit'), for the cases the vault holds now (a deleted
case's entries are not used). Only transitions the audit dates exactly are written:
  * `create` — the case was opened: '' → application, at that entry's time, by its actor;
  * `decision` with outcome accept or reject — decision → sent to HQ (the guard records accept
    or reject only when every earlier step is complete, so the case stood at the decision);
  * the first `exported` after such a decision — sent to HQ → closed;
  * HQ: a case with no `create` entry and exactly one `imported` entry — '' → its current stage
    at that import (HQ never edits a case, so the stage it holds is the one that import gave).
What cannot be back-filled: when a case entered interview, checks, a polygraph exam or the
decision (those follow edits and seals whose effect on the stage depends on the whole record as
it was then, which the audit does not keep: `update` says only that something changed), a defer
or refer decision, and at HQ the stages of cases imported in several versions. Statistics count
a stage's duration only between two consecutive rows of a case where the first enters the stage
the second leaves, so a gap never produces a wrong duration.

Revision ID: 0016
Revises: 0014
"""

from datetime import datetime

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def _seconds(at: str) -> int:
    return int(datetime.fromisoformat(at).timestamp())


def upgrade() -> None:
    op.execute("CREATE TABLE stage_history (id INTEGER PRIMARY KEY,"
               " applicant_id INTEGER NOT NULL REFERENCES applicants(id) ON DELETE CASCADE,"
               " from_stage TEXT NOT NULL DEFAULT '', from_exam INTEGER, to_stage TEXT NOT NULL, to_exam INTEGER,"
               " at INTEGER NOT NULL, actor TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT 'write')")
    op.execute("CREATE INDEX stage_history_case ON stage_history(applicant_id, id)")
    bind = op.get_bind()
    ids: dict[str, int] = {}
    current: dict[int, tuple[str, int | None]] = {}
    for applicant_id, number, stage, exam in bind.exec_driver_sql(
            "SELECT id, case_number, stage, stage_exam FROM applicants").fetchall():
        ids[str(number).upper()] = int(applicant_id)
        current[int(applicant_id)] = (str(stage), exam)
    for applicant_id, number in bind.exec_driver_sql("SELECT applicant_id, number FROM case_aliases").fetchall():
        ids.setdefault(str(number).upper(), int(applicant_id))
    events: dict[int, list[tuple[str, str, str, str]]] = {}
    for at, actor, action, case, detail in bind.exec_driver_sql(
            "SELECT at, actor, action, case_number, detail FROM audit WHERE action IN "
            "('create', 'decision', 'exported', 'imported') AND case_number IS NOT NULL ORDER BY seq").fetchall():
        applicant_id = ids.get(str(case).upper())
        if applicant_id is not None:
            events.setdefault(applicant_id, []).append((str(at), str(actor), str(action), str(detail)))
    rows: list[tuple[int, str, str, int | None, int, str]] = []
    for applicant_id, found in events.items():
        last = ""
        created = False
        for at, actor, action, detail in found:
            if action == "create" and not created:
                created, last = True, "application"
                rows.append((applicant_id, "", "application", None, _seconds(at), actor))
            elif action == "decision":
                if detail in ("accept", "reject"):
                    last = "sent_to_hq"
                    rows.append((applicant_id, "decision", "sent_to_hq", None, _seconds(at), actor))
                else:
                    last = ""
            elif action == "exported" and last == "sent_to_hq":
                last = "closed"
                rows.append((applicant_id, "sent_to_hq", "closed", None, _seconds(at), actor))
        imports = [e for e in found if e[2] == "imported"]
        if not created and len(imports) == 1:
            stage, exam = current[applicant_id]
            rows.append((applicant_id, "", stage, exam, _seconds(imports[0][0]), imports[0][1]))
    if rows:
        op.get_bind().exec_driver_sql(
            "INSERT INTO stage_history(applicant_id, from_stage, to_stage, to_exam, at, actor, source) "
            "VALUES (?, ?, ?, ?, ?, ?, 'audit')", rows)


def downgrade() -> None:
    op.execute("DROP TABLE stage_history")
