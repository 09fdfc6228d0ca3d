"""Single-byte tampering at random offsets: nothing tampered is silently accepted.

For each target a random offset gets a random non-zero XOR. The outcome must be
either *detected* (a clear DossierError, a warning at unlock, a problem from
`dossier check`, a failed verification) or *provably harmless*: the vault's
full content (every dossier, every audit entry) is identical to the untouched
copy, or for a PDF the flipped byte lies outside the signed byte ranges.
`make test` does 25 flips per target (150), `make stress` 170 (1,020).
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509

from app.casefile import casefile, package
from app.casefile.hq_ops import trust_of
from app.casefile.verify import verify_bytes
from app.domain.serde import to_jsonable
from app.errors import DossierError
from app.vault import integrity, vault
from tests.adversarial import count
from tests.conftest import PASS, ROOT
from tests.exchange_helpers import add_case, enrolled_vault

FLIPS = count(25, 170)
RESULTS: Counter[str] = Counter()


def _flip(data: bytes, rng: random.Random) -> tuple[bytes, int]:
    b = bytearray(data)
    offset = rng.randrange(len(b))
    b[offset] ^= rng.randrange(1, 256)
    return bytes(b), offset


def _digest(s: Any) -> str:
    """Everything a user could lose or see changed, as one hash."""
    h = hashlib.sha256()
    for summary in s.list_applicants():
        d = s.get_dossier(summary.case_number)
        h.update(json.dumps(to_jsonable(d), sort_keys=True, ensure_ascii=False).encode())
    for e in s.audit_entries(limit=10**6):
        if e.action not in ("login", "view"):  # the check's own entries differ by their times
            h.update(json.dumps([e.seq, e.at, e.actor, e.action, e.case_number, e.detail]).encode())
    return h.hexdigest()


def _outcome(folder: Path) -> tuple[str, str]:
    """('detected', why) or ('opened', content digest)."""
    try:
        s = vault.unlock(folder, "Alpha", PASS, wait=False)
    except DossierError as exc:
        return "detected", type(exc).__name__
    try:
        if s.warnings:
            return "detected", "warning at unlock"
        if any(e.action == "failed_unlock" for e in s.audit_entries(limit=3)):
            # one area of the key file damaged: the other opens, and the damage counts (and
            # is audited) as the failed attempt a torn write may have been
            return "detected", "counted as a failed unlock"
        problems = integrity.check(s)
        if problems:
            return "detected", "dossier check"
        return "opened", _digest(s)
    except DossierError as exc:
        return "detected", type(exc).__name__
    finally:
        s.close()


@pytest.fixture(scope="module")
def material(hq, alpha, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("tamper")
    s = enrolled_vault(tmp / "field", hq, tmp, prepared=alpha)
    cases = [add_case(s, surname=f"Тампер{i}") for i in range(12)]
    pdf, _ = casefile.signed_pdf(s, cases[0])
    bundle_bytes = _bundle(s, cases[1], tmp)
    s.close()
    # A closed vault (checkpointed: everything in vault.db) ...
    closed = tmp / "closed"
    shutil.copytree(tmp / "field", closed)
    # ... and a crashed one: committed transactions still in the WAL.
    s = vault.unlock(tmp / "field", "Alpha", PASS)
    for i in range(6):
        d = s.get_dossier(cases[i])
        assert d.application is not None
        d.application.text = f"after the checkpoint {i}"
        s.save_dossier(d)
    crashed = tmp / "crashed"
    crashed.mkdir()
    for name in ("vault.db", "vault.db-wal", "vault.keys", "vault.mark"):
        shutil.copy2(tmp / "field" / name, crashed / name)  # as a SIGKILL leaves them (no -shm)
    s.close()
    wl = tmp / "wl.json"
    wl.write_text(json.dumps({"format": "field-dossier/watchlist/1", "entries": []}))
    pkg = tmp / "update.pkg"
    package.build(hq, pkg, wl, None, [ROOT / "resources/rules/workflow.json"])
    trust = enrolled_trust = None
    s = vault.unlock(tmp / "field", "Alpha", PASS)
    enrolled_trust = s.hq_trust()
    s.close()
    trust = trust_of(hq)
    yield {"tmp": tmp, "closed": closed, "crashed": crashed, "pdf": pdf, "bundle": bundle_bytes,
           "package": pkg.read_bytes(), "trust": trust, "field_trust": enrolled_trust,
           "ca": x509.load_pem_x509_certificate((hq.folder / "ca.pem").read_bytes())}


def _bundle(s: Any, case: str, tmp: Path) -> bytes:
    from app.casefile.export import export_cases

    stick = tmp / "stick"
    stick.mkdir()
    report = export_cases(s, [case], stick, workers=0)
    return report.exported[0].file.read_bytes()


def _vault_flips(material: dict[str, Any], which: str, target: str, seed: int) -> None:
    rng = random.Random(seed)
    src = material[which]
    _, pristine = _outcome(_copy(src, material["tmp"] / "pristine"))
    assert _ == "opened"
    for i in range(FLIPS):
        work = _copy(src, material["tmp"] / f"work-{which}-{target}-{i}")
        path = work / target
        data, offset = _flip(path.read_bytes(), rng)
        path.write_bytes(data)
        kind, detail = _outcome(work)
        if kind == "opened":
            assert detail == pristine, f"{target} byte {offset}: opened with different content, no warning"
            RESULTS[f"{which} {target}: harmless"] += 1
        else:
            RESULTS[f"{which} {target}: detected ({detail})"] += 1
        shutil.rmtree(work)


def _copy(src: Path, dst: Path) -> Path:
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("vault.lock", "vault.db-shm"))
    return dst


def test_database_flips(material: dict[str, Any]) -> None:
    _vault_flips(material, "closed", "vault.db", 1)


def test_wal_flips(material: dict[str, Any]) -> None:
    assert (material["crashed"] / "vault.db-wal").stat().st_size > 0
    _vault_flips(material, "crashed", "vault.db-wal", 2)


def test_slot_file_flips(material: dict[str, Any]) -> None:
    _vault_flips(material, "closed", "vault.keys", 3)


def _byte_flips(data: bytes, seed: int, check: Callable[[bytes, int], str]) -> None:
    rng = random.Random(seed)
    for _ in range(FLIPS):
        tampered, offset = _flip(data, rng)
        RESULTS[check(tampered, offset)] += 1


def test_bundle_flips(material: dict[str, Any]) -> None:
    def check(data: bytes, offset: int) -> str:
        report = verify_bytes(data, material["trust"])
        assert not report.ok, f"bundle byte {offset}: accepted"
        failed = next(c.name for c in report.checks if not c.ok)
        return f"bundle: detected ({failed})"
    assert verify_bytes(material["bundle"], material["trust"]).ok
    _byte_flips(material["bundle"], 4, check)


def test_update_package_flips(material: dict[str, Any]) -> None:
    trust = material["field_trust"]
    path = material["tmp"] / "flipped.pkg"

    def check(data: bytes, offset: int) -> str:
        path.write_bytes(data)
        with pytest.raises(DossierError) as info:
            package.read(path, trust["hq_field_identity"], trust["hq_ca_pem"])
        return f"package: detected ({type(info.value).__name__})"
    path.write_bytes(material["package"])
    package.read(path, trust["hq_field_identity"], trust["hq_ca_pem"])  # the untouched one reads
    _byte_flips(material["package"], 5, check)


def _signed_ranges(pdf: bytes) -> list[tuple[int, int]]:
    import re

    m = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf)
    assert m is not None
    a, b, c, d = (int(x) for x in m.groups())
    return [(a, a + b), (c, c + d)]


def test_signed_pdf_flips(material: dict[str, Any]) -> None:
    from app.casefile.signing import verify_pdf

    pdf = material["pdf"]
    assert verify_pdf(pdf, material["ca"]).ok
    ranges = _signed_ranges(pdf)

    def check(data: bytes, offset: int) -> str:
        result = verify_pdf(data, material["ca"])
        if result.ok:  # only possible outside what the signature covers: the /Contents gap
            assert not any(lo <= offset < hi for lo, hi in ranges), f"PDF byte {offset}: accepted"
            return "pdf: harmless (inside the signature's padding)"
        return "pdf: detected"
    _byte_flips(pdf, 6, check)


def test_zz_report(capsys: pytest.CaptureFixture[str]) -> None:
    """Print the tally (runs last in this module)."""
    assert sum(RESULTS.values()) == 6 * FLIPS
    with capsys.disabled():
        print(f"\ntampering: {sum(RESULTS.values())} single-byte flips")
        for key, n in sorted(RESULTS.items()):
            print(f"  {n:5d}  {key}")
