"""Users: a supervisor adds, removes and changes roles; everyone can change
their own passphrase. Key derivation runs off the UI thread."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.domain.roles import Action, may
from app.ui import prompts
from app.ui.messages import tr_message, tr_passphrase_feedback
from app.ui.widgets import fit_to_screen, hint_label
from app.ui.worker import Task, run_in_background
from app.vault.session import VaultSession


class UsersDialog(QDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Users"))
        self.roles = {Role.OFFICER: self.tr("Officer"), Role.EXAMINER: self.tr("Examiner"),
                      Role.SUPERVISOR: self.tr("Supervisor")}
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("users")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: without this the keyboard is trapped
        self.table.setHorizontalHeaderLabels([self.tr("Call sign"), self.tr("Role"), self.tr("Status")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.callsign, self.pw1, self.pw2 = QLineEdit(), QLineEdit(), QLineEdit()
        self.callsign.setObjectName("new_callsign")
        for w in (self.pw1, self.pw2):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        for r, label in self.roles.items():
            self.role.addItem(label, r.value)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        manage = may(session.user.role, Action.MANAGE_USERS)
        form = QFormLayout()
        form.addRow(self.tr("Call sign"), self.callsign)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Passphrase"), self.pw1)
        form.addRow(self.tr("Passphrase again"), self.pw2)
        self.strength = QLabel()
        self.strength.setObjectName("strength")
        self.strength.setWordWrap(True)
        form.addRow("", self.strength)
        self.pw1.textChanged.connect(self._strength)
        add = self.add_button = QPushButton(self.tr("Add user"))
        remove = QPushButton(self.tr("Remove selected"))
        set_role = QPushButton(self.tr("Give selected the role above"))
        own = QPushButton(self.tr("Change my passphrase"))
        for b in (add, remove, set_role):
            b.setEnabled(manage)
        self.why = hint_label("users_reason", "" if manage else self.tr(
            "Only a supervisor adds and removes users or changes roles. You can change your own passphrase."))
        add.clicked.connect(self.add_user)
        remove.clicked.connect(self.remove_user)
        set_role.clicked.connect(self.change_role)
        own.clicked.connect(self.change_own)
        row = QHBoxLayout()
        for b in (add, remove, set_role, own):
            row.addWidget(b)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.why)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        fit_to_screen(self, 720, 560)
        self.reload()

    def _strength(self, text: str) -> None:
        if not text:
            self.strength.clear()
            return
        from app.domain.passphrase import assess

        s = assess(text, (self.callsign.text(),))
        verdict = self.tr("strong enough") if s.acceptable else self.tr("too weak")
        self.strength.setText(f"{verdict} ({s.score}/4). {tr_passphrase_feedback(s.feedback)}".strip())

    def reload(self) -> None:
        users = self.session.list_users()
        self.table.setRowCount(len(users))
        for r, u in enumerate(users):
            for c, text in enumerate((u.callsign, self.roles[u.role],
                                      self.tr("active") if u.active else self.tr("removed"))):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def _selected(self) -> str:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.text() if item else ""

    def _passphrase(self) -> str | None:
        if self.pw1.text() != self.pw2.text():
            self.status.setText(self.tr("The two passphrases differ."))
            return None
        return self.pw1.text()

    def _run(self, fn: object, done_text: str) -> None:
        self.status.setText(self.tr("Working…"))

        def ok(_result: object) -> None:
            self.pw1.clear()
            self.pw2.clear()
            self.status.setText(done_text)
            self.reload()

        self._task = run_in_background(fn, ok, lambda m: self.status.setText(tr_message(m)))  # type: ignore[arg-type]

    def add_user(self) -> None:
        pw = self._passphrase()
        if pw is not None:
            cs, role = self.callsign.text().strip(), Role(self.role.currentData())
            self._run(lambda: self.session.add_user(cs, role, pw), self.tr("User added."))

    def remove_user(self) -> None:
        cs = self._selected()
        if cs and prompts.current().confirm(self, self.tr("Remove user"), self.tr(
                "Remove %1? They will no longer be able to unlock this vault.").replace("%1", cs)):
            self._run(lambda: self.session.remove_user(cs), self.tr("User removed."))

    def change_role(self) -> None:
        cs, role = self._selected(), Role(self.role.currentData())
        if cs:
            self._run(lambda: self.session.set_role(cs, role), self.tr("Role changed."))

    def change_own(self) -> None:
        pw = self._passphrase()
        if pw is not None:
            self._run(lambda: self.session.change_passphrase(pw), self.tr("Your passphrase was changed."))
