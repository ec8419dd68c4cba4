"""The Woo grounds of one dossier, in the Nota tab: per classifiable field its class, the
default ground, the ground chosen in this dossier and the motivation.

A choice is stored in the vault (:meth:`mandaat.vault.session.Session.set_woo_grounds`: saved
and audited at once) and every export of the dossier uses it. Given the window's undo
stack, each change is a :class:`~ui.nota_commands.WooGroundsCommand` on it (Ctrl+Z puts
the earlier choice back in the vault). The rules are the core's
(:func:`mandaat.export.classify.check_choice`); a refusal is shown under the table.
An empty ground cell means "the default"; making a field public is an explicit choice.
"""

from __future__ import annotations

import re
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mandaat.errors import MandaatError
from mandaat.export.classify import (
    CLASSIFIABLE_FIELDS,
    GroundChoice,
    default_grounds,
    needs_motivation,
)
from mandaat.export.messages import DEFAULT_MOTIVATIONS, FIELD_LABELS, GROUND_NAMES
from mandaat.model import Confidentiality, Party, field_class
from mandaat.vault.session import Session
from ui.table_model import EnumTableModel
from ui.words import field_label, ground_name

_Index = QModelIndex | QPersistentModelIndex

# The field key (``entity.field``) of a row, for tests and the reset button.
KEY_ROLE = Qt.ItemDataRole.UserRole
# What the ground cell's EditRole holds for "public" (the default is the empty string).
PUBLIC = "openbaar"
_GREY = QColor("#5f5f5f")


def _t(text: str) -> str:
    return QCoreApplication.translate("NotaTab", text)


class Column(IntEnum):
    FIELD = 0
    CLASS = 1
    DEFAULT = 2
    GROUNDS = 3
    MOTIVATION = 4


HEADERS: dict[Column, tuple[str, str]] = {
    Column.FIELD: (
        QT_TRANSLATE_NOOP("NotaTab", "Gegeven"),
        QT_TRANSLATE_NOOP("NotaTab", "Het gegeven van het dossier of van een bod"),
    ),
    Column.CLASS: (
        QT_TRANSLATE_NOOP("NotaTab", "Klasse"),
        QT_TRANSLATE_NOOP("NotaTab", "De vertrouwelijkheidsklasse van het gegeven"),
    ),
    Column.DEFAULT: (
        QT_TRANSLATE_NOOP("NotaTab", "Standaardgrond"),
        QT_TRANSLATE_NOOP("NotaTab", "De Woo-grond die bij deze klasse hoort"),
    ),
    Column.GROUNDS: (
        QT_TRANSLATE_NOOP("NotaTab", "Grond in dit dossier"),
        QT_TRANSLATE_NOOP("NotaTab", "Een andere grond voor dit dossier; leeg: de standaardgrond"),
    ),
    Column.MOTIVATION: (
        QT_TRANSLATE_NOOP("NotaTab", "Motivering"),
        QT_TRANSLATE_NOOP(
            "NotaTab", "De belangenafweging; de Woo vraagt die bij elke grond uit 5.1.2"
        ),
    ),
}

CLASS_WORDS: dict[Confidentiality, str] = {
    Confidentiality.PUBLIC: QT_TRANSLATE_NOOP("NotaTab", "openbaar"),
    Confidentiality.BUSINESS: QT_TRANSLATE_NOOP("NotaTab", "bedrijfsvertrouwelijk"),
    Confidentiality.STATE: QT_TRANSLATE_NOOP("NotaTab", "financieel belang van de Staat"),
    Confidentiality.PERSONAL: QT_TRANSLATE_NOOP("NotaTab", "persoonsgegeven"),
    Confidentiality.OPINION: QT_TRANSLATE_NOOP("NotaTab", "interne beleidsopvatting"),
}

