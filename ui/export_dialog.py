"""The export dialog: the nota (DOCX/PDF, for an audience) or a Woo package, a preview
of what will be withheld and on which ground, progress, and the leak check's result.

The preview comes from the core (:mod:`mandaat.export.preview`), from the same redacted
document model the files are rendered from. The export runs on a worker
(:func:`~mandaat.export.publish.stage_nota`, :func:`~mandaat.export.publish.stage_woo`:
render into a staging folder next to the destination and leak-check every file); back on
the GUI thread the audit entry is committed and only then are the files moved into place
(:func:`~mandaat.export.publish.finish`): Annuleren, a leak or a failed audit entry
leaves nothing behind. The audit entry names kind and file name, never a value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from enum import IntEnum
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mandaat.errors import MandaatError
from mandaat.export import publish, render_pdf
from mandaat.export.classify import Audience
from mandaat.export.messages import ExportError
from mandaat.export.preview import WithheldItem, nota_preview, woo_preview
from mandaat.model import Dossier
from mandaat.vault.session import Session
from ui import workers
from ui.a11y import fit_to_screen
from ui.placeholder import style_placeholder
from ui.progress import ProgressPanel, Report, guard_window
from ui.table_model import EnumTableModel
from ui.unlock import error_text
from ui.words import WORDS, field_label, ground_name

_Index = QModelIndex | QPersistentModelIndex


def _t(text: object) -> str:
    return QCoreApplication.translate("ExportDialog", str(text))


OK_STYLE = (
    "QLabel { color: #1e6b30; background: #e6f4ea; border: 1px solid #b7dfc2; padding: 8px; }"
)
BAD_STYLE = (
    "QLabel { color: #8a1c13; background: #fde2e1; border: 1px solid #f2b8b5; padding: 8px; }"
)

AUDIENCES: tuple[tuple[Audience, object], ...] = (
    ("nota", QT_TRANSLATE_NOOP("ExportDialog", "Nota aan de minister — contactgegevens gelakt")),
    ("intern", QT_TRANSLATE_NOOP("ExportDialog", "Intern — niets gelakt")),
    (
        "woo",
        QT_TRANSLATE_NOOP("ExportDialog", "Openbaar (Woo) — alle niet-openbare gegevens gelakt"),
    ),
)
#: What each audience's preview means (shown above the list).
AUDIENCE_NOTES: dict[str, object] = {
    "intern": QT_TRANSLATE_NOOP(
        "ExportDialog",
        "Intern: niets wordt gelakt. Paragraaf 5 van de nota noemt wel wat "
        "bij openbaarmaking gelakt zou worden.",
    ),
    "nota": QT_TRANSLATE_NOOP(
        "ExportDialog",
        "Nota aan de minister: alleen e-mailadressen en telefoonnummers worden "
        "gelakt. Paragraaf 5 noemt wat bij openbaarmaking gelakt zou worden.",
    ),
    "woo": QT_TRANSLATE_NOOP(
        "ExportDialog",
        "Openbaar: elk niet-openbaar gegeven wordt vervangen door een vak met de weigeringsgrond.",
    ),
}
FORMATS: tuple[tuple[str, object], ...] = (
    (".docx", QT_TRANSLATE_NOOP("ExportDialog", "Word-document (.docx)")),
    (".pdf", QT_TRANSLATE_NOOP("ExportDialog", "PDF (.pdf)")),
)


class SavePaths(Protocol):
    def save_path(self, parent: QWidget | None, title: str, suggested: str) -> str | None: ...


class ExportDialogs:
    """The real file dialogs: a file for the nota, a folder for the Woo package."""

    def save_path(self, parent: QWidget | None, title: str, suggested: str) -> str | None:
        suffix = Path(suggested).suffix.lower()
        filters = {
            ".docx": QCoreApplication.translate("ExportDialog", "Word-documenten (*.docx)"),
            ".pdf": QCoreApplication.translate("ExportDialog", "PDF-bestanden (*.pdf)"),
        }
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters.get(suffix, ""))
        return path or None

    def folder_path(self, parent: QWidget | None, title: str, suggested: str) -> str | None:
        path = QFileDialog.getExistingDirectory(parent, title, str(Path(suggested).parent))
        return path or None

    def logo_path(self, parent: QWidget | None, title: str, suggested: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            title,
            suggested,
            QCoreApplication.translate("ExportDialog", "Afbeeldingen (*.png *.jpg *.jpeg)"),
        )
        return path or None


#: QSettings key of the ministry's logo: a *path* (the logo is not confidential and is
#: never copied into the vault).
LOGO_SETTING = "export/logo"


# --------------------------------------------------------------------------- preview model


class WithheldColumn(IntEnum):
    FIELD = 0
    GROUND = 1
    GROUND_NAME = 2
    DOSSIERS = 3


WITHHELD_HEADERS = {
    WithheldColumn.FIELD: QT_TRANSLATE_NOOP("ExportDialog", "Wat wordt gelakt"),
    WithheldColumn.GROUND: QT_TRANSLATE_NOOP("ExportDialog", "Grond"),
    WithheldColumn.GROUND_NAME: QT_TRANSLATE_NOOP("ExportDialog", "Betekenis"),
    WithheldColumn.DOSSIERS: QT_TRANSLATE_NOOP("ExportDialog", "Dossiers"),
}


class WithheldModel(EnumTableModel):
    """The preview: each kind of information withheld, its ground and the dossiers."""

    COLUMNS = WithheldColumn
    HEADERS = WITHHELD_HEADERS
    CONTEXT = "ExportDialog"

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._items: list[WithheldItem] = []
        self.total = 1

    def row_count(self) -> int:
        return len(self._items)

    def set_items(self, items: Sequence[WithheldItem], total: int = 1) -> None:
        """``total``: the number of dossiers exported (an item in all of them says so)."""
        self.beginResetModel()
        self._items = list(items)
        self.total = total
        self.endResetModel()

    def items(self) -> list[WithheldItem]:
        return list(self._items)

    def _dossiers_text(self, item: WithheldItem) -> str:
        if self.total > 1 and len(item.dossiers) == self.total:
            return QCoreApplication.translate("ExportDialog", "alle %1").replace(
                "%1", str(self.total)
            )
        return ", ".join(item.dossiers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        col = WithheldColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if col is WithheldColumn.FIELD:
                return field_label(item.label)
            if col is WithheldColumn.GROUND:
                return item.ground
            if col is WithheldColumn.GROUND_NAME:
                return ground_name(item.ground)
            return self._dossiers_text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col is WithheldColumn.DOSSIERS:
                return ", ".join(item.dossiers)
            head = f"{item.ground} — {item.article}" if item.article else item.ground
            return f"{head}\n{item.motivation}" if item.motivation else head
        return None


# --------------------------------------------------------------------------- job


class ExportCancelled(Exception):
    """Annuleren before the files were moved into place: nothing was written."""


def export_job(
    data: publish.Data,
    kind: str,
    target: Path,
    *,
    drug: str = "",
    audience: Audience = "nota",
    kenmerk: str = "",
    wanted: Sequence[str] = (),
    today: dt.date,
    texts: dict[str, str],
    report: Report,
    stop: Callable[[], bool],
    logo: Path | None = None,
) -> publish.Staged:
    """Runs on the worker: render and leak-check beside ``target``. The files stay in
    their staging folder: the GUI thread commits the audit entry, then places them."""
    report(0, 0, texts["render"])
    if kind == "nota":
        staged = publish.stage_nota(
            data, drug, audience, target, today=today, kenmerk=kenmerk, logo=logo
        )
    else:
        staged = publish.stage_woo(data, target, wanted, today=today)
    if stop():
        staged.discard()
        raise ExportCancelled
    report(1, 1, texts["place"])
    return staged


# --------------------------------------------------------------------------- dialog


def _preview_job(
    asked: int, preview: Callable[..., list[WithheldItem]], *args: Any, today: dt.date
) -> tuple[int, list[WithheldItem] | MandaatError]:
    """On a worker: ``preview(*args)`` (what the export will withhold) with the number of
    the request it answers; the core's refusal is an answer too."""
    try:
        return asked, preview(*args, today=today)
    except MandaatError as exc:
        return asked, exc


