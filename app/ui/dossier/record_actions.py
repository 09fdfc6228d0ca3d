"""What the dossier window does with records: seal (as the author, with the
passphrase; an accept over open red flags is confirmed by naming them), amend,
waive a check, and open the tab a pipeline step or a flag is about."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.domain import flags as risk
from app.domain.enums import DecisionOutcome, Stage
from app.errors import DossierError
from app.ui import prompts
from app.ui.messages import tr_flag, tr_message

if TYPE_CHECKING:
    from app.ui.dossier.base import SectionTab
    from app.ui.dossier.window import DossierWindow

translate = QCoreApplication.translate
_EXAM_PATH = re.compile(r"^\$\.polygraph_exams\[(\d+)\]")


def seal(w: DossierWindow, kind: str, key: int) -> bool:
    """Seal a record as its author: save first, then re-enter the passphrase."""
    if key < 0 or ((w.dirty or not w.dossier.case_number) and not w.save()):
        return False
    if kind == "decision" and not _accept_confirmed(w):
        return False
    passphrase = prompts.current().text(w, translate("DossierWindow", "Seal"), translate(
        "DossierWindow", "Sealing makes the record read-only; later corrections are amendments. Re-enter your passphrase to seal it:"),
        secret=True)
    if not passphrase:
        return False
    try:
        w.session.seal_record(w.dossier.case_number, kind, key, passphrase)
    except DossierError as exc:
        details = "\n".join(f"• {tr_message(p)}" for _, p in getattr(exc, "problems", []))
        prompts.current().error(w, translate("DossierWindow", "Not sealed"),
                                tr_message(exc.message) + ("\n" + details if details else ""))
        return False
    w.dossier = w.session.get_dossier(w.dossier.case_number)
    w._load(w.dossier)
    w.status.setText(translate("DossierWindow", "Sealed."))
    return True

def _accept_confirmed(w: DossierWindow) -> bool:
    """Before an accept is sealed: name every open red flag and ask."""
    dec = w.dossier.decision
    if dec is None or dec.outcome != DecisionOutcome.ACCEPT:
        return True
    red = [f for f in w.session.flags_for(w.dossier) if f.severity == risk.RED]
    if not red:
        return True
    lines = "\n".join(f"• {tr_flag(f.code, f.message, f.args)}" for f in red)
    return prompts.current().confirm(w, translate("DossierWindow", "Accept with open red flags?"), translate(
        "DossierWindow", "This case has %n open red flag(s):", "", len(red)) + "\n\n" + lines + "\n\n" + translate(
        "DossierWindow", "Seal the decision to accept anyway? Your rationale is kept with it."))

def amend(w: DossierWindow, tab: object) -> None:
    title = translate("DossierWindow", "Amend a sealed record")
    reason = prompts.current().text(w, title, translate(
        "DossierWindow", "Why is this record corrected? The original is kept with your reason."))
    if reason is None:
        return
    if len(reason.strip()) < 10:
        prompts.current().error(w, title, translate("DossierWindow", "Give a reason of at least ten characters."))
        return
    tab.start_amending(reason.strip())  # type: ignore[attr-defined]

def waive(w: DossierWindow, index: int) -> None:
    if not 0 <= index < len(w.checks.originals):
        return
    reason = prompts.current().text(w, translate("DossierWindow", "Waive a check"), translate(
        "DossierWindow", "Why can the case go on without this check?"))
    if reason is None:
        return
    original = w.checks.originals[index]
    original.waived_by, original.waiver_reason = w.session.user.callsign, reason.strip()
    w.dirty = True
    w.save()

# -- from the pipeline and the flags to the tab they are about ------------------------------------
def open_step(w: DossierWindow, stage: Stage, exam: int = 0) -> None:
    tab: SectionTab
    if stage == Stage.POLYGRAPH:
        tab = w.exam_tabs.get(exam) or w.exam1
    else:
        tab = {Stage.APPLICATION: w.application, Stage.INTERVIEW: w.interviews, Stage.CHECKS: w.checks,
               Stage.DECISION: w.decision, Stage.SENT_TO_HQ: w.history, Stage.CLOSED: w.decision}[stage]
    w.tabs.open_page(w.tabs.indexOf(tab))

def open_flag(w: DossierWindow, flag: risk.Flag) -> None:
    """The tab holding the record the flag's first piece of evidence points at."""
    path = flag.evidence[0] if flag.evidence else "$.person"
    tab: SectionTab = w.personal
    if m := _EXAM_PATH.match(path):
        index = int(m.group(1))
        exams = w.dossier.polygraph_exams
        number = exams[index].number if index < len(exams) else 1
        tab = w.exam_tabs.get(number) or w.exam1
    elif path.startswith("$.checks"):
        tab = w.checks
    elif path.startswith("$.interviews"):
        tab = w.interviews
    elif path.startswith("$.application"):
        tab = w.application
    elif path.startswith("$.decision"):
        tab = w.decision
    w.tabs.open_page(w.tabs.indexOf(tab))
