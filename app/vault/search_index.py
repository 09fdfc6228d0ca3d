"""The two FTS5 indexes inside the encrypted database.

* `name_index` (one row per applicant, rowid = applicants.id): folded Cyrillic
  names, every Latin variant of them (app.domain.names), and identifiers (case
  number, document numbers). Small rows keep ranking cheap.
* `text_index`: the application text, interview answers and notes, check
  summaries and exam notes, folded the same way.
* `name_keys` / `name_tokens` (app.vault.search_fuzzy): sound keys and readings
  of the name tokens, for the fuzzy stage of a search.

A case merged into another is taken out of all of them.

Both are contentless (`content=''`), so no second plain copy of the text is kept,
with `contentless_delete=1` so a row can be replaced on every save.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from app.domain.model import Dossier, Person
from app.domain.names import fold, search_terms
from app.errors import IntegrityError
from app.vault import dossiers, search_fuzzy
from app.vault.connection import Connection

log = logging.getLogger(__name__)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def dossier_texts(d: Dossier) -> list[str]:
    out: list[str] = []
    if d.application:
        out.append(d.application.text)
    for iv in d.interviews:
        out.extend(_strings(iv.answers))
        out.extend([iv.notes, *iv.red_flags])
    for check in d.checks:
        out.extend([check.reference, check.summary])
    for exam in d.polygraph_exams:
        out.extend([exam.admissions, exam.pretest_notes, exam.posttest_notes])
    if d.decision:
        out.append(d.decision.rationale)
    return [t for t in out if t]


def index_dossier(conn: Connection, applicant_id: int, d: Dossier) -> None:
    row = conn.execute("SELECT merged_into FROM applicants WHERE id = ?", (applicant_id,)).fetchone()
    if row is not None and row[0]:  # merged into another case: found through that case only
        unindex(conn, applicant_id)
        return
    p = d.person
    search_fuzzy.index_names(conn, applicant_id, p)
    cyr, lat = search_terms(
        [p.surname, p.given_name, p.patronymic, p.surname_latin, p.given_name_latin,
         p.patronymic_latin, p.callsign, *p.aliases]
    )
    numbers = [d.case_number.split("#")[0], *d.former_numbers]
    ids = " ".join(fold(x) for x in [*numbers, *(doc.number for doc in p.documents)] if x)
    conn.execute("DELETE FROM name_index WHERE rowid = ?", (applicant_id,))
    conn.execute(
        "INSERT INTO name_index(rowid, cyr, lat, ids) VALUES (?, ?, ?, ?)",
        (applicant_id, cyr, lat, ids),
    )
    conn.execute("DELETE FROM text_index WHERE rowid = ?", (applicant_id,))
    body = fold(" \n".join(dossier_texts(d)))
    if body:
        conn.execute("INSERT INTO text_index(rowid, body) VALUES (?, ?)", (applicant_id, body))


def unindex(conn: Connection, applicant_id: int) -> None:
    search_fuzzy.unindex_names(conn, applicant_id)
    conn.execute("DELETE FROM name_index WHERE rowid = ?", (applicant_id,))
    conn.execute("DELETE FROM text_index WHERE rowid = ?", (applicant_id,))


def rebuild(conn: Connection) -> int:
    """Re-index every applicant from the stored records (used by migrations)."""
    conn.execute("DELETE FROM name_index")
    conn.execute("DELETE FROM text_index")
    conn.execute("DELETE FROM name_keys")
    conn.execute("DELETE FROM name_tokens")
    count = 0
    for applicant_id, case_number, *names in conn.execute(
        "SELECT id, case_number, surname, given_name, patronymic, surname_latin, given_name_latin, patronymic_latin "
        "FROM applicants"
    ).fetchall():
        try:
            d = dossiers.load_by_id(conn, applicant_id)
        except IntegrityError:  # a damaged record is still found by the names in its row
            log.warning("applicant %d: its record does not load; indexed by the names in its row", applicant_id)
            sur, given, patr, sur_l, given_l, patr_l = (str(n or "") for n in names)
            d = Dossier(person=Person(sur, given, patr, sur_l, given_l, patr_l), case_number=case_number)
        index_dossier(conn, applicant_id, d)
        count += 1
    return count
