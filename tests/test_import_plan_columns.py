"""The planner's column-by-column path (``bid_block``) against its row-by-row
reference (``bid_row``): the same items, statuses and problems for any rows.

The rows are made from pools of values that hit every branch: known, unknown and
ambiguous drugs, fitting and wrong indications, missing and far-future dates,
fractional durations, rows without terms, net prices above the asking price, rows
the reader already refused, repeats within the file and repeats of a stored bid.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mandaat import demo, store
from mandaat.importing import apply
from mandaat.importing.reader import Problem, RowBlock, WorkbookData
from mandaat.model import Dossier
from mandaat.vault import Vault

TODAY = dt.date(2026, 1, 1)
SHEET = "Biedingen"
FIELDS = (
    "drug",
    "indication",
    "date",
    "round",
    "party",
    "discount_pct",
    "net_price",
    "annual_cap",
    "duration_years",
    "note",
    "contact_person",
)
DEMO_NOTE = f"{demo.FICTIEF} — verzonnen bod voor de demo"

#: a stored demo bid (Enhertu, round 1, 45 %): imported again it is "present"
STORED = {
    "drug": "Enhertu",
    "indication": "HER2-low gevorderde borstkanker",
    "date": dt.date(2025, 7, 1),
    "round": 1,
    "party": "supplier",
    "discount_pct": D("45"),
    "note": DEMO_NOTE,
}

POOLS: dict[str, list[object]] = {
    "drug": [None, "Enhertu", "Carvykti", "carvykti", "Onbekendumab", "Pluvicto"],
    "indication": [
        None,
        "HER2-low gevorderde borstkanker",
        "maagkanker",
        "multipel myeloom na drie eerdere behandellijnen",
        "iets anders",
    ],
    "date": [None, dt.date(2025, 7, 1), dt.date(2025, 9, 3), dt.date(2030, 1, 1)],
    "round": [None, 1, 2],
    "party": [None, "vws", "supplier"],
    "discount_pct": [None, D("45"), D("60.5")],
    "net_price": [None, D("1000.00"), D("99999999.00")],
    "annual_cap": [None, D("20000000.00")],
    "duration_years": [None, D("3"), D("1.5")],
    "note": [None, "bod", DEMO_NOTE],
    "contact_person": [None, "J. Jansen"],
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    path = tmp_path_factory.mktemp("plan") / "plan.mandaat"
    vault, _ = Vault.create(path, "plan-columns")
    demo.populate(vault.db)
    # a second Enhertu dossier: a bid without indication is then ambiguous
    store.save_dossier(
        vault.db,
        Dossier(brand="Enhertu", substance="trastuzumab deruxtecan", indication="maagkanker"),
    )
    try:
        yield vault.db
    finally:
        vault.close()


row_values = st.one_of(
    st.fixed_dictionaries({name: st.sampled_from(pool) for name, pool in POOLS.items()}),
    st.just(dict(STORED)),
)


def workbook(rows: list[dict[str, object]], refused: set[int], chunk: int) -> WorkbookData:
    data = WorkbookData(sheets={SHEET: "bids"})
    numbers = list(range(3, 3 + len(rows)))
    for start in range(0, len(rows), chunk):
        part = rows[start : start + chunk]
        columns = {name: [r.get(name) for r in part] for name in FIELDS}
        data.blocks.append(RowBlock(SHEET, "bids", numbers[start : start + chunk], columns))
    data.problems.extend(
        Problem("f.xlsx", SHEET, number, "C", "Datum", "x", "invalid_date")
        for number in sorted(refused)
        if number in numbers
    )
    return data


def by_row(db: sqlite3.Connection, data: WorkbookData) -> tuple[list[object], list[Problem]]:
    planner = apply._Planner(db, data, {}, "f.xlsx", TODAY)
    planner.bids_phase = True
    items: list[object] = [planner.bid_row(row) for row in data.bid_rows]
    return items, list(planner.sorted_problems())


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(row_values, max_size=30),
    refused=st.sets(st.integers(3, 32), max_size=3),
    chunk=st.integers(1, 12),
)
def test_columns_plan_as_rows(
    db: sqlite3.Connection, rows: list[dict[str, object]], refused: set[int], chunk: int
) -> None:
    data = workbook(rows, refused, chunk)
    plan = apply.plan_import(db, data, {}, file="f.xlsx", today=TODAY)
    items, problems = by_row(db, data)
    assert list(plan.bid_items) == items
    assert list(plan.problems) == problems


def test_every_kind_of_row_is_met(db: sqlite3.Connection) -> None:
    """The pools reach the statuses and problems the equivalence test relies on."""
    rows = [
        dict(STORED),
        dict(STORED, round=2),
        dict(STORED, round=2),
        dict(STORED, drug="Onbekendumab"),
        dict(STORED, indication=None),
        dict(STORED, date=dt.date(2030, 1, 1)),
        dict(STORED, duration_years=D("1.5")),
        dict(STORED, discount_pct=None),
        dict(STORED, net_price=D("99999999.00")),
    ]
    plan = apply.plan_import(db, workbook(rows, set(), 4), {}, file="f.xlsx", today=TODAY)
    assert [i.status for i in plan.bid_items] == [
        "present",
        "new",
        "present",
        *["refused"] * 6,
    ]
    assert [(p.row, p.code) for p in plan.problems] == [
        (6, "unknown_drug"),
        (7, "ambiguous_drug"),
        (8, "date_far_future"),
        (9, "fractional_duration"),
        (10, "no_terms"),
        (11, "net_price_above_asking"),
    ]
    first = plan.bid_items[1].bid
    assert first is not None and first.round == 2 and first.arrangement.discount_pct == D("45")
