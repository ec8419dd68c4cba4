"""Every command of the main window as a ``QAction``: a menu entry and a shortcut that
works wherever the focus is in the window (``Qt.WindowShortcut``).

The window builds its own file and edit actions (``MainWindow._build_actions``);
:func:`install` completes the set once the menus exist: the bid commands (Ctrl+B opens a
new bid for the selected dossier, from the dossier list as from any tab), switching tabs
(Ctrl+1 … Ctrl+5, Ctrl+0 for the dossier list), the user guide (F1) and the list of
shortcuts (Ctrl+F1), and it puts each action in a menu. :func:`window_actions` lists
the actions from the menus themselves, so the shortcuts list cannot drift from them.

A bid command asks the Biedingen tab to do the work (its editor, its undo commands);
the tab's own buttons stay, its duplicate shortcuts go (two actions on one key would
make Qt fire neither).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

if TYPE_CHECKING:
    from ui.main_window import MainWindow


#: Tab switching: (index in the workspace's tabs, menu text, shortcut).
TAB_ACTIONS = (
    (0, "Tabblad &Advies en mandaat", "Ctrl+1"),
    (1, "Tabblad &Biedingen", "Ctrl+2"),
    (2, "Tabblad &Verloop", "Ctrl+3"),
    (3, "Tabblad &Nota", "Ctrl+4"),
    (4, "Tabblad &Logboek", "Ctrl+5"),
)


def _tab_text(index: int) -> str:
    # the literal texts, so lupdate sees them (TAB_ACTIONS keeps the order and keys)
    return (
        QCoreApplication.translate("Actions", "Tabblad &Advies en mandaat"),
        QCoreApplication.translate("Actions", "Tabblad &Biedingen"),
        QCoreApplication.translate("Actions", "Tabblad &Verloop"),
        QCoreApplication.translate("Actions", "Tabblad &Nota"),
        QCoreApplication.translate("Actions", "Tabblad &Logboek"),
    )[index]


def _make(
    window: QWidget,
    text: str,
    slot: Callable[[], Any],
    shortcut: str | QKeySequence.StandardKey | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)  # a shortcut of the window even while its menu is hidden
    return action


def _menu(bar: QMenuBar, index: int) -> QMenu:
    menu = bar.actions()[index].menu()
    assert isinstance(menu, QMenu)
    return menu


def install(window: MainWindow) -> None:
    """Add the remaining commands to ``window`` and put every command in a menu."""
    w: Any = window  # the new actions become attributes of the window, for tests and menus
    for action in (
        window.new_action,
        window.delete_action,
        window.import_action,
        window.export_action,
        window.lock_action,
        window.quit_action,
        window.undo_action,
        window.redo_action,
        window.settings_action,
        window.about_action,
        window.search_action,
    ):
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.addAction(action)
    window.settings_action.setShortcut(QKeySequence("Ctrl+,"))
    if window.quit_action.shortcut().isEmpty():  # Quit has no standard key on Windows
        window.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    window.search_action.setText(QCoreApplication.translate("Actions", "&Zoek een dossier"))

    w.new_bid_action = _make(
        window,
        QCoreApplication.translate("Actions", "Nieuw &bod…"),
        lambda: _bid_command(window, "new"),
        "Ctrl+B",
        QCoreApplication.translate("Actions", "Nieuw bod voor het gekozen dossier (Ctrl+B)"),
    )
    w.edit_bid_action = _make(
        window,
        QCoreApplication.translate("Actions", "Bo&d bewerken…"),
        lambda: _bid_command(window, "edit"),
        "F2",
        QCoreApplication.translate(
            "Actions", "Bewerk het gekozen bod op het tabblad Biedingen (F2)"
        ),
    )
    w.delete_bid_action = _make(
        window,
        QCoreApplication.translate("Actions", "Bod &verwijderen"),
        lambda: _bid_command(window, "delete"),
        "Ctrl+Shift+Del",
        QCoreApplication.translate(
            "Actions", "Verwijder het gekozen bod; ongedaan maken kan altijd"
        ),
    )
    w.copy_bid_action = _make(
        window,
        QCoreApplication.translate("Actions", "&Kopieer effectieve korting"),
        lambda: _bid_command(window, "copy"),
        "Ctrl+Shift+C",
        QCoreApplication.translate(
            "Actions",
            "Kopieer de effectieve korting van het gekozen bod; het klembord wordt gewist",
        ),
    )
    w.list_action = _make(
        window,
        QCoreApplication.translate("Actions", "&Dossierlijst"),
        lambda: _focus_list(window),
        "Ctrl+0",
    )
    w.tab_actions = [
        _make(window, _tab_text(index), lambda _on=False, i=index: _show_tab(window, i), key)
        for index, _text, key in TAB_ACTIONS
    ]
    w.help_action = _make(
        window,
        QCoreApplication.translate("Actions", "&Handleiding"),
        lambda: _open_help(window),
        QKeySequence.StandardKey.HelpContents,
    )
    if window.help_action.shortcut().isEmpty():  # no standard key on this platform
        window.help_action.setShortcut(QKeySequence("F1"))
    w.shortcuts_action = _make(
        window,
        QCoreApplication.translate("Actions", "&Sneltoetsen"),
        lambda: _open_shortcuts(window),
        "Ctrl+F1",
    )

    bar = window.menuBar()
    file_menu, edit_menu, help_menu = _menu(bar, 0), _menu(bar, 1), _menu(bar, 2)
    file_menu.removeAction(window.quit_action)
    file_menu.addAction(window.settings_action)
    edit_menu.removeAction(window.settings_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    edit_menu.addActions(
        [
            window.new_bid_action,
            window.edit_bid_action,
            window.delete_bid_action,
            window.copy_bid_action,
        ]
    )
    go_menu = QMenu(QCoreApplication.translate("Actions", "&Ga naar"), bar)
    go_menu.setToolTipsVisible(True)
    go_menu.addAction(window.search_action)
    go_menu.addAction(window.list_action)
    go_menu.addSeparator()
    go_menu.addActions(window.tab_actions)
    bar.insertMenu(bar.actions()[2], go_menu)
    w.go_menu = go_menu
    help_menu.insertActions(window.about_action, [window.help_action, window.shortcuts_action])
    help_menu.insertSeparator(window.about_action)
    edit_menu.removeAction(window.search_action)

    window.unlocked.connect(lambda: _workspace_opened(window))
    window.locked.connect(lambda: update(window))
    update(window)


def _workspace_opened(window: MainWindow) -> None:
    ws = window.workspace
    if ws is None:
        return
    bids = ws.bids_tab
    if bids is not None:
        chooser = getattr(bids, "columns", None)
        if chooser is not None:  # the column choice lives with the window's settings
            chooser.settings = lambda: window.settings
            chooser.apply(chooser.stored())
        # the window's actions carry these keys now (one action per key)
        for name in ("new_action", "copy_action"):
            tab_action = getattr(bids, name, None)
            if isinstance(tab_action, QAction):
                tab_action.setShortcut(QKeySequence())
    ws.current_changed.connect(lambda _id: update(window))
    update(window)


def update(window: MainWindow) -> None:
    """Enable what applies: everything over a vault needs it open, a bid a dossier."""
    ws = window.workspace
    has_dossier = ws is not None and ws.current_id is not None and ws.bids_tab is not None
    for action in (
        window.new_bid_action,  # type: ignore[attr-defined]
        window.edit_bid_action,  # type: ignore[attr-defined]
        window.delete_bid_action,  # type: ignore[attr-defined]
        window.copy_bid_action,  # type: ignore[attr-defined]
    ):
        action.setEnabled(has_dossier)
    window.list_action.setEnabled(ws is not None)  # type: ignore[attr-defined]
    for action in window.tab_actions:  # type: ignore[attr-defined]
        action.setEnabled(ws is not None)
    window.settings_action.setEnabled(True)


def _say(window: MainWindow, text: str) -> None:
    window.statusBar().showMessage(text, 6000)


def _bid_command(window: MainWindow, what: str) -> None:
    ws = window.workspace
    if ws is None or ws.bids_tab is None or ws.current_id is None:
        return
    tab: Any = ws.bids_tab
    ws.tabs.setCurrentWidget(tab)
    if what == "new":
        tab.new_bid()
        return
    if tab.selected_bid() is None:
        _say(window, QCoreApplication.translate("Actions", "Kies eerst een bod in de tabel"))
        tab.view.setFocus()
        return
    if what == "edit":
        tab.edit_selected()
    elif what == "delete":
        tab.delete_selected()
    else:
        tab.copy_effective()


def _show_tab(window: MainWindow, index: int) -> None:
    ws = window.workspace
    if ws is None or not 0 <= index < ws.tabs.count():
        return
    ws.tabs.setCurrentIndex(index)
    page = ws.tabs.currentWidget()
    if page is not None:
        first_focusable(page).setFocus(Qt.FocusReason.ShortcutFocusReason)


def first_focusable(page: QWidget) -> QWidget:
    """The first control inside ``page`` that Tab would reach (``page`` if none)."""
    widget = page.nextInFocusChain()
    for _ in range(2000):  # the chain is a ring; never loop for ever
        if widget is None or widget is page:
            break
        if (
            page.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return page


def _focus_list(window: MainWindow) -> None:
    if window.workspace is not None:
        window.workspace.view.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _open_help(window: MainWindow) -> None:
    from ui.help import HelpDialog

    dialog = getattr(window, "help_dialog", None)
    if not isinstance(dialog, HelpDialog):
        dialog = HelpDialog(window)
        w: Any = window
        w.help_dialog = dialog
    if dialog.isVisible():
        dialog.raise_()
    dialog.show()
    dialog.activateWindow()


def _open_shortcuts(window: MainWindow) -> None:
    from ui.help import ShortcutsDialog

    dialog = ShortcutsDialog(window_actions(window), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    w: Any = window
    w.shortcuts_dialog = dialog
    dialog.open()


def window_actions(window: MainWindow) -> list[tuple[str, QAction]]:
    """(menu title, action) for every action in the window's menus, in menu order."""
    found: list[tuple[str, QAction]] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            if not action.isSeparator() and action.menu() is None:
                found.append((top.text(), action))
    return found
