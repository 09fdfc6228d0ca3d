"""Exchange with HQ: signing identities, installed update content, imported case versions.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE identities (callsign TEXT PRIMARY KEY, enrolled INTEGER NOT NULL,"
               " key_pem BLOB NOT NULL, cert_pem BLOB NOT NULL, chain_pem BLOB NOT NULL, created_at TEXT NOT NULL)")
    op.execute("CREATE TABLE installed_content (kind TEXT NOT NULL, name TEXT NOT NULL, data TEXT NOT NULL,"
               " package_seq INTEGER NOT NULL, installed_at TEXT NOT NULL, PRIMARY KEY (kind, name))")
    op.execute("CREATE TABLE case_versions (id INTEGER PRIMARY KEY, case_number TEXT NOT NULL,"
               " version INTEGER NOT NULL, imported_at TEXT NOT NULL, imported_by TEXT NOT NULL,"
               " officer TEXT NOT NULL, post TEXT NOT NULL, cert_serial TEXT NOT NULL,"
               " json_sha256 TEXT NOT NULL, bundle_sha256 TEXT NOT NULL, content BLOB NOT NULL,"
               " UNIQUE (case_number, version))")
    op.execute("CREATE INDEX case_versions_json ON case_versions(json_sha256)")


def downgrade() -> None:
    for table in ("case_versions", "installed_content", "identities"):
        op.execute(f"DROP TABLE {table}")
    op.execute("DELETE FROM meta WHERE key LIKE 'hq_%' OR key = 'package_seq'")
