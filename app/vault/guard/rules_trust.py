"""Rule trust for polygraph exams: the one place the guarded write layer asks whether an exam's
stored rule comes from a rule set this vault knows (shipped, retired, installed from a signed HQ
update package or remembered from an earlier one, matched by content hash: app.domain.rulesets).

An exam scored with an unknown rule is scored with a trusted rule instead, never marked verified,
and flagged red for review (app.domain.polygraph, app.domain.flags). It is not sealed: the seal
(`SealMixin.seal_record`) is refused with the reason, and so is an amendment that gives a sealed
exam an unknown rule (`RecordsMixin.save_dossier`). The desktop shows the same reason beside Seal.
"""

from __future__ import annotations

from app.domain import polygraph
from app.domain.model import Dossier, PolygraphExam


def exam_rule_problems(exam: PolygraphExam) -> list[str]:
    """Why this exam's scoring rule cannot be trusted (empty: it can)."""
    return polygraph.rule_seal_problems(exam)


def sealed_exam_problems(stored: Dossier, new: Dossier) -> list[tuple[str, str]]:
    """(JSON path, problem) for a sealed exam whose rule a change replaces with an unknown one."""
    before = {e.number: e.rule for e in stored.polygraph_exams}
    return [(f"$.polygraph_exams[{i}].rule", p) for i, e in enumerate(new.polygraph_exams)
            if e.sealed_by and before.get(e.number) != e.rule for p in exam_rule_problems(e)]
