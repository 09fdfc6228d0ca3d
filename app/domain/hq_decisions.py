"""HQ's word on a case, sent back to the post: a decision (accept or reject, with the reason) or a
request (another interview, another polygraph exam, a named check, with what is asked).

An HQ supervisor records it in the HQ vault, sealed with their passphrase; it never changes
afterwards (a later entry supersedes it). It travels to the posts in the next update package
as `hq_decisions.json` (FORMAT below), signed by the CA with the rest of the package. A laptop
keeps only the entries addressed to its own vault id for a case it holds (by case id).

This module is pure: the entry, its limits and the strict parsing of the package member.
Nothing in the member is trusted because it parses: every key, type, length and code is checked.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from app.domain import msg
from app.domain.casenumber import CASE_ID_RE, CASE_NUMBER_RE, POST_CODE_RE
from app.errors import ValidationError

FORMAT = "field-dossier-hq-decisions/1"
MEMBER = "hq_decisions.json"
KINDS: dict[str, tuple[str, ...]] = {"decision": ("accept", "reject"), "request": ("interview", "polygraph", "check")}
TEXT_MIN = 10  # a reason is at least a few words
TEXT_MAX = 1000
MAX_ENTRIES = 50_000  # a package carries at most this many (HQ sends the last 90 days)
CALLSIGN_MAX = 32
_UID = re.compile(r"[0-9a-f]{32}")
_VAULT = re.compile(r"[0-9a-f]{32}")
_WHEN = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?(\+00:00|Z)")
_CALLSIGN = re.compile(r"[^\s]{2,32}")
FIELDS = ("uid", "case_id", "case_number", "vault_id", "post", "kind", "value", "text", "decided_by", "decided_at")


@dataclass(frozen=True)
class HqDecision:
    uid: str  # 32 hex characters, random: the same entry in two packages is stored once
    case_id: str  # the case's UUID: the only thing a laptop binds the entry to
    case_number: str  # as HQ holds it (shown, never used to find the case)
    vault_id: str  # the laptop that keeps the case (HQ's record of who sends it)
    post: str
    kind: str  # decision | request
    value: str  # accept | reject, or interview | polygraph | check
    text: str  # the reason, or what is asked
    decided_by: str  # the HQ supervisor who sealed it
    decided_at: str  # ISO 8601, UTC, to the microsecond

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def status(self) -> str:
        """The list's HQ status code: decision:accept, request:polygraph, …"""
        return f"{self.kind}:{self.value}"


def clean_text(text: str) -> str:
    """The reason or the request's detail, one paragraph, checked against its limits."""
    out = " ".join(text.split())
    if len(out) < TEXT_MIN:
        raise ValidationError(msg.text("hq.text_too_short", TEXT_MIN))
    if len(out) > TEXT_MAX:
        raise ValidationError(msg.text("hq.text_too_long", TEXT_MAX))
    return out


def check_choice(kind: str, value: str) -> None:
    if value not in KINDS.get(kind, ()):
        raise ValidationError(msg.text("hq.bad_choice"))


def when(at: datetime) -> str:
    """UTC to the microsecond: two entries on one case in the same second still have an order."""
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def _entry(raw: Any) -> HqDecision:
    if not isinstance(raw, dict) or set(raw) != set(FIELDS) or not all(isinstance(raw[k], str) for k in FIELDS):
        raise ValueError("shape")
    e = HqDecision(**{k: raw[k] for k in FIELDS})
    ok = (_UID.fullmatch(e.uid) and CASE_ID_RE.fullmatch(e.case_id)
          and CASE_NUMBER_RE.fullmatch(e.case_number) and len(e.case_number) <= 40 and _VAULT.fullmatch(e.vault_id)
          and POST_CODE_RE.fullmatch(e.post) and e.value in KINDS.get(e.kind, ())
          and TEXT_MIN <= len(e.text) <= TEXT_MAX and e.text == " ".join(e.text.split())
          and _CALLSIGN.fullmatch(e.decided_by) and _WHEN.fullmatch(e.decided_at))
    if not ok:
        raise ValueError("entry")
    datetime.fromisoformat(e.decided_at.replace("Z", "+00:00"))  # a real date and time
    return e


def document(entries: list[HqDecision]) -> dict[str, Any]:
    return {"format": FORMAT, "entries": [e.to_json() for e in entries]}


def parse(doc: Any) -> list[HqDecision]:
    """The package member, entry by entry; ValueError on anything out of the schema."""
    if not isinstance(doc, dict) or set(doc) != {"format", "entries"} or doc["format"] != FORMAT:
        raise ValueError("format")
    raw = doc["entries"]
    if not isinstance(raw, list) or len(raw) > MAX_ENTRIES:
        raise ValueError("entries")
    out = [_entry(r) for r in raw]
    if len({e.uid for e in out}) != len(out):
        raise ValueError("repeated uid")
    return out


def latest_status(entries: list[HqDecision]) -> str:
    """The newest entry's status ('' when there is none)."""
    return max(entries, key=lambda e: (e.decided_at, e.uid)).status if entries else ""
