"""The bid editor: builds an arrangement from its blocks and shows the verdict live.

Every figure is typed as text and read exactly with :func:`ui.formatting.parse_decimal`;
what is wrong is said in Dutch under the field (never in a message box), from
:func:`mandaat.describe.bid_problems`. The verdict panel on the right is recomputed by
the engine on every keystroke (it is fast; no timer, no thread).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mandaat import describe, engine
from mandaat.engine import EngineError
from mandaat.model import Arrangement, Bid, Dossier, Party, Tier, TierBasis, TierMode
from mandaat.vault.session import Session
from ui import formatting as fmt
from ui.a11y import clearable
from ui.bids_model import VERDICT_COLOURS
from ui.date_field import DateField
from ui.placeholder import style_placeholder
from ui.session_events import events_for
from ui.words import WORDS
from ui.written_terms import WrittenTermsBox

_Index = QModelIndex | QPersistentModelIndex
_ERROR_STYLE = "color: #8a1111;"
_HINT_STYLE = "color: #555555;"


def _money(value: Decimal | None) -> str:
    """Money that does not break after the euro sign."""
    # whole euros: the engine's exact cent (a strict bound) never reaches the screen
    return fmt.money(value, cents=False).replace(" ", "\u00a0")


# --------------------------------------------------------------------------- tiers


class TierColumn(IntEnum):
    THRESHOLD = 0
    DISCOUNT = 1


class TiersModel(QAbstractTableModel):
    """Staffel steps as the user typed them (text), read with parse_decimal on use."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = []
        self.basis: TierBasis = "volume"
        self.mode: TierMode = "marginal"

    def set_tiers(self, tiers: tuple[Tier, ...]) -> None:
        self.beginResetModel()
        self._rows = [
            [fmt.number(t.threshold, 2, trim=True), fmt.number(t.discount_pct, 2, trim=True)]
            for t in sorted(tiers, key=lambda t: t.threshold)
        ]
        self.endResetModel()

    def add_row(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(["", ""])
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def read(self) -> tuple[tuple[Tier, ...], list[str]]:
        """The tiers, and a Dutch message per row that is not two numbers."""
        tiers: list[Tier] = []
        errors: list[str] = []
        for i, (threshold, discount) in enumerate(self._rows, start=1):
            if not threshold.strip() and not discount.strip():
                continue
            t, d = fmt.parse_decimal(threshold), fmt.parse_decimal(discount)
            if t is None or d is None:
                errors.append(
                    QCoreApplication.translate(
                        "BidEditor", "Trede {i}: vul een drempel en een extra korting in"
                    ).format(i=i)
                )
                continue
            tiers.append(Tier(t, d))
        return tuple(tiers), errors

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(TierColumn)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(TierColumn):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if section == TierColumn.THRESHOLD:
                return (
                    QCoreApplication.translate("BidEditor", "Drempel (patiënten/jaar)")
                    if self.basis == "volume"
                    else QCoreApplication.translate("BidEditor", "Drempel (€ uitgaven/jaar)")
                )
            return self.discount_header()
        return None

    def discount_header(self) -> str:
        """What the extra discount applies to: the part above the threshold (marginal)
        or everything once the threshold is passed (all units)."""
        if self.mode == "all_units":
            if self.basis == "volume":
                return QCoreApplication.translate(
                    "BidEditor",
                    "Extra korting % op alle patiënten zodra de drempel is overschreden",
                )
            return QCoreApplication.translate(
                "BidEditor", "Extra korting % op alle uitgaven zodra de drempel is overschreden"
            )
        if self.basis == "volume":
            return QCoreApplication.translate(
                "BidEditor", "Extra korting % op de patiënten boven de drempel"
            )
        return QCoreApplication.translate(
            "BidEditor", "Extra korting % op de uitgaven boven de drempel"
        )

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(  # noqa: N802
        self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][index.column()] = str(value or "")
        self.dataChanged.emit(index, index, [role])
        return True


# --------------------------------------------------------------------------- dialog


class BidEditor(QDialog):
    """Add (``bid`` None) or change a bid of ``dossier``. After ``exec()`` returns
    Accepted, :meth:`result_bid` is the bid to store (with the original id)."""

    def __init__(
        self,
        dossier: Dossier,
        bid: Bid | None = None,
        *,
        next_round: int = 1,
        today: dt.date | None = None,
        parent: QWidget | None = None,
        session: Session | None = None,
    ) -> None:
        super().__init__(parent)
        self.dossier = dossier
        self.session = session
        self.original = bid
        self._result: Bid | None = None
        title = (
            QCoreApplication.translate("BidEditor", "Nieuw bod")
            if bid is None
            else QCoreApplication.translate("BidEditor", "Bod wijzigen")
        )
        self.setWindowTitle(f"{title} — {dossier.brand}")
        self.setObjectName("BidEditor")
        self._errors: dict[str, QLabel] = {}
        self._build()
        self._load(bid or Bid(today or dt.date.today(), dossier_id=dossier.id, round=next_round))
        self._connect()
        self._update()
        self._opened = self.snapshot()
        if session is not None:  # the live verdict follows the vault (a new mandate...)
            events_for(session).dossier_changed.connect(self._dossier_noticed)

    def _dossier_noticed(self, dossier_id: int) -> None:
        if self.session is None or dossier_id != self.dossier.id:
            return
        d = self.session.dossier(dossier_id)
        if d is not None:
            self.dossier = d
            self.written.set_dossier(d)
            self._update()

    # -- building -------------------------------------------------------------------

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{name}")
        label.setStyleSheet(_ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self._errors[name] = label
        return label

    def _field(
        self, form: QFormLayout, label: str, widget: QWidget, name: str, hint: str = ""
    ) -> None:
        widget.setObjectName(name)
        widget.setAccessibleName(label.replace("&", ""))
        if hint:
            widget.setToolTip(hint)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(self._error_label(name))
        form.addRow(label, box)
        buddy = form.labelForField(box)
        if isinstance(buddy, QLabel):
            buddy.setBuddy(widget)

    @staticmethod
    def _number_edit(placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        style_placeholder(edit)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        clearable(edit)
        return edit

    def _build(self) -> None:
        # the bid
        general = QGroupBox(QCoreApplication.translate("BidEditor", "Bod"))
        form = QFormLayout(general)
        self.date_edit = DateField()
        self._field(form, QCoreApplication.translate("BidEditor", "&Datum"), self.date_edit, "date")
        self.round_spin = QSpinBox()
        self.round_spin.setRange(1, 99)
        self._field(
            form, QCoreApplication.translate("BidEditor", "&Ronde"), self.round_spin, "round"
        )
        self.party_combo = QComboBox()
        self.party_combo.addItem(
            QCoreApplication.translate("BidEditor", "Bod van de leverancier"), Party.SUPPLIER
        )
        self.party_combo.addItem(
            QCoreApplication.translate("BidEditor", "Tegenbod van VWS"), Party.VWS
        )
        self._field(
            form, QCoreApplication.translate("BidEditor", "&Partij"), self.party_combo, "party"
        )
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(1, 15)
        self.duration_spin.valueChanged.connect(
            lambda n: self.duration_spin.setSuffix(WORDS.count("years", n).removeprefix(str(n)))
        )  # " year" after 1, " years" after more
        self.duration_spin.setSuffix(WORDS.count("years", 1).removeprefix("1"))
        self._field(
            form,
            QCoreApplication.translate("BidEditor", "&Looptijd"),
            self.duration_spin,
            "duration_years",
        )
        start = QWidget()
        row = QHBoxLayout(start)
        row.setContentsMargins(0, 0, 0, 0)
        self.start_check = QCheckBox(QCoreApplication.translate("BidEditor", "bekend"))
        self.start_check.setObjectName("start_known")
        self.start_check.setAccessibleName(
            QCoreApplication.translate("BidEditor", "Startdatum bekend")
        )
        self.start_edit = DateField()
        self.start_edit.setAccessibleName(QCoreApplication.translate("BidEditor", "Startdatum"))
        row.addWidget(self.start_check)
        row.addWidget(self.start_edit, 1)
        self._field(
            form, QCoreApplication.translate("BidEditor", "&Startdatum"), start, "start_date"
        )
        self.end_label = QLabel()
        self.end_label.setObjectName("end_date")
        form.addRow(QCoreApplication.translate("BidEditor", "Einddatum"), self.end_label)
        self.contact_edit = QLineEdit()
        self._field(
            form,
            QCoreApplication.translate("BidEditor", "&Contactpersoon"),
            self.contact_edit,
            "contact_person",
        )

        # the arrangement
        terms = QGroupBox(QCoreApplication.translate("BidEditor", "Regeling"))
        tform = QFormLayout(terms)
        self.discount_edit = self._number_edit(
            QCoreApplication.translate("BidEditor", "bijv. 68,5")
        )
        self._field(
            tform,
            QCoreApplication.translate("BidEditor", "&Korting %"),
            self.discount_edit,
            "discount_pct",
            QCoreApplication.translate(
                "BidEditor", "Vertrouwelijke korting, na een nettoprijs of lijstprijsverlaging"
            ),
        )
        self.net_price_edit = self._number_edit(
            QCoreApplication.translate("BidEditor", "bijv. 34.000")
        )
        self._field(
            tform,
            QCoreApplication.translate("BidEditor", "&Nettoprijs per patiënt €"),
            self.net_price_edit,
            "net_price_per_patient",
            QCoreApplication.translate("BidEditor", "Vervangt de vraagprijs per patiënt"),
        )
        self.list_cut_edit = self._number_edit(QCoreApplication.translate("BidEditor", "bijv. 10"))
        self._field(
            tform,
            QCoreApplication.translate("BidEditor", "Publieke lijstprijs&verlaging %"),
            self.list_cut_edit,
            "list_price_cut_pct",
            QCoreApplication.translate(
                "BidEditor", "Openbare verlaging van de lijstprijs; de korting komt daar bovenop"
            ),
        )
        tiers_box = QWidget()
        tiers_layout = QVBoxLayout(tiers_box)
        tiers_layout.setContentsMargins(0, 0, 0, 0)
        basis_row = QHBoxLayout()
        self.tier_basis_combo = QComboBox()
        self.tier_basis_combo.setObjectName("tier_basis")
        self.tier_basis_combo.setAccessibleName(
            QCoreApplication.translate("BidEditor", "Staffel naar")
        )
        self.tier_basis_combo.addItem(
            QCoreApplication.translate("BidEditor", "naar aantal patiënten"), "volume"
        )
        self.tier_basis_combo.addItem(
            QCoreApplication.translate("BidEditor", "naar uitgaven (€)"), "spend"
        )
        self.add_tier_button = QPushButton(
            QCoreApplication.translate("BidEditor", "Trede &toevoegen")
        )
        self.remove_tier_button = QPushButton(QCoreApplication.translate("BidEditor", "Trede &weg"))
        basis_row.addWidget(self.tier_basis_combo, 1)
        basis_row.addWidget(self.add_tier_button)
        basis_row.addWidget(self.remove_tier_button)
        self.tiers_model = TiersModel(self)
        self.tier_view = QTableView()
        self.tier_view.setModel(self.tiers_model)
        self.tier_view.setAccessibleName(QCoreApplication.translate("BidEditor", "Staffeltreden"))
        self.tier_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tier_header = self.tier_view.horizontalHeader()
        tier_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # the discount's header says what it applies to: let it wrap, never cut
        tier_header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        )
        lines = (
            3
            if self.original is not None and self.original.arrangement.tier_mode == ("all_units")
            else 2
        )
        tier_header.setMinimumHeight(lines * tier_header.fontMetrics().lineSpacing() + 10)
        self.tier_view.verticalHeader().hide()
        self.tier_view.setMaximumHeight(128)
        tiers_layout.addLayout(basis_row)
        tiers_layout.addWidget(self.tier_view)
        self._field(tform, QCoreApplication.translate("BidEditor", "St&affel"), tiers_box, "tiers")
        self.cap_edit = self._number_edit(
            QCoreApplication.translate("BidEditor", "bijv. 20.000.000")
        )
        self._field(
            tform,
            QCoreApplication.translate("BidEditor", "&Uitgavenplafond € per jaar"),
            self.cap_edit,
            "annual_cap",
            QCoreApplication.translate(
                "BidEditor",
                "De leverancier betaalt de netto-uitgaven boven dit bedrag per jaar terug",
            ),
        )
        p4p = QWidget()
        p4p_row = QHBoxLayout(p4p)
        p4p_row.setContentsMargins(0, 0, 0, 0)
        self.p4p_share_edit = self._number_edit(
            QCoreApplication.translate("BidEditor", "terugbetaald %")
        )
        self.p4p_share_edit.setObjectName("p4p_refund_share_pct")
        self.p4p_share_edit.setAccessibleName(
            QCoreApplication.translate("BidEditor", "Pay-for-performance: terugbetaald deel %")
        )
        self.p4p_rate_edit = self._number_edit(
            QCoreApplication.translate("BidEditor", "non-respons %")
        )
        self.p4p_rate_edit.setObjectName("p4p_nonresponse_rate_pct")
        self.p4p_rate_edit.setAccessibleName(
            QCoreApplication.translate("BidEditor", "Pay-for-performance: non-responders %")
        )
        p4p_row.addWidget(self.p4p_share_edit)
        p4p_row.addWidget(QLabel("×"))
        p4p_row.addWidget(self.p4p_rate_edit)
        self._field(
            tform,
            QCoreApplication.translate("BidEditor", "Pay-for-per&formance"),
            p4p,
            "p4p",
            QCoreApplication.translate(
                "BidEditor",
                "Deel van de uitgaven dat wordt terugbetaald voor patiënten zonder respons",
            ),
        )
        self.arrangement_error = self._error_label("arrangement")
        tform.addRow(self.arrangement_error)

        # free text
        texts = QGroupBox(QCoreApplication.translate("BidEditor", "Voorwaarden en notitie"))
        xform = QFormLayout(texts)
        self.conditions_edit = QPlainTextEdit()
        self.conditions_edit.setTabChangesFocus(True)
        self.conditions_edit.setMaximumHeight(54)
        self._field(
            xform,
            QCoreApplication.translate("BidEditor", "V&oorwaarden"),
            self.conditions_edit,
            "conditions",
        )
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(54)
        self._field(
            xform,
            QCoreApplication.translate("BidEditor", "Not&itie (intern)"),
            self.note_edit,
            "note",
        )

        form_page = QWidget()
        left = QVBoxLayout(form_page)
        left.setContentsMargins(0, 0, 6, 0)
        left.addWidget(general)
        left.addWidget(terms)
        left.addWidget(texts)
        # the form scrolls, so that on a 1366×768 laptop the buttons stay on screen
        self.form_scroll = QScrollArea()
        self.form_scroll.setObjectName("bid_form")
        self.form_scroll.setWidget(form_page)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setMinimumWidth(
            form_page.minimumSizeHint().width()
            + self.form_scroll.verticalScrollBar().sizeHint().width()
        )

        right = QVBoxLayout()
        right.addWidget(self._build_verdict_panel())
        self.written = WrittenTermsBox()  # issue 17: the arrangement as written
        right.addWidget(self.written)
        right.addStretch(1)

        body = QHBoxLayout()
        body.addWidget(self.form_scroll, 3)
        body.addLayout(right, 2)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("BidEditor", "Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("BidEditor", "Annuleren")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        outer = QVBoxLayout(self)
        outer.addLayout(body)
        outer.addWidget(self.buttons)

    def _build_verdict_panel(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("BidEditor", "Oordeel terwijl u typt"))
        box.setObjectName("verdict_panel")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def value(name: str, bold: bool = False) -> QLabel:
            label = QLabel("—")
            label.setObjectName(name)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if bold:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
            return label

        self.mandate_verdict_label = value("mandate_verdict", bold=True)
        self.mandate_threshold_label = value("mandate_threshold")
        self.advice_verdict_label = value("advice_verdict", bold=True)
        self.advice_threshold_label = value("advice_threshold")
        self.effective_label = value("effective", bold=True)
        self.scenarios_label = value("scenarios")
        self.margin_label = value("margin")
        self.gap_label = value("gap")
        self.reason_label = value("reason")
        self.max_net_label = value("max_net_price")
        self.min_cap_label = value("min_cap")
        self.engine_label = value("engine_message")
        self.engine_label.setStyleSheet(_ERROR_STYLE)
        for badge in (self.mandate_verdict_label, self.advice_verdict_label):
            badge.setWordWrap(False)
            badge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        form.addRow(QCoreApplication.translate("BidEditor", "Mandaat"), self.mandate_verdict_label)
        form.addRow(
            QCoreApplication.translate("BidEditor", "Drempel"), self.mandate_threshold_label
        )
        form.addRow(QCoreApplication.translate("BidEditor", "Advies"), self.advice_verdict_label)
        form.addRow(QCoreApplication.translate("BidEditor", "Drempel"), self.advice_threshold_label)
        form.addRow(
            QCoreApplication.translate("BidEditor", "Effectieve korting"), self.effective_label
        )
        form.addRow(QCoreApplication.translate("BidEditor", "Per scenario"), self.scenarios_label)
        form.addRow(QCoreApplication.translate("BidEditor", "Marge (mandaat)"), self.margin_label)
        form.addRow(QCoreApplication.translate("BidEditor", "Tekort"), self.gap_label)
        form.addRow(QCoreApplication.translate("BidEditor", "Toelichting"), self.reason_label)
        form.addRow(
            QCoreApplication.translate("BidEditor", "Hoogste nettoprijs p.p."), self.max_net_label
        )
        form.addRow(
            QCoreApplication.translate("BidEditor", "Plafond dat voldoet"), self.min_cap_label
        )
        form.addRow(self.engine_label)
        self.max_net_label.setToolTip(
            QCoreApplication.translate(
                "BidEditor",
                "De hoogste nettoprijs per patiënt waarmee het bod aan het mandaat voldoet",
            )
        )
        self.min_cap_label.setToolTip(
            QCoreApplication.translate(
                "BidEditor",
                "Het ruimste uitgavenplafond per jaar waarmee het bod, met de andere "
                "voorwaarden, aan het mandaat voldoet (verwacht scenario)",
            )
        )
        box.setMinimumWidth(360)
        return box

    # -- loading and reading ----------------------------------------------------------

    def _load(self, bid: Bid) -> None:
        a = bid.arrangement
        self.date_edit.setDate(bid.date)
        self.round_spin.setValue(bid.round)
        self.party_combo.setCurrentIndex(0 if bid.party is Party.SUPPLIER else 1)
        self.duration_spin.setValue(max(1, bid.duration_years))
        self.start_check.setChecked(bid.start_date is not None)
        self.start_edit.setDate(bid.start_date or bid.date)
        self.start_edit.setEnabled(bid.start_date is not None)
        self.contact_edit.setText(bid.contact_person)

        def text(v: Decimal | None, money: bool = False) -> str:
            if v is None:
                return ""
            return fmt.number(v, 2, trim=True)

        self.discount_edit.setText(text(a.discount_pct))
        self.net_price_edit.setText(text(a.net_price_per_patient, True))
        self.list_cut_edit.setText(text(a.list_price_cut_pct))
        self.tier_basis_combo.setCurrentIndex(0 if a.tier_basis == "volume" else 1)
        self.tiers_model.basis = a.tier_basis
        self.tiers_model.mode = a.tier_mode
        self.tiers_model.set_tiers(a.tiers)
        self.cap_edit.setText(text(a.annual_cap, True))
        self.p4p_share_edit.setText(text(a.p4p_refund_share_pct))
        self.p4p_rate_edit.setText(text(a.p4p_nonresponse_rate_pct))
        self.conditions_edit.setPlainText(bid.conditions)
        self.note_edit.setPlainText(bid.note)
        self.written.set_dossier(self.dossier)
        self.written.load(a)

    def _connect(self) -> None:
        for edit in (
            self.discount_edit,
            self.net_price_edit,
            self.list_cut_edit,
            self.cap_edit,
            self.p4p_share_edit,
            self.p4p_rate_edit,
            self.contact_edit,
        ):
            edit.textChanged.connect(self._update)
        self.date_edit.changed.connect(self._update)
        self.start_edit.changed.connect(self._update)
        self.start_check.toggled.connect(self.start_edit.setEnabled)
        self.start_check.toggled.connect(self._update)
        self.round_spin.valueChanged.connect(self._update)
        self.duration_spin.valueChanged.connect(self._update)
        self.party_combo.currentIndexChanged.connect(self._update)
        self.tier_basis_combo.currentIndexChanged.connect(self._basis_changed)
        self.tiers_model.dataChanged.connect(self._update)
        self.tiers_model.rowsInserted.connect(self._update)
        self.tiers_model.rowsRemoved.connect(self._update)
        self.tiers_model.modelReset.connect(self._update)
        self.conditions_edit.textChanged.connect(self._update)
        self.note_edit.textChanged.connect(self._update)
        self.add_tier_button.clicked.connect(self._add_tier)
        self.remove_tier_button.clicked.connect(self._remove_tier)
        self.written.changed.connect(self._update)

    def _basis_changed(self) -> None:
        self.tiers_model.basis = self.tier_basis_combo.currentData()
        self.tiers_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self._update()

    def _add_tier(self) -> None:
        row = self.tiers_model.add_row()
        index = self.tiers_model.index(row, TierColumn.THRESHOLD)
        self.tier_view.setCurrentIndex(index)
        self.tier_view.edit(index)

    def _remove_tier(self) -> None:
        index = self.tier_view.currentIndex()
        row = index.row() if index.isValid() else self.tiers_model.rowCount() - 1
        self.tiers_model.remove_row(row)

    def _read(self) -> tuple[Bid, dict[str, str]]:
        """The bid as typed, and per field the first thing wrong with it."""
        errors: dict[str, str] = {}

        def dec(name: str, edit: QLineEdit) -> Decimal | None:
            text = edit.text().strip()
            value = fmt.parse_decimal(text)
            if text and value is None:
                errors.setdefault(
                    name,
                    QCoreApplication.translate(
                        "BidEditor", "Geen getal: typ bijvoorbeeld 92 of 68,5"
                    ),
                )
            return value

        tiers, tier_errors = self.tiers_model.read()
        if tier_errors:
            errors["tiers"] = tier_errors[0]
        arrangement = Arrangement(
            discount_pct=dec("discount_pct", self.discount_edit),
            net_price_per_patient=dec("net_price_per_patient", self.net_price_edit),
            list_price_cut_pct=dec("list_price_cut_pct", self.list_cut_edit),
            tiers=tiers,
            tier_basis=self.tier_basis_combo.currentData(),
            annual_cap=dec("annual_cap", self.cap_edit),
            p4p_refund_share_pct=dec("p4p_refund_share_pct", self.p4p_share_edit),
            p4p_nonresponse_rate_pct=dec("p4p_nonresponse_rate_pct", self.p4p_rate_edit),
            **self.written.read(errors),  # tier_mode, per-patient terms, product, after end
        )
        for name, field in (("date", self.date_edit), ("start_date", self.start_edit)):
            if field.problem() and (name == "date" or self.start_check.isChecked()):
                errors[name] = field.problem()
        base = self.original
        bid_date = self.date_edit.date()
        assert bid_date is not None  # a required field keeps its last good date
        bid = Bid(
            date=bid_date,
            id=base.id if base else None,
            dossier_id=base.dossier_id if base else self.dossier.id,
            round=self.round_spin.value(),
            party=Party(self.party_combo.currentData()),
            arrangement=arrangement,
            duration_years=self.duration_spin.value(),
            start_date=self.start_edit.date() if self.start_check.isChecked() else None,
            conditions=self.conditions_edit.toPlainText().strip(),
            note=self.note_edit.toPlainText().strip(),
            contact_person=self.contact_edit.text().strip(),
        )
        for p in describe.bid_problems(bid, self.dossier):
            errors.setdefault(p.field, WORDS.problem(p))
        return bid, errors

    # -- live verdict ---------------------------------------------------------------

    def _update(self, *_: object) -> None:
        bid, errors = self._read()
        for name, label in self._errors.items():
            message = errors.get(name, "")
            if name == "p4p":
                message = errors.get("p4p_refund_share_pct") or errors.get(
                    "p4p_nonresponse_rate_pct", ""
                )
            label.setText(message)
            label.setVisible(bool(message))
        self.written.show_errors(errors)
        # An empty arrangement is where every new bid starts: a hint, not an error.
        self.arrangement_error.setStyleSheet(_HINT_STYLE)
        self.end_label.setText(fmt.date(bid.end_date))
        self.ok_button.setEnabled(not errors)
        self._show_verdict(bid, errors)

    def _badge(self, label: QLabel, code: str | None, text: str | None = None) -> None:
        label.setText(text or WORDS.verdict(code))
        if code in VERDICT_COLOURS:
            fg, bg = VERDICT_COLOURS[code]
            label.setStyleSheet(
                f"color: {fg}; background: {bg}; padding: 2px 6px; border-radius: 3px;"
            )
        else:
            label.setStyleSheet("")

    def _show_verdict(self, bid: Bid, errors: dict[str, str]) -> None:
        d = self.dossier
        mandate, advice = d.effective_mandate, d.advice_threshold
        mandate_text = (
            WORDS.threshold(mandate)
            if mandate
            else QCoreApplication.translate("BidEditor", "geen drempel")
        )
        if d.mandate_threshold is None and mandate is not None:
            mandate_text += " " + QCoreApplication.translate("BidEditor", "(gelijk aan het advies)")
        self.mandate_threshold_label.setText(mandate_text)
        self.advice_threshold_label.setText(
            WORDS.threshold(advice)
            if advice
            else QCoreApplication.translate("BidEditor", "geen advies")
        )
        figures = (
            self.effective_label,
            self.scenarios_label,
            self.margin_label,
            self.gap_label,
            self.reason_label,
            self.max_net_label,
            self.min_cap_label,
        )
        self.engine_label.setText("")
        self.engine_label.hide()
        try:
            limit = engine.net_price_limit(d, mandate) if mandate else None
            if limit is None:
                self.max_net_label.setText("—")
            else:
                price, strict = limit
                words = (
                    QCoreApplication.translate("BidEditor", "lager dan {price}")
                    if strict
                    else QCoreApplication.translate("BidEditor", "ten hoogste {price}")
                )
                self.max_net_label.setText(words.format(price=_money(price)))
        except EngineError:
            self.max_net_label.setText("—")
        if errors or bid.arrangement.is_empty():
            for label in figures[:5]:
                label.setText("—")
            self.min_cap_label.setText("—")
            self._badge(self.mandate_verdict_label, None, "—")
            self._badge(self.advice_verdict_label, None, "—")
            return
        try:
            a = engine.assess(d, bid)
        except EngineError as exc:
            for label in figures:
                label.setText("—")
            self._badge(
                self.mandate_verdict_label,
                None,
                QCoreApplication.translate("BidEditor", "niet te berekenen"),
            )
            self._badge(
                self.advice_verdict_label,
                None,
                QCoreApplication.translate("BidEditor", "niet te berekenen"),
            )
            self.engine_label.setText(WORDS.engine_error(exc))
            self.engine_label.show()
            return
        m = a.mandate
        self._badge(self.mandate_verdict_label, m.code if m else None)
        self._badge(self.advice_verdict_label, a.advice.code if a.advice else None)
        self.effective_label.setText(fmt.percent(a.effective_pct))
        self.scenarios_label.setText(
            QCoreApplication.translate(
                "BidEditor", "laag {low} · verwacht {exp} · hoog {high}"
            ).format(
                low=fmt.percent(a.scenarios["low"].effective_pct),
                exp=fmt.percent(a.scenarios["expected"].effective_pct),
                high=fmt.percent(a.scenarios["high"].effective_pct),
            )
        )
        bound = fmt.percent(m.bound.pct) if m and m.bound else ""
        self.margin_label.setText(
            QCoreApplication.translate("BidEditor", "{points} t.o.v. {bound}").format(
                points=fmt.points(m.margin_pp), bound=bound
            )
            if m and m.margin_pp is not None
            else "—"
        )
        if m and m.gap_eur_per_year:
            self.gap_label.setText(
                QCoreApplication.translate(
                    "BidEditor", "{year} per jaar onder {bound}\n{total} over {years}"
                ).format(
                    year=_money(m.gap_eur_per_year),
                    total=_money(m.gap_eur_total),
                    years=WORDS.count("years", bid.duration_years),
                    bound=bound,
                )
            )
        else:
            worst = m.failing_worst if m else None
            if worst is not None:
                # a depends never shows "geen" while a scenario fails: its gap, named
                names = {
                    "low": QCoreApplication.translate("BidEditor", "laag"),
                    "expected": QCoreApplication.translate("BidEditor", "verwacht"),
                    "high": QCoreApplication.translate("BidEditor", "hoog"),
                }
                self.gap_label.setText(
                    QCoreApplication.translate(
                        "BidEditor",
                        "geen (verwacht)\n{year} per jaar onder {bound} (scenario {name})",
                    ).format(
                        year=_money(worst.bound.gap_per_year),
                        bound=fmt.percent(worst.bound.pct),
                        name=names.get(worst.scenario, worst.scenario),
                    )
                )
            else:
                self.gap_label.setText(
                    QCoreApplication.translate("BidEditor", "geen") if m else "—"
                )
        reason = m.reason if m else ""
        text = WORDS.reason(reason) if reason else ""
        if a.mandate_weaker_than_advice:
            text = (text + "\n" if text else "") + QCoreApplication.translate(
                "BidEditor", "Let op: het mandaat is zwakker dan het advies"
            )
        self.reason_label.setText(text or "—")
        try:
            cap = (
                engine.min_cap(d, mandate, base=bid.arrangement, duration_years=bid.duration_years)
                if mandate
                else None
            )
            self.min_cap_label.setText(_money(cap) if cap is not None else "—")
        except EngineError:
            self.min_cap_label.setText(
                QCoreApplication.translate("BidEditor", "— (geen volume bekend)")
            )

    # -- a draft held while the window is locked ------------------------------------

    def _line_edits(self) -> dict[str, QLineEdit]:
        return {
            "date": self.date_edit.edit,
            "start_date": self.start_edit.edit,
            "contact": self.contact_edit,
            "discount": self.discount_edit,
            "net_price": self.net_price_edit,
            "list_cut": self.list_cut_edit,
            "cap": self.cap_edit,
            "p4p_share": self.p4p_share_edit,
            "p4p_rate": self.p4p_rate_edit,
        }

    def snapshot(self) -> dict[str, Any]:
        """Everything typed, exactly as typed (also text that is not valid yet): the
        window keeps it in memory while locked and :meth:`restore` puts it back."""
        state: dict[str, Any] = {k: e.text() for k, e in self._line_edits().items()}
        state.update(
            round=self.round_spin.value(),
            party=self.party_combo.currentIndex(),
            duration=self.duration_spin.value(),
            start_known=self.start_check.isChecked(),
            tier_basis=self.tier_basis_combo.currentIndex(),
            tiers=[list(row) for row in self.tiers_model._rows],
            conditions=self.conditions_edit.toPlainText(),
            note=self.note_edit.toPlainText(),
        )
        return state

    def restore(self, state: dict[str, Any]) -> None:
        """Put a :meth:`snapshot` back, field by field."""
        self.round_spin.setValue(int(state["round"]))
        self.party_combo.setCurrentIndex(int(state["party"]))
        self.duration_spin.setValue(int(state["duration"]))
        self.start_check.setChecked(bool(state["start_known"]))
        self.tier_basis_combo.setCurrentIndex(int(state["tier_basis"]))
        self.tiers_model.beginResetModel()
        self.tiers_model._rows = [list(row) for row in state["tiers"]]
        self.tiers_model.endResetModel()
        for key, edit in self._line_edits().items():
            edit.setText(str(state[key]))
            edit.setCursorPosition(0)
        self.conditions_edit.setPlainText(str(state["conditions"]))
        self.note_edit.setPlainText(str(state["note"]))
        self._update()

    def has_unsaved_input(self) -> bool:
        """True when what is typed differs from what the editor opened with."""
        return self.snapshot() != self._opened

    # -- result ---------------------------------------------------------------------

    def current_bid(self) -> Bid | None:
        """The bid as typed now, or None while something is wrong."""
        bid, errors = self._read()
        return None if errors else bid

    def result_bid(self) -> Bid | None:
        return self._result

    def accept(self) -> None:
        bid = self.current_bid()
        if bid is None:
            self._update()
            return
        self._result = bid
        super().accept()
