"""The dossier: one applicant and every record of their vetting.

Field names are the interchange keys of `field-dossier/1` (docs/dossier-format.md).
Dates are `datetime.date`, instants are timezone-aware `datetime.datetime`, and
references to attachments are their SHA-256 (hex).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.domain.enums import (
    Assessment,
    Category,
    Channel,
    CheckKind,
    CheckResult,
    DatePrecision,
    DecisionOutcome,
    ExamResult,
    QuestionType,
    Stage,
)

# Added after format field-dossier/1 was fixed: left out of documents while at their default,
# so every earlier document (and its content hash) stays exactly as it was.
OMIT_DEFAULT = {"omit_default": True}


@dataclass
class IdentityDocument:
    type: str
    number: str
    issuer: str = ""
    issued_on: date | None = None
    expires_on: date | None = None


@dataclass
class MilitaryService:
    unit: str = ""
    rank: str = ""
    branch: str = ""
    served_from: date | None = None
    served_to: date | None = None


@dataclass
class Relative:
    relation: str
    name: str
    date_of_birth: date | None = None
    residence: str = ""
    hostile_territory: bool = False
    contact: str = ""
    date_of_birth_precision: DatePrecision = field(default=DatePrecision.DAY, metadata=OMIT_DEFAULT)


@dataclass
class Person:
    surname: str
    given_name: str
    patronymic: str = ""
    surname_latin: str = ""
    given_name_latin: str = ""
    patronymic_latin: str = ""
    aliases: list[str] = field(default_factory=list)
    callsign: str = ""
    date_of_birth: date | None = None
    place_of_birth: str = ""
    citizenships: list[str] = field(default_factory=list)
    documents: list[IdentityDocument] = field(default_factory=list)
    category: Category = Category.OTHER
    military: list[MilitaryService] = field(default_factory=list)
    contact_method: str = ""
    relatives: list[Relative] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    photo: str | None = None
    date_of_birth_precision: DatePrecision = field(default=DatePrecision.DAY, metadata=OMIT_DEFAULT)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)

    @property
    def full_name_latin(self) -> str:
        parts = (self.surname_latin, self.given_name_latin, self.patronymic_latin)
        return " ".join(p for p in parts if p)


@dataclass
class Application:
    received_on: date | None = None
    text: str = ""
    signed: bool = False
    pages: list[str] = field(default_factory=list)


@dataclass
class Amendment:
    """A correction to a sealed record: who, when, why, and the record as it was."""

    by: str
    reason: str
    at: datetime | None = None
    original: dict[str, Any] = field(default_factory=dict)


@dataclass
class Interview:
    template_id: str
    template_version: int = 1
    answers: dict[str, Any] = field(default_factory=dict)
    interviewer: str = ""
    started_at: datetime | None = None
    ended_at: datetime | None = None
    place: str = ""
    interpreter: str = ""
    assessment: Assessment | None = None
    red_flags: list[str] = field(default_factory=list)
    notes: str = ""
    sealed_by: str = ""
    sealed_at: datetime | None = None
    amendments: list[Amendment] = field(default_factory=list)


@dataclass
class BackgroundCheck:
    kind: CheckKind
    requested_on: date | None = None
    requested_by: str = ""
    reference: str = ""
    result: CheckResult = CheckResult.PENDING
    summary: str = ""
    attachments: list[str] = field(default_factory=list)
    waived_by: str = ""
    waiver_reason: str = ""
    sealed_by: str = ""
    sealed_at: datetime | None = None
    amendments: list[Amendment] = field(default_factory=list)


@dataclass
class Question:
    label: str
    type: QuestionType
    text: str = ""


@dataclass
class Score:
    chart: int
    question: str
    channel: Channel
    score: int


@dataclass
class PolygraphExam:
    number: int
    examiner: str = ""
    held_on: date | None = None
    place: str = ""
    instrument: str = ""
    serial: str = ""
    technique: str = ""
    format: str = ""  # a question-list template of the rule file (federal_zct, afmgqt, ...); "" = free-form
    questions: list[Question] = field(default_factory=list)
    charts: int = 3
    scores: list[Score] = field(default_factory=list)
    method: str = ""
    rule: dict[str, Any] = field(default_factory=dict)
    result: ExamResult | None = None
    admissions: str = ""
    pretest_notes: str = ""
    posttest_notes: str = ""
    attachments: list[str] = field(default_factory=list)
    sealed_by: str = ""
    sealed_at: datetime | None = None
    amendments: list[Amendment] = field(default_factory=list)


@dataclass
class Decision:
    outcome: DecisionOutcome
    reason_code: str = ""
    rationale: str = ""
    decided_by: str = ""
    decided_at: datetime | None = None
    approved_by: str = ""
    sealed_by: str = ""
    sealed_at: datetime | None = None
    amendments: list[Amendment] = field(default_factory=list)


@dataclass
class Attachment:
    name: str
    media_type: str
    size: int
    sha256: str
    purpose: str = "other"


@dataclass
class Dossier:
    person: Person
    case_number: str = ""
    application: Application | None = None
    interviews: list[Interview] = field(default_factory=list)
    checks: list[BackgroundCheck] = field(default_factory=list)
    polygraph_exams: list[PolygraphExam] = field(default_factory=list)
    decision: Decision | None = None
    attachments: list[Attachment] = field(default_factory=list)
    sent_to_hq_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class ApplicantSummary:
    """One row of the applicant list: what the list shows without loading a dossier."""

    case_number: str
    surname: str
    given_name: str
    patronymic: str
    surname_latin: str
    given_name_latin: str
    date_of_birth: date | None
    category: Category
    stage: Stage
    flags: str
    updated_at: datetime
    stage_exam: int | None = None  # the exam number when `stage` is polygraph