FIELD_WORDS: dict[str, str] = {
    "dossier.mandate_threshold": QT_TRANSLATE_NOOP("NotaTab", "Mandaat"),
    "dossier.expected_patients": QT_TRANSLATE_NOOP("NotaTab", "Verwacht aantal patiënten"),
    "dossier.growth_pct_per_year": QT_TRANSLATE_NOOP("NotaTab", "Groei per jaar"),
    "person.name": QT_TRANSLATE_NOOP("NotaTab", "Betrokkenen: naam"),
    "person.role": QT_TRANSLATE_NOOP("NotaTab", "Betrokkenen: functie"),
    "person.email": QT_TRANSLATE_NOOP("NotaTab", "Betrokkenen: e-mailadres"),
    "person.phone": QT_TRANSLATE_NOOP("NotaTab", "Betrokkenen: telefoonnummer"),
    "bid.date": QT_TRANSLATE_NOOP("NotaTab", "Bod: datum"),
    "bid.round": QT_TRANSLATE_NOOP("NotaTab", "Bod: ronde"),
    "bid.party": QT_TRANSLATE_NOOP("NotaTab", "Bod: partij"),
    "bid.arrangement": QT_TRANSLATE_NOOP("NotaTab", "Bod: regeling"),
    "bid.duration_years": QT_TRANSLATE_NOOP("NotaTab", "Bod: looptijd"),
    "bid.start_date": QT_TRANSLATE_NOOP("NotaTab", "Bod: ingangsdatum"),
    "bid.end_date": QT_TRANSLATE_NOOP("NotaTab", "Bod: einddatum"),
    "bid.conditions": QT_TRANSLATE_NOOP("NotaTab", "Bod: voorwaarden"),
    "bid.note": QT_TRANSLATE_NOOP("NotaTab", "Bod: interne aantekening"),
    "bid.contact_person": QT_TRANSLATE_NOOP("NotaTab", "Bod: contactpersoon"),
    "arrangement.discount_pct": QT_TRANSLATE_NOOP("NotaTab", "Regeling: korting"),
    "arrangement.net_price_per_patient": QT_TRANSLATE_NOOP(
        "NotaTab", "Regeling: nettoprijs per patiënt"
    ),
    "arrangement.list_price_cut_pct": QT_TRANSLATE_NOOP("NotaTab", "Regeling: lijstprijsverlaging"),
    "arrangement.tiers": QT_TRANSLATE_NOOP("NotaTab", "Regeling: staffel"),
    "arrangement.annual_cap": QT_TRANSLATE_NOOP("NotaTab", "Regeling: uitgavenplafond"),
    "arrangement.p4p_refund_share_pct": QT_TRANSLATE_NOOP(
        "NotaTab", "Regeling: pay-for-performance, terugbetaling"
    ),
    "arrangement.p4p_nonresponse_rate_pct": QT_TRANSLATE_NOOP(
        "NotaTab", "Regeling: pay-for-performance, non-respons"
    ),
    "assessment.effective_reduction": QT_TRANSLATE_NOOP("NotaTab", "Toetsing: effectieve korting"),
    "assessment.scenarios": QT_TRANSLATE_NOOP("NotaTab", "Toetsing: scenario's"),
    "assessment.advice_verdict": QT_TRANSLATE_NOOP("NotaTab", "Toetsing: oordeel advies"),
    "assessment.mandate_verdict": QT_TRANSLATE_NOOP("NotaTab", "Toetsing: oordeel mandaat"),
    "assessment.margin_pp": QT_TRANSLATE_NOOP("NotaTab", "Toetsing: marge tot het mandaat"),
    "assessment.gap_eur_per_year": QT_TRANSLATE_NOOP("NotaTab", "Toetsing: tekort per jaar"),
    "assessment.gap_eur_total": QT_TRANSLATE_NOOP("NotaTab", "Toetsing: tekort over de looptijd"),
}


def field_word(key: str) -> str:
    """The name of a field as the table shows it."""
    if key in FIELD_WORDS:
        return _t(FIELD_WORDS[key])
    if key.startswith("dossier.nota_"):
        return QCoreApplication.translate("NotaTab", "Nota: toelichting %1").replace("%1", key[-1])
    entity, _, name = key.partition(".")
    label = field_label(FIELD_LABELS.get((entity, name), key))
    return label[:1].upper() + label[1:]


