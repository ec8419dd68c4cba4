"""Reading import workbooks: shapes people make, values as people type them."""

from __future__ import annotations

import datetime as dt
import re
import time
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from mandaat.importing import (
    BID_HEADERS,
    DOSSIER_HEADERS,
    WorkbookError,
    format_problem,
    read_workbook,
    write_template,
)
from mandaat.importing import values as v

D = Decimal


def save(tmp_path: Path, sheets: dict[str, list[list[Any]]], name: str = "in.xlsx") -> Path:
    """Write a workbook: sheet title -> rows (None = empty cell)."""
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(row=r, column=c, value=value)
    path = tmp_path / name
    wb.save(path)
    return path


def bid(**fields: Any) -> list[Any]:
    """A bid row in template column order."""
    keys = [
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
    ]
    return [fields.get(k) for k in keys]


def codes(data: Any) -> list[tuple[int, str, str]]:
    return [(p.row, p.column, p.code) for p in data.problems]


# --- the happy path -----------------------------------------------------------------


def test_template_filled_in_reads_typed_values(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    template = tmp_path / "sjabloon.xlsx"
    write_template(template)
    wb = load_workbook(template)
    dossiers = wb["Dossiers"]
    for c, value in enumerate(
        [
            "Enhertu",
            "trastuzumab deruxtecan",
            "HER2-low borstkanker",
            "Daiichi Sankyo",
            dt.datetime(2021, 2, 11),
            "4-3-2024",
            "met fors meer dan 68% moet dalen",
            "€ 104.000",
            "EUR 1.234.567,89",
            "1.200",
            "=GMT/BFAG-1",
        ],
        start=1,
    ):
        cell = dossiers.cell(row=2, column=c, value=value)
        if c == 11:
            cell.data_type = "s"  # stored as text, as Excel does for '=...
    bids = wb["Biedingen"]
    for c, value in enumerate(
        bid(
            drug="Enhertu",
            indication="HER2-low borstkanker",
            date=dt.datetime(2025, 6, 1),
            round=1,
            party="leverancier",
            discount_pct=68.5,
            net_price=32760,
            annual_cap="€ 25.000.000",
            duration_years=3,
            note="eerste bod",
            contact_person="J. Jansen",
        ),
        start=1,
    ):
        bids.cell(row=2, column=c, value=value)
    path = tmp_path / "ingevuld.xlsx"
    wb.save(path)

    data = read_workbook(path)
    assert data.problems == []
    assert data.sheets == {"Dossiers": "dossiers", "Biedingen": "bids"}
    [dossier] = data.dossier_rows
    assert dossier.sheet == "Dossiers" and dossier.row == 2
    assert dossier.values == {
        "drug": "Enhertu",
        "substance": "trastuzumab deruxtecan",
        "indication": "HER2-low borstkanker",
        "supplier": "Daiichi Sankyo",
        "sluis_date": dt.date(2021, 2, 11),
        "advice_date": dt.date(2024, 3, 4),
        "required_reduction_text": "met fors meer dan 68% moet dalen",
        "asking_price": D("104000.00"),
        "budget_impact_y3": D("1234567.89"),
        "patients_per_year": 1200,
        "reference": "=GMT/BFAG-1",
    }
    [row] = data.bid_rows
    assert row.values == {
        "drug": "Enhertu",
        "indication": "HER2-low borstkanker",
        "date": dt.date(2025, 6, 1),
        "round": 1,
        "party": "supplier",
        "discount_pct": D("68.5"),
        "net_price": D("32760.00"),
        "annual_cap": D("25000000.00"),
        "duration_years": D("3"),
        "note": "eerste bod",
        "contact_person": "J. Jansen",
    }
    assert isinstance(row.values["discount_pct"], Decimal)
    assert str(row.values["discount_pct"]) == "68.5"


def test_only_one_sheet_present(tmp_path: Path) -> None:
    path = save(
        tmp_path,
        {"Biedingen": [list(BID_HEADERS), bid(drug="X", date="1-4-2026", discount_pct="10%")]},
    )
    data = read_workbook(path)
    assert data.dossier_rows == [] and len(data.bid_rows) == 1 and data.problems == []


def test_sheets_recognised_by_headers_not_names(tmp_path: Path) -> None:
    path = save(
        tmp_path,
        {
            "Blad1": [list(DOSSIER_HEADERS), ["Carvykti", "cilta-cel", "MM", "J&J"]],
            "Blad2": [list(BID_HEADERS), bid(drug="Carvykti", date="1-4-2026", net_price=100)],
            "Notities": [["wat losse tekst"], ["Datum", "Geneesmiddel"]],
        },
    )
    data = read_workbook(path)
    assert data.sheets == {"Blad1": "dossiers", "Blad2": "bids"}
    assert [r.values["drug"] for r in data.dossier_rows] == ["Carvykti"]
    assert [r.sheet for r in data.bid_rows] == ["Blad2"]


def test_header_on_row_7_under_merged_title_rows(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Overzicht biedingen"
    ws["A1"] = "Ministerie van VWS — vertrouwelijk"
    ws.merge_cells("A1:F1")
    ws["A2"] = "Biedingen Enhertu 2025"
    ws.merge_cells("A2:F3")
    ws["A5"] = "Stand per 1-4-2026"
    for c, h in enumerate(["Geneesmiddel", "Datum", "Korting (%)", "Opmerking"], start=1):
        ws.cell(row=7, column=c, value=h)
    ws.append(["Enhertu", "1-4-2026", "68,5%", "x"])
    path = tmp_path / "titel.xlsx"
    wb.save(path)
    data = read_workbook(path)
    assert data.problems == []
    [row] = data.bid_rows
    assert row.row == 8
    assert row.values["discount_pct"] == D("68.5")


def test_header_below_row_20_is_not_found(tmp_path: Path) -> None:
    rows: list[list[Any]] = [[None]] * 20 + [list(BID_HEADERS)]
    path = save(tmp_path, {"Biedingen": rows})
    with pytest.raises(WorkbookError) as err:
        read_workbook(path)
    assert err.value.code == "no_header"


def test_english_headers_and_loose_spelling(tmp_path: Path) -> None:
    headers = [
        "Drug",
        "INDICATION",
        "  date ",
        "Round",
        "Party",
        "Discount (%)",
        "Net price per patient (EUR)",
        "Annual cap (EUR)",
        "Duration (years)",
        "Note",
        "Contact",
        "Something else entirely",
    ]
    row = ["Xenpozyme", "ASMD", "2026-04-01", "2", "VWS", "92 %", "1,234,567.89", None, "2"]
    row += [None, None, "ignored"]
    dossier_headers = [
        "Medicine",
        "Active substance",
        "Supplier",
        "Required price reduction",
        "Asking price per patient",
        "Budget impact year 3",
        "Patients per year",
        "Reference",
        "ZIN advies",
        "Sluis  Sinds",
    ]
    dossier = ["Xenpozyme", "olipudase alfa", "Sanofi", "ten minste 92%", 500000, 1e6, 20]
    dossier += ["K-1", "1 apr 2026", "1 april 2026"]
    path = save(tmp_path, {"Bids": [headers, row], "Files": [dossier_headers, dossier]})
    data = read_workbook(path)
    assert data.problems == []
    assert data.bid_rows[0].values == {
        "drug": "Xenpozyme",
        "indication": "ASMD",
        "date": dt.date(2026, 4, 1),
        "round": 2,
        "party": "vws",
        "discount_pct": D("92"),
        "net_price": D("1234567.89"),
        "duration_years": D("2"),
    }
    assert data.dossier_rows[0].values["budget_impact_y3"] == D("1000000.00")
    assert data.dossier_rows[0].values["advice_date"] == dt.date(2026, 4, 1)
    assert data.dossier_rows[0].values["sluis_date"] == dt.date(2026, 4, 1)
    assert data.dossier_rows[0].values["required_reduction_text"] == "ten minste 92%"


def test_accented_and_unaccented_headers(tmp_path: Path) -> None:
    headers = ["GENEESMIDDEL", "Vraagprijs per patient", "Patienten per jaar (aantal)"]
    path = save(tmp_path, {"D": [headers, ["A", "€104.000,00", 12]]})
    data = read_workbook(path)
    assert data.dossier_rows[0].values == {
        "drug": "A",
        "asking_price": D("104000.00"),
        "patients_per_year": 12,
    }


def test_blank_and_whitespace_rows_skipped(tmp_path: Path) -> None:
    rows = [
        list(BID_HEADERS),
        bid(drug="A", date="1-4-2026", discount_pct=10),
        [None],
        ["   ", "\t", None, " "],
        bid(drug="B", date="2-4-2026", discount_pct=20),
        [None] * len(BID_HEADERS) + ["content in an unknown column only"],
    ]
    data = read_workbook(save(tmp_path, {"Biedingen": rows}))
    assert data.problems == []
    assert [(r.row, r.values["drug"]) for r in data.bid_rows] == [(2, "A"), (5, "B")]


# --- percentages --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "number_format", "expected"),
    [
        ("68,5%", None, D("68.5")),
        ("68,5 %", None, D("68.5")),
        ("68.5%", None, D("68.5")),
        ("68,5", None, D("68.5")),
        (0.685, "0.0%", D("68.5")),
        (0.685, "0%", D("68.5")),
        (1, "0%", D("100")),
        (68.5, "General", D("68.5")),
        (92, None, D("92")),
        (1, None, D("1")),
        (0, None, D("0")),
        ("0,685%", None, D("0.685")),
        (0.1234567, "0.00%", D("12.3457")),
    ],
)
def test_percentages(
    tmp_path: Path, value: Any, number_format: str | None, expected: Decimal
) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Geneesmiddel", "Datum", "Korting (%)"])
    ws.append(["A", "1-4-2026", value])
    if number_format:
        ws["C2"].number_format = number_format
    path = tmp_path / "pct.xlsx"
    wb.save(path)
    data = read_workbook(path)
    assert data.problems == []
    got = data.bid_rows[0].values["discount_pct"]
    assert got == expected and str(got) == str(expected)


@pytest.mark.parametrize(
    ("value", "number_format", "code"),
    [
        ("105%", None, "percentage_out_of_range"),
        (1.05, "0%", "percentage_out_of_range"),
        (-1, None, "percentage_out_of_range"),
        ("-5%", None, "percentage_out_of_range"),
        ("veel", None, "invalid_percentage"),
        ("68,5,5%", None, "invalid_percentage"),
        (0.685, None, "ambiguous_percentage"),
        (True, None, "invalid_percentage"),
    ],
)
def test_bad_percentages(tmp_path: Path, value: Any, number_format: str | None, code: str) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Geneesmiddel", "Datum", "Korting (%)"])
    ws.append(["A", "1-4-2026", value])
    if number_format:
        ws["C2"].number_format = number_format
    path = tmp_path / "pct.xlsx"
    wb.save(path)
    data = read_workbook(path)
    assert codes(data) == [(2, "C", code)]
    assert "discount_pct" not in data.bid_rows[0].values


def test_problem_message_in_dutch(tmp_path: Path) -> None:
    rows: list[list[Any]] = [list(BID_HEADERS)] + [
        bid(drug="A", date="1-4-2026", discount_pct=5)
    ] * 5
    rows.append(bid(drug="A", date="1-4-2026", discount_pct="105%"))
    data = read_workbook(save(tmp_path, {"Biedingen": rows}))
    [problem] = data.problems
    assert (problem.sheet, problem.row, problem.column, problem.header) == (
        "Biedingen",
        7,
        "F",
        "Korting (%)",
    )
    assert problem.value == "105%"
    assert format_problem(problem) == (
        "Biedingen, rij 7, kolom F (Korting (%)): korting moet tussen 0 en 100% liggen"
    )
    assert format_problem(problem, with_file=True).startswith("in.xlsx: Biedingen, rij 7")


def test_percent_formatted_cell_problem_shows_percentage(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Geneesmiddel", "Datum", "Korting (%)"])
    ws.append(["A", "1-4-2026", 1.05])
    ws["C2"].number_format = "0%"
    wb.save(tmp_path / "x.xlsx")
    [problem] = read_workbook(tmp_path / "x.xlsx").problems
    assert problem.value == "105%"


def test_ambiguous_percentage_message(tmp_path: Path) -> None:
    rows = [list(BID_HEADERS), bid(drug="A", date="1-4-2026", discount_pct=0.685)]
    [problem] = read_workbook(save(tmp_path, {"B": rows})).problems
    line = format_problem(problem)
    assert line.startswith("B, rij 2, kolom F (Korting (%)): onduidelijk percentage")
    assert "0,685" not in line and "68,5%)" in line  # the example, not the cell's value


# --- money ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("€ 104.000", D("104000.00")),
        ("€104.000,00", D("104000.00")),
        ("104.000,50", D("104000.50")),
        ("EUR 1.234.567,89", D("1234567.89")),
        ("1,234,567.89", D("1234567.89")),
        ("1.234.567", D("1234567.00")),
        ("1,234,567", D("1234567.00")),
        ("104000", D("104000.00")),
        ("104000,5", D("104000.50")),
        ("104000.50", D("104000.50")),
        ("1.234", D("1234.00")),  # Dutch first: a dot + 3 digits is thousands
        ("1,234", D("1.23")),  # Dutch first: one comma is the decimal comma
        ("0.125", D("0.13")),
        ("€ 1.000,-", D("1000.00")),
        ("12 345,67", D("12345.67")),
        ("1\u00a0234,5 euro", D("1234.50")),
        (104000, D("104000.00")),
        (104000.005, D("104000.01")),
        (0.1 + 0.2, D("0.30")),
    ],
)
def test_money(text: Any, expected: Decimal) -> None:
    got = v.parse_money(text)
    assert got == expected and got.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("-5", "negative_amount"),
        ("€ -1.000", "negative_amount"),
        (-0.5, "negative_amount"),
        ("(1.000)", "negative_amount"),
        ("veel", "invalid_number"),
        ("1.23.4", "invalid_number"),
        ("12,34,5", "invalid_number"),
        ("1.234,56.7", "invalid_number"),
        ("=1+1", "invalid_number"),
        ("", "invalid_number"),
        (True, "invalid_number"),
        (float("nan"), "invalid_number"),
    ],
)
def test_bad_money(text: Any, code: str) -> None:
    with pytest.raises(v.ValueProblem) as err:
        v.parse_money(text)
    assert err.value.code == code


