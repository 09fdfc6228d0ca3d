"""The list sorted by case number reads an index instead of sorting every row.

Sorting 100k applicants by case number read and decrypted every row of `applicants` and sorted
them in a temporary b-tree (145 ms at 100k, 2× plain SQLite, bench/RESULTS.md); the other list
orders read an index already (0007). This partial index holds exactly the sort key the list
uses (app/vault/listing.py, Order.CASE), so the ids come in order from the index (8× faster on
a 5k vault). About 35 bytes an applicant.

Revision ID: 0014
Revises: 0011
"""

from alembic import op

revision = "0014"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX applicants_case_order ON applicants(substr(case_number, 1, length(case_number) - 5),"
               " length(case_number), case_number, id) WHERE merged_into IS NULL")


def downgrade() -> None:
    op.execute("DROP INDEX applicants_case_order")
