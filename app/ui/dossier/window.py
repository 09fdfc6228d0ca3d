"""The dossier window: pipeline bar, flags, one scrolling tab per part of the process, autosave.

Nothing typed is lost: a draft of the whole dossier is written into the vault
(never to a temp file) two seconds after typing pauses, and at the latest five
seconds after the first unsaved change. A draft newer than the saved record is
offered when the dossier is opened again, e.g. after a crash. Ctrl+S (and
closing) validates and saves the record; the title shows * while changes are unsaved.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from app.domain import workflow
from app.domain.enums import Stage
from app.domain.flags import Flag
from app.domain.interchange import to_document
from app.domain.model import Dossier, Person
from app.domain.roles import Action, may
from app.domain.serde import from_jsonable
from app.errors import DossierError
from app.ui import limits as input_limits
from app.ui import prompts
from app.ui.dossier import duplicate_actions, hq_tab, read_only, record_actions
from app.ui.dossier.application_tab import ApplicationTab
from app.ui.dossier.attachments_tab import AttachmentsTab
from app.ui.dossier.autosave import AutosaveClock
from app.ui.dossier.base import SectionTab
from app.ui.dossier.checks_tab import ChecksTab
from app.ui.dossier.decision_tab import DecisionTab
from app.ui.dossier.exam_tab import ExamTab
from app.ui.dossier.flags_panel import FlagsArea, FlagsPanel
from app.ui.dossier.history_tab import HistoryTab
from app.ui.dossier.interviews_tab import InterviewsTab
from app.ui.dossier.links_tab import LinksTab
from app.ui.dossier.personal_tab import PersonalTab
from app.ui.dossier.pipeline_bar import PipelineBar
from app.ui.dossier.tabs import ScrollingTabs
from app.ui.messages import tr_message, tr_reasons
from app.ui.widgets import demo_banner, fit_to_screen
from app.vault.drafts import NEW_APPLICANT
from app.vault.session import VaultSession

log = logging.getLogger(__name__)


class DossierWindow(QMainWindow):
    autosaved = Signal()
    saved = Signal(str)  # case number

    def __init__(self, session: VaultSession, case_number: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dossier = session.get_dossier(case_number) if case_number else Dossier(person=Person("", ""))
        self.dirty = False
        self.read_only = read_only.reason(session, case_number)  # "" unless handed over to another post
        fit_to_screen(self, 1280, 860)
        self.pipeline = PipelineBar()
        self.pipeline.step_clicked.connect(self.open_step)
        self.flags = FlagsPanel()
        self.flags.flag_clicked.connect(self.open_flag)
        self.flags.may_decide_duplicates = may(session.user.role, Action.MERGE_DUPLICATES)
        self.flags.duplicate_decided.connect(self.decide_duplicate)
        self.status = QLabel()
        self.status.setObjectName("save_status")
        self.links_banner = QLabel()
        self.links_banner.setObjectName("links_banner")
        self.links_banner.setWordWrap(True)
        self.links = LinksTab()
        self.hq_banner = hq_tab.banner_label()  # HQ's latest decision or request, under the pipeline
        self.hq_tab = hq_tab.HqTab()
        self.is_hq = session.is_hq_vault
        self.tabs = ScrollingTabs()
        self.personal = PersonalTab(session)
        self.application = ApplicationTab(session)
        self.interviews = InterviewsTab(session)
        self.checks = ChecksTab(session)
        self.exam_tabs: dict[int, ExamTab] = {}  # Polygraph 1 … n, added as the case needs them
        self.decision = DecisionTab(session)
        self.attachments = AttachmentsTab(session)
        self.history = HistoryTab(session)
        self.sections: list[tuple[SectionTab, str]] = [
            (self.personal, self.tr("Personal data")), (self.application, self.tr("Application")),
            (self.interviews, self.tr("Interviews")), (self.checks, self.tr("Background checks")),
            (self.decision, self.tr("Decision")), (self.attachments, self.tr("Attachments")),
            (self.history, self.tr("History")),
        ]
        for tab, title in self.sections:
            self.tabs.add_page(tab, title)
            tab.changed.connect(self._edited)
        self.application.add_pages_requested.connect(self._add_pages)
        self.personal.photo_requested.connect(self._set_photo)
        self.interviews.seal_bar.seal_requested.connect(lambda: self.seal("interview", self.interviews.current))
        self.interviews.seal_bar.amend_requested.connect(lambda: self.amend(self.interviews))
        self.decision.seal_bar.seal_requested.connect(lambda: self.seal("decision", 0))
        self.decision.seal_bar.amend_requested.connect(lambda: self.amend(self.decision))
        self.checks.seal_button.clicked.connect(lambda: self.seal("check", self.checks.selected_index()))
        self.checks.waive_button.clicked.connect(lambda: self.waive(self.checks.selected_index()))
        central = QWidget()
        layout = QVBoxLayout(central)
        if session.is_demo:
            layout.addWidget(demo_banner())
        layout.addWidget(self.pipeline)
        layout.addWidget(read_only.banner(self.read_only))
        layout.addWidget(self.hq_banner)
        layout.addWidget(FlagsArea(self.flags))
        layout.addWidget(self.links_banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.setCentralWidget(central)
        input_limits.apply(central)  # every field stops at its schema limit
        for text, keys, slot in ((self.tr("&Save"), QKeySequence.StandardKey.Save, self.save),
                                 (self.tr("&Print summary…"), QKeySequence.StandardKey.Print, self.print_summary),
                                 (self.tr("Case &file (signed PDF)…"), QKeySequence("Ctrl+Shift+P"), self.casefile),
                                 (self.tr("Send to &HQ…"), QKeySequence("Ctrl+Shift+S"), self.send_to_hq),
                                 (self.tr("Another &polygraph exam"), QKeySequence("Ctrl+Shift+E"), self.add_exam),
                                 (self.tr("&Close"), QKeySequence.StandardKey.Close, self.close)):
            if self.read_only and slot in (self.save, self.send_to_hq, self.add_exam):
                continue
            action = QAction(text, self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            self.menuBar().addAction(action)
            self.addAction(action)
        if case_number and session.case_versions(case_number):  # a case HQ received: its versions
            versions = QAction(self.tr("&Versions…"), self)
            versions.triggered.connect(self.show_versions)
            self.menuBar().addAction(versions)
        if self.is_hq and case_number and may(session.user.role, Action.DECIDE):  # HQ: its word back to the post
            hq_tab.add_decide_action(self)
        self.timer = AutosaveClock(self)
        self.timer.due.connect(self.autosave)
        self._load(self.dossier)
        self._offer_draft()
        if not case_number:
            self.personal.names["surname"].setFocus()

    @property
    def draft_key(self) -> str:
        return self.dossier.case_number or NEW_APPLICANT

    def _title(self) -> None:
        name = self.dossier.person.full_name or self.tr("New applicant")
        demo = self.tr(" — DEMO") if self.session.is_demo else ""
        self.setWindowTitle(f"[*]{self.dossier.case_number or self.tr('(unsaved)')} — {name}{demo}")
        self.setWindowModified(self.dirty)

    exam1 = property(lambda self: self.exam_tabs[1])
    exam2 = property(lambda self: self.exam_tabs[2])

    def _exam_tab(self, number: int) -> ExamTab:
        """The tab of exam `number`, added before the decision if it is not there yet."""
        if number in self.exam_tabs:
            return self.exam_tabs[number]
        tab = ExamTab(self.session, number)
        self.exam_tabs[number] = tab
        at = next((i for i, (t, _) in enumerate(self.sections) if isinstance(t, ExamTab) and t.number > number),
                  next(i for i, (t, _) in enumerate(self.sections) if t is self.decision))
        title = self.tr("Polygraph %1").replace("%1", str(number))
        self.sections.insert(at, (tab, title))
        self.tabs.insert_page(at, tab, title)
        tab.changed.connect(self._edited)
        tab.seal_bar.seal_requested.connect(lambda n=number: self.seal("exam", n))
        tab.seal_bar.amend_requested.connect(lambda t=tab: self.amend(t))
        return tab

    def _exam_tabs_for(self, d: Dossier) -> list[ExamTab]:
        """Tabs for the exams the case needs (two, a third after a discordant pair) and every one recorded;
        returns the tabs that were new."""
        wanted = sorted(set(workflow.required_exams(d, workflow.requirements())) | {1, 2})
        new = [n for n in wanted if n not in self.exam_tabs]
        return [self._exam_tab(n) for n in new]

    def add_exam(self) -> None:
        """Open a tab for one more exam than the case has (up to the workflow's limit)."""
        number = max(self.exam_tabs) + 1
        if number > workflow.MAX_EXAMS:
            prompts.current().info(self, self.tr("Polygraph"), self.tr("A case holds at most %1 exams.").replace(
                "%1", str(workflow.MAX_EXAMS)))
            return
        tab = self._exam_tab(number)
        tab.load(self.dossier)
        self.tabs.setCurrentWidget(tab)

    def _load(self, d: Dossier) -> None:
        self._exam_tabs_for(d)
        for tab, _ in self.sections:
            tab.load(d)
        self._show_links(d)
        hq_tab.show_in(self, d)
        self.pipeline.update_for(d)
        self.flags.update_for(self.session.flags_for(d))
        if self.read_only:
            read_only.apply(self)
        self._title()

    def _offer_draft(self) -> None:
        found = None if self.read_only else self.session.load_draft(self.draft_key)
        if not found:
            return
        doc, saved_at = found
        if self.dossier.updated_at and saved_at < self.dossier.updated_at:  # same second: keep
            self.session.discard_draft(self.draft_key)
            return
        when = saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if not prompts.current().confirm(self, self.tr("Unsaved changes"), self.tr(
                "There are unsaved changes to this dossier from %1. Restore them?").replace("%1", when)):
            self.session.discard_draft(self.draft_key)
            return
        body = {k: v for k, v in doc.items() if k not in ("format", "computed")}
        restored, _problems = from_jsonable(Dossier, body)  # a draft may be incomplete; keep what parses
        restored.case_number = self.dossier.case_number
        restored.attachments = self.dossier.attachments
        self.dossier = restored
        self._load(restored)
        self.dirty = True
        self.setWindowModified(True)
        self.status.setText(self.tr("Restored unsaved changes; save them with Ctrl+S."))

    def _edited(self) -> None:
        self.dirty = True
        self.setWindowModified(True)
        self.timer.poke()
        self.status.setText(self.tr("Editing… (* in the title: not saved yet; a draft is kept as you type)"))

    def collect(self) -> Dossier:
        for tab, _ in self.sections:
            tab.store(self.dossier)
        return self.dossier

    def autosave(self) -> None:
        """Write everything typed so far into the vault as a draft."""
        if not self.dirty or self.session.closed:
            return
        self.timer.stop()
        d = self.collect()
        try:
            self.session.save_draft(self.draft_key, to_document(d))
        except Exception:
            log.exception("autosave failed")
            self.status.setText(self.tr("Autosave failed; the details are in the log."))
            return
        for tab in self._exam_tabs_for(d):  # e.g. exam 3 once exams 1 and 2 disagree
            tab.load(d)
        self.pipeline.update_for(d)
        self.flags.update_for(self.session.flags_for(d))
        self.status.setText(self.tr("Draft saved in the vault."))
        self.autosaved.emit()

    def problems(self) -> list[str]:
        return [p for tab, _ in self.sections for p in tab.problems()]

    def save(self) -> bool:
        self.timer.stop()
        d = self.collect()
        problems = self.problems()
        if problems:
            self.autosave()
            prompts.current().error(self, self.tr("Not saved yet"), self.tr(
                "Please correct these first (your typing is kept as a draft):") + "\n• " + "\n• ".join(problems))
            return False
        try:
            if d.case_number:
                self.session.save_dossier(d)
            else:
                self.session.create_dossier(d)
        except DossierError as exc:
            self.autosave()
            details = "".join(f"\n• {tr_message(p)}" for _, p in getattr(exc, "problems", []))
            prompts.current().error(self, self.tr("Not saved"), tr_message(exc.message) + details)
            return False
        self.dossier = self.session.get_dossier(d.case_number)
        self.dirty = False
        self._load(self.dossier)
        self.status.setText(self.tr("Saved."))
        self._tell_duplicates()
        self.saved.emit(d.case_number)
        return True

    def _show_links(self, d: Dossier) -> None:
        """A merged case and the case it joined each name the other (the links tab only when there are links)."""
        links = self.session.case_links(d.case_number) if d.case_number else {}
        self.links_banner.setText(self.links.banner(links))
        self.links_banner.setVisible(bool(links))
        if links:
            self.links.show_links(links, {m["case_number"]: self.session.get_dossier(m["case_number"])
                                          for m in links.get("merged_cases", [])})
            if self.links not in self.tabs.pages:
                self.tabs.add_page(self.links, self.tr("Linked cases"))
        else:
            self.tabs.remove_page(self.links)

    def _tell_duplicates(self) -> None:
        """After a case is created or its identity edited, show the candidates, explained."""
        found = self.session.duplicate_candidates(self.dossier)
        shown = {(m.b, m.score) for m in found}
        if not found or shown == getattr(self, "_told", None):
            return
        self._told = shown
        tiers = {"likely": self.tr("likely the same person"), "possible": self.tr("possibly the same person")}
        lines = [f"{m.b} — {tiers.get(m.tier, m.tier)}, {m.score:.2f}: {tr_reasons('; '.join(m.reasons))}"
                 for m in found[:10]]
        prompts.current().info(self, self.tr("Possible duplicates"), self.tr(
            "This person may already have a case. A supervisor can merge the cases or mark them distinct "
            "from the flag (or with dossier duplicates …):") + "\n\n" + "\n".join(lines))

    def _add_pages(self) -> None:
        files = prompts.current().open_files(self, self.tr("Scanned pages"), self.tr("Images (*.png *.jpg *.jpeg)"))
        for att in self.attachments.add_files(files, "application_page"):
            self.application.add_page(att.sha256)

    # -- records: app/ui/dossier/record_actions.py -----------------------------------------------
    def seal(self, kind: str, key: int) -> bool:
        return record_actions.seal(self, kind, key)

    def amend(self, tab: SectionTab) -> None:
        record_actions.amend(self, tab)

    def waive(self, index: int) -> None:
        record_actions.waive(self, index)

    def open_step(self, stage: Stage, exam: int = 0) -> None:
        record_actions.open_step(self, stage, exam)

    def open_flag(self, flag: Flag) -> None:
        record_actions.open_flag(self, flag)

    def decide_duplicate(self, other: str, decision: str) -> bool:
        """Merge `other` into this case, or mark it a different person (app/ui/dossier/duplicate_actions.py)."""
        return duplicate_actions.decide(self, other, decision)

    def _set_photo(self) -> None:
        files = prompts.current().open_files(self, self.tr("Photo"), self.tr("Images (*.png *.jpg *.jpeg)"))
        for att in self.attachments.add_files(files[:1], "photo"):
            if not att.media_type.startswith("image/"):
                prompts.current().error(self, self.tr("Photo"), self.tr("The photo must be an image."))
                continue
            self.personal.set_photo(att.sha256)
            self.personal.emit_changed()

    def print_summary(self) -> None:
        if not self.dossier.case_number:
            prompts.current().info(self, self.tr("Print"), self.tr("Save the applicant before printing."))
            return
        from app.ui.print_summary import make_preview

        make_preview(self, self.session, self.collect()).exec()

    def _saved_case(self, title: str) -> str:
        if not self.dossier.case_number or self.dirty:
            prompts.current().info(self, title, self.tr("Save the applicant first."))
            return ""
        return self.dossier.case_number

    def casefile(self) -> None:
        from app.ui.casefile_preview import open_casefile

        if case := self._saved_case(self.tr("Case file")):
            open_casefile(self, self.session, case)

    def show_versions(self) -> None:
        from app.ui.versions_dialog import show_versions

        show_versions(self, self.session, self.dossier.case_number)

    def send_to_hq(self) -> None:
        from app.ui.send_dialog import send_cases

        if (case := self._saved_case(self.tr("Send to HQ"))) and send_cases(self, self.session, [case]):
            self.dossier = self.session.get_dossier(case)  # now marked "sent to HQ"
            self.dirty = False
            self._load(self.dossier)

    def flush(self) -> None:
        """Keep everything typed (before a lock or quit): draft now, no questions."""
        if self.dirty:
            self.autosave()

    def forget(self) -> None:
        """Drop the case data this window shows (after a lock)."""
        self.timer.stop()
        self.dirty = False
        self.setWindowModified(False)
        central = self.takeCentralWidget()
        if central is not None:
            central.deleteLater()
        self.dossier = Dossier(person=Person("", ""))
        self.setWindowTitle("")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty and not self.session.closed:
            self.collect()
            if self.problems():
                self.autosave()  # incomplete: kept as a draft, offered next time
            else:
                self.save()
        self.timer.stop()
        super().closeEvent(event)
