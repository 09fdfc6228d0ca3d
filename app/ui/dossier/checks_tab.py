"""Background checks: request them, then record each result."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.enums import CheckKind, CheckResult
from app.domain.model import BackgroundCheck, Dossier
from app.domain.roles import Action, may
from app.ui.dossier.base import SectionTab, parse_date
from app.ui.dossier.record_table import Column, RecordTable
from app.vault.session import VaultSession


class ChecksTab(SectionTab):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._attachments: dict[int, list[str]] = {}
        kinds = ((CheckKind.SECURITY_SERVICE, self.tr("Security service records")),
                 (CheckKind.COUNTER_INTELLIGENCE, self.tr("Counter-intelligence")),
                 (CheckKind.DOCUMENT_VERIFICATION, self.tr("Document verification")),
                 (CheckKind.OPEN_SOURCES, self.tr("Open sources")), (CheckKind.WATCHLIST, self.tr("Watchlist")),
                 (CheckKind.OTHER, self.tr("Other")))
        results = ((CheckResult.PENDING, self.tr("Pending")), (CheckResult.NO_RECORD, self.tr("No record")),
                   (CheckResult.ADVERSE, self.tr("Adverse")), (CheckResult.INCONCLUSIVE, self.tr("Inconclusive")))
        self.table = RecordTable([
            Column("kind", self.tr("Check"), "choice", tuple((k.value, label) for k, label in kinds)),
            Column("requested_on", self.tr("Requested on")), Column("requested_by", self.tr("Requested by")),
            Column("reference", self.tr("Reference")),
            Column("result", self.tr("Result"), "choice", tuple((r.value, label) for r, label in results)),
            Column("summary", self.tr("Summary"))], self.tr("Request a check"), self.tr("Remove selected"))
        self.table.setObjectName("checks")
        self.table.changed.connect(self.emit_changed)
        self.table.add_button.clicked.disconnect()
        self.table.add_button.clicked.connect(self.request_check)
        self.originals: list[BackgroundCheck] = []
        self.seal_button = QPushButton(self.tr("Seal selected…"))
        self.waive_button = QPushButton(self.tr("Waive selected…"))
        self.waive_button.setEnabled(may(session.user.role, Action.DECIDE))
        self.table.add_button_after(self.seal_button)
        self.table.add_button_after(self.waive_button)
        self.state = QLabel()
        self.state.setObjectName("checks_state")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.state)

    def selected_index(self) -> int:
        return self.table.table.currentRow()

    def request_check(self) -> None:
        from datetime import date

        self.table.add_row({"kind": CheckKind.SECURITY_SERVICE.value, "requested_on": date.today().isoformat(),
                            "requested_by": self.session.user.callsign, "result": CheckResult.PENDING.value})

    def fill(self, d: Dossier) -> None:
        self.originals = list(d.checks)
        sealed = [str(i + 1) for i, c in enumerate(d.checks) if c.sealed_by]
        waived = [str(i + 1) for i, c in enumerate(d.checks) if c.waived_by]
        self.state.setText(" ".join(filter(None, (
            self.tr("Sealed (read-only): %1.").replace("%1", ", ".join(sealed)) if sealed else "",
            self.tr("Waived: %1.").replace("%1", ", ".join(waived)) if waived else ""))))
        self._attachments = {i: c.attachments for i, c in enumerate(d.checks)}
        self.table.set_rows([{**vars(c), "kind": c.kind.value, "result": c.result.value,
                              "requested_on": c.requested_on or ""} for c in d.checks])

    def store(self, d: Dossier) -> None:
        out = []
        for i, r in enumerate(self.table.rows()):
            original = self.originals[i] if i < len(self.originals) else None
            if original is not None and original.sealed_by:
                out.append(original)  # sealed: read-only here
                continue
            out.append(BackgroundCheck(
                kind=CheckKind(r["kind"]), requested_on=parse_date(r["requested_on"])[0],
                requested_by=r["requested_by"], reference=r["reference"], result=CheckResult(r["result"]),
                summary=r["summary"], attachments=list(self._attachments.get(i, [])),
                waived_by=original.waived_by if original else "",
                waiver_reason=original.waiver_reason if original else ""))
        d.checks = out

    def problems(self) -> list[str]:
        bad = [i + 1 for i, r in enumerate(self.table.rows()) if not parse_date(r["requested_on"])[1]]
        return [self.tr("Check %1: the request date is not a valid date.").replace("%1", str(i)) for i in bad]
