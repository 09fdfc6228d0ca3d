"""The SQL that writes dossier tables. Only the guarded write layer (this package) imports it;
tests/test_guard_layer.py fails if any other module writes to a dossier table.

Key fields are columns (for the list, sorting and indexes); each record's full form is stored as
its interchange JSON, so nothing is lost between versions. Polygraph scores are rows of their
own (chart × question × channel). Callers wrap these functions in a transaction.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from app.domain import flags, msg
from app.domain.attachments import DEFAULT_MAX_BYTES, check_size, clean_name, sha256_hex, sniff_media_type
from app.domain.casenumber import format_case_number
from app.domain.model import Attachment, Dossier
from app.domain.serde import to_jsonable
from app.errors import IntegrityError, NotFoundError
from app.vault import dossiers, exam_index, matching, packing, search_index
from app.vault.attachments import CHUNK_BYTES, PURPOSES
from app.vault.connection import Connection
from app.vault.dossiers import (
    _applicant_columns,
    case_flags,
    dump,
    id_for,
    list_keys,
    load_by_id,
    now_utc,
    stage_columns,
)
from app.vault.guard import history
from app.vault.packing import pack


def allocate_case_number(conn: Connection, post: str, station: str, when: datetime) -> str:
    (seq,) = conn.execute(
        "INSERT INTO case_counters(year, last) VALUES (?, 1) "
        "ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last",
        (when.year,),
    ).fetchone()
    return format_case_number(post, station, when.year, seq)


def insert(conn: Connection, d: Dossier, derived: bool = True, by: str = "", source: str = "write") -> int:
    """Insert a dossier whose case number and case id are already set; returns the applicant id.
    `by` (the acting user) and `source` go into the case's first stage-history row."""
    now = now_utc()
    d.created_at = d.created_at or now
    d.updated_at = now
    cur = conn.execute(
        "INSERT INTO applicants(surname, given_name, patronymic, surname_latin, "
        "given_name_latin, patronymic_latin, date_of_birth, category, stage, stage_exam, "
        "sent_to_hq_at, name_key, latin_key, case_number, case_id, origin, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*_applicant_columns(d), d.case_number, d.case_id, dump(d.origin) if d.origin else "",
         to_jsonable(d.created_at), to_jsonable(now)),
    )
    applicant_id = int(cur.lastrowid)
    conn.execute("INSERT INTO applicant_details(applicant_id, details) VALUES (?, ?)",
                 (applicant_id, pack(dump(d.person))))
    for number in d.former_numbers:
        add_alias(conn, applicant_id, number)
    _write_children(conn, applicant_id, d)
    history.record(conn, applicant_id, None, stage_columns(d), now, by, source)
    if derived:
        after_write(conn, applicant_id, d)
    return applicant_id


def update(conn: Connection, d: Dossier, applicant_id: int | None = None, derived: bool = True,
           by: str = "", source: str = "write") -> int:
    """Rewrite a stored dossier; a changed stage is appended to its stage history (`by`, `source`)."""
    applicant_id = applicant_id if applicant_id is not None else id_for(conn, d.case_number)
    before = history.stage_of(conn, applicant_id)
    d.updated_at = now_utc()
    conn.execute(
        "UPDATE applicants SET surname=?, given_name=?, patronymic=?, surname_latin=?, "
        "given_name_latin=?, patronymic_latin=?, date_of_birth=?, category=?, stage=?, stage_exam=?, "
        "sent_to_hq_at=?, name_key=?, latin_key=?, updated_at=? WHERE id=?",
        (*_applicant_columns(d), to_jsonable(d.updated_at), applicant_id),
    )
    conn.execute("UPDATE applicant_details SET details = ? WHERE applicant_id = ?",
                 (pack(dump(d.person)), applicant_id))
    for table in ("applications", "interviews", "checks", "polygraph_exams", "decisions"):
        conn.execute(f"DELETE FROM {table} WHERE applicant_id = ?", (applicant_id,))
    _write_children(conn, applicant_id, d)
    history.record(conn, applicant_id, before, stage_columns(d), d.updated_at, by, source)
    if derived:
        after_write(conn, applicant_id, d)
    return applicant_id


