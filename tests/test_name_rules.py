"""The name-matching rules one by one (app.domain.matching, phonetics, name_search):
which names match, at which tier, and what the officer is told for and against.
These pin the rules so `make mutants-names` kills every mutant that changes them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

import pytest

from app.domain import matching, name_search, phonetics
from app.domain.matching import LIKELY, POSSIBLE, Identity, document_key, retrieval_keys, score, sex_from_patronymic
from app.domain.name_search import GIVEN_VARIANT, SIMILAR, SPELLING, Ranked, Token, rank, token
from app.domain.phonetics import coarse, deletes, devoiced, keys, readings


@pytest.fixture(autouse=True)
def _cold_caches() -> Iterator[None]:
    """Each rule runs here, not a cached answer from an earlier test (or, under mutmut, from
    the unmutated stats run the mutant's process was forked from)."""
    phonetics.readings.cache_clear()
    matching._retrieval_keys.cache_clear()
    name_search._items.cache_clear()
    yield


def _people(**named: list[tuple[str, str]]) -> dict[int, Sequence[Token]]:
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


def test_search_finds_every_near_spelling_down_to_min_word_and_no_further() -> None:
    near = ["Шевчанко", "Шевченка", "Шавченко", "Шевчинко", "Шовченко", "Шевченку"]
    people = _people(p1=[("s", "Шевченко")], **{f"p{i}": [("s", name)] for i, name in enumerate(near, 2)})
    assert sorted(h.applicant_id for h in rank(["Шевченко"], people)) == [1, 2, 3, 4, 5, 6, 7]
    # 18 of 25 letters in common is exactly MIN_WORD (0.72): found; a name that merely starts with the word is not
    assert rank(["Bardamonelit"], {1: [("s", "x", ("bardamonexxxx",))]}) == [Ranked(1, 0.72, (SIMILAR,))]
    assert rank(["Шевченко"], _people(p1=[("s", "Шевченкопетренко")])) == []


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
    assert readings("Ĳzerman") == readings("IJzerman") and readings("Ǉubić") == readings("Ljubić")  # ligatures


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


BORN = date(1990, 4, 12)
OLEH = Identity("A", "Гнатюк", "Олег", "Петрович", date_of_birth=BORN, place_of_birth="Київ")


def _oleh(dob: date | None = BORN, **other: object) -> Identity:
    fields: dict[str, object] = {"ref": "B", "surname": "Hnatiuk", "given_name": "Oleh", "date_of_birth": dob, **other}
    return Identity(**fields)  # type: ignore[arg-type]


def test_the_date_of_birth_grades_a_spelling_variant() -> None:
    variant = ("surname spelling variant", "given name spelling variant")
    assert score(OLEH, _oleh(None)) == matching.Match("A", "B", 0.75, variant, POSSIBLE)
    assert score(OLEH, _oleh()) == matching.Match("A", "B", 1.0, (*variant, "same date of birth"), LIKELY)
    transposed = (*variant, "date of birth with digits transposed")
    assert score(OLEH, _oleh(date(1990, 4, 21))) == matching.Match("A", "B", 0.93, transposed, LIKELY)
    assert score(OLEH, _oleh(date(1990, 12, 4))) == matching.Match("A", "B", 0.93, transposed, LIKELY)  # day/month
    assert score(OLEH, _oleh(date(1909, 4, 12))).reasons == transposed
    one_digit = (*variant, "date of birth one digit apart")
    assert score(OLEH, _oleh(date(1990, 4, 13))) == matching.Match("A", "B", 0.87, one_digit, POSSIBLE)
    assert score(OLEH, _oleh(date(1991, 4, 12))).reasons == one_digit
    other = (*variant, "different date of birth")
    assert score(OLEH, _oleh(date(1993, 1, 2))) == matching.Match("A", "B", 0.4, other, "", other[-1:])
    # two digits changed that are not a swap: a different date (02-14 vs 04-12)
    assert score(OLEH, _oleh(date(1990, 2, 14))).against == ("different date of birth",)


def test_same_patronymic_and_place_of_birth_add_to_the_score() -> None:
    full = _oleh(None, patronymic="Petrovych", place_of_birth="Kyiv")
    assert score(OLEH, full) == matching.Match("A", "B", 0.83, (
        "surname spelling variant", "given name spelling variant", "same patronymic", "same place of birth"), POSSIBLE)
    elsewhere = score(OLEH, _oleh(None, patronymic="Petrovych", place_of_birth="Lviv"))
    assert elsewhere.score == 0.8 and "same place of birth" not in elsewhere.reasons
    nowhere = Identity("A", "Гнатюк", "Олег", place_of_birth="-")
    assert "same place of birth" not in score(nowhere, _oleh(None, place_of_birth="?")).reasons  # no letters
    assert "same place of birth" not in score(nowhere, _oleh(None)).reasons


def test_given_name_missing_or_variant() -> None:
    assert score(OLEH, _oleh(given_name="")) == matching.Match(
        "A", "B", 0.9, ("surname spelling variant", "same date of birth"), POSSIBLE)  # not enough for likely
    assert score(OLEH, _oleh(given_name="Olech")).reasons[1] == "given name spelling variant"
    alexey = Identity("A", "Шевченко", "Alexey", date_of_birth=BORN)
    olexiy = Identity("B", "Шевченко", "Олексій", date_of_birth=BORN)
    assert score(alexey, olexiy) == matching.Match(
        "A", "B", 0.988, ("same surname", "given-name variant", "same date of birth"), LIKELY)


def test_a_surname_matches_through_an_alias_or_as_a_voiced_spelling() -> None:
    married = Identity("B", "Петренко", "Олег", aliases=("  ", "Гнатюк Олег"), date_of_birth=BORN)
    assert score(OLEH, married).reasons[0] == "same surname" and score(OLEH, married).tier == LIKELY
    assert OLEH.surnames() == ["Гнатюк"] and married.surnames() == ["Петренко", "Гнатюк"]
    selenski = score(Identity("Y", "Зеленський", "Володимир"), Identity("Z", "Селенський", "Володимир"))
    assert selenski == matching.Match("Y", "Z", 0.735, ("surname spelling variant", "same given name"), POSSIBLE)
    near = score(OLEH, Identity("B", "Гнатчук", "Олег", date_of_birth=BORN))
    assert near == matching.Match("A", "B", 0.962, ("surname 92% alike", "same given name", "same date of birth"),
                                  POSSIBLE)  # a high score, but a surname only alike is never likely


def test_sex_from_patronymic_given_name_or_surname_ending() -> None:
    patronymics = ("Петрович", "Ильич", "Ivanovich", "Петрівна", "Sergeevna", "", "Kowalski")
    assert [sex_from_patronymic(p) for p in patronymics] == ["m", "m", "m", "f", "f", "", ""]
    assert Identity("x", "Іванова", "").sex == "f" and Identity("x", "Ivanov", "").sex == ""
    assert Identity("x", "Іванова", "Олег").sex == "m"  # the given name outranks the surname's ending
    assert Identity("x", "Ivanov", "", "Петрівна").sex == "f"
    sister = score(Identity("Y", "Іванова", "", documents=("ФА 123456",)),
                   Identity("Z", "Ivanov", "Petr", documents=("FA123456",)))
    assert sister == matching.Match("Y", "Z", 0.512, ("surname 92% alike", "same document number", "different sex"),
                                    "", ("different sex",))  # a shared document, but not the same person


def test_a_shared_document_is_found_in_any_script_but_only_when_the_series_agrees() -> None:
    assert document_key("ФА 123456") == document_key("fa-123456") == "fa123456" and document_key("№ 12") == "12"
    shared = score(Identity("Y", "Іванов", "Петро", documents=("ФА 123456",)),
                   Identity("Z", "Sydorenko", "Ivan", documents=("FA123456",)))
    assert shared.tier == LIKELY and "same document number" in shared.reasons
    for mine, theirs in ((("ФА 123456",), ("ФБ 123456",)), (("FA 123456",), ("FB 123456",))):
        petro = Identity("Y", "Іванов", "Петро", documents=mine)
        other = score(petro, Identity("Z", "Ivanov", "Petr", documents=theirs))
        assert "same document number" not in other.reasons and other.tier == POSSIBLE


def test_retrieval_keys() -> None:
    """What a new or edited case is compared with: people sharing one of these keys."""
    oleh = Identity("x", "Шевченко", "Олег", "Петрович", date_of_birth=BORN, documents=("FA 123456", "ФА 12"))
    assert retrieval_keys(oleh) == {
        "d:fa123456", "dg:1990-04-12:lh", "ds:1990-04-12:Sv", "sg:SvCnk:lh", "sy:SvC:1990",
        "sq:SvCnk:Q18523982", "sq:SvCnk:Q19723312", "sq:SvCnk:Q370292", "sq:SvCnk:Q39812096"}  # "ФА 12": too short
    undated = Identity("x", "Шевченко", "Олег", aliases=("Шевчук Олег",))
    assert retrieval_keys(undated) == {
        "sg:SvCnk:lh", "sq:SvCnk:Q18523982", "sq:SvCnk:Q19723312", "sq:SvCnk:Q370292", "sq:SvCnk:Q39812096",
        "sg:SvCk:lh", "sq:SvCk:Q18523982", "sq:SvCk:Q19723312", "sq:SvCk:Q370292", "sq:SvCk:Q39812096"}
    # married and renamed, same date of birth and given name: still compared
    assert retrieval_keys(Identity("y", "Бондар", "Oleh", date_of_birth=BORN)) & retrieval_keys(oleh)


READINGS = {  # every reading a spelling has, the common one first: two spellings match when any agree
    "Федоров": ("fedorov",), "Фёдоров": ("fedorov",),
    "Fyodorov": ("fodorov", "fedorov"),  # ё written yo: also read as e
    "Fjodorow": ("fodorov", "fZodorov", "fedorov"),  # j is й, or ж in French
    "Karpovas": ("karpovas", "karpov"), "Karpovs": ("karpovs", "karpov"), "Kovas": ("kovas",),  # Baltic endings
    "Ivanoff": ("ivanof", "ivanov"),  # -off is -ов
    "Zjoeganov": ("Zoehanov", "zoehanov", "Zuhanov", "zuhanov"),  # Dutch zj and oe, also together
    "Guillaume": ("hilaume",), "Gustav": ("hustav",),  # gu before e/i is a hard g
    "Schewtschenko": ("SevCenko", "ZevCenko"), "Szewczenko": ("SevCenko", "sevCenko"),
    "Chevtchenko": ("CevCenko", "SevCenko", "hevCenko"), "Jaroslav": ("aroslav", "Zaroslav"),
    "Xavier": ("ksaver", "Saver", "haver"), "Tjutjev": ("tutev", "CuCev"), "Ckavo": ("ckavo", "kavo"),
    "Mikhail": ("mihail",), "Dzhura": ("dZura",), "Cseh": ("Ceh",), "Zsolt": ("Zolt",), "Kovač": ("kovaC",),
    "Ivanovas-Petrovas": ("ivanovaspetrovas", "ivanovaspetrov"), "Щука": ("Suka",), "Ščuka": ("Suka",),
    "Tšukin": ("Cukin",), "Мар'яна": ("marana",), "Юлія": ("ula",), "Iouri": ("uri",),
    "Jääskeläinen": ("askelainen", "Zaskelainen"),
    "--": (), "": (),
}


def test_how_spellings_are_read() -> None:
    assert {name: readings(name) for name in READINGS} == READINGS


@pytest.mark.parametrize("names", [
    ("Фёдоров", "Fyodorov", "Fjodorow", "Fedorov"), ("Карпов", "Karpovas", "Karpovs", "Karpoff"),
    ("Зюганов", "Zjoeganov", "Ziouganov"), ("Щукин", "Shchukin", "Ščukin", "Szczukin"), ("Джура", "Dzhura", "Djoura"),
])
def test_spellings_meet_when_read_cold(names: tuple[str, ...]) -> None:
    assert all(phonetics.similarity(readings(names[0]), readings(n)) == 1.0 for n in names[1:])
    assert phonetics.similarity(readings("Kovas"), readings("Ков")) < 1.0  # too short to drop a Baltic ending
    assert phonetics.similarity((), readings("Ков")) == 0.0


def test_a_clearly_different_given_name_speaks_against() -> None:
    oleh = Identity("A", "Гнатюк", "Олег", "Петрович", date_of_birth=BORN)
    brother = score(oleh, Identity("B", "Гнатюк", "Ілля", "Петрович", date_of_birth=BORN))
    assert brother == matching.Match("A", "B", 0.671, (
        "same surname", "same patronymic", "same date of birth", "clearly different given name"), POSSIBLE,
        ("clearly different given name",))
    # 75% alike is where "clearly different" starts below: Олесь is not held against Олег, only not "likely"
    olesj = score(oleh, Identity("B", "Гнатюк", "Олесь", date_of_birth=BORN))
    assert olesj == matching.Match("A", "B", 0.938, ("same surname", "given name 75% alike", "same date of birth"),
                                   POSSIBLE)


def test_a_record_without_a_surname_is_scored_not_crashed() -> None:
    blank = score(OLEH, Identity("B", " ", "Олег", date_of_birth=BORN))
    assert blank == matching.Match("A", "B", 0.5, ("surname 0% alike", "same given name", "same date of birth"), "")


def test_typo_keys_only_when_asked() -> None:
    assert keys("Карпов") == {"krpv"}


def test_patronymic_thresholds() -> None:
    """At least 85% alike is the same patronymic (+0.05), under 70% a different one (-0.15, against),
    in between neither. Synthetic patronymics hit the thresholds exactly."""
    oleh = Identity("A", "Гнатюк", "Олег", "Петрович", date_of_birth=BORN)
    cousin = score(oleh, Identity("B", "Гнатюк", "Олег", "Іванович", date_of_birth=BORN))
    assert cousin == matching.Match("A", "B", 0.85, ("same surname", "same given name", "same date of birth",
                                                     "different patronymic"), POSSIBLE, ("different patronymic",))
    neither = score(oleh, Identity("B", "Гнатюк", "Олег", "Сергійович", date_of_birth=BORN))  # 75% alike
    assert neither == matching.Match("A", "B", 1.0, ("same surname", "same given name", "same date of birth"), LIKELY)
    exactly_70 = score(Identity("A", "Гнатюк", "Олег", "Bdfklmnprt"), Identity("B", "Гнатюк", "Олег", "Bdfklmnuvo"))
    assert exactly_70 == matching.Match("A", "B", 0.75, ("same surname", "same given name"), POSSIBLE)
    exactly_85 = score(Identity("A", "Гнатюк", "Олег", "Bdfklmnprstvbdfklmnp"),
                       Identity("B", "Гнатюк", "Олег", "Bdfklmnprstvbdfklaeo"))
    assert exactly_85 == matching.Match("A", "B", 0.8, ("same surname", "same given name", "same patronymic"), POSSIBLE)


def test_tier_thresholds() -> None:
    # a score of exactly POSSIBLE_AT (0.62) is possible: surname 74% alike (20 of 27 letters), same given name
    edge = score(Identity("A", "Bdfklmnprtvbo", "Олег"), Identity("B", "Bdfklmnpreuoae", "Олег"))
    assert edge == matching.Match("A", "B", 0.62, ("surname 74% alike", "same given name"), POSSIBLE)
    # з written s (0.97 alike, the lowest a likely surname may be): Selenski / Зеленський with the date is likely
    selenski = score(Identity("A", "Зеленський", "Володимир", date_of_birth=BORN),
                     Identity("B", "Selenski", "Wolodymyr", date_of_birth=BORN))
    assert selenski == matching.Match("A", "B", 0.985, (
        "surname spelling variant", "given name spelling variant", "same date of birth"), LIKELY)


def test_documents_without_letters_or_digits_are_not_shared() -> None:
    petro = Identity("A", "Іванов", "Петро", documents=("—",))
    dashes = score(petro, Identity("B", "Ivanov", "Petr", documents=("№",)))
    assert dashes == matching.Match("A", "B", 0.738, ("surname spelling variant", "given-name variant"), POSSIBLE)


def _table_items() -> list[tuple[str, ...]]:
    from app.resources import resource_path

    rows = [line.split("\t") for line in resource_path("names", "given_names.tsv").read_text("utf-8").splitlines()
            if line and not line.startswith("#")]
    return [tuple(forms.split(" ")) for _qid, _sex, forms, _sounds in rows if " " in forms]


def test_every_spelling_of_a_given_name_item_retrieves_every_other() -> None:
    """Search retrieves a given name by the sounds of all its items' spellings
    (given_names.variant_sounds), so Mikalaj reaches Николай and Iars Ярослав though their
    consonant skeletons differ; checked for every item of the table."""
    from app.domain import given_names

    items = _table_items()
    assert len(items) > 1000
    for forms in items:
        for a in forms:
            sounds = given_names.variant_sounds(a)
            missing = [b for b in forms if readings(b) and readings(b)[0] not in sounds]
            assert not missing, (a, missing)
    assert readings("николай")[0] in given_names.variant_sounds("Mikalaj")
    assert readings("ярослав")[0] in given_names.variant_sounds("Iars")
    assert given_names.variant_sounds("Shevchenko") == frozenset()  # not a given name: nothing added
