"""Statistics of the vault's cases: only counts, shares and durations, never a person.

Pure computations over rows the vault reads (app/vault/stats.py). What each figure counts:

* **funnel** — the cases opened in the date range (created), per post and current stage; `reached`
  counts, per stage, the cases whose current stage is that one or a later one (closed counts as
  past every step);
* **outcomes** and **refusal reasons** — the decisions recorded in the range (decided at), by
  outcome, and the rejections by reason code (a reason that is not a short code counts as
  `other`: the code field is typed, and free text never leaves the vault);
* **time in stage** — from the stage history (migration 0016): a stage's duration is the time
  between the row that entered it and the next row of the same case, which must leave that stage
  (a gap in a back-filled history is never counted); intervals that end in the range count;
  the median and the 90th percentile (linear between the closest ranks), in days. At scale the vault
  keeps the durations in buckets (migration 0022: whole hours below two days, whole days above) with
  their count and sum, and each counts at its bucket's mean (`bucket_of`, `bucketed`): every value is
  then less than an hour (below two days) or a day (above) from the exact one, and so are the median
  and the 90th percentile (the interpolation moves by at most what its two values move); a bucket
  whose intervals are equal gives them exactly;
* **overdue** — open cases whose current step has a due time in the workflow rules
  (`due_days_after_application`) and whose written application was received more than that many
  days before the reference day (the end of the range, or today): the rule of the `overdue` flag
  applied to the current step;
* **flags** — the cases opened in the range, per flag kind (a case counts once per kind);
* **examiners** — the exams held in the range, per examiner (app/domain/examiners.py): exams,
  sealed, stated results, and how often the stated result differs from the scored one.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from app.domain import examiners
from app.domain.enums import DecisionOutcome, Stage

STAGES = tuple(s.value for s in Stage)  # pipeline order; closed last
OPEN_STAGES = STAGES[:-1]
OTHER = "other"
_CODE = re.compile(r"^(?=.*\d)[A-Za-z0-9][A-Za-z0-9._/-]{0,11}$")  # short, with a digit: R0, SEC-2
DAY = 86400.0


@dataclass(frozen=True)
class StatsFilter:
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    post: str = ""  # "" = every post the vault holds

    def covers(self, day: date | None) -> bool:
        if day is None:
            return self.date_from is None and self.date_to is None
        return (self.date_from is None or day >= self.date_from) and (self.date_to is None or day <= self.date_to)


@dataclass(frozen=True)
class CaseRow:
    """One live case: no name, no number."""

    post: str
    stage: str
    stage_exam: int | None
    created: date | None
    received: date | None  # the written application's date
    flags: str  # applicants.flags: 'red:polygraph_di,amber:overdue'
    outcome: str = ""
    reason_code: str = ""
    decided: date | None = None


@dataclass(frozen=True)
class Transition:
    case: int  # the vault's row id of the case (never shown)
    from_stage: str
    to_stage: str
    at: int  # Unix seconds


@dataclass(frozen=True)
class Duration:
    stage: str
    count: int
    median_days: float
    p90_days: float


@dataclass
class Statistics:
    posts: list[str]
    cases: int
    funnel: dict[str, dict[str, int]]  # post → stage → cases now at that stage
    reached: dict[str, int]  # stage → cases at it or past it
    outcomes: dict[str, int]
    refusal_reasons: dict[str, int]
    durations: list[Duration]
    overdue: dict[str, int]  # stage → open cases overdue there
    flags: dict[str, int]
    examiners: list[examiners.ExaminerStats] = field(default_factory=list)

    @property
    def overdue_total(self) -> int:
        return sum(self.overdue.values())

    def to_json(self) -> dict[str, Any]:
        return {"posts": self.posts, "cases": self.cases, "funnel": self.funnel, "reached": self.reached,
                "outcomes": self.outcomes, "refusal_reasons": self.refusal_reasons,
                "time_in_stage": [{"stage": d.stage, "intervals": d.count, "median_days": d.median_days,
                                   "p90_days": d.p90_days} for d in self.durations],
                "overdue": {"total": self.overdue_total, "by_stage": self.overdue}, "flags": self.flags,
                "examiners": [e.to_json() for e in self.examiners]}


def code_or_other(text: str) -> str:
    """A reason code as typed, if it is a short code (up to 12 letters, digits and - . _ /, with a digit:
    R0, SEC-2); anything else (a word, free text, a name) is `other`."""
    text = text.strip()
    return text.upper() if _CODE.match(text) else (OTHER if text else "")


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0…100), linear between the closest ranks; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100.0
    low, high = math.floor(pos), math.ceil(pos)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def spans(transitions: Iterable[Transition], f: StatsFilter) -> dict[str, list[float]]:
    """The stage durations (days) from consecutive history rows of a case (see the module text)."""
    by_case: dict[int, list[Transition]] = {}
    for t in transitions:
        by_case.setdefault(t.case, []).append(t)
    found: dict[str, list[float]] = {}
    for rows in by_case.values():
        rows.sort(key=lambda t: t.at)
        for entered, left in itertools.pairwise(rows):
            if entered.to_stage and entered.to_stage == left.from_stage and \
                    f.covers(datetime.fromtimestamp(left.at, UTC).date()):
                found.setdefault(entered.to_stage, []).append((left.at - entered.at) / DAY)
    return found


def percentile_counted(values: Mapping[float, int], q: float) -> float:
    """`percentile` of the values each repeated as many times as its count says."""
    ordered = sorted((v, n) for v, n in values.items() if n > 0)
    total = sum(n for _, n in ordered)
    if not total:
        return 0.0
    pos = (total - 1) * q / 100.0
    low, high = math.floor(pos), math.ceil(pos)

    def at(rank: int) -> float:
        seen = 0
        for value, n in ordered:
            seen += n
            if rank < seen:
                return value
        return ordered[-1][0]

    a, b = at(low), at(high)
    return a + (b - a) * (pos - low)


HOURLY = 48  # buckets 0…47: whole hours below two days; from 48 on, whole days (48 = two days)


def bucket_of(seconds: int) -> int:
    """The bucket of a duration, as migration 0022's triggers compute it: whole hours below two days,
    whole days from two days on."""
    seconds = int(seconds)
    return seconds // 3600 if seconds < HOURLY * 3600 else HOURLY - 2 + seconds // 86400


def bucketed(seconds: Iterable[int]) -> Counter[float]:
    """Durations as the count tables keep them: per bucket, how many and their mean (days)."""
    n: Counter[int] = Counter()
    total: Counter[int] = Counter()
    for s in seconds:
        n[bucket_of(s)] += 1
        total[bucket_of(s)] += int(s)
    return Counter({total[b] / n[b] / DAY: n[b] for b in n})


def summarise(found: Mapping[str, Sequence[float] | Mapping[float, int]]) -> list[Duration]:
    """Median and 90th percentile of each stage's durations (a list, or value → count), in pipeline order."""
    out: list[Duration] = []
    for s in STAGES:
        if s not in found:
            continue
        values = found[s]
        counted = values if isinstance(values, Mapping) else Counter(values)
        n = sum(counted.values())
        if n:
            out.append(Duration(s, n, round(percentile_counted(counted, 50), 2),
                                round(percentile_counted(counted, 90), 2)))
    return out


