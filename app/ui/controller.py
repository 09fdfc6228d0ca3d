"""The app's life cycle: set up or unlock, the list, dossier windows, lock.

Locking (Ctrl+L, idle time, or the menu) first writes every open dossier's
typing to its draft, then closes every dialog (even a modal one), every
dossier window and the vault session, clears the list, and shows the unlock
screen; unlocking brings the officer back to the list.
"""

from __future__ import annotations

import gc
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.errors import DossierError
from app.ui import prompts
from app.ui.focus_view import follow_focus
from app.ui.i18n import choose_language, current_language, install_language, remember_language
from app.ui.idle import IdleWatcher
from app.ui.main_window import MainWindow
from app.ui.messages import tr_message
from app.ui.setup_wizard import SetupWizard
from app.ui.unlock_dialog import UnlockDialog
from app.vault.session import VaultSession
from app.vault.vault import vault_exists

if TYPE_CHECKING:  # the dossier window and its tabs load when the first dossier opens
    from app.ui.dossier.window import DossierWindow

log = logging.getLogger(__name__)


class AppController(QObject):
    unlocked = Signal(object)
    locked = Signal()

    def __init__(self, vault_dir: Path, demo_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault_dir, self.demo_dir = vault_dir, demo_dir
        self.session: VaultSession | None = None
        self.main: MainWindow | None = None
        self.gate: QDialog | None = None
        self.dossiers: dict[str, DossierWindow] = {}
        self.idle: IdleWatcher | None = None
        self._retired: list[QWidget] = []
        self._last_was_demo = False  # after a training session, the unlock screen opens the training vault

    # -- unlock ---------------------------------------------------------------------------
    def start(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            follow_focus(app)
        self._show_gate()

    @staticmethod
    def _dispose(widgets: list[QWidget]) -> None:
        """Delete windows at the next safe point. Signal connections to their own
        methods keep the Python wrappers alive, so dropping references is not enough."""
        for widget in widgets:
            widget.deleteLater()
        widgets.clear()

    def _show_gate(self) -> None:
        if self.gate is not None:
            self._dispose([self.gate])
        gate: QDialog
        if vault_exists(self.vault_dir) or vault_exists(self.demo_dir):
            gate = UnlockDialog(self.vault_dir, self.demo_dir, prefer_demo=self._last_was_demo)
            gate.unlocked.connect(self._on_session)
            gate.wipe_requested.connect(self.panic_wipe)
        else:
            gate = SetupWizard(self.vault_dir, self.demo_dir)
            gate.created.connect(self._on_session)
        gate.language_requested.connect(self._gate_language)
        gate.rejected.connect(self._gate_closed)
        self.gate = gate
        gate.show()

    def _gate_language(self, lang: str) -> None:
        """The language chosen on the unlock screen or the wizard: kept for next time, screen rebuilt."""
        app = QApplication.instance()
        if isinstance(app, QApplication) and lang != current_language():
            install_language(app, lang)
            remember_language(lang)
            old = self.gate
            if old is not None:
                old.rejected.disconnect(self._gate_closed)
                old.hide()
            self._show_gate()

    def _gate_closed(self) -> None:
        if self.session is None:
            QApplication.quit()

    def _on_session(self, session: VaultSession) -> None:
        self.session = session  # the gate stays referenced: it is still inside its own signal
        self._dispose(self._retired)  # hidden at the last lock; no modal loop runs under them now
        app = QApplication.instance()
        wanted = choose_language(session.setting("language"))
        if isinstance(app, QApplication) and wanted != current_language():
            install_language(app, wanted)
        remember_language(current_language())  # the next unlock screen speaks it
        self._last_was_demo = session.is_demo
        self._show_main()
        self.idle = IdleWatcher(session.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        if session.warnings:  # tampering, lost commits or a wrong clock, found at unlock
            prompts.current().error(self.main, self.tr("Check this before you continue"),
                                    "\n\n".join(tr_message(w) for w in session.warnings))
        if session.notices:  # things to do: a key change due, a full disk
            prompts.current().info(self.main, self.tr("Please note"),
                                   "\n\n".join(tr_message(n) for n in session.notices))
        from app.ui.retention_dialog import offer_at_unlock

        assert self.main is not None
        self.retention = offer_at_unlock(self.main, session)  # cases due under the retention policy
        self.unlocked.emit(session)

    def _show_main(self) -> None:
        assert self.session is not None
        main = MainWindow(self.session)
        main.open_requested.connect(self.open_dossier)
        main.lock_requested.connect(self.lock)
        main.users_requested.connect(self.show_users)
        main.settings_requested.connect(self.show_settings)
        main.print_requested.connect(self.print_case)
        main.quit_requested.connect(self.quit)
        main.wipe_requested.connect(self.panic_wipe)
        self.main = main
        main.show()

    # -- work -----------------------------------------------------------------------------
    def open_dossier(self, case_number: str) -> DossierWindow | None:
        if self.session is None:
            return None
        key = case_number or "new"
        window = self.dossiers.get(key)
        if window is None or not window.isVisible():
            from app.ui.dossier.window import DossierWindow

            try:
                window = DossierWindow(self.session, case_number)
            except DossierError as exc:
                prompts.current().error(self.main, self.tr("Cannot open"), tr_message(exc.message))
                return None
            window.saved.connect(self._dossier_saved)
            self.dossiers[key] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _dossier_saved(self, case_number: str) -> None:
        window = self.dossiers.pop("new", None)
        if window is not None:
            self.dossiers[case_number] = window
        if self.main is not None:
            self.main.refresh()

    def print_case(self, case_number: str) -> None:
        if self.session is None:
            return
        from app.ui.print_summary import make_preview

        make_preview(self.main, self.session, self.session.get_dossier(case_number)).exec()

    def show_users(self) -> None:
        if self.session is not None:
            from app.ui.users_dialog import UsersDialog

            UsersDialog(self.session, self.main).exec()

    def show_settings(self) -> None:
        if self.session is None:
            return
        from app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.session, self.main)
        if dialog.exec() != QDialog.DialogCode.Accepted or self.session is None:
            return
        if self.idle is not None:
            self.idle.set_minutes(self.session.idle_lock_minutes)
        app = QApplication.instance()
        wanted = choose_language(self.session.setting("language"))
        if isinstance(app, QApplication) and wanted != current_language():
            install_language(app, wanted)
            remember_language(current_language())
            if self.main is not None:  # rebuild the list window in the new language
                self.main.save_view()
                self.main.close()
            self._show_main()

    # -- lock and panic wipe ----------------------------------------------------------------
    def panic_wipe(self) -> None:
        """Confirm, close everything without saving, crypto-shred the vault."""
        from app.ui import panic

        parent = self.main if self.main is not None else self.gate
        if not panic.confirm(parent):
            return
        if self.session is not None:
            target = self.session.vault_dir
            self.lock(flush=False, show_gate=False)
        else:
            target = getattr(self.gate, "vault_dir", self.vault_dir)
        panic.erase(None, target)
        self._show_gate()

    def lock(self, flush: bool = True, show_gate: bool = True) -> None:
        session = self.session
        if session is None:
            return
        for window in self.dossiers.values():
            if flush:
                window.flush()  # every keystroke is in the vault before it closes
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()  # ends even a modal dialog's event loop
        if flush and self.main is not None:
            self._keep_view(self.main)
        if self.idle is not None:
            self.idle.stop()
            self.idle = None
        self.session = None
        session.close()
        _forget_signers()  # the officer's parsed signing key goes with the session
        # Lock may run inside a modal dialog's event loop whose parent is one of
        # these windows: empty and hide them now, free them after the next unlock.
        for window in self.dossiers.values():
            window.close()
            window.forget()
            self._retired.append(window)
        self.dossiers.clear()
        if self.main is not None:
            self.main.clear()
            self.main.close()
            self._retired.append(self.main)
            self.main = None
        self.locked.emit()
        if show_gate:
            self._show_gate()

    def shutdown(self) -> None:
        """Close the session and let go of every window while Qt is still running
        (objects left for interpreter teardown can crash PySide on exit)."""
        doomed: list[QWidget] = [*self._retired]
        for window in self.dossiers.values():
            window.close()  # saves, or keeps a draft
            doomed.append(window)
        self.dossiers.clear()
        if self.idle is not None:
            self.idle.stop()
            self.idle = None
        if self.main is not None:
            self._keep_view(self.main)
        if self.session is not None:
            self.session.close()
            _forget_signers()
            self.session = None
        for widget in (self.main, self.gate):
            if widget is not None:
                widget.close()
                doomed.append(widget)
        self.main = self.gate = None
        self._retired.clear()
        self._dispose(doomed)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()

    @staticmethod
    def _keep_view(main: MainWindow) -> None:
        try:
            main.save_view()
        except DossierError as exc:  # a full disk must not stop a lock
            log.warning("list view not kept: %s", type(exc).__name__)

    def quit(self) -> None:
        self.shutdown()
        QApplication.quit()


def _forget_signers() -> None:
    """Drop cached signing keys, without importing the PDF stack if it never loaded."""
    import sys

    module = sys.modules.get("app.casefile.casefile")
    if module is not None:
        module.forget_signers()
