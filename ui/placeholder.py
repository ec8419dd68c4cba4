"""A placeholder that never looks like a filled-in value: "bijv. …", in grey italics.

Qt draws a placeholder in the palette's grey; on some styles that grey is close to the
text colour, and an example such as ``4365452-1095706-GMT`` then reads as a value that
was typed. :func:`set_example` words it as an example and sets the field's font italic
while it is empty (upright as soon as something is typed).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLineEdit

PLACEHOLDER_GREY = QColor("#767676")  # 4.5:1 on white (WCAG AA)


def example_text(example: str) -> str:
    return QCoreApplication.translate("Placeholder", "bijv. %1").replace("%1", example)


def style_placeholder(edit: QLineEdit) -> None:
    """Grey, and italic while the field is empty."""
    palette = edit.palette()
    palette.setColor(QPalette.ColorRole.PlaceholderText, PLACEHOLDER_GREY)
    edit.setPalette(palette)

    def update(text: str) -> None:
        font = edit.font()
        if font.italic() != (not text):
            font.setItalic(not text)
            edit.setFont(font)

    edit.textChanged.connect(update)
    update(edit.text())


def set_example(edit: QLineEdit, example: str) -> None:
    """Show ``example`` as "bijv. <example>", grey and italic."""
    edit.setPlaceholderText(example_text(example))
    style_placeholder(edit)
