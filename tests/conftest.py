"""Shared fixtures. Every test gets a fresh vault in its own temp folder.

Vaults made here use cheap Argon2 parameters through the explicit, test-only
DOSSIER_INSECURE_TEST_KDF=1 setting; the shipped default is untouched by it
(tests/test_keyslots.py checks the default calibration separately).
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

os.environ["DOSSIER_INSECURE_TEST_KDF"] = "1"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.gui_helpers import ukrainian  # noqa: F401 - the Ukrainian-window fixture, offered to every test

# Tests check correctness, never wall-clock time: no Hypothesis deadline and no "too slow"
# health check (both measure the shared machine's load, not the code). A test's own
# @settings overrides the example count and keeps these.
settings.register_profile("dossier", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("dossier")


def _hardening_off_in_pytest() -> None:
    """Tests that run the CLI in-process must not harden pytest itself: a hard core-size
    limit of 0 would pass to every later child, and tests/test_hardening.py needs a parent
    whose children may dump core. The real CLI, run as a child process, still hardens
    (tests/test_hardening.py checks it there)."""
    from app import hardening

    hardening.harden = lambda: True


_hardening_off_in_pytest()

PASS = "correct horse battery staple orbit"
PASS2 = "violet tractor umbrella seventeen canyon"
ROOT = Path(__file__).resolve().parent.parent

SAMPLE: dict[str, Any] = {
    "format": "field-dossier/1",
    "person": {
        "surname": "Шевчук",
        "given_name": "Олег",
        "patronymic": "Петрович",
        "date_of_birth": "1991-04-12",
        "place_of_birth": "Харків",
        "citizenships": ["UA"],
        "category": "serving_soldier",
        "documents": [{"type": "passport", "number": "FA123456", "issuer": "ДМС"}],
        "military": [{"unit": "в/ч 12345", "rank": "сержант", "branch": "ЗСУ"}],
        "relatives": [{"relation": "мати", "name": "Шевчук Ганна", "residence": "Мелітополь",
                       "hostile_territory": True}],
        "languages": ["uk", "ru"],
    },
    "application": {"received_on": "2026-10-01", "text": "Прошу прийняти мене до підрозділу.",
                    "signed": True},
    "interviews": [{"template_id": "screening", "template_version": 1,
                    "answers": {"motivation": "захист родини"}, "interviewer": "Alpha",
                    "assessment": "credible", "notes": "спокійний",
                    "sealed_by": "Alpha", "sealed_at": "2026-10-02T10:00:00Z"}],
    "checks": [{"kind": "security_service", "result": "no_record"}],
    "polygraph_exams": [{
        "number": 1, "examiner": "Bravo", "held_on": "2026-10-20", "charts": 3,
        "questions": [{"label": "R1", "type": "relevant", "text": "Чи маєте зв'язок із ФСБ?"},
                      {"label": "C1", "type": "comparison", "text": "Чи брехали ви колись?"}],
        "scores": [{"chart": 1, "question": "R1", "channel": "eda", "score": 2}],
        "method": "federal_7", "rule": {"name": "grand_total", "ndi": 6, "di": -6},
        "result": "NDI", "sealed_by": "Bravo", "sealed_at": "2026-10-20T12:00:00Z"}],
}


def sample_doc(**person: Any) -> dict[str, Any]:
    doc = copy.deepcopy(SAMPLE)
    doc["person"].update(person)
    return doc


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Logs, config and data folders go to a temp home, never the developer's."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("HOME", ""), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(home / sub))
    for var in ("DOSSIER_PASSPHRASE", "DOSSIER_NEW_PASSPHRASE", "DOSSIER_USER", "DOSSIER_VAULT"):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def session(vault_dir: Path):  # type: ignore[no-untyped-def]
    from app.vault import vault

    s = vault.create(vault_dir, "KYIV", "Alpha", PASS)
    yield s
    s.close()


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOSSIER_")}
    env.update({"DOSSIER_INSECURE_TEST_KDF": "1", "PYTHONPATH": str(ROOT)})
    env.update(extra)
    return env


def run_cli(*args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the real `dossier` entry point in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "app", *args], input=stdin, capture_output=True, text=True,
        env=cli_env(**env), timeout=120, check=False,
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def scripted():  # type: ignore[no-untyped-def]
    from app.ui import prompts
    from tests.gui_helpers import ScriptedPrompts

    fake = ScriptedPrompts()
    previous = prompts.install(fake)
    yield fake
    prompts.install(previous)


# -- the exchange with HQ: one HQ and one officer enrolment per test module (scrypt is slow) --
@pytest.fixture(scope="module")
def hq(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from app.casefile.hq import HqKeystore
    from tests.exchange_helpers import HQ_PASS

    return HqKeystore.init(tmp_path_factory.mktemp("hq") / "hq", HQ_PASS)


@pytest.fixture(scope="module")
def alpha(hq, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from tests.exchange_helpers import issue_enrolment

    return issue_enrolment(hq, tmp_path_factory.mktemp("enrol"))


@pytest.fixture
def field(hq, alpha, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A vault of post KYIV whose supervisor Alpha is enrolled with `hq`."""
    from tests.exchange_helpers import enrolled_vault

    s = enrolled_vault(tmp_path / "field", hq, tmp_path, prepared=alpha)
    yield s
    s.close()


def seed_dossier(session: Any, doc: dict[str, Any]) -> str:
    """Store a document *with* its seals, amendments and decision, as records made in this vault
    would stand: setup for tests of features that need sealed records (flags, case files, bundles).
    It writes below the guarded layer on purpose; no test of the guard itself uses it, and no app
    code can (tests/test_guard_layer.py)."""
    from app.domain.interchange import parse_document
    from app.domain.names import fill_latin
    from app.vault.guard import store

    parsed = parse_document(copy.deepcopy(doc))
    d = parsed.dossier
    fill_latin(d.person)
    metas = {a.sha256: a for a in d.attachments}
    d.attachments = []
    with session.write() as c:
        session.give_identity(c, d)
        applicant_id = store.insert(c, d)
        for sha, data in parsed.blobs.items():
            store.put_attachment(c, applicant_id, metas[sha].name, data, metas[sha].purpose)
        session.audit(c, "create", d.case_number, "test setup")
    return d.case_number
