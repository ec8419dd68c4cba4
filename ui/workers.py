"""Run core work off the UI thread. The only module in ``ui/`` that starts threads.

A :class:`Worker` runs a plain callable, or a generator function that yields progress
(``(done, total, text)`` or just a text) and returns its result. Its signals arrive on
the GUI thread, so slots may touch widgets. ``cancel()`` asks a generator to stop at its
next ``yield`` (a plain callable cannot be interrupted: its result is then dropped).

Every running worker is kept in a registry, so the app (and each test) can wait for
all of them before it ends: :func:`running`, :func:`wait_all`.
"""

from __future__ import annotations

import inspect
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

_running: set[Worker] = set()

#: How long a thread may keep Python's GIL while another waits for it (Python's default is
#: 5 ms). While a worker computes, every Python call Qt makes on the window's thread — a
#: model's data() for each cell it paints, a timer — first waits for the GIL: at 5 ms a
#: wait, painting the export dialog beside its preview worker blocked the window 160–240
#: ms at 10,000 bids; at 1 ms, ~50 (benchmarks/window.py). The worker loses a little speed.
SWITCH_INTERVAL = 0.001


class Cancelled(Exception):
    """Raised inside a generator worker when the user cancelled."""


def _nothing(*_args: Any, **_kwargs: Any) -> None:
    return None


class _Thread(QThread):
    """The thread proper: runs the job and reports through queued signals."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    errored = Signal(object)

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]):
        super().__init__()
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self.cancel_event = threading.Event()

    def run(self) -> None:  # runs on the worker thread
        try:
            result = self._fn(*self._args, **self._kwargs)
            if inspect.isgenerator(result):
                result = self._drive(result)
        except Cancelled as exc:
            self.errored.emit(exc)
            return
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread
            self.errored.emit(exc)
            return
        finally:
            # what the job was given (a snapshot of the vault, say) is let go of now, not
            # when this thread object is: it may be held until the next lock
            self._fn, self._args, self._kwargs = _nothing, (), {}
        self.succeeded.emit(result)

    def _drive(self, gen: Any) -> Any:
        try:
            while True:
                if self.cancel_event.is_set():
                    gen.close()
                    raise Cancelled()
                item = next(gen)
                if isinstance(item, tuple) and len(item) == 3:
                    done, total, text = item
                    self.progress.emit(int(done), int(total), str(text))
                elif item is not None:
                    self.progress.emit(0, 0, str(item))
        except StopIteration as stop:
            return stop.value


class Worker(QObject):
    """One job on its own thread. Create with :func:`start`.

    Signals:
        progress(int, int, str): done, total (0 when unknown) and a Dutch text.
        finished(object): the job's result.
        failed(object): the exception the job raised.
        cancelled(): the job stopped because :meth:`cancel` was called.
        done(): always last, after one of the three above.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    done = Signal()

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self._thread = _Thread(fn, args, kwargs)
        self._thread.progress.connect(self._on_progress)
        self._thread.succeeded.connect(self._on_succeeded)
        self._thread.errored.connect(self._on_errored)
        self._settled = False
        #: How to ask this job to stop politely (a dialog's "Annuleren"); None: the job
        #: cannot be interrupted and is waited for. Used by :func:`stop_all`.
        self.stop_request: Callable[[], None] | None = None

    def start(self) -> Worker:
        _running.add(self)
        sys.setswitchinterval(SWITCH_INTERVAL)
        self._thread.start()
        return self

    def cancel(self) -> None:
        self._thread.cancel_event.set()

    @property
    def is_cancelled(self) -> bool:
        return self._thread.cancel_event.is_set()

    def wait(self, ms: int = 30_000) -> bool:
        """Block until the thread ended (for shutdown and tests)."""
        return bool(self._thread.wait(ms))

    def is_running(self) -> bool:
        return not self._settled

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if not self.is_cancelled:
            self.progress.emit(done, total, text)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._settle()
        if self.is_cancelled:
            self.cancelled.emit()
        else:
            self.finished.emit(result)
        self.done.emit()

    @Slot(object)
    def _on_errored(self, exc: object) -> None:
        self._settle()
        if isinstance(exc, Cancelled) or self.is_cancelled:
            self.cancelled.emit()
        else:
            self.failed.emit(exc)
        self.done.emit()

    def _settle(self) -> None:
        self._settled = True
        self._thread.wait()
        _running.discard(self)


def start(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Worker:
    """Run ``fn(*args, **kwargs)`` on a new thread; connect to the signals right away
    (they are delivered through the event loop, never before this returns)."""
    return Worker(fn, *args, **kwargs).start()


def running() -> list[Worker]:
    """Workers whose result has not been delivered yet."""
    return list(_running)


def wait_all(ms: int = 30_000) -> bool:
    """Cancel nothing, wait for every running thread to end. True when all ended."""
    return all(w.wait(ms) for w in list(_running))


def stop_all(ms: int = 60_000) -> bool:
    """Before the vault closes (lock, quit): ask every job that can stop to stop at its
    next check, then wait for every thread. A job that cannot be interrupted (a key
    change, an unlock) is waited for, never abandoned: its result still arrives. True
    when all ended within ``ms``."""
    for w in list(_running):
        if w.stop_request is not None:
            w.stop_request()
    return wait_all(ms)


def cancel_all() -> None:
    for w in list(_running):
        w.cancel()
