"""Move each applicant's full record (JSON) out of the list table.

The applicant list reads every row of `applicants`; with the JSON inline, a
100k-applicant list had to decrypt ~600 MB of pages. Keeping only list columns
there makes the list scan read a fraction of that.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE TABLE applicant_details ("
        " applicant_id INTEGER PRIMARY KEY REFERENCES applicants(id) ON DELETE CASCADE,"
        " details TEXT NOT NULL)")
    op.execute("INSERT INTO applicant_details(applicant_id, details) SELECT id, details FROM applicants")
    op.execute("ALTER TABLE applicants DROP COLUMN details")
    # DROP COLUMN shrinks rows in place; compact once the upgrade has committed
    op.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('vacuum', '1')")


def downgrade() -> None:
    op.execute("ALTER TABLE applicants ADD COLUMN details TEXT NOT NULL DEFAULT '{}'")
    op.execute(
        "UPDATE applicants SET details = "
        "(SELECT details FROM applicant_details WHERE applicant_id = applicants.id)")
    op.execute("DROP TABLE applicant_details")
    op.execute("DELETE FROM meta WHERE key = 'vacuum'")
