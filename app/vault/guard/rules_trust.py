"""Rule trust for polygraph exams: the one place the guarded write layer asks whether an exam's
stored rule comes from a rule set this vault knows (shipped, or installed from a signed HQ
update package, matched by content hash).

Called before an exam is sealed (`SealMixin.seal_record`): any problem returned refuses the seal
with that reason. The check itself belongs to the polygraph rule work (issue 19); until it lands
every stored rule is accepted, as before.
"""

from __future__ import annotations

from app.domain.model import PolygraphExam


def exam_rule_problems(exam: PolygraphExam) -> list[str]:
    """Why this exam's scoring rule cannot be trusted (empty: it can)."""
    return []
