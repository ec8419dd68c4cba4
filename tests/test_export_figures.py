"""The leak check on 1,000 randomised confidential figures: no export refused for the
wrong reason (a value that is not in the document's content), no planted value missed.

Figures: round amounts (multiples of 1,000, 5,000 and 10,000: net prices and caps, the
kind that collided with numbers in a theme or a PDF's drawing operators), percentages
with and without decimals, names and e-mail addresses. Exports: the Woo package and the
nota (audiences woo and nota) in DOCX and PDF, each leak-checked by ``publish``.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from mandaat import demo, engine
from mandaat.export import fmt, leakcheck, publish, render_docx, render_pdf
from mandaat.export.classify import Classifier, Secret, secrets
from mandaat.export.doc import Document, Paragraph
from mandaat.model import Arrangement, Bid, Party, Person, Threshold, Tier
from mandaat.vault import schema, store

TODAY = dt.date(2026, 4, 1)
FIRST = ["Ijsbrand", "Maartje", "Wouter", "Femke", "Sjoerd", "Lieke", "Gerrit", "Anouk", "Bram"]
LAST = ["Vermeulen", "Bakhuizen", "Terpstra", "Hoekstra", "Zijlstra", "Koopmans", "Dekker"]


def _round_money(rng: random.Random) -> Decimal:
    step = rng.choice((1_000, 5_000, 10_000))
    return Decimal(step * rng.randint(1, 400))


def _pct(rng: random.Random) -> Decimal:
    places = rng.choice((0, 0, 1, 2))
    return Decimal(rng.randint(100, 9500)).scaleb(-2).quantize(Decimal(1).scaleb(-places))


def _person(rng: random.Random, i: int, org: str) -> Person:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return Person(
        f"{first} {last}{i}",
        "onderhandelaar",
        f"{first.lower()}.{last.lower()}{i}@{rng.choice(('minvws', 'pharma'))}.example",
        f"06 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
        org,
    )


def random_vault(seed: int, bids_per_dossier: int = 40) -> sqlite3.Connection:
    """The four demo dossiers with random mandates, people and many random bids."""
    rng = random.Random(seed)
    db = sqlite3.connect(":memory:")
    schema.migrate(db)
    for k, d in enumerate(demo.demo_dossiers()):
        people = tuple(_person(rng, 10 * k + i, "VWS" if i == 0 else d.supplier) for i in range(3))
        d = replace(
            d,
            people=people,
            mandate_threshold=Threshold("at_least", _pct(rng), source_text="mandaat"),
            nota_a=f"Vertrouwelijke afweging over draagvlak, scenario {rng.randint(10, 99)}.",
        )
        saved = store.save_dossier(db, d)
        assert saved.id is not None
        for r in range(1, bids_per_dossier + 1):
            shape = rng.randrange(3)
            if shape == 0:
                arr = Arrangement(discount_pct=_pct(rng), annual_cap=_round_money(rng) * 100)
            elif shape == 1:
                arr = Arrangement(net_price_per_patient=_round_money(rng))
            else:
                arr = Arrangement(
                    discount_pct=_pct(rng),
                    tiers=(Tier(Decimal(rng.randint(100, 990)), _pct(rng)),),
                )
            contact = _person(rng, 100 * k + r, d.supplier)
            store.add_bid(
                db,
                Bid(
                    dt.date(2025, rng.randint(1, 12), rng.randint(1, 28)),
                    dossier_id=saved.id,
                    round=(r + 1) // 2,
                    party=rng.choice((Party.SUPPLIER, Party.VWS)),
                    arrangement=arr,
                    duration_years=rng.randint(2, 5),
                    conditions=f"Startcriterium {contact.email}",
                    note=f"Notitie van {contact.name}: korting {fmt.pct(_pct(rng))} haalbaar.",
                    contact_person=contact.name,
                ),
            )
    db.commit()
    return db


def _woo_secrets(data: publish.Data) -> list[Secret]:
    c = Classifier("woo", data.policy, data.names)
    out: list[Secret] = []
    for d in data.dossiers:
        out += secrets(c, d, data.bids.get(d.id or -1, []), publish._public_texts(d))
    return out


def _planted(s: Secret) -> str:
    """The value as a renderer would write it."""
    v = s.value
    if isinstance(v, dt.date):
        return fmt.date(v)
    if isinstance(v, Decimal):
        if s.kind == "pct":
            shown = fmt.pct(engine.present(v)) if v.as_tuple().exponent < -2 else fmt.pct(v)  # type: ignore[operator]
            return shown + " procentpunt" if "marge" in s.field else shown
        if s.kind == "money":
            return fmt.money(v)
        if s.kind == "years":
            return f"{int(v)} jaar"
        return fmt.number(v)
    return v


@pytest.fixture(scope="module")
def data() -> publish.Data:
    return publish.load(random_vault(15))


def test_the_vault_has_a_thousand_confidential_figures(data: publish.Data) -> None:
    found = _woo_secrets(data)
    figures = {(s.field, s.kind) for s in found if s.kind in ("pct", "money", "name", "email")}
    figures |= {(s.field, str(s.value)) for s in found if s.kind in ("pct", "money")}
    assert len(figures) >= 1000
    values = {s.value for s in found if s.kind == "money"}
    assert any(v % 10_000 == 0 for v in values) and any(v % 5_000 == 0 for v in values)  # type: ignore[operator]
    pcts = {s.value for s in found if s.kind == "pct"}
    assert any(p == p.to_integral_value() for p in pcts)  # type: ignore[union-attr]
    assert any(p != p.to_integral_value() for p in pcts)  # type: ignore[union-attr]


def test_no_export_refused_for_the_wrong_reason(tmp_path: Path, data: publish.Data) -> None:
    files = publish.export_woo(data, tmp_path / "woo", today=TODAY)
    assert len(files) == 5
    for d in data.dossiers:
        for audience in ("woo", "nota"):
            for suffix in (".pdf", ".docx"):
                out = tmp_path / f"{d.id}-{audience}{suffix}"
                publish.export_nota(data, d.brand, audience, out, today=TODAY)  # type: ignore[arg-type]
                assert out.exists()


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_no_planted_figure_is_missed(tmp_path: Path, data: publish.Data, suffix: str) -> None:
    """Every withheld value, written into a document as the builder writes values, is
    found; the only ones not searched are those that are also public facts."""
    found = _woo_secrets(data)
    doc = Document("Geplant", "woo", "", "woo")
    doc.blocks = [Paragraph((f"Waarde {i}: {_planted(s)}.",)) for i, s in enumerate(found)]
    out = tmp_path / f"geplant{suffix}"
    if suffix == ".pdf":
        render_pdf.render(doc, out)
    else:
        render_docx.render(doc, out, when=TODAY)
    c = Classifier("woo", data.policy, data.names)
    corpus = publish.public_corpus(c, data.dossiers, [TODAY])
    hits = {h.field for h in leakcheck.check(out, found, corpus)}
    public = set(leakcheck.tokens(corpus))
    missed = [
        s.field
        for s in found
        if s.field not in hits and not set(leakcheck.tokens(_planted(s))) <= public
    ]
    assert missed == []
    assert len(hits) >= 900


def test_numbers_of_the_layout_are_not_withheld_values(tmp_path: Path) -> None:
    """150 bids: the count, the row numbers 1–150 and the page numbers are the layout's;
    a staffel threshold of 150 patients or a net price of € 1.000 is still withheld,
    but its bare "150" cannot be told from row 150 (its € and separator forms can)."""
    db = sqlite3.connect(":memory:")
    schema.migrate(db)
    d = store.save_dossier(db, demo.demo_dossiers()[0])
    for r in range(150):
        arr = (
            Arrangement(discount_pct=Decimal(5), tiers=(Tier(Decimal(150), Decimal(3)),))
            if r % 2
            else Arrangement(net_price_per_patient=Decimal(1000 + r))
        )
        store.add_bid(db, Bid(dt.date(2025, 1, 1 + r % 28), dossier_id=d.id, arrangement=arr))
    db.commit()
    data = publish.load(db)
    publish.export_woo(data, tmp_path / "woo", today=TODAY)
    for suffix in (".pdf", ".docx"):
        publish.export_nota(data, d.brand, "woo", tmp_path / f"n{suffix}", today=TODAY)
    (tmp_path / "woo" / "extra.txt").write_text("netto € 1.002 per patiënt")
    hits = publish.standalone_check(data, tmp_path / "woo")
    assert [h.file for h in hits] == ["extra.txt"]