@given(st.decimals(min_value=0, max_value=D("1e12"), places=2))
def test_money_roundtrip_dutch_and_english(amount: Decimal) -> None:
    whole, cents = f"{amount:.2f}".split(".")
    groups = f"{int(whole):,}"
    dutch = groups.replace(",", ".") + "," + cents
    english = groups + "." + cents
    assert v.parse_money("€ " + dutch) == amount
    assert v.parse_money(english) == amount


@given(st.decimals(min_value=0, max_value=100, places=2))
def test_percent_roundtrip(pct: Decimal) -> None:
    assert v.parse_percent(str(pct).replace(".", ",") + "%") == pct
    assert v.parse_percent(float(pct / 100), "0.00%") == pct


# --- dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        dt.datetime(2026, 4, 1),
        dt.date(2026, 4, 1),
        "1-4-2026",
        "01-04-2026",
        "2026-04-01",
        "2026-04-01 00:00:00",
        "1 april 2026",
        "1 April 2026",
        "1 apr 2026",
        "1 apr. 2026",
        "1/4/2026",
        "01.04.2026",
        "1-4-26",
    ],
)
def test_dates(value: Any) -> None:
    assert v.parse_date(value) == dt.date(2026, 4, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("3 mrt 2025", dt.date(2025, 3, 3)), ("15 mei 2024", dt.date(2024, 5, 15)),
     ("1 okt 2023", dt.date(2023, 10, 1)), ("12-1-2026", dt.date(2026, 1, 12))],
)  # fmt: skip
def test_dutch_months_and_day_first(text: str, expected: dt.date) -> None:
    assert v.parse_date(text) == expected


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("31-02-2026", "impossible_date"),
        ("29-2-2025", "impossible_date"),
        ("1-13-2026", "impossible_date"),  # day first: month 13 does not exist
        ("32 januari 2026", "impossible_date"),
        ("2026-02-30", "impossible_date"),
        ("morgen", "invalid_date"),
        ("1 brumaire 2026", "invalid_date"),
        ("april 2026", "invalid_date"),
        (46113, "invalid_date"),
        ("1-4-0026", "invalid_date"),
    ],
)
def test_bad_dates(value: Any, code: str) -> None:
    with pytest.raises(v.ValueProblem) as err:
        v.parse_date(value)
    assert err.value.code == code


