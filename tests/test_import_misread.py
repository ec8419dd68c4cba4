"""Ordinary input that used to be misread (issue 13): a text fraction in a percentage
column, control characters and bidirectional overrides in text, a flood of problems."""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import run
from openpyxl import Workbook

from mandaat.importing import BID_HEADERS, format_problem, read_workbook

PW = {"MANDAAT_PASSPHRASE": "een zin als wachtwoord"}


def bids(tmp_path: Path, rows: list[list[Any]], name: str = "b.xlsx") -> Path:
    """The rows written with openpyxl; a control character (which openpyxl refuses to
    write) is put in afterwards as Excel stores it: ``_x001B_``."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Biedingen"
    ws.append(list(BID_HEADERS))
    marks: dict[str, str] = {}
    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, str) and any(ord(c) < 32 and c not in "\t\n" for c in value):
                for c in {c for c in value if ord(c) < 32 and c not in "\t\n"}:
                    marks[f"QZ{ord(c):02d}QZ"] = f"_x{ord(c):04X}_"
                    value = value.replace(c, f"QZ{ord(c):02d}QZ")
            cells.append(value)
        ws.append(cells)
    path = tmp_path / name
    wb.save(path)
    if marks:
        raw = tmp_path / ("raw-" + name)
        path.rename(raw)
        with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(path, "w") as zout:
            for info in zin.infolist():
                data = zin.read(info)
                for mark, escape in marks.items():
                    data = data.replace(mark.encode(), escape.encode())
                zout.writestr(info, data)
    return path


def bid(drug: Any = "Enhertu", discount: Any = 40, note: Any = None) -> list[Any]:
    return [drug, None, "1-4-2026", 1, "leverancier", discount, None, None, 3, note]


def test_a_text_fraction_is_as_ambiguous_as_a_numeric_one(tmp_path: Path) -> None:
    path = bids(
        tmp_path, [bid(discount="0,685"), bid(discount=0.685), bid(discount="0,685%"), bid()]
    )
    data = read_workbook(path)
    assert [(p.row, p.column, p.code) for p in data.problems] == [
        (2, "F", "ambiguous_percentage"),
        (3, "F", "ambiguous_percentage"),
    ]
    by_row = {r.row: r.values.get("discount_pct") for r in data.bid_rows}
    assert by_row[4] == Decimal("0.685") and by_row[5] == Decimal("40")


@pytest.mark.parametrize(
    "char", ["\x1b", "\x00", "\x07", "\x7f", "\x85", "\x9b", "\u202a", "\u202e", "\u2066", "\u2069"]
)
def test_control_characters_and_bidi_overrides_are_refused_naming_the_cell(
    tmp_path: Path, char: str
) -> None:
    path = bids(tmp_path, [bid(), bid(note=f"zie bijlage{char}[2J")])
    data = read_workbook(path)
    [problem] = data.problems
    assert (problem.sheet, problem.row, problem.column) == ("Biedingen", 3, "J")
    assert problem.code == "control_character" and problem.value == ""
    line = format_problem(problem)
    assert line.startswith("Biedingen, rij 3, kolom J (Opmerking): de tekst bevat")
    assert f"U+{ord(char):04X}" in line
    assert char not in line and "bijlage" not in line


def test_tabs_and_newlines_in_text_are_fine(tmp_path: Path) -> None:
    data = read_workbook(bids(tmp_path, [bid(note="regel 1\nregel 2\tmet tab")]))
    assert data.problems == []
    assert data.bid_rows[0].values["note"] == "regel 1\nregel 2\tmet tab"


def test_a_control_character_in_a_drug_name_never_reaches_the_terminal(tmp_path: Path) -> None:
    vault = tmp_path / "k.mandaat"
    assert run("init", str(vault), env=PW).returncode == 0
    path = bids(tmp_path, [bid(drug="Enhertu\x1b]0;pwned\x07")])
    r = run("import", str(vault), str(path), "--dry-run", env=PW)
    assert r.returncode == 1
    assert "\x1b" not in r.stdout + r.stderr and "\x07" not in r.stdout + r.stderr
    assert "Biedingen, rij 2, kolom A (Geneesmiddel): de tekst bevat" in r.stdout


def test_a_dense_sheet_of_problems_prints_the_first_50_and_counts_the_rest(
    tmp_path: Path,
) -> None:
    vault = tmp_path / "k.mandaat"
    assert run("init", str(vault), env=PW).returncode == 0
    secret = "1234,5678"  # an amount nobody may see in a log
    path = bids(tmp_path, [bid(drug="Enhertu", discount=secret)] * 3000)
    r = run("import", str(vault), str(path), env=PW)
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    problem_lines = [line for line in lines if ", rij " in line]
    assert len(problem_lines) == 50
    # per row: the bad percentage (reader) and the unknown drug (planner)
    assert "Problemen (6000):" in lines
    assert "… en nog 5950 problemen" in lines
    assert secret not in r.stdout
    assert "Import geweigerd: 6000 problemen" in r.stdout
