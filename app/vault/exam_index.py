"""Derived polygraph columns: each exam's computed result and rule status, kept on
every save (app.vault.dossiers), rebuilt after migration 0010, and read by the
examiner statistics and the rule-set history the vault remembers.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from app.domain import polygraph, workflow
from app.domain.enums import Channel, ExamResult
from app.domain.model import PolygraphExam, Score
from app.domain.serde import from_jsonable
from app.errors import IntegrityError
from app.vault.connection import Connection


def derived(exam: PolygraphExam) -> tuple[str | None, str]:
    """(computed result, rule status) as stored beside the exam."""
    s = polygraph.score(exam)
    return (s.computed.value if s.computed else None), s.rule_status


def _exam(conn: Connection, exam_id: int, data: str) -> PolygraphExam | None:
    """One stored exam, its scores built directly (the generic converter costs ~3 ms an exam)."""
    body = json.loads(data)
    body.pop("scores", None)
    exam, problems = from_jsonable(PolygraphExam, body)
    if problems:
        return None
    try:
        exam.scores = [Score(int(c), str(q), Channel(ch), int(v)) for c, q, ch, v in conn.execute(
            "SELECT chart, question, channel, score FROM polygraph_scores WHERE exam_id = ?", (exam_id,))]
    except ValueError:
        return None
    return exam


def _called_for(results: dict[int, ExamResult | None], req: workflow.DecisionRequirements) -> bool:
    """Whether a named pair of these exam results calls for an exam that is not recorded."""
    for pair in req.pairs:
        a, b = results.get(pair.first), results.get(pair.second)
        if pair.if_discordant and pair.if_discordant not in results and a is not None and b is not None and \
                polygraph.compare(PolygraphExam(pair.first, result=a), PolygraphExam(pair.second, result=b)).discordant:
            return True
    return False


def rescore(conn: Connection) -> int:
    """Fill every exam's derived columns, then recompute stage and flags of the cases the
    new rules change: a third exam recorded, a discordant pair whose called-for exam is
    missing (it becomes the next step), or an exam whose rule is unknown. Returns the
    number of cases recomputed. Runs inside the caller's transaction."""
    from app.domain import content, rulesets
    from app.vault import dossiers

    # at upgrade no session is open yet: register this vault's installed rules first
    content.install([(str(k), str(n), json.loads(d)) for k, n, d in conn.execute(
        "SELECT kind, name, data FROM installed_content")])
    rulesets.remember(remembered_rule_sets(conn))
    req = workflow.requirements()
    touched: set[int] = set()
    results: dict[int, dict[int, ExamResult | None]] = {}
    for exam_id, applicant_id, data in conn.execute(
            "SELECT id, applicant_id, data FROM polygraph_exams").fetchall():
        exam = _exam(conn, exam_id, data)
        if exam is None:
            continue
        computed, status = derived(exam)
        conn.execute("UPDATE polygraph_exams SET computed = ?, rule_status = ? WHERE id = ?",
                     (computed, status, exam_id))
        results.setdefault(int(applicant_id), {})[exam.number] = exam.result
        if status == "unknown" or exam.number >= 3:
            touched.add(int(applicant_id))
    touched |= {a for a, by_number in results.items() if _called_for(by_number, req)}
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
        "SELECT e.examiner, e.result, e.computed, e.rule_status, coalesce(json_extract(e.data, '$.sealed_by'), '')"
        " FROM polygraph_exams e JOIN applicants a ON a.id = e.applicant_id"
        " WHERE a.merged_into IS NULL AND coalesce(e.held_on, '') >= ?", (since,)).fetchall()
    return [(str(x), r, c, str(s), bool(sealed)) for x, r, c, s, sealed in rows]


def remember_rule_set(conn: Connection, doc: Any, origin: str, at: str) -> None:
    """Keep a polygraph rule set the vault installed, so its rules stay known later."""
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    conn.execute("INSERT OR IGNORE INTO known_rule_sets(sha256, doc, origin, added_at) VALUES (?, ?, ?, ?)",
                 (hashlib.sha256(text.encode("utf-8")).hexdigest(), text, origin, at))


def remembered_rule_sets(conn: Connection) -> list[Any]:
    return [json.loads(r[0]) for r in conn.execute("SELECT doc FROM known_rule_sets ORDER BY added_at, sha256")]
