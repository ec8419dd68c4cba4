"""Undoable dossier edits. Each command goes through :class:`mandaat.vault.session.Session`,
so every step (do, undo, redo) is committed, audited and saved at once.

A deleted dossier comes back under a new id, so commands do not keep a bare id: they
share a :class:`DossierHandle` (one per dossier, from :class:`Handles`) whose ``id``
follows the dossier through delete and restore.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from mandaat.errors import MandaatError
from mandaat.model import Bid, Dossier, NotaHeader
from mandaat.vault.session import Session

if TYPE_CHECKING:
    from mandaat.export.classify import GroundChoice


def _extras(session: Session, dossier_id: int) -> tuple[NotaHeader | None, dict[str, GroundChoice]]:
    """What the vault keeps beside a dossier (its nota header, its Woo grounds), read
    before a delete so that undoing it brings them back too."""
    header = session.nota_header(dossier_id)
    return (None if header.is_empty() else header), session.woo_grounds(dossier_id)


class DossierHandle:
    """Where a dossier is now: its current id, or None while it is deleted."""

    def __init__(self, dossier_id: int | None) -> None:
        self.id = dossier_id


class Handles:
    """One handle per dossier id, so every command about a dossier shares it."""

    def __init__(self) -> None:
        self._by_id: dict[int, DossierHandle] = {}

    def for_id(self, dossier_id: int) -> DossierHandle:
        handle = self._by_id.get(dossier_id)
        if handle is None:
            handle = self._by_id[dossier_id] = DossierHandle(dossier_id)
        return handle

    def moved(self, handle: DossierHandle, new_id: int | None) -> None:
        if handle.id is not None and self._by_id.get(handle.id) is handle:
            del self._by_id[handle.id]
        handle.id = new_id
        if new_id is not None:
            self._by_id[new_id] = handle


class Listener:
    """What the window wants to hear from a command (all optional)."""

    def __init__(
        self,
        changed: Callable[[Dossier], None] | None = None,
        removed: Callable[[int], None] | None = None,
        error: Callable[[Exception], None] | None = None,
    ) -> None:
        self.changed = changed or (lambda d: None)
        self.removed = removed or (lambda i: None)
        self.error = error or (lambda e: None)


class _DossierCommand(QUndoCommand):
    def __init__(self, session: Session, handles: Handles, listener: Listener, text: str):
        super().__init__(text)
        self.session = session
        self.handles = handles
        self.listener = listener

    def _guard(self, action: Callable[[], None]) -> None:
        """Run ``action``; a failed save is reported (the edit is kept in memory and
        ``vault.dirty`` stays set, so closing asks to save again)."""
        try:
            action()
        except MandaatError as exc:
            self.listener.error(exc)


class EditDossierCommand(_DossierCommand):
    """Change a dossier from ``before`` to ``after``. Consecutive edits of the same
    field of the same dossier merge into one step (typing is one undo)."""

    ID = 1001

    def __init__(
        self,
        session: Session,
        handles: Handles,
        listener: Listener,
        before: Dossier,
        after: Dossier,
        field: str = "",
        text: str = "",
    ) -> None:
        assert before.id is not None
        super().__init__(
            session,
            handles,
            listener,
            text or QCoreApplication.translate("Undo", "Dossier wijzigen"),
        )
        self.handle = handles.for_id(before.id)
        self.before = before
        self.after = after
        self.field = field

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, EditDossierCommand) or not self.field:
            return False
        if other.handle is not self.handle or other.field != self.field:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def _apply(self, d: Dossier) -> None:
        def go() -> None:
            saved = self.session.save_dossier(replace(d, id=self.handle.id))
            self.listener.changed(saved)

        self._guard(go)


class AddDossierCommand(_DossierCommand):
    """Add a new dossier (undo removes it again)."""

    def __init__(self, session: Session, handles: Handles, listener: Listener, dossier: Dossier):
        super().__init__(
            session, handles, listener, QCoreApplication.translate("Undo", "Nieuw dossier")
        )
        self.dossier = replace(dossier, id=None)
        self.handle = DossierHandle(None)
        self.bids: list[Bid] = []
        self.header: NotaHeader | None = None
        self.grounds: dict[str, GroundChoice] = {}

    def redo(self) -> None:
        def go() -> None:
            if self.bids or self.header is not None or self.grounds:
                saved = self.session.restore_dossier(
                    self.dossier, self.bids, header=self.header, grounds=self.grounds
                )
            else:  # as new: after an undo self.dossier still carries its old id
                saved = self.session.save_dossier(replace(self.dossier, id=None))
            assert saved.id is not None
            self.handles.moved(self.handle, saved.id)
            self.listener.changed(saved)

        self._guard(go)

    def undo(self) -> None:
        def go() -> None:
            old = self.handle.id
            if old is None:
                return
            self.header, self.grounds = _extras(self.session, old)
            self.dossier, self.bids = self.session.delete_dossier(old)
            self.handles.moved(self.handle, None)
            self.listener.removed(old)

        self._guard(go)


class DeleteDossierCommand(_DossierCommand):
    """Remove a dossier and its bids (undo brings both back)."""

    def __init__(self, session: Session, handles: Handles, listener: Listener, dossier_id: int):
        super().__init__(
            session, handles, listener, QCoreApplication.translate("Undo", "Dossier verwijderen")
        )
        self.handle = handles.for_id(dossier_id)
        self.dossier: Dossier | None = None
        self.bids: list[Bid] = []
        self.header: NotaHeader | None = None
        self.grounds: dict[str, GroundChoice] = {}

    def redo(self) -> None:
        def go() -> None:
            old = self.handle.id
            if old is None:
                return
            self.header, self.grounds = _extras(self.session, old)
            self.dossier, self.bids = self.session.delete_dossier(old)
            self.handles.moved(self.handle, None)
            self.listener.removed(old)

        self._guard(go)

    def undo(self) -> None:
        def go() -> None:
            if self.dossier is None:
                return
            saved = self.session.restore_dossier(
                self.dossier, self.bids, header=self.header, grounds=self.grounds
            )
            assert saved.id is not None
            self.handles.moved(self.handle, saved.id)
            self.listener.changed(saved)

        self._guard(go)
