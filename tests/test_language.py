"""One language on every surface: the desktop, the print summary and the signed case file of a
full demo case (flags, sealed records, a merged case, history), all in Ukrainian, show no internal
code (snake_case) and no word of the English interface.

The PDFs are read with an independent tool (`pdftotext`): the signed case file, and the print
summary printed to PDF through Qt as the print dialog does. What the officers typed (names, notes,
an instrument's make) may be in any script; it is taken from the case's free-text fields and allowed,
case-sensitively. The check is shown to fail on a planted English word and a planted code.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QWidget

from app.casefile import words
from app.domain import msg
from app.domain.interchange import to_document
from tests.exchange_helpers import tool

SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
LATIN = re.compile(r"(?<![0-9A-Za-z])[A-Za-z][A-Za-z'-]*[A-Za-z](?![0-9A-Za-z])")  # a word, not part of "1be4"
# Latin tokens that are the same in Ukrainian: result codes, units, formats, the CLI command HQ runs
NEUTRAL = {"SHA", "UTC", "NDI", "DI", "INC", "NO", "PNC", "ESS-M", "ESS", "ZCT", "PDF", "JSON", "HQ", "CA",
           "dossier", "verify-paper", "field-dossier-record", "PAdES", "CMS"}
MEDIA_TYPE = re.compile(r"\b(?:application|image|text)/[a-z0-9.+-]+")
BASE_WORDS = {"case", "stage", "decision", "flag", "flags", "sent", "closed", "polygraph", "interview", "check",
              "checks", "exam", "result", "none", "yes", "no", "page", "of", "restricted", "demo", "sealed",
              "signature", "summary", "background", "risk", "accept", "reject", "defer", "refer", "civilian",
              "passport", "adverse", "pending", "credible", "doubtful", "merged", "created", "opened", "saved",
              "printed", "officer", "examiner", "supervisor", "external", "the", "and", "by", "at", "with"}


def english_words() -> set[str]:
    """The English interface word list: every word of every English source the printouts and the
    catalogue use (app.domain.msg, the CaseFile strings), and a few more, lower case, 2+ letters."""
    sources = [english for _, english in msg.TEXT.values()] + words.printed_strings()
    found = {w.lower() for text in sources for w in LATIN.findall(text.replace("%", " "))}
    return (found | BASE_WORDS) - {w.lower() for w in NEUTRAL}


ENGLISH = english_words()


def leaks(text: str, allowed: set[str]) -> list[str]:
    """Internal codes and English interface words in `text`, except the allowed data words (exact case)."""
    # an attachment's type (image/png) is a standard name, not a word; NFKC: Qt's PDF writes "ﬁ" ligatures
    text = MEDIA_TYPE.sub(" ", unicodedata.normalize("NFKC", text))
    text = re.sub(r"[0-9a-f]{16,}", " ", text)  # a hash's hex digits are no words
    found = [f"code {m}" for m in SNAKE.findall(text) if m not in allowed]
    text = SNAKE.sub(" ", text)
    for token in LATIN.findall(text):
        if token in allowed or token in NEUTRAL:
            continue
        if token.lower() in ENGLISH or any(part.lower() in ENGLISH for part in token.split("-")):
            found.append(token)
    return found


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def data_words(session: Any, cases: list[str]) -> set[str]:
    """Latin words the officers typed: the free-text values of the cases, never a stored code."""
    codes = set(msg.LABELS) | {"NDI", "DI", "INC", "NO", "PNC"}
    out = {u.callsign for u in session.list_users()} | {session.post_code}
    for case in cases:
        d = session.get_dossier(case)
        doc = to_document(d)
        for key in ("person", "application", "interviews", "checks", "polygraph_exams", "decision", "attachments"):
            for text in _strings(doc.get(key)):
                if text in codes or SNAKE.fullmatch(text) or re.fullmatch(r"[0-9a-f]{64}", text):
                    continue
                out |= set(LATIN.findall(text))
        out.add(d.case_number)
    return out


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A training vault with a full case (sealed records, flags, a decision) and a case merged into it."""
    from app.domain.enums import Stage
    from app.vault import vault
    from app.vault.demo import load_demo

    root = tmp_path_factory.mktemp("language")
    s = vault.create(root / "demo", "KYIV", "SUPERVISOR", "correct horse battery staple orbit", demo=True)
    load_demo(s, 30, seed=11)
    rows = s.list_applicants()
    decided = [r for r in rows if r.stage in (Stage.SENT_TO_HQ, Stage.CLOSED)] or rows
    full = max(decided, key=lambda r: (r.flags.count("red:"), r.flags.count(":"))).case_number
    other = next(r.case_number for r in rows if r.case_number != full and "polygraph" in r.flags)
    s.decide_duplicate(full, other, "merged")
    assert s.setting(words.SETTING) == ""  # nobody chose: a Ukrainian post prints in Ukrainian
    yield {"session": s, "case": full, "other": other, "allowed": data_words(s, [full, other]), "root": root}
    s.close()


