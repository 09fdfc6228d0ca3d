"""Deciding on a duplicate from the dossier window: merge the other case into this one, or
remember that it is a different person. The guarded write layer decides who may
(docs/vetting-rules.md, `merge_duplicates`); the window only offers it to those roles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.errors import DossierError
from app.ui import prompts
from app.ui.messages import tr_message

if TYPE_CHECKING:
    from app.ui.dossier.window import DossierWindow

translate = QCoreApplication.translate


def decide(w: DossierWindow, other: str, decision: str) -> bool:
    """Ask, then record `decision` ("merged": `other` joins this case; "distinct") for this case and `other`."""
    case = w.dossier.case_number
    if not case or w.dirty:
        prompts.current().info(w, translate("DossierWindow", "Duplicates"),
                               translate("DossierWindow", "Save the applicant first."))
        return False
    if decision == "merged":
        asked = prompts.current().confirm_destructive(
            w, translate("DossierWindow", "Merge cases"), translate(
                "DossierWindow", "Merge case %1 into this case? Its records, flags and history will show here, "
                "and it leaves the list and search. A merge cannot be undone.").replace("%1", other),
            translate("DossierWindow", "Merge"))
    else:
        asked = prompts.current().confirm(w, translate("DossierWindow", "Not the same person"), translate(
            "DossierWindow", "Remember that case %1 is a different person? The duplicate flag goes away on "
            "both cases.").replace("%1", other))
    if not asked:
        return False
    try:
        w.session.decide_duplicate(case, other, decision)
    except DossierError as exc:
        prompts.current().error(w, translate("DossierWindow", "Not decided"), tr_message(exc.message))
        return False
    w.dossier = w.session.get_dossier(case)
    w._load(w.dossier)
    w.status.setText(translate("DossierWindow", "Merged.") if decision == "merged"
                     else translate("DossierWindow", "Marked as a different person."))
    return True
