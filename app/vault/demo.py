"""Realistic synthetic dossiers for demos, tests and benchmarks.

Names, places and text come from Faker's ru_RU and uk_UA locales. Pools are
drawn once from a seeded Faker, then every dossier is built from one seeded
`random.Random`, so the same seed always gives the same people, and 100k
dossiers take minutes rather than hours. Dates are counted back from a fixed
reference date, never from today: the same seed gives the same dossiers on any
machine on any date (a 29 February once crashed it), and benchmarks compare.
"""

from __future__ import annotations

import random
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from faker import Faker

from app.domain import polygraph
from app.domain.enums import (
    Assessment,
    Category,
    Channel,
    CheckKind,
    CheckResult,
    DecisionOutcome,
    ExamResult,
    QuestionType,
)
from app.domain.model import (
    Application,
    BackgroundCheck,
    Decision,
    Dossier,
    IdentityDocument,
    Interview,
    MilitaryService,
    Person,
    PolygraphExam,
    Question,
    Relative,
    Score,
)
from app.domain.names import fill_latin
from app.domain.roles import Action
from app.vault.session import VaultSession

BATCH = 500
POOL = 400
# Every date in the demo is counted back from here (applications up to 700 days before it).
REFERENCE_DATE = date(2026, 3, 1)


@dataclass
class _Pools:
    names: dict[tuple[str, str], tuple[list[str], list[str], list[str]]]
    cities: dict[str, list[str]]
    sentences: dict[str, list[str]]


