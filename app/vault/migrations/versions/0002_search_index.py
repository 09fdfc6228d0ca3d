"""Full-text search: FTS5 name and text indexes.

The indexes are derived data, so this revision only creates them and marks them
stale; app.vault.schema rebuilds them with the current code once the whole
upgrade has reached head (a migration must not call code that assumes head).

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TOKENIZER = "unicode61 remove_diacritics 2"


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE name_index USING fts5(cyr, lat, ids, content='', "
        f"contentless_delete=1, tokenize='{TOKENIZER}', prefix='2 3')")
    op.execute(
        "CREATE VIRTUAL TABLE text_index USING fts5(body, content='', "
        f"contentless_delete=1, tokenize='{TOKENIZER}', prefix='3')")
    op.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('reindex', '1')")


def downgrade() -> None:
    op.execute("DROP TABLE text_index")
    op.execute("DROP TABLE name_index")
    op.execute("DELETE FROM meta WHERE key = 'reindex'")
