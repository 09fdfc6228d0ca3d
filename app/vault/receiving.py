"""HQ: every bundle it has seen, in each vault's order, and who owns each case.

A verified bundle is first *admitted* (nothing about the case changes yet):

- the same export (vault id and number) with the same archive as one already seen
  is a **repeat**: reported, nothing changes;
- the same export number with another archive is a **conflict** (a cloned or forged
  vault): refused and kept;
- a signing time out of the vault's order (before an export with a lower number,
  or after one with a higher number) is refused: a laptop's clock set back cannot
  slip a bundle in among those HQ already holds;
- a case is known by its case id (issue 14) together with its origin, the vault
  and officer that created it: a bundle whose case names another origin than the
  one HQ holds for that case id (a copied case id) is refused (**origin**);
- a bundle signed by another officer than the case's owner is refused unless a
  signed transfer hands the case to the signer (**owner**);
- a case is kept by one laptop: the one that created it, later the one its
  owner's bundles come from after a transfer. A bundle from another vault (a
  second laptop holding the same officer's key) is refused (**origin**);
- a bundle from a post whose signed deletion notice for the case HQ has recorded
  (app/casefile/deletion.py) is refused (**deleted**); only its hashes are kept, not its content
  (the post destroyed the case; HQ's own versions are kept as its policy says);
- an export numbered at or below the one that made the case's current version is
  **stale**: kept and reported, never made current.

Otherwise it is imported through the guarded write path and recorded with its
outcome; the case's owner and newest export number move on. Every bundle but an
exact repeat is kept, whole, with what became of it; receipts for HQ's update
packages and the gaps in each vault's numbering are read from the same table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.domain import msg
from app.domain.roles import Action
from app.vault.connection import Connection
from app.vault.dossiers import now_utc
from app.vault.session_base import SessionParts

RECEIPT_WINDOW = dt.timedelta(days=90)
ACCEPTED = ("imported", "unchanged", "stale")  # refused bundles are judged again when they come back


@dataclass(frozen=True)
class Arrival:
    """What HQ knows about one verified bundle before importing it."""

    bundle_sha256: str
    inner_sha256: str
    vault_id: str
    sequence: int
    case_key: str
    case_number: str
    officer: str
    post: str
    cert_serial: str
    signed_at: str
    content: bytes
    creator: tuple[str, str] | None = None  # (call sign, post) the case says created it
    origin: tuple[str, str, str] = ("", "", "")  # (vault id, call sign, post) of the case's origin


@dataclass(frozen=True)
class Admission:
    outcome: str  # proceed, repeat, stale, conflict, order, owner, origin, deleted
    detail: str = ""
    transfer_id: int | None = None

    @property
    def proceed(self) -> bool:
        return self.outcome == "proceed"

    @property
    def refused(self) -> bool:
        return self.outcome in ("conflict", "order", "owner", "origin", "deleted")


@dataclass
class VaultExports:
    vault_id: str
    officer: str
    post: str
    received: list[int] = field(default_factory=list)
    last_arrival: str = ""

    @property
    def missing(self) -> list[int]:
        have = set(self.received)
        return [n for n in range(1, max(have, default=0) + 1) if n not in have]


def _same(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a[0].casefold() == b[0].casefold() and a[1].upper() == b[1].upper()


def _transfer(c: Connection, case_key: str, old: tuple[str, str], new: tuple[str, str]) -> int | None:
    for tid, fc, fp, tc, tp in c.execute(
            "SELECT id, from_callsign, from_post, to_callsign, to_post FROM transfers WHERE case_key = ?"
            " ORDER BY issued_at DESC", (case_key,)):
        if _same((fc, fp), old) and _same((tc, tp), new):
            return int(tid)
    return None


def _handing_supervisor(c: Connection, case_key: str, holder: tuple[str, str], signer: tuple[str, str]) -> int | None:
    """A hand-over to another post (app/casefile/handover.py): the supervisor of the holder's post who
    signed a recorded transfer of the case away sends its last version with it. (They could as well
    have transferred the case to themselves: this gives them no power they did not have.)"""
    by = f"{signer[0]} ({signer[1]}), supervisor".casefold()
    for tid, fp, issued_by in c.execute("SELECT id, from_post, issued_by FROM transfers WHERE case_key = ?"
                                        " ORDER BY issued_at DESC", (case_key,)):
        if str(fp).upper() == holder[1].upper() == signer[1].upper() and str(issued_by).casefold() == by:
            return int(tid)
    return None


def _stored_origin(c: Connection, case_key: str) -> tuple[str, str, str] | None:
    row = c.execute("SELECT json_extract(origin, '$.vault_id'), json_extract(origin, '$.created_by'),"
                    " json_extract(origin, '$.post') FROM applicants WHERE case_id = ? AND origin <> ''",
                    (case_key,)).fetchone()
    return (str(row[0] or ""), str(row[1] or ""), str(row[2] or "").upper()) if row else None


def _origin_clash(c: Connection, a: Arrival) -> Admission | None:
    """A version is a version of the same case id from the same origin: a case id HQ holds for a
    case created elsewhere, on a bundle whose case names another origin, is a copied case id."""
    held = _stored_origin(c, a.case_key)
    if held is not None and any(held) and a.origin != held:
        return Admission("origin", msg.text("verify.copied_case_id", a.case_key[:8], held[0][:8], held[1], held[2],
                                            a.origin[0][:8], a.origin[1], a.origin[2]))
    return None


def _vault_clash(a: Arrival, kept_by: str, transfer: int | None) -> Admission | None:
    """A case is kept by one laptop: the vault that created it, or the one a transfer moved it to."""
    if transfer is not None or not kept_by or kept_by == a.vault_id:
        return None
    return Admission("origin", msg.text("verify.kept_elsewhere", kept_by[:8], a.vault_id[:8]))


def _deleted_clash(c: Connection, a: Arrival) -> Admission | None:
    """The bundle's post told HQ (a signed deletion notice, recorded) that it deleted the case: a
    bundle of it from there is a stick that arrived late, a restored backup or a copied vault."""
    from app.vault.tombstones import deletions_received

    for at, post, _signer in deletions_received(c, a.case_key):
        if post.upper() == a.post.upper():
            return Admission("deleted", msg.text("verify.deleted_at_post", post, str(at)[:16].replace("T", " "),
                                                 a.signed_at[:16].replace("T", " ")))
    return None


Audit = Callable[[Connection, str, "str | None", str], None]


def admit(c: Connection, a: Arrival, audit: Audit) -> Admission:
    """Decide what a verified bundle may do, inside the transaction of the HQ import
    (app/vault/guard/hq_import.py). Refused and stale bundles are kept here."""
    seen = c.execute("SELECT inner_sha256, arrived_at, outcome FROM received_bundles WHERE vault_id = ?"
                     " AND sequence = ?", (a.vault_id, a.sequence)).fetchall()
    same = [(at, outcome) for inner, at, outcome in seen if inner == a.inner_sha256]
    if any(outcome in ACCEPTED for _, outcome in same):
        first = min(at for at, outcome in same if outcome in ACCEPTED)
        audit(c, "bundle_repeat", a.case_number, msg.text("audit.repeat", a.sequence, a.vault_id[:8]))
        return Admission("repeat", msg.text("verify.repeat", a.sequence, a.vault_id[:8], first[:16].replace("T", " ")))
    others = [outcome for inner, _, outcome in seen if inner != a.inner_sha256]
    decision = _decide(c, a, [o for o in others if o not in ("conflict", "order")])
    if not decision.proceed:
        if all(outcome != decision.outcome for _, outcome in same):  # kept once per outcome
            _keep(c, a, decision.outcome, None, decision.detail)
        audit(c, f"bundle_{decision.outcome}", a.case_number, decision.detail)  # coded: stored with its code
    return decision


def _decide(c: Connection, a: Arrival, seen: list[Any]) -> Admission:
    if seen:
        return Admission("conflict", msg.text("verify.conflict", a.sequence))
    lower = c.execute("SELECT max(signed_at), max(sequence) FROM received_bundles WHERE vault_id = ? AND "
                      "sequence < ? AND outcome NOT IN ('conflict', 'order')",
                      (a.vault_id, a.sequence)).fetchone()
    if lower[0] and a.signed_at < lower[0]:
        return Admission("order", msg.text("verify.clock_back", a.signed_at[:16], lower[0][:16]))
    higher = c.execute("SELECT min(signed_at) FROM received_bundles WHERE vault_id = ? AND sequence > ? AND "
                       "outcome NOT IN ('conflict', 'order')", (a.vault_id, a.sequence)).fetchone()
    if higher[0] and a.signed_at > higher[0]:
        return Admission("order", msg.text("verify.after_higher", a.signed_at[:16], higher[0][:16]))
    clash = _origin_clash(c, a) or _deleted_clash(c, a)
    if clash is not None:
        return clash
    owner = c.execute("SELECT callsign, post, vault_id, last_sequence FROM case_owners WHERE case_key = ?",
                      (a.case_key,)).fetchone()
    signer = (a.officer, a.post)
    holder = (owner[0], owner[1]) if owner else a.creator
    transfer = None
    if holder is not None and not _same(holder, signer):
        transfer = _transfer(c, a.case_key, holder, signer) or _handing_supervisor(c, a.case_key, holder, signer)
        if transfer is None:
            return Admission("owner", msg.text("verify.not_owner", holder[0], holder[1], a.officer, a.post))
    # the laptop: the owner's, or for a case HQ has not seen, the one its origin names
    clash = _vault_clash(a, str(owner[2]) if owner else a.origin[0], transfer)
    if clash is not None:
        return clash
    if owner and owner[2] == a.vault_id and a.sequence <= int(owner[3]):
        return Admission("stale", msg.text("verify.stale", a.sequence, owner[3]))
    return Admission("proceed", transfer_id=transfer)


def _keep(c: Connection, a: Arrival, outcome: str, version: int | None, detail: str) -> None:
    c.execute("INSERT INTO received_bundles(bundle_sha256, inner_sha256, vault_id, sequence, case_key,"
              " case_number, officer, post, cert_serial, signed_at, arrived_at, outcome, version, detail,"
              " content) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
              (a.bundle_sha256, a.inner_sha256, a.vault_id, a.sequence, a.case_key, a.case_number, a.officer,
               a.post, a.cert_serial, a.signed_at, now_utc().isoformat(), outcome, version, detail,
               # an imported version's archive is kept in case_versions already; a deleted case's, nowhere
               None if outcome in ("imported", "deleted") else a.content))


def record(c: Connection, a: Arrival, version: int, admission: Admission) -> None:
    """In the guarded import's transaction: keep the bundle, move the case's owner and newest export on."""
    _keep(c, a, "imported" if version else "unchanged", version or None, "")
    c.execute("INSERT INTO case_owners(case_key, callsign, post, vault_id, last_sequence, since, transfer_id)"
              " VALUES (?,?,?,?,?,?,?) ON CONFLICT(case_key) DO UPDATE SET callsign = excluded.callsign,"
              " post = excluded.post, vault_id = excluded.vault_id, last_sequence = excluded.last_sequence,"
              " since = CASE WHEN case_owners.callsign = excluded.callsign AND case_owners.post ="
              " excluded.post THEN case_owners.since ELSE excluded.since END,"
              " transfer_id = coalesce(excluded.transfer_id, case_owners.transfer_id)",
              (a.case_key, a.officer, a.post, a.vault_id, a.sequence, now_utc().isoformat(), admission.transfer_id))


class ReceivingMixin(SessionParts):
    """Session methods for HQ's record of received bundles."""

    def record_transfer(self, case_key: str, case_number: str, from_: tuple[str, str], to: tuple[str, str],
                        issued_at: str, issued_by: str, document: bytes, signature: bytes) -> bool:
        """Keep a verified transfer; False if it was already recorded."""
        with self.write() as c:
            cur = c.execute("INSERT OR IGNORE INTO transfers(case_key, case_number, from_callsign, from_post,"
                            " to_callsign, to_post, issued_at, issued_by, document, signature, recorded_at)"
                            " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                            (case_key, case_number, from_[0], from_[1].upper(), to[0], to[1].upper(), issued_at,
                             issued_by, document, signature, now_utc().isoformat()))
            if cur.rowcount:
                self.audit(c, "transfer_recorded", case_number,
                           msg.text("audit.transfer_recorded", from_[0], from_[1], to[0], to[1], issued_by))
            return bool(cur.rowcount)

    def reissue_owner(self, case_key: str, case_number: str, to: tuple[str, str], carrier_id: str) -> None:
        """HQ re-issued the case to `to` (app/casefile/handover.py): from now on the case is theirs, kept by
        whichever laptop their first bundle of it comes from."""
        self.require(Action.IMPORT_BUNDLE)
        with self.write() as c:
            row = c.execute("SELECT id FROM transfers WHERE case_key = ? AND lower(to_callsign) = ? AND to_post = ?"
                            " ORDER BY issued_at DESC LIMIT 1", (case_key, to[0].casefold(), to[1].upper())).fetchone()
            c.execute("INSERT INTO case_owners(case_key, callsign, post, vault_id, last_sequence, since, transfer_id)"
                      " VALUES (?,?,?,'',0,?,?) ON CONFLICT(case_key) DO UPDATE SET callsign = excluded.callsign,"
                      " post = excluded.post, vault_id = '', last_sequence = 0, since = excluded.since,"
                      " transfer_id = excluded.transfer_id",
                      (case_key, to[0], to[1].upper(), now_utc().isoformat(), row[0] if row else None))
            self.audit(c, "case_reissued", case_number, msg.text("audit.case_reissued", to[0], to[1].upper(),
                                                                 carrier_id[:8]))

    def latest_transfer(self, case_key: str) -> tuple[bytes, bytes] | None:
        """The newest recorded transfer of a case: (document, signature)."""
        with self.read() as c:
            row = c.execute("SELECT document, signature FROM transfers WHERE case_key = ? ORDER BY issued_at DESC,"
                            " id DESC LIMIT 1", (case_key.lower(),)).fetchone()
        return (bytes(row[0]), bytes(row[1])) if row else None

    def case_owner(self, case_key: str) -> tuple[str, str] | None:
        with self.read() as c:
            row = c.execute("SELECT callsign, post FROM case_owners WHERE case_key = ?", (case_key,)).fetchone()
        return (str(row[0]), str(row[1])) if row else None

    def received_by_vault(self) -> list[VaultExports]:
        """Each vault's exports HQ holds, with the numbers missing between them."""
        with self.read() as c:
            rows = c.execute("SELECT vault_id, sequence, officer, post, arrived_at FROM received_bundles"
                             " WHERE outcome NOT IN ('conflict') ORDER BY vault_id, sequence, arrived_at").fetchall()
        out: dict[str, VaultExports] = {}
        for vault_id, seq, officer, post, at in rows:
            v = out.setdefault(vault_id, VaultExports(vault_id, officer, post))
            if int(seq) not in v.received:
                v.received.append(int(seq))
            v.officer, v.post, v.last_arrival = officer, post, max(v.last_arrival, at)
        return list(out.values())

    def receipts(self, window: dt.timedelta = RECEIPT_WINDOW) -> list[dict[str, Any]]:
        """What HQ received recently, for the next update package (one receipt per bundle)."""
        since = (now_utc() - window).isoformat()
        with self.read() as c:
            rows = c.execute("SELECT vault_id, sequence, bundle_sha256, case_key, case_number, version, outcome,"
                             " detail, arrived_at FROM received_bundles WHERE arrived_at >= ? ORDER BY id",
                             (since,)).fetchall()
        return [{"vault_id": r[0], "sequence": int(r[1]), "bundle_sha256": r[2], "case_key": r[3],
                 "case_number": r[4], "version": r[5], "outcome": r[6], "detail": r[7], "received_at": r[8]}
                for r in rows]
