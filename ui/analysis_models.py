"""The tables under the selected bid (issue 17): its money per year, and its sensitivity.

Two :class:`~ui.table_model.EnumTableModel` adapters over core objects (figures from
:mod:`mandaat.engine`, row order from :mod:`mandaat.export.tables`); each cell answers its
display text and :data:`VALUE_ROLE` (the exact value, for copying as Excel cells).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from mandaat import engine
from mandaat.export import tables
from ui import formatting as fmt
from ui.bids_model import VERDICT_COLOURS
from ui.table_model import EnumTableModel, Index
from ui.words import WORDS

#: The exact value of a cell (Decimal, or the text of a text cell).
VALUE_ROLE = Qt.ItemDataRole.UserRole
#: How a value is written when copied: "eur", "pct", "patients", "text".
KIND_ROLE = Qt.ItemDataRole.UserRole + 1

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class YearColumn(IntEnum):
    YEAR = 0
    PATIENTS = 1
    LIST = 2
    NET_BEFORE_CAP = 3
    CAP = 4
    P4P = 5
    NET = 6
    SAVING = 7


YEAR_HEADERS: dict[YearColumn, tuple[str, str]] = {
    YearColumn.YEAR: (QT_TRANSLATE_NOOP("YearsModel", "Jaar"), ""),
    YearColumn.PATIENTS: (
        QT_TRANSLATE_NOOP("YearsModel", "Patiënten"),
        QT_TRANSLATE_NOOP("YearsModel", "Patiënten in het jaar, in dit scenario"),
    ),
    YearColumn.LIST: (
        QT_TRANSLATE_NOOP("YearsModel", "Lijstprijs"),
        QT_TRANSLATE_NOOP("YearsModel", "Uitgaven tegen de vraagprijs"),
    ),
    YearColumn.NET_BEFORE_CAP: (
        QT_TRANSLATE_NOOP("YearsModel", "Netto vóór plafond"),
        QT_TRANSLATE_NOOP(
            "YearsModel", "De factuur: na kortingen en staffel, vóór P4P-teruggave en plafond"
        ),
    ),
    YearColumn.CAP: (
        QT_TRANSLATE_NOOP("YearsModel", "Plafond terug"),
        QT_TRANSLATE_NOOP("YearsModel", "Wat de leverancier boven het plafond terugbetaalt"),
    ),
    YearColumn.P4P: (
        QT_TRANSLATE_NOOP("YearsModel", "P4P terug"),
        QT_TRANSLATE_NOOP("YearsModel", "Teruggave voor patiënten die niet reageren"),
    ),
    YearColumn.NET: (
        QT_TRANSLATE_NOOP("YearsModel", "Netto"),
        QT_TRANSLATE_NOOP("YearsModel", "Netto-uitgaven na P4P-teruggave en plafond"),
    ),
    YearColumn.SAVING: (
        QT_TRANSLATE_NOOP("YearsModel", "Besparing"),
        QT_TRANSLATE_NOOP("YearsModel", "Lijstprijs min netto"),
    ),
}


class YearsModel(EnumTableModel):
    """One scenario's years of a bid, and a totals row."""

    COLUMNS = YearColumn
    HEADERS = YEAR_HEADERS
    CONTEXT = "YearsModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, tuple[Decimal, ...]]] = []

    def set_years(self, years: Sequence[engine.YearMoney]) -> None:
        self.beginResetModel()
        self._rows = tables.year_rows(years)
        self.endResetModel()

    def clear(self) -> None:
        self.set_years(())

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        label, figures = self._rows[index.row()]
        col = YearColumn(index.column())
        total = label == "totaal"
        if col == YearColumn.YEAR:
            text = QCoreApplication.translate("YearsModel", "Totaal") if total else label
            if role in (Qt.ItemDataRole.DisplayRole, VALUE_ROLE):
                return text
            if role == KIND_ROLE:
                return "text"
        else:
            value = figures[col - 1]
            kind = "patients" if col == YearColumn.PATIENTS else "eur"
            if role == Qt.ItemDataRole.DisplayRole:
                if kind == "patients":
                    return fmt.number(value, 2, trim=True)
                return fmt.money(value, cents=False)
            if role == VALUE_ROLE:
                return value
            if role == KIND_ROLE:
                return kind
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _RIGHT
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT
        return None


