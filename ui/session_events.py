"""The session's change notices, adapted once into Qt signals (napari's core events and
its ``_qt`` layer): every view connects to these and refreshes itself from the vault.

:func:`events_for` gives the one adapter of a session. A notice may arrive on a worker
thread (the import); Qt delivers the signal to each view on the view's own thread.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Signal

from mandaat.vault.session import Change, Session


class SessionEvents(QObject):
    """Signals (each with the dossier's id where one is concerned):

    - ``dossier_changed(int)``: the dossier's own fields (mandate, advice, prices...);
    - ``dossier_removed(int)``;
    - ``bids_changed(int)``: a bid of the dossier was added, changed or deleted;
    - ``nota_header_changed(int)``, ``woo_grounds_changed(int)``;
    - ``reloaded()``: anything may have changed (an import): read everything again;
    - ``changed(object)``: every notice (a :class:`~mandaat.vault.session.Change`), for views
      that show all of the vault's history (the log).
    """

    dossier_changed = Signal(int)
    dossier_removed = Signal(int)
    bids_changed = Signal(int)
    nota_header_changed = Signal(int)
    woo_grounds_changed = Signal(int)
    reloaded = Signal()
    changed = Signal(object)

    def notice(self, change: Change) -> None:
        i = change.dossier_id
        if change.kind == "dossier" and i is not None:
            self.dossier_changed.emit(i)
        elif change.kind == "dossier_removed" and i is not None:
            self.dossier_removed.emit(i)
        elif change.kind == "bids" and i is not None:
            self.bids_changed.emit(i)
        elif change.kind == "nota_header" and i is not None:
            self.nota_header_changed.emit(i)
        elif change.kind == "woo_grounds" and i is not None:
            self.woo_grounds_changed.emit(i)
        elif change.kind == "all":
            self.reloaded.emit()
        self.changed.emit(change)


_ADAPTERS: weakref.WeakKeyDictionary[Session, SessionEvents] = weakref.WeakKeyDictionary()


def events_for(session: Session) -> SessionEvents:
    """The Qt adapter of ``session``'s notices (made on first use, lives as long as the
    session)."""
    found = _ADAPTERS.get(session)
    if found is None:
        found = SessionEvents()
        session.subscribe(found.notice)
        _ADAPTERS[session] = found
    return found
