"""Interview templates: ODK-style required, constraint and relevance rules."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import forms
from app.errors import ValidationError


@pytest.fixture(params=[1, 2])
def tpl(request: pytest.FixtureRequest) -> forms.Template:
    return forms.load_template("screening", request.param)


def test_shipped_templates_cover_the_screening_topics(tpl: forms.Template) -> None:
    assert {s.id for s in tpl.sections} >= {
        "identity", "service", "crossing", "motivation", "contacts", "relatives", "consent"}
    assert {f.type for f in tpl.fields} == set(forms.FIELD_TYPES)
    for f in tpl.fields:
        assert f.label.get("en") and f.label.get("uk"), f.id
    assert [(t.id, t.version) for t in forms.available_templates()] == [("screening", 2), ("screening", 1)]


def test_relevance_controls_required(tpl: forms.Template) -> None:
    base = {"identity_confirmed": "no"}
    problems = forms.check_answers(tpl, base)
    assert "identity_doubts" in problems and "identity_document" not in problems
    problems = forms.check_answers(tpl, {"identity_confirmed": "yes"})
    assert "identity_document" in problems and "identity_doubts" not in problems


def test_constraints_with_messages(tpl: forms.Template) -> None:
    answers = {"arrival_date": "2099-01-01", "arrival_circumstances": "short",
               "motives": ["ideology", "family", "revenge", "money"], "consent_checks": "no"}
    problems = forms.check_answers(tpl, answers)
    assert problems["arrival_date"] == "The date cannot be in the future."
    assert problems["arrival_circumstances"].startswith("Describe")
    assert problems["motives"] == "Choose at most three."
    assert problems["consent_checks"].startswith("Vetting cannot continue")
    uk = forms.check_answers(tpl, answers, "uk")
    assert uk["arrival_date"] == "Дата не може бути в майбутньому."


def test_answers_have_limits(tpl: forms.Template) -> None:
    """Dates must be real and between 1900 and 2100; one-line answers take 2,000
    characters, long ones 100,000 (the interchange schema's limit)."""
    for bad in ("0991-05-05", "1990-02-30", "2999-01-01", "1899-12-31"):
        assert forms.check_answers(tpl, {"arrival_date": bad})["arrival_date"] == "Use a date as YYYY-MM-DD."
    long_ok = {"arrival_circumstances": "слово " * 16_000, "other_names": "x" * 2_000}
    assert "arrival_circumstances" not in forms.check_answers(tpl, long_ok, include_required=False)
    assert "other_names" not in forms.check_answers(tpl, long_ok, include_required=False)
    too_long = {"arrival_circumstances": "x" * 100_001, "other_names": "x" * 2_001}
    problems = forms.check_answers(tpl, too_long, include_required=False)
    assert problems == {"arrival_circumstances": "At most 100,000 characters.",
                        "other_names": "At most 2,000 characters."}


def test_complete_answers_pass_and_irrelevant_ones_are_dropped(tpl: forms.Template) -> None:
    answers = {
        "identity_confirmed": "yes", "identity_document": "passport", "identity_doubts": "stale text",
        "served": "no", "service_units": "stale", "how_arrived": "captured", "arrival_date": "2025-03-01",
        "arrival_circumstances": "Captured near the river after the unit retreated.",
        "motives": ["family"], "motivation_story": "…", "motivation_credibility": 4,
        "approached": "no", "relatives_in_occupied": "no", "consent_checks": "yes",
        "stated_date_of_birth": "1990-01-01",  # asked from version 2 on
    }
    assert forms.check_answers(tpl, answers) == {}
    kept = forms.relevant_answers(tpl, answers)
    assert "identity_doubts" not in kept and "service_units" not in kept
    assert kept["motivation_credibility"] == 4


def test_choice_and_scale_values_are_checked(tpl: forms.Template) -> None:
    problems = forms.check_answers(tpl, {"how_arrived": "teleported", "motivation_credibility": 9})
    assert "how_arrived" in problems and problems["motivation_credibility"] == "Choose 1 to 5."


@pytest.mark.parametrize("expr,answers,current,expected", [
    ("${a} = 'x'", {"a": "x"}, None, True),
    ("${a} != 'x' and ${b} > 3", {"a": "y", "b": 4}, None, True),
    ("not(${a} = 'x') or ${b} <= 3", {"a": "x", "b": 3}, None, True),
    ("selected(${m}, 'b')", {"m": ["a", "b"]}, None, True),
    ("count-selected(.) < 2", {}, ["a", "b"], False),
    ("string-length(.) >= 3", {}, "abc", True),
    (". <= today()", {}, "2000-01-01", True),
    ("(${a} = 1)", {"a": 1}, None, True),
    ("${missing} = 'x'", {}, None, False),
    ("selected(1, 2)", {}, None, False),
    ("count-selected('abc')", {}, None, 0),
])
def test_expressions(expr: str, answers: dict, current: object, expected: bool) -> None:  # type: ignore[type-arg]
    assert forms.evaluate(expr, answers, current) == expected


@pytest.mark.parametrize("bad", ["__import__('os')", "${a} ==", "foo()", "1 +", "'unterminated", "${a} = 'x')"])
def test_bad_expressions_are_errors(bad: str) -> None:
    with pytest.raises(forms.ExpressionError):
        forms.evaluate(bad, {"a": 1})


@given(st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_any_expression_text_evaluates_or_raises_expression_error(text: str) -> None:
    with contextlib.suppress(forms.ExpressionError):  # any other exception fails
        forms.evaluate(text, {"a": 1, "b": "x"}, "cur")


def test_malformed_template_is_a_clear_error() -> None:
    with pytest.raises(ValidationError, match="not valid"):
        forms.parse_template({"id": "x", "version": 1, "title": {}, "sections": [
            {"id": "s", "title": {}, "fields": [{"id": "f", "type": "essay", "label": {}}]}]})
    with pytest.raises(ValidationError, match="unique"):
        f = {"id": "f", "type": "text", "label": {"en": "F"}}
        forms.parse_template({"id": "x", "version": 1, "title": {}, "sections": [
            {"id": "s", "title": {}, "fields": [f, f]}]})
    with pytest.raises(ValidationError):
        forms.load_template("../etc", 1)


def test_demo_interviews_satisfy_the_template() -> None:
    import random
    from datetime import date

    from app.vault.demo import _pools, make_dossier

    rng, pools = random.Random(5), _pools(5)
    tpl = forms.load_template("screening", 2)
    checked = 0
    for _ in range(60):
        d, _scan = make_dossier(rng, pools, date(2026, 11, 1))
        for iv in d.interviews:
            assert forms.check_answers(tpl, iv.answers) == {}
            checked += 1
    assert checked > 20
