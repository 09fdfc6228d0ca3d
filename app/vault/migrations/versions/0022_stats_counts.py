"""Statistics from counts (issue 21, scale): every figure of app/vault/stats.py reads small count
tables instead of one row per case, so `dossier stats` costs the number of distinct keys (posts ×
days × stages …), not the number of cases.

* `stats_opened` (post, created day, stage) → live cases: the funnel, `reached` and the posts;
* `stats_flags` (post, created day, flag kind) → live cases with a flag of that kind (once per kind; the
  kinds read from `flags`, 'red:polygraph_di,amber:overdue', through json_each; flags are codes the app
  writes, and a flags text that is not a list of such codes counts no kind rather than fail the write);
  and the posts;
* `stats_decided` (post, decided day, outcome, reason as typed) → decided live cases;
* `stats_waiting` (post, stage, stage exam or -1, received day) → live cases with a received date: overdue;
* `stats_exams` (post, held day, examiner, stated, computed, rule status, sealed) → exams of live cases;
* `stage_spans`: one row per completed stage interval (the history row that left the stage: its id,
  the stage, the day it ended, its bucket and its seconds), kept from `stage_history` per case; and
  `stats_spans` (post, stage, end day, bucket) → intervals of live cases and the sum of their
  seconds: time in stage. A bucket is a whole hour below two days (buckets 0–47) and a whole day from
  two days on (48 = two days, 49 = three …). The percentiles are computed from the buckets, each
  interval counted at its bucket's mean, so a median or 90th percentile is less than an hour from the
  exact one below two days and less than a day above, and exact when a bucket's intervals are equal
  (app/domain/stats.py `bucket_of`).

All of them are kept by triggers on `case_figures` (itself kept by triggers, migration 0020),
`stage_history`, `stage_spans` and `polygraph_exams`, in the transaction of the write that changes
them: +1 for a new row, −1 for a removed one (an update of case_figures is a delete and an insert).
A row whose count falls to 0 is removed where its key is known (the per-case tables); the others are
skipped by the reader (`n > 0`). Rollups: each row keyed by a day also counts in the row with the
same key and day '*' (all days), each `stats_waiting` row in the row with post '*' (all posts), kept
by triggers on the count tables; so the figures without a date range read posts × stages × flags
(… examiners, buckets) rows, not × days, and the all-posts overdue figure reads stages × received days. tests/test_stats_counts.py compares the figures with the full
computation on random vaults after edits, decisions, deletes, merges and re-imports.

Also `applicants_origin_station`: HQ's import warns when a bundle's post and station were numbered by
another laptop (app/vault/guard/hq_import.py `_station_clash`); that read scanned every case's origin
for every bundle (24 ms per bundle at 20,000 cases, growing with the vault) and now seeks this index.
And `audit_deletion_received`: the deletion notices HQ recorded (app/vault/tombstones.py), read for
every imported bundle, were found by scanning the whole audit log; this partial index holds only them.

Revision ID: 0022
Revises: 0021
"""

from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

TABLES = {
    "stats_opened": "post TEXT NOT NULL, day TEXT NOT NULL, stage TEXT NOT NULL,"
                    " n INTEGER NOT NULL, PRIMARY KEY (day, post, stage)",
    "stats_flags": "post TEXT NOT NULL, day TEXT NOT NULL, kind TEXT NOT NULL,"
                   " n INTEGER NOT NULL, PRIMARY KEY (day, post, kind)",
    "stats_decided": "post TEXT NOT NULL, day TEXT NOT NULL, outcome TEXT NOT NULL, reason TEXT NOT NULL,"
                     " n INTEGER NOT NULL, PRIMARY KEY (day, post, outcome, reason)",
    "stats_waiting": "post TEXT NOT NULL, stage TEXT NOT NULL, exam INTEGER NOT NULL, received TEXT NOT NULL,"
                     " n INTEGER NOT NULL, PRIMARY KEY (post, stage, exam, received)",
    "stats_exams": "post TEXT NOT NULL, day TEXT NOT NULL, examiner TEXT NOT NULL, result TEXT NOT NULL,"
                   " computed TEXT NOT NULL, status TEXT NOT NULL, sealed INTEGER NOT NULL, n INTEGER NOT NULL,"
                   " PRIMARY KEY (day, post, examiner, result, computed, status, sealed)",
    "stats_spans": "post TEXT NOT NULL, stage TEXT NOT NULL, day TEXT NOT NULL, bucket INTEGER NOT NULL,"
                   " n INTEGER NOT NULL, seconds INTEGER NOT NULL, PRIMARY KEY (day, post, stage, bucket)",
}

