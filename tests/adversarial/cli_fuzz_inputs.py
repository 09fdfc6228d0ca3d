"""What tests/adversarial/test_cli_fuzz.py feeds the CLI: for each kind of file a command
reads, a generator of damaged files and the command line that reads one.

`FILE_ARGS` names, for every command-line argument that reads a file or folder, the
kinds that fuzz it; `OUTPUTS` the ones that only write. test_cli_fuzz checks both
against the real parser, so a new command that takes a file fails the suite until it
is fuzzed here (or declared an output).
"""

from __future__ import annotations

import contextlib
import json
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage

from tests import age_lowkdf
from tests.adversarial.mutators import (
    ODD,
    json_or_bytes,
    mutate_bytes,
    mutate_json,
    sealed,
    sealed_as_the_app_writes,
    tar_of,
)
from tests.conftest import ROOT, sample_doc


@dataclass
class Rig:
    """Everything built once: pristine vaults (copied fresh for each input that may write),
    a real bundle, backup, enrolment file, transfer and HQ key store to damage."""
    tmp: Path
    case: str
    hq: Any
    files: dict[str, bytes] = field(default_factory=dict)  # the good originals, by name
    case_doc: Any = None

    def fresh(self, name: str) -> Path:
        """A fresh copy of the pristine vault (or HQ folder) `name`, at tmp/name-work."""
        work = self.tmp / f"{name}-work"
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(self.tmp / name, work, ignore=shutil.ignore_patterns("vault.lock"))
        return work

    @property
    def hq_args(self) -> list[str]:
        return ["--identity", str(self.tmp / "hq"), "--hq-passphrase-file", str(self.tmp / "hq.pass")]


@dataclass
class Input:
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)


Maker = Callable[[random.Random, Rig, Path], Input]  # writes the damaged file(s), says how to run them
WATCHLIST = {"format": "field-dossier/watchlist/1", "entries": [
    {"id": "WL-1", "surname": "Shevchuk", "given_name": "Oleh", "date_of_birth": "1991-04-12"}]}


def _seal(rng: random.Random) -> Callable[[list[tuple[str, bytes]], str], bytes]:
    """Three times in four the app's own tar (its strict reader passes it, so the parsers behind it
    are reached); otherwise a stock tar, which that reader must refuse cleanly."""
    return sealed_as_the_app_writes if rng.random() < 0.75 else sealed


def _secret(rng: random.Random) -> bytes:
    return rng.choice([rng.randbytes(rng.randrange(9000)), ("age1" + "q" * rng.randrange(80)).encode(),
                       "\n".join(rng.choice(ODD) for _ in range(3)).encode(), b"", b"\n\n"])


def _vault(rig: Rig) -> list[str]:
    return ["--vault", str(rig.fresh("field"))]


def applicant(rng: random.Random, rig: Rig, f: Path) -> Input:
    f.write_bytes(json_or_bytes(rng, sample_doc()))
    return Input([*_vault(rig), "applicant", "add", "--json", str(f)])


def case_update(rng: random.Random, rig: Rig, f: Path) -> Input:
    f.write_bytes(json_or_bytes(rng, rig.case_doc))  # what `applicant show --json` gives to edit
    return Input([*_vault(rig), "applicant", "update", rig.case, "--json", str(f)])


def exam(rng: random.Random, rig: Rig, f: Path) -> Input:
    f.write_bytes(json_or_bytes(rng, sample_doc()["polygraph_exams"][0]))
    return Input([*_vault(rig), "exam", "add", rig.case, "--json", str(f)])


DECISION = {"outcome": "defer", "reason_code": "R1", "rationale": "Waiting for the second exam."}
RETENTION = {"format": "field-dossier/retention/1", "months": {"reject": 6, "defer": 3, "accept": None}}


def record(command: list[str], what: str) -> Maker:
    """`interview add`, `background-check add`, `decision`: one record of a case, damaged."""
    def make(rng: random.Random, rig: Rig, f: Path) -> Input:
        base = DECISION if what == "decision" else sample_doc()[what][0]
        f.write_bytes(json_or_bytes(rng, base))
        return Input([*_vault(rig), *command, rig.case, "--json", str(f)])
    return make


def patch(rng: random.Random, rig: Rig, f: Path) -> Input:
    """`applicant patch`: a JSON merge patch, damaged, or the whole document as a patch."""
    base = rng.choice([{"person": {"surname": "Коваль", "aliases": None}}, {"application": {"text": "x"}},
                       rig.case_doc])
    f.write_bytes(json_or_bytes(rng, base))
    return Input([*_vault(rig), "applicant", "patch", rig.case, "--json", str(f)])


