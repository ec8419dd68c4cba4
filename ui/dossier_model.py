"""The dossier list: a table model over the vault's dossiers, and its filter proxy.

Each row shows brand, indication, phase, the verdict of the last bid against the
mandate (as text *and* colour) and the days until that bid's arrangement ends. The
verdict comes from :func:`mandaat.engine.assess`; this module only words and colours it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from mandaat.describe import latest_supplier_bid, renewal_due
from mandaat.engine import verdict_rank
from mandaat.model import Bid, Dossier, Phase
from mandaat.vault.session import Session
from ui.assessments import Assessments, for_session
from ui.table_model import EnumTableModel
from ui.words import WORDS

Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("DossierModel", text)


#: the "ends in" cell from 6 months before the end (amber, as a warning; dark text on it)
RENEWAL_COLOUR = "#ffd27f"


class Column(IntEnum):
    BRAND = 0
    INDICATION = 1
    PHASE = 2
    VERDICT = 3
    DAYS_LEFT = 4


HEADERS = {
    Column.BRAND: QT_TRANSLATE_NOOP("DossierModel", "Geneesmiddel"),
    Column.INDICATION: QT_TRANSLATE_NOOP("DossierModel", "Indicatie"),
    Column.PHASE: QT_TRANSLATE_NOOP("DossierModel", "Fase"),
    Column.VERDICT: QT_TRANSLATE_NOOP("DossierModel", "Laatste bod"),
    Column.DAYS_LEFT: QT_TRANSLATE_NOOP("DossierModel", "Einde over"),
}

PHASE_LABELS: dict[Phase, str] = {
    Phase.INDIENING: QT_TRANSLATE_NOOP("DossierModel", "Indiening"),
    Phase.BEOORDELING: QT_TRANSLATE_NOOP("DossierModel", "Beoordeling"),
    Phase.ONDERHANDELING: QT_TRANSLATE_NOOP("DossierModel", "Onderhandeling"),
    Phase.AKKOORD: QT_TRANSLATE_NOOP("DossierModel", "Akkoord"),
    Phase.SLUIS_GECONTINUEERD: QT_TRANSLATE_NOOP("DossierModel", "Sluis gecontinueerd"),
    Phase.HERBEOORDELING: QT_TRANSLATE_NOOP("DossierModel", "Herbeoordeling"),
    Phase.GEEN_AKKOORD: QT_TRANSLATE_NOOP("DossierModel", "Geen akkoord"),
    Phase.INGETROKKEN: QT_TRANSLATE_NOOP("DossierModel", "Ingetrokken"),
}

#: Verdict code → the words shown (a sign plus text: never colour alone).
VERDICT_LABELS: dict[str, str] = {
    "meets": QT_TRANSLATE_NOOP("DossierModel", "✓ voldoet"),
    "fails": QT_TRANSLATE_NOOP("DossierModel", "✗ voldoet niet"),
    "depends": QT_TRANSLATE_NOOP("DossierModel", "≈ hangt af"),
    "judgement": QT_TRANSLATE_NOOP("DossierModel", "? oordeel nodig"),
}
#: Verdict code → a soft background; the text stays dark for contrast.
VERDICT_COLOURS: dict[str, str] = {
    "meets": "#d6efd8",
    "fails": "#f6d5d8",
    "depends": "#fbecc0",
    "judgement": "#dce6f5",
}

#: Extra roles: the value to sort on, and the Dossier behind the row.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
DOSSIER_ROLE = Qt.ItemDataRole.UserRole + 2


def verdict_label(code: str | None) -> str:
    return (
        _t(VERDICT_LABELS[code])
        if code in VERDICT_LABELS
        else QCoreApplication.translate("DossierModel", "geen bod")
    )


def phase_label(phase: Phase) -> str:
    """The translated name of a phase."""
    return _t(PHASE_LABELS[phase]) if phase in PHASE_LABELS else str(phase)


def verdict_brush(code: str | None) -> QBrush | None:
    return QBrush(QColor(VERDICT_COLOURS[code])) if code in VERDICT_COLOURS else None


@dataclass(frozen=True)
class DossierRow:
    """What the list shows for one dossier."""

    dossier: Dossier
    last_bid: Bid | None
    verdict: str | None  # code of the last bid against the mandate; None: no bid/no verdict
    problem: str = ""  # why there is no verdict (an engine message), else ""
    days_left: int | None = None
    renewal_due: bool = False  # the end is 6 months away or less (or past)


def summarize(
    dossier: Dossier,
    bids: list[Bid],
    today: dt.date,
    assessments: Assessments | None = None,
) -> DossierRow:
    """The row for one dossier; ``bids`` are the dossier's bids in the vault's order
    (date, round), so the last one is the latest bid (only the supplier's latest counts:
    passing just that one is enough). ``assessments``: the views' shared cache."""
    last = latest_supplier_bid(bids)  # a VWS counter-offer is never the dossier's verdict
    if last is None:
        return DossierRow(dossier, None, None)
    days = None if last.end_date is None else (last.end_date - today).days
    due = renewal_due(last.end_date, today)
    answer = (assessments or Assessments()).get(dossier, last)
    if answer.assessment is None:
        return DossierRow(dossier, last, None, answer.error, days, due)
    verdict = answer.assessment.mandate
    return DossierRow(dossier, last, None if verdict is None else verdict.code, "", days, due)


