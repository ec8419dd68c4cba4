"""Undoable edits of the Nota tab: the nota's header and the Woo grounds of a dossier.

Each command calls :class:`~mandaat.vault.session.Session` (which commits, saves and audits)
on redo, and puts the earlier value back through Session on undo. A command whose first
redo is refused (a ground the Woo does not allow, an unknown dossier) marks itself
obsolete, so ``QUndoStack.push`` drops it; ``error`` then holds the message.

Consecutive edits of the same header field of the same dossier merge into one step, so
a title typed in several pauses is undone at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from mandaat.export.classify import GroundChoice
from mandaat.model import NotaHeader
from mandaat.vault.session import Session
from ui.session_command import SessionCommand

#: Called after every do/undo with the dossier id the command touched.
Changed = Callable[[int], None]
#: Called with the message when a do/undo fails.
Failed = Callable[[str], None]


def changed_fields(before: NotaHeader, after: NotaHeader) -> tuple[str, ...]:
    """The names of the header fields that differ."""
    return tuple(
        f.name for f in fields(NotaHeader) if getattr(before, f.name) != getattr(after, f.name)
    )


class _NotaCommand(SessionCommand):
    refusals = (*SessionCommand.refusals, ValueError)

    def __init__(
        self,
        text: str,
        session: Session,
        dossier_id: int,
        on_changed: Changed | None,
        on_failed: Failed | None,
    ) -> None:
        super().__init__(text, session, on_changed, on_failed)
        self.dossier_id = dossier_id

    def _run(self, action: Callable[[], object]) -> None:
        def edit() -> int:
            action()
            return self.dossier_id

        super()._run(edit)


class NotaHeaderCommand(_NotaCommand):
    """Change the header of a dossier's nota from ``before`` to ``after``."""

    ID = 1301

    def __init__(
        self,
        session: Session,
        dossier_id: int,
        before: NotaHeader,
        after: NotaHeader,
        on_changed: Changed | None = None,
        on_failed: Failed | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("NotaTab", "Kop van de nota wijzigen"),
            session,
            dossier_id,
            on_changed,
            on_failed,
        )
        self.before = before
        self.after = after
        self.fields = changed_fields(before, after)

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if (
            not isinstance(other, NotaHeaderCommand)
            or other.dossier_id != self.dossier_id
            or len(self.fields) != 1
            or other.fields != self.fields
            or other.error
        ):
            return False
        self.after = other.after
        if self.after == self.before:
            self.setObsolete(True)  # typed back to what it was: no step at all
        return True

    def redo(self) -> None:
        self._run(lambda: self._put(self.after))

    def undo(self) -> None:
        self._run(lambda: self._put(self.before))

    def _put(self, header: NotaHeader) -> None:
        self.session.save_nota_header(self.dossier_id, header)


class WooGroundsCommand(_NotaCommand):
    """Give one field of a dossier other Woo grounds (``after`` None: back to the
    default); undo restores the choice that was stored before."""

    def __init__(
        self,
        session: Session,
        dossier_id: int,
        key: str,
        after: GroundChoice | None,
        on_changed: Changed | None = None,
        on_failed: Failed | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("NotaTab", "Weigeringsgrond wijzigen"),
            session,
            dossier_id,
            on_changed,
            on_failed,
        )
        self.key = key
        self.before = session.woo_grounds(dossier_id).get(key)
        self.after = after

    def redo(self) -> None:
        self._run(lambda: self._put(self.after))

    def undo(self) -> None:
        self._run(lambda: self._put(self.before))

    def _put(self, choice: GroundChoice | None) -> None:
        if choice is None:
            self.session.clear_woo_grounds(self.dossier_id, self.key)
        else:
            self.session.set_woo_grounds(
                self.dossier_id, self.key, choice.grounds, choice.motivation
            )
