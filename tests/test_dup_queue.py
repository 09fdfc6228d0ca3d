"""The cross-post duplicates queue at HQ: every likely or possible duplicate between two posts in
one list (never two cases of the same post), both dossiers side by side with the evidence, and the
analyst's decision remembered and audited, from the window and the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import PASS, run_cli
from tests.exchange_helpers import add_case, enrolled_vault, issue_enrolment

ENV = {"DOSSIER_PASSPHRASE": PASS, "DOSSIER_USER": "Chief"}


@pytest.fixture(scope="module")
def lima(hq, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Post LVIV's officer (an enrolment costs three scrypt runs: one per module)."""
    return issue_enrolment(hq, tmp_path_factory.mktemp("lviv"), "Lima", "LVIV")


@pytest.fixture
def hq_with_pairs(hq, alpha, lima, tmp_path: Path) -> tuple[Path, dict[str, str]]:  # type: ignore[no-untyped-def]
    """KYIV holds the same person twice (A1, A2) and someone else (C); LVIV holds that person (B)."""
    from app.casefile.export import export_cases
    from app.casefile.hq_ops import import_bundle, trust_of
    from app.vault import vault

    kyiv = enrolled_vault(tmp_path / "kyiv", hq, tmp_path, prepared=alpha)
    lviv = enrolled_vault(tmp_path / "lviv", hq, tmp_path, callsign="Lima", post="LVIV", prepared=lima)
    stick = tmp_path / "stick"
    stick.mkdir()
    cases = {"A1": add_case(kyiv), "A2": add_case(kyiv), "C": add_case(kyiv, surname="Бондаренко", given_name="Ярослав",
                                                                          documents=[], date_of_birth="1970-01-02"),
             "B": add_case(lviv)}
    files = []
    for s, names in ((kyiv, ("A1", "A2", "C")), (lviv, ("B",))):
        try:
            files += [export_cases(s, [cases[n]], stick).exported[0].file for n in names]
        finally:
            s.close()
    hqv = vault.create(tmp_path / "hqv", "HQ", "Chief", PASS)
    try:
        for f in files:
            import_bundle(hqv, f, trust_of(hq))
    finally:
        hqv.close()
    return tmp_path / "hqv", cases


def test_the_queue_pairs_posts_only_and_a_decision_takes_a_pair_out(hq_with_pairs) -> None:  # type: ignore[no-untyped-def]
    from app.vault import vault
    from app.vault.dup_queue import queue

    path, cases = hq_with_pairs
    s = vault.unlock(path, "Chief", PASS)
    try:
        pairs = queue(s)
        assert {frozenset((p.a.case_number, p.b.case_number)) for p in pairs} == {
            frozenset((cases["A1"], cases["B"])), frozenset((cases["A2"], cases["B"]))}  # never A1–A2: one post
        p = pairs[0]
        assert p.match.tier == "likely" and "same document number" in p.match.reasons
        assert {p.a.post, p.b.post} == {"KYIV", "LVIV"} and p.a.name == p.b.name == "Шевчук Олег Петрович"
        assert ("passport", "FA123456") in p.a.documents
        s.decide_duplicate(cases["A1"], cases["B"], "distinct")
        assert [(q.a.case_number, q.b.case_number) for q in queue(s)] in (
            [(cases["A2"], cases["B"])], [(cases["B"], cases["A2"])])
        assert len(queue(s, include_decided=True)) == 2  # remembered, not forgotten
        assert any(e.action == "duplicate_distinct" and e.detail == cases["B"] for e in s.audit_entries(cases["A1"]))
    finally:
        s.close()


