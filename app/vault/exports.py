"""The laptop's numbered exports and HQ's receipts for them.

Each bundle a vault writes carries the next number of that vault's exports
(`origin.sequence` in its signed manifest). The number is committed before the
bundle is sealed, so it is never reused; one sealed into a bundle that then was
not written is given back. A written export is recorded with its bundle's
SHA-256 in the same transaction that marks the case sent. When an update
package brings HQ's receipts, each is matched to the export it names (vault
id, number and bundle hash), so every case shows *written to stick* and then
*received by HQ*, and a stick that never arrived is noticed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.vault.connection import Connection
from app.vault.dossiers import get_meta, now_utc, set_meta
from app.vault.session_base import SessionParts

RECEIPT_DAYS_DEFAULT = 14
RECEIPT_DAYS_SETTING = "receipt_days"


@dataclass(frozen=True)
class ExportRecord:
    sequence: int
    case_key: str
    case_number: str
    record_sha256: str
    bundle_sha256: str
    target: str


@dataclass(frozen=True)
class ExportStatus:
    sequence: int
    case_number: str
    written_at: str
    target: str
    received_at: str
    hq_version: int | None
    hq_outcome: str  # '' (no receipt yet), imported, unchanged, stale, repeat, refused
    hq_detail: str

    def age_days(self, now: dt.datetime) -> int:
        return (now - dt.datetime.fromisoformat(self.written_at)).days


def record(c: Connection, e: ExportRecord) -> None:
    """Inside the transaction that marks the case sent."""
    c.execute("INSERT OR REPLACE INTO exports(sequence, case_key, case_number, record_sha256, bundle_sha256,"
              " written_at, target) VALUES (?, ?, ?, ?, ?, ?, ?)",
              (e.sequence, e.case_key, e.case_number, e.record_sha256, e.bundle_sha256, now_utc().isoformat(),
               e.target))


def install_receipts(c: Connection, vault_id: str, receipts: list[dict[str, Any]]) -> int:
    """Match HQ's receipts for this vault to its exports; returns how many were new."""
    new = 0
    for r in receipts:
        if r.get("vault_id") != vault_id:
            continue
        row = c.execute("SELECT received_at FROM exports WHERE sequence = ? AND bundle_sha256 = ?",
                        (int(r["sequence"]), str(r["bundle_sha256"]))).fetchone()
        if row is None or row[0]:
            continue
        version = r.get("version")
        c.execute("UPDATE exports SET received_at = ?, hq_version = ?, hq_outcome = ?, hq_detail = ?"
                  " WHERE sequence = ?", (str(r["received_at"]), int(version) if version else None,
                                         str(r["outcome"]), str(r.get("detail", ""))[:300], int(r["sequence"])))
        new += 1
    return new


class ExportsMixin(SessionParts):
    """Session methods for numbered exports and receipts (laptop side)."""

    def allocate_export_sequence(self) -> int:
        """The next number in this vault's exports (committed now, so never reused)."""
        with self.write() as c:
            seq = int(get_meta(c, "export_seq") or 0) + 1
            set_meta(c, "export_seq", str(seq))
        return seq

    def release_export_sequences(self, last_written: int, last_allocated: int) -> None:
        """Give back numbers allocated after `last_written` that no written bundle carries,
        if nothing was allocated since (`last_allocated` is still the newest)."""
        with self.write() as c:
            if int(get_meta(c, "export_seq") or 0) == last_allocated and last_written < last_allocated:
                set_meta(c, "export_seq", str(last_written))

    def export_history(self) -> list[ExportStatus]:
        """Every written export, newest first."""
        with self.read() as c:
            rows = c.execute("SELECT sequence, case_number, written_at, target, received_at, hq_version,"
                             " hq_outcome, hq_detail FROM exports WHERE written_at IS NOT NULL"
                             " ORDER BY sequence DESC").fetchall()
        return [ExportStatus(int(r[0]), r[1], r[2], r[3], r[4] or "", r[5], r[6], r[7]) for r in rows]

    def case_exchange_status(self) -> list[ExportStatus]:
        """Each case's latest export: written to stick, and whether HQ has received it."""
        seen: set[str] = set()
        out = []
        for e in self.export_history():
            if e.case_number not in seen:
                seen.add(e.case_number)
                out.append(e)
        return out

    @property
    def receipt_days(self) -> int:
        try:
            return max(1, min(365, int(self.setting(RECEIPT_DAYS_SETTING, str(RECEIPT_DAYS_DEFAULT)))))
        except ValueError:
            return RECEIPT_DAYS_DEFAULT

    def setting(self, key: str, default: str = "") -> str:
        raise NotImplementedError

    def unacknowledged(self, days: int | None = None) -> list[ExportStatus]:
        """Cases whose latest export was written to a stick more than `days` days ago
        (default: the receipt_days setting) and that HQ has not acknowledged."""
        limit = self.receipt_days if days is None else days
        now = now_utc()
        return [e for e in self.case_exchange_status() if not e.received_at and e.age_days(now) >= limit]
