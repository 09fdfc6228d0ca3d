"""A fuzz target over every command that takes a file: no input may end in exit 70.

The real entry point (`app.cli.main`, in-process so thousands of inputs fit in
minutes) is given mutated and random files of every kind a command reads:
interchange JSON (`applicant add`; `applicant update` of an existing case), one exam's JSON
(`exam add`), attachments (`applicant attach`), watchlists (`watchlist import`), backups
(`restore`), update packages (`update`), enrolment files (`enroll`), bundles
(`verify`, `import`), passphrase files, HQ recipient files, and the vault's own
key file and commit mark (any command reads them). Mutations: bytes flipped,
cut or inserted; JSON values replaced by deep nesting, huge strings, absurd
dates, control characters, wrong types; archives with random members, sealed
with the right age recipient so the parsers behind the encryption are reached.
Any exit code but 70 passes (a clean refusal or success), with at most a few
lines on stderr and no traceback. `make test`: 150 inputs; `make stress`: 10,000.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import io
import json
import random
import shutil
import tarfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyrage
import pytest

from app import cli
from tests.adversarial import count
from tests.conftest import PASS, sample_doc
from tests.exchange_helpers import HQ_PASS, add_case, enrolled_vault

TOTAL = count(150, 10_000)
SEED = 20261202
RESULTS: Counter[str] = Counter()
ODD = ["", "0001-01-01", "0991-05-05", "1899-12-31", "2999-12-31", "1990-02-30", "\x00", "\x1b[31m",
       "a\nb", "\u202e", "ґїє'", "../../etc/passwd", "9" * 400, "x" * 300_000, "NaN"]
WEIGHTS = {"applicant": 22, "watchlist": 12, "restore": 8, "keys": 12, "mark": 4, "passphrase": 4,
           "update": 10, "enroll": 4, "bundles": 16, "recipient": 4, "forms": 1,
           "case update": 8, "exam": 6, "attach": 2}


def _value(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if roll < 0.05:
        n = rng.choice([65, 200, 5000])
        return json.loads("[" * n + "]" * n) if n < 900 else "[" * n  # deep (as text when beyond json)
    if roll < 0.35:
        return rng.choice(ODD)
    if roll < 0.5:
        return rng.choice([None, True, False, 0, -1, 2**70, 1.5e308, -0.0])
    if roll < 0.6 and depth < 3:
        return [_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    if roll < 0.7 and depth < 3:
        return {rng.choice(["a", "", "\n", "surname", "answers"]): _value(rng, depth + 1)}
    return "".join(chr(rng.randrange(0x20, 0x500)) for _ in range(rng.randrange(12)))


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out += _paths(v, (*prefix, i))
    return out


def mutate_json(rng: random.Random, base: Any) -> bytes:
    doc = copy.deepcopy(base)
    for _ in range(rng.randrange(1, 4)):
        path = rng.choice(_paths(doc))
        if not path:
            doc = _value(rng)
            continue
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        value = _value(rng)
        if isinstance(value, str) and value.startswith("[[["):  # nesting beyond what json can dump
            text = json.dumps(doc, ensure_ascii=False)
            return (text[:-1] + ', "deep": ' + value + "]" * len(value) + "}").encode()
        if rng.random() < 0.2 and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = value
    return json.dumps(doc, ensure_ascii=rng.random() < 0.3).encode()


def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randrange(1, 6)):
        roll = rng.random()
        if roll < 0.5 and b:
            b[rng.randrange(len(b))] ^= rng.randrange(1, 256)
        elif roll < 0.7 and b:
            del b[rng.randrange(len(b)):]
        elif roll < 0.85:
            at = rng.randrange(len(b) + 1)
            b[at:at] = rng.randbytes(rng.randrange(1, 64))
        else:
            b = bytearray(rng.randbytes(rng.randrange(0, 4096)))
    return bytes(b)


def tar_of(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


@pytest.fixture(scope="module")
def rig(hq, alpha, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    from app.casefile import enrolment
    from app.casefile.export import export_cases

    tmp = tmp_path_factory.mktemp("clifuzz")
    s = enrolled_vault(tmp / "field", hq, tmp, prepared=alpha)
    case = add_case(s)
    (tmp / "stick").mkdir()
    bundle = export_cases(s, [case], tmp / "stick", workers=0).exported[0].file.read_bytes()
    s.backup_to(tmp / "good.fdbackup")
    from app.domain.interchange import to_document

    case_doc = to_document(s.get_dossier(case))  # what `applicant show --json` gives to edit
    s.close()
    shutil.copytree(tmp / "field", tmp / "pristine", ignore=shutil.ignore_patterns("vault.lock"))
    from app.vault import vault

    vault.create(tmp / "plain", "LVIV", "Alpha", PASS).close()  # not enrolled: takes --recipient-file
    shutil.copytree(tmp / "plain", tmp / "plain-pristine", ignore=shutil.ignore_patterns("vault.lock"))
    issued = enrolment.issue(hq, "Alpha", "KYIV", tmp / "good.enrol", False)
    (tmp / "hq.pass").write_text(HQ_PASS)
    yield {"tmp": tmp, "case": case, "bundle": bundle, "hq": hq, "enrol": issued,
           "backup": (tmp / "good.fdbackup").read_bytes(), "keys": (tmp / "field" / "vault.keys").read_bytes(),
           "mark": (tmp / "field" / "vault.mark").read_bytes(), "case_doc": case_doc}


def _main(argv: list[str], monkeypatch: pytest.MonkeyPatch, **env: str) -> tuple[int, str]:
    for k, v in {"DOSSIER_USER": "Alpha", "DOSSIER_PASSPHRASE": PASS, **env}.items():
        monkeypatch.setenv(k, v)
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        code = cli.main(argv)
    return code, err.getvalue()


def _input(kind: str, rng: random.Random, rig: dict[str, Any]) -> bytes:
    if kind == "case update":
        base = copy.deepcopy(rig["case_doc"])
        return mutate_json(rng, base) if rng.random() < 0.8 else mutate_bytes(rng, json.dumps(base).encode())
    if kind == "exam":
        base = sample_doc()["polygraph_exams"][0]
        return mutate_json(rng, base) if rng.random() < 0.8 else mutate_bytes(rng, json.dumps(base).encode())
    if kind == "attach":
        return rng.choice([b"", rng.randbytes(rng.randrange(5000)), mutate_bytes(rng, rig["bundle"][:4096])])
    if kind in ("applicant", "watchlist", "forms"):
        base = {"applicant": sample_doc(), "watchlist": {"format": "field-dossier/watchlist/1", "entries": [
            {"id": "WL-1", "surname": "Shevchuk", "given_name": "Oleh", "date_of_birth": "1991-04-12"}]},
                "forms": json.loads(Path("resources/forms/screening.v2.json").read_text("utf-8"))}[kind]
        return mutate_json(rng, base) if rng.random() < 0.8 else mutate_bytes(rng, json.dumps(base).encode())
    if kind == "restore":
        roll = rng.random()
        if roll < 0.6:
            return mutate_bytes(rng, rig["backup"])
        names = ["manifest.json", "vault.keys", "vault.db"]
        return tar_of([(n, mutate_bytes(rng, b"{}")) for n in names] if roll < 0.8 else
                      [(rng.choice([*names, "../x", "/abs"]), rng.randbytes(rng.randrange(2000)))])
    if kind in ("keys", "mark"):
        return mutate_bytes(rng, rig[kind])
    if kind in ("passphrase", "recipient"):
        return rng.choice([rng.randbytes(rng.randrange(9000)), ("age1" + "q" * rng.randrange(80)).encode(),
                           "\n".join(rng.choice(ODD) for _ in range(3)).encode()])
    if kind == "enroll":
        return mutate_bytes(rng, rig["enrol"].path.read_bytes()) if rng.random() < 0.1 else rng.randbytes(2000)
    if kind == "update":
        recipient = pyrage.x25519.Recipient.from_str(rig["hq"].field_recipient)
        members = [(rng.choice(["package.json", "package.p7s", "watchlist.json", "rules/workflow.json", "x"]),
                    mutate_json(rng, {"format": "field-dossier-update/1", "sequence": 9, "files": []}))
                   for _ in range(rng.randrange(1, 4))]
        return bytes(pyrage.encrypt(tar_of(members), [recipient])) if rng.random() < 0.7 else rng.randbytes(3000)
    # bundles: the real one mutated, or a sealed tar of fuzzed members
    if rng.random() < 0.5:
        return mutate_bytes(rng, rig["bundle"])
    recipient = pyrage.x25519.Recipient.from_str(rig["hq"].recipient)
    members = [(n, mutate_json(rng, sample_doc()) if n.endswith(".json") else rng.randbytes(300))
               for n in rng.sample(["manifest.json", "manifest.p7s", "case.json", "case.pdf"], rng.randrange(1, 5))]
    return bytes(pyrage.encrypt(tar_of(members), [recipient]))


def _run(kind: str, data: bytes, rig: dict[str, Any], monkeypatch: pytest.MonkeyPatch, i: int) -> int:
    tmp: Path = rig["tmp"]
    f = tmp / f"input-{kind}"
    f.write_bytes(data)
    field, plain = str(tmp / "field"), str(tmp / "plain")
    if kind == "applicant":
        return _main(["--vault", field, "applicant", "add", "--json", str(f)], monkeypatch)[0]
    if kind == "case update":
        return _main(["--vault", field, "applicant", "update", rig["case"], "--json", str(f)], monkeypatch)[0]
    if kind == "exam":
        return _main(["--vault", field, "exam", "add", rig["case"], "--json", str(f)], monkeypatch)[0]
    if kind == "attach":
        return _main(["--vault", field, "applicant", "attach", rig["case"], str(f)], monkeypatch)[0]
    if kind == "watchlist":
        return _main(["--vault", field, "watchlist", "import", str(f)], monkeypatch)[0]
    if kind == "forms":
        forms = tmp / "forms"
        shutil.rmtree(forms, ignore_errors=True)
        forms.mkdir()
        (forms / "screening.v9.json").write_bytes(data)
        return _main(["hq", "package", "--forms", str(forms), "--out", str(tmp / f"pkg-{i}"),
                      "--identity", str(rig["hq"].folder), "--hq-passphrase-file", str(tmp / "hq.pass")],
                     monkeypatch)[0]
    if kind == "restore":
        target = tmp / "restored"
        shutil.rmtree(target, ignore_errors=True)
        return _main(["restore", str(f), "--vault", str(target)], monkeypatch)[0]
    if kind in ("keys", "mark"):
        shutil.rmtree(tmp / "field-copy", ignore_errors=True)
        shutil.copytree(tmp / "pristine", tmp / "field-copy")
        (tmp / "field-copy" / ("vault.keys" if kind == "keys" else "vault.mark")).write_bytes(data)
        return _main(["--vault", str(tmp / "field-copy"), "applicant", "list"], monkeypatch)[0]
    if kind == "passphrase":
        return _main(["--vault", field, "--passphrase-file", str(f), "audit", "verify"], monkeypatch)[0]
    if kind == "recipient":
        return _main(["--vault", plain, "export", "LVIV-2026-0001", "--to", str(tmp / "stick"),
                      "--recipient-file", str(f)], monkeypatch)[0]
    if kind == "enroll":
        return _main(["--vault", field, "enroll", str(f)], monkeypatch, DOSSIER_ENROLMENT_PASSPHRASE="AAAAA")[0]
    if kind == "update":
        return _main(["--vault", field, "update", str(f)], monkeypatch)[0]
    raise AssertionError(kind)


def _batch_bundles(datas: list[bytes], rig: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Bundles go to `verify` and `import` many at a time (one HQ key store opening each)."""
    tmp: Path = rig["tmp"]
    files = []
    for j, data in enumerate(datas):
        files.append(str(tmp / f"bundle-{j}.fdb.age"))
        Path(files[-1]).write_bytes(data)
    hq = ["--identity", str(rig["hq"].folder), "--hq-passphrase-file", str(tmp / "hq.pass")]
    codes = [_main(["verify", *files, *hq], monkeypatch)[0]]
    codes.append(_main(["--vault", str(tmp / "field"), "import", *files, *hq], monkeypatch)[0])
    return codes


