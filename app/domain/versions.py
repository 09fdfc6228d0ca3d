"""What changed between two versions of a case, field by field (pure: two field-dossier/1 documents
in, a list of changes out). HQ keeps every version it received whole (app/vault/guard/hq_import.py);
this compares the documents of any two of them.

- the person, the application and each record's content: every field whose value differs, nested
  rows (documents, relatives, questions…) by their position, e.g. `documents.2.number`;
- interviews and checks by their position, polygraph exams by their number, the decision as one
  record: **added**, **removed**, **sealed** (by whom) and **amended** (by whom, why);
- attachments by their content hash: added or removed.

Computed fields (stage, flags), the vault's bookkeeping (updated_at, sent_to_hq_at, origin) and
HQ's attestations are not the case's content and are never reported. A value that is empty, absent
or null is the same "nothing".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

RECORDS = (("interviews", "interview"), ("checks", "check"), ("polygraph_exams", "exam"))
SEALING = frozenset({"sealed_by", "sealed_at", "amendments", "attested", "external"})
MAX_VALUE = 300  # characters of a value shown in a change


@dataclass(frozen=True)
class Change:
    kind: str  # changed, added, removed, sealed, amended (app.domain.msg_versions.KINDS)
    section: str  # case, person, application, interview, check, exam, decision, attachment
    item: str = ""  # the record's number or the attachment's name ('' for one-of sections)
    field: str = ""  # dotted path inside the section or record ('' for a whole record)
    before: str = ""
    after: str = ""
    by: str = ""  # who sealed or amended

    def as_json(self) -> dict[str, str]:
        return asdict(self)


def show(value: Any) -> str:
    """A value as a short line: booleans as yes/no, lists joined, long text cut."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = ", ".join(show(v) for v in value) if isinstance(value, (list, tuple)) else str(value)
    return text if len(text) <= MAX_VALUE else text[:MAX_VALUE - 1] + "…"


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    """Nested dicts and lists of dicts as {dotted path: leaf}; a list of plain values is one leaf;
    rows are numbered from 1; empty values are left out."""
    out: dict[str, Any] = {}
    if isinstance(value, Mapping):
        for key, v in value.items():
            out.update(flatten(v, f"{prefix}.{key}" if prefix else str(key)))
    elif isinstance(value, list) and any(isinstance(v, Mapping) for v in value):
        for i, v in enumerate(value, start=1):
            out.update(flatten(v, f"{prefix}.{i}" if prefix else str(i)))
    elif not _empty(value):
        out[prefix] = tuple(value) if isinstance(value, list) else value
    return out


def _order(path: str) -> list[Any]:
    return [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"\.", path)]


def fields(section: str, item: str, old: Any, new: Any, skip: frozenset[str] = frozenset()) -> list[Change]:
    a = {k: v for k, v in flatten(old or {}).items() if k.split(".", 1)[0] not in skip}
    b = {k: v for k, v in flatten(new or {}).items() if k.split(".", 1)[0] not in skip}
    return [Change("changed", section, item, k, show(a.get(k)), show(b.get(k)))
            for k in sorted(set(a) | set(b), key=_order) if a.get(k) != b.get(k)]


def _summary(record: Mapping[str, Any]) -> str:
    """A record in a few words when it is added or removed (its kind, result or outcome)."""
    parts = [show(record.get(k)) for k in ("kind", "template_id", "held_on", "outcome", "result", "assessment")]
    return ", ".join(p for p in parts if p)


def _record(section: str, item: str, old: Mapping[str, Any] | None, new: Mapping[str, Any] | None) -> list[Change]:
    if old is None and new is None:
        return []
    if old is None:
        assert new is not None
        return [Change("added", section, item, after=_summary(new), by=show(new.get("sealed_by")))]
    if new is None:
        return [Change("removed", section, item, before=_summary(old))]
    out = fields(section, item, old, new, SEALING)
    if not old.get("sealed_by") and new.get("sealed_by"):
        out.append(Change("sealed", section, item, by=show(new["sealed_by"]), after=show(new.get("sealed_at"))))
    before = old.get("amendments") or []
    for a in (new.get("amendments") or [])[len(before):]:
        if isinstance(a, Mapping):
            out.append(Change("amended", section, item, after=show(a.get("reason")), by=show(a.get("by"))))
    return out


def _keyed(rows: Any, section: str) -> dict[str, Mapping[str, Any]]:
    rows = [r for r in (rows or []) if isinstance(r, Mapping)]
    if section == "exam":
        return {str(r.get("number", i)): r for i, r in enumerate(rows, start=1)}
    return {str(i): r for i, r in enumerate(rows, start=1)}


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every change from document `old` to document `new`, in the order of the case file."""
    out: list[Change] = []
    if str(old.get("case_number", "")) != str(new.get("case_number", "")):
        out.append(Change("changed", "case", "", "case_number", show(old.get("case_number")),
                          show(new.get("case_number"))))
    out += fields("person", "", old.get("person"), new.get("person"))
    out += fields("application", "", old.get("application"), new.get("application"))
    for key, section in RECORDS:
        a, b = _keyed(old.get(key), section), _keyed(new.get(key), section)
        for item in sorted(set(a) | set(b), key=lambda k: (len(k), k)):
            out += _record(section, item, a.get(item), b.get(item))
    out += _record("decision", "", old.get("decision") or None, new.get("decision") or None)
    before = {str(x.get("sha256")): x for x in old.get("attachments") or [] if isinstance(x, Mapping)}
    after = {str(x.get("sha256")): x for x in new.get("attachments") or [] if isinstance(x, Mapping)}
    out += [Change("added", "attachment", show(after[s].get("name")), after=show(after[s].get("purpose")))
            for s in after if s not in before]
    out += [Change("removed", "attachment", show(before[s].get("name")), before=show(before[s].get("purpose")))
            for s in before if s not in after]
    return out
