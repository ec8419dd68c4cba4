"""The "Logboek" tab: the vault's audit log, read-only, with its hash chain verified."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mandaat.vault import audit
from mandaat.vault.session import Session
from ui.session_events import events_for
from ui.table_model import EnumTableModel
from ui.words import WORDS

Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("LogTab", text)


class LogColumn(IntEnum):
    SEQ = 0
    AT = 1
    USER = 2
    ACTION = 3
    DETAIL = 4


LOG_HEADERS = {
    LogColumn.SEQ: QT_TRANSLATE_NOOP("LogTab", "Nr."),
    LogColumn.AT: QT_TRANSLATE_NOOP("LogTab", "Tijdstip"),
    LogColumn.USER: QT_TRANSLATE_NOOP("LogTab", "Gebruiker"),
    LogColumn.ACTION: QT_TRANSLATE_NOOP("LogTab", "Handeling"),
    LogColumn.DETAIL: QT_TRANSLATE_NOOP("LogTab", "Details"),
}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def local_time(at: str) -> str:
    """The stored UTC time as local ``dd-mm-jjjj uu:mm:ss``."""
    try:
        moment = dt.datetime.fromisoformat(at).astimezone()
    except ValueError:
        return at
    return moment.strftime("%d-%m-%Y %H:%M:%S")


class LogModel(EnumTableModel):
    COLUMNS = LogColumn
    HEADERS = LOG_HEADERS
    CONTEXT = "LogTab"

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._entries: list[audit.Entry] = []

    def row_count(self) -> int:
        return len(self._entries)

    def set_entries(self, entries: list[audit.Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        col = LogColumn(index.column())
        if role == SORT_ROLE:
            return e.seq if col in (LogColumn.SEQ, LogColumn.AT) else self._text(e, col)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(e, col)
        return None

    def _text(self, e: audit.Entry, col: LogColumn) -> str:
        if col is LogColumn.SEQ:
            return str(e.seq)
        if col is LogColumn.AT:
            return local_time(e.at)
        if col is LogColumn.USER:
            return e.user
        action, detail = WORDS.audit_entry(e.action, e.detail)
        return action if col is LogColumn.ACTION else detail


class LogTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(
            QCoreApplication.translate("LogTab", "Controle van het logboek")
        )
        layout.addWidget(self.status)
        self.model = LogModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(QCoreApplication.translate("LogTab", "Logboek"))
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(LogColumn.SEQ, Qt.SortOrder.DescendingOrder)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.view)
        self.refresh()
        events_for(session).changed.connect(self._noticed)

    def _noticed(self, _change: object) -> None:
        self.refresh()  # every write adds an entry

    def refresh(self) -> None:
        entries = audit.entries(self.session.db)
        self.model.set_entries(entries)
        broken = audit.verify(entries)
        if broken is None:
            self.status.setText(
                QCoreApplication.translate(
                    "LogTab", "✓ Logboek intact: %1, de keten van controlegetallen klopt."
                ).replace("%1", WORDS.count("lines", len(entries)))
            )
            self.status.setStyleSheet("color: #1e5e2a;")
        else:
            self.status.setText(
                QCoreApplication.translate(
                    "LogTab", "✗ Het logboek is NIET intact vanaf regel %1."
                ).replace("%1", str(broken))
            )
            self.status.setStyleSheet("color: #9b1c1c; font-weight: 600;")
