"""The analyses under the selected bid (issue 17): *Per jaar*, *Wat is nodig*,
*Gevoeligheid*; each table copyable as Excel cells (Ctrl+C) and all of it "Naar Excel".

Lazy: only the selected bid, and a page only when it is shown (the window stays fast
at 100k bids). Follows the vault: a notice for the bid's dossier (the mandate, or the bid
itself, edited or undone) reads both again. Figures come from :mod:`mandaat.engine`, the
workbook from :mod:`mandaat.export.tables`; this module only shows.

Signals:
    computed(int): a page was (re)computed (its index; for tests and the benchmark).
    saved(str): "Naar Excel" ended: the file written, or "" when it failed.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mandaat import engine
from mandaat.export import tables
from mandaat.model import Bid, Dossier
from mandaat.vault.session import Session
from ui import formatting as fmt
from ui.analysis_models import (
    KIND_ROLE,
    VALUE_ROLE,
    IndicationsModel,
    SensitivityModel,
    YearsModel,
)
from ui.bids_model import VERDICT_COLOURS
from ui.session_events import events_for
from ui.words import WORDS

PAGE_YEARS, PAGE_TAKES, PAGE_SENSITIVITY, PAGE_PRODUCT = 0, 1, 2, 3
SCENARIOS = ("expected", "low", "high")


def _scenario_word(name: str) -> str:
    return {
        "low": QCoreApplication.translate("BidAnalyses", "laag (0,75 × verwacht)"),
        "expected": QCoreApplication.translate("BidAnalyses", "verwacht"),
        "high": QCoreApplication.translate("BidAnalyses", "hoog (1,25 × verwacht)"),
    }.get(name, name)


def excel_cell(value: object, kind: str) -> str:
    """One cell as Excel reads it when pasted: numbers in the window's (Dutch) locale
    without thousands separators (9093,34; 28,82%), text with tabs and newlines made
    spaces."""
    if isinstance(value, Decimal):
        loc = fmt.locale()
        if kind == "pct":
            text = fmt.number(engine.present(value), 2, trim=True) + "%"
        elif kind == "eur":
            text = fmt.number(value, 2, trim=True)
        else:
            text = fmt.number(value, 2, trim=True)
        return text.replace(loc.groupSeparator(), "")
    return " ".join(str(value or "").split())


def table_text(model: QAbstractItemModel, rows: list[int] | None = None) -> str:
    """Tab-separated text of ``rows`` (all: with the header row), as Excel pastes it."""
    cols = range(model.columnCount())
    lines = []
    if rows is None:
        lines.append(
            "\t".join(
                " ".join(str(model.headerData(c, Qt.Orientation.Horizontal) or "").split())
                for c in cols
            )
        )
        rows = list(range(model.rowCount()))
    for r in rows:
        cells = []
        for c in cols:
            index = model.index(r, c)
            cells.append(excel_cell(index.data(VALUE_ROLE), str(index.data(KIND_ROLE))))
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def _table(name: str, model: QAbstractItemModel) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class SaveXlsx:
    """The real file dialog; tests put a function in its place."""

    def __call__(self, parent: QWidget, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("BidAnalyses", "Naar Excel"),
            suggested,
            QCoreApplication.translate("BidAnalyses", "Excel-werkmappen (*.xlsx)"),
        )
        if not path:
            return None
        return path if path.lower().endswith(".xlsx") else path + ".xlsx"


class BidAnalyses(QTabWidget):
    """The three analysis pages of one bid."""

    computed = Signal(int)
    saved = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("bid_analyses")
        self.setDocumentMode(True)
        # the tab bar and the pages take the focus; the frame itself is no stop of its own
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(QCoreApplication.translate("BidAnalyses", "Analyses van het bod"))
        self._dossier: Dossier | None = None
        self._bid: Bid | None = None
        self._fresh: set[int] = set()
        #: True while "Naar Excel" writes on its worker (to ``_saving_to``).
        self.saving = False
        self._saving_to = Path()
        #: The save dialog ("Naar Excel"); tests replace it.
        self.ask_path: Callable[[QWidget, str], str | None] = SaveXlsx()
        #: The bids of the dossier for the workbook's overview sheet (the bids tab sets it).
        self.dossier_bids: Callable[[], list[Bid]] = lambda: (
            [] if self._bid is None else [self._bid]
        )
        self._build()
        events = events_for(session)
        events.dossier_changed.connect(self._noticed)
        events.bids_changed.connect(self._noticed)
        events.reloaded.connect(lambda: self._noticed(None))
        events.dossier_removed.connect(self._removed)
        self.currentChanged.connect(lambda _i: self._update())

    # -- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.years_model = YearsModel(self)
        self.years_view = _table("years_table", self.years_model)
        self.years_view.setAccessibleName(
            QCoreApplication.translate("BidAnalyses", "Geld per jaar")
        )
        self.scenario_box = QComboBox()
        self.scenario_box.setObjectName("years_scenario")
        self.scenario_box.setAccessibleName(QCoreApplication.translate("BidAnalyses", "Scenario"))
        for name in SCENARIOS:
            self.scenario_box.addItem(_scenario_word(name), name)
        self.scenario_box.currentIndexChanged.connect(lambda _i: self._show_years())
        self.years_note = QLabel()
        self.years_note.setObjectName("years_note")
        self.years_note.setWordWrap(True)
        self.excel_button = QPushButton(QCoreApplication.translate("BidAnalyses", "Naar E&xcel…"))
        self.excel_button.setObjectName("to_excel")
        self.excel_button.setToolTip(
            QCoreApplication.translate(
                "BidAnalyses",
                "Sla de biedingen van dit dossier, het geld per jaar en de gevoeligheid van het "
                "gekozen bod op als Excel-werkmap (vertrouwelijk)",
            )
        )
        self.excel_button.clicked.connect(self.to_excel)
        copy_years = QPushButton(QCoreApplication.translate("BidAnalyses", "Kopieer tabel"))
        copy_years.setToolTip(
            QCoreApplication.translate(
                "BidAnalyses", "Kopieer als Excel-cellen (Ctrl+C); gewist na 10 seconden"
            )
        )
        copy_years.clicked.connect(lambda: self.copy_table(self.years_view, whole=True))
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("BidAnalyses", "Scenario:")))
        top.addWidget(self.scenario_box)
        top.addStretch(1)
        top.addWidget(copy_years)
        top.addWidget(self.excel_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.years_view, 1)
        layout.addWidget(self.years_note)
        self.addTab(page, QCoreApplication.translate("BidAnalyses", "Per jaar"))

        self.takes_label = QLabel()
        self.takes_label.setObjectName("what_it_takes")
        self.takes_label.setWordWrap(True)
        self.takes_label.setTextFormat(Qt.TextFormat.RichText)
        self.takes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.takes_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # the verdict over a horizon (issue 17, "After the arrangement")
        self.horizon_box = QSpinBox()
        self.horizon_box.setObjectName("horizon_years")
        self.horizon_box.setRange(1, 50)
        self.horizon_box.setSuffix(QCoreApplication.translate("BidAnalyses", " jaar"))
        self.horizon_box.setAccessibleName(
            QCoreApplication.translate("BidAnalyses", "Horizon in jaren")
        )
        self.horizon_box.setToolTip(
            QCoreApplication.translate(
                "BidAnalyses",
                "Het oordeel over zoveel jaren vanaf de start; na het einde van de regeling "
                "geldt wat het bod daarvoor vastlegt",
            )
        )
        self.horizon_box.valueChanged.connect(lambda _v: self._show_horizon())
        horizon_caption = QLabel(QCoreApplication.translate("BidAnalyses", "Ove&r"))
        horizon_caption.setBuddy(self.horizon_box)
        self.horizon_label = QLabel()
        self.horizon_label.setObjectName("horizon_verdict")
        self.horizon_label.setWordWrap(True)
        self.horizon_label.setTextFormat(Qt.TextFormat.RichText)
        row = QHBoxLayout()
        row.addWidget(horizon_caption)
        row.addWidget(self.horizon_box)
        row.addWidget(self.horizon_label, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(row)
        layout.addWidget(self.takes_label, 1)
        self.addTab(page, QCoreApplication.translate("BidAnalyses", "Wat is nodig"))

        self.sens_model = SensitivityModel(self)
        self.sens_view = _table("sensitivity_table", self.sens_model)
        self.sens_view.setAccessibleName(QCoreApplication.translate("BidAnalyses", "Gevoeligheid"))
        self.sens_label = QLabel()
        self.sens_label.setObjectName("sensitivity_turns")
        self.sens_label.setWordWrap(True)
        copy_sens = QPushButton(QCoreApplication.translate("BidAnalyses", "Kopieer tabel"))
        copy_sens.setToolTip(
            QCoreApplication.translate(
                "BidAnalyses", "Kopieer als Excel-cellen (Ctrl+C); gewist na 10 seconden"
            )
        )
        copy_sens.clicked.connect(lambda: self.copy_table(self.sens_view, whole=True))
        excel_sens = QPushButton(QCoreApplication.translate("BidAnalyses", "Naar E&xcel…"))
        excel_sens.clicked.connect(self.to_excel)
        top = QHBoxLayout()
        top.addWidget(self.sens_label, 1)
        top.addWidget(copy_sens)
        top.addWidget(excel_sens)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.sens_view, 1)
        self.addTab(page, QCoreApplication.translate("BidAnalyses", "Gevoeligheid"))

        # a product-wide bid on each indication of its product
        self.product_model = IndicationsModel(self)
        self.product_view = _table("indications_table", self.product_model)
        self.product_view.setAccessibleName(
            QCoreApplication.translate("BidAnalyses", "Per indicatie")
        )
        self.product_label = QLabel()
        self.product_label.setObjectName("product_blend")
        self.product_label.setWordWrap(True)
        self.product_label.setTextFormat(Qt.TextFormat.PlainText)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.product_label)
        layout.addWidget(self.product_view, 1)
        self.addTab(page, QCoreApplication.translate("BidAnalyses", "Per indicatie"))

        for view in (self.years_view, self.sens_view, self.product_view):
            action = QAction(
                QCoreApplication.translate("BidAnalyses", "Kopieer als Excel-cellen"), view
            )
            action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _c=False, v=view: self.copy_table(v))
            view.addAction(action)

    # -- the contract ----------------------------------------------------------------

    def set_bid(self, dossier: Dossier | None, bid: Bid | None) -> None:
        """Show the analyses of ``bid`` (None: nothing); computed when a page is shown."""
        if bid is None:
            dossier = None
        if (dossier, bid) == (self._dossier, self._bid) and dossier is not None:
            return
        self._dossier, self._bid = dossier, bid
        self._fresh.clear()
        self._reset_horizon()
        if bid is None:  # nothing confidential stays behind, shown or not (auto-lock)
            self._clear()
        self._update()

    def _clear(self) -> None:
        self.years_model.clear()
        self.sens_model.set_sensitivity(None)
        self.product_model.set_product(None)
        self.product_label.clear()
        self.horizon_label.clear()
        self.takes_label.clear()
        self.sens_label.clear()
        self.years_note.clear()

    def bid(self) -> Bid | None:
        return self._bid

    def _noticed(self, dossier_id: int | None) -> None:
        """The vault changed: read the dossier and the bid again (lazily, when shown).
        Another dossier's notice matters to a product-wide bid (its indications' mandates)."""
        if self._dossier is None:
            return
        if dossier_id is not None and dossier_id != self._dossier.id:
            if self._bid is not None and self._bid.arrangement.product_wide:
                self._fresh.discard(PAGE_PRODUCT)
                self._update()
            return
        dossier = self.session.dossier(self._dossier.id) if self._dossier.id is not None else None
        bid = None
        if dossier is not None and self._bid is not None and self._bid.id is not None:
            bid = self.session.bid(self._bid.id)
            if bid is not None and bid.dossier_id != dossier.id:
                bid = None
        self._dossier, self._bid = (dossier, bid) if bid is not None else (None, None)
        self._fresh.clear()
        self._update()

    def _removed(self, dossier_id: int) -> None:
        if self._dossier is not None and dossier_id == self._dossier.id:
            self.set_bid(None, None)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._update()

    def _update(self) -> None:
        page = self.currentIndex()
        if not self.isVisible() or page in self._fresh:
            return
        self._fresh.add(page)
        if page == PAGE_YEARS:
            self._show_years()
        elif page == PAGE_TAKES:
            self._show_takes()
        elif page == PAGE_SENSITIVITY:
            self._show_sensitivity()
        elif page == PAGE_PRODUCT:
            self._show_product()
        self.computed.emit(page)

    # -- the pages --------------------------------------------------------------------

    def _show_years(self) -> None:
        d, b = self._dossier, self._bid
        self.excel_button.setEnabled(b is not None)
        if d is None or b is None:
            self.years_model.clear()
            self.years_note.setText(
                QCoreApplication.translate(
                    "BidAnalyses", "Kies een bod om zijn geld per jaar te zien."
                )
            )
            return
        scenario = str(self.scenario_box.currentData())
        try:
            money = engine.year_money(d, b.arrangement, duration_years=b.duration_years)
        except engine.EngineError as exc:
            self.years_model.clear()
            self.years_note.setText(
                QCoreApplication.translate("BidAnalyses", "Niet te berekenen: {reason}").format(
                    reason=WORDS.engine_error(exc)
                )
            )
            return
        self.years_model.set_years(money.get(scenario, []))
        self.years_note.setText(
            QCoreApplication.translate(
                "BidAnalyses",
                "Onverdisconteerd, in euro's van vandaag; de P4P-teruggave gaat vóór het "
                "plafond. Vertrouwelijk (bedrijfsgegevens).",
            )
        )

    def _show_takes(self) -> None:
        self._show_horizon()
        self.takes_label.setText(self._takes_text())

    def _reset_horizon(self) -> None:
        """The horizon starts at the selected bid's duration."""
        years = 3 if self._bid is None else self._bid.duration_years
        self.horizon_box.blockSignals(True)
        self.horizon_box.setValue(max(1, min(50, years)))
        self.horizon_box.blockSignals(False)
        self.horizon_box.setEnabled(self._bid is not None)

    def _show_horizon(self) -> None:
        self.horizon_label.setText(self._horizon_text(self.horizon_box.value()))

    def _horizon_text(self, years: int) -> str:
        """The verdict and effective reduction over ``years`` (the engine's, never a guess:
        beyond an end the bid does not cover, the engine's refusal in words)."""
        d, b = self._dossier, self._bid
        if d is None or b is None:
            return ""
        m = d.effective_mandate
        if m is None:
            return QCoreApplication.translate("BidAnalyses", "geen mandaat: geen oordeel")
        try:
            v = engine.horizon_verdict(m, d, b, years)
        except engine.EngineError as exc:
            return QCoreApplication.translate("BidAnalyses", "niet te berekenen: {reason}").format(
                reason=html.escape(WORDS.engine_error(exc))
            )
        return QCoreApplication.translate(
            "BidAnalyses", "{verdict}, effectieve korting {pct} (scenario verwacht)"
        ).format(verdict=_verdict_html(v.code), pct=fmt.percent(engine.present(v.effective_pct)))

    def _show_product(self) -> None:
        d, b = self._dossier, self._bid
        if d is None or b is None or not b.arrangement.product_wide:
            self.product_model.set_product(None)
            self.product_view.setEnabled(False)
            self.product_label.setText(
                QCoreApplication.translate("BidAnalyses", "Kies een bod.")
                if b is None
                else QCoreApplication.translate(
                    "BidAnalyses",
                    "Dit bod geldt voor één indicatie. Een productbreed bod (in de bieding: "
                    "‘geldt voor alle indicaties van het product’) wordt hier per indicatie "
                    "getoond.",
                )
            )
            return
        p = engine.product_wide(self.session.dossiers(), d, b)
        self.product_model.set_product(p)
        self.product_view.setEnabled(True)
        blend = (
            QCoreApplication.translate("BidAnalyses", "niet te berekenen")
            if p.effective_pct is None
            else fmt.percent(engine.present(p.effective_pct))
        )
        per_patient = (
            "—" if p.net_per_patient is None else fmt.money(p.net_per_patient, cents=False)
        )
        self.product_label.setText(
            QCoreApplication.translate(
                "BidAnalyses",
                "Product {product}, {n} indicaties. Samen (scenario verwacht, over de "
                "berekende indicaties): effectieve korting {pct}; netto {price} per patiënt. "
                "Elke indicatie tegen haar eigen mandaat. Vertrouwelijk.",
            ).format(
                product=p.product or "—",
                n=len(p.indications),
                pct=blend,
                price=per_patient,
            )
        )

    def _takes_text(self) -> str:
        d, b = self._dossier, self._bid
        if d is None or b is None:
            return QCoreApplication.translate("BidAnalyses", "Kies een bod.")
        m = d.effective_mandate
        if m is None or not m.is_numeric:
            return QCoreApplication.translate(
                "BidAnalyses", "Het mandaat noemt geen getal: wat nodig is, is niet te berekenen."
            )
        try:
            extra = engine.extra_discount(m, d, b.arrangement, duration_years=b.duration_years)
            binds = engine.cap_binds_from_patients(d, b.arrangement)
            limit = engine.net_price_limit(d, m)
            cap = engine.min_cap(d, m, base=b.arrangement, duration_years=b.duration_years)
        except engine.EngineError as exc:
            return QCoreApplication.translate("BidAnalyses", "Niet te berekenen: {reason}").format(
                reason=WORDS.engine_error(exc)
            )
        if extra is None:  # pragma: no cover - a numeric mandate always has a bound
            return QCoreApplication.translate(
                "BidAnalyses", "Het mandaat noemt geen getal: wat nodig is, is niet te berekenen."
            )
        main, per = extra
        # the bound from which the verdict is "meets" (a range: its upper end), the one
        # the net price and the cap are measured to as well
        bound = _bound(main.pct, main.strict)
        lines: list[str] = []
        lines.append(
            "<b>"
            + QCoreApplication.translate(
                "BidAnalyses", "Extra korting bovenop de nettoprijs (vóór plafond en teruggaven)"
            )
            + "</b>"
        )
        for e in per:
            line = QCoreApplication.translate(
                "BidAnalyses", "tot {bound}: {expected} verwacht; {worst} in elk scenario"
            ).format(
                bound=_bound(e.pct, e.strict), expected=_extra(e.expected), worst=_extra(e.worst)
            )
            if e.worst and e.worst_scenario and e.worst_scenario != "expected":
                line += " " + QCoreApplication.translate(
                    "BidAnalyses", "(het zwaarst: {scenario})"
                ).format(scenario=_scenario_word(e.worst_scenario))
            lines.append(line)
        if len(per) > 1:
            lines.append(
                QCoreApplication.translate(
                    "BidAnalyses", "Het oordeel wordt ‘voldoet’ vanaf {bound}."
                ).format(bound=_bound(main.pct, main.strict))
            )
        lines.append("")
        if b.arrangement.annual_cap is None:
            lines.append(
                QCoreApplication.translate(
                    "BidAnalyses", "Plafond gaat knellen: het bod heeft geen plafond."
                )
            )
        elif binds is None:
            lines.append(
                QCoreApplication.translate(
                    "BidAnalyses", "Plafond gaat knellen: nooit, de uitgaven blijven eronder."
                )
            )
        else:
            lines.append(
                QCoreApplication.translate(
                    "BidAnalyses", "Plafond gaat knellen vanaf {n} patiënten per jaar."
                ).format(n=fmt.number(binds, 2, trim=True))
            )
        if limit is None:
            lines.append(
                QCoreApplication.translate(
                    "BidAnalyses", "Hoogste nettoprijs per patiënt (tot {bound}): geen."
                ).format(bound=bound)
            )
        else:
            price, strict = limit
            word = (
                QCoreApplication.translate("BidAnalyses", "lager dan")
                if strict
                else QCoreApplication.translate("BidAnalyses", "ten hoogste")
            )
            lines.append(
                QCoreApplication.translate(
                    "BidAnalyses", "Hoogste nettoprijs per patiënt (tot {bound}): {word} {price}."
                ).format(bound=bound, word=word, price=fmt.money(price, cents=False))
            )
        if cap is None:
            lines.append(
                QCoreApplication.translate(
                    "BidAnalyses", "Plafond dat volstaat (tot {bound}): geen."
                ).format(bound=bound)
            )
        else:
            lines.append(
                QCoreApplication.translate(
                    "BidAnalyses",
                    "Plafond dat volstaat (tot {bound}, scenario verwacht, met de andere "
                    "voorwaarden van dit bod): ten hoogste {cap} per jaar.",
                ).format(bound=bound, cap=fmt.money(cap, cents=False))
            )
        return "<br>".join(lines)

    def _show_sensitivity(self) -> None:
        d, b = self._dossier, self._bid
        s = None if d is None or b is None else tables.sensitivity_of(d, b)
        self.sens_model.set_sensitivity(s)
        if s is None:
            self.sens_label.setText(
                QCoreApplication.translate(
                    "BidAnalyses", "Geen gevoeligheid: kies een bod in een dossier met een mandaat."
                )
                if b is None or (d is not None and d.effective_mandate is None)
                else QCoreApplication.translate("BidAnalyses", "Niet te berekenen voor dit bod.")
            )
            return
        from ui.analysis_models import assumption_word

        turns = ", ".join(assumption_word(k) for k in s.turns) or QCoreApplication.translate(
            "BidAnalyses", "geen"
        )
        self.sens_label.setText(
            QCoreApplication.translate(
                "BidAnalyses",
                "Scenario verwacht, één aanname tegelijk. Draait het oordeel om: {turns}",
            ).format(turns=turns)
        )

    # -- copying and Excel -------------------------------------------------------------

    def copy_table(self, view: QTableView, whole: bool = False) -> None:
        """The selected rows (or, with none, the whole table with its header) as
        tab-separated Excel cells through the confidential clipboard."""
        model = view.model()
        if model.rowCount() == 0:
            return
        rows = None
        if not whole:
            picked = sorted({i.row() for i in view.selectionModel().selectedIndexes()})
            rows = picked or None
        from ui.bids_tab import copy_confidential

        copy_confidential(table_text(model, rows))

    def to_excel(self) -> None:
        """Save the dossier's bid overview and the selected bid's per-year and sensitivity
        tables as one workbook (owner-only), assessed and written on a worker thread:
        a dossier with many bids does not hold up the window."""
        d, b = self._dossier, self._bid
        if d is None or b is None or self.saving:
            return
        suggested = f"{d.brand} biedingen.xlsx"
        path = self.ask_path(self, suggested)
        if not path:
            return
        bids = self.dossier_bids() or [b]
        from ui import workers

        self.saving = True
        self.excel_button.setEnabled(False)
        self.years_note.setText(QCoreApplication.translate("BidAnalyses", "Bezig met opslaan…"))
        self._saving_to = Path(path)
        worker = workers.start(write_workbook, self._saving_to, d, bids, b)
        # bound methods: Qt drops the connection if this widget is gone before the worker
        worker.finished.connect(self._saved_ok)
        worker.failed.connect(self._saved_failed)

    def _saved_ok(self, _result: object) -> None:
        self._saved(self._saving_to, None)

    def _saved_failed(self, exc: object) -> None:
        self._saved(self._saving_to, exc)

    def _saved(self, path: Path, exc: object) -> None:
        self.saving = False
        self.excel_button.setEnabled(self._bid is not None)
        if exc is None:
            self.years_note.setText(
                QCoreApplication.translate(
                    "BidAnalyses", "Opgeslagen als {name} (alleen voor u leesbaar)"
                ).format(name=path.name)
            )
            self.saved.emit(str(path))
            return
        reason = (
            exc.strerror or type(exc).__name__
            if isinstance(exc, OSError)
            else type(exc).__name__  # never a value from the vault
        )
        self.years_note.setText(
            QCoreApplication.translate("BidAnalyses", "Niet opgeslagen: {reason}").format(
                reason=reason
            )
        )
        self.saved.emit("")


def write_workbook(path: Path, dossier: Dossier, bids: list[Bid], bid: Bid) -> None:
    """The window's workbook (runs on a worker): the dossier's bids, and the per-year and
    sensitivity tables of ``bid``."""
    tables.write_xlsx(
        path,
        [
            tables.overview_sheet((dossier, x) for x in bids),
            tables.years_sheet([(dossier, bid)]),
            tables.sensitivity_sheet([(dossier, bid)]),
        ],
    )


def _verdict_html(code: str) -> str:
    text, back = VERDICT_COLOURS.get(code, ("#000000", "#ffffff"))
    return (
        f'<span style="color:{text}; background-color:{back}">&nbsp;'
        f"{WORDS.verdict(code)}&nbsp;</span>"
    )


def _bound(pct: Decimal, strict: bool) -> str:
    return ("> " if strict else "") + fmt.percent(pct)


def _extra(value: Decimal | None) -> str:
    if value is None:
        return QCoreApplication.translate("BidAnalyses", "geen korting volstaat")
    if value == 0:
        return QCoreApplication.translate("BidAnalyses", "0% (voldoet al)")
    return fmt.percent(value)
