"""The field-dossier/1 interchange format: round trip and validation with JSON paths."""

from __future__ import annotations

import base64
import hashlib

import pytest

from app.domain.interchange import parse_document, parse_json_text, to_document
from app.errors import ValidationError
from tests.conftest import sample_doc


def _problems(doc) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        parse_document(doc)
    return info.value.problems


def test_round_trip_through_the_vault(session) -> None:
    doc = sample_doc()
    data = b"%PDF-1.4 scanned page"
    sha = hashlib.sha256(data).hexdigest()
    doc["attachments"] = [{"name": "page1.pdf", "sha256": sha, "purpose": "application_page",
                           "content_base64": base64.b64encode(data).decode()}]
    doc["application"]["pages"] = [sha]
    case = session.add_applicant(parse_document(doc))
    d = session.get_dossier(case)
    out = to_document(d, {sha: session.attachment_content(case, sha)}, session.computed(d))
    assert out["format"] == "field-dossier/1" and out["case_number"] == case
    assert out["person"]["surname"] == "Шевчук" and out["person"]["surname_latin"] == "Shevchuk"
    assert out["person"]["given_name_latin"] == "Oleh"  # Ukrainian citizen: KMU 2010
    assert out["attachments"][0]["media_type"] == "application/pdf"  # sniffed
    assert out["polygraph_exams"][0]["scores"] == doc["polygraph_exams"][0]["scores"]
    assert out["computed"]["stage"] == "polygraph" and out["computed"]["stage_exam"] == 2
    again = parse_document(out)  # output of show --json is valid input
    assert again.dossier.person == d.person
    assert again.blobs == {sha: data}


def test_schema_problems_have_paths() -> None:
    doc = sample_doc(surname="", category="spy", date_of_birth="12.04.1991")
    doc["polygraph_exams"][0]["scores"][0]["channel"] = "brainwave"
    doc["unexpected"] = 1
    paths = {p for p, _ in _problems(doc)}
    assert {"$.person.surname", "$.person.category", "$.person.date_of_birth",
            "$.polygraph_exams[0].scores[0].channel", "$"} <= paths


def test_semantic_problems_have_paths() -> None:
    doc = sample_doc(date_of_birth="1991-02-30")
    problems = dict(_problems(doc))
    assert "real date" in problems["$.person.date_of_birth"]
    doc = sample_doc()
    doc["polygraph_exams"][0]["scores"].append({"chart": 9, "question": "R7", "channel": "eda", "score": 1})
    doc["polygraph_exams"][0]["charts"] = 3
    doc["person"]["photo"] = "0" * 64
    paths = {p for p, _ in _problems(doc)}
    assert {"$.polygraph_exams[0].scores[1].question", "$.polygraph_exams[0].scores[1].chart",
            "$.person.photo"} <= paths


def test_content_must_match_hash() -> None:
    doc = sample_doc()
    doc["attachments"] = [{"name": "x.txt", "sha256": "a" * 64,
                           "content_base64": base64.b64encode(b"hello").decode()}]
    assert dict(_problems(doc))["$.attachments[0].sha256"].startswith("does not match")


def test_bad_json_text() -> None:
    with pytest.raises(ValidationError, match="line 1"):
        parse_json_text(b"{not json")
    with pytest.raises(ValidationError):
        parse_json_text(b"\xff\xfe\x00")


def test_invalid_document_writes_nothing(session) -> None:
    with pytest.raises(ValidationError):
        parse_document(sample_doc(surname=""))
    assert session.count_applicants() == 0


def test_attachment_without_content_refused(session) -> None:
    doc = sample_doc()
    doc["attachments"] = [{"name": "x.txt", "sha256": "a" * 64}]
    with pytest.raises(ValidationError, match="content"):
        session.add_applicant(parse_document(doc))
    assert session.count_applicants() == 0
