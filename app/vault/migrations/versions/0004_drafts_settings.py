"""Autosaved drafts and per-user settings, both inside the encrypted vault.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE TABLE drafts ("
        " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
        " draft_key TEXT NOT NULL,"  # a case number, or 'new' for an applicant not yet saved
        " data TEXT NOT NULL,"
        " saved_at TEXT NOT NULL,"
        " PRIMARY KEY (user_id, draft_key))")
    op.execute(
        "CREATE TABLE user_settings ("
        " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
        " key TEXT NOT NULL,"
        " value TEXT NOT NULL,"
        " PRIMARY KEY (user_id, key))")


def downgrade() -> None:
    op.execute("DROP TABLE user_settings")
    op.execute("DROP TABLE drafts")
