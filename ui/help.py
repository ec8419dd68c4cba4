"""Help inside the window: the user guide (F1), the list of shortcuts (Ctrl+F1), and the
show-password toggle for passphrase fields.

The guide is ``docs/user-guide.md``, rendered with ``QTextBrowser.setMarkdown``; the
frozen app carries it (``build.spec`` adds it to the datas, the self-test opens it).
The shortcuts list is built from the window's own actions (:func:`ui.actions.window_actions`),
so it says what the keys do today. The show-password toggle lives in :mod:`ui.reveal`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QUrl
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QPixmap,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.a11y import fit_to_screen
from ui.reveal import add_reveal_toggle as add_reveal_toggle  # its home until now

DOCS = Path(__file__).resolve().parent.parent / "docs"
GUIDE = DOCS / "user-guide.md"
#: Widest an image in the guide is drawn (the screenshots are 1366 px wide).
IMAGE_WIDTH = 760


def plain(text: str) -> str:
    """A menu text as read aloud: without the mnemonic's ``&`` and the ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


# --------------------------------------------------------------------------- guide


def guide_text(path: Path = GUIDE) -> str:
    """The guide's Markdown; empty when the file is not there."""
    try:
        return path.read_text("utf-8")
    except OSError:
        return ""


class HelpDialog(QDialog):
    """The user guide, readable and searchable beside the window (not modal)."""

    def __init__(self, parent: QWidget | None = None, path: Path = GUIDE) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Help", "Handleiding — Mandaat"))
        self.setObjectName("HelpDialog")
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide")
        self.browser.setAccessibleName(QCoreApplication.translate("Help", "Gebruikershandleiding"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        self.browser.setSearchPaths([str(path.parent)])
        text = guide_text(path)
        if text:
            self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
            self.browser.setMarkdown(text)
            self._shrink_images()
        else:
            self.browser.setPlainText(
                QCoreApplication.translate(
                    "Help", "De handleiding is niet gevonden bij dit programma (%1)."
                ).replace("%1", path.name)
            )
        self.loaded = bool(text)
        #: Images of the guide found and drawn (the self-test reports it).
        self.images = len(
            {
                fmt.toImageFormat().name()
                for fmt in self.browser.document().allFormats()
                if fmt.isImageFormat() and (path.parent / fmt.toImageFormat().name()).is_file()
            }
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("Help", "&Sluiten")
        )
        buttons.rejected.connect(self.close)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(fit_to_screen(QSize(900, 680)))

    def _shrink_images(self) -> None:
        """Screenshots drawn at most :data:`IMAGE_WIDTH` wide, keeping their shape."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fragment.isValid() and fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    self._resize_image(fragment.position(), fragment.length(), image)
                it += 1
            block = block.next()

    def _resize_image(self, position: int, length: int, image: QTextImageFormat) -> None:
        source = QPixmap(str(DOCS / image.name()))
        if source.isNull() or source.width() <= IMAGE_WIDTH:
            return
        image.setWidth(IMAGE_WIDTH)
        image.setHeight(source.height() * IMAGE_WIDTH / source.width())
        cursor = self.browser.textCursor()
        cursor.setPosition(position)
        cursor.setPosition(position + length, cursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image)


# --------------------------------------------------------------------------- shortcuts


def shortcut_rows(actions: Sequence[tuple[str, QAction]]) -> list[tuple[str, str, str]]:
    """(command, keys, menu) for each action with a shortcut, in menu order."""
    rows = []
    for menu, action in actions:
        keys = [
            k.toString(QKeySequence.SequenceFormat.NativeText)
            for k in action.shortcuts()
            if not k.isEmpty()
        ]
        if keys:
            rows.append((plain(action.text()), ", ".join(keys), plain(menu)))
    return rows


class ShortcutsDialog(QDialog):
    """Every shortcut of the window, read from its actions."""

    def __init__(
        self, actions: Sequence[tuple[str, QAction]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Help", "Sneltoetsen — Mandaat"))
        self.setObjectName("ShortcutsDialog")
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcuts")
        self.table.setAccessibleName(QCoreApplication.translate("Help", "Sneltoetsen"))
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Help", "Opdracht"),
                QCoreApplication.translate("Help", "Toets"),
                QCoreApplication.translate("Help", "Menu"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        note = QLabel(
            QCoreApplication.translate(
                "Help",
                "In de tabel met biedingen: Enter bewerkt het gekozen bod, Delete verwijdert "
                "het. Alt met de onderstreepte letter kiest een veld of knop.",
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("Help", "&Sluiten")
        )
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(fit_to_screen(QSize(640, 560)))
