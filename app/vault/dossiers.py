"""Dossier repository, read side: loading dossiers, the list's rows, flags as computed.

Key fields are columns (for the list, sorting and indexes); each record's full
form is stored as its interchange JSON, so nothing is lost between versions.
Polygraph scores are rows of their own (chart × question × channel).
Every write to a dossier table is in app/vault/guard (the guarded write layer) and nowhere else
(tests/test_guard_layer.py checks it).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from app.domain import flags, msg
from app.domain.casenumber import is_case_id
from app.domain.enums import Category, Stage
from app.domain.model import (
    ApplicantSummary,
    Application,
    Attachment,
    BackgroundCheck,
    Decision,
    Dossier,
    Interview,
    Origin,
    Person,
    PolygraphExam,
    Score,
)
from app.domain.names import sort_key
from app.domain.serde import from_jsonable, parse_datetime, to_jsonable
from app.domain.workflow import current_step
from app.errors import IntegrityError, NotFoundError, ValidationError
from app.vault import packing, tombstones
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


def _load(cls: type[T], stored: Any) -> T:
    """A record from its stored JSON (packed since 0015: app.vault.packing)."""
    obj, problems = from_jsonable(cls, packing.loads(stored))
    if problems:
        raise IntegrityError(msg.text("err.stored_record_bad"))
    return obj


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


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


def dump(obj: Any) -> str:
    return _dump(obj)


def case_flags(conn: Connection, applicant_id: int, d: Dossier, dups: list[Any] | None = None) -> list[flags.Flag]:
    """All flags of a case (rules, graded duplicates, watchlist, merged cases), computed (the guarded
    write layer stores them for the list). `dups` saves the duplicate query when the caller already
    ran it. A case merged away is matched through the case it joined: no duplicate flags of its own."""
    from app.vault import matching

    found = flags.compute(d)
    if dups is None and merged_into(conn, d.case_number):
        dups = []
    if dups is None:
        dups = matching.duplicates(conn, matching.identity_of(d.case_number, d.person), exclude_id=applicant_id)
    found += [flags.match_flag(m) for m in dups]
    for hit in matching.stored_hits(conn, applicant_id):
        found.insert(0, flags.watchlist_flag(hit["entry"], hit["score"], hit["tier"], hit["reasons"]))
    found += merge_flags(conn, applicant_id) + handover_flags(conn, d)
    found.sort(key=flags.order)
    return found


def handover_flags(conn: Connection, d: Dossier) -> list[flags.Flag]:
    """A case this post handed to another post through HQ (app/vault/guard/handover.py): read-only here."""
    text = get_meta(conn, "handed_to_post:" + d.case_id) if d.case_id else ""
    if not text:
        return []
    h = json.loads(text)
    args = (str(h["to"]), str(h["post"]), str(h["at"])[:16].replace("T", " "))
    return [flags.Flag("handed_to_post", flags.INFO, msg.fill(msg.FLAGS["handed_to_post"], args), ("$",), args)]


def merged_cases(conn: Connection, case_number: str) -> list[str]:
    """The cases merged into this one (their records and history are shown with it)."""
    return [r[0] for r in conn.execute(
        "SELECT case_number FROM applicants WHERE merged_into = ? ORDER BY id", (case_number,))]


def merged_into(conn: Connection, case_number: str) -> str:
    row = conn.execute("SELECT merged_into FROM applicants WHERE case_number = ?", (case_number,)).fetchone()
    return str(row[0]) if row and row[0] else ""


def merge_flags(conn: Connection, applicant_id: int) -> list[flags.Flag]:
    """For a case others were merged into: their own flags, marked with where they come from;
    for a case merged away: where it went."""
    from app.vault import matching

    (case, into) = conn.execute("SELECT case_number, merged_into FROM applicants WHERE id = ?",
                                (applicant_id,)).fetchone()
    if into:
        return [flags.Flag("merged_into", flags.INFO, f"Merged into case {into}.", ("$",), (into,))]
    out = []
    for other in merged_cases(conn, case):
        other_id = id_for(conn, other)
        out.append(flags.Flag("merged_case", flags.INFO, f"Case {other} was merged into this case.", ("$",),
                              (other,)))
        out += [flags.from_merged(f, other) for f in flags.compute(load_by_id(conn, other_id))]
        out += [flags.from_merged(flags.watchlist_flag(h["entry"], h["score"], h["tier"], h["reasons"]), other)
                for h in matching.stored_hits(conn, other_id)]
    return out


def id_for(conn: Connection, case: str) -> int:
    """The applicant a user means: by case number (the case that holds it now), by case id, or by a
    former number (kept after renumbering; HQ: also a number kept with its id suffix). A former
    number shared by several cases is refused as ambiguous."""
    text = case.strip()
    if is_case_id(text):
        row = conn.execute("SELECT id FROM applicants WHERE case_id = ?", (text.lower(),)).fetchone()
        if row is not None:
            return int(row[0])
        tombstones.refuse_if_deleted(conn, text)
        raise NotFoundError(msg.text("err.no_case"))
    number = text.upper()
    row = conn.execute("SELECT id FROM applicants WHERE case_number = ?", (number,)).fetchone()
    if row is not None:
        return int(row[0])
    ids = [r[0] for r in conn.execute("SELECT applicant_id FROM case_aliases WHERE number = ?", (number,))]
    ids += [r[0] for r in conn.execute(  # HQ: a colliding number kept with its id suffix
        "SELECT id FROM applicants WHERE case_number >= ? AND case_number < ?", (number + "#", number + "$"))]
    if len(set(ids)) == 1:
        return int(ids[0])
    if ids:
        numbers = [r[0] for r in conn.execute(
            f"SELECT case_number FROM applicants WHERE id IN ({','.join('?' * len(set(ids)))}) ORDER BY id",
            sorted(set(ids)))]
        raise ValidationError(msg.text("err.several_cases", ", ".join(numbers)))
    tombstones.refuse_if_deleted(conn, number)
    raise NotFoundError(msg.text("err.no_case"))


def case_number_of(conn: Connection, applicant_id: int) -> str:
    return str(conn.execute("SELECT case_number FROM applicants WHERE id = ?", (applicant_id,)).fetchone()[0])


def load(conn: Connection, case: str) -> Dossier:
    """A whole dossier by case number, former number or case id."""
    return load_by_id(conn, id_for(conn, case))


def load_by_id(conn: Connection, applicant_id: int, case_number: str = "") -> Dossier:
    case_number, case_id, origin, details, sent, created, updated = conn.execute(
        "SELECT a.case_number, a.case_id, a.origin, d.details, a.sent_to_hq_at, a.created_at, a.updated_at "
        "FROM applicants a JOIN applicant_details d ON d.applicant_id = a.id WHERE a.id = ?",
        (applicant_id,),
    ).fetchone()
    app_row = conn.execute(
        "SELECT data FROM applications WHERE applicant_id = ?", (applicant_id,)
    ).fetchone()
    d = Dossier(
        person=_load(Person, details),
        case_number=case_number,
        case_id=case_id or "",
        origin=_load(Origin, origin) if origin else None,
        former_numbers=[r[0] for r in conn.execute(
            "SELECT number FROM case_aliases WHERE applicant_id = ? ORDER BY id", (applicant_id,))],
        application=_load(Application, app_row[0]) if app_row else None,
        sent_to_hq_at=parse_datetime(sent) if sent else None,
        created_at=parse_datetime(created),
        updated_at=parse_datetime(updated),
    )
    d.interviews = [_load(Interview, r[0]) for r in conn.execute(
        "SELECT data FROM interviews WHERE applicant_id = ? ORDER BY position", (applicant_id,))]
    d.checks = [_load(BackgroundCheck, r[0]) for r in conn.execute(
        "SELECT data FROM checks WHERE applicant_id = ? ORDER BY position", (applicant_id,))]
    for exam_id, *row in conn.execute(
        f"SELECT {packing.EXAM_SELECT} FROM polygraph_exams e {packing.EXAM_JOIN} "
        "WHERE e.applicant_id = ? ORDER BY e.number", (applicant_id,),
    ).fetchall():
        body = packing.exam_from_row(tuple(row))
        body["scores"] = [
            {"chart": c, "question": q, "channel": ch, "score": s}
            for c, q, ch, s in conn.execute(
                "SELECT chart, question, channel, score FROM polygraph_scores WHERE exam_id = ?",
                (exam_id,),
            )
        ]
        exam, problems = from_jsonable(PolygraphExam, body)
        if problems:
            raise IntegrityError(msg.text("err.stored_exam_bad"))
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
