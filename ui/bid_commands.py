"""Undoable bid edits: each command calls :class:`~mandaat.vault.session.Session` (which commits,
saves and audits) on redo, and the inverse through Session on undo.

A bid that is deleted and brought back gets a new row id in the vault. The commands of
one stack share a :class:`BidIds` that maps the id a command first saw to the bid's
current id, so an older "edit" on the stack still finds its bid after an undone delete.

A command whose first redo fails (an identical bid exists, the file cannot be saved)
marks itself obsolete, so ``QUndoStack.push`` drops it; ``error`` then says why.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from mandaat.errors import MandaatError
from mandaat.model import Bid
from mandaat.vault.session import Session
from ui.session_command import SessionCommand
from ui.words import WORDS

#: Called after every do/undo with the dossier id the command touched.
Changed = Callable[[int | None], None]
#: Called with a Dutch message when a do/undo fails.
Failed = Callable[[str], None]


class BidIds:
    """Stable keys for bids whose row id changes when a delete is undone."""

    def __init__(self) -> None:
        self._current: dict[int, int] = {}

    def key_for(self, current_id: int) -> int:
        for key, value in self._current.items():
            if value == current_id:
                return key
        return current_id

    def current(self, key: int) -> int:
        return self._current.get(key, key)

    def moved(self, key: int, new_id: int) -> None:
        self._current[key] = new_id


class _Refused(Exception):
    """The vault refused the edit without an error (an identical bid is stored)."""


class _BidCommand(SessionCommand):
    refusals = (*SessionCommand.refusals, _Refused)

    def __init__(
        self,
        text: str,
        session: Session,
        ids: BidIds,
        on_changed: Changed | None,
        on_failed: Failed | None,
    ) -> None:
        super().__init__(text, session, on_changed, on_failed)
        self.ids = ids

    def message(self, exc: BaseException) -> str:
        return _message(exc)


def _duplicate() -> str:
    return QCoreApplication.translate(
        "BidCommands", "Er staat al een bod met precies deze inhoud in dit dossier"
    )


def _message(exc: BaseException) -> str:
    if isinstance(exc, (_Refused, sqlite3.IntegrityError)):
        return _duplicate()
    if isinstance(exc, MandaatError):
        return WORDS.error(exc)
    return QCoreApplication.translate("BidCommands", "Opslaan is mislukt: {error}").format(
        error=exc
    )


class AddBidCommand(_BidCommand):
    """Add a bid; undo deletes it again."""

    def __init__(
        self,
        session: Session,
        ids: BidIds,
        bid: Bid,
        on_changed: Changed | None = None,
        on_failed: Failed | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("BidCommands", "Bod toevoegen"),
            session,
            ids,
            on_changed,
            on_failed,
        )
        self.bid = replace(bid, id=None)
        self.key: int | None = None

    @property
    def saved_id(self) -> int | None:
        return None if self.key is None else self.ids.current(self.key)

    def redo(self) -> None:
        def do() -> int | None:
            saved = self.session.add_bid(self.bid)
            if saved is None or saved.id is None:
                raise _Refused
            if self.key is None:
                self.key = saved.id
            else:
                self.ids.moved(self.key, saved.id)
            return self.bid.dossier_id

        self._run(do)

    def undo(self) -> None:
        def do() -> int | None:
            if self.key is not None:
                self.session.delete_bid(self.ids.current(self.key))
            return self.bid.dossier_id

        self._run(do)


class EditBidCommand(_BidCommand):
    """Replace a stored bid's content; undo puts the old content back."""

    def __init__(
        self,
        session: Session,
        ids: BidIds,
        old: Bid,
        new: Bid,
        on_changed: Changed | None = None,
        on_failed: Failed | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("BidCommands", "Bod wijzigen"),
            session,
            ids,
            on_changed,
            on_failed,
        )
        assert old.id is not None
        self.key = ids.key_for(old.id)
        self.old = old
        self.new = replace(new, id=old.id, dossier_id=old.dossier_id)

    def _put(self, bid: Bid) -> int | None:
        self.session.update_bid(replace(bid, id=self.ids.current(self.key)))
        return bid.dossier_id

    def redo(self) -> None:
        self._run(lambda: self._put(self.new))

    def undo(self) -> None:
        self._run(lambda: self._put(self.old))


class DeleteBidCommand(_BidCommand):
    """Delete a bid; undo stores it again (with a new row id, tracked in ``ids``)."""

    def __init__(
        self,
        session: Session,
        ids: BidIds,
        bid: Bid,
        on_changed: Changed | None = None,
        on_failed: Failed | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("BidCommands", "Bod verwijderen"),
            session,
            ids,
            on_changed,
            on_failed,
        )
        assert bid.id is not None
        self.key = ids.key_for(bid.id)
        self.bid = bid

    def redo(self) -> None:
        def do() -> int | None:
            self.bid = self.session.delete_bid(self.ids.current(self.key))
            return self.bid.dossier_id

        self._run(do)

    def undo(self) -> None:
        def do() -> int | None:
            saved = self.session.add_bid(replace(self.bid, id=None))
            if saved is None or saved.id is None:
                raise _Refused
            self.ids.moved(self.key, saved.id)
            return self.bid.dossier_id

        self._run(do)