def test_impossible_date_in_workbook(tmp_path: Path) -> None:
    rows = [list(BID_HEADERS), bid(drug="A", date="31-02-2026", discount_pct=10)]
    data = read_workbook(save(tmp_path, {"Biedingen": rows}))
    assert codes(data) == [(2, "C", "impossible_date")]
    assert "deze datum bestaat niet" in format_problem(data.problems[0])


# --- row problems --------------------------------------------------------------------


def test_all_row_problems_are_collected(tmp_path: Path) -> None:
    rows = [
        list(BID_HEADERS),
        bid(date="1-4-2026", discount_pct=10),  # no drug
        bid(drug="A", date="1-4-2026"),  # no terms
        bid(drug="A", date="1-4-2026", net_price="-100"),  # negative money
        bid(drug="A", date="1-4-2026", annual_cap=1000, duration_years=0),  # duration 0
        bid(drug="A", date="1-4-2026", annual_cap=1000, duration_years="lang"),
        bid(drug="A", discount_pct=10),  # no date
        bid(drug="A", date="x", round="laatste", party="iemand", discount_pct="%"),
    ]
    data = read_workbook(save(tmp_path, {"Biedingen": rows}))
    assert codes(data) == [
        (2, "A", "missing_drug"),
        (3, "", "no_terms"),
        (4, "G", "negative_amount"),
        (5, "I", "duration_not_positive"),
        (6, "I", "invalid_duration"),
        (7, "C", "missing_date"),
        (8, "C", "invalid_date"),
        (8, "D", "invalid_whole_number"),
        (8, "E", "unknown_party"),
        (8, "F", "invalid_percentage"),
    ]
    # rows with problems are still returned, with the cells that could be read
    assert len(data.bid_rows) == 7
    assert all(format_problem(p) for p in data.problems)


