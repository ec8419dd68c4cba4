"""The show-password toggle of passphrase fields, apart from :mod:`ui.help` so that the
unlock screen does not load the user guide's and the shortcuts list's widgets on the way to
the first window (tests/test_startup_imports.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QLineEdit, QToolButton


def _eye(crossed: bool) -> QIcon:
    """An eye (crossed out: the text is shown and can be hidden again), drawn here so it
    does not depend on an icon theme (Windows has none)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(Qt.GlobalColor.darkGray, 2.4)
    painter.setPen(pen)
    outline = QPainterPath()
    outline.moveTo(3, 16)
    outline.quadTo(16, 2, 29, 16)
    outline.quadTo(16, 30, 3, 16)
    painter.drawPath(outline)
    painter.setBrush(Qt.GlobalColor.darkGray)
    painter.drawEllipse(QRectF(11.5, 11.5, 9, 9))
    if crossed:
        painter.drawLine(QPointF(5, 27), QPointF(27, 5))
    painter.end()
    return QIcon(pixmap)


def add_reveal_toggle(edit: QLineEdit) -> QAction:
    """A show/hide button inside a passphrase field (and Ctrl+H while the field has the
    focus): checked shows the text, unchecked hides it again."""
    action = QAction(_eye(False), QCoreApplication.translate("Help", "Toon wachtwoord"), edit)
    action.setCheckable(True)
    action.setObjectName("reveal")
    action.setShortcut(QKeySequence("Ctrl+H"))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.setToolTip(QCoreApplication.translate("Help", "Toon of verberg wat u typt (Ctrl+H)"))

    def toggled(shown: bool) -> None:
        edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        action.setIcon(_eye(shown))
        action.setText(
            QCoreApplication.translate("Help", "Verberg wachtwoord")
            if shown
            else QCoreApplication.translate("Help", "Toon wachtwoord")
        )
        for button in edit.findChildren(QToolButton):
            if button.defaultAction() is action:
                button.setAccessibleName(action.text())

    action.toggled.connect(toggled)
    # also a widget action of the field: its shortcut works while the field has the focus
    edit.addAction(action, QLineEdit.ActionPosition.TrailingPosition)
    for button in edit.findChildren(QToolButton):
        if button.defaultAction() is action:
            button.setAccessibleName(action.text())
    return action
