"""HQ: the cross-post duplicates queue — every likely or possible duplicate between two cases from
different posts that no analyst has decided yet, with the matching engine's tier, score and evidence
(app/domain/matching.py), likely first. Only pairs that share a retrieval key are scored (as
app.vault.matching.with_duplicates does), so the queue costs the groups, not every pair.

A new batch (the cases received since a time, `queue(..., received_since=...)`) is looked at
against the candidates the matching engine retrieves for it: each batch case's own keys
(match_keys, the broad `sy:` keys left out as above), the first MAX_GROUP cases under each key.
Its cost grows with the batch, not with the vault (docs/hq-scale.md has the measured times).

Deciding is the guarded `decide_duplicate` (remembered in match_decisions, audited on both cases):
a decided pair leaves the queue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.domain.matching import LIKELY, Identity, Match, score
from app.vault import matching, packing
from app.vault.connection import Connection

MAX_GROUP = 50  # cases sharing one key that are paired up (a very common key pairs namesakes)
MAX_PAIRS = 5000


@dataclass(frozen=True)
class Side:
    """One case of a pair as the queue shows it: who it is, and where it comes from."""

    case_number: str
    post: str
    officer: str
    name: str
    name_latin: str
    date_of_birth: str
    place_of_birth: str
    documents: tuple[tuple[str, str], ...]  # (type, number)
    category: str
    stage: str


@dataclass(frozen=True)
class Pair:
    match: Match
    a: Side
    b: Side

    def as_json(self) -> dict[str, Any]:
        m = self.match
        return {"a": self.a.case_number, "b": self.b.case_number, "post_a": self.a.post, "post_b": self.b.post,
                "tier": m.tier, "score": m.score, "reasons": list(m.reasons), "against": list(m.against)}


ORIGIN = ("SELECT id, json_extract(origin, '$.post'), json_extract(origin, '$.created_by') FROM applicants"
          " WHERE merged_into IS NULL AND origin <> ''")  # the origin is plain JSON, not a packed record
CHUNK = 500  # ids per IN (...) list


def _posts(c: Connection, ids: Iterable[int] | None = None) -> dict[int, tuple[str, str]]:
    """applicant id -> (post, officer) of every live case with an origin (or of those among `ids`)."""
    if ids is None:
        rows = c.execute(ORIGIN).fetchall()
    else:
        wanted, rows = sorted(set(ids)), []
        for i in range(0, len(wanted), CHUNK):
            part = wanted[i:i + CHUNK]
            rows += c.execute(f"{ORIGIN} AND id IN ({','.join('?' * len(part))})", part).fetchall()
    return {int(r[0]): (str(r[1] or "").upper(), str(r[2] or "")) for r in rows}


def batch_since(c: Connection, since: str) -> set[int]:
    """The cases whose current version HQ received at or after `since` (ISO time): a day's batch."""
    return {int(r[0]) for r in c.execute("SELECT applicant_id FROM hq_cases WHERE received_at >= ?", (since,))}


def _batch_pairs(c: Connection, batch: set[int]) -> list[tuple[int, int]]:
    """Each batch case paired with the cases the engine retrieves for it (the first MAX_GROUP under each key)."""
    pairs: set[tuple[int, int]] = set()
    for a in sorted(batch):
        for (key,) in c.execute("SELECT key FROM match_keys WHERE applicant_id = ? AND key NOT LIKE 'sy:%'",
                                (a,)).fetchall():
            for (b,) in c.execute("SELECT applicant_id FROM match_keys WHERE key = ? LIMIT ?", (key, MAX_GROUP)):
                if b != a:
                    pairs.add((min(a, b), max(a, b)))
    return sorted(pairs)


def _group_pairs(c: Connection, posts: dict[int, tuple[str, str]]) -> list[tuple[int, int]]:
    groups = c.execute("SELECT key, group_concat(applicant_id) FROM match_keys WHERE key NOT LIKE 'sy:%'"
                       " GROUP BY key HAVING count(*) > 1").fetchall()
    pairs: list[tuple[int, int]] = []
    for _key, ids_text in groups:
        ids = [int(x) for x in str(ids_text).split(",") if int(x) in posts][:MAX_GROUP]
        pairs += [(min(a, b), max(a, b)) for i, a in enumerate(ids) for b in ids[i + 1:]]
    return pairs


def _side(c: Connection, applicant_id: int, post: str, officer: str) -> Side:
    row = c.execute("SELECT a.case_number, a.stage, d.details FROM applicants a JOIN applicant_details d"
                    " ON d.applicant_id = a.id WHERE a.id = ?", (applicant_id,)).fetchone()
    p = packing.loads(row[2])  # packed at rest (app/vault/packing.py)
    name = " ".join(x for x in (p.get("surname"), p.get("given_name"), p.get("patronymic")) if x)
    latin = " ".join(x for x in (p.get("surname_latin"), p.get("given_name_latin")) if x)
    docs = tuple((str(d.get("type") or ""), str(d.get("number") or "")) for d in p.get("documents", []))
    return Side(str(row[0]), post, officer, name, latin, str(p.get("date_of_birth") or ""),
                str(p.get("place_of_birth") or ""), docs, str(p.get("category") or ""), str(row[1] or ""))


def cross_post(c: Connection, include_decided: bool = False, batch: set[int] | None = None) -> list[Pair]:
    """The queue over every case (each key's group paired up), or over the pairs with a case of `batch`."""
    if batch is None:
        posts = _posts(c)
        candidates = _group_pairs(c, posts)
    else:
        candidates = _batch_pairs(c, batch)
        posts = _posts(c, {x for pair in candidates for x in pair})
    seen: set[tuple[int, int]] = set()
    cache: dict[int, Identity | None] = {}
    found: list[tuple[Match, int, int]] = []
    for pair in candidates:
        a, b = pair
        if pair in seen or a not in posts or b not in posts or not posts[a][0] or not posts[b][0] \
                or posts[a][0] == posts[b][0]:
            continue
        seen.add(pair)
        ia = cache.setdefault(a, matching._identity_row(c, a))
        ib = cache.setdefault(b, matching._identity_row(c, b))
        if ia is None or ib is None:
            continue
        m = score(ia, ib)
        if m.tier and (include_decided or matching._decided(c, ia.ref, ib.ref) is None):
            found.append((m, a, b))
    found.sort(key=lambda f: (f[0].tier != LIKELY, -f[0].score, f[0].a, f[0].b))
    return [Pair(m, _side(c, a, *posts[a]), _side(c, b, *posts[b])) for m, a, b in found[:MAX_PAIRS]]


def day_start(day: dt.date) -> str:
    """The first moment of a local calendar day, as the UTC time `received_at` is kept in."""
    start = dt.datetime.combine(day, dt.time()).astimezone(dt.UTC)
    return start.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def queue(session: Any, include_decided: bool = False, received_since: str | None = None) -> list[Pair]:
    """The queue, read in one transaction of the session; with `received_since` (ISO time), only the
    pairs with a case HQ received since then (the day's batch against everything the vault holds)."""
    with session.read() as c:
        return cross_post(c, include_decided, None if received_since is None else batch_since(c, received_since))
