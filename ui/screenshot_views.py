"""More views for the documentation screenshot hook (``MANDAAT_SCREENSHOT``, ui/app.py):
the Kluis-instellingen dialog and locking with a half-typed bid. Each grabs the whole
screen (under Xvfb at 1366×768: what a laptop user sees), then quits.

``MANDAAT_SCREENSHOT_VIEW``: ``vault-settings``, ``lock-ask`` (Ctrl+L asks first),
``lock-draft`` (the unlock screen while a draft is held), ``draft-back`` (the editor after
unlocking). Run with ``--demo``: the texts typed are fictitious.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

VIEWS = ("vault-settings", "lock-ask", "lock-draft", "draft-back")


def _grab_screen(app: QApplication, path: str) -> None:  # pragma: no cover - Xvfb only
    screen = QGuiApplication.primaryScreen()
    screen.grabWindow(0).save(path)
    app.quit()


def _fill_bid(window: Any) -> Any:
    ws = window.workspace
    ws.tabs.setCurrentWidget(ws.bids_tab)
    ws.bids_tab.new_bid()
    editor = ws.bids_tab.editor
    editor.discount_edit.setText("62")
    editor.contact_edit.setText("J. de Vries (fictief)")
    editor.note_edit.setPlainText("Concept tegenbod ronde 3 — nog bespreken")
    return editor


def take(app: QApplication, window: Any, view: str, path: str) -> bool:  # pragma: no cover
    """Prepare ``view`` and grab the screen; False when the view is not one of these."""
    if view not in VIEWS:
        return False
    later = 900
    if view == "vault-settings":
        from ui.vault_settings import VaultSettingsDialog

        dialog = VaultSettingsDialog(window.session, window.keystore, window)
        dialog.current.setText("paars olifant fietst langzaam")
        dialog.new1.setText("groene tram rijdt morgen vroeg")
        dialog.new2.setText("groene tram rijdt morgen vroeg")
        dialog.show()
        window.vault_settings_dialog = dialog
    elif view == "lock-ask":
        _fill_bid(window)
        QTimer.singleShot(300, window.lock_by_hand)  # the question box runs its own loop
    elif view == "lock-draft":
        _fill_bid(window)
        QTimer.singleShot(300, window.lock)
    elif view == "draft-back":
        _fill_bid(window)
        window.lock()
        QTimer.singleShot(300, window.unlock_screen.unlock_demo)
        later = 1500
    QTimer.singleShot(later, lambda: _grab_screen(app, path))
    return True