def amend(rng: random.Random, rig: Rig, f: Path) -> Input:
    kind = rng.choice(["interview", "check", "exam", "decision"])
    base = {"interview": sample_doc()["interviews"][0], "check": sample_doc()["checks"][0],
            "exam": sample_doc()["polygraph_exams"][0], "decision": DECISION}[kind]
    f.write_bytes(json_or_bytes(rng, base))
    return Input([*_vault(rig), "amend", rig.case, kind, str(rng.choice([1, 1, 2, 0])), "--json", str(f),
                  "--reason", rng.choice(ODD)[:300].replace("\x00", "") or "x"])  # no NUL in an argv


def retention(rng: random.Random, rig: Rig, f: Path) -> Input:
    f.write_bytes(json_or_bytes(rng, RETENTION))
    return Input([*_vault(rig), "retention", "set", "--file", str(f)])


def deletion_recipient(rng: random.Random, rig: Rig, f: Path) -> Input:
    f.write_bytes(_secret(rng))
    out = rig.tmp / "notices"
    shutil.rmtree(out, ignore_errors=True)
    return Input(["--vault", str(rig.fresh("plain")), "deletion-notices", "--to-dir", str(out),
                  "--recipient-file", str(f)])


def deletion_notice(rng: random.Random, rig: Rig, f: Path) -> Input:
    """`hq deletion`: a post's deletion notice, random, or fuzzed members sealed to HQ (anyone can seal)."""
    doc = {"format": "field-dossier-deletion/1", "case_id": "3eaea459-d1f1-4b25-8c95-4188880b3593",
           "case_number": rig.case, "post": "KYIV", "deleted_at": "2026-11-01T10:00:00+00:00",
           "deleted_by": "Alpha", "reason": "retention", "signed_at": "2026-11-01T10:00:00+00:00"}
    if rng.random() < 0.2:
        f.write_bytes(rng.randbytes(rng.randrange(4000)))
    else:
        members = [("deletion.json", mutate_json(rng, doc)), ("deletion.p7s", rng.randbytes(rng.randrange(900)))]
        f.write_bytes(_seal(rng)(rng.sample(members, rng.randrange(1, 3)), rig.hq.recipient))
    return Input(["hq", "deletion", str(f), *rig.hq_args])


def attach(rng: random.Random, rig: Rig, f: Path) -> Input:
    f.write_bytes(rng.choice([b"", rng.randbytes(rng.randrange(5000)), mutate_bytes(rng, rig.files["bundle"][:4096]),
                              b"%PDF-1.7\n" + rng.randbytes(300), b"\x89PNG\r\n\x1a\n" + rng.randbytes(300)]))
    purpose = rng.choice(["other", "application_page", "photo", "interview", "check", "exam", "scan"])
    return Input([*_vault(rig), "applicant", "attach", rig.case, str(f), "--purpose", purpose])


def watchlist(rng: random.Random, rig: Rig, f: Path) -> Input:
    f.write_bytes(json_or_bytes(rng, WATCHLIST))
    return Input([*_vault(rig), "watchlist", "import", str(f)])


def restore(rng: random.Random, rig: Rig, f: Path) -> Input:
    roll = rng.random()
    names = ["manifest.json", "vault.keys", "vault.db"]
    if roll < 0.6:
        f.write_bytes(mutate_bytes(rng, rig.files["backup"]))
    elif roll < 0.8:
        f.write_bytes(tar_of([(n, mutate_bytes(rng, b"{}")) for n in names]))
    else:
        f.write_bytes(tar_of([(rng.choice([*names, "../x", "/abs"]), rng.randbytes(rng.randrange(2000)))]))
    target = rig.tmp / "restored"
    shutil.rmtree(target, ignore_errors=True)
    return Input(["restore", str(f), "--vault", str(target)])


def vault_file(name: str) -> Maker:
    """The vault's own key file or commit mark, damaged: any command reads them."""
    def make(rng: random.Random, rig: Rig, f: Path) -> Input:
        work = rig.fresh("field")
        (work / name).write_bytes(mutate_bytes(rng, rig.files[name]))
        return Input(["--vault", str(work), *rng.choice([["applicant", "list"], ["audit", "verify"]])])
    return make


