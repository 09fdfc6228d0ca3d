"""Explainable risk flags: each has a code, a severity, one sentence, and the
evidence (the records or fields it rests on, as JSON paths).

Flags are computed from the dossier every time it is saved or shown; none is
stored by hand. Matching flags (possible duplicate, watchlist hit) are added by
the matching engine, which needs the rest of the vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain import msg, polygraph, workflow
from app.domain.dates import partial_iso
from app.domain.enums import Assessment, CheckResult, ExamResult
from app.domain.model import Dossier

RED, AMBER, INFO = "red", "amber", "info"
_ORDER = {RED: 0, AMBER: 1, INFO: 2}


@dataclass(frozen=True)
class Flag:
    code: str
    severity: str
    message: str
    evidence: tuple[str, ...] = ()
    args: tuple[str, ...] = ()  # the variable parts of the message, for translations
    source: str = ""  # the case a flag comes from when it is not this one (a case merged into it)

    def to_json(self) -> dict[str, Any]:
        out = {"code": self.code, "severity": self.severity, "message": self.message,
               "evidence": list(self.evidence), **({"args": list(self.args)} if self.args else {})}
        return {**out, "source": self.source} if self.source else out


def from_merged(f: Flag, case: str) -> Flag:
    """A flag of a case merged into this one, shown here with where it comes from."""
    return Flag(f.code, f.severity, f"In merged case {case}: {f.message}", f.evidence, f.args, case)


def _polygraph_flags(d: Dossier) -> list[Flag]:
    out: list[Flag] = []
    for i, exam in enumerate(d.polygraph_exams):
        path, n = f"$.polygraph_exams[{i}]", str(exam.number)
        scored = polygraph.score(exam)
        if ExamResult.DI in (exam.result, scored.computed):
            out.append(Flag("polygraph_di", RED,
                            f"Polygraph exam {exam.number} indicates deception: a trigger for follow-up "
                            "investigation, not a verdict.", (f"{path}.result",), (n,)))
        if exam.result in (ExamResult.INC, ExamResult.NO, ExamResult.PNC):
            severity = RED if exam.result == ExamResult.PNC else AMBER
            out.append(Flag(f"polygraph_{exam.result.value.lower()}", severity,
                            f"Polygraph exam {exam.number} result is {exam.result.value}.", (f"{path}.result",),
                            (n, exam.result.value)))
        if scored.unknown_rule:
            stated = exam.result.value if exam.result else "—"
            out.append(Flag("polygraph_unknown_rule", RED,
                            f"Exam {exam.number} was scored with an unknown rule: its stated result ({stated}) "
                            "needs review.", (f"{path}.rule", f"{path}.result"), (n, stated)))
        if scored.disagrees:
            computed, stated = scored.computed.value, exam.result.value  # type: ignore[union-attr]
            out.append(Flag("polygraph_disagreement", AMBER,
                            f"Exam {exam.number}: the scores give {computed} but the examiner stated {stated}.",
                            (f"{path}.scores", f"{path}.result"), (n, computed, stated)))
        if any(w.startswith("the decision rule does not fit") for w in scored.warnings):
            out.append(Flag("polygraph_rule_misfit", AMBER,
                            f"Exam {exam.number}: the decision rule does not fit the exam's format.",
                            (f"{path}.rule", f"{path}.format"), (n,)))
    index = {e.number: (i, e) for i, e in enumerate(d.polygraph_exams)}
    for pair in workflow.requirements().pairs:
        if pair.first not in index or pair.second not in index:
            continue
        (ia, a), (ib, b) = index[pair.first], index[pair.second]
        comparison = polygraph.compare(a, b)
        evidence = (f"$.polygraph_exams[{ia}]", f"$.polygraph_exams[{ib}]")
        numbers = (str(a.number), str(b.number))
        reasons = msg.joined(comparison.reasons)  # English, each reason keeping its code
        if comparison.discordant and pair.if_discordant:
            out.append(Flag("polygraph_discordance", AMBER,
                            f"Polygraph exams {a.number} and {b.number} disagree ({reasons}): exam "
                            f"{pair.if_discordant} or further investigation.", evidence,
                            (*numbers, reasons, str(pair.if_discordant))))
        elif comparison.discordant:
            out.append(Flag("polygraph_pair_differs", AMBER,
                            f"Polygraph exams {a.number} and {b.number} disagree ({reasons}).", evidence,
                            (*numbers, reasons)))
        for _severity, problem in comparison.policy_problems:
            out.append(Flag("polygraph_not_independent", AMBER,
                            f"Polygraph exams are not independent: {problem}.", evidence, (problem,)))
    return out


def _answers_say_yes(d: Dossier, field: str) -> list[str]:
    return [f"$.interviews[{i}].answers.{field}" for i, iv in enumerate(d.interviews)
            if iv.answers.get(field) == "yes"]


def _inconsistencies(d: Dossier) -> list[Flag]:
    """The application (person record) against what the applicant said in interviews."""
    p = d.person
    facts = {
        "stated_date_of_birth": ("date of birth", partial_iso(p.date_of_birth, p.date_of_birth_precision)),
        "stated_document_number": ("document number", " ".join(x.number for x in p.documents)),
        "stated_unit": ("unit", " ".join(m.unit for m in p.military)),
        "stated_rank": ("rank", " ".join(m.rank for m in p.military)),
    }
    out = []
    for i, iv in enumerate(d.interviews):
        for key, (what, recorded) in facts.items():
            said = str(iv.answers.get(key, "")).strip()
            if said and recorded and _norm(said) not in _norm(recorded) and not (
                    key == "stated_date_of_birth" and _norm(said).startswith(_norm(recorded))):  # a partial date
                out.append(Flag("inconsistency", AMBER,
                                f"The {what} given in interview {i + 1} differs from the application.",
                                (f"$.interviews[{i}].answers.{key}", "$.person"), (what, str(i + 1))))
    return out


def _norm(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def compute(d: Dossier, today: date | None = None) -> list[Flag]:
    today = today or date.today()
    flags = _polygraph_flags(d)
    for i, c in enumerate(d.checks):
        kind = c.kind.value.replace("_", " ")
        if c.result == CheckResult.ADVERSE:
            flags.append(Flag("check_adverse", RED, f"The {kind} check is adverse.", (f"$.checks[{i}].result",),
                              (kind,)))
        elif c.result == CheckResult.INCONCLUSIVE:
            flags.append(Flag("check_inconclusive", AMBER, f"The {kind} check is inconclusive.",
                              (f"$.checks[{i}].result",), (kind,)))
    for i, iv in enumerate(d.interviews):
        if iv.assessment == Assessment.NOT_CREDIBLE:
            flags.append(Flag("interview_not_credible", RED, f"Interview {i + 1} was assessed not credible.",
                              (f"$.interviews[{i}].assessment",), (str(i + 1),)))
        elif iv.assessment == Assessment.DOUBTFUL:
            flags.append(Flag("interview_doubtful", AMBER, f"Interview {i + 1} was assessed doubtful.",
                              (f"$.interviews[{i}].assessment",), (str(i + 1),)))
    contact = _answers_say_yes(d, "approached") + _answers_say_yes(d, "signed_anything")
    if contact:
        flags.append(Flag("russian_services_contact", RED,
                          "The applicant reports contact with Russian services.", tuple(contact)))
    hostile = [f"$.person.relatives[{i}]" for i, r in enumerate(d.person.relatives) if r.hostile_territory]
    hostile += _answers_say_yes(d, "relatives_in_occupied")
    if hostile:
        flags.append(Flag("relatives_hostile_territory", AMBER,
                          "Relatives live in hostile or occupied territory: a coercion risk.", tuple(hostile)))
    flags += _inconsistencies(d)
    received = d.application.received_on if d.application else None
    if received:
        due = workflow.rules_file()["due_days_after_application"]
        for status in workflow.step_statuses(d):
            days = due.get(status.key)
            if days is not None and not status.complete and (today - received).days > days:
                step = status.key.replace("_", " ")
                flags.append(Flag("overdue", AMBER,
                                  f"The {step} step is open {(today - received).days} days after the application "
                                  f"(due within {days}).", ("$.application.received_on",),
                                  (step, str((today - received).days), str(days))))
    return sorted(flags, key=lambda f: _ORDER[f.severity])


def order(f: Flag) -> int:
    return _ORDER[f.severity]


def match_flag(m: Any) -> Flag:
    """A duplicate candidate (app.domain.matching.Match): red when likely the same person, amber when possible."""
    why = "; ".join(m.reasons)
    if m.tier == "likely":
        return Flag("likely_duplicate", RED, f"Likely the same person as {m.b} (score {m.score:.2f}: {why}).",
                    ("$.person",), (m.b, f"{m.score:.2f}", why))
    return Flag("possible_duplicate", AMBER, f"Possibly the same person as {m.b} (score {m.score:.2f}: {why}).",
                ("$.person",), (m.b, f"{m.score:.2f}", why))


def watchlist_flag(entry: str, score: float, tier: str, reasons: list[str]) -> Flag:
    why = "; ".join(reasons)
    if tier == "likely":
        return Flag("watchlist_hit", RED, f"Matches watchlist entry {entry} (score {score:.2f}: {why}).",
                    ("$.person",), (entry, f"{score:.2f}", why))
    return Flag("watchlist_possible", AMBER, f"May match watchlist entry {entry} (score {score:.2f}: {why}).",
                ("$.person",), (entry, f"{score:.2f}", why))


def summary_codes(flags: list[Flag]) -> str:
    """The list column: severity-prefixed codes, e.g. 'red:polygraph_di,amber:overdue'."""
    return ",".join(dict.fromkeys(f"{f.severity}:{f.code}" for f in flags))
