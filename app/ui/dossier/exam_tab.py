"""One polygraph exam: details, question list, score grid with live totals, result."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import polygraph, sealing
from app.domain.enums import ExamResult, QuestionType
from app.domain.model import Dossier, PolygraphExam, Question
from app.ui import people
from app.ui.dossier.base import SectionTab, date_edit, date_hint, parse_date
from app.ui.dossier.record_table import Column, RecordTable
from app.ui.dossier.score_grid import ScoreGrid
from app.ui.dossier.seal_bar import SealBar
from app.ui.messages import rule_label, tr_words
from app.ui.people_picker import PeoplePicker
from app.ui.widgets import error_style
from app.vault.session import VaultSession

METHOD_LABELS = (("federal_7", str(QT_TRANSLATE_NOOP("ExamTab", "Federal 7-position"))),
                 ("three_position", str(QT_TRANSLATE_NOOP("ExamTab", "3-position"))),
                 ("ess", str(QT_TRANSLATE_NOOP("ExamTab", "ESS"))))


class ExamTab(SectionTab):
    def __init__(self, session: VaultSession, number: int, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.number = number
        self.exam = PolygraphExam(number=number)
        note = QLabel(self.tr("A polygraph result is a trigger for follow-up, not a verdict (National Research "
                              "Council, The Polygraph and Lie Detection, 2003)."))
        note.setObjectName("nrc_note")
        note.setWordWrap(True)
        head = QFormLayout()
        self.examiner = PeoplePicker(people.choices(session, people.EXAMINERS))
        self.examiner.setObjectName("examiner")
        self.place, self.instrument, self.serial, self.technique = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.held_on = date_edit()
        self.method = QComboBox()
        for value, label in METHOD_LABELS:
            self.method.addItem(self.tr(label), value)
        self.rule = QComboBox()
        self.rule.setObjectName("rule")
        self.charts = QSpinBox()
        self.charts.setRange(1, 10)
        self.charts.setValue(3)
        self.add_row(head, self.tr("Examiner"), self.examiner)
        self.add_row(head, self.tr("Held on"), self.held_on, "held_on")
        self.add_row(head, self.tr("Place"), self.place)
        self.add_row(head, self.tr("Instrument"), self.instrument)
        self.add_row(head, self.tr("Serial number"), self.serial)
        self.add_row(head, self.tr("Technique / format"), self.technique)
        self.add_row(head, self.tr("Scoring method"), self.method)
        self.add_row(head, self.tr("Decision rule"), self.rule)
        self.add_row(head, self.tr("Charts"), self.charts)
        types = tuple((t.value, label) for t, label in (
            (QuestionType.RELEVANT, self.tr("Relevant")), (QuestionType.COMPARISON, self.tr("Comparison")),
            (QuestionType.IRRELEVANT, self.tr("Irrelevant")), (QuestionType.SYMPTOMATIC, self.tr("Symptomatic")),
            (QuestionType.SACRIFICE, self.tr("Sacrifice relevant")), (QuestionType.OTHER, self.tr("Other"))))
        columns = [Column("label", self.tr("Label")), Column("type", self.tr("Type"), "choice", types),
                   Column("text", self.tr("Question"))]
        self.questions = RecordTable(columns, self.tr("Add question"), self.tr("Remove selected"))
        self.questions.setObjectName("questions")
        self.grid = ScoreGrid()
        self.seal_bar = SealBar()
        self.amend_reason = ""
        self.computed = QLabel()
        self.computed.setObjectName("computed")
        self.computed.setWordWrap(True)
        self.result = QComboBox()
        self.result.setObjectName("result")
        self.result.addItem(self.tr("(no result yet)"), None)
        for r, label in ((ExamResult.NDI, self.tr("NDI: no deception indicated")),
                         (ExamResult.DI, self.tr("DI: deception indicated")),
                         (ExamResult.INC, self.tr("INC: inconclusive")), (ExamResult.NO, self.tr("NO: no opinion")),
                         (ExamResult.PNC, self.tr("PNC: purposeful non-cooperation"))):
            self.result.addItem(label, r.value)
        self.admissions, self.pretest, self.posttest = QPlainTextEdit(), QPlainTextEdit(), QPlainTextEdit()
        notes = QFormLayout()
        for combo in (self.method, self.rule, self.result):  # long rule names must not widen the page
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
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
        qbox = QGroupBox(self.tr("Questions"))
        QVBoxLayout(qbox).addWidget(self.questions)
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
        self.method.currentIndexChanged.connect(self._method_changed)
        self.rule.currentIndexChanged.connect(self._show_computed)
        self.grid.changed.connect(self._show_computed)
        self.result.currentIndexChanged.connect(self._show_computed)
        self._fill_rules("federal_7", None)

    def _fill_rules(self, method_name: str, selected: str | None) -> None:
        rules = polygraph.rules_data()["rules"]
        was = self.rule.blockSignals(True)
        self.rule.clear()
        for name, rule in rules.items():
            if method_name in rule["methods"]:
                mark = "" if rule["verified"] else self.tr(" (cutscores unverified)")
                self.rule.addItem(rule_label(name, rule["label"]) + mark, name)
        wanted = selected or polygraph.method(method_name)["default_rule"]
        self.rule.setCurrentIndex(max(0, self.rule.findData(wanted)))
        self.rule.blockSignals(was)

    def _method_changed(self, *_args: object) -> None:
        self._fill_rules(self.method.currentData(), None)
        self._rebuild_grid()

    def _rule_for_store(self) -> dict[str, Any]:
        name = self.rule.currentData()
        if self.exam.rule.get("name") == name and self.exam.rule.get("kind"):
            return dict(self.exam.rule)  # the snapshot the exam was scored with stays
        return polygraph.rule_snapshot(name)

    def _show_computed(self, *_args: object) -> None:
        if self._loading:
            return
        result = self.result.currentData()
        probe = PolygraphExam(number=self.number, questions=self._questions(), charts=self.charts.value(),
                              scores=self.grid.scores()[0], method=self.method.currentData(),
                              rule=self._rule_for_store(), result=ExamResult(result) if result else None)
        s = polygraph.score(probe)
        lines = [(s.computed.value + " — " + tr_words(s.reason)) if s.computed else
                 self.tr("Not computed yet: %1").replace("%1", tr_words("; ".join(s.problems)))]
        if s.disagrees:
            lines.append(self.tr("The examiner's result differs from the computed one."))
        if not s.verified_rule:
            lines.append(self.tr("These cutscores are not confirmed against their published source."))
        self.computed.setText("\n".join(lines))
        self.computed.setStyleSheet(error_style() if s.disagrees or s.computed == ExamResult.DI else "")

    def _questions(self) -> list[Question]:
        return [Question(r["label"], QuestionType(r["type"]), r["text"]) for r in self.questions.rows() if r["label"]]

    def _rebuild_grid(self, *_args: object) -> None:
        if self._loading:
            return
        scores, _ = self.grid.scores()
        self.grid.build(self._questions(), self.charts.value(), self.method.currentData(), scores)
        self._show_computed()
        self.emit_changed()

    def fill(self, d: Dossier) -> None:
        exam = next((e for e in d.polygraph_exams if e.number == self.number), None) or PolygraphExam(
            number=self.number, examiner="", charts=3, method="federal_7")
        self.exam = exam
        self.examiner.setText(exam.examiner)
        self.held_on.set_date(exam.held_on)
        self.place.setText(exam.place)
        self.instrument.setText(exam.instrument)
        self.serial.setText(exam.serial)
        self.technique.setText(exam.technique)
        self.method.setCurrentIndex(max(0, self.method.findData(exam.method or "federal_7")))
        self._fill_rules(self.method.currentData(), exam.rule.get("name") if exam.rule.get("kind") else None)
        self.charts.setValue(exam.charts)
        self.questions.set_rows([{"label": q.label, "type": q.type.value, "text": q.text} for q in exam.questions])
        self.grid.build(exam.questions, exam.charts, self.method.currentData(), exam.scores)
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
            exam = PolygraphExam(**{**vars(exam), "examiner": self.examiner.text()})  # as picked now
        stored = exam if (exam.examiner or exam.questions or exam.sealed_by) else None
        blocker = people.seal_blocker(self.session, "exam", stored) if stored is not None else ""
        self.seal_bar.show_record(stored, blocker, bool(self.amend_reason))
        editable = not self.exam.sealed_by or bool(self.amend_reason)
        inputs = QLineEdit | QComboBox | QSpinBox | QPlainTextEdit | RecordTable | ScoreGrid  # the picker too
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
        result = self.result.currentData()
        exam = PolygraphExam(
            number=self.number, examiner=self.examiner.text().strip(), held_on=parse_date(self.held_on.text())[0],
            place=self.place.text().strip(), instrument=self.instrument.text().strip(),
            serial=self.serial.text().strip(), technique=self.technique.text().strip(), questions=self._questions(),
            charts=self.charts.value(), scores=self.grid.scores()[0], method=self.method.currentData(),
            rule=self._rule_for_store(), result=ExamResult(result) if result else None,
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
