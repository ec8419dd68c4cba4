"""The "Advies & mandaat" tab: the ZIN advice as written and as read, the mandate, the
dossier's public and cost-effectiveness fields, and advice / mandate / last bid side by
side.

The tab never saves: a finished edit becomes ``edit_requested(before, after, field)``
and the window pushes it on the undo stack, which saves through the Session. Parsing,
verdicts and the cost-effectiveness arithmetic are the core's
(:mod:`mandaat.thresholds`, :mod:`mandaat.engine`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mandaat.engine import (
    EngineError,
    assess,
    expected_patients,
    mandate_weaker_than_advice,
    reference_value_for_burden,
    required_reduction_from_ce,
)
from mandaat.model import Dossier, Pct, Phase, Threshold
from mandaat.thresholds import Candidate, ThresholdError, parse_threshold
from mandaat.vault.session import Session
from ui import formatting as fmt
from ui.clipboard import copy_confidential
from ui.date_field import DateField
from ui.dossier_model import PHASE_LABELS, VERDICT_COLOURS, phase_label, verdict_label
from ui.session_events import events_for
from ui.words import WORDS


def _t(text: str) -> str:
    return QCoreApplication.translate("AdviceTab", text)


ADVICE_SAVE_DELAY_MS = 800

#: The kinds a reading of the advice can be corrected to (every kind the reader knows).
READING_KINDS = (
    ("at_least", QT_TRANSLATE_NOOP("AdviceTab", "ten minste (≥)")),
    ("more_than", QT_TRANSLATE_NOOP("AdviceTab", "meer dan (>)")),
    ("approximately", QT_TRANSLATE_NOOP("AdviceTab", "ongeveer")),
    ("range", QT_TRANSLATE_NOOP("AdviceTab", "van … tot")),
    ("qualitative", QT_TRANSLATE_NOOP("AdviceTab", "zonder getal (oordeel)")),
    (
        "comparator_net_price",
        QT_TRANSLATE_NOOP("AdviceTab", "nettoprijs niet hoger dan de standaardbehandeling"),
    ),
    ("cost_neutral", QT_TRANSLATE_NOOP("AdviceTab", "kostenneutraal")),
    ("cost_saving", QT_TRANSLATE_NOOP("AdviceTab", "kostenbesparend")),
    ("parity", QT_TRANSLATE_NOOP("AdviceTab", "prijspariteit")),
)
_WITH_LOW = ("at_least", "more_than", "approximately", "range")
MANDATE_KINDS = (
    ("at_least", QT_TRANSLATE_NOOP("AdviceTab", "ten minste (≥)")),
    ("more_than", QT_TRANSLATE_NOOP("AdviceTab", "meer dan (>)")),
    ("approximately", QT_TRANSLATE_NOOP("AdviceTab", "ongeveer")),
    ("range", QT_TRANSLATE_NOOP("AdviceTab", "van … tot")),
)
TEXT_FIELDS = (
    ("brand", QT_TRANSLATE_NOOP("AdviceTab", "G&eneesmiddel (merk)")),
    ("substance", QT_TRANSLATE_NOOP("AdviceTab", "Werkzame &stof")),
    ("indication", QT_TRANSLATE_NOOP("AdviceTab", "&Indicatie")),
    ("supplier", QT_TRANSLATE_NOOP("AdviceTab", "Leverancier")),
    ("stcrt_ref", QT_TRANSLATE_NOOP("AdviceTab", "Staatsc&ourant")),
    # dossiers with the same product are the indications of one product (issue 17)
    ("product", QT_TRANSLATE_NOOP("AdviceTab", "Product (koppelt indicaties)")),
)
# (field, label, kind): kind "money" shows € with cents, "number" a plain decimal.
NUMBER_FIELDS = (
    ("asking_price", QT_TRANSLATE_NOOP("AdviceTab", "Vraagpri&js per patiënt"), "money"),
    ("budget_impact_y3", QT_TRANSLATE_NOOP("AdviceTab", "Budgetimpact jaar &3"), "money"),
    (
        "expected_patients",
        QT_TRANSLATE_NOOP("AdviceTab", "Verwachte patiënten per jaar"),
        "number",
    ),
)
CE_FIELDS = (
    ("icer", QT_TRANSLATE_NOOP("AdviceTab", "ICER (€ per QAL&Y)"), "money"),
    ("disease_burden", QT_TRANSLATE_NOOP("AdviceTab", "Zie&ktelast (0,10–1,00)"), "number"),
)
#: The cross-check's inputs (ZIN's public figures), stored with the dossier.
CE_CHECK_FIELDS = (
    ("ce_delta_cost", QT_TRANSLATE_NOOP("AdviceTab", "E&xtra kosten per patiënt (ΔC)"), "money"),
    (
        "ce_delta_qaly",
        QT_TRANSLATE_NOOP("AdviceTab", "Extra QALY's per patiënt (ΔQALY)"),
        "number",
    ),
    ("ce_drug_cost", QT_TRANSLATE_NOOP("AdviceTab", "Kosten geneesmiddel per patiënt"), "money"),
)


def _spin_pct(spin: QDoubleSpinBox, previous: Pct | None) -> Pct:
    """The percentage a spin box shows; ``previous`` when the box still shows it rounded
    (an exact third is not turned into 33,33 by touching another control)."""
    shown = Decimal(f"{spin.value():.2f}")
    if previous is not None:
        exact = (
            Decimal(previous.numerator) / Decimal(previous.denominator)
            if isinstance(previous, Fraction)
            else previous
        )
        if exact.quantize(Decimal("0.01")) == shown:
            return previous
    return shown


def _show_number(value: Decimal | None, kind: str) -> str:
    if value is None:
        return ""
    if kind == "money":
        return fmt.money(value, cents=value != value.to_integral_value())
    return fmt.number(value, 2, trim=True)


class _Figure(QFrame):
    """One of the three figures: a caption, a large value and a line under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figure")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(2)
        top = QHBoxLayout()
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #4a4a4a; font-weight: 600;")
        top.addWidget(self.caption)
        top.addStretch(1)
        self.copy_button = QToolButton()
        self.copy_button.setText(QCoreApplication.translate("AdviceTab", "Kopiëren"))
        self.copy_button.setAutoRaise(True)
        self.copy_button.setVisible(False)
        top.addWidget(self.copy_button)
        layout.addLayout(top)
        self.value = QLabel("—")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.value)
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        self.setAccessibleName(caption)

    def show_values(self, value: str, detail: str, colour: str | None = None) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleDescription(f"{value}. {detail}")
        self.setStyleSheet(
            f"QFrame#figure {{ background: {colour or '#ffffff'}; border: 1px solid #c9c9c9;"
            " border-radius: 6px; }"
        )


