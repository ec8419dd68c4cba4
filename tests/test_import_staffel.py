"""The import template's staffel: the thresholds and discounts in one cell, and the kind
("Staffelsoort": per schijf / alle eenheden) in another; absent means per schijf (as
before), an unknown kind is a problem naming sheet, row and column, never guessed."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import Workbook

from mandaat.engine import effective_reduction
from mandaat.importing import BID_HEADERS, DOSSIER_HEADERS, read_workbook
from mandaat.importing import values as v
from mandaat.importing.apply import plan_import
from mandaat.model import Tier
from mandaat.vault import schema


def _bid(**cells: object) -> list[object]:
    row: list[object] = [None] * len(BID_HEADERS)
    for header, value in cells.items():
        row[BID_HEADERS.index(header)] = value
    return row


def _workbook(tmp_path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Dossiers"
    ws.append(list(DOSSIER_HEADERS))
    dossier: list[object] = [None] * len(DOSSIER_HEADERS)
    dossier[DOSSIER_HEADERS.index("Geneesmiddel")] = "Staffelmab"
    dossier[DOSSIER_HEADERS.index("Vraagprijs per patiënt (€)")] = 10000
    dossier[DOSSIER_HEADERS.index("Patiënten per jaar")] = 300
    ws.append(dossier)
    bids = wb.create_sheet("Biedingen")
    bids.append(list(BID_HEADERS))
    for r in rows:
        bids.append(r)
    path = tmp_path / "staffel.xlsx"
    wb.save(path)
    return path


def test_staffel_and_its_kind_are_read(tmp_path: Path) -> None:
    base = {"Geneesmiddel": "Staffelmab", "Datum": "1-4-2026", "Staffel": "100: 40%; 200: 50%"}
    path = _workbook(
        tmp_path,
        [
            _bid(**base),  # no kind: per schijf
            _bid(**base, Ronde=2, Staffelsoort="Alle eenheden"),
            _bid(**base, Ronde=3, Staffelsoort="per schijf"),
        ],
    )
    data = read_workbook(path)
    assert data.problems == []
    db = sqlite3.connect(":memory:")
    schema.migrate(db)
    plan = plan_import(db, data, file=str(path), today=dt.date(2026, 4, 2))
    assert plan.ok, plan.problems
    bids = [item.bid for item in plan.bid_items]
    assert all(b is not None for b in bids)
    steps = (Tier(D(100), D(40)), Tier(D(200), D(50)))
    assert [(b.arrangement.tiers, b.arrangement.tier_mode) for b in bids if b] == [
        (steps, "marginal"),
        (steps, "all_units"),
        (steps, "marginal"),
    ]
    (d,) = plan.targets
    marginal, all_units = bids[0], bids[1]
    assert marginal is not None and all_units is not None
    # 300 patients a year at € 10,000. Per schijf: 100 at full price, 100 at 60 %,
    # 100 at 50 % → 100 + 60 + 50 = 210 of 300 paid → 1 − 210/300 = 30 %
    assert effective_reduction(d, marginal.arrangement, scenario="expected") == D(30)
    # Alle eenheden: above 200 every unit at 50 % → 50 %
    assert effective_reduction(d, all_units.arrangement, scenario="expected") == D(50)


def test_an_unknown_kind_or_unreadable_staffel_is_a_problem_not_a_guess(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path,
        [
            _bid(
                Geneesmiddel="Staffelmab", Datum="1-4-2026", Staffel="100: 40%", Staffelsoort="soms"
            ),
            _bid(Geneesmiddel="Staffelmab", Datum="2-4-2026", Staffel="honderd: 40%"),
            _bid(Geneesmiddel="Staffelmab", Datum="3-4-2026", Staffel="100: 40%; 100: 50%"),
        ],
    )
    data = read_workbook(path)
    found = [(p.sheet, p.row, p.column, p.header, p.code) for p in data.problems]
    assert found == [
        ("Biedingen", 2, "M", "Staffelsoort", "unknown_tier_mode"),
        ("Biedingen", 3, "L", "Staffel", "invalid_tiers"),
        ("Biedingen", 4, "L", "Staffel", "duplicate_tier"),
    ]


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        ("100: 40%", ((100, D(40)),)),
        ("boven 200 patiënten: 50%; 100: 40", ((100, D(40)), (200, D(50)))),
        ("1.000: 12,5%;", ((1000, D("12.5")),)),
    ],
)
def test_staffel_cell_forms(text: str, steps: tuple[tuple[int, D], ...]) -> None:
    assert v.parse_tiers(text) == steps


@pytest.mark.parametrize("text", ["", ";", "100", "100: 0,5", "0: 40%", "100: 140%", "100: 40%: 3"])
def test_staffel_cells_refused(text: str) -> None:
    with pytest.raises(v.ValueProblem):
        v.parse_tiers(text)
