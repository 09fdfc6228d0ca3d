"""Issue 17's last English on Ukrainian screens: a stick's or a drive's error says why in the
officer's language (never the system's English strerror), a rule set's and a JSON file's subject
is coded so the whole sentence translates, a failed HQ check's detail is coded, and the audit log
keeps a detail by code and parameters (JSON) so history, the audit viewer and the case file show it
in the reader's language while `dossier audit list` prints English; old plain rows still show, and
the chain hashes a row exactly as before.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import re
from pathlib import Path
from typing import Any

import pytest

from app.casefile import words
from app.domain import msg
from app.errors import DossierError
from tests.conftest import PASS

LATIN = re.compile(r"[A-Za-z]{3,}")


def _uk(text: str) -> str:
    from app.ui.messages import tr_message

    shown = tr_message(text)
    assert isinstance(text, msg.Text), text
    assert words.Printer("uk").message(text.message) == shown  # the printouts read the same translation
    return shown


def test_a_destination_error_says_why_in_ukrainian(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   ukrainian: None) -> None:
    from app.casefile import media
    from app.vault import backup

    odd = media.explain(OSError(errno.EBADF, "Bad file descriptor"))
    assert odd == "Writing to the destination failed: the system reported error 9."
    assert _uk(odd) == "Не вдалося записати на носій: система повідомила про помилку 9."

    def refused(_folder: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied")

    with monkeypatch.context() as m:
        m.setattr(media.shutil, "disk_usage", refused)
        with pytest.raises(media.MediaError) as caught:
            media.check_space(tmp_path, 10)
    assert caught.value.message == "Cannot read the destination: no permission."
    assert _uk(caught.value.message) == "Не вдається прочитати місце запису: немає дозволу."

    media.write_verified(tmp_path, "case.fdb.age", b"one")
    with pytest.raises(media.MediaError) as caught:
        media.write_verified(tmp_path, "case.fdb.age", b"two")
    assert caught.value.message == "case.fdb.age already exists on the destination; nothing was overwritten."
    assert _uk(caught.value.message) == "case.fdb.age уже є на носії; нічого не перезаписано."
    assert (tmp_path / "case.fdb.age").read_bytes() == b"one"

    ro = backup._os_error(OSError(errno.EROFS, "Read-only file system"), "err.backup_not_written")
    assert ro.message == "The backup was not written: the drive is read-only."
    assert _uk(ro.message) == "Резервну копію не записано: диск лише для читання."
    full = backup._os_error(OSError(errno.ENOSPC, "No space left on device"), "err.backup_not_written")
    assert type(full).__name__ == "DiskFullError" and _uk(full.message).endswith("диск заповнений.")


def test_a_rule_set_and_a_json_subject_translate_whole(monkeypatch: pytest.MonkeyPatch, ukrainian: None) -> None:
    from app.casefile import verify
    from app.domain import content, safejson, schemas
    from app.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        content.check("rules", "workflow", {"not": "a rule set"})
    assert str(caught.value.message).startswith("The workflow rule set is not valid at ")
    shown = _uk(caught.value.message)
    assert shown.startswith("Недійсний набір правил етапів роботи: помилка в ") and not LATIN.search(shown), shown

    class Deep:
        def iter_errors(self, _doc: Any) -> Any:
            raise RecursionError

    with monkeypatch.context() as m:
        m.setattr(schemas, "validator", lambda _name: Deep())
        with pytest.raises(ValidationError) as caught:
            content.check("rules", "polygraph", {})
    assert caught.value.message == "The polygraph rule set is not valid (nested too deeply)."
    assert _uk(caught.value.message) == "Недійсний набір правил поліграфа (надто глибока вкладеність)."

    with pytest.raises(verify._Fail) as failed:  # the HQ report's manifest check
        verify._manifest(b"{")
    assert failed.value.detail == "The manifest is not valid JSON (line 1, column 2)."
    assert _uk(failed.value.detail) == "Маніфест не є коректним JSON (рядок 1, стовпець 2)."
    assert safejson.loads(b"[1]", what=msg.text("err.json_case_json")) == [1]


def test_a_failed_hq_check_and_its_refusal_are_in_ukrainian(ukrainian: None) -> None:
    import pyrage

    from app.casefile import tarsafe, verify
    from app.ui.messages import tr_message, tr_report

    trust = verify.Trust(pyrage.x25519.Identity.generate(), None, frozenset())  # type: ignore[arg-type]
    report = verify.verify_bytes(b"age-encryption.org/v1\nnot really", trust)
    failed = report.failed
    assert failed is not None and failed.name == "decrypt" and str(failed.detail).startswith("cannot decrypt: ")
    lines = tr_report(report.checks)
    assert lines[1].startswith("НЕ ПРОЙДЕНО  розшифрування") and "не вдається розшифрувати" in lines[1]
    assert not LATIN.search(lines[1]), lines
    refusal = verify.Refused(report).message
    assert str(refusal).startswith("Verification failed at decrypt: cannot decrypt: ")
    assert tr_message(refusal).startswith("Перевірка не пройшла на кроці розшифрування: не вдається розшифрувати")
    with pytest.raises(tarsafe.TarRefused) as caught:
        tarsafe.read(b"x" * 10, lambda _n: True, max_members=4, max_member=100)
    assert caught.value.reason == "the archive ends in the middle (no end-of-archive marker)"
    assert _uk(caught.value.reason) == "архів обривається посередині (немає позначки кінця архіву)"


def test_an_audit_detail_is_kept_by_code_and_shown_in_each_language(session: Any, ukrainian: None) -> None:
    from app.ui.messages import tr_detail
    from app.vault import audit, users
    from app.vault.audit import AuditFilter

    users.set_wipe_after(session, 5)
    with session.read() as c:
        raw = c.execute("SELECT detail FROM audit WHERE action = 'policy_changed'").fetchone()[0]
    assert json.loads(raw) == {"msg": "audit.erase_after", "params": ["5"]}
    entry = session.audit_log(AuditFilter(action="policy_changed"))[0]
    assert entry.detail == "erase after 5 failed unlocks"  # the CLI's and the logs' English
    assert tr_detail(entry.detail) == tr_detail(raw) == "стерти після 5 невдалих спроб розблокування"
    assert words.Printer("uk").detail(entry.detail) == "стерти після 5 невдалих спроб розблокування"
    assert words.Printer("en").detail(raw) == "erase after 5 failed unlocks"
    created = session.audit_log(AuditFilter(action="user_added"))[0]  # a role inside: a coded parameter
    assert tr_detail(created.detail).startswith("Alpha — керівник (Argon2id")

    with session.write() as c:  # a row as written before details were coded: plain English
        session.audit(c, "backup", None, "12 applicants")
    with session.read() as c:
        row = c.execute("SELECT seq, at, actor, action, case_number, detail, prev_hash, hash FROM audit "
                        "WHERE action = 'backup'").fetchone()
    seq, at, actor, action, case, detail, prev, mac = row
    assert detail == "12 applicants"  # stored as it is, and hashed exactly as before
    assert bytes(mac) == audit._mac(session._audit_key, seq, at, actor, action, case, detail, bytes(prev))
    old = session.audit_log(AuditFilter(action="backup"))[0]
    assert not isinstance(old.detail, msg.Text) and tr_detail(old.detail) == "12 applicants"
    assert msg.from_stored('{"msg": "no.such.code", "params": []}') == '{"msg": "no.such.code", "params": []}'
    tomb = '{"case_id": "0f1e2d3c", "former": [], "outcome": "reject", "reason": "entered in error"}'
    assert tr_detail(tomb).startswith("ідентифікатор справи 0f1e2d3c, рішення: ")  # a tombstone, never its keys
    assert tr_detail(tomb).endswith(", причина: entered in error") and "case_id" not in tr_detail(tomb)
    assert str(msg.readable(tomb)) == "case id 0f1e2d3c, decision: reject, reason: entered in error"
    assert session.audit_verify().ok
    with session.write() as c:  # the code and parameters are covered by the chain like any detail
        c.execute("UPDATE audit SET detail = ? WHERE action = 'policy_changed'", (raw.replace('"5"', '"50"'),))
    assert not session.audit_verify().ok


def test_a_start_up_warning_is_coded_in_history_the_viewer_and_the_cli(
        qtbot: Any, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, ukrainian: None) -> None:
    from app.ui.audit_dialog import AuditDialog
    from app.vault import startup_checks, vault
    from tests.guard_helpers import cli, make_post

    make_post(vault_dir).close()
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=800)
    with monkeypatch.context() as m:  # a clock set two years ahead
        m.setattr(startup_checks, "now_utc", lambda: later)
        s = vault.unlock(vault_dir, "Sam", PASS)
    try:
        assert any(str(w).startswith("This computer's clock") for w in s.warnings), s.warnings
        dialog = AuditDialog(s)
        qtbot.addWidget(dialog)
        model = dialog.model
        row = next(i for i, e in enumerate(model.entries) if e.action == "clock_skew")
        shown = [model.data(model.index(row, col)) for col in range(model.columnCount())]
    finally:
        s.close()
    assert shown[3] == "неправильний годинник"
    assert shown[5].startswith("Годинник цього комп’ютера (") and "Перевірте дату й час." in shown[5], shown
    code, out, _ = cli(vault_dir, "Sam", "audit", "list", "--json", "--action", "clock_skew")
    assert code == 0
    (entry,) = json.loads(out)["log"]
    assert entry["detail"].startswith("This computer's clock (") and entry["detail_code"] == "err.clock_ahead"
    code, out, _ = cli(vault_dir, "Sam", "audit", "list", "--action", "clock_skew")
    assert "This computer's clock (" in out and '{"msg"' not in out


def test_background_failures_keep_their_code(qtbot: Any, ukrainian: None) -> None:
    """A refusal raised in a worker thread reaches the window still coded (a str signal drops it)."""
    from app.ui.messages import tr_message
    from app.ui.worker import run_in_background

    got: list[str] = []

    def fail() -> None:
        raise DossierError(msg.text("err.dest_gone"))

    task = run_in_background(fail, lambda _r: None, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert task is not None and isinstance(got[0], msg.Text)
    assert tr_message(got[0]) != "The destination folder is gone: was the stick removed?"


def test_what_an_interview_lacks_names_its_field_in_the_readers_language(ukrainian: None) -> None:
    """A seal refusal lists what a record lacks: the form's field by its label in the reader's
    language (the template carries both), never its id, and the problem coded."""
    import dataclasses

    from app.domain import forms
    from app.domain.completeness import completeness
    from app.domain.interchange import parse_document
    from app.ui.messages import tr_message
    from tests.conftest import sample_doc

    iv = parse_document(sample_doc()).dossier.interviews[0]
    bare = dataclasses.replace(iv, answers={}, assessment=None)
    problems = completeness("interview", bare)
    tpl = forms.load_template(iv.template_id, iv.template_version)
    required = next(f for f in tpl.fields if f.required and forms.is_relevant(f, {}))
    en, uk = f"{required.text('en')}: This field is required.", f"{required.text('uk')} — Обов'язкове поле."
    assert en in problems and problems[-1] == "the interviewer's assessment is missing"
    shown = [tr_message(p) for p in problems]
    assert uk in shown and shown[-1] == "бракує оцінки того, хто проводив співбесіду"
    assert words.Printer("uk").message(problems[problems.index(en)].message) == uk
    assert not any(required.id in s for s in shown if "_" in required.id)


def _refused(call: Any) -> msg.Text:
    with pytest.raises((DossierError, ValueError)) as caught:
        call()
    exc = caught.value
    text = exc.message if isinstance(exc, DossierError) else exc.args[0]
    assert isinstance(text, msg.Text), text
    return text


def test_update_package_paper_check_form_and_essm_refusals_are_in_ukrainian(tmp_path: Path,
                                                                            ukrainian: None) -> None:
    """Issue 17: what the update package, the printout check, a form template HQ sent and the ESS-M tables
    refuse is coded below the UI: the CLI keeps its English, the desktop and the printouts show Ukrainian."""
    import pyrage

    from app.casefile import hq_ops, package
    from app.domain import essm, forms

    nothing = _refused(lambda: package.build(None, tmp_path / "p.age", None, None, []))  # type: ignore[arg-type]
    assert nothing == "Nothing to package: give --watchlist, --forms, --rules or --retention."
    assert _uk(nothing).startswith("Нічого пакувати: вкажіть --watchlist")
    (tmp_path / "junk.age").write_bytes(b"not an age file at all")
    junk = _refused(lambda: package.read(tmp_path / "junk.age", str(pyrage.x25519.Identity.generate()), ""))
    assert _uk(junk) in ("Пакет оновлення не від вашого штабу або пошкоджений чи обрізаний.",)
    missing = _refused(lambda: package.read(tmp_path / "absent.age", "", ""))
    assert _uk(missing).startswith("Не вдалося прочитати пакет: ") and not LATIN.search(_uk(missing))
    paper = _refused(lambda: hq_ops.paper_hash(None, "A-1", "not a hash"))  # type: ignore[arg-type]
    assert paper.startswith("Give the SHA-256") and _uk(paper).startswith("Вкажіть SHA-256")
    tpl = {"id": "x", "version": 1, "title": {"en": "t"}, "sections": [{"id": "s", "title": {"en": "S"}, "fields": [
        {"id": "a", "type": "text", "label": {"en": "A"}, "constraint": "foo(1)"}]}]}
    bad = _refused(lambda: forms.parse_template(tpl))
    assert bad == "The form template is not valid: unknown function 'foo()'"
    assert _uk(bad) == "Шаблон форми недійсний: невідома функція «foo()»"  # the author's words verbatim, quoted
    tpl["sections"][0]["fields"][0] = {"id": "a", "type": "text", "label": "A"}  # type: ignore[index]
    assert _uk(_refused(lambda: forms.parse_template(tpl))) == \
        "Шаблон форми недійсний: підпис поля «a» має зіставляти коди мов із текстом"
    alpha = _refused(lambda: essm.table_alpha(0.001))
    assert alpha == "alpha 0.001 is below .01" and _uk(alpha) == "альфа 0.001 менша за .01"


def test_a_retention_tombstone_reason_is_stored_coded_and_old_rows_still_show(ukrainian: None) -> None:
    from datetime import UTC, datetime

    from app.domain import retention
    from app.ui.messages import tr_detail

    facts = retention.CaseFacts("A-1", "reject", datetime(2020, 1, 1, tzinfo=UTC), None)
    due = retention.due(retention.Policy({"reject": 6}), facts, datetime(2026, 1, 1, tzinfo=UTC), True)
    assert due is not None and due.reason == "retention: reject, 6 month(s) after the decision"
    tomb = json.dumps({"case_id": "0f1e2d3c", "former": [], "outcome": "reject", "reason": msg.stored(due.reason)})
    assert "month(s)" not in tomb  # kept by code and parameters
    shown = tr_detail(tomb)
    assert "зберігання: " in shown and "6 міс. після рішення" in shown and not LATIN.search(shown), shown
    assert str(msg.readable(tomb)).endswith("reason: retention: reject, 6 month(s) after the decision")
    old = json.dumps({"case_id": "0f1e2d3c", "former": [], "outcome": "reject",
                      "reason": "retention: reject, 6 month(s) after the decision"})
    assert tr_detail(old).endswith(", причина: retention: reject, 6 month(s) after the decision")


def test_a_deletion_notice_detail_is_kept_by_code(session: Any, ukrainian: None) -> None:
    from app.ui.messages import tr_detail

    session.deletion_notices_written(0, 2)
    with session.read() as c:
        raw = c.execute("SELECT detail FROM audit WHERE action = 'deletion_notice'").fetchone()[0]
    assert json.loads(raw) == {"msg": "audit.notices_written", "params": ["2"]}
    entry = next(e for e in session.audit_log() if e.action == "deletion_notice")
    assert entry.detail == "2 notice(s) written" and tr_detail(entry.detail) == "записано повідомлень: 2"


@pytest.mark.parametrize(("field", "en", "uk"), [
    ({"type": "scale", "min": "1"}, "the lowest value of field 'q1' must be a whole number",
     "найменше значення поля «q1» має бути цілим числом"),
    ({"type": "scale", "max": 2.5}, "the highest value of field 'q1' must be a whole number",
     "найбільше значення поля «q1» має бути цілим числом"),
    ({"type": "text", "constraint": ". > 3 #"}, "cannot read the expression at '#'",
     "не вдалося прочитати вираз у місці «#»"),
    ({"type": "text", "relevant": "${a} = 'yes' 'no'"}, "unexpected ''no'' in the expression",
     "неочікуване «'no'» у виразі"),
    ({"type": "text", "constraint": "(. > 3"}, "expected ')'", "очікувалося «)»"),
    ({"type": "text", "constraint": ". >"}, "the expression ends too early", "вираз обривається зарано"),
    ({"type": "text", "constraint": "(" * 2000 + "1" + ")" * 2000}, "nested too deeply", "надто глибока вкладеність"),
    ({"type": "slider"}, "field 'q1': unknown type 'slider'", "поле «q1»: невідомий тип «slider»"),
    ({}, "field 'q1': the type is missing", "поле «q1»: не вказано тип"),  # never Python's "None"
])
def test_a_form_template_error_translates_and_quotes_the_authors_words(field: dict[str, Any], en: str, uk: str,
                                                                       ukrainian: None) -> None:
    """Issue 17: min/max are named in words, and a piece of the author's expression (data) is quoted
    verbatim inside a translated sentence; no Python repr, no English word left in the Ukrainian."""
    from app.domain import forms

    tpl = {"id": "x", "version": 1, "title": {"en": "t"}, "sections": [{"id": "s", "title": {"en": "S"}, "fields": [
        {"id": "q1", "label": {"en": "Q"}, **field}]}]}
    bad = _refused(lambda: forms.parse_template(tpl))
    assert bad == f"The form template is not valid: {en}"
    shown = _uk(bad)
    assert shown == f"Шаблон форми недійсний: {uk}"
    data = {"slider", "yes", "no", "q1"}  # what the author wrote
    assert not [w for w in LATIN.findall(shown) if w not in data], shown
