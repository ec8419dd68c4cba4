"""The benchmarks' synthetic bids: one filler, so that every benchmark measures the same
vault for the same size (benchmarks/check.py, vault.py, window.py)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

from mandaat.model import Arrangement, Bid, Party
from mandaat.vault import store


def add_bids(db: sqlite3.Connection, n: int) -> None:
    """Add bids until the vault holds ``n``, spread over its dossiers: a third from VWS,
    discounts 0–89.99 %, a cap on every fourth, the free-text fields filled."""
    ids = [d.id for d in store.dossiers(db)]
    start = dt.date(2020, 1, 1)
    for i in range(n - store.counts(db)["bids"]):
        store.add_bid(
            db,
            Bid(
                start + dt.timedelta(days=i % 2000),
                dossier_id=ids[i % len(ids)],
                round=1 + i % 9,
                party=Party.SUPPLIER if i % 3 else Party.VWS,
                arrangement=Arrangement(
                    discount_pct=Decimal(i % 9000) / 100,
                    annual_cap=Decimal(1_000_000 + i) if i % 4 == 0 else None,
                ),
                conditions="start- en stopcriteria volgens het protocol",
                note=f"bod {i}",
                contact_person="Contactpersoon leverancier",
            ),
        )
