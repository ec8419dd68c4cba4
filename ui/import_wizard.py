"""The import wizard: choose a workbook → preview with every problem at its row and
column → import all or nothing, with progress.

Reading and checking (:func:`~mandaat.importing.apply.read_import`,
:func:`~mandaat.importing.apply.plan_import`) and storing
(:func:`~mandaat.importing.apply.apply_import`) run on a worker. Nothing is written
before "Importeren", and the core refuses a plan with problems as a whole, so the button
stays disabled while there is one. A password-protected workbook asks for its password
(masked), which is used for this read only and never kept.

An import is not an undoable edit: after one the window clears its undo history (the
core may have filled in a dossier that an older undo step would overwrite).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mandaat.errors import MandaatError
from mandaat.importing import WorkbookError
from mandaat.importing.apply import (
    ImportCancelledError,
    ImportPlan,
    ImportRefusedError,
    ImportResult,
    plan_import,
    read_import,
)
from mandaat.vault.session import Session
from ui.a11y import fit_to_screen
from ui.problems_model import (
    LOCATION_ROLE,
    ImportRowsModel,
    ProblemColumn,
    ProblemsModel,
    RowColumn,
    preview_rows,
)
from ui.progress import ProgressPanel, Report, guard_window
from ui.unlock import error_text
from ui.words import WORDS, workbook_error_text

#: How often a wrong password may be tried before the wizard gives up on the file.
PASSWORD_TRIES = 3

OK_STYLE = "color: #1e6b30;"
BAD_STYLE = "color: #8a1c13;"


class OpenPath(Protocol):
    def open_path(self, parent: QWidget | None, title: str) -> str | None: ...


class WorkbookDialogs:
    """The real file dialog, for Excel workbooks."""

    def open_path(self, parent: QWidget | None, title: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            title,
            "",
            QCoreApplication.translate(
                "ImportWizard", "Excel-werkmappen (*.xlsx *.xlsm);;Alle bestanden (*)"
            ),
        )
        return path or None


#: ``ask(parent, file name, wrong)`` → the password, or None when the user cancels.
AskPassword = Callable[[QWidget, str, bool], "str | None"]


def ask_password_with_dialog(parent: QWidget, name: str, wrong: bool) -> str | None:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("ImportWizard", "Beveiligde werkmap"))
    text = QCoreApplication.translate(
        "ImportWizard", "De werkmap %1 is met een wachtwoord beveiligd."
    ).replace("%1", name)
    if wrong:
        text = (
            QCoreApplication.translate("ImportWizard", "Het wachtwoord is onjuist.") + "\n" + text
        )
    dialog.setLabelText(
        text + "\n" + QCoreApplication.translate("ImportWizard", "Wachtwoord (wordt niet bewaard):")
    )
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    field = dialog.findChild(QLineEdit)
    if field is not None:
        from ui.reveal import add_reveal_toggle

        add_reveal_toggle(field)
    dialog.setOkButtonText(QCoreApplication.translate("ImportWizard", "Openen"))
    dialog.setCancelButtonText(QCoreApplication.translate("ImportWizard", "Annuleren"))
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    value = dialog.textValue()
    dialog.setTextValue("")
    return value if ok and value else None


# --------------------------------------------------------------------------- jobs


class _CheckCancelled(Exception):
    """The check was cancelled between reading and planning."""


def check_job(
    path: str,
    password: str | None,
    session: Session,
    texts: dict[str, str],
    today: dt.date,
    *,
    report: Report,
    stop: Callable[[], bool],
) -> ImportPlan:
    """Runs on the worker: read the workbook, then check every row; writes nothing."""
    report(0, 0, texts["read"])
    data, columns = read_import(path, password, cancel=stop)  # cancel ends the child
    if stop():
        raise _CheckCancelled
    return plan_import(
        session.db,
        data,
        columns,
        file=path,
        today=today,
        progress=lambda _stage, done, total: report(done, total, texts["check"]),
        cancel=stop,
    )


def apply_job(
    plan: ImportPlan,
    session: Session,
    texts: dict[str, str],
    *,
    report: Report,
    stop: Callable[[], bool],
) -> ImportResult:
    """Runs on the worker: store the plan in one transaction and one save."""
    report(0, 0, texts["store"])
    return session.apply_import(
        plan,
        progress=lambda _stage, done, total: report(done, total, texts["store"]),
        cancel=stop,
    )


# --------------------------------------------------------------------------- wizard


class ImportWizard(QDialog):
    """Signals:
    imported(object): an import was stored (the :class:`ImportResult`, or None when it
        was stored but the vault could not be saved yet).
    busy_changed(bool): reading, checking or storing started / ended.
    """

    imported = Signal(object)
    busy_changed = Signal(bool)

    def __init__(
        self,
        session: Session,
        *,
        paths: OpenPath | None = None,
        ask_password: AskPassword | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.paths: OpenPath = paths or WorkbookDialogs()
        self.ask_password = ask_password or ask_password_with_dialog
        self.today = today
        self.path: str | None = None
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self._tries = 0
        self._job = ""
        self._close_when_done = False
        self.setWindowTitle(
            QCoreApplication.translate("ImportWizard", "Importeren uit Excel — Mandaat")
        )
        self.setModal(True)
        self.resize(fit_to_screen(QSize(1100, 680)))
        self._build()
        self._show_idle()

    # -- building --------------------------------------------------------------------

    def _build(self) -> None:
        col = QVBoxLayout(self)
        col.setContentsMargins(16, 14, 16, 12)
        col.setSpacing(8)
        title = QLabel(
            QCoreApplication.translate(
                "ImportWizard", "Dossiers en biedingen importeren uit een Excel-werkmap"
            )
        )
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        col.addWidget(title)
        rule = QLabel(
            QCoreApplication.translate(
                "ImportWizard",
                "Alles of niets: bij één probleem wordt niets opgeslagen. Een bestaand dossier "
                "wordt alleen aangevuld, nooit overschreven; een bod dat er al is wordt "
                "overgeslagen.",
            )
        )
        rule.setWordWrap(True)
        rule.setStyleSheet("color: #5f5f5f;")
        col.addWidget(rule)

        row = QHBoxLayout()
        caption = QLabel(QCoreApplication.translate("ImportWizard", "&Werkmap:"))
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(
            QCoreApplication.translate("ImportWizard", "nog geen werkmap gekozen")
        )
        self.path_edit.setAccessibleName(
            QCoreApplication.translate("ImportWizard", "Gekozen werkmap")
        )
        caption.setBuddy(self.path_edit)
        self.choose_button = QPushButton(
            QCoreApplication.translate("ImportWizard", "&Kies werkmap…")
        )
        self.choose_button.setAccessibleName(
            QCoreApplication.translate("ImportWizard", "Kies een Excel-werkmap om te importeren")
        )
        self.choose_button.clicked.connect(self.choose_file)
        self.recheck_button = QPushButton(
            QCoreApplication.translate("ImportWizard", "&Opnieuw controleren")
        )
        self.recheck_button.setToolTip(
            QCoreApplication.translate(
                "ImportWizard",
                "Lees dezelfde werkmap opnieuw, bijvoorbeeld nadat u hem in Excel verbeterde",
            )
        )
        self.recheck_button.clicked.connect(self.recheck)
        row.addWidget(caption)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.recheck_button)
        col.addLayout(row)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(
            QCoreApplication.translate("ImportWizard", "Samenvatting van de controle")
        )
        col.addWidget(self.summary)

        self.problems_model = ProblemsModel(self)
        self.rows_model = ImportRowsModel(self)
        self.problems_view = self._table(
            self.problems_model, QCoreApplication.translate("ImportWizard", "Problemen")
        )
        header = self.problems_view.horizontalHeader()
        header.setSectionResizeMode(ProblemColumn.PROBLEM, QHeaderView.ResizeMode.Stretch)
        self.rows_view = self._table(
            self.rows_model, QCoreApplication.translate("ImportWizard", "Rijen in de werkmap")
        )
        header = self.rows_view.horizontalHeader()
        header.setSectionResizeMode(RowColumn.DETAILS, QHeaderView.ResizeMode.Stretch)
        self.problems_view.selectionModel().currentRowChanged.connect(self._problem_chosen)

        self.problems_box = QGroupBox(QCoreApplication.translate("ImportWizard", "Problemen"))
        box = QVBoxLayout(self.problems_box)
        box.addWidget(self.problems_view)
        self.rows_box = QGroupBox(QCoreApplication.translate("ImportWizard", "Voorbeeld"))
        box = QVBoxLayout(self.rows_box)
        box.addWidget(self.rows_view)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.problems_box)
        self.splitter.addWidget(self.rows_box)
        self.splitter.setSizes([260, 340])
        col.addWidget(self.splitter, 1)

        self.progress = ProgressPanel(self)
        self.progress.finished.connect(self._job_finished)
        self.progress.failed.connect(self._job_failed)
        self.progress.busy_changed.connect(self._busy)
        col.addWidget(self.progress)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            QCoreApplication.translate("ImportWizard", "&Importeren"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.import_button.setAccessibleName(
            QCoreApplication.translate("ImportWizard", "Importeer alle rijen")
        )
        self.import_button.clicked.connect(self.start_import)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(QCoreApplication.translate("ImportWizard", "&Sluiten"))
        self.buttons.rejected.connect(self.reject)
        col.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Open, self, self.choose_file)

    def _table(self, model: Any, name: str) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().lineSpacing() + 10)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        return view

    # -- states ----------------------------------------------------------------------

    def _show_idle(self) -> None:
        self.summary.setStyleSheet("")
        self.summary.setText(
            QCoreApplication.translate(
                "ImportWizard",
                "Kies een Excel-werkmap (.xlsx) met de bladen Dossiers en/of Biedingen, "
                "bijvoorbeeld het sjabloon van ‘mandaat template’.",
            )
        )
        self.problems_box.hide()
        self.rows_box.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.progress.busy
        plan = self.plan
        can_import = (
            not busy
            and self.import_result is None
            and plan is not None
            and plan.ok
            and plan.new_count + plan.updated_count > 0
        )
        self.import_button.setEnabled(can_import)
        self.import_button.setDefault(can_import)
        self.choose_button.setEnabled(not busy)
        self.recheck_button.setEnabled(not busy and self.path is not None)
        self.close_button.setEnabled(True)

    def _busy(self, on: bool) -> None:
        self._update_buttons()
        self.busy_changed.emit(on)

    @property
    def busy(self) -> bool:
        return self.progress.busy

    # -- choosing and checking -----------------------------------------------------

    def choose_file(self) -> None:
        if self.busy:
            return
        path = self.paths.open_path(
            self, QCoreApplication.translate("ImportWizard", "Werkmap kiezen om te importeren")
        )
        if path:
            self.load(path)

    def recheck(self) -> None:
        if self.path and not self.busy:
            self.load(self.path)

    def load(self, path: str, password: str | None = None) -> None:
        """Read and check ``path`` on a worker; the preview follows."""
        if self.busy:
            return
        if password is None:
            self._tries = 0
        self.path = path
        self.path_edit.setText(path)
        self.path_edit.setCursorPosition(0)
        self.plan = None
        self.import_result = None
        self.problems_model.set_problems([])
        self.rows_model.set_rows([])
        self.problems_box.hide()
        self.rows_box.hide()
        self.summary.setStyleSheet("")
        self.summary.setText(
            QCoreApplication.translate("ImportWizard", "Bezig met lezen van %1…").replace(
                "%1", Path(path).name
            )
        )
        self._job = "check"
        texts = {
            "read": QCoreApplication.translate("ImportWizard", "Werkmap lezen…"),
            "check": QCoreApplication.translate("ImportWizard", "Rijen controleren…"),
        }
        self.progress.start(
            check_job,
            path,
            password,
            self.session,
            texts,
            self.today(),
            text=QCoreApplication.translate("ImportWizard", "Werkmap lezen…"),
        )
        self._update_buttons()

    def start_import(self) -> None:
        plan = self.plan
        if self.busy or plan is None or not plan.ok:
            return
        try:  # earlier edits on disk first: the import then takes the vault on its own
            self.session.flush()
        except MandaatError as exc:
            self._bad(
                QCoreApplication.translate(
                    "ImportWizard",
                    "Eerdere wijzigingen konden niet worden opgeslagen: %1. "
                    "Er is niets geïmporteerd.",
                ).replace("%1", error_text(exc))
            )
            return
        self._job = "store"
        self.summary.setStyleSheet("")
        self.summary.setText(
            QCoreApplication.translate("ImportWizard", "Bezig met opslaan in de kluis…")
        )
        self.progress.start(
            apply_job,
            plan,
            self.session,
            {"store": QCoreApplication.translate("ImportWizard", "Opslaan…")},
            text=QCoreApplication.translate("ImportWizard", "Opslaan…"),
        )
        self._update_buttons()

    def cancel(self) -> None:
        self.progress.cancel()

    # -- results ---------------------------------------------------------------------

    def _job_finished(self, value: object) -> None:
        if isinstance(value, ImportPlan):
            self._show_plan(value)
        elif isinstance(value, ImportResult):
            self._show_result(value)
        self._after_job()

    def _job_failed(self, exc: object) -> None:
        name = Path(self.path or "").name
        if isinstance(exc, ImportCancelledError | _CheckCancelled):
            if self._job == "store":
                self._bad(
                    QCoreApplication.translate(
                        "ImportWizard", "Import geannuleerd: er is niets opgeslagen."
                    )
                )
                self.import_result = None
                if self.plan is not None:
                    self.problems_box.setVisible(bool(self.plan.problems))
                    self.rows_box.show()
            else:
                self.plan = None
                self._bad(
                    QCoreApplication.translate(
                        "ImportWizard", "Controle geannuleerd; er is niets opgeslagen."
                    )
                )
        elif isinstance(exc, WorkbookError):
            if exc.code in ("password_required", "wrong_password"):
                self._after_job()
                self._ask_password(exc.code == "wrong_password")
                return
            self._bad(workbook_error_text(exc, self.path))
        elif isinstance(exc, ImportRefusedError):
            self._bad(
                QCoreApplication.translate(
                    "ImportWizard",
                    "Import geweigerd: de werkmap heeft problemen; er is niets opgeslagen.",
                )
            )
        elif isinstance(exc, MandaatError) and self._job == "store" and self.session.vault.dirty:
            # stored in the open vault, but the file could not be written (yet)
            self._bad(
                QCoreApplication.translate(
                    "ImportWizard",
                    "De import staat in de kluis, maar opslaan op schijf mislukte: %1. ",
                ).replace("%1", error_text(exc))
                + QCoreApplication.translate(
                    "ImportWizard",
                    "Mandaat probeert bij de volgende wijziging opnieuw op te slaan.",
                )
            )
            self.import_result = ImportResult(self.path or "", 0, 0, 0, 0, 0, committed=True)
            self.imported.emit(None)
        else:
            self._bad(error_text(exc, name) if isinstance(exc, BaseException) else str(exc))
        self._after_job()

    def _after_job(self) -> None:
        self._update_buttons()
        if self._close_when_done:
            self._close_when_done = False
            super().reject()

    def _ask_password(self, wrong: bool) -> None:
        self._tries += 1
        name = Path(self.path or "").name
        if self._tries > PASSWORD_TRIES:
            self._bad(workbook_error_text(WorkbookError("wrong_password"), self.path))
            return
        password = self.ask_password(self, name, wrong)
        if password is None or self.path is None:
            self._bad(
                QCoreApplication.translate(
                    "ImportWizard", "%1: beveiligd met een wachtwoord; niet gelezen."
                ).replace("%1", name)
            )
            return
        self.load(self.path, password)

    def _bad(self, text: str) -> None:
        self.summary.setStyleSheet(BAD_STYLE)
        self.summary.setText("⚠ " + text)

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.problems_model.set_problems(plan.problems)
        rows = preview_rows(plan)
        self.rows_model.set_rows(rows)
        n_problems = plan.problem_count
        self.problems_box.setTitle(
            QCoreApplication.translate(
                "ImportWizard", "Problemen (%1) — gemarkeerd in het voorbeeld"
            ).replace("%1", str(n_problems))
        )
        self.problems_box.setVisible(n_problems > 0)
        self.rows_box.setTitle(
            QCoreApplication.translate("ImportWizard", "Voorbeeld: %1").replace(
                "%1", WORDS.count("rows", len(rows))
            )
        )
        self.rows_box.show()
        counts = self._counts(plan)
        name = Path(plan.file).name
        if n_problems:
            one = n_problems == 1
            self._bad(
                (
                    QCoreApplication.translate("ImportWizard", "%1: 1 probleem")
                    if one
                    else QCoreApplication.translate("ImportWizard", "%1: %2 problemen")
                )
                .replace("%1", name)
                .replace("%2", str(n_problems))
                + " — "
                + QCoreApplication.translate(
                    "ImportWizard",
                    "de import wordt geweigerd zolang er problemen zijn; er is niets "
                    "opgeslagen. Verbeter de werkmap en kies Opnieuw controleren.",
                )
                + "\n"
                + counts
            )
            self.problems_view.selectRow(0)
        elif plan.new_count + plan.updated_count == 0:
            self.summary.setStyleSheet(OK_STYLE)
            self.summary.setText(
                QCoreApplication.translate(
                    "ImportWizard",
                    "✓ %1: geen problemen, maar niets nieuws — alles is al aanwezig.",
                ).replace("%1", name)
                + "\n"
                + counts
            )
        else:
            self.summary.setStyleSheet(OK_STYLE)
            self.summary.setText(
                QCoreApplication.translate(
                    "ImportWizard", "✓ %1: geen problemen. Kies Importeren om alles op te slaan."
                ).replace("%1", name)
                + "\n"
                + counts
            )

    @staticmethod
    def _counts(plan: ImportPlan) -> str:
        n = plan.count("dossiers", "refused") + plan.count("bids", "refused")
        refused = (
            " · "
            + QCoreApplication.translate("ImportWizard", "%1 geweigerd").replace(
                "%1", WORDS.count("rows", n)
            )
            if n
            else ""
        )
        return (
            QCoreApplication.translate(
                "ImportWizard",
                "Dossiers: %1 nieuw, %2 aangevuld, %3 al aanwezig · "
                "biedingen: %4 nieuw, %5 al aanwezig",
            )
            .replace("%1", str(plan.count("dossiers", "new")))
            .replace("%2", str(plan.count("dossiers", "updated")))
            .replace("%3", str(plan.count("dossiers", "present")))
            .replace("%4", str(plan.count("bids", "new")))
            .replace("%5", str(plan.count("bids", "present")))
        ) + refused

    def _show_result(self, result: ImportResult) -> None:
        self.import_result = result
        name = Path(result.file).name
        self.summary.setStyleSheet(OK_STYLE)
        if not result.committed:
            self.summary.setText(
                QCoreApplication.translate(
                    "ImportWizard", "✓ Niets nieuws in %1; er is niets opgeslagen."
                ).replace("%1", name)
            )
            return
        self.summary.setText(
            QCoreApplication.translate(
                "ImportWizard",
                "✓ Geïmporteerd uit %1: dossiers %2 nieuw, %3 aangevuld; "
                "biedingen %4 nieuw; %5 al aanwezig.",
            )
            .replace("%1", name)
            .replace("%2", str(result.dossiers_new))
            .replace("%3", str(result.dossiers_updated))
            .replace("%4", str(result.bids_new))
            .replace("%5", str(result.present_count))
            + "\n"
            + QCoreApplication.translate(
                "ImportWizard",
                "Het logboek vermeldt de import. Een import kan niet ongedaan worden gemaakt.",
            )
        )
        self.imported.emit(result)

    # -- navigation ------------------------------------------------------------------

    def _problem_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """A chosen problem shows its row in the preview."""
        if not current.isValid():
            return
        location = current.data(LOCATION_ROLE)
        if not isinstance(location, tuple):
            return
        row = self.rows_model.row_of(*location)
        if row < 0:
            return
        index = self.rows_model.index(row, RowColumn.STATUS)
        self.rows_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.rows_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    # -- closing ---------------------------------------------------------------------

    def reject(self) -> None:
        """Closing while work runs: cancel it, and close once it stopped."""
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


def open_import_wizard(window: Any) -> ImportWizard | None:
    """Open the wizard over the main window's session, and ask for a workbook at once.

    After a stored import the window reloads (``window.refresh_after_import``).
    """
    session = getattr(window, "session", None)
    if session is None:
        return None
    wizard = ImportWizard(
        session,
        paths=getattr(window, "paths", None),
        today=getattr(window, "today", dt.date.today),
        parent=window,
    )
    guard_window(wizard, window, wizard.busy_changed)
    refresh = getattr(window, "refresh_after_import", None)
    if refresh is not None:
        wizard.imported.connect(lambda _result: refresh())
    wizard.open()
    wizard.choose_file()
    return wizard
