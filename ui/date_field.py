"""A date field that reads what a Dutch user types and says what it understood.

``1-10-2025``, ``01-10-2025``, ``1 okt 2025``, ``1 oktober 2025`` and ``2025-10-01`` all
become 1 October 2025 (the rule is the core's, :func:`mandaat.dates.parse_date_text`).
Under the text a line shows the date as understood, with its weekday, while typing; a
finished edit is rewritten as ``1 oktober 2025`` (and the line goes: the text says it).
Text that is not a date is marked and never changes the value. Tab moves on as in any
line edit. An empty optional field stays empty (``None``); its placeholder says what
empty means.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from mandaat.dates import DateTextError, parse_date_text
from ui import formatting as fmt
from ui.a11y import clearable
from ui.placeholder import style_placeholder

_ERROR_STYLE = "color: #9b1c1c;"
_HINT_STYLE = "color: #555555;"


class DateField(QWidget):
    """One date, typed.

    Signals:
        changed(): the text changed (the date it means may have changed).
        date_edited(object): a finished edit (Return, Tab, focus out) that gave a
            different valid date (``dt.date``, or ``None`` for an emptied optional field).
    """

    changed = Signal()
    date_edited = Signal(object)

    def __init__(
        self, *, optional: bool = False, empty_text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self._accepted: dt.date | None = None
        self._empty_text = empty_text or (
            QCoreApplication.translate("DateField", "geen datum") if optional else ""
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(
            self._empty_text or QCoreApplication.translate("DateField", "bijv. 1-10-2025")
        )
        style_placeholder(self.edit)
        clearable(self.edit, optional)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("30 september 2025__"))
        self.understood = QLabel()
        self.understood.setStyleSheet(_HINT_STYLE)
        self.understood.setWordWrap(True)
        layout.addWidget(self.edit)
        layout.addWidget(self.understood)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self._show_understood()

    # -- the Qt-ish API -----------------------------------------------------------------

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def setToolTip(self, tip: str) -> None:  # noqa: N802
        super().setToolTip(tip)
        self.edit.setToolTip(tip)

    def text(self) -> str:
        return self.edit.text()

    def date(self) -> dt.date | None:
        """The date the text means now; while it means none, the last good one."""
        value, problem = self._read()
        return self._accepted if problem else value

    def setDate(self, value: dt.date | QDate | None) -> None:  # noqa: N802
        """Show ``value`` (no ``date_edited``)."""
        if isinstance(value, QDate):
            value = value.toPython() if value.isValid() else None
        self._accepted = value  # type: ignore[assignment]
        text = "" if value is None else fmt.date(value)  # type: ignore[arg-type]
        if self.edit.text() != text:
            self.edit.setText(text)
            self.edit.setCursorPosition(0)
        self._show_understood()

    def problem(self) -> str:
        """Why the text is not a date ("" when it is one, or empty and optional)."""
        return self._read()[1]

    # -- inside ---------------------------------------------------------------------------

    def _read(self) -> tuple[dt.date | None, str]:
        text = self.edit.text().strip()
        if not text:
            return None, "" if self.optional else QCoreApplication.translate(
                "DateField", "Vul een datum in, bijv. 1-10-2025"
            )
        try:
            return parse_date_text(text), ""
        except DateTextError as exc:
            if exc.code == "impossible_date":
                return None, QCoreApplication.translate("DateField", "Die dag bestaat niet")
            return None, QCoreApplication.translate(
                "DateField", "Geen datum: typ bijv. 1-10-2025 of 1 okt 2025"
            )

    def _show_understood(self) -> None:
        value, problem = self._read()
        if problem:
            self.understood.setText(problem)
            self.understood.setStyleSheet(_ERROR_STYLE)
            self.edit.setStyleSheet("border: 1px solid #b42318;")
        else:
            shown = ""
            if value is not None and self.edit.text().strip() != fmt.date(value):
                day = fmt.locale().dayName(value.isoweekday())
                shown = f"= {day} {fmt.date(value)}"
            self.understood.setText(shown)
            self.understood.setStyleSheet(_HINT_STYLE)
            self.edit.setStyleSheet("")
        self.understood.setVisible(bool(self.understood.text()))
        self.edit.setAccessibleDescription(problem or self.understood.text() or self._empty_text)

    def _typed(self) -> None:
        self._show_understood()
        self.changed.emit()

    def _finished(self) -> None:
        value, problem = self._read()
        if problem:
            return
        shown = "" if value is None else fmt.date(value)
        if self.edit.text() != shown:
            self.edit.setText(shown)
        if value != self._accepted:
            self._accepted = value
            self.date_edited.emit(value)
