"""The mandate engine on the public figures of the seeds, with fictitious bids.

Every expected number is worked out by hand in the comment beside it (and in
docs/mandate.md).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal as D
from fractions import Fraction as F

import pytest

from mandaat.engine import (
    EngineError,
    assess,
    check_rows,
    effective_reduction,
    evaluate,
    expected_patients,
    mandate_weaker_than_advice,
    max_net_price_per_patient,
    min_cap,
    present,
    price_per_patient,
    reference_value_for_burden,
    required_reduction_from_ce,
    scenarios,
    verdict_rank,
)
from mandaat.model import (
    FIELD_CLASSES,
    Arrangement,
    Bid,
    Confidentiality,
    Dossier,
    Party,
    Person,
    Phase,
    PriceBasis,
    Threshold,
    Tier,
    field_class,
)
from mandaat.thresholds import parse_threshold

ENHERTU = Dossier(
    id=1,
    brand="Enhertu",
    substance="trastuzumab deruxtecan",
    indication="HER2-low gevorderde borstkanker",
    sluis_date=dt.date(2021, 2, 11),
    stcrt_ref="Stcrt. 2021 nr. 7360",
    advice_date=dt.date(2025, 5, 28),
    asking_price=D(104000),
    budget_impact_y3=D(46000000),
    advice_text="de vraagprijs met fors meer dan 68% moet dalen",
    advice_threshold=parse_threshold("de vraagprijs met fors meer dan 68% moet dalen"),
)
CARVYKTI = Dossier(
    id=2,
    brand="Carvykti",
    substance="ciltacabtagene autoleucel",
    indication="multipel myeloom na drie eerdere behandelingen",
    price_basis=PriceBasis.PER_TREATMENT,
    asking_price=D(460000),
    budget_impact_y3=D(64000000),
    advice_threshold=parse_threshold(
        "de vraagprijs met minstens 35% tot 55% moet dalen, afhankelijk van vertrouwelijke "
        "kortingen op andere middelen"
    ),
)
XENPOZYME = Dossier(
    id=3,
    brand="Xenpozyme",
    substance="olipudase alfa",
    indication="ASMD",
    asking_price=D(890000),
    budget_impact_y3=D(14000000),
    advice_threshold=parse_threshold("de vraagprijs met ten minste 92% moet dalen"),
)


def bid(dossier: Dossier, arrangement: Arrangement, **kw: object) -> Bid:
    fields: dict[str, object] = {"date": dt.date(2025, 9, 1), "dossier_id": dossier.id}
    fields.update(kw)
    return Bid(arrangement=arrangement, **fields)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- volumes


def test_expected_patients_from_budget_impact() -> None:
    # 46,000,000 / 104,000 = 5750/13 = 442.307692…
    n = expected_patients(ENHERTU)
    assert n is not None and n.quantize(D("1e-12")) == D("442.307692307692")
    # 64,000,000 / 460,000 = 3200/23 = 139.13…
    assert present(expected_patients(CARVYKTI)) == D("139.13")  # type: ignore[arg-type]
    # 14,000,000 / 890,000 = 1400/89 = 15.73…
    assert present(expected_patients(XENPOZYME)) == D("15.73")  # type: ignore[arg-type]
    assert expected_patients(dataclasses.replace(ENHERTU, expected_patients=D(400))) == D(400)


def test_list_spend_per_year_is_the_budget_impact() -> None:
    s = scenarios(ENHERTU, Arrangement(discount_pct=D(10)))
    assert [y.list_spend for y in s["expected"].years] == [D(46000000)] * 3
    assert s["expected"].list_total == D(138000000)
    assert s["low"].list_total == D(103500000)  # × 0.75
    assert s["high"].list_total == D(172500000)  # × 1.25
    assert s["expected"].net_total == D(124200000)  # 0.9 × 138m


def test_per_unit_price() -> None:
    d = Dossier(brand="X", asking_price=D(2500), price_basis=PriceBasis.PER_UNIT)
    with pytest.raises(EngineError) as info:
        price_per_patient(d)
    assert info.value.code == "no_units"
    d = dataclasses.replace(d, units_per_patient=D(40), budget_impact_y3=D(1000000))
    assert price_per_patient(d) == D(100000)
    assert expected_patients(d) == D(10)


# --------------------------------------------------------------------------- Enhertu


def test_enhertu_discount_bid_fails() -> None:
    a = assess(ENHERTU, bid(ENHERTU, Arrangement(discount_pct=D(65))))
    v = a.mandate
    assert v is not None and v.code == "fails"
    assert v.effective_pct == D(65) and v.margin_pp == D(-3)
    # list 3 × 46m = 138m; net 0.35 × 138m = 48.3m; allowed at 68 %: 0.32 × 138m = 44.16m;
    # strictly more than 68 %: one cent more -> 4,140,000.01; per year 1,380,000.0033 -> up
    assert v.gap_eur_total == D("4140000.01")
    assert v.gap_eur_per_year == D("1380000.01")
    assert a.advice == v and a.mandate_is_advice


def test_enhertu_net_price_bid_meets_the_number_but_fors_asks_judgement() -> None:
    a = assess(ENHERTU, bid(ENHERTU, Arrangement(net_price_per_patient=D(30000))))
    v = a.mandate
    assert v is not None
    # 1 − 30,000/104,000 = 74/104 = 71.153846… %
    assert v.effective_pct.quantize(D("1e-12")) == D("71.153846153846")
    assert present(v.effective_pct) == D("71.15")
    assert v.code == "judgement" and v.reason == "substantially"
    assert v.gap_eur_total == D(0)
    # with an explicit margin for "fors" of 3 pp the bid meets, of 5 pp it stays judgement
    t = ENHERTU.advice_threshold
    assert t is not None
    arr = Arrangement(net_price_per_patient=D(30000))
    assert evaluate(t, ENHERTU, arr, substantial_margin_pp=D(3)).code == "meets"
    assert evaluate(t, ENHERTU, arr, substantial_margin_pp=D(5)).code == "judgement"


def test_enhertu_cap_bid_depends_on_volume() -> None:
    a = assess(ENHERTU, bid(ENHERTU, Arrangement(discount_pct=D(60), annual_cap=D(14000000))))
    v = a.mandate
    assert v is not None
    # low: list 34.5m/yr, net 0.4 × 34.5m = 13.8m < cap -> 60 %
    # expected: list 46m, net 18.4m capped at 14m -> 1 − 14/46 = 69.565… %
    # high: list 57.5m, net 23m capped at 14m -> 1 − 14/57.5 = 75.652… %
    assert v.scenarios["low"] == D(60)
    assert present(v.scenarios["expected"]) == D("69.57")
    assert present(v.scenarios["high"]) == D("75.65")
    assert v.scenario_codes == {"low": "fails", "expected": "meets", "high": "meets"}
    assert v.code == "depends" and v.reason == "scenarios_differ"
    assert v.gap_eur_total == D(0)  # the expected scenario meets


def test_enhertu_boundary_68_does_not_meet_more_than_68() -> None:
    t = Threshold("more_than", D(68))
    assert evaluate(t, ENHERTU, Arrangement(discount_pct=D("68.00"))).code == "fails"
    assert evaluate(t, ENHERTU, Arrangement(discount_pct=D("68.01"))).code == "meets"
    # and by a cap exactly at 32 % of the list spend (all scenarios the same volume)
    flat = {"expected": D(1)}
    cap = Arrangement(annual_cap=D(46000000) * D("0.32"))
    v = evaluate(t, ENHERTU, cap, factors=flat)
    assert v.effective_pct == D(68) and v.code == "fails"
    assert v.gap_eur_total == D("0.01")
    # read as ≥ by hand, the same bid meets
    assert evaluate(t.with_strictness("at_least"), ENHERTU, cap, factors=flat).code == "meets"


# --------------------------------------------------------------------------- Carvykti


def test_carvykti_discount_bid_in_the_range_depends() -> None:
    v = assess(CARVYKTI, bid(CARVYKTI, Arrangement(discount_pct=D(40)))).mandate
    assert v is not None
    assert v.code == "depends" and v.reason == "in_range"
    # every distance names its bound: 35 % is met (+5 pp, no gap); 55 % is not
    low, high = v.bounds
    assert (low.pct, low.met, low.margin_pp, low.gap_total) == (D(35), True, D(5), D(0))
    # to reach 55 %: net 0.60 × 192m = 115.2m, allowed 0.45 × 192m = 86.4m -> 28.8m
    assert (high.pct, high.met, high.margin_pp) == (D(55), False, D(-15))
    assert high.gap_total == D("28800000.00") and high.gap_per_year == D("9600000.00")
    # the top-level figures are all measured to the same bound: the nearest one not met
    assert v.bound == high
    assert (v.margin_pp, v.gap_eur_total, v.gap_eur_per_year) == (
        D(-15),
        D("28800000.00"),
        D("9600000.00"),
    )


def test_carvykti_net_price_bid_meets() -> None:
    v = assess(CARVYKTI, bid(CARVYKTI, Arrangement(net_price_per_patient=D(200000)))).mandate
    assert v is not None
    # 1 − 200/460 = 26/46 = 56.52 % >= 55
    assert present(v.effective_pct) == D("56.52")
    assert v.code == "meets" and v.gap_eur_total == D(0)


def test_carvykti_cap_bid_meets_in_all_scenarios() -> None:
    v = assess(CARVYKTI, bid(CARVYKTI, Arrangement(annual_cap=D(20000000)))).mandate
    assert v is not None
    # low 1 − 20/48 = 58.33; expected 1 − 20/64 = 68.75; high 1 − 20/80 = 75
    assert {k: present(x) for k, x in v.scenarios.items()} == {
        "low": D("58.33"),
        "expected": D("68.75"),
        "high": D("75.00"),
    }
    assert v.code == "meets"


def test_range_boundaries() -> None:
    t = Threshold("range", D(35), D(55))
    assert evaluate(t, CARVYKTI, Arrangement(discount_pct=D("34.99"))).code == "fails"
    assert evaluate(t, CARVYKTI, Arrangement(discount_pct=D(35))).code == "depends"
    assert evaluate(t, CARVYKTI, Arrangement(discount_pct=D("54.99"))).code == "depends"
    assert evaluate(t, CARVYKTI, Arrangement(discount_pct=D(55))).code == "meets"


def test_approximately_tolerance() -> None:
    t = Threshold("approximately", D(35))  # default tolerance 2.5 pp
    code = {
        x: evaluate(t, CARVYKTI, Arrangement(discount_pct=D(x))).code
        for x in ("32.49", "32.5", "35", "37.5", "37.51")
    }
    # "about 35 %": met from 35; within the tolerance below it depends; below that fails
    assert code == {
        "32.49": "fails",
        "32.5": "depends",
        "35": "meets",
        "37.5": "meets",
        "37.51": "meets",
    }
    assert evaluate(t, CARVYKTI, Arrangement(discount_pct=D("34.99"))).reason == (
        "within_tolerance"
    )


# --------------------------------------------------------------------------- Xenpozyme


def test_xenpozyme_discount_92_meets_at_least_92() -> None:
    v = assess(XENPOZYME, bid(XENPOZYME, Arrangement(discount_pct=D("92.00")))).mandate
    assert v is not None
    assert v.effective_pct == D(92) and v.margin_pp == D(0)
    assert v.code == "meets" and v.gap_eur_total == D(0)
    v = assess(XENPOZYME, bid(XENPOZYME, Arrangement(discount_pct=D("91.99")))).mandate
    assert v is not None and v.code == "fails"


def test_xenpozyme_net_price_bid_fails() -> None:
    v = assess(XENPOZYME, bid(XENPOZYME, Arrangement(net_price_per_patient=D(75000)))).mandate
    assert v is not None
    # 1 − 75/890 = 815/890 = 91.573… %
    assert present(v.effective_pct) == D("91.57")
    assert v.code == "fails"
    # per patient 75,000 − 0.08 × 890,000 = 3,800 more; × 1400/89 patients × 3 years
    exact = F(3800) * F(1400, 89) * 3  # 179,325.842…
    assert v.gap_eur_total == D("179325.85")  # rounded up to the cent
    assert float(exact) == pytest.approx(179325.8427, abs=1e-3)
    assert v.gap_eur_per_year == D("59775.29")  # 59,775.2809 up


def test_xenpozyme_cap_bid_meets_only_at_expected_volume() -> None:
    v = assess(XENPOZYME, bid(XENPOZYME, Arrangement(annual_cap=D(1120000)))).mandate
    assert v is not None
    # cap = 8 % of 14m; low 1 − 1.12/10.5 = 89.33; expected 92; high 1 − 1.12/17.5 = 93.6
    assert v.scenarios["expected"] == D(92)
    assert present(v.scenarios["low"]) == D("89.33")
    assert v.scenarios["high"] == D("93.6")
    assert v.code == "depends"


# --------------------------------------------------------------------------- arrangement


def test_list_price_cut_then_discount() -> None:
    # 20 % public cut, then 50 % on the cut price: 1 − 0.8 × 0.5 = 60 %
    arr = Arrangement(list_price_cut_pct=D(20), discount_pct=D(50))
    assert effective_reduction(ENHERTU, arr) == D(60)


def test_marginal_volume_tiers() -> None:
    d = Dossier(brand="T", asking_price=D(1000), expected_patients=D(300))
    arr = Arrangement(tiers=(Tier(D(200), D(50)), Tier(D(100), D(20))), tier_basis="volume")
    # patients 0–100 at 0 %, 100–200 at 20 %, 200–300 at 50 %:
    # net = 1000 × (100 + 80 + 50) = 230,000 of 300,000 -> 23.33 % reduction
    flat = {"expected": D(1)}
    assert present(effective_reduction(d, arr, factors=flat)) == D("23.33")
    s = scenarios(d, arr, factors=flat)["expected"]
    assert s.years[0].net_spend == D(230000)
    assert present(s.effective_pct) == D("23.33")


def test_marginal_spend_tiers_on_top_of_discount() -> None:
    d = Dossier(brand="T", asking_price=D(1000), expected_patients=D(100))  # list 100,000/yr
    arr = Arrangement(
        discount_pct=D(10), tiers=(Tier(D(50000), D(50)),), tier_basis="spend", annual_cap=None
    )
    # 0.9 × 100,000 = 90,000 before tiers; the part of list spend above 50,000 (half) gets
    # 50 % more: 45,000 + 22,500 = 67,500 -> 32.5 %
    s = scenarios(d, arr, factors={"expected": D(1)})["expected"]
    assert s.years[0].net_spend == D(67500)
    assert s.effective_pct == D("32.5")


def test_pay_for_performance() -> None:
    # refund 100 % for the 30 % non-responders on top of a 50 % discount:
    # 0.5 × (1 − 1 × 0.3) = 0.35 -> 65 %
    arr = Arrangement(
        discount_pct=D(50), p4p_refund_share_pct=D(100), p4p_nonresponse_rate_pct=D(30)
    )
    assert effective_reduction(ENHERTU, arr) == D(65)


def test_growth_is_anchored_on_year_three() -> None:
    # ZIN's volume (100) is that of year 3; years 1 and 2 lie before it on the curve
    d = Dossier(brand="G", asking_price=D(1000), expected_patients=D(100))
    s = scenarios(d, Arrangement(annual_cap=D(90000)), growth_pct=D(10))["expected"]
    p1, p2, p3 = (y.patients for y in s.years)
    assert p3 == D(100) and present(p2) == D("90.91") and present(p1) == D("82.64")
    # list 10m/121 + 1m/11 + 100k = 33.1m/121; net 10m/121 + 90k + 90k = 31.78m/121
    # -> 1 − 31.78/33.1 = 1.32/33.1 = 3.9879… %
    assert present(s.effective_pct) == D("3.99")
    # a five-year arrangement continues the curve after year 3
    five = scenarios(d, Arrangement(discount_pct=D(10)), duration_years=5, growth_pct=D(10))
    assert [present(y.patients) for y in five["expected"].years][2:] == [
        D(100),
        D(110),
        D(121),
    ]


def test_net_price_above_asking_price_is_a_price_increase() -> None:
    # never clamped to 0 %: the engine says what the figure means
    arr = Arrangement(net_price_per_patient=D(200000))
    e = effective_reduction(ENHERTU, arr)
    assert e < 0 and present(e) == D("-92.31")


def test_empty_arrangement_fails() -> None:
    assert Arrangement().is_empty()
    assert not Arrangement(annual_cap=D(1)).is_empty()
    v = assess(ENHERTU, bid(ENHERTU, Arrangement())).mandate
    assert v is not None and v.code == "fails" and v.effective_pct == D(0)


def test_volume_needed_only_for_caps_and_tiers() -> None:
    d = Dossier(brand="V", asking_price=D(1000))
    assert effective_reduction(d, Arrangement(discount_pct=D(30))) == D(30)
    with pytest.raises(EngineError) as info:
        effective_reduction(d, Arrangement(annual_cap=D(500)))
    assert info.value.code == "no_volume"
    with pytest.raises(EngineError) as info:
        effective_reduction(Dossier(brand="Y"), Arrangement(discount_pct=D(1)))
    assert info.value.code == "no_asking_price"
    assert "vraagprijs" in info.value.message


def test_duration_and_end_date() -> None:
    b = bid(ENHERTU, Arrangement(), start_date=dt.date(2026, 1, 1))
    assert b.duration_years == 3 and b.end_date == dt.date(2028, 12, 31)
    b = bid(ENHERTU, Arrangement(), start_date=dt.date(2024, 2, 29), duration_years=4)
    assert b.end_date == dt.date(2028, 2, 28)
    assert bid(ENHERTU, Arrangement()).end_date is None
    s = scenarios(ENHERTU, Arrangement(discount_pct=D(1)), duration_years=4)
    assert len(s["expected"].years) == 4


# --------------------------------------------------------------------------- judgement


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("qualitative", "no_number"),
        ("comparator_net_price", "comparator"),
        ("cost_neutral", "comparator"),
        ("cost_saving", "comparator"),
        ("parity", "comparator"),
    ],
)
def test_judgement_kinds(kind: str, reason: str) -> None:
    v = evaluate(Threshold(kind), ENHERTU, Arrangement(discount_pct=D(99)))
    assert v.code == "judgement" and v.reason == reason
    assert v.margin_pp is None and v.gap_eur_total is None
    assert v.effective_pct == D(99)


def test_verdict_rank() -> None:
    assert [verdict_rank(c) for c in ("fails", "depends", "judgement", "meets")] == [0, 1, 2, 3]


# --------------------------------------------------------------------------- mandate


def test_mandate_defaults_to_advice_and_can_be_stricter() -> None:
    assert not mandate_weaker_than_advice(ENHERTU)
    stricter = dataclasses.replace(ENHERTU, mandate_threshold=Threshold("at_least", D(75)))
    assert not mandate_weaker_than_advice(stricter)
    a = assess(stricter, bid(stricter, Arrangement(discount_pct=D(72))))
    assert a.mandate is not None and a.advice is not None
    assert a.mandate.code == "fails" and a.advice.code == "judgement"
    assert not a.mandate_is_advice


@pytest.mark.parametrize(
    ("advice", "mandate", "weaker"),
    [
        (Threshold("more_than", D(68), substantially=True), Threshold("more_than", D(68)), True),
        (Threshold("more_than", D(68)), Threshold("at_least", D(68)), True),
        (Threshold("more_than", D(68)), Threshold("more_than", D(68)), False),
        (Threshold("at_least", D(92)), Threshold("at_least", D(90)), True),
        (Threshold("at_least", D(92)), Threshold("more_than", D(92)), False),
        (Threshold("at_least", D(92)), Threshold("qualitative"), True),
        (Threshold("range", D(35), D(55)), Threshold("at_least", D(40)), False),
        (Threshold("range", D(35), D(55)), Threshold("at_least", D(30)), True),
        (Threshold("qualitative"), Threshold("at_least", D(1)), False),
        (Threshold("approximately", D(35)), Threshold("at_least", D("32.5")), False),
        (Threshold("approximately", D(35)), Threshold("at_least", D(32)), True),
    ],
)
def test_mandate_weaker_than_advice(advice: Threshold, mandate: Threshold, weaker: bool) -> None:
    d = dataclasses.replace(ENHERTU, advice_threshold=advice, mandate_threshold=mandate)
    assert mandate_weaker_than_advice(d) is weaker


# --------------------------------------------------------------------------- reverse


def test_max_net_price_per_patient() -> None:
    # Xenpozyme ≥ 92 %: 0.08 × 890,000 = 71,200.00 exactly, and it meets
    assert max_net_price_per_patient(XENPOZYME, XENPOZYME.advice_threshold) == D("71200.00")  # type: ignore[arg-type]
    v = evaluate(
        XENPOZYME.advice_threshold,  # type: ignore[arg-type]
        XENPOZYME,
        Arrangement(net_price_per_patient=D("71200.00")),
    )
    assert v.code == "meets"
    # Enhertu > 68 %: 0.32 × 104,000 = 33,280 exactly -> one cent less
    assert max_net_price_per_patient(ENHERTU, Threshold("more_than", D(68))) == D("33279.99")
    # Carvykti range: its upper end 55 %: 0.45 × 460,000 = 207,000
    assert max_net_price_per_patient(CARVYKTI, CARVYKTI.advice_threshold) == D("207000.00")  # type: ignore[arg-type]
    assert max_net_price_per_patient(ENHERTU, Threshold("qualitative")) is None
    assert max_net_price_per_patient(ENHERTU, Threshold("more_than", D(100))) is None


def test_min_cap() -> None:
    # Xenpozyme ≥ 92 % at expected volume: 0.08 × 14m = 1,120,000
    assert min_cap(XENPOZYME, XENPOZYME.advice_threshold) == D("1120000.00")  # type: ignore[arg-type]
    # Enhertu > 68 %: 0.32 × 46m = 14,720,000 -> one cent less
    assert min_cap(ENHERTU, Threshold("more_than", D(68))) == D("14719999.99")
    # in the low scenario (34.5m list/yr): 0.32 × 34.5m = 11,040,000 -> 11,039,999.99
    assert min_cap(ENHERTU, Threshold("more_than", D(68)), scenario="low") == D("11039999.99")
    # on top of a 60 % discount: net before cap 18.4m; cap must be ≤ 14,719,999.99 still
    base = Arrangement(discount_pct=D(60))
    assert min_cap(ENHERTU, Threshold("more_than", D(68)), base=base) == D("14719999.99")
    # a base that already meets: the cap does not need to bind (largest yearly net)
    base = Arrangement(discount_pct=D(80))
    assert min_cap(ENHERTU, Threshold("more_than", D(68)), base=base) == D("9200000.00")
    assert min_cap(ENHERTU, Threshold("parity")) is None


def test_min_cap_with_growth_solves_piecewise() -> None:
    d = Dossier(brand="G", asking_price=D(1000), expected_patients=D(100))
    # year 3 = 100 patients: list 10m/121, 1m/11, 100k (Σ 33.1m/121 = 273,553.72);
    # ≥ 10 % -> Σ min(N_y, C) ≤ 29.79m/121; below the smallest year: 3C -> C = 82,066.11
    cap = min_cap(d, Threshold("at_least", D(10)), growth_pct=D(10))
    assert cap == D("82066.11")
    v = evaluate(Threshold("at_least", D(10)), d, Arrangement(annual_cap=cap), growth_pct=D(10))
    assert v.scenario_codes["expected"] == "meets"
    # with a high target the cap lies between the yearly values:
    # ≥ 5 % -> Σ ≤ 31.445m/121: 10m/121 + 2C -> C = 21.445m/242 = 88,615.70…
    assert min_cap(d, Threshold("at_least", D(5)), growth_pct=D(10)) == D("88615.70")


# --------------------------------------------------------------------------- CE


def test_required_reduction_from_ce() -> None:
    # ΔC 100,000, ΔQALY 1, ref 80,000, drug cost 50,000 -> (100k − 80k) / 50k = 40 %
    assert required_reduction_from_ce(D(100000), D(1), D(80000), D(50000)) == D(40)
    # not simply 1 − ref/ICER: ICER 134k, ref 80k gives 40.3 %, but with only
    # 126k of the 134k extra cost being drug cost the reduction is 42.86 %
    r = required_reduction_from_ce(D(134000), D(1), D(80000), D(126000))
    assert present(r) == D("42.86")
    assert required_reduction_from_ce(D(10000), D(1), D(20000), D(5000)) == D(-200)
    with pytest.raises(ValueError):
        required_reduction_from_ce(D(1), D(1), D(1), D(0))


@pytest.mark.parametrize(
    ("burden", "value"),
    [
        ("0.10", 20000),
        ("0.40", 20000),
        ("0.41", 50000),
        ("0.70", 50000),
        ("0.71", 80000),
        ("1.00", 80000),
    ],
)
def test_reference_value_for_burden(burden: str, value: int) -> None:
    assert reference_value_for_burden(D(burden)) == D(value)


def test_reference_value_out_of_range() -> None:
    for burden in ("0.09", "1.01"):
        with pytest.raises(EngineError):
            reference_value_for_burden(D(burden))


# --------------------------------------------------------------------------- rows


def test_check_rows_contract() -> None:
    bids = [
        bid(XENPOZYME, Arrangement(discount_pct=D(92)), id=3, round=1),
        bid(ENHERTU, Arrangement(discount_pct=D(65)), id=2, round=2, date=dt.date(2025, 10, 1)),
        bid(ENHERTU, Arrangement(discount_pct=D(60), annual_cap=D(14000000)), id=1),
        bid(CARVYKTI, Arrangement(net_price_per_patient=D(200000)), id=4, party=Party.VWS),
    ]
    rows = check_rows([ENHERTU, CARVYKTI, XENPOZYME], bids)
    json.dumps(rows)  # JSON-ready
    assert [(r["drug"], r["round"]) for r in rows] == [
        ("Carvykti", 1),
        ("Enhertu", 1),
        ("Enhertu", 2),
        ("Xenpozyme", 1),
    ]
    cap_row = rows[1]
    for key in ("drug", "indication", "date", "round", "effective_reduction", "verdict"):
        assert key in cap_row
    assert cap_row["date"] == "2025-09-01"
    assert cap_row["effective_reduction"] == 69.57
    assert cap_row["verdict"] == "depends"
    assert cap_row["margin_pp"] == 1.57
    assert cap_row["scenarios"] == {"low": 60, "expected": 69.57, "high": 75.65}
    assert rows[2]["verdict"] == "fails" and rows[2]["margin_pp"] == -3
    assert rows[2]["gap_eur_total"] == 4140000.01
    assert rows[3]["verdict"] == "meets" and rows[3]["effective_reduction"] == 92
    assert isinstance(rows[3]["effective_reduction"], int)
    assert rows[0]["party"] == "vws" and rows[0]["verdict"] == "meets"


def test_check_rows_errors() -> None:
    no_price = Dossier(id=9, brand="Leeg", advice_threshold=Threshold("at_least", D(10)))
    rows = check_rows([no_price], [bid(no_price, Arrangement(discount_pct=D(5)))])
    assert rows[0]["error"] == "no_asking_price" and rows[0]["verdict"] is None
    with pytest.raises(EngineError) as info:
        check_rows([], [bid(ENHERTU, Arrangement())])
    assert info.value.code == "unknown_dossier"


# --------------------------------------------------------------------------- model


def _dataclass_fields(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


def test_every_field_has_a_class() -> None:
    for entity, cls in (
        ("dossier", Dossier),
        ("bid", Bid),
        ("arrangement", Arrangement),
        ("person", Person),
    ):
        for name in _dataclass_fields(cls):
            assert isinstance(field_class(entity, name), Confidentiality), (entity, name)
    assert field_class("dossier", "mandate_threshold") is Confidentiality.STATE
    assert field_class("dossier", "advice_threshold") is Confidentiality.PUBLIC
    assert field_class("bid", "arrangement") is Confidentiality.BUSINESS
    assert field_class("bid", "note") is Confidentiality.OPINION
    assert field_class("person", "email") is Confidentiality.PERSONAL
    assert field_class("dossier", "people") is Confidentiality.PERSONAL
    assert all(isinstance(v, Confidentiality) for v in FIELD_CLASSES.values())
    with pytest.raises(KeyError):
        field_class("dossier", "no_such_field")


def test_enum_values() -> None:
    assert Confidentiality.STATE.value == "state_financial"
    assert Confidentiality.OPINION.value == "internal_opinion"
    assert Phase.SLUIS_GECONTINUEERD.value == "sluis_gecontinueerd"
    assert Party.SUPPLIER.value == "leverancier"
    assert PriceBasis.PER_UNIT.value == "per_unit"


def test_a_depends_never_hides_a_failing_scenarios_gap() -> None:
    # cap € 1.12 m = 8 % of the expected € 14 m: expected meets (no gap), low fails
    v = assess(XENPOZYME, bid(XENPOZYME, Arrangement(annual_cap=D(1120000)))).mandate
    assert v is not None
    assert v.code == "depends" and v.reason == "scenarios_differ"
    assert v.gap_eur_per_year == 0
    w = v.failing_worst
    assert w is not None and w.scenario == "low" and not w.bound.met
    # low: list € 10.5 m a year, 8 % allowed = € 840,000; the cap gives € 1.12 m -> € 280,000
    assert w.bound.gap_per_year == D("280000.00")
    met = assess(XENPOZYME, bid(XENPOZYME, Arrangement(discount_pct=D(95)))).mandate
    assert met is not None and met.failing_worst is None
