"""Every command is an action of the main window with a menu entry and a shortcut that
works wherever the focus is: each shortcut is pressed with the focus in the dossier list,
in the bids table, in a text field of a tab and on the tab bar, and its effect is checked.
Also: F1 opens the user guide, Ctrl+F1 the shortcuts list made from the actions, and
passphrase fields have a show/hide toggle."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton, QWidget
from ui_helpers import QT_MARKS, Answers, FakePaths, no_leaks, settings  # noqa: F401

from ui import actions, help
from ui.bid_editor import BidEditor
from ui.demo import DemoVault
from ui.main_window import MainWindow

pytestmark = QT_MARKS

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def window(qtbot, settings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]  # noqa: F811
    demo = DemoVault()
    w = MainWindow(settings, demo=demo, paths=FakePaths(), ask=Answers(0).ask)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    for name in ("import_wizard", "export_dialog", "help_dialog", "shortcuts_dialog"):
        dialog = getattr(w, name, None)
        if dialog is not None:
            with contextlib.suppress(RuntimeError):  # already deleted on close
                dialog.close()
    w.shutdown()
    demo.cleanup()


def activate(qtbot, w: QWidget) -> None:  # type: ignore[no-untyped-def]
    w.activateWindow()
    w.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)


def focus_on(qtbot, window: MainWindow, where: str) -> QWidget:  # type: ignore[no-untyped-def]
    """Put the keyboard focus in one part of the window and return that widget."""
    activate(qtbot, window)
    ws = window.workspace
    assert ws is not None and ws.bids_tab is not None
    if where == "dossier list":
        target: QWidget = ws.view
        ws.tabs.setCurrentIndex(0)
    elif where == "bids table":
        ws.tabs.setCurrentWidget(ws.bids_tab)
        target = ws.bids_tab.view  # type: ignore[attr-defined]
    elif where == "text field":
        ws.tabs.setCurrentWidget(ws.nota_tab)
        target = ws.nota_tab.title
    else:
        ws.tabs.setCurrentIndex(2)
        target = ws.tabs.tabBar()
    target.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target, timeout=3000)
    return target


def press(qtbot, target: QWidget, key: Qt.Key, mods: Qt.KeyboardModifier = NONE) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(target, key, mods)
    qtbot.wait(10)


def open_editor(window: MainWindow) -> BidEditor | None:
    ws = window.workspace
    assert ws is not None and ws.bids_tab is not None
    return ws.bids_tab.editor  # type: ignore[attr-defined, no-any-return]


FOCUS = ["dossier list", "bids table", "text field", "tab bar"]


@pytest.mark.parametrize("where", FOCUS)
def test_bid_and_tab_shortcuts_work_wherever_the_focus_is(
    qtbot, window: MainWindow, where: str
) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    assert ws is not None and ws.bids_tab is not None
    tab = ws.bids_tab
    dossier = ws.current_dossier()
    assert dossier is not None

    # Ctrl+B: a new bid for the selected dossier, on the Biedingen tab
    target = focus_on(qtbot, window, where)
    press(qtbot, target, Qt.Key.Key_B, CTRL)
    editor = open_editor(window)
    assert isinstance(editor, BidEditor) and editor.isVisible()
    assert editor.original is None and editor.dossier.id == dossier.id
    assert ws.tabs.currentWidget() is tab
    editor.reject()
    qtbot.waitUntil(lambda: open_editor(window) is None)

    # F2: edit the selected bid
    tab.select_row(0)  # type: ignore[attr-defined]
    chosen = tab.selected_bid()  # type: ignore[attr-defined]
    assert chosen is not None
    target = focus_on(qtbot, window, where)
    press(qtbot, target, Qt.Key.Key_F2)
    editor = open_editor(window)
    assert editor is not None and editor.original == chosen
    editor.reject()
    qtbot.waitUntil(lambda: open_editor(window) is None)

    # Ctrl+Shift+Del deletes the selected bid; Ctrl+Z brings it back (from the list)
    before = len(window.session.bids(dossier.id))  # type: ignore[union-attr]
    tab.select_row(0)  # type: ignore[attr-defined]
    target = focus_on(qtbot, window, where)
    press(qtbot, target, Qt.Key.Key_Delete, CTRL | SHIFT)
    assert len(window.session.bids(dossier.id)) == before - 1  # type: ignore[union-attr]
    target = focus_on(qtbot, window, "dossier list" if where == "text field" else where)
    press(qtbot, target, Qt.Key.Key_Z, CTRL)
    assert len(window.session.bids(dossier.id)) == before  # type: ignore[union-attr]

    # Ctrl+1 … Ctrl+5 switch tabs, Ctrl+0 goes to the list, Ctrl+F to the search
    for index, key in enumerate(
        (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5)
    ):
        target = focus_on(qtbot, window, where)
        press(qtbot, target, key, CTRL)
        assert ws.tabs.currentIndex() == index
        focused = QApplication.focusWidget()
        assert focused is not None and ws.tabs.widget(index).isAncestorOf(focused)
    target = focus_on(qtbot, window, where)
    press(qtbot, target, Qt.Key.Key_0, CTRL)
    assert QApplication.focusWidget() is ws.view
    target = focus_on(qtbot, window, where)
    press(qtbot, target, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is ws.search


@pytest.mark.parametrize("where", FOCUS)
def test_window_commands_work_wherever_the_focus_is(qtbot, window: MainWindow, where: str) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    assert ws is not None
    count = ws.model.rowCount()

    cases: list[tuple[Qt.Key, Qt.KeyboardModifier, Callable[[], bool]]] = [
        (Qt.Key.Key_F1, NONE, lambda: window.help_dialog.isVisible()),  # type: ignore[attr-defined]
        (Qt.Key.Key_F1, CTRL, lambda: window.shortcuts_dialog.isVisible()),  # type: ignore[attr-defined]
        (Qt.Key.Key_E, CTRL, lambda: window.export_dialog.isVisible()),  # type: ignore[attr-defined]
        (Qt.Key.Key_I, CTRL, lambda: window.import_wizard.isVisible()),  # type: ignore[attr-defined]
    ]
    for key, mods, shown in cases:
        target = focus_on(qtbot, window, where)
        press(qtbot, target, key, mods)
        qtbot.waitUntil(shown, timeout=3000)
        QApplication.activeWindow().close()  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=3000)

    target = focus_on(qtbot, window, where)
    press(qtbot, target, Qt.Key.Key_N, CTRL)
    assert window.workspace is not None and window.workspace.model.rowCount() == count + 1
    target = focus_on(qtbot, window, where if where != "text field" else "tab bar")
    press(qtbot, target, Qt.Key.Key_Z, CTRL)
    assert window.workspace.model.rowCount() == count
    assert window.redo_action.isEnabled()
    target = focus_on(qtbot, window, where if where != "text field" else "tab bar")
    press(qtbot, target, Qt.Key.Key_Y, CTRL)
    assert window.workspace.model.rowCount() == count + 1

    target = focus_on(qtbot, window, where)
    press(qtbot, target, Qt.Key.Key_L, CTRL)
    assert window.session is None and window.workspace is None
    # locked: nothing that needs the vault can be triggered
    for action in (window.new_bid_action, window.new_action, *window.tab_actions):  # type: ignore[attr-defined]
        assert not action.isEnabled(), action.text()
    assert window.help_action.isEnabled() and window.quit_action.isEnabled()  # type: ignore[attr-defined]


def test_every_command_is_a_window_action_in_a_menu_with_a_window_wide_shortcut(
    window: MainWindow,
) -> None:
    listed = actions.window_actions(window)
    in_menus = {id(a) for _menu, a in listed}
    expected = [
        window.new_action,
        window.delete_action,
        window.import_action,
        window.export_action,
        window.lock_action,
        window.quit_action,
        window.undo_action,
        window.redo_action,
        window.search_action,
        window.settings_action,
        window.new_bid_action,  # type: ignore[attr-defined]
        window.edit_bid_action,  # type: ignore[attr-defined]
        window.delete_bid_action,  # type: ignore[attr-defined]
        window.copy_bid_action,  # type: ignore[attr-defined]
        window.list_action,  # type: ignore[attr-defined]
        *window.tab_actions,  # type: ignore[attr-defined]
        window.help_action,  # type: ignore[attr-defined]
        window.shortcuts_action,  # type: ignore[attr-defined]
    ]
    for action in expected:
        assert id(action) in in_menus, action.text()
        assert not action.shortcut().isEmpty(), action.text()
        assert action.shortcutContext() in (
            Qt.ShortcutContext.WindowShortcut,
            Qt.ShortcutContext.ApplicationShortcut,
        ), action.text()
    # one action per key in the whole window (two on one key make Qt fire neither)
    keys: dict[str, str] = {}
    for action in window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue
        for key in action.shortcuts():
            if key.isEmpty() or not action.isEnabled():
                continue
            name = key.toString()
            assert name not in keys, f"{name}: {keys.get(name)} and {action.text()}"
            keys[name] = action.text()


def test_the_shortcuts_list_is_made_from_the_actions(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.shortcuts_action.trigger()  # type: ignore[attr-defined]
    dialog = window.shortcuts_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, help.ShortcutsDialog) and dialog.isVisible()
    table = dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Nieuw bod"] == QKeySequence("Ctrl+B").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert rows["Handleiding"] == "F1"
    # change an action's key: the list says the new one (no copy that can drift)
    window.new_bid_action.setShortcut(QKeySequence("Ctrl+Shift+B"))  # type: ignore[attr-defined]
    again = help.shortcut_rows(actions.window_actions(window))
    assert ("Nieuw bod", "Ctrl+Shift+B", "Bewerken") in again
    dialog.close()


def test_f1_shows_the_user_guide_rendered_from_the_markdown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    activate(qtbot, window)
    press(qtbot, window.workspace.view, Qt.Key.Key_F1)  # type: ignore[union-attr]
    dialog = window.help_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, help.HelpDialog) and dialog.isVisible() and dialog.loaded
    text = dialog.browser.toPlainText()
    first = help.GUIDE.read_text("utf-8").splitlines()[0].lstrip("# ").strip()
    assert text.startswith(first)  # the heading, rendered: no '#' left
    assert "Biedingen en het oordeel lezen" in text and "##" not in text
    shown = set(re.findall(r"\]\((screenshots/[\w.-]+\.png)\)", help.GUIDE.read_text("utf-8")))
    assert dialog.images == len(shown) > 0  # the screenshots are found and drawn
    dialog.close()


def test_a_missing_guide_is_said_not_crashed(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = help.HelpDialog(None, tmp_path / "user-guide.md")
    qtbot.addWidget(dialog)
    assert not dialog.loaded
    assert "niet gevonden" in dialog.browser.toPlainText()


def test_passphrase_fields_have_a_show_hide_toggle(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    qtbot.addWidget(edit)
    action = help.add_reveal_toggle(edit)
    edit.show()
    qtbot.waitExposed(edit)
    button = next(b for b in edit.findChildren(QToolButton) if b.defaultAction() is action)
    assert button.accessibleName() == "Toon wachtwoord"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert edit.echoMode() == QLineEdit.EchoMode.Normal
    assert button.accessibleName() == "Verberg wachtwoord"
    edit.setFocus()
    activate(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_H, CTRL)
    assert edit.echoMode() == QLineEdit.EchoMode.Password


def test_the_unlock_and_create_fields_have_the_toggle(qtbot, settings) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from ui.unlock import CreateVaultDialog

    window = MainWindow(settings, ask=Answers().ask, inform=Answers().inform)
    qtbot.addWidget(window)
    screen = window.unlock_screen
    assert screen.secret_reveal in screen.secret.actions()
    screen.secret_reveal.setChecked(True)
    assert screen.secret.echoMode() == QLineEdit.EchoMode.Normal
    screen.use_recovery.setChecked(True)  # a recovery key is shown anyway: no toggle
    assert not screen.secret_reveal.isVisible() and not screen.secret_reveal.isChecked()
    screen.use_recovery.setChecked(False)
    assert screen.secret.echoMode() == QLineEdit.EchoMode.Password
    dialog = CreateVaultDialog(keystore=window.keystore, parent=window)
    qtbot.addWidget(dialog)
    for field, reveal in ((dialog.pass1, dialog.pass1_reveal), (dialog.pass2, dialog.pass2_reveal)):
        reveal.trigger()
        assert field.echoMode() == QLineEdit.EchoMode.Normal
    window.shutdown()


def test_the_workbook_password_prompt_has_the_toggle(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from ui.import_wizard import ask_password_with_dialog

    seen: list[bool] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        field = dialog.findChild(QLineEdit)
        seen.append(any(a.objectName() == "reveal" for a in field.actions()))
        dialog.reject()

    QTimer.singleShot(200, look)
    assert ask_password_with_dialog(None, "biedingen.xlsx", False) is None  # type: ignore[arg-type]
    assert seen == [True]
