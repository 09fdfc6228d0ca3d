"""Field Dossier benchmark: encrypted vault vs. a plain SQLite copy, same run.

    make bench          100k applicants (vault cached in bench/cache/)
    make bench-quick    10k applicants

Prints one table, writes bench/results.json and bench/RESULTS.md. Targets are
checked and reported here, never in `make test`. Every measure is taken in two runs (--runs)
and reported with their spread; a target counts as met only if every run met it, and the
benchmark exits with status 1 naming each missed target.

The vault measured is the one the app leaves after a realistic history: the bulk load (with
the upkeep the app does after bulk work), 2% of the applicants edited, every close's upkeep,
and each run's 1,000 exports and 30 edits; beside it a compacted (VACUUMed) copy. Each is
compared with plain SQLite *of the same file*, decrypted page by page (bench/plaincopy.py).
Demo data is dated from a fixed reference date (app/vault/demo.py), never from the clock.

A fake clock (bench/clock.py): `BENCH_DATE=2027-03-01 make bench` runs the whole measurement with
the wall clock on that day (12:00 UTC, ticking, time-machine), in this process, in the export's
spawned worker processes (they import this module again) and in the GUI probes; timings use
`perf_counter`/`monotonic`, which it does not move. The day is recorded in results.json
(`meta.date`, `meta.fake_clock`) and RESULTS.md. `python bench/run.py --show-clock` prints the day
this process and a spawned worker see, and exits.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DOSSIER_INSECURE_TEST_KDF"] = "1"  # synthetic bench vault only; KDF measured separately

from bench import clock  # noqa: E402

try:  # before anything reads the clock; spawned export workers run this again as they import this module
    FAKE_DAY = clock.start()
except ValueError as exc:
    sys.exit(f"bench: {exc}")

from sqlcipher3 import dbapi2  # noqa: E402

from app.vault import dossiers, kdf, keyslots, listing, matching, schema, search, vault  # noqa: E402
from app.vault.connection import DB_FILE, connect, transaction  # noqa: E402
from app.vault.demo import REFERENCE_DATE  # noqa: E402
from app.vault.guard import store  # noqa: E402
from app.vault.listing import ListQuery, Order  # noqa: E402
from app.vault.session import VaultSession  # noqa: E402
from bench import names, plaincopy  # noqa: E402
from bench.report import Table, Target, p95, ratio  # noqa: E402
from bench.seed import edit_history, fill  # noqa: E402

PASS = "benchmark passphrase with several words"
QUERIES = {
    "latin": "Kovalenko",
    "cyrillic": "Коваленко",
    "prefix": "kov*",
    "common prefix": "ol*",
    "case number": None,  # filled with a real case number
    "note phrase": '"решение по результатам"',
}


def timeit(fn: Callable[[], Any], repeat: int, warmup: int = 2) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def paired(enc: Callable[[], Any], plain: Callable[[], Any], repeat: int,
           warmup: int = 2) -> tuple[list[float], list[float]]:
    """The encrypted and the plain call timed in turn, call by call, which one goes first alternating:
    a burst of load on this shared machine then hits both sides alike instead of one block of
    calls (the enc/plain ratio is what the targets compare)."""
    for _ in range(warmup):
        enc()
        plain()
    a: list[float] = []
    b: list[float] = []
    for i in range(repeat):
        for fn, out in ((enc, a), (plain, b)) if i % 2 == 0 else ((plain, b), (enc, a)):
            t = time.perf_counter()
            fn()
            out.append((time.perf_counter() - t) * 1000)
    return a, b


def build(cache: Path, n: int) -> Path:
    vdir = cache / f"vault-{n}"
    if (vdir / DB_FILE).exists():
        return vdir
    print(f"building a {n:,}-applicant demo vault in {vdir} (cached for next time)…", flush=True)
    t = time.perf_counter()
    s = vault.create(vdir, "KYIV", "Bench", PASS)
    fill(s, n, seed=2026, progress=lambda d, total: print(f"\r  {d:,}/{total:,}", end="", flush=True))
    edited = edit_history(s, n // 50, seed=2026)  # officers' edits after the load
    print(f"\n  edited {edited:,} dossiers")
    s.close()
    print(f"\n  built in {time.perf_counter() - t:.0f} s")
    return vdir


def plain_copies(vdir: Path, key: bytes) -> tuple[Path, Path, Path]:
    """(plain copy of the vault as it is, compacted encrypted copy, plain copy of that), each
    remade every run: ratios compare byte-identical page layouts (bench/plaincopy.py)."""
    db = vdir / DB_FILE
    plaincopy.checkpointed(db, key)
    as_left = vdir.parent / f"{vdir.name}-plain.db"
    plaincopy.decrypt_file(db, as_left, key)
    compacted = plaincopy.compacted_copy(db, key, vdir.parent / f"{vdir.name}-compacted")
    compacted_plain = vdir.parent / f"{vdir.name}-compacted-plain.db"
    plaincopy.decrypt_file(compacted, compacted_plain, key)
    return as_left, compacted, compacted_plain


def open_plain(path: Path) -> Any:
    conn = dbapi2.connect(str(path), isolation_level=None, check_same_thread=False)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON",
                   "temp_store = MEMORY", "cache_size = -32768"):
        conn.execute(f"PRAGMA {pragma}").fetchall()
    return conn


LIST_TARGETS = (Target("median", 50), ratio(1.3))


def list_rows(row: Callable[..., Any], enc: Any, pl: Any, live: int, state: str) -> None:
    """What the desktop list asks for: ids in display order, then one page of rows per screen."""
    for label, lq in (("oldest first", ListQuery()), ("by name (Ukrainian alphabet)", ListQuery(order=Order.NAME)),
                      ("by case number", ListQuery(order=Order.CASE)),
                      ("filtered: one stage, red flags", ListQuery(stage="interview", flag="red"))):
        row(f"list of {live:,}: ids {label}{state}", *paired(lambda lq=lq: listing.view(enc, lq),
            lambda lq=lq: listing.view(pl, lq), 10), *LIST_TARGETS)
    page = list(listing.view(enc, ListQuery()).ids[live // 2:live // 2 + 200])
    row(f"list: one page of 200 rows{state}", *paired(lambda: dossiers.summaries(enc, page),
        lambda: dossiers.summaries(pl, page), 30), *LIST_TARGETS)


def search_rows(row: Callable[..., Any], enc: Any, pl: Any, repeat: int, state: str) -> None:
    for label, q in QUERIES.items():
        assert q is not None
        row(f"search {label} ({q}), first 50 ranked{state}", *paired(lambda q=q: search.search(enc, q, 50),
            lambda q=q: search.search(pl, q, 50), repeat), p95(15), ratio(1.1))


def storage(row: Callable[..., Any], args: argparse.Namespace, vdir: Path, key: bytes, slot_id: str,
            live: int, case: str) -> dict[str, Any]:
    plain, compacted, compacted_plain = plain_copies(vdir, key)

    def after_kdf(c: Any) -> None:  # what unlock does once the data key is known
        schema.current_revision(c)
        VaultSession.load_user(c, slot_id)
        c.execute("SELECT value FROM meta WHERE key = 'post_code'").fetchone()
        c.close()

    row("open the database once the key is known (open, key, schema check, user)",
        *paired(lambda: after_kdf(connect(vdir / DB_FILE, key)), lambda: after_kdf(open_plain(plain)), args.repeat))
    enc, pl = connect(vdir / DB_FILE, key), open_plain(plain)
    list_rows(row, enc, pl, live, "")
    row(f"all {live:,} rows as objects (the CLI's list)", *paired(lambda: dossiers.summaries(enc),
        lambda: dossiers.summaries(pl), 3))
    search_rows(row, enc, pl, args.repeat * 3, "")
    names.rows(row, enc, pl, paired, args.repeat * 3, p95, ratio)

    def save(conn: Any) -> None:
        with transaction(conn):
            d = dossiers.load(conn, case)
            d.person.place_of_birth = d.person.place_of_birth[:60] + "."
            store.update(conn, d)  # the save's SQL, below the guard's checks

    import random as _random

    sample_cases = [r[0] for r in enc.execute("SELECT case_number FROM applicants ORDER BY id")]
    probes = [dossiers.load(enc, c) for c in _random.Random(1).sample(sample_cases, 60)]

    def dup_checks(conn: Any) -> None:
        for d in probes:
            ident = matching.identity_of(d.case_number, d.person)
            matching.duplicates(conn, ident, dossiers.id_for(conn, d.case_number))

    dup_enc, dup_plain = paired(lambda: dup_checks(enc), lambda: dup_checks(pl), 10)
    row(f"duplicate check against {args.applicants:,}, mean of 60 cases",
        [t / len(probes) for t in dup_enc], [t / len(probes) for t in dup_plain])
    single = []
    for d in probes:
        t0 = time.perf_counter()
        matching.duplicates(enc, matching.identity_of(d.case_number, d.person), dossiers.id_for(enc, d.case_number))
        single.append((time.perf_counter() - t0) * 1000)
    row(f"duplicate check against {args.applicants:,}, single calls (60 cases)", single, None, p95(30))
    found = names.search_recall(enc)
    at_least = Target("median", 1.0, low=0.95)
    row(f"real-world spellings: search recall, dossier in the first 50 ({found['queries']} queries, "
        f"{args.applicants:,} applicants)", [found["recall"]], None, at_least, unit="fraction")
    row("real-world spellings: those searches, time per query", found.pop("times"), None, p95(15))
    quality = {"real": names.tier_quality(names.REAL), "synthetic": names.tier_quality(names.SYNTHETIC),
               "search": found}
    for label, q in (("real-world", quality["real"]), ("synthetic", quality["synthetic"])):
        row(f"{label} pairs ({q['pairs']}): duplicate recall, either tier", [q["either_recall"]], None, at_least,
            unit="fraction")
        row(f"{label} pairs: precision of the likely tier", [q["likely_precision"]], None, at_least, unit="fraction")
        row(f"{label} pairs: recall of the likely tier", [q["likely_recall"]], None, unit="fraction")
        row(f"{label} pairs: precision of the possible tier", [q["possible_precision"]], None, unit="fraction")
    row("open a dossier (all its records)", *paired(lambda: dossiers.load(enc, case),
        lambda: dossiers.load(pl, case), args.repeat))
    row("save an edit (load, update, reindex, commit with fsync)", *paired(lambda: save(enc),
        lambda: save(pl), args.repeat))
    enc.close()
    pl.close()
    # the same queries on a compacted copy (VACUUM + FTS optimize + ANALYZE) and its own plain copy
    enc, pl = connect(compacted, key), open_plain(compacted_plain)
    list_rows(row, enc, pl, live, " — compacted copy")
    search_rows(row, enc, pl, args.repeat * 3, " — compacted copy")
    enc.close()
    pl.close()
    sizes = {"as_left": (vdir / DB_FILE).stat().st_size, "compacted": compacted.stat().st_size}
    shutil.rmtree(compacted.parent, ignore_errors=True)
    for f in (plain, compacted_plain):
        f.unlink(missing_ok=True)
    row("vault size per demo applicant, as the app leaves it", [sizes["as_left"] / args.applicants / 1000], None,
        Target("median", 7.0), unit="kB")
    row("vault size per demo applicant, compacted", [sizes["compacted"] / args.applicants / 1000], None, unit="kB")
    return {"matching": quality, "found": found, "sizes": sizes}


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "?"


def commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout.strip()
        return head + ("+changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _today() -> str:
    import datetime as dt

    return dt.date.today().isoformat()


def show_clock() -> int:
    """The day this process and a spawned worker (as the export starts them) see."""
    import concurrent.futures as cf
    import multiprocessing

    with cf.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        worker = pool.submit(_today).result()
    print(f"bench process: {_today()}\nspawned worker: {worker}\n{clock.ENV}: {FAKE_DAY or 'not set'}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--applicants", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--runs", type=int, default=2, help="measure everything this many times; report the spread")
    ap.add_argument("--bundles", type=int, default=1000, help="cases exported, verified and imported")
    ap.add_argument("--no-gui", action="store_true", help="leave out the GUI probes")
    ap.add_argument("--show-clock", action="store_true", help="print the day the bench and its workers see; exit")
    args = ap.parse_args()
    if args.show_clock:
        return show_clock()
    started, load_before = time.perf_counter(), load()
    cache = ROOT / "bench" / "cache"
    cache.mkdir(parents=True, exist_ok=True, mode=0o700)
    vdir = build(cache, args.applicants)
    t = time.perf_counter()
    s = vault.unlock(vdir, "Bench", PASS)
    print(f"unlock incl. any pending migration: {time.perf_counter() - t:.2f} s", flush=True)
    key = bytes(s._data_key)  # the session zeroes its buffer on close
    slot_id = keyslots.load(vdir).slot_id_for("Bench")
    case = s.list_applicants()[args.applicants // 2].case_number
    live = len(s.list_view(ListQuery()).ids)  # what the desktop list shows
    s.close()  # the app's close: its upkeep runs here too
    QUERIES["case number"] = case
    table = Table()
    row = table.row
    from bench.exchange import measure as exchange_measure
    from bench.gui import measure as gui_measure

    results: dict[str, Any] = {}
    params = kdf.calibrate()  # the parameters the app would pick on this machine
    for run in range(1, args.runs + 1):
        table.run = run
        print(f"run {run} of {args.runs} (load average {load()})", flush=True)
        row(f"KDF Argon2id alone (t={params.time_cost}, m={params.memory_kib // 1024} MiB, calibrated here)",
            timeit(lambda: kdf.time_once(params), 3, warmup=0), None, Target("median", 1000, low=500))
        results = storage(row, args, vdir, key, slot_id, live, case)
        results["exchange"] = exchange_measure(row, vdir, "Bench", "KYIV", PASS, args.bundles, timeit)
        results["gui"] = None if args.no_gui else gui_measure(row, vdir, "Bench", PASS, live)
    cipher = cipher_version(vdir, key)
    rekey_seconds = measure_rekey(row, vdir, args.applicants)
    sizes, quality, found, gui = results["sizes"], results["matching"], results["found"], results["gui"]
    meta = {"applicants": args.applicants, "listed": live, "python": platform.python_version(),
            "machine": platform.machine(), "cpus": os.cpu_count(), "cpu_model": cpu_model(),
            "sqlcipher": dbapi2.sqlite_version, "cipher_version": cipher, "runs": args.runs,
            "vault_bytes": sizes["as_left"], "bytes_per_applicant": sizes["as_left"] / args.applicants,
            "compacted_bytes": sizes["compacted"], "matching": quality, "exchange": results["exchange"],
            "gui": gui, "rekey_seconds": rekey_seconds, "date": time.strftime("%Y-%m-%d"),
            "fake_clock": FAKE_DAY.isoformat() if FAKE_DAY else None,
            "reference_date": REFERENCE_DATE.isoformat(), "commit": commit(), "load_before": load_before,
            "load_after": load(), "bench_seconds": time.perf_counter() - started}
    notes = [
        f"Vault size: {sizes['as_left'] / 1e6:.1f} MB as the app leaves it, {sizes['compacted'] / 1e6:.1f} MB "
        f"compacted, for {args.applicants:,} applicants with interviews, exams and scanned pages "
        f"({sizes['as_left'] / args.applicants:,.0f} / {sizes['compacted'] / args.applicants:,.0f} bytes per "
        "applicant).",
        f"Labelled sets: tests/data/real_name_pairs.json ({quality['real']['pairs']} pairs, "
        f"{quality['real']['same']} same person / {quality['real']['different']} different: spellings Wikidata records "
        "for each name item (CC0), from OpenSanctions' rigour 2.6.1 wheel, surnames held out of the app's tables; "
        "dates of birth generated) and tests/data/match_pairs.json "
        f"({quality['synthetic']['pairs']} synthetic pairs). Real-spelling searches whose sound candidates "
        f"reached the cap (where newest-first could favour the inserted dossiers): {found['candidates_capped']} "
        f"of {found['queries']}. Search misses: "
        + ("; ".join(found["misses"][:10]) or "none") + ".",
        *([f"GUI memory: {gui['rss_at_unlock_screen_mb']:.0f} MB at the unlock screen, "
           f"{gui['rss_with_list_mb']:.0f} MB with the list shown, {gui['rss_end_mb']:.0f} MB after scrolling, "
           "sorting, searching and opening a dossier (offscreen platform; a desktop session adds its own "
           "graphics buffers)."] if gui else ["GUI probes left out (--no-gui)."]),
        f"Whole benchmark: {meta['bench_seconds']:.0f} s.",
    ]
    missed = table.write(ROOT / "bench", "" if args.applicants >= 100_000 else "-quick", meta, notes)
    if missed:
        print("\nTARGETS MISSED:\n" + "\n".join(f"  - {m}" for m in missed), file=sys.stderr)
        return 1
    return 0


def measure_rekey(row: Callable[..., Any], vdir: Path, applicants: int) -> float:
    """A key rotation (what `user remove` runs): the whole database exported under a new
    key and checked, every slot rewrapped. On a copy of the vault folder, so the measured
    vault keeps its history (a rotation writes a compacted file)."""
    copy = vdir.parent / f"{vdir.name}-rekey"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(vdir, copy, ignore=shutil.ignore_patterns("vault.lock"))
    try:
        s = vault.unlock(copy, "Bench", PASS)
        try:
            report = s.rekey()
        finally:
            s.close()
    finally:
        shutil.rmtree(copy, ignore_errors=True)
    row(f"change the data key (rekey, {report.database_bytes / 1e6:.0f} MB, {applicants:,} applicants)",
        [report.seconds * 1000], None, Target("max", 120_000))
    return report.seconds


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def cipher_version(vdir: Path, key: bytes) -> str:
    conn = connect(vdir / DB_FILE, key)
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()


if __name__ == "__main__":
    sys.exit(main())
