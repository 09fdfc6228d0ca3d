"""Each risk flag, with its severity and evidence."""

from __future__ import annotations

from datetime import date

from app.domain import flags, polygraph
from app.domain.enums import Assessment, Channel, CheckKind, CheckResult, ExamResult, QuestionType
from app.domain.interchange import parse_document
from app.domain.model import (
    Application,
    BackgroundCheck,
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
from tests.conftest import sample_doc


def _exam(number: int, result: ExamResult | None, examiner: str, day: int, value: int = 1) -> PolygraphExam:
    qs = [Question("R1", QuestionType.RELEVANT), Question("C1", QuestionType.COMPARISON)]
    scores = [Score(c, "R1", ch, value) for c in (1, 2, 3) for ch in (Channel.PNEUMO, Channel.EDA, Channel.CARDIO)]
    return PolygraphExam(number=number, examiner=examiner, held_on=date(2026, 5, day), questions=qs, charts=3,
                         scores=scores, method="federal_7", rule=polygraph.rule_snapshot("federal_grand_total"),
                         result=result)


def _codes(d: Dossier, today: date = date(2026, 5, 20)) -> dict[str, flags.Flag]:
    return {f.code: f for f in flags.compute(d, today)}


def base() -> Dossier:
    return Dossier(person=Person("Шевчук", "Олег", date_of_birth=date(1991, 4, 12),
                                 documents=[IdentityDocument("passport", "FA123456")],
                                 military=[MilitaryService("в/ч 12345", "сержант")]),
                   application=Application(date(2026, 5, 1), "Прошу прийняти."))


def test_a_clean_recent_case_has_no_flags() -> None:
    assert _codes(base(), date(2026, 5, 3)) == {}


def test_polygraph_di_discordance_and_disagreement() -> None:
    d = base()
    d.polygraph_exams = [_exam(1, ExamResult.NDI, "Bravo", 5), _exam(2, ExamResult.DI, "Charlie", 9, value=-1)]
    f = _codes(d)
    assert f["polygraph_di"].severity == "red" and f["polygraph_di"].evidence == ("$.polygraph_exams[1].result",)
    assert "not a verdict" in f["polygraph_di"].message
    assert f["polygraph_discordance"].message == ("Polygraph exams 1 and 2 disagree (results differ (NDI / DI)): "
                                                  "exam 3 or further investigation.")
    d.polygraph_exams[1].result = ExamResult.NDI  # stated NDI, but the scores (-9) say DI
    f = _codes(d)
    assert f["polygraph_disagreement"].severity == "amber" and "scores give DI" in f["polygraph_disagreement"].message
    assert "polygraph_di" in f  # the computed DI still raises the red flag


def test_exams_by_the_same_examiner_on_one_day() -> None:
    d = base()
    d.polygraph_exams = [_exam(1, ExamResult.NDI, "Bravo", 5), _exam(2, ExamResult.NDI, "bravo", 5)]
    flag = _codes(d)["polygraph_not_independent"]
    assert "same examiner" in flag.message or "same day" in flag.message


def test_checks_interviews_contacts_relatives() -> None:
    d = base()
    d.checks = [BackgroundCheck(CheckKind.COUNTER_INTELLIGENCE, result=CheckResult.ADVERSE),
                BackgroundCheck(CheckKind.WATCHLIST, result=CheckResult.INCONCLUSIVE)]
    d.interviews = [Interview("screening", 2, answers={"approached": "yes", "relatives_in_occupied": "yes"},
                              assessment=Assessment.NOT_CREDIBLE)]
    d.person.relatives = [Relative("мати", "Шевчук Ганна", hostile_territory=True)]
    f = _codes(d)
    assert f["check_adverse"].severity == "red" and f["check_adverse"].evidence == ("$.checks[0].result",)
    assert f["check_inconclusive"].severity == "amber"
    assert f["interview_not_credible"].severity == "red"
    assert f["russian_services_contact"].evidence == ("$.interviews[0].answers.approached",)
    assert set(f["relatives_hostile_territory"].evidence) == {"$.person.relatives[0]",
                                                             "$.interviews[0].answers.relatives_in_occupied"}
    assert next(iter(f)) in {"check_adverse", "interview_not_credible", "russian_services_contact"}  # red first


def test_inconsistencies_between_application_and_interview() -> None:
    d = base()
    d.interviews = [Interview("screening", 2, answers={
        "stated_date_of_birth": "1990-04-12", "stated_document_number": "fa 123456",
        "stated_unit": "в/ч 12345", "stated_rank": "рядовий"})]
    found = [f for f in flags.compute(d, date(2026, 5, 3)) if f.code == "inconsistency"]
    assert sorted(f.message.split(" given")[0] for f in found) == ["The date of birth", "The rank"]
    assert found[0].evidence[1] == "$.person"


def test_overdue_steps() -> None:
    d = base()
    f = _codes(d, date(2026, 5, 20))  # 19 days after the application, no interview (due within 14)
    assert f["overdue"].message.startswith("The interview step is open 19 days")
    assert "overdue" not in _codes(d, date(2026, 5, 10))


def test_flags_reach_the_list_and_computed_json(session) -> None:  # type: ignore[no-untyped-def]
    doc = sample_doc()
    doc["checks"][0]["result"] = "adverse"
    case = session.add_applicant(parse_document(doc))
    row = next(r for r in session.list_applicants() if r.case_number == case)
    assert "red:check_adverse" in row.flags.split(",") and "amber:relatives_hostile_territory" in row.flags
    computed = session.computed(session.get_dossier(case))
    assert computed["flags"][0] == {"code": "check_adverse", "severity": "red",
                                    "message": "The security service check is adverse.",
                                    "evidence": ["$.checks[0].result"], "args": ["security service"]}
    exam = computed["polygraph_exams"][0]
    assert exam["number"] == 1 and exam["computed_result"] is None and "missing" in exam["reason"]
