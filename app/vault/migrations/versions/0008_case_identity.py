"""Case identity and authors: case ids, origins, station codes in case numbers, former numbers,
external authors.

* Every case gets its case id. Ids of existing cases are derived from the number they carry and
  the instant they were created (app.domain.casenumber.legacy_case_id), so a laptop and HQ that
  both upgrade give a case the same id.
* The vault draws its own station code; its own cases are renumbered `POST-STATION-YYYY-NNNN`
  and keep the old number as a former number (searchable, accepted wherever a number is asked).
  Cases imported at HQ keep the number they were sent under until a newer version renumbers them.
* The origin of the vault's own cases: this vault and the user who created the case (from the
  audit log); cases imported at HQ have no origin until a bundle carries one.
* Author fields (interviewer, requested by, waived by, examiner, decided by, approved by) whose
  text is not a user of this vault with a fitting role are kept and listed as external.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import json
from typing import Any

from alembic import op

from app.domain.casenumber import LEGACY_NUMBER_RE, format_case_number, legacy_case_id, random_station
from app.domain.serde import parse_datetime, to_jsonable

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Frozen copy of the author rules as of this revision (app.domain.authors may change later).
_AUTHORS: dict[str, dict[str, tuple[str, ...]]] = {
    "interviews": {"interviewer": ("officer", "supervisor")},
    "checks": {"requested_by": ("officer", "supervisor"), "waived_by": ("supervisor",)},
    "polygraph_exams": {"examiner": ("examiner",)},
    "decisions": {"decided_by": ("supervisor",), "approved_by": ("supervisor",)},
}
_KEYS = {"interviews": "id", "checks": "id", "polygraph_exams": "id", "decisions": "applicant_id"}


def _created(text: str) -> str:
    try:
        return str(to_jsonable(parse_datetime(text)))
    except ValueError:
        return text


def _mark_authors(bind: Any, users: dict[str, tuple[str, str]]) -> None:
    for table, fields in _AUTHORS.items():
        key = _KEYS[table]
        for row_id, data in bind.exec_driver_sql(f"SELECT {key}, data FROM {table}").fetchall():
            try:
                record = json.loads(data)
            except ValueError:
                continue
            if not isinstance(record, dict):
                continue
            external = []
            for name, roles in fields.items():
                value = record.get(name)
                if not isinstance(value, str) or not value:
                    continue
                user = users.get(value.casefold())
                if user is not None and user[1] in roles:
                    record[name] = user[0]
                else:
                    external.append(name)
            record["external"] = external
            bind.exec_driver_sql(f"UPDATE {table} SET data = ? WHERE {key} = ?",
                                 (json.dumps(record, ensure_ascii=False, separators=(",", ":")), row_id))


def _renumber(bind: Any, applicant_id: int, old: str, new: str) -> None:
    bind.exec_driver_sql("UPDATE applicants SET case_number = ? WHERE id = ?", (new, applicant_id))
    bind.exec_driver_sql("INSERT INTO case_aliases(applicant_id, number) VALUES (?, ?)", (applicant_id, old))
    bind.exec_driver_sql("UPDATE applicants SET merged_into = ? WHERE merged_into = ?", (new, old))
    bind.exec_driver_sql("UPDATE drafts SET draft_key = ? WHERE draft_key = ?", (new, old))
    for a, b, decision, by, at in bind.exec_driver_sql(
            "SELECT case_a, case_b, decision, decided_by, decided_at FROM match_decisions "
            "WHERE case_a = ? OR case_b = ?", (old, old)).fetchall():
        bind.exec_driver_sql("DELETE FROM match_decisions WHERE case_a = ? AND case_b = ?", (a, b))
        pair = sorted(new if x == old else x for x in (a, b))
        bind.exec_driver_sql("INSERT OR REPLACE INTO match_decisions VALUES (?, ?, ?, ?, ?)",
                             (*pair, decision, by, at))


def upgrade() -> None:
    op.execute("ALTER TABLE applicants ADD COLUMN case_id TEXT")
    op.execute("ALTER TABLE applicants ADD COLUMN origin TEXT NOT NULL DEFAULT ''")
    op.execute("CREATE TABLE case_aliases (id INTEGER PRIMARY KEY,"
               " applicant_id INTEGER NOT NULL REFERENCES applicants(id) ON DELETE CASCADE,"
               " number TEXT NOT NULL, UNIQUE (applicant_id, number))")
    op.execute("CREATE INDEX case_aliases_number ON case_aliases(number)")
    op.execute("ALTER TABLE case_versions ADD COLUMN case_id TEXT NOT NULL DEFAULT ''")
    bind = op.get_bind()
    meta: dict[str, str] = dict(bind.exec_driver_sql("SELECT key, value FROM meta").fetchall())
    post, vault_id = meta.get("post_code", ""), meta.get("vault_id", "")
    station = meta.get("station_code") or random_station()
    bind.exec_driver_sql("INSERT OR REPLACE INTO meta(key, value) VALUES ('station_code', ?)", (station,))
    bind.exec_driver_sql("INSERT OR IGNORE INTO meta(key, value) VALUES ('station_source', 'local')")
    users = {cs.casefold(): (cs, role) for cs, role in bind.exec_driver_sql("SELECT callsign, role FROM users")}
    imported = {r[0] for r in bind.exec_driver_sql("SELECT DISTINCT case_number FROM case_versions")}
    for applicant_id, number, created in bind.exec_driver_sql(
            "SELECT id, case_number, created_at FROM applicants ORDER BY id").fetchall():
        case_id = legacy_case_id(number, _created(created))
        origin = ""
        if number not in imported:
            creator = bind.exec_driver_sql(
                "SELECT actor FROM audit WHERE action = 'create' AND case_number = ? ORDER BY seq LIMIT 1",
                (number,)).fetchone()
            origin = json.dumps({"vault_id": vault_id, "created_by": creator[0] if creator else "", "post": post,
                                 "station": "", "cert_serial": "", "cert_sha256": ""})
            m = LEGACY_NUMBER_RE.match(number)
            if m and m.group(1) == post:
                _renumber(bind, applicant_id, number, format_case_number(post, station, int(m.group(2)),
                                                                         int(m.group(3))))
        bind.exec_driver_sql("UPDATE applicants SET case_id = ?, origin = ? WHERE id = ?",
                             (case_id, origin, applicant_id))
        bind.exec_driver_sql("UPDATE case_versions SET case_id = ? WHERE case_number = ?", (case_id, number))
    for number, in bind.exec_driver_sql("SELECT DISTINCT case_number FROM case_versions WHERE case_id = ''"
                                        ).fetchall():  # versions of a case deleted here since
        bind.exec_driver_sql("UPDATE case_versions SET case_id = ? WHERE case_number = ?",
                             (legacy_case_id(number, ""), number))
    _mark_authors(bind, users)
    op.execute("CREATE UNIQUE INDEX applicants_case_id ON applicants(case_id)")
    op.execute("CREATE INDEX case_versions_case_id ON case_versions(case_id, version)")
    # former numbers go into the search index once the upgrade has committed
    op.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('reindex', '1')")


def downgrade() -> None:
    bind = op.get_bind()
    for applicant_id, number in bind.exec_driver_sql(
            "SELECT applicant_id, number FROM case_aliases ORDER BY id DESC").fetchall():
        if LEGACY_NUMBER_RE.match(number):
            current = bind.exec_driver_sql("SELECT case_number FROM applicants WHERE id = ?",
                                           (applicant_id,)).fetchone()
            bind.exec_driver_sql("UPDATE applicants SET case_number = ? WHERE id = ?", (number, applicant_id))
            if current:
                bind.exec_driver_sql("UPDATE applicants SET merged_into = ? WHERE merged_into = ?",
                                     (number, current[0]))
    op.execute("DROP INDEX case_versions_case_id")
    op.execute("DROP INDEX applicants_case_id")
    op.execute("ALTER TABLE case_versions DROP COLUMN case_id")
    op.execute("DROP TABLE case_aliases")
    op.execute("ALTER TABLE applicants DROP COLUMN origin")
    op.execute("ALTER TABLE applicants DROP COLUMN case_id")
    op.execute("DELETE FROM meta WHERE key IN ('station_code', 'station_source')")
