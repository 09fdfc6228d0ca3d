"""Deterministic crash points: the real CLI killed at every write, pwrite, fsync
and rename it makes (strace fault injection), during a login after a failure,
a failed login, policy changes, user changes (add, passphrase, remove with its
key rotation), a key rotation, backup, restore, a migration (with the key
file's conversion) and `dossier compact` (search-index optimize, VACUUM, ANALYZE). Every
scenario also crosses the upkeep each close does (statistics, a bounded index merge).

After each kill the vault must open with no warning (a crash is not tampering),
everything the CLI had reported done must be there, and no leftover file may
hold data that opens (with any passphrase or data key the test knows). `make
stress` runs every point (two at a time); `make test` six per scenario, spread
over them (each syscall's first and last call among them).
"""

from __future__ import annotations

import shutil
import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from app.errors import AuthenticationError, DossierError, NotFoundError
from app.vault import attempts, backup, keyfile, keyslots, vault
from app.vault.connection import connect
from tests.adversarial import count
from tests.adversarial import killpoints as kp
from tests.conftest import PASS, PASS2, sample_doc

PASS3 = "amber walrus fiddle quarantine seventy"
LIMIT = count(6, 0) or None  # per scenario in `make test`; every point in `make stress`
WORKERS = 2
RESULTS: Counter[str] = Counter()
_COUNTING = threading.Lock()
_OPENING = kp.SPAWN  # opening one at a time, and never while a kill run is being forked


def _tally(key: str, n: int = 1) -> None:
    with _COUNTING:
        RESULTS[key] += n
pytestmark = pytest.mark.skipif(not kp.strace_works(), reason="strace (ptrace) is not available here")


@dataclass
class Case:
    work: Path
    args: list[str]
    env: dict[str, str]
    reported: Callable[[str], bool]  # did stdout say the change is done?
    context: dict[str, Any] = field(default_factory=dict)

    @property
    def vault(self) -> Path:
        return self.work / "vault"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from app.domain.enums import Role
    from app.domain.interchange import parse_document

    tmp = tmp_path_factory.mktemp("killbase")
    s = vault.create(tmp / "vault", "KYIV", "Alpha", PASS)
    for i in range(3):
        s.add_applicant(parse_document(sample_doc(surname=f"Вбивчий{i}")))
    s.add_user("Bravo", Role.OFFICER, PASS2)
    key = bytes(s._data_key)
    s.backup_to(tmp / "base.fdbackup")
    s.close()
    legacy = tmp / "legacy"
    from tests.test_migrations import make_vault_at

    make_vault_at("0006", legacy)
    return {"tmp": tmp, "vault": tmp / "vault", "key": key, "keys": (tmp / "vault" / "vault.keys").read_bytes(),
            "backup": tmp / "base.fdbackup", "legacy": legacy}


def _env(work: Path, passphrase: str = PASS, **extra: str) -> dict[str, str]:
    return {"DOSSIER_USER": "Alpha", "DOSSIER_PASSPHRASE": passphrase, "KP_TMP": str(work), **extra}


