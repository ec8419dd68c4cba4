"""Issue 18 (the pandas bullet) with issue 17's tables: ``mandaat check VAULT --xlsx FILE``
writes the bid overview, the per-year money and the sensitivity table as real numbers
with number formats, a header row, frozen panes and widths, owner-only. Read back with
openpyxl; the figures are the hand-computed ones of tests/test_engine_analyses.py."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest
from cli_helpers import run

from mandaat.export import tables
from mandaat.model import Arrangement, Bid, Dossier, Party, Threshold
from mandaat.vault import store
from mandaat.vault.file import Vault

PW = {"MANDAAT_PASSPHRASE": "tabellen wachtwoord"}

# asking price €1,000, 100 patients in year 3, growth 25 %: 64, 80, 100 patients (expected)
DOSSIER = Dossier(
    brand="Testmiddel",
    indication="proef",
    asking_price=D(1000),
    expected_patients=D(100),
    growth_pct_per_year=D(25),
    mandate_threshold=Threshold("at_least", D(40)),
)
# 20 % discount; p4p: 10 % of the invoice back; a cap of €70,000 a year
TERMS = Arrangement(
    discount_pct=D(20),
    p4p_refund_share_pct=D(50),
    p4p_nonresponse_rate_pct=D(20),
    annual_cap=D(70000),
)


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    path = tmp_path / "t.mandaat"
    vault, _ = Vault.create(path, PW["MANDAAT_PASSPHRASE"])
    d = store.save_dossier(vault.db, DOSSIER)
    store.add_bid(vault.db, Bid(dt.date(2026, 2, 1), dossier_id=d.id, arrangement=TERMS))
    store.add_bid(
        vault.db,
        Bid(
            dt.date(2026, 3, 1),
            dossier_id=d.id,
            round=2,
            party=Party.VWS,
            arrangement=Arrangement(discount_pct=D(45)),
            duration_years=2,
        ),
    )
    blank = store.save_dossier(vault.db, Dossier(brand="Zonder prijs"))
    store.add_bid(vault.db, Bid(dt.date(2026, 1, 5), dossier_id=blank.id, arrangement=TERMS))
    vault.commit("test")
    vault.close()
    return path


def _rows(ws: object) -> list[tuple[object, ...]]:
    return [tuple(r) for r in ws.iter_rows(values_only=True)]  # type: ignore[attr-defined]


def test_check_xlsx_writes_three_sheets(vault_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "tabellen.xlsx"
    r = run("check", str(vault_file), "--sensitivity", "--xlsx", str(out), env=PW)
    assert r.returncode == 0, r.stderr
    assert f"Tabellen naar Excel geschreven: {out}" in r.stdout
    assert "Testmiddel" in r.stdout  # the usual table is printed too
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600  # confidential: owner-only
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Biedingen", "Per jaar", "Gevoeligheid"]
    assert wb.properties.creator == "Mandaat"

    ws = wb["Biedingen"]
    rows = _rows(ws)
    assert rows[0][:7] == (
        "Geneesmiddel",
        "Indicatie",
        "Datum",
        "Ronde",
        "Partij",
        "Looptijd (jaar)",
        "Effectief verwacht",
    )
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["B"].width == 22
    first = rows[1]
    assert first[:6] == ("Testmiddel", "proef", dt.datetime(2026, 2, 1), 1, "leverancier", 3)
    # 1 − 175,680 ÷ 244,000 … net 46,080 + 57,600 + 70,000 = 173,680 → 28.8197 %
    assert first[6] == pytest.approx(0.288197)
    assert isinstance(first[6], float)  # a number, not text
    assert ws.cell(row=2, column=7).number_format == "0.00%"
    assert first[9] == "voldoet niet"
    assert first[10] == pytest.approx(-11.18)  # 28.82 − 40 pp
    # the gap to 40 %: 244,000 × 0.6 = 146,400 allowed, 173,680 spent → 27,280 over 3
    # years, 9,093.33… a year (rounded up to the cent)
    assert first[12] == pytest.approx(27280)
    assert first[11] == pytest.approx(9093.34)
    assert ws.cell(row=2, column=12).number_format == tables.FORMATS["eur"]
    counter = rows[2]
    assert counter[4] == "VWS (tegenbod)" and counter[6] == pytest.approx(0.45)
    assert counter[9] == "voldoet"
    blank = next(r for r in rows if r[0] == "Zonder prijs")
    assert blank[6] is None and blank[14].startswith("Zonder prijs: geen vraagprijs bekend")

    ws = wb["Per jaar"]
    rows = _rows(ws)
    expected = [r for r in rows if r[:4] == ("Testmiddel", dt.datetime(2026, 2, 1), 1, "verwacht")]
    # year, patients, list, net before cap, cap repayment, p4p refund, net, saving
    assert [r[4:] for r in expected] == [
        ("1", 64, 64000, 51200, 0, 5120, 46080, 17920),
        ("2", 80, 80000, 64000, 0, 6400, 57600, 22400),
        ("3", 100, 100000, 80000, 2000, 8000, 70000, 30000),
        ("totaal", 244, 244000, 195200, 2000, 19520, 173680, 70320),
    ]
    assert all(isinstance(v, int) for r in expected for v in r[5:])
    assert ws.cell(row=2, column=7).number_format == tables.FORMATS["eur"]
    assert ws.freeze_panes == "A2"
    assert {r[3] for r in rows[1:]} == {"laag", "verwacht", "hoog"}

    ws = wb["Gevoeligheid"]
    rows = _rows(ws)
    mine = {(r[3], r[4]): r for r in rows[1:] if r[2] == 1}
    assert mine[("basis", None)][6:8] == ("voldoet niet", pytest.approx(0.288197))
    # 200 % volume: 128/160/200 patients, every year capped at 70,000: 1 − 210,000/488,000
    assert mine[("volume", 200)][6:9] == ("voldoet", pytest.approx(0.569672), "ja")
    # 125 %: 80/100/125 patients, 57,600 + 70,000 + 70,000 = 197,600 of 305,000 → 35.21 %
    assert mine[("volume", 125)][6:9] == ("voldoet niet", pytest.approx(0.352131), "nee")
    assert mine[("looptijd", 1)][7] == pytest.approx(0.28)  # year 1 alone: 46,080/64,000
    assert mine[("looptijd", 1)][5] == "jaar"


def test_check_xlsx_with_json_keeps_stdout(vault_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    r = run("check", str(vault_file), "--json", "--years", "--xlsx", str(out), env=PW)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)  # JSON only on stdout
    assert len(rows) == 3 and "years" in rows[0]
    assert openpyxl.load_workbook(out).sheetnames == ["Biedingen", "Per jaar", "Gevoeligheid"]


def test_check_xlsx_sensitivity_of_the_latest_bid_or_every_bid(
    vault_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "t.xlsx"
    assert run("check", str(vault_file), "--xlsx", str(out), env=PW).returncode == 0
    rounds = {r[2] for r in _rows(openpyxl.load_workbook(out)["Gevoeligheid"])[1:]}
    assert rounds == {2}  # Testmiddel's latest bid (round 2); Zonder prijs cannot be computed
    r = run("check", str(vault_file), "--sensitivity", "--xlsx", str(out), env=PW)
    assert r.returncode == 0, r.stderr
    rounds = {r[2] for r in _rows(openpyxl.load_workbook(out)["Gevoeligheid"])[1:]}
    assert rounds == {1, 2}


def test_check_xlsx_dossier_filter(vault_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    r = run("check", str(vault_file), "--dossier", "Zonder prijs", "--xlsx", str(out), env=PW)
    assert r.returncode == 0, r.stderr
    wb = openpyxl.load_workbook(out)
    assert [r[0] for r in _rows(wb["Biedingen"])[1:]] == ["Zonder prijs"]
    assert len(_rows(wb["Per jaar"])) == 1  # only the header: nothing to compute


def test_check_xlsx_bad_name_and_folder(vault_file: Path, tmp_path: Path) -> None:
    bad = tmp_path / "t.csv"
    r = run("check", str(vault_file), "--xlsx", str(bad), env=PW)
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and ".xlsx" in r.stderr  # refused before unlocking
    assert not bad.exists() and r.stdout == ""
    missing = tmp_path / "nergens" / "t.xlsx"
    r = run("check", str(vault_file), "--xlsx", str(missing), env=PW)
    assert r.returncode == 2
    last = r.stderr.strip().splitlines()[-1]  # (above it: the test vault's cheap-KDF note)
    assert last == f"mandaat: {missing}: No such file or directory"
    assert "Traceback" not in r.stderr
    assert not missing.parent.exists()


def test_workbook_replaces_an_older_file_owner_only(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    out.write_bytes(b"oud")
    out.chmod(0o644)
    d = Dossier(id=1, brand="X", asking_price=D(100), expected_patients=D(10))
    tables.write_xlsx(out, tables.all_sheets([(d, Bid(dt.date(2026, 1, 1), dossier_id=1))]))
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    wb = openpyxl.load_workbook(out)
    assert _rows(wb["Biedingen"])[1][6] == 0  # no discount: 0 % (an int)
    assert list(tmp_path.iterdir()) == [out]  # no temp file or backup left
