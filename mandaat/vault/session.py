"""Edits to an open vault, each one committed and saved: what the window and the CLI call.

Every method changes the database in one transaction, appends an audit entry (what
changed, never the confidential value) and saves the encrypted file, so a killed
process loses nothing that was confirmed. Each edit returns what is needed to undo it.

Saving is at once, unless the window has given :attr:`Session.save_later`: then an edit
is committed in memory and the window's writer thread seals it (:class:`~mandaat.vault.file.Seal`);
the window says "saved" only when that has landed. An export's audit entry is always
saved at once: its files land only after it (:meth:`Session.record`).

After every write the session tells its listeners what changed (:class:`Change`, plain
Python, no Qt): the window adapts these notices once into Qt signals and every view
refreshes from them, so no screen is left showing an older state of the vault.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Final, Literal

from mandaat.describe import Problem, bid_problems
from mandaat.errors import MandaatError
from mandaat.model import Bid, Dossier, NotaHeader
from mandaat.vault import store
from mandaat.vault.file import Vault

if TYPE_CHECKING:
    from mandaat.export.classify import GroundChoice
    from mandaat.importing.apply import ImportPlan, ImportResult

ChangeKind = Literal[
    "dossier", "dossier_removed", "bids", "nota_header", "woo_grounds", "all", "log"
]
#: Every kind of notice: a dossier's own fields; a dossier gone; a dossier's bids; its
#: nota header; its Woo grounds; anything at all (an import: read everything again);
#: only the audit log (an entry with no other change, e.g. an export).
CHANGE_KINDS: Final = (
    "dossier",
    "dossier_removed",
    "bids",
    "nota_header",
    "woo_grounds",
    "all",
    "log",
)


@dataclass(frozen=True)
class Change:
    """What a write changed: ``kind`` (see :data:`CHANGE_KINDS`) and the dossier it
    concerns (None for ``all`` and ``log``). Every write also adds an audit entry."""

    kind: ChangeKind
    dossier_id: int | None = None


Listener = Callable[[Change], None]


class EditError(MandaatError):
    pass


class BidRefused(MandaatError):
    """A bid the engine cannot use as meant: ``problems`` holds the codes and fields (the
    same the bid editor shows), so the import, the CLI and the window refuse alike."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("bid_refused", detail="; ".join(f"{p.field}: {p.code}" for p in problems))


