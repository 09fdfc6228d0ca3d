"""The guarded write layer and the vault hand a person codes with parameters (app.domain.msg.Text),
never English to be matched: every code they raise has English and Ukrainian, a refusal from each
guard module reaches the desktop in Ukrainian by its code (the same English as a plain str is no
longer translated, so no FIXED/TEMPLATES entry stands behind it), and the CLI still reads English.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.casefile import words
from app.domain import msg
from app.domain.interchange import parse_document
from app.domain.msg_errors import ERRORS, WHAT
from app.errors import DossierError
from tests.conftest import PASS, sample_doc
from tests.guard_helpers import make_post

APP = Path(__file__).resolve().parents[1] / "app"
LITERAL = re.compile(r'f?"((?:err|what|what_first|audit|failed|verify)\.[a-z_.{}]+)"')
LATIN = re.compile(r"[A-Za-z]{3,}")


def codes_in_source() -> set[str]:
    """Every message code the app names in its source; `{kind}` stands for each kind of record."""
    found: set[str] = set()
    for path in APP.rglob("*.py"):
        if path.name in ("msg.py", "msg_errors.py", "catalogue.py"):
            continue
        for code in LITERAL.findall(path.read_text("utf-8")):
            if "{kind}" in code:
                found |= {code.replace("{kind}", k) for k in WHAT}
            elif "{" not in code:  # f"failed.officer_{key}" and the like: checked where they are made
                found.add(code)
    return found


def test_every_code_raised_has_both_languages() -> None:
    used = codes_in_source()
    assert len(used) > 60
    assert sorted(used - set(msg.TEXT)) == []  # a code the catalogue lacks would fail at run time
    table = words._ts("uk")
    ours = [f"err.{k}" for k in ERRORS] + [f"what.{k}" for k in WHAT] + [f"what_first.{k}" for k in WHAT] + \
        [c for c in msg.TEXT if c.startswith(("audit.", "failed.", "setting."))]
    untranslated = [c for c in ours if not table.get(msg.TEXT[c], "").strip() or table[msg.TEXT[c]] == msg.TEXT[c][1]]
    assert untranslated == []
    uk = words.Printer("uk")  # the printouts read the same translations, nested parameters too
    nested = msg.text("err.already_sealed", msg.text("what_first.interview", 2))
    assert str(nested) == "Interview 2 is already sealed."
    assert uk.message(nested.message) == "Співбесіда 2: запис уже скріплено."


def test_a_text_keeps_its_code_and_english() -> None:
    t = msg.text("err.amend_only_sealer", msg.text("what.check", 3))
    assert t == "Only the user who sealed check 3 (or a supervisor) may amend it."
    assert t.message.code == "err.amend_only_sealer" and t.message.params[0].message.code == "what.check"
    assert isinstance(DossierError(t).message, msg.Text)


def _interview(by: str) -> dict[str, Any]:
    return {"template_id": "screening", "template_version": 1, "answers": {"motivation": "захист родини"},
            "interviewer": by}


def _parsed(**records: Any) -> Any:
    doc = sample_doc()
    doc["interviews"], doc["checks"], doc["polygraph_exams"] = [], [], []
    doc.update(copy.deepcopy(records))
    return parse_document(doc)


def _refusals(vault_dir: Path) -> dict[str, tuple[Callable[[], object], str]]:
    """One refusal per guard module (and the vault below it): the call and the English it raises."""
    s = make_post(vault_dir)
    case = s.add_applicant(_parsed(interviews=[_interview("Sam")]))
    return {
        "records/base": (lambda: s.create_dossier(_parsed(interviews=[_interview("Nobody")]).dossier),
                         "The change was not saved."),
        "seal": (lambda: s.seal_record(case, "interview", 0, PASS), "Interview 1 is not complete."),
        "seal (passphrase)": (lambda: s.seal_record(case, "interview", 0, "wrong " + PASS),
                              "Wrong passphrase: the record was not sealed."),
        "maintenance": (lambda: s.decide_duplicate(case, case, "merged"), "A case cannot be its own duplicate."),
        "lifecycle": (lambda: s.hand_over(case, "Nobody", "moved to another post"),
                      "No active officer or supervisor with that call sign: Nobody"),
        "lifecycle (reason)": (lambda: s.delete_applicant(case, ""), "Give a reason for deleting the case."),
        "vault": (lambda: s.get_dossier("KYIV-9999-99999"), "No case with that number."),
    }


def test_a_refusal_from_each_guard_module_is_in_ukrainian(vault_dir: Path, ukrainian: None) -> None:
    from app.ui.messages import tr_message

    shown: dict[str, list[str]] = {}
    for where, (call, english) in _refusals(vault_dir).items():
        with pytest.raises(DossierError) as caught:
            call()
        exc = caught.value
        assert exc.message == english, where  # the CLI's English is unchanged
        assert isinstance(exc.message, msg.Text), where
        coded = [p for _, p in getattr(exc, "problems", []) if isinstance(p, msg.Text)]
        shown[where] = [tr_message(t) for t in (exc.message, *coded)]
        for text, ukr in zip((exc.message, *coded), shown[where], strict=True):
            assert not LATIN.search(ukr.replace("Nobody", "")), (where, ukr)
            assert tr_message(str(text)) == str(text), (where, "still matched by its English")
    assert shown["seal"][0] == "Співбесіда 1: запис заповнено не повністю."
    assert shown["lifecycle"][0] == "Немає активного офіцера чи керівника з таким позивним: Nobody"
    assert any("не є користувачем цього сховища" in t for t in shown["records/base"][1:])


def _raw_pair() -> list[dict[str, Any]]:
    """Exams 1 and 2: the same examiner, the same day, and results that differ (NDI / INC)."""
    from tests.guard_helpers import complete_exam

    first, second = complete_exam(1, "Bravo"), complete_exam(2, "Bravo")
    second["held_on"], second["result"] = first["held_on"], "INC"
    return [first, second]


def _exams() -> list[Any]:
    from tests.guard_helpers import complete_exam

    broken = complete_exam(3, "Charlie")
    broken["charts"], broken["scores"] = 9, broken["scores"][:-1]
    broken["scores"][0]["score"] = 9
    return parse_document(sample_doc() | {"interviews": [], "checks": [],
                                          "polygraph_exams": [*_raw_pair(), broken]}).dossier.polygraph_exams


def test_polygraph_reasons_problems_and_comparisons_are_coded(ukrainian: None) -> None:
    """A computed result's reason, why an exam was not scored, and a comparison of two exams reach the
    desktop and the printout in Ukrainian by their codes; their English alone is matched by neither."""
    from app.domain import polygraph
    from app.ui.messages import tr_message

    first, second, broken = _exams()
    scored, unscored = polygraph.score(first), polygraph.score(broken)
    cmp = polygraph.compare(first, second)
    texts = [scored.reason, unscored.reason, *unscored.problems, *cmp.reasons, *(m for _, m in cmp.policy_problems)]
    assert scored.reason.startswith("grand total ") and unscored.reason.startswith("not computed: 9 charts")
    assert len(unscored.problems) >= 2 and len(cmp.reasons) == 2 and len(cmp.policy_problems) == 2
    uk = words.Printer("uk")
    for text in texts:
        assert isinstance(text, msg.Text), text
        for shown in (tr_message(text), uk.part(text)):
            assert not LATIN.search(shown.replace("INC", "").replace("NDI", "").replace("R1", "").replace("R2", "")
                                    .replace("eda", "")), (text, shown)
        if text not in [*cmp.reasons, *(m for _, m in cmp.policy_problems)]:  # flags, see below
            assert tr_message(str(text)) == str(text) and uk.part(str(text)) == str(text), "still matched by English"
    assert words.Printer("en").part(unscored.reason) == unscored.reason  # the English printout reads the English
    assert tr_message(scored.reason).startswith("загальна сума ")
    # the flags carry the comparison as '; '-joined coded reasons: shown by code (an older flag's plain
    # English is still matched, app/ui/messages.py WORD_TEMPLATES and the Messages templates)
    from app.domain import flags
    from app.ui.messages import tr_flag

    d = parse_document(sample_doc() | {"interviews": [], "checks": [],
                                       "polygraph_exams": _raw_pair()}).dossier
    found = [f for f in flags.compute(d) if f.code in ("polygraph_discordance", "polygraph_pair_differs",
                                                       "polygraph_not_independent")]
    assert len(found) >= 2
    for f in found:
        assert isinstance(f.args[0 if f.code == "polygraph_not_independent" else 2], msg.Text), f
        assert not LATIN.search(re.sub(r"\b(?:NDI|INC|DI)\b", "", tr_flag(f.code, f.message, f.args))), f


ALLOWED_IN_REPORT = re.compile(r"\b(?:UTC|CMS|PAdES|PDF|JSON|case\.json|field-dossier/1|Bravo|KYIV|Chief|HQ)\b"
                               r"|[\w.-]+\.fdb\.age|[A-Z]+-[\w-]+")


def test_the_hq_report_is_in_ukrainian(qtbot: Any, hq: Any, scripted: Any, ukrainian: None, tmp_path: Path) -> None:
    """HQ's import window shows (Every check…) each check's name, PASS/FAIL and a passed check's detail in
    Ukrainian (by code: the CLI's report.lines() stays English); a refused import's reason too."""
    from PySide6.QtCore import Qt

    from app.casefile.export import export_cases
    from app.casefile.verify import Check
    from app.ui import hq_actions
    from app.ui.import_dialog import ImportDialog
    from app.ui.main_window import MainWindow
    from app.ui.messages import tr_report
    from app.ui.report_dialog import ReportDialog
    from app.vault import vault
    from tests.exchange_helpers import HQ_PASS, add_case, enrolled_vault

    field = enrolled_vault(tmp_path / "f", hq, tmp_path, callsign="Bravo")
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        export_cases(field, [add_case(field)], stick)
    finally:
        field.close()
    (stick / "junk.fdb.age").write_bytes(b"age-encryption.org/v1\nnot really")
    hqv = vault.create(tmp_path / "hqv", "HQ", "Chief", PASS)
    try:
        w = MainWindow(hqv)
        qtbot.addWidget(w)
        shown: list[ImportDialog] = []
        scripted.directories = [str(stick), str(hq.folder)]
        scripted.texts = [HQ_PASS]
        hq_actions.verify_or_import(w, hqv, True, shown=shown.append)
        qtbot.waitUntil(lambda: shown[0].batch is not None, timeout=60000)
        qtbot.mouseClick(shown[0].checks_button, Qt.MouseButton.LeftButton)
        report = shown[0].report
        assert isinstance(report, ReportDialog)
        lines = report.text.toPlainText().splitlines()
    finally:
        hqv.close()
    passed = [line for line in lines if line.startswith("ПРОЙДЕНО ")]
    assert len(passed) == 17 and any(line.startswith("НЕ ПРОЙДЕНО  розшифрування") for line in lines), lines
    assert {line: LATIN.findall(ALLOWED_IN_REPORT.sub("", line)) for line in passed
            if LATIN.findall(ALLOWED_IN_REPORT.sub("", line))} == {}
    assert not any(line.startswith(("PASS", "FAIL")) for line in lines)
    refused = tr_report([Check("case-owner", False, msg.text("verify.not_owner", "Alpha", "KYIV", "Bravo", "LVIV"))])
    assert refused == ["НЕ ПРОЙДЕНО  власник справи       справа належить Alpha (KYIV), а підписав її Bravo (LVIV); "
                       "жодна підписана передача не передає її"]


def _notices(tmp_path: Path) -> dict[str, str]:
    """One sentence of each family of app.domain.msg_notices, from the site that makes it."""
    import errno
    from datetime import datetime

    from app.casefile import media
    from app.domain import safejson, workflow
    from app.domain.passphrase import require_strong
    from app.errors import ValidationError
    from app.vault import attempts, commitmark, startup_checks

    d = parse_document(sample_doc() | {"interviews": [], "checks": [], "polygraph_exams": []}).dossier
    out = {"missing": next(m for s in workflow.step_statuses(d) for m in s.missing if "interview" in m),
           "unlock": attempts.sentence(attempts.areas_problem(attempts.Attempts(), None, 3)),
           "mark": commitmark.check(tmp_path, b"k" * 32, "v", 2),
           "startup": startup_checks.clock_warning("2026-06-01T10:00:00+00:00", datetime.fromisoformat(
               "2026-05-01T10:00:00+00:00")),
           "media": media.explain(OSError(errno.ENOSPC, "No space left on device"))}
    for family, bad in (("json", lambda: safejson.loads(b"[1, 2, 3]", max_bytes=4)),
                        ("passphrase", lambda: require_strong("password"))):
        with pytest.raises(ValidationError) as caught:
            bad()
        out[family] = caught.value.message
    return out


def test_a_notice_of_each_family_is_in_ukrainian_by_its_code(tmp_path: Path, ukrainian: None) -> None:
    """The pipeline's missing items, the unlock screen's and start-up notices, an export destination's
    error and the file and passphrase limits reach the desktop and the printout in Ukrainian by their
    codes; the same English as a plain str finds no translation (app/ui/messages.py matches none)."""
    from app.ui.messages import tr_message

    found = _notices(tmp_path)
    assert found["missing"] == "at least one interview"
    assert found["unlock"] == "The key file's two copies do not match."
    assert found["mark"] == "The vault's commit mark is missing."
    assert found["startup"].startswith("This computer's clock (2026-05-01 10:00 UTC) is earlier")
    assert found["media"] == "The destination is full. Nothing was left on it."
    assert found["json"] == "The file is too large (9 bytes; the limit is 4)."
    assert found["passphrase"].startswith("Passphrase too weak: ")
    uk = words.Printer("uk")
    for family, text in found.items():
        assert isinstance(text, msg.Text) and text.message.code.startswith("err."), family
        shown = tr_message(text)
        assert not LATIN.search(shown.replace("UTC", "").replace("JSON", "")), (family, shown)
        assert uk.message(text.message) == shown or family == "passphrase", (family, uk.message(text.message))
        assert tr_message(str(text)) == str(text), f"{family}: still matched by its English"
    assert tr_message(found["missing"]) == "принаймні одна співбесіда"
    assert tr_message(found["json"]) == "Файл завеликий (9 байт; межа — 4)."
    assert tr_message(found["startup"]).startswith("Годинник цього комп’ютера (2026-05-01 10:00 UTC)")
