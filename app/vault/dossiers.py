"""Dossier repository: the only code that reads and writes applicant records.

Key fields are columns (for the list, sorting and indexes); each record's full
form is stored as its interchange JSON, so nothing is lost between versions.
Polygraph scores are rows of their own (chart × question × channel).
Callers wrap these functions in a transaction (app.vault.session).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from app.domain import flags
from app.domain.casenumber import format_case_number
from app.domain.enums import Category, Stage
from app.domain.model import (
    ApplicantSummary,
    Application,
    Attachment,
    BackgroundCheck,
    Decision,
    Dossier,
    Interview,
    Person,
    PolygraphExam,
    Score,
)
from app.domain.names import sort_key
from app.domain.serde import from_jsonable, parse_datetime, to_jsonable
from app.domain.workflow import current_step
from app.errors import IntegrityError, NotFoundError
from app.vault import exam_index, search_index
from app.vault.connection import Connection

T = TypeVar("T")



def get_meta(c: Connection, key: str) -> str:
    """A value from the vault's key/value `meta` table ("" if unset)."""
    row = c.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else ""


def set_meta(c: Connection, key: str, value: str) -> None:
    c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

def _dump(obj: Any) -> str:
    return json.dumps(to_jsonable(obj), ensure_ascii=False, separators=(",", ":"))


def _load(cls: type[T], text: str) -> T:
    obj, problems = from_jsonable(cls, json.loads(text))
    if problems:
        raise IntegrityError("A stored record does not match the dossier format.")
    return obj


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def allocate_case_number(conn: Connection, post: str, when: datetime) -> str:
    (seq,) = conn.execute(
        "INSERT INTO case_counters(year, last) VALUES (?, 1) "
        "ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last",
        (when.year,),
    ).fetchone()
    return format_case_number(post, when.year, seq)


def stage_columns(d: Dossier) -> tuple[str, int | None]:
    """applicants.stage and .stage_exam: the current step, with its exam number for a polygraph step."""
    step = current_step(d)
    return (step.stage.value, step.exam or None) if step else (Stage.CLOSED.value, None)


def _applicant_columns(d: Dossier) -> tuple[Any, ...]:
    p = d.person
    return (
        p.surname, p.given_name, p.patronymic, p.surname_latin, p.given_name_latin,
        p.patronymic_latin, p.date_of_birth.isoformat() if p.date_of_birth else None,
        p.category.value, *stage_columns(d),
        to_jsonable(d.sent_to_hq_at) if d.sent_to_hq_at else None,
        *list_keys(p.surname, p.given_name, p.patronymic, p.surname_latin, p.given_name_latin),
    )


def list_keys(surname: str, given: str, patronymic: str, surname_latin: str, given_latin: str) -> tuple[str, str]:
    """The stored alphabetical keys the list sorts by (Cyrillic name, Latin name)."""
    return sort_key(surname, given, patronymic), sort_key(surname_latin, given_latin)


def insert(conn: Connection, d: Dossier) -> int:
    """Insert a dossier whose case_number is already set; returns the applicant id."""
    now = now_utc()
    d.created_at = d.created_at or now
    d.updated_at = now
    cur = conn.execute(
        "INSERT INTO applicants(surname, given_name, patronymic, surname_latin, "
        "given_name_latin, patronymic_latin, date_of_birth, category, stage, stage_exam, "
        "sent_to_hq_at, name_key, latin_key, case_number, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*_applicant_columns(d), d.case_number, to_jsonable(d.created_at), to_jsonable(now)),
    )
    applicant_id = int(cur.lastrowid)
    conn.execute("INSERT INTO applicant_details(applicant_id, details) VALUES (?, ?)",
                 (applicant_id, _dump(d.person)))
    _write_children(conn, applicant_id, d)
    after_write(conn, applicant_id, d)
    return applicant_id


def update(conn: Connection, d: Dossier) -> int:
    applicant_id = id_for(conn, d.case_number)
    d.updated_at = now_utc()
    conn.execute(
        "UPDATE applicants SET surname=?, given_name=?, patronymic=?, surname_latin=?, "
        "given_name_latin=?, patronymic_latin=?, date_of_birth=?, category=?, stage=?, stage_exam=?, "
        "sent_to_hq_at=?, name_key=?, latin_key=?, updated_at=? WHERE id=?",
        (*_applicant_columns(d), to_jsonable(d.updated_at), applicant_id),
    )
    conn.execute("UPDATE applicant_details SET details = ? WHERE applicant_id = ?",
                 (_dump(d.person), applicant_id))
    for table in ("applications", "interviews", "checks", "polygraph_exams", "decisions"):
        conn.execute(f"DELETE FROM {table} WHERE applicant_id = ?", (applicant_id,))
    _write_children(conn, applicant_id, d)
    after_write(conn, applicant_id, d)
    return applicant_id


