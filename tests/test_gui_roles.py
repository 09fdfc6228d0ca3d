"""The role × action matrix through the desktop: each role drives the dossier window as a person
would (typing, Save, Seal…, Waive…, adding a file) — and where the window would hide an action,
the window's own handler is called anyway ("even if forced"): the guarded write layer refuses it
and the window shows why."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from app.domain.enums import Role
from app.domain.interchange import parse_document
from app.domain.roles import Action, may
from tests.guard_helpers import ROLES, complete_exam, complete_interview, credentials, doc_with, login, make_post
from tests.gui_helpers import type_text


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("gui-roles")
    s = make_post(root / "v")
    try:
        cases = {name: str(s.add_applicant(parse_document(doc))) for name, doc in {
            "plain": doc_with(),
            "exam": doc_with(polygraph_exams=[complete_exam(1, "Bravo")]),
            "interview": doc_with(interviews=[complete_interview("Olga")]),
            "pending": doc_with(checks=[{"kind": "security_service", "result": "pending"}]),
        }.items()}
    finally:
        s.close()
    (root / "scan.txt").write_text("scan")
    return root, cases


def _window(qtbot: Any, session: Any, case: str) -> Any:
    """A fresh window on the case (typing a refused save kept as a draft is dropped first)."""
    from app.ui.dossier.window import DossierWindow

    session.discard_draft(case)
    w = DossierWindow(session, case)
    qtbot.addWidget(w)
    return w


def _refused(scripted: Any, words: str) -> bool:
    return bool(scripted.seen) and scripted.seen[-1][0] == "error" and words in scripted.seen[-1][2]


@pytest.mark.parametrize("role", ROLES)
def test_the_dossier_window_as_each_role(role: str, qtbot: Any, scripted: Any, template: Any,
                                         tmp_path: Path) -> None:
    root, cases = template
    shutil.copytree(root / "v", tmp_path / "v")
    r, user, passphrase = Role(role), *credentials(role)
    s = login(tmp_path / "v", role)
    try:
        # person and application: type, Save
        w = _window(qtbot, s, cases["plain"])
        type_text(w.application.text, " Доповнено.")
        assert w.save() is may(r, Action.EDIT_CASE)
        assert may(r, Action.EDIT_CASE) or _refused(scripted, "may not change a case's person, application")
        assert ("Доповнено." in s.get_dossier(cases["plain"]).application.text) is may(r, Action.EDIT_CASE)
        # a polygraph exam: the examiner's own, or a supervisor's correction of a draft
        w = _window(qtbot, s, cases["exam"])
        qtbot.keyClicks(w.exam1.place, "Suny")
        assert w.save() is may(r, Action.EDIT_EXAM)
        assert may(r, Action.EDIT_EXAM) or _refused(scripted, "may not record or change a polygraph exam")
        # Seal… on the exam, as whoever is logged in
        w = _window(qtbot, s, cases["exam"])
        assert w.exam1.seal_bar.seal_button.isEnabled() is (user == "Bravo")
        scripted.texts = [passphrase]
        assert w.seal("exam", 1) is may(r, Action.SEAL_EXAM)
        sealed = s.get_dossier(cases["exam"]).polygraph_exams[0].sealed_by
        assert sealed == ("Bravo" if may(r, Action.SEAL_EXAM) else "")
        assert may(r, Action.SEAL_EXAM) or _refused(scripted, "may not seal a polygraph exam")
        # Seal… on Olga's interview: only Olga
        w = _window(qtbot, s, cases["interview"])
        scripted.texts = [passphrase]
        assert w.seal("interview", 0) is (user == "Olga")
        if role == "examiner":
            assert _refused(scripted, "may not seal an interview")
        elif role == "supervisor":
            assert _refused(scripted, "Only its author (Olga) can seal an interview")
        # the decision: only a supervisor's tab is open, and only a supervisor's save records it
        w = _window(qtbot, s, cases["plain"])
        assert w.decision.outcome.isEnabled() is may(r, Action.DECIDE)
        w.decision.outcome.setCurrentIndex(w.decision.outcome.findData("defer"))
        type_text(w.decision.rationale, "Чекаємо відповіді СБУ.")
        w.save()
        decision = s.get_dossier(cases["plain"]).decision
        assert (decision is not None and decision.decided_by == "Sam") is may(r, Action.DECIDE)
        # Waive… a pending check (the button is a supervisor's; the handler is called anyway)
        w = _window(qtbot, s, cases["pending"])
        w.checks.table.table.setCurrentCell(0, 0)  # the check, selected as a person would
        assert w.checks.waive_button.isEnabled() is may(r, Action.WAIVE_CHECK)
        scripted.texts = ["No answer from the service in 60 days"]
        w.waive(0)
        assert (s.get_dossier(cases["pending"]).checks[0].waived_by == user) is may(r, Action.WAIVE_CHECK)
        assert may(r, Action.WAIVE_CHECK) or _refused(scripted, "waive a check")
        # attachments: every role
        w = _window(qtbot, s, cases["plain"])
        added = w.attachments.add_files([str(root / "scan.txt")])
        assert bool(added) is may(r, Action.ATTACH) and len(s.get_dossier(cases["plain"]).attachments) == 1
    finally:
        s.close()


def test_an_officer_named_as_examiner_still_cannot_seal(qtbot: Any, scripted: Any, template: Any,
                                                        tmp_path: Path) -> None:
    """The window disables Seal… and says why; its handler, called anyway, meets the guard, which
    asks for the examiner role before anything else."""
    root, _ = template
    shutil.copytree(root / "v", tmp_path / "v")
    sup = login(tmp_path / "v", "supervisor")
    try:
        case = str(sup.add_applicant(parse_document(doc_with(polygraph_exams=[complete_exam(1, "Olga")]))))
    finally:
        sup.close()
    s = login(tmp_path / "v", "officer")
    try:
        w = _window(qtbot, s, case)
        bar = w.exam1.seal_bar
        assert not bar.seal_button.isEnabled() and "Olga is not an examiner" in bar.reason.text()
        scripted.texts = [credentials("officer")[1]]
        assert w.seal("exam", 1) is False
        assert _refused(scripted, "An officer may not seal a polygraph exam.")
        assert s.get_dossier(case).polygraph_exams[0].sealed_by == ""
    finally:
        s.close()



def test_amend_is_offered_only_to_who_may_amend(qtbot: Any, scripted: Any, template: Any, tmp_path: Path) -> None:
    """A sealed exam is amended only by its examiner: the window offers Amend… to Bravo, not to the
    officer or the supervisor (the rule of app.domain.authors.may_amend, which the guard applies at
    Save); forced anyway, the officer's amendment is refused at Save and the seal stays."""
    root, cases = template
    shutil.copytree(root / "v", tmp_path / "v")
    s = login(tmp_path / "v", "examiner")
    try:
        w = _window(qtbot, s, cases["exam"])
        assert w.exam1.seal_bar.amend_button.isHidden()  # a draft: Seal…, no Amend…
        scripted.texts = [credentials("examiner")[1]]
        assert w.seal("exam", 1) is True
        w = _window(qtbot, s, cases["exam"])
        assert not w.exam1.seal_bar.amend_button.isHidden()
    finally:
        s.close()
    for role in ("officer", "supervisor"):
        s = login(tmp_path / "v", role)
        try:
            w = _window(qtbot, s, cases["exam"])
            assert w.exam1.seal_bar.seal_button.isHidden()
            assert w.exam1.seal_bar.amend_button.isHidden(), role
            if role == "officer":
                scripted.texts = ["Wrong place name"]
                w.amend(w.exam1)  # the handler, called anyway
                qtbot.keyClicks(w.exam1.place, " X")
                assert w.save() is False
                assert _refused(scripted, "An officer may not record or change a polygraph exam.")
            assert s.get_dossier(cases["exam"]).polygraph_exams[0].sealed_by == "Bravo"
        finally:
            s.close()


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("decision", ["merged", "distinct"])
def test_duplicates_decided_from_the_flags_as_each_role(role: str, decision: str, qtbot: Any, scripted: Any,
                                                        template: Any, tmp_path: Path) -> None:
    """The matrix row `merge_duplicates` through the desktop: a supervisor gets 'Merge into this
    case…' and 'Not the same person…' on a duplicate flag and clicks them; other roles do not see
    them, and the window's handler, called anyway, meets the guard's refusal."""
    root, cases = template
    shutil.copytree(root / "v", tmp_path / "v")
    r = Role(role)
    s = login(tmp_path / "v", role)
    try:
        other = cases["pending"]  # the same person as the plain case: a duplicate flag
        w = _window(qtbot, s, cases["plain"])
        found = [i for i, f in enumerate(w.flags.current) if f.code.endswith("_duplicate") and f.args[0] == other]
        assert found, [f.code for f in w.flags.current]
        offered = f"{decision}:{found[0]}" in w.flags.text()
        assert offered is may(r, Action.MERGE_DUPLICATES)
        if offered:
            w.flags.linkActivated.emit(f"{decision}:{found[0]}")  # as a click on the link does
            assert scripted.seen[-1][0] == ("confirm_destructive" if decision == "merged" else "confirm")
        else:
            assert w.decide_duplicate(other, decision) is False  # even if forced
            assert _refused(scripted, "may not decide on duplicates")
        listed = {row.case_number for row in s.list_applicants()}
        merged = decision == "merged" and may(r, Action.MERGE_DUPLICATES)
        assert (other not in listed) is merged
        assert [m["case_number"] for m in s.case_links(cases["plain"]).get("merged_cases", [])] == (
            [other] if merged else [])
        assert any(f.args[:1] == (other,) and f.code.endswith("_duplicate")
                   for f in s.flags_for(s.get_dossier(cases["plain"]))) is not may(r, Action.MERGE_DUPLICATES)
        if merged:
            assert "merged" in w.status.text().casefold() and w.tabs.indexOf(w.links) >= 0
            assert other in w.links_banner.text()
    finally:
        s.close()
