"""Cross-script duplicate and watchlist matching."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.interchange import parse_document
from app.domain.matching import DEFAULT_THRESHOLD, Identity, given_key, retrieval_keys, score, skeleton
from app.errors import PermissionDenied, ValidationError
from tests.conftest import PASS2, run_cli, sample_doc

PAIRS = json.loads((Path(__file__).parent / "data" / "match_pairs.json").read_text("utf-8"))["pairs"]


def ident(x: dict, ref: str) -> Identity:  # type: ignore[type-arg]
    dob = x.get("date_of_birth")
    return Identity(ref, x["surname"], x["given_name"], x.get("patronymic", ""), (),
                    date.fromisoformat(dob) if dob else None, x.get("place_of_birth", ""),
                    tuple(x.get("documents", [])))


@pytest.mark.parametrize("names", [
    ("Иванов", "Іванов", "Ivanov", "Iwanow"), ("Щербаков", "Shcherbakov", "Shherbakov", "Ščerbakov"),
    ("Гнатюк", "Hnatiuk", "Gnatyuk"), ("Соловьёв", "Solovyov", "Solovev", "Соловьев"),
    ("Мар'яна", "Marʼiana", "Mariana"), ("Ёлкин", "Yolkin", "Elkin"),
])
def test_skeletons_ignore_script_and_scheme(names: tuple[str, ...]) -> None:
    assert len({skeleton(n) for n in names}) == 1, {n: skeleton(n) for n in names}


def test_given_name_variant_groups() -> None:
    assert given_key("Сергей") == given_key("Serhii") == given_key("Sergey") == given_key("Сергій")
    assert given_key("Aleksandr") == given_key("Oleksandr") == given_key("Alexander")
    assert given_key("Олег") != given_key("Ольга")


def test_labelled_set_precision_and_recall() -> None:
    assert len(PAIRS) >= 300 and {p["same"] for p in PAIRS} == {True, False}
    tp = fp = fn = 0
    for p in PAIRS:
        predicted = score(ident(p["a"], "a"), ident(p["b"], "b")).score >= DEFAULT_THRESHOLD
        tp += predicted and p["same"]
        fp += predicted and not p["same"]
        fn += (not predicted) and p["same"]
        if p["same"]:  # and the pair is found by retrieval in the first place
            assert retrieval_keys(ident(p["a"], "a")) & retrieval_keys(ident(p["b"], "b")), p["kind"]
    assert tp / (tp + fp) >= 0.95 and tp / (tp + fn) >= 0.95


def test_evidence_against_a_match_is_explained() -> None:
    a = Identity("A", "Гнатюк", "Олег", "Петрович", date_of_birth=date(1990, 4, 12))
    twin = Identity("B", "Гнатюк", "Ольга", "Петрівна", date_of_birth=date(1990, 4, 12))
    other_day = Identity("C", "Hnatiuk", "Oleh", "", date_of_birth=date(1993, 1, 2))
    assert score(a, twin).score < DEFAULT_THRESHOLD and "different sex" in score(a, twin).reasons
    assert score(a, other_day).score < DEFAULT_THRESHOLD and "different date of birth" in score(a, other_day).reasons
    swapped = Identity("D", "Hnatiuk", "Oleh", "", date_of_birth=date(1990, 12, 4))
    m = score(a, swapped)
    assert m.score >= DEFAULT_THRESHOLD and "date of birth with digits transposed" in m.reasons


person = st.builds(
    Identity, st.just("x"), st.text("абвгдежзиклмнопрстуфхцчшщюяіїєґ", min_size=2, max_size=12),
    st.text("абвгдежзиклмнопрстуфхцчшщюя", min_size=2, max_size=10), st.sampled_from(["", "Петрович", "Петрівна"]),
    st.just(()), st.one_of(st.none(), st.dates(date(1950, 1, 1), date(2008, 12, 31))), st.just(""),
    st.lists(st.text("ABC0123456789", min_size=6, max_size=9), max_size=1).map(tuple))


@given(person, person)
@settings(max_examples=300, deadline=None)
def test_matching_is_symmetric_and_in_range(a: Identity, b: Identity) -> None:
    ab, ba = score(a, b), score(b, a)
    assert ab.score == ba.score and 0.0 <= ab.score <= 1.0
    assert score(a, a).score >= DEFAULT_THRESHOLD  # anyone matches themselves


def test_duplicates_are_flagged_on_both_sides_and_decisions_remembered(session) -> None:  # type: ignore[no-untyped-def]
    first = session.add_applicant(parse_document(sample_doc()))
    latin = sample_doc(surname="Shevchuk", given_name="Oleh", patronymic="")
    latin["person"]["documents"] = []
    second = session.add_applicant(parse_document(latin))
    flags = {r.case_number: r.flags for r in session.list_applicants()}
    assert "amber:possible_duplicate" in flags[first] and "amber:possible_duplicate" in flags[second]
    found = session.duplicate_candidates(session.get_dossier(second))
    assert [m.b for m in found] == [first] and "same date of birth" in found[0].reasons
    session.decide_duplicate(first, second, "distinct")
    assert session.duplicate_candidates(session.get_dossier(second)) == []
    assert all("possible_duplicate" not in r.flags for r in session.list_applicants())
    third = session.add_applicant(parse_document(latin))
    session.decide_duplicate(first, third, "merged")
    assert third not in [r.case_number for r in session.list_applicants()]  # merged: off the list…
    assert session.get_dossier(third).person.surname == "Shevchuk"  # …but kept, with its history
    assert [e.action for e in session.audit_entries(third)][:2] == ["view", "duplicate_merged"]


def test_only_a_supervisor_decides_duplicates(session, vault_dir) -> None:  # type: ignore[no-untyped-def]
    from app.domain.enums import Role
    from app.vault import vault

    a = session.add_applicant(parse_document(sample_doc()))
    b = session.add_applicant(parse_document(sample_doc()))
    session.add_user("Delta", Role.OFFICER, PASS2)
    session.close()
    officer = vault.unlock(vault_dir, "Delta", PASS2)
    with pytest.raises(PermissionDenied):
        officer.decide_duplicate(a, b, "distinct")
    officer.close()


WATCHLIST = {"format": "field-dossier/watchlist/1", "entries": [
    {"id": "WL-1", "surname": "Shevchuk", "given_name": "Oleh", "date_of_birth": "1991-04-12",
     "units": ["в/ч 99999"], "notes": "Suspected GRU contact"},
    {"id": "WL-2", "surname": "Петренко", "given_name": "Іван", "date_of_birth": "1970-01-01"}]}


def test_watchlist_import_flags_existing_and_new_cases(session) -> None:  # type: ignore[no-untyped-def]
    existing = session.add_applicant(parse_document(sample_doc()))
    other = session.add_applicant(parse_document(sample_doc(surname="Бондар", date_of_birth="1980-01-01")))
    assert session.import_watchlist(WATCHLIST) == (2, 1)
    flags = {r.case_number: r.flags for r in session.list_applicants()}
    assert flags[existing].startswith("red:watchlist_hit") and "watchlist" not in flags[other]
    hit = next(f for f in session.computed(session.get_dossier(existing))["flags"] if f["code"] == "watchlist_hit")
    assert "WL-1" in hit["message"] and "same date of birth" in hit["message"]
    newcomer = session.add_applicant(parse_document(sample_doc(surname="Петренко", given_name="Іван",
                                                               date_of_birth="1970-01-01")))
    assert next(r for r in session.list_applicants() if r.case_number == newcomer).flags.startswith("red:watchlist")
    assert session.import_watchlist({"format": "field-dossier/watchlist/1", "entries": []}) == (0, 0)
    assert all("watchlist" not in r.flags for r in session.list_applicants())  # rechecked when the list changes


def test_malformed_watchlist_is_rejected_with_paths(session) -> None:  # type: ignore[no-untyped-def]
    bad = {"format": "field-dossier/watchlist/1", "entries": [{"id": "X", "surname": "", "date_of_birth": "1990-02-30"},
                                                              {"id": "X", "surname": "Y"}]}
    with pytest.raises(ValidationError) as info:
        session.import_watchlist(bad)
    assert "$.entries[0].surname" in dict(info.value.problems)
    with pytest.raises(ValidationError) as info:
        session.import_watchlist({**bad, "entries": [{"id": "X", "surname": "A", "date_of_birth": "1990-02-30"},
                                                     {"id": "X", "surname": "Y"}]})
    assert set(dict(info.value.problems)) == {"$.entries[0].date_of_birth", "$.entries[1].id"}


def test_cli_duplicates_and_watchlist(tmp_path: Path) -> None:
    env = {"DOSSIER_USER": "Alpha", "DOSSIER_PASSPHRASE": "correct horse battery staple orbit"}
    v = str(tmp_path / "v")
    assert run_cli("--vault", v, "init", "--post", "KYIV", **env).returncode == 0
    src = tmp_path / "a.json"
    src.write_text(json.dumps(sample_doc(), ensure_ascii=False))
    a = run_cli("--vault", v, "applicant", "add", "--json", str(src), **env).stdout.strip()
    b = run_cli("--vault", v, "applicant", "add", "--json", str(src), **env).stdout.strip()
    shown = json.loads(run_cli("--vault", v, "duplicates", "show", b, "--json", **env).stdout)
    assert shown[0]["case_number"] == a and shown[0]["score"] >= DEFAULT_THRESHOLD
    assert run_cli("--vault", v, "duplicates", "distinct", a, b, **env).returncode == 0
    assert json.loads(run_cli("--vault", v, "duplicates", "show", b, "--json", **env).stdout) == []
    wl = tmp_path / "wl.json"
    wl.write_text(json.dumps(WATCHLIST, ensure_ascii=False))
    r = run_cli("--vault", v, "watchlist", "import", str(wl), **env)
    assert r.returncode == 0 and "2 case(s) match" in r.stdout
    hits = json.loads(run_cli("--vault", v, "watchlist", "hits", "--json", **env).stdout)
    assert sorted(h["case_number"] for h in hits) == sorted([a, b])
    show = json.loads(run_cli("--vault", v, "applicant", "show", a, "--json", **env).stdout)
    assert show["computed"]["flags"][0]["code"] == "watchlist_hit"
