"""The case-lifecycle windows of the tour (issue 20): the audit log, retention (policy, the cases
due, the confirmation), and the questions of Delete case and Hand over case, each shown as the
app shows it. Nothing is deleted or handed over: the questions are captured and the box each
is asked in is shown (app.ui.prompts builds them)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QWidget

from app.domain import retention
from app.vault.session import VaultSession


class Capture:
    """Prompts that record every question and answer from a list (None: cancel)."""

    def __init__(self, answers: list[str | None]) -> None:
        self.answers = answers
        self.asked: list[tuple[str, str, str, str]] = []  # kind, title, text, action

    def text(self, _p: QWidget | None, title: str, label: str, secret: bool = False) -> str | None:
        self.asked.append(("text", title, label, ""))
        return self.answers.pop(0) if self.answers else None

    def confirm_destructive(self, _p: QWidget | None, title: str, text: str, action: str) -> bool:
        self.asked.append(("destructive", title, text, action))
        return False

    def info(self, _p: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("info", title, text, ""))

    def error(self, _p: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("error", title, text, ""))


def asked(run: Callable[[], object], answers: list[str | None]) -> list[tuple[str, str, str, str]]:
    from app.ui import prompts

    capture = Capture(answers)
    previous = prompts.install(capture)  # type: ignore[arg-type]
    try:
        run()
    finally:
        prompts.install(previous)
    return capture.asked


def boxes(parent: QWidget, questions: list[tuple[str, str, str, str]]) -> list[QWidget]:
    from app.ui.prompts import input_box, message_box

    return [input_box(parent, title, text) if kind == "text" else message_box(kind, parent, title, text, action)
            for kind, title, text, action in questions]


def lifecycle(session: VaultSession, case: str, parent: QWidget,
              show: Callable[[QWidget, str], Iterator[tuple[str, QWidget]]]) -> Iterator[tuple[str, QWidget]]:
    from PySide6.QtCore import Qt

    from app.ui import lifecycle_actions as la
    from app.ui.audit_dialog import AuditDialog
    from app.ui.retention_dialog import RetentionDialog

    yield from show(AuditDialog(session, parent), "audit-log")
    if session.retention_policy().empty:  # a policy under which demo cases are due
        session.set_retention_policy(retention.Policy({"reject": 1, "accept": 600, "defer": 1}))
    dialog = RetentionDialog(session, parent)
    dialog.unacknowledged.setChecked(True)  # the long list, marked "not acknowledged by HQ"
    yield from show(dialog, "retention")
    shown = {
        "retention-confirm": asked(dialog.run, [])[:1],
        "delete-case": asked(lambda: la.delete_case(parent, session, case), ["no longer needed"]),
        "hand-over": asked(lambda: la.hand_over(parent, session, case), ["OFFICER", None]),
        "verify-printout": asked(lambda: la.verify_paper(parent, session, case), [None]),
        "check-integrity": asked(lambda: la.check_integrity(parent, session), []),
    }
    for name, questions in shown.items():
        assert questions, name  # each action asks before it acts
        for index, box in enumerate(boxes(parent, questions)):
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            yield from show(box, f"{name}-{index + 1}")
