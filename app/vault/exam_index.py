"""Derived polygraph columns: each exam's computed result and rule status, kept on
every save and rebuilt after migration 0010 (both written by app.vault.guard), and read
by the examiner statistics; the rule-set history the vault remembers.
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
from app.vault import packing
from app.vault.connection import Connection


def derived(exam: PolygraphExam) -> tuple[str | None, str]:
    """(computed result, rule status) as stored beside the exam."""
    s = polygraph.score(exam)
    return (s.computed.value if s.computed else None), s.rule_status


def _exam(conn: Connection, exam_id: int, row: tuple[Any, ...]) -> PolygraphExam | None:
    """One stored exam (the columns of packing.EXAM_SELECT after the id), its scores built
    directly (the generic converter costs ~3 ms an exam)."""
    try:
        body = packing.exam_from_row(row)
    except IntegrityError:
        return None
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


def rescore_plan(conn: Connection) -> tuple[list[tuple[str | None, str, int]], set[int]]:
    """What the upgrade rescore (app.vault.guard.rescore_exams) writes: every exam's derived
    columns as (computed, rule status, exam id), and the cases the new rules change: a third exam
    recorded, a discordant pair whose called-for exam is missing (it becomes the next step), or
    an exam whose rule is unknown. Reads only."""
    from app.domain import content, rulesets

    # at upgrade no session is open yet: register this vault's installed rules first
    content.install([(str(k), str(n), json.loads(d)) for k, n, d in conn.execute(
        "SELECT kind, name, data FROM installed_content")])
    rulesets.remember(remembered_rule_sets(conn))
    req = workflow.requirements()
    updates: list[tuple[str | None, str, int]] = []
    touched: set[int] = set()
    results: dict[int, dict[int, ExamResult | None]] = {}
    for applicant_id, exam_id, *row in conn.execute(
            f"SELECT e.applicant_id, {packing.EXAM_SELECT} FROM polygraph_exams e {packing.EXAM_JOIN}").fetchall():
        exam = _exam(conn, exam_id, tuple(row))
        if exam is None:
            continue
        computed, status = derived(exam)
        updates.append((computed, status, int(exam_id)))
        results.setdefault(int(applicant_id), {})[exam.number] = exam.result
        if status == "unknown" or exam.number >= 3:
            touched.add(int(applicant_id))
    touched |= {a for a, by_number in results.items() if _called_for(by_number, req)}
    return updates, touched


def examiner_rows(conn: Connection, since: str = "") -> list[tuple[str, str | None, str | None, str, bool]]:
    """(examiner, stated, computed, rule status, sealed) for every exam of a live case."""
    rows = conn.execute(
        "SELECT e.examiner, e.result, e.computed, e.rule_status, e.sealed"
        " FROM polygraph_exams e JOIN applicants a ON a.id = e.applicant_id"
        " WHERE a.merged_into IS NULL AND coalesce(e.held_on, '') >= ?", (since,)).fetchall()
    return [(str(x), r, c, str(s), bool(sealed)) for x, r, c, s, sealed in rows]


def rule_set_row(doc: Any) -> tuple[str, str]:
    """(sha256, canonical JSON) of a polygraph rule set, as `known_rule_sets` keeps it."""
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest(), text


def remembered_rule_sets(conn: Connection) -> list[Any]:
    return [json.loads(r[0]) for r in conn.execute("SELECT doc FROM known_rule_sets ORDER BY added_at, sha256")]
