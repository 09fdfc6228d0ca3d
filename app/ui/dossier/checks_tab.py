"""Background checks: request them, then record each result. The officer who
requested a check seals it; a supervisor can waive one. Why either is not
possible for the selected check is said beside the buttons."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.enums import CheckKind, CheckResult
from app.domain.model import BackgroundCheck, Dossier
from app.domain.roles import Action, may
from app.ui import people
from app.ui.dossier.base import SectionTab, parse_date
from app.ui.dossier.record_table import Column, RecordTable
from app.ui.widgets import hint_label
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
            Column("requested_on", self.tr("Requested on"), "date"),
            Column("requested_by", self.tr("Requested by"), "person",
                   tuple(people.choices(session, people.REQUESTERS))),
            Column("reference", self.tr("Reference")),
            Column("result", self.tr("Result"), "choice", tuple((r.value, label) for r, label in results)),
            Column("summary", self.tr("Summary"))], self.tr("Request a check"), self.tr("Remove selected"))
        self.table.setObjectName("checks")
        self.table.changed.connect(self.emit_changed)
        self.table.add_button.clicked.disconnect()
        self.table.add_button.clicked.connect(self.request_check)
        self.originals: list[BackgroundCheck] = []
        self.seal_button = QPushButton(self.tr("Seal selected…"))
        self.seal_button.setObjectName("seal_check")
        self.waive_button = QPushButton(self.tr("Waive selected…"))
        self.waive_button.setObjectName("waive_check")
        self.may_waive = may(session.user.role, Action.DECIDE)
        self.table.add_button_after(self.seal_button)
        self.table.add_button_after(self.waive_button)
        self.reason = hint_label("check_reason")
        self.state = QLabel()
        self.state.setObjectName("checks_state")
        self.state.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason)
        layout.addWidget(self.state)
        self.table.table.currentCellChanged.connect(lambda *_: self._explain())
        self.changed.connect(self._explain)

    def selected_index(self) -> int:
        return self.table.table.currentRow()

    def request_check(self) -> None:
        self.table.add_row({"kind": CheckKind.SECURITY_SERVICE.value, "requested_on": date.today(),
                            "requested_by": self.session.user.callsign, "result": CheckResult.PENDING.value})
        self.table.start_row(self.table.table.rowCount() - 1)

    def _explain(self) -> None:
        """Seal and Waive: enabled for the selected check, or the reason why not, in words."""
        i = self.selected_index()
        rows = self.table.rows()
        reasons: list[str] = []
        seal_ok = waive_ok = False
        if not 0 <= i < len(rows):
            reasons.append(self.tr("Select a check to seal or waive it."))
        else:
            original = self.originals[i] if i < len(self.originals) else None
            if original is not None and original.sealed_by:
                reasons.append(self.tr("Check %1 is sealed.").replace("%1", str(i + 1)))
            else:
                probe = BackgroundCheck(kind=CheckKind(rows[i]["kind"]), requested_by=rows[i]["requested_by"],
                                        result=CheckResult(rows[i]["result"]))
                blocker = people.seal_blocker(self.session, "check", probe)
                if not blocker and probe.result == CheckResult.PENDING:
                    blocker = self.tr("Record the result before sealing: it is still pending.")
                seal_ok = not blocker
                reasons += [blocker] if blocker else []
                waive_ok = self.may_waive and probe.result == CheckResult.PENDING
                if not self.may_waive:
                    reasons.append(self.tr("Only a supervisor can waive a check."))
        self.seal_button.setEnabled(seal_ok)
        self.waive_button.setEnabled(waive_ok)
        self.reason.setText(" ".join(reasons))
        self.reason.setVisible(bool(reasons))

    def fill(self, d: Dossier) -> None:
        self.originals = list(d.checks)
        sealed = [str(i + 1) for i, c in enumerate(d.checks) if c.sealed_by]
        waived = [str(i + 1) for i, c in enumerate(d.checks) if c.waived_by]
        self.state.setText(" ".join(filter(None, (
            self.tr("Sealed (read-only): %1.").replace("%1", ", ".join(sealed)) if sealed else "",
            self.tr("Waived: %1.").replace("%1", ", ".join(waived)) if waived else ""))))
        self._attachments = {i: c.attachments for i, c in enumerate(d.checks)}
        self.table.set_rows([{**vars(c), "kind": c.kind.value, "result": c.result.value} for c in d.checks])
        self._explain()

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
        bad = [i + 1 for i in self.table.bad_dates()]
        return [self.tr("Check %1: the request date is not a valid date.").replace("%1", str(i)) for i in bad]
