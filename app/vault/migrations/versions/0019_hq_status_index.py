"""The HQ list's filter by HQ status (decision:accept, request:polygraph, …) reads an index
(app/vault/listing.py): at a million cases a scan of hq_cases for one status took the filter past
its 15 ms (bench/hq.py).

Revision ID: 0019
Revises: 0017
"""

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS hq_cases_status ON hq_cases(status, applicant_id)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS hq_cases_status")