def test_dossier_problems(tmp_path: Path) -> None:
    rows = [
        list(DOSSIER_HEADERS),
        [None, "stof", None, "Firma", "31-02-2021", None, None, "-1", "veel", "1,5", None],
    ]
    data = read_workbook(save(tmp_path, {"Dossiers": rows}))
    assert codes(data) == [
        (2, "E", "impossible_date"),
        (2, "H", "negative_amount"),
        (2, "I", "invalid_number"),
        (2, "J", "invalid_whole_number"),
        (2, "A", "missing_drug"),
    ]


def test_bid_sheet_without_drug_column(tmp_path: Path) -> None:
    path = save(tmp_path, {"Biedingen": [["Datum", "Korting (%)"], ["1-4-2026", 10]]})
    data = read_workbook(path)
    assert [p.code for p in data.problems] == ["missing_column"]
    assert data.bid_rows == []


def test_rounds_and_parties() -> None:
    assert [v.parse_round(x) for x in (1, 2.0, "3", "ronde 4", "5e", "6e ronde", "Round 7")] == [
        1,
        2,
        3,
        4,
        5,
        6,
        7,
    ]
    with pytest.raises(v.ValueProblem):
        v.parse_round(0)
    with pytest.raises(v.ValueProblem):
        v.parse_round(1.5)
    assert v.parse_party(" Leverancier ") == "supplier"
    assert v.parse_party("VWS") == "vws"


