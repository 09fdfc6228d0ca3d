"""Interviews: a list, and the selected one's details and template form."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain import authors, forms, sealing
from app.domain.enums import Assessment
from app.domain.model import Dossier, Interview
from app.errors import DossierError
from app.ui import dates, people
from app.ui.dossier.base import SectionTab, split_list
from app.ui.dossier.form_widget import FormWidget
from app.ui.dossier.seal_bar import SealBar
from app.ui.i18n import current_language
from app.ui.people_picker import PeoplePicker
from app.vault.session import VaultSession


class InterviewsTab(SectionTab):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.interviews: list[Interview] = []
        self.originals: list[Interview] = []
        self.amend_reasons: dict[int, str] = {}
        self.read_only = False  # a case handed over to another post (app/ui/dossier/read_only.py)
        self.seal_bar = SealBar()
        self.current = -1
        self.incomplete = 0
        self.form: FormWidget | None = None
        self._shown_answers: dict[str, object] = {}  # the form's answers as loaded, to see if they changed
        self.list = QListWidget()
        self.list.setObjectName("interview_list")
        self.template = QComboBox()
        for tpl in forms.available_templates():
            title = tpl.title.get(current_language()) or tpl.title.get("en", tpl.id)
            self.template.addItem(f"{title} (v{tpl.version})", (tpl.id, tpl.version))
        self.new_button = QPushButton(self.tr("New interview"))
        self.new_button.clicked.connect(self.new_interview)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(self.list)
        lv.addWidget(self.template)
        lv.addWidget(self.new_button)
        self.detail = QWidget()
        head = QFormLayout()
        self.interviewer = PeoplePicker(people.choices(session, people.INTERVIEWERS))
        self.interviewer.setObjectName("interviewer")
        self.place, self.interpreter = QLineEdit(), QLineEdit()
        self.red_flags = QLineEdit()
        self.assessment = QComboBox()
        self.assessment.addItem(self.tr("(not assessed)"), None)
        for a, label in ((Assessment.CREDIBLE, self.tr("Credible")), (Assessment.DOUBTFUL, self.tr("Doubtful")),
                         (Assessment.NOT_CREDIBLE, self.tr("Not credible"))):
            self.assessment.addItem(label, a.value)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.add_row(head, self.tr("Interviewer"), self.interviewer)
        self.add_row(head, self.tr("Place"), self.place)
        self.add_row(head, self.tr("Interpreter"), self.interpreter)
        self.add_row(head, self.tr("Assessment"), self.assessment)
        self.add_row(head, self.tr("Red flags (comma-separated)"), self.red_flags)
        self.add_row(head, self.tr("Notes"), self.notes)
        for w in (self.place, self.interpreter, self.red_flags):
            w.textChanged.connect(self.emit_changed)
        self.interviewer.edited.connect(self.emit_changed)
        self.interviewer.edited.connect(self.refresh_seal)
        self.notes.textChanged.connect(self.emit_changed)
        self.assessment.currentIndexChanged.connect(self.emit_changed)
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        dv = QVBoxLayout(self.detail)
        dv.addWidget(self.seal_bar)
        dv.addLayout(head)
        dv.addWidget(self.form_area, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(1, 3)
        layout = QHBoxLayout(self)
        layout.addWidget(split)
        self.list.currentRowChanged.connect(self._select)
        self.detail.setEnabled(False)

    def _label(self, i: int, iv: Interview) -> str:
        when = dates.show(iv.started_at.astimezone().date()) if iv.started_at else ""
        try:
            tpl = forms.load_template(iv.template_id, iv.template_version)
            title = tpl.title.get(current_language()) or tpl.title.get("en", iv.template_id)
        except DossierError:  # a template no longer installed: its id is all there is
            title = iv.template_id.replace("_", " ")
        return f"{i + 1}. {title} {when} {iv.interviewer}".strip()

    def fill(self, d: Dossier) -> None:
        self.interviews = [Interview(**vars(iv)) for iv in d.interviews]
        self.originals = list(d.interviews)
        self.amend_reasons = {}
        self.current = -1
        self.list.clear()
        self.list.addItems([self._label(i, iv) for i, iv in enumerate(self.interviews)])
        if self.interviews:
            self.list.setCurrentRow(len(self.interviews) - 1)
        else:
            self.detail.setEnabled(False)

    def new_interview(self) -> None:
        tid, version = self.template.currentData()
        iv = Interview(template_id=tid, template_version=version, interviewer=self.session.user.callsign,
                       started_at=datetime.now(UTC).replace(microsecond=0))
        self._save_current()
        self.interviews.append(iv)
        self.list.addItem(self._label(len(self.interviews) - 1, iv))
        self.list.setCurrentRow(len(self.interviews) - 1)
        self.emit_changed()

    def _select(self, row: int) -> None:
        self._save_current()
        self.current = row
        if row < 0:
            self.detail.setEnabled(False)
            return
        iv = self.interviews[row]
        was, self._loading = self._loading, True
        self.interviewer.setText(iv.interviewer)
        self.place.setText(iv.place)
        self.interpreter.setText(iv.interpreter)
        assessment = iv.assessment.value if iv.assessment else None
        self.assessment.setCurrentIndex(max(0, self.assessment.findData(assessment)))
        self.red_flags.setText(", ".join(iv.red_flags))
        self.notes.setPlainText(iv.notes)
        self.form = FormWidget(forms.load_template(iv.template_id, iv.template_version))
        self.form.set_answers(iv.answers)
        self._shown_answers = self.form.answers()
        self.form.changed.connect(self.emit_changed)
        self.form_area.setWidget(self.form)
        self._loading = was
        self.detail.setEnabled(True)
        self.refresh_seal()

    def _editable(self, index: int) -> bool:
        if self.read_only:
            return False
        sealed = index < len(self.originals) and bool(self.originals[index].sealed_by)
        return not sealed or index in self.amend_reasons

    def refresh_seal(self) -> None:
        i = self.current
        original = self.originals[i] if 0 <= i < len(self.originals) else (
            self.interviews[i] if 0 <= i < len(self.interviews) else None)
        if original is not None and not original.sealed_by and not self._loading and 0 <= i < len(self.interviews):
            original = authors.with_author(original, "interviewer", self.interviewer.text())  # as picked now
        blocker = people.seal_blocker(self.session, "interview", original) if original is not None else ""
        self.seal_bar.show_record(original, blocker, i in self.amend_reasons,
                                  original is not None and self.session.may_amend(original))
        editable = self._editable(i)
        for w in (self.interviewer, self.place, self.interpreter, self.assessment, self.red_flags, self.notes):
            w.setEnabled(editable)
        if self.form is not None:
            self.form.setEnabled(editable)

    def start_amending(self, reason: str) -> None:
        self.amend_reasons[self.current] = reason
        self.refresh_seal()

    def _save_current(self) -> None:
        if not (0 <= self.current < len(self.interviews)) or self.form is None or not self._editable(self.current):
            return
        iv = self.interviews[self.current]
        iv.interviewer = self.interviewer.text().strip()
        iv.place = self.place.text().strip()
        iv.interpreter = self.interpreter.text().strip()
        value = self.assessment.currentData()
        iv.assessment = Assessment(value) if value else None
        iv.red_flags = split_list(self.red_flags.text())
        iv.notes = self.notes.toPlainText()
        answers = self.form.answers()
        if answers != self._shown_answers:  # untouched, the record keeps what it holds (answers the form lacks too)
            iv.answers = forms.relevant_answers(self.form.template, answers)

    def store(self, d: Dossier) -> None:
        self._save_current()
        out: list[Interview] = []
        for i, iv in enumerate(self.interviews):
            original = self.originals[i] if i < len(self.originals) else None
            if original is not None and original.sealed_by:
                reason = self.amend_reasons.get(i)
                changed = reason and sealing.content(iv) != sealing.content(original)
                out.append(sealing.amend(original, iv, self.session.user.callsign, reason,  # type: ignore[arg-type]
                                         datetime.now(UTC).replace(microsecond=0)) if changed else original)
            else:
                out.append(Interview(**vars(iv)))
        d.interviews = out

    def problems(self) -> list[str]:
        self._save_current()
        out = []
        for i, iv in enumerate(self.interviews):
            found = forms.check_answers(forms.load_template(iv.template_id, iv.template_version), iv.answers,
                                        current_language(), include_required=False)
            if found:
                out.append(self.tr("Interview %1: %2 field(s) need attention.").replace(
                    "%1", str(i + 1)).replace("%2", str(len(found))))
        if self.form is not None:
            missing = self.form.refresh(show_required=True)  # shown next to the fields, not blocking
            self.incomplete = len(missing)
        return out
