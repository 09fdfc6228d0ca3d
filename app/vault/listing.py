"""The applicant list as the desktop shows it, built for 100k applicants.

A list view is only the applicant ids in display order (8 bytes each), filtered
and ordered by SQLite; the rows themselves are loaded a page at a time for the
part on screen (`summaries`). Loading 100k full rows into Python took ~0.5 s and
~150 MB; the ids take ~30 ms and under 1 MB (bench/RESULTS.md).

Orders use indexes where it matters: the default (oldest first) reads the
partial index of live applicants, case numbers the index of their sort key (0014), names
their stored alphabetical keys (app.domain.names.sort_key), and the last change reads
`applicants_updated`. Filters (stage, exam, category, flags) read the covering index
`applicants_filter` (0018), so a filtered list never touches the applicants' rows.

The field list names these indexes (`INDEXED BY`, `_field_sql`) rather than leaving the choice
to the planner: with the statistics a bounded ANALYZE leaves, it read the whole 54 MB table for
"oldest first" and the rows of every interview-stage applicant for a filter. More pages than the
page cache holds, so each call decrypted them all again: 3–8× plain SQLite at 100k (issue 22).
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.domain.enums import Category, Stage
from app.domain.model import ApplicantSummary
from app.vault import dossiers, search
from app.vault.connection import Connection
from app.vault.session_base import SessionParts


class Order(StrEnum):
    CASE = "case"
    NAME = "name"
    LATIN = "latin"
    BIRTH = "birth"
    CATEGORY = "category"
    STAGE = "stage"
    FLAGS = "flags"
    UPDATED = "updated"
    POST = "post"  # HQ: the post that sent the current version
    OFFICER = "officer"
    RECEIVED = "received"


def _rank(column: str, values: list[str]) -> str:
    whens = " ".join(f"WHEN '{v}' THEN {i}" for i, v in enumerate(values))
    return f"CASE {column} {whens} ELSE {len(values)} END"


# Every expression is a constant: no user input is ever formatted into SQL.
_ORDER_SQL: dict[Order, tuple[str, ...]] = {
    Order.CASE: ("substr(case_number, 1, length(case_number) - 5)", "length(case_number)", "case_number"),
    Order.NAME: ("name_key",),
    Order.LATIN: ("latin_key",),
    Order.BIRTH: ("coalesce(date_of_birth, '')",),
    Order.CATEGORY: (_rank("category", [c.value for c in Category]),),
    Order.STAGE: (_rank("stage", [s.value for s in Stage]), "coalesce(stage_exam, 0)"),
    Order.FLAGS: ("flags",),
    Order.UPDATED: ("updated_at",),
    # HQ's columns (app/vault/hqview.py), one row per received case in hq_cases, joined as `h` (_source)
    Order.POST: ("coalesce(h.post, '')",),
    Order.OFFICER: ("coalesce(h.officer, '')",),
    Order.RECEIVED: ("coalesce(h.received_at, '')",),
}
_HQ_ORDERS = (Order.POST, Order.OFFICER, Order.RECEIVED)


def _source(q: ListQuery) -> str:
    """What the list reads: the applicants, joined once to HQ's columns when sorted by one of them
    (a join, not a lookup per row: a million rows at HQ, bench/hq.py)."""
    if q.order in _HQ_ORDERS:
        return "applicants LEFT JOIN hq_cases h ON h.applicant_id = applicants.id"
    return "applicants"


@dataclass(frozen=True)
class ListQuery:
    """What the officer asked to see. With `text`, the hits of a search (in rank
    order unless `order` is set); without, every applicant not merged away."""

    text: str = ""
    order: Order | None = None  # None: oldest first, or best match first for a search
    descending: bool = False
    stage: str | None = None  # a Stage value, or polygraph_<n> for one exam's step
    category: str | None = None
    flag: str | None = None  # "any", "none", "red" or a flag code
    limit: int = search.DEFAULT_LIMIT  # search hits
    # HQ: the post and officer whose bundle made the current version, and when it arrived
    post: str | None = None
    officer: str | None = None
    received_from: str | None = None  # ISO date, inclusive
    received_to: str | None = None  # ISO date, inclusive
    hq_status: str | None = None  # HQ's latest word (hq_cases.status, e.g. decision:accept)


@dataclass
class ListView:
    ids: array[int]  # applicant ids in display order
    total: int  # before the filters: every applicant, or every search hit
    rows: dict[int, ApplicantSummary] = field(default_factory=dict)  # loaded already (search hits)
    matched: dict[int, str] = field(default_factory=dict)  # search: how each hit matched


def _filters(q: ListQuery) -> tuple[list[str], list[Any]]:
    where, params = ["merged_into IS NULL"], []
    if q.stage and q.stage.startswith(f"{Stage.POLYGRAPH.value}_") and q.stage[-1:].isdigit():
        where.append("stage = ? AND stage_exam = ?")
        params += [Stage.POLYGRAPH.value, int(q.stage.rsplit("_", 1)[1])]
    elif q.stage:
        where.append("stage = ?")
        params.append(q.stage)
    if q.category:
        where.append("category = ?")
        params.append(q.category)
    if q.flag == "any":
        where.append("flags <> ''")
    elif q.flag == "none":
        where.append("flags = ''")
    elif q.flag == "red":
        where.append("instr(flags, 'red:') > 0")
    elif q.flag:  # flags read "red:code,amber:code2"
        where.append("instr(',' || flags || ',', ':' || ? || ',') > 0")
        params.append(q.flag)
    hq, hq_params = _hq_filters(q)
    if hq:  # one indexed lookup in hq_cases (post, officer or arrival time, each with applicant_id)
        where.append(f"id IN (SELECT applicant_id FROM hq_cases WHERE {' AND '.join(hq)})")
        params += hq_params
    return where, params


def _hq_filters(q: ListQuery) -> tuple[list[str], list[Any]]:
    where, params = [], []
    if q.post:
        where.append("post = ?")
        params.append(q.post)
    if q.officer:
        where.append("officer = ?")
        params.append(q.officer)
    if q.received_from:
        where.append("received_at >= ?")
        params.append(q.received_from[:10])
    if q.received_to:  # the whole last day: every time on it sorts before the next day
        where.append("received_at < ?")
        params.append(q.received_to[:10] + "U")
    if q.hq_status:
        where.append("status = ?")
        params.append(q.hq_status)
    return where, params


def _ids(conn: Connection, sql: str, params: list[Any]) -> array[int]:
    """Ids from one query, joined by SQLite: ~3× faster than a Python row per id."""
    (joined,) = conn.execute(f"SELECT group_concat(id) FROM ({sql})", params).fetchone()
    return array("q", map(int, joined.split(","))) if joined else array("q")


FILTER_INDEX = "applicants_filter"  # stage, stage_exam, category, flags of live applicants (0018)
# The partial index (live applicants only) that yields each order without reading a row.
_ORDER_INDEX: dict[Order | None, str] = {
    None: "applicants_live", Order.NAME: "applicants_name_key", Order.LATIN: "applicants_latin_key",
    Order.CASE: "applicants_case_order", Order.STAGE: FILTER_INDEX, Order.CATEGORY: FILTER_INDEX,
    Order.FLAGS: FILTER_INDEX}


def _field_sql(q: ListQuery, where: list[str]) -> str:
    """The ids query of a list without search text: on the named covering indexes when the
    order has one and no HQ filter is set, else as the planner chooses."""
    order, filtered = _order_by(q), " AND ".join(where)
    index = _ORDER_INDEX.get(q.order)
    if index is None or _hq_filters(q)[0]:
        return f"SELECT id FROM {_source(q)} WHERE {filtered} ORDER BY {order}"
    if len(where) == 1:  # no filter: the order's index alone
        return f"SELECT id FROM applicants INDEXED BY {index} WHERE {filtered} ORDER BY {order}"
    if q.order is None or index == FILTER_INDEX:  # the filter's index, its few ids sorted
        return f"SELECT id FROM applicants INDEXED BY {FILTER_INDEX} WHERE {filtered} ORDER BY {order}"
    # the order's index, scanned in order, keeping the ids the filter's index found
    return (f"SELECT id FROM applicants INDEXED BY {index} WHERE merged_into IS NULL AND id IN "
            f"(SELECT id FROM applicants INDEXED BY {FILTER_INDEX} WHERE {filtered}) ORDER BY {order}")


def _order_by(q: ListQuery) -> str:
    direction = " DESC" if q.descending else ""
    if q.order is None:
        return f"id{direction}"
    return ", ".join(f"{part}{direction}" for part in (*_ORDER_SQL[q.order], "id"))


def view(conn: Connection, q: ListQuery) -> ListView:
    """Raises app.domain.search_query.QueryError for a search that cannot be run."""
    where, params = _filters(q)
    if not q.text.strip():
        ids = _ids(conn, _field_sql(q, where), params)
        total = ids_total(conn) if len(where) > 1 else len(ids)
        return ListView(ids, total)
    matched = search.search_ids(conn, q.text, q.limit)
    hits = list(matched)
    if not hits:
        return ListView(array("q"), 0)
    marks = ",".join("?" * len(hits))
    sql = f"SELECT id FROM {_source(q)} WHERE id IN ({marks}) AND {' AND '.join(where)}"
    if q.order is not None:
        ids = _ids(conn, f"{sql} ORDER BY {_order_by(q)}", [*hits, *params])
    else:  # best match first
        keep = set(_ids(conn, sql, [*hits, *params]))
        ids = array("q", [i for i in hits if i in keep])
    return ListView(ids, len(hits), dossiers.summaries_by_id(conn, list(ids)), {i: matched[i] for i in ids})


def ids_total(conn: Connection) -> int:
    return int(conn.execute(
        "SELECT count(*) FROM applicants INDEXED BY applicants_live WHERE merged_into IS NULL").fetchone()[0])


class ListingMixin(SessionParts):
    """The session's list and search operations. Needs `read()` from the session."""

    def list_view(self, query: ListQuery) -> ListView:
        with self.read() as c:
            return view(c, query)

    def summaries(self, ids: list[int]) -> list[ApplicantSummary]:
        """The rows for these ids, in this order (ids no longer present are left out)."""
        with self.read() as c:
            return dossiers.summaries(c, ids)

    def summaries_by_id(self, ids: list[int]) -> dict[int, ApplicantSummary]:
        """The rows for these ids that still exist, by id (the desktop list's pages)."""
        with self.read() as c:
            return dossiers.summaries_by_id(c, ids)

    def list_applicants(self) -> list[ApplicantSummary]:
        """Every applicant not merged away, oldest first (the CLI's list; the
        desktop uses list_view and loads only what is on screen)."""
        with self.read() as c:
            return dossiers.summaries(c)

    def count_applicants(self) -> int:
        with self.read() as c:
            return dossiers.count(c)

    def search(self, query: str, limit: int = search.DEFAULT_LIMIT) -> list[search.SearchHit]:
        with self.read() as c:
            return search.search(c, query, limit)
