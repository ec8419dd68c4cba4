"""Edits through the session: each one saved and audited, and undoable."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from conftest import PASSPHRASE

from mandaat import demo
from mandaat.cli.words import for_language
from mandaat.model import Arrangement, Bid
from mandaat.vault.file import Vault
from mandaat.vault.session import Session


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
    actions = [for_language("nl").audit_entry(e.action, e.detail)[0] for e in other.audit_log()]
    assert actions[-2:] == ["dossier toegevoegd", "bod toegevoegd"]
    assert all(
        "90" not in for_language("nl").audit_entry(e.action, e.detail)[1] for e in other.audit_log()
    )  # no values in the log
    other.close()
    removed, bids = s.delete_dossier(d.id)  # type: ignore[arg-type]
    assert s.dossiers() == [] and s.bids() == []
    back = s.restore_dossier(removed, bids)
    assert back.brand == "Xenpozyme" and len(s.bids(back.id)) == 1
    vault.close()


def test_net_price_above_asking_price_refused_in_the_write_path(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The core's write path refuses what the bid editor refuses: the import, the CLI and
    the window get the same answer, and nothing is written."""
    import datetime as dt
    from decimal import Decimal

    import pytest

    from mandaat.model import Arrangement, Bid, Dossier
    from mandaat.vault.file import Vault
    from mandaat.vault.session import BidRefused, Session

    vault, _ = Vault.create(tmp_path / "v.mandaat", "lang genoeg wachtwoord")
    session = Session(vault)
    d = session.save_dossier(Dossier(brand="Testmab", asking_price=Decimal(10000)))
    before = (tmp_path / "v.mandaat").read_bytes()
    too_high = Bid(
        date=dt.date(2025, 1, 1),
        dossier_id=d.id,
        arrangement=Arrangement(net_price_per_patient=Decimal(10001)),
    )
    with pytest.raises(BidRefused) as info:
        session.add_bid(too_high)
    assert [p.code for p in info.value.problems] == ["net_above_asking"]
    assert "10001" not in str(info.value) and "10.001" not in str(info.value)
    assert session.bids(d.id) == []
    assert (tmp_path / "v.mandaat").read_bytes() == before
    ok = session.add_bid(
        Bid(
            date=dt.date(2025, 1, 1),
            dossier_id=d.id,
            arrangement=Arrangement(net_price_per_patient=Decimal(9000)),
        )
    )
    assert ok is not None
    with pytest.raises(BidRefused):
        session.update_bid(
            Bid(
                date=ok.date,
                id=ok.id,
                dossier_id=d.id,
                arrangement=Arrangement(net_price_per_patient=Decimal(12000)),
            )
        )
    vault.close()


def test_every_write_tells_the_listeners_what_changed(vault_path: Path) -> None:
    """Plain-Python notices (no Qt): one per write, naming the kind and the dossier."""
    from dataclasses import replace

    from mandaat.model import NotaHeader
    from mandaat.vault.session import Change

    vault, _ = Vault.create(vault_path, PASSPHRASE)
    demo.populate(vault.db)
    vault.commit("demo")
    session = Session(vault)
    seen: list[Change] = []
    stop = session.subscribe(seen.append)
    d = session.dossiers()[0]
    assert d.id is not None
    session.save_dossier(replace(d, supplier="X"))
    bid = session.add_bid(
        Bid(dt.date(2025, 1, 2), dossier_id=d.id, arrangement=Arrangement(Decimal(50)))
    )
    assert bid is not None and bid.id is not None
    session.update_bid(replace(bid, arrangement=Arrangement(Decimal(55))))
    session.delete_bid(bid.id)
    session.save_nota_header(d.id, NotaHeader(kenmerk="K-1"))
    session.set_woo_grounds(d.id, "dossier.asking_price", ["5.1.1c"], "")
    session.clear_woo_grounds(d.id, "dossier.asking_price")
    session.record("export", kind="nota", audience="nota", file="n.pdf")
    gone, bids = session.delete_dossier(d.id)
    restored = session.restore_dossier(gone, bids)
    session.reloaded()
    assert [(c.kind, c.dossier_id) for c in seen] == [
        ("dossier", d.id),
        ("bids", d.id),
        ("bids", d.id),
        ("bids", d.id),
        ("nota_header", d.id),
        ("woo_grounds", d.id),
        ("woo_grounds", d.id),
        ("log", None),
        ("dossier_removed", d.id),
        ("dossier", restored.id),
        ("all", None),
    ]
    # nothing changed: no notice; after unsubscribing: none either
    assert restored.id is not None
    n = len(seen)
    session.save_nota_header(restored.id, NotaHeader())  # as stored already
    assert len(seen) == n
    stop()
    session.save_dossier(replace(restored, supplier="Y"))
    assert len(seen) == n
    vault.close()


def test_an_edit_of_what_was_deleted_meanwhile_is_refused_not_lost(vault_path: Path) -> None:
    """A bid or dossier deleted meanwhile (another view, an undo) cannot be "saved": the
    edit is refused with a code, nothing is written and the audit log is unchanged —
    never a change that silently went nowhere."""
    from dataclasses import replace

    import pytest

    from mandaat.vault.session import EditError

    vault, _ = Vault.create(vault_path, PASSPHRASE)
    s = Session(vault)
    d = s.save_dossier(demo.demo_dossiers()[2])
    bid = s.add_bid(
        Bid(dt.date(2026, 1, 5), dossier_id=d.id, arrangement=Arrangement(discount_pct=Decimal(90)))
    )
    assert bid is not None and bid.id is not None
    assert s.bid(bid.id) == bid
    s.delete_bid(bid.id)
    assert s.bid(bid.id) is None
    log = len(vault.audit_log())
    with pytest.raises(EditError) as refused:
        s.update_bid(replace(bid, note="te laat"))
    assert refused.value.code == "unknown_dossier"
    with pytest.raises(EditError):
        s.delete_bid(bid.id)
    with pytest.raises(EditError):
        s.set_product_wide(bid.id, True)
    assert len(vault.audit_log()) == log and not vault.dirty
    s.delete_dossier(d.id)  # type: ignore[arg-type]
    log = len(vault.audit_log())
    with pytest.raises(EditError) as refused:
        s.save_dossier(replace(d, indication="te laat"))
    assert refused.value.code == "unknown_dossier"
    assert s.dossiers() == [] and s.bids() == [] and not vault.dirty
    assert len(vault.audit_log()) == log
    vault.close()
