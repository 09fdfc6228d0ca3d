"""Send to HQ: one bundle per case, written safely to a stick, then marked sent.

Three stages: the vault is read in this thread (one connection); rendering,
signing and encryption run in worker processes (CPU-bound, pure Python, so
threads would not help); writing, read-back and marking run here again, in
case order. A case is marked "sent to HQ" only after its bundle read back
correctly. Cancelling stops between cases: every bundle already written is
whole and recorded.
"""

from __future__ import annotations

import concurrent.futures as cf
import datetime as dt
import logging
import multiprocessing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.casefile import bundle, casefile, media
from app.casefile.casefile import CaseMaterial
from app.domain import msg
from app.domain.roles import Action
from app.errors import DossierError, UsageError
from app.vault.exchange import SigningMaterial
from app.vault.exports import ExportRecord
from app.vault.session import VaultSession

log = logging.getLogger(__name__)
POOL_FROM = 8  # below this many cases, starting worker processes costs more than it saves
WINDOW = 4  # cases in flight per worker: bounds memory for a batch of thousands


@dataclass(frozen=True)
class Exported:
    case_number: str
    file: Path
    sha256: str


@dataclass
class ExportReport:
    exported: list[Exported]
    total: int
    cancelled: bool = False


class Cancelled(DossierError):
    exit_code = 130


def case_key(case: CaseMaterial) -> str:
    """How HQ tells cases apart: issue 14's case id (the only place that decides it on the laptop)."""
    return case.case_id.lower()


def recipient_for(session: VaultSession, recipient: str | None) -> str:
    trusted = session.hq_trust()["hq_recipient"]
    if trusted:
        return trusted
    if recipient:
        import pyrage

        try:
            pyrage.x25519.Recipient.from_str(recipient.strip())
        except pyrage.RecipientError:
            raise UsageError(msg.text("err.not_recipient")) from None
        return recipient.strip()
    raise UsageError(msg.text("err.not_enrolled_no_key"))


# -- the worker side (also used inline for small batches) ---------------------------------------
_WORKER: dict[str, Any] = {}


def _init_worker(material: SigningMaterial, recipient: str) -> None:
    from app.hardening import harden

    harden()  # a spawned worker starts dumpable again: it holds the signing key
    _WORKER.update(material=material, recipient=recipient)


def _seal_case(case: CaseMaterial, origin: bundle.Origin) -> bytes:
    material: SigningMaterial = _WORKER["material"]
    signer = casefile.signer_for(material)
    pdf = casefile.pdf_for(case, material)
    s = signer.subject
    officer = bundle.Officer(s.callsign, s.post, material.enrolled, str(s.serial))
    contents = bundle.Contents(case.case_number, case.case_id, case.case_sha256, case.record_sha256,
                               case.json_bytes, pdf, case.blobs)
    return bundle.build(contents, officer, origin, signer.sign_detached, _WORKER["recipient"],
                        case.pdf_input.generated_at)


def export_cases(
    session: VaultSession, cases: list[str], dest: Path, *, recipient: str | None = None,
    progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> ExportReport:
    session.require(Action.SEND_TO_HQ)  # before anything is written to the stick
    session.refuse_handed_away(cases)  # a case handed to another post: refused here, not after its bundle
    if not dest.is_dir():
        raise media.MediaError(msg.text("err.dest_not_mounted"))
    rcpt = recipient_for(session, recipient)
    material = casefile.signing_material(session)
    media.remove_partials(dest)
    report = ExportReport([], len(cases))
    n_workers = workers if workers is not None else (min(2, multiprocessing.cpu_count())
                                                     if len(cases) >= POOL_FROM else 0)
    target = dest.name or str(dest)

    allocated: list[int] = []
    written: list[int] = []

    def origin() -> bundle.Origin:
        allocated.append(session.allocate_export_sequence())
        return bundle.Origin(session.vault_id, allocated[-1])

    def finish(case: CaseMaterial, sealed: bytes, seq: int) -> None:
        name = bundle.file_name(dt.datetime.now(dt.UTC))
        digest = media.write_verified(dest, name, sealed)
        session.mark_sent(case.case_number, digest, ExportRecord(
            seq, case_key(case), case.case_number, case.record_sha256, digest, target))
        written.append(seq)
        report.exported.append(Exported(case.case_number, dest / name, digest))
        if progress:
            progress(len(report.exported), len(cases))

    try:
        _run(session, cases, material, rcpt, n_workers, report, origin, finish, cancelled)
    finally:
        if allocated and allocated[-1] not in written:
            # numbers sealed into bundles that were never written (cancel, a failed write):
            # nothing carrying them exists, so the next export reuses them instead of leaving a gap
            session.release_export_sequences(max(written, default=allocated[0] - 1), allocated[-1])
    return report


def _run(session: VaultSession, cases: list[str], material: SigningMaterial, rcpt: str, n_workers: int,
         report: ExportReport, origin: Callable[[], bundle.Origin],
         finish: Callable[[CaseMaterial, bytes, int], None],
         cancelled: Callable[[], bool] | None) -> None:
    if n_workers <= 1:
        _init_worker(material, rcpt)
        for number in cases:
            if cancelled and cancelled():
                report.cancelled = True
                break
            case = casefile.gather(session, number, material.enrolled)
            where = origin()
            finish(case, _seal_case(case, where), where.sequence)
        return

    ctx = multiprocessing.get_context("spawn")  # never fork a process that has Qt and SQLCipher loaded
    with cf.ProcessPoolExecutor(n_workers, mp_context=ctx, initializer=_init_worker,
                                initargs=(material, rcpt)) as pool:
        pending: list[tuple[CaseMaterial, int, cf.Future[bytes]]] = []
        todo = iter(cases)
        try:
            while True:
                while len(pending) < n_workers * WINDOW:
                    nxt = next(todo, None)
                    if nxt is None or (cancelled and cancelled()):
                        break
                    case = casefile.gather(session, nxt, material.enrolled)
                    where = origin()
                    pending.append((case, where.sequence, pool.submit(_seal_case, case, where)))
                if not pending:
                    break
                done, seq, fut = pending.pop(0)
                finish(done, fut.result(), seq)
                if cancelled and cancelled():
                    report.cancelled = True
                    break
        finally:
            for _, _, fut in pending:
                fut.cancel()
    if cancelled and cancelled() and len(report.exported) < len(cases):
        report.cancelled = True