def after_write(conn: Connection, applicant_id: int, d: Dossier) -> list[flags.Flag]:
    """Derived data of a saved dossier: search index, match keys, watchlist hits, flags."""
    from app.vault import matching

    search_index.index_dossier(conn, applicant_id, d)
    ident = matching.identity_of(d.case_number, d.person)
    matching.index_applicant(conn, applicant_id, ident)
    matching.watchlist_hits_for(conn, applicant_id, ident)
    dups = matching.duplicates(conn, ident, exclude_id=applicant_id)
    found = case_flags(conn, applicant_id, d, dups=dups)
    for m in dups:  # the other side of a new possible duplicate gets the flag too
        other_id = id_for(conn, m.b)
        case_flags(conn, other_id, load_by_id(conn, other_id, m.b))
    return found


def case_flags(conn: Connection, applicant_id: int, d: Dossier, store: bool = True,
               dups: list[Any] | None = None) -> list[flags.Flag]:
    """All flags of a case (rules, duplicates, watchlist); stored for the list unless `store` is
    False (a draft being edited must not change what the list shows). `dups` saves the
    duplicate query when the caller already ran it."""
    from app.vault import matching

    found = flags.compute(d)
    if dups is None:
        dups = matching.duplicates(conn, matching.identity_of(d.case_number, d.person), exclude_id=applicant_id)
    for m in dups:
        found.append(flags.Flag("possible_duplicate", flags.AMBER,
                                f"Possibly the same person as {m.b} (score {m.score:.2f}: {'; '.join(m.reasons)}).",
                                ("$.person",), (m.b, f"{m.score:.2f}", "; ".join(m.reasons))))
    for hit in matching.stored_hits(conn, applicant_id):
        found.insert(0, flags.Flag("watchlist_hit", flags.RED,
                                   f"Matches watchlist entry {hit['entry']} (score {hit['score']:.2f}: "
                                   f"{'; '.join(hit['reasons'])}).", ("$.person",),
                                   (hit["entry"], f"{hit['score']:.2f}", "; ".join(hit["reasons"]))))
    if store:
        conn.execute("UPDATE applicants SET flags = ? WHERE id = ?", (flags.summary_codes(found), applicant_id))
    return found


def _write_children(conn: Connection, applicant_id: int, d: Dossier) -> None:
    if d.application is not None:
        conn.execute(
            "INSERT INTO applications(applicant_id, data) VALUES (?, ?)",
            (applicant_id, _dump(d.application)),
        )
    conn.executemany(
        "INSERT INTO interviews(applicant_id, position, template_id, data) VALUES (?, ?, ?, ?)",
        [(applicant_id, i, iv.template_id, _dump(iv)) for i, iv in enumerate(d.interviews)],
    )
    conn.executemany(
        "INSERT INTO checks(applicant_id, position, kind, result, data) VALUES (?, ?, ?, ?, ?)",
        [(applicant_id, i, c.kind.value, c.result.value, _dump(c)) for i, c in enumerate(d.checks)],
    )
    for exam in d.polygraph_exams:
        body = to_jsonable(exam)
        body.pop("scores")
        cur = conn.execute(
            "INSERT INTO polygraph_exams(applicant_id, number, examiner, held_on, result, data, computed, "
            "rule_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (applicant_id, exam.number, exam.examiner, body["held_on"], body["result"],
             json.dumps(body, ensure_ascii=False, separators=(",", ":")), *exam_index.derived(exam)),
        )
        conn.executemany(
            "INSERT INTO polygraph_scores(exam_id, chart, question, channel, score) "
            "VALUES (?, ?, ?, ?, ?)",
            [(cur.lastrowid, s.chart, s.question, s.channel.value, s.score) for s in exam.scores],
        )
    if d.decision is not None:
        conn.execute(
            "INSERT INTO decisions(applicant_id, outcome, data) VALUES (?, ?, ?)",
            (applicant_id, d.decision.outcome.value, _dump(d.decision)),
        )


def id_for(conn: Connection, case_number: str) -> int:
    row = conn.execute(
        "SELECT id FROM applicants WHERE case_number = ?", (case_number.strip().upper(),)
    ).fetchone()
    if row is None:
        raise NotFoundError("No case with that number.")
    return int(row[0])


def load(conn: Connection, case_number: str) -> Dossier:
    case_number = case_number.strip().upper()
    return load_by_id(conn, id_for(conn, case_number), case_number)