class AdviceTab(QWidget):
    """Shows one dossier; emits edits, never saves itself.

    Signals:
        edit_requested(object, object, str): before, after (Dossier) and the field name.
    """

    edit_requested = Signal(object, object, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dossier: Dossier | None = None
        self._loading = False
        # the reading of the advice in effect (what is stored), the reader's own reading
        # of the text as it stands, and the readings to choose from when it has several
        self._reading: Threshold | None = None
        self._auto: Threshold | None = None
        self._read_error: ThresholdError | None = None
        self._shown_candidates: tuple[Candidate, ...] = ()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(ADVICE_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._commit_advice)
        self._build()
        self.set_dossier(None)
        events = events_for(session)
        events.dossier_changed.connect(self._noticed)
        events.bids_changed.connect(self._noticed)  # the last bid's figure
        events.reloaded.connect(self._reread)

    # -- building ------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        main = QVBoxLayout(body)
        main.setContentsMargins(12, 12, 12, 12)
        main.setSpacing(12)

        figures = QHBoxLayout()
        figures.setSpacing(10)
        self.fig_advice = _Figure(QCoreApplication.translate("AdviceTab", "Advies Zorginstituut"))
        self.fig_mandate = _Figure(
            QCoreApplication.translate("AdviceTab", "Mandaat (vertrouwelijk)")
        )
        self.fig_bid = _Figure(
            QCoreApplication.translate("AdviceTab", "Laatste bod (vertrouwelijk)")
        )
        for f in (self.fig_advice, self.fig_mandate, self.fig_bid):
            figures.addWidget(f, 1)
        self.fig_mandate.copy_button.setVisible(True)
        self.fig_mandate.copy_button.setAccessibleName(
            QCoreApplication.translate("AdviceTab", "Mandaat kopiëren")
        )
        self.fig_mandate.copy_button.clicked.connect(
            lambda: copy_confidential(self.fig_mandate.value.text())
        )
        self.fig_bid.copy_button.setVisible(True)
        self.fig_bid.copy_button.setAccessibleName(
            QCoreApplication.translate("AdviceTab", "Effectieve korting kopiëren")
        )
        self.fig_bid.copy_button.clicked.connect(
            lambda: copy_confidential(self.fig_bid.value.text())
        )
        main.addLayout(figures)

        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(
            QCoreApplication.translate("AdviceTab", "Waarschuwing mandaat")
        )
        self.warning.setStyleSheet(
            "background: #fbecc0; color: #3d2f00; border: 1px solid #d9b44a;"
            " border-radius: 4px; padding: 6px 8px;"
        )
        self.warning.setText(
            QCoreApplication.translate(
                "AdviceTab",
                "⚠ Let op: het mandaat is zwakker dan het advies van het Zorginstituut. "
                "Een bod kan dan het mandaat halen zonder aan het advies te voldoen.",
            )
        )
        self.warning.setVisible(False)
        main.addWidget(self.warning)

        columns = QHBoxLayout()
        columns.setSpacing(12)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        main.addLayout(columns)
        main.addStretch(1)

        left.addWidget(self._build_advice())
        left.addWidget(self._build_mandate())
        left.addStretch(1)
        right.addWidget(self._build_public())
        right.addWidget(self._build_ce())
        right.addStretch(1)

    def _build_advice(self) -> QGroupBox:
        box = QGroupBox(
            QCoreApplication.translate("AdviceTab", "Advies van het Zorginstituut (openbaar)")
        )
        grid = QGridLayout(box)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        label = QLabel(
            QCoreApplication.translate("AdviceTab", "&Tekst van het advies, zoals geschreven:")
        )
        label.setWordWrap(True)
        self.advice_text = QPlainTextEdit()
        self.advice_text.setAccessibleName(
            QCoreApplication.translate("AdviceTab", "Tekst van het advies")
        )
        self.advice_text.setPlaceholderText(
            QCoreApplication.translate(
                "AdviceTab",
                "Plak hier de zin uit het advies, bijv. „de vraagprijs moet met ten minste "
                "92% dalen”",
            )
        )
        self.advice_text.setTabChangesFocus(True)
        self.advice_text.setMinimumHeight(96)
        self.advice_text.setMaximumHeight(150)
        self.advice_text.textChanged.connect(self._advice_typed)
        label.setBuddy(self.advice_text)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.advice_text, 1, 0, 4, 1)

        read_as = QLabel(QCoreApplication.translate("AdviceTab", "Gelezen als:"))
        read_as.setStyleSheet("font-weight: 600;")
        grid.addWidget(read_as, 0, 1)
        self.parsed_label = QLabel("—")
        self.parsed_label.setWordWrap(True)
        self.parsed_label.setAccessibleName(
            QCoreApplication.translate("AdviceTab", "Gelezen drempel")
        )
        self.parsed_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.parsed_label, 1, 1)
        self.candidates_box = QWidget()
        self.candidates_box.setAccessibleName(
            QCoreApplication.translate("AdviceTab", "Mogelijke lezingen van het advies")
        )
        self.candidates_layout = QVBoxLayout(self.candidates_box)
        self.candidates_layout.setContentsMargins(0, 0, 0, 0)
        self.candidates_group = QButtonGroup(self)
        self.candidates_group.setExclusive(True)
        self.candidates_group.idClicked.connect(self._candidate_chosen)
        self.candidates_box.hide()
        grid.addWidget(self.candidates_box, 2, 1)
        grid.addWidget(self._build_correction(), 3, 1)
        grid.setRowStretch(4, 1)

        date_row = QHBoxLayout()
        date_label = QLabel(QCoreApplication.translate("AdviceTab", "Dat&um advies:"))
        self.advice_date = self._date_edit(
            "advice_date", QCoreApplication.translate("AdviceTab", "Datum van het advies")
        )
        date_label.setBuddy(self.advice_date)
        date_row.addWidget(date_label)
        date_row.addWidget(self.advice_date)
        date_row.addStretch(1)
        grid.addLayout(date_row, 5, 0, 1, 2)
        return box

    def _build_correction(self) -> QWidget:
        """Correct the reading (kind, low, high, fors); ZIN's sentence stays as written."""
        holder = QWidget()
        outer = QVBoxLayout(holder)
        outer.setContentsMargins(0, 0, 0, 0)
        self.correct_toggle = QCheckBox(
            QCoreApplication.translate("AdviceTab", "Lezing &corrigeren")
        )
        self.correct_toggle.setToolTip(
            QCoreApplication.translate(
                "AdviceTab",
                "Pas aan hoe de zin is gelezen; de tekst van het advies blijft zoals geschreven",
            )
        )
        outer.addWidget(self.correct_toggle)
        self.correction = QWidget()
        rows = QGridLayout(self.correction)  # two short lines: the column stays narrow
        rows.setContentsMargins(0, 0, 0, 0)
        self.read_kind = QComboBox()
        self.read_kind.setAccessibleName(
            QCoreApplication.translate("AdviceTab", "Soort grens van het advies")
        )
        for value, text in READING_KINDS:
            self.read_kind.addItem(_t(text), value)
        self.read_kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.read_kind.setMinimumContentsLength(12)
        self.read_low = self._pct_spin(
            QCoreApplication.translate("AdviceTab", "Advies: ondergrens")
        )
        self.read_to = QLabel(QCoreApplication.translate("AdviceTab", "tot"))
        self.read_high = self._pct_spin(
            QCoreApplication.translate("AdviceTab", "Advies: bovengrens")
        )
        self.read_fors = QCheckBox(QCoreApplication.translate("AdviceTab", "fo&rs"))
        self.read_fors.setAccessibleName(
            QCoreApplication.translate("AdviceTab", "Advies zegt fors")
        )
        rows.addWidget(self.read_kind, 0, 0, 1, 3)
        rows.addWidget(self.read_fors, 0, 3)
        rows.addWidget(self.read_low, 1, 0)
        rows.addWidget(self.read_to, 1, 1)
        rows.addWidget(self.read_high, 1, 2)
        rows.setColumnStretch(4, 1)
        outer.addWidget(self.correction)
        self.correction.hide()
        self.correct_toggle.toggled.connect(self.correction.setVisible)
        self.read_kind.activated.connect(self._reading_corrected)
        self.read_low.editingFinished.connect(self._reading_corrected)
        self.read_high.editingFinished.connect(self._reading_corrected)
        self.read_fors.clicked.connect(self._reading_corrected)
        return holder

    def _build_mandate(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("AdviceTab", "Mandaat (vertrouwelijk — 5.1.2b)"))
        layout = QVBoxLayout(box)
        self.mandate_is_advice = QCheckBox(
            QCoreApplication.translate("AdviceTab", "&Mandaat is gelijk aan het advies")
        )
        self.mandate_is_advice.setAccessibleName(
            QCoreApplication.translate("AdviceTab", "Mandaat gelijk aan het advies")
        )
        self.mandate_is_advice.toggled.connect(self._mandate_toggled)
        layout.addWidget(self.mandate_is_advice)
        row = QHBoxLayout()
        kind_label = QLabel(QCoreApplication.translate("AdviceTab", "&Prijsverlaging:"))
        self.mandate_kind = QComboBox()
        self.mandate_kind.setAccessibleName(
            QCoreApplication.translate("AdviceTab", "Soort grens van het mandaat")
        )
        for value, text in MANDATE_KINDS:
            self.mandate_kind.addItem(_t(text), value)
        kind_label.setBuddy(self.mandate_kind)
        self.mandate_low = self._pct_spin(
            QCoreApplication.translate("AdviceTab", "Mandaat: percentage")
        )
        self.mandate_to = QLabel(QCoreApplication.translate("AdviceTab", "tot"))
        self.mandate_high = self._pct_spin(
            QCoreApplication.translate("AdviceTab", "Mandaat: bovengrens")
        )
        row.addWidget(kind_label)
        row.addWidget(self.mandate_kind)
        row.addWidget(self.mandate_low)
        row.addWidget(self.mandate_to)
        row.addWidget(self.mandate_high)
        row.addStretch(1)
        layout.addLayout(row)
        self.mandate_kind.currentIndexChanged.connect(self._mandate_edited)
        self.mandate_low.editingFinished.connect(self._mandate_edited)
        self.mandate_high.editingFinished.connect(self._mandate_edited)
        return box

    def _pct_spin(self, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(0, 100)
        spin.setDecimals(2)
        spin.setSuffix("%")
        spin.setAccessibleName(name)
        spin.setKeyboardTracking(False)
        return spin

    def _build_public(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("AdviceTab", "Openbare gegevens"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.text_edits: dict[str, QLineEdit] = {}
        for name, label in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setAccessibleName(_t(label).replace("&", ""))
            edit.editingFinished.connect(lambda n=name: self._text_edited(n))
            self.text_edits[name] = edit
            form.addRow(_t(label), edit)
        self.phase = QComboBox()
        self.phase.setAccessibleName(QCoreApplication.translate("AdviceTab", "Fase"))
        for phase in PHASE_LABELS:
            self.phase.addItem(phase_label(phase), phase)
        self.phase.activated.connect(self._phase_edited)
        form.insertRow(4, QCoreApplication.translate("AdviceTab", "Fase"), self.phase)
        QWidget.setTabOrder(self.text_edits["supplier"], self.phase)  # as shown: top to bottom
        self.sluis_date = self._date_edit(
            "sluis_date", QCoreApplication.translate("AdviceTab", "In de sluis sinds")
        )
        form.addRow(QCoreApplication.translate("AdviceTab", "In de sluis sinds"), self.sluis_date)
        self.number_edits: dict[str, QLineEdit] = {}
        for name, label, kind in NUMBER_FIELDS:
            form.addRow(_t(label), self._number_edit(name, label, kind))
        return box

    def _build_ce(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("AdviceTab", "Kosteneffectiviteit"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label, kind in CE_FIELDS:
            form.addRow(_t(label), self._number_edit(name, label, kind))
        self.reference_label = QLabel("—")
        self.reference_label.setAccessibleName(
            QCoreApplication.translate("AdviceTab", "Referentiewaarde")
        )
        form.addRow(
            QCoreApplication.translate("AdviceTab", "Referentiewaarde"), self.reference_label
        )
        note = QLabel(
            QCoreApplication.translate(
                "AdviceTab", "Controleberekening (openbare cijfers van het Zorginstituut):"
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f5f5f;")
        form.addRow(note)
        self.calc: dict[str, QLineEdit] = {}
        for name, label, kind in CE_CHECK_FIELDS:
            edit = self._number_edit(name, label, kind)
            edit.textChanged.connect(self._update_cross_check)
            self.calc[name.removeprefix("ce_")] = edit
            form.addRow(_t(label), edit)
        self.cross_check = QLabel("—")
        self.cross_check.setWordWrap(True)
        self.cross_check.setAccessibleName(
            QCoreApplication.translate("AdviceTab", "Afgeleide prijsverlaging")
        )
        self.cross_check.setToolTip(
            QCoreApplication.translate(
                "AdviceTab", "r = (ΔC − referentiewaarde × ΔQALY) ÷ kosten van het geneesmiddel"
            )
        )
        form.addRow(
            QCoreApplication.translate("AdviceTab", "Afgeleide prijsverlaging r"), self.cross_check
        )
        return box

    def _number_edit(self, name: str, label: str, kind: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(_t(label).replace("&", ""))
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.editingFinished.connect(lambda n=name, k=kind: self._number_edited(n, k))
        self.number_edits[name] = edit
        return edit

    def _date_edit(self, name: str, accessible: str) -> DateField:
        edit = DateField(optional=True)
        edit.setAccessibleName(accessible)
        edit.date_edited.connect(lambda value, n=name: self._date_edited(n, value))
        return edit

    # -- showing -------------------------------------------------------------------

    def set_dossier(self, dossier_id: int | None) -> None:
        self._flush()
        d = None if dossier_id is None else self.session.dossier(dossier_id)
        self.show_dossier(d)

    def _noticed(self, dossier_id: int) -> None:
        """The vault changed this dossier: show it as stored."""
        if self.dossier is not None and self.dossier.id == dossier_id:
            self.show_dossier(self.session.dossier(dossier_id))

    def _reread(self) -> None:
        if self.dossier is not None and self.dossier.id is not None:
            self.show_dossier(self.session.dossier(self.dossier.id))

    def show_dossier(self, d: Dossier | None) -> None:
        """Show ``d`` (fresh from the vault) without emitting edits."""
        self.dossier = d
        self._loading = True
        try:
            self.setEnabled(d is not None)
            d = d or Dossier(brand="")
            typing = self._save_timer.isActive()
            if not typing and self.advice_text.toPlainText() != d.advice_text:
                self.advice_text.setPlainText(d.advice_text)
            self._read(self.advice_text.toPlainText(), d.advice_threshold)
            self.advice_date.setDate(d.advice_date)
            self.sluis_date.setDate(d.sluis_date)
            for name, edit in self.text_edits.items():
                edit.setText(getattr(d, name))
                edit.setCursorPosition(0)
            self.phase.setCurrentIndex(self.phase.findData(d.phase))
            for name, _label, kind in NUMBER_FIELDS + CE_FIELDS + CE_CHECK_FIELDS:
                edit = self.number_edits[name]
                edit.setText(_show_number(getattr(d, name), kind))
                edit.setCursorPosition(0)
                edit.setPlaceholderText(self._placeholder(d, name))
                self._mark(edit, None)
            m = d.mandate_threshold
            self.mandate_is_advice.setChecked(m is None)
            shown = m if m is not None else d.advice_threshold
            kind = shown.kind if shown is not None and shown.is_numeric else "at_least"
            if kind not in dict(MANDATE_KINDS):
                kind = "at_least"
            self.mandate_kind.setCurrentIndex(self.mandate_kind.findData(kind))
            low = shown.low if shown is not None and shown.low is not None else Decimal(0)
            high = shown.high if shown is not None and shown.high is not None else low
            self.mandate_low.setValue(float(low))
            self.mandate_high.setValue(float(high))
            self.calc["drug_cost"].setPlaceholderText(
                fmt.money(d.asking_price, cents=False) if d.asking_price is not None else ""
            )
        finally:
            self._loading = False
        self._update_parsed()
        self._update_mandate_controls()
        self._update_reference()
        self._update_cross_check()
        self._update_figures()

    def _placeholder(self, d: Dossier, name: str) -> str:
        if name == "expected_patients" and d.expected_patients is None:
            try:
                derived = expected_patients(d)
            except EngineError:
                derived = None
            if derived is not None:
                return QCoreApplication.translate("AdviceTab", "± %1 (afgeleid)").replace(
                    "%1", fmt.number(derived, 0)
                )
        return ""

    def _read(self, text: str, stored: Threshold | None) -> None:
        """Read ``text``; the reading in effect is ``stored`` when it was made from this
        very text (a chosen candidate or a correction), else the reader's own."""
        self._auto, self._read_error = None, None
        if text.strip():
            try:
                self._auto = parse_threshold(text)
            except ThresholdError as exc:
                self._read_error = exc
        kept = stored is not None and (stored.source_text == text or not text.strip())
        self._reading = stored if kept else self._auto

    @property
    def candidates(self) -> tuple[Candidate, ...]:
        exc = self._read_error
        return exc.candidates if exc is not None and exc.code == "ambiguous" else ()

    def _update_parsed(self) -> None:
        text = self.advice_text.toPlainText()
        reading, exc = self._reading, self._read_error
        self._show_candidates()
        self._show_correction()
        if reading is None and not text.strip():
            self.parsed_label.setText(
                QCoreApplication.translate("AdviceTab", "Nog geen advies geplakt.")
            )
            self.parsed_label.setStyleSheet("color: #5f5f5f;")
            return
        if reading is None and self.candidates:
            self.parsed_label.setText(
                QCoreApplication.translate(
                    "AdviceTab",
                    "Op meer dan één manier te lezen — kies de bedoelde lezing. "
                    "Tot dan wordt niets getoetst aan het advies.",
                )
            )
            self.parsed_label.setStyleSheet("color: #9b1c1c; font-weight: 600;")
            return
        if reading is None:
            message = WORDS.threshold_error(exc) if exc is not None else ""
            self.parsed_label.setText(
                QCoreApplication.translate("AdviceTab", "Niet gelezen: ") + message
            )
            self.parsed_label.setStyleSheet("color: #9b1c1c;")
            return
        shown = WORDS.threshold(reading).capitalize()
        if self.candidates:
            shown += QCoreApplication.translate("AdviceTab", " (gekozen lezing)")
        elif self._auto is not None and reading != self._auto:
            shown += QCoreApplication.translate("AdviceTab", " (met de hand gecorrigeerd)")
        self.parsed_label.setText(shown)
        self.parsed_label.setStyleSheet("font-weight: 600;")

    def _show_candidates(self) -> None:
        candidates = self.candidates
        self.candidates_box.setVisible(bool(candidates))
        if candidates != self._shown_candidates:
            self._shown_candidates = candidates
            for button in self.candidates_group.buttons():
                self.candidates_group.removeButton(button)
                button.setParent(None)  # gone from the box now, not at the next event loop
                button.deleteLater()
            for i, c in enumerate(candidates):
                words = QCoreApplication.translate("AdviceTab", "gelezen uit „%1”").replace(
                    "%1", c.text
                )
                # short, so the column stays narrow: "ten minste 45%"
                reading = WORDS.threshold(c.threshold, short=True)
                text = f"{reading}\n{words}"
                button = QRadioButton(text, self.candidates_box)
                button.setAccessibleName(text)
                self.candidates_group.addButton(button, i)
                self.candidates_layout.addWidget(button)
        # an exclusive group cannot show "none chosen": let go of it for a moment
        self.candidates_group.setExclusive(False)
        for i, c in enumerate(candidates):
            self.candidates_group.button(i).setChecked(self._reading == c.threshold)
        self.candidates_group.setExclusive(True)

    def _show_correction(self) -> None:
        t = self._reading
        enabled = self.dossier is not None and bool(self.advice_text.toPlainText().strip())
        self.correct_toggle.setEnabled(enabled)
        self.correction.setEnabled(enabled)
        was = self._loading
        self._loading = True
        try:
            kind = "at_least" if t is None else t.kind
            if t is not None and kind in ("at_least", "more_than"):
                kind = "more_than" if t.is_strict else "at_least"
            self.read_kind.setCurrentIndex(max(0, self.read_kind.findData(kind)))
            low = t.low if t is not None and t.low is not None else Decimal(0)
            high = t.high if t is not None and t.high is not None else low
            self.read_low.setValue(float(low))
            self.read_high.setValue(float(high))
            self.read_fors.setChecked(t is not None and t.substantially)
        finally:
            self._loading = was
        self._show_correction_fields()

    def _show_correction_fields(self) -> None:
        kind = self.read_kind.currentData()
        self.read_low.setVisible(kind in _WITH_LOW)
        self.read_to.setVisible(kind == "range")
        self.read_high.setVisible(kind == "range")
        self.read_fors.setVisible(kind in _WITH_LOW or kind == "qualitative")

    def reading_from_controls(self) -> Threshold:
        """The reading as the correction controls show it, for ZIN's sentence as written.
        A percentage left as shown keeps its exact value (33⅓% stays a third)."""
        prev = self._reading
        kind = str(self.read_kind.currentData())
        text = self.advice_text.toPlainText()
        fors = self.read_fors.isChecked() and (kind in _WITH_LOW or kind == "qualitative")
        if kind not in _WITH_LOW:
            return Threshold(kind, substantially=fors, source_text=text)
        low = _spin_pct(self.read_low, prev.low if prev else None)
        if kind == "range":
            high = _spin_pct(self.read_high, prev.high if prev else None)
            low, high = min(low, high), max(low, high)
            if low == high:
                return Threshold("at_least", low, substantially=fors, source_text=text)
            return Threshold("range", low, high, substantially=fors, source_text=text)
        tolerance = prev.tolerance_pp if prev is not None and kind == "approximately" else None
        return Threshold(kind, low, substantially=fors, tolerance_pp=tolerance, source_text=text)

    def _update_mandate_controls(self) -> None:
        custom = not self.mandate_is_advice.isChecked()
        is_range = self.mandate_kind.currentData() == "range"
        for w in (self.mandate_kind, self.mandate_low, self.mandate_high):
            w.setEnabled(custom)
        self.mandate_to.setVisible(is_range)
        self.mandate_high.setVisible(is_range)
        d = self.dossier
        self.warning.setVisible(d is not None and mandate_weaker_than_advice(d))

    def _update_reference(self) -> None:
        d = self.dossier
        if d is None or d.disease_burden is None:
            self.reference_label.setText(
                QCoreApplication.translate("AdviceTab", "— (vul de ziektelast in)")
            )
            return
        try:
            ref = reference_value_for_burden(d.disease_burden)
        except EngineError as exc:
            self.reference_label.setText(WORDS.engine_error(exc))
            return
        self.reference_label.setText(
            fmt.money(ref, cents=False) + QCoreApplication.translate("AdviceTab", " per QALY")
        )

    def _update_cross_check(self) -> None:
        d = self.dossier
        if d is None:
            self.cross_check.setText("—")
            return
        dc = fmt.parse_decimal(self.calc["delta_cost"].text())
        dq = fmt.parse_decimal(self.calc["delta_qaly"].text())
        drug = fmt.parse_decimal(self.calc["drug_cost"].text()) or d.asking_price
        ref = d.reference_value
        if d.disease_burden is not None:
            try:
                ref = reference_value_for_burden(d.disease_burden)
            except EngineError:
                ref = None
        if dc is None or dq is None or drug is None or ref is None or drug <= 0:
            self.cross_check.setText(
                QCoreApplication.translate("AdviceTab", "— vul ΔC, ΔQALY en de ziektelast in")
            )
            return
        r = required_reduction_from_ce(dc, dq, ref, drug)
        text = fmt.percent(r, 1)
        if d.advice_threshold is not None:
            text += QCoreApplication.translate("AdviceTab", " — advies: ") + WORDS.threshold(
                d.advice_threshold
            )
        self.cross_check.setText(text)

    def _update_figures(self) -> None:
        d = self.dossier
        if d is None:
            for f in (self.fig_advice, self.fig_mandate, self.fig_bid):
                f.show_values("—", "")
            return
        advice = d.advice_threshold
        self.fig_advice.show_values(
            WORDS.threshold(advice).capitalize() if advice else "—",
            QCoreApplication.translate("AdviceTab", "advies van ") + fmt.date(d.advice_date)
            if d.advice_date
            else QCoreApplication.translate("AdviceTab", "openbaar"),
        )
        mandate = d.effective_mandate
        self.fig_mandate.show_values(
            WORDS.threshold(mandate).capitalize() if mandate else "—",
            QCoreApplication.translate("AdviceTab", "gelijk aan het advies")
            if d.mandate_threshold is None
            else QCoreApplication.translate("AdviceTab", "eigen mandaat"),
        )
        # the supplier's latest (a counter-offer is not a verdict), read alone
        last = self.session.latest_supplier_bids(d.id).get(d.id) if d.id is not None else None
        if last is None:
            self.fig_bid.show_values("—", QCoreApplication.translate("AdviceTab", "nog geen bod"))
            return
        when = (
            fmt.date(last.date)
            + QCoreApplication.translate("AdviceTab", ", ronde ")
            + str(last.round)
        )
        try:
            a = assess(d, last)
        except EngineError as exc:
            self.fig_bid.show_values("—", WORDS.engine_error(exc))
            return
        code = a.mandate.code if a.mandate else None
        self.fig_bid.show_values(
            fmt.percent(a.effective_pct, 1)
            + QCoreApplication.translate("AdviceTab", " effectieve korting"),
            f"{verdict_label(code)} — {when}",
            VERDICT_COLOURS.get(code or ""),
        )

    # -- editing -------------------------------------------------------------------

    def _emit(self, after: Dossier, field: str) -> None:
        if self.dossier is None or self._loading or after == self.dossier:
            return
        self.edit_requested.emit(self.dossier, after, field)

    def _advice_typed(self) -> None:
        if self._loading:
            return
        self._read(self.advice_text.toPlainText(), None)  # a new sentence: read it anew
        self._update_parsed()
        self._save_timer.start()

    def _candidate_chosen(self, index: int) -> None:
        candidates = self.candidates
        if self._loading or not 0 <= index < len(candidates):
            return
        self._reading = candidates[index].threshold
        self._update_parsed()
        self._commit_advice("")

    def _reading_corrected(self, *_: object) -> None:
        if self._loading:
            return
        self._show_correction_fields()
        if self.dossier is None or not self.advice_text.toPlainText().strip():
            return
        if self.read_kind.currentData() == "range" and (
            self.read_low.value() == self.read_high.value()
        ):
            self.read_high.setFocus()  # a range needs its upper bound first
            return
        self._reading = self.reading_from_controls()
        self._update_parsed()
        self._commit_advice("")

    def _commit_advice(self, field: str = "advice_text") -> None:
        """Store the sentence and its reading. Typing merges into one undo step; a
        chosen or corrected reading (``field`` "") is a step of its own."""
        self._save_timer.stop()
        if self.dossier is None:
            return
        after = replace(
            self.dossier,
            advice_text=self.advice_text.toPlainText(),
            advice_threshold=self._reading,
        )
        self._emit(after, field)

    def _flush(self) -> None:
        """Save a pending advice edit now (before switching dossier or locking)."""
        if self._save_timer.isActive():
            self._commit_advice()

    def flush(self) -> None:
        self._flush()

    def focusOutEvent(self, event: object) -> None:  # noqa: N802
        self._flush()
        super().focusOutEvent(event)  # type: ignore[arg-type]

    def _text_edited(self, name: str) -> None:
        if self.dossier is None or self._loading:
            return
        value = self.text_edits[name].text().strip()
        if name == "brand" and not value:
            self.text_edits[name].setText(self.dossier.brand)
            self._mark(
                self.text_edits[name],
                QCoreApplication.translate(
                    "AdviceTab", "De naam van het geneesmiddel is verplicht"
                ),
            )
            return
        self._mark(self.text_edits[name], None)
        self._emit(replace(self.dossier, **{name: value}), name)

    def _number_edited(self, name: str, kind: str) -> None:
        if self.dossier is None or self._loading:
            return
        edit = self.number_edits[name]
        text = edit.text().strip()
        value = fmt.parse_decimal(text) if text else None
        if text and (value is None or value < 0):
            self._mark(
                edit,
                QCoreApplication.translate(
                    "AdviceTab", "Geen geldig getal (bijv. 104.000 of 68,5)"
                ),
            )
            return
        if name == "disease_burden" and value is not None:
            try:
                ref = reference_value_for_burden(value)
            except EngineError as exc:
                self._mark(edit, WORDS.engine_error(exc))
                return
            self._mark(edit, None)
            edit.setText(_show_number(value, kind))
            self._emit(replace(self.dossier, disease_burden=value, reference_value=ref), name)
            return
        self._mark(edit, None)
        edit.setText(_show_number(value, kind))
        self._emit(replace(self.dossier, **{name: value}), name)

    def _mark(self, edit: QLineEdit, problem: str | None) -> None:
        edit.setToolTip(problem or "")
        edit.setStyleSheet("border: 1px solid #b42318;" if problem else "")
        edit.setAccessibleDescription(problem or "")

    def _date_edited(self, name: str, value: dt.date | None) -> None:
        if self.dossier is None or self._loading:
            return
        self._emit(replace(self.dossier, **{name: value}), name)

    def _phase_edited(self) -> None:
        if self.dossier is None or self._loading:
            return
        phase = self.phase.currentData()
        if isinstance(phase, Phase):
            self._emit(replace(self.dossier, phase=phase), "phase")

    def _mandate_toggled(self, same_as_advice: bool) -> None:
        """Unticked: the mandate starts as an exact copy of the advice's reading (so no
        false "weaker" warning from a rounded or simplified copy)."""
        if self._loading:
            return
        advice = self.dossier.advice_threshold if self.dossier is not None else None
        if same_as_advice or advice is None:
            self._mandate_edited()
            return
        self._update_mandate_controls()
        assert self.dossier is not None
        self._emit(
            replace(self.dossier, mandate_threshold=replace(advice, source_text="mandaat")), ""
        )

    def _mandate_edited(self) -> None:
        if self._loading:
            return
        self._update_mandate_controls()
        if self.dossier is None:
            return
        self._emit(replace(self.dossier, mandate_threshold=self.mandate_from_controls()), "")

    def mandate_from_controls(self) -> Threshold | None:
        if self.mandate_is_advice.isChecked():
            return None
        prev = self.dossier.mandate_threshold if self.dossier is not None else None
        fors = prev is not None and prev.substantially  # kept: the controls do not show it
        kind = str(self.mandate_kind.currentData())
        low = _spin_pct(self.mandate_low, prev.low if prev else None)
        high = _spin_pct(self.mandate_high, prev.high if prev else None)
        if kind == "range":
            low, high = min(low, high), max(low, high)
            if low == high:
                return Threshold("at_least", low, substantially=fors, source_text="mandaat")
            return Threshold("range", low, high, substantially=fors, source_text="mandaat")
        tolerance = prev.tolerance_pp if prev is not None and kind == "approximately" else None
        return Threshold(
            kind, low, substantially=fors, tolerance_pp=tolerance, source_text="mandaat"
        )
