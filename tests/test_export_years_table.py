"""Issue 17 in the nota: a small per-year table (expected scenario) in Kernpunten for the
latest supplier bid, shown to the minister and boxed in a Woo release, through the one
classify → redact → leak-check path. Real DOCX and PDF, parsed back."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal as D
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from pypdf import PdfReader

from mandaat.export import publish
from mandaat.export.build import YEAR_COLUMNS, Builder
from mandaat.export.classify import Classifier, Policy, secrets
from mandaat.export.doc import Paragraph, Redaction, Table
from mandaat.model import Arrangement, Bid, Dossier, Party, Threshold
from mandaat.vault import schema, store

TODAY = dt.date(2026, 4, 1)
# €1,000 per patient; 100 patients in year 3, growth 25 %: 64, 80, 100 (expected)
DOSSIER = Dossier(
    brand="Testmiddel",
    indication="proef",
    supplier="Farma BV",
    asking_price=D(1000),
    expected_patients=D(100),
    growth_pct_per_year=D(25),
    mandate_threshold=Threshold("at_least", D(40)),
)
# the latest supplier bid: 20 % discount, 10 % of the invoice back, a cap of €70,000
TERMS = Arrangement(
    discount_pct=D(20),
    p4p_refund_share_pct=D(50),
    p4p_nonresponse_rate_pct=D(20),
    annual_cap=D(70000),
)
# hand-computed: year, patients, list, net before cap, cap repaid, p4p refund, net, saving
EXPECTED = [
    ["1", "64", "€ 64.000", "€ 51.200", "€ 0", "€ 5.120", "€ 46.080", "€ 17.920"],
    ["2", "80", "€ 80.000", "€ 64.000", "€ 0", "€ 6.400", "€ 57.600", "€ 22.400"],
    ["3", "100", "€ 100.000", "€ 80.000", "€ 2.000", "€ 8.000", "€ 70.000", "€ 30.000"],
    ["totaal", "244", "€ 244.000", "€ 195.200", "€ 2.000", "€ 19.520", "€ 173.680", "€ 70.320"],
]
# figures only this table prints (the nota states no other net amount of the bid)
ONLY_IN_TABLE = ("173.680", "46.080", "57.600", "195.200", "19.520", "70.320")


@pytest.fixture
def data() -> publish.Data:
    db = sqlite3.connect(":memory:")
    schema.migrate(db)
    d = store.save_dossier(db, DOSSIER)
    store.add_bid(db, Bid(dt.date(2026, 1, 10), dossier_id=d.id, arrangement=TERMS))
    # a later counter-offer of VWS: the table is of the supplier's latest bid
    store.add_bid(
        db,
        Bid(
            dt.date(2026, 2, 10),
            dossier_id=d.id,
            round=2,
            party=Party.VWS,
            arrangement=Arrangement(discount_pct=D(50)),
        ),
    )
    db.commit()
    return publish.load(db)


def _blocks(data: publish.Data, audience: str) -> list[object]:
    d = data.dossiers[0]
    c = Classifier(audience, Policy(), data.names)  # type: ignore[arg-type]
    return list(Builder(c, d, data.bids[d.id or -1], today=TODAY).nota().blocks)


def _year_table(blocks: list[object]) -> Table | None:
    return next((b for b in blocks if isinstance(b, Table) and b.header == YEAR_COLUMNS), None)


def test_the_document_model_has_the_table_in_kernpunten(data: publish.Data) -> None:
    blocks = _blocks(data, "nota")
    table = _year_table(blocks)
    assert table is not None
    assert [["".join(str(p) for p in cell) for cell in row] for row in table.rows] == EXPECTED
    headings = [getattr(b, "text", None) for b in blocks]
    at = blocks.index(table)
    assert headings.index("3. Kernpunten") < at < headings.index("4. Toelichting")
    assert _year_table(_blocks(data, "intern")) is not None


def test_woo_has_one_box_instead(data: publish.Data) -> None:
    blocks = _blocks(data, "woo")
    assert _year_table(blocks) is None
    boxes = [
        p
        for b in blocks
        if isinstance(b, Paragraph)
        for p in b.parts
        if isinstance(p, Redaction) and p.label == "de geldstromen per jaar van een bod"
    ]
    assert len(boxes) == 1 and boxes[0].ground == "5.1.2b; 5.1.2f"
    # section 5 of the nota names it among what a release withholds
    nota = _blocks(data, "nota")
    section5 = " ".join(
        str(p)
        for b in nota[
            [getattr(b, "text", "") for b in nota].index(
                "5. Informatie die niet openbaar gemaakt kan worden"
            ) :
        ]
        if isinstance(b, Paragraph)
        for p in b.parts
    )
    assert "de geldstromen per jaar van een bod" in section5


def test_the_leak_check_knows_the_figures(data: publish.Data) -> None:
    d = data.dossiers[0]
    bids = data.bids[d.id or -1]
    woo = {str(s.value) for s in secrets(Classifier("woo"), d, bids) if "per jaar" in s.field}
    assert {"173680", "46080", "70320"} <= woo
    assert not [s for s in secrets(Classifier("nota"), d, bids) if "per jaar" in s.field]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_in_the_nota_file_and_boxed_in_woo(tmp_path: Path, data: publish.Data, suffix: str) -> None:
    nota = publish.export_nota(data, "Testmiddel", "nota", tmp_path / f"n{suffix}", today=TODAY)
    woo = publish.export_nota(data, "Testmiddel", "woo", tmp_path / f"w{suffix}", today=TODAY)
    # both passed publish's leak check (it refuses to write a leaking file)
    if suffix == ".docx":
        tables = DocxDocument(str(nota)).tables
        found = [
            [[c.text for c in row.cells] for row in t.rows]
            for t in tables
            if [c.text for c in t.rows[0].cells] == list(YEAR_COLUMNS)
        ]
        assert found and found[0][1:] == EXPECTED
        woo_text = "\n".join(
            [p.text for p in DocxDocument(str(woo)).paragraphs]
            + [c.text for t in DocxDocument(str(woo)).tables for row in t.rows for c in row.cells]
        )
    else:
        text = " ".join(
            " ".join(page.extract_text() for page in PdfReader(str(nota)).pages).split()
        )  # a cell's text may wrap
        at = text.index("Geld per jaar bij dit bod")
        assert text[at:].startswith(
            "Geld per jaar bij dit bod, bij het verwachte patiëntvolume: "
            + " ".join(YEAR_COLUMNS)
            + " "
            + " ".join(" ".join(row) for row in EXPECTED)
        )
        woo_text = "\n".join(page.extract_text() for page in PdfReader(str(woo)).pages)
    for figure in ONLY_IN_TABLE:
        assert figure not in woo_text
    assert "Netto vóór plafond" not in woo_text
    assert "Geld per jaar bij dit bod" in woo_text  # the sentence stays, the table is boxed
