"""Issue 17's new figures in exports: each has its class, a Woo release withholds it (the
secrets the leak check searches for include it), the nota for the minister does not, and a
planted one is found. Hand-computed values as in tests/test_arrangements_written.py."""

from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal as D
from pathlib import Path

from mandaat.export import leakcheck
from mandaat.export.classify import CLASSIFIABLE_FIELDS, Classifier, secrets
from mandaat.model import (
    Arrangement,
    Bid,
    Confidentiality,
    Dossier,
    PriceBasis,
    Threshold,
    field_class,
)

LOW = Dossier(
    id=2,
    brand="Enhe",
    indication="HER2-laag",
    product="Enhe",
    asking_price=D(1300),
    price_basis=PriceBasis.PER_UNIT,
    units_per_patient=D(80),
    expected_patients=D(300),
    advice_threshold=Threshold("more_than", D(68), substantially=True),
)
POS = Dossier(
    id=3,
    brand="Enhe",
    indication="HER2-positief",
    product="Enhe",
    asking_price=D(1300),
    price_basis=PriceBasis.PER_UNIT,
    units_per_patient=D(60),
    expected_patients=D(100),
    advice_threshold=Threshold("at_least", D(30)),
)
TERMS = Arrangement(
    discount_pct=D(50),
    patient_cap_units=D(60),
    free_initial_units=D(3),
    starters_pct=D("37.5"),
    product_wide=True,
    after_end="net",
    after_end_net_price=D("61234.56"),
)
BID = Bid(dt.date(2026, 3, 1), id=1, dossier_id=LOW.id, arrangement=TERMS, duration_years=3)


def test_every_new_field_has_its_class() -> None:
    business = ("patient_cap_units", "free_initial_units", "patient_cap_months")
    for name in (*business, "product_wide", "after_end", "after_end_net_price"):
        assert field_class("arrangement", name) is Confidentiality.BUSINESS
    for name in ("starters_pct", "treatment_months"):  # the State's assumptions
        assert field_class("arrangement", name) is Confidentiality.STATE
    assert field_class("assessment", "years") is Confidentiality.BUSINESS
    for name in ("extra_discount_pct", "sensitivity", "indications", "horizon"):
        assert field_class("assessment", name) is Confidentiality.STATE
    assert field_class("dossier", "product") is Confidentiality.PUBLIC
    assert "arrangement.patient_cap_units" in CLASSIFIABLE_FIELDS
    assert "arrangement.product_wide" not in CLASSIFIABLE_FIELDS  # a flag, no value


def _values(audience: str) -> dict[str, object]:
    found = secrets(Classifier(audience), LOW, [BID], others=[LOW, POS])  # type: ignore[arg-type]
    return {s.field: s.value for s in found}


def test_a_woo_release_withholds_the_new_figures_the_nota_shows_them() -> None:
    woo = _values("woo")
    label = "Enhe: bod 1"
    assert woo[f"{label}: patient_cap_units"] == D(60)
    assert woo[f"{label}: starters_pct"] == D("37.5")
    assert woo[f"{label}: after_end_net_price"] == D("61234.56")
    # HER2-low: paid units min(80, 60) − 0.375 × 3 = 58.875 of 80 → share 0.7359375;
    # net share 0.5 × 0.7359375 = 0.36796875 → effective 63.203125 %
    assert woo[f"{label}: indicatie HER2-laag"] == D("63.203125")
    # year 1 net spend: 300 patients × 104,000 × 0.36796875 = 11,480,625
    assert woo[f"{label}: jaar 1 net_spend"] == D("11480625.00000")
    assert any(k.startswith(f"{label}: extra korting") for k in woo)
    assert any(k.startswith(f"{label}: gevoeligheid") for k in woo)
    nota = _values("nota")
    assert not any(k.startswith(label) for k in nota)  # the minister sees every figure


def test_a_planted_new_figure_is_found(tmp_path: Path) -> None:
    found = secrets(Classifier("woo"), LOW, [BID], others=[LOW, POS])
    doc = tmp_path / "nota.docx"
    body = "<w:p><w:r><w:t>Na afloop € 61.234,56 per patiënt; HER2-laag 63,2%</w:t></w:r></w:p>"
    with zipfile.ZipFile(doc, "w") as z:
        z.writestr("word/document.xml", f"<w:document><w:body>{body}</w:body></w:document>")
    hits = {h.field for h in leakcheck.check(doc, found, "")}
    assert "Enhe: bod 1: after_end_net_price" in hits
    assert "Enhe: bod 1: indicatie HER2-laag" in hits
    clean = tmp_path / "schoon.docx"
    with zipfile.ZipFile(clean, "w") as z:
        z.writestr("word/document.xml", "<w:document><w:body>openbaar</w:body></w:document>")
    assert leakcheck.check(clean, found, "") == []