def passphrase(rng: random.Random, rig: Rig, f: Path) -> Input:
    f.write_bytes(_secret(rng))
    return Input(["--vault", str(rig.tmp / "field"), "--passphrase-file", str(f), "audit", "verify"])


def new_passphrase(rng: random.Random, rig: Rig, f: Path) -> Input:
    f.write_bytes(_secret(rng))
    return Input([*_vault(rig), "--new-passphrase-file", str(f), "user", "passwd"])


def recipient(rng: random.Random, rig: Rig, f: Path) -> Input:
    f.write_bytes(_secret(rng))
    work = rig.fresh("plain")  # not enrolled: export takes --recipient-file
    return Input(["--vault", str(work), "export", "LVIV-2026-0001", "--to", str(rig.tmp / "stick"),
                  "--recipient-file", str(f)])


def enroll(rng: random.Random, rig: Rig, f: Path) -> Input:
    good = rig.files["enrol"]
    roll = rng.random()
    if roll < 0.3:
        f.write_bytes(mutate_bytes(rng, good) if roll < 0.2 else rng.randbytes(rng.randrange(3000)))
    else:  # the enrolment document itself, damaged, sealed with the right one-time passphrase
        doc = json.loads(pyrage.passphrase.decrypt(good, rig.files["otp"].decode()))
        f.write_bytes(age_lowkdf.encrypt(json_or_bytes(rng, doc), rig.files["otp"].decode()))
    otp = rig.files["otp"].decode() if rng.random() < 0.8 else "AAAAA-BBBBB"  # mostly past the encryption
    return Input([*_vault(rig), "enroll", str(f)], {"DOSSIER_ENROLMENT_PASSPHRASE": otp})


def enrol_passphrase(rng: random.Random, rig: Rig, f: Path) -> Input:
    f.write_bytes(_secret(rng))
    good = rig.tmp / "good.enrol"
    return Input(["--vault", str(rig.fresh("plain")), "enroll", str(good), "--enrolment-passphrase-file", str(f)])


def update(rng: random.Random, rig: Rig, f: Path) -> Input:
    members = [(rng.choice(["package.json", "package.p7s", "watchlist.json", "rules/workflow.json", "x"]),
                mutate_json(rng, {"format": "field-dossier-update/1", "sequence": 9, "files": []}))
               for _ in range(rng.randrange(1, 4))]
    f.write_bytes(_seal(rng)(members, rig.hq.field_recipient) if rng.random() < 0.7 else rng.randbytes(3000))
    return Input([*_vault(rig), "update", str(f)])


def bundle(rng: random.Random, rig: Rig) -> bytes:
    """The real bundle damaged, or a tar of fuzzed members sealed to HQ (anyone can seal)."""
    if rng.random() < 0.5:
        return mutate_bytes(rng, rig.files["bundle"])
    members = [(n, mutate_json(rng, sample_doc()) if n.endswith(".json") else rng.randbytes(300))
               for n in rng.sample(["manifest.json", "manifest.p7s", "case.json", "case.pdf"], rng.randrange(1, 5))]
    return _seal(rng)(members, rig.hq.recipient)


def transfer(rng: random.Random, rig: Rig, f: Path) -> Input:
    """`hq transfer --file`: a supervisor's hand-over, damaged or re-sealed with fuzzed members."""
    roll = rng.random()
    if roll < 0.4:
        f.write_bytes(mutate_bytes(rng, rig.files["transfer"]))
    else:
        doc = json.loads(rig.files["transfer.json"])
        members = [("transfer.json", mutate_json(rng, doc)),
                   ("transfer.p7s", rig.files["transfer.p7s"] if rng.random() < 0.5 else rng.randbytes(200))]
        if roll > 0.9:
            members.append((rng.choice(["../x", "transfer.json", "extra"]), rng.randbytes(50)))
        f.write_bytes(_seal(rng)(members, rig.hq.recipient))
    return Input([*_vault(rig), "hq", "transfer", "--file", str(f), *rig.hq_args])


REISSUE = {"format": "field-dossier-reissue/1", "carrier_id": "0" * 32,
           "case_id": "3eaea459-d1f1-4b25-8c95-4188880b3593", "case_number": "KYIV-2026-0001",
           "record_sha256": "0" * 64, "from": {"callsign": "Alpha", "post": "KYIV"},
           "to": {"callsign": "Alpha", "post": "LVIV", "serial": "12345"}, "reason": "hand-over",
           "issued_at": "2026-11-01T10:00:00+00:00",
           "files": [{"path": n, "sha256": "0" * 64, "size": 10}
                     for n in ("case.tar", "transfer.json", "transfer.p7s")]}


