"""Fuzzy name search and graded matching: sound keys and readings of every name
token (app/vault/search_fuzzy.py), the grade of each watchlist hit.

The keys are derived data: this revision creates the tables and marks the
search index stale and the matches for a recheck; app.vault.schema rebuilds both
with the current code once the whole upgrade has reached head.

Revision ID: 0009
Revises: 0008
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE name_keys (key TEXT NOT NULL, applicant_id INTEGER NOT NULL REFERENCES applicants(id)"
               " ON DELETE CASCADE, PRIMARY KEY (key, applicant_id)) WITHOUT ROWID")
    op.execute("CREATE INDEX name_keys_applicant ON name_keys(applicant_id)")
    op.execute("CREATE TABLE name_tokens (applicant_id INTEGER PRIMARY KEY REFERENCES applicants(id)"
               " ON DELETE CASCADE, tokens TEXT NOT NULL)")
    op.execute("ALTER TABLE watchlist_hits ADD COLUMN tier TEXT NOT NULL DEFAULT 'likely'")
    op.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('reindex', '1')")
    op.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('rematch', '1')")


def downgrade() -> None:
    op.execute("ALTER TABLE watchlist_hits DROP COLUMN tier")
    op.execute("DROP TABLE name_tokens")
    op.execute("DROP TABLE name_keys")
