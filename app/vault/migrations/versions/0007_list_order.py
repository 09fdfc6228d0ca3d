"""The applicant list at 100k: an index of live applicants and stored sort keys.

The list asks only for ids in display order and loads the rows on screen
(app/vault/listing.py). An index on the ids of applicants not merged away makes
that an index-only scan, and the alphabetical keys (app.domain.names.sort_key,
which knows the Ukrainian alphabet) are stored and indexed, so sorting 100k
names by a header click reads one index instead of folding every name.

Revision ID: 0007
Revises: 0006
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE applicants ADD COLUMN name_key TEXT NOT NULL DEFAULT ''")
    op.execute("ALTER TABLE applicants ADD COLUMN latin_key TEXT NOT NULL DEFAULT ''")
    op.execute("CREATE INDEX applicants_live ON applicants(id) WHERE merged_into IS NULL")
    op.execute("CREATE INDEX applicants_name_key ON applicants(name_key, id) WHERE merged_into IS NULL")
    op.execute("CREATE INDEX applicants_latin_key ON applicants(latin_key, id) WHERE merged_into IS NULL")
    # the keys are computed in Python once the upgrade has committed (schema.finish_upgrade)
    op.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('resort', '1')")


def downgrade() -> None:
    for index in ("applicants_latin_key", "applicants_name_key", "applicants_live"):
        op.execute(f"DROP INDEX {index}")
    op.execute("ALTER TABLE applicants DROP COLUMN latin_key")
    op.execute("ALTER TABLE applicants DROP COLUMN name_key")
    op.execute("DELETE FROM meta WHERE key = 'resort'")
