"""Issue 17, "Arrangements as they are written": per-patient caps and free initiation
doses, product-wide bids judged per indication, and the verdict over a horizon beyond the
arrangement's end. Every figure is computed by hand in the comment above its assertion
(the same worked examples are in docs/mandate.md)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal as D
from pathlib import Path

import pytest
from cli_helpers import run

from mandaat.cli.words import for_language
from mandaat.describe import bid_problems
from mandaat.engine import (
    EngineError,
    check_rows,
    effective_reduction,
    evaluate,
    horizon_verdict,
    linked_dossiers,
    product_wide,
    year_money,
)
from mandaat.model import Arrangement, Bid, Dossier, PriceBasis, Threshold, Tier
from mandaat.vault import schema, store
from mandaat.vault.file import Vault

PW = {"MANDAAT_PASSPHRASE": "afspraken zoals geschreven"}

# Xenpozyme-like lifelong treatment: € 29,000 a vial, 30 vials per patient per year
# (€ 870,000 per patient per year), 10 patients; ZIN: at least 92 %.
XENPO = Dossier(
    id=1,
    brand="Xenpo",
    asking_price=D(29000),
    price_basis=PriceBasis.PER_UNIT,
    units_per_patient=D(30),
    expected_patients=D(10),
    advice_threshold=Threshold("at_least", D(92)),
)
# Enhertu-like treat-to-progression: € 1,300 a vial, 80 vials per treatment (€ 104,000),
# 300 patients; ZIN: substantially more than 68 %.
ENHE = Dossier(
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
# the same product's other indication: 60 vials per treatment (€ 78,000), 100 patients,
# a mandate of at least 30 %
ENHE_POS = dataclasses.replace(
    ENHE,
    id=3,
    indication="HER2-positief",
    units_per_patient=D(60),
    expected_patients=D(100),
    advice_threshold=Threshold("at_least", D(30)),
)


# --------------------------------------------------------------------------- per patient


def test_unit_cap_and_free_initiation_doses_xenpozyme_like() -> None:
    terms = Arrangement(
        discount_pct=D(80),
        patient_cap_units=D(26),
        free_initial_units=D(4),
        starters_pct=D(20),
    )
    # paid units per patient: min(30, 26) = 26, less 20 % starters × 4 free = 0.8 → 25.2
    # share paid = 25.2 / 30 = 0.84; net = 870,000 × (1 − 0.80) × 0.84 = 146,160
    # effective = 1 − 0.20 × 0.84 = 1 − 0.168 = 83.2 % → fails "at least 92 %"
    assert effective_reduction(XENPO, terms) == D("83.2")
    money = year_money(XENPO, terms)["expected"]
    # 10 patients × 146,160 = 1,461,600 per year; list 10 × 870,000 = 8,700,000
    assert money[0].net_spend == D(1461600)
    assert money[0].list_spend == D(8700000)
    v = evaluate(XENPO.advice_threshold, XENPO, terms)  # type: ignore[arg-type]
    assert v.code == "fails"
    # the cap alone: 26/30 of 20 % → net share 0.17333…, effective 82.666… %
    only_cap = Arrangement(discount_pct=D(80), patient_cap_units=D(26))
    assert effective_reduction(XENPO, only_cap).quantize(D("0.0001")) == D("82.6667")
    # a cap above the use (40 > 30 units) changes nothing: 80 %
    assert effective_reduction(
        XENPO, Arrangement(discount_pct=D(80), patient_cap_units=D(40))
    ) == D(80)


def test_free_doses_above_the_capped_use_make_a_starter_free() -> None:
    # cap 26, free 30, every patient a starter: a starter pays max(0, 26 − 30) = 0 → 100 %
    terms = Arrangement(patient_cap_units=D(26), free_initial_units=D(30), starters_pct=D(100))
    assert effective_reduction(XENPO, terms) == D(100)


def test_duration_cap_enhertu_like_treat_to_progression() -> None:
    # 60 % discount, the payer pays at most 12 of the 16 months a patient is treated:
    # share 12/16 = 0.75; net share 0.40 × 0.75 = 0.30 → 70 %: above 68 but "fors" → judgement
    terms = Arrangement(discount_pct=D(60), patient_cap_months=D(12), treatment_months=D(16))
    assert effective_reduction(ENHE, terms) == D(70)
    v = evaluate(ENHE.advice_threshold, ENHE, terms)  # type: ignore[arg-type]
    assert (v.code, v.reason) == ("judgement", "substantially")
    # treated 12 months or less: the cap does not bite → 60 %, fails
    short = dataclasses.replace(terms, treatment_months=D(10))
    assert effective_reduction(ENHE, short) == D(60)
    # with 2 free starting vials for every patient (each treatment starts): paid 78 of 80
    # units → share 0.975 × 0.75 = 0.73125; net share 0.4 × 0.73125 = 0.2925 → 70.75 %
    both = dataclasses.replace(terms, free_initial_units=D(2), starters_pct=D(100))
    assert effective_reduction(ENHE, both) == D("70.75")


def test_per_patient_terms_the_engine_refuses_to_guess() -> None:
    per_year = Dossier(brand="Jaarprijs", asking_price=D(100000), expected_patients=D(5))
    with pytest.raises(EngineError) as e:
        effective_reduction(per_year, Arrangement(patient_cap_units=D(10)))
    assert e.value.code == "patient_units_need_units"
    with pytest.raises(EngineError) as e:
        effective_reduction(per_year, Arrangement(patient_cap_months=D(12), treatment_months=D(24)))
    assert e.value.code == "duration_cap_per_year"
    with pytest.raises(EngineError) as e:
        effective_reduction(XENPO, Arrangement(free_initial_units=D(4)))
    assert e.value.code == "no_starters"
    with pytest.raises(EngineError) as e:
        effective_reduction(ENHE, Arrangement(patient_cap_months=D(12)))
    assert e.value.code == "no_treatment_months"


def test_problems_of_per_patient_terms_are_said_per_field() -> None:
    bid = Bid(
        dt.date(2026, 1, 1),
        arrangement=Arrangement(
            free_initial_units=D(-1), patient_cap_months=D(6), starters_pct=D(120)
        ),
    )
    fields = {(p.field, p.code) for p in bid_problems(bid)}
    assert ("free_initial_units", "negative") in fields
    assert ("starters_pct", "pct_range") in fields
    assert ("treatment_months", "no_treatment_months") in fields
    # a bid of only a per-patient cap is not empty
    assert not Arrangement(patient_cap_units=D(26)).is_empty()
    terms = Arrangement(
        discount_pct=D(80), patient_cap_units=D(26), free_initial_units=D(4), starters_pct=D(20)
    )
    text = for_language("nl").arrangement(terms)
    assert text == "korting 80% · max 26 eenheden p.p. · 4 startdoses gratis (20% starters)"
    english = for_language("en").arrangement(terms)
    assert (
        english
        == "discount 80% · max 26 units per patient · 4 initiation doses free (20% starters)"
    )
    # every problem code of the terms as written has its words, in both languages
    for lang in ("nl", "en"):
        words = for_language(lang)
        for p in bid_problems(bid):
            assert words.problem(p) != p.code, (lang, p)


# --------------------------------------------------------------------------- horizon

PLAIN = Dossier(
    id=7,
    brand="Horizon",
    asking_price=D(100000),
    expected_patients=D(10),
    advice_threshold=Threshold("at_least", D(40)),
)


def _bid(terms: Arrangement, years: int = 3) -> Bid:
    return Bid(dt.date(2026, 1, 1), dossier_id=PLAIN.id, arrangement=terms, duration_years=years)


def test_horizon_back_to_list_price_after_the_end() -> None:
    t = PLAIN.advice_threshold
    assert t is not None
    bid = _bid(Arrangement(discount_pct=D(50), after_end="list"))
    # 3 years at 50 %, then 2 at the asking price: list 5 × 1,000,000 = 5,000,000;
    # net 3 × 500,000 + 2 × 1,000,000 = 3,500,000 → 1 − 3.5/5 = 30 % (fails 40 %)
    v = horizon_verdict(t, PLAIN, bid, 5)
    assert v.effective_pct == D(30)
    assert v.code == "fails"
    # within the arrangement the bid meets: 50 %
    assert horizon_verdict(t, PLAIN, bid, 3).effective_pct == D(50)
    # a horizon shorter than the arrangement counts its first years: still 50 %
    assert horizon_verdict(t, PLAIN, bid, 2).effective_pct == D(50)


def test_horizon_with_a_stated_net_price_after_the_end_and_a_cap() -> None:
    t = PLAIN.advice_threshold
    assert t is not None
    bid = _bid(Arrangement(discount_pct=D(50), after_end="net", after_end_net_price=D(60000)))
    # years 4–5 at 60,000 × 10 = 600,000: net 1,500,000 + 1,200,000 = 2,700,000 → 46 %
    assert horizon_verdict(t, PLAIN, bid, 5).effective_pct == D(46)
    capped = _bid(Arrangement(discount_pct=D(50), annual_cap=D(400000), after_end="list"))
    # the cap holds during the arrangement only: 3 × 400,000 + 2 × 1,000,000 = 3,200,000
    # of 5,000,000 → 36 %
    assert horizon_verdict(t, PLAIN, capped, 5).effective_pct == D(36)


def test_horizon_beyond_an_unstated_end_is_refused() -> None:
    t = PLAIN.advice_threshold
    assert t is not None
    bid = _bid(Arrangement(discount_pct=D(50)))
    with pytest.raises(EngineError) as e:
        horizon_verdict(t, PLAIN, bid, 4)
    assert e.value.code == "no_after_end"
    assert horizon_verdict(t, PLAIN, bid, 3).effective_pct == D(50)  # not beyond: fine


# --------------------------------------------------------------------------- product


def test_product_wide_bid_per_indication_and_blended() -> None:
    terms = Arrangement(discount_pct=D(50), patient_cap_units=D(60), product_wide=True)
    bid = Bid(dt.date(2026, 3, 1), id=9, dossier_id=ENHE.id, arrangement=terms)
    other = Dossier(id=4, brand="Ander", product="Ander", asking_price=D(1))
    p = product_wide([ENHE, ENHE_POS, other], ENHE, bid)
    assert [r.dossier.id for r in p.indications] == [2, 3]  # linked by product, by id
    low, pos = p.indications
    # HER2-low: 80 vials, cap 60 → share 0.75; net share 0.5 × 0.75 = 0.375 → 62.5 %: fails
    assert low.effective_pct == D("62.5")
    assert low.verdict is not None and low.verdict.code == "fails"
    # HER2-positive: 60 vials, the cap does not bite → 50 %, meets "at least 30 %"
    assert pos.effective_pct == D(50)
    assert pos.verdict is not None and pos.verdict.code == "meets"
    # blend over 3 years: list 3 × (300 × 104,000 + 100 × 78,000) = 3 × 39,000,000;
    # net 3 × (300 × 39,000 + 100 × 39,000) = 3 × 15,600,000 → 1 − 15.6/39 = 60 %;
    # net per patient 3 × 15,600,000 ÷ (3 × 400) = 39,000
    assert p.effective_pct == D(60)
    assert p.net_per_patient == D(39000)


def test_product_wide_terms_that_are_not_spread_give_an_error_per_indication() -> None:
    bid = Bid(
        dt.date(2026, 3, 1),
        dossier_id=ENHE.id,
        arrangement=Arrangement(discount_pct=D(50), annual_cap=D(1), product_wide=True),
    )
    p = product_wide([ENHE, ENHE_POS], ENHE, bid)
    assert {r.error for r in p.indications} == {"product_wide_cap"}
    assert p.effective_pct is None
    assert ("product_wide", "product_wide_cap") in {(x.field, x.code) for x in bid_problems(bid)}
    # a product-wide bid on a dossier without a product is refused
    lone = dataclasses.replace(ENHE, product="")
    ok = dataclasses.replace(bid, arrangement=Arrangement(discount_pct=D(50), product_wide=True))
    assert ("product_wide", "no_product") in {(x.field, x.code) for x in bid_problems(ok, lone)}
    assert linked_dossiers([ENHE, ENHE_POS], lone) == [lone]


def test_check_rows_adds_indications_only_for_a_product_wide_bid() -> None:
    wide = Bid(
        dt.date(2026, 3, 1),
        id=1,
        dossier_id=ENHE.id,
        arrangement=Arrangement(discount_pct=D(50), patient_cap_units=D(60), product_wide=True),
    )
    single = dataclasses.replace(wide, id=2, arrangement=Arrangement(discount_pct=D(50)))
    rows = {r["bid_id"]: r for r in check_rows([ENHE, ENHE_POS], [wide, single])}
    assert "indications" not in rows[2] and "product" not in rows[2]
    assert rows[1]["indications"] == [
        {
            "dossier": 2,
            "drug": "Enhe",
            "indication": "HER2-laag",
            "verdict": "fails",
            "reason": "",
            "advice_verdict": "fails",
            "effective_pct": 62.5,
            "error": None,
        },
        {
            "dossier": 3,
            "drug": "Enhe",
            "indication": "HER2-positief",
            "verdict": "meets",
            "reason": "",
            "advice_verdict": "meets",
            "effective_pct": 50,
            "error": None,
        },
    ]
    assert rows[1]["product"] == {"name": "Enhe", "effective_pct": 60, "net_per_patient": 39000}


# --------------------------------------------------------------------------- vault, CLI


def test_new_terms_survive_the_vault_and_old_arrangements_read_as_before() -> None:
    a = Arrangement(
        discount_pct=D("12.5"),
        patient_cap_units=D(26),
        free_initial_units=D(4),
        starters_pct=D(20),
        patient_cap_months=D(12),
        treatment_months=D("15.5"),
        product_wide=True,
        after_end="net",
        after_end_net_price=D("60000.50"),
    )
    assert store.arrangement_from_json(store.arrangement_to_json(a)) == a
    # a bid stored before keeps its JSON (and so its content hash)
    assert store.arrangement_to_json(Arrangement(discount_pct=D(5))) == '{"discount_pct":"5"}'
    with pytest.raises(ValueError):
        store.arrangement_from_json('{"after_end":"ooit"}')
    with pytest.raises(ValueError):
        store.arrangement_from_json('{"product_wide":"ja"}')


def test_a_version_5_vault_gets_the_product_column(tmp_path: Path) -> None:
    path = tmp_path / "v5.mandaat"
    vault, _ = Vault.create(path, PW["MANDAAT_PASSPHRASE"])
    store.save_dossier(vault.db, dataclasses.replace(XENPO, id=None))
    vault.db.execute("ALTER TABLE dossiers DROP COLUMN product")
    vault.db.execute("UPDATE schema_version SET version = 5")
    vault.commit("terug naar versie 5")
    vault.close()
    vault = Vault.open(path, passphrase=PW["MANDAAT_PASSPHRASE"])
    try:
        assert schema.current_version(vault.db) == schema.latest_version()
        (d,) = store.dossiers(vault.db)
        assert d.product == ""
        store.save_dossier(vault.db, dataclasses.replace(d, product="Xenpo"))
        assert store.dossiers(vault.db)[0].product == "Xenpo"
        cols = {r[1] for r in vault.db.execute("PRAGMA table_info(dossiers)")}
        assert "product" in cols
    finally:
        vault.close()


def _cli_vault(tmp_path: Path) -> Path:
    path = tmp_path / "written.mandaat"
    vault, _ = Vault.create(path, PW["MANDAAT_PASSPHRASE"])
    low = store.save_dossier(vault.db, dataclasses.replace(ENHE, id=None))
    pos = store.save_dossier(vault.db, dataclasses.replace(ENHE_POS, id=None))
    assert low.id is not None and pos.id is not None
    terms = Arrangement(
        discount_pct=D(50), patient_cap_units=D(60), product_wide=True, after_end="list"
    )
    store.add_bid(vault.db, Bid(dt.date(2026, 3, 1), dossier_id=low.id, arrangement=terms))
    vault.commit("test")
    vault.close()
    return path


def test_cli_check_json_indications_and_horizon(tmp_path: Path) -> None:
    path = _cli_vault(tmp_path)
    r = run("check", str(path), "--json", "--horizon", "5", env=PW)
    assert r.returncode == 0, r.stderr
    (row,) = json.loads(r.stdout)
    # the row's own figures reflect the per-patient cap: HER2-low 62.5 % (not 50 %)
    assert (row["effective_reduction"], row["verdict"]) == (62.5, "fails")
    assert [(i["indication"], i["verdict"], i["effective_pct"]) for i in row["indications"]] == [
        ("HER2-laag", "fails", 62.5),
        ("HER2-positief", "meets", 50),
    ]
    # HER2-low over 5 years: 3 years at net share 0.375, 2 at the asking price:
    # net 3 × 0.375 + 2 × 1 = 3.125 of 5 → 1 − 0.625 = 37.5 %
    assert row["horizon"] == {
        "years": 5,
        "after_end": "list",
        "verdict": "fails",
        "reason": "",
        "effective_reduction": 37.5,
        "scenarios": {"low": 37.5, "expected": 37.5, "high": 37.5},
        "error": None,
    }
    plain = run("check", str(path), "--json", env=PW)
    assert '"horizon"' not in plain.stdout
    text = run("check", str(path), "--horizon", "5", env=PW)
    assert text.returncode == 0, text.stderr
    assert "Over 5 jaar, daarna de vraagprijs: voldoet niet (37,50%)" in text.stdout
    assert "Indicatie Enhe — HER2-positief: voldoet (50,00%)" in text.stdout
    bad = run("check", str(path), "--horizon", "0", env=PW)
    assert bad.returncode == 2 and "horizon" in bad.stderr and "Traceback" not in bad.stderr


def test_tiers_unchanged_by_per_patient_share_of_one() -> None:
    # a guard that the share multiplies the price and not the tier thresholds: an all-units
    # staffel of 40 % above 5 patients on XENPO (10 patients) with no per-patient terms:
    # every unit at 60 % of 870,000 → 40 %
    terms = Arrangement(tiers=(Tier(D(5), D(40)),), tier_mode="all_units")
    assert effective_reduction(XENPO, terms) == D(40)
    # with a unit cap of 24 of 30 (share 0.8): 0.6 × 0.8 = 0.48 → 52 %
    capped = dataclasses.replace(terms, patient_cap_units=D(24))
    assert effective_reduction(XENPO, capped) == D(52)


# --------------------------------------------------------------------------- session


def test_session_links_a_product_and_marks_a_bid_product_wide(tmp_path: Path) -> None:
    from mandaat.errors import MandaatError
    from mandaat.vault.session import BidRefused, Change, Session

    path = tmp_path / "s.mandaat"
    vault, _ = Vault.create(path, PW["MANDAAT_PASSPHRASE"])
    s = Session(vault)
    low = s.save_dossier(dataclasses.replace(ENHE, id=None, product=""))
    pos = s.save_dossier(dataclasses.replace(ENHE_POS, id=None, product=""))
    assert low.id is not None and pos.id is not None
    bid = s.add_bid(
        Bid(dt.date(2026, 3, 1), dossier_id=low.id, arrangement=Arrangement(discount_pct=D(50)))
    )
    assert bid is not None and bid.id is not None
    # no product yet: a product-wide bid is refused, nothing written
    with pytest.raises(BidRefused) as refused:
        s.set_product_wide(bid.id, True)
    assert "no_product" in {p.code for p in refused.value.problems}
    assert not s.bids()[0].arrangement.product_wide
    seen: list[Change] = []
    s.subscribe(seen.append)
    before = s.link_product([low.id, pos.id], " Enhe ")
    assert before == {low.id: "", pos.id: ""}
    assert [d.product for d in s.dossiers()] == ["Enhe", "Enhe"]
    assert seen == [Change("dossier", low.id), Change("dossier", pos.id)]
    entry = vault.audit_log()[-1]
    assert entry.action == "product_linked"  # a code, worded when shown
    assert for_language("nl").audit_entry(entry.action, entry.detail)[0] == "product gekoppeld"
    was = s.set_product_wide(bid.id, True)
    assert not was.arrangement.product_wide
    assert s.bids()[0].arrangement.product_wide
    assert seen[-1] == Change("bids", low.id)
    # unlinking while a product-wide bid needs the product is refused, nothing changed
    with pytest.raises(MandaatError) as e:
        s.link_product([low.id], "")
    assert e.value.code == "product_wide_bids"
    with pytest.raises(MandaatError) as e:  # the same through a plain dossier edit
        s.save_dossier(dataclasses.replace(s.dossier(low.id), product=""))  # type: ignore[type-var]
    assert e.value.code == "product_wide_bids"
    assert s.dossier(low.id).product == "Enhe"  # type: ignore[union-attr]
    with pytest.raises(MandaatError):
        s.link_product([low.id, 999], "X")
    assert {d.product for d in s.dossiers()} == {"Enhe"}
    # what is on disk has it (the edit was saved)
    vault.close()
    again = Vault.open(path, passphrase=PW["MANDAAT_PASSPHRASE"], read_only=True)
    try:
        assert [b.arrangement.product_wide for b in store.bids(again.db)] == [True]
        assert {d.product for d in store.dossiers(again.db)} == {"Enhe"}
    finally:
        again.close()


# --------------------------------------------------------------------------- properties

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_pct = st.integers(0, 100).map(D)
_units = st.integers(1, 60).map(D)


@settings(max_examples=60, deadline=None)
@given(discount=_pct, cap=_units, free=st.integers(0, 10).map(D), starters=_pct)
def test_per_patient_terms_never_lower_the_reduction(
    discount: D, cap: D, free: D, starters: D
) -> None:
    """A cap or free doses only take use off the payer: the effective reduction with them
    is at least that without, and at most 100 %."""
    plain = Arrangement(discount_pct=discount)
    terms = Arrangement(
        discount_pct=discount, patient_cap_units=cap, free_initial_units=free, starters_pct=starters
    )
    with_terms = effective_reduction(XENPO, terms)
    assert effective_reduction(XENPO, plain) <= with_terms <= 100


@settings(max_examples=40, deadline=None)
@given(discount=_pct, extra_years=st.integers(1, 7))
def test_back_to_list_price_never_raises_the_reduction(discount: D, extra_years: int) -> None:
    """Years at the asking price after the end dilute the reduction: over any longer
    horizon it is at most the arrangement's own, exactly 3/(3 + k) of it here."""
    t = PLAIN.advice_threshold
    assert t is not None
    bid = _bid(Arrangement(discount_pct=discount, after_end="list"))
    own = horizon_verdict(t, PLAIN, bid, 3).effective_pct
    longer = horizon_verdict(t, PLAIN, bid, 3 + extra_years).effective_pct
    assert longer <= own
    # constant volume: (3 × d) / (3 + k), exact up to the 40 digits of the engine's output
    from fractions import Fraction

    exact = Fraction(own) * 3 / (3 + extra_years)
    assert abs(Fraction(longer) - exact) < Fraction(1, 10**36)


