"""Dossiers and bids stored in a real vault and read back exactly."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from mandaat import demo, engine
from mandaat.model import Arrangement, Bid, Party, Person, Tier
from mandaat.thresholds import parse_threshold
from mandaat.vault import store
from mandaat.vault.file import Vault


def test_demo_round_trip_through_the_encrypted_file(vault_path: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    demo.populate(vault.db)
    vault.commit("demo")
    written = (store.dossiers(vault.db), store.bids(vault.db))
    vault.close()
    v = Vault.open(vault_path, passphrase=PASSPHRASE, read_only=True)
    assert (store.dossiers(v.db), store.bids(v.db)) == written
    assert {d.brand for d in written[0]} == {"Enhertu", "Carvykti", "Xenpozyme", "Pluvicto"}
    enhertu = next(d for d in written[0] if d.brand == "Enhertu")
    assert enhertu.asking_price == Decimal("104000")
    assert enhertu.advice_threshold == parse_threshold(enhertu.advice_text)
    assert enhertu.people[0] == Person(
        "A. Voorbeeld (FICTIEF)",
        "onderhandelaar BFAG",
        "a.voorbeeld@minvws.example",
        "070 123 45 67",
        "VWS",
    )
    assert all("FICTIEF" in b.note for b in written[1])
    rows = engine.check_rows(*written)
    assert len(rows) == len(written[1])
    v.close()


def test_exact_decimals_and_arrangement_blocks() -> None:
    db = sqlite3.connect(":memory:")
    from mandaat.vault import schema

    schema.migrate(db)
    d = store.save_dossier(db, demo.demo_dossiers()[0])
    assert d.id is not None
    bid = Bid(
        dt.date(2026, 4, 1),
        dossier_id=d.id,
        round=2,
        party=Party.VWS,
        arrangement=Arrangement(
            discount_pct=Decimal("68.005"),
            list_price_cut_pct=Decimal("10"),
            tiers=(Tier(Decimal("400"), Decimal("5.5")),),
            annual_cap=Decimal("12345678.90"),
            p4p_refund_share_pct=Decimal("50"),
            p4p_nonresponse_rate_pct=Decimal("30"),
        ),
        duration_years=4,
        start_date=dt.date(2026, 7, 1),
        conditions="start/stop",
    )
    saved = store.add_bid(db, bid)
    assert saved is not None
    (back,) = store.bids(db, d.id)
    assert back == saved
    assert back.arrangement.discount_pct == Decimal("68.005")
    assert back.end_date == dt.date(2030, 6, 30)
    # The same content again adds nothing.
    assert store.add_bid(db, bid) is None
    assert store.counts(db)["bids"] == 1


def test_constraints_refuse_bad_rows() -> None:
    db = sqlite3.connect(":memory:")
    db.execute("PRAGMA foreign_keys = ON")
    from mandaat.vault import schema

    schema.migrate(db)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO bids (dossier_id, date, round, party, arrangement, duration_years,"
            " content_hash) VALUES (999, '2026-01-01', 1, 'leverancier', '{}', 3, zeroblob(16))"
        )
    d = store.save_dossier(db, demo.demo_dossiers()[1])
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO bids (dossier_id, date, round, party, arrangement, duration_years,"
            " content_hash) VALUES (?, '2026-02-30', 1, 'leverancier', '{}', 3, zeroblob(16))",
            (d.id,),
        )
    with pytest.raises(sqlite3.IntegrityError):
        store.save_dossier(db, demo.demo_dossiers()[1])  # same brand + indication twice


def test_find_dossiers_by_brand_or_substance() -> None:
    db = sqlite3.connect(":memory:")
    from mandaat.vault import schema

    schema.migrate(db)
    demo.populate(db)
    assert [d.brand for d in store.find_dossiers(db, "  enhertu ")] == ["Enhertu"]
    assert [d.brand for d in store.find_dossiers(db, "Olipudase ALFA")] == ["Xenpozyme"]
    assert store.find_dossiers(db, "Onbekend") == []
