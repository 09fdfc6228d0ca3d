"""Append-only, hash-chained audit log inside the vault.

Each entry's MAC covers its sequence number, time, actor, action, case and
detail, and the previous entry's MAC. The MAC key is derived from the vault's
data key (HKDF), so entries cannot be forged or transplanted from another
vault. `verify` walks the chain: an edited entry fails its MAC, a removed one
leaves a gap in the sequence and a broken link, a reordered pair breaks links.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.domain import msg
from app.vault.connection import Connection
from app.vault.dossiers import now_utc

GENESIS = b"\x00" * 32


def audit_key(data_key: bytes | bytearray) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"field-dossier audit chain v1"
    ).derive(bytes(data_key))


def chain_key(conn: Connection, data_key: bytes | bytearray) -> bytes:
    """The chain's MAC key: derived from the vault's first data key, and kept inside
    the database once that key is rotated away (app/vault/rekey.py), so the chain
    verifies across rotations."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'audit_key'").fetchone()
    if row and isinstance(row[0], str) and len(row[0]) == 64:
        return bytes.fromhex(row[0])
    return audit_key(data_key)


def _mac(
    key: bytes | bytearray, seq: int, at: str, actor: str, action: str, case: str | None, detail: str,
    prev: bytes,
) -> bytes:
    body = json.dumps(
        [seq, at, actor, action, case, detail, prev.hex()], ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    return hmac.new(key, body, hashlib.sha256).digest()


def append(
    conn: Connection, key: bytes | bytearray, actor: str, action: str,
    case_number: str | None = None, detail: str = "",
) -> int:
    """Append one entry; call inside the transaction that makes the change it records. A coded detail
    (`msg.Text`) is stored with its code and parameters (`msg.stored`), so each reader sees it in their
    language; the MAC covers the string as stored, exactly as for a plain one."""
    detail = msg.stored(detail)
    last = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, bytes(last[1])) if last else (1, GENESIS)
    at = now_utc().isoformat()
    mac = _mac(key, seq, at, actor, action, case_number, detail, prev)
    conn.execute(
        "INSERT INTO audit(seq, at, actor, action, case_number, detail, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, case_number, detail, prev, mac),
    )
    return int(seq)


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    entries: int
    problem: str = ""
    bad_seq: int | None = None


def verify(conn: Connection, key: bytes | bytearray) -> AuditReport:
    prev, expected_seq, count = GENESIS, 1, 0
    cur = conn.execute(
        "SELECT seq, at, actor, action, case_number, detail, prev_hash, hash FROM audit "
        "ORDER BY seq"
    )
    for seq, at, actor, action, case, detail, prev_hash, mac in cur:
        if seq != expected_seq:
            return AuditReport(False, count, msg.text("err.chain_missing", expected_seq), expected_seq)
        if not hmac.compare_digest(bytes(prev_hash), prev):
            return AuditReport(False, count, msg.text("err.chain_broken_link", seq, seq - 1), seq)
        if not hmac.compare_digest(bytes(mac), _mac(key, seq, at, actor, action, case, detail, prev)):
            return AuditReport(False, count, msg.text("err.chain_altered", seq), seq)
        prev, expected_seq, count = bytes(mac), seq + 1, count + 1
    return AuditReport(True, count)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    case_number: str | None
    detail: str  # a coded detail read back as its `msg.Text` (English, carrying its code): `_entry`


def _entry(row: tuple[int, str, str, str, str | None, str]) -> AuditEntry:
    seq, at, actor, action, case, detail = row
    return AuditEntry(seq, at, actor, action, case, msg.from_stored(str(detail or "")))


def entries(conn: Connection, case_numbers: str | list[str] | None = None, limit: int = 500) -> list[AuditEntry]:
    if isinstance(case_numbers, str):
        case_numbers = [case_numbers]
    if case_numbers:
        marks = ",".join("?" * len(case_numbers))
        rows = conn.execute(
            "SELECT seq, at, actor, action, case_number, detail FROM audit "
            f"WHERE case_number IN ({marks}) ORDER BY seq DESC LIMIT ?", (*case_numbers, limit))
    else:
        rows = conn.execute(
            "SELECT seq, at, actor, action, case_number, detail FROM audit "
            "ORDER BY seq DESC LIMIT ?", (limit,))
    return [_entry(r) for r in rows]


@dataclass(frozen=True)
class AuditFilter:
    """What the whole-log viewer asks for (every part optional); dates are inclusive UTC days."""

    user: str = ""
    action: str = ""
    cases: tuple[str, ...] = ()
    since: str = ""  # YYYY-MM-DD
    until: str = ""  # YYYY-MM-DD
    limit: int = 0  # 0: every entry


def query(conn: Connection, f: AuditFilter) -> list[AuditEntry]:
    """The log filtered by user, action, case and date, newest first."""
    where: list[str] = []
    params: list[str | int] = []
    if f.user:
        where.append("actor = ? COLLATE NOCASE")
        params.append(f.user)
    if f.action:
        where.append("action = ?")
        params.append(f.action)
    if f.cases:
        where.append(f"case_number IN ({','.join('?' * len(f.cases))})")
        params += list(f.cases)
    if f.since:
        where.append("at >= ?")
        params.append(f.since)
    if f.until:
        where.append("at < ?")
        params.append(f.until + "T99")  # every time of that day sorts before it
    sql = "SELECT seq, at, actor, action, case_number, detail FROM audit"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY seq DESC"
    if f.limit > 0:
        sql += " LIMIT ?"
        params.append(f.limit)
    return [_entry(r) for r in conn.execute(sql, params)]


def actions(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT action FROM audit ORDER BY action")]
