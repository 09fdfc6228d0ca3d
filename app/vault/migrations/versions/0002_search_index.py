"""Full-text search: FTS5 name and text indexes, backfilled from existing dossiers.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

from app.vault import search_index

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(search_index.CREATE_NAME_INDEX)
    op.execute(search_index.CREATE_TEXT_INDEX)
    search_index.rebuild(op.get_bind().connection.dbapi_connection)


def downgrade() -> None:
    op.execute("DROP TABLE text_index")
    op.execute("DROP TABLE name_index")
