"""The engine's assessment of each bid, made once and shared by every view of a session.

The bids table, the chart and the dossier list all show what :func:`mandaat.engine.assess`
says about a bid. At 100,000 bids assessing them all takes tens of seconds of exact
arithmetic, so nothing assesses ahead: a view asks :meth:`Assessments.get` for the rows it
shows, and the answer is kept for the next view that asks.

An answer is reused only for the very same dossier and bid (compared by value, both are
frozen dataclasses), so a changed mandate or an edited bid is never shown with an old
verdict — the cache cannot go stale, the session's notices only let it drop what can no
longer be asked for.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from mandaat import engine
from mandaat.engine import Assessment, EngineError
from mandaat.model import Bid, Dossier
from mandaat.vault.session import Change, Session


@dataclass(frozen=True)
class Assessed:
    """What the engine said about one bid: its assessment, or why there is none."""

    assessment: Assessment | None
    error: str = ""


def assess(dossier: Dossier, bid: Bid) -> Assessed:
    """The engine's answer for one bid, an engine message instead of an exception."""
    try:
        return Assessed(engine.assess(dossier, bid))
    except EngineError as exc:
        from ui.words import WORDS  # the refusal in the window's language

        return Assessed(None, WORDS.engine_error(exc))


class Assessments:
    """Assessments per dossier, each kept with the dossier and bid it was made for."""

    def __init__(self) -> None:
        self._by_dossier: dict[int | None, tuple[Dossier, dict[int | None, tuple[Bid, Assessed]]]]
        self._by_dossier = {}
        self.made = 0  # how many the engine made (for tests and benchmarks)

    def _entry(self, dossier: Dossier) -> dict[int | None, tuple[Bid, Assessed]]:
        found = self._by_dossier.get(dossier.id)
        if found is not None and (found[0] is dossier or found[0] == dossier):
            return found[1]
        entry: dict[int | None, tuple[Bid, Assessed]] = {}
        self._by_dossier[dossier.id] = (dossier, entry)
        return entry

    def known(self, dossier: Dossier, bid: Bid) -> Assessed | None:
        """The kept answer for exactly this dossier and bid, or None."""
        found = self._entry(dossier).get(bid.id)
        if found is not None and (found[0] is bid or found[0] == bid):
            return found[1]
        return None

    def get(self, dossier: Dossier, bid: Bid) -> Assessed:
        """The answer for ``bid`` in ``dossier``: kept, or made now and kept."""
        entry = self._entry(dossier)
        found = entry.get(bid.id)
        if found is not None and (found[0] is bid or found[0] == bid):
            return found[1]
        result = assess(dossier, bid)
        self.made += 1
        if bid.id is not None:
            entry[bid.id] = (bid, result)
        return result

    def drop(self, dossier_id: int | None) -> None:
        self._by_dossier.pop(dossier_id, None)

    def clear(self) -> None:
        self._by_dossier.clear()

    def notice(self, change: Change) -> None:
        """Let go of what a write made unaskable (the values guard correctness anyway)."""
        if change.kind == "all":
            self.clear()
        elif change.kind in ("dossier", "dossier_removed"):
            self.drop(change.dossier_id)


_SHARED: weakref.WeakKeyDictionary[Session, Assessments] = weakref.WeakKeyDictionary()


def for_session(session: Session) -> Assessments:
    """The one cache of ``session``'s views (made on first use, lives with the session)."""
    found = _SHARED.get(session)
    if found is None:
        found = Assessments()
        session.subscribe(found.notice)
        _SHARED[session] = found
    return found