def _dossier_name(d: Dossier) -> str:
    return f"{d.brand} — {d.indication}" if d.indication else d.brand


class ExportDialog(QDialog):
    """Signals:
    exported(object): files were written (the list of paths); the audit log has it.
    busy_changed(bool): an export started / ended.
    """

    exported = Signal(object)
    busy_changed = Signal(bool)
    #: The preview of the current choices is shown (made on a worker): see :attr:`ready`.
    preview_shown = Signal()

    def __init__(
        self,
        session: Session,
        current_id: int | None = None,
        *,
        paths: SavePaths | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings if settings is not None else QSettings()
        stored_logo = str(self.settings.value(LOGO_SETTING, "") or "")
        self.logo: Path | None = Path(stored_logo) if stored_logo else None
        self.paths: Any = paths or ExportDialogs()
        self.today = today
        #: Everything the export reads, from a snapshot of the vault read on a worker (all
        #: bids: hundreds of milliseconds at tens of thousands); None until it arrived.
        self.data: publish.Data | None = None
        self._preview_asked = 0  # previews asked for, and the one shown (a counter each)
        self._preview_shown = 0
        self._pending: tuple[str, int] = ("", 1)  # the asked preview's note and dossiers
        #: what the asked preview needs computed ((preview, *args)), None when nothing
        self._request: tuple[Any, ...] | None = None
        self._running: int | None = None  # the request a preview worker is making now
        #: closed or locked: nothing more is read, computed or exported
        self._retired = False
        self.dossiers = sorted(session.dossiers(), key=lambda d: (d.brand.casefold(), d.id or 0))
        self.current: Dossier | None = next(
            (d for d in self.dossiers if d.id == current_id and d.id is not None), None
        )
        self.files: list[Path] = []
        self.leak_passed: bool | None = None
        self._target = Path()
        self._close_when_done = False
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Exporteren — Mandaat"))
        self.setModal(True)
        self.resize(fit_to_screen(QSize(1000, 680)))
        self._build()
        self.update_preview()
        loader = workers.start(publish.load_snapshot, session.snapshot())
        loader.finished.connect(self._data_loaded)
        loader.failed.connect(self._data_failed)

    @property
    def ready(self) -> bool:
        """The vault's data is read and the preview of the current choices is shown: the
        export can start."""
        return (
            not self._retired
            and self.data is not None
            and self._preview_shown == self._preview_asked
        )

    def retire(self) -> None:
        """The vault is being locked or the dialog closed: a reading or preview still
        under way is dropped when it arrives, and no new one starts (an export under way
        is stopped by the window's lock, :func:`ui.workers.stop_all`)."""
        self._retired = True
        self._request = None
        if not self.busy:
            self.data = None

    def done(self, result: int) -> None:
        self.retire()
        super().done(result)

    def _data_loaded(self, data: object) -> None:
        assert isinstance(data, publish.Data)
        if self._retired:  # locked or closed while reading: the data is not kept
            return
        self.data = data
        stored = data.header(self.current).kenmerk if self.current is not None else ""
        if stored:  # an empty field exports the kenmerk stored with the nota's header
            self.kenmerk.setPlaceholderText(
                QCoreApplication.translate(
                    "ExportDialog", "leeg: het kenmerk van de nota (%1)"
                ).replace("%1", stored)
            )
        self.update_preview()

    def _data_failed(self, exc: object) -> None:
        if self._retired:
            return
        shown = error_text(exc) if isinstance(exc, BaseException) else str(exc)
        self.preview_note.setText("")
        self._show_result("✗ " + shown, ok=False)

    # -- building --------------------------------------------------------------------

    def _build(self) -> None:
        col = QVBoxLayout(self)
        col.setContentsMargins(16, 14, 16, 12)
        col.setSpacing(10)
        title = QLabel(QCoreApplication.translate("ExportDialog", "Exporteren met lekcontrole"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        col.addWidget(title)
        intro = QLabel(
            QCoreApplication.translate(
                "ExportDialog",
                "Gelakte gegevens komen nooit in het bestand: ze worden vervangen door een "
                "vak met de weigeringsgrond. Daarna zoekt de lekcontrole elke gelakte waarde "
                "in elk bestand; pas als er niets gevonden is, wordt weggeschreven.",
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #5f5f5f;")
        col.addWidget(intro)

        what = QGroupBox(QCoreApplication.translate("ExportDialog", "Wat exporteren"))
        grid = QGridLayout(what)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, 24)
        self.kind_group = QButtonGroup(self)
        self.nota_radio = QRadioButton(
            QCoreApplication.translate("ExportDialog", "&Nota over het geselecteerde dossier")
        )
        self.woo_radio = QRadioButton(
            QCoreApplication.translate(
                "ExportDialog",
                "&Woo-pakket: per dossier een gelakte samenvatting (PDF) en de inventarislijst",
            )
        )
        self.kind_group.addButton(self.nota_radio)
        self.kind_group.addButton(self.woo_radio)
        grid.addWidget(self.nota_radio, 0, 0, 1, 2)

        nota_form = QFormLayout()
        nota_form.setContentsMargins(0, 0, 0, 6)
        self.dossier_label = QLabel(
            _dossier_name(self.current)
            if self.current is not None
            else QCoreApplication.translate(
                "ExportDialog", "geen dossier geselecteerd — kies er een in de lijst"
            )
        )
        self.dossier_label.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Dossier van de nota")
        )
        nota_form.addRow(QCoreApplication.translate("ExportDialog", "Dossier:"), self.dossier_label)
        self.audience = QComboBox()
        for code, label in AUDIENCES:
            self.audience.addItem(_t(label), code)
        self.audience.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Publiek van de nota")
        )
        nota_form.addRow(QCoreApplication.translate("ExportDialog", "&Publiek:"), self.audience)
        self.format = QComboBox()
        for suffix, label in FORMATS:
            self.format.addItem(_t(label), suffix)
        self.format.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Bestandsformaat van de nota")
        )
        nota_form.addRow(QCoreApplication.translate("ExportDialog", "&Formaat:"), self.format)
        self.kenmerk = QLineEdit()
        self.kenmerk.setPlaceholderText(
            QCoreApplication.translate(
                "ExportDialog", "optioneel, bijvoorbeeld 4123456-1078901-GMT"
            )
        )
        style_placeholder(self.kenmerk)
        self.kenmerk.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Kenmerk van de nota")
        )
        nota_form.addRow(QCoreApplication.translate("ExportDialog", "&Kenmerk:"), self.kenmerk)
        logo_row = QHBoxLayout()
        logo_row.setContentsMargins(0, 0, 0, 0)
        self.logo_label = QLabel()
        self.logo_label.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Logo van het ministerie")
        )
        self.logo_button = QPushButton(QCoreApplication.translate("ExportDialog", "&Logo…"))
        self.logo_button.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Logo van het ministerie kiezen")
        )
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_clear = QPushButton(QCoreApplication.translate("ExportDialog", "Logo weg&halen"))
        self.logo_clear.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Logo weghalen: nota zonder logo")
        )
        self.logo_clear.clicked.connect(lambda: self.set_logo(None))
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear)
        nota_form.addRow(QCoreApplication.translate("ExportDialog", "Logo:"), logo_row)
        self._show_logo()
        self.nota_options = QWidget()
        self.nota_options.setLayout(nota_form)
        grid.addWidget(self.nota_options, 1, 1)

        grid.addWidget(self.woo_radio, 2, 0, 1, 2)
        woo_box = QVBoxLayout()
        woo_box.setContentsMargins(0, 0, 0, 0)
        self.dossier_list = QListWidget()
        self.dossier_list.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Dossiers in het Woo-pakket")
        )
        for d in self.dossiers:
            item = QListWidgetItem(_dossier_name(d))
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.dossier_list.addItem(item)
        shown = max(2, min(len(self.dossiers), 5))
        line = max(self.dossier_list.sizeHintForRow(0), self.fontMetrics().lineSpacing() + 4)
        self.dossier_list.setFixedHeight(line * shown + 8)
        buttons = QHBoxLayout()
        self.all_button = QPushButton(QCoreApplication.translate("ExportDialog", "&Alle"))
        self.none_button = QPushButton(QCoreApplication.translate("ExportDialog", "&Geen"))
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        woo_box.addWidget(self.dossier_list)
        woo_box.addLayout(buttons)
        self.woo_options = QWidget()
        self.woo_options.setLayout(woo_box)
        grid.addWidget(self.woo_options, 3, 1)
        col.addWidget(what)

        self.preview_box = QGroupBox(
            QCoreApplication.translate("ExportDialog", "Voorbeeld: wat wordt gelakt")
        )
        box = QVBoxLayout(self.preview_box)
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        box.addWidget(self.preview_note)
        self.withheld_model = WithheldModel(self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.withheld_model)
        self.preview_view.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Wat wordt gelakt en op welke grond")
        )
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setTabKeyNavigation(False)
        self.preview_view.setWordWrap(False)
        self.preview_view.verticalHeader().setVisible(False)
        self.preview_view.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().lineSpacing() + 10
        )
        header = self.preview_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WithheldColumn.GROUND_NAME, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        box.addWidget(self.preview_view)
        col.addWidget(self.preview_box, 1)

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setFrameShape(QFrame.Shape.NoFrame)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Resultaat van de lekcontrole")
        )
        self.result_label.hide()
        col.addWidget(self.result_label)

        self.progress = ProgressPanel(self)
        self.progress.finished.connect(self._job_finished)
        self.progress.failed.connect(self._job_failed)
        self.progress.busy_changed.connect(self._busy)
        col.addWidget(self.progress)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            QCoreApplication.translate("ExportDialog", "&Exporteren…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.choose_and_export)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(QCoreApplication.translate("ExportDialog", "&Sluiten"))
        self.buttons.rejected.connect(self.reject)
        col.addWidget(self.buttons)

        if self.current is None:
            self.nota_radio.setEnabled(False)
            self.woo_radio.setChecked(True)
        else:
            self.nota_radio.setChecked(True)
        self.kind_group.buttonToggled.connect(
            lambda _button, checked: self.update_preview() if checked else None
        )
        self.audience.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.format.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.dossier_list.itemChanged.connect(lambda _item: self.update_preview())

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.dossier_list.blockSignals(True)
        for i in range(self.dossier_list.count()):
            self.dossier_list.item(i).setCheckState(state)
        self.dossier_list.blockSignals(False)
        self.update_preview()

    # -- choices ---------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return "nota" if self.nota_radio.isChecked() else "woo"

    def set_kind(self, kind: str) -> None:
        (self.nota_radio if kind == "nota" else self.woo_radio).setChecked(True)

    def set_audience(self, audience: Audience) -> None:
        self.audience.setCurrentIndex(max(0, self.audience.findData(audience)))

    def set_format(self, suffix: str) -> None:
        self.format.setCurrentIndex(max(0, self.format.findData(suffix)))

    # -- the logo --------------------------------------------------------------------

    def _show_logo(self) -> None:
        if self.logo is None:
            self.logo_label.setText(
                QCoreApplication.translate("ExportDialog", "geen (de nota zonder logo)")
            )
            self.logo_label.setToolTip("")
        else:
            self.logo_label.setText(self.logo.name)
            self.logo_label.setToolTip(str(self.logo))
        self.logo_clear.setEnabled(self.logo is not None)

    def choose_logo(self) -> None:
        """Ask for the ministry's logo file (PNG or JPEG) with the window's file dialog."""
        ask = getattr(self.paths, "logo_path", None) or ExportDialogs().logo_path
        suggested = str(self.logo.parent if self.logo is not None else Path.home())
        chosen = ask(
            self, QCoreApplication.translate("ExportDialog", "Logo van het ministerie"), suggested
        )
        if chosen:
            self.set_logo(Path(chosen))

    def set_logo(self, path: Path | None) -> bool:
        """Use ``path`` as the nota's logo (None: no logo) and remember it; a file the
        core refuses (not PNG or JPEG, over 5 MB, unreadable) is not taken: the dialog
        says why in one line and keeps the logo it had."""
        if path is not None:
            try:
                render_pdf.check_logo(path)
            except render_pdf.LogoError as e:
                refused = ExportError("bad_logo", detail=str(e), reason=e.reason, path=str(path))
                self._show_result("✗ " + error_text(refused), ok=False)
                return False
        self.logo = path
        if path is None:
            self.settings.remove(LOGO_SETTING)
        else:
            self.settings.setValue(LOGO_SETTING, str(path))
        self.result_label.hide()
        self._show_logo()
        return True

    def chosen_ids(self) -> list[int]:
        out = []
        for i in range(self.dossier_list.count()):
            item = self.dossier_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_chosen(self, ids: Sequence[int]) -> None:
        self.dossier_list.blockSignals(True)
        for i in range(self.dossier_list.count()):
            item = self.dossier_list.item(i)
            on = int(item.data(Qt.ItemDataRole.UserRole)) in ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.dossier_list.blockSignals(False)
        self.update_preview()

    # -- preview ---------------------------------------------------------------------

    def update_preview(self) -> None:
        """Show what the export will withhold for the current choices. The preview is
        made on a worker (a nota of thousands of bids takes seconds); until it arrives
        the table is empty and says it is being made — never the previous choice's list —
        and Exporteren waits for it (:attr:`ready`)."""
        nota = self.kind == "nota"
        self.nota_options.setEnabled(nota)
        self.woo_options.setEnabled(not nota)
        self._preview_asked += 1
        asked = self._preview_asked
        data = self.data
        request: tuple[Any, ...] | None = None  # (preview, *its arguments) to make
        ids = self.chosen_ids()
        total = 1 if nota else len(ids)
        self.preview_view.setColumnHidden(WithheldColumn.DOSSIERS, nota)
        if data is None:
            note = QCoreApplication.translate(
                "ExportDialog", "Het voorbeeld wordt gemaakt: de kluis wordt gelezen…"
            )
        elif nota and self.current is not None:
            audience: Audience = self.audience.currentData()
            note = _t(AUDIENCE_NOTES[audience])
            request = (nota_preview, data, str(self.current.id), audience)
        elif not nota and ids:
            note = QCoreApplication.translate(
                "ExportDialog",
                "%1 in het pakket. Beweeg over een regel voor het artikel en de motivering.",
            ).replace("%1", WORDS.count("dossiers", len(ids)))
            request = (woo_preview, data, [str(i) for i in ids])
        elif not nota:
            note = QCoreApplication.translate("ExportDialog", "Kies ten minste één dossier.")
        else:
            note = QCoreApplication.translate(
                "ExportDialog", "Selecteer eerst een dossier in de lijst van het hoofdvenster."
            )
        self._request = None if self._retired else request
        if self._request is not None:
            self._pending = (note, total)
            self._start_preview()
            self._show_items([], None, total)
            self.preview_note.setText(
                note
                + " "
                + QCoreApplication.translate("ExportDialog", "Het voorbeeld wordt bijgewerkt…")
            )
        else:
            self._preview_shown = asked
            self._show_items([], None if data is None else 0, total)
            self.preview_note.setText(note)
        self._update_buttons()

    def _show_items(self, items: Sequence[WithheldItem], count: int | None, total: int) -> None:
        self.withheld_model.set_items(items, total)
        title = (
            QCoreApplication.translate("ExportDialog", "Voorbeeld: wat wordt gelakt (%1)").replace(
                "%1", str(count)
            )
            if count is not None
            else QCoreApplication.translate("ExportDialog", "Voorbeeld: wat wordt gelakt")
        )
        self.preview_box.setTitle(title)

    def _start_preview(self) -> None:
        """Make the asked preview on a worker — one at a time: a choice made while one is
        being made is made when that one arrives (a dozen quick clicks start two, not a
        dozen, and a lock waits for one)."""
        if self._running is not None or self._request is None or self._retired:
            return
        self._running = self._preview_asked
        job = workers.start(_preview_job, self._running, *self._request, today=self.today())
        # bound methods, not lambdas: Qt drops the connection if the dialog is gone
        job.finished.connect(self._preview_arrived)
        job.failed.connect(self._preview_failed)

    def _preview_arrived(self, result: object) -> None:
        """A preview arrived; shown only when it is of the choices made last, else the
        last choice's is made now."""
        assert isinstance(result, tuple)
        asked, answer = result
        self._running = None
        if self._retired:
            return
        if asked != self._preview_asked:
            self._start_preview()
            return
        note, total = self._pending
        if isinstance(answer, MandaatError):
            note, shown = error_text(answer), []
        else:
            shown = list(answer)
            if not shown and self.kind == "nota":
                note += " " + QCoreApplication.translate(
                    "ExportDialog", "In dit document wordt niets gelakt."
                )
        self._show_items(shown, len(shown), total)
        self.preview_note.setText(note)
        self._preview_shown = asked
        self._update_buttons()
        self.preview_shown.emit()

    def _preview_failed(self, exc: object) -> None:
        """Not a refusal of the core but a fault. Of the last choice: said in the note and
        the result line; the preview stays empty and Exporteren off until the choice
        changes. Of an earlier choice: nothing is said, the last choice's is made."""
        asked, self._running = self._running, None
        if self._retired:
            return
        if asked != self._preview_asked:
            self._start_preview()
            return
        shown = error_text(exc) if isinstance(exc, BaseException) else str(exc)
        self.preview_note.setText(shown)
        self._show_result("✗ " + shown, ok=False)

    def _update_buttons(self) -> None:
        busy = self.progress.busy
        ready = self.ready and (
            (self.kind == "nota" and self.current is not None)
            or (self.kind == "woo" and bool(self.chosen_ids()))
        )
        self.export_button.setEnabled(ready and not busy)
        if busy:
            for w in (self.nota_radio, self.woo_radio, self.nota_options, self.woo_options):
                w.setEnabled(False)
        else:
            self.nota_radio.setEnabled(self.current is not None)
            self.woo_radio.setEnabled(True)
            self.nota_options.setEnabled(self.kind == "nota")
            self.woo_options.setEnabled(self.kind == "woo")

    def _busy(self, on: bool) -> None:
        self._update_buttons()
        self.busy_changed.emit(on)

    @property
    def busy(self) -> bool:
        return self.progress.busy

    # -- exporting -------------------------------------------------------------------

    def suggested_name(self) -> str:
        day = self.today().isoformat()
        if self.kind == "nota" and self.current is not None:
            suffix = str(self.format.currentData())
            audience = str(self.audience.currentData())
            return (
                QCoreApplication.translate("ExportDialog", "Nota %1 %2 %3")
                .replace("%1", self.current.brand)
                .replace("%2", audience)
                .replace("%3", day)
                + suffix
            )
        return QCoreApplication.translate("ExportDialog", "Woo-pakket %1").replace("%1", day)

    def choose_and_export(self) -> None:
        """Ask where (the window's file dialogs), then export on a worker."""
        if self.busy:
            return
        suggested = str(Path.home() / self.suggested_name())
        if self.kind == "nota":
            chosen = self.paths.save_path(
                self, QCoreApplication.translate("ExportDialog", "Nota opslaan als"), suggested
            )
        else:
            ask_folder = getattr(self.paths, "folder_path", None)
            title = QCoreApplication.translate("ExportDialog", "Map voor het Woo-pakket")
            chosen = (
                ask_folder(self, title, suggested)
                if ask_folder is not None
                else self.paths.save_path(self, title, suggested)
            )
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, target: Path) -> None:
        """Export to ``target`` (the nota file, or the package folder); once :attr:`ready`
        (before, the button is disabled and this does nothing)."""
        if self.busy or not self.ready:
            return
        self.result_label.hide()
        self.files = []
        self.leak_passed = None
        today = self.today()
        texts = {
            "render": QCoreApplication.translate("ExportDialog", "Opmaken en lekcontrole…"),
            "place": QCoreApplication.translate(
                "ExportDialog", "Lekcontrole geslaagd — bestanden plaatsen…"
            ),
        }
        if self.kind == "nota":
            if self.current is None:
                return
            suffix = str(self.format.currentData())
            if target.suffix.lower() != suffix:
                target = target.with_name(target.name + suffix)
            self._target = target
            self.progress.start(
                export_job,
                self.data,
                "nota",
                target,
                drug=str(self.current.id),
                audience=self.audience.currentData(),
                kenmerk=self.kenmerk.text().strip(),
                logo=self.logo,
                today=today,
                texts=texts,
                text=texts["render"],
            )
        else:
            if target.exists() and (not target.is_dir() or any(target.iterdir())):
                # a folder with files in it: the package goes into a new folder inside it
                target = _free_name(target / self.suggested_name())
            self._target = target
            self.progress.start(
                export_job,
                self.data,
                "woo",
                target,
                wanted=[str(i) for i in self.chosen_ids()],
                today=today,
                texts=texts,
                text=texts["render"],
            )
        self._update_buttons()

    def cancel(self) -> None:
        self.progress.cancel()

    def _job_finished(self, staged: object) -> None:
        """The audit entry first; only when it is committed do the files land."""
        assert isinstance(staged, publish.Staged)
        target = self._target
        if self.kind == "nota":
            params: dict[str, object] = {
                "kind": "nota",
                "audience": self.audience.currentData(),
                "file": target.name,
            }
        else:
            count = sum(1 for _ in staged.moves[0][0].iterdir())
            params = {"kind": "woo", "folder": target.name, "files": count}
        try:
            files = publish.finish(staged, lambda: self.session.record("export", **params))
        except MandaatError as exc:
            self._show_result(
                QCoreApplication.translate(
                    "ExportDialog",
                    "✗ De vermelding in het logboek kon niet worden opgeslagen (%1); "
                    "er is niets weggeschreven.",
                ).replace("%1", error_text(exc)),
                ok=False,
            )
            self._after_job()
            return
        except OSError as exc:
            self._job_failed(exc)
            return
        self.files = files
        self.leak_passed = True
        text = QCoreApplication.translate(
            "ExportDialog",
            "✓ Lekcontrole geslaagd: geen enkele gelakte waarde gevonden in %1 bestand(en).",
        ).replace("%1", str(len(files)))
        text += "\n" + QCoreApplication.translate("ExportDialog", "Geschreven: %1").replace(
            "%1", str(target)
        )
        self._show_result(text, ok=True)
        self.exported.emit(files)
        self._after_job()

    def _job_failed(self, exc: object) -> None:
        if isinstance(exc, ExportCancelled):
            self._show_result(
                QCoreApplication.translate(
                    "ExportDialog", "Export geannuleerd: er is niets weggeschreven."
                ),
                ok=False,
            )
        elif isinstance(exc, ExportError) and exc.code == "leak":
            self.leak_passed = False
            params = exc.params
            self._show_result(
                QCoreApplication.translate(
                    "ExportDialog",
                    "✗ De lekcontrole heeft de export tegengehouden: de waarde van "
                    "‘%1’ stond in %2 (%3); %4 treffer(s). Er is niets weggeschreven.",
                )
                .replace("%1", str(params.get("field", "")))
                .replace("%2", Path(str(params.get("file", ""))).name)
                .replace("%3", str(params.get("where", "")))
                .replace("%4", str(params.get("count", 1))),
                ok=False,
            )
        elif isinstance(exc, MandaatError):
            self._show_result("✗ " + error_text(exc), ok=False)
        elif isinstance(exc, OSError):
            self._show_result(
                QCoreApplication.translate(
                    "ExportDialog", "✗ Schrijven mislukt: %1. Er is niets weggeschreven."
                ).replace("%1", exc.strerror or type(exc).__name__),
                ok=False,
            )
        else:
            shown = error_text(exc) if isinstance(exc, BaseException) else str(exc)
            self._show_result("✗ " + shown, ok=False)
        self._after_job()

    def _show_result(self, text: str, *, ok: bool) -> None:
        self.result_label.setStyleSheet(OK_STYLE if ok else BAD_STYLE)
        self.result_label.setText(text)
        self.result_label.show()

    def _after_job(self) -> None:
        self._update_buttons()
        if self._close_when_done:
            self._close_when_done = False
            super().reject()

    # -- closing ---------------------------------------------------------------------

    def reject(self) -> None:
        if self.busy:
            self._close_when_done = True
            self.progress.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.busy:
            self._close_when_done = True
            self.progress.cancel()
            event.ignore()
            return
        super().closeEvent(event)


def _free_name(path: Path) -> Path:
    """``path``, or ``path (2)``, ``path (3)``… : the first that does not exist."""
    if not path.exists():
        return path
    n = 2
    while (candidate := path.with_name(f"{path.name} ({n})")).exists():
        n += 1
    return candidate


def open_export_dialog(window: Any) -> ExportDialog | None:
    """Open the dialog over the main window's session, for its selected dossier."""
    session = getattr(window, "session", None)
    if session is None:
        return None
    workspace = getattr(window, "workspace", None)
    if workspace is not None:
        workspace.flush()
    dialog = ExportDialog(
        session,
        getattr(workspace, "current_id", None),
        paths=getattr(window, "paths", None),
        today=getattr(window, "today", dt.date.today),
        settings=getattr(window, "settings", None),
        parent=window,
    )
    guard_window(dialog, window, dialog.busy_changed)
    locking = getattr(window, "locking", None)
    if locking is not None:  # before the vault closes: start nothing more over it
        locking.connect(dialog.retire)
    refresh = getattr(window, "refresh_after_export", None)
    if refresh is not None:
        dialog.exported.connect(lambda _files: refresh())
    dialog.open()
    return dialog
