"""How record JSON is kept at rest (migration 0015): compressed, and an exam's rule snapshot and
question list kept once per content (`exam_parts`, by SHA-256) instead of in every exam row.

Only the storage changes. The JSON compressed is exactly the text the record had before, so a
record reads back identically, and everything computed from records (seals, the audit chain,
the interchange JSON and its hash, the signed case file) is computed from the same objects as
before. The file is encrypted and authenticated page by page (SQLCipher); a damaged value fails
to inflate or to parse and the record is refused as damaged, as before.

Format of a packed value: one version byte, then the text's UTF-8 deflated (raw deflate, no zlib
header or checksum: the page MAC covers it) with a preset dictionary. A value that is a `str` is
plain JSON as versions before 0015 wrote it, and still reads. The dictionary of version 1 is
frozen (tests/test_packing.py pins its hash): a new dictionary needs a new version byte.

An exam part is referenced by the SHA-256 of its JSON text (32 bytes in the exam row); reading
it back checks the hash, so a shared part cannot be swapped for another without the exam being
refused (IntegrityError).
"""

from __future__ import annotations

import hashlib
import json
import zlib
from typing import Any

from app.errors import IntegrityError

V1 = 1
_LEVEL = 9
# Record shapes (field names, enum values, the screening form's answer keys): what every
# record repeats. Frozen: packed values of version 1 need exactly these bytes to inflate.
ZDICT_V1 = (
    b'"serving_soldier","prisoner_of_war","civilian","other","security_service","counter_intelligence",'
    b'"document_verification","open_sources","watchlist","other","pending","no_record","adverse","inconclusive",'
    b'"credible","doubtful","not_credible","accept","reject","defer","refer","NDI","DI","INC","NO","PNC","pneumo",'
    b'"eda","cardio","other","relevant","comparison","irrelevant","symptomatic","sacrifice","other"'
    b'{"answers":{"identity_confirmed":"","identity_document":"","stated_date_of_birth":"",'
    b'"stated_document_number":"","identity_doubts":"","other_names":"","served":"","service_units":"",'
    b'"stated_unit":"","stated_rank":"","service_end":"","combat":"","how_arrived":"","arrival_date":"",'
    b'"arrival_circumstances":"","helped_by":"","motives":"","motivation_story":"","motivation_credibility":"",'
    b'"approached":"","approach_details":"","signed_anything":"","relatives_in_occupied":"",'
    b'"relatives_pressure":"","consent_checks":"","interpreter_used":""}}'
    b'{"surname":"","given_name":"","patronymic":"","surname_latin":"","given_name_latin":"",'
    b'"patronymic_latin":"","aliases":[],"callsign":"","date_of_birth":null,"place_of_birth":"","citizenships":[],'
    b'"documents":[{"type":"passport","number":"","issuer":"","issued_on":null,"expires_on":null}],'
    b'"category":"other","military":[{"unit":"","rank":"","branch":"","served_from":null,"served_to":null}],'
    b'"contact_method":"","relatives":[{"relation":"","name":"","date_of_birth":null,"residence":"",'
    b'"hostile_territory":false,"contact":""}],"languages":[],"photo":null}'
    b'{"received_on":null,"text":"","signed":true,"pages":[]}'
    b'{"outcome":"accept","reason_code":"","rationale":"","decided_by":"","decided_at":null,"approved_by":"",'
    b'"sealed_by":"","sealed_at":null,"amendments":[],"external":[],"attested":null}'
    b'{"kind":"security_service","requested_on":null,"requested_by":"","reference":"","result":"pending",'
    b'"summary":"","attachments":[],"waived_by":"","waiver_reason":"","sealed_by":"","sealed_at":null,'
    b'"amendments":[],"external":[],"attested":null}'
    b'{"number":1,"examiner":"","held_on":"2026-01-01","place":"","instrument":"","serial":"","technique":"",'
    b'"format":"","charts":3,"method":"","result":null,"admissions":"","pretest_notes":"","posttest_notes":"",'
    b'"attachments":[],"sealed_by":"","sealed_at":"2026-01-01T00:00:00Z","amendments":[],"external":[],'
    b'"attested":null}'
    b'{"template_id":"screening","template_version":2,"answers":{},"interviewer":"","started_at":null,'
    b'"ended_at":null,"place":"","interpreter":"","assessment":null,"red_flags":[],"notes":"","sealed_by":"",'
    b'"sealed_at":null,"amendments":[],"external":[],"attested":null}'
)
EXAM_PARTS = ("rule", "questions")  # kept by reference, in this order of columns
DAMAGED = "A stored record does not match the dossier format."


