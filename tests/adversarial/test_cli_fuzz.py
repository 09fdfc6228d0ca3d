"""A fuzz target over every command that takes a file: no input may end in exit 70.

Every argument of the real parser that reads a file or folder is fuzzed (the list is
checked against `app.cli.build_parser`, so a new one fails this suite until it is
added to tests/adversarial/cli_fuzz_inputs.py): interchange JSON (`applicant add`,
`applicant update`), an exam (`exam add`), attachments, watchlists, backups
(`restore`), update packages, enrolment files and their passphrase files, bundles
(`verify`, `import`, many at a time), passphrase and new-passphrase files, HQ
recipient files, HQ passphrase files and a damaged HQ key store (for every `hq`
command and `verify`), supervisors' transfers (`hq transfer --file`), HQ package
sources (`--forms`, `--watchlist`, `--rules`), a recovered laptop's vault (`hq
recover`), and the vault's own key file and commit mark. Mutations
(tests/adversarial/mutators.py): bytes flipped, cut or inserted; JSON values replaced,
deleted or added, deep nesting, huge strings, absurd dates, control characters, wrong
types; archives with random members, sealed with the right age recipient so the
parsers behind the encryption are reached.

The real entry point `app.cli.main` runs in-process (the same argument parsing and the
same top-level handler that picks the exit code), every input on a fresh copy of a
cheap-KDF vault, so 10,000 inputs fit in minutes; the parser is built once and the
wait after a wrong passphrase is zero (the timings are not under test). Every
`SAMPLE`-th input instead runs in a real `python -m app` process. Fails on: exit 70,
"Traceback" in the output, or any exception escaping `main`. `make test`: 150
inputs; `make stress`: 10,000 (`DOSSIER_FUZZ_INPUTS=N` for another count,
`DOSSIER_FUZZ_KINDS=a,b` for only those kinds). A failing
input is kept and its number printed: the plan is seeded, so it replays.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest

from app import cli
from app.vault import attempts
from tests import age_lowkdf
from tests.adversarial import STRESS, count
from tests.adversarial.cli_fuzz_inputs import FILE_ARGS, KINDS, OUTPUTS, WATCHLIST, Input, Rig, bundle
from tests.conftest import PASS, ROOT, cli_env

TOTAL = int(os.environ.get("DOSSIER_FUZZ_INPUTS", "0")) or count(150, 10_000)
SAMPLE = 100 if STRESS else 15  # every SAMPLE-th input runs in a real `python -m app` process
BATCH = 50  # bundles per `verify` / `import` run
SEED = 20261202
# a focused run of some kinds only: DOSSIER_FUZZ_KINDS="carrier,reissue" (names of KINDS, comma-separated)
ONLY = {k.strip() for k in os.environ.get("DOSSIER_FUZZ_KINDS", "").split(",") if k.strip()}
RESULTS: Counter[str] = Counter()
SECONDS: Counter[str] = Counter()
FAILURES: list[str] = []  # every failing input is recorded and the run goes on: one run gives the whole count
READS = ("FILE", "DIR", "BUNDLE", "HQDIR", "PKG", "VAULT", "FILE.pdf")


def _arguments(parser: argparse.ArgumentParser, prefix: str = "") -> Iterator[tuple[str, argparse.Action]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _arguments(sub, f"{prefix}{name} ")
        elif not isinstance(action, argparse._HelpAction | argparse._VersionAction):
            yield prefix, action


def _file_arguments() -> set[str]:
    """Every argument of the real parser that names a file or folder."""
    out = set()
    for prefix, action in _arguments(cli.build_parser()):
        if action.metavar in READS or action.dest in ("file", "package", "bundles", "dir", "vault_dir"):
            name = max(action.option_strings, key=len) if action.option_strings else action.dest
            out.add(f"{prefix}{name}".strip() if prefix or action.option_strings else name)
    return out


def test_every_argument_that_takes_a_file_is_fuzzed() -> None:
    found = _file_arguments()
    assert found - set(FILE_ARGS) - OUTPUTS == set(), "new file arguments: fuzz them in cli_fuzz_inputs.py"
    assert set(FILE_ARGS) - found == set() and OUTPUTS - found == set(), "stale entries"
    assert set().union(*FILE_ARGS.values()) <= set(KINDS)


@pytest.fixture(scope="module")
def rig(hq, alpha, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rig]:
    from app.casefile import casefile, enrolment, pki, transfer
    from app.casefile.export import export_cases
    from app.domain.interchange import to_document
    from app.vault import vault
    from tests.exchange_helpers import HQ_PASS, add_case, enrolled_vault

    # in memory where there is one: the fuzz fsyncs thousands of vault copies, and disk speed is not under test
    shm = Path("/dev/shm")
    tmp = Path(tempfile.mkdtemp(prefix="clifuzz-", dir=shm if shm.is_dir() and os.access(shm, os.W_OK) else None))
    try:
        build = tmp_path_factory.mktemp("clifuzz-build")
        s = enrolled_vault(tmp / "field", hq, build, prepared=alpha)
        case = add_case(s)
        (tmp / "stick").mkdir()
        bundle_file = export_cases(s, [case], tmp / "stick", workers=0).exported[0].file
        shutil.move(bundle_file, tmp / "good.fdb.age")
        s.backup_to(tmp / "good.fdbackup")
        d = s.get_dossier(case)
        doc = transfer.document(d.case_id, d.case_number, ("Alpha", "KYIV"), ("Bravo", "KYIV"),
                                "hand-over for the fuzz test", pki.utcnow())
        sig = transfer.sign(doc, casefile.signer_for(casefile.signing_material(s)))
        transfer_file = transfer.write(doc, sig, hq.recipient, tmp / "stick")
        rig = Rig(tmp, case, hq, case_doc=to_document(d))
        s.close()
        vault.create(tmp / "plain", "LVIV", "Alpha", PASS).close()
        issued = enrolment.issue(hq, "Alpha", "KYIV", tmp / "good.enrol", False)
        (tmp / "hq.pass").write_text(HQ_PASS)
        (tmp / "good-watchlist.json").write_text(json.dumps(WATCHLIST))
        shutil.copytree(hq.folder, tmp / "hq")
        # age's scrypt at its default work factor costs seconds per opening on a loaded machine; the
        # same content at 2^10 (tests/age_lowkdf.py) is read by the same pyrage code in milliseconds
        for name in ("keystore.age", "identity.age"):
            plain = pyrage.passphrase.decrypt((tmp / "hq" / name).read_bytes(), HQ_PASS)
            (tmp / "hq" / name).write_bytes(age_lowkdf.encrypt(plain, HQ_PASS))
        issued.path.write_bytes(age_lowkdf.encrypt(pyrage.passphrase.decrypt(issued.path.read_bytes(),
                                                                             issued.passphrase), issued.passphrase))
        rig.files = {"bundle": (tmp / "good.fdb.age").read_bytes(), "backup": (tmp / "good.fdbackup").read_bytes(),
                     "vault.keys": (tmp / "field" / "vault.keys").read_bytes(),
                     "vault.mark": (tmp / "field" / "vault.mark").read_bytes(), "enrol": issued.path.read_bytes(),
                     "transfer": transfer_file.read_bytes(), "transfer.json": doc, "transfer.p7s": sig,
                     "otp": issued.passphrase.encode()}
        (tmp / "good.transfer").write_bytes(rig.files["transfer"])
        for p in (tmp / "stick").iterdir():
            p.unlink()
        yield rig
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture
def fast(monkeypatch: pytest.MonkeyPatch) -> None:
    """Build the parser once (argparse's gettext look-ups cost more than most commands),
    do not wait after a wrong passphrase, and write age passphrase files (HQ's key store)
    with a low scrypt work factor: valid age files that pyrage's real decryption reads."""
    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    monkeypatch.setattr(attempts, "delay_for", lambda consecutive: 0.0)
    monkeypatch.setattr(pyrage.passphrase, "encrypt", age_lowkdf.encrypt)  # HQ's own saves: see the rig
    monkeypatch.setenv("DOSSIER_USER", "Alpha")
    monkeypatch.setenv("DOSSIER_PASSPHRASE", PASS)


def _in_process(inp: Input, where: str) -> tuple[int, str]:
    err, out = io.StringIO(), io.StringIO()
    saved = {k: os.environ.get(k) for k in inp.env}
    os.environ.update(inp.env)
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            code = cli.main(inp.argv)
    except SystemExit as exc:  # argparse's own refusals
        code = exc.code if isinstance(exc.code, int) else 2
    except Exception as exc:  # escaped main's own handler: as bad as exit 70
        import traceback

        return cli.EXIT_INTERNAL, f"{type(exc).__name__} escaped main:\n{traceback.format_exc()}"
    finally:
        for k, v in saved.items():
            os.environ.pop(k) if v is None else os.environ.__setitem__(k, v)
    return code, out.getvalue() + err.getvalue()


def _in_child(inp: Input) -> tuple[int, str]:
    env = cli_env(DOSSIER_USER="Alpha", DOSSIER_PASSPHRASE=PASS, **inp.env)
    r = subprocess.run([sys.executable, "-m", "app", *inp.argv], env=env, cwd=ROOT, capture_output=True,
                       text=True, errors="replace", timeout=300, check=False, stdin=subprocess.DEVNULL)
    return r.returncode, r.stdout + r.stderr


def _check(code: int, output: str, where: str, keep: list[Path]) -> None:
    if code == cli.EXIT_INTERNAL or "Traceback" in output:
        kept = Path(tempfile.mkdtemp(prefix="clifuzz-failure-"))  # the rig's folder is removed at the end
        for k in keep:
            shutil.copy(k, kept / k.name)
        FAILURES.append(f"{where}: exit {code}; inputs kept in {kept}\n{output[-1500:]}")


def _bundles(files: list[Path], rig: Rig, where: str, child: bool) -> None:
    """`verify` and `import` of a batch (one HQ key store opening each)."""
    for argv in (["verify", *map(str, files), *rig.hq_args],
                 ["--vault", str(rig.fresh("field")), "import", *map(str, files), *rig.hq_args]):
        inp = Input(argv)
        _check(*(_in_child(inp) if child else _in_process(inp, where)), where, files)


def test_no_file_gives_exit_70(rig: Rig, fast: None, capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(SEED)
    assert not ONLY - set(KINDS), f"DOSSIER_FUZZ_KINDS: no such kind {sorted(ONLY - set(KINDS))}"
    chosen = [k for k in KINDS if k in ONLY] if ONLY else list(KINDS)
    kinds = [k for k in chosen for _ in range(KINDS[k][0])]
    plan = chosen + [rng.choice(kinds) for _ in range(TOTAL - len(chosen))]  # each kind at least once
    batch: list[Path] = []
    children = 0
    for i, kind in enumerate(plan):
        RESULTS[kind] += 1
        where = f"input {i} ({kind})"
        if kind == "bundles":
            batch.append(rig.tmp / f"bundle-{len(batch)}.fdb.age")
            batch[-1].write_bytes(bundle(rng, rig))
            if i % SAMPLE == 0:  # this one alone, in a real process too
                children += 1
                _bundles(batch[-1:], rig, where, child=True)
            if len(batch) == BATCH:
                _bundles(batch, rig, f"bundle batch ending at {where}", child=False)
                batch = []
            continue
        maker = KINDS[kind][1]
        assert maker is not None
        f = rig.tmp / f"input-{i % 2}"
        inp = maker(rng, rig, f)
        child = i % SAMPLE == 0
        children += child
        started = time.perf_counter()
        code, output = _in_child(inp) if child else _in_process(inp, where)
        SECONDS[kind + (" (child)" if child else "")] += time.perf_counter() - started
        RESULTS[f"exit {code}"] += 1
        _check(code, output, where + (" in a child process" if child else ""), [f])
    if batch:
        _bundles(batch, rig, "the last bundle batch", child=False)
    codes = {k: v for k, v in RESULTS.items() if k.startswith("exit")}
    with capsys.disabled():
        print(f"\nCLI fuzzing: {len(plan)} inputs ({children} in a child process), {len(FAILURES)} failing "
              "(exit 70, a traceback or an exception out of main) "
              f"({', '.join(f'{k} {v}' for k, v in sorted(RESULTS.items()) if not k.startswith('exit'))}); "
              f"exit codes of the single-input runs: {dict(sorted(codes.items()))}")
        print("slowest kinds (seconds): " + ", ".join(f"{k} {v:.0f}" for k, v in SECONDS.most_common(6)))
    assert sum(v for k, v in RESULTS.items() if k in KINDS) == TOTAL
    assert FAILURES == [], "\n\n".join(FAILURES[:20])