def _case(name: str, base: dict[str, Any], work: Path) -> Case:
    """A fresh copy of the starting state, and the command to kill."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    (work / "stick").mkdir()
    source = base["legacy"] if name == "migration" else base["vault"]
    shutil.copytree(source, work / "vault", ignore=shutil.ignore_patterns("vault.lock"))
    v = ["--vault", str(work / "vault")]
    if name == "login after a failure":
        kp.run([*v, "audit", "verify"], _env(work, "wrong passphrase for this vault"))
        from tests.keyfile_helpers import set_counter

        set_counter(work / "vault", last_failure=0.0)
        return Case(work, [*v, "applicant", "list"], _env(work), lambda out: "KYIV-" in out)
    if name == "failed login":
        return Case(work, [*v, "applicant", "list"], _env(work, "wrong passphrase for this vault"),
                    lambda out: False)
    if name == "policy":
        return Case(work, [*v, "policy", "--wipe-after", "5"], _env(work), lambda out: "after 5" in out)
    if name == "user add":
        return Case(work, [*v, "user", "add", "Charlie", "--role", "officer"],
                    _env(work, DOSSIER_NEW_PASSPHRASE=PASS3), lambda out: "added" in out)
    if name == "passphrase change":
        return Case(work, [*v, "user", "passwd"], _env(work, DOSSIER_NEW_PASSPHRASE=PASS3),
                    lambda out: "changed" in out)
    if name == "user remove":
        return Case(work, [*v, "user", "remove", "Bravo"], _env(work), lambda out: "data key was changed" in out)
    if name == "rekey":
        return Case(work, [*v, "rekey"], _env(work), lambda out: "Data key changed" in out)
    if name == "backup":
        dest = work / "stick" / "b.fdbackup"
        return Case(work, [*v, "backup", "--to", str(dest)], _env(work), lambda out: "Backup written" in out,
                    {"dest": dest})
    if name == "restore":
        shutil.rmtree(work / "vault")
        shutil.copy(base["backup"], work / "stick" / "base.fdbackup")
        return Case(work, ["restore", str(work / "stick" / "base.fdbackup"), "--vault", str(work / "vault")],
                    _env(work), lambda out: "Vault restored" in out)
    if name == "migration":
        return Case(work, [*v, "applicant", "list"], _env(work), lambda out: "ODESA-2026-0001" in out)
    if name == "compact":  # search-index optimize, VACUUM, ANALYZE (app/vault/maintenance.py), then the close's upkeep
        return Case(work, [*v, "compact"], _env(work), lambda out: "Vault compacted" in out)
    raise AssertionError(name)


SCENARIOS = ["login after a failure", "failed login", "policy", "user add", "passphrase change",
             "user remove", "rekey", "backup", "restore", "migration", "compact"]


def _open(case: Case) -> Any:
    """Open as the next start-up would; the passphrase may have changed (or not yet)."""
    tried: list[str] = []
    for passphrase in (PASS, PASS3):
        try:
            return vault.unlock(case.vault, "Alpha", passphrase)
        except AuthenticationError as exc:
            tried.append(exc.message)
    raise AssertionError(f"Alpha cannot log in after the kill: {tried}")


def _allowed(case: Case) -> set[Path]:
    names = {"vault.keys", "vault.db", "vault.db-wal", "vault.db-shm", "vault.mark", "vault.lock", "vault.reserve"}
    allowed = {(case.vault / n).resolve() for n in names}
    allowed |= {p.resolve() for p in (case.vault / "backups").glob("pre-migration-*.db")}
    allowed |= {p.resolve() for p in (case.work / "stick").glob("*.fdbackup")}  # finished backups only
    return allowed


def _check(name: str, case: Case, run: kp.Run, base: dict[str, Any], point: str) -> None:
    reported = case.reported(run.stdout)
    if name == "restore" and not case.vault.exists():
        with pytest.raises(NotFoundError):  # the next start-up on that folder sweeps what was left
            vault.unlock(case.vault, "Alpha", PASS)
        assert not reported, f"{point}: restore reported done, but there is no vault"
        s = None
    else:
        s = _open(case)
    try:
        if s is not None:
            assert s.warnings == [], f"{point}: false warning after a crash: {s.warnings}"
            _tally("opened")
            _committed(name, case, s, reported, base, point)
            keys = [base["key"], bytes(s._data_key)]
        else:
            keys = [base["key"]]
    finally:
        if s is not None:
            s.close()
    passphrases = [("Alpha", PASS), ("Alpha", PASS3), ("Bravo", PASS2), ("Charlie", PASS3)]
    leftovers = kp.readable_leftovers([case.work], _allowed(case), passphrases, keys)
    _tally("readable leftovers", len(leftovers))
    assert leftovers == [], f"{point}: leftovers that still open: {leftovers}"


def _committed(name: str, case: Case, s: Any, reported: bool, base: dict[str, Any], point: str) -> None:
    """What the CLI reported done must be there (and the key file must agree with the vault)."""
    lost = ""
    slots = keyslots.load(case.vault)
    active = {u.callsign for u in s.list_users() if u.active}
    if {x.slot_id for x in slots.slots} != {slots.slot_id_for(c) for c in active}:
        lost = "the key file's slots do not match the vault's users"
    elif name == "policy" and reported and not (s.wipe_after == 5 == slots.wipe_after):
        lost = "the reported policy is not in force"
    elif name == "user add" and reported and "Charlie" not in active:
        lost = "the reported user is missing"
    elif name == "passphrase change" and reported:
        s2_ok = keyslots.load(case.vault).find("Alpha") is not None
        try:
            slots.unwrap("Alpha", PASS3)
        except AuthenticationError:
            s2_ok = False
        lost = "" if s2_ok else "the reported new passphrase does not open the vault"
    elif name in ("user remove", "rekey") and reported:
        old = keyslots.SlotFile.from_payload(keyfile.parse(base["keys"]).payload)
        try:
            connect(case.vault / "vault.db", old.unwrap("Bravo", PASS2)).close()
            lost = "a key file from before the rotation still opens the vault"
        except DossierError:
            pass
    elif name == "backup" and reported:
        backup._check_archive(case.context["dest"])
    elif name == "restore" and reported and s.count_applicants() != 3:
        lost = "the restored vault lacks applicants"
    elif name == "migration" and reported and not s.search("Kovalenko"):
        lost = "the migrated vault lacks its data"
    elif name == "compact" and (s.count_applicants() != 3 or len(s.search("Вбивчий0")) != 1):
        lost = "upkeep lost applicants or their search entries"
    if name == "user remove" and "Bravo" not in active:
        with pytest.raises(AuthenticationError):
            keyslots.load(case.vault).unwrap("Bravo", PASS2)
    _tally("lost commits", bool(lost))
    assert not lost, f"{point}: {lost}"


@pytest.fixture
def no_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attempts, "delay_for", lambda consecutive: 0.0)


@pytest.mark.parametrize("name", SCENARIOS)
def test_every_kill_point(name: str, base: dict[str, Any], tmp_path: Path, no_delay: None) -> None:
    first = _case(name, base, tmp_path / "count")
    calls = kp.count_calls(first.args, first.env)
    assert sum(calls.values()) > 0, calls
    RESULTS[f"calls: {name}"] = sum(calls.values())

    def one(point: tuple[str, int]) -> None:
        syscall, n = point
        case = _case(name, base, tmp_path / f"{syscall}-{n}")
        result = kp.run(case.args, case.env, kill=(syscall, n))
        _tally("kill points")
        _tally(f"killed: {name}", result.killed)
        assert result.killed or result.code in (0, 3), f"{name} {syscall}#{n}: exit {result.code} {result.stderr}"
        with _OPENING:  # the kills run two at a time; opening (and migrating: Alembic) one at a time
            _check(name, case, result, base, f"{name}, {syscall} #{n}")
        shutil.rmtree(case.work, ignore_errors=True)

    chosen = kp.points(calls, LIMIT)
    with ThreadPoolExecutor(WORKERS) as pool:
        for future in [pool.submit(one, p) for p in chosen]:
            future.result()
    # the kills did land: a point is only skipped when a run makes fewer calls than counted
    missed = len(chosen) - RESULTS[f"killed: {name}"]
    assert missed <= max(2, len(chosen) // 10), f"{missed} of {len(chosen)} kill points never came"


def test_zz_report(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        killed = {k[8:]: v for k, v in RESULTS.items() if k.startswith("killed")}
        calls = {k[7:]: v for k, v in RESULTS.items() if k.startswith("calls")}
        print(f"\nkill points: {RESULTS['kill points']} of {sum(calls.values())} calls "
              f"({sum(killed.values())} killed mid-run; "
              f"{', '.join(f'{k} {killed.get(k, 0)}/{v}' for k, v in calls.items())}); "
              f"false warnings 0 of {RESULTS['opened']} opens; lost commits {RESULTS['lost commits']}; "
              f"readable leftovers {RESULTS['readable leftovers']}")
    assert RESULTS["lost commits"] == RESULTS["readable leftovers"] == 0
