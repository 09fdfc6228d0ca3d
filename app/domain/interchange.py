"""The interchange form of a whole dossier: `"format": "field-dossier/1"`.

Documented in docs/dossier-format.md; the JSON Schema is
resources/schema/dossier.schema.json. Import validates the schema first, then
the rules a schema cannot express (scores must name a question of their exam,
attachment references must resolve, content must match its SHA-256). Every
problem is reported with its JSON path, and nothing is written unless none are
found.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.domain import limits, msg, safejson, schemas
from app.domain.attachments import sha256_hex, sniff_media_type
from app.domain.model import Dossier
from app.domain.serde import from_jsonable, to_jsonable
from app.errors import ValidationError, one_line

FORMAT = "field-dossier/1"
MAX_PROBLEMS = 200


@dataclass
class ParsedDossier:
    dossier: Dossier
    blobs: dict[str, bytes] = field(default_factory=dict)  # sha256 -> content


def to_document(
    dossier: Dossier,
    blobs: Mapping[str, bytes] | None = None,
    computed: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    doc: dict[str, Any] = {"format": FORMAT}
    doc.update(to_jsonable(dossier))
    if blobs:
        for att in doc["attachments"]:
            data = blobs.get(att["sha256"])
            if data is not None:
                att["content_base64"] = base64.b64encode(data).decode("ascii")
    if computed is not None:
        doc["computed"] = dict(computed)
    return doc


def schema_problems(doc: Any) -> list[tuple[str, str]]:
    problems = []
    for err in sorted(schemas.validator("dossier.schema.json").iter_errors(doc), key=lambda e: list(e.absolute_path)):
        problems.append((one_line(err.json_path), one_line(err.message)))
        if len(problems) >= MAX_PROBLEMS:
            break
    return problems


def _rule_problems(d: Dossier, doc: Mapping[str, Any]) -> tuple[list[tuple[str, str]], dict[str, bytes]]:
    problems: list[tuple[str, str]] = []
    blobs: dict[str, bytes] = {}
    known: set[str] = set()
    for i, (att, raw) in enumerate(zip(d.attachments, doc.get("attachments", []), strict=False)):
        path = f"$.attachments[{i}]"
        known.add(att.sha256)
        content = raw.get("content_base64")
        if content is None:
            continue
        try:
            data = base64.b64decode(content, validate=True)
        except (binascii.Error, ValueError):
            problems.append((f"{path}.content_base64", "is not valid base64"))
            continue
        if sha256_hex(data) != att.sha256:
            problems.append((f"{path}.sha256", "does not match the attachment's content"))
            continue
        att.size = len(data)
        att.media_type = sniff_media_type(data)
        blobs[att.sha256] = data

    def ref(path: str, sha: str | None) -> None:
        if sha and sha not in known:
            problems.append((path, "refers to an attachment that is not in $.attachments"))

    ref("$.person.photo", d.person.photo)
    if d.application:
        for i, sha in enumerate(d.application.pages):
            ref(f"$.application.pages[{i}]", sha)
    for ci, check in enumerate(d.checks):
        for i, sha in enumerate(check.attachments):
            ref(f"$.checks[{ci}].attachments[{i}]", sha)
    seen_numbers: set[int] = set()
    for ei, exam in enumerate(d.polygraph_exams):
        path = f"$.polygraph_exams[{ei}]"
        if exam.number in seen_numbers:
            problems.append((f"{path}.number", f"exam number {exam.number} appears twice"))
        seen_numbers.add(exam.number)
        labels = [q.label for q in exam.questions]
        if len(set(labels)) != len(labels):
            problems.append((f"{path}.questions", "question labels must be unique"))
        cells: set[tuple[int, str, str]] = set()
        for si, score in enumerate(exam.scores):
            spath = f"{path}.scores[{si}]"
            if score.question not in labels:
                problems.append((f"{spath}.question", f"no question labelled {score.question!r}"))
            if score.chart > exam.charts:
                problems.append((f"{spath}.chart", f"exam has only {exam.charts} charts"))
            cell = (score.chart, score.question, score.channel.value)
            if cell in cells:
                problems.append((spath, "the same chart, question and channel is scored twice"))
            cells.add(cell)
        for i, sha in enumerate(exam.attachments):
            ref(f"{path}.attachments[{i}]", sha)
    return problems, blobs


def check_limits(d: Dossier) -> None:
    """Raise ValidationError if any field of the dossier is over its limit or out of range
    (app/domain/limits.py): for every dossier the app saves, whatever the entry point."""
    doc = to_document(d)
    for key in ("case_number", "case_id"):  # a new dossier gets its number and id when it is saved
        if not doc.get(key):
            doc.pop(key, None)
    problems = schema_problems(doc) + limits.date_problems(d)
    if problems:
        raise ValidationError(msg.text("err.fields_over_limits", len(problems)),
                              problems[:limits.MAX_PROBLEMS])


def parse_document(doc: Any) -> ParsedDossier:
    """Validate an interchange document; raise ValidationError listing every problem."""
    problems = schema_problems(doc)
    if problems:
        raise ValidationError(msg.text("err.document_problems", len(problems)), problems)
    body = {k: v for k, v in doc.items() if k not in ("format", "computed")}
    for att in body.get("attachments", []):
        att.setdefault("media_type", "application/octet-stream")
        att.setdefault("size", 0)
    clean = {**body, "attachments": [
        {k: v for k, v in a.items() if k != "content_base64"} for a in body.get("attachments", [])
    ]}
    dossier, problems = from_jsonable(Dossier, clean)
    problems += limits.date_problems(dossier) if not problems else []
    more, blobs = _rule_problems(dossier, body) if not problems else ([], {})
    problems += more
    if problems:
        raise ValidationError(msg.text("err.document_problems", len(problems)), problems)
    return ParsedDossier(dossier, blobs)


MAX_DOCUMENT = 512 * 1024 * 1024  # a dossier with its attachments inline (base64)


def parse_json_text(text: str | bytes, max_bytes: int = MAX_DOCUMENT) -> Any:
    """JSON from a file or stdin, within safejson's limits (size, depth, no duplicate keys)."""
    try:
        return safejson.loads(text, max_bytes=max_bytes)
    except safejson.JsonLimitError as exc:
        raise ValidationError(exc.message, [("$", "not valid JSON")]) from None


def canonical_json(doc: Mapping[str, Any]) -> bytes:
    """The one byte form of a document that hashes are taken over: sorted keys,
    no insignificant whitespace, UTF-8 (the QR code and the bundle use it)."""
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
