"""The bids of one dossier as a table: figures from the engine, words from the core.

Columns are :class:`Column`. Besides the display text every cell answers
:data:`SORT_ROLE` (the raw value, for the proxy's sorting) and :data:`BID_ROLE` (the
:class:`~mandaat.model.Bid` of the row); verdict cells carry a tooltip with the reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from mandaat import engine
from mandaat.engine import Assessment, Verdict
from mandaat.model import Bid, Dossier
from ui import formatting as fmt
from ui.assessments import Assessments
from ui.table_model import EnumTableModel
from ui.words import WORDS

SORT_ROLE = Qt.ItemDataRole.UserRole
BID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The verdict code (``meets`` …) of a verdict cell; None elsewhere.
CODE_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def _euros(value: Decimal) -> str:
    """Whole euros: the engine's exact cent (a strict bound) never reaches the screen."""
    return fmt.money(value, cents=False)


def _tr(text: str) -> str:
    return QCoreApplication.translate("BidsModel", text)


class Column(IntEnum):
    DATE = 0
    ROUND = 1
    PARTY = 2
    ARRANGEMENT = 3
    EFFECTIVE = 4
    LOW = 5
    HIGH = 6
    MANDATE = 7
    MARGIN = 8
    GAP = 9
    ADVICE = 10
    END = 11


#: Always shown: at 1366 px wide these fit beside the dossier list without scrolling.
ESSENTIAL = (
    Column.DATE,
    Column.PARTY,
    Column.ARRANGEMENT,
    Column.EFFECTIVE,
    Column.MANDATE,
    Column.GAP,
    Column.ADVICE,
)
#: Hidden until chosen from the header's menu (right-click).
HIDDEN_BY_DEFAULT = (Column.ROUND, Column.LOW, Column.HIGH, Column.MARGIN, Column.END)


HEADERS: dict[Column, tuple[str, str]] = {
    Column.DATE: (
        QT_TRANSLATE_NOOP("BidsModel", "Datum"),
        QT_TRANSLATE_NOOP("BidsModel", "Datum van het bod"),
    ),
    Column.ROUND: (
        QT_TRANSLATE_NOOP("BidsModel", "Ronde"),
        QT_TRANSLATE_NOOP("BidsModel", "Onderhandelingsronde"),
    ),
    Column.PARTY: (
        QT_TRANSLATE_NOOP("BidsModel", "Partij"),
        QT_TRANSLATE_NOOP("BidsModel", "Bod van de leverancier of tegenbod van VWS"),
    ),
    Column.ARRANGEMENT: (
        QT_TRANSLATE_NOOP("BidsModel", "Regeling"),
        QT_TRANSLATE_NOOP("BidsModel", "De onderdelen van de financiële regeling"),
    ),
    Column.EFFECTIVE: (
        QT_TRANSLATE_NOOP("BidsModel", "Effectief\n(verwacht)"),
        QT_TRANSLATE_NOOP(
            "BidsModel",
            "Effectieve korting op de vraagprijs over de looptijd, verwacht aantal patiënten",
        ),
    ),
    Column.LOW: (
        QT_TRANSLATE_NOOP("BidsModel", "Laag"),
        QT_TRANSLATE_NOOP(
            "BidsModel", "Effectieve korting bij 0,75 × het verwachte aantal patiënten"
        ),
    ),
    Column.HIGH: (
        QT_TRANSLATE_NOOP("BidsModel", "Hoog"),
        QT_TRANSLATE_NOOP(
            "BidsModel", "Effectieve korting bij 1,25 × het verwachte aantal patiënten"
        ),
    ),
    Column.MANDATE: (
        QT_TRANSLATE_NOOP("BidsModel", "Oordeel\nmandaat"),
        QT_TRANSLATE_NOOP("BidsModel", "Het bod tegen het mandaat (standaard: het advies)"),
    ),
    Column.MARGIN: (
        QT_TRANSLATE_NOOP("BidsModel", "Marge"),
        QT_TRANSLATE_NOOP("BidsModel", "Effectieve korting min de ondergrens van het mandaat"),
    ),
    Column.GAP: (
        QT_TRANSLATE_NOOP("BidsModel", "Tekort\nper jaar"),
        QT_TRANSLATE_NOOP("BidsModel", "Wat de leverancier per jaar nog moet geven om te voldoen"),
    ),
    Column.ADVICE: (
        QT_TRANSLATE_NOOP("BidsModel", "Oordeel\nadvies"),
        QT_TRANSLATE_NOOP("BidsModel", "Het bod tegen het advies van het Zorginstituut"),
    ),
    Column.END: (
        QT_TRANSLATE_NOOP("BidsModel", "Einddatum"),
        QT_TRANSLATE_NOOP("BidsModel", "Laatste dag van de regeling (start + looptijd)"),
    ),
}