def pack(text: str) -> bytes:
    """A record's JSON text as stored."""
    c = zlib.compressobj(_LEVEL, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, ZDICT_V1)
    return bytes((V1,)) + c.compress(text.encode("utf-8")) + c.flush()


def unpack(value: Any) -> str:
    """The JSON text of a stored value (packed, or plain text as before 0015)."""
    if isinstance(value, str):
        return value
    if not isinstance(value, bytes | bytearray | memoryview) or not value or value[0] != V1:
        raise IntegrityError(DAMAGED)
    try:
        d = zlib.decompressobj(-15, ZDICT_V1)
        out = d.decompress(bytes(value[1:])) + d.flush()
        if not d.eof or d.unused_data:
            raise IntegrityError(DAMAGED)
        return out.decode("utf-8")
    except (zlib.error, UnicodeDecodeError):
        raise IntegrityError(DAMAGED) from None


def loads(value: Any) -> Any:
    """The JSON value of a stored value."""
    try:
        return json.loads(unpack(value))
    except ValueError:
        raise IntegrityError(DAMAGED) from None


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def part(value: Any) -> tuple[bytes, bytes]:
    """(SHA-256 of the JSON text, packed text) of an exam part (a rule snapshot, a question list)."""
    text = dumps(value)
    return hashlib.sha256(text.encode("utf-8")).digest(), pack(text)


def split_exam(body: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[bytes, bytes] | None]]:
    """An exam's JSON without its parts, and each part as (hash, packed) or None when the exam has
    no such key (an old record: it reads back without it)."""
    rest = dict(body)
    parts = [part(rest.pop(name)) if name in rest else None for name in EXAM_PARTS]
    return rest, parts


def join_exam(data: Any, parts: list[tuple[Any, Any]]) -> dict[str, Any]:
    """An exam's JSON from its row: `parts` is (hash, packed body) per EXAM_PARTS, hash None for
    none. A part missing, or whose text does not have its hash, makes the exam damaged."""
    body = loads(data)
    if not isinstance(body, dict):
        raise IntegrityError(DAMAGED)
    for name, (digest, packed) in zip(EXAM_PARTS, parts, strict=True):
        if digest is None:
            continue
        if packed is None:
            raise IntegrityError(DAMAGED)
        text = unpack(packed)
        if hashlib.sha256(text.encode("utf-8")).digest() != bytes(digest):
            raise IntegrityError(DAMAGED)
        try:
            body[name] = json.loads(text)
        except ValueError:
            raise IntegrityError(DAMAGED) from None
    return body


# The exam columns and parts a loader selects, in join_exam's order: (id, data, rule hash, rule body,
# questions hash, questions body), for `FROM polygraph_exams e` joined with EXAM_JOIN.
EXAM_SELECT = "e.id, e.data, e.rule_sha, r.body, e.questions_sha, q.body"
EXAM_JOIN = ("LEFT JOIN exam_parts r ON r.sha256 = e.rule_sha "
             "LEFT JOIN exam_parts q ON q.sha256 = e.questions_sha")


def exam_from_row(row: tuple[Any, ...]) -> dict[str, Any]:
    """An exam's JSON (without scores) from the columns of EXAM_SELECT after the id."""
    data, rule_sha, rule_body, q_sha, q_body = row
    return join_exam(data, [(rule_sha, rule_body), (q_sha, q_body)])