def _hq_signed(rng: random.Random, rig: Rig, members: list[tuple[str, bytes]]) -> tuple[tuple[str, bytes], ...]:
    """reissue.json listing the members' real hashes (then perhaps damaged, in canonical form), and
    reissue.p7s: HQ's CA's detached signature over it, signed at its issued_at."""
    import datetime as dt
    import hashlib

    from app.casefile import pki, signing
    from app.domain.interchange import canonical_json

    carried = dict(members[2:])
    doc: Any = {**REISSUE, "files": [{"path": n, "sha256": hashlib.sha256(b).hexdigest(), "size": len(b)}
                                     for n, b in carried.items()]}
    if rng.random() < 0.6:
        with contextlib.suppress(ValueError, RecursionError):  # deep nesting: keep the document as it was
            doc = json.loads(mutate_json(rng, doc))
    try:
        raw = canonical_json(doc)
    except Exception:  # a document canonical JSON cannot express: the mutated bytes as they are
        raw = mutate_json(rng, REISSUE)
    when = dt.datetime(2026, 11, 1, 10, tzinfo=dt.UTC)
    ca = signing.OfficerSigner(pki.key_pem(rig.hq.ca_key), pki.cert_pem(rig.hq.ca_cert), [pki.cert_pem(rig.hq.ca_cert)])
    return ("reissue.json", raw), ("reissue.p7s", ca.sign_detached(raw, when))


def carrier(rng: random.Random, rig: Rig, f: Path) -> Input:
    """`receive FILE`: a re-issued case carrier, random bytes, or fuzzed members (HQ's document,
    a random signature, a case archive of damaged members, the real transfer or a damaged one)
    sealed to the field recipient an enrolled laptop can open, so the parsers behind it are reached."""
    roll = rng.random()
    if roll < 0.15:
        f.write_bytes(rng.randbytes(rng.randrange(4000)))
    else:
        from app.casefile import tarsafe

        case_tar = tarsafe.write([(n, mutate_json(rng, sample_doc()) if n.endswith(".json") else rng.randbytes(300))
                           for n in rng.sample(["manifest.json", "manifest.p7s", "case.json", "case.pdf"],
                                               rng.randrange(0, 5))], 1_764_000_000)
        members = [("reissue.json", mutate_json(rng, REISSUE)), ("reissue.p7s", rng.randbytes(rng.randrange(900))),
                   ("case.tar", case_tar if rng.random() < 0.8 else rng.randbytes(rng.randrange(2000))),
                   ("transfer.json", rig.files["transfer.json"] if rng.random() < 0.5
                    else mutate_json(rng, json.loads(rig.files["transfer.json"]))),
                   ("transfer.p7s", rig.files["transfer.p7s"])]
        if rng.random() < 0.5:  # signed by HQ's real CA over a document whose hashes mostly match: past the signature
            members[0], members[1] = _hq_signed(rng, rig, members)
        members = rng.sample(members, rng.randrange(1, 6)) if rng.random() < 0.3 else members
        if roll > 0.9:
            members.append((rng.choice(["../x", "reissue.json", "/abs", "extra"]), rng.randbytes(50)))
        # mostly the app's own canonical tar (its strict reader refuses any other), sometimes stock tar
        seal = sealed_as_the_app_writes if rng.random() < 0.8 and roll <= 0.9 else sealed
        f.write_bytes(seal(members, rig.hq.field_recipient))
    return Input([*_vault(rig), "receive", str(f)])


def reissue(rng: random.Random, rig: Rig, f: Path) -> Input:
    """`hq reissue --transfer F --bundle F`: a damaged transfer and/or a damaged bundle."""
    out = rig.tmp / "reissue-out"
    shutil.rmtree(out, ignore_errors=True)
    argv = [*_vault(rig), "hq", "reissue", "--to-dir", str(out)]
    roll = rng.random()
    if roll < 0.6:
        f.write_bytes(mutate_bytes(rng, rig.files["transfer"]) if roll < 0.3 else rng.randbytes(rng.randrange(3000)))
        argv += ["--transfer", str(f)]
    else:
        argv += ["--transfer", str(rig.tmp / "good.transfer")] if rng.random() < 0.5 else [rig.case]
    if roll >= 0.4:
        b = f.with_name(f.name + ".fdb.age")
        b.write_bytes(bundle(rng, rig))
        argv += ["--bundle", str(b)]
    return Input([*argv, *rig.hq_args])