def summarize_one(session: Session, dossier: Dossier, today: dt.date) -> DossierRow:
    """The row of one dossier, its latest supplier bid read alone."""
    latest = session.latest_supplier_bids(dossier.id)
    last = latest.get(dossier.id or -1)
    return summarize(dossier, [] if last is None else [last], today, for_session(session))


def load_rows(session: Session, today: dt.date) -> list[DossierRow]:
    """Every dossier's row: one bid read and (at most) one assessment per dossier."""
    latest = session.latest_supplier_bids()
    cache = for_session(session)
    rows = []
    for d in session.dossiers():
        last = latest.get(d.id or -1)
        rows.append(summarize(d, [] if last is None else [last], today, cache))
    return rows


class DossierTableModel(EnumTableModel):
    """Rows of :class:`DossierRow`; one column per :class:`Column`."""

    COLUMNS = Column
    HEADERS = HEADERS
    CONTEXT = "DossierModel"

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[DossierRow] = []

    def row_count(self) -> int:
        return len(self._rows)

    # -- Qt ------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = Column(index.column())
        if role == DOSSIER_ROLE:
            return row.dossier
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, col)
        if role == SORT_ROLE:
            return self._sort_key(row, col)
        if role == Qt.ItemDataRole.BackgroundRole and col is Column.VERDICT:
            return verdict_brush(row.verdict)
        if role == Qt.ItemDataRole.ForegroundRole and col is Column.VERDICT and row.verdict:
            return QBrush(QColor("#1d1d1d"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.BackgroundRole and col is Column.DAYS_LEFT and row.renewal_due:
            return QBrush(QColor(RENEWAL_COLOUR))
        if role == Qt.ItemDataRole.ForegroundRole and col is Column.DAYS_LEFT and row.renewal_due:
            return QBrush(QColor("#1d1d1d"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col is Column.DAYS_LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # -- content -------------------------------------------------------------------

    def _text(self, row: DossierRow, col: Column) -> str:
        d = row.dossier
        if col is Column.BRAND:
            return d.brand
        if col is Column.INDICATION:
            return d.indication
        if col is Column.PHASE:
            return phase_label(d.phase)
        if col is Column.VERDICT:
            if row.last_bid is not None and row.verdict is None:
                return QCoreApplication.translate("DossierModel", "— geen berekening")
            return verdict_label(row.verdict)
        if row.days_left is None:
            return "—"
        if row.days_left < 0:
            text = QCoreApplication.translate("DossierModel", "verlopen")
        else:
            text = QCoreApplication.translate("DossierModel", "loopt af over %1").replace(
                "%1", WORDS.count("days", row.days_left)
            )
        if row.renewal_due:  # said in words, not by colour alone
            text = "⚠ " + text
        return text

    def _sort_key(self, row: DossierRow, col: Column) -> object:
        if col is Column.VERDICT:
            return -1 if row.verdict is None else verdict_rank(row.verdict)
        if col is Column.DAYS_LEFT:
            return 10**9 if row.days_left is None else row.days_left
        if col is Column.PHASE:
            return list(Phase).index(row.dossier.phase)
        return self._text(row, col).casefold()

    def _tooltip(self, row: DossierRow, col: Column) -> str | None:
        if col is Column.VERDICT:
            if row.problem:
                return row.problem
            if row.last_bid is None:
                return QCoreApplication.translate("DossierModel", "Nog geen bod in dit dossier")
            return (
                QCoreApplication.translate(
                    "DossierModel", "Laatste bod (%1, ronde %2) tegen het mandaat"
                )
                .replace("%1", row.last_bid.date.strftime("%d-%m-%Y"))
                .replace("%2", str(row.last_bid.round))
            )
        if col is Column.DAYS_LEFT and row.days_left is not None and row.last_bid is not None:
            end = row.last_bid.end_date
            text = QCoreApplication.translate(
                "DossierModel", "Het arrangement van het laatste bod loopt tot %1"
            ).replace("%1", end.strftime("%d-%m-%Y") if end else "?")
            if row.renewal_due:
                text += "\n" + QCoreApplication.translate(
                    "DossierModel",
                    "Minder dan 6 maanden te gaan: tijd om over verlenging te praten",
                )
            return text
        if col is Column.DAYS_LEFT and row.days_left is None:
            if row.last_bid is None:
                return QCoreApplication.translate("DossierModel", "Geen bod")
            return QCoreApplication.translate(
                "DossierModel", "Het laatste bod heeft geen startdatum"
            )
        return None

    # -- changes -------------------------------------------------------------------

    def set_rows(self, rows: list[DossierRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[DossierRow]:
        return list(self._rows)

    def row_of(self, dossier_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.dossier.id == dossier_id:
                return i
        return -1

    def upsert(self, row: DossierRow) -> int:
        """Replace the row of the same dossier, or append it; returns its row number."""
        assert row.dossier.id is not None
        i = self.row_of(row.dossier.id)
        if i >= 0:
            self._rows[i] = row
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(Column) - 1))
            return i
        i = len(self._rows)
        self.beginInsertRows(QModelIndex(), i, i)
        self._rows.append(row)
        self.endInsertRows()
        return i

    def remove(self, dossier_id: int) -> None:
        i = self.row_of(dossier_id)
        if i < 0:
            return
        self.beginRemoveRows(QModelIndex(), i, i)
        del self._rows[i]
        self.endRemoveRows()


class DossierFilterProxy(QSortFilterProxyModel):
    """Sorts on :data:`SORT_ROLE`; filters on a search text and a phase."""

    def __init__(self, parent: object | None = None, two_line_brand: bool = False) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setSortRole(SORT_ROLE)
        self.two_line_brand = two_line_brand
        self._text = ""
        self._phase: Phase | None = None

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_phase(self, phase: Phase | None) -> None:
        self.beginFilterChange()
        self._phase = phase
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """With ``two_line_brand`` the brand cell shows the indication under the brand
        (the list is narrow; the indication column is then hidden in the view)."""
        if (
            self.two_line_brand
            and role == Qt.ItemDataRole.DisplayRole
            and index.isValid()
            and index.column() == Column.BRAND
        ):
            d = super().data(index, DOSSIER_ROLE)
            if isinstance(d, Dossier):
                return f"{d.brand}\n{d.indication}" if d.indication else d.brand
        return super().data(index, role)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        d = model.data(model.index(source_row, 0, source_parent), DOSSIER_ROLE)
        if not isinstance(d, Dossier):
            return False
        if self._phase is not None and d.phase is not self._phase:
            return False
        if not self._text:
            return True
        haystack = " ".join((d.brand, d.substance, d.indication, d.supplier)).casefold()
        return all(word in haystack for word in self._text.split())
