"""Derived polygraph columns: each exam's computed result and rule status, kept on
every save (app.vault.dossiers), rebuilt after migration 0010, and read by the
examiner statistics and the rule-set history the vault remembers.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from app.domain import polygraph
from app.domain.enums import Stage
from app.domain.model import PolygraphExam
from app.domain.serde import from_jsonable
from app.errors import IntegrityError
from app.vault.connection import Connection


def derived(exam: PolygraphExam) -> tuple[str | None, str]:
    """(computed result, rule status) as stored beside the exam."""
    s = polygraph.score(exam)
    return (s.computed.value if s.computed else None), s.rule_status


def _exam(conn: Connection, exam_id: int, data: str) -> PolygraphExam | None:
    body = json.loads(data)
    body["scores"] = [{"chart": c, "question": q, "channel": ch, "score": s} for c, q, ch, s in conn.execute(
        "SELECT chart, question, channel, score FROM polygraph_scores WHERE exam_id = ?", (exam_id,))]
    exam, problems = from_jsonable(PolygraphExam, body)
    return None if problems else exam


def rescore(conn: Connection) -> int:
    """Fill every exam's derived columns, then recompute stage and flags of the cases the
    new rules can change: a third exam recorded, two or more exams past the polygraph
    steps (a discordant pair now calls for exam 3), or an exam whose rule is unknown.
    Returns the number of cases recomputed. Runs inside the caller's transaction."""
    from app.domain import content, rulesets
    from app.vault import dossiers

    # at upgrade no session is open yet: register this vault's installed rules first
    content.install([(str(k), str(n), json.loads(d)) for k, n, d in conn.execute(
        "SELECT kind, name, data FROM installed_content")])
    rulesets.remember(remembered_rule_sets(conn))
    touched: set[int] = set()
    for exam_id, applicant_id, data in conn.execute(
            "SELECT id, applicant_id, data FROM polygraph_exams").fetchall():
        exam = _exam(conn, exam_id, data)
        if exam is None:
            continue
        computed, status = derived(exam)
        conn.execute("UPDATE polygraph_exams SET computed = ?, rule_status = ? WHERE id = ?",
                     (computed, status, exam_id))
        if status == "unknown" or exam.number >= 3:
            touched.add(int(applicant_id))
    past = (Stage.DECISION.value, Stage.SENT_TO_HQ.value, Stage.CLOSED.value)
    touched |= {int(r[0]) for r in conn.execute(
        "SELECT a.id FROM applicants a WHERE a.stage IN (?, ?, ?) AND "
        "(SELECT count(*) FROM polygraph_exams e WHERE e.applicant_id = a.id) >= 2", past)}
    for applicant_id in sorted(touched):
        (case,) = conn.execute("SELECT case_number FROM applicants WHERE id = ?", (applicant_id,)).fetchone()
        try:
            d = dossiers.load_by_id(conn, applicant_id, case)
        except IntegrityError:  # a record an old version stored badly: left as it was, shown on open
            continue
        stage, stage_exam = dossiers.stage_columns(d)
        conn.execute("UPDATE applicants SET stage = ?, stage_exam = ? WHERE id = ?", (stage, stage_exam, applicant_id))
        dossiers.case_flags(conn, applicant_id, d)
    return len(touched)


def examiner_rows(conn: Connection, since: str = "") -> list[tuple[str, str | None, str | None, str, bool]]:
    """(examiner, stated, computed, rule status, sealed) for every exam of a live case."""
    rows = conn.execute(
        "SELECT e.examiner, e.result, e.computed, e.rule_status, e.data FROM polygraph_exams e "
        "JOIN applicants a ON a.id = e.applicant_id WHERE a.merged_into IS NULL AND coalesce(e.held_on, '') >= ?",
        (since,)).fetchall()
    return [(str(x), r, c, str(s), bool(json.loads(d).get("sealed_by"))) for x, r, c, s, d in rows]


def remember_rule_set(conn: Connection, doc: Any, origin: str, at: str) -> None:
    """Keep a polygraph rule set the vault installed, so its rules stay known later."""
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    conn.execute("INSERT OR IGNORE INTO known_rule_sets(sha256, doc, origin, added_at) VALUES (?, ?, ?, ?)",
                 (hashlib.sha256(text.encode("utf-8")).hexdigest(), text, origin, at))


def remembered_rule_sets(conn: Connection) -> list[Any]:
    return [json.loads(r[0]) for r in conn.execute("SELECT doc FROM known_rule_sets ORDER BY added_at, sha256")]
