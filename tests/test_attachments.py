"""Attachments: chunked inside the database, type sniffed from content, size limit."""

from __future__ import annotations

import os

import pytest

from app.domain.attachments import AttachmentError, clean_name, sniff_media_type
from app.domain.interchange import parse_document
from app.errors import IntegrityError
from app.vault import attachments
from app.vault.demo import scan_png
from app.vault.guard import store
from tests.conftest import sample_doc


@pytest.fixture
def case(session) -> str:  # type: ignore[no-untyped-def]
    return str(session.add_applicant(parse_document(sample_doc())))


def test_large_attachment_is_chunked_and_round_trips(session, case: str) -> None:
    data = os.urandom(attachments.CHUNK_BYTES * 3 + 17)
    att = session.add_attachment(case, "../../etc/scan.bin", data)
    assert att.name == "scan.bin"  # path components dropped
    with session.read() as c:
        (chunks,) = c.execute("SELECT count(*) FROM attachment_chunks").fetchone()
    assert chunks == 4
    assert session.attachment_content(case, att.sha256) == data
    assert [a.sha256 for a in session.get_dossier(case).attachments] == [att.sha256]


def test_media_type_is_sniffed_not_taken_from_name(session, case: str) -> None:
    import random

    png = scan_png(random.Random(1))
    assert session.add_attachment(case, "report.txt", png).media_type == "image/png"
    assert session.add_attachment(case, "photo.jpg", "текст".encode()).media_type == "text/plain"
    assert sniff_media_type(b"%PDF-1.7\n") == "application/pdf"
    assert sniff_media_type(b"\x00\xff\x00\xfe" * 10) == "application/octet-stream"


def test_size_limit_and_empty_files(session, case: str) -> None:
    with pytest.raises(AttachmentError, match="limit is 1 MiB"), session.write() as c:
        store.put_attachment(c, 1, "big.bin", b"x" * (1024 * 1024 + 1), limit=1024 * 1024)
    with pytest.raises(AttachmentError, match="empty"):
        session.add_attachment(case, "empty.txt", b"")
    with pytest.raises(AttachmentError):
        clean_name("../")
    assert len(session.get_dossier(case).attachments) == 0


def test_corrupted_chunk_is_detected(session, case: str) -> None:
    att = session.add_attachment(case, "a.txt", b"original content")
    with session.write() as c:
        c.execute("UPDATE attachment_chunks SET data = ?", (b"tampered content",))
    with pytest.raises(IntegrityError):
        session.attachment_content(case, att.sha256)
