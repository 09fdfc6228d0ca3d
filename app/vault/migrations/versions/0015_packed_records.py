"""Records packed at rest: record JSON compressed, an exam's rule snapshot and question list kept
once per content (issue 22: vault size).

* Every record's JSON (applicant details, application, interviews, checks, exams, decision) is
  stored packed (app/vault/packing.py: deflate with a preset dictionary, ~2.7× on this text);
  the text packed is exactly the text stored before, so records read back identically.
* An exam's rule snapshot (~0.9 kB) and question list (~0.9 kB) were repeated in every exam row
  (rows of ~2.2 kB, one to a 4 KiB page). They move to `exam_parts`, keyed by the SHA-256 of
  their JSON text; the exam row holds the two hashes, and reading the exam checks them. Triggers
  count the exams that use a part and delete it with the last one (a deleted case's own question
  texts go with it).
* `polygraph_exams.sealed`: whether the exam is sealed, which the examiner statistics read
  (it was `json_extract` of the JSON).

A value that does not parse is left as it was (it still reads as plain text and is refused on
open, as before). The upgrade is one transaction with the others; the freed pages are given back
by a VACUUM once it has committed (schema.finish_upgrade).

Revision ID: 0015
Revises: 0014
"""

import json
from collections import Counter
from typing import Any

import sqlalchemy as sa
from alembic import op

from app.vault import packing

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

# (table, JSON column): the records packed, besides the exams
RECORDS = (("applicant_details", "details"), ("applications", "data"), ("interviews", "data"),
           ("checks", "data"), ("decisions", "data"))
CHUNK = 2000
TRIGGERS = (
    "CREATE TRIGGER exam_parts_add AFTER INSERT ON polygraph_exams BEGIN"
    " UPDATE exam_parts SET refs = refs + 1 WHERE sha256 IN (NEW.rule_sha, NEW.questions_sha); END",
    "CREATE TRIGGER exam_parts_drop AFTER DELETE ON polygraph_exams BEGIN"
    " UPDATE exam_parts SET refs = refs - 1 WHERE sha256 IN (OLD.rule_sha, OLD.questions_sha);"
    " DELETE FROM exam_parts WHERE sha256 IN (OLD.rule_sha, OLD.questions_sha) AND refs <= 0; END",
    "CREATE TRIGGER exam_parts_move AFTER UPDATE OF rule_sha, questions_sha ON polygraph_exams BEGIN"
    " UPDATE exam_parts SET refs = refs + 1 WHERE sha256 IN (NEW.rule_sha, NEW.questions_sha);"
    " UPDATE exam_parts SET refs = refs - 1 WHERE sha256 IN (OLD.rule_sha, OLD.questions_sha);"
    " DELETE FROM exam_parts WHERE sha256 IN (OLD.rule_sha, OLD.questions_sha) AND refs <= 0; END",
)


def _chunks(bind: Any, sql: str, key: str = "rowid") -> Any:
    """Rows (`key` first) of `sql` (which ends `WHERE {key} > :after`), a chunk at a time."""
    after = -1
    while True:
        rows = bind.execute(sa.text(f"{sql} ORDER BY {key} LIMIT {CHUNK}"), {"after": after}).fetchall()
        if not rows:
            return
        yield rows
        after = rows[-1][0]


def upgrade() -> None:
    bind = op.get_bind()
    op.execute("CREATE TABLE exam_parts (sha256 BLOB PRIMARY KEY, body BLOB NOT NULL,"
               " refs INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID")
    op.execute("ALTER TABLE polygraph_exams ADD COLUMN rule_sha BLOB")
    op.execute("ALTER TABLE polygraph_exams ADD COLUMN questions_sha BLOB")
    op.execute("ALTER TABLE polygraph_exams ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0")
    refs: Counter[bytes] = Counter()
    bodies: dict[bytes, bytes] = {}
    for rows in _chunks(bind, "SELECT rowid, data FROM polygraph_exams WHERE typeof(data) = 'text' AND rowid > :after"):
        updates = []
        for exam_id, data in rows:
            try:
                body = json.loads(data)
            except ValueError:
                continue
            if not isinstance(body, dict):
                continue
            rest, parts = packing.split_exam(body)
            for p in parts:
                if p is not None:
                    refs[p[0]] += 1
                    bodies[p[0]] = p[1]
            updates.append({"id": exam_id, "data": packing.pack(packing.dumps(rest)),
                            "rule": parts[0][0] if parts[0] else None, "questions": parts[1][0] if parts[1] else None,
                            "sealed": int(bool(body.get("sealed_by")))})
        if updates:
            bind.execute(sa.text("UPDATE polygraph_exams SET data = :data, rule_sha = :rule, questions_sha = :questions,"
                                 " sealed = :sealed WHERE rowid = :id"), updates)
    if bodies:
        bind.execute(sa.text("INSERT INTO exam_parts(sha256, body, refs) VALUES (:h, :b, :n)"),
                     [{"h": h, "b": b, "n": refs[h]} for h, b in bodies.items()])
    for statement in TRIGGERS:
        op.execute(statement)
    for table, column in RECORDS:
        for rows in _chunks(bind, f"SELECT rowid, {column} FROM {table} WHERE typeof({column}) = 'text'"
                                  " AND rowid > :after"):
            bind.execute(sa.text(f"UPDATE {table} SET {column} = :v WHERE rowid = :id"),
                         [{"id": rid, "v": packing.pack(text)} for rid, text in rows])
    op.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('vacuum', '1')")


def downgrade() -> None:
    bind = op.get_bind()
    for name in ("exam_parts_add", "exam_parts_drop", "exam_parts_move"):
        op.execute(f"DROP TRIGGER {name}")
    for rows in _chunks(bind, "SELECT e.rowid, e.data, e.rule_sha, r.body, e.questions_sha, q.body FROM polygraph_exams e"
                              " LEFT JOIN exam_parts r ON r.sha256 = e.rule_sha"
                              " LEFT JOIN exam_parts q ON q.sha256 = e.questions_sha WHERE e.rowid > :after", "e.rowid"):
        bind.execute(sa.text("UPDATE polygraph_exams SET data = :data WHERE rowid = :id"),
                     [{"id": r[0], "data": packing.dumps(packing.exam_from_row(tuple(r[1:])))} for r in rows
                      if not isinstance(r[1], str)])
    op.execute("ALTER TABLE polygraph_exams DROP COLUMN sealed")
    op.execute("ALTER TABLE polygraph_exams DROP COLUMN questions_sha")
    op.execute("ALTER TABLE polygraph_exams DROP COLUMN rule_sha")
    op.execute("DROP TABLE exam_parts")
    for table, column in RECORDS:
        for rows in _chunks(bind, f"SELECT rowid, {column} FROM {table} WHERE typeof({column}) = 'blob'"
                                  " AND rowid > :after"):
            bind.execute(sa.text(f"UPDATE {table} SET {column} = :v WHERE rowid = :id"),
                         [{"id": rid, "v": packing.unpack(value)} for rid, value in rows])
