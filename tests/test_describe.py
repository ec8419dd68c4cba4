"""Short descriptions, verdict words and input checks for bids (Qt-free)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from mandaat import demo, describe, engine
from mandaat.model import Arrangement, Bid, Party, Tier


def test_describe_arrangement_blocks_in_engine_order() -> None:
    assert describe.describe_arrangement(Arrangement(discount_pct=D("45"))) == "korting 45%"
    assert (
        describe.describe_arrangement(Arrangement(net_price_per_patient=D("34000")))
        == "nettoprijs € 34.000 p.p."
    )
    text = describe.describe_arrangement(
        Arrangement(
            list_price_cut_pct=D("10"),
            discount_pct=D("5.5"),
            tiers=(Tier(D("100"), D("20")), Tier(D("200"), D("5"))),
            tier_basis="spend",
            annual_cap=D("20000000"),
            p4p_refund_share_pct=D("50"),
            p4p_nonresponse_rate_pct=D("20"),
        )
    )
    assert text == (
        "lijstprijs −10% + korting 5,5% · staffel 2 treden (uitgaven) · "
        "plafond € 20.000.000/jr · P4P 50% × 20%"
    )
    assert describe.describe_arrangement(Arrangement()) == "geen voorwaarden"
    custom = describe.describe_arrangement(
        Arrangement(discount_pct=D("45")), pct=lambda v: f"{v} pct"
    )
    assert custom == "korting 45 pct"


def test_dutch_numbers() -> None:
    # whole euros from € 100 (a strict bound's cent never shows); cents for small amounts
    assert describe.dutch_money(D("1234.56")) == "€ 1.235"
    assert describe.dutch_money(D("4160000.01")) == "€ 4.160.000"
    assert describe.dutch_money(D("12.50")) == "€ 12,50"
    assert describe.dutch_money(D("-5")) == "€ -5"
    assert describe.dutch_pct(D("68.504")) == "68,5%"


def test_problems() -> None:
    codes = {
        p.code
        for p in describe.arrangement_problems(
            Arrangement(
                discount_pct=D("101"),
                net_price_per_patient=D("-1"),
                list_price_cut_pct=D("5"),
                annual_cap=D("-3"),
                p4p_refund_share_pct=D("50"),
                tiers=(Tier(D("0"), D("5")), Tier(D("10"), D("120")), Tier(D("10"), D("1"))),
            )
        )
    }
    assert codes == {
        "pct_range",
        "negative",
        "net_and_cut",
        "p4p_incomplete",
        "tier_threshold",
        "tier_duplicate",
    }
    assert describe.arrangement_problems(Arrangement(discount_pct=D("92"))) == []
    bad = Bid(dt.date(2026, 1, 1), round=0, duration_years=0)
    assert {p.field for p in describe.bid_problems(bad)} == {
        "arrangement",
        "duration_years",
        "round",
    }


def test_verdict_words_and_explanation() -> None:
    x = demo.demo_dossiers()[2]  # Xenpozyme, at least 92%
    v = engine.evaluate(x.advice_threshold, x, Arrangement(discount_pct=D("91")))  # type: ignore[arg-type]
    assert describe.verdict_label(v.code) == "voldoet niet"
    text = describe.explain_verdict(v, "mandaat")
    assert "Mandaat: prijsverlaging van ten minste 92% — voldoet niet" in text
    assert "−1 pp" in text and "Tekort" in text
    assert describe.verdict_label(None) == "—"
    e = demo.demo_dossiers()[0]  # Enhertu, "fors" more than 68%
    v = engine.evaluate(e.advice_threshold, e, Arrangement(discount_pct=D("70")))  # type: ignore[arg-type]
    assert v.code == "judgement"
    assert "fors meer" in describe.explain_verdict(v, "advies")
    assert describe.party_label(Party.VWS) == "VWS (tegenbod)"


def test_timeline_in_date_order() -> None:
    d = demo.demo_dossiers()[2]
    bids = [
        Bid(dt.date(2025, 3, 1), id=2, round=2, party=Party.VWS),
        Bid(
            dt.date(2024, 11, 5),
            id=1,
            round=1,
            start_date=dt.date(2026, 1, 1),
            duration_years=3,
        ),
    ]
    events = describe.timeline_events(d, bids)
    assert [e.kind for e in events] == ["sluis", "advice", "bid", "counter", "start", "end"]
    assert events[-1].date == dt.date(2028, 12, 31)
    assert events[0].text == "In de sluis (Stcrt. 2022 nr. 18977)"
