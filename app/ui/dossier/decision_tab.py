"""The decision. Only a supervisor records it (the vault enforces this too)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.domain import sealing
from app.domain.enums import DecisionOutcome
from app.domain.model import Decision, Dossier
from app.domain.roles import Action, may
from app.ui import dates, people
from app.ui.dossier.base import SectionTab
from app.ui.dossier.seal_bar import SealBar
from app.ui.people_picker import PeoplePicker
from app.ui.widgets import hint_label
from app.vault.session import VaultSession


class DecisionTab(SectionTab):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.original: Decision | None = None
        self.allowed = may(session.user.role, Action.DECIDE)
        self.notice = hint_label("decision_notice", self.tr(
            "Only a supervisor records the decision: a supervisor unlocks the vault (Ctrl+L locks it) and decides."))
        self.notice.setVisible(not self.allowed)
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcome")
        self.outcome.addItem(self.tr("(no decision)"), None)
        for o, label in ((DecisionOutcome.ACCEPT, self.tr("Accept")), (DecisionOutcome.REJECT, self.tr("Reject")),
                         (DecisionOutcome.DEFER, self.tr("Defer")), (DecisionOutcome.REFER, self.tr("Refer"))):
            self.outcome.addItem(label, o.value)
        self.reason = QLineEdit()
        self.rationale = QPlainTextEdit()
        self.rationale.setObjectName("rationale")
        self.rationale.setTabChangesFocus(True)
        self.approved_by = PeoplePicker(people.choices(session, people.APPROVERS))
        self.approved_by.setObjectName("approved_by")
        self.decided = QLabel()
        form = QFormLayout()
        self.add_row(form, self.tr("Outcome"), self.outcome, "outcome")
        self.add_row(form, self.tr("Reason code"), self.reason)
        self.add_row(form, self.tr("Rationale"), self.rationale)
        self.add_row(form, self.tr("Approved by"), self.approved_by)
        self.add_row(form, self.tr("Recorded"), self.decided)
        self.seal_bar = SealBar()
        self.amend_reason = ""
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.seal_bar)
        layout.addLayout(form)
        layout.addStretch()
        for w in (self.outcome, self.reason, self.rationale, self.approved_by):
            w.setEnabled(self.allowed)
        self.outcome.currentIndexChanged.connect(self.emit_changed)
        self.reason.textChanged.connect(self.emit_changed)
        self.rationale.textChanged.connect(self.emit_changed)
        self.approved_by.edited.connect(self.emit_changed)

    def refresh_seal(self) -> None:
        dec = self.original
        self.seal_bar.show_record(dec, people.seal_blocker(self.session, "decision", dec) if dec else "",
                                  bool(self.amend_reason))
        editable = self.allowed and (dec is None or not dec.sealed_by or bool(self.amend_reason))
        for w in (self.outcome, self.reason, self.rationale, self.approved_by):
            w.setEnabled(editable)

    def start_amending(self, reason: str) -> None:
        self.amend_reason = reason
        self.refresh_seal()

    def load(self, d: Dossier) -> None:
        self.amend_reason = ""
        super().load(d)
        self.refresh_seal()

    def fill(self, d: Dossier) -> None:
        self.original = d.decision
        dec = d.decision
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(dec.outcome.value if dec else None)))
        self.reason.setText(dec.reason_code if dec else "")
        self.rationale.setPlainText(dec.rationale if dec else "")
        self.approved_by.setText(dec.approved_by if dec else "")
        self.decided.setText(f"{dec.decided_by}, {dates.show(dec.decided_at.astimezone().date())} "
                             f"{dec.decided_at.astimezone():%H:%M}" if dec and dec.decided_at else "")

    def store(self, d: Dossier) -> None:
        if not self.allowed or (self.original and self.original.sealed_by and not self.amend_reason):
            d.decision = self.original
            return
        value = self.outcome.currentData()
        if value is None:
            d.decision = None
            return
        new = Decision(DecisionOutcome(value), self.reason.text().strip(), self.rationale.toPlainText(),
                       self.session.user.callsign, datetime.now(UTC).replace(microsecond=0),
                       self.approved_by.text().strip())
        o = self.original
        same = o is not None and (o.outcome, o.reason_code, o.rationale, o.approved_by) == (
            new.outcome, new.reason_code, new.rationale, new.approved_by)
        if o is not None and o.sealed_by and not same:
            new = sealing.amend(o, new, self.session.user.callsign, self.amend_reason, new.decided_at or  # type: ignore[assignment]
                                datetime.now(UTC))
        d.decision = o if same else new