def bundle_folder(rng: random.Random, rig: Rig, f: Path) -> Input:
    """`import FOLDER`: a folder of damaged bundles (and stray files, sub-folders, a link)."""
    folder = f.with_name(f.name + "-dir")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for i in range(rng.randrange(0, 4)):
        (folder / rng.choice([f"b{i}.fdb.age", f"b{i}.age", f"x{i}", f".hidden{i}.fdb.age"])).write_bytes(
            bundle(rng, rig))
    if rng.random() < 0.3:
        (folder / "sub.fdb.age").mkdir(exist_ok=True)
    if rng.random() < 0.2:
        (folder / "loop.fdb.age").symlink_to(folder)
    more = [str(rig.tmp / "good.fdb.age")] if rng.random() < 0.3 else []
    return Input(["--vault", str(rig.fresh("field")), "import", str(folder), *more, *rig.hq_args])


HQ_COMMANDS = [["verify", "{bundle}"], ["hq", "revoke", "Nobody", "--post", "KYIV"],
               ["hq", "enroll", "--callsign", "Zulu", "--post", "KYIV", "--out", "{out}"],
               ["hq", "package", "--no-receipts", "--watchlist", "{watchlist}", "--out", "{out}"],
               ["hq", "init", "{out}"], ["hq", "deletion", "{bundle}"],
               ["--vault", "{vault}", "hq", "reissue", "--transfer", "{transfer}", "--to-dir", "{out}"]]


def _hq_command(rng: random.Random, rig: Rig, identity: Path, pass_file: Path) -> Input:
    cmd = rng.choice(HQ_COMMANDS)
    out = rig.tmp / "hq-out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    vault = rig.fresh("field") if "{vault}" in cmd else ""
    argv = [a.format(bundle=rig.tmp / "good.fdb.age", out=out / "x", watchlist=rig.tmp / "good-watchlist.json",
                     vault=vault, transfer=rig.tmp / "good.transfer") for a in cmd]
    if cmd[:2] != ["hq", "init"]:
        argv += ["--identity", str(identity)]
    return Input([*argv, "--hq-passphrase-file", str(pass_file)])


def hq_passphrase(rng: random.Random, rig: Rig, f: Path) -> Input:
    f.write_bytes(_secret(rng))
    return _hq_command(rng, rig, rig.fresh("hq"), f)


def hq_identity(rng: random.Random, rig: Rig, f: Path) -> Input:
    """HQ's key store folder with one of its files damaged, removed, or made a folder."""
    work = rig.fresh("hq")
    victim = rng.choice(sorted(p for p in work.rglob("*") if p.is_file()))
    roll = rng.random()
    if roll < 0.8:
        victim.write_bytes(mutate_bytes(rng, victim.read_bytes()))
    elif roll < 0.9:
        victim.unlink()
    else:
        victim.unlink()
        victim.mkdir()
    return _hq_command(rng, rig, work, rig.tmp / "hq.pass")


def hq_recover(rng: random.Random, rig: Rig, f: Path) -> Input:
    """`hq recover VAULT`: a laptop's vault whose key file is damaged."""
    work = rig.fresh("field")
    (work / "vault.keys").write_bytes(mutate_bytes(rng, rig.files["vault.keys"]))
    return Input(["hq", "recover", str(work), "--as", "Hotel", *rig.hq_args],
                 {"DOSSIER_NEW_PASSPHRASE": "correct horse battery staple ninety"})


def hq_package(what: str) -> Maker:
    """`hq package --watchlist/--forms/--rules` with a damaged source file."""
    def make(rng: random.Random, rig: Rig, f: Path) -> Input:
        out = rig.tmp / "pkg"
        out.unlink(missing_ok=True)
        if what == "forms":
            forms = rig.tmp / "forms"
            shutil.rmtree(forms, ignore_errors=True)
            forms.mkdir()
            base = json.loads((ROOT / "resources/forms/screening.v2.json").read_text("utf-8"))
            (forms / rng.choice(["screening.v9.json", "x.json", "screening.v2.json"])).write_bytes(
                json_or_bytes(rng, base))
            source = ["--forms", str(forms)]
        elif what == "retention":
            f.write_bytes(json_or_bytes(rng, RETENTION))
            source = ["--retention", str(f)]
        elif what == "watchlist":
            f.write_bytes(json_or_bytes(rng, WATCHLIST))
            source = ["--watchlist", str(f)]
        else:
            name = rng.choice(["polygraph", "workflow"])
            f = f.with_name(f"{name}.json")
            f.write_bytes(json_or_bytes(rng, json.loads((ROOT / f"resources/rules/{name}.json").read_text("utf-8"))))
            source = ["--rules", str(f)]
        return Input(["hq", "package", *source, "--no-receipts", "--out", str(out), *rig.hq_args])
    return make


