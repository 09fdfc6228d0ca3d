"""What a record must contain before its author can seal it."""

from __future__ import annotations

from app.domain import forms, msg, polygraph
from app.domain.enums import CheckResult
from app.domain.model import BackgroundCheck, Decision, Interview, PolygraphExam
from app.domain.sealing import Record


def completeness(kind: str, record: Record) -> list[str]:
    if isinstance(record, Interview):
        tpl = forms.load_template(record.template_id, record.template_version)
        labels = {f.id: forms.own_text(f.label, f.id) for f in tpl.fields}
        out: list[str] = [msg.text("err.form_problem", labels[field], problem)
                          for field, problem in forms.check_answers(tpl, record.answers).items()]
        if record.assessment is None:
            out.append(msg.text("err.assessment_missing"))
        return out
    if isinstance(record, PolygraphExam):
        out = list(polygraph.score(record).problems)
        if record.result is None:
            out.append(msg.text("err.exam_result_missing"))
        return out
    if isinstance(record, BackgroundCheck):
        return [msg.text("err.result_pending")] if record.result == CheckResult.PENDING else []
    assert isinstance(record, Decision)
    return [] if record.outcome else [msg.text("err.no_outcome")]