def stats_text(value: Any) -> str:
    """A record field as the statistics columns keep it (migration 0020): its JSON value as text, '' if none."""
    return str(value) if value else ""


def _write_children(conn: Connection, applicant_id: int, d: Dossier) -> None:
    """The records of a dossier, each as its packed JSON (app.vault.packing); an exam's rule snapshot
    and question list go to `exam_parts` once per content, the exam row holding their hashes
    (the table's triggers, migration 0015, count the exams that use a part and drop it with the last)."""
    if d.application is not None:
        body = to_jsonable(d.application)
        conn.execute("INSERT INTO applications(applicant_id, data, received_on) VALUES (?, ?, ?)",
                     (applicant_id, pack(dump(d.application)), stats_text(body.get("received_on"))))
    conn.executemany(
        "INSERT INTO interviews(applicant_id, position, template_id, data) VALUES (?, ?, ?, ?)",
        [(applicant_id, i, iv.template_id, pack(dump(iv))) for i, iv in enumerate(d.interviews)],
    )
    conn.executemany(
        "INSERT INTO checks(applicant_id, position, kind, result, data) VALUES (?, ?, ?, ?, ?)",
        [(applicant_id, i, c.kind.value, c.result.value, pack(dump(c))) for i, c in enumerate(d.checks)],
    )
    for exam in d.polygraph_exams:
        body = to_jsonable(exam)
        body.pop("scores")
        rest, parts = packing.split_exam(body)
        conn.executemany("INSERT OR IGNORE INTO exam_parts(sha256, body, refs) VALUES (?, ?, 0)",
                         [p for p in parts if p is not None])
        cur = conn.execute(
            "INSERT INTO polygraph_exams(applicant_id, number, examiner, held_on, result, data, computed, "
            "rule_status, rule_sha, questions_sha, sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (applicant_id, exam.number, exam.examiner, body["held_on"], body["result"],
             pack(packing.dumps(rest)), *exam_index.derived(exam), *(p[0] if p else None for p in parts),
             int(bool(exam.sealed_by))),
        )
        conn.executemany(
            "INSERT INTO polygraph_scores(exam_id, chart, question, channel, score) VALUES (?, ?, ?, ?, ?)",
            [(cur.lastrowid, s.chart, s.question, s.channel.value, s.score) for s in exam.scores],
        )
    if d.decision is not None:
        body = to_jsonable(d.decision)
        conn.execute("INSERT INTO decisions(applicant_id, outcome, data, decided_on, reason_code)"
                     " VALUES (?, ?, ?, ?, ?)", (applicant_id, d.decision.outcome.value, pack(dump(d.decision)),
                      stats_text(body.get("decided_at") or body.get("sealed_at")), stats_text(body.get("reason_code"))))


def after_write(conn: Connection, applicant_id: int, d: Dossier) -> list[flags.Flag]:
    """Derived data of a saved dossier: search index, match keys, watchlist hits, flags."""
    search_index.index_dossier(conn, applicant_id, d)
    into = dossiers.merged_into(conn, d.case_number)
    if into:  # merged away: matched and flagged through the case it joined, which shows its records
        matching.unindex_applicant(conn, applicant_id)
        found = case_flags(conn, applicant_id, d, dups=[])
        set_flags(conn, applicant_id, found)
        refresh_flags(conn, {id_for(conn, into)})
        return found
    ident = matching.identity_of(d.case_number, d.person)
    matching.index_applicant(conn, applicant_id, ident)
    matching.watchlist_hits_for(conn, applicant_id, ident)
    dups = matching.duplicates(conn, ident, exclude_id=applicant_id)
    found = case_flags(conn, applicant_id, d, dups=dups)
    set_flags(conn, applicant_id, found)
    for m in dups:  # the other side of a new possible duplicate gets the flag too
        other_id = id_for(conn, m.b)
        set_flags(conn, other_id, case_flags(conn, other_id, load_by_id(conn, other_id)))
    return found