class SensColumn(IntEnum):
    ASSUMPTION = 0
    VALUE = 1
    VERDICT = 2
    EFFECTIVE = 3
    TURNS = 4


SENS_HEADERS: dict[SensColumn, tuple[str, str]] = {
    SensColumn.ASSUMPTION: (QT_TRANSLATE_NOOP("SensitivityModel", "Aanname"), ""),
    SensColumn.VALUE: (QT_TRANSLATE_NOOP("SensitivityModel", "Waarde"), ""),
    SensColumn.VERDICT: (
        QT_TRANSLATE_NOOP("SensitivityModel", "Oordeel mandaat"),
        QT_TRANSLATE_NOOP(
            "SensitivityModel", "Het oordeel in het verwachte scenario met deze ene aanname anders"
        ),
    ),
    SensColumn.EFFECTIVE: (QT_TRANSLATE_NOOP("SensitivityModel", "Effectieve korting"), ""),
    SensColumn.TURNS: (
        QT_TRANSLATE_NOOP("SensitivityModel", "Ander oordeel"),
        QT_TRANSLATE_NOOP("SensitivityModel", "Geeft deze waarde een ander oordeel dan de basis?"),
    ),
}

ASSUMPTION_WORDS: dict[str, str] = {
    "base": QT_TRANSLATE_NOOP("SensitivityModel", "basis (zoals opgegeven)"),
    "volume": QT_TRANSLATE_NOOP("SensitivityModel", "volume"),
    "growth": QT_TRANSLATE_NOOP("SensitivityModel", "groei"),
    "p4p_nonresponse": QT_TRANSLATE_NOOP("SensitivityModel", "P4P-non-respons"),
    "duration": QT_TRANSLATE_NOOP("SensitivityModel", "looptijd"),
}
UNIT_WORDS: dict[str, str] = {
    "volume": QT_TRANSLATE_NOOP("SensitivityModel", "{v}% van verwacht"),
    "growth": QT_TRANSLATE_NOOP("SensitivityModel", "{v}% per jaar"),
    "p4p_nonresponse": QT_TRANSLATE_NOOP("SensitivityModel", "{v}% niet-reageerders"),
    "duration": QT_TRANSLATE_NOOP("SensitivityModel", "{v} jaar"),
}


def assumption_word(key: str) -> str:
    return QCoreApplication.translate("SensitivityModel", ASSUMPTION_WORDS[key])


