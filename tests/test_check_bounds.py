"""Every distance names its bound: ``mandaat check --json`` gives, per bid, the gap to
each bound of the mandate, and each gap is the shortfall to that bound times the average
yearly list spend (checked here against the scenario figures, for the demo vault and for
randomised vaults)."""

from __future__ import annotations

import json
from decimal import Decimal as D
from fractions import Fraction
from pathlib import Path

from cli_helpers import run
from hypothesis import given, settings
from hypothesis import strategies as st

from mandaat import demo, engine
from mandaat.model import Arrangement, Bid, Dossier, Threshold
from mandaat.vault import store
from mandaat.vault.file import Vault

PW = {"MANDAAT_PASSPHRASE": "demo wachtwoord"}


def _check_row(row: dict[str, object], dossier: Dossier, bid: Bid) -> None:
    if row.get("error"):
        return
    flows = engine.scenarios(dossier, bid.arrangement, duration_years=bid.duration_years)
    expected = flows["expected"]
    e = Fraction(expected.effective_pct)
    per_year_list = Fraction(expected.list_total) / bid.duration_years
    bounds = row["bounds"]
    assert isinstance(bounds, list)
    mandate = dossier.effective_mandate
    if mandate is None or not mandate.is_numeric:
        assert bounds == []
        return
    assert len(bounds) == (2 if mandate.kind == "range" else 1)
    for b in bounds:
        pct = Fraction(D(str(b["pct"])))
        if b["met"]:
            assert b["gap_per_year"] == 0 and b["gap_total"] == 0
            continue
        shortfall = (pct - e) / 100 * per_year_list
        gap = Fraction(D(str(b["gap_per_year"])))
        # within one euro; a strict bound may add its one cent (÷ duration, rounded up)
        assert abs(gap - shortfall) <= 1, (b, float(shortfall))
        assert b["margin_pp"] < 0 or (b["strict"] and b["margin_pp"] == 0)
    # the top-level figures are measured to one named bound
    named = next((b for b in bounds if not b["met"]), bounds[-1])
    assert row["bound_pct"] == named["pct"]
    assert row["margin_pp"] == named["margin_pp"]
    assert row["gap_per_year"] == row["gap_eur_per_year"] == named["gap_per_year"]
    assert row["gap_total"] == row["gap_eur_total"] == named["gap_total"]
    worst = row["worst"]
    assert isinstance(worst, dict)
    assert worst["scenario"] in flows
    if row["verdict"] == "depends" and row["reason"] == "scenarios_differ":
        assert worst["gap_per_year"] > 0  # a depends never hides a failing scenario's gap


def test_demo_vault_bounds_through_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "demo.mandaat"
    vault, _ = Vault.create(path, PW["MANDAAT_PASSPHRASE"])
    demo.populate(vault.db)
    vault.commit("demo")
    dossiers = {d.id: d for d in store.dossiers(vault.db)}
    bids = {b.id: b for b in store.bids(vault.db)}
    vault.close()
    r = run("check", str(path), "--json", env=PW)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert rows
    for row in rows:
        assert "bounds" in row and "worst" in row
        _check_row(row, dossiers[row["dossier_id"]], bids[row["bid_id"]])
    table = run("check", str(path), env=PW)
    assert "onder 45%" in table.stdout  # Carvykti's mandate named as the bound
    assert ",01" not in table.stdout  # no cent artefacts from strict bounds


thresholds = st.one_of(
    st.builds(
        lambda k, x: Threshold(k, D(x)),
        st.sampled_from(["at_least", "more_than", "approximately"]),
        st.integers(1, 95),
    ),
    st.builds(
        lambda a, w: Threshold("range", D(a), D(a + w)), st.integers(1, 60), st.integers(1, 35)
    ),
)


@settings(max_examples=150, deadline=None)
@given(
    t=thresholds,
    discount=st.decimals(0, 99, places=2),
    cap=st.none() | st.integers(10_000, 5_000_000),
    years=st.integers(1, 5),
    growth=st.none() | st.integers(-10, 25),
    patients=st.integers(1, 2000),
)
def test_randomised_bounds(
    t: Threshold,
    discount: D,
    cap: int | None,
    years: int,
    growth: int | None,
    patients: int,
) -> None:
    dossier = Dossier(
        brand="R",
        id=1,
        asking_price=D(50_000),
        expected_patients=D(patients),
        mandate_threshold=t,
        growth_pct_per_year=None if growth is None else D(growth),
    )
    arr = Arrangement(discount_pct=discount, annual_cap=None if cap is None else D(cap))
    import datetime as dt

    bid = Bid(date=dt.date(2025, 1, 1), id=1, dossier_id=1, arrangement=arr, duration_years=years)
    (row,) = engine.check_rows([dossier], [bid])
    _check_row(row, dossier, bid)


def test_ce_cross_check_is_stored_and_reported(tmp_path: Path) -> None:
    """The cross-check's inputs (ZIN's public figures) are stored with the dossier, and
    `check --json` and the nota give the reduction they require, with a warning."""
    import dataclasses

    from mandaat.vault.session import Session

    path = tmp_path / "ce.mandaat"
    vault, _ = Vault.create(path, PW["MANDAAT_PASSPHRASE"])
    demo.populate(vault.db)
    vault.commit("demo")
    session = Session(vault)
    enhertu = next(d for d in session.dossiers() if d.brand == "Enhertu")
    # ΔC 134,000, ΔQALY 1, reference value 80,000 (burden 0.8), drug cost 126,000:
    # (134,000 − 80,000) ÷ 126,000 = 42.857… %  (docs/mandate.md section 6)
    session.save_dossier(
        dataclasses.replace(
            enhertu,
            ce_delta_cost=D(134000),
            ce_delta_qaly=D(1),
            ce_drug_cost=D(126000),
            disease_burden=D("0.8"),
            mandate_threshold=Threshold("at_least", D(40)),
        )
    )
    vault.close()
    again = Vault.open(path, passphrase=PW["MANDAAT_PASSPHRASE"])
    stored = next(d for d in store.dossiers(again.db) if d.brand == "Enhertu")
    again.close()
    assert (stored.ce_delta_cost, stored.ce_delta_qaly, stored.ce_drug_cost) == (
        D(134000),
        D(1),
        D(126000),
    )
    rows = json.loads(run("check", str(path), "--json", "--dossier", "Enhertu", env=PW).stdout)
    assert rows and all(r["ce_required_pct"] == 42.86 for r in rows)
    assert all(r["ce_above_mandate"] is True for r in rows)  # a mandate of 40 % asks less
    assert all(r["ce_above_advice"] is False for r in rows)  # "fors meer dan 68%" does not
    out = tmp_path / "nota.docx"
    r = run("export", str(path), "--nota", "Enhertu", "-o", str(out), env=PW)
    assert r.returncode == 0, r.stderr
    from docx import Document

    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "prijsverlaging van 42,86% vraagt" in text
    assert "het mandaat vraagt minder dan kosteneffectiviteit vereist" in text
