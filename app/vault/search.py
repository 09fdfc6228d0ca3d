"""Search across scripts: case numbers, names, document numbers and free text.

The plan is staged so ranking cost stays bounded at 100k applicants:
1. a case number (or its prefix) is looked up in the B-tree index;
2. names and identifiers are matched in the small-row `name_index`, ranked by bm25
   (exact Cyrillic forms and their official Latin spellings);
3. if fewer than `limit` hits were found, names are looked up by how they sound
   (app.vault.search_fuzzy): other spelling conventions, given-name variants,
   typos, each hit with its reason;
4. only if there are still fewer than `limit` hits is the larger `text_index` asked.
A query matching more than RANK_CAP rows in an index is listed newest first
instead of by bm25, which bounds the cost of very common words and prefixes.
User input never reaches FTS5 as syntax: every term is a quoted phrase.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.casenumber import CASE_NUMBER_RE
from app.domain.model import ApplicantSummary
from app.domain.names import has_cyrillic, latin_variants
from app.domain.search_query import Term, parse_query
from app.vault import dossiers, search_fuzzy
from app.vault.connection import Connection

DEFAULT_LIMIT = 50
MAX_LIMIT = 1000
# bm25 costs time per matching row. A query matching more rows than this is too
# broad for relevance to mean much: those results are listed newest first.
RANK_CAP = 2000


@dataclass(frozen=True)
class SearchHit:
    summary: ApplicantSummary
    matched: str  # "case number", "name or document", "text", or the fuzzy reasons ("spelling variant; …")


def _phrase(text: str, prefix: bool) -> str:
    return '"' + text.replace('"', '""') + '"' + ("*" if prefix else "")


def name_match_expression(terms: list[Term]) -> str:
    parts = []
    for t in terms:
        if has_cyrillic(t.text):
            alts = [f"{{cyr}} : {_phrase(t.text, t.prefix)}"]
            variants = sorted(latin_variants(t.text))
            if variants:
                ors = " OR ".join(_phrase(v, t.prefix) for v in variants)
                alts.append(f"{{lat}} : ({ors})")
            parts.append("(" + " OR ".join(alts) + ")")
        else:
            parts.append(f"({{lat ids}} : {_phrase(t.text, t.prefix)})")
    return " AND ".join(parts)


def text_match_expression(terms: list[Term]) -> str:
    return " AND ".join(_phrase(t.text, t.prefix) for t in terms)


def _matches(conn: Connection, table: str, expr: str, limit: int) -> tuple[list[int], bool]:
    """(rowids, ranked) for an FTS5 match, ranking only when that is cheap."""
    (n,) = conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH ? LIMIT {RANK_CAP + 1})",
        (expr,)).fetchone()
    if n == 0:
        return [], True
    order = "rank" if n <= RANK_CAP else "rowid DESC"
    rows = conn.execute(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY {order} LIMIT ?", (expr, limit))
    return [r[0] for r in rows], n <= RANK_CAP


def _case_number_ids(conn: Connection, terms: list[Term], limit: int) -> list[int]:
    if len(terms) != 1:
        return []
    raw = terms[0].raw.replace(" ", "-").upper()
    if CASE_NUMBER_RE.match(raw):  # a current or a former number (kept after renumbering)
        rows = conn.execute("SELECT id FROM applicants WHERE case_number = ? UNION "
                            "SELECT applicant_id FROM case_aliases WHERE number = ? UNION "  # HQ: kept apart
                            "SELECT id FROM applicants WHERE case_number > ? AND case_number < ?",
                            (raw, raw, raw + "#", raw + "$"))
    elif terms[0].prefix and raw.count("-") >= 1 and raw[:1].isalpha() and raw.isascii():
        rows = conn.execute(
            "SELECT id FROM applicants WHERE case_number >= ? AND case_number < ? "
            "ORDER BY case_number LIMIT ?", (raw, raw + "\uffff", limit))
    else:
        return []
    return [r[0] for r in rows]


def search(conn: Connection, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """Raises app.domain.search_query.QueryError for a query that cannot be run."""
    found = search_ids(conn, query, limit)
    ids = list(found)
    return [SearchHit(s, found[i]) for i, s in zip(ids, dossiers.summaries(conn, ids), strict=True)]


def search_ids(conn: Connection, query: str, limit: int = DEFAULT_LIMIT) -> dict[int, str]:
    """Applicant ids in rank order, each with how it matched."""
    terms = parse_query(query)
    limit = max(1, min(limit, MAX_LIMIT))
    found: dict[int, str] = {}
    for i in _case_number_ids(conn, terms, limit):
        found.setdefault(i, "case number")
    stages = (("name_index", name_match_expression(terms), "name or document"), ("fuzzy", "", ""),
              ("text_index", text_match_expression(terms), "text"))
    for table, expr, label in stages:
        if len(found) >= limit:
            break
        if table == "fuzzy":
            for hit in search_fuzzy.fuzzy_search(conn, terms):
                if len(found) >= limit:
                    break
                found.setdefault(hit.applicant_id, "; ".join(hit.reasons) or "name or document")
            continue
        ids, ranked = _matches(conn, table, expr, limit)
        for i in ids:
            if len(found) >= limit:
                break
            found.setdefault(i, label if ranked else f"{label} (many matches, newest first)")
    if found:  # a case merged into another is found through the case it joined
        marks = ",".join("?" * len(found))
        merged = {r[0] for r in conn.execute(
            f"SELECT id FROM applicants WHERE id IN ({marks}) AND merged_into IS NOT NULL", list(found))}
        found = {i: why for i, why in found.items() if i not in merged}
    return dict(list(found.items())[:limit])
