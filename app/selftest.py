"""`dossier selftest`: prove on this machine, offline, that the whole chain works.

In a private temporary folder it creates a vault, sets up a throw-away HQ and
enrols the vault with it, adds an applicant with Cyrillic names, scores two
polygraph exams, renders and signs the case file, exports a bundle, verifies
it as HQ would, and wipes the vault. One PASS/FAIL line per step; the folder
is removed afterwards whatever happens. Nothing touches the officer's vault.
"""

from __future__ import annotations

import logging
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.errors import DossierError

log = logging.getLogger(__name__)

CALLSIGN, POST = "Selftest", "TEST"
WORDS = ("amber", "canyon", "falcon", "harbour", "juniper", "lantern", "meadow", "orbit",
         "quartz", "saffron", "timber", "velvet", "walrus", "zephyr", "glacier", "pepper")


def _passphrase() -> str:
    return " ".join(secrets.choice(WORDS) for _ in range(6)) + f" {secrets.randbelow(10**6)}"


def _exam(number: int, examiner: str, day: str) -> dict[str, Any]:
    questions = [{"label": "R1", "type": "relevant", "text": "Чи маєте ви зв'язок з іноземними службами?"},
                 {"label": "R2", "type": "relevant", "text": "Чи отримували ви завдання від ФСБ?"},
                 {"label": "C1", "type": "comparison", "text": "Чи брехали ви колись близьким?"}]
    scores = [{"chart": c, "question": q, "channel": ch, "score": 1}
              for c in (1, 2, 3) for q in ("R1", "R2") for ch in ("pneumo", "eda", "cardio")]
    return {"number": number, "examiner": examiner, "held_on": day, "charts": 3, "questions": questions,
            "scores": scores, "method": "federal_7", "result": "NDI"}


def _document() -> dict[str, Any]:
    return {
        "format": "field-dossier/1",
        "person": {"surname": "Ґалаґан", "given_name": "Їжак", "patronymic": "Євгенович",
                   "date_of_birth": "1990-05-17", "place_of_birth": "Кам'янець-Подільський",
                   "citizenships": ["UA"], "category": "civilian",
                   "documents": [{"type": "passport", "number": "ST000001"}]},
        "application": {"received_on": "2026-11-01", "text": "Прошу прийняти мене до підрозділу.",
                        "signed": True},
        "polygraph_exams": [_exam(1, "Examiner-A", "2026-11-10"), _exam(2, "Examiner-B", "2026-11-17")],
    }


class _Run:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.vault_dir = root / "vault"
        self.session: Any = None
        self.hq: Any = None
        self.case = ""
        self.bundle: Path | None = None

    def create(self) -> str:
        from app.vault import vault

        self.session = vault.create(self.vault_dir, POST, CALLSIGN, _passphrase())
        return "encrypted vault with a real (calibrated) Argon2id key slot"

    def enrol(self) -> str:
        from app.casefile import enrolment
        from app.casefile.hq import HqKeystore

        self.hq = HqKeystore.init(self.root / "hq", _passphrase())
        issued = enrolment.issue(self.hq, CALLSIGN, POST, self.root / "selftest.enrol", False)
        self.session.enrol(enrolment.read(issued.path, issued.passphrase))
        return "throw-away HQ; officer certificate installed"

    def add(self) -> str:
        from app.domain.interchange import parse_document

        self.case = self.session.add_applicant(parse_document(_document()))
        d = self.session.get_dossier(self.case)
        hits = [h.summary.case_number for h in self.session.search("Galagan")]
        if d.person.surname != "Ґалаґан" or self.case not in hits:
            raise DossierError("the Cyrillic name did not round-trip or is not found by its Latin form")
        return f"{self.case}, found by 'Galagan'"

    def score(self) -> str:
        from app.domain import polygraph

        d = self.session.get_dossier(self.case)
        results = [polygraph.score(e) for e in d.polygraph_exams]
        if len(results) != 2 or any(r.computed is None or r.problems for r in results):
            raise DossierError("the two exams did not score")
        comparison = polygraph.compare(*d.polygraph_exams)
        if comparison.discordant:
            raise DossierError("two agreeing exams were reported discordant")
        return ", ".join(f"exam {i}: {r.computed.value} ({r.grand_total:+d})"  # type: ignore[union-attr]
                         for i, r in enumerate(results, start=1))

    def casefile(self) -> str:
        from app.casefile import casefile
        from app.casefile.signing import verify_pdf

        pdf, _ = casefile.signed_pdf(self.session, self.case)
        result = verify_pdf(pdf, self.hq.ca_cert)
        if not result.ok:
            raise DossierError(f"the signed case file does not verify: {result.reason}")
        return f"{len(pdf) // 1024} KiB, PAdES signature valid"

    def export(self) -> str:
        from app.casefile.export import export_cases

        stick = self.root / "stick"
        stick.mkdir()
        report = export_cases(self.session, [self.case], stick, workers=0)
        self.bundle = report.exported[0].file
        return self.bundle.name

    def verify(self) -> str:
        from app.casefile.hq_ops import trust_of
        from app.casefile.verify import verify_path

        assert self.bundle is not None
        report = verify_path(self.bundle, trust_of(self.hq))
        if not report.ok:
            failed = report.failed
            raise DossierError(f"HQ verification failed at {failed.name if failed else '?'}")
        return f"{len(report.checks)} checks passed"

    def wipe(self) -> str:
        from app.vault import vault, wipe

        self.session.close()
        self.session = None
        report = wipe.wipe(self.vault_dir)
        if vault.vault_exists(self.vault_dir):
            raise DossierError("the vault is still there")
        return f"{report.seconds:.2f} s"

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        return [("create a vault", self.create), ("enrol with a test HQ", self.enrol),
                ("add an applicant with Cyrillic names", self.add), ("score two polygraph exams", self.score),
                ("render and sign the case file", self.casefile), ("export a bundle", self.export),
                ("verify the bundle as HQ", self.verify), ("wipe the vault", self.wipe)]


def run(out: Callable[[str], None] = print) -> bool:
    root = Path(tempfile.mkdtemp(prefix="dossier-selftest-"))
    run_ = _Run(root)
    ok = True
    try:
        for name, step in run_.steps():
            start = time.perf_counter()
            try:
                detail = step()
            except Exception as exc:  # every failure is reported as a FAIL line, never a traceback
                log.exception("self-test step failed: %s", name)
                why = exc.message if isinstance(exc, DossierError) else f"{type(exc).__name__} (see the log)"
                out(f"FAIL  {name}: {why}")
                ok = False
                break
            out(f"PASS  {name} ({(time.perf_counter() - start) * 1000:.0f} ms): {detail}")
    finally:
        if run_.session is not None:
            run_.session.close()
        shutil.rmtree(root, ignore_errors=True)
    out("SELF-TEST PASSED" if ok else "SELF-TEST FAILED")
    return ok
