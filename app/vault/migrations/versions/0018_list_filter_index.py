"""The filtered list reads one small covering index instead of the applicants' rows.

Filtering the list by stage, exam, category or flags (app/vault/listing.py) searched
`applicants_stage` and then read each matching applicant's row for its flags and `merged_into`:
at 100k, an interview-stage filter read ~23k rows spread over most of the 54 MB table, more
than the connection's page cache holds, so every call decrypted them again (876 ms vs 113 ms
plain SQLite on the same file, bench). This partial index holds every column the filters test,
for live applicants only (about 50 bytes an applicant), so a filter is an index-only search
(6 ms). The list names the index (`INDEXED BY`): the planner's statistics do not decide it.
Created at unlock like any migration (one pass over the table: seconds at 100k applicants,
after the pre-migration backup copy of the whole file).

Revision ID: 0018
Revises: 0017
"""

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX applicants_filter ON applicants(stage, stage_exam, category, flags)"
               " WHERE merged_into IS NULL")


def downgrade() -> None:
    op.execute("DROP INDEX applicants_filter")
