"""The statistics queries (issue 21): rows without names, numbers or free text, handed to
app/domain/stats.py. A session mixin.

Which vault sees what: an HQ vault (app/vault/hqview.py: not enrolled with an HQ, and its post
code is HQ or it holds imported case versions) sees every post and filters by any; a post's vault
sees its own post only, the same figures its officer would see at HQ for that post. The examiner
figures are for supervisors (as `dossier examiners`); other roles get the case figures without them.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from app.domain import msg, workflow
from app.domain.roles import Action, may
from app.domain.stats import (
    DAY,
    OTHER,
    CaseRow,
    Groups,
    Statistics,
    StatsFilter,
    Transition,
    bucketed,
    from_groups,
    group,
)
from app.errors import PermissionDenied, ValidationError
from app.vault import packing
from app.vault.connection import Connection
from app.vault.dossiers import get_meta
from app.vault.session_base import SessionParts

HQ_POST = "HQ"

CASES = (  # the application's and the decision's JSON are packed at rest (app/vault/packing.py): read in Python
    "SELECT a.id, coalesce(nullif(CASE WHEN json_valid(a.origin) THEN json_extract(a.origin, '$.post') END, ''),"
    " o.post, ''), a.stage, a.stage_exam,"
    " substr(a.created_at, 1, 10), ap.data, a.flags, coalesce(d.outcome, ''), d.data, a.updated_at"
    " FROM applicants a LEFT JOIN applications ap ON ap.applicant_id = a.id"
    " LEFT JOIN decisions d ON d.applicant_id = a.id LEFT JOIN case_owners o ON o.case_key = a.case_id"
    " WHERE a.merged_into IS NULL")
HISTORY = "SELECT applicant_id, from_stage, to_stage, at FROM stage_history ORDER BY applicant_id, at, id"
EXAMS = ("SELECT e.applicant_id, e.examiner, e.result, e.computed, e.rule_status,"
         " e.sealed, e.held_on FROM polygraph_exams e")


def _day(text: object) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def is_hq(c: Connection) -> bool:
    """One rule for the whole app (app/vault/hqview.py): never an enrolled laptop; post HQ or imported versions."""
    from app.vault.hqview import is_hq_vault

    return is_hq_vault(c)


def check_filter(f: StatsFilter) -> None:
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise ValidationError(msg.text("err.stats_range", f.date_from.isoformat(), f.date_to.isoformat()))


def _record(value: object) -> dict[str, Any]:
    """A packed record's fields, or none when the row is absent (LEFT JOIN)."""
    if value is None:
        return {}
    body = packing.loads(value)
    return body if isinstance(body, dict) else {}


def read_statistics_full(c: Connection, f: StatsFilter, with_examiners: bool, today: date,
                         buckets: bool = False) -> Statistics:
    """Every figure, from one row per case, history row and exam, each record unpacked: the reference
    computation `read_statistics` must equal (tests/test_stats_counts.py); slow on a large vault. With
    `buckets`, the durations count at their whole-day bucket's middle, as the count tables keep them
    (migration 0022); without, exactly."""
    post = f.post.strip().upper()
    cases: list[CaseRow] = []
    ids: set[int] = set()
    for row in c.execute(CASES):
        if post and str(row[1]).upper() != post:
            continue
        ids.add(int(row[0]))
        application = _record(row[5])
        decision = _record(row[8])
        decided = decision.get("decided_at") or decision.get("sealed_at") or row[9]
        received = _day(application.get("received_on"))
        cases.append(CaseRow(str(row[1]).upper(), str(row[2]), row[3], _day(row[4]), received, str(row[6] or ""),
                             str(row[7]), str(decision.get("reason_code") or ""), _day(decided)))
    transitions = [Transition(int(a), str(fr), str(to), int(at)) for a, fr, to, at in c.execute(HISTORY)
                   if int(a) in ids]
    exams: list[tuple[str, str | None, str | None, str, bool]] = []
    if with_examiners:
        exams = [(str(x), r, comp, str(st), bool(sealed)) for a, x, r, comp, st, sealed, held in c.execute(EXAMS)
                 if int(a) in ids and f.covers(_day(held))]
    g = group(cases, transitions, exams, f)
    if buckets:
        g.counted = {stage: bucketed(round(v * DAY) for v in values) for stage, values in g.spans.items()}
        g.spans = {}
    return from_groups(g, f, _due(), today)


def _due() -> dict[str, int]:
    return {str(k): int(v) for k, v in workflow.rules_file()["due_days_after_application"].items()}


