"""Exports of real dossiers with randomised confidential values: parse every file back
and find none of the withheld values, while every public fact and ground code is there."""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import sqlite3
import zipfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from docx import Document as DocxDocument
from pypdf import PdfReader

from mandaat import demo
from mandaat.export import build, publish
from mandaat.export.messages import ExportError
from mandaat.model import Arrangement, Bid, Party, Person, Threshold, Tier
from mandaat.vault import schema, store

TODAY = dt.date(2026, 4, 1)
FIRST = ["Ijsbrand", "Maartje", "Wouter", "Femke", "Sjoerd", "Lieke", "Gerrit", "Anouk"]
LAST = ["Vermeulen", "Bakhuizen", "Terpstra", "Hoekstra", "Zijlstra", "Koopmans", "Dekker"]


def _dec(rng: random.Random, lo: int, hi: int) -> Decimal:
    """A value with two non-zero decimals (so it cannot pass for a day or a page)."""
    return Decimal(f"{rng.randint(lo, hi - 1)}.{rng.randint(11, 99)}").quantize(Decimal("0.01"))


def randomised_db(seed: int) -> tuple[sqlite3.Connection, dict[str, list[str]]]:
    """The demo dossiers with random mandates, people and bids; returns the db and the
    raw confidential strings per dossier (as a renderer would be most likely to write)."""
    rng = random.Random(seed)
    db = sqlite3.connect(":memory:")
    schema.migrate(db)
    secrets: dict[str, list[str]] = {}
    for d in demo.demo_dossiers():
        people = tuple(
            Person(
                f"{rng.choice(FIRST)} {rng.choice(LAST)}{i}",
                "onderhandelaar",
                f"p{rng.randint(1000, 9999)}.x{i}@minvws.example",
                f"06 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                "VWS" if i == 0 else d.supplier,
            )
            for i in range(2)
        )
        mandate = Threshold("at_least", _dec(rng, 50, 90), source_text="mandaat geheim")
        nota_a = f"Vertrouwelijke afweging {rng.randint(10**6, 10**7)} over draagvlak."
        d = replace(
            d,
            people=people,
            mandate_threshold=mandate,
            nota_a=nota_a,
            expected_patients=Decimal(rng.randint(300, 900)),
        )
        saved = store.save_dossier(db, d)
        assert saved.id is not None
        found = [p.name for p in people] + [p.email for p in people] + [nota_a]
        found += [str(mandate.low), str(mandate.low).replace(".", ",")]
        for r in range(1, 4):
            disc = _dec(rng, 20, 80)
            cap = Decimal(rng.randint(10**6, 9 * 10**7))
            net = _dec(rng, 10_000, 90_000)
            contact = f"{rng.choice(FIRST)} {rng.choice(LAST)}c{r}"
            arr = Arrangement(
                discount_pct=disc,
                annual_cap=cap,
                tiers=(Tier(Decimal(rng.randint(120, 990)), _dec(rng, 2, 9)),),
            )
            if r == 3:
                arr = Arrangement(net_price_per_patient=net)
            cond = f"Startcriterium code {rng.randint(10**5, 10**6)}"
            store.add_bid(
                db,
                Bid(
                    dt.date(2025, rng.randint(1, 12), rng.randint(1, 28)),
                    dossier_id=saved.id,
                    round=r,
                    party=Party.VWS if r == 2 else Party.SUPPLIER,
                    arrangement=arr,
                    conditions=cond,
                    note=f"interne notitie {rng.randint(10**5, 10**6)}",
                    contact_person=contact,
                ),
            )
            found += [
                str(disc),
                str(disc).replace(".", ","),
                f"{cap:,}".replace(",", "."),
                str(cap),
                f"{cap:,}",
                cond,
                contact,
            ]
            if r == 3:
                found += [
                    f"{net:,.2f}".replace(",", "_").replace(".", ",").replace("_", "."),
                    str(net),
                ]
        secrets[d.brand] = found
    db.commit()
    return db, secrets


