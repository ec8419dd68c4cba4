"""Short descriptions, verdict words and input checks for bids (Qt-free): the core's
structure (:mod:`mandaat.describe`) worded by the command line's Dutch catalogue."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from mandaat import demo, describe, engine
from mandaat.cli.words import Words, for_language
from mandaat.model import Arrangement, Bid, Party, Tier

NL = for_language("nl")


def test_describe_arrangement_blocks_in_engine_order() -> None:
    assert NL.arrangement(Arrangement(discount_pct=D("45"))) == "korting 45%"
    assert (
        NL.arrangement(Arrangement(net_price_per_patient=D("34000"))) == "nettoprijs € 34.000 p.p."
    )
    text = NL.arrangement(
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
    assert NL.arrangement(Arrangement()) == "geen voorwaarden"
    custom = Words(NL.lookup, pct=lambda v: f"{v} pct").arrangement(
        Arrangement(discount_pct=D("45"))
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
    tier = describe.arrangement_problems(Arrangement(tiers=(Tier(D("0"), D("5")),)))
    assert [NL.problem(p) for p in tier] == ["Trede 1: de drempel moet boven 0"]
    bad = Bid(dt.date(2026, 1, 1), round=0, duration_years=0)
    assert {p.field for p in describe.bid_problems(bad)} == {
        "arrangement",
        "duration_years",
        "round",
    }


def test_verdict_words_and_explanation() -> None:
    x = demo.demo_dossiers()[2]  # Xenpozyme, at least 92%
    v = engine.evaluate(x.advice_threshold, x, Arrangement(discount_pct=D("91")))  # type: ignore[arg-type]
    assert NL.verdict(v.code) == "voldoet niet"
    text = NL.explain(v, "mandate")
    assert "Mandaat: prijsverlaging van ten minste 92% — voldoet niet" in text
    assert "−1 pp" in text and "Tekort" in text
    assert NL.verdict(None) == "—"
    e = demo.demo_dossiers()[0]  # Enhertu, "fors" more than 68%
    v = engine.evaluate(e.advice_threshold, e, Arrangement(discount_pct=D("70")))  # type: ignore[arg-type]
    assert v.code == "judgement"
    assert "fors meer" in NL.explain(v, "advice")
    assert NL.party(Party.VWS) == "VWS (tegenbod)"


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
    assert events[0].ref == "Stcrt. 2022 nr. 18977"
    assert NL.event(events[0]) == "In de sluis (Stcrt. 2022 nr. 18977)"
    assert [NL.event(e) for e in events[2:4]] == ["Bod ronde 1", "Tegenbod VWS ronde 2"]