def test_months_before_keeps_the_calendar() -> None:
    from mandaat.describe import months_before, renewal_due

    assert months_before(dt.date(2026, 8, 31), 6) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2028, 8, 31), 6) == dt.date(2028, 2, 29)  # leap year
    assert months_before(dt.date(2027, 3, 15), 6) == dt.date(2026, 9, 15)  # year back
    assert not renewal_due(None, dt.date(2026, 1, 1))
    assert renewal_due(dt.date(2026, 8, 31), dt.date(2026, 2, 28))
    assert not renewal_due(dt.date(2026, 8, 31), dt.date(2026, 2, 27))


def test_bid_problems_say_what_the_dossier_price_cannot_carry() -> None:
    per_year = Dossier(brand="Jaarprijs", asking_price=D(100000), expected_patients=D(5))
    bid = Bid(
        dt.date(2026, 1, 1),
        arrangement=Arrangement(
            patient_cap_units=D(10), patient_cap_months=D(12), treatment_months=D(24)
        ),
    )
    found = {(p.field, p.code) for p in bid_problems(bid, per_year)}
    assert ("patient_cap_units", "patient_units_need_units") in found
    assert ("patient_cap_months", "duration_cap_per_year") in found
    assert not {p.code for p in bid_problems(bid, XENPO)} & {
        "patient_units_need_units",
        "duration_cap_per_year",
    }