class Session:
    """An unlocked vault and the edits made to it."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._listeners: list[Listener] = []
        #: None: every edit is saved before its method returns (the command line, the
        #: tests). The window sets a function that saves in the background; it is
        #: called after each edit's commit, on the thread that made the edit.
        self.save_later: Callable[[], None] | None = None

    # -- notices --------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every write; returns the function that stops it.
        A notice may come from a worker thread (the import): a listener that touches
        a window must hand it over to its own thread (Qt's queued signals do)."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _notify(self, kind: ChangeKind, dossier_id: int | None = None) -> None:
        change = Change(kind, dossier_id)
        for listener in list(self._listeners):
            listener(change)

    @property
    def db(self):  # type: ignore[no-untyped-def]
        return self.vault.db

    # -- reading --------------------------------------------------------------------

    def dossiers(self) -> list[Dossier]:
        return store.dossiers(self.vault.db)

    def dossier(self, dossier_id: int) -> Dossier | None:
        return store.dossier(self.vault.db, dossier_id)

    def bids(self, dossier_id: int | None = None) -> list[Bid]:
        return store.bids(self.vault.db, dossier_id)

    def bid(self, bid_id: int) -> Bid | None:
        """One bid by its id (None when there is none): not the dossier's 25,000."""
        return store.bid(self.vault.db, bid_id)

    def stored_bids(self, dossier_id: int) -> store.StoredBids:
        """The dossier's bids as :meth:`bids` gives them, each parsed when first read."""
        return store.stored_bids(self.vault.db, dossier_id)

    def snapshot(self) -> bytes:
        """The vault's database as it is now, for a worker to read (:func:`store.snapshot`)."""
        return store.snapshot(self.vault.db)

    def latest_supplier_bids(self, dossier_id: int | None = None) -> dict[int, Bid]:
        """Per dossier (or of ``dossier_id`` only) the supplier's latest bid."""
        return store.latest_supplier_bids(self.vault.db, dossier_id)

    # -- editing --------------------------------------------------------------------

    def save_dossier(self, dossier: Dossier) -> Dossier:
        """Add (id None) or change a dossier. Emptying the product of a dossier with
        product-wide bids is refused (:class:`EditError` ``product_wide_bids``)."""
        if dossier.id is not None and store.dossier(self.vault.db, dossier.id) is None:
            # deleted meanwhile: refused, never "saved" into nothing
            raise EditError("unknown_dossier", name=dossier.brand)
        if dossier.id is not None and not dossier.product.strip():
            before = store.dossier(self.vault.db, dossier.id)
            wide = any(b.arrangement.product_wide for b in store.bids(self.vault.db, dossier.id))
            if before is not None and before.product.strip() and wide:
                raise EditError("product_wide_bids", name=f"{before.brand} ({before.indication})")
        try:
            saved = store.save_dossier(self.vault.db, dossier)
        except Exception:
            self.vault.db.rollback()
            raise
        code = "dossier_added" if dossier.id is None else "dossier_changed"
        self._commit(code, brand=saved.brand, indication=saved.indication)
        self._notify("dossier", saved.id)
        return saved

    def delete_dossier(self, dossier_id: int) -> tuple[Dossier, list[Bid]]:
        """Remove a dossier and its bids; returns them so the removal can be undone."""
        d = store.dossier(self.vault.db, dossier_id)
        if d is None:
            raise EditError("unknown_dossier", name=str(dossier_id))
        bids = store.bids(self.vault.db, dossier_id)
        store.delete_dossier(self.vault.db, dossier_id)
        self._commit("dossier_deleted", brand=d.brand, indication=d.indication, bids=len(bids))
        self._notify("dossier_removed", dossier_id)
        return d, bids

    def restore_dossier(
        self,
        dossier: Dossier,
        bids: list[Bid],
        *,
        header: NotaHeader | None = None,
        grounds: dict[str, GroundChoice] | None = None,
    ) -> Dossier:
        """Undo of :meth:`delete_dossier`: the dossier and its bids come back, with the
        nota header and Woo grounds it had when given (read them before deleting)."""
        saved = store.save_dossier(self.vault.db, replace(dossier, id=None))
        assert saved.id is not None
        for b in bids:
            store.add_bid(self.vault.db, replace(b, id=None, dossier_id=saved.id))
        if header is not None:
            store.save_nota_header(self.vault.db, saved.id, header)
        for key, choice in (grounds or {}).items():
            store.set_woo_grounds(self.vault.db, saved.id, key, choice.grounds, choice.motivation)
        self._commit("dossier_restored", brand=saved.brand, indication=saved.indication)
        self._notify("dossier", saved.id)
        return saved

    def check_bid(self, bid: Bid) -> None:
        """Refuse a bid with a problem (:func:`mandaat.describe.bid_problems`), before
        anything is written: :class:`BidRefused`."""
        dossier = None if bid.dossier_id is None else self.dossier(bid.dossier_id)
        problems = bid_problems(bid, dossier)
        if problems:
            raise BidRefused(problems)

    def add_bid(self, bid: Bid) -> Bid | None:
        """Store a bid; None when an identical bid is already stored. Raises
        :class:`BidRefused` for a bid with a problem (nothing is written)."""
        self.check_bid(bid)
        saved = store.add_bid(self.vault.db, bid)
        if saved is None:
            self.vault.db.rollback()
            return None
        self._commit("bid_added", **self._bid_label(saved))
        self._notify("bids", saved.dossier_id)
        return saved

    def update_bid(self, bid: Bid) -> Bid:
        """Change a stored bid. A bid that is no longer in the vault (deleted meanwhile)
        is refused (``unknown_dossier``), never "saved" into nothing."""
        if bid.id is not None and store.bid(self.vault.db, bid.id) is None:
            raise EditError("unknown_dossier", name=f"bod {bid.id}")
        self.check_bid(bid)
        store.update_bid(self.vault.db, bid)
        self._commit("bid_changed", **self._bid_label(bid))
        self._notify("bids", bid.dossier_id)
        return bid

    def delete_bid(self, bid_id: int) -> Bid:
        found = store.bid(self.vault.db, bid_id)  # one bid, not the vault's 100,000
        if found is None:
            raise EditError("unknown_dossier", name=f"bod {bid_id}")
        store.delete_bid(self.vault.db, bid_id)
        self._commit("bid_deleted", **self._bid_label(found))
        self._notify("bids", found.dossier_id)
        return found

    # -- products with several indications -------------------------------------------

    def link_product(self, dossier_ids: Iterable[int], product: str) -> dict[int, str]:
        """Give the dossiers one product (the indications of one product; ``""``:
        unlink). One transaction, one audit entry, a notice per dossier. Returns each
        dossier's product before, for undo. Unknown dossier: :class:`EditError`, nothing
        changed. A dossier with product-wide bids cannot be unlinked (those bids would
        lose their indications): ``product_wide_bids``."""
        name = product.strip()
        if "\n" in name or "\r" in name or len(name) > 200:
            raise EditError("bad_product", name=name[:40])
        ids = list(dict.fromkeys(dossier_ids))
        found = {i: store.dossier(self.vault.db, i) for i in ids}
        missing = [i for i, d in found.items() if d is None]
        if missing:
            raise EditError("unknown_dossier", name=str(missing[0]))
        if not name:
            for i in ids:
                if any(b.arrangement.product_wide for b in store.bids(self.vault.db, i)):
                    raise EditError("product_wide_bids", name=str(i))
        before = {i: d.product for i, d in found.items() if d is not None}
        changed = [d for d in found.values() if d is not None and d.product != name]
        if not changed:
            return before
        try:
            for d in changed:
                store.save_dossier(self.vault.db, replace(d, product=name))
        except Exception:
            self.vault.db.rollback()
            raise
        brands = ", ".join(f"{d.brand} ({d.indication})" for d in changed)
        self._commit("product_linked" if name else "product_unlinked", dossiers=brands)
        for d in changed:
            self._notify("dossier", d.id)
        return before

    def set_product_wide(self, bid_id: int, product_wide: bool) -> Bid:
        """Mark a bid as product-wide (its terms apply to every indication of the
        dossier's product) or not; returns the bid as it was, for undo. Refused like any
        bid edit (:class:`BidRefused`: e.g. the dossier has no product)."""
        before = store.bid(self.vault.db, bid_id)
        if before is None:
            raise EditError("unknown_dossier", name=f"bod {bid_id}")
        if before.arrangement.product_wide == product_wide:
            return before
        self.update_bid(
            replace(before, arrangement=replace(before.arrangement, product_wide=product_wide))
        )
        return before

    # -- Woo grounds per dossier ----------------------------------------------------

    def woo_grounds(self, dossier_id: int) -> dict[str, GroundChoice]:
        return store.woo_grounds(self.vault.db, dossier_id)

    def set_woo_grounds(
        self, dossier_id: int, field: str, grounds: Iterable[str], motivation: str = ""
    ) -> GroundChoice | None:
        """Give a field of a dossier other Woo grounds (empty: public) with a motivation.
        Returns the choice it replaced (None: the default applied), for undo. The audit
        entry names the dossier, the field and the codes, never the motivation."""
        before = store.woo_grounds(self.vault.db, dossier_id).get(field)
        try:
            choice = store.set_woo_grounds(self.vault.db, dossier_id, field, grounds, motivation)
        except Exception:
            self.vault.db.rollback()
            raise
        if choice == before:
            self.vault.db.rollback()
            return before
        self._commit(
            "woo_grounds_changed",
            brand=self._brand(dossier_id),
            field=field,
            grounds=list(choice.grounds),
        )
        self._notify("woo_grounds", dossier_id)
        return before

    def clear_woo_grounds(self, dossier_id: int, field: str) -> GroundChoice | None:
        """Back to the default ground of the field; returns the choice removed."""
        before = store.woo_grounds(self.vault.db, dossier_id).get(field)
        if before is None:
            return None
        store.clear_woo_grounds(self.vault.db, dossier_id, field)
        self._commit(
            "woo_grounds_changed", brand=self._brand(dossier_id), field=field, grounds=None
        )
        self._notify("woo_grounds", dossier_id)
        return before

    # -- the nota's header ----------------------------------------------------------

    def nota_header(self, dossier_id: int) -> NotaHeader:
        return store.nota_header(self.vault.db, dossier_id)

    def save_nota_header(self, dossier_id: int, header: NotaHeader) -> NotaHeader:
        """Store the header of a dossier's nota. Returns the header it replaced, for undo
        (no change: nothing is committed). The audit entry names the dossier only."""
        before = store.nota_header(self.vault.db, dossier_id)
        try:
            saved = store.save_nota_header(self.vault.db, dossier_id, header)
        except Exception:
            self.vault.db.rollback()
            raise
        if saved == before:
            self.vault.db.rollback()
            return before
        self._commit("nota_header_changed", brand=self._brand(dossier_id))
        self._notify("nota_header", dossier_id)
        return before

    # -- the import and the audit log -------------------------------------------------

    def apply_import(self, plan: ImportPlan, **options: Any) -> ImportResult:
        """Store an import plan (:func:`mandaat.importing.apply.apply_import`, same
        options); when something was stored, every listener reads the vault again."""
        from mandaat.importing.apply import apply_import

        result = apply_import(self.vault, plan, **options)
        if result.committed:
            self._notify("all")
        return result

    def record(self, code: str, **params: object) -> None:
        """An audit entry that changes nothing else (an export), committed and saved at
        once, never later (an export's files land only when their entry is on disk);
        stored as a code with parameters (:func:`mandaat.vault.audit.coded`)."""
        self.vault.commit_coded(code, params)
        self._notify("log")

    def flush(self) -> None:
        """Every edit on disk now: wait for a save under way, then save what is left.
        Raises when that fails (the edits stay in memory). Called before the vault is
        handed to a worker that writes it (the import, a change of keys)."""
        self.vault.settle()
        if self.vault.dirty:
            self.vault.save()

    def keys_changed(self) -> None:
        """The vault's key slots changed (the vault wrote an audit entry): the log follows."""
        self._notify("log")

    def reloaded(self) -> None:
        """Tell the listeners to read everything again (after a failed save was undone
        in memory, or a change made outside the session)."""
        self._notify("all")

    # -- helpers --------------------------------------------------------------------

    def _brand(self, dossier_id: int) -> str:
        d = store.dossier(self.vault.db, dossier_id)
        return d.brand if d else "?"

    def _bid_label(self, bid: Bid) -> dict[str, object]:
        d = store.dossier(self.vault.db, bid.dossier_id) if bid.dossier_id else None
        return {"brand": d.brand if d else "?", "round": bid.round, "date": bid.date.isoformat()}

    def _commit(self, code: str, **params: object) -> None:
        """Commit and save (or have :attr:`save_later` save). If saving at once fails the
        edit stays in memory, ``vault.dirty`` stays True and the error goes up: the
        caller tells the user and saves again."""
        if self.save_later is None:
            self.vault.commit_coded(code, params)
        else:
            self.vault.commit_coded(code, params, save=False)
            self.save_later()