# --- formulas and text --------------------------------------------------------------


def test_formula_without_cached_value(tmp_path: Path) -> None:
    rows = [
        list(BID_HEADERS),
        bid(drug="A", date="1-4-2026", discount_pct="=50+18.5"),
        bid(drug="B", date="1-4-2026", discount_pct=20),
    ]
    data = read_workbook(save(tmp_path, {"Biedingen": rows}))
    assert codes(data) == [(2, "F", "formula_without_value")]
    assert data.problems[0].value == "=50+18.5"
    # never a silently shifted row: B stays on row 3 with its own value
    assert [(r.row, r.values.get("discount_pct")) for r in data.bid_rows] == [
        (2, None),
        (3, D("20")),
    ]


def test_formula_with_cached_value(tmp_path: Path) -> None:
    rows = [list(BID_HEADERS), bid(drug="A", date="1-4-2026", discount_pct="=50+18.5")]
    path = save(tmp_path, {"Biedingen": rows})
    # openpyxl writes <f>50+18.5</f><v></v>; put in the value Excel would have cached
    patched = tmp_path / "cached.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(patched, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("xl/worksheets/"):
                text = data.decode()
                text, n = re.subn(
                    r"<f>50\+18\.5</f><v\s*/?>(</v>)?", "<f>50+18.5</f><v>68.5</v>", text
                )
                assert n == 1
                data = text.encode()
            dst.writestr(info, data)
    result = read_workbook(patched)
    assert result.problems == []
    assert result.bid_rows[0].values["discount_pct"] == D("68.5")


