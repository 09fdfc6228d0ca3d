"""HQ's view of a vault: is it HQ's, what the HQ list shows per case, HQ's decisions on a case.

**How a vault knows it is HQ's.** HQ's vault is the one bundles are imported into; a post's
laptop is enrolled with an HQ. So a vault is an HQ vault when it is *not* enrolled with an HQ
(no HQ CA stored: an enrolled laptop is always a field vault, whatever its post code) and either
was created for post `HQ` (`dossier init --post HQ`, as docs/hq-guide.md sets it up) or holds an
imported version of a case (`case_versions`: only `dossier import` writes it). Nothing a file
brings in can make a laptop an HQ vault: enrolment and imports are both a supervisor's guarded
actions. (`station_source` and casenumber.is_hq_station say whether a *laptop's* station code was
issued by HQ; they do not tell HQ's vault apart.)

Writes are in app/vault/guard/hq_decisions.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.hq_decisions import HqDecision
from app.vault import dossiers
from app.vault.connection import Connection
from app.vault.dossiers import get_meta
from app.vault.session_base import SessionParts

HQ_POST = "HQ"
DECISION_COLUMNS = "uid, case_id, case_number, vault_id, post, kind, value, text, decided_by, decided_at"


@dataclass(frozen=True)
class HqColumns:
    """What the HQ list shows of one case (in a field vault only `status`)."""

    post: str = ""
    officer: str = ""
    received_at: str = ""
    version: int = 0
    status: str = ""  # HQ's latest word: decision:accept, request:polygraph, … ('' none)


@dataclass(frozen=True)
class Sent:
    """An HQ decision as HQ keeps it: which package first carried it (0: not sent yet)."""

    decision: HqDecision
    package: int


def is_hq_vault(c: Connection) -> bool:
    if get_meta(c, "hq_ca_pem"):
        return False
    if get_meta(c, "post_code") == HQ_POST:
        return True
    return c.execute("SELECT 1 FROM case_versions LIMIT 1").fetchone() is not None


def columns_by_id(c: Connection, ids: list[int]) -> dict[int, HqColumns]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = c.execute(f"SELECT applicant_id, post, officer, received_at, version, status FROM hq_cases"
                     f" WHERE applicant_id IN ({marks})", ids).fetchall()
    return {int(r[0]): HqColumns(r[1], r[2], r[3], int(r[4]), r[5]) for r in rows}


def decisions(c: Connection, applicant_id: int) -> list[Sent]:
    rows = c.execute(f"SELECT {DECISION_COLUMNS}, package_seq FROM hq_decisions WHERE applicant_id = ?"
                     " ORDER BY decided_at, uid", (applicant_id,)).fetchall()
    return [Sent(HqDecision(*r[:10]), int(r[10] or 0)) for r in rows]


class HqViewMixin(SessionParts):
    @property
    def is_hq_vault(self) -> bool:
        with self.read() as c:
            return is_hq_vault(c)

    def hq_decisions(self, case: str) -> list[Sent]:
        """HQ's decisions and requests on a case, oldest first (made here at HQ, or received)."""
        with self.read() as c:
            return decisions(c, dossiers.id_for(c, case))

    def hq_columns(self, ids: list[int]) -> dict[int, HqColumns]:
        with self.read() as c:
            return columns_by_id(c, ids)

    def has_hq_decisions(self) -> bool:
        with self.read() as c:
            return c.execute("SELECT 1 FROM hq_decisions LIMIT 1").fetchone() is not None

    def hq_filter_choices(self) -> tuple[list[str], list[str]]:
        """The posts and the officers the HQ list can be filtered by (read from their indexes)."""
        with self.read() as c:
            posts = [str(r[0]) for r in c.execute("SELECT DISTINCT post FROM hq_cases WHERE post <> '' ORDER BY post")]
            officers = [str(r[0]) for r in c.execute(
                "SELECT DISTINCT officer FROM hq_cases WHERE officer <> '' ORDER BY officer")]
        return posts, officers