def rescore_exams(conn: Connection) -> int:
    """After migration 0010: every exam's computed result and rule status, then stage and flags
    of the cases the new rules change (app.vault.exam_index.rescore_plan). Returns the number
    of cases recomputed. Runs inside the caller's transaction."""
    updates, touched = exam_index.rescore_plan(conn)
    conn.executemany("UPDATE polygraph_exams SET computed = ?, rule_status = ? WHERE id = ?", updates)
    for applicant_id in sorted(touched):
        try:
            d = load_by_id(conn, applicant_id)
        except IntegrityError:  # a record an old version stored badly: left as it was, shown on open
            continue
        before = history.stage_of(conn, applicant_id)
        conn.execute("UPDATE applicants SET stage = ?, stage_exam = ? WHERE id = ?",
                     (*stage_columns(d), applicant_id))
        history.record(conn, applicant_id, before, stage_columns(d), now_utc(), "", "rescore")
        set_flags(conn, applicant_id, case_flags(conn, applicant_id, d))
    return len(touched)


def set_flags(conn: Connection, applicant_id: int, found: list[flags.Flag]) -> None:
    conn.execute("UPDATE applicants SET flags = ? WHERE id = ?", (flags.summary_codes(found), applicant_id))


def refresh_flags(conn: Connection, applicant_ids: set[int]) -> None:
    for applicant_id in applicant_ids:
        set_flags(conn, applicant_id, case_flags(conn, applicant_id, load_by_id(conn, applicant_id)))


def rebuild_matching(conn: Connection) -> int:
    """Re-key every applicant; refresh the flags of those with duplicates or watchlist hits
    (after a migration: the other cases' stored flags are unchanged by matching)."""
    count = matching.rekey_all(conn)
    flagged = {r[0] for r in conn.execute(  # flags from an earlier engine are recomputed too
        "SELECT id FROM applicants WHERE instr(flags, 'duplicate') > 0 OR instr(flags, 'watchlist') > 0")}
    refresh_flags(conn, matching.recheck_watchlist(conn) | matching.with_duplicates(conn) | flagged)
    return count


def rebuild_sort_keys(conn: Connection) -> None:
    """Compute every applicant's stored list keys (after migration 0007)."""
    rows = conn.execute(
        "SELECT id, surname, given_name, patronymic, surname_latin, given_name_latin FROM applicants").fetchall()
    conn.executemany("UPDATE applicants SET name_key = ?, latin_key = ? WHERE id = ?",
                     [(*list_keys(*r[1:]), r[0]) for r in rows])


def delete(conn: Connection, applicant_id: int) -> None:
    search_index.unindex(conn, applicant_id)
    conn.execute("DELETE FROM applicants WHERE id = ?", (applicant_id,))


def add_alias(conn: Connection, applicant_id: int, number: str) -> None:
    conn.execute("INSERT OR IGNORE INTO case_aliases(applicant_id, number) VALUES (?, ?)", (applicant_id, number))


def renumber(conn: Connection, applicant_id: int, old: str, new: str) -> None:
    """Give a case a new display number; the old one stays a former number, and references to it
    (duplicate decisions, merges, drafts) follow."""
    conn.execute("UPDATE applicants SET case_number = ? WHERE id = ?", (new, applicant_id))
    add_alias(conn, applicant_id, old)
    conn.execute("UPDATE applicants SET merged_into = ? WHERE merged_into = ?", (new, old))
    conn.execute("UPDATE drafts SET draft_key = ? WHERE draft_key = ?", (new, old))
    for a, b, decision, by, at in conn.execute(
            "SELECT case_a, case_b, decision, decided_by, decided_at FROM match_decisions "
            "WHERE case_a = ? OR case_b = ?", (old, old)).fetchall():
        conn.execute("DELETE FROM match_decisions WHERE case_a = ? AND case_b = ?", (a, b))
        pair = sorted(new if x == old else x for x in (a, b))
        conn.execute("INSERT OR REPLACE INTO match_decisions(case_a, case_b, decision, decided_by, decided_at) "
                     "VALUES (?, ?, ?, ?, ?)", (*pair, decision, by, at))


