"""Small helpers for screen readers and small screens: a name for controls Qt leaves
nameless, and window sizes that fit the screen (a 1366×768 laptop with a taskbar)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLineEdit

#: The object name Qt gives the clear action of a line edit (``setClearButtonEnabled``).
CLEAR_ACTION = "_q_qlineeditclearaction"


def clearable(edit: QLineEdit, on: bool = True) -> None:
    """``edit.setClearButtonEnabled(on)``, with a name for its (unnamed) clear button."""
    edit.setClearButtonEnabled(on)
    action = edit.findChild(QAction, CLEAR_ACTION)
    if action is not None:
        action.setText(QCoreApplication.translate("A11y", "Leegmaken"))
        action.setToolTip(QCoreApplication.translate("A11y", "Leegmaken"))


def fit_to_screen(size: QSize) -> QSize:
    """``size``, made smaller where the screen is smaller (room for the title bar and a
    margin), so that a dialog never opens with its buttons below the taskbar."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return size
    room = screen.availableGeometry()
    return QSize(min(size.width(), room.width() - 40), min(size.height(), room.height() - 60))
