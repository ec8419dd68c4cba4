"""The *Biedingen* tab: a dossier's bids with their verdicts, and the bid editor.

Only arranges and shows: figures come from the engine (through :class:`BidsModel`),
words from :mod:`mandaat.describe`, every edit is an undoable command that goes
through :class:`~mandaat.vault.session.Session`.

Signals:
    changed: emitted after any bid was added, changed or deleted (also by undo/redo).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mandaat import engine
from mandaat.model import Bid, Dossier
from mandaat.vault.session import Session
from ui import assessments
from ui import formatting as fmt
from ui.a11y import clearable, fit_to_screen
from ui.bid_analyses import BidAnalyses
from ui.bid_commands import AddBidCommand, BidIds, DeleteBidCommand, EditBidCommand
from ui.bid_editor import BidEditor
from ui.bids_model import (
    BID_ROLE,
    ESSENTIAL,
    HIDDEN_BY_DEFAULT,
    BidsModel,
    BidsProxy,
    Column,
)
from ui.column_menu import ColumnChooser
from ui.session_events import events_for
from ui.words import WORDS

NEW_BID_SHORTCUT = QKeySequence("Ctrl+B")
COPY_SHORTCUT = QKeySequence("Ctrl+Shift+C")


def copy_confidential(text: str) -> None:
    """Copy through the secure clipboard when the window has one (it clears itself and
    keeps out of clipboard histories), else the plain clipboard."""
    try:
        from ui.clipboard import copy_confidential as secure
    except ImportError:
        QGuiApplication.clipboard().setText(text)
        return
    secure(text)


class BidsTab(QWidget):
    """Bids of one dossier: table, filter, editor, undoable edits."""

    changed = Signal()

    def __init__(
        self, session: Session, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack
        self.ids = BidIds()
        self.dossier_id: int | None = None
        self.editor: BidEditor | None = None
        self._fit_pending = False
        #: Today's date for a new bid; tests replace it.
        self.today: Callable[[], dt.date] = dt.date.today
        self.setObjectName("BidsTab")
        self._build()
        self._update_actions()
        events = events_for(session)
        events.dossier_changed.connect(self._noticed)  # a new mandate: new verdicts
        events.bids_changed.connect(self._noticed)
        events.reloaded.connect(self.refresh)

    def _noticed(self, dossier_id: int) -> None:
        if dossier_id == self.dossier_id:
            self.refresh()

    # -- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = QLabel()
        self.title_label.setObjectName("bids_title")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_label.setFont(font)
        self.thresholds_label = QLabel()
        self.thresholds_label.setObjectName("bids_thresholds")
        self.thresholds_label.setWordWrap(True)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("bids_warning")
        self.warning_label.setStyleSheet(
            "color: #6b4a00; background: #fdecc8; padding: 4px; border-radius: 3px;"
        )
        self.warning_label.hide()

        self.new_button = QPushButton(QCoreApplication.translate("BidsTab", "Nieuw b&od…"))
        self.new_button.setToolTip(QCoreApplication.translate("BidsTab", "Nieuw bod (Ctrl+B)"))
        self.edit_button = QPushButton(QCoreApplication.translate("BidsTab", "B&ewerk…"))
        self.edit_button.setToolTip(
            QCoreApplication.translate("BidsTab", "Bewerk het gekozen bod (Enter of dubbelklik)")
        )
        self.delete_button = QPushButton(QCoreApplication.translate("BidsTab", "Verw&ijder"))
        self.delete_button.setToolTip(
            QCoreApplication.translate(
                "BidsTab", "Verwijder het gekozen bod (Del); ongedaan maken kan altijd"
            )
        )
        self.copy_button = QPushButton(
            QCoreApplication.translate("BidsTab", "&Kopieer effectieve korting")
        )
        self.copy_button.setToolTip(
            QCoreApplication.translate(
                "BidsTab",
                "Kopieer de effectieve korting van het gekozen bod (Ctrl+Shift+C); het klembord "
                "wordt na 10 seconden gewist",
            )
        )
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("bids_filter")
        self.filter_edit.setPlaceholderText(
            QCoreApplication.translate("BidsTab", "Filter biedingen…")
        )
        self.filter_edit.setAccessibleName(
            QCoreApplication.translate("BidsTab", "Filter biedingen")
        )
        clearable(self.filter_edit)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button, self.copy_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.filter_edit, 1)

        self.model = BidsModel(self, assessments.for_session(self.session))
        self.proxy = BidsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("bids_table")
        self.view.setAccessibleName(QCoreApplication.translate("BidsTab", "Biedingen"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.verticalHeader().hide()
        # size the columns to the rows on screen only, not to a thousand of them (each
        # would be assessed): a dossier of 25,000 bids opens at once
        self.view.verticalHeader().setResizeContentsPrecision(0)
        self.view.horizontalHeader().setResizeContentsPrecision(0)
        # Columns fit the rows on screen when the table is shown (_fit_columns), not
        # ResizeToContents: a hidden table would measure (and assess) every row.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.ARRANGEMENT, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.columns = ColumnChooser(self.view, "bids/hidden_columns", ESSENTIAL, HIDDEN_BY_DEFAULT)
        self.view.installEventFilter(self)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        self.message_label = QLabel()
        self.message_label.setObjectName("bids_message")
        self.message_label.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("bids_count")
        bottom = QHBoxLayout()
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.thresholds_label)
        layout.addWidget(self.warning_label)
        layout.addLayout(buttons)
        # issue 17: the selected bid's analyses, computed only when shown
        self.analyses = BidAnalyses(self.session)
        self.analyses.dossier_bids = lambda: (
            self.session.bids(self.dossier_id) if self.dossier_id is not None else []
        )
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("bids_splitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.analyses)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(True)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        self.new_action = QAction(QCoreApplication.translate("BidsTab", "Nieuw bod"), self)
        self.new_action.setShortcut(NEW_BID_SHORTCUT)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_bid)
        self.addAction(self.new_action)
        self.delete_action = QAction(
            QCoreApplication.translate("BidsTab", "Verwijder bod"), self.view
        )
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.view.addAction(self.delete_action)
        self.copy_action = QAction(
            QCoreApplication.translate("BidsTab", "Kopieer effectieve korting"), self
        )
        self.copy_action.setShortcut(COPY_SHORTCUT)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_effective)
        self.addAction(self.copy_action)

        self.new_button.clicked.connect(self.new_bid)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.copy_button.clicked.connect(self.copy_effective)
        self.filter_edit.textChanged.connect(self._filter)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.edit_selected()
            return True
        return super().eventFilter(watched, event)

    # -- the contract ----------------------------------------------------------------

    def set_dossier(self, dossier_id: int | None) -> None:
        """Show the bids of ``dossier_id`` (None: nothing)."""
        if dossier_id != self.dossier_id:
            self.filter_edit.clear()
            self.message_label.clear()
        self.dossier_id = dossier_id
        self.refresh()

    def clear(self) -> None:
        """Drop everything shown (e.g. on auto-lock); the stack is the window's affair."""
        if self.editor is not None:
            self.editor.reject()
        self.dossier_id = None
        self.filter_edit.clear()
        self.message_label.clear()
        self.model.clear()
        self._show_header(None)
        self._update_actions()

    def refresh(self, select_bid: int | None = None) -> None:
        """Read the dossier's bids again; keep (or move) the selection."""
        if select_bid is None:
            current = self.selected_bid()
            select_bid = current.id if current else None
        dossier = self.session.dossier(self.dossier_id) if self.dossier_id is not None else None
        if dossier is None:
            self.dossier_id = None
            self.model.clear()
        else:
            self.model.set_bids(dossier, self.session.stored_bids(dossier.id))
        self._show_header(dossier)
        self._select(select_bid)
        self._update_actions()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns as wide as the rows on screen need (when shown; else on show)."""
        self._fit_pending = not self.view.isVisible()
        if self._fit_pending:
            return
        for column in Column:
            if column != Column.ARRANGEMENT:
                self.view.resizeColumnToContents(column)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._fit_pending:
            self._fit_columns()

    # -- what is shown ------------------------------------------------------------------

    def _show_header(self, dossier: Dossier | None) -> None:
        if dossier is None:
            self.title_label.setText(QCoreApplication.translate("BidsTab", "Geen dossier gekozen"))
            self.thresholds_label.clear()
            self.warning_label.hide()
            return
        self.title_label.setText(f"{dossier.brand} — {dossier.indication}".rstrip(" —"))
        advice = (
            WORDS.threshold(dossier.advice_threshold)
            if dossier.advice_threshold
            else QCoreApplication.translate("BidsTab", "geen advies")
        )
        if dossier.mandate_threshold is None:
            mandate = QCoreApplication.translate("BidsTab", "gelijk aan het advies")
        else:
            mandate = WORDS.threshold(dossier.mandate_threshold)
        price = fmt.money(dossier.asking_price, cents=False) if dossier.asking_price else "—"
        self.thresholds_label.setText(
            QCoreApplication.translate(
                "BidsTab", "Advies: {advice} · Mandaat: {mandate} · Vraagprijs: {price}"
            ).format(advice=advice, mandate=mandate, price=price)
        )
        weaker = engine.mandate_weaker_than_advice(dossier)
        self.warning_label.setText(
            QCoreApplication.translate(
                "BidsTab", "Let op: het mandaat is zwakker dan het advies van het Zorginstituut"
            )
        )
        self.warning_label.setVisible(weaker)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_actions()

    def _update_actions(self) -> None:
        has_dossier = self.model.dossier() is not None
        selected = self.selected_bid() is not None
        self.new_button.setEnabled(has_dossier)
        self.new_action.setEnabled(has_dossier)
        for w in (self.edit_button, self.delete_button, self.copy_button):
            w.setEnabled(selected)
        self.delete_action.setEnabled(selected)
        self.copy_action.setEnabled(selected)
        self.analyses.set_bid(self.model.dossier(), self.selected_bid())
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if not has_dossier:
            self.count_label.clear()
        elif total == shown:
            self.count_label.setText(WORDS.count("bids", total))
        else:
            self.count_label.setText(
                QCoreApplication.translate("BidsTab", "{shown} van {bids}").format(
                    shown=shown, bids=WORDS.count("bids", total)
                )
            )

    def selected_bid(self) -> Bid | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        bid = rows[0].data(BID_ROLE)
        return bid if isinstance(bid, Bid) else None

    def _select(self, bid_id: int | None) -> None:
        row = self.model.row_of(bid_id) if bid_id is not None else -1
        if row < 0:
            self.view.clearSelection()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.selectRow(index.row())
            self.view.scrollTo(index)

    def _say(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet("color: #8a1111;" if error else "")
        self.message_label.setText(text)

    # -- editing --------------------------------------------------------------------

    def new_bid(self) -> None:
        dossier = self.model.dossier()
        if dossier is None or self.editor is not None:
            return
        rounds = self.model.rounds()
        self._open_editor(
            BidEditor(
                dossier,
                None,
                next_round=max(rounds, default=0) + 1,
                today=self.today(),
                parent=self,
                session=self.session,
            )
        )

    def edit_selected(self) -> None:
        dossier, bid = self.model.dossier(), self.selected_bid()
        if dossier is None or bid is None or self.editor is not None:
            return
        self._open_editor(BidEditor(dossier, bid, parent=self, session=self.session))

    def open_draft(
        self, dossier: Dossier, bid: Bid | None, next_round: int, state: dict[str, Any]
    ) -> None:
        """Open the editor again with what was typed before the window locked."""
        if self.editor is not None:
            return
        editor = BidEditor(
            dossier,
            bid,
            next_round=next_round,
            today=self.today(),
            parent=self,
            session=self.session,
        )
        editor.restore(state)
        self._open_editor(editor)

    def _open_editor(self, editor: BidEditor) -> None:
        self.editor = editor
        editor.resize(fit_to_screen(QSize(980, 680)))
        editor.finished.connect(self._editor_finished)
        editor.open()

    def _editor_finished(self, result: int) -> None:
        editor, self.editor = self.editor, None
        if editor is None:  # pragma: no cover
            return
        bid = editor.result_bid() if result else None
        editor.deleteLater()
        if bid is None:
            return
        if editor.original is None:
            add = AddBidCommand(self.session, self.ids, bid, self._changed, self._failed)
            self.undo_stack.push(add)
            if not add.error:
                self.refresh(select_bid=add.saved_id)
                self._say(QCoreApplication.translate("BidsTab", "Bod toegevoegd"))
        elif editor.original != bid:
            edit = EditBidCommand(
                self.session, self.ids, editor.original, bid, self._changed, self._failed
            )
            self.undo_stack.push(edit)
            if not edit.error:
                self._say(QCoreApplication.translate("BidsTab", "Bod gewijzigd"))

    def delete_selected(self) -> None:
        bid = self.selected_bid()
        if bid is None:
            return
        command = DeleteBidCommand(self.session, self.ids, bid, self._changed, self._failed)
        self.undo_stack.push(command)
        if not command.error:
            self._say(
                QCoreApplication.translate("BidsTab", "Bod verwijderd; ongedaan maken met Ctrl+Z")
            )

    def copy_effective(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        row = self.model.row(self.proxy.mapToSource(rows[0]).row())
        value = row.scenario_pct("expected")
        if value is None:
            self._say(
                QCoreApplication.translate("BidsTab", "Geen effectieve korting om te kopiëren"),
                error=True,
            )
            return
        copy_confidential(fmt.percent(value))
        self._say(QCoreApplication.translate("BidsTab", "Effectieve korting gekopieerd"))

    def _changed(self, dossier_id: int | None) -> None:
        # the table itself follows the session's notices; this only tells listeners
        self.changed.emit()

    def _failed(self, message: str) -> None:
        self._say(message, error=True)

    # -- for tests and the window ---------------------------------------------------------

    def select_row(self, proxy_row: int) -> None:
        self.view.selectRow(proxy_row)

    def index_of(self, bid_id: int, column: Column = Column.DATE) -> QModelIndex:
        row = self.model.row_of(bid_id)
        if row < 0:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, column))
