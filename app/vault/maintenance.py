"""Keeping the vault's database healthy without the officer doing anything.

Three kinds of upkeep, each an ordinary SQLite transaction (so a kill at any point leaves
either the old or the new state, never a half-done one) that changes no record: the commit
counter (app/vault/commitmark.py) is not bumped, so the commit mark stays equal and a crash
during upkeep can never raise a tamper warning.

* **Statistics** (`PRAGMA optimize`): the query planner's `sqlite_stat1`, refreshed for the
  tables whose size changed a lot since the last analysis, with a bounded `analysis_limit`
  so it costs milliseconds even at 100k applicants.
* **Search-index segments** (FTS5 `merge`/`optimize`): every save re-indexes an applicant and
  FTS5 keeps the new entries in small segments until it merges them; many segments make every
  search read more pages. `merge` does a bounded amount of merging work; `optimize` merges
  everything into one segment (after bulk work only: it rewrites the whole index).
* **VACUUM**, only where it pays: when free pages are at least a quarter of the file and at
  least 2 MiB (after deletions and retention), and the file is small enough to rewrite in about
  a second (≤ 128 MiB), with room on the disk for the copy in the write-ahead log. Larger vaults
  are compacted by `dossier compact` and by every key rotation (which writes a fresh copy).

When: `after_bulk` after a demo load or an import of many bundles; `tidy` whenever a session
closes (each CLI command, lock and quit in the desktop app). Upkeep never fails the caller:
a problem is logged and the vault stays as it was.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from app.vault.connection import Connection, checkpoint, transaction
from app.vault.files import low_space

log = logging.getLogger(__name__)

FTS_TABLES = ("name_index", "text_index")
ANALYSIS_LIMIT = 1000  # rows sampled per index by ANALYZE (SQLite's advice: 100–1000)
TIDY_MERGE_PAGES = 200  # FTS5 leaf pages a close may write per index (~0.8 MB, tens of ms)
BULK_MERGE_PAGES = 4000
VACUUM_FREE_SHARE = 0.25
VACUUM_MIN_FREE = 2 << 20
VACUUM_MAX_FILE = 128 << 20


@dataclass
class Upkeep:
    analysed: bool = False
    merged: bool = False
    vacuumed: bool = False
    seconds: float = 0.0


def _pragma_int(conn: Connection, name: str) -> int:
    return int(conn.execute(f"PRAGMA {name}").fetchone()[0])


def analyse(conn: Connection, everything: bool = False) -> None:
    """`PRAGMA optimize`; with `everything`, analyse every table (after bulk work)."""
    conn.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}").fetchall()
    conn.execute("PRAGMA optimize = 0x10002" if everything else "PRAGMA optimize").fetchall()


def merge_indexes(conn: Connection, pages: int) -> None:
    """Bounded FTS5 segment merging, each index in its own transaction."""
    for table in FTS_TABLES:
        with transaction(conn):
            conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('merge', ?)", (-pages,))


def optimize_indexes(conn: Connection) -> None:
    for table in FTS_TABLES:
        with transaction(conn):
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def vacuum_pays(conn: Connection, db: Path) -> bool:
    pages, free, size = _pragma_int(conn, "page_count"), _pragma_int(conn, "freelist_count"), \
        _pragma_int(conn, "page_size")
    return (pages > 0 and free >= VACUUM_FREE_SHARE * pages and free * size >= VACUUM_MIN_FREE
            and pages * size <= VACUUM_MAX_FILE and not low_space(db.parent, pages * size))


def vacuum(conn: Connection) -> None:
    """Rewrite the database without its free pages (one transaction through the WAL), then
    fold the WAL back so the file shrinks now."""
    conn.execute("VACUUM")
    checkpoint(conn)


def tidy(conn: Connection, db: Path) -> Upkeep:
    """At close: statistics, a bounded merge, and VACUUM where it pays. Never raises."""
    done, t = Upkeep(), time.perf_counter()
    try:
        analyse(conn)
        done.analysed = True
        merge_indexes(conn, TIDY_MERGE_PAGES)
        done.merged = True
        if vacuum_pays(conn, db):
            vacuum(conn)
            done.vacuumed = True
    except Exception as exc:  # upkeep must never stop a lock or a close
        log.warning("database upkeep skipped: %s", type(exc).__name__)
    done.seconds = time.perf_counter() - t
    return done


def after_bulk(conn: Connection, added: int) -> Upkeep:
    """After bulk work (a demo load, many imports): analyse everything and merge the search
    indexes (all of it when the work was a tenth of the vault or more). Never raises."""
    done, t = Upkeep(), time.perf_counter()
    try:
        total = int(conn.execute("SELECT count(*) FROM applicants").fetchone()[0])
        if added * 10 >= total:
            optimize_indexes(conn)
        else:
            merge_indexes(conn, BULK_MERGE_PAGES)
        done.merged = True
        analyse(conn, everything=True)
        done.analysed = True
    except Exception as exc:  # the bulk work itself is committed; upkeep is extra
        log.warning("database upkeep after bulk work skipped: %s", type(exc).__name__)
    done.seconds = time.perf_counter() - t
    return done


def compact(conn: Connection) -> Upkeep:
    """`dossier compact`: everything, VACUUM whatever its size (the caller checked the disk)."""
    done, t = Upkeep(), time.perf_counter()
    optimize_indexes(conn)
    done.merged = True
    vacuum(conn)
    done.vacuumed = True
    analyse(conn, everything=True)
    done.analysed = True
    done.seconds = time.perf_counter() - t
    return done