def test_the_command_lists_the_queue_and_the_marking_takes_effect(hq_with_pairs) -> None:  # type: ignore[no-untyped-def]
    path, cases = hq_with_pairs
    r = run_cli("--vault", str(path), "hq", "duplicates", "--json", **ENV)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert len(rows) == 2 and all({row["post_a"], row["post_b"]} == {"KYIV", "LVIV"} for row in rows)
    assert rows[0]["tier"] == "likely" and "same document number" in rows[0]["reasons"]
    text = run_cli("--vault", str(path), "hq", "duplicates", **ENV)
    assert "likely the same person" in text.stdout and "2 pair(s) between posts" in text.stderr
    merged = run_cli("--vault", str(path), "duplicates", "merge", cases["B"], cases["A1"], **ENV)
    assert merged.returncode == 0, merged.stderr
    left = json.loads(run_cli("--vault", str(path), "hq", "duplicates", "--json", **ENV).stdout)
    assert [{row["a"], row["b"]} for row in left] == [{cases["A2"], cases["B"]}]  # A1 joined B and left the queue


def test_the_window_shows_both_dossiers_and_the_evidence_and_remembers_the_decision(  # type: ignore[no-untyped-def]
        qtbot, hq_with_pairs, scripted) -> None:
    from PySide6.QtCore import Qt

    from app.ui.duplicates_dialog import DuplicatesDialog
    from app.vault import vault

    path, _cases = hq_with_pairs
    s = vault.unlock(path, "Chief", PASS)
    try:
        dialog = DuplicatesDialog(s)
        qtbot.addWidget(dialog)
        assert dialog.width() <= 1366 and dialog.height() <= 768
        assert dialog.list.rowCount() == 2 and "likely the same person" in dialog.list.item(0, 2).text()
        side = {dialog.side.item(r, 0).text(): (dialog.side.item(r, 1).text(), dialog.side.item(r, 2).text())
                for r in range(dialog.side.rowCount())}
        assert sorted(side["Post"]) == ["KYIV", "LVIV"] and side["Name"][0] == side["Name"][1]
        assert side["Documents"][0] == "passport FA123456" and side["Category"][0] == "serving soldier"
        assert dialog.evidence.text().startswith("For: same surname") and "same document number" in \
            dialog.evidence.text()
        first = dialog.selected()
        assert first is not None
        qtbot.mouseClick(dialog.distinct_button, Qt.MouseButton.LeftButton)
        assert dialog.list.rowCount() == 1
        assert any(e.action == "duplicate_distinct" for e in s.audit_entries(first.a.case_number))
        scripted.confirm_answer = True
        second = dialog.selected()
        assert second is not None
        qtbot.mouseClick(dialog.same_button, Qt.MouseButton.LeftButton)
        assert any(k == "confirm" and second.b.case_number in t for k, _, t in scripted.seen)
        assert dialog.list.rowCount() == 0 and dialog.status.text() == "No undecided duplicates between posts."
        assert s.case_links(second.a.case_number)["merged_cases"][0]["case_number"] == second.b.case_number
        assert not dialog.distinct_button.isEnabled()
        again = DuplicatesDialog(s)  # remembered in the vault, not in the window
        qtbot.addWidget(again)
        assert again.list.rowCount() == 0
    finally:
        s.close()


def test_the_window_speaks_ukrainian(qtbot, hq_with_pairs, scripted) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from app.ui.duplicates_dialog import DuplicatesDialog
    from app.ui.i18n import install_language
    from app.vault import vault
    from tests.test_language import leaks

    path, cases = hq_with_pairs
    app = QApplication.instance()
    assert isinstance(app, QApplication) and install_language(app, "uk") == "uk"
    s = vault.unlock(path, "Chief", PASS)
    try:
        dialog = DuplicatesDialog(s)
        qtbot.addWidget(dialog)
        texts = [dialog.windowTitle(), dialog.status.text(), dialog.evidence.text(), dialog.distinct_button.text(),
                 dialog.same_button.text()]
        for t in (dialog.list, dialog.side):
            texts += [t.item(r, c).text() for r in range(t.rowCount()) for c in range(t.columnCount())]
        texts += [dialog.list.horizontalHeaderItem(c).text() for c in range(dialog.list.columnCount())]
        allowed = {"KYIV", "LVIV", "Alpha", "Lima", "FA123456", *cases.values()}
        assert {t: leaks(t, allowed) for t in texts if leaks(t, allowed)} == {}
        assert dialog.evidence.text().startswith("За: ") and "ймовірно, та сама особа" in dialog.list.item(0, 2).text()
    finally:
        s.close()
        install_language(app, "en")


