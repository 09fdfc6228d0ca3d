"""Matching: retrieval keys per applicant, remembered duplicate decisions, the watchlist.

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE match_keys (applicant_id INTEGER NOT NULL REFERENCES applicants(id) ON DELETE CASCADE,"
               " key TEXT NOT NULL, PRIMARY KEY (key, applicant_id)) WITHOUT ROWID")
    op.execute("CREATE INDEX match_keys_applicant ON match_keys(applicant_id)")
    op.execute("CREATE TABLE match_decisions (case_a TEXT NOT NULL, case_b TEXT NOT NULL,"
               " decision TEXT NOT NULL CHECK (decision IN ('distinct', 'merged')),"
               " decided_by TEXT NOT NULL, decided_at TEXT NOT NULL, PRIMARY KEY (case_a, case_b))")
    op.execute("ALTER TABLE applicants ADD COLUMN merged_into TEXT")
    op.execute("CREATE TABLE watchlist (id INTEGER PRIMARY KEY, entry_id TEXT NOT NULL UNIQUE, data TEXT NOT NULL,"
               " imported_at TEXT NOT NULL)")
    op.execute("CREATE TABLE watchlist_keys (entry INTEGER NOT NULL REFERENCES watchlist(id) ON DELETE CASCADE,"
               " key TEXT NOT NULL, PRIMARY KEY (key, entry)) WITHOUT ROWID")
    op.execute("CREATE TABLE watchlist_hits (applicant_id INTEGER NOT NULL REFERENCES applicants(id) ON DELETE CASCADE,"
               " entry INTEGER NOT NULL REFERENCES watchlist(id) ON DELETE CASCADE, score REAL NOT NULL,"
               " reasons TEXT NOT NULL, PRIMARY KEY (applicant_id, entry))")
    op.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('rematch', '1')")


def downgrade() -> None:
    for table in ("watchlist_hits", "watchlist_keys", "watchlist", "match_decisions", "match_keys"):
        op.execute(f"DROP TABLE {table}")
    op.execute("ALTER TABLE applicants DROP COLUMN merged_into")
    op.execute("DELETE FROM meta WHERE key = 'rematch'")