PUBLIC = {
    "Enhertu": ["Enhertu", "trastuzumab deruxtecan", "HER2-low gevorderde borstkanker",
                "Daiichi Sankyo / AstraZeneca", "11 februari 2021", "Stcrt. 2021 nr. 7360",
                "28 mei 2025", "€ 104.000", "€ 46.000.000", "meer dan 68%", "sluis gecontinueerd"],
    "Carvykti": ["Carvykti", "ciltacabtagene autoleucel", "Janssen-Cilag", "18 juni 2022",
                 "Stcrt. 2022 nr. 16070", "€ 460.000", "€ 64.000.000", "35%"],
    "Xenpozyme": ["Xenpozyme", "olipudase alfa", "Sanofi", "Stcrt. 2022 nr. 18977", "€ 890.000",
                  "€ 14.000.000", "92%"],
}  # fmt: skip


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).lower()


def renderings_of(path: Path) -> list[str]:
    """Everything an attacker can read from a file, independent of mandaat.export."""
    data = path.read_bytes()
    out = [data.decode("latin-1")]
    if data.startswith(b"%PDF"):
        reader = PdfReader(str(path))
        out += [p.extract_text() for p in reader.pages]
        out.append(str(reader.metadata))
        nums = sorted({n for objs in reader.xref.values() for n in objs})
        for num in nums:
            try:
                obj = reader.get_object(num)
            except Exception:
                continue
            if obj is None:
                continue
            if hasattr(obj, "get_data"):
                out.append(obj.get_data().decode("latin-1"))
            out.append(repr(obj))
    elif data.startswith(b"PK"):
        z = zipfile.ZipFile(io.BytesIO(data))
        for name in z.namelist():
            xml = z.read(name).decode("utf-8", "replace")
            out += [xml, re.sub(r"<[^>]+>", "", xml)]
        if path.suffix == ".docx":
            d = DocxDocument(str(path))
            out.append("\n".join(p.text for p in d.paragraphs))
            out += [c.text for t in d.tables for row in t.rows for c in row.cells]
        if path.suffix == ".xlsx":
            wb = openpyxl.load_workbook(str(path))
            out += [
                str(c)
                for ws in wb.worksheets
                for row in ws.iter_rows(values_only=True)
                for c in row
            ]
    return [_norm(x) for x in out]


def assert_absent(paths: list[Path], values: list[str]) -> None:
    for path in paths:
        hay = renderings_of(path)
        for v in values:
            needle = _norm(v)
            rx = re.compile(r"(?<![0-9])" + re.escape(needle) + r"(?![0-9])")
            assert not any(rx.search(h) for h in hay), f"{path.name}: a withheld value leaked"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_woo_package_has_no_withheld_value(tmp_path: Path, seed: int) -> None:
    db, secrets = randomised_db(seed)
    data = publish.load(db)
    files = publish.export_woo(data, tmp_path / "woo", today=TODAY)
    names = sorted(p.name for p in files)
    assert names == ["0001.pdf", "0002.pdf", "0003.pdf", "0004.pdf", "inventarislijst.xlsx"]
    assert_absent(files, [v for vs in secrets.values() for v in vs])
    text = {p.name: " ".join(renderings_of(p)) for p in files}
    joined = " ".join(text.values())
    for facts in PUBLIC.values():
        for fact in facts:
            assert _norm(fact) in joined, fact
    for code in ("5.1.1c", "5.1.2b", "5.1.2e", "5.1.2f", "5.2.1"):
        assert code in joined


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
@pytest.mark.parametrize("seed", [4, 5])
def test_nota_woo_audience_has_no_withheld_value(tmp_path: Path, seed: int, suffix: str) -> None:
    db, secrets = randomised_db(seed)
    data = publish.load(db)
    for brand in ("Enhertu", "Carvykti", "Xenpozyme"):
        out = publish.export_nota(data, brand, "woo", tmp_path / f"{brand}{suffix}", today=TODAY)
        assert_absent([out], [v for vs in secrets.values() for v in vs])
        joined = " ".join(renderings_of(out))
        for fact in PUBLIC[brand]:
            assert _norm(fact) in joined, fact
        for code in ("5.1.1c", "5.1.2b", "5.1.2e", "5.2.1"):
            assert code in joined
        assert "informatie die niet openbaar gemaakt kan worden" in joined


