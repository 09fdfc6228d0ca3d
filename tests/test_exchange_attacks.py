"""The attacks of issue 16, built the way an attacker would build them.

Hostile sticks hold only HQ's public recipient: the archives are made with
stock tools (GNU tar, Python's tarfile) and encrypted with the stock `age`
binary. Where an attack needs a signing key, it is an enrolled officer's own
key, as a plant at a post or a captured laptop has it (the genuine members are
taken from a bundle that laptop made itself). Each test names the check that
must catch the attack.
"""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, cli_env
from tests.exchange_helpers import HQ_PASS, add_case, archive_time, members_of, run_measured, tool


@pytest.fixture
def trust(hq: Any) -> Any:
    from app.casefile.hq_ops import trust_of

    return trust_of(hq)


def export(session: Any, case: str, stick: Path) -> Path:
    from app.casefile.export import export_cases

    stick.mkdir(exist_ok=True)
    return export_cases(session, [case], stick).exported[0].file


def age_to(recipient: str, inner: bytes, tmp: Path) -> bytes:
    """Encrypt with the stock age binary, as anyone holding recipient.txt can."""
    (tmp / "inner.tar").write_bytes(inner)
    r = tool("age", "-r", recipient, "-o", str(tmp / "out.age"), str(tmp / "inner.tar"))
    assert r.returncode == 0, r.stderr
    return (tmp / "out.age").read_bytes()


def stock_tar(members: dict[str, bytes], fmt: int = tarfile.GNU_FORMAT) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def resign(field: Any, members: dict[str, bytes], edit: Any) -> dict[str, bytes]:
    """An enrolled officer re-signs an edited manifest with their own key."""
    import datetime as dt

    from app.casefile import casefile
    from app.domain.interchange import canonical_json

    signer = casefile.signer_for(casefile.signing_material(field))
    man = json.loads(members["manifest.json"])
    edit(man, members)
    man["files"] = [{"path": p, "sha256": hashlib.sha256(b).hexdigest(), "size": len(b)}
                    for p, b in sorted(members.items()) if p not in ("manifest.json", "manifest.p7s")]
    raw = canonical_json(man)
    out = dict(members)
    out["manifest.json"] = raw
    out["manifest.p7s"] = signer.sign_detached(raw, dt.datetime.fromisoformat(man["created_at"]))
    return out


def ours(members: dict[str, bytes]) -> bytes:
    """The archive exactly as the program writes it (the attacker imitates it perfectly)."""
    from app.casefile import bundle, tarsafe

    order = [*bundle.REQUIRED, *sorted(n for n in members if n.startswith("attachments/"))]
    return tarsafe.write([(n, members[n]) for n in order], archive_time(members))


