"""Initial vault schema: meta, users, applicants and their records, attachments, audit.

Revision ID: 0001
Revises:
"""

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

STATEMENTS = [
    """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        callsign TEXT NOT NULL UNIQUE COLLATE NOCASE,
        role TEXT NOT NULL CHECK (role IN ('officer', 'examiner', 'supervisor')),
        slot_id TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        removed_at TEXT)""",
    """CREATE TABLE case_counters (year INTEGER PRIMARY KEY, last INTEGER NOT NULL)""",
    """CREATE TABLE applicants (
        id INTEGER PRIMARY KEY,
        case_number TEXT NOT NULL UNIQUE,
        surname TEXT NOT NULL,
        given_name TEXT NOT NULL,
        patronymic TEXT NOT NULL DEFAULT '',
        surname_latin TEXT NOT NULL DEFAULT '',
        given_name_latin TEXT NOT NULL DEFAULT '',
        patronymic_latin TEXT NOT NULL DEFAULT '',
        date_of_birth TEXT,
        category TEXT NOT NULL,
        stage TEXT NOT NULL,
        flags TEXT NOT NULL DEFAULT '',
        details TEXT NOT NULL,
        sent_to_hq_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL)""",
    """CREATE INDEX applicants_stage ON applicants(stage)""",
    """CREATE INDEX applicants_updated ON applicants(updated_at)""",
    """CREATE TABLE applications (
        applicant_id INTEGER PRIMARY KEY REFERENCES applicants(id) ON DELETE CASCADE,
        data TEXT NOT NULL)""",
    """CREATE TABLE interviews (
        id INTEGER PRIMARY KEY,
        applicant_id INTEGER NOT NULL REFERENCES applicants(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        template_id TEXT NOT NULL,
        data TEXT NOT NULL)""",
    """CREATE INDEX interviews_applicant ON interviews(applicant_id)""",
    """CREATE TABLE checks (
        id INTEGER PRIMARY KEY,
        applicant_id INTEGER NOT NULL REFERENCES applicants(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        result TEXT NOT NULL,
        data TEXT NOT NULL)""",
    """CREATE INDEX checks_applicant ON checks(applicant_id)""",
    """CREATE TABLE polygraph_exams (
        id INTEGER PRIMARY KEY,
        applicant_id INTEGER NOT NULL REFERENCES applicants(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        examiner TEXT NOT NULL DEFAULT '',
        held_on TEXT,
        result TEXT,
        data TEXT NOT NULL,
        UNIQUE (applicant_id, number))""",
    """CREATE TABLE polygraph_scores (
        exam_id INTEGER NOT NULL REFERENCES polygraph_exams(id) ON DELETE CASCADE,
        chart INTEGER NOT NULL,
        question TEXT NOT NULL,
        channel TEXT NOT NULL,
        score INTEGER NOT NULL,
        PRIMARY KEY (exam_id, chart, question, channel)) WITHOUT ROWID""",
    """CREATE TABLE decisions (
        applicant_id INTEGER PRIMARY KEY REFERENCES applicants(id) ON DELETE CASCADE,
        outcome TEXT NOT NULL,
        data TEXT NOT NULL)""",
    """CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        applicant_id INTEGER NOT NULL REFERENCES applicants(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        purpose TEXT NOT NULL DEFAULT 'other',
        created_at TEXT NOT NULL,
        UNIQUE (applicant_id, sha256))""",
    """CREATE TABLE attachment_chunks (
        id INTEGER PRIMARY KEY,
        attachment_id INTEGER NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        UNIQUE (attachment_id, seq))""",
    """CREATE TABLE audit (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        case_number TEXT,
        detail TEXT NOT NULL DEFAULT '',
        prev_hash BLOB NOT NULL,
        hash BLOB NOT NULL)""",
    """CREATE INDEX audit_case ON audit(case_number)""",
]

TABLES = [
    "audit", "attachment_chunks", "attachments", "decisions", "polygraph_scores",
    "polygraph_exams", "checks", "interviews", "applications", "applicants",
    "case_counters", "users", "meta",
]


def upgrade() -> None:
    for sql in STATEMENTS:
        op.execute(sql)


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"DROP TABLE {table}")
