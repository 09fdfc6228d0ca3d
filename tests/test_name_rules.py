"""The name-matching rules one by one (app.domain.matching, phonetics, name_search):
which names match, at which tier, and what the officer is told for and against.
These pin the rules so `make mutants-names` kills every mutant that changes them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from app.domain import matching, name_search, phonetics
from app.domain.matching import LIKELY, POSSIBLE, Identity, document_key, retrieval_keys, score, sex_from_patronymic
from app.domain.name_search import GIVEN_VARIANT, SIMILAR, SPELLING, Ranked, rank, token
from app.domain.phonetics import coarse, deletes, devoiced, keys, readings


@pytest.fixture(autouse=True)
def _cold_caches() -> Iterator[None]:
    """Each rule runs here, not a cached answer from an earlier test (or, under mutmut, from
    the unmutated stats run the mutant's process was forked from)."""
    phonetics.readings.cache_clear()
    matching._retrieval_keys.cache_clear()
    name_search._items.cache_clear()
    yield


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


def test_latin_letters_with_marks_read_as_their_sound() -> None:
    assert readings("Šovkun") == readings("Шовкун") == ("Sovkun",)  # š is ш
    assert readings("Łuczak") == readings("Лучак") == ("luCak",)  # ł is л, cz is ч
    assert readings("Müller") == readings("Muller") == ("muler",)  # ü is only a u with a mark


def test_retrieval_keys_are_consonant_skeletons() -> None:
    """Candidates are fetched by these keys, so two spellings must give the same key."""
    assert keys("Олег") == keys("Oleg") == keys("Oleh") == {"lh"}  # two consonants: the skeleton
    assert keys("Ілля") == {"ila"}  # one consonant is too little to retrieve by: the whole reading
    assert keys("Бабак") == keys("Babak") == {"bk"}  # б…б joined once the vowel between goes
    assert keys("Джура") == keys("Жура") == keys("Schura") == {"Sr"}  # дж, ж and sch as one sound
    assert devoiced("dZura") == "Sura" and devoiced("zaZ") == "saS"
    assert coarse("SevCenko") == "SvCnk"


def test_typo_keys_leave_out_one_letter_of_four_or_more() -> None:
    assert deletes("svcnk") == {"vcnk", "scnk", "svnk", "svck", "svcn"}
    assert deletes("krpv") == {"rpv", "kpv", "krv", "krp"}
    assert deletes("lhv") == set()  # a short key with one letter left out would retrieve half the vault
    assert keys("Олег", typo_tolerant=True) == {"lh"} and keys("Петро", typo_tolerant=True) == {"ptr"}
    assert keys("Карпов", typo_tolerant=True) == {"krpv", "rpv", "kpv", "krv", "krp"}
