"""Properties of the engine and the parser, checked with hypothesis."""

from __future__ import annotations

import dataclasses
from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from mandaat.engine import (
    effective_reduction,
    evaluate,
    max_net_price_per_patient,
    min_cap,
    scenarios,
    verdict_rank,
)
from mandaat.model import Arrangement, Dossier, Threshold, Tier
from mandaat.thresholds import format_threshold, parse_threshold

PCT = st.decimals(min_value=0, max_value=100, places=2)
SMALL_PCT = st.decimals(min_value=0, max_value=60, places=2)
EUR = st.decimals(min_value=1000, max_value=2_000_000, places=2)


@st.composite
def dossiers(draw: st.DrawFn) -> Dossier:
    price = draw(EUR)
    patients = draw(st.decimals(min_value=1, max_value=2000, places=2))
    growth = draw(st.none() | st.decimals(min_value=-20, max_value=30, places=1))
    return Dossier(
        brand="P",
        asking_price=price,
        budget_impact_y3=price * patients,
        growth_pct_per_year=growth,
    )


@st.composite
def thresholds(draw: st.DrawFn, numeric_only: bool = False) -> Threshold:
    kinds = ["at_least", "more_than", "approximately", "range"]
    if not numeric_only:
        kinds += ["qualitative", "comparator_net_price", "cost_neutral", "cost_saving", "parity"]
    kind = draw(st.sampled_from(kinds))
    if kind in ("comparator_net_price", "cost_neutral", "cost_saving", "parity"):
        return Threshold(kind)
    substantially = draw(st.booleans())
    if kind == "qualitative":
        return Threshold(kind, substantially=substantially)
    if kind == "range":
        a = draw(st.decimals(min_value=0, max_value=99, places=2))
        b = draw(st.decimals(min_value=a + D("0.01"), max_value=100, places=2))
        return Threshold(kind, a, b, substantially=substantially)
    return Threshold(kind, draw(PCT), substantially=substantially)


@st.composite
def arrangements(draw: st.DrawFn) -> Arrangement:
    tiers = draw(
        st.lists(
            st.builds(
                Tier,
                threshold=st.decimals(min_value=0, max_value=5_000_000, places=0),
                discount_pct=SMALL_PCT,
            ),
            max_size=3,
        )
    )
    p4p = draw(st.booleans())
    return Arrangement(
        discount_pct=draw(st.none() | PCT),
        net_price_per_patient=draw(st.none() | st.decimals(min_value=0, max_value=3_000_000)),
        list_price_cut_pct=draw(st.none() | SMALL_PCT),
        tiers=tuple(tiers),
        tier_basis=draw(st.sampled_from(["volume", "spend"])),
        annual_cap=draw(st.none() | st.decimals(min_value=0, max_value=500_000_000, places=2)),
        p4p_refund_share_pct=draw(PCT) if p4p else None,
        p4p_nonresponse_rate_pct=draw(PCT) if p4p else None,
    )


@settings(max_examples=150, deadline=None)
@given(dossiers(), arrangements(), thresholds(), PCT, PCT, st.integers(1, 5))
def test_larger_discount_never_worsens_the_verdict(
    dossier: Dossier, arr: Arrangement, t: Threshold, d1: D, d2: D, years: int
) -> None:
    low, high = sorted((d1, d2))
    worse = evaluate(t, dossier, dataclasses.replace(arr, discount_pct=low), duration_years=years)
    better = evaluate(t, dossier, dataclasses.replace(arr, discount_pct=high), duration_years=years)
    assert verdict_rank(better.code) >= verdict_rank(worse.code)
    assert better.effective_pct >= worse.effective_pct
    # the distance to each bound never grows (the bound the top-level gap names may move
    # from the lower to the upper end of a range once the lower one is met)
    for b, w in zip(better.bounds, worse.bounds, strict=True):
        assert b.pct == w.pct
        assert b.gap_total <= w.gap_total
        assert b.met or not w.met