def _pools(seed: int) -> _Pools:
    names, cities, sentences = {}, {}, {}
    for loc in ("ru_RU", "uk_UA"):
        fk = Faker(loc)
        fk.seed_instance(seed)
        for sex in ("male", "female"):
            names[(loc, sex)] = (
                [getattr(fk, f"last_name_{sex}")() for _ in range(POOL)],
                [getattr(fk, f"first_name_{sex}")() for _ in range(POOL // 2)],
                [getattr(fk, f"middle_name_{sex}")() for _ in range(POOL // 2)],
            )
        cities[loc] = [fk.city_name() for _ in range(POOL // 2)]
        sentences[loc] = [fk.sentence(nb_words=10) for _ in range(POOL)]
    return _Pools(names, cities, sentences)


def scan_png(rng: random.Random, width: int = 48, height: int = 32) -> bytes:
    """A small greyscale PNG standing in for a scanned page."""
    rows = b"".join(b"\x00" + bytes(rng.randrange(180, 256) for _ in range(width)) for _ in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


def _exam(rng: random.Random, number: int, held: date, examiner: str) -> PolygraphExam:
    questions = [
        Question("I1", QuestionType.IRRELEVANT, "Вы сейчас находитесь в помещении?"),
        Question("C1", QuestionType.COMPARISON, "Вы когда-нибудь обманывали близких?"),
        Question("R1", QuestionType.RELEVANT, "Вы поддерживаете связь с российскими спецслужбами?"),
        Question("C2", QuestionType.COMPARISON, "Вы когда-нибудь нарушали правила ради выгоды?"),
        Question("R2", QuestionType.RELEVANT, "Вас направили сюда с заданием?"),
        Question("C3", QuestionType.COMPARISON, "Вы когда-нибудь лгали, чтобы избежать проблем?"),
        Question("R3", QuestionType.RELEVANT, "Вы скрываете цель своего прихода?"),
    ]
    deceptive = rng.random() < 0.05
    charts = rng.choice((3, 3, 4, 5))
    scores = [
        Score(chart, q.label, ch, max(-3, min(3, round(rng.gauss(-1.2 if deceptive else 0.8, 1.2)))))
        for chart in range(1, charts + 1)
        for q in questions if q.type == QuestionType.RELEVANT
        for ch in (Channel.PNEUMO, Channel.EDA, Channel.CARDIO)
    ]
    exam = PolygraphExam(
        number=number, examiner=examiner, held_on=held, place="пункт отбора",
        instrument="Lafayette LX6", serial=f"LX6-{rng.randrange(10000, 99999)}",
        technique="Federal ZCT", questions=questions, charts=charts, scores=scores,
        method="federal_7", rule=polygraph.rule_snapshot("federal_zct"),
        pretest_notes="Испытуемый спокоен.", posttest_notes="",
    )
    exam.result = polygraph.score(exam).computed
    if rng.random() < 0.03:  # now and then the examiner's call differs from the numbers
        exam.result = ExamResult.INC if exam.result != ExamResult.INC else ExamResult.NDI
    return exam


def _screening_answers(rng: random.Random, pools: _Pools, loc: str, received: date,
                       category: Category, person: Person) -> dict[str, object]:
    """Answers that satisfy resources/forms/screening.v2.json; about 2% contradict the application."""
    served = category in (Category.SERVING_SOLDIER, Category.PRISONER_OF_WAR)
    approached = rng.random() < 0.05
    occupied = rng.random() < 0.4
    answers: dict[str, object] = {
        "identity_confirmed": "yes", "identity_document": rng.choice(("passport", "internal_passport")),
        "served": "yes" if served else "no",
        "how_arrived": "captured" if category == Category.PRISONER_OF_WAR else rng.choice(("crossed", "resident")),
        "arrival_date": (received - timedelta(days=rng.randrange(5, 200))).isoformat(),
        "arrival_circumstances": " ".join(rng.choice(pools.sentences[loc]) for _ in range(2)),
        "motives": rng.sample(["ideology", "family", "revenge", "escape", "money"], rng.randrange(1, 3)),
        "motivation_story": rng.choice(pools.sentences[loc]), "motivation_credibility": rng.randrange(2, 6),
        "approached": "yes" if approached else "no", "relatives_in_occupied": "yes" if occupied else "no",
        "consent_checks": "yes",
    }
    dob = person.date_of_birth
    if dob is not None:
        if rng.random() < 0.02:
            dob = year_earlier(dob)
        answers["stated_date_of_birth"] = dob.isoformat()
    if person.documents:
        answers["stated_document_number"] = person.documents[0].number
    if served:
        answers["service_units"] = f"в/ч {rng.randrange(10000, 99999)}, рядовой"
        if person.military:
            answers["stated_unit"], answers["stated_rank"] = person.military[0].unit, person.military[0].rank
    if approached:
        answers["approach_details"] = rng.choice(pools.sentences[loc])
    if occupied:
        answers["relatives_pressure"] = rng.choice(pools.sentences[loc])
    return answers


def year_earlier(day: date) -> date:
    """The same day a year before (28 February for a 29 February)."""
    return day.replace(year=day.year - 1, day=min(day.day, 28) if (day.month, day.day) == (2, 29) else day.day)


def make_dossier(rng: random.Random, pools: _Pools, today: date) -> tuple[Dossier, bytes | None]:
    loc = rng.choice(("ru_RU", "uk_UA"))
    sex = "male" if rng.random() < 0.85 else "female"
    surnames, givens, middles = pools.names[(loc, sex)]
    citizen = ["RU"] if loc == "ru_RU" else rng.choice((["UA"], ["RU", "UA"]))
    category = rng.choices(list(Category), weights=(45, 25, 25, 5))[0]
    dob = date(1965, 1, 1) + timedelta(days=rng.randrange(0, 40 * 365))
    if loc == "ru_RU":
        doc = IdentityDocument("internal_passport", f"{rng.randrange(10, 99)} {rng.randrange(10, 99)} "
                               f"{rng.randrange(100000, 999999)}", "МВД России")
    else:
        doc = IdentityDocument("passport", f"F{rng.choice('ABEKMHT')}{rng.randrange(100000, 999999)}",
                               "ДМС України")
    person = Person(
        surname=rng.choice(surnames), given_name=rng.choice(givens), patronymic=rng.choice(middles),
        date_of_birth=dob, place_of_birth=rng.choice(pools.cities[loc]), citizenships=citizen,
        documents=[doc], category=category, languages=["ru"] if loc == "ru_RU" else ["uk", "ru"],
        contact_method=rng.choice(("горячая линия", "через родственников", "в плену", "телеграм-бот")),
        military=[MilitaryService(unit=f"в/ч {rng.randrange(10000, 99999)}", rank="рядовой",
                                  branch="сухопутные войска")] if category in
        (Category.SERVING_SOLDIER, Category.PRISONER_OF_WAR) else [],
        relatives=[Relative("мать", f"{rng.choice(surnames)} {rng.choice(givens)}",
                            residence=rng.choice(pools.cities[loc]),
                            hostile_territory=rng.random() < 0.4)],
    )
    fill_latin(person)
    received = today - timedelta(days=rng.randrange(1, 700))
    text = " ".join(rng.choice(pools.sentences[loc]) for _ in range(rng.randrange(3, 9)))
    d = Dossier(person=person, application=Application(received, text, rng.random() < 0.9))
    progress = rng.random()
    if progress > 0.15:
        d.interviews.append(Interview(
            template_id="screening", template_version=2, interviewer="OFFICER",
            started_at=datetime.combine(received + timedelta(days=3), datetime.min.time(), UTC),
            answers=_screening_answers(rng, pools, loc, received, category, person),
            assessment=rng.choices(list(Assessment), weights=(80, 15, 5))[0],
            notes=rng.choice(pools.sentences[loc])))
    if progress > 0.3:
        for kind in (CheckKind.SECURITY_SERVICE, CheckKind.COUNTER_INTELLIGENCE, CheckKind.WATCHLIST):
            result = rng.choices(list(CheckResult), weights=(10, 80, 5, 5))[0]
            d.checks.append(BackgroundCheck(kind, received + timedelta(days=5), "OFFICER",
                                            f"REF-{rng.randrange(10**5, 10**6)}", result))
    if progress > 0.5:
        d.polygraph_exams.append(_exam(rng, 1, received + timedelta(days=20), "EXAMINER1"))
    if progress > 0.65:
        d.polygraph_exams.append(_exam(rng, 2, received + timedelta(days=34), "EXAMINER2"))
    if progress > 0.8:
        d.decision = Decision(rng.choices(list(DecisionOutcome), weights=(70, 20, 8, 2))[0],
                              "R0", "Решение по результатам проверки.", "SUPERVISOR")
    _seal_finished(d, rng, today)
    scan = scan_png(rng) if rng.random() < 0.1 else None
    return d, scan


def _seal_finished(d: Dossier, rng: random.Random, today: date) -> None:
    """Most finished records in the demo are sealed by their authors, as in a real post."""
    at = datetime.combine(today, datetime.min.time(), UTC).replace(hour=12)
    for iv in d.interviews:
        if rng.random() < 0.9:
            iv.sealed_by, iv.sealed_at = iv.interviewer, at
    for check in d.checks:
        if check.result != CheckResult.PENDING:
            check.sealed_by, check.sealed_at = check.requested_by, at
    for exam in d.polygraph_exams:
        if exam.result is not None and rng.random() < 0.9:
            exam.sealed_by, exam.sealed_at = exam.examiner, at
    if d.decision is not None:
        d.decision.sealed_by, d.decision.sealed_at = d.decision.decided_by, at


def load_demo(
    session: VaultSession, count: int, seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Add `count` synthetic dossiers through the guarded write layer (VaultSession.add_synthetic):
    complete with seals in a demo vault, as drafts in a real one."""
    session.require(Action.DEMO_DATA)
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not secrets
    pools = _pools(seed)
    today = REFERENCE_DATE
    done = 0
    while done < count:
        batch = min(BATCH, count - done)
        session.add_synthetic([make_dossier(rng, pools, today) for _ in range(batch)])
        done += batch
        if progress:
            progress(done, count)
    session.upkeep_after_bulk(done)
    return done