def decide_pair(conn: Connection, a: str, b: str, decision: str, by: str, at: str) -> None:
    case_a, case_b = sorted((a, b))
    conn.execute("INSERT OR REPLACE INTO match_decisions(case_a, case_b, decision, decided_by, decided_at) "
                 "VALUES (?, ?, ?, ?, ?)", (case_a, case_b, decision, by, at))


def set_merged(conn: Connection, applicant_id: int, into: str, was: str) -> None:
    """The case joins `into`: so do the cases merged into it before; it leaves search and matching."""
    conn.execute("UPDATE applicants SET merged_into = ? WHERE id = ?", (into, applicant_id))
    conn.execute("UPDATE applicants SET merged_into = ? WHERE merged_into = ?", (into, was))
    search_index.unindex(conn, applicant_id)
    matching.unindex_applicant(conn, applicant_id)


def put_attachment(conn: Connection, applicant_id: int, name: str, data: bytes, purpose: str = "other",
                   limit: int = DEFAULT_MAX_BYTES) -> Attachment:
    check_size(len(data), limit)
    att = Attachment(name=clean_name(name), media_type=sniff_media_type(data), size=len(data),
                     sha256=sha256_hex(data), purpose=purpose if purpose in PURPOSES else "other")
    existing = conn.execute("SELECT id FROM attachments WHERE applicant_id = ? AND sha256 = ?",
                            (applicant_id, att.sha256)).fetchone()
    if existing:  # the same content attached twice is stored once
        return att
    cur = conn.execute(
        "INSERT INTO attachments(applicant_id, name, media_type, size, sha256, purpose, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (applicant_id, att.name, att.media_type, att.size, att.sha256, att.purpose, now_utc().isoformat()))
    conn.executemany(
        "INSERT INTO attachment_chunks(attachment_id, seq, data) VALUES (?, ?, ?)",
        ((cur.lastrowid, i, data[off: off + CHUNK_BYTES]) for i, off in enumerate(range(0, len(data), CHUNK_BYTES))))
    return att


def remove_attachment(conn: Connection, applicant_id: int, sha256: str) -> None:
    cur = conn.execute("DELETE FROM attachments WHERE applicant_id = ? AND sha256 = ?", (applicant_id, sha256))
    if cur.rowcount == 0:
        raise NotFoundError(msg.text("err.no_attachment"))


def install_content(conn: Connection, kind: str, name: str, doc: Any, sequence: int, at: str) -> None:
    """One file of an HQ update package (a form template or a rule set)."""
    conn.execute("INSERT OR REPLACE INTO installed_content VALUES (?, ?, ?, ?, ?)",
                 (kind, name, json.dumps(doc, ensure_ascii=False), sequence, at))


def remember_rule_set(conn: Connection, doc: Any, origin: str, at: str) -> None:
    """Keep a polygraph rule set the vault installed, so its rules stay known (trusted) later."""
    conn.execute("INSERT OR IGNORE INTO known_rule_sets(sha256, doc, origin, added_at) VALUES (?, ?, ?, ?)",
                 (*exam_index.rule_set_row(doc), origin, at))


def add_version(conn: Connection, row: dict[str, Any]) -> None:
    conn.execute("INSERT INTO case_versions(case_number, case_id, version, imported_at, imported_by, officer, post,"
                 " cert_serial, json_sha256, bundle_sha256, content) VALUES (:case_number, :case_id, :version,"
                 " :imported_at, :imported_by, :officer, :post, :cert_serial, :json_sha256, :bundle_sha256, :content)",
                 row)
    # the HQ list's columns (app/vault/hqview.py): who sent the current version, when, which
    conn.execute("INSERT INTO hq_cases(applicant_id, post, officer, received_at, version) SELECT id, ?, ?, ?, ?"
                 " FROM applicants WHERE case_id = ? ON CONFLICT(applicant_id) DO UPDATE SET post = excluded.post,"
                 " officer = excluded.officer, received_at = excluded.received_at, version = excluded.version",
                 (str(row["post"]).upper(), row["officer"], row["imported_at"], row["version"], row["case_id"]))