def default_text(key: str) -> str:
    """The default ground(s) of a field; bid figures of a VWS counter-offer differ."""
    entity, _, name = key.partition(".")
    supplier = "; ".join(default_grounds(entity, name, party=Party.SUPPLIER)) or "—"
    vws = "; ".join(default_grounds(entity, name, party=Party.VWS)) or "—"
    if vws == supplier:
        return supplier
    return (
        QCoreApplication.translate("NotaTab", "%1 (tegenbod VWS: %2)")
        .replace("%1", supplier)
        .replace("%2", vws)
    )


def parse_grounds(text: str) -> tuple[str, ...] | None:
    """The codes typed in a ground cell: None for the default (empty), () for public."""
    text = text.strip()
    if not text or text == QCoreApplication.translate("NotaTab", "(standaard)"):
        return None
    if text.casefold() in {
        PUBLIC,
        QCoreApplication.translate("NotaTab", "openbaar").casefold(),
        "-",
        "—",
    }:
        return ()
    if text == QCoreApplication.translate("NotaTab", "openbaar — geen grond"):
        return ()
    return tuple(dict.fromkeys(t for t in re.split(r"[;,\s]+", text) if t))


def default_motivation(grounds: tuple[str, ...]) -> str:
    """The standard motivations of these grounds, one after another."""
    return " ".join(
        dict.fromkeys(DEFAULT_MOTIVATIONS[g] for g in grounds if g in DEFAULT_MOTIVATIONS)
    )