# kind -> (weight, maker); bundles are batched by the test (`verify` and `import` of many at once)
KINDS: dict[str, tuple[int, Maker | None]] = {
    "applicant": (20, applicant), "case update": (8, case_update), "exam": (6, exam), "attach": (4, attach),
    "watchlist": (8, watchlist), "restore": (8, restore), "keys": (10, vault_file("vault.keys")),
    "mark": (4, vault_file("vault.mark")), "passphrase": (3, passphrase), "new passphrase": (3, new_passphrase),
    "recipient": (3, recipient), "enroll": (4, enroll), "enrolment passphrase": (2, enrol_passphrase),
    "update": (8, update), "bundles": (14, None), "transfer": (5, transfer), "hq passphrase": (3, hq_passphrase),
    "hq identity": (5, hq_identity), "hq recover": (3, hq_recover), "hq forms": (2, hq_package("forms")),
    "hq watchlist": (2, hq_package("watchlist")), "hq rules": (2, hq_package("rules")),
    # the end of a case and the records added one at a time (issue 20)
    "interview": (3, record(["interview", "add"], "interviews")),
    "background check": (3, record(["background-check", "add"], "checks")),
    "decision": (3, record(["decision"], "decision")), "patch": (5, patch), "amend": (4, amend),
    "retention": (3, retention), "hq retention": (2, hq_package("retention")),
    "deletion recipient": (2, deletion_recipient), "deletion notice": (4, deletion_notice),
    # a case handed to another post through HQ (issue 20) and import of a folder
    "carrier": (6, carrier), "reissue": (4, reissue), "bundle folder": (3, bundle_folder),
}

# Every argument that reads a file or folder -> the kinds that fuzz it.
FILE_ARGS: dict[str, set[str]] = {
    "--vault": {"keys", "mark"},
    "--passphrase-file": {"passphrase"},
    "--new-passphrase-file": {"new passphrase"},
    "applicant add --json": {"applicant"},
    "applicant update --json": {"case update"},
    "applicant attach file": {"attach"},
    "exam add --json": {"exam"},
    "watchlist import file": {"watchlist"},
    "restore file": {"restore"},
    "export --recipient-file": {"recipient"},
    "enroll file": {"enroll"},
    "enroll --enrolment-passphrase-file": {"enrolment passphrase"},
    "update package": {"update"},
    "verify bundles": {"bundles"},
    "hq transfer --file": {"transfer"},
    "interview add --json": {"interview"}, "background-check add --json": {"background check"},
    "decision --json": {"decision"}, "applicant patch --json": {"patch"}, "amend --json": {"amend"},
    "retention set --file": {"retention"}, "hq package --retention": {"hq retention"},
    "deletion-notices --recipient-file": {"deletion recipient"}, "hq deletion files": {"deletion notice"},
    "hq recover vault_dir": {"hq recover"},
    "receive file": {"carrier"}, "hq reissue --transfer": {"reissue"}, "hq reissue --bundle": {"reissue"},
    "import bundles": {"bundles", "bundle folder"},
    "hq package --forms": {"hq forms"}, "hq package --watchlist": {"hq watchlist"}, "hq package --rules": {"hq rules"},
    **{f"{c} --identity": {"hq identity"} for c in ("verify", "import", "hq enroll", "hq revoke", "hq recover",
                                                     "hq package", "hq transfer", "hq deletion", "hq reissue")},
    **{f"{c} --hq-passphrase-file": {"hq passphrase"} for c in ("verify", "import", "hq init", "hq enroll",
                                                                "hq revoke", "hq recover", "hq package",
                                                                "hq transfer", "hq deletion", "hq reissue")},
}
# Arguments that name where something is written (a new file or folder), not read.
OUTPUTS = {"backup --to", "casefile --out", "export --to", "hq enroll --out", "hq package --out", "hq init dir",
           "restore --vault", "transfer --to-dir", "deletion-notices --to-dir", "print --out",
           "transfer-out --to-dir", "hq reissue --to-dir", "import --summary-pdf", "stats --csv", "stats --pdf"}