# the keys of one case_figures row (X = NEW or OLD)
OPENED = "X.post, coalesce(substr(X.created, 1, 10), ''), X.stage"
_ARRAY = "'[\"' || replace(replace(replace(X.flags, '\\', ''), '\"', ''), ',', '\",\"') || '\"]'"
_LIST = f"CASE WHEN json_valid({_ARRAY}) THEN {_ARRAY} ELSE '[]' END"
KIND = "CASE WHEN instr(value, ':') > 0 THEN substr(value, instr(value, ':') + 1) ELSE '' END"
KINDS = f"SELECT DISTINCT {KIND} AS kind FROM json_each({_LIST}) WHERE value <> ''"
DECIDED = "X.post, coalesce(substr(coalesce(nullif(X.decided, ''), X.updated), 1, 10), ''), X.outcome, X.reason"
WAITING = "X.post, X.stage, coalesce(X.stage_exam, -1), substr(X.received, 1, 10)"
EXAM = ("coalesce(substr(e.held_on, 1, 10), ''), coalesce(e.examiner, ''), coalesce(e.result, ''),"
        " coalesce(e.computed, ''), coalesce(e.rule_status, ''), coalesce(e.sealed, 0)")
EXAM_COLS = "day, examiner, result, computed, status, sealed"
SPANS = ("INSERT INTO stage_spans(id, applicant_id, stage, day, bucket, seconds) SELECT id, applicant_id, entered,"
         " date(at, 'unixepoch'), CASE WHEN at - since < 172800 THEN (at - since) / 3600 ELSE 46 + (at - since) / 86400 END, at - since FROM (SELECT id, applicant_id, from_stage,"
         " at, lag(to_stage) OVER w AS entered, lag(at) OVER w AS since FROM stage_history WHERE {which}"
         " WINDOW w AS (PARTITION BY applicant_id ORDER BY at, id)) WHERE entered <> '' AND entered = from_stage")
# the rollups: every row keyed by a day also counts in the row of the same key with day '*' (all days),
# and every row of stats_waiting in the row with post '*' (all posts), kept by triggers on the count
# tables themselves; the figures without a date range (or without a post) read only those
ROLLUPS = {  # table: (the rolled-up column, the other key columns, the summed columns)
    "stats_opened": ("day", ["post", "stage"], ["n"]),
    "stats_flags": ("day", ["post", "kind"], ["n"]),
    "stats_decided": ("day", ["post", "outcome", "reason"], ["n"]),
    "stats_exams": ("day", ["post", "examiner", "result", "computed", "status", "sealed"], ["n"]),
    "stats_spans": ("day", ["post", "stage", "bucket"], ["n", "seconds"]),
    "stats_waiting": ("post", ["stage", "exam", "received"], ["n"]),
}


