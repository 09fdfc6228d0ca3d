"""The HQ watchlist: persons to stop (names, dates, documents, units, notes).

Format `field-dossier/watchlist/1`, schema resources/schema/watchlist.schema.json.
Until the exchange issue delivers signed HQ packages, a plain file is imported;
that issue will require its signature.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain import msg, schemas
from app.errors import ValidationError, one_line


def parse(doc: Any) -> list[dict[str, Any]]:
    """Validated entries; a bad document gets one problem per line with its JSON path."""
    errors = sorted(schemas.validator("watchlist.schema.json").iter_errors(doc), key=str)[:200]
    problems = [(one_line(e.json_path), one_line(e.message)) for e in errors]
    if not problems:
        seen: set[str] = set()
        for i, entry in enumerate(doc["entries"]):
            if entry["id"] in seen:
                problems.append((f"$.entries[{i}].id", "appears twice"))
            seen.add(entry["id"])
            dob = entry.get("date_of_birth")
            if dob:
                try:
                    date.fromisoformat(dob)
                except ValueError:
                    problems.append((f"$.entries[{i}].date_of_birth", "must be a real date as YYYY-MM-DD"))
    if problems:
        raise ValidationError(msg.text("err.watchlist_problems", len(problems)), problems)
    return list(doc["entries"])
