"""HQ's decisions and requests sent back to the posts, and the HQ list's own columns.

`hq_decisions`: at HQ, each decision or request an HQ supervisor sealed (`source` 'made',
`package_seq` the first update package that carried it); on a laptop, each one received in an
update package for a case it holds (`source` 'received', `package_seq` that package). An entry is
never changed; a later one supersedes it.

`hq_cases`: one row per case with what the list shows at HQ — the post and officer whose bundle
made the current version, when it arrived, its version — and, in both kinds of vault, HQ's latest
word on the case (`status`, e.g. decision:accept). The list filters on it in SQL with these
indexes (app/vault/listing.py). Cases HQ imported before this revision are filled in from their
newest version.

Revision ID: 0017
Revises: 0014
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE hq_decisions (uid TEXT PRIMARY KEY,"
               " applicant_id INTEGER NOT NULL REFERENCES applicants(id) ON DELETE CASCADE,"
               " case_id TEXT NOT NULL, case_number TEXT NOT NULL, vault_id TEXT NOT NULL, post TEXT NOT NULL,"
               " kind TEXT NOT NULL, value TEXT NOT NULL, text TEXT NOT NULL, decided_by TEXT NOT NULL,"
               " decided_at TEXT NOT NULL, source TEXT NOT NULL, package_seq INTEGER)")
    op.execute("CREATE INDEX hq_decisions_case ON hq_decisions(applicant_id, decided_at)")
    op.execute("CREATE INDEX hq_decisions_when ON hq_decisions(source, decided_at)")
    op.execute("CREATE TABLE hq_cases (applicant_id INTEGER PRIMARY KEY REFERENCES applicants(id) ON DELETE CASCADE,"
               " post TEXT NOT NULL DEFAULT '', officer TEXT NOT NULL DEFAULT '',"
               " received_at TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 0,"
               " status TEXT NOT NULL DEFAULT '')")
    op.execute("CREATE INDEX hq_cases_post ON hq_cases(post, applicant_id)")
    op.execute("CREATE INDEX hq_cases_officer ON hq_cases(officer, applicant_id)")
    op.execute("CREATE INDEX hq_cases_received ON hq_cases(received_at, applicant_id)")
    op.execute("INSERT OR REPLACE INTO hq_cases(applicant_id, post, officer, received_at, version) "
               "SELECT a.id, v.post, v.officer, v.imported_at, v.version FROM case_versions v "
               "JOIN applicants a ON a.case_id = v.case_id WHERE v.case_id <> '' "
               "AND v.version = (SELECT max(version) FROM case_versions w WHERE w.case_id = v.case_id)")


def downgrade() -> None:
    for table in ("hq_cases", "hq_decisions"):
        op.execute(f"DROP TABLE {table}")
