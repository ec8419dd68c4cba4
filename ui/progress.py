"""Long work of a dialog (import, export) on a worker, with a progress bar and Annuleren.

:class:`ProgressPanel` runs one job at a time through :mod:`ui.workers` (which starts the
thread). A job is a plain callable that receives two keyword arguments:

* ``report(done, total, text)``: progress, safe to call from the worker thread, and
  thinned out so a job over 100 000 rows does not flood the event loop;
* ``stop()``: True once the user pressed Annuleren. The job decides where it may stop
  (the core's ``cancel=`` checks), so "geannuleerd" always means nothing was written —
  the worker itself is never cancelled, so a job that got past its last check still
  delivers its result.

:func:`guard_window` ties a dialog to the main window: no auto-lock while a job runs (the
vault must stay open under it; input is blocked by the modal dialog anyway), and the
dialog closes when the window locks.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from ui import workers

Report = Callable[[int, int, str], None]


class _Relay(QObject):
    """Lives on the GUI thread; emitting from the worker queues the signal to it."""

    progress = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last = 0.0
        self._lock = threading.Lock()

    def report(self, done: int, total: int, text: str) -> None:
        """Called on the worker: at most ~20 updates a second, the last one always."""
        now = time.monotonic()
        with self._lock:
            if total and 0 < done < total and now - self._last < 0.05:
                return
            self._last = now
        self.progress.emit(int(done), int(total), str(text))


class ProgressPanel(QWidget):
    """A text, a progress bar and an Annuleren button; hidden while idle.

    Signals:
        finished(object): the job's result.
        failed(object): the exception the job raised (also the job's own
            "cancelled" exception: the caller knows which one that is).
        busy_changed(bool): a job started (True) or ended (False).
    """

    finished = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker: workers.Worker | None = None
        self._stop = threading.Event()
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setMinimumWidth(260)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(QCoreApplication.translate("ProgressPanel", "Voortgang"))
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(QCoreApplication.translate("ProgressPanel", "&Annuleren"))
        self.cancel_button.setAccessibleName(
            QCoreApplication.translate("ProgressPanel", "Annuleer het lopende werk")
        )
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.label, 1)
        row.addWidget(self.bar, 2)
        row.addWidget(self.cancel_button)
        self.hide()

    # -- running ---------------------------------------------------------------------

    def start(self, fn: Callable[..., Any], *args: Any, text: str = "", **kwargs: Any) -> None:
        if self.busy:
            raise RuntimeError("a job is already running")
        self._stop = threading.Event()
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first count arrives
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(QCoreApplication.translate("ProgressPanel", "&Annuleren"))
        self.show()
        worker = workers.start(
            fn, *args, report=self._relay.report, stop=self._stop.is_set, **kwargs
        )
        self.worker = worker
        worker.stop_request = self.cancel  # a lock or quit asks the job to stop
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        # only workers.cancel_all() (at shutdown) cancels a worker itself
        worker.cancelled.connect(lambda: self._on_failed(workers.Cancelled()))
        self.busy_changed.emit(True)

    @property
    def busy(self) -> bool:
        return self.worker is not None

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        """Ask the job to stop at its next check; the result still comes through."""
        if not self.busy:
            return
        self._stop.set()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(
            QCoreApplication.translate("ProgressPanel", "Bezig met annuleren…")
        )

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.worker is None:
            return
        if text:
            self.label.setText(text)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)

    def _on_finished(self, result: object) -> None:
        self._end()
        self.finished.emit(result)

    def _on_failed(self, exc: object) -> None:
        self._end()
        self.failed.emit(exc)

    def _end(self) -> None:
        """Idle again before the result is handed on: a handler may start the next job."""
        self.worker = None
        self.hide()
        self.busy_changed.emit(False)


def guard_window(dialog: QDialog, window: Any, busy_changed: Any) -> None:
    """Suspend the window's auto-lock while ``dialog`` works; close it on lock.

    ``window`` is the :class:`~ui.main_window.MainWindow` (duck-typed: ``idle_timer``,
    ``session``, ``locked``).
    """
    timer = getattr(window, "idle_timer", None)

    def busy(on: bool) -> None:
        if timer is None:
            return
        if on:
            timer.stop()
        elif getattr(window, "session", None) is not None:
            timer.start()

    busy_changed.connect(busy)
    locked = getattr(window, "locked", None)
    if locked is not None:
        locked.connect(dialog.close)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
