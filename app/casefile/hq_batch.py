"""HQ: import as a day's work. Every bundle in the folders (or on the stick) given is verified and
imported, each in its own guarded transaction (session.import_arrival): a bad bundle is reported
with the check that failed and the others go on; a cancelled batch stops between two bundles, so
the vault holds every bundle imported before it whole and nothing of the rest.

The summary counts new cases, new versions, repeats (the same export again, or the same content
in another export), older exports kept but not made current, and refused bundles. The CLI prints
it (`dossier import … [--json]`), the desktop shows it (app/ui/import_dialog.py), and both print it
(app/casefile/import_report.py).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.casefile import bundle
from app.casefile.hq_ops import import_bundle
from app.casefile.verify import Check, Trust
from app.domain import msg
from app.domain.roles import Action
from app.errors import DossierError, UsageError
from app.vault.dossiers import now_utc
from app.vault.session import VaultSession

log = logging.getLogger(__name__)

MAX_BUNDLES = 100_000  # files of one batch (a stick holds a few thousand)
MAX_DEPTH = 6  # folders below the one chosen
BULK = 20  # imports in one go that count as bulk work (statistics and index merging afterwards)
KINDS = ("new_case", "new_version", "repeat", "stale", "refused")


@dataclass(frozen=True)
class Outcome:
    """What became of one bundle file."""

    file: str  # the file's name (no folder: the summary may be printed)
    kind: str  # one of KINDS
    case_number: str = ""
    version: int = 0
    check: str = ""  # the check that failed (refused)
    detail: str = ""  # the failed check's detail, or what a repeat or an older export repeats
    warnings: tuple[str, ...] = ()
    duplicates: tuple[str, ...] = ()
    checks: tuple[Check, ...] = field(default=(), compare=False)  # every check that ran

    def why(self) -> msg.Text:
        """What the failed check means, in a sentence (app.domain.msg_verify, `verify.why.*`)."""
        code = f"verify.why.{self.check}"
        return msg.text(code if code in msg.TEXT else "verify.why.internal")

    def as_json(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if k != "checks"}
        out["warnings"], out["duplicates"] = list(self.warnings), list(self.duplicates)
        if self.kind == "refused":
            out["why"] = str(self.why())
        return out


@dataclass
class Gap:
    vault_id: str
    officer: str
    post: str
    missing: list[int]


@dataclass
class Batch:
    total: int
    outcomes: list[Outcome] = field(default_factory=list)
    cancelled: bool = False
    started_at: str = ""
    finished_at: str = ""
    gaps: list[Gap] = field(default_factory=list)

    def count(self, kind: str) -> int:
        return sum(o.kind == kind for o in self.outcomes)

    def counts(self) -> dict[str, int]:
        out = {k: self.count(k) for k in KINDS}
        out["not_done"] = self.total - len(self.outcomes)
        return out

    @property
    def refused(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.kind == "refused"]

    def as_json(self) -> dict[str, Any]:
        return {"total": self.total, "cancelled": self.cancelled, "started_at": self.started_at,
                "finished_at": self.finished_at, "summary": self.counts(),
                "bundles": [o.as_json() for o in self.outcomes], "gaps": [asdict(g) for g in self.gaps]}


def _walk(folder: Path, depth: int, out: list[Path]) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        raise UsageError(f"Cannot read the folder {folder.name}: {exc.strerror}.") from None
    for e in entries:
        if e.is_symlink():  # a link on a stick is never followed
            continue
        if e.is_dir(follow_symlinks=False) and depth < MAX_DEPTH:
            _walk(Path(e.path), depth + 1, out)
        elif e.name.endswith(bundle.SUFFIX) and e.is_file(follow_symlinks=False):
            out.append(Path(e.path))
        if len(out) > MAX_BUNDLES:
            raise UsageError(f"More than {MAX_BUNDLES} bundles in one batch: import the folders one by one.")


def bundles_in(paths: list[Path]) -> list[Path]:
    """The bundle files given, and every *.fdb.age under each folder given (links not followed).
    A folder's bundles go in the order of their names, which is the order they were written
    (bundle-YYYYMMDDTHHMMSSZ-…), so each laptop's exports arrive in their own order."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir() and not p.is_symlink():
            found: list[Path] = []
            _walk(p, 0, found)
            out += sorted(found, key=lambda f: (f.name, str(f)))
        else:
            out.append(p)  # a file named on purpose: verification says what it is
    if len(out) > MAX_BUNDLES:
        raise UsageError(f"More than {MAX_BUNDLES} bundles in one batch: import the folders one by one.")
    return out


def import_one(session: VaultSession, path: Path, trust: Trust) -> Outcome:
    """Verify and import one bundle (one transaction); never raises for a bad bundle."""
    name = path.name
    try:
        r = import_bundle(session, path, trust)
    except DossierError as exc:
        report = getattr(exc, "report", None)
        failed = report.failed if report is not None else None
        if report is not None and failed is not None:
            return Outcome(name, "refused", _case_of(report), check=failed.name, detail=failed.detail,
                           checks=tuple(report.checks))
        return Outcome(name, "refused", check="read", detail=exc.message)
    except Exception:  # one bundle must never stop the rest; the log has the details
        log.exception("unexpected error on one bundle of a batch")
        return Outcome(name, "refused", check="internal", detail=str(msg.text("verify.why.internal")))
    if r.outcome == "imported":
        kind = "new_case" if r.version == 1 else "new_version"
    else:
        kind = "stale" if r.outcome == "stale" else "repeat"
    return Outcome(name, kind, r.case_number, r.version, detail=r.detail, warnings=tuple(r.warnings),
                   duplicates=tuple(r.duplicates), checks=tuple(r.report.checks))


def _case_of(report: Any) -> str:
    """The case number a refused bundle names, once its manifest was read (else '')."""
    result = getattr(report, "result", None)
    return str(result.case_number).upper() if result is not None else ""


def import_all(session: VaultSession, paths: list[Path], trust: Trust,
               progress: Callable[[int, int, Outcome], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> Batch:
    """Import every bundle of `paths` (bundles_in), reporting each; `cancelled` is asked between two
    bundles. Bulk upkeep and each vault's missing exports come at the end."""
    session.require(Action.IMPORT_BUNDLE)  # a role that may not import: the whole batch is refused
    batch = Batch(len(paths), started_at=now_utc().isoformat(timespec="seconds"))
    for path in paths:
        if cancelled is not None and cancelled():
            batch.cancelled = True
            break
        outcome = import_one(session, path, trust)
        batch.outcomes.append(outcome)
        if progress is not None:
            progress(len(batch.outcomes), batch.total, outcome)
    imported = batch.count("new_case") + batch.count("new_version")
    if imported >= BULK:
        session.upkeep_after_bulk(imported)  # statistics and search-index merging (app/vault/maintenance.py)
    batch.gaps = [Gap(v.vault_id, v.officer, v.post, v.missing) for v in session.received_by_vault() if v.missing]
    batch.finished_at = now_utc().isoformat(timespec="seconds")
    return batch


def summary_line(batch: Batch) -> str:
    """The summary in one English line (the CLI's last line)."""
    c = batch.counts()
    line = (f"Summary: {batch.total} bundle(s): {c['new_case']} new case(s), {c['new_version']} new version(s), "
            f"{c['repeat']} repeat(s), {c['stale']} older kept, {c['refused']} refused")
    return line + (f"; cancelled, {c['not_done']} not imported." if batch.cancelled else ".")
