"""A fuzz run over bundles that only hold HQ's public recipient, through the real CLI.

Genuine bundles and hostile ones (mutations of a genuine archive re-sealed to
HQ's recipient, as anyone with recipient.txt can) go into one folder, in a
shuffled order, and one `dossier verify` runs over all of them in a child
process. Wanted: no exit 70 and no internal error on any bundle, every hostile
bundle refused (every byte of an archive is covered by a header check, a hash,
a signature or the zero-padding rule), every genuine bundle verified, the exit
code 100 + the number that failed, and the peak RSS while verifying under
300 MB. `make test`: 60 hostile bundles; `make stress`: 3,000.
"""

from __future__ import annotations

import json
import random
import tarfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyrage
import pytest

from app.casefile import bundle, tarsafe
from tests.adversarial import count
from tests.exchange_helpers import HQ_PASS, add_case, archive_time, members_of, run_measured

HOSTILE = count(60, 3000)
GENUINE = count(3, 12)
PEAK_LIMIT_KB = 300 * 1024


def _ours(members: dict[str, bytes]) -> bytes:
    order = [n for n in bundle.REQUIRED if n in members] + sorted(n for n in members if n not in bundle.REQUIRED)
    return tarsafe.write([(n, members[n]) for n in order], archive_time(members))


def _header(name: str, size: int, kind: bytes = tarfile.REGTYPE, **extra: Any) -> bytes:
    info = tarfile.TarInfo(name)
    info.size, info.type, info.mode = size, kind, 0o600
    for k, v in extra.items():
        setattr(info, k, v)
    return info.tobuf(tarfile.GNU_FORMAT, "utf-8", "surrogateescape")


def _deep(rng: random.Random) -> bytes:
    n = rng.choice([65, 1000, 200_000])
    return rng.choice([b"[", b'{"a":']) * n + b"1" + rng.choice([b"]", b"}"]) * n


def mutations(members: dict[str, bytes]) -> list[Callable[[random.Random], bytes]]:
    """Each returns the inner archive of a hostile bundle (or, for the first, a whole file)."""
    inner = _ours(members)

    def flip(rng: random.Random) -> bytes:
        b = bytearray(inner)
        for _ in range(rng.randint(1, 4)):
            b[rng.randrange(len(b))] ^= rng.randrange(1, 256)
        return bytes(b)

    def cut(rng: random.Random) -> bytes:
        return inner[:rng.randrange(len(inner))]

    def append(rng: random.Random) -> bytes:
        return inner + rng.choice([b"x", bytes(512), rng.randbytes(rng.randint(1, 5000)), bytes(20_000)])

    def header_field(rng: random.Random) -> bytes:
        b = bytearray(inner)
        field = rng.choice([(0, 100), (100, 8), (124, 12), (136, 12), (148, 8), (156, 1), (157, 100), (257, 8),
                            (265, 32), (329, 16), (345, 155)])
        old = bytes(b[field[0]:field[0] + field[1]])
        new = old
        while new == old:  # a one-byte field drawn equal to itself would be no mutation at all
            new = rng.randbytes(field[1])
        b[field[0]:field[0] + field[1]] = new
        return bytes(b)

    def huge_size(rng: random.Random) -> bytes:
        size = rng.choice([10**9, 2**33, 2**40, 8**11 - 1])
        return _header(rng.choice(bundle.REQUIRED), size) + rng.randbytes(rng.randint(0, 2048)) + bytes(1024)

    def foreign_member(rng: random.Random) -> bytes:
        kind = rng.choice([tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.CHRTYPE, tarfile.BLKTYPE, tarfile.FIFOTYPE,
                           tarfile.DIRTYPE, tarfile.GNUTYPE_SPARSE, tarfile.GNUTYPE_LONGNAME, tarfile.XHDTYPE,
                           tarfile.XGLTYPE, b"7", b"Z"])
        extra = _header(f"attachments/{'e' * 64}", rng.choice([0, 100, 10**9]), kind, linkname="/etc/shadow")
        body = inner.rstrip(b"\0")
        body += bytes(-len(body) % 512)
        return body + extra + rng.randbytes(512) + bytes(1024)

    def manifest_json(rng: random.Random) -> bytes:
        choice = rng.randrange(5)
        man = {0: _deep(rng), 1: b'{"format":"field-dossier-bundle/2","format":"x"}', 2: b'[NaN]',
               3: b'"' + b"\\u0000" * rng.randint(1, 100_000) + b'"',
               4: json.dumps({"files": [{"path": "case.pdf"}] * 50_000}).encode()}[choice]
        return _ours({**members, "manifest.json": man})

    def case_json(rng: random.Random) -> bytes:
        return _ours({**members, "case.json": rng.choice([_deep(rng), b"1" * 5000, rng.randbytes(3000), b"{}"])})

    def shuffle(rng: random.Random) -> bytes:
        names = list(members)
        rng.shuffle(names)
        picked = names[:rng.randint(0, len(names))] + rng.sample(names, rng.randint(0, 2))
        return tarsafe.write([(n, members[n]) for n in picked], 0)

    def not_age(rng: random.Random) -> bytes:
        return rng.choice([rng.randbytes(rng.randint(0, 4000)), b"age-encryption.org/v1\n" + rng.randbytes(300)])

    return [not_age, flip, cut, append, header_field, huge_size, foreign_member, manifest_json, case_json, shuffle]


