"""Issue 17 in the import: a "Product" column on the Dossiers sheet links indications, and
a "Productbreed" column (ja/nee; absent: nee) marks a bid as product-wide; anything else
is a problem naming sheet, row and column, and a product-wide bid the engine cannot
spread (no product, a cap, a net price per patient) is refused with the whole file.
Real .xlsx files written with openpyxl, a real vault."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from mandaat.engine import product_wide
from mandaat.importing import BID_HEADERS, DOSSIER_HEADERS, read_workbook
from mandaat.importing import values as v
from mandaat.importing.apply import ImportRefusedError, apply_import, plan_import, read_import
from mandaat.importing.template import write_template
from mandaat.vault.file import Vault
from mandaat.vault.session import Session

TODAY = dt.date(2026, 4, 2)


def _row(headers: tuple[str, ...], **cells: object) -> list[object]:
    row: list[object] = [None] * len(headers)
    for header, value in cells.items():
        row[headers.index(header)] = value
    return row


def _dossier(indication: str, price: int, patients: int, product: str | None) -> list[object]:
    return _row(
        DOSSIER_HEADERS,
        Geneesmiddel="Enhe",
        Indicatie=indication,
        **{
            "Vraagprijs per patiënt (€)": price,
            "Patiënten per jaar": patients,
            "Vereiste prijsverlaging": "ten minste 40%",
            "Product": product,
        },
    )


def _bid(indication: str, date: str, **cells: object) -> list[object]:
    return _row(BID_HEADERS, Geneesmiddel="Enhe", Indicatie=indication, Datum=date, **cells)


def _workbook(tmp_path: Path, dossiers: list[list[object]], bids: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Dossiers"
    ws.append(list(DOSSIER_HEADERS))
    for r in dossiers:
        ws.append(r)
    sheet = wb.create_sheet("Biedingen")
    sheet.append(list(BID_HEADERS))
    for r in bids:
        sheet.append(r)
    path = tmp_path / "product.xlsx"
    wb.save(path)
    return path


def test_product_and_product_wide_are_imported_and_judged_per_indication(
    tmp_path: Path,
) -> None:
    path = _workbook(
        tmp_path,
        [_dossier("HER2-laag", 1000, 100, "Enhe"), _dossier("HER2-positief", 2000, 50, "Enhe")],
        [
            _bid("HER2-laag", "1-4-2026", **{"Korting (%)": 50, "Productbreed": "ja"}),
            _bid("HER2-laag", "1-3-2026", **{"Korting (%)": 30, "Productbreed": "Nee"}),
            _bid("HER2-positief", "1-2-2026", **{"Korting (%)": 20}),  # absent: nee
        ],
    )
    vault, _ = Vault.create(tmp_path / "v.mandaat", "productbreed importeren")
    data, columns = read_import(path)  # in the child process, as the window and CLI do
    assert data.problems == []
    plan = plan_import(vault.db, data, columns, file=str(path), today=TODAY)
    assert plan.ok, plan.problems
    result = apply_import(vault, plan)
    assert result.dossiers_new == 2 and result.bids_new == 3
    s = Session(vault)
    low, pos = s.dossiers()
    assert (low.product, pos.product) == ("Enhe", "Enhe")
    wide = {b.arrangement.discount_pct: b.arrangement.product_wide for b in s.bids()}
    assert wide == {D(50): True, D(30): False, D(20): False}
    bid = next(b for b in s.bids(low.id) if b.arrangement.product_wide)
    p = product_wide(s.dossiers(), low, bid)
    # 50 % on each indication; both mandates "at least 40 %" (the advice, no mandate set)
    assert [r.effective_pct for r in p.indications] == [D(50), D(50)]
    # list 3 × (100 × 1,000 + 50 × 2,000) = 600,000, net half: 50 %
    assert p.effective_pct == D(50)
    vault.close()


def test_an_unknown_answer_is_a_problem_naming_sheet_row_and_column(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path,
        [_dossier("HER2-laag", 1000, 100, "Enhe")],
        [_bid("HER2-laag", "1-4-2026", **{"Korting (%)": 50, "Productbreed": "misschien"})],
    )
    data = read_workbook(path)
    column = chr(ord("A") + BID_HEADERS.index("Productbreed"))
    found = [(p.sheet, p.row, p.column, p.header, p.code) for p in data.problems]
    assert found == [("Biedingen", 2, column, "Productbreed", "unknown_product_wide")]


@pytest.mark.parametrize(
    ("product", "cells", "code"),
    [
        (None, {"Korting (%)": 50}, "product_wide_no_product"),
        ("Enhe", {"Korting (%)": 50, "Uitgavenplafond per jaar (€)": 90000}, "product_wide_cap"),
        (
            "Enhe",
            {"Nettoprijs per patiënt (€)": 500},
            "product_wide_net_price",
        ),
    ],
)
def test_a_product_wide_bid_the_engine_cannot_spread_refuses_the_whole_file(
    tmp_path: Path, product: str | None, cells: dict[str, object], code: str
) -> None:
    path = _workbook(
        tmp_path,
        [_dossier("HER2-laag", 1000, 100, product)],
        [
            _bid("HER2-laag", "1-3-2026", **{"Korting (%)": 30}),  # fine on its own
            _bid("HER2-laag", "1-4-2026", **cells, Productbreed="ja"),
        ],
    )
    vault, _ = Vault.create(tmp_path / "v.mandaat", "productbreed importeren")
    data, columns = read_import(path)  # in the child process, as the window and CLI do
    assert data.problems == []
    plan = plan_import(vault.db, data, columns, file=str(path), today=TODAY)
    column = chr(ord("A") + BID_HEADERS.index("Productbreed"))
    found = [(p.sheet, p.row, p.column, p.code) for p in plan.problems]
    assert found == [("Biedingen", 3, column, code)]
    with pytest.raises(ImportRefusedError):
        apply_import(vault, plan)
    assert Session(vault).dossiers() == [] and Session(vault).bids() == []  # nothing stored
    vault.close()


def test_the_template_has_both_columns_and_says_how(tmp_path: Path) -> None:
    path = tmp_path / "sjabloon.xlsx"
    write_template(path)
    wb = load_workbook(path)
    sheets = {ws.title: [c.value for c in ws[1]] for ws in wb.worksheets}
    assert any("Productbreed" in headers for headers in sheets.values())
    assert any("Product" in headers for headers in sheets.values())
    text = " ".join(
        str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value
    )
    assert "Productbreed: 'ja'" in text


@pytest.mark.parametrize(("cell", "answer"), [("ja", True), (" Nee ", False), (True, True)])
def test_yes_no_cells(cell: object, answer: bool) -> None:
    assert v.parse_yes_no(cell) is answer


@pytest.mark.parametrize("cell", ["", "misschien", 1, "ja!"])
def test_yes_no_cells_refused(cell: object) -> None:
    with pytest.raises(v.ValueProblem):
        v.parse_yes_no(cell)


def test_product_is_not_read_as_the_drug_on_the_dossiers_sheet() -> None:
    from mandaat.importing.headers import BID_LOOKUP, DOSSIER_LOOKUP, normalise_header

    assert DOSSIER_LOOKUP[normalise_header("Product")] == "product"
    assert BID_LOOKUP[normalise_header("Product")] == "drug"  # as before on a bids sheet
