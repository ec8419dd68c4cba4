"""Edits through the session: each one saved and audited, and undoable."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from conftest import PASSPHRASE

from mandaat import demo
from mandaat.model import Arrangement, Bid
from mandaat.session import Session
from mandaat.vault import Vault


def test_each_edit_is_saved_and_audited(vault_path: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    s = Session(vault)
    d = s.save_dossier(demo.demo_dossiers()[2])
    bid = s.add_bid(
        Bid(
            dt.date(2026, 1, 5),
            dossier_id=d.id,
            arrangement=Arrangement(discount_pct=Decimal("90")),
        )
    )
    assert bid is not None
    assert s.add_bid(bid) is None  # identical content: nothing added
    assert not vault.dirty
    # Killed now: what is on disk has the bid.
    other = Vault.open(vault_path, passphrase=PASSPHRASE, read_only=True)
    assert [b.arrangement.discount_pct for b in Session(other).bids()] == [Decimal("90")]
    actions = [e.action for e in other.audit_log()]
    assert actions[-2:] == ["dossier toegevoegd", "bod toegevoegd"]
    assert all("90" not in e.detail for e in other.audit_log())  # no values in the log
    other.close()
    removed, bids = s.delete_dossier(d.id)  # type: ignore[arg-type]
    assert s.dossiers() == [] and s.bids() == []
    back = s.restore_dossier(removed, bids)
    assert back.brand == "Xenpozyme" and len(s.bids(back.id)) == 1
    vault.close()
