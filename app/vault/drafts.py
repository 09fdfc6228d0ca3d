"""Autosaved drafts and per-user settings (both inside the encrypted vault)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from app.vault.connection import Connection
from app.vault.dossiers import now_utc

NEW_APPLICANT = "new"
MAX_DRAFT_BYTES = 20 * 1024 * 1024


def save(conn: Connection, user_id: int, key: str, doc: dict[str, Any]) -> datetime:
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    if len(text) > MAX_DRAFT_BYTES:
        raise ValueError("draft too large")
    at = now_utc()
    conn.execute(
        "INSERT INTO drafts(user_id, draft_key, data, saved_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(user_id, draft_key) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at",
        (user_id, key, text, at.isoformat()))
    return at


def load(conn: Connection, user_id: int, key: str) -> tuple[dict[str, Any], datetime] | None:
    row = conn.execute(
        "SELECT data, saved_at FROM drafts WHERE user_id = ? AND draft_key = ?", (user_id, key)
    ).fetchone()
    if row is None:
        return None
    return json.loads(row[0]), datetime.fromisoformat(row[1])


def discard(conn: Connection, user_id: int, key: str) -> None:
    conn.execute("DELETE FROM drafts WHERE user_id = ? AND draft_key = ?", (user_id, key))


def get_setting(conn: Connection, user_id: int, key: str) -> str | None:
    row = conn.execute(
        "SELECT value FROM user_settings WHERE user_id = ? AND key = ?", (user_id, key)).fetchone()
    return str(row[0]) if row else None


def set_setting(conn: Connection, user_id: int, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO user_settings(user_id, key, value) VALUES (?, ?, ?) "
        "ON CONFLICT(user_id, key) DO UPDATE SET value = excluded.value", (user_id, key, value))
