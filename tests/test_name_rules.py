"""The name-matching rules one by one (app.domain.matching, phonetics, name_search):
which names match, at which tier, and what the officer is told for and against.
These pin the rules so `make mutants-names` kills every mutant that changes them."""

from __future__ import annotations

from app.domain.name_search import GIVEN_VARIANT, SIMILAR, SPELLING, Ranked, rank, token


def _people(**named: list[tuple[str, str]]) -> dict[int, list]:  # type: ignore[type-arg]
    """{"p1": [("s", "Шевченко"), ("g", "Олег")]} -> {1: tokens}"""
    return {int(key[1:]): [t for role, text in fields for t in token(role, text)] for key, fields in named.items()}


def test_search_words_match_by_spelling_sound_variant_or_near_spelling() -> None:
    shevchenko = _people(p1=[("s", "Шевченко")])
    assert rank(["Шевченко"], shevchenko) == [Ranked(1, 1.0, ())]  # as written: no reason needed
    assert rank(["SHEVCHENKO"], shevchenko) == [Ranked(1, 1.0, (SPELLING,))]
    assert rank(["Shevchanko"], shevchenko) == [Ranked(1, 0.875, (SIMILAR,))]  # one wrong letter
    assert rank(["Шевчук"], shevchenko) == []  # 71% alike: below MIN_WORD, not found
    assert rank(["Alexey"], _people(p1=[("g", "Олексій")])) == [Ranked(1, 0.95, (GIVEN_VARIANT,))]
    # the name-variant rule is for given names: a surname Олексій is only a near spelling of Alexey
    assert rank(["Alexey"], _people(p1=[("s", "Олексій")])) == [Ranked(1, 0.7692, (SIMILAR,))]


def test_search_needs_every_word_and_ranks_best_then_newest() -> None:
    people = _people(p1=[("s", "Шевченко"), ("g", "Олег")], p2=[("s", "Шевченко"), ("g", "Ілля")],
                     p3=[("s", "Шевченко"), ("g", "Олег")], p4=[("s", "Шевчанко"), ("g", "Олег")])
    hits = rank(["Shevchenko", "Oleh"], people)
    assert hits == [Ranked(3, 1.0, (SPELLING,)), Ranked(1, 1.0, (SPELLING,)), Ranked(4, 0.9375, (SPELLING, SIMILAR))]
    # an exact word and a near one: the mean of 1.0 and 0.875, and only the near one needs a reason
    assert rank(["Шевчанко", "Oleh"], _people(p1=[("s", "Шевченко"), ("g", "Олег")])) == [
        Ranked(1, 0.9375, (SPELLING, SIMILAR))]
    assert rank(["Олег"], people)[-1] == Ranked(1, 1.0, ())


def test_search_keeps_each_words_best_match() -> None:
    """A candidate whose alias is an exact hit is not pulled down by a near-miss token."""
    people = _people(p7=[("s", "Шевчанко"), ("a", "Шевченко")])
    assert rank(["Шевченко"], people) == [Ranked(7, 1.0, ())]
    assert rank(["Shevchenko"], people) == [Ranked(7, 1.0, (SPELLING,))]
    people = _people(p7=[("g", "Олексій"), ("a", "Alexei")])
    assert rank(["Alexey"], people) == [Ranked(7, 1.0, (SPELLING,))]


def test_search_ignores_words_without_letters_and_empty_inputs() -> None:
    people = _people(p1=[("s", "Шевченко")])
    assert rank(["--", "Шевченко"], people) == [Ranked(1, 1.0, ())]
    assert rank(["--"], people) == [] and rank([], people) == [] and rank(["Шевченко"], {}) == []
    assert token("a", "Петров-Водкін  Кузьма") == [("a", "петров", ("petrov",)), ("a", "водкін", ("vodkin",)),
                                                   ("a", "кузьма", ("kuzma",))]
    assert token("s", "--") == []
