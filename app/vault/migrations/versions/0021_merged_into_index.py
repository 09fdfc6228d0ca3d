"""The cases merged into a case, found by an index: every guarded write recomputes the case's flags,
which list the cases merged into it (`dossiers.merged_cases`, `SELECT … WHERE merged_into = ?`), and
without an index that read the whole applicants table — at 100,000 applicants 115 ms of every save and
of every export, and the benchmark vault's build slowed as it grew (bench/RESULTS.md, 2 December
2026). Partial: only merged-away cases have the column set, so the index holds a few rows.

Revision ID: 0021
Revises: 0020
"""

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS applicants_merged_into ON applicants(merged_into, id)"
               " WHERE merged_into IS NOT NULL")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS applicants_merged_into")