def ours_plus(members: dict[str, bytes], extra: tarfile.TarInfo) -> bytes:
    """The program's own headers for every member, then one more member of the attacker's choosing."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, body in members.items():
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = len(body), 0o600, archive_time(members)
            tar.addfile(info, io.BytesIO(body))
        tar.addfile(extra)
    return buf.getvalue()


def splice(members: dict[str, bytes], foreign: bytes) -> bytes:
    """The program's own archive of `members`, then the members of another archive
    (made by a stock tool), then the end marker: every header before it passes."""
    ours_part = ours({n: members[n] for n in ("manifest.json", "manifest.p7s", "case.json", "case.pdf")})
    used = sum(512 + -(-len(members[n]) // 512) * 512 for n in ("manifest.json", "manifest.p7s", "case.json",
                                                                  "case.pdf"))
    body = foreign.rstrip(b"\0")
    body = body + bytes(-len(body) % 512)
    return ours_part[:used] + body + bytes(tarfile.RECORDSIZE)


def failed_at(data: bytes, trust: Any) -> tuple[str, str]:
    from app.casefile.verify import verify_bytes

    report = verify_bytes(data, trust)
    assert report.failed is not None, report.lines()
    return report.failed.name, report.failed.detail


# -- a hostile stick (HQ's public recipient only) ---------------------------------------------------
def test_deeply_nested_manifest_is_refused_before_parsing_and_the_batch_goes_on(
        field: Any, hq: Any, tmp_path: Path) -> None:
    """200,000 nested brackets raised RecursionError (exit 70) and stopped the whole run."""
    genuine = export(field, add_case(field), tmp_path / "stick")
    members = members_of(genuine.read_bytes(), hq.identity)
    members["manifest.json"] = b"[" * 200_000 + b"]" * 200_000
    hostile = tmp_path / "stick" / "bundle-hostile.fdb.age"
    hostile.write_bytes(age_to(hq.recipient, ours(members), tmp_path))
    run = subprocess.run([sys.executable, "-m", "app", "verify", str(hostile), str(genuine), str(hostile),
                          "--identity", str(hq.folder)], capture_output=True, text=True, timeout=300,
                         env=cli_env(DOSSIER_HQ_PASSPHRASE=HQ_PASS), cwd=ROOT, check=False)
    assert run.returncode == 102, run.stdout + run.stderr  # 100 + two failed bundles
    assert run.stdout.count("FAIL  manifest-signature") == 2
    assert run.stdout.count("PASS  pdf-vs-manifest") == 1 and "OK: case" in run.stdout
    assert "Traceback" not in run.stderr and "2 of 3 bundle(s) failed" in run.stderr


def test_deeply_nested_manifest_signed_by_an_enrolled_key_fails_the_manifest_check(
        field: Any, hq: Any, trust: Any, tmp_path: Path) -> None:
    import datetime as dt

    from app.casefile import casefile

    members = members_of(export(field, add_case(field), tmp_path / "s").read_bytes(), hq.identity)
    signer = casefile.signer_for(casefile.signing_material(field))
    members["manifest.json"] = b"[" * 200_000 + b"]" * 200_000
    members["manifest.p7s"] = signer.sign_detached(members["manifest.json"], dt.datetime.now(dt.UTC))
    name, detail = failed_at(age_to(hq.recipient, ours(members), tmp_path), trust)
    assert (name, detail) == ("manifest", "The manifest is nested too deeply (the limit is 8 levels).")


def test_gnu_sparse_member_made_with_stock_tar_is_refused_without_allocating(
        field: Any, hq: Any, trust: Any, tmp_path: Path) -> None:
    """A 10 KB archive whose sparse member claims 5 GiB made HQ allocate 5.3 GB."""
    import tracemalloc

    members = members_of(export(field, add_case(field), tmp_path / "s").read_bytes(), hq.identity)
    work = tmp_path / "w"
    (work / "attachments").mkdir(parents=True)
    for name in ("manifest.json", "manifest.p7s", "case.json", "case.pdf"):
        (work / name).write_bytes(members[name])
    subprocess.run(["truncate", "-s", "5G", str(work / "attachments" / ("a" * 64))], check=True)
    subprocess.run(["tar", "--sparse", "-C", str(work), "-cf", str(tmp_path / "s.tar"),
                    f"attachments/{'a' * 64}"], check=True)
    sparse = (tmp_path / "s.tar").read_bytes()
    assert sparse[156:157] == b"S"  # GNU tar wrote a real sparse member
    inner = splice(members, sparse)
    assert len(inner) < 200_000
    data = age_to(hq.recipient, inner, tmp_path)
    tracemalloc.start()
    name, detail = failed_at(data, trust)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert name == "archive" and "sparse" in detail, detail
    assert peak < 20 * 1024 * 1024  # a few copies of a 200 KB archive, not gigabytes


@pytest.mark.parametrize(("what", "reason"), [
    ("pax-record", "PAX"), ("symlink", "links"), ("hardlink", "links"), ("device", "devices"),
    ("fifo", "type"), ("trailing", "after the end"), ("padding", "padding"), ("stock-header", "header"),
    ("long-name", "PAX"), ("truncated", "cut short"), ("duplicate", "twice"),
])
def test_archive_accepts_only_what_the_program_writes(what: str, reason: str, field: Any, hq: Any, trust: Any,
                                                      tmp_path: Path) -> None:
    """Bytes after the tar end or in PAX records were stored as evidence; links and devices were read."""
    from app.casefile import tarsafe

    members = members_of(export(field, add_case(field), tmp_path / "s").read_bytes(), hq.identity)
    inner = ours(members)
    if what == "pax-record":
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT,
                          pax_headers={"comment": "hidden evidence " * 50}) as tar:
            for name, body in members.items():
                info = tarfile.TarInfo(name)
                info.size, info.mode = len(body), 0o600
                tar.addfile(info, io.BytesIO(body))
        inner = buf.getvalue()
    elif what in ("symlink", "hardlink", "device", "fifo"):
        info = tarfile.TarInfo(f"attachments/{'b' * 64}")
        info.type = {"symlink": tarfile.SYMTYPE, "hardlink": tarfile.LNKTYPE, "device": tarfile.CHRTYPE,
                     "fifo": tarfile.FIFOTYPE}[what]
        info.linkname, info.mode = "/etc/shadow", 0o600
        inner = ours_plus(members, info)
    elif what == "trailing":
        inner = inner + b"secret evidence".ljust(512, b"\0")
    elif what == "padding":
        pdf_at = inner.index(members["case.pdf"][:64])
        end = pdf_at + len(members["case.pdf"])
        inner = inner[:end] + b"X" + inner[end + 1:]
    elif what == "stock-header":
        inner = stock_tar(members)
    elif what == "long-name":
        inner = splice(members, stock_tar({"attachments/" + "c" * 120: b"x"}, tarfile.PAX_FORMAT))
    elif what == "truncated":
        inner = inner[:2048]
    elif what == "duplicate":
        inner = tarsafe.write([*[(n, members[n]) for n in ("manifest.json", "manifest.p7s", "case.json",
                                                            "case.pdf")], ("case.pdf", b"x")], 0)
    name, detail = failed_at(age_to(hq.recipient, inner, tmp_path), trust)
    assert name == "archive" and reason in detail, (what, detail)


# -- the parts of a bundle disagree (an enrolled officer's own key) ---------------------------------
def test_genuine_pdf_of_another_case_fails_pdf_vs_manifest(
        field: Any, hq: Any, trust: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """HQ accepted the genuine PDF of case 0002 inside a bundle for case 0001. Both are
    signed at the same second here, so only the PDF's own statement of its case can tell."""
    import datetime as dt

    from app.casefile import casefile

    fixed = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=1)
    monkeypatch.setattr(casefile, "clock", lambda: fixed)
    one = members_of(export(field, add_case(field), tmp_path / "a").read_bytes(), hq.identity)
    two = members_of(export(field, add_case(field, given_name="Ігор"), tmp_path / "b").read_bytes(), hq.identity)
    forged = resign(field, one, lambda man, m: m.update({"case.pdf": two["case.pdf"]}))
    assert failed_at(age_to(hq.recipient, ours(forged), tmp_path), trust) == \
        ("pdf-vs-manifest", "the PDF is the case file of another case")


