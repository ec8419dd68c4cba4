"""Every window and dialog of the app, built for the tests that walk them (mnemonics,
accessible names, fitting a 1366×768 laptop, tab order): one function per screen that
returns the shown top-level widget and, for a window, the part to look at."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

#: A 1366×768 screen less a 40 px taskbar, and less a window's title bar (30 px).
SCREEN_W, SCREEN_H = 1366, 728
TITLE_BAR = 30


@dataclass
class Screen:
    """A shown top-level widget; ``part`` is what to walk (the window, or one tab)."""

    top: QWidget
    part: QWidget
    window: Any = None
    closers: list[Callable[[], None]] = field(default_factory=list)


class Builder:
    """Makes screens over one demo window (and a real vault file for the unlock screen)."""

    def __init__(self, qtbot: Any, tmp_path: Path) -> None:
        from ui.demo import DemoVault

        self.qtbot = qtbot
        self.tmp_path = tmp_path
        self.demo = DemoVault()
        self._windows: list[Any] = []

    def settings(self) -> QSettings:
        n = len(self._windows)
        return QSettings(str(self.tmp_path / f"settings{n}.ini"), QSettings.Format.IniFormat)

    def main_window(self, demo: bool = True, **kwargs: Any) -> Any:
        from ui_helpers import Answers, FakePaths

        from ui.main_window import MainWindow

        w = MainWindow(
            self.settings(),
            demo=self.demo if demo else None,
            paths=FakePaths(),
            ask=Answers(1).ask,
            inform=Answers().inform,
            **kwargs,
        )
        self.qtbot.addWidget(w)
        w.resize(SCREEN_W, SCREEN_H - TITLE_BAR)
        w.show()
        self.qtbot.waitExposed(w)
        self._windows.append(w)
        return w

    def show(self, dialog: QWidget) -> QWidget:
        if dialog.parent() is None:  # else the window owns it (and may delete it on close)
            self.qtbot.addWidget(dialog)
        dialog.show()
        self.qtbot.waitExposed(dialog)
        QApplication.processEvents()
        return dialog

    def close(self) -> None:
        """Close every dialog (a modal one left open would block the next test's keys)."""
        from PySide6.QtWidgets import QDialog

        for w in self._windows:
            for dialog in w.findChildren(QDialog):
                dialog.close()
                dialog.hide()  # one that refuses to close (the recovery key) still goes
                dialog.deleteLater()
            w.shutdown()
            w.close()
            w.deleteLater()
        QApplication.processEvents()
        left = QApplication.activeModalWidget()
        assert left is None, f"a modal {type(left).__name__} {left.windowTitle()!r} is still open"
        self.demo.cleanup()


def _tab(index: int) -> Callable[[Builder], Screen]:
    def build(b: Builder) -> Screen:
        w = b.main_window()
        ws = w.workspace
        ws.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        return Screen(w, w, w)

    return build


def _unlock(b: Builder) -> Screen:
    from mandaat.vault.file import Vault

    path = b.tmp_path / "kluis.mandaat"
    Vault.create(path, "lange zin van vier woorden")[0].close()
    w = b.main_window(demo=False, vault_path=str(path))
    return Screen(w, w, w)


def _unlock_recovery(b: Builder) -> Screen:
    screen = _unlock(b)
    screen.window.unlock_screen.use_recovery.setChecked(True)
    QApplication.processEvents()
    return screen


def _first_run(b: Builder) -> Screen:
    w = b.main_window(demo=False)
    return Screen(w, w, w)


def _create(b: Builder) -> Screen:
    from ui.unlock import CreateVaultDialog

    w = b.main_window(demo=False)
    return Screen(b.show(CreateVaultDialog(keystore=w.keystore, parent=w)), QWidget(), w)


def _recovery(b: Builder) -> Screen:
    from ui.unlock import RecoveryKeyDialog

    w = b.main_window(demo=False)
    key = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
    return Screen(b.show(RecoveryKeyDialog(key, "kluis.mandaat", w)), QWidget(), w)


def _settings(b: Builder) -> Screen:
    from ui.main_window import SettingsDialog

    w = b.main_window(demo=False)
    return Screen(b.show(SettingsDialog(5, w, "nl")), QWidget(), w)


def _vault_settings(b: Builder) -> Screen:
    from ui.vault_settings import VaultSettingsDialog

    w = b.main_window()  # the demo's session: the window refuses the dialog there, the walk not
    dialog = VaultSettingsDialog(w.session, w.keystore, w)
    return Screen(b.show(dialog), QWidget(), w, [dialog.reject])


def _bid_editor(existing: bool) -> Callable[[Builder], Screen]:
    def build(b: Builder) -> Screen:
        w = b.main_window()
        tab = w.workspace.bids_tab
        w.workspace.tabs.setCurrentWidget(tab)
        if existing:
            tab.select_row(0)
            tab.edit_selected()
        else:
            tab.new_bid()
        editor = tab.editor
        b.qtbot.waitExposed(editor)
        return Screen(editor, QWidget(), w, [editor.reject])

    return build


def _import(b: Builder) -> Screen:
    w = b.main_window()
    w.import_action.trigger()
    return Screen(b.show(w.import_wizard), QWidget(), w, [w.import_wizard.reject])


def _export(kind: str) -> Callable[[Builder], Screen]:
    def build(b: Builder) -> Screen:
        w = b.main_window()
        w.export_action.trigger()
        dialog = w.export_dialog
        if kind == "woo":
            dialog.woo_radio.setChecked(True)
        return Screen(b.show(dialog), QWidget(), w, [dialog.reject])

    return build


def _help(b: Builder) -> Screen:
    w = b.main_window()
    w.help_action.trigger()
    return Screen(b.show(w.help_dialog), QWidget(), w, [w.help_dialog.close])


def _shortcuts(b: Builder) -> Screen:
    w = b.main_window()
    w.shortcuts_action.trigger()
    return Screen(b.show(w.shortcuts_dialog), QWidget(), w, [w.shortcuts_dialog.reject])


SCREENS: dict[str, Callable[[Builder], Screen]] = {
    "advice tab": _tab(0),
    "bids tab": _tab(1),
    "chart tab": _tab(2),
    "nota tab": _tab(3),
    "log tab": _tab(4),
    "unlock": _unlock,
    "unlock with recovery key": _unlock_recovery,
    "first run": _first_run,
    "create vault": _create,
    "recovery key": _recovery,
    "settings": _settings,
    "vault settings": _vault_settings,
    "new bid": _bid_editor(False),
    "edit bid": _bid_editor(True),
    "import": _import,
    "export nota": _export("nota"),
    "export woo": _export("woo"),
    "help": _help,
    "shortcuts": _shortcuts,
}


def build(qtbot: Any, tmp_path: Path, name: str) -> Iterator[Screen]:
    builder = Builder(qtbot, tmp_path)
    screen = SCREENS[name](builder)
    try:
        yield screen
    finally:
        for close in screen.closers:
            with contextlib.suppress(RuntimeError):  # a dialog deleted on close
                close()
        builder.close()