@settings(max_examples=150, deadline=None)
@given(dossiers(), arrangements(), st.decimals(min_value=0, max_value=500_000_000, places=2))
def test_a_cap_never_raises_net_spend(dossier: Dossier, arr: Arrangement, cap: D) -> None:
    without = scenarios(dossier, dataclasses.replace(arr, annual_cap=None))
    capped = scenarios(dossier, dataclasses.replace(arr, annual_cap=cap))
    for name in without:
        for a, b in zip(without[name].years, capped[name].years, strict=True):
            assert b.net_spend <= a.net_spend
            assert b.net_spend <= cap
        assert capped[name].net_total <= without[name].net_total
        assert capped[name].effective_pct >= without[name].effective_pct


@settings(max_examples=150, deadline=None)
@given(dossiers(), arrangements(), st.integers(1, 6))
def test_effective_reduction_at_most_100_and_negative_only_for_a_price_increase(
    dossier: Dossier, arr: Arrangement, years: int
) -> None:
    for result in scenarios(dossier, arr, duration_years=years).values():
        assert result.effective_pct <= D(100)
        assert all(y.net_spend >= 0 for y in result.years)
        if result.effective_pct < 0:  # never clamped: only a net price above the asking price
            assert result.net_total > result.list_total
            assert arr.net_price_per_patient is not None


@settings(max_examples=300, deadline=None)
@given(thresholds())
def test_parse_format_round_trips(t: Threshold) -> None:
    back = parse_threshold(format_threshold(t))
    assert (back.kind, back.low, back.high, back.substantially) == (
        t.kind,
        t.low,
        t.high,
        t.substantially,
    )


@settings(max_examples=150, deadline=None)
@given(dossiers(), thresholds(numeric_only=True))
def test_max_net_price_meets_and_one_cent_more_does_not(dossier: Dossier, t: Threshold) -> None:
    price = max_net_price_per_patient(dossier, t)
    if price is None:
        return
    ok = evaluate(t, dossier, Arrangement(net_price_per_patient=price))
    assert ok.scenario_codes["expected"] == "meets"
    more = evaluate(t, dossier, Arrangement(net_price_per_patient=price + D("0.01")))
    if price + D("0.01") <= dossier.asking_price:  # type: ignore[operator]
        assert more.scenario_codes["expected"] != "meets"


@settings(max_examples=150, deadline=None)
@given(dossiers(), thresholds(numeric_only=True), st.none() | SMALL_PCT)
def test_min_cap_meets_and_one_cent_more_does_not(
    dossier: Dossier, t: Threshold, discount: D | None
) -> None:
    base = Arrangement(discount_pct=discount)
    cap = min_cap(dossier, t, base=base)
    if cap is None:
        return
    with_cap = dataclasses.replace(base, annual_cap=cap)
    assert evaluate(t, dossier, with_cap).scenario_codes["expected"] == "meets"
    looser = dataclasses.replace(base, annual_cap=cap + D("0.01"))
    if evaluate(t, dossier, base).scenario_codes["expected"] != "meets":
        assert evaluate(t, dossier, looser).scenario_codes["expected"] != "meets"


@settings(max_examples=100, deadline=None)
@given(dossiers(), PCT)
def test_pure_discount_is_volume_free(dossier: Dossier, discount: D) -> None:
    arr = Arrangement(discount_pct=discount)
    for name in ("low", "expected", "high"):
        assert effective_reduction(dossier, arr, scenario=name) == discount


WORDS = st.sampled_from(
    [
        "de",
        "vraagprijs",
        "moet",
        "met",
        "ten minste",
        "meer dan",
        "ongeveer",
        "fors",
        "tot",
        "tussen",
        "en",
        "dalen",
        "omlaag",
        "prijs",
        "%",
        "procent",
        "80.000",
        "euro",
        "per QALY",
        "2025",
        "de helft",
        "driekwart",
        "patiënten",
        "-",
        "12,5",
        "35",
        "55",
        "68",
        "92",
        "at least",
        "more than",
        "about",
        "niet hoger dan",
        "kostenneutraal",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=14).map(" ".join) | st.text(max_size=80))
def test_parser_never_crashes(text: str) -> None:
    from mandaat.thresholds import ThresholdError

    try:
        t = parse_threshold(text)
    except ThresholdError as exc:
        assert exc.code in ("no_reduction", "empty", "out_of_range", "ambiguous")
        return
    if t.low is not None:
        assert D(0) <= t.low <= D(100)
    if t.high is not None:
        assert t.low is not None and t.low < t.high <= D(100)
