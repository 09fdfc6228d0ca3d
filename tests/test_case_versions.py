"""A case's versions at HQ and what changed between any two: the pure diff (with generated
documents), the command `dossier hq versions`, and the window."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.versions import Change, diff, flatten
from tests.conftest import PASS, SAMPLE, run_cli

ENV = {"DOSSIER_PASSPHRASE": PASS, "DOSSIER_USER": "Chief"}
KEYS = ("surname", "given_name", "place_of_birth", "callsign", "citizenships", "category")
values = st.one_of(st.none(), st.just(""), st.text(max_size=8), st.lists(st.sampled_from(["UA", "PL", "GE"]),
                                                                         max_size=3))
people = st.fixed_dictionaries({k: values for k in KEYS})
nothing = (None, "", [], {})


@given(people, people)
def test_every_field_that_differs_is_one_change_and_nothing_else(a: dict[str, Any], b: dict[str, Any]) -> None:
    changes = diff({"person": a}, {"person": b})
    differ = {k for k in KEYS if (a[k] if a[k] not in nothing else None) != (b[k] if b[k] not in nothing else None)}
    assert [c.field for c in changes] == sorted(differ, key=lambda k: k)
    assert all(c.kind == "changed" and c.section == "person" for c in changes)
    back = diff({"person": b}, {"person": a})  # the other way round: the same fields, before and after swapped
    assert [(c.field, c.before, c.after) for c in back] == [(c.field, c.after, c.before) for c in changes]


documents = st.fixed_dictionaries({
    "person": people,
    "interviews": st.lists(st.fixed_dictionaries({"assessment": st.sampled_from(["credible", "doubtful"]),
                                                  "notes": st.text(max_size=5)}), max_size=3),
    "checks": st.lists(st.fixed_dictionaries({"kind": st.just("open_sources"),
                                              "result": st.sampled_from(["pending", "adverse"])}), max_size=3),
})


@settings(max_examples=60)
@given(documents, documents)
def test_a_document_against_itself_has_no_change_and_records_are_added_or_removed_by_position(
        a: dict[str, Any], b: dict[str, Any]) -> None:
    assert diff(a, copy.deepcopy(a)) == []
    changes = diff(a, b)
    for key, section in (("interviews", "interview"), ("checks", "check")):
        added = [c.item for c in changes if c.section == section and c.kind == "added"]
        removed = [c.item for c in changes if c.section == section and c.kind == "removed"]
        assert added == [str(i) for i in range(len(a[key]) + 1, len(b[key]) + 1)]
        assert removed == [str(i) for i in range(len(b[key]) + 1, len(a[key]) + 1)]
    assert (changes == []) == (flatten(a) == flatten(b))


def test_sealing_amending_and_nested_rows_are_named() -> None:
    old = copy.deepcopy(SAMPLE)
    new = copy.deepcopy(SAMPLE)
    new["person"]["documents"][0]["number"] = "FA999999"
    new["person"]["relatives"].append({"relation": "брат", "name": "Шевчук Іван"})
    new["checks"][0].update(result="adverse", sealed_by="Alpha", sealed_at="2026-10-03T10:00:00Z")
    new["interviews"][0]["amendments"] = [{"by": "Alpha", "reason": "typo in the notes", "at": "2026-10-04T10:00:00Z",
                                           "original": {"notes": "спокійний"}}]
    new["interviews"][0]["notes"] = "спокійна"
    new["decision"] = {"outcome": "defer", "reason_code": "R1", "rationale": "wait"}
    new["attachments"] = [{"name": "scan.txt", "sha256": "ab" * 32, "purpose": "other"}]
    changes = diff(old, new)
    assert Change("changed", "person", "", "documents.1.number", "FA123456", "FA999999") in changes
    assert Change("changed", "person", "", "relatives.2.relation", "", "брат") in changes
    assert Change("changed", "check", "1", "result", "no_record", "adverse") in changes
    assert Change("sealed", "check", "1", by="Alpha", after="2026-10-03T10:00:00Z") in changes
    assert Change("changed", "interview", "1", "notes", "спокійний", "спокійна") in changes
    assert Change("amended", "interview", "1", after="typo in the notes", by="Alpha") in changes
    assert Change("added", "decision", "", after="defer") in changes
    assert Change("added", "attachment", "scan.txt", after="other") in changes
    assert not any(c.field.startswith(("amendments", "sealed")) for c in changes)
    computed = copy.deepcopy(old)
    computed.update(computed={"stage": "decision"}, updated_at="2030-01-01T00:00:00Z")
    assert diff(old, computed) == []  # computed fields and bookkeeping are not the case's content


def _two_versions(field: Any, hq: Any, tmp_path: Path) -> tuple[Path, str]:
    from app.casefile.export import export_cases
    from app.casefile.hq_ops import import_bundle, trust_of
    from app.domain.enums import CheckResult
    from app.vault import vault
    from tests.exchange_helpers import add_case

    case = add_case(field, given_name="Олег")
    (tmp_path / "s").mkdir()
    first = export_cases(field, [case], tmp_path / "s").exported[0].file
    d = field.get_dossier(case)
    d.checks[0].result = CheckResult("adverse")
    d.person.place_of_birth = "Полтава"
    field.save_dossier(d)
    second = export_cases(field, [case], tmp_path / "s").exported[0].file
    hqv = vault.create(tmp_path / "hqv", "HQ", "Chief", PASS)
    try:
        for b in (first, second):
            import_bundle(hqv, b, trust_of(hq))
    finally:
        hqv.close()
    return tmp_path / "hqv", case


def test_the_command_lists_versions_and_what_changed(hq, field, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hqv, case = _two_versions(field, hq, tmp_path)
    r = run_cli("--vault", str(hqv), "hq", "versions", case, **ENV)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("version") and lines[1].startswith("1\t") and lines[2].startswith("2\t")
    assert all("Alpha (KYIV)" in line for line in lines[1:])
    r = run_cli("--vault", str(hqv), "hq", "versions", case, "--diff", "1", "2", **ENV)
    assert r.returncode == 0 and "check 1 · result: no_record → adverse" in r.stdout, r.stdout
    assert "person · place of birth: Харків → Полтава" in r.stdout
    out = json.loads(run_cli("--vault", str(hqv), "hq", "versions", case, "--diff", "2", "1", "--json",
                             **ENV).stdout)
    assert {"kind": "changed", "section": "check", "item": "1", "field": "result", "before": "adverse",
            "after": "no_record", "by": ""} in out["changes"]
    listed = json.loads(run_cli("--vault", str(hqv), "hq", "versions", case, "--json", **ENV).stdout)
    assert [v["version"] for v in listed] == [1, 2] and listed[0]["officer"] == "Alpha"
    missing = run_cli("--vault", str(hqv), "hq", "versions", case, "--diff", "1", "7", **ENV)
    assert missing.returncode != 0 and "has no version 7" in missing.stderr
    unknown = run_cli("--vault", str(hqv), "hq", "versions", "NOPE-1", **ENV)
    assert unknown.returncode != 0 and "Traceback" not in unknown.stderr


def test_the_window_shows_who_sent_each_version_and_the_changes(qtbot, hq, field, scripted,  # type: ignore[no-untyped-def]
                                                                 tmp_path: Path) -> None:
    from app.ui.versions_dialog import show_versions
    from app.vault import vault

    path, case = _two_versions(field, hq, tmp_path)
    hqv = vault.unlock(path, "Chief", PASS)
    try:
        dialog = show_versions(None, hqv, case)
        assert dialog is not None
        qtbot.addWidget(dialog)
        assert dialog.width() <= 1366 and dialog.height() <= 768
        t = dialog.versions
        assert t.rowCount() == 2 and t.item(0, 1).text() == "Alpha (KYIV)"
        rows = [[dialog.changes.item(r, c).text() for c in range(5)] for r in range(dialog.changes.rowCount())]
        assert ["check 1", "result", "changed", "no record", "adverse"] in rows
        assert ["person", "place of birth", "changed", "Харків", "Полтава"] in rows
        assert not any("_" in cell for row in rows for cell in row)
        assert dialog.status.text() == f"{len(rows)} change(s) from version 1 to version 2."
        dialog.older.setCurrentIndex(1)
        assert dialog.changes.rowCount() == 0 and "the same in every field" in dialog.status.text()
        assert show_versions(None, hqv, "") is None and scripted.seen[-1][0] == "info"
    finally:
        hqv.close()


@pytest.fixture
def ukrainian(qapp: Any) -> Iterator[None]:
    from PySide6.QtWidgets import QApplication

    from app.ui.i18n import install_language

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert install_language(app, "uk") == "uk"
    yield
    install_language(app, "en")


def test_the_window_speaks_ukrainian(qtbot, hq, field, scripted, ukrainian, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.ui.versions_dialog import show_versions
    from app.vault import vault
    from tests.test_language import leaks

    path, case = _two_versions(field, hq, tmp_path)
    hqv = vault.unlock(path, "Chief", PASS)
    try:
        dialog = show_versions(None, hqv, case)
        assert dialog is not None
        qtbot.addWidget(dialog)
        rows = [[dialog.changes.item(r, c).text() for c in range(5)] for r in range(dialog.changes.rowCount())]
        assert ["перевірка 1", "результат", "змінено"] in [row[:3] for row in rows]
        assert ["особа", "місце народження", "змінено", "Харків", "Полтава"] in rows
        heads = [t.horizontalHeaderItem(c).text() for t in (dialog.versions, dialog.changes)
                 for c in range(t.columnCount())]
        texts = [dialog.windowTitle(), dialog.status.text(), *heads, *(cell for row in rows for cell in row)]
        assert {t: leaks(t, {"Alpha", "KYIV", case}) for t in texts if leaks(t, {"Alpha", "KYIV", case})} == {}
    finally:
        hqv.close()