class WooGroundsModel(EnumTableModel):
    """The classifiable fields of one dossier and its stored ground choices.

    Signals: ``refused(str)`` a change the core refused (the message); ``changed()``
    a change stored in the vault.
    """

    refused = Signal(str)
    changed = Signal()

    COLUMNS = Column
    HEADERS = HEADERS
    CONTEXT = "NotaTab"

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack
        self._pushing = False
        self.dossier_id: int | None = None
        self.keys: list[str] = []
        self.choices: dict[str, GroundChoice] = {}

    def row_count(self) -> int:
        return len(self.keys)

    # -- loading ---------------------------------------------------------------------

    def set_dossier(self, dossier_id: int | None) -> None:
        self.beginResetModel()
        self.dossier_id = dossier_id
        self.choices = {} if dossier_id is None else self.session.woo_grounds(dossier_id)
        extra = sorted(k for k in self.choices if k not in CLASSIFIABLE_FIELDS)
        self.keys = [] if dossier_id is None else [*CLASSIFIABLE_FIELDS, *extra]
        self.endResetModel()

    def row_of(self, key: str) -> int:
        return self.keys.index(key) if key in self.keys else -1

    # -- the model -------------------------------------------------------------------

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = Column(index.column())
        key = self.keys[index.row()]
        if col is Column.GROUNDS or (col is Column.MOTIVATION and key in self.choices):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.keys):
            return None
        key = self.keys[index.row()]
        col = Column(index.column())
        choice = self.choices.get(key)
        if role == KEY_ROLE:
            return key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(key, col, choice)
        if role == Qt.ItemDataRole.EditRole:
            if col is Column.GROUNDS:
                if choice is None:
                    return ""
                return "; ".join(choice.grounds) or PUBLIC
            if col is Column.MOTIVATION:
                return choice.motivation if choice else ""
            return self._display(key, col, choice)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(key, col, choice)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col is Column.GROUNDS and choice is None:
                return QBrush(_GREY)
            if col is Column.MOTIVATION and (choice is None or not choice.motivation):
                return QBrush(_GREY)
        return None

    def _effective(self, key: str, choice: GroundChoice | None) -> tuple[str, ...]:
        if choice is not None:
            return choice.grounds
        entity, _, name = key.partition(".")
        return default_grounds(entity, name, party=Party.SUPPLIER)

    def _display(self, key: str, col: Column, choice: GroundChoice | None) -> str:
        entity, _, name = key.partition(".")
        if col is Column.FIELD:
            return field_word(key)
        if col is Column.CLASS:
            return _t(CLASS_WORDS[field_class(entity, name)])
        if col is Column.DEFAULT:
            return default_text(key)
        if col is Column.GROUNDS:
            if choice is None:
                return QCoreApplication.translate("NotaTab", "(standaard)")
            return "; ".join(choice.grounds) or QCoreApplication.translate(
                "NotaTab", "openbaar — geen grond"
            )
        if choice is not None and choice.motivation:
            return choice.motivation
        return default_motivation(self._effective(key, choice))

    def _tooltip(self, key: str, col: Column, choice: GroundChoice | None) -> str:
        if col is Column.FIELD:
            return key  # the name a --policy file uses
        if col is Column.GROUNDS:
            grounds = self._effective(key, choice)
            return "\n".join(
                f"{g} — {ground_name(g)}" for g in grounds
            ) or QCoreApplication.translate(
                "NotaTab", "Openbaar: het gegeven staat leesbaar in een Woo-publicatie"
            )
        if col is Column.MOTIVATION:
            if choice is None:
                return QCoreApplication.translate(
                    "NotaTab", "De standaardmotivering; kies eerst een grond voor dit dossier"
                )
            return choice.motivation or QCoreApplication.translate(
                "NotaTab", "De standaardmotivering van de grond"
            )
        return self._display(key, col, choice)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or self.dossier_id is None
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return False
        key = self.keys[index.row()]
        choice = self.choices.get(key)
        text = "" if value is None else str(value)
        after: GroundChoice | None
        if Column(index.column()) is Column.GROUNDS:
            grounds = parse_grounds(text)
            if grounds is None:
                after = None
            elif choice is None or grounds != choice.grounds:
                motivation = choice.motivation if choice else ""
                if not motivation.strip() and any(needs_motivation(g) for g in grounds):
                    # the Woo asks one: start from the standard text, to be refined
                    motivation = default_motivation(grounds)
                after = GroundChoice(grounds, motivation)
            else:
                after = choice
        elif choice is not None:
            if text.strip() == choice.motivation:
                return True
            after = GroundChoice(choice.grounds, text)
        else:
            return False
        error = self._store(key, choice, after)
        if error:
            self.refused.emit(error)
            self._reload_row(index.row())
            return False
        self._reload_row(index.row())
        self.changed.emit()
        return True

    def _store(self, key: str, choice: GroundChoice | None, after: GroundChoice | None) -> str:
        """Store ``after`` for ``key`` (None: the default); the refusal's message or ""."""
        assert self.dossier_id is not None
        if self.undo_stack is not None:
            if after == choice:
                return ""  # nothing changes: no step on the stack
            from ui.nota_commands import WooGroundsCommand

            command = WooGroundsCommand(
                self.session,
                self.dossier_id,
                key,
                after,
                on_changed=self.reload_dossier,
                on_failed=self._undo_failed,
            )
            self._pushing = True
            try:
                self.undo_stack.push(command)
            finally:
                self._pushing = False
            return command.error
        try:
            if after is None:
                self.session.clear_woo_grounds(self.dossier_id, key)
            elif after != choice:
                self.session.set_woo_grounds(self.dossier_id, key, after.grounds, after.motivation)
        except MandaatError as exc:
            return str(exc)
        return ""

    def _undo_failed(self, text: str) -> None:
        """A later undo/redo was refused (the first push reports through setData)."""
        if not self._pushing:
            self.refused.emit(text)

    def reload_dossier(self, dossier_id: int) -> None:
        """The stored choices again, when this model shows ``dossier_id`` (after an undo)."""
        if dossier_id != self.dossier_id or not self.keys:
            return
        self.choices = self.session.woo_grounds(dossier_id)
        extra = [k for k in self.choices if k not in self.keys]
        if extra:  # a field outside the list came back: rebuild the rows
            self.set_dossier(dossier_id)
            return
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.keys) - 1, len(Column) - 1))

    def clear(self, row: int) -> bool:
        """Back to the default ground for the field of ``row``."""
        if self.dossier_id is None or not 0 <= row < len(self.keys):
            return False
        return self.setData(self.index(row, Column.GROUNDS), "", Qt.ItemDataRole.EditRole)

    def _reload_row(self, row: int) -> None:
        assert self.dossier_id is not None
        self.choices = self.session.woo_grounds(self.dossier_id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))


