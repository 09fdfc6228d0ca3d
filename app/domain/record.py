"""What a printed page vouches for: the canonical record of a case.

The QR code and the hash printed on every page cover the case as the officers
wrote it: the interchange document without what the program computes (stage,
flags, scores; they change with the date, the watchlist or the rules) and
without volatile stamps (last saved, sent to HQ). A page printed today
therefore still matches tomorrow, after the case was sent, and at HQ after
import, as long as nobody changed what the case says.

The record names its format (`field-dossier-record/1`), and the QR payload
names it too (`FDR1|CASE|SHA256`), so a later format can be told apart.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import Any

from app.domain.interchange import canonical_json

RECORD_FORMAT = "field-dossier-record/1"
QR_TAG = "FDR1"
VOLATILE = frozenset({"format", "computed", "updated_at", "sent_to_hq_at"})
_QR = re.compile(r"(FDR1|FD1)\|([A-Za-z0-9-]{1,64})\|([0-9a-fA-F]{64})")


def record_of(doc: Mapping[str, Any]) -> dict[str, Any]:
    """The canonical record of an interchange document (`field-dossier/1`)."""
    body = {k: v for k, v in doc.items() if k not in VOLATILE}
    body["attachments"] = [{k: v for k, v in a.items() if k != "content_base64"}
                           for a in doc.get("attachments", []) if isinstance(a, Mapping)]
    return {"format": RECORD_FORMAT, **body}


def record_sha256(doc: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_json(record_of(doc))).hexdigest()


def qr_payload(case_number: str, record_hash: str) -> str:
    return f"{QR_TAG}|{case_number}|{record_hash}"


def parse_qr(text: str) -> tuple[str, str, str] | None:
    """(tag, case number, hash) from a scanned QR payload; None if it is not ours.
    FD1 is the payload of case files printed before the record format (its hash
    covers the whole case JSON, computed fields included)."""
    m = _QR.fullmatch(text.strip())
    return (m.group(1), m.group(2).upper(), m.group(3).lower()) if m else None
