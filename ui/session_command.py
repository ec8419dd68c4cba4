"""The shared shape of an undo step that edits the vault through the Session.

``redo``/``undo`` of a subclass call :meth:`SessionCommand._run` with the edit. The edit
commits, saves and audits through :class:`~mandaat.vault.session.Session`; if it is refused,
the transaction is rolled back, ``error`` says why and ``on_failed`` is told. A step
whose very first run failed marks itself obsolete, so ``QUndoStack.push`` drops it and
the stack never holds an edit that did not happen.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from mandaat.errors import MandaatError
from mandaat.vault.session import Session


class SessionCommand(QUndoCommand):
    #: What counts as "the vault refused this edit" (reported, never raised).
    refusals: tuple[type[BaseException], ...] = (MandaatError, sqlite3.Error, OSError)

    def __init__(
        self,
        text: str,
        session: Session,
        on_changed: Callable[[Any], None] | None,
        on_failed: Callable[[str], None] | None,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.on_changed = on_changed
        self.on_failed = on_failed
        self.error = ""
        self._done_once = False

    def message(self, exc: BaseException) -> str:
        """The sentence shown for a refusal."""
        return str(exc)

    def _run(self, action: Callable[[], Any]) -> None:
        """Run ``action``; on a refusal report it, and drop the command if it never ran.
        ``on_changed`` gets what ``action`` returned."""
        try:
            result = action()
        except self.refusals as exc:
            with contextlib.suppress(sqlite3.Error):
                self.session.db.rollback()
            self.error = self.message(exc)
            if not self._done_once:
                self.setObsolete(True)
            if self.on_failed:
                self.on_failed(self.error)
            return
        self.error = ""
        self._done_once = True
        if self.on_changed:
            self.on_changed(result)
