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
