"""What an editor held when the window locked: kept in memory only, put back on unlock.

An auto-lock or a screen lock must not throw away a half-typed bid. Before the vault
closes, :func:`take` reads every open editor's typed input into a :class:`Drafts` value
and closes the editor (so nothing of it stays on screen); the window keeps that value in
memory — never in a file, never in QSettings — and after the *same* vault is unlocked
:func:`give_back` opens the editors again exactly as they were. Unlocking another vault,
or quitting, drops the value.

The forms that save as they go (Advies & mandaat, the nota header, the Woo grounds) keep
their input by storing it in the (encrypted) vault when the window locks
(``Workspace.flush``); the import and export dialogs are closed (their input is a file
choice) after their work was asked to stop.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mandaat.vault.file import Vault
    from ui.workspace import Workspace


def vault_identity(vault: Vault) -> str:
    """Which vault this is: its resolved path and its first audit-log entry (made when
    it was created), so another file moved to the same path is another vault."""
    log = vault.audit_log()
    first = log[0].hash.hex() if log else ""
    raw = f"{Path(vault.path).resolve()}|{first}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@dataclass
class BidDraft:
    """An open bid editor: for which dossier and bid, and every field as typed."""

    dossier_id: int
    bid_id: int | None
    next_round: int
    state: dict[str, Any]


@dataclass
class Drafts:
    """The unsaved input of one locked vault."""

    vault: str
    bids: list[BidDraft] = field(default_factory=list)
    dossier_id: int | None = None  # the dossier that was selected
    tab: int = 0

    def __bool__(self) -> bool:
        return bool(self.bids)

    def wipe(self) -> None:
        """Drop the typed text (the window lets go of this object too)."""
        for draft in self.bids:
            draft.state.clear()
        self.bids.clear()


def has_unsaved_input(workspace: Workspace) -> bool:
    """True when an editor holds typed input that is not in the vault yet."""
    tab = workspace.bids_tab
    editor = getattr(tab, "editor", None)
    return editor is not None and bool(editor.has_unsaved_input())


def take(workspace: Workspace, vault: Vault) -> Drafts:
    """Read the open editors' input and close them without storing anything."""
    drafts = Drafts(
        vault_identity(vault), dossier_id=workspace.current_id, tab=workspace.tabs.currentIndex()
    )
    _finish_typing(workspace)
    tab = workspace.bids_tab
    editor = getattr(tab, "editor", None)
    if editor is not None and editor.dossier.id is not None:
        if editor.has_unsaved_input():
            drafts.bids.append(
                BidDraft(
                    editor.dossier.id,
                    editor.original.id if editor.original is not None else None,
                    editor.round_spin.value(),
                    editor.snapshot(),
                )
            )
        editor.hide()
        editor.reject()
    return drafts


def _finish_typing(workspace: Workspace) -> None:
    """A field of a form that saves as it goes (Advies & mandaat, the nota header) being
    typed in when the lock came: finish the edit now, so it is stored (encrypted) like a
    Tab out of the field would."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    focus = QApplication.focusWidget()
    if isinstance(focus, QLineEdit) and workspace.isAncestorOf(focus) and focus.isModified():
        focus.editingFinished.emit()


def give_back(workspace: Workspace, vault: Vault, drafts: Drafts | None) -> bool:
    """Open the editors of ``drafts`` again when ``vault`` is the one they came from.
    True when something was given back; the drafts are wiped either way."""
    if drafts is None:
        return False
    try:
        if drafts.vault != vault_identity(vault):
            return False
        given = False
        for draft in drafts.bids:
            given = _give_back_bid(workspace, draft) or given
        if not given and drafts.dossier_id is not None:
            workspace.select(drafts.dossier_id)
        return given
    finally:
        drafts.wipe()


def _give_back_bid(workspace: Workspace, draft: BidDraft) -> bool:
    session = workspace.session
    dossier = session.dossier(draft.dossier_id)
    if dossier is None:
        return False
    original = None
    if draft.bid_id is not None:
        original = session.bid(draft.bid_id)
        if original is None or original.dossier_id != draft.dossier_id:
            # the bid is gone: its edit has nothing to change
            return False
    workspace.select(draft.dossier_id)
    tab = workspace.bids_tab
    if tab is None or not hasattr(tab, "open_draft"):
        return False
    workspace.tabs.setCurrentWidget(tab)
    tab.open_draft(dossier, original, draft.next_round, draft.state)
    return True