def _rollup_triggers() -> dict[str, str]:
    out = {}
    for table, (col, keys, sums) in ROLLUPS.items():
        cols = ", ".join([col, *keys, *sums])
        add = ", ".join(f"{c} = {c} + excluded.{c}" for c in sums)

        def match(row: str, col: str = col, keys: list[str] = keys) -> str:
            return " AND ".join([f"{col} = '*'", *(f"{k} = {row}.{k}" for k in keys)])

        def upsert(row: str, sign: str, old: str = "", table: str = table, keys: list[str] = keys,
                   sums: list[str] = sums, cols: str = cols, add: str = add) -> str:
            values = ", ".join(["'*'", *(f"{row}.{k}" for k in keys),
                                *(f"{sign}{row}.{c}" + (f" - {old}.{c}" if old else "") for c in sums)])
            return f"INSERT INTO {table}({cols}) VALUES ({values}) ON CONFLICT DO UPDATE SET {add};"

        out[f"{table}_all_ai"] = (f"AFTER INSERT ON {table} WHEN NEW.{col} <> '*' BEGIN {upsert('NEW', '')} END")
        out[f"{table}_all_au"] = (f"AFTER UPDATE ON {table} WHEN NEW.{col} <> '*' BEGIN {upsert('NEW', '', 'OLD')}"
                                  f" DELETE FROM {table} WHERE {match('NEW')} AND n <= 0; END")
        out[f"{table}_all_ad"] = (f"AFTER DELETE ON {table} WHEN OLD.{col} <> '*' BEGIN {upsert('OLD', '-')}"
                                  f" DELETE FROM {table} WHERE {match('OLD')} AND n <= 0; END")
    return out


STATION_INDEX = ("CREATE INDEX applicants_origin_station ON applicants(json_extract(origin, '$.post'),"
                 " json_extract(origin, '$.station'), json_extract(origin, '$.vault_id')) WHERE origin <> ''")


def _plus(table: str, cols: str, keys: str, where: str = "") -> str:
    return (f"INSERT INTO {table}({cols}, n) SELECT {keys}, 1 WHERE 1{where}"
            f" ON CONFLICT DO UPDATE SET n = n + 1;")


def _minus(table: str, cols: list[str], keys: str, where: str = "") -> str:
    match = " AND ".join(f"{c} = {k}" for c, k in zip(cols, _split(keys), strict=True))
    return (f"UPDATE {table} SET n = n - 1 WHERE {match}{where};"
            f" DELETE FROM {table} WHERE {match} AND n <= 0{where};")


def _split(keys: str) -> list[str]:
    """The comma-separated expressions of a key (commas inside parentheses kept)."""
    out, depth, cur = [], 0, ""
    for ch in keys:
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
            continue
        depth += (ch == "(") - (ch == ")")
        cur += ch
    return [*out, cur.strip()]


