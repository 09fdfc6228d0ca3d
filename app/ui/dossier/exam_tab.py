"""One polygraph exam (1…n): details, format and question list, score grid with live
totals, the rule it is scored with, and the computed and stated results."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import exam_formats, polygraph, rulesets, sealing
from app.domain.enums import ExamResult, QuestionType
from app.domain.model import Dossier, PolygraphExam, Question
from app.ui import people, prompts
from app.ui.dossier.base import SectionTab, date_edit, date_hint, parse_date
from app.ui.dossier.exam_rule import RulePicker
from app.ui.dossier.record_table import Column, RecordTable
from app.ui.dossier.score_grid import ScoreGrid
from app.ui.dossier.seal_bar import SealBar
from app.ui.i18n import current_language
from app.ui.messages import tr_message
from app.ui.people_picker import PeoplePicker
from app.ui.widgets import error_style
from app.vault.session import VaultSession


class ExamTab(SectionTab):
    def __init__(self, session: VaultSession, number: int, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.number = number
        self.exam = PolygraphExam(number=number)
        self.others: list[PolygraphExam] = []  # the case's other exams (to copy from)
        note = QLabel(self.tr("A polygraph result is a trigger for follow-up, not a verdict (National Research "
                              "Council, The Polygraph and Lie Detection, 2003)."))
        note.setObjectName("nrc_note")
        note.setWordWrap(True)
        head = QFormLayout()
        self.examiner = PeoplePicker(people.choices(session, people.EXAMINERS))
        self.examiner.setObjectName("examiner")
        self.place, self.instrument, self.serial, self.technique = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.held_on = date_edit()
        self.picker = RulePicker()
        self.charts = QSpinBox()
        self.charts.setRange(1, 10)
        self.charts.setValue(3)
        self.add_row(head, self.tr("Examiner"), self.examiner)
        self.add_row(head, self.tr("Held on"), self.held_on, "held_on")
        self.add_row(head, self.tr("Place"), self.place)
        self.add_row(head, self.tr("Instrument"), self.instrument)
        self.add_row(head, self.tr("Serial number"), self.serial)
        self.add_row(head, self.tr("Technique (notes)"), self.technique)
        self.add_row(head, self.tr("Charts"), self.charts)
        types = tuple((t.value, label) for t, label in (
            (QuestionType.RELEVANT, self.tr("Relevant")), (QuestionType.COMPARISON, self.tr("Comparison")),
            (QuestionType.IRRELEVANT, self.tr("Irrelevant")), (QuestionType.SYMPTOMATIC, self.tr("Symptomatic")),
            (QuestionType.SACRIFICE, self.tr("Sacrifice relevant")), (QuestionType.OTHER, self.tr("Other"))))
        columns = [Column("label", self.tr("Label")), Column("type", self.tr("Type"), "choice", types),
                   Column("text", self.tr("Question"))]
        self.questions = RecordTable(columns, self.tr("Add question"), self.tr("Remove selected"))
        self.questions.setObjectName("questions")
        self.copy_previous = QPushButton(self.tr("Copy questions from exam %1").replace("%1", str(number - 1)))
        self.copy_previous.setObjectName("copy_previous")
        self.copy_previous.setVisible(number > 1)
        self.grid = ScoreGrid()
        self.seal_bar = SealBar()
        self.amend_reason = ""
        self.computed = QLabel()
        self.computed.setObjectName("computed")
        self.computed.setWordWrap(True)
        self.result = QComboBox()
        self.result.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.result.setMinimumContentsLength(16)
        self.result.setObjectName("result")
        self.result.addItem(self.tr("(no result yet)"), None)
        for r, label in ((ExamResult.NDI, self.tr("NDI: no deception indicated")),
                         (ExamResult.DI, self.tr("DI: deception indicated")),
                         (ExamResult.INC, self.tr("INC: inconclusive")), (ExamResult.NO, self.tr("NO: no opinion")),
                         (ExamResult.PNC, self.tr("PNC: purposeful non-cooperation"))):
            self.result.addItem(label, r.value)
        self.admissions, self.pretest, self.posttest = QPlainTextEdit(), QPlainTextEdit(), QPlainTextEdit()
        notes = QFormLayout()
        self.add_row(notes, self.tr("Computed from the scores"), self.computed)
        self.add_row(notes, self.tr("Examiner's result"), self.result)
        for label, w in ((self.tr("Admissions"), self.admissions), (self.tr("Pre-test notes"), self.pretest),
                         (self.tr("Post-test notes"), self.posttest)):
            w.setTabChangesFocus(True)
            w.setMaximumHeight(70)
            self.add_row(notes, label, w)
            w.textChanged.connect(self.emit_changed)
        left = QVBoxLayout()
        left.addWidget(self.seal_bar)
        left.addWidget(note)
        left.addLayout(head)
        left.addWidget(self.picker)
        qbox = QGroupBox(self.tr("Questions"))
        qlayout = QVBoxLayout(qbox)
        qlayout.addWidget(self.questions)
        qlayout.addWidget(self.copy_previous)
        left.addWidget(qbox)
        right = QVBoxLayout()
        gbox = QGroupBox(self.tr("Scores"))
        QVBoxLayout(gbox).addWidget(self.grid)
        right.addWidget(gbox, 1)
        right.addLayout(notes)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        for edit in (self.place, self.instrument, self.serial, self.technique, self.held_on):
            edit.textChanged.connect(self.emit_changed)
        self.examiner.edited.connect(self.emit_changed)
        self.examiner.edited.connect(self.refresh_seal)
        self.result.currentIndexChanged.connect(self.emit_changed)
        self.grid.changed.connect(self.emit_changed)
        self.questions.changed.connect(self._rebuild_grid)
        self.charts.valueChanged.connect(self._rebuild_grid)
        self.picker.method.currentIndexChanged.connect(self._rebuild_grid)
        self.picker.changed.connect(self._show_computed)
        self.picker.changed.connect(self.emit_changed)
        self.picker.format_chosen.connect(self.choose_format)
        self.copy_previous.clicked.connect(self.copy_from_previous)
        self.grid.changed.connect(self._show_computed)
        self.result.currentIndexChanged.connect(self._show_computed)

    # -- format, copy, rule ---------------------------------------------------------------------
    def _apply(self, filled: PolygraphExam) -> None:
        """Show a filled-in question list, method, rule and charts (keeping what else was typed)."""
        self._loading = True
        try:
            self.picker.set_values(filled.format, filled.method, filled.rule)
            self.charts.setValue(filled.charts)
            self.questions.set_rows([{"label": q.label, "type": q.type.value, "text": q.text}
                                     for q in filled.questions])
        finally:
            self._loading = False
        self._rebuild_grid()

    def choose_format(self, name: str) -> None:
        """A format was picked: it fills the question list (asking first if one was typed)."""
        if not name:
            self.emit_changed()
            return
        if self._questions() and not prompts.current().confirm(self, self.tr("Exam format"), self.tr(
                "Replace the question list with the format's? Question texts typed under the same labels are "
                "kept.")):
            self.emit_changed()
            return
        self._apply(exam_formats.apply_format(PolygraphExam(number=self.number, questions=self._questions()), name))

    def copy_from_previous(self) -> None:
        previous = next((e for e in self.others if e.number == self.number - 1), None)
        if previous is None or not previous.questions:
            prompts.current().info(self, self.tr("Copy questions"), self.tr(
                "Exam %1 has no questions to copy yet.").replace("%1", str(self.number - 1)))
            return
        if self._questions() and not prompts.current().confirm(self, self.tr("Copy questions"), self.tr(
                "Replace this exam's question list with exam %1's?").replace("%1", str(self.number - 1))):
            return
        self._apply(exam_formats.copy_from(PolygraphExam(number=self.number), previous))

    def _rule_for_store(self) -> dict[str, Any]:
        chosen = self.picker.snapshot()
        stored = self.exam.rule
        if stored.get("kind") and rulesets.hash_of(stored) == rulesets.hash_of(chosen):
            return dict(stored)  # the snapshot the exam was scored with stays, word for word
        return chosen

    def _probe(self) -> PolygraphExam:
        result = self.result.currentData()
        return PolygraphExam(number=self.number, questions=self._questions(), charts=self.charts.value(),
                             scores=self.grid.scores()[0], method=self.picker.method.currentData(),
                             format=self.picker.format.currentData() or "", rule=self._rule_for_store(),
                             result=ExamResult(result) if result else None)

    def _show_computed(self, *_args: object) -> None:
        if self._loading:
            return
        s = polygraph.score(self._probe())
        lang = current_language()
        lines = [(s.computed.value + " — " + tr_message(s.reason)) if s.computed else
                 self.tr("Not computed yet: %1").replace("%1", "; ".join(tr_message(p) for p in s.problems))]
        if s.disagrees:
            lines.append(self.tr("The examiner's result differs from the computed one."))
        if s.unknown_rule:
            lines.append(self.tr("Scored with an unknown rule: the stored cutscores are not a rule this vault knows. "
                                 "Computed here with %1; the stated result needs review.").replace(
                "%1", s.rule_label_uk if lang == "uk" else s.rule_label))
        if not s.verified_rule and not s.unknown_rule:
            lines.append(self.tr("These cutscores are not confirmed against their published source."))
        for warning in s.warnings[1 if s.unknown_rule else 0:]:
            lines.append(tr_message(warning))
        if s.current_default is not None:
            o = s.current_default
            lines.append(self.tr("The current default rule (%1) would give: %2").replace(
                "%1", o.label_uk if lang == "uk" else o.label).replace(
                "%2", (o.result.value + " — " + tr_message(o.reason)) if o.result else self.tr("not computed")))
        self.computed.setText("\n".join(lines))
        red = s.disagrees or s.computed == ExamResult.DI or s.unknown_rule
        self.computed.setStyleSheet(error_style() if red else "")

    def _questions(self) -> list[Question]:
        return [Question(r["label"], QuestionType(r["type"]), r["text"]) for r in self.questions.rows() if r["label"]]

    def _rebuild_grid(self, *_args: object) -> None:
        if self._loading:
            return
        scores, _ = self.grid.scores()
        self.grid.build(self._questions(), self.charts.value(), self.picker.method.currentData(), scores)
        self._show_computed()
        self.emit_changed()

    # -- load and store ----------------------------------------------------------------------------
    def fill(self, d: Dossier) -> None:
        self.others = [e for e in d.polygraph_exams if e.number != self.number]
        exam = next((e for e in d.polygraph_exams if e.number == self.number), None) or PolygraphExam(
            number=self.number, examiner="", charts=3, method="federal_7")
        self.exam = exam
        self.examiner.setText(exam.examiner)
        self.held_on.set_date(exam.held_on)
        self.place.setText(exam.place)
        self.instrument.setText(exam.instrument)
        self.serial.setText(exam.serial)
        self.technique.setText(exam.technique)
        self.picker.set_values(exam.format, exam.method or "federal_7", exam.rule)
        self.charts.setValue(exam.charts)
        self.questions.set_rows([{"label": q.label, "type": q.type.value, "text": q.text} for q in exam.questions])
        self.grid.build(exam.questions, exam.charts, self.picker.method.currentData(), exam.scores)
        self.result.setCurrentIndex(max(0, self.result.findData(exam.result.value if exam.result else None)))
        self.admissions.setPlainText(exam.admissions)
        self.pretest.setPlainText(exam.pretest_notes)
        self.posttest.setPlainText(exam.posttest_notes)

    def load(self, d: Dossier) -> None:
        self.amend_reason = ""
        super().load(d)
        self._show_computed()
        self.refresh_seal()

    def refresh_seal(self) -> None:
        exam = self.exam
        if not exam.sealed_by and not self._loading:
            exam = replace(exam, examiner=self.examiner.text())  # as picked now
        stored = exam if (exam.examiner or exam.questions or exam.sealed_by) else None
        blocker = people.seal_blocker(self.session, "exam", stored) if stored is not None else ""
        self.seal_bar.show_record(stored, blocker, bool(self.amend_reason))
        editable = not self.exam.sealed_by or bool(self.amend_reason)
        inputs = QLineEdit | QComboBox | QSpinBox | QPlainTextEdit | RecordTable | ScoreGrid | QPushButton
        for w in self.findChildren(QWidget):
            if isinstance(w, inputs) and not self.seal_bar.isAncestorOf(w):
                w.setEnabled(editable)

    def start_amending(self, reason: str) -> None:
        self.amend_reason = reason
        self.refresh_seal()

    def is_empty(self) -> bool:
        return not (self.examiner.text().strip() or self._questions() or self.grid.scores()[0]
                    or self.result.currentData())

    def store(self, d: Dossier) -> None:
        others = [e for e in d.polygraph_exams if e.number != self.number]
        if self.exam.sealed_by and not self.amend_reason:
            d.polygraph_exams = sorted([*others, self.exam], key=lambda e: e.number)  # read-only: as sealed
            return
        if self.is_empty():
            d.polygraph_exams = others
            return
        exam = replace(
            self._probe(), examiner=self.examiner.text().strip(), held_on=parse_date(self.held_on.text())[0],
            place=self.place.text().strip(), instrument=self.instrument.text().strip(),
            serial=self.serial.text().strip(), technique=self.technique.text().strip(),
            admissions=self.admissions.toPlainText(), pretest_notes=self.pretest.toPlainText(),
            posttest_notes=self.posttest.toPlainText(), attachments=list(self.exam.attachments))
        if self.exam.sealed_by:
            exam = sealing.amend(self.exam, exam, self.session.user.callsign, self.amend_reason,  # type: ignore[assignment]
                                 datetime.now(UTC).replace(microsecond=0))
        d.polygraph_exams = sorted([*others, exam], key=lambda e: e.number)

    def problems(self) -> list[str]:
        self.clear_errors()
        out = list(self.grid.scores()[1])
        if not parse_date(self.held_on.text())[1]:
            self.show_error("held_on", date_hint())
            out.append(self.tr("The exam date is not a valid date."))
        labels = [q.label for q in self._questions()]
        if len(labels) != len(set(labels)):
            out.append(self.tr("Question labels must be unique."))
        return out
