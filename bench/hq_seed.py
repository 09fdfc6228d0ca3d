"""`make bench-hq`'s HQ vault, built **directly**: the rows an HQ import writes, without the bundles.

Importing a million real bundles (render and sign a PDF, encrypt, verify, import) would take days on
two cores, so the bulk of the HQ vault is written here below the guarded layer, as bench/seed.py
does for a post's vault, with the app's own functions for every row's content — the same calls the
import makes (app/vault/guard/hq_import.py): the demo generator's dossier (app/vault/demo.py) with
its origin at one of the posts, `changes.attest` (records attributed to the sending officer),
`store.insert` (packed records, search index, match keys, duplicate flags), `store.add_version`
(case_versions and the HQ list's hq_cases row), `receiving.record` (received_bundles, case owner)
and the audit entry, many cases per transaction.

What differs from a real import, and is said in the bench's output:
- a version's archive (`case_versions.content`) here holds the case's interchange JSON, not the
  whole signed bundle (its PDF): the file per case is smaller than after real imports by about
  one archive (bench/hq.py measures a real bundle's archive size beside it);
- HQ's decisions and requests on 3% of cases are written as the guarded write writes them
  (app/vault/guard/hq_decisions.py's row writer), without the passphrase re-entry;
- received times are spread over the year before the demo's reference date (as a year of imports
  would be), not the build's own clock, so the date-range filters select something real.

Real bundle import is measured separately, on real bundles from several posts (bench/hq.py).
"""

from __future__ import annotations

import hashlib
import json
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from app.domain import authors, sealing
from app.domain.casenumber import format_case_number
from app.domain.changes import attest
from app.domain.hq_decisions import HqDecision
from app.domain.interchange import to_document
from app.domain.model import Attestation, Origin
from app.domain.names import fill_latin
from app.domain.serde import to_jsonable
from app.vault import demo, receiving
from app.vault.guard import hq_decisions, store

OFFICERS_PER_POST = 4
DECIDED = 0.03  # share of cases with an HQ decision or request
DECISIONS = (("decision", "accept", "All checks complete."), ("decision", "reject", "Polygraph result confirmed."),
             ("request", "polygraph", "A third polygraph examination."), ("request", "interview", "Another interview."))
BATCH = 2000  # cases per transaction


def post_code(i: int) -> str:
    return f"P{i + 1:02d}"


def officer_of(post: str, j: int) -> str:
    return f"{post.lower()}-officer{j + 1}"


@dataclass
class Built:
    cases: int
    per_post: dict[str, int]


def _received(rng: random.Random) -> datetime:
    start = datetime(demo.REFERENCE_DATE.year, demo.REFERENCE_DATE.month, demo.REFERENCE_DATE.day,
                     tzinfo=UTC) - timedelta(days=365)
    return start + timedelta(seconds=rng.randrange(365 * 86400))


def fill(session: Any, count: int, posts: int, seed: int,
         progress: Callable[[int, int], None] | None = None) -> Built:
    """`count` imported cases spread round-robin over `posts` posts (several officers and one
    laptop each), written as an import writes them. Returns the cases per post."""
    rng = random.Random(seed)
    pools = demo._pools(seed)
    today = demo.REFERENCE_DATE
    vault_ids = {post_code(p): str(uuid.UUID(int=rng.getrandbits(128))) for p in range(posts)}
    sequence = dict.fromkeys(vault_ids, 0)
    per_post = dict.fromkeys(vault_ids, 0)
    done = 0
    while done < count:
        batch = min(BATCH, count - done)
        with session.write() as c:
            users = session.users_directory(c)
            for k in range(batch):
                n = done + k
                post = post_code(n % posts)
                officer = officer_of(post, (n // posts) % OFFICERS_PER_POST)
                sequence[post] += 1
                per_post[post] += 1
                _one(session, c, rng, pools, today, users, post, officer, vault_ids[post], sequence[post])
        done += batch
        if progress:
            progress(done, count)
    session.upkeep_after_bulk(done)  # as a batch import does (app/casefile/hq_batch.py)
    return Built(done, per_post)


def _one(session: Any, c: Any, rng: random.Random, pools: Any, today: Any, users: Any, post: str, officer: str,
         vault_id: str, seq: int) -> None:
    d, scan = demo.make_dossier(rng, pools, today)
    for record in sealing.records(d).values():
        authors.mark_external(record, users)
    at = _received(rng)
    d.case_number = format_case_number(post, "A", at.year, seq)
    d.case_id = str(uuid.UUID(int=rng.getrandbits(128)))
    d.origin = Origin(vault_id, officer, post, "A")
    d.former_numbers = []
    d.created_at = at - timedelta(days=rng.randrange(1, 200))
    fill_latin(d.person)
    serial = str(1000 + int(hashlib.sha256(officer.encode()).hexdigest()[:6], 16))
    attest(d, None, Attestation(officer, post, serial, 1, at))
    content = json.dumps(to_document(d), ensure_ascii=False, sort_keys=True).encode()
    sha = hashlib.sha256(content).hexdigest()
    d.attachments = []
    applicant_id = store.insert(c, d, derived=True, by=session.user.callsign, source="import")
    if scan is not None:
        store.put_attachment(c, applicant_id, "application-page-1.png", scan, "application_page")
    stamp = to_jsonable(at)
    store.add_version(c, {"case_number": d.case_number, "case_id": d.case_id, "version": 1, "imported_at": stamp,
                          "imported_by": session.user.callsign, "officer": officer, "post": post,
                          "cert_serial": serial, "json_sha256": sha, "bundle_sha256": sha, "content": content})
    arrival = receiving.Arrival(sha, sha, vault_id, seq, d.case_id, d.case_number, officer, post, serial, stamp,
                                content, (officer, post), (vault_id, officer, post))
    receiving.record(c, arrival, 1, receiving.Admission("proceed"))
    session.audit(c, "imported", d.case_number, f"version 1 from {officer} ({post}), case id {d.case_id}")
    if rng.random() < DECIDED:  # HQ's word on some cases (the list's HQ status column and filter)
        kind, value, text = rng.choice(DECISIONS)
        when = to_jsonable(at + timedelta(days=rng.randrange(1, 30)))
        hq_decisions._insert(c, applicant_id, HqDecision(uuid.UUID(int=rng.getrandbits(128)).hex, d.case_id,
                                                         d.case_number, vault_id, post, kind, value, text,
                                                         session.user.callsign, when), hq_decisions.MADE, None)