def test_a_new_batch_is_looked_at_against_the_engines_candidates(hq_with_pairs) -> None:  # type: ignore[no-untyped-def]
    """The day's batch (cases received since a time) gives the pairs with a case of the batch, found from
    the batch's own keys: the same pairs as the whole queue when everything is new, none when nothing is."""
    from app.vault import vault
    from app.vault.dup_queue import cross_post, queue

    path, cases = hq_with_pairs
    s = vault.unlock(path, "Chief", PASS)
    try:
        def pairs(found):  # type: ignore[no-untyped-def]
            return {frozenset((p.a.case_number, p.b.case_number)) for p in found}

        everything = pairs(queue(s))
        assert len(everything) == 2
        assert pairs(queue(s, received_since="2000-01-01T00:00:00Z")) == everything
        assert queue(s, received_since="2999-01-01T00:00:00Z") == []
        with s.read() as c:
            ids = {n: c.execute("SELECT id FROM applicants WHERE case_number = ?", (cases[n],)).fetchone()[0]
                   for n in cases}
            assert pairs(cross_post(c, batch={ids["B"]})) == everything  # B against what the vault holds
            assert pairs(cross_post(c, batch={ids["A1"]})) == {frozenset((cases["A1"], cases["B"]))}
            assert cross_post(c, batch={ids["C"]}) == []  # someone else: no candidate from another post
    finally:
        s.close()


def test_a_days_batch_only_pairs_cases_received_since_that_day(hq_with_pairs, qtbot) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from PySide6.QtCore import QDate

    from app.ui.duplicates_dialog import DuplicatesDialog
    from app.vault import vault

    path, _cases = hq_with_pairs
    today, tomorrow = dt.date.today(), dt.date.today() + dt.timedelta(days=1)
    for day, expected in ((today, 2), (tomorrow, 0)):
        r = run_cli("--vault", str(path), "hq", "duplicates", "--json", "--since", day.isoformat(), **ENV)
        assert r.returncode == 0, r.stderr
        assert len(json.loads(r.stdout)) == expected, day
    bad = run_cli("--vault", str(path), "hq", "duplicates", "--since", "02.12.2026", **ENV)
    assert bad.returncode == 2 and "YYYY-MM-DD (02.12.2026)" in bad.stderr and "Traceback" not in bad.stderr
    s = vault.unlock(path, "Chief", PASS)
    try:
        dialog = DuplicatesDialog(s)
        qtbot.addWidget(dialog)
        assert dialog.list.rowCount() == 2 and not dialog.batch_day.isEnabled()
        dialog.batch_day.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        assert dialog.list.rowCount() == 2  # the day is not applied until the box is ticked
        dialog.batch_only.click()
        assert dialog.batch_day.isEnabled() and dialog.list.rowCount() == 0
        dialog.batch_day.setDate(QDate(today.year, today.month, today.day))
        assert dialog.list.rowCount() == 2
        dialog.batch_only.click()
        assert dialog.list.rowCount() == 2
    finally:
        s.close()


def test_a_day_starts_at_local_midnight_in_utc() -> None:
    import datetime as dt

    from app.vault.dup_queue import day_start

    day = dt.date(2026, 12, 2)
    start = dt.datetime.fromisoformat(day_start(day).replace("Z", "+00:00"))
    assert start == dt.datetime.combine(day, dt.time()).astimezone(dt.UTC)
    assert day_start(day).endswith("Z") and len(day_start(day)) == len("2026-12-02T17:59:52.397368Z")
