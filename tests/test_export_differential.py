"""Non-interference: the redaction itself reveals nothing that it withholds.

Two vaults hold the same public facts and different withheld data (other discounts, net
prices, caps, tiers, per-patient caps and free doses, product-wide bids, prices after the
end, mandates, names, e-mail addresses, phone numbers, notes,
conditions, durations, dates, rounds and the party of each bid). Their Woo packages
must render to identical page images (PDFium), give identical extracted text (pypdf)
and identical inventories: whatever differs between the vaults cannot be learnt from
the package — not from a value, nor from the pattern, ground, width or position of a box.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium
from pypdf import PdfReader

from mandaat import demo
from mandaat.export import publish
from mandaat.model import Arrangement, Bid, Party, Person, Threshold, Tier
from mandaat.vault import schema, store

TODAY = dt.date(2026, 4, 1)
BIDS = (3, 7, 1, 5)  # bids per dossier: public (the table has a row per bid)


def _vault(seed: int) -> publish.Data:
    rng = random.Random(seed)
    db = sqlite3.connect(":memory:")
    schema.migrate(db)
    for k, d in enumerate(demo.demo_dossiers()):
        people = tuple(
            Person(
                rng.choice(["Jan", "Aleksandra Wilhelmina"]) + f" de Vries{rng.randint(1, 9)}",
                "onderhandelaar",
                rng.choice(["", f"x{rng.randint(1, 10**6)}@minvws.example"]),
                rng.choice(["", f"070 {rng.randint(100, 999)} {rng.randint(10, 99)} 11"]),
                "VWS" if i == 0 else d.supplier,
            )
            for i in range(2)
        )
        mandate = rng.choice(
            [None, Threshold("at_least", Decimal(rng.randint(30, 95)), source_text="geheim")]
        )
        saved = store.save_dossier(
            db,
            replace(
                d,
                people=people,
                mandate_threshold=mandate,
                nota_a=rng.choice(["", "Interne afweging " * rng.randint(1, 40)]),
                expected_patients=Decimal(rng.randint(10, 5000)),
            ),
        )
        for r in range(BIDS[k]):
            arr = rng.choice(
                [
                    Arrangement(discount_pct=Decimal(rng.randint(1, 9999)) / 100),
                    Arrangement(net_price_per_patient=Decimal(rng.randint(1, 900) * 1000)),
                    Arrangement(
                        discount_pct=Decimal(rng.randint(5, 60)),
                        annual_cap=Decimal(rng.randint(1, 90)) * 10**6,
                        tiers=(Tier(Decimal(rng.randint(10, 999)), Decimal(rng.randint(1, 9))),),
                    ),
                    Arrangement(),
                    # issue 17: the arrangement as written (per-patient terms, product-wide,
                    # the price after the end): withheld alike
                    Arrangement(
                        discount_pct=Decimal(rng.randint(5, 60)),
                        patient_cap_units=Decimal(rng.randint(2, 40)),
                        free_initial_units=Decimal(rng.randint(1, 5)),
                        starters_pct=Decimal(rng.randint(1, 100)),
                        patient_cap_months=Decimal(rng.randint(3, 24)),
                        treatment_months=Decimal(rng.randint(3, 36)),
                        product_wide=rng.choice((True, False)),
                        after_end=rng.choice(("list", "net", None)),
                        after_end_net_price=Decimal(rng.randint(1, 900) * 1000),
                    ),
                ]
            )
            store.add_bid(
                db,
                Bid(
                    dt.date(rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28)),
                    dossier_id=saved.id,
                    round=rng.randint(1, 9),
                    party=rng.choice((Party.SUPPLIER, Party.VWS)),
                    arrangement=arr,
                    duration_years=rng.randint(1, 9),
                    conditions=rng.choice(["", "Alleen na " * rng.randint(1, 30)]),
                    note=rng.choice(["", "Notitie " * rng.randint(1, 30)]),
                    contact_person=rng.choice(["", f"Piet Janssen{rng.randint(1, 99)}"]),
                ),
            )
    db.commit()
    return publish.load(db)


def _pages(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    out = []
    for page in pdf:
        image = page.render(scale=1.5).to_pil()
        out.append(hashlib.sha256(image.tobytes()).hexdigest())
    pdf.close()
    return out


def _inventory(path: Path) -> list[tuple[object, ...]]:
    ws = openpyxl.load_workbook(path).active
    assert ws is not None
    return list(ws.iter_rows(values_only=True))


def test_two_vaults_with_the_same_public_facts_give_the_same_woo_package(tmp_path: Path) -> None:
    a, b = _vault(1), _vault(2)
    # the vaults really differ in what is withheld
    bids_a = [x for bs in a.bids.values() for x in bs]
    bids_b = [x for bs in b.bids.values() for x in bs]
    assert [x.party for x in bids_a] != [x.party for x in bids_b]
    assert [x.arrangement for x in bids_a] != [x.arrangement for x in bids_b]
    # and issue 17's terms are among them
    assert any(x.arrangement.has_patient_terms() for x in bids_a + bids_b)
    assert [d.people for d in a.dossiers] != [d.people for d in b.dossiers]
    assert [d.mandate_threshold for d in a.dossiers] != [d.mandate_threshold for d in b.dossiers]
    files_a = publish.export_woo(a, tmp_path / "a", today=TODAY)
    files_b = publish.export_woo(b, tmp_path / "b", today=TODAY)
    assert [p.name for p in files_a] == [p.name for p in files_b]
    for pa, pb in zip(files_a, files_b, strict=True):
        if pa.suffix == ".pdf":
            text_a = [p.extract_text() for p in PdfReader(pa).pages]
            assert text_a == [p.extract_text() for p in PdfReader(pb).pages], pa.name
            assert _pages(pa) == _pages(pb), pa.name
        else:
            assert _inventory(pa) == _inventory(pb)
    # and the package is not empty of meaning: the boxes are there, with both grounds
    text = " ".join(p.extract_text() for p in PdfReader(files_a[0]).pages)
    assert "5.1.1c; 5.1.2b" in text and "5.1.2e" in text


def test_a_box_never_tells_who_made_the_bid(tmp_path: Path) -> None:
    data = _vault(3)
    d = max(data.dossiers, key=lambda d: len(data.bids.get(d.id or -1, [])))
    bids = [
        replace(b, party=(Party.SUPPLIER, Party.VWS)[i % 2])
        for i, b in enumerate(data.bids[d.id or -1])
    ]
    from mandaat.export import build
    from mandaat.export.classify import Classifier
    from mandaat.export.doc import Redaction

    rows = build.Builder(Classifier("woo"), d, bids, today=TODAY).bid_rows()
    grounds = {
        tuple(p.ground for p in cell if isinstance(p, Redaction))
        for row in rows
        for cell in row[:4]
    }
    assert grounds == {("5.1.1c; 5.1.2b",)}


def test_the_nota_for_a_woo_release_is_the_same_too(tmp_path: Path) -> None:
    """The nota rendered for the woo audience: same pages and text for both vaults."""
    a, b = _vault(1), _vault(2)
    for d in a.dossiers:
        pa = publish.export_nota(a, d.brand, "woo", tmp_path / f"a-{d.id}.pdf", today=TODAY)
        pb = publish.export_nota(b, d.brand, "woo", tmp_path / f"b-{d.id}.pdf", today=TODAY)
        assert [p.extract_text() for p in PdfReader(pa).pages] == [
            p.extract_text() for p in PdfReader(pb).pages
        ], d.brand
        assert _pages(pa) == _pages(pb), d.brand


def test_the_docx_nota_for_a_woo_release_is_the_same_too(tmp_path: Path) -> None:
    """DOCX: every part of the package byte for byte (its text, its boxes, its widths)."""
    import zipfile

    a, b = _vault(1), _vault(2)
    for d in a.dossiers:
        pa = publish.export_nota(a, d.brand, "woo", tmp_path / f"a-{d.id}.docx", today=TODAY)
        pb = publish.export_nota(b, d.brand, "woo", tmp_path / f"b-{d.id}.docx", today=TODAY)
        za, zb = zipfile.ZipFile(pa), zipfile.ZipFile(pb)
        assert za.namelist() == zb.namelist()
        for name in za.namelist():
            assert za.read(name) == zb.read(name), (d.brand, name)