def _in_range(day: str, f: StatsFilter) -> tuple[str, list[str]]:
    """SQL true when the text `day` (YYYY-MM-DD) is in the filter's range, as StatsFilter.covers(_day(...))."""
    if f.date_from is None and f.date_to is None:
        return "1", []
    sql, params = [f"date({day}) = {day}"], []
    if f.date_from is not None:
        sql.append(f"{day} >= ?")
        params.append(f.date_from.isoformat())
    if f.date_to is not None:
        sql.append(f"{day} <= ?")
        params.append(f.date_to.isoformat())
    return "(" + " AND ".join(sql) + ")", params


def _days(f: StatsFilter) -> tuple[str, list[str]]:
    """The count tables' day rows in the filter's range, or without a range their rollup rows (day '*')."""
    if f.date_from is None and f.date_to is None:
        return "day = '*'", []
    return _in_range("day", f)


def read_statistics(c: Connection, f: StatsFilter, with_examiners: bool, today: date) -> Statistics:
    """Every figure for the filter (post already checked by the caller), summed in SQL from the count
    tables kept by triggers (migration 0022: posts × days × stages …, whatever the number of cases): no
    per-case row is read. The post is compared with SQL's upper(), the same as str.upper for the ASCII
    post codes (casenumber.POST_CODE_RE)."""
    post = f.post.strip().upper()
    only, mine = (" AND post <> '*' AND upper(post) = ?", [post]) if post else ("", [])
    days, params = _days(f)
    g = Groups()
    for (p,) in c.execute(f"SELECT DISTINCT post FROM stats_opened WHERE day = '*' AND n > 0{only}", mine):
        g.posts.add(str(p).upper() or OTHER)
    for p, stage, n in c.execute(
            f"SELECT post, stage, sum(n) FROM stats_opened WHERE n > 0 AND {days}{only} GROUP BY 1, 2", params + mine):
        g.opened[(str(p).upper() or OTHER, str(stage), "")] += int(n)
    for kind, n in c.execute(
            f"SELECT kind, sum(n) FROM stats_flags WHERE n > 0 AND {days}{only} GROUP BY 1", params + mine):
        g.kinds[str(kind)] += int(n)
    for outcome, reason, n in c.execute(
            f"SELECT outcome, reason, sum(n) FROM stats_decided WHERE n > 0 AND {days}{only} GROUP BY 1, 2",
            params + mine):
        g.decided[(str(outcome), str(reason or ""))] += int(n)
    every_post = only or " AND post = '*'"  # without a post: the all-posts rollup rows
    for stage, exam, received, n in c.execute(
            f"SELECT stage, exam, received, sum(n) FROM stats_waiting WHERE n > 0{every_post} GROUP BY 1, 2, 3", mine):
        if (day := _day(received)) is not None:
            g.waiting[(str(stage), None if exam == -1 else exam, day)] += int(n)
    for stage, n, seconds in c.execute(  # per bucket: how many, and their mean (app/domain/stats.py)
            f"SELECT stage, sum(n), sum(seconds) FROM stats_spans WHERE n > 0 AND {days}{only} GROUP BY stage, bucket",
            params + mine):
        g.counted.setdefault(str(stage), Counter())[int(seconds) / int(n) / DAY] += int(n)
    if with_examiners:
        for x, r, comp, st, sealed, n in c.execute(
                "SELECT examiner, result, computed, status, sealed, sum(n) FROM stats_exams"
                f" WHERE n > 0 AND {days}{only} GROUP BY 1, 2, 3, 4, 5", params + mine):
            g.exams.append((str(x), r or None, comp or None, str(st), bool(sealed), int(n)))
    return from_groups(g, f, _due(), today)


class StatsMixin(SessionParts):
    """Needs from the session: `read()`, `require()`, `user`."""

    def statistics(self, f: StatsFilter | None = None, today: date | None = None) -> Statistics:
        """The figures for a date range and a post (a post's vault: its own post only)."""
        f = f or StatsFilter()
        self.require(Action.VIEW_CASE)
        check_filter(f)
        with self.read() as c:
            own = get_meta(c, "post_code").upper()
            if not is_hq(c):
                if f.post and f.post.strip().upper() != own:
                    raise PermissionDenied(msg.text("err.stats_own_post", own))
                f = StatsFilter(f.date_from, f.date_to, "")  # every case of this vault is the post's own
            return read_statistics(c, f, may(self.user.role, Action.DECIDE), today or date.today())

    def statistics_scope(self) -> tuple[bool, str]:
        """(HQ vault, this vault's post code): HQ chooses among posts, a post sees its own."""
        with self.read() as c:
            return is_hq(c), get_meta(c, "post_code").upper()
