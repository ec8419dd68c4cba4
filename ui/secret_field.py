"""A show/hide toggle on a passphrase field: an eye at the field's end, as KeePassXC has.

The icon is drawn here (no icon theme is needed: a government laptop may have none). The
toggle is a checkable :class:`QAction` with an accessible text that says what it will do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QLineEdit

SIZE = 32


def eye_icon(crossed: bool) -> QIcon:
    """An open eye (show) or a crossed-out eye (hide), drawn in the text colour."""
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor("#3c3c3c"), 2.4)
    painter.setPen(pen)
    outline = QPainterPath()
    outline.moveTo(3, 16)
    outline.quadTo(16, 3, 29, 16)
    outline.quadTo(16, 29, 3, 16)
    painter.drawPath(outline)
    painter.setBrush(QColor("#3c3c3c"))
    painter.drawEllipse(QRectF(11.5, 11.5, 9, 9))
    if crossed:
        painter.setPen(QPen(QColor("#3c3c3c"), 2.6))
        painter.drawLine(QPointF(5, 27), QPointF(27, 5))
    painter.end()
    return QIcon(pixmap)


def add_show_toggle(edit: QLineEdit) -> QAction:
    """Give ``edit`` (a password field) an eye that shows or hides what is typed."""
    action = QAction(edit)
    action.setCheckable(True)
    action.setObjectName("show_secret")

    def update(shown: bool) -> None:
        edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        action.setIcon(eye_icon(crossed=shown))
        text = (
            QCoreApplication.translate("SecretField", "Wachtwoord verbergen")
            if shown
            else QCoreApplication.translate("SecretField", "Wachtwoord tonen")
        )
        action.setText(text)
        action.setToolTip(text)

    action.toggled.connect(update)
    update(False)
    edit.addAction(action, QLineEdit.ActionPosition.TrailingPosition)
    return action
