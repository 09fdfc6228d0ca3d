"""Exchange measurements for `make bench`: case file render+sign, batch export,
HQ verify and import. Called by bench/run.py with the benchmark vault."""

from __future__ import annotations

import io
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.report import median, p95

HQ_PASS = "benchmark headquarters passphrase with words"


def jpeg_photo() -> bytes:
    """A 12-megapixel camera-sized JPEG (4032 x 3024, about 2.4 MB), as an
    officer's phone or camera produces for the applicant's photo."""
    from PIL import Image, ImageDraw

    img = Image.radial_gradient("L").resize((4032, 3024)).convert("RGB")
    draw = ImageDraw.Draw(img)
    for i in range(0, 4000, 37):
        draw.line((i, 0, 4000 - i, 3024), fill=(i % 255, 80, 160), width=5)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=90)
    return buf.getvalue()


def long_answers(case_input: Any, chars: int = 100_000) -> Any:
    """A copy of the case whose application text and every free-text interview answer are `chars`
    characters long (the longest an answer may be, app/domain/limits.py): the case file grows to
    dozens of pages."""
    import copy

    from app.domain.limits import LONG_ANSWER_CHARS

    chars = min(chars, LONG_ANSWER_CHARS)
    out = copy.deepcopy(case_input)
    d = out.dossier
    words = " ".join(f"{d.application.text} Відповідь {i}." for i in range(40)).split()

    def text(seed: int) -> str:
        body, i = [], seed
        while sum(map(len, body)) + len(body) < chars:
            body.append(words[i % len(words)])
            i += 7
        return " ".join(body)[:chars]

    d.application.text = text(0)
    for iv in d.interviews:
        for n, (k, v) in enumerate(list(iv.answers.items())):
            if isinstance(v, str) and len(v) > 40:
                iv.answers[k] = text(n + 1)
        iv.notes = text(99)
    return out


def measure(row: Callable[..., None], vdir: Path, user: str, post: str, passphrase: str, bundles: int,
            timeit: Callable[..., list[float]]) -> dict[str, Any]:
    from app.casefile import casefile, enrolment, render
    from app.casefile.export import export_cases
    from app.casefile.hq import HqKeystore
    from app.casefile.hq_ops import import_bundle, trust_of
    from app.casefile.verify import verify_path
    from app.vault import vault
    from app.vault.exchange import HqSwitchNeeded

    work = Path(tempfile.mkdtemp(prefix="fd-bench-"))
    info: dict[str, Any] = {}
    try:
        # one HQ per benchmark vault, kept beside it: the vault stays enrolled with it from run to run
        hq_dir = vdir.parent / f"{vdir.name}-hq"
        hq = HqKeystore.open(hq_dir, HQ_PASS) if hq_dir.exists() else HqKeystore.init(hq_dir, HQ_PASS)
        issued = enrolment.issue(hq, user, post, work / "e.enrol", False)
        s = vault.unlock(vdir, user, passphrase)
        try:
            offered = enrolment.read(issued.path, issued.passphrase)
            try:
                s.enrol(offered)
            except HqSwitchNeeded as exc:  # a cached vault enrolled by an older benchmark's HQ
                s.enrol(offered, switch_to=exc.new_fingerprint)
            material = casefile.signing_material(s)
            signer = casefile.signer_for(material)
            listed = s.list_applicants()
            cases = [a.case_number for a in listed]
            # a case that has been through every step (both exams, decision): the longest case file
            full = next(a.case_number for a in listed[len(listed) // 2:] if a.stage.value in ("sent_to_hq", "closed"))
            case = casefile.gather(s, full, True)
            case.pdf_input.photo = jpeg_photo()
            pdf, _, _ = render.render(case.pdf_input)
            import pypdfium2

            pages = len(pypdfium2.PdfDocument(pdf))
            info["casefile_pages"] = pages
            info["photo_bytes"] = len(case.pdf_input.photo)
            row(f"case file render + sign ({pages} pages, 12 MP photo of {len(case.pdf_input.photo) // 1000} kB)",
                timeit(lambda: render.render_and_sign(case.pdf_input, signer), 20), None, median(80))
            row("case file render only", timeit(lambda: render.render(case.pdf_input), 20), None)
            long = long_answers(case.pdf_input)
            long_pdf = render.render_and_sign(long, signer)
            info["long_casefile_pages"] = len(pypdfium2.PdfDocument(long_pdf))
            row("case file render + sign, 100,000-character answers (application and interview)",
                timeit(lambda: render.render_and_sign(long, signer), 5, warmup=1), None, median(1000))
            stick = work / "stick"
            stick.mkdir()
            batch = cases[:bundles]
            t0 = time.perf_counter()
            report = export_cases(s, batch, stick)
            export_s = time.perf_counter() - t0
            assert len(report.exported) == len(batch)
            row(f"export {len(batch):,} bundles to a folder (2 worker processes), total", [export_s], None,
                *([median(48)] if len(batch) == 1000 else []), unit="s")
            row(f"export {len(batch):,} bundles, per bundle", [export_s * 1000 / len(batch)], None, median(48))
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
        row(f"HQ verify, per bundle ({len(files):,} bundles)", per, None, median(50), p95(50))
        hqv = vault.create(work / "hqv", "HQ", "Chief", HQ_PASS)
        try:
            t0 = time.perf_counter()
            for f in files:
                import_bundle(hqv, f, trust)
            import_s = time.perf_counter() - t0
        finally:
            hqv.close()
        row(f"HQ verify + import {len(files):,} bundles into the HQ vault, total", [import_s], None, unit="s")
        info["import_seconds"] = import_s
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return info