#: Text and background per verdict code: readable on light and dark rows, never alone.
VERDICT_COLOURS: dict[str, tuple[str, str]] = {
    "meets": ("#0b5d1e", "#d8f0dc"),
    "fails": ("#8a1111", "#f8d7d7"),
    "depends": ("#6b4a00", "#fdecc8"),
    "judgement": ("#213f8f", "#dde6fa"),
}

_NUMERIC = {
    Column.ROUND,
    Column.EFFECTIVE,
    Column.LOW,
    Column.HIGH,
    Column.MARGIN,
    Column.GAP,
}


@dataclass(frozen=True)
class BidRow:
    """One bid and what the engine says about it (``error``: an engine message)."""

    bid: Bid
    assessment: Assessment | None
    error: str = ""

    def scenario_pct(self, name: str) -> Decimal | None:
        if self.assessment is None or name not in self.assessment.scenarios:
            return None
        return self.assessment.scenarios[name].effective_pct


#: Columns whose sort value is the bid's own (no assessment needed to sort on them).
_PLAIN_SORT = {Column.DATE, Column.ROUND, Column.PARTY, Column.END}


def _plain_sort(bid: Bid, col: Column) -> Any:
    if col == Column.DATE:
        return bid.date.toordinal() * 100 + bid.round
    if col == Column.ROUND:
        return bid.round
    if col == Column.PARTY:
        return bid.party.value
    end = bid.end_date
    return None if end is None else end.toordinal()


