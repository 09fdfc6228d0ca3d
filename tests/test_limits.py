"""Every input has a limit, enforced below the UI, and any allowed length lays out:
a 100,000-character interview answer renders, signs, exports and verifies at HQ;
every long field at its maximum at once still makes a valid case file; over the
limit, out-of-range dates and deep JSON are clean refusals."""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.domain import limits, safejson
from app.domain.interchange import parse_document, parse_json_text
from app.errors import ValidationError, printable
from tests.conftest import run_cli, sample_doc
from tests.exchange_helpers import tool

END = " КІНЕЦЬТЕКСТУ"
WORDS = ["захист", "родини", "батьківщина", "лінія", "фронту", "Харків", "оборона", "тиша"]


def _long(n: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    text = " ".join(rng.choice(WORDS) for _ in range(n // 4))
    return text[: n - len(END)] + END


def test_a_100000_character_answer_renders_signs_and_exports(field: Any, hq: Any, tmp_path: Path) -> None:
    from app.casefile import casefile
    from app.casefile.export import export_cases
    from app.casefile.hq_ops import trust_of
    from app.casefile.verify import verify_path

    doc = sample_doc(surname="Довгослов")
    answer = _long(100_000)
    assert len(answer) == 100_000
    doc["interviews"][0]["answers"]["motivation"] = answer
    case = field.add_applicant(parse_document(doc))
    pdf, _ = casefile.signed_pdf(field, case)
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf)
    assert "Signature is Valid." in tool("pdfsig", str(path)).stdout
    assert tool("qpdf", "--check", str(path)).returncode == 0
    text = tool("pdftotext", str(path), "-").stdout
    assert END.strip() in text and "(повністю, символів: 100,000)" in text  # all of it, after the table
    pages = int(tool("pdfinfo", str(path)).stdout.split("Pages:")[1].split()[0])
    assert pages > 12  # the answer flows over many pages
    stick = tmp_path / "stick"
    stick.mkdir()
    report = export_cases(field, [case], stick, workers=0)
    assert len(report.exported) == 1
    assert verify_path(report.exported[0].file, trust_of(hq)).ok


def test_every_long_field_at_its_limit_still_lays_out(field: Any, tmp_path: Path) -> None:
    """Before: 6,000 characters of answer or 8,000 of notes raised reportlab's LayoutError."""
    from app.casefile import casefile

    doc = sample_doc(surname="Максимум", place_of_birth="М" * 300)
    doc["application"]["text"] = ("рядок заяви\n" * 20_000)[:200_000]
    iv = doc["interviews"][0]
    iv["notes"], iv["answers"]["motivation"] = "н" * 100_000, "\n".join(["відповідь"] * 10_000)[:100_000]
    doc["checks"][0]["summary"] = _long(50_000, 2)
    exam = doc["polygraph_exams"][0]
    exam["admissions"], exam["pretest_notes"] = _long(50_000, 3), "x" * 50_000
    case = field.add_applicant(parse_document(doc))
    d = field.get_dossier(case)
    from app.domain.enums import DecisionOutcome
    from app.domain.model import Decision

    d.decision = Decision(DecisionOutcome.DEFER, "R1", _long(50_000, 4), "Alpha")
    field.save_dossier(d)
    pdf, _ = casefile.signed_pdf(field, case)
    (tmp_path / "max.pdf").write_bytes(pdf)
    assert "Signature is Valid." in tool("pdfsig", str(tmp_path / "max.pdf")).stdout


def test_over_the_limit_is_refused_at_every_entry_point(session: Any, tmp_path: Path) -> None:
    doc = sample_doc()
    doc["interviews"][0]["answers"]["motivation"] = "x" * 100_001
    with pytest.raises(ValidationError) as info:
        parse_document(doc)
    assert any("answers.motivation" in path for path, _ in info.value.problems)
    case = session.add_applicant(parse_document(sample_doc()))
    d = session.get_dossier(case)  # as the desktop app would save it: below the UI
    d.interviews[0].notes = "y" * 100_001
    with pytest.raises(ValidationError, match="over their limits"):
        session.save_dossier(d)
    d = session.get_dossier(case)
    d.person.surname = "S" * 101
    with pytest.raises(ValidationError):
        session.save_dossier(d)
    assert session.get_dossier(case).person.surname == "Шевчук"
    (tmp_path / "big.json").write_text(json.dumps(doc))
    r = run_cli("--vault", str(session.vault_dir), "applicant", "add", "--json", str(tmp_path / "big.json"),
                DOSSIER_USER="Alpha", DOSSIER_PASSPHRASE="x")
    assert r.returncode in (4, 5)  # refused before any passphrase (or the vault is busy): never 70


@pytest.mark.parametrize("dob", ["0991-05-05", "0001-01-01", "1899-12-31", "2101-01-01"])
def test_dates_of_birth_between_1900_and_today(dob: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_document(sample_doc(date_of_birth=dob))
    assert info.value.problems[0][0] == "$.person.date_of_birth"


def test_a_date_of_birth_cannot_be_in_the_future(session: Any) -> None:
    tomorrow2 = (date.today() + timedelta(days=2)).isoformat()
    with pytest.raises(ValidationError):
        parse_document(sample_doc(date_of_birth=tomorrow2))
    parse_document(sample_doc(date_of_birth=date.today().isoformat()))
    parse_document(sample_doc(date_of_birth="1900-01-01"))
    doc = sample_doc()
    doc["person"]["relatives"][0]["date_of_birth"] = "0991-01-01"
    with pytest.raises(ValidationError):
        parse_document(doc)
    d = parse_document(sample_doc()).dossier
    d.person.date_of_birth = date(991, 1, 1)
    with pytest.raises(ValidationError):
        session.create_dossier(d)
    assert limits.date_problems(parse_document(sample_doc()).dossier) == []


def test_json_nesting_is_bounded() -> None:
    deep = "[" * 10_000 + "]" * 10_000
    with pytest.raises(ValidationError, match="nested too deeply"):
        parse_json_text(deep)
    with pytest.raises(safejson.JsonLimitError):
        safejson.loads('{"a": ' + "[" * 65 + "]" * 65 + "}")
    assert safejson.loads('{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]"}')["a"]
    assert safejson.depth(b'["\\"[[[", {"b": [[1]]}]') == 4


def test_untrusted_json_refusals_are_validation_errors() -> None:
    """issue 16's safejson, as issue 15's callers use it: every refusal (malformed JSON too)
    is a JsonLimitError, a ValidationError with one fixed line and none of the input in it."""
    assert issubclass(safejson.JsonLimitError, ValidationError)
    for bad, words in [(b"{not json", "not valid JSON (line 1, column 2)"), (b"\xff\xfe\x00", "not valid JSON."),
                       (b'{"a": 1, "a": 2}', "same key twice"), (b"[NaN]", "NaN or Infinity"),
                       (b"[" * 65 + b"]" * 65, "nested too deeply (the limit is 64 levels)")]:
        with pytest.raises(safejson.JsonLimitError, match=re.escape(words)) as caught:
            safejson.loads(bad)
        assert "\n" not in caught.value.message
    with pytest.raises(safejson.JsonLimitError, match=r"^The manifest is too large \(11 bytes; the limit is 10\)"):
        safejson.loads(b'{"a": "xx"}', max_bytes=10, what="The manifest")
    assert safejson.loads(b'{"a": "xx"}', max_bytes=11) == {"a": "xx"}
    with pytest.raises(ValidationError, match="same key twice"):
        parse_json_text(b'{"case_number": "A", "case_number": "B"}')


def test_every_string_and_list_in_the_schema_has_a_limit() -> None:
    schema = json.loads((Path(__file__).parent.parent / "resources/schema/dossier.schema.json").read_text())
    unbounded: list[str] = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            kinds = node.get("type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if "string" in kinds and not ({"maxLength", "pattern", "enum", "const"} & set(node)):
                unbounded.append(where)
            if "array" in kinds and "maxItems" not in node:
                unbounded.append(where)
            if "object" in kinds and where != "$" and not ({"maxProperties", "properties"} & set(node)):
                unbounded.append(where)
            for key, value in node.items():
                walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}[{i}]")

    walk(schema, "$")
    assert unbounded == [], unbounded


def test_plain_cli_output_escapes_control_characters(session: Any) -> None:
    """A name cannot break a row, fake another one or send terminal escapes."""
    bad = "Шевчук\n" + "KYIV-2026-9999  Фальшивий Рядок | accepted\x1b[2J\u202e"
    assert "\n" not in printable(bad) and "\x1b" not in printable(bad) and "\u202e" not in printable(bad)
    case = session.add_applicant(parse_document(sample_doc(surname=bad[:100])))
    session.close()
    r = run_cli("--vault", str(session.vault_dir), "applicant", "list", DOSSIER_USER="Alpha",
                DOSSIER_PASSPHRASE="correct horse battery staple orbit")
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("\n") == 1 and case in r.stdout and "\\n" in r.stdout and "\x1b" not in r.stdout


def test_a_passphrase_longer_than_zxcvbn_takes_is_judged_not_a_crash(session: Any, tmp_path: Path) -> None:
    """zxcvbn raises ValueError past 72 characters; a long new passphrase (found by the CLI
    fuzz: `--new-passphrase-file` with 73+ characters gave exit 70) is judged by its start."""
    from app.domain.passphrase import JUDGED, assess

    words = "amber walrus fiddle quarantine seventy copper lantern meadow thirteen violin " * 70
    for n in (JUDGED, JUDGED + 1, 100, 5000):
        assert assess(words[:n]).acceptable
    assert not assess("a" * 5000).acceptable  # still judged: one letter repeated is weak
    session.close()
    new = tmp_path / "new.pass"
    new.write_text(words[:300])
    r = run_cli("--vault", str(session.vault_dir), "--new-passphrase-file", str(new), "user", "passwd",
                DOSSIER_USER="Alpha", DOSSIER_PASSPHRASE="correct horse battery staple orbit")
    assert r.returncode == 0 and "Passphrase changed" in r.stdout, r.stderr
