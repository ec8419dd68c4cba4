"""The main window: the unlock screen while locked, the workspace while a vault is open.

Workspace: the dossier list on the left (search, phase filter) and the dossier on the
right in tabs. Every edit is an undo command that saves through the Session. The
window locks on Ctrl+L and after an idle time: the vault is closed (key and decrypted
database dropped), every view over it is destroyed and the unlock screen returns.
Window titles never carry a confidential value.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from mandaat.errors import MandaatError
from mandaat.vault.keystore import KeyStore
from ui import clipboard, workers
from ui.app import LANGUAGE_SETTING, language
from ui.unlock import (
    CreateVaultDialog,
    PathProvider,
    RecoveryKeyDialog,
    UnlockScreen,
    error_text,
)

if TYPE_CHECKING:  # the demo module is only needed with --demo; the rest after unlocking
    from mandaat.model import Dossier
    from mandaat.vault.file import Vault
    from mandaat.vault.session import Session
    from ui.demo import DemoVault
    from ui.drafts import Drafts
    from ui.saver import Saver
    from ui.undo import Handles, Listener
    from ui.workspace import Workspace


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


LAST_VAULT = "vault/last"
LOCK_MINUTES = "lock/minutes"
GEOMETRY = "window/geometry"
DEFAULT_LOCK_MINUTES = 5
#: Qt adds " — Mandaat" (the application's display name) to every window title that does
#: not end with it; the titles here name the application once, at the end.
DEMO_TITLE = QT_TRANSLATE_NOOP("MainWindow", "DEMO (fictieve biedingen) — Mandaat")

#: Ask a question: (title, text, buttons as (label, role) pairs) → index of the choice.
Ask = Callable[[QWidget, str, str, list[tuple[str, QMessageBox.ButtonRole]]], int]
Inform = Callable[[QWidget, str, str], None]


def ask_with_box(
    parent: QWidget, title: str, text: str, buttons: list[tuple[str, QMessageBox.ButtonRole]]
) -> int:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    made = [box.addButton(label, role) for label, role in buttons]
    box.exec()
    clicked = box.clickedButton()
    return made.index(clicked) if clicked in made else len(made) - 1


def inform_with_box(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


class IdleWatcher(QObject):
    """Application-wide event filter: any input restarts the idle timer."""

    INPUT = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
            QEvent.Type.TabletPress,
        }
    )

    def __init__(self, timer: QTimer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in self.INPUT and self.timer.isActive():
            self.timer.start()
        return False


class SettingsDialog(QDialog):
    #: (code, name): each language is named in itself.
    LANGUAGE_NAMES = (("nl", "Nederlands"), ("en", "English"))

    def __init__(self, minutes: int, parent: QWidget | None = None, language: str = "nl") -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Instellingen — Mandaat"))
        form = QFormLayout(self)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 120)
        self.minutes.setValue(minutes)
        self._minutes_suffix(minutes)
        self.minutes.valueChanged.connect(self._minutes_suffix)
        self.minutes.setAccessibleName(
            QCoreApplication.translate(
                "MainWindow", "Automatisch vergrendelen na minuten zonder gebruik"
            )
        )
        form.addRow(
            QCoreApplication.translate("MainWindow", "&Vergrendel automatisch na"), self.minutes
        )
        self.language = QComboBox()
        for code, name in self.LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setAccessibleName(QCoreApplication.translate("MainWindow", "Taal"))
        self.language.setToolTip(
            QCoreApplication.translate("MainWindow", "Wordt van kracht bij de volgende start")
        )
        form.addRow(QCoreApplication.translate("MainWindow", "&Taal"), self.language)
        note = QLabel(
            QCoreApplication.translate(
                "MainWindow",
                "Instellingen bevatten nooit een wachtwoord of een vertrouwelijk gegeven.",
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f5f5f;")
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _minutes_suffix(self, n: int) -> None:
        """ " minuut" after 1, " minuten" after more (the plural of the chosen number)."""
        from ui.words import WORDS  # the core's words load with the workspace, not before

        self.minutes.setSuffix(WORDS.count("minutes", n).removeprefix(str(n)))


def _count_bids(n: int) -> str:
    from ui.words import WORDS  # after unlocking only (see tests/test_startup_imports.py)

    return WORDS.count("bids", n)


# --------------------------------------------------------------------------- window


class MainWindow(QMainWindow):
    """Signals:
    locked(): the vault was closed and the unlock screen is shown.
    unlocked(): a vault is open and the workspace is shown.
    """

    locked = Signal()
    unlocked = Signal()
    #: the vault is about to close (a lock, or quitting): views over it still exist;
    #: dialogs close or stop starting work now
    locking = Signal()

    def __init__(
        self,
        settings: QSettings | None = None,
        *,
        vault_path: str | None = None,
        demo: DemoVault | None = None,
        keystore: KeyStore | None = None,
        paths: PathProvider | None = None,
        ask: Ask | None = None,
        inform: Inform | None = None,
        idle_ms: int | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.demo = demo
        self.keystore = keystore or KeyStore()
        self.paths = paths
        self.ask = ask or ask_with_box
        self.inform = inform or inform_with_box
        self.today = today
        self.session: Session | None = None
        self.workspace: Workspace | None = None
        self.handles: Handles | None = None  # made on unlock (ui.undo loads the core)
        self.drafts: Drafts | None = None  # an editor's input, in memory while locked
        self.saver: Saver | None = None  # the writer of the open vault's edits (ui.saver)
        self._closing = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self.undo_stack.indexChanged.connect(self._update_status)

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._idle_ms = idle_ms
        self.idle_timer.setInterval(idle_ms or self.lock_minutes() * 60_000)
        self.idle_timer.timeout.connect(self.lock)
        # installed on unlocking (the timer only runs then): an application-wide Python
        # filter sees every event of every widget, which cost the first screen tens of ms
        self.idle_watcher = IdleWatcher(self.idle_timer, self)
        # Lock as well when the OS locks the screen, where the OS tells us (ui/screenlock.py).
        from ui.screenlock import ScreenLockWatcher

        self.screen_lock = ScreenLockWatcher(self)
        self.screen_lock.screen_locked.connect(self._on_screen_locked)
        self.screen_lock.start(int(self.winId()) if sys.platform == "win32" else None)

        path = vault_path or (None if demo else self._last_vault())
        self.unlock_screen = UnlockScreen(
            path,
            keystore=self.keystore,
            paths=paths,
            demo_opener=demo.open if demo else None,
            ask=self.ask,
        )
        self.unlock_screen.unlocked.connect(self.open_vault)
        self.unlock_screen.create_requested.connect(self.create_vault)
        self.unlock_screen.path_changed.connect(self._remember_path)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.unlock_screen)
        self.setCentralWidget(self.stack)
        self.vault_path: str | None = None if demo else path

        self._build_actions()
        self._build_menus()
        from ui import actions

        actions.install(self)  # the bid, tab and help commands; every command in a menu
        self.status_label = QLabel()
        self.status_label.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Status van de kluis")
        )
        self.statusBar().addPermanentWidget(self.status_label)
        self.notice_label = QLabel()  # a test-profile or read-only vault (issue 16)
        self.notice_label.setStyleSheet("background: #fde2e1; color: #5c0f0b; font-weight: 700;")
        self.notice_label.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Waarschuwing over de kluis")
        )
        self.notice_label.setVisible(False)
        self.statusBar().addPermanentWidget(self.notice_label)
        if demo:
            fict = QLabel(QCoreApplication.translate("MainWindow", " FICTIEF "))
            fict.setStyleSheet("background: #fff4c2; color: #3d2f00; font-weight: 700;")
            fict.setAccessibleName(
                QCoreApplication.translate("MainWindow", "Fictieve demo-gegevens")
            )
            self.statusBar().addPermanentWidget(fict)
        self._update_title()
        self._set_unlocked_ui(False)
        geometry = self.settings.value(GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        else:
            screen = QApplication.primaryScreen()
            room = screen.availableGeometry() if screen is not None else None
            width = min(1440, room.width() - 40) if room is not None else 1440
            height = min(880, room.height() - 40) if room is not None else 880
            self.resize(max(width, 1000), max(height, 640))
        if demo:
            self.open_vault(demo.open())

    # -- building ------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(QIcon.fromTheme(icon))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        # Freedesktop icon names as strings: QIcon.ThemeIcon would make PySide build a
        # 400-member Python enum at startup.
        self.new_action = self._action(
            QCoreApplication.translate("MainWindow", "&Nieuw dossier"),
            self.new_dossier,
            QKeySequence.StandardKey.New,
            "document-new",
        )
        self.delete_action = self._action(
            QCoreApplication.translate("MainWindow", "&Verwijder dossier…"),
            self.delete_dossier,
            "Ctrl+Del",
            "edit-delete",
        )
        self.import_action = self._action(
            QCoreApplication.translate("MainWindow", "&Importeren…"),
            self.open_import,
            "Ctrl+I",
            None,
            QCoreApplication.translate("MainWindow", "Dossiers en biedingen uit Excel (Ctrl+I)"),
        )
        self.export_action = self._action(
            QCoreApplication.translate("MainWindow", "&Exporteren…"),
            self.open_export,
            "Ctrl+E",
            None,
            QCoreApplication.translate(
                "MainWindow", "Nota of Woo-pakket, met lekcontrole (Ctrl+E)"
            ),
        )
        self.lock_action = self._action(
            QCoreApplication.translate("MainWindow", "Ver&grendel"),
            self.lock_by_hand,
            "Ctrl+L",
            None,
            QCoreApplication.translate("MainWindow", "Vergrendel de kluis (Ctrl+L)"),
        )
        self.quit_action = self._action(
            QCoreApplication.translate("MainWindow", "&Afsluiten"),
            self.close,
            QKeySequence.StandardKey.Quit,
        )
        self.undo_action = self.undo_stack.createUndoAction(
            self, QCoreApplication.translate("MainWindow", "&Ongedaan maken")
        )
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(QIcon.fromTheme("edit-undo"))
        self.redo_action = self.undo_stack.createRedoAction(
            self, QCoreApplication.translate("MainWindow", "Opnieu&w")
        )
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(QIcon.fromTheme("edit-redo"))
        self.settings_action = self._action(
            QCoreApplication.translate("MainWindow", "In&stellingen…"), self.open_settings
        )
        self.about_action = self._action(
            QCoreApplication.translate("MainWindow", "&Over Mandaat"), self.about
        )
        self.search_action = self._action(
            QCoreApplication.translate("MainWindow", "&Zoeken"), self._focus_search, "Ctrl+F"
        )
        self.session_actions = [
            self.new_action,
            self.delete_action,
            self.lock_action,
            self.search_action,
            self.import_action,
            self.export_action,
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Bestand"))
        file_menu.addActions([self.new_action, self.delete_action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self._vault_settings_action())
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "Be&werken"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.search_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.addAction(self.about_action)
        for menu in (file_menu, edit_menu, help_menu):
            menu.setToolTipsVisible(True)

        tools = self.addToolBar(QCoreApplication.translate("MainWindow", "Werkbalk"))
        self.toolbar = tools
        tools.setObjectName("mainToolbar")
        tools.setMovable(False)
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tools.addActions([self.new_action, self.delete_action])
        tools.addSeparator()
        tools.addActions([self.undo_action, self.redo_action])
        tools.addSeparator()
        tools.addActions([self.import_action, self.export_action])
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        tools.addWidget(spacer)
        tools.addAction(self.lock_action)
        tools.setAccessibleName(QCoreApplication.translate("MainWindow", "Werkbalk"))

    # -- state ---------------------------------------------------------------------

    def _last_vault(self) -> str | None:
        value = self.settings.value(LAST_VAULT)
        return str(value) if value else None

    def _remember_path(self, path: str) -> None:
        if self.demo is None:
            self.settings.setValue(LAST_VAULT, path)
            self.vault_path = path
            self._update_title()

    def lock_minutes(self) -> int:
        try:
            return max(1, int(self.settings.value(LOCK_MINUTES, DEFAULT_LOCK_MINUTES)))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return DEFAULT_LOCK_MINUTES

    def _update_title(self) -> None:
        if self.demo is not None:
            self.setWindowTitle(_t(DEMO_TITLE))
        elif self.vault_path:
            self.setWindowTitle(f"{Path(self.vault_path).name} — Mandaat")
        else:
            self.setWindowTitle("Mandaat")

    def _update_status(self) -> None:
        if self.session is None:
            self.status_label.setText(
                QCoreApplication.translate("MainWindow", "Vergrendeld")
                if self.vault_path or self.demo
                else ""
            )
        elif self.session.vault.saving:
            self.status_label.setText(QCoreApplication.translate("MainWindow", "Opslaan…"))
        elif self.session.vault.dirty:
            self.status_label.setText(QCoreApplication.translate("MainWindow", "⚠ Niet opgeslagen"))
        else:
            self.status_label.setText(
                QCoreApplication.translate("MainWindow", "✓ Alles opgeslagen")
            )

    def _set_unlocked_ui(self, unlocked: bool) -> None:
        for a in self.session_actions:
            a.setEnabled(unlocked)
        self.toolbar.setVisible(unlocked)
        self.undo_action.setVisible(True)
        self._update_status()

    # -- opening and locking -------------------------------------------------------

    def open_vault(self, vault: object) -> None:
        from mandaat.vault.file import Vault
        from mandaat.vault.session import Session
        from ui.undo import Handles
        from ui.workspace import Workspace

        if not isinstance(vault, Vault):
            return
        if self.session is not None:  # already open (a late worker): keep the first
            vault.close()
            return
        self.session = Session(vault)
        from ui.saver import Saver

        self.saver = Saver(self.session, self).attach()  # edits are written off this thread
        self.saver.changed.connect(self._update_status)
        self.saver.failed.connect(self._save_failed)
        if self.handles is None:
            self.handles = Handles()
        if self.demo is None:
            self.vault_path = str(vault.path)
            self.settings.setValue(LAST_VAULT, self.vault_path)
        self.workspace = Workspace(
            self.session, self.undo_stack, demo=self.demo is not None, today=self.today
        )
        ws = self.workspace
        ws.advice_tab.edit_requested.connect(self.push_edit)
        ws.nota_tab.edit_requested.connect(self.push_edit)
        ws.current_changed.connect(lambda _id: self._update_actions())
        self.stack.addWidget(ws)
        self.stack.setCurrentWidget(ws)
        self._update_title()
        from ui.unlock import vault_notice

        notice = "" if self.demo is not None else vault_notice(vault)
        self.notice_label.setText(notice)
        self.notice_label.setVisible(bool(notice))
        self._set_unlocked_ui(True)
        self._update_actions()
        self.idle_timer.setInterval(self._idle_ms or self.lock_minutes() * 60_000)
        self.idle_timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle_watcher)  # once: Qt ignores a second install
        ws.view.setFocus()
        from ui import drafts

        held, self.drafts = self.drafts, None
        self.unlock_screen.show_note("")
        drafts.give_back(ws, vault, held)
        self.unlocked.emit()
        # What exists now (the workspace, its models, the vault's rows) lives until the
        # lock: moved out of the garbage collector's reach, so a full collection (set off
        # by a worker's allocations, holding every thread) no longer walks it. At 200
        # dossiers / 30,000 bids choosing the Woo package blocked the window 81 ms, now
        # ~15 (benchmarks/window.py). Given back to the collector on locking.
        gc.freeze()

    def lock_by_hand(self) -> None:
        """Ctrl+L: with unsaved input in an editor, ask first (as KeePassXC does)."""
        from ui import drafts

        if self.session is None:
            return
        if self.workspace is not None and drafts.has_unsaved_input(self.workspace):
            choice = self.ask(
                self,
                QCoreApplication.translate("MainWindow", "Vergrendelen"),
                QCoreApplication.translate(
                    "MainWindow",
                    "Er zijn niet-opgeslagen wijzigingen in een open bod. Mandaat bewaart ze "
                    "alleen in het geheugen en zet ze terug als u deze kluis weer "
                    "ontgrendelt; bij afsluiten of een andere kluis gaan ze verloren.",
                ),
                [
                    (
                        QCoreApplication.translate("MainWindow", "Vergrendelen en bewaren"),
                        QMessageBox.ButtonRole.AcceptRole,
                    ),
                    (
                        QCoreApplication.translate("MainWindow", "Annuleren"),
                        QMessageBox.ButtonRole.RejectRole,
                    ),
                ],
            )
            if choice != 0:
                return
        self.lock()

    def _stop_workers(self) -> None:
        """Ask running work (an import, an export) to stop and wait for it, so the vault
        never closes under a thread that uses it."""
        if not workers.running():
            return
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Wachten tot het lopende werk stopt…")
        )
        self.statusBar().repaint()
        while not workers.stop_all(60_000):  # the core's jobs stop at their next row
            pass
        self.statusBar().clearMessage()

    def lock(self) -> None:
        """Close the vault, drop every view over it, and show the unlock screen.

        Never asks (an auto-lock, a screen lock): running work is stopped first, and an
        open editor's unsaved input is held in memory only until this vault is unlocked
        again (:mod:`ui.drafts`)."""
        self.idle_timer.stop()
        if self.session is None:
            return
        self.locking.emit()
        self._stop_workers()
        if self.workspace is not None:
            from ui import drafts

            self.drafts = drafts.take(self.workspace, self.session.vault)
            self.workspace.flush()
        vault = self.session.vault
        self._retire_saver()
        problem = ""
        vault.settle()  # a save under way lands first; if it failed, the vault is dirty
        if vault.dirty:
            try:
                vault.save()
            except MandaatError as exc:
                problem = error_text(exc)
        clipboard.clear_now()
        self.undo_stack.clear()
        from ui.undo import Handles

        self.handles = Handles()
        if self.workspace is not None:
            ws, self.workspace = self.workspace, None
            ws.model.clear()
            self.stack.removeWidget(ws)
            ws.hide()
            ws.setParent(None)
            ws.deleteLater()
        self.session = None
        vault.close()
        from mandaat import caches

        caches.forget()  # the core's caches of this vault's figures and names
        gc.unfreeze()  # what open_vault froze may now be collected: at once, so that
        gc.collect()  # nothing of the closed vault waits in memory for a later pass
        self.notice_label.setVisible(False)
        self.unlock_screen.set_path(self.vault_path)
        self.stack.setCurrentWidget(self.unlock_screen)
        if problem:
            self.unlock_screen.show_error(
                QCoreApplication.translate(
                    "MainWindow", "Let op: de laatste wijziging kon niet worden opgeslagen. "
                )
                + problem
            )
        self.unlock_screen.show_note(
            QCoreApplication.translate(
                "MainWindow",
                "Een bod dat nog niet was opgeslagen, wordt alleen in het geheugen bewaard. "
                "Ontgrendel deze kluis om verder te gaan waar u was; bij afsluiten of een "
                "andere kluis vervalt het.",
            )
            if self.drafts
            else ""
        )
        self.unlock_screen.focus_secret()
        self._set_unlocked_ui(False)
        self.locked.emit()

    def create_vault(self) -> None:
        dialog = CreateVaultDialog(keystore=self.keystore, paths=self.paths, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._vault_created)
        self.create_dialog = dialog
        dialog.open()

    def _vault_created(self, vault: Vault, recovery_key: str) -> None:
        self.vault_path = str(vault.path)
        self.settings.setValue(LAST_VAULT, self.vault_path)
        self.unlock_screen.set_path(self.vault_path)
        self.open_vault(vault)
        dialog = RecoveryKeyDialog(recovery_key, vault.path.name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.recovery_dialog = dialog
        dialog.open()

    # -- editing -------------------------------------------------------------------

    def _listener(self) -> Listener:
        from ui.undo import Listener

        return Listener(self._dossier_changed, self._dossier_removed, self._edit_failed)

    def push_edit(self, before: Dossier, after: Dossier, field: str = "") -> None:
        if self.session is None:
            return
        from ui.undo import EditDossierCommand

        self.undo_stack.push(
            EditDossierCommand(self.session, self.handles, self._listener(), before, after, field)
        )
        self._update_status()

    def new_dossier(self) -> None:
        if self.session is None or self.workspace is None:
            return
        self.workspace.flush()
        from mandaat.model import Dossier
        from ui.undo import AddDossierCommand

        command = AddDossierCommand(
            self.session,
            self.handles,
            self._listener(),
            Dossier(brand=QCoreApplication.translate("MainWindow", "Nieuw dossier")),
        )
        self.undo_stack.push(command)
        if command.handle.id is not None:
            self.workspace.select(command.handle.id)
            self.workspace.tabs.setCurrentWidget(self.workspace.advice_tab)
            brand = self.workspace.advice_tab.text_edits["brand"]
            brand.setFocus()
            brand.selectAll()

    def delete_dossier(self) -> None:
        if self.session is None or self.workspace is None:
            return
        d = self.workspace.current_dossier()
        if d is None or d.id is None:
            return
        n = len(self.session.bids(d.id))
        choice = self.ask(
            self,
            QCoreApplication.translate("MainWindow", "Dossier verwijderen"),
            QCoreApplication.translate("MainWindow", "Dossier %1 verwijderen, met %2?\n\n")
            .replace("%1", f"{d.brand} ({d.indication})" if d.indication else d.brand)
            .replace("%2", _count_bids(n))
            + QCoreApplication.translate(
                "MainWindow", "U kunt dit ongedaan maken met Ctrl+Z zolang de kluis open is."
            ),
            [
                (
                    QCoreApplication.translate("MainWindow", "Verwijderen"),
                    QMessageBox.ButtonRole.DestructiveRole,
                ),
                (
                    QCoreApplication.translate("MainWindow", "Annuleren"),
                    QMessageBox.ButtonRole.RejectRole,
                ),
            ],
        )
        if choice != 0:
            return
        self.workspace.flush()
        from ui.undo import DeleteDossierCommand

        self.undo_stack.push(
            DeleteDossierCommand(self.session, self.handles, self._listener(), d.id)
        )

    def _dossier_changed(self, d: Dossier) -> None:
        self._update_status()  # the views follow the session's notices

    def _dossier_removed(self, dossier_id: int) -> None:
        self._update_status()

    def _edit_failed(self, exc: Exception) -> None:
        """An edit's save at once failed (a command was interrupted): the history goes."""
        QTimer.singleShot(0, self, self._after_failed_edit)
        self._save_failed(exc)

    def _save_failed(self, exc: Exception) -> None:
        """A save on the writer thread failed: the edits were made in full and stay in
        memory (and in the undo history); the next edit, a lock or closing saves again."""
        self._update_status()
        self.inform(
            self,
            QCoreApplication.translate("MainWindow", "Opslaan mislukt"),
            error_text(exc)
            + "\n\n"
            + QCoreApplication.translate(
                "MainWindow",
                "De wijziging staat wel in het geheugen. Mandaat probeert bij de volgende "
                "wijziging en bij afsluiten opnieuw op te slaan.",
            ),
        )

    def _retire_saver(self) -> None:
        if self.saver is not None:
            self.saver.retire()
            self.saver.deleteLater()
            self.saver = None

    def _after_failed_edit(self) -> None:
        self.undo_stack.clear()
        from ui.undo import Handles

        self.handles = Handles()
        if self.session is not None:
            self.session.reloaded()  # every view reads the vault again

    def open_import(self) -> None:
        from ui.import_wizard import open_import_wizard

        self.import_wizard = open_import_wizard(self)

    def open_export(self) -> None:
        from ui.export_dialog import open_export_dialog

        self.export_dialog = open_export_dialog(self)

    def refresh_after_import(self) -> None:
        """An import is no undoable edit: the history goes. (The views read the vault
        again on the session's notice.)"""
        from ui.undo import Handles

        self.undo_stack.clear()
        self.handles = Handles()
        self._update_status()

    def refresh_after_export(self) -> None:
        self._update_status()  # the log follows the session's notice

    def _update_actions(self) -> None:
        has = self.workspace is not None and self.workspace.current_id is not None
        self.delete_action.setEnabled(has)

    def _focus_search(self) -> None:
        if self.workspace is not None:
            self.workspace.search.setFocus()
            self.workspace.search.selectAll()

    # -- dialogs -------------------------------------------------------------------

    def open_settings(self) -> None:
        current = language(self.settings)
        dialog = SettingsDialog(self.lock_minutes(), self, current)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def apply() -> None:
            self.settings.setValue(LOCK_MINUTES, dialog.minutes.value())
            chosen = dialog.language.currentData()
            if chosen != current:
                self.settings.setValue(LANGUAGE_SETTING, chosen)
                self.statusBar().showMessage(
                    QCoreApplication.translate(
                        "MainWindow", "De nieuwe taal wordt gebruikt vanaf de volgende start."
                    ),
                    10_000,
                )
            if self._idle_ms is None:
                self.idle_timer.setInterval(dialog.minutes.value() * 60_000)
                if self.session is not None:
                    self.idle_timer.start()

        dialog.accepted.connect(apply)
        dialog.open()

    def _vault_settings_action(self) -> QAction:
        """Bestand → Kluis-instellingen (passphrase, recovery key, remember here)."""
        action = self._action(
            QCoreApplication.translate("MainWindow", "&Kluis-instellingen…"),
            self.open_vault_settings,
        )
        self.vault_settings_action = action
        self.session_actions.append(action)
        return action

    def open_vault_settings(self) -> None:
        from ui.vault_settings import open_vault_settings

        if self.demo is not None:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "De demo heeft geen wachtwoord of herstelsleutel om te wijzigen."
                ),
                10_000,
            )
            return
        self.vault_settings_dialog = open_vault_settings(self)

    def about(self) -> None:
        from mandaat import __version__

        QMessageBox.about(
            self,
            QCoreApplication.translate("MainWindow", "Over Mandaat"),
            QCoreApplication.translate(
                "MainWindow",
                "<b>Mandaat</b> %1<br>Vertrouwelijke prijsonderhandelingen over "
                "sluisgeneesmiddelen, versleuteld op deze computer.<br><br>"
                "Ministerie van VWS — Buro Financiële Arrangementen Geneesmiddelen",
            ).replace("%1", __version__),
        )

    # -- closing -------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.session is not None:
            self._stop_workers()  # nothing may write the vault while it is closed
        if self.workspace is not None:
            self.workspace.flush()
        if self.session is not None:
            # what the writer thread has not written yet is written now; if that fails
            # too, the vault stays dirty and is asked about below
            with contextlib.suppress(MandaatError):
                self.session.flush()
            self._update_status()
        if self.session is not None and self.session.vault.dirty and not self._resolve_dirty():
            event.ignore()
            return
        self.shutdown()
        event.accept()

    def _resolve_dirty(self) -> bool:
        """Unsaved changes: save again, discard, or stay. True when closing may go on."""
        assert self.session is not None
        while self.session.vault.dirty:
            choice = self.ask(
                self,
                QCoreApplication.translate("MainWindow", "Niet opgeslagen wijzigingen"),
                QCoreApplication.translate(
                    "MainWindow",
                    "De laatste wijzigingen konden niet worden opgeslagen. Wat wilt u doen?",
                ),
                [
                    (
                        QCoreApplication.translate("MainWindow", "Opnieuw opslaan"),
                        QMessageBox.ButtonRole.AcceptRole,
                    ),
                    (
                        QCoreApplication.translate("MainWindow", "Wijzigingen verwerpen"),
                        QMessageBox.ButtonRole.DestructiveRole,
                    ),
                    (
                        QCoreApplication.translate("MainWindow", "Annuleren"),
                        QMessageBox.ButtonRole.RejectRole,
                    ),
                ],
            )
            if choice == 1:
                return True
            if choice != 0:
                return False
            try:
                self.session.vault.save()
            except MandaatError as exc:
                self.inform(
                    self,
                    QCoreApplication.translate("MainWindow", "Opslaan mislukt"),
                    error_text(exc),
                )
        return True

    def _on_screen_locked(self) -> None:
        if self.session is not None:
            self.lock()

    def shutdown(self) -> None:
        """Close the vault and stop every timer and filter this window started."""
        if self._closing:
            return
        self._closing = True
        self.idle_timer.stop()
        self.screen_lock.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle_watcher)
        if self.drafts is not None:  # quitting drops what a locked editor held
            self.drafts.wipe()
            self.drafts = None
        if self.session is not None:
            self.locking.emit()  # the vault is about to close, as on a lock
            self._stop_workers()
            self.settings.setValue(GEOMETRY, self.saveGeometry())
            vault = self.session.vault
            self._retire_saver()
            self.undo_stack.clear()
            self.session = None
            if self.workspace is not None:
                self.workspace.model.clear()
            vault.close()
            from mandaat import caches

            caches.forget()
            gc.unfreeze()
        self.unlock_screen.abandon()
        clipboard.clear_now()
        workers.wait_all(10_000)