class BidsModel(EnumTableModel):
    """Read-only table of a dossier's bids; edits go through Session and commands.

    A row is assessed when it is first asked for (shown, sorted on a verdict, filtered),
    not when the bids are set: at 100,000 bids the table appears at once, and only what
    the user sees costs the engine's exact arithmetic. The answers come from (and stay
    in) ``assessments``, which the window's other views share.
    """

    COLUMNS = Column
    HEADERS = HEADERS
    CONTEXT = "BidsModel"

    def __init__(self, parent: Any = None, assessments: Assessments | None = None) -> None:
        super().__init__(parent)
        self._bids: Sequence[Bid] = []
        self._rows: list[BidRow | None] = []
        self._dossier: Dossier | None = None
        self.assessments = assessments or Assessments()
        self._sort_key: tuple[Column, Qt.SortOrder] | None = None

    # -- contents -----------------------------------------------------------------

    def set_bids(self, dossier: Dossier | None, bids: Sequence[Bid]) -> None:
        """Show ``bids`` (a list, or the vault's lazily parsed StoredBids, kept as is)."""
        self.beginResetModel()
        self._dossier = dossier
        self._bids = bids if getattr(bids, "in_vault_order", False) else list(bids)
        self._rows = [None] * len(self._bids)
        self._apply_sort()
        self.endResetModel()

    # -- sorting ------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves, one key per row (Python's sort), instead of letting
        the proxy ask :meth:`data` twice per comparison: 25,000 bids by date in a few
        milliseconds (they come in date order). A verdict or figure column assesses
        every row once."""
        if not 0 <= column < len(Column):
            return
        self._sort_key = (Column(column), order)
        self.layoutAboutToBeChanged.emit()
        before = list(self.persistentIndexList())
        rows_before = [i.row() for i in before]
        order_ids = [id(b) for b in self._bids]
        self._apply_sort()
        where = {ident: n for n, ident in enumerate(id(b) for b in self._bids)}
        after = [
            self.index(where[order_ids[r]], i.column()) if 0 <= r < len(order_ids) else i
            for i, r in zip(before, rows_before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sort_key is None or not self._bids:
            return
        col, order = self._sort_key
        if (
            col == Column.DATE
            and order == Qt.SortOrder.AscendingOrder
            and getattr(self._bids, "in_vault_order", False)
        ):
            return  # the vault's order is (date, round, id): already sorted
        if col in _PLAIN_SORT:
            keys = [_plain_sort(b, col) for b in self._bids]
        else:
            keys = [self._sort(self.row(i), col) for i in range(len(self._bids))]
        # None first when ascending, as Qt's proxy puts an empty value first
        perm = sorted(
            range(len(self._bids)),
            key=lambda i: (keys[i] is not None, keys[i] if keys[i] is not None else 0),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        if perm == list(range(len(perm))):
            return
        self._bids = [self._bids[i] for i in perm]
        self._rows = [self._rows[i] for i in perm]

    def clear(self) -> None:
        self.set_bids(None, [])

    def dossier(self) -> Dossier | None:
        return self._dossier

    def row(self, row: int) -> BidRow:
        """The bid of ``row`` with the engine's answer (made now if not yet made)."""
        found = self._rows[row]
        if found is None:
            bid = self._bids[row]
            if self._dossier is None:
                found = BidRow(bid, None, "")
            else:
                answer = self.assessments.get(self._dossier, bid)
                found = BidRow(bid, answer.assessment, answer.error)
            self._rows[row] = found
        return found

    def bid(self, row: int) -> Bid:
        """The bid of ``row`` (no assessment needed)."""
        return self._bids[row]

    def bids(self) -> list[Bid]:
        return list(self._bids)

    def rounds(self) -> list[int]:
        """Every row's round (without parsing every bid where the vault gave them)."""
        rounds = getattr(self._bids, "rounds", None)
        return list(rounds()) if rounds is not None else [b.round for b in self._bids]

    def row_of(self, bid_id: int | None) -> int:
        ids = getattr(self._bids, "ids", None)
        if ids is not None:
            found: list[int] = ids()
            return found.index(bid_id) if bid_id in found else -1
        for i, b in enumerate(self._bids):
            if b.id == bid_id:
                return i
        return -1

    # -- Qt -------------------------------------------------------------------------

    def row_count(self) -> int:
        return len(self._bids)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(Column)
        ):
            if Column(section) in _NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._bids):
            return None
        col = Column(index.column())
        if role == BID_ROLE:
            return self._bids[index.row()]
        if role == SORT_ROLE and col in _PLAIN_SORT:
            return _plain_sort(self._bids[index.row()], col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in _NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole) and (
            col not in (Column.MANDATE, Column.ADVICE)
        ):
            return None
        row = self.row(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == SORT_ROLE:
            return self._sort(row, col)
        if role == CODE_ROLE:
            v = self._verdict(row, col)
            return None if v is None else v.code
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            v = self._verdict(row, col)
            if v is None:
                return None
            text, back = VERDICT_COLOURS.get(v.code, ("#000000", "#ffffff"))
            colour = text if role == Qt.ItemDataRole.ForegroundRole else back
            return QBrush(QColor(colour))
        return None

    # -- cells --------------------------------------------------------------------

    @staticmethod
    def _verdict(row: BidRow, col: Column) -> Verdict | None:
        if row.assessment is None:
            return None
        if col == Column.MANDATE:
            return row.assessment.mandate
        if col == Column.ADVICE:
            return row.assessment.advice
        return None

    def _display(self, row: BidRow, col: Column) -> str:
        bid, a = row.bid, row.assessment
        mandate = a.mandate if a else None
        if col == Column.DATE:
            return fmt.date(bid.date)
        if col == Column.ROUND:
            return str(bid.round)
        if col == Column.PARTY:
            return WORDS.party(bid.party)
        if col == Column.ARRANGEMENT:
            return WORDS.arrangement(bid.arrangement)
        if col == Column.EFFECTIVE:
            return fmt.percent(row.scenario_pct("expected")) if a else "—"
        if col == Column.LOW:
            return fmt.percent(row.scenario_pct("low")) if a else "—"
        if col == Column.HIGH:
            return fmt.percent(row.scenario_pct("high")) if a else "—"
        if col == Column.MANDATE:
            if row.error:
                return QCoreApplication.translate("BidsModel", "niet te berekenen")
            return WORDS.verdict(mandate.code if mandate else None)
        if col == Column.MARGIN:
            return fmt.points(mandate.margin_pp) if mandate else "—"
        if col == Column.GAP:
            if mandate is None:
                return "—"
            worst = mandate.failing_worst
            if worst is not None:
                # a depends never shows € 0 while a scenario fails: the worst one's gap
                return "(" + fmt.money(worst.bound.gap_per_year, cents=False) + ")"
            return fmt.money(mandate.gap_eur_per_year, cents=False)
        if col == Column.ADVICE:
            if row.error:
                return QCoreApplication.translate("BidsModel", "niet te berekenen")
            return WORDS.verdict(a.advice.code if a and a.advice else None)
        if col == Column.END:
            return fmt.date(bid.end_date)
        return ""  # pragma: no cover

    def _sort(self, row: BidRow, col: Column) -> Any:
        bid, a = row.bid, row.assessment
        mandate = a.mandate if a else None

        def num(value: Decimal | None) -> float | None:
            return None if value is None else float(value)

        if col == Column.DATE:
            return bid.date.toordinal() * 100 + bid.round
        if col == Column.ROUND:
            return bid.round
        if col == Column.PARTY:
            return bid.party.value
        if col == Column.ARRANGEMENT:
            return self._display(row, col)
        if col == Column.EFFECTIVE:
            return num(row.scenario_pct("expected"))
        if col == Column.LOW:
            return num(row.scenario_pct("low"))
        if col == Column.HIGH:
            return num(row.scenario_pct("high"))
        if col in (Column.MANDATE, Column.ADVICE):
            v = self._verdict(row, col)
            return None if v is None else engine.verdict_rank(v.code)
        if col == Column.MARGIN:
            return num(mandate.margin_pp) if mandate else None
        if col == Column.GAP:
            return num(mandate.gap_eur_per_year) if mandate else None
        if col == Column.END:
            end = bid.end_date
            return None if end is None else end.toordinal()
        return None  # pragma: no cover

    def _tooltip(self, row: BidRow, col: Column) -> str | None:
        if row.error:
            return row.error
        a = row.assessment
        if col == Column.ARRANGEMENT:
            return _arrangement_tooltip(row.bid)
        if col in (Column.MANDATE, Column.MARGIN, Column.GAP) and a and a.mandate:
            text = WORDS.explain(a.mandate, "mandate")
            if a.mandate_weaker_than_advice:
                text += "\n" + QCoreApplication.translate(
                    "BidsModel", "Let op: het mandaat is zwakker dan het advies"
                )
            return text
        if col == Column.ADVICE and a and a.advice:
            return WORDS.explain(a.advice, "advice")
        if col in (Column.EFFECTIVE, Column.LOW, Column.HIGH):
            return _tr(HEADERS[col][1])
        if col == Column.END and row.bid.start_date is None:
            return QCoreApplication.translate(
                "BidsModel", "Geen startdatum: de einddatum is niet bekend"
            )
        return None


def _arrangement_tooltip(bid: Bid) -> str:
    a = bid.arrangement
    lines = [
        WORDS.arrangement(a),
        QCoreApplication.translate("BidsModel", "Looptijd: {years}").format(
            years=WORDS.count("years", bid.duration_years)
        ),
    ]
    for i, t in enumerate(sorted(a.tiers, key=lambda t: t.threshold), start=1):
        basis = (
            fmt.number(t.threshold, 0) + " " + QCoreApplication.translate("BidsModel", "patiënten")
            if a.tier_basis == "volume"
            else fmt.money(t.threshold, cents=False)
        )
        lines.append(
            QCoreApplication.translate("BidsModel", "Trede {i}: boven {basis} extra {pct}").format(
                i=i, basis=basis, pct=fmt.percent(t.discount_pct)
            )
        )
    if bid.conditions:
        lines.append(
            QCoreApplication.translate("BidsModel", "Voorwaarden: {text}").format(
                text=bid.conditions
            )
        )
    return "\n".join(lines)


class BidsProxy(QSortFilterProxyModel):
    """Sorts on :data:`SORT_ROLE`, filters on any column's text, case-insensitive."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts itself (:meth:`BidsModel.sort`); this proxy keeps its
        order and only filters."""
        source = self.sourceModel()
        if isinstance(source, BidsModel):
            source.sort(column, order)
        else:  # pragma: no cover
            super().sort(column, order)