class SensitivityModel(EnumTableModel):
    """A bid's sensitivity table: the base, then each assumption's points."""

    COLUMNS = SensColumn
    HEADERS = SENS_HEADERS
    CONTEXT = "SensitivityModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, engine.SensitivityPoint]] = []
        self._base = ""

    def set_sensitivity(self, s: engine.Sensitivity | None) -> None:
        self.beginResetModel()
        if s is None:
            self._rows, self._base = [], ""
        else:
            self._rows = [(key, p) for key, _n, _u, p in tables.sensitivity_points(s)]
            self._base = s.base.verdict
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._rows)

    def _text(self, key: str, p: engine.SensitivityPoint, col: SensColumn) -> str:
        if col == SensColumn.ASSUMPTION:
            return assumption_word(key)
        if col == SensColumn.VALUE:
            if key == "base":
                return "—"
            unit = QCoreApplication.translate("SensitivityModel", UNIT_WORDS[key])
            return unit.format(v=fmt.number(p.value, 2, trim=True))
        if col == SensColumn.VERDICT:
            return WORDS.verdict(p.verdict)
        if col == SensColumn.EFFECTIVE:
            return fmt.percent(engine.present(p.effective_pct))
        if key == "base":
            return ""
        turns = p.verdict != self._base
        return (
            QCoreApplication.translate("SensitivityModel", "ja")
            if turns
            else QCoreApplication.translate("SensitivityModel", "nee")
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        key, p = self._rows[index.row()]
        col = SensColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(key, p, col)
        if role == VALUE_ROLE:
            if col == SensColumn.EFFECTIVE:
                return p.effective_pct
            if col == SensColumn.VALUE and key != "base":
                return p.value
            return self._text(key, p, col)
        if role == KIND_ROLE:
            if col == SensColumn.EFFECTIVE:
                return "pct"
            if col == SensColumn.VALUE and key != "base":
                return "patients"
            return "text"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if col in (SensColumn.VALUE, SensColumn.EFFECTIVE) else _LEFT
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            if col != SensColumn.VERDICT:
                return None
            text, back = VERDICT_COLOURS.get(p.verdict, ("#000000", "#ffffff"))
            return QBrush(QColor(text if role == Qt.ItemDataRole.ForegroundRole else back))
        if role == Qt.ItemDataRole.FontRole and key != "base" and p.verdict != self._base:
            font = QFont()
            font.setBold(True)
            return font
        return None


class IndColumn(IntEnum):
    DOSSIER = 0
    INDICATION = 1
    EFFECTIVE = 2
    VERDICT = 3


IND_HEADERS: dict[IndColumn, tuple[str, str]] = {
    IndColumn.DOSSIER: (QT_TRANSLATE_NOOP("IndicationsModel", "Dossier"), ""),
    IndColumn.INDICATION: (QT_TRANSLATE_NOOP("IndicationsModel", "Indicatie"), ""),
    IndColumn.EFFECTIVE: (
        QT_TRANSLATE_NOOP("IndicationsModel", "Effectieve korting"),
        QT_TRANSLATE_NOOP(
            "IndicationsModel", "De korting van dit bod op deze indicatie, scenario verwacht"
        ),
    ),
    IndColumn.VERDICT: (
        QT_TRANSLATE_NOOP("IndicationsModel", "Oordeel mandaat"),
        QT_TRANSLATE_NOOP(
            "IndicationsModel", "Het oordeel tegen het eigen mandaat van deze indicatie"
        ),
    ),
}


class IndicationsModel(EnumTableModel):
    """A product-wide bid on each linked indication (:func:`mandaat.engine.product_wide`):
    the effective reduction and the verdict against that indication's own mandate; an
    indication that cannot be computed shows the engine's reason instead of a figure."""

    COLUMNS = IndColumn
    HEADERS = IND_HEADERS
    CONTEXT = "IndicationsModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[engine.IndicationResult] = []

    def set_product(self, p: engine.ProductResult | None) -> None:
        self.beginResetModel()
        self._rows = [] if p is None else list(p.indications)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._rows)

    def _text(self, r: engine.IndicationResult, col: IndColumn) -> str:
        if col == IndColumn.DOSSIER:
            return r.dossier.brand
        if col == IndColumn.INDICATION:
            return r.dossier.indication or "—"
        if r.error is not None:
            if col == IndColumn.VERDICT:
                return WORDS.engine_error(engine.EngineError(r.error, drug=r.dossier.brand))
            return "—"
        if col == IndColumn.EFFECTIVE:
            return "—" if r.effective_pct is None else fmt.percent(engine.present(r.effective_pct))
        if r.verdict is None:
            return QCoreApplication.translate("IndicationsModel", "geen mandaat")
        return WORDS.verdict(r.verdict.code)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = IndColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == VALUE_ROLE:
            if col == IndColumn.EFFECTIVE and r.error is None and r.effective_pct is not None:
                return r.effective_pct
            return self._text(r, col)
        if role == KIND_ROLE:
            ok = col == IndColumn.EFFECTIVE and r.error is None and r.effective_pct is not None
            return "pct" if ok else "text"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if col == IndColumn.EFFECTIVE else _LEFT
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            if col != IndColumn.VERDICT or r.verdict is None:
                return None
            text, back = VERDICT_COLOURS.get(r.verdict.code, ("#000000", "#ffffff"))
            return QBrush(QColor(text if role == Qt.ItemDataRole.ForegroundRole else back))
        return None
