"""The import preview as two tables: the problems, and every row with its fate.

:class:`ProblemsModel` lists each problem at its sheet, row and column (letter and
header as written), with the value and the core's Dutch explanation.
:class:`ImportRowsModel` lists every dossier and bid row of the workbook with what the
import does with it (new, updated, already present, refused); a row with a problem is
marked in text (⚠ and the number of problems) and colour, never colour alone, and its
tooltip names the problems. The words come from the core (:mod:`mandaat.importing`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from mandaat.importing import Problem
from mandaat.importing.apply import BidItem, DossierItem, ImportPlan
from mandaat.model import Party
from ui import formatting as fmt
from ui.table_model import EnumTableModel
from ui.words import WORDS, import_problem_text

_Index = QModelIndex | QPersistentModelIndex
#: The (sheet, row) of a table row: to find the same row in the other table.
LOCATION_ROLE = Qt.ItemDataRole.UserRole + 1

PROBLEM_BG = QBrush(QColor("#fde2e1"))
PROBLEM_FG = QBrush(QColor("#8a1c13"))


def _t(text: object) -> str:
    return QCoreApplication.translate("ImportWizard", str(text))


# --------------------------------------------------------------------------- problems


class ProblemColumn(IntEnum):
    SHEET = 0
    ROW = 1
    COLUMN = 2
    HEADER = 3
    VALUE = 4
    PROBLEM = 5


PROBLEM_HEADERS = {
    ProblemColumn.SHEET: QT_TRANSLATE_NOOP("ImportWizard", "Blad"),
    ProblemColumn.ROW: QT_TRANSLATE_NOOP("ImportWizard", "Rij"),
    ProblemColumn.COLUMN: QT_TRANSLATE_NOOP("ImportWizard", "Kolom"),
    ProblemColumn.HEADER: QT_TRANSLATE_NOOP("ImportWizard", "Kop"),
    ProblemColumn.VALUE: QT_TRANSLATE_NOOP("ImportWizard", "Waarde"),
    ProblemColumn.PROBLEM: QT_TRANSLATE_NOOP("ImportWizard", "Probleem"),
}


def where(problem: Problem) -> str:
    """``Biedingen, rij 4, kolom F (Korting (%))``: the cell in words."""
    text = (
        QCoreApplication.translate("ImportWizard", "%1, rij %2")
        .replace("%1", problem.sheet)
        .replace("%2", str(problem.row))
        if problem.row
        else problem.sheet
    )
    if problem.column:
        text += QCoreApplication.translate("ImportWizard", ", kolom %1").replace(
            "%1", problem.column
        )
        if problem.header:
            text += f" ({problem.header})"
    return text


class ProblemsModel(EnumTableModel):
    """Every problem of a plan (or of a read workbook), in sheet and row order."""

    COLUMNS = ProblemColumn
    HEADERS = PROBLEM_HEADERS
    CONTEXT = "ImportWizard"

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._problems: list[Problem] = []

    def row_count(self) -> int:
        return len(self._problems)

    def set_problems(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def problem(self, row: int) -> Problem | None:
        return self._problems[row] if 0 <= row < len(self._problems) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        p = self.problem(index.row())
        if p is None:
            return None
        col = ProblemColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(p, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{where(p)}: {import_problem_text(p)}"
        if role == LOCATION_ROLE:
            return (p.sheet, p.row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col is ProblemColumn.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col is ProblemColumn.PROBLEM:
            return PROBLEM_FG
        return None

    @staticmethod
    def _text(p: Problem, col: ProblemColumn) -> str:
        if col is ProblemColumn.SHEET:
            return p.sheet
        if col is ProblemColumn.ROW:
            return str(p.row) if p.row else "—"
        if col is ProblemColumn.COLUMN:
            return p.column or "—"
        if col is ProblemColumn.HEADER:
            return p.header
        if col is ProblemColumn.VALUE:
            return p.value
        return import_problem_text(p)


# --------------------------------------------------------------------------- rows


class RowColumn(IntEnum):
    SHEET = 0
    ROW = 1
    KIND = 2
    DRUG = 3
    DETAILS = 4
    STATUS = 5


ROW_HEADERS = {
    RowColumn.SHEET: QT_TRANSLATE_NOOP("ImportWizard", "Blad"),
    RowColumn.ROW: QT_TRANSLATE_NOOP("ImportWizard", "Rij"),
    RowColumn.KIND: QT_TRANSLATE_NOOP("ImportWizard", "Soort"),
    RowColumn.DRUG: QT_TRANSLATE_NOOP("ImportWizard", "Geneesmiddel"),
    RowColumn.DETAILS: QT_TRANSLATE_NOOP("ImportWizard", "Gegevens"),
    RowColumn.STATUS: QT_TRANSLATE_NOOP("ImportWizard", "Wat er gebeurt"),
}

STATUS_LABELS = {
    "new": QT_TRANSLATE_NOOP("ImportWizard", "nieuw"),
    "updated": QT_TRANSLATE_NOOP("ImportWizard", "aangevuld"),
    "present": QT_TRANSLATE_NOOP("ImportWizard", "al aanwezig"),
    "refused": QT_TRANSLATE_NOOP("ImportWizard", "geweigerd"),
}


@dataclass(frozen=True)
class PreviewRow:
    sheet: str
    row: int
    kind: str  # "dossier" | "bid"
    drug: str
    #: the plan's item for the row: its details are worked out when first shown
    #: (a 100,000-row workbook would otherwise keep the window busy for seconds)
    item: BidItem | DossierItem = field(compare=False, repr=False)
    status: str
    problems: tuple[Problem, ...]

    @functools.cached_property
    def details(self) -> str:
        if isinstance(self.item, DossierItem):
            return _dossier_details(self.item)
        return _bid_details(self.item)


def _bid_details(item: BidItem) -> str:
    b = item.bid
    if b is None:
        return item.indication
    a = b.arrangement
    parts = [
        fmt.date(b.date),
        QCoreApplication.translate("ImportWizard", "ronde %1").replace("%1", str(b.round)),
    ]
    parts.append(
        QCoreApplication.translate("ImportWizard", "VWS")
        if b.party is Party.VWS
        else QCoreApplication.translate("ImportWizard", "leverancier")
    )
    if a.discount_pct is not None:
        parts.append(
            QCoreApplication.translate("ImportWizard", "korting %1").replace(
                "%1", fmt.percent(a.discount_pct)
            )
        )
    if a.net_price_per_patient is not None:
        parts.append(
            QCoreApplication.translate("ImportWizard", "nettoprijs %1").replace(
                "%1", fmt.money(a.net_price_per_patient)
            )
        )
    if a.annual_cap is not None:
        parts.append(
            QCoreApplication.translate("ImportWizard", "plafond %1 per jaar").replace(
                "%1", fmt.money(a.annual_cap, cents=False)
            )
        )
    parts.append(WORDS.count("years", b.duration_years))
    return " · ".join(parts)


def _dossier_details(item: DossierItem) -> str:
    d = item.dossier
    parts = [item.indication] if item.indication else []
    if d is not None and d.asking_price is not None:
        parts.append(
            QCoreApplication.translate("ImportWizard", "vraagprijs %1").replace(
                "%1", fmt.money(d.asking_price, cents=False)
            )
        )
    if d is not None and d.advice_text:
        text = " ".join(d.advice_text.split())
        parts.append(text if len(text) <= 60 else text[:59] + "…")
    return " · ".join(parts)


def preview_rows(plan: ImportPlan) -> list[PreviewRow]:
    """Every row of the plan in sheet order, each with its own problems."""
    by_row: dict[tuple[str, int], list[Problem]] = {}
    for p in plan.problems:
        by_row.setdefault((p.sheet, p.row), []).append(p)
    rows: list[PreviewRow] = []
    for d in plan.dossier_items:
        rows.append(
            PreviewRow(
                d.sheet,
                d.row,
                "dossier",
                d.drug,
                d,
                d.status,
                tuple(by_row.get((d.sheet, d.row), ())),
            )
        )
    for b in plan.bid_items:
        drug = b.drug if b.target is None else plan.targets[b.target].brand
        rows.append(
            PreviewRow(
                b.sheet,
                b.row,
                "bid",
                drug,
                b,
                b.status,
                tuple(by_row.get((b.sheet, b.row), ())),
            )
        )
    order = {title: i for i, title in enumerate(plan.sheets)}
    rows.sort(key=lambda r: (order.get(r.sheet, len(order)), r.row))
    return rows


class ImportRowsModel(EnumTableModel):
    """Every row of the workbook and its fate; rows with a problem are marked."""

    COLUMNS = RowColumn
    HEADERS = ROW_HEADERS
    CONTEXT = "ImportWizard"

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[PreviewRow] = []
        self._where: dict[tuple[str, int], int] = {}

    def row_count(self) -> int:
        return len(self._rows)

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._where = {(r.sheet, r.row): i for i, r in enumerate(self._rows)}
        self.endResetModel()

    def row_of(self, sheet: str, row: int) -> int:
        """The table row of a workbook row, or -1."""
        return self._where.get((sheet, row), -1)

    def preview_row(self, row: int) -> PreviewRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self.preview_row(index.row())
        if r is None:
            return None
        col = RowColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if r.problems:
                return "\n".join(f"{where(p)}: {import_problem_text(p)}" for p in r.problems)
            return self._text(r, col)
        if role == LOCATION_ROLE:
            return (r.sheet, r.row)
        if role == Qt.ItemDataRole.BackgroundRole and r.problems:
            return PROBLEM_BG
        if role == Qt.ItemDataRole.ForegroundRole and r.problems and col is RowColumn.STATUS:
            return PROBLEM_FG
        if role == Qt.ItemDataRole.TextAlignmentRole and col is RowColumn.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(r: PreviewRow, col: RowColumn) -> str:
        if col is RowColumn.SHEET:
            return r.sheet
        if col is RowColumn.ROW:
            return str(r.row)
        if col is RowColumn.KIND:
            return (
                QCoreApplication.translate("ImportWizard", "dossier")
                if r.kind == "dossier"
                else QCoreApplication.translate("ImportWizard", "bod")
            )
        if col is RowColumn.DRUG:
            return r.drug
        if col is RowColumn.DETAILS:
            return r.details
        status = _t(STATUS_LABELS.get(r.status, r.status))
        columns = sorted({p.column for p in r.problems}, key=lambda c: (len(c), c))
        if r.problems and all(p.column for p in r.problems):
            text = (
                QCoreApplication.translate("ImportWizard", "kolom %1")
                if len(columns) == 1
                else QCoreApplication.translate("ImportWizard", "kolommen %1")
            )
            return f"⚠ {status} — " + text.replace("%1", ", ".join(columns))
        if r.problems:
            n = len(r.problems)
            note = (
                QCoreApplication.translate("ImportWizard", "1 probleem")
                if n == 1
                else QCoreApplication.translate("ImportWizard", "%1 problemen").replace(
                    "%1", str(n)
                )
            )
            return f"⚠ {status} — {note}"
        return status
