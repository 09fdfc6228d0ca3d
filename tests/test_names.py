"""Transliteration: the official schemes, checked against published examples."""

from __future__ import annotations

import pytest

from app.domain.names import fold, latin_variants, transliterate


@pytest.mark.parametrize("cyr,latin", [
    # Resolution of the Cabinet of Ministers of Ukraine No. 55 (2010), its own examples
    ("Згорани", "Zghorany"), ("Знам'янка", "Znamianka"), ("Їжакевич", "Yizhakevych"),
    ("Кадиївка", "Kadyivka"), ("Йосипівка", "Yosypivka"), ("Стрий", "Stryi"), ("Юрій", "Yurii"),
    ("Щербухи", "Shcherbukhy"), ("Яготин", "Yahotyn"), ("Костянтин", "Kostiantyn"),
    ("Гадяч", "Hadiach"), ("Рівне", "Rivne"),
])
def test_ukrainian_national_scheme(cyr: str, latin: str) -> None:
    assert transliterate(cyr, ukrainian=True) == latin


@pytest.mark.parametrize("cyr,latin", [
    # ICAO Doc 9303 for Russian (Russian passports since 2014); Ukrainian letters decide alone
    ("Щербаков", "Shcherbakov"), ("Юлия", "Iuliia"), ("Объедков", "Obieedkov"),
    ("Їжакевич", "Yizhakevych"), ("Рівне", "Rivne"),
])
def test_automatic_scheme(cyr: str, latin: str) -> None:
    assert transliterate(cyr) == latin


def test_ukrainian_hint_for_ambiguous_names() -> None:
    assert transliterate("Олег") == "Oleg"
    assert transliterate("Олег", ukrainian=True) == "Oleh"


def test_variants_cover_common_spellings() -> None:
    assert {"shcherbakov", "shherbakov"} <= latin_variants("Щербаков")
    assert {"yolkin", "elkin"} <= latin_variants("Ёлкин")
    assert fold("Мар’яна  ЁЛКИНА") == "марьяна елкина".replace("ь", "")


@pytest.mark.parametrize("cyr,latin", [
    ("Ґалаґан", "Galagan"), ("Їжак", "Yizhak"), ("Євген", "Yevhen"), ("Іван", "Ivan"),  # і ї є ґ (KMU 2010)
    ("Ёлкин", "Elkin"), ("Объедков", "Obieedkov"), ("Рыбаков", "Rybakov"), ("Эдуард", "Eduard"),  # ё ъ ы э
    ("Ўладзімір", "Uladzimir"),  # Belarusian ў (ICAO: U)
])
def test_letters_of_each_alphabet(cyr: str, latin: str) -> None:
    assert transliterate(cyr) == latin
    assert fold(latin) in latin_variants(cyr) or fold(transliterate(cyr)) == fold(latin)