def _rewrite_sheet(path: Path, dst: Path, change: Any) -> Path:
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(dst, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data = change(data.decode()).encode()
            out.writestr(info, data)
    return dst


@pytest.mark.parametrize(
    "shape",
    [
        '<c r="{ref}" s="{s}" t="n">',  # as Excel, LibreOffice and openpyxl write it
        '<c r="{ref}" t="n" s="{s}">',  # the attributes in another order
        "<c r='{ref}' t='n' s='{s}'>",  # single quotes (read row by row)
        '<c r="{ref}" t = "n" s = "{s}">',  # spaces around "="
        '<c r="{ref}" cm="1" s="{s}">',
    ],
)
def test_percent_format_found_whatever_the_attribute_order(tmp_path: Path, shape: str) -> None:
    """A percent-formatted 1 is 100 %, never 1 %: the cell's format is found however
    its start tag is written (XML leaves the order and quoting of attributes free)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Biedingen"
    ws.append(list(BID_HEADERS))
    for drug, value in (("A", 1), ("B", 0.685), ("C", 40)):
        ws.append(bid(drug=drug, date="1-4-2026", discount_pct=value))
    ws["F2"].number_format = "0%"
    ws["F3"].number_format = "0.0%"
    path = tmp_path / "pct.xlsx"
    wb.save(path)

    def reorder(xml: str) -> str:
        def one(m: re.Match[str]) -> str:
            return shape.format(ref=m.group(1), s=m.group(2))

        text, n = re.subn(r'<c r="(F[23])" s="(\d+)" t="n">', one, xml)
        assert n == 2
        return text

    data = read_workbook(_rewrite_sheet(path, tmp_path / "anders.xlsx", reorder))
    assert data.problems == []
    assert [(r.row, r.values["discount_pct"]) for r in data.bid_rows] == [
        (2, D("100")),
        (3, D("68.5")),
        (4, D("40")),
    ]


@pytest.mark.parametrize("attribute", ['t="e"', "t='e'", 't = "e"'])
def test_error_value_found_however_written(tmp_path: Path, attribute: str) -> None:
    rows = [list(BID_HEADERS), bid(drug="A", date="1-4-2026", net_price="#DIV/0!")]
    path = save(tmp_path, {"Biedingen": rows})
    changed = _rewrite_sheet(
        path, tmp_path / "fout.xlsx", lambda xml: xml.replace('t="e"', attribute)
    )
    assert codes(read_workbook(changed)) == [(2, "G", "error_value")]


def test_text_that_looks_like_an_attribute_is_text(tmp_path: Path) -> None:
    rows = [list(BID_HEADERS), bid(drug="A", date="1-4-2026", discount_pct=40, note='s="9" t="e"')]
    data = read_workbook(save(tmp_path, {"Biedingen": rows}))
    assert data.problems == []
    assert data.bid_rows[0].values["note"] == 's="9" t="e"'


def test_excel_error_value(tmp_path: Path) -> None:
    rows = [list(BID_HEADERS), bid(drug="A", date="1-4-2026", net_price="#DIV/0!")]
    data = read_workbook(save(tmp_path, {"Biedingen": rows}))
    assert codes(data) == [(2, "G", "error_value")]


@pytest.mark.parametrize(
    "text", ['=HYPERLINK("http://x")', "+31 6 1234", "-korting", "@SUM(A1)", "\t=1+1", "\r=cmd"]
)
def test_dangerous_text_kept_as_text(tmp_path: Path, text: str) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(list(BID_HEADERS))
    for c, value in enumerate(bid(drug="A", date="1-4-2026", discount_pct=10), start=1):
        ws.cell(row=2, column=c, value=value)
    for col in (10, 11):
        cell = ws.cell(row=2, column=col)
        cell.value = text
        cell.data_type = "s"
    wb.save(tmp_path / "t.xlsx")
    data = read_workbook(tmp_path / "t.xlsx")
    assert data.problems == []
    values = data.bid_rows[0].values
    assert values["note"] == text.strip()
    assert values["contact_person"] == text.strip()
    assert isinstance(values["note"], str)


def test_numbers_in_text_columns_become_text(tmp_path: Path) -> None:
    headers = ["Geneesmiddel", "Leverancier", "Kenmerk", "Vereiste prijsverlaging"]
    wb = Workbook()
    ws = wb.active
    ws.append(headers)
    ws.append(["A", "Firma", 12345, 0.92])
    ws["D2"].number_format = "0%"
    wb.save(tmp_path / "t.xlsx")
    values = read_workbook(tmp_path / "t.xlsx").dossier_rows[0].values
    assert values["reference"] == "12345"
    assert values["required_reduction_text"] == "92%"


def test_xlsm_with_macros_is_read_and_macros_ignored(tmp_path: Path) -> None:
    path = save(
        tmp_path, {"Biedingen": [list(BID_HEADERS), bid(drug="A", date="1-4-2026", discount_pct=5)]}
    )
    xlsm = tmp_path / "macro.xlsm"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(xlsm, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0" + b"Attribute VB_Name" * 10)
    data = read_workbook(xlsm)
    assert data.problems == [] and len(data.bid_rows) == 1


def test_no_header_anywhere(tmp_path: Path) -> None:
    path = save(tmp_path, {"Blad1": [["hallo"], [1, 2, 3], ["Geneesmiddel", "Prijs"]]})
    with pytest.raises(WorkbookError) as err:
        read_workbook(path)
    assert err.value.code == "no_header"
    assert err.value.params["sheets"] == ["Blad1"]


# --- the calamine reader: offsets, column map, sheets ------------------------------


def test_column_map_is_returned_with_the_rows(tmp_path: Path) -> None:
    """Columns are recorded where the header is found: offset sheets included."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Biedingen"
    ws["C2"] = "Overzicht"
    ws.merge_cells("C2:F2")
    for c, h in enumerate(["Geneesmiddel", "Datum", "Korting (%)", "Opmerking"], start=3):
        ws.cell(row=4, column=c, value=h)
    for c, value in enumerate(["Enhertu", "1-4-2026", "105%", "x"], start=3):
        ws.cell(row=5, column=c, value=value)
    wb.save(tmp_path / "offset.xlsx")
    data = read_workbook(tmp_path / "offset.xlsx")
    assert data.columns == {
        "Biedingen": {
            "drug": ("C", "Geneesmiddel"),
            "date": ("D", "Datum"),
            "discount_pct": ("E", "Korting (%)"),
            "note": ("F", "Opmerking"),
        }
    }
    assert codes(data) == [(5, "E", "percentage_out_of_range")]
    assert data.bid_rows[0].values["drug"] == "Enhertu"


def test_read_import_decrypts_in_the_child(tmp_path: Path) -> None:
    """The encrypted workbook is decrypted and read by the isolated child; the column
    map comes back with the rows."""
    import io as _io

    from msoffcrypto.format.ooxml import OOXMLFile

    from mandaat.importing.apply import read_import

    plain = save(tmp_path, {"Biedingen": [list(BID_HEADERS), bid(drug="A", date="1-4-2026")]})
    out = _io.BytesIO()
    with open(plain, "rb") as fh:
        OOXMLFile(fh).encrypt("geheim", out)
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(out.getvalue())
    data, columns = read_import(locked, password="geheim")
    assert columns["Biedingen"]["drug"] == ("A", "Geneesmiddel")
    assert [p.code for p in data.problems] == ["no_terms"]


def test_hidden_sheet_is_read(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Verborgen"
    ws.append(list(BID_HEADERS))
    ws.append(bid(drug="A", date="1-4-2026", discount_pct=5))
    ws.sheet_state = "hidden"
    wb.create_sheet("Leeg")
    wb.active = 1
    wb.save(tmp_path / "hidden.xlsx")
    data = read_workbook(tmp_path / "hidden.xlsx")
    assert data.sheets == {"Verborgen": "bids"} and len(data.bid_rows) == 1


def test_excel_dates_times_and_numbers_from_calamine(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Geneesmiddel", "Datum", "Korting (%)", "Ronde", "Looptijd (jaren)"])
    ws.append(["A", dt.datetime(2026, 4, 1, 0, 0), 30, 2, 3])
    ws.append(["B", dt.datetime(2026, 4, 2, 13, 30), 30.5, 2.0, 1.5])
    ws.append(["C", 46113, 30, 1, 3])  # a bare number in a date column
    ws.append(["D", dt.time(12, 0), 30, 1, 3])
    wb.save(tmp_path / "d.xlsx")
    data = read_workbook(tmp_path / "d.xlsx")
    assert [(r.row, r.values.get("date")) for r in data.bid_rows] == [
        (2, dt.date(2026, 4, 1)),
        (3, dt.date(2026, 4, 2)),
        (4, None),
        (5, None),
    ]
    assert data.bid_rows[1].values["discount_pct"] == D("30.5")
    assert data.bid_rows[1].values["round"] == 2
    assert data.bid_rows[1].values["duration_years"] == D("1.5")
    assert codes(data) == [(4, "B", "invalid_date"), (5, "B", "invalid_date")]


def test_percent_format_only_where_it_is_set(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Geneesmiddel", "Datum", "Korting (%)", "Opmerking"])
    for i in range(2, 40):
        ws.append(["A", "1-4-2026", 0.5 if i % 2 else 50, 0.25])
        if i % 2:
            ws.cell(row=i, column=3).number_format = "0%"
    ws.cell(row=7, column=4).number_format = "0.0%"
    wb.save(tmp_path / "p.xlsx")
    data = read_workbook(tmp_path / "p.xlsx")
    assert data.problems == []
    assert {r.values["discount_pct"] for r in data.bid_rows} == {D("50")}
    texts = {r.row: r.values.get("note") for r in data.bid_rows}
    assert texts[7] == "25%" and texts[8] == "0,25"


def test_formula_and_error_cells_keep_their_rows(tmp_path: Path) -> None:
    rows = [
        ["Titel"],
        list(BID_HEADERS),
        bid(drug="A", date="1-4-2026", discount_pct="=10+10", net_price="=1/0"),
        bid(drug="B", date="1-4-2026", discount_pct=20, annual_cap="=SOM(G3:G4)"),
        bid(drug="C", date="1-4-2026", discount_pct=30, net_price="#N/A"),
    ]
    data = read_workbook(save(tmp_path, {"Biedingen": rows}))
    assert codes(data) == [
        (3, "F", "formula_without_value"),
        (3, "G", "formula_without_value"),
        (4, "H", "formula_without_value"),
        (5, "G", "error_value"),
    ]
    assert [p.value for p in data.problems] == ["=10+10", "=1/0", "=SOM(G3:G4)", "#N/A"]
    assert [(r.row, r.values.get("discount_pct")) for r in data.bid_rows] == [
        (3, None),
        (4, D("20")),
        (5, D("30")),
    ]


def test_huge_numbers_are_a_problem_of_their_cell(tmp_path: Path) -> None:
    """Not a workbook refused as damaged: the cell is named, the rest is read."""
    rows = [
        list(BID_HEADERS),
        bid(drug="A", date="1-4-2026", discount_pct=40, net_price=1e30),
        bid(drug="B", date="1-4-2026", discount_pct="1000000000000000000000000000000%"),
        bid(drug="C", date="1-4-2026", annual_cap="1.000.000.000.000.000,00", note=1e30),
    ]
    data = read_workbook(save(tmp_path, {"Biedingen": rows}))
    assert codes(data) == [
        (2, "G", "number_too_large"),
        (3, "F", "number_too_large"),
        (4, "H", "number_too_large"),
    ]
    assert [r.values["drug"] for r in data.bid_rows] == ["A", "B", "C"]
    assert v.parse_money(999_999_999_999_999) == D("999999999999999.00")


def test_negative_zero_is_zero() -> None:
    assert str(v.parse_money(-0.0)) == "0.00"
    assert str(v.parse_money("-0")) == "0.00"
    assert str(v.parse_percent("-0%")) == "0"
    assert str(v.parse_percent(-0.0)) == "0"


# ------------------------------------------------- XML that calamine reads its own way


def _one_bid(tmp_path: Path, **fields: Any) -> Path:
    rows = [list(BID_HEADERS), bid(drug="A", date="1-4-2026", discount_pct=40, **fields)]
    return save(tmp_path, {"Biedingen": rows})


def _not_silently_read(path: Path) -> list[tuple[int, str, str]]:
    """The workbook is refused as damaged, or read with its problems: never read as if
    the odd cell were not there."""
    try:
        return codes(read_workbook(path))
    except WorkbookError as err:
        return [(0, "", err.code)]


def test_a_second_type_attribute_does_not_hide_an_error(tmp_path: Path) -> None:
    path = _one_bid(tmp_path, net_price="#DIV/0!")
    odd = _rewrite_sheet(
        path, tmp_path / "t2.xlsx", lambda xml: xml.replace('t="e"', 't="n" t="e"')
    )
    assert _not_silently_read(odd) in ([(2, "G", "error_value")], [(0, "", "corrupt")])


@pytest.mark.parametrize(
    "reference",
    ['r="xfd1048576"', 'r="Xfd1048576"', 'r="G2" r="XFD1048576"', "r='XFD1048576'"],
)
def test_far_references_however_written_are_not_given_to_calamine(
    tmp_path: Path, reference: str
) -> None:
    """calamine reads lower-case references and the last of two: a cell written so
    must not slip past the grid bound (calamine would allocate terabytes)."""
    from mandaat.importing import safety

    path = _one_bid(tmp_path, net_price=1000)
    odd = _rewrite_sheet(
        path, tmp_path / "ver.xlsx", lambda xml: xml.replace('r="G2"', reference, 1)
    )
    with zipfile.ZipFile(odd) as z:
        sheet = z.read("xl/worksheets/sheet1.xml")
    assert not safety.scan_sheet(sheet).plain
    start = time.perf_counter()
    try:  # read row by row by the streaming reader, quickly and without a huge grid
        data = read_workbook(odd)
    except WorkbookError as err:
        assert err.code in {"corrupt", "too_many_rows"}
    else:  # the moved cell is not G2 any more: its 1000 is not read as the net price
        assert [r.values.get("net_price") for r in data.bid_rows] == [None]
    assert time.perf_counter() - start < 30


def test_cells_in_a_comment_are_not_cells(tmp_path: Path) -> None:
    from mandaat.importing import safety

    path = _one_bid(tmp_path)
    odd = _rewrite_sheet(
        path,
        tmp_path / "comment.xlsx",
        lambda xml: xml.replace("<sheetData>", '<sheetData><!-- <c r="F2" s="1"> -->'),
    )
    with zipfile.ZipFile(odd) as z:
        assert not safety.scan_sheet(z.read("xl/worksheets/sheet1.xml")).plain
    data = read_workbook(odd)  # read by the streaming reader: the real F2 counts
    assert data.bid_rows[0].values["discount_pct"] == D("40")


def test_error_cells_found_next_to_self_closing_ones_and_before_an_odd_end_tag(
    tmp_path: Path,
) -> None:
    path = _one_bid(tmp_path, net_price="#DIV/0!")

    def change(xml: str) -> str:
        xml = xml.replace('<c r="G2"', '<c r="F2" t="e"/><c r="G2"', 1)
        xml = xml.replace('<c r="F2" t="n"><v>40</v></c>', "", 1)
        return xml.replace("</sheetData>", "</sheetData >")

    odd = _rewrite_sheet(path, tmp_path / "zelf.xlsx", change)
    assert ("G", "error_value") in {(c, code) for _, c, code in _not_silently_read(odd)}


def test_many_percent_styles_are_read_by_the_streaming_reader(tmp_path: Path) -> None:
    """A styles part with hundreds of percent formats would make the scan crawl: such
    a workbook is read by the streaming reader, which sees every format itself."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Biedingen"
    ws.append(list(BID_HEADERS))
    ws.append(bid(drug="A", date="1-4-2026", discount_pct=0.685))
    ws["F2"].number_format = '0.0% "a"'
    for i in range(300):  # 300 further percent formats, in a column nobody reads
        cell = ws.cell(row=3 + i, column=20, value=0.5)
        cell.number_format = f'0% "{i}"'
    path = tmp_path / "stijlen.xlsx"
    wb.save(path)
    start = time.perf_counter()
    data = read_workbook(path)
    assert time.perf_counter() - start < 30
    assert data.problems == []
    assert data.bid_rows[0].values["discount_pct"] == D("68.5")
