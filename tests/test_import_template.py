"""The import template: headers, validation, layout, and that it reads back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from mandaat.importing import (
    BID_FIELDS,
    BID_HEADERS,
    DOSSIER_FIELDS,
    DOSSIER_HEADERS,
    read_workbook,
    write_template,
)
from mandaat.importing.headers import BID_LOOKUP, DOSSIER_LOOKUP, normalise_header


@pytest.fixture()
def template(tmp_path: Path) -> Path:
    path = tmp_path / "Mandaat-importsjabloon.xlsx"
    write_template(path)
    return path


def test_header_constants_are_exact() -> None:
    assert DOSSIER_HEADERS == (
        "Geneesmiddel",
        "Werkzame stof",
        "Indicatie",
        "Leverancier",
        "Sluis sinds",
        "ZIN-advies",
        "Vereiste prijsverlaging",
        "Vraagprijs per patiënt (€)",
        "Budgetimpact jaar 3 (€)",
        "Patiënten per jaar",
        "Kenmerk",
        "Product",
    )
    assert BID_HEADERS == (
        "Geneesmiddel",
        "Indicatie",
        "Datum",
        "Ronde",
        "Partij",
        "Korting (%)",
        "Nettoprijs per patiënt (€)",
        "Uitgavenplafond per jaar (€)",
        "Looptijd (jaren)",
        "Opmerking",
        "Contactpersoon",
        "Staffel",
        "Staffelsoort",
        "Productbreed",
    )
    # every template header maps to its own canonical field
    assert [DOSSIER_LOOKUP[normalise_header(h)] for h in DOSSIER_HEADERS] == list(DOSSIER_FIELDS)
    assert [BID_LOOKUP[normalise_header(h)] for h in BID_HEADERS] == list(BID_FIELDS)


def test_sheets_headers_and_layout(template: Path) -> None:
    wb = load_workbook(template)
    assert wb.sheetnames == ["Dossiers", "Biedingen", "Toelichting"]
    for name, headers in (("Dossiers", DOSSIER_HEADERS), ("Biedingen", BID_HEADERS)):
        ws = wb[name]
        assert tuple(c.value for c in ws[1]) == headers
        assert ws.freeze_panes == "A2"
        assert all(ws[1][i].font.bold for i in range(len(headers)))
        for letter in "ABCDEFGHIJK":
            assert (ws.column_dimensions[letter].width or 0) >= 8
    assert wb.active.title == "Dossiers"


def _validations(ws: Any) -> dict[str, Any]:
    found = {}
    for dv in ws.data_validations.dataValidation:
        for rng in str(dv.sqref).split():
            found[rng.split(":")[0].rstrip("0123456789")] = dv
    return found


def test_data_validation(template: Path) -> None:
    wb = load_workbook(template)
    bids = _validations(wb["Biedingen"])
    assert bids["E"].type == "list" and bids["E"].formula1 == '"leverancier,VWS"'
    assert bids["F"].type == "decimal" and (bids["F"].formula1, bids["F"].formula2) == ("0", "100")
    assert bids["C"].type == "date"
    assert bids["D"].type == "whole"
    assert bids["G"].type == "decimal" and bids["H"].type == "decimal"
    assert bids["I"].type == "whole" and bids["I"].operator == "greaterThanOrEqual"
    assert all(dv.showErrorMessage and dv.error for dv in bids.values())
    dossiers = _validations(wb["Dossiers"])
    assert dossiers["E"].type == "date" and dossiers["F"].type == "date"
    assert dossiers["J"].type == "whole"
    assert dossiers["H"].type == "decimal" and dossiers["I"].type == "decimal"
    assert "2:" in str(bids["F"].sqref) or str(bids["F"].sqref).startswith("F2")


def test_instructions_in_dutch(template: Path) -> None:
    ws = load_workbook(template)["Toelichting"]
    text = "\n".join(str(c.value) for c in ws["A"] if c.value)
    for word in ("Geneesmiddel", "Korting (%)", "leverancier", "VWS", "dag eerst", "Datum"):
        assert word in text
    assert not any(str(c.value).startswith(("=", "+", "-", "@")) for c in ws["A"] if c.value)


def test_empty_template_reads_back_without_rows_or_problems(template: Path) -> None:
    data = read_workbook(template)
    assert data.sheets == {"Dossiers": "dossiers", "Biedingen": "bids"}
    assert data.dossier_rows == [] and data.bid_rows == [] and data.problems == []


def test_template_typed_cells_read_back(template: Path, tmp_path: Path) -> None:
    wb = load_workbook(template)
    ws = wb["Biedingen"]
    ws["A2"], ws["C2"], ws["E2"], ws["F2"], ws["H2"] = "Enhertu", "1-4-2026", "VWS", 68.5, 1e7
    ws["I2"] = 2.5
    path = tmp_path / "filled.xlsx"
    wb.save(path)
    [row] = read_workbook(path).bid_rows
    assert str(row.values["discount_pct"]) == "68.5"
    assert str(row.values["annual_cap"]) == "10000000.00"
    assert str(row.values["duration_years"]) == "2.5"
