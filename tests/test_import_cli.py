"""`mandaat template` and `mandaat import` through the real entry point, on real files."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import run
from openpyxl import Workbook

from mandaat.importing import BID_HEADERS, DOSSIER_HEADERS
from mandaat.model import Party
from mandaat.vault import store
from mandaat.vault.file import Vault

D = Decimal
PASSPHRASE = "een zin als wachtwoord"
PW = {"MANDAAT_PASSPHRASE": PASSPHRASE}
DOSSIER_KEYS = (
    "drug",
    "substance",
    "indication",
    "supplier",
    "sluis_date",
    "advice_date",
    "reduction",
    "asking_price",
    "budget_impact",
    "patients",
    "reference",
)
BID_KEYS = (
    "drug",
    "indication",
    "date",
    "round",
    "party",
    "discount",
    "net_price",
    "cap",
    "duration",
    "note",
    "contact",
)


def sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def dossier(**f: Any) -> list[Any]:
    return [f.get(k) for k in DOSSIER_KEYS]


def bid(**f: Any) -> list[Any]:
    return [f.get(k) for k in BID_KEYS]


def save(tmp_path: Path, sheets: dict[str, list[list[Any]]], name: str = "in.xlsx") -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    cell = ws.cell(row=r, column=c, value=value)
                    if isinstance(value, str) and value.startswith("="):
                        cell.data_type = "s"  # typed as text in Excel, not a formula
    path = tmp_path / name
    wb.save(path)
    return path


ENHERTU = dossier(
    drug="Enhertu",
    substance="trastuzumab deruxtecan",
    indication="HER2-low borstkanker",
    supplier="Daiichi Sankyo",
    sluis_date=dt.date(2021, 2, 11),
    advice_date="28-5-2025",
    reduction="de vraagprijs moet met fors meer dan 68% dalen",
    asking_price="€ 104.000",
    budget_impact=46_000_000,
    patients=440,
    reference="Stcrt. 2021 nr. 7360",
)
CARVYKTI = dossier(
    drug="Carvykti",
    substance="ciltacabtagene autoleucel",
    indication="multipel myeloom na 3 lijnen",
    asking_price=460000,
    reduction="met minstens 35% tot 55% moet dalen",
)


def standard_workbook(tmp_path: Path, name: str = "onderhandeling.xlsx") -> Path:
    return save(
        tmp_path,
        {
            "Dossiers": [list(DOSSIER_HEADERS), ENHERTU, CARVYKTI],
            "Biedingen": [
                list(BID_HEADERS),
                bid(drug="Enhertu", date=dt.date(2025, 9, 1), discount=30, duration=3),
                bid(
                    drug="enhertu ",
                    date="15-10-2025",
                    round=2,
                    party="VWS",
                    discount="55,5%",
                    cap="€ 20.000.000",
                    duration=4,
                    note="=SOM(A1:A3) is geen formule",
                    contact="A. Voorbeeld",
                ),
                bid(drug="Carvykti", date="1-11-2025", net_price="300.000", note="+31 70 123"),
            ],
        },
        name,
    )


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "werk.mandaat"
    r = run("init", str(path), env=PW)
    assert r.returncode == 0, r.stderr
    return path


def contents(vault: Path) -> tuple[list[Any], list[Any], list[Any]]:
    v = Vault.open(vault, passphrase=PASSPHRASE, read_only=True)
    try:
        return store.dossiers(v.db), store.bids(v.db), v.audit_log()
    finally:
        v.close()


def imp(vault: Path, workbook: Path, *extra: str) -> Any:
    return run("import", str(vault), str(workbook), *extra, env=PW)


# --------------------------------------------------------------------------- template


def test_template_written_not_overwritten_and_importable(tmp_path: Path, vault: Path) -> None:
    path = tmp_path / "sjabloon.xlsx"
    r = run("template", str(path))
    assert r.returncode == 0, r.stderr
    assert path.stat().st_size > 0
    before = sha(path)
    r = run("template", str(path))
    assert r.returncode == 2 and "bestaat al" in r.stderr
    assert sha(path) == before
    assert run("template", str(tmp_path / "geen-map" / "s.xlsx")).returncode == 2
    assert run("template", str(tmp_path / "sjabloon.txt")).returncode == 2
    assert not list(tmp_path.glob(".*.tmp"))

    vault_before = sha(vault)
    r = imp(vault, path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "0 nieuw" in r.stdout
    assert sha(vault) == vault_before  # nothing to store: the file is not rewritten


# --------------------------------------------------------------------------- happy path


def test_import_dossiers_and_bids(tmp_path: Path, vault: Path) -> None:
    workbook = standard_workbook(tmp_path)
    r = imp(vault, workbook)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "5 nieuw" in r.stdout and "0 al aanwezig" in r.stdout

    dossiers, bids, log = contents(vault)
    by_brand = {d.brand: d for d in dossiers}
    assert set(by_brand) == {"Enhertu", "Carvykti"}
    e = by_brand["Enhertu"]
    assert e.substance == "trastuzumab deruxtecan"
    assert e.supplier == "Daiichi Sankyo"
    assert e.sluis_date == dt.date(2021, 2, 11)
    assert e.advice_date == dt.date(2025, 5, 28)
    assert e.asking_price == D("104000")
    assert e.budget_impact_y3 == D("46000000")
    assert e.expected_patients == D(440)
    assert e.advice_text == "de vraagprijs moet met fors meer dan 68% dalen"
    assert e.advice_threshold is not None
    assert e.advice_threshold.kind == "more_than"
    assert e.advice_threshold.low == D(68) and e.advice_threshold.substantially
    assert e.advice_refs == ("Stcrt. 2021 nr. 7360",)
    c = by_brand["Carvykti"]
    assert c.advice_threshold is not None and c.advice_threshold.kind == "range"

    enhertu_bids = [b for b in bids if b.dossier_id == e.id]
    assert len(enhertu_bids) == 2 and len(bids) == 3
    first, second = enhertu_bids
    assert first.round == 1 and first.party is Party.SUPPLIER
    assert first.arrangement.discount_pct == D(30) and first.duration_years == 3
    assert second.round == 2 and second.party is Party.VWS
    assert second.arrangement.discount_pct == D("55.5")
    assert second.arrangement.annual_cap == D(20_000_000)
    assert second.duration_years == 4
    assert second.note == "=SOM(A1:A3) is geen formule"  # formula-looking text stays text
    assert second.contact_person == "A. Voorbeeld"
    carvykti_bid = next(b for b in bids if b.dossier_id == c.id)
    assert carvykti_bid.arrangement.net_price_per_patient == D(300000)
    assert carvykti_bid.note == "+31 70 123"

    last = log[-1]
    assert last.action == "import"
    assert "onderhandeling.xlsx" in last.detail
    assert str(tmp_path) not in last.detail  # the name, not the path
    for value in ("Enhertu", "68", "55", "300", "Voorbeeld", "SOM"):
        assert value not in last.detail
    assert sum(1 for entry in log if entry.action == "import") == 1


def test_reimport_adds_nothing(tmp_path: Path, vault: Path) -> None:
    workbook = standard_workbook(tmp_path)
    assert imp(vault, workbook).returncode == 0
    before = sha(vault)
    counts_before = contents(vault)[:2]
    r = imp(vault, workbook)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "0 nieuw" in r.stdout and "5 al aanwezig" in r.stdout
    assert contents(vault)[:2] == counts_before
    assert sha(vault) == before


def test_english_headers_under_title_rows(tmp_path: Path, vault: Path) -> None:
    workbook = save(
        tmp_path,
        {
            "Files": [
                ["Confidential — price negotiations"],
                [],
                [
                    "Drug",
                    "Active substance",
                    "Indication",
                    "Asking price (EUR)",
                    "Required reduction",
                ],
                ["Xenpozyme", "olipudase alfa", "ASMD", 890000, "by at least 92%"],
            ],
            "Offers": [
                ["Ministry of Health"],
                ["Exported 1 April 2026"],
                [],
                ["Medicine", "Bid date", "Round", "Party", "Discount (%)", "Duration", "Notes"],
                ["OLIPUDASE  ALFA", "2026-01-15", "round 1", "supplier", "0,8%", 3, "@first"],
                ["Xenpozyme", "2026-03-01", "2nd", "VWS", "92%", "5 years", "-counter"],
            ],
        },
        "english.xlsx",
    )
    r = imp(vault, workbook)
    assert r.returncode == 0, r.stdout + r.stderr
    dossiers, bids, _ = contents(vault)
    assert [d.brand for d in dossiers] == ["Xenpozyme"]
    threshold = dossiers[0].advice_threshold
    assert threshold is not None and threshold.low == D(92)
    assert [(b.round, b.party, b.arrangement.discount_pct, b.note) for b in bids] == [
        (1, Party.SUPPLIER, D("0.8"), "@first"),
        (2, Party.VWS, D(92), "-counter"),
    ]
    assert bids[1].duration_years == 5


def test_existing_dossier_filled_in_not_overwritten(tmp_path: Path, vault: Path) -> None:
    first = save(
        tmp_path,
        {"Dossiers": [list(DOSSIER_HEADERS), dossier(drug="Enhertu", asking_price=104000)]},
        "a.xlsx",
    )
    assert imp(vault, first).returncode == 0
    more = save(
        tmp_path,
        {
            "Dossiers": [
                list(DOSSIER_HEADERS),
                dossier(drug="ENHERTU", supplier="Daiichi Sankyo", asking_price="104.000,00"),
            ]
        },
        "b.xlsx",
    )
    r = imp(vault, more)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "1 bijgewerkt" in r.stdout
    (d,), _, _ = contents(vault)
    assert d.brand == "Enhertu" and d.supplier == "Daiichi Sankyo"

    before = sha(vault)
    other = save(
        tmp_path,
        {"Dossiers": [list(DOSSIER_HEADERS), dossier(drug="Enhertu", asking_price=99000)]},
        "c.xlsx",
    )
    r = imp(vault, other)
    assert r.returncode == 1
    assert re.search(
        r"c\.xlsx: Dossiers, rij 2, kolom H \(Vraagprijs per patiënt \(€\)\)", r.stdout
    )
    assert ": dossier bestaat al met andere gegevens (in de kluis: 104.000)" in r.stdout
    assert "99.000" not in r.stdout.split("Problemen")[1]  # the cell is named, not its value
    assert sha(vault) == before


def test_bid_matched_by_indication(tmp_path: Path, vault: Path) -> None:
    workbook = save(
        tmp_path,
        {
            "Dossiers": [
                list(DOSSIER_HEADERS),
                dossier(drug="Keytruda", indication="melanoom"),
                dossier(drug="Keytruda", indication="longkanker"),
            ],
            "Biedingen": [
                list(BID_HEADERS),
                bid(drug="Keytruda", date="1-2-2026", discount=20),
                bid(drug="Keytruda", indication="nierkanker", date="1-2-2026", discount=20),
            ],
        },
    )
    before = sha(vault)
    r = imp(vault, workbook)
    assert r.returncode == 1
    assert "Biedingen, rij 2, kolom A (Geneesmiddel): Keytruda heeft meerdere" in r.stdout
    assert "Biedingen, rij 3, kolom B (Indicatie): geen dossier" in r.stdout
    assert sha(vault) == before

    fixed = save(
        tmp_path,
        {
            "Dossiers": [
                list(DOSSIER_HEADERS),
                dossier(drug="Keytruda", indication="melanoom"),
                dossier(drug="Keytruda", indication="longkanker"),
            ],
            "Biedingen": [
                list(BID_HEADERS),
                bid(drug="Keytruda", indication=" Longkanker", date="1-2-2026", discount=20),
            ],
        },
        "fixed.xlsx",
    )
    r = imp(vault, fixed)
    assert r.returncode == 0, r.stdout + r.stderr
    dossiers, bids, _ = contents(vault)
    lung = next(d for d in dossiers if d.indication == "longkanker")
    assert [b.dossier_id for b in bids] == [lung.id]


# --------------------------------------------------------------------------- refusals


def test_bad_rows_refuse_everything(tmp_path: Path, vault: Path) -> None:
    assert imp(vault, standard_workbook(tmp_path)).returncode == 0
    before = sha(vault)
    stored_before = contents(vault)[:2]
    future = (dt.date.today() + dt.timedelta(days=800)).strftime("%d-%m-%Y")
    workbook = save(
        tmp_path,
        {
            "Biedingen": [
                list(BID_HEADERS),
                bid(drug="Enhertu", date="1-12-2025", discount=40),  # fine on its own
                bid(drug="Onbekendumab", date="1-12-2025", discount=40),
                bid(drug="Enhertu", date="1-12-2025", discount=105),
                bid(drug="Enhertu", date="1-12-2025", net_price=200000),
                bid(drug="Enhertu", date="1-12-2025", note="geen voorwaarden"),
                bid(drug="Enhertu", date="31-2-2026", discount=40),
                bid(drug="Enhertu", date="1-12-2025", discount=40, duration="1,5"),
                bid(drug="Enhertu", date=future, discount=40),
            ]
        },
        "fout.xlsx",
    )
    r = imp(vault, workbook)
    assert r.returncode == 1, r.stdout + r.stderr
    out = r.stdout
    expected = [
        r"fout\.xlsx: Biedingen, rij 3, kolom A \(Geneesmiddel\): onbekend",
        r"fout\.xlsx: Biedingen, rij 4, kolom F \(Korting \(%\)\): korting moet tussen",
        r"fout\.xlsx: Biedingen, rij 5, kolom G \(Nettoprijs per patiënt \(€\)\):"
        r" nettoprijs ligt boven de vraagprijs van het dossier \(€ 104\.000\)",
        r"fout\.xlsx: Biedingen, rij 6: bod zonder voorwaarden",
        r"fout\.xlsx: Biedingen, rij 7, kolom C \(Datum\): deze datum bestaat niet",
        r"fout\.xlsx: Biedingen, rij 8, kolom I \(Looptijd \(jaren\)\): looptijd moet",
        r"fout\.xlsx: Biedingen, rij 9, kolom C \(Datum\): .* meer dan een jaar in de toekomst",
    ]
    for pattern in expected:
        assert re.search(pattern, out), (pattern, out)
    assert "rij 2," not in out
    assert "Import geweigerd: 7 problemen in fout.xlsx" in out
    assert sha(vault) == before
    assert contents(vault)[:2] == stored_before


def test_unparseable_reduction_is_a_problem(tmp_path: Path, vault: Path) -> None:
    workbook = save(
        tmp_path,
        {"Dossiers": [list(DOSSIER_HEADERS), dossier(drug="X", reduction="volgt later")]},
    )
    before = sha(vault)
    r = imp(vault, workbook)
    assert r.returncode == 1
    assert re.search(
        r"Dossiers, rij 2, kolom G \(Vereiste prijsverlaging\): "
        r"vereiste prijsverlaging niet herkend",
        r.stdout,
    )
    assert sha(vault) == before


def test_dry_run_changes_nothing(tmp_path: Path, vault: Path) -> None:
    workbook = standard_workbook(tmp_path)
    before = sha(vault)
    r = imp(vault, workbook, "--dry-run")
    assert r.returncode == 0, r.stdout + r.stderr
    out = r.stdout
    assert "Blad Dossiers (dossiers): 2 rijen — 2 nieuw" in out
    assert "Blad Biedingen (biedingen): 3 rijen — 3 nieuw" in out
    assert re.search(r"3\s+Enhertu\s+15-10-2025\s+2\s+VWS\s+korting 55,5%", out)
    assert "plafond € 20.000.000/jaar" in out
    assert "nettoprijs € 300.000" in out
    assert "niets opgeslagen" in out
    assert sha(vault) == before
    assert contents(vault)[:2] == ([], [])

    bad = save(
        tmp_path,
        {"Biedingen": [list(BID_HEADERS), bid(drug="Niemand", date="1-1-2026", discount=5)]},
        "bad.xlsx",
    )
    r = imp(vault, bad, "--dry-run")
    assert r.returncode == 1
    assert "bad.xlsx: Biedingen, rij 2, kolom A (Geneesmiddel)" in r.stdout
    assert sha(vault) == before


def test_unreadable_files_and_vaults(tmp_path: Path, vault: Path) -> None:
    before = sha(vault)
    text = tmp_path / "tekst.xlsx"
    text.write_text("dit is geen werkmap", encoding="utf-8")
    r = imp(vault, text)
    assert r.returncode == 2 and "geen Excel-werkmap" in r.stderr

    good = standard_workbook(tmp_path)
    truncated = tmp_path / "half.xlsx"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    r = imp(vault, truncated)
    assert r.returncode == 2 and "onvolledig" in r.stderr

    assert imp(vault, tmp_path / "bestaat-niet.xlsx").returncode == 2
    assert imp(tmp_path / "geen.mandaat", good).returncode == 2
    r = run("import", str(vault), str(good), env={"MANDAAT_PASSPHRASE": "fout wachtwoord"})
    assert r.returncode == 1 and "onjuist wachtwoord" in r.stderr
    assert sha(vault) == before


def test_password_protected_workbook(tmp_path: Path, vault: Path) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    secret = "Zeer-Geheim!2026"
    plain = standard_workbook(tmp_path)
    out = io.BytesIO()
    with open(plain, "rb") as fh:
        OOXMLFile(fh).encrypt(secret, out)
    locked = tmp_path / "geheim.xlsx"
    locked.write_bytes(out.getvalue())
    before = sha(vault)

    r = run("import", str(vault), str(locked), env=PW, stdin="")  # no TTY: no prompt
    assert r.returncode == 2
    assert "wachtwoord" in r.stderr and "--password-file" in r.stderr

    wrong = tmp_path / "fout.txt"
    wrong.write_text("verkeerd\n", encoding="utf-8")
    r = imp(vault, locked, "--password-file", str(wrong))
    assert r.returncode == 2 and "onjuist" in r.stderr
    assert sha(vault) == before

    pwfile = tmp_path / "werkmap-wachtwoord.txt"
    pwfile.write_text(secret + "\n", encoding="utf-8")
    r = imp(vault, locked, "--password-file", str(pwfile))
    assert r.returncode == 0, r.stdout + r.stderr
    assert secret not in r.stdout + r.stderr
    dossiers, bids, log = contents(vault)
    assert len(dossiers) == 2 and len(bids) == 3
    assert all(secret not in e.detail for e in log)


# --------------------------------------------------------------------------- in process


def test_progress_and_cancel_store_nothing(tmp_path: Path) -> None:
    from mandaat.importing.apply import (
        ImportCancelledError,
        ImportRefusedError,
        apply_import,
        plan_import,
        read_import,
    )

    workbook = standard_workbook(tmp_path)
    path = tmp_path / "inproc.mandaat"
    v, _ = Vault.create(path, PASSPHRASE)
    try:
        before = sha(path)
        data, columns = read_import(workbook)
        seen: list[tuple[str, int, int]] = []
        plan = plan_import(
            v.db, data, columns, file=str(workbook), progress=lambda *a: seen.append(a)
        )
        assert plan.ok and plan.new_count == 5
        assert seen[-1] == ("check", 5, 5)

        calls = iter(range(100))
        with pytest.raises(ImportCancelledError):
            apply_import(v, plan, cancel=lambda: next(calls) >= 3)
        assert store.counts(v.db) == {"dossiers": 0, "bids": 0}
        assert not v.db.in_transaction
        assert sha(path) == before

        bad = plan_import(v.db, data, columns, file=str(workbook), today=dt.date(2020, 1, 1))
        assert {p.code for p in bad.problems} == {"date_far_future"}
        with pytest.raises(ImportRefusedError):
            apply_import(v, bad)
        assert sha(path) == before

        result = apply_import(v, plan)
        assert result.committed and result.new_count == 5
        assert store.counts(v.db) == {"dossiers": 2, "bids": 3}
    finally:
        v.close()


def test_same_dossier_twice_in_file(tmp_path: Path, vault: Path) -> None:
    rows = [
        list(DOSSIER_HEADERS),
        ENHERTU,
        dossier(drug="Enhertu", indication="her2-LOW borstkanker"),
    ]
    r = imp(vault, save(tmp_path, {"Dossiers": rows}, "twee.xlsx"))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "1 nieuw" in r.stdout and "1 al aanwezig" in r.stdout
    before = sha(vault)
    rows = [
        list(DOSSIER_HEADERS),
        dossier(drug="Zolgensma", asking_price=1_900_000),
        dossier(drug="zolgensma", asking_price=2_000_000),
    ]
    r = imp(vault, save(tmp_path, {"Dossiers": rows}, "strijdig.xlsx"))
    assert r.returncode == 1
    assert (
        "Dossiers, rij 3, kolom H (Vraagprijs per patiënt (€)): blad Dossiers, rij 2"
        " geeft voor hetzelfde dossier een andere waarde (1.900.000)" in r.stdout
    )
    assert sha(vault) == before