def _triggers() -> dict[str, str]:
    opened, decided, waiting = (k.replace("X.", "NEW.") for k in (OPENED, DECIDED, WAITING))
    o_opened, o_decided, o_waiting = (k.replace("X.", "OLD.") for k in (OPENED, DECIDED, WAITING))
    day_new, day_old = (_split(OPENED)[1].replace("X.", f"{row}.") for row in ("NEW", "OLD"))
    return {
        "stats_figures_ai": "AFTER INSERT ON case_figures BEGIN "
        + _plus("stats_opened", "post, day, stage", opened)
        + f"INSERT INTO stats_flags(post, day, kind, n) SELECT NEW.post, {day_new}, kind, 1"
          f" FROM ({KINDS.replace('X.', 'NEW.')}) WHERE 1 ON CONFLICT DO UPDATE SET n = n + 1;"
        + _plus("stats_decided", "post, day, outcome, reason", decided, " AND NEW.outcome <> ''")
        + _plus("stats_waiting", "post, stage, exam, received", waiting, " AND NEW.received <> ''")
        + "INSERT INTO stats_spans(post, stage, day, bucket, n, seconds) SELECT NEW.post, stage, day, bucket,"
          " count(*), sum(seconds) FROM stage_spans WHERE applicant_id = NEW.applicant_id GROUP BY stage, day, bucket"
          " ON CONFLICT DO UPDATE SET n = n + excluded.n, seconds = seconds + excluded.seconds;"
        + f"INSERT INTO stats_exams(post, {EXAM_COLS}, n) SELECT NEW.post, {EXAM}, count(*) FROM polygraph_exams e"
          " WHERE e.applicant_id = NEW.applicant_id GROUP BY 2, 3, 4, 5, 6, 7 ON CONFLICT DO UPDATE SET n = n + excluded.n;"
        " END",
        "stats_figures_ad": "AFTER DELETE ON case_figures BEGIN "
        + _minus("stats_opened", ["post", "day", "stage"], o_opened)
        + f"UPDATE stats_flags SET n = n - 1 WHERE post = OLD.post AND day = {day_old} AND kind IN"
          f" ({KINDS.replace('X.', 'OLD.')}); DELETE FROM stats_flags WHERE post = OLD.post AND day = {day_old}"
          f" AND kind IN ({KINDS.replace('X.', 'OLD.')}) AND n <= 0;"
        + _minus("stats_decided", ["post", "day", "outcome", "reason"], o_decided, " AND OLD.outcome <> ''")
        + _minus("stats_waiting", ["post", "stage", "exam", "received"], o_waiting, " AND OLD.received <> ''")
        + "UPDATE stats_spans SET (n, seconds) = (SELECT stats_spans.n - count(*),"
          " stats_spans.seconds - coalesce(sum(s.seconds), 0)"
          " FROM stage_spans s WHERE s.applicant_id = OLD.applicant_id"
          " AND s.stage = stats_spans.stage AND s.day = stats_spans.day AND s.bucket = stats_spans.bucket)"
          " WHERE post = OLD.post AND (stage, day, bucket) IN"
          " (SELECT stage, day, bucket FROM stage_spans WHERE applicant_id = OLD.applicant_id);"
        + f"UPDATE stats_exams SET n = n - (SELECT count(*) FROM polygraph_exams e WHERE e.applicant_id ="
          f" OLD.applicant_id AND ({EXAM}) = (stats_exams.day, stats_exams.examiner, stats_exams.result,"
          " stats_exams.computed, stats_exams.status, stats_exams.sealed)) WHERE post = OLD.post AND"
          f" ({EXAM_COLS}) IN (SELECT {EXAM} FROM polygraph_exams e WHERE e.applicant_id = OLD.applicant_id);"
        " END",
        # a case's intervals are recomputed from its history rows whenever they change (a few rows per case)
        "stage_spans_hi": "AFTER INSERT ON stage_history BEGIN"
        " DELETE FROM stage_spans WHERE applicant_id = NEW.applicant_id; "
        + SPANS.format(which="applicant_id = NEW.applicant_id") + "; END",
        "stage_spans_hu": "AFTER UPDATE ON stage_history BEGIN"
        " DELETE FROM stage_spans WHERE applicant_id IN (OLD.applicant_id, NEW.applicant_id); "
        + SPANS.format(which="applicant_id IN (OLD.applicant_id, NEW.applicant_id)") + "; END",
        "stage_spans_hd": "AFTER DELETE ON stage_history BEGIN"
        " DELETE FROM stage_spans WHERE applicant_id = OLD.applicant_id; "
        + SPANS.format(which="applicant_id = OLD.applicant_id") + "; END",
        "stats_spans_ai": "AFTER INSERT ON stage_spans BEGIN"
        " INSERT INTO stats_spans(post, stage, day, bucket, n, seconds) SELECT f.post, NEW.stage, NEW.day, NEW.bucket,"
        " 1, NEW.seconds FROM case_figures f WHERE f.applicant_id = NEW.applicant_id"
        " ON CONFLICT DO UPDATE SET n = n + 1, seconds = seconds + excluded.seconds; END",
        "stats_spans_ad": "AFTER DELETE ON stage_spans BEGIN"
        " UPDATE stats_spans SET n = n - 1, seconds = seconds - OLD.seconds WHERE post = (SELECT f.post FROM case_figures f"
        " WHERE f.applicant_id = OLD.applicant_id) AND stage = OLD.stage AND day = OLD.day AND bucket = OLD.bucket;"
        " DELETE FROM stats_spans WHERE post = (SELECT f.post FROM case_figures f WHERE f.applicant_id ="
        " OLD.applicant_id) AND stage = OLD.stage AND day = OLD.day AND bucket = OLD.bucket AND n <= 0; END",
        "stats_exams_ai": "AFTER INSERT ON polygraph_exams BEGIN " + _exam_plus("NEW") + " END",
        "stats_exams_ad": "AFTER DELETE ON polygraph_exams BEGIN " + _exam_minus("OLD") + " END",
        "stats_exams_au": "AFTER UPDATE ON polygraph_exams BEGIN " + _exam_minus("OLD") + _exam_plus("NEW") + " END",
    }


