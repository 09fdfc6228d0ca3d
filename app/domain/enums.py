"""Closed vocabularies of the vetting process. Values are the interchange strings."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OFFICER = "officer"
    EXAMINER = "examiner"
    SUPERVISOR = "supervisor"


class Category(StrEnum):
    SERVING_SOLDIER = "serving_soldier"
    PRISONER_OF_WAR = "prisoner_of_war"
    CIVILIAN = "civilian"
    OTHER = "other"


class Stage(StrEnum):
    APPLICATION = "application"
    INTERVIEW = "interview"
    CHECKS = "checks"
    POLYGRAPH = "polygraph"  # which exam: ApplicantSummary.stage_exam / StepStatus.exam (1…n)
    DECISION = "decision"
    SENT_TO_HQ = "sent_to_hq"
    CLOSED = "closed"


class Assessment(StrEnum):
    CREDIBLE = "credible"
    DOUBTFUL = "doubtful"
    NOT_CREDIBLE = "not_credible"


class CheckKind(StrEnum):
    SECURITY_SERVICE = "security_service"
    COUNTER_INTELLIGENCE = "counter_intelligence"
    DOCUMENT_VERIFICATION = "document_verification"
    OPEN_SOURCES = "open_sources"
    WATCHLIST = "watchlist"
    OTHER = "other"


class CheckResult(StrEnum):
    PENDING = "pending"
    NO_RECORD = "no_record"
    ADVERSE = "adverse"
    INCONCLUSIVE = "inconclusive"


class QuestionType(StrEnum):
    RELEVANT = "relevant"
    COMPARISON = "comparison"
    IRRELEVANT = "irrelevant"
    SYMPTOMATIC = "symptomatic"
    SACRIFICE = "sacrifice"
    OTHER = "other"


class Channel(StrEnum):
    PNEUMO = "pneumo"
    EDA = "eda"
    CARDIO = "cardio"
    OTHER = "other"


class ExamResult(StrEnum):
    NDI = "NDI"  # no deception indicated
    DI = "DI"  # deception indicated
    INC = "INC"  # inconclusive
    NO = "NO"  # no opinion
    PNC = "PNC"  # purposeful non-cooperation


class DecisionOutcome(StrEnum):
    ACCEPT = "accept"
    REJECT = "reject"
    DEFER = "defer"
    REFER = "refer"


class DatePrecision(StrEnum):
    """How much of a date is known: the applicant may not know a relative's day of birth.
    A partial date is stored as the first day of its month or year, with its precision
    beside it (`date_of_birth_precision`), so every date field stays a full ISO date."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