def test_the_check_catches_a_planted_english_word_and_code() -> None:
    allowed = {"Zasiadko", "Lafayette"}
    assert leaks("Етап: поліграф 3. Zasiadko, Lafayette LX6, SHA-256 запису, NDI", allowed) == []
    assert leaks("Етап: sent_to_hq", allowed) == ["code sent_to_hq"]
    assert leaks("Background checks: обліки СБУ", allowed) == ["Background", "checks"]
    assert leaks("Federal grand total (single issue)", allowed) == ["Federal", "grand", "total", "single", "issue"]


def test_every_code_and_printed_string_has_both_languages() -> None:
    table = words._ts("uk")
    missing = [(c, e) for c, e in msg.TEXT.values() if not table.get((c, e), "").strip()]
    missing += [s for s in words.printed_strings() if not table.get((words.CONTEXT, s), "").strip()]
    assert missing == []
    assert len(words.printed_strings()) > 150 and len(msg.TEXT) > 100
    en, uk = words.Printer("en"), words.Printer("uk")
    assert en.code("label.sent_to_hq") == "sent to HQ" and uk.code("label.sent_to_hq") == "надіслано до штабу"
    assert en.t("Case %1", "X-1") == "Case X-1" and uk.t("Case %1", "X-1") == "Справа X-1"


def test_the_qt_catalogue_is_generated_from_the_sources() -> None:
    """app/ui/catalogue.py (what lupdate reads) is current: `python -m app.casefile.words` rewrites it."""
    assert words.TABLE.read_text("utf-8") == words.table_source()


def _casefile_text(session: Any, case: str, path: Path) -> str:
    from app.casefile import casefile

    pdf, _ = casefile.signed_pdf(session, case)
    path.write_bytes(pdf)
    return tool("pdftotext", str(path), "-").stdout


def test_the_signed_case_file_is_in_ukrainian(world: dict[str, Any], tmp_path: Path) -> None:
    text = _casefile_text(world["session"], world["case"], tmp_path / "case.pdf")
    for expected in ("Справа перевірки кандидата", "Особові дані", "Опитування на поліграфі", "Позначки",
                     "Пов'язані справи", f"Справу {world['other']}", "об'єднано як дублікат", "Підпис",
                     "ДЕМО — НАВЧАЛЬНІ ДАНІ"):
        assert expected in " ".join(text.split()), expected
    assert leaks(text, world["allowed"]) == []
    merged = _casefile_text(world["session"], world["other"], tmp_path / "other.pdf")
    assert f"Цю справу об'єднано зі справою {world['case']}" in " ".join(merged.split())
    assert leaks(merged, world["allowed"]) == []