def test_nota_audience_shows_figures_and_marks_confidential(tmp_path: Path) -> None:
    db, _ = randomised_db(7)
    data = publish.load(db)
    d = publish.find(data, "Enhertu")
    out = publish.export_nota(data, "Enhertu", "nota", tmp_path / "n.pdf", today=TODAY)
    text = _norm(" ".join(p.extract_text() for p in PdfReader(str(out)).pages))
    assert "vertrouwelijk" in text
    assert d.people[0].name.lower() in text  # the minister sees who wrote it
    assert d.people[0].email.lower() not in text  # but not contact details
    disc = next(
        b.arrangement.discount_pct for b in data.bids[d.id or 0] if b.arrangement.discount_pct
    )
    assert f"{disc}".replace(".", ",") in text
    out = publish.export_nota(data, "Enhertu", "intern", tmp_path / "i.docx", today=TODAY)
    assert "departementaal vertrouwelijk" in " ".join(renderings_of(out))


def test_renderer_given_a_confidential_value_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _ = randomised_db(8)
    data = publish.load(db)
    d = publish.find(data, "Carvykti")
    first = data.bids[d.id or 0][0]
    leaked = first.arrangement.discount_pct or first.arrangement.net_price_per_patient
    assert leaked is not None
    original = build.Builder.bid_rows

    def leaky(self: build.Builder) -> tuple[tuple[tuple[str, ...], ...], ...]:
        rows = original(self)
        bad = ((f"voorwaarde {str(leaked).replace('.', ',')}%",),)
        return tuple((row[0], *bad, *row[2:]) for row in rows)  # type: ignore[misc]

    monkeypatch.setattr(build.Builder, "bid_rows", leaky)
    for suffix in (".pdf", ".docx"):
        out = tmp_path / f"nota{suffix}"
        with pytest.raises(ExportError) as err:
            publish.export_nota(data, "Carvykti", "woo", out, today=TODAY)
        assert err.value.code == "leak"
        assert "Carvykti: bod 1" in str(err.value)
        assert str(leaked) not in str(err.value) and str(leaked).replace(".", ",") not in str(
            err.value
        )
        assert not out.exists()
    with pytest.raises(ExportError):
        publish.export_woo(data, tmp_path / "woo", today=TODAY)
    assert not (tmp_path / "woo").exists()
    assert [p.name for p in tmp_path.iterdir()] == []  # no temp folder left behind


def test_personal_data_in_free_text_is_redacted(tmp_path: Path) -> None:
    db, _ = randomised_db(9)
    data = publish.load(db)
    d = publish.find(data, "Xenpozyme")
    other = publish.find(data, "Enhertu").people[1].name  # a person of another dossier
    text = (
        f"Het Zorginstituut adviseerde ten minste 92%. Vragen: {other}, "
        "tel. +31 (0)70 340 79 11, mail info.persoon@zinl.example, IBAN NL91 ABNA 0417 1643 00."
    )
    store.save_dossier(db, replace(d, advice_text=text))
    data = publish.load(db)
    out = publish.export_nota(data, "Xenpozyme", "woo", tmp_path / "x.pdf", today=TODAY)
    assert_absent(
        [out], [other, "340 79 11", "info.persoon@zinl.example", "NL91 ABNA 0417 1643 00"]
    )
    assert "adviseerde ten minste 92%" in " ".join(renderings_of(out))