def durations(transitions: Iterable[Transition], f: StatsFilter) -> list[Duration]:
    """Time in each stage, from consecutive history rows of a case (see the module text)."""
    return summarise(spans(transitions, f))


def _reached(stage_counts: Counter[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    running = 0
    for s in reversed(STAGES):
        running += stage_counts.get(s, 0)
        out[s] = running
    return {s: out[s] for s in OPEN_STAGES}


def _due_key(stage: str, stage_exam: int | None) -> str:
    return f"{stage}_{stage_exam}" if stage == Stage.POLYGRAPH.value and stage_exam else stage


def overdue_counted(waiting: Counter[tuple[str, int | None, date]], due_days: dict[str, int],
                    today: date) -> dict[str, int]:
    """`overdue` over grouped cases: (stage, stage exam, received) → how many cases."""
    out: Counter[str] = Counter()
    for (stage, exam, received), n in waiting.items():
        days = due_days.get(_due_key(stage, exam))
        if stage != Stage.CLOSED.value and days is not None and (today - received).days > days:
            out[stage] += n
    return {s: out[s] for s in OPEN_STAGES if out[s]}


def overdue(cases: Iterable[CaseRow], due_days: dict[str, int], today: date) -> dict[str, int]:
    return overdue_counted(Counter((c.stage, c.stage_exam, c.received) for c in cases if c.received),
                           due_days, today)


@dataclass
class Groups:
    """What the figures count, grouped (app/vault/stats.py groups in SQL): each value a number of cases.

    `opened`: (post, stage, flags) of the cases opened in the range; `decided`: (outcome, reason as
    typed) of the decisions in the range; `waiting`: (stage, stage exam, application received) of the
    cases with a received date; `spans`: stage → durations in days (`spans`), or `counted`: stage → duration in
    days → how many (the buckets of migration 0022); `exams`: the examiner
    rows (as examiners.aggregate takes them) with how many exams each stands for, first seen first."""

    posts: set[str] = field(default_factory=set)
    opened: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    decided: Counter[tuple[str, str]] = field(default_factory=Counter)
    waiting: Counter[tuple[str, int | None, date]] = field(default_factory=Counter)
    spans: dict[str, list[float]] = field(default_factory=dict)
    counted: dict[str, Counter[float]] = field(default_factory=dict)
    kinds: Counter[str] = field(default_factory=Counter)  # flag kind → cases (when `opened` holds no flags)
    exams: list[tuple[str, str | None, str | None, str, bool, int]] = field(default_factory=list)


def group(cases: Sequence[CaseRow], transitions: Iterable[Transition],
          exam_rows: Iterable[tuple[str, str | None, str | None, str, bool]], f: StatsFilter) -> Groups:
    """The groups of one row per case, history row and exam (the full computation)."""
    g = Groups(posts={c.post or OTHER for c in cases}, spans=spans(transitions, f),
               exams=[(*row, 1) for row in exam_rows])
    g.opened.update((c.post or OTHER, c.stage, c.flags) for c in cases if f.covers(c.created))
    g.decided.update((c.outcome, c.reason_code) for c in cases if c.outcome and f.covers(c.decided))
    g.waiting.update((c.stage, c.stage_exam, c.received) for c in cases if c.received)
    return g


def compute(cases: Sequence[CaseRow], transitions: Iterable[Transition],
            exam_rows: Iterable[tuple[str, str | None, str | None, str, bool]], f: StatsFilter,
            due_days: dict[str, int], today: date) -> Statistics:
    """Every figure for the cases the vault gave (already limited to the filter's post)."""
    return from_groups(group(cases, transitions, exam_rows, f), f, due_days, today)


def from_groups(g: Groups, f: StatsFilter, due_days: dict[str, int], today: date) -> Statistics:
    """Every figure from grouped counts (the same figures `compute` gives for the rows they group)."""
    funnel: dict[str, dict[str, int]] = {}
    stage_counts: Counter[str] = Counter()
    flag_counts: Counter[str] = Counter()
    for (post, stage, flags), n in g.opened.items():
        row = funnel.setdefault(post, dict.fromkeys(STAGES, 0))
        row[stage] = row.get(stage, 0) + n
        stage_counts[stage] += n
        for kind in {code.partition(":")[2] for code in flags.split(",") if code}:
            flag_counts[kind] += n
    flag_counts.update(g.kinds)
    outcomes: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for (outcome, reason), n in g.decided.items():
        outcomes[outcome] += n
        if outcome == DecisionOutcome.REJECT.value:
            reasons[code_or_other(reason) or OTHER] += n
    reference = min(today, f.date_to) if f.date_to else today
    return Statistics(
        posts=sorted(g.posts), cases=sum(g.opened.values()),
        funnel=dict(sorted(funnel.items())), reached=_reached(stage_counts),
        outcomes={o.value: outcomes[o.value] for o in DecisionOutcome if outcomes[o.value]},
        refusal_reasons=dict(sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))),
        durations=summarise({**g.spans, **g.counted}), overdue=overdue_counted(g.waiting, due_days, reference),
        flags=dict(sorted(flag_counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        examiners=examiners.aggregate_counted(g.exams))
