"""Exchange measurements for `make bench`: case file render+sign, batch export,
HQ verify and import. Called by bench/run.py with the benchmark vault."""

from __future__ import annotations

import io
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HQ_PASS = "benchmark headquarters passphrase with words"


def jpeg_photo(target_bytes: int = 1_000_000) -> bytes:
    """A photo-like JPEG of about 1 MB (noise does not compress)."""
    from PIL import Image

    rng = random.Random(7)
    side = 900
    while True:
        img = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=90)
        if buf.tell() >= target_bytes:
            return buf.getvalue()
        side += 100


def measure(row: Callable[..., None], vdir: Path, user: str, post: str, passphrase: str, bundles: int,
            timeit: Callable[..., list[float]]) -> dict[str, Any]:
    from app.casefile import casefile, enrolment, render
    from app.casefile.export import export_cases
    from app.casefile.hq import HqKeystore
    from app.casefile.hq_ops import import_bundle, trust_of
    from app.casefile.verify import verify_path
    from app.vault import vault

    work = Path(tempfile.mkdtemp(prefix="fd-bench-"))
    info: dict[str, Any] = {}
    try:
        hq = HqKeystore.init(work / "hq", HQ_PASS)
        issued = enrolment.issue(hq, user, post, work / "e.enrol", False)
        s = vault.unlock(vdir, user, passphrase)
        try:
            s.enrol(enrolment.read(issued.path, issued.passphrase))
            material = casefile.signing_material(s)
            signer = casefile.signer_for(material)
            cases = [a.case_number for a in s.list_applicants()]
            case = casefile.gather(s, cases[len(cases) // 2], True)
            case.pdf_input.photo = jpeg_photo()
            pdf, _, _ = render.render(case.pdf_input)
            import pypdfium2

            pages = len(pypdfium2.PdfDocument(pdf))
            info["casefile_pages"] = pages
            info["photo_bytes"] = len(case.pdf_input.photo)
            row(f"case file render + sign ({pages} pages, {len(case.pdf_input.photo) // 1000} kB photo)",
                timeit(lambda: render.render_and_sign(case.pdf_input, signer), 20), None, "median ≤ 100 ms")
            row("case file render only", timeit(lambda: render.render(case.pdf_input), 20), None)
            stick = work / "stick"
            stick.mkdir()
            batch = cases[:bundles]
            t0 = time.perf_counter()
            report = export_cases(s, batch, stick)
            export_s = time.perf_counter() - t0
            assert len(report.exported) == len(batch)
            row(f"export {len(batch):,} bundles (2 worker processes), total", [export_s * 1000], None,
                "1,000 ≤ 60 s" if len(batch) == 1000 else "")
            info["export_seconds"] = export_s
            info["bundle_bytes_median"] = statistics.median(e.file.stat().st_size for e in report.exported)
        finally:
            s.close()
        trust = trust_of(hq)
        files = sorted(stick.iterdir())
        per: list[float] = []
        for f in files:
            t0 = time.perf_counter()
            assert verify_path(f, trust).ok
            per.append((time.perf_counter() - t0) * 1000)
        row(f"HQ verify, per bundle ({len(files):,} bundles)", per, None, "≤ 50 ms")
        hqv = vault.create(work / "hqv", "HQ", "Chief", HQ_PASS)
        try:
            t0 = time.perf_counter()
            for f in files:
                import_bundle(hqv, f, trust)
            import_s = time.perf_counter() - t0
        finally:
            hqv.close()
        row(f"HQ verify + import {len(files):,} bundles, total", [import_s * 1000], None)
        info["import_seconds"] = import_s
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return info
