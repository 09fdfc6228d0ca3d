"""The benchmark's synthetic vault: demo dossiers as a post's records would stand (sealed where
finished), in a real vault that can be enrolled for the export and HQ measures.

`dossier demo` in a real vault brings synthetic cases in as drafts (only a demo vault keeps their
seals, and a demo vault cannot be enrolled), so the benchmark writes them below the guarded layer,
as migration fixtures and test setup do. Nothing in app/ can do this (tests/test_guard_layer.py).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from app.domain import authors, sealing
from app.vault import demo
from app.vault.guard import store


def fill(session: Any, count: int, seed: int, progress: Callable[[int, int], None] | None = None) -> int:
    rng = random.Random(seed)
    pools = demo._pools(seed)
    today = demo.REFERENCE_DATE  # as `dossier demo`: a fixed reference date, never the clock
    done = 0
    while done < count:
        batch = min(demo.BATCH, count - done)
        with session.write() as c:
            users = session.users_directory(c)
            origin = session.origin(c)
            for _ in range(batch):
                d, scan = demo.make_dossier(rng, pools, today)
                for record in sealing.records(d).values():
                    authors.mark_external(record, users)
                session.give_identity(c, d)
                d.origin = origin
                applicant_id = store.insert(c, d)
                if scan is not None:
                    store.put_attachment(c, applicant_id, "application-page-1.png", scan, "application_page")
                session.audit(c, "create", d.case_number, "benchmark data")
        done += batch
        if progress:
            progress(done, count)
    session.upkeep_after_bulk(done)  # as `dossier demo` and imports do after bulk work
    return done


def edit_history(session: Any, count: int, seed: int) -> int:
    """Officers' edits after the load: `count` dossiers re-saved with a changed place of birth and
    interview note (each save re-indexes the applicant, as in the app), a batch per transaction."""
    from app.vault import dossiers

    rng = random.Random(seed + 1)
    with session.read() as c:
        cases = [r[0] for r in c.execute("SELECT case_number FROM applicants ORDER BY id")]
    chosen = rng.sample(cases, min(count, len(cases)))
    for start in range(0, len(chosen), 200):
        with session.write() as c:
            for case in chosen[start:start + 200]:
                d = dossiers.load(c, case)
                d.person.place_of_birth = (d.person.place_of_birth + " (уточнено)")[:120]
                store.update(c, d)
                session.audit(c, "update", case, "benchmark edit")
    return len(chosen)
