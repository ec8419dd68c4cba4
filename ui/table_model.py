"""The base of the window's tables: columns from an IntEnum, headers from one mapping.

Every table in ``ui/`` is a :class:`QAbstractTableModel` with a column enum; this class
holds what they all repeat — the row and column counts and the horizontal header, whose
texts are translated in the model's own Qt Linguist context. A header is a text, or a
``(text, tooltip)`` pair; without a tooltip of its own, the header's text is its tooltip,
so a column the user made narrow still says what it holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class EnumTableModel(QAbstractTableModel):
    """Subclasses set ``COLUMNS``, ``HEADERS`` and ``CONTEXT`` and implement
    :meth:`row_count` and ``data``."""

    COLUMNS: ClassVar[type[IntEnum]]
    HEADERS: ClassVar[Mapping[Any, str | tuple[str, str]]]
    CONTEXT: ClassVar[str]

    def row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        header = self.HEADERS[self.COLUMNS(section)]
        title, tip = header if isinstance(header, tuple) else (header, "")
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, title)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole header, when a column is narrowed
            return QCoreApplication.translate(self.CONTEXT, tip or title)
        return None