def test_a_missing_translation_is_caught(world: dict[str, Any], tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The same check on a case file whose catalogue lost one translation, and one with a planted code."""
    real = words._ts("uk")
    monkeypatch.setattr(words, "_ts", lambda lang: {k: v for k, v in real.items()
                                                    if k != ("CaseFile", "Written application")})
    text = _casefile_text(world["session"], world["case"], tmp_path / "case.pdf")
    assert {"Written", "application"} <= set(leaks(text, world["allowed"]))
    monkeypatch.setattr(words, "_ts", lambda lang: {**real, ("CaseFile", "Personal data"): "personal_data"})
    text = _casefile_text(world["session"], world["case"], tmp_path / "case2.pdf")
    assert "code personal_data" in leaks(text, world["allowed"])


def test_english_is_an_option_for_a_printout(world: dict[str, Any], tmp_path: Path) -> None:
    s = world["session"]
    s.set_setting(words.SETTING, "en")
    try:
        text = " ".join(_casefile_text(s, world["case"], tmp_path / "en.pdf").split())
    finally:
        s.set_setting(words.SETTING, "uk")
    assert "Vetting case file" in text and "Personal data" in text and "merged as a duplicate" in text
    assert SNAKE.findall(text) == []  # no codes in English either


def test_the_print_summary_is_in_ukrainian(qtbot: Any, world: dict[str, Any], ukrainian: None,
                                           tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from app.ui.print_summary import build_document

    s = world["session"]
    doc = build_document(s, s.get_dossier(world["case"]))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "summary.pdf"))
    doc.print_(printer)
    text = tool("pdftotext", str(tmp_path / "summary.pdf"), "-").stdout
    for expected in ("Довідка у справі", "Перевірки", "Позначки ризику", "Рішення"):
        assert expected in text, expected
    assert leaks(text, world["allowed"]) == []
    assert leaks(doc.toPlainText(), world["allowed"]) == []
    rows = s.list_applicants()  # every case's summary: each stage, rule and flag the demo data has
    allowed = data_words(s, [r.case_number for r in rows])
    found = {r.case_number: leaks(build_document(s, s.get_dossier(r.case_number)).toPlainText(), allowed)
             for r in rows}
    assert {k: v for k, v in found.items() if v} == {}
    from app.domain import polygraph

    d = s.get_dossier(world["case"])  # an exam scored with a rule of the rules file (its label has a translation)
    d.polygraph_exams[0].rule = polygraph.rule_snapshot("federal_zct")
    text = build_document(s, d).toPlainText()
    assert "Федеральний ZCT" in text and leaks(text, world["allowed"]) == []


def _texts(window: QWidget) -> list[str]:
    """What a person reads in a window as it stands: labels, buttons, group titles, tab titles,
    combo items, table headers and cells (the visible ones)."""
    out = [window.windowTitle()]
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QComboBox):
            out.append(w.currentText())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            root = QModelIndex()
            try:
                columns = model.columnCount(root)
            except TypeError:  # a list model: one column, the count is private
                columns = 1
            out += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
            for r in range(min(model.rowCount(root), 60)):
                out += [str(model.data(model.index(r, c, root)) or "") for c in range(columns)]
    tabs = getattr(window, "tabs", None)
    if tabs is not None:
        out += [tabs.tabText(i) for i in range(tabs.count())]
    return [html.unescape(re.sub(r"<[^>]*>", " ", t)) for t in out if t and t.strip()]  # rich text: its words


def test_the_desktop_is_in_ukrainian(qtbot: Any, world: dict[str, Any], ukrainian: None) -> None:
    """The list, every tab of the full case (history, links, flags included) and the unlock screen."""
    from app.ui.dossier.window import DossierWindow
    from app.ui.main_window import MainWindow
    from app.ui.unlock_dialog import UnlockDialog

    s, allowed = world["session"], world["allowed"] | {"Field Dossier", "Field", "Dossier"}
    found: dict[str, list[str]] = {}
    main = MainWindow(s)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.model.rowCount() > 0, timeout=10000)
    found["list"] = [t for t in _texts(main) if leaks(t, allowed)]
    w = DossierWindow(s, world["case"])
    qtbot.addWidget(w)
    w.show()
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        qtbot.wait(20)
        found[w.tabs.tabText(i)] = [t for t in _texts(w) if leaks(t, allowed)]
    w.dirty = False
    w.close()
    gate = UnlockDialog(world["root"] / "nothing", world["root"] / "demo")
    qtbot.addWidget(gate)
    gate.show()
    allowed |= {"Language"}  # the unlock screen's "Мова / Language": in both, by design (unlock_dialog.py)
    found["unlock"] = [t for t in _texts(gate) if leaks(t, allowed)]
    assert {k: [leaks(t, allowed) for t in v] for k, v in found.items() if v} == {}
    assert len(found) > 8  # the list, the unlock screen and every tab were read


WEAK = ["password", "qwerty123456", "abcabcabcabc", "aaaaaaaaaaaa", "19911991", "Oleksandr", "p@ssw0rd1234",
        "PASSWORDPASSWORD", "drowssapdrowssap", "qazwsxedcrfv", "123456789012", "john smith 1990", "short",
        "Shevchenko Taras", "correct horse", "monkey dragon"]


def test_passphrase_feedback_is_in_ukrainian(ukrainian: None) -> None:
    """Every tip zxcvbn (and the app) gives for a weak passphrase reaches the officer in Ukrainian."""
    from zxcvbn import zxcvbn

    from app.domain.passphrase import assess
    from app.ui.messages import tr_passphrase_feedback

    tips = {assess(p).feedback for p in WEAK}
    for p in WEAK:  # zxcvbn's own warnings and suggestions, one by one
        feedback = zxcvbn(p)["feedback"]
        tips |= {feedback["warning"], *feedback["suggestions"]}
    tips -= {""}
    assert len(tips) >= 10  # many different tips were exercised
    assert {t: leaks(tr_passphrase_feedback(t), set()) for t in tips if leaks(tr_passphrase_feedback(t), set())} == {}
    assert leaks("Straight rows of keys are easy to guess.", set()) != []  # the check sees the English text


def test_every_audit_action_has_words() -> None:
    """History and the audit viewer show an action in words (app.domain.msg.ACTIONS): every action the
    code writes has them (a new action without a line there fails here)."""
    root = Path(__file__).resolve().parents[1] / "app"
    written = set()
    for path in root.rglob("*.py"):
        source = path.read_text("utf-8")
        written |= set(re.findall(r"audit\(\w+, \"([a-z_]+)\"", source))
        written |= set(re.findall(r"audit\.append\(\w+, [^,]+, \"([a-z_]+)\"", source))
        written |= set(re.findall(r"audit\.append\([^\"\n]*\"([a-z_]+)\"", source))  # the first literal: the action
        written |= set(re.findall(r"warnings\.append\(\(\"([a-z_]+)\"", source))  # start-up checks
    written |= {"duplicate_distinct", "duplicate_merged", "deleted"}  # written through a variable
    receiving = (root / "vault/receiving.py").read_text("utf-8")  # audit(c, f"bundle_{decision.outcome}", …)
    written |= {f"bundle_{o}" for o in re.findall(r'Admission\("([a-z]+)"', receiving)
                if o not in ("proceed", "repeat")}
    assert {"restore", "vault_created", "recovered_by_hq", "clock_skew", "tamper_detected"} <= written
    assert len(written) > 25
    assert sorted(written - set(msg.ACTIONS)) == []


def test_a_refusal_is_translated_by_its_code(ukrainian: None) -> None:
    """The guard's refusal carries its code (app.domain.msg.Text): the desktop translates it without
    matching the English, also after a pickle (a worker process), and the CLI still reads English."""
    import pickle

    from app.domain.enums import Role
    from app.domain.roles import Action, refusal
    from app.errors import PermissionDenied
    from app.ui.messages import tr_message

    exc = PermissionDenied(refusal(Role.OFFICER, [Action.SEAL_EXAM, Action.DECIDE]))
    assert exc.message == "An officer may not seal a polygraph exam; record or change the decision."
    shown = tr_message(pickle.loads(pickle.dumps(exc)).message)
    assert shown.startswith("Офіцер") and leaks(shown, set()) == [], shown
    assert tr_message(str(exc.message)) == str(exc.message)  # the English alone is no longer matched


# The last English audit details (issue 17): each kept coded by its writer, shown in the reader's language
# in history and the audit viewer (tr_detail) and in the case file's audit excerpt (words.Printer.detail).
LAST_DETAILS = {  # audit action: its code in app.domain.msg_audit
    "imported": "audit.imported_warnings", "handed_over": "audit.handed_over", "handed_to_post": "audit.handed_to_post",
    "case_reissued": "audit.case_reissued", "casefile_signed": "audit.casefile_signed",
    "hq_decision": "audit.hq_decision", "hq_decision_received": "audit.hq_decision_received",
    "deletion_received": "audit.deletion_received",
}


def _shown_in_ukrainian(detail: str, allowed: set[str]) -> str:
    from app.ui.messages import tr_detail

    shown = tr_detail(detail)
    assert shown == words.Printer("uk").detail(detail), detail  # the screens and the case file agree
    assert leaks(shown, allowed) == [] and "{" not in shown, shown
    return shown


def test_the_last_audit_details_are_coded_and_read_in_ukrainian(qtbot: Any, session: Any, ukrainian: None) -> None:
    """The writers that still wrote English (issue 17) store a code and parameters; the Ukrainian
    history, audit viewer and case-file excerpt of each show no English word and no code."""
    import datetime as dt
    import json

    from app.domain import retention
    from app.domain.enums import Role
    from app.domain.hq_decisions import HqDecision
    from app.ui.audit_dialog import AuditDialog
    from app.vault import users
    from tests.conftest import PASS, sample_doc, seed_dossier

    case = seed_dossier(session, sample_doc())
    d = session.get_dossier(case)
    users.add_user(session, "Olga", Role.OFFICER, PASS)
    session.hand_over(case, "Olga", "відпустка")
    assert session.case_holder(case) == "Olga"  # the holder is read from the coded row
    session.record_casefile(case, "ab" * 32)
    session.reissue_owner(d.case_id, case, ("Whiskey", "lviv"), "c0ffee00" * 4)
    facts = retention.CaseFacts(case, "reject", dt.datetime(2020, 1, 1, tzinfo=dt.UTC), None)
    due = retention.due(retention.Policy({"reject": 6}), facts, dt.datetime(2026, 1, 1, tzinfo=dt.UTC), True)
    assert due is not None
    assert session.record_deletion_notice(d.case_id, case, "KYIV", "Alpha (KYIV)", msg.stored(due.reason))
    assert not session.record_deletion_notice(d.case_id, case, "KYIV", "Alpha (KYIV)", msg.stored(due.reason))
    assert session.deleted_at_post(d.case_id)  # read back from the coded row
    entry = HqDecision("1" * 32, d.case_id, case, session.vault_id, "KYIV", "request", "polygraph",
                       "Потрібне ще одне дослідження", "Chief", "2026-12-01T10:00:00.000000+00:00")
    with session.write() as c:
        assert session.install_hq_decisions(c, 3, [entry]).stored == 1
    with session.read() as c:
        raw = dict(c.execute("SELECT action, detail FROM audit WHERE action IN ('handed_over', 'casefile_signed',"
                             " 'case_reissued', 'deletion_received', 'hq_decision_received')").fetchall())
    assert {a: json.loads(r)["msg"] for a, r in raw.items()} == {a: LAST_DETAILS[a] for a in raw} and len(raw) == 5
    allowed = {"Alpha", "Olga", "Whiskey", "Chief", "KYIV", "LVIV", case}
    shown = {e.action: _shown_in_ukrainian(e.detail, allowed) for e in session.audit_log() if e.action in raw}
    assert shown["handed_over"] == "від Alpha до Olga: відпустка"
    assert shown["casefile_signed"] == "PDF sha256 " + "ab" * 8
    assert shown["case_reissued"] == "до Whiskey (LVIV), файл переоформлення c0ffee00"
    assert shown["deletion_received"].endswith("причина: зберігання: відмовити, 6 міс. після рішення"), shown
    assert shown["hq_decision_received"].endswith("Потрібне ще одне дослідження (ухвалив Chief, пакет оновлення 3)")
    dialog = AuditDialog(session)  # the audit viewer shows the same words
    qtbot.addWidget(dialog)
    model = dialog.model
    viewer = {model.data(model.index(r, 5)) for r in range(model.rowCount())}
    assert set(shown.values()) <= viewer


@pytest.mark.parametrize("action", sorted(LAST_DETAILS))
def test_each_last_audit_detail_reads_in_ukrainian(action: str, ukrainian: None) -> None:
    """Every coded detail, as its writer builds it (a stored row read back), in Ukrainian: no English
    word of the interface and no code; what a person typed (a reason, a call sign) stays as typed."""
    warnings = [msg.text("audit.warn_renumbered", "KYIV-2026-0007"),
                msg.text("audit.warn_number_held", "KYIV-2026-0008", "KYIV-2026-0008#1be4"),
                msg.text("audit.warn_station_clash", "KYIV", "2", "KYIV-2026-0009"),
                msg.text("err.seal_unchangeable", msg.text("label.interview"))]
    decision = msg.text("audit.hq_decision", msg.text("hq.status.decision:reject"), "Недостатньо даних")
    built = {
        "imported": msg.text("audit.imported_warnings", msg.text("audit.imported", 2, "Echo", "LVIV", "0f1e2d3c"),
                             len(warnings), msg.joined(warnings)),
        "handed_over": msg.text("audit.handed_over_reissued", "Yankee", "Whiskey", "KYIV", "LVIV",
                                "2026-12-01 10:00", "c0ffee00", "Yankee (KYIV)", "переведення"),
        "handed_to_post": msg.text("audit.handed_to_post", "Yankee", "KYIV", "Whiskey", "LVIV", "переведення"),
        "case_reissued": msg.text("audit.case_reissued", "Whiskey", "LVIV", "c0ffee00"),
        "casefile_signed": msg.text("audit.casefile_signed", "0123456789abcdef"),
        "hq_decision": decision,
        "hq_decision_received": msg.text("audit.hq_decision_received", decision, "Chief", 4),
        "deletion_received": msg.text("audit.deletion_received", "0f1e2d3c", "KYIV", "Alpha (KYIV)", "помилка"),
    }
    detail = built[action]
    stored = msg.stored(detail)
    assert "(s)" not in stored and " from " not in stored  # kept by code and parameters, not the English
    read = msg.from_stored(stored)
    assert str(read) == str(detail)  # `dossier audit list` prints the English as before
    allowed = {"Echo", "Yankee", "Whiskey", "Chief", "Alpha", "KYIV", "LVIV"}
    shown = _shown_in_ukrainian(stored, allowed)
    assert not re.search(r"\b(warning|carrier|through|signed|package|version|reason)\b", shown), shown


def test_a_case_imported_as_drafts_says_what_was_left_out_in_ukrainian(session: Any, ukrainian: None) -> None:
    """`applicant add --json`: the history's "imported as drafts; not taken over: …" is coded, each part too."""
    import json

    from app.domain.interchange import parse_document
    from tests.conftest import sample_doc

    added = session.import_applicant(parse_document(sample_doc()))
    assert added.dropped and all(isinstance(p, msg.Text) for p in added.dropped)
    assert any(str(p).endswith("seal(s)") for p in added.dropped)  # the CLI's English as before
    with session.read() as c:
        raw = c.execute("SELECT detail FROM audit WHERE action = 'create'").fetchone()[0]
    assert json.loads(raw)["msg"] == "audit.drafts_dropped"
    entry = next(e for e in session.audit_log() if e.action == "create")
    assert str(entry.detail).startswith("imported from a document as drafts; not taken over: ")
    shown = _shown_in_ukrainian(entry.detail, {added.case_number})
    assert shown.startswith("імпортовано з документа як чернетки; не перенесено: скріплень: "), shown