def load_by_id(conn: Connection, applicant_id: int, case_number: str) -> Dossier:
    details, sent, created, updated = conn.execute(
        "SELECT d.details, a.sent_to_hq_at, a.created_at, a.updated_at FROM applicants a "
        "JOIN applicant_details d ON d.applicant_id = a.id WHERE a.id = ?",
        (applicant_id,),
    ).fetchone()
    app_row = conn.execute(
        "SELECT data FROM applications WHERE applicant_id = ?", (applicant_id,)
    ).fetchone()
    d = Dossier(
        person=_load(Person, details),
        case_number=case_number,
        application=_load(Application, app_row[0]) if app_row else None,
        sent_to_hq_at=parse_datetime(sent) if sent else None,
        created_at=parse_datetime(created),
        updated_at=parse_datetime(updated),
    )
    d.interviews = [_load(Interview, r[0]) for r in conn.execute(
        "SELECT data FROM interviews WHERE applicant_id = ? ORDER BY position", (applicant_id,))]
    d.checks = [_load(BackgroundCheck, r[0]) for r in conn.execute(
        "SELECT data FROM checks WHERE applicant_id = ? ORDER BY position", (applicant_id,))]
    for exam_id, data in conn.execute(
        "SELECT id, data FROM polygraph_exams WHERE applicant_id = ? ORDER BY number",
        (applicant_id,),
    ).fetchall():
        body = json.loads(data)
        body["scores"] = [
            {"chart": c, "question": q, "channel": ch, "score": s}
            for c, q, ch, s in conn.execute(
                "SELECT chart, question, channel, score FROM polygraph_scores WHERE exam_id = ?",
                (exam_id,),
            )
        ]
        exam, problems = from_jsonable(PolygraphExam, body)
        if problems:
            raise IntegrityError("A stored polygraph exam does not match the dossier format.")
        exam.scores.sort(key=_score_order(exam))
        d.polygraph_exams.append(exam)
    dec = conn.execute(
        "SELECT data FROM decisions WHERE applicant_id = ?", (applicant_id,)
    ).fetchone()
    d.decision = _load(Decision, dec[0]) if dec else None
    d.attachments = [
        Attachment(name=n, media_type=m, size=s, sha256=h, purpose=p)
        for n, m, s, h, p in conn.execute(
            "SELECT name, media_type, size, sha256, purpose FROM attachments "
            "WHERE applicant_id = ? ORDER BY id", (applicant_id,))
    ]
    return d


def _score_order(exam: PolygraphExam) -> Any:
    order = {q.label: i for i, q in enumerate(exam.questions)}

    def key(s: Score) -> tuple[int, int, str]:
        return (s.chart, order.get(s.question, 999), s.channel.value)

    return key


def delete(conn: Connection, case_number: str) -> None:
    applicant_id = id_for(conn, case_number)
    search_index.unindex(conn, applicant_id)
    conn.execute("DELETE FROM applicants WHERE id = ?", (applicant_id,))


SUMMARY_COLUMNS = (
    "case_number, surname, given_name, patronymic, surname_latin, given_name_latin, "
    "date_of_birth, category, stage, flags, updated_at, stage_exam"
)


_CATEGORIES = {c.value: c for c in Category}
_STAGES = {s.value: s for s in Stage}


def summary_from_row(row: tuple[Any, ...]) -> ApplicantSummary:
    (case, sur, given, patr, sur_l, given_l, dob, cat, stage, flags, updated, stage_exam) = row
    return ApplicantSummary(
        case, sur, given, patr, sur_l, given_l,
        date.fromisoformat(dob) if dob else None, _CATEGORIES[cat], _STAGES[stage], flags,
        datetime.fromisoformat(updated),  # always written by to_jsonable: UTC with "Z"
        stage_exam,
    )


def summaries(conn: Connection, ids: list[int] | None = None) -> list[ApplicantSummary]:
    if ids is None:
        rows = conn.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM applicants WHERE merged_into IS NULL ORDER BY id").fetchall()
        return [summary_from_row(r) for r in rows]
    by_id = summaries_by_id(conn, ids)
    return [by_id[i] for i in ids if i in by_id]


def summaries_by_id(conn: Connection, ids: list[int]) -> dict[int, ApplicantSummary]:
    """The rows for these ids that still exist, by id."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT id, {SUMMARY_COLUMNS} FROM applicants WHERE id IN ({marks})", ids).fetchall()
    return {r[0]: summary_from_row(r[1:]) for r in rows}


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM applicants").fetchone()[0])