@pytest.fixture(scope="module")
def stick(hq: Any, alpha: Any, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str], Counter[str]]:
    from app.casefile.export import export_cases
    from tests.exchange_helpers import enrolled_vault

    tmp = tmp_path_factory.mktemp("bundle-fuzz")
    s = enrolled_vault(tmp / "field", hq, tmp, prepared=alpha)
    folder = tmp / "stick"
    folder.mkdir()
    try:
        cases = [add_case(s, given_name=f"Тест{i}") for i in range(GENUINE)]
        genuine = {e.file.name for e in export_cases(s, cases, folder).exported}
    finally:
        s.close()
    members = members_of((folder / sorted(genuine)[0]).read_bytes(), hq.identity)
    rng = random.Random(16)
    kinds = mutations(members)
    made: Counter[str] = Counter()
    recipient = pyrage.x25519.Recipient.from_str(hq.recipient)
    for i in range(HOSTILE):
        kind = kinds[i % len(kinds)]
        made[kind.__name__] += 1
        body = kind(rng)
        data = body if kind.__name__ == "not_age" else bytes(pyrage.encrypt(body, [recipient]))
        (folder / f"bundle-{rng.randbytes(6).hex()}.fdb.age").write_bytes(data)
    return folder, genuine, made


def test_fuzzed_bundles_in_one_batch(stick: tuple[Path, set[str], Counter[str]], hq: Any, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    folder, genuine, made = stick
    files = sorted(folder.iterdir(), key=lambda p: p.name[-20:])  # genuine ones land among the hostile
    rc, out, err, peak_kb = run_measured(["verify", *map(str, files), "--identity", str(hq.folder)], tmp_path,
                                         DOSSIER_HQ_PASSPHRASE=HQ_PASS)
    assert rc != 70 and "Traceback" not in err and "internal error" not in out + err, err[-2000:]
    blocks = {Path(b.split("\n", 1)[0]).name: b for b in out.split("== ")[1:]}
    assert len(blocks) == len(files)
    verified = {name for name, text in blocks.items() if "\nOK: case" in text}
    assert verified == genuine, "\n".join(blocks.get(n, n) for n in sorted(verified ^ genuine))
    failed = len(files) - len(genuine)
    assert rc == 100 + min(failed, 27)
    assert 0 < peak_kb < PEAK_LIMIT_KB, peak_kb
    caught = Counter(line.split()[1] for line in out.splitlines() if line.startswith("FAIL"))
    with capsys.disabled():
        print(f"\nbundle fuzz: {failed} hostile + {len(genuine)} genuine in one batch, exit {rc}, "
              f"peak RSS {peak_kb // 1024} MiB; made {dict(made)}; caught by {dict(caught)}")


def test_mutations_in_process_never_raise(stick: tuple[Path, set[str], Counter[str]], hq: Any) -> None:
    """The same mutations straight into verify_bytes: a report every time, never an exception."""
    from app.casefile.hq_ops import trust_of
    from app.casefile.verify import verify_bytes

    folder, genuine, _ = stick
    members = members_of((folder / sorted(genuine)[0]).read_bytes(), hq.identity)
    trust = trust_of(hq)
    recipient = pyrage.x25519.Recipient.from_str(hq.recipient)
    rng = random.Random(61)
    for kind in mutations(members):
        for _ in range(max(2, HOSTILE // 30)):
            body = kind(rng)
            data = body if kind.__name__ == "not_age" else bytes(pyrage.encrypt(body, [recipient]))
            report = verify_bytes(data, trust)
            assert not report.ok and report.failed is not None, (kind.__name__, report.lines())
