"""Columns a user can show or hide: right-click on a table's header gives a checkable
list of its columns; the essential ones cannot be hidden. The choice is remembered per
user (QSettings, under ``key``) — it names columns, never a value from the vault."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView


class ColumnChooser:
    """The header menu of ``view``: ``essential`` columns always shown, the others as
    chosen (``hidden`` until the user chooses otherwise)."""

    def __init__(
        self,
        view: QTableView,
        key: str,
        essential: Iterable[int],
        hidden: Iterable[int],
        settings: Callable[[], QSettings] = QSettings,
    ) -> None:
        self.view = view
        self.key = key
        self.essential = frozenset(int(c) for c in essential)
        self.default_hidden = frozenset(int(c) for c in hidden)
        #: Where the choice is kept; tests give their own.
        self.settings = settings
        self.menu: QMenu | None = None
        header = view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_menu)
        header.setToolTip(
            QCoreApplication.translate(
                "ColumnChooser", "Rechtermuisknop: kies welke kolommen u ziet"
            )
        )
        self.apply(self.stored())

    def stored(self) -> frozenset[int]:
        """The hidden columns as last chosen (the default when never chosen)."""
        value = self.settings().value(self.key)
        if value is None:
            return self.default_hidden
        names = value if isinstance(value, list) else str(value).split(",")
        hidden = set()
        for name in names:
            try:
                column = int(str(name).strip())
            except ValueError:
                continue
            if column not in self.essential:
                hidden.add(column)
        return frozenset(hidden)

    def apply(self, hidden: frozenset[int]) -> None:
        for column in range(self.view.model().columnCount()):
            self.view.setColumnHidden(column, column in hidden and column not in self.essential)

    def hidden(self) -> frozenset[int]:
        return frozenset(
            c for c in range(self.view.model().columnCount()) if self.view.isColumnHidden(c)
        )

    def set_shown(self, column: int, shown: bool) -> None:
        if column in self.essential:
            return
        self.view.setColumnHidden(column, not shown)
        self.settings().setValue(self.key, ",".join(str(c) for c in sorted(self.hidden())))

    def build_menu(self) -> QMenu:
        """The checkable list of columns (made fresh, so it shows the current state)."""
        menu = QMenu(self.view)
        menu.setTitle(QCoreApplication.translate("ColumnChooser", "Kolommen"))
        model = self.view.model()
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            action = QAction(" ".join(title.split()), menu)
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(column))
            action.setEnabled(column not in self.essential)
            action.toggled.connect(lambda on, c=column: self.set_shown(c, on))
            menu.addAction(action)
        self.menu = menu
        return menu

    def _show_menu(self, pos: QPoint) -> None:
        menu = self.build_menu()
        menu.popup(self.view.horizontalHeader().mapToGlobal(pos))