def test_attachment_not_named_by_its_hash_fails_attachment_names(field: Any, hq: Any, trust: Any,
                                                                tmp_path: Path) -> None:
    members = members_of(export(field, add_case(field), tmp_path / "s").read_bytes(), hq.identity)
    att = next(n for n in members if n.startswith("attachments/"))

    def swap(man: dict[str, Any], m: dict[str, bytes]) -> None:
        m[att] = b"not what case.json says"

    name, _ = failed_at(age_to(hq.recipient, ours(resign(field, members, swap)), tmp_path), trust)
    assert name == "attachment-names"


@pytest.mark.parametrize(("edit", "check"), [
    ("officer-callsign", "officer-block"), ("officer-post", "officer-block"), ("case-number", "json-vs-manifest"),
    ("case-hash", "json-vs-manifest"), ("record-hash", "json-vs-manifest"),
    ("extra-attachment", "attachments-vs-json"), ("time", "signing-time"),
])
def test_each_disagreement_is_its_own_check(edit: str, check: str, field: Any, hq: Any, trust: Any,
                                            tmp_path: Path) -> None:
    members = members_of(export(field, add_case(field), tmp_path / "s").read_bytes(), hq.identity)

    def change(man: dict[str, Any], m: dict[str, bytes]) -> None:
        if edit == "officer-callsign":
            man["officer"]["callsign"] = "Bravo"
        elif edit == "officer-post":
            man["officer"]["post"] = "LVIV"
        elif edit == "case-number":
            man["case_number"] = "KYIV-2026-0777"
        elif edit == "case-hash":
            man["case_sha256"] = "0" * 64
        elif edit == "record-hash":
            man["record_sha256"] = "0" * 64
        elif edit == "extra-attachment":
            m["attachments/" + hashlib.sha256(b"extra").hexdigest()] = b"extra"
        elif edit == "time":
            man["created_at"] = "2026-01-01T00:00:00+00:00"

    forged = resign(field, members, change)
    if edit == "time":  # the signature's own signing time stays the real one
        import datetime as dt

        from app.casefile import casefile

        signer = casefile.signer_for(casefile.signing_material(field))
        forged["manifest.p7s"] = signer.sign_detached(forged["manifest.json"], dt.datetime.now(dt.UTC))
    assert failed_at(age_to(hq.recipient, ours(forged), tmp_path), trust)[0] == check


def test_bundle_signed_after_it_arrived_fails_signing_time(field: Any, hq: Any, tmp_path: Path) -> None:
    import datetime as dt
    from dataclasses import replace

    from app.casefile.hq_ops import trust_of
    from app.casefile.verify import verify_bytes

    data = export(field, add_case(field), tmp_path / "s").read_bytes()
    yesterday = replace(trust_of(hq), arrival=dt.datetime.now(dt.UTC) - dt.timedelta(days=1))
    report = verify_bytes(data, yesterday)
    assert report.failed is not None and report.failed.name == "signing-time"
    assert "after the bundle arrived" in report.failed.detail


def test_peak_memory_of_a_batch_stays_low(field: Any, hq: Any, tmp_path: Path) -> None:
    """The CLI itself, in a child process, measured by the kernel (wait4)."""
    genuine = export(field, add_case(field), tmp_path / "stick")
    members = members_of(genuine.read_bytes(), hq.identity)
    hostile = tmp_path / "stick" / "x.fdb.age"
    hostile.write_bytes(age_to(hq.recipient, stock_tar({**members, "attachments/" + "d" * 64: b"\0" * 1000}),
                               tmp_path))
    rc, out, _, peak_kb = run_measured(["verify", str(hostile), str(genuine), "--identity", str(hq.folder)],
                                       tmp_path, DOSSIER_HQ_PASSPHRASE=HQ_PASS)
    assert rc == 101, out
    assert 0 < peak_kb < 300 * 1024, peak_kb
    print(f"peak RSS while verifying: {peak_kb // 1024} MiB")
