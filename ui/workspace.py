"""The workspace: the dossier list and the dossier's tabs over one open Session.

Built only after the vault is unlocked (and destroyed on lock), so the window's first
screen does not load the model, the engine and the tabs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mandaat.model import Dossier, Phase
from mandaat.vault.session import Session
from ui.a11y import clearable
from ui.dossier_model import (
    DOSSIER_ROLE,
    PHASE_LABELS,
    Column,
    DossierFilterProxy,
    DossierTableModel,
    load_rows,
    phase_label,
    summarize_one,
)
from ui.session_events import events_for
from ui.words import WORDS

# --------------------------------------------------------------------------- workspace


class Workspace(QWidget):
    """Everything shown over one open Session; destroyed on lock.

    Signals:
        current_changed(object): the selected dossier's id, or None.
    """

    current_changed = Signal(object)

    def __init__(
        self,
        session: Session,
        undo_stack: QUndoStack,
        *,
        demo: bool,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack
        self.today = today
        self.current_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if demo:
            banner = QLabel(
                QCoreApplication.translate(
                    "MainWindow",
                    "DEMO — de dossiers gebruiken openbare cijfers; alle biedingen, mandaten "
                    "en personen zijn FICTIEF. De demo-kluis wordt bij afsluiten gewist.",
                )
            )
            banner.setObjectName("demoBanner")
            banner.setWordWrap(True)
            banner.setAccessibleName(
                QCoreApplication.translate("MainWindow", "Demo: fictieve gegevens")
            )
            banner.setStyleSheet(
                "QLabel#demoBanner { background: #fff4c2; color: #3d2f00;"
                " border-bottom: 1px solid #d9b44a; padding: 6px 12px; font-weight: 600; }"
            )
            layout.addWidget(banner)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.splitter = splitter
        splitter.addWidget(self._build_list())
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(QCoreApplication.translate("MainWindow", "Dossier"))
        self.tabs.setDocumentMode(True)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 900])

        # Imported here, not at the top: the first screen shown (unlock) needs none of
        # the tabs, and the window should open fast (benchmarks/startup.py).
        from ui.advice_tab import AdviceTab
        from ui.bids_tab import BidsTab
        from ui.chart_tab import ChartTab
        from ui.log_tab import LogTab
        from ui.nota_tab import NotaTab

        self.advice_tab = AdviceTab(session)
        self.tabs.addTab(
            self.advice_tab, QCoreApplication.translate("MainWindow", "&Advies && mandaat")
        )
        # imported by name (not looked up at run time): PyInstaller must see every tab, and
        # a tab that is missing is an error, never a quiet placeholder
        self.bids_tab = BidsTab(session, undo_stack)
        self.tabs.addTab(self.bids_tab, QCoreApplication.translate("MainWindow", "Bie&dingen"))
        self.chart_tab = ChartTab(session)
        self.tabs.addTab(self.chart_tab, QCoreApplication.translate("MainWindow", "&Verloop"))
        self.nota_tab = NotaTab(session, undo_stack)
        self.tabs.addTab(self.nota_tab, QCoreApplication.translate("MainWindow", "&Nota"))
        self.log_tab = LogTab(session)
        self.tabs.addTab(self.log_tab, QCoreApplication.translate("MainWindow", "&Logboek"))
        self.tabs.currentChanged.connect(self._tab_changed)

        events = events_for(session)
        events.dossier_changed.connect(self._row_noticed)
        events.bids_changed.connect(self._row_noticed)  # the state is the latest bid's
        events.dossier_removed.connect(self.remove_dossier)
        events.reloaded.connect(self.reload)
        self.reload()

    def _build_list(self) -> QWidget:
        panel = QWidget()
        panel.setMinimumWidth(380)
        col = QVBoxLayout(panel)
        col.setContentsMargins(10, 10, 6, 10)
        col.setSpacing(6)
        row = QHBoxLayout()
        search_label = QLabel(QCoreApplication.translate("MainWindow", "&Zoek:"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            QCoreApplication.translate("MainWindow", "merk, stof, indicatie of leverancier")
        )
        self.search.setAccessibleName(QCoreApplication.translate("MainWindow", "Zoek een dossier"))
        clearable(self.search)
        search_label.setBuddy(self.search)
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        col.addLayout(row)
        row = QHBoxLayout()
        phase_caption = QLabel(QCoreApplication.translate("MainWindow", "&Fase:"))
        self.phase_filter = QComboBox()
        self.phase_filter.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Filter op fase")
        )
        self.phase_filter.addItem(QCoreApplication.translate("MainWindow", "Alle fasen"), None)
        for phase in PHASE_LABELS:
            self.phase_filter.addItem(phase_label(phase), phase)
        phase_caption.setBuddy(self.phase_filter)
        row.addWidget(phase_caption)
        row.addWidget(self.phase_filter, 1)
        col.addLayout(row)

        self.model = DossierTableModel(self)
        self.proxy = DossierFilterProxy(self, two_line_brand=True)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(QCoreApplication.translate("MainWindow", "Dossiers"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Column.BRAND, Qt.SortOrder.AscendingOrder)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setTabKeyNavigation(False)
        self.view.setColumnHidden(Column.INDICATION, True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self.view.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().lineSpacing() * 2 + 12)
        # columns fit the rows on screen, not every row on each change (200 dossiers)
        rows.setResizeContentsPrecision(0)
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.BRAND, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        col.addWidget(self.view, 1)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #5f5f5f;")
        col.addWidget(self.count_label)

        self.search.textChanged.connect(self._filter_changed)
        self.phase_filter.currentIndexChanged.connect(self._filter_changed)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        return panel

    # -- list ----------------------------------------------------------------------

    def reload(self) -> None:
        """Everything again from the vault (after a lock, a failed save, an import)."""
        keep = self.current_id
        self.model.set_rows(load_rows(self.session, self.today()))
        self._update_count()
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select(keep)
        elif self.proxy.rowCount() > 0:
            self.view.selectRow(0)
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        else:
            self._set_current(None)

    def _row_noticed(self, dossier_id: int) -> None:
        """The list's row of a dossier the vault changed (every tab follows on its own)."""
        d = self.session.dossier(dossier_id)
        if d is None:
            self.model.remove(dossier_id)
        else:
            self.model.upsert(summarize_one(self.session, d, self.today()))
        self._update_count()

    def remove_dossier(self, dossier_id: int) -> None:
        was_current = dossier_id == self.current_id
        self.model.remove(dossier_id)
        self._update_count()
        if was_current:
            self.current_id = None
            if self.proxy.rowCount() > 0:
                self.view.setCurrentIndex(self.proxy.index(0, 0))
                self.view.selectRow(0)
            else:
                self._set_current(None)

    def select(self, dossier_id: int) -> None:
        row = self.model.row_of(dossier_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: show everything again
            self.search.clear()
            self.phase_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(index)
        self.view.selectRow(index.row())
        self.view.scrollTo(index)

    def _filter_changed(self) -> None:
        self.proxy.set_search(self.search.text())
        phase = self.phase_filter.currentData()
        self.proxy.set_phase(phase if isinstance(phase, Phase) else None)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = WORDS.count("dossiers", total)
        if shown != total:
            text = (
                QCoreApplication.translate("MainWindow", "%1 van %2")
                .replace("%1", str(shown))
                .replace("%2", WORDS.count("dossiers", total))
            )
        self.count_label.setText(text)

    def _row_changed(self, current: Any, _previous: Any) -> None:
        if not current.isValid():
            return
        d = self.proxy.data(self.proxy.index(current.row(), 0), DOSSIER_ROLE)
        if isinstance(d, Dossier) and d.id != self.current_id:
            self._set_current(d.id)

    def _set_current(self, dossier_id: int | None) -> None:
        self.flush()
        self.current_id = dossier_id
        self.advice_tab.set_dossier(dossier_id)
        self.nota_tab.set_dossier(dossier_id)
        for tab in (self.bids_tab, self.chart_tab):
            if tab is not None and hasattr(tab, "set_dossier"):
                tab.set_dossier(dossier_id)
        self.current_changed.emit(dossier_id)

    def _tab_changed(self, _index: int) -> None:
        self.flush()
        if self.tabs.currentWidget() is self.log_tab:
            self.log_tab.refresh()

    def flush(self) -> None:
        """Pending typed text becomes an edit now."""
        self.advice_tab.flush()
        self.nota_tab.flush()

    def current_dossier(self) -> Dossier | None:
        return None if self.current_id is None else self.session.dossier(self.current_id)


# --------------------------------------------------------------------------- settings
