"""Exchange that holds against replay and loss: numbered exports, every bundle HQ saw,
case owners, transfers, receipts.

`case_key` in every table is the case's case id (issue 14, schema 0008).

Laptop: `exports` (each numbered export, whether it reached the stick, and HQ's receipt).
HQ: `received_bundles` (every verified bundle, with what became of it), `case_owners`
(which officer a case belongs to), `transfers` (signed hand-overs between officers).
Both sides: `transfers` also holds the ones a supervisor signed on the laptop until they travel.

Revision ID: 0011
Revises: 0010
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE exports (sequence INTEGER PRIMARY KEY, case_key TEXT NOT NULL,"
               " case_number TEXT NOT NULL, record_sha256 TEXT NOT NULL DEFAULT '',"
               " bundle_sha256 TEXT NOT NULL DEFAULT '', written_at TEXT, target TEXT NOT NULL DEFAULT '',"
               " received_at TEXT, hq_version INTEGER, hq_outcome TEXT NOT NULL DEFAULT '',"
               " hq_detail TEXT NOT NULL DEFAULT '')")
    op.execute("CREATE INDEX exports_case ON exports(case_key, sequence)")
    op.execute("CREATE TABLE received_bundles (id INTEGER PRIMARY KEY, bundle_sha256 TEXT NOT NULL,"
               " inner_sha256 TEXT NOT NULL, vault_id TEXT NOT NULL, sequence INTEGER NOT NULL,"
               " case_key TEXT NOT NULL, case_number TEXT NOT NULL, officer TEXT NOT NULL, post TEXT NOT NULL,"
               " cert_serial TEXT NOT NULL, signed_at TEXT NOT NULL, arrived_at TEXT NOT NULL,"
               " outcome TEXT NOT NULL, version INTEGER, detail TEXT NOT NULL DEFAULT '', content BLOB)")
    op.execute("CREATE INDEX received_vault_seq ON received_bundles(vault_id, sequence)")
    op.execute("CREATE INDEX received_case ON received_bundles(case_key)")
    op.execute("CREATE TABLE case_owners (case_key TEXT PRIMARY KEY, callsign TEXT NOT NULL, post TEXT NOT NULL,"
               " vault_id TEXT NOT NULL DEFAULT '', last_sequence INTEGER NOT NULL DEFAULT 0,"
               " since TEXT NOT NULL, transfer_id INTEGER)")
    op.execute("CREATE TABLE transfers (id INTEGER PRIMARY KEY, case_key TEXT NOT NULL, case_number TEXT NOT NULL,"
               " from_callsign TEXT NOT NULL, from_post TEXT NOT NULL, to_callsign TEXT NOT NULL,"
               " to_post TEXT NOT NULL, issued_at TEXT NOT NULL, issued_by TEXT NOT NULL,"
               " document BLOB NOT NULL, signature BLOB NOT NULL, recorded_at TEXT NOT NULL,"
               " UNIQUE (case_key, issued_at, to_callsign, to_post))")
    # Cases HQ imported before this revision belong to the officer whose bundle made their latest
    # version. A case is known by its case id (0008), as everywhere in these tables (case_key).
    op.execute("INSERT OR IGNORE INTO case_owners(case_key, callsign, post, since) "
               "SELECT v.case_id, v.officer, v.post, v.imported_at FROM case_versions v WHERE v.case_id <> '' "
               "AND v.version = (SELECT max(version) FROM case_versions w WHERE w.case_id = v.case_id)")


def downgrade() -> None:
    for table in ("transfers", "case_owners", "received_bundles", "exports"):
        op.execute(f"DROP TABLE {table}")