def test_no_file_gives_exit_70(rig: dict[str, Any], monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(SEED)
    kinds = [k for k, w in WEIGHTS.items() for _ in range(w)]
    plan = [rng.choice(kinds) for _ in range(TOTAL)]
    bundles = []
    for i, kind in enumerate(plan):
        data = _input(kind, rng, rig)
        RESULTS[kind] += 1
        if kind == "bundles":
            bundles.append(data)
            if len(bundles) == 50 or i == len(plan) - 1:
                codes = _batch_bundles(bundles, rig, monkeypatch)
                assert cli.EXIT_INTERNAL not in codes, f"bundle batch ending at input {i}"
                bundles = []
            continue
        code = _run(kind, data, rig, monkeypatch, i)
        if code == cli.EXIT_INTERNAL:
            keep = rig["tmp"] / f"crash-{kind}-{i}.bin"
            keep.write_bytes(data)
            raise AssertionError(f"input {i} ({kind}) gave exit 70; kept as {keep} "
                                 f"({base64.b64encode(data[:200]).decode()}…)")
    if bundles:
        assert cli.EXIT_INTERNAL not in _batch_bundles(bundles, rig, monkeypatch)
    with capsys.disabled():
        print(f"\nCLI fuzzing: {sum(RESULTS.values())} inputs, 0 exit-70s "
              f"({', '.join(f'{k} {v}' for k, v in sorted(RESULTS.items()))})")
    assert sum(RESULTS.values()) == TOTAL