def _exam_keys(row: str) -> str:
    return EXAM.replace("e.", f"{row}.")


def _exam_plus(row: str) -> str:
    return (f"INSERT INTO stats_exams(post, {EXAM_COLS}, n) SELECT f.post, {_exam_keys(row)}, 1 FROM case_figures f"
            f" WHERE f.applicant_id = {row}.applicant_id ON CONFLICT DO UPDATE SET n = n + 1;")


def _exam_minus(row: str) -> str:
    match = (f"post = (SELECT f.post FROM case_figures f WHERE f.applicant_id = {row}.applicant_id)"
             f" AND ({EXAM_COLS}) = ({_exam_keys(row)})")
    return f"UPDATE stats_exams SET n = n - 1 WHERE {match}; DELETE FROM stats_exams WHERE {match} AND n <= 0;"


def upgrade() -> None:
    for name, columns in TABLES.items():
        op.execute(f"CREATE TABLE {name} ({columns}) WITHOUT ROWID")
    op.execute("CREATE TABLE stage_spans (id INTEGER PRIMARY KEY, applicant_id INTEGER NOT NULL, stage TEXT NOT NULL,"
               " day TEXT NOT NULL, bucket INTEGER NOT NULL, seconds INTEGER NOT NULL)")
    op.execute("CREATE INDEX stage_spans_case ON stage_spans(applicant_id, stage, day, bucket)")
    # the backfill: from the rows the vault holds, before the triggers exist
    op.execute(SPANS.format(which="1"))
    for table, cols, keys, where in (
            ("stats_opened", "post, day, stage", OPENED, ""),
            ("stats_decided", "post, day, outcome, reason", DECIDED, " WHERE X.outcome <> ''"),
            ("stats_waiting", "post, stage, exam, received", WAITING, " WHERE X.received <> ''")):
        n = len(_split(keys))
        group = ", ".join(str(i) for i in range(1, n + 1))
        op.execute(f"INSERT INTO {table}({cols}, n) SELECT {keys}, count(*) FROM case_figures X{where} GROUP BY {group}")
    op.execute(f"INSERT INTO stats_flags(post, day, kind, n) SELECT X.post, {_split(OPENED)[1]}, {KIND},"
               f" count(DISTINCT X.applicant_id) FROM case_figures X, json_each({_LIST}) WHERE value <> ''"
               " GROUP BY 1, 2, 3")
    op.execute("INSERT INTO stats_spans(post, stage, day, bucket, n, seconds) SELECT f.post, s.stage, s.day, s.bucket,"
               " count(*), sum(s.seconds)"
               " FROM stage_spans s JOIN case_figures f ON f.applicant_id = s.applicant_id GROUP BY 1, 2, 3, 4")
    op.execute(f"INSERT INTO stats_exams(post, {EXAM_COLS}, n) SELECT f.post, {EXAM}, count(*) FROM polygraph_exams e"
               " JOIN case_figures f ON f.applicant_id = e.applicant_id GROUP BY 1, 2, 3, 4, 5, 6, 7")
    for table, (col, rolled, sums) in ROLLUPS.items():
        listed = ", ".join(rolled)
        op.execute(f"INSERT INTO {table}({col}, {listed}, {', '.join(sums)}) SELECT '*', {listed},"
                   f" {', '.join(f'sum({c})' for c in sums)} FROM {table} GROUP BY {listed}")
    for name, body in {**_triggers(), **_rollup_triggers()}.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(STATION_INDEX)
    op.execute("CREATE INDEX audit_deletion_received ON audit(seq) WHERE action = 'deletion_received'")


def downgrade() -> None:
    op.execute("DROP INDEX applicants_origin_station")
    op.execute("DROP INDEX audit_deletion_received")
    for name in {**_triggers(), **_rollup_triggers()}:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE stage_spans")
    for name in TABLES:
        op.execute(f"DROP TABLE {name}")
