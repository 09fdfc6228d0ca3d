"""Case identity: a random id that never changes, and a display number that never repeats at a post.

* **Case id**: a random UUID (version 4) given when a case is created, carried in the interchange
  document, in bundles and in HQ's records. HQ identifies a case by it, never by its number.
* **Display number**: `POST-STATION-YYYY-NNNN` (`KYIV-B-2026-0001`). STATION tells apart the
  laptops of one post without any network: one or two characters assigned by HQ in an officer's
  enrolment (HQ's register hands out each code once per post), or, until a vault is enrolled,
  three characters the vault drew at random when it was created. NNNN is the vault's own counter
  for the year (at least four digits).
* Numbers issued before schema 0008 read `POST-YYYY-NNNN`. A vault renumbers its own cases when it
  upgrades and keeps each old number as a *former number*, still found by search and by every
  command that takes a case number. Their case id is derived from the old number and the time
  the case was created, so a laptop and HQ that both upgrade arrive at the same id.
* At HQ, a case whose number is already held by a different case (an old laptop, or one enrolment
  installed on two laptops) is kept under its number with `#` and the first eight characters of its
  id appended: two people are never merged because their numbers agree.
"""

from __future__ import annotations

import re
import secrets
import uuid

from app.domain import msg
from app.errors import ValidationError

POST_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
# Letters and digits that are not confused when read aloud or handwritten (no I, L, O, U, 0, 1).
STATION_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
_STATION_LETTERS = STATION_ALPHABET[:22]
STATION_RE = re.compile(r"^[ABCDEFGHJKMNPQRSTVWXYZ][ABCDEFGHJKMNPQRSTVWXYZ23456789]{0,2}$")
CASE_NUMBER_RE = re.compile(
    r"^([A-Z][A-Z0-9]{1,7})-(?:([A-Z][A-Z0-9]{0,2})-)?(\d{4})-(\d{4,9})(?:#([0-9A-F]{8}))?$")
LEGACY_NUMBER_RE = re.compile(r"^([A-Z][A-Z0-9]{1,7})-(\d{4})-(\d{4,9})$")
CASE_ID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# Case ids of cases created before schema 0008 (uuid5 in this namespace; see legacy_case_id).
LEGACY_NAMESPACE = uuid.UUID("6f1d1c8e-3b0a-5d59-9a8e-0c2f4b1e7a10")


def normalize_post_code(code: str) -> str:
    code = code.strip().upper()
    if not POST_CODE_RE.match(code):
        raise ValidationError(msg.text("err.post_code_format"))
    return code


def format_case_number(post: str, station: str, year: int, seq: int) -> str:
    return f"{post}-{station}-{year:04d}-{seq:04d}"


def looks_like_case_number(text: str) -> bool:
    return bool(CASE_NUMBER_RE.match(text.strip().upper()))


def is_legacy_number(text: str) -> bool:
    return bool(LEGACY_NUMBER_RE.match(text))


def random_station() -> str:
    """A vault's own station code before HQ assigns one: three characters, which HQ never issues."""
    return secrets.choice(_STATION_LETTERS) + "".join(secrets.choice(STATION_ALPHABET) for _ in range(2))


def hq_station(index: int) -> str:
    """The `index`-th station code HQ issues at a post (0 → A … 21 → Z, 22 → A2, …): one or two
    characters, so never equal to a code a vault drew for itself."""
    if index < 0:
        raise ValueError("index")
    if index < len(_STATION_LETTERS):
        return _STATION_LETTERS[index]
    index -= len(_STATION_LETTERS)
    if index >= len(_STATION_LETTERS) * len(STATION_ALPHABET):
        raise ValidationError(msg.text("err.stations_used"))
    return _STATION_LETTERS[index // len(STATION_ALPHABET)] + STATION_ALPHABET[index % len(STATION_ALPHABET)]


def is_hq_station(code: str) -> bool:
    return bool(STATION_RE.match(code)) and len(code) <= 2


def new_case_id() -> str:
    return str(uuid.uuid4())


def legacy_case_id(case_number: str, created_at: str) -> str:
    """The id of a case created before case ids existed: the same on the laptop and at HQ,
    both of which know the number it was sent under and the instant it was created."""
    return str(uuid.uuid5(LEGACY_NAMESPACE, f"{case_number.strip().upper()}|{created_at}"))


def is_case_id(text: str) -> bool:
    return bool(CASE_ID_RE.match(text.strip().lower()))


def with_id_suffix(case_number: str, case_id: str) -> str:
    """HQ's number for a case whose display number another case already holds."""
    return f"{case_number}#{case_id[:8].upper()}"
