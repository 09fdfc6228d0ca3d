"""Any number of polygraph exams, trusted rule sets, examiner statistics.

* The pipeline's polygraph steps become one stage, `polygraph`, with the exam
  number in `applicants.stage_exam` (was `polygraph_1` / `polygraph_2`).
* `polygraph_exams` gains the result computed from the scores by a trusted rule
  and the status of the exam's stored rule (current / earlier / unknown / none),
  so examiner statistics are one query.
* `known_rule_sets` remembers every polygraph rule set installed from an HQ
  update package, so exams scored with an earlier one stay known after the next.

Stages, computed results and flags that depend on the new rules (a discordant
pair now calls for exam 3; an exam whose rule the vault does not know is flagged)
are recomputed in Python once the upgrade has committed (schema.finish_upgrade).
Stored exam results and rule snapshots are not touched.

Revision ID: 0010
Revises: 0007
"""

import hashlib
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE applicants ADD COLUMN stage_exam INTEGER")
    for n in (1, 2):
        op.execute(f"UPDATE applicants SET stage = 'polygraph', stage_exam = {n} WHERE stage = 'polygraph_{n}'")
    op.execute("ALTER TABLE polygraph_exams ADD COLUMN computed TEXT")
    op.execute("ALTER TABLE polygraph_exams ADD COLUMN rule_status TEXT NOT NULL DEFAULT ''")
    op.execute("CREATE INDEX polygraph_exams_examiner ON polygraph_exams(examiner COLLATE NOCASE)")
    op.execute("CREATE TABLE known_rule_sets (sha256 TEXT PRIMARY KEY, doc TEXT NOT NULL,"
               " origin TEXT NOT NULL, added_at TEXT NOT NULL)")
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT data, package_seq FROM installed_content"
                                " WHERE kind = 'rules' AND name = 'polygraph'")).fetchall()
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    for data, seq in rows:
        bind.execute(sa.text("INSERT OR IGNORE INTO known_rule_sets VALUES (:h, :d, :o, :t)"),
                     {"h": hashlib.sha256(data.encode("utf-8")).hexdigest(), "d": data,
                      "o": f"update package {seq}", "t": now})
    op.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('rescore', '1')")


def downgrade() -> None:
    op.execute("UPDATE applicants SET stage = 'polygraph_' || min(coalesce(stage_exam, 1), 2) WHERE stage = 'polygraph'")
    op.execute("DROP INDEX polygraph_exams_examiner")
    op.execute("ALTER TABLE applicants DROP COLUMN stage_exam")
    op.execute("ALTER TABLE polygraph_exams DROP COLUMN rule_status")
    op.execute("ALTER TABLE polygraph_exams DROP COLUMN computed")
    op.execute("DROP TABLE known_rule_sets")
    op.execute("DELETE FROM meta WHERE key = 'rescore'")
