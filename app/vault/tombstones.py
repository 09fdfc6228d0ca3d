"""Tombstones of deleted cases (read side): the audit entries `deleted` (app/vault/guard/lifecycle.py).

Each names the case number and holds, as JSON, the case id, former numbers, the decision's outcome
and the reason: no personal data. A deleted case is refused by number, former number or case id
with "This case was deleted", so no case file, bundle or transfer of it can be made again.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from app.domain import msg
from app.errors import NotFoundError
from app.vault.connection import Connection

TOMBSTONE = "deleted"


@dataclass(frozen=True)
class Tombstone:
    """What the vault keeps of a deleted case (no personal data)."""

    case_number: str
    case_id: str
    former_numbers: list[str]
    outcome: str
    reason: str
    deleted_at: str
    deleted_by: str
    seq: int


def tombstones(conn: Connection) -> list[Tombstone]:
    out = []
    for seq, at, actor, case, detail in conn.execute(
            "SELECT seq, at, actor, case_number, detail FROM audit WHERE action = ? ORDER BY seq", (TOMBSTONE,)):
        try:
            info = json.loads(detail)
        except ValueError:
            continue
        out.append(Tombstone(str(case), str(info.get("case_id", "")), list(info.get("former", [])),
                             str(info.get("outcome", "")), msg.from_stored(str(info.get("reason", ""))),
                             str(at), str(actor), int(seq)))
    return out


def tombstone_for(conn: Connection, case: str) -> Tombstone | None:
    """The tombstone of a deleted case, by its number, a former number or its case id."""
    key = case.strip()
    for t in reversed(tombstones(conn)):
        if key.lower() == t.case_id or key.upper() == t.case_number or key.upper() in t.former_numbers:
            return t
    return None


def refuse_if_deleted(conn: Connection, case: str) -> None:
    """A deleted case: say so instead of 'not found'."""
    t = tombstone_for(conn, case)
    if t is not None:
        raise NotFoundError(msg.text("err.case_deleted", t.case_number))


# -- HQ: the posts' signed deletion notices it recorded (audit `deletion_received`) -------------------
RECEIVED = "deletion_received"
_OLD_RECEIVED = re.compile(r"^case id (\S+) deleted at post (\S+), signed by (.+)$")


def deletion_detail(case_id: str, post: str, signed_by: str, reason: str) -> msg.Text:
    """What HQ records of a notice: coded (app.domain.msg_audit), the reason as the notice carried it
    (a coded reason, such as a retention rule's, is shown in the HQ reader's language)."""
    return msg.text("audit.deletion_received", case_id.lower(), post.upper(), signed_by, msg.from_stored(reason))


def deletions_received(conn: Connection, case_id: str) -> list[tuple[str, str, str]]:
    """(when recorded, post, signer) of every deletion notice HQ recorded for a case id, newest first:
    coded rows and rows written before details were coded ("case id X deleted at post P, signed by S")."""
    key = case_id.lower()
    coded = '{"' + msg.STORED_KEY + '":"audit.deletion_received","params":[' + json.dumps(key) + ",%"
    out = []
    # the action as a literal: the partial index audit_deletion_received (migration 0022) holds only these rows,
    # where a bound parameter would scan the whole audit log for every bundle HQ imports
    for at, detail in conn.execute(
            f"SELECT at, detail FROM audit INDEXED BY audit_deletion_received WHERE action = '{RECEIVED}'"
            " AND (detail LIKE ? OR detail LIKE ?) ORDER BY seq DESC", (f"case id {key} deleted at post %", coded)):
        read = msg.from_stored(str(detail))
        if isinstance(read, msg.Text) and read.message.code == "audit.deletion_received":
            params = read.message.params
            out.append((str(at), str(params[1]), str(params[2])))
            continue
        m = _OLD_RECEIVED.match(str(read))
        if m is not None and m.group(1) == key:
            out.append((str(at), m.group(2), m.group(3)))
    return out
