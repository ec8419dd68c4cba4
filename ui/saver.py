"""The window's writer: an edit is sealed and written on a worker thread.

At 30,000 bids a save takes ~55 ms, most of it SQLite's integrity check of the image;
on the window's thread that held up every edit and undo. Now the window's thread only
takes the database's image (:meth:`~mandaat.vault.file.Vault.begin_save`, ~4 ms); the
check, the encryption and the atomic write run on a worker
(:meth:`~mandaat.vault.file.Seal.run`), and the outcome is taken in back on the window's
thread (:meth:`~mandaat.vault.file.Vault.finish_save`).

- One seal at a time. Edits made while one runs are saved together by the next, which
  starts as soon as the first has landed (six quick edits: two saves).
- The status line says "Opslaan…" until the last edit is on disk, and "Alles
  opgeslagen" only then: what the window calls saved is what a killed process keeps.
- A failed save is reported once (``failed``); the edits stay in memory, the status
  line says "Niet opgeslagen", and the next edit, a lock or closing saves again.
- Locking and closing wait for a seal under way (:meth:`Vault.settle`) before they look
  at what is unsaved; the import and a change of keys take the vault only after
  :meth:`Session.flush`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from mandaat.vault.file import Seal
from mandaat.vault.session import Session
from ui import workers


class Saver(QObject):
    """Saves ``session``'s edits in the background (install with :meth:`attach`).

    Signals:
        changed(): a save started or ended (the status line follows ``vault.saving``
            and ``vault.dirty``);
        failed(object): a save in the background failed (the error: a VaultError, or
            any other exception, which the window words as "Er ging iets mis").
    """

    changed = Signal()
    failed = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = session
        self._seal: Seal | None = None
        self._worker: workers.Worker | None = None
        self._again = False  # an edit came while a seal ran: save once more after it
        #: how many seals this writer started (the tests count coalescing with it)
        self.started = 0

    def attach(self) -> Saver:
        assert self.session is not None
        self.session.save_later = self.request
        return self

    def retire(self) -> None:
        """The vault is being locked or closed: start nothing more. (What runs is
        waited for by the lock, which then takes its outcome in itself.)"""
        if self.session is not None and self.session.save_later == self.request:
            self.session.save_later = None
        self.session = None
        self._again = False

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def request(self) -> None:
        """An edit was committed in memory: save it (now, or after the seal that runs)."""
        if self.session is None:
            return
        if self._worker is not None:
            self._again = True
            return
        self._begin()

    def _begin(self) -> None:
        assert self.session is not None
        self._again = False
        try:
            seal = self.session.vault.begin_save()
        except Exception as exc:  # noqa: BLE001 - told to the user, the edit kept
            self.changed.emit()
            self.failed.emit(exc)
            return
        self.started += 1
        self._seal = seal
        try:
            worker = workers.start(seal.run)
        except Exception:  # no thread to be had: seal here, so no save is left pending
            seal.run()
            self._ended()
            return
        self._worker = worker
        worker.done.connect(self._ended)
        self.changed.emit()

    def _ended(self) -> None:
        seal, self._seal, self._worker = self._seal, None, None
        session = self.session
        if session is None or seal is None:
            return  # retired: the lock or close took the outcome in (Vault.settle)
        try:
            session.vault.finish_save(seal)  # passed over if already taken in
        except Exception as exc:  # noqa: BLE001 - told to the user, the edit kept
            self._again = False  # not straight again: the next edit, a lock or closing
            self.changed.emit()
            self.failed.emit(exc)
            return
        if self._again and session.vault.dirty and session.vault.is_open:
            self._begin()
            return
        self._again = False
        self.changed.emit()