class GroundsDelegate(QStyledItemDelegate):
    """The ground cell: a combo with the default, "public" and every Woo code; codes
    may also be typed, several separated by ``;``."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> QWidget:
        if index.column() != Column.GROUNDS:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setAccessibleName(QCoreApplication.translate("NotaTab", "Grond in dit dossier"))
        combo.addItem(QCoreApplication.translate("NotaTab", "(standaard)"), "")
        combo.addItem(QCoreApplication.translate("NotaTab", "openbaar — geen grond"), PUBLIC)
        for code in GROUND_NAMES:
            combo.addItem(f"{code} — {ground_name(code)}", code)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        if not isinstance(editor, QComboBox):
            super().setEditorData(editor, index)
            return
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        found = editor.findData(value)
        if found >= 0:
            editor.setCurrentIndex(found)
        else:
            editor.setEditText(value)

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: _Index
    ) -> None:
        if not isinstance(editor, QComboBox):
            super().setModelData(editor, model, index)
            return
        i = editor.currentIndex()
        if i >= 0 and editor.currentText() == editor.itemText(i):
            value = str(editor.itemData(i))
        else:
            value = editor.currentText()
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class WooGroundsBox(QGroupBox):
    """The section "Weigeringsgronden (Woo)" of the Nota tab."""

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("NotaTab", "Weigeringsgronden (Woo)"), parent)
        self.model = WooGroundsModel(session, self, undo_stack=undo_stack)
        col = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "NotaTab",
                "Per gegeven de grond waarop een Woo-publicatie van dit dossier het weglakt. "
                "Kies een andere grond of 'openbaar' voor dit dossier, met een motivering; "
                "elke export van het dossier gebruikt die. 5.1.5 gaat niet samen met een "
                "andere grond.",
            )
        )
        intro.setWordWrap(True)
        col.addWidget(intro)
        self.view = QTableView()
        self.view.setAccessibleName(
            QCoreApplication.translate("NotaTab", "Weigeringsgronden per gegeven")
        )
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setItemDelegate(GroundsDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (Column.FIELD, 200),
            (Column.CLASS, 140),
            (Column.DEFAULT, 110),
            (Column.GROUNDS, 150),
        ):
            # never narrower than the header's own text (English headers are longer)
            self.view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.setMinimumHeight(360)
        col.addWidget(self.view)
        row = QHBoxLayout()
        self.reset_button = QPushButton(
            QCoreApplication.translate("NotaTab", "Standaardgrond he&rstellen")
        )
        self.reset_button.setToolTip(
            QCoreApplication.translate(
                "NotaTab", "De gekozen rij krijgt weer de grond van haar klasse"
            )
        )
        self.reset_button.clicked.connect(self.reset_current)
        row.addWidget(self.reset_button)
        row.addStretch(1)
        col.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #9b1c1c;")
        self.message.setAccessibleName(
            QCoreApplication.translate("NotaTab", "Melding bij de weigeringsgronden")
        )
        self.message.hide()
        col.addWidget(self.message)
        self.model.refused.connect(self._show_refusal)
        self.model.changed.connect(self.message.hide)

    def set_dossier(self, dossier_id: int | None) -> None:
        if dossier_id != self.model.dossier_id:
            self.message.hide()
            self.model.set_dossier(dossier_id)

    def reset_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.clear(index.row())

    def _show_refusal(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
