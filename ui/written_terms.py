"""The bid editor's "as written" group: the kind of staffel, per-patient caps and free
initiation doses, product-wide, and what is paid after the arrangement ends (issue 17).

One compact group box with its own load/read, so that the bid editor only places it. It
reads what is typed exactly (:func:`ui.formatting.parse_decimal`) and says nothing about
whether the terms make sense: that is :func:`mandaat.describe.bid_problems`, whose
messages the editor shows under the field they concern (:meth:`WrittenTermsBox.show_errors`).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mandaat.model import Arrangement, Dossier
from ui import formatting as fmt

_ERROR_STYLE = "color: #8a1111;"

#: the error label of a row, and the fields whose problems it shows
ROWS: dict[str, tuple[str, ...]] = {
    "tier_mode": ("tier_mode",),
    "patient_units": ("patient_cap_units", "free_initial_units", "starters_pct"),
    "patient_months": ("patient_cap_months", "treatment_months"),
    "product_wide": ("product_wide",),
    "after_end": ("after_end", "after_end_net_price"),
}


class WrittenTermsBox(QGroupBox):
    """Signals: ``changed()`` when anything is typed or chosen."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("WrittenTerms", "Regeling zoals geschreven"), parent
        )
        self.setObjectName("written_terms")
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.tier_mode_combo = QComboBox()
        self.tier_mode_combo.setObjectName("tier_mode")
        self.tier_mode_combo.addItem(
            QCoreApplication.translate(
                "WrittenTerms", "staffel per schijf (alleen eenheden boven de drempel)"
            ),
            "marginal",
        )
        self.tier_mode_combo.addItem(
            QCoreApplication.translate("WrittenTerms", "staffel over alle eenheden"), "all_units"
        )
        self._row(
            form,
            QCoreApplication.translate("WrittenTerms", "Staffelsoort"),
            self.tier_mode_combo,
            "tier_mode",
        )

        self.cap_units_edit = self._number(
            QCoreApplication.translate("WrittenTerms", "eenheden p.p."),
            QCoreApplication.translate("WrittenTerms", "Plafond eenheden per patiënt"),
        )
        self.free_units_edit = self._number(
            QCoreApplication.translate("WrittenTerms", "eerste eenheden"),
            QCoreApplication.translate("WrittenTerms", "Gratis startdoses"),
        )
        self.starters_edit = self._number(
            QCoreApplication.translate("WrittenTerms", "% per jaar"),
            QCoreApplication.translate("WrittenTerms", "Starters per jaar %"),
        )
        units = self._line(
            QLabel(QCoreApplication.translate("WrittenTerms", "max")),
            self.cap_units_edit,
            QLabel(QCoreApplication.translate("WrittenTerms", "gratis")),
            self.free_units_edit,
            QLabel(QCoreApplication.translate("WrittenTerms", "% starters")),
            self.starters_edit,
        )
        units.setToolTip(
            QCoreApplication.translate(
                "WrittenTerms",
                "De leverancier betaalt de eenheden per patiënt boven het plafond; de eerste "
                "eenheden van een patiënt die start zijn gratis (het deel starters per jaar is "
                "een aanname)",
            )
        )
        self._row(
            form,
            QCoreApplication.translate("WrittenTerms", "Per patiënt"),
            units,
            "patient_units",
            self.cap_units_edit,
        )

        self.cap_months_edit = self._number(
            QCoreApplication.translate("WrittenTerms", "maanden p.p."),
            QCoreApplication.translate("WrittenTerms", "Plafond behandelduur maanden"),
        )
        self.treatment_edit = self._number(
            QCoreApplication.translate("WrittenTerms", "verwachte maanden"),
            QCoreApplication.translate("WrittenTerms", "Verwachte behandelduur maanden"),
        )
        months = self._line(
            QLabel(QCoreApplication.translate("WrittenTerms", "max")),
            self.cap_months_edit,
            QLabel(QCoreApplication.translate("WrittenTerms", "van")),
            self.treatment_edit,
        )
        months.setToolTip(
            QCoreApplication.translate(
                "WrittenTerms",
                "De leverancier betaalt de behandeling na het plafond; de verwachte "
                "behandelduur per patiënt is een aanname",
            )
        )
        self._row(
            form,
            QCoreApplication.translate("WrittenTerms", "Behandelduur"),
            months,
            "patient_months",
            self.cap_months_edit,
        )

        self.product_check = QCheckBox(
            QCoreApplication.translate("WrittenTerms", "geldt voor alle indicaties van het product")
        )
        self.product_check.setObjectName("product_wide")
        self._row(
            form,
            QCoreApplication.translate("WrittenTerms", "Product&breed"),
            self.product_check,
            "product_wide",
        )

        self.after_combo = QComboBox()
        self.after_combo.setObjectName("after_end")
        self.after_combo.addItem(
            QCoreApplication.translate("WrittenTerms", "niet vastgelegd"), None
        )
        self.after_combo.addItem(
            QCoreApplication.translate("WrittenTerms", "terug naar de vraagprijs"), "list"
        )
        self.after_combo.addItem(
            QCoreApplication.translate("WrittenTerms", "een nettoprijs per patiënt"), "net"
        )
        self.after_price_edit = self._number(
            QCoreApplication.translate("WrittenTerms", "€ per patiënt"),
            QCoreApplication.translate("WrittenTerms", "Nettoprijs na afloop"),
        )
        after = self._line(self.after_combo, self.after_price_edit)
        self._row(
            form,
            QCoreApplication.translate("WrittenTerms", "Na afloop"),
            after,
            "after_end",
            self.after_combo,
        )

        for edit in (
            self.cap_units_edit,
            self.free_units_edit,
            self.starters_edit,
            self.cap_months_edit,
            self.treatment_edit,
            self.after_price_edit,
        ):
            edit.textChanged.connect(self.changed)
        self.tier_mode_combo.currentIndexChanged.connect(self.changed)
        self.product_check.toggled.connect(self.changed)
        self.after_combo.currentIndexChanged.connect(self._after_changed)

    # -- building -------------------------------------------------------------------

    @staticmethod
    def _number(placeholder: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(name)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setClearButtonEnabled(True)
        return edit

    @staticmethod
    def _line(*widgets: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for w in widgets:
            row.addWidget(w, 0 if isinstance(w, QLabel) else 1)
        return box

    def _row(
        self,
        form: QFormLayout,
        label: str,
        widget: QWidget,
        name: str,
        buddy: QWidget | None = None,
    ) -> None:
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(_ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self.errors[name] = error
        holder = QVBoxLayout()
        holder.setContentsMargins(0, 0, 0, 0)
        holder.setSpacing(2)
        holder.addWidget(widget)
        holder.addWidget(error)
        form.addRow(label, holder)
        tag = form.labelForField(holder)
        target = buddy or widget
        if isinstance(tag, QLabel):
            tag.setBuddy(target)
        if not target.accessibleName():
            target.setAccessibleName(label.replace("&", ""))

    def _after_changed(self) -> None:
        self.after_price_edit.setEnabled(self.after_combo.currentData() == "net")
        self.changed.emit()

    # -- values ---------------------------------------------------------------------

    def set_dossier(self, dossier: Dossier) -> None:
        """Name the product beside the checkbox (or say that there is none)."""
        product = dossier.product.strip()
        self.product_check.setToolTip(
            QCoreApplication.translate("WrittenTerms", "Product: %1").replace("%1", product)
            if product
            else QCoreApplication.translate(
                "WrittenTerms",
                "Dit dossier hoort nog bij geen product: vul het product in bij het dossier",
            )
        )

    def load(self, a: Arrangement) -> None:
        def text(v: Decimal | None) -> str:
            return "" if v is None else fmt.number(v, 2, trim=True)

        self.tier_mode_combo.setCurrentIndex(0 if a.tier_mode == "marginal" else 1)
        self.cap_units_edit.setText(text(a.patient_cap_units))
        self.free_units_edit.setText(text(a.free_initial_units))
        self.starters_edit.setText(text(a.starters_pct))
        self.cap_months_edit.setText(text(a.patient_cap_months))
        self.treatment_edit.setText(text(a.treatment_months))
        self.product_check.setChecked(a.product_wide)
        self.after_combo.setCurrentIndex({None: 0, "list": 1, "net": 2}.get(a.after_end, 0))
        self.after_price_edit.setText(text(a.after_end_net_price))
        self.after_price_edit.setEnabled(a.after_end == "net")

    def read(self, errors: dict[str, str]) -> dict[str, Any]:
        """The arrangement's fields as typed (for ``Arrangement(**...)``); a text that is
        not a number is put in ``errors`` under its field."""

        def dec(name: str, edit: QLineEdit) -> Decimal | None:
            text = edit.text().strip()
            value = fmt.parse_decimal(text) if text else None
            if text and value is None:
                errors.setdefault(
                    name,
                    QCoreApplication.translate(
                        "WrittenTerms", "Geen getal: typ bijvoorbeeld 26 of 12,5"
                    ),
                )
            return value

        after = self.after_combo.currentData()
        return {
            "tier_mode": self.tier_mode_combo.currentData(),
            "patient_cap_units": dec("patient_cap_units", self.cap_units_edit),
            "free_initial_units": dec("free_initial_units", self.free_units_edit),
            "starters_pct": dec("starters_pct", self.starters_edit),
            "patient_cap_months": dec("patient_cap_months", self.cap_months_edit),
            "treatment_months": dec("treatment_months", self.treatment_edit),
            "product_wide": self.product_check.isChecked(),
            "after_end": after,
            "after_end_net_price": (
                dec("after_end_net_price", self.after_price_edit) if after == "net" else None
            ),
        }

    def show_errors(self, errors: dict[str, str]) -> None:
        """Under each row the first problem of its fields."""
        for row, names in ROWS.items():
            message = next((errors[n] for n in names if errors.get(n)), "")
            label = self.errors[row]
            label.setText(message)
            label.setVisible(bool(message))
