"""Checks and structure for bids on a screen: problems, the dossier's moments, the bid
that sets a dossier's state (Qt-free).

The core returns codes with parameters; the words are at the edges: the command line's
catalogue (:mod:`mandaat.cli.words`) and the window's (``ui/words.py``, through Qt's
``tr()``). :func:`dutch_pct` and :func:`dutch_money` are the Dutch number formats the
command line's catalogue uses by default.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from mandaat.engine import EngineError, price_per_patient
from mandaat.model import AFTER_END, TIER_MODES, Arrangement, Bid, Dossier, Party, PriceBasis

__all__ = [
    "Problem",
    "TimelineEvent",
    "arrangement_problems",
    "bid_problems",
    "dutch_money",
    "dutch_pct",
    "dutch_points",
    "latest_supplier_bid",
    "timeline_events",
]


# --------------------------------------------------------------------------- numbers


def _plain(value: Decimal, decimals: int, trim: bool) -> str:
    q = Decimal(1).scaleb(-decimals)
    v = value.quantize(q, rounding=ROUND_HALF_UP)
    sign = "-" if v < 0 else ""
    whole, _, frac = f"{abs(v):f}".partition(".")
    if trim:
        frac = frac.rstrip("0")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = ".".join(groups)
    return sign + text + ("," + frac if frac else "")


def dutch_pct(value: Decimal) -> str:
    """``68,5%``: at most two decimals, trailing zeros dropped."""
    return _plain(value, 2, trim=True) + "%"


def dutch_money(value: Decimal) -> str:
    """``€ 34.000``: whole euros, as a negotiator reads them (a strict bound's extra cent
    never shows); cents only for small amounts that have them (``€ 12,50`` a vial)."""
    cents = abs(value) < 100 and value != value.to_integral_value()
    if not cents:
        value = value.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return "€ " + _plain(value, 2 if cents else 0, trim=False)


def dutch_points(value: Decimal) -> str:
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    return f"{sign}{_plain(abs(value), 2, trim=True)} pp"


# --------------------------------------------------------------------------- problems


@dataclass(frozen=True)
class Problem:
    """Something wrong with what was typed: the field, a code and the parameters its
    sentence needs (``tier``: the step's number). Worded at the edge."""

    field: str
    code: str
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)


def _pct_problem(name: str, value: Decimal | None) -> Problem | None:
    if value is None:
        return None
    if value < 0 or value > 100:
        return Problem(name, "pct_range")
    return None


def arrangement_problems(arrangement: Arrangement) -> list[Problem]:
    """Terms the engine cannot use as the negotiator meant them."""
    a = arrangement
    out: list[Problem] = []
    for name, value in (
        ("discount_pct", a.discount_pct),
        ("list_price_cut_pct", a.list_price_cut_pct),
        ("p4p_refund_share_pct", a.p4p_refund_share_pct),
        ("p4p_nonresponse_rate_pct", a.p4p_nonresponse_rate_pct),
    ):
        problem = _pct_problem(name, value)
        if problem:
            out.append(problem)
    if a.net_price_per_patient is not None:
        if a.net_price_per_patient < 0:
            out.append(Problem("net_price_per_patient", "negative"))
        if a.list_price_cut_pct is not None:
            out.append(Problem("list_price_cut_pct", "net_and_cut"))
    if a.annual_cap is not None and a.annual_cap < 0:
        out.append(Problem("annual_cap", "negative"))
    if (a.p4p_refund_share_pct is None) != (a.p4p_nonresponse_rate_pct is None):
        missing = (
            "p4p_nonresponse_rate_pct"
            if a.p4p_nonresponse_rate_pct is None
            else "p4p_refund_share_pct"
        )
        out.append(Problem(missing, "p4p_incomplete"))
    if a.tier_mode not in TIER_MODES:
        out.append(Problem("tier_mode", "tier_mode"))
    out += _written_problems(a)
    seen: set[Decimal] = set()
    for i, tier in enumerate(a.tiers, start=1):
        if tier.threshold <= 0:
            out.append(Problem("tiers", "tier_threshold", {"tier": i}))
        elif tier.threshold in seen:
            out.append(Problem("tiers", "tier_duplicate", {"tier": i}))
        seen.add(tier.threshold)
        if tier.discount_pct < 0 or tier.discount_pct > 100:
            out.append(Problem("tiers", "pct_range", {"tier": i}))
    return out


def _written_problems(a: Arrangement) -> list[Problem]:
    """Per-patient terms, product-wide and after the end (issue 17)."""
    out: list[Problem] = []
    for name, value in (
        ("patient_cap_units", a.patient_cap_units),
        ("free_initial_units", a.free_initial_units),
        ("patient_cap_months", a.patient_cap_months),
    ):
        if value is not None and value < 0:
            out.append(Problem(name, "negative"))
    problem = _pct_problem("starters_pct", a.starters_pct)
    if problem:
        out.append(problem)
    if a.free_initial_units is not None and a.starters_pct is None:
        out.append(Problem("starters_pct", "no_starters"))
    if a.treatment_months is not None and a.treatment_months <= 0:
        out.append(Problem("treatment_months", "not_positive"))
    if a.patient_cap_months is not None and a.treatment_months is None:
        out.append(Problem("treatment_months", "no_treatment_months"))
    if a.product_wide and a.annual_cap is not None:
        out.append(Problem("product_wide", "product_wide_cap"))
    if a.product_wide and a.net_price_per_patient is not None:
        out.append(Problem("product_wide", "product_wide_net_price"))
    if a.after_end is not None and a.after_end not in AFTER_END:
        out.append(Problem("after_end", "after_end"))
    if a.after_end == "net" and a.after_end_net_price is None:
        out.append(Problem("after_end_net_price", "no_after_end_price"))
    if a.after_end_net_price is not None:
        if a.after_end != "net":
            out.append(Problem("after_end", "after_end_price_unused"))
        if a.after_end_net_price < 0:
            out.append(Problem("after_end_net_price", "negative"))
    return out


def _dossier_terms_problems(a: Arrangement, dossier: Dossier) -> list[Problem]:
    """Per-patient terms the dossier's price cannot carry (the engine would refuse them)."""
    out: list[Problem] = []
    units = a.patient_cap_units is not None or a.free_initial_units is not None
    if units and (
        dossier.price_basis is not PriceBasis.PER_UNIT
        or dossier.units_per_patient is None
        or dossier.units_per_patient <= 0
    ):
        field = "patient_cap_units" if a.patient_cap_units is not None else "free_initial_units"
        out.append(Problem(field, "patient_units_need_units"))
    if a.patient_cap_months is not None and dossier.price_basis is PriceBasis.PER_YEAR:
        out.append(Problem("patient_cap_months", "duration_cap_per_year"))
    return out


def bid_problems(bid: Bid, dossier: Dossier | None = None) -> list[Problem]:
    """:func:`arrangement_problems` plus the bid's own fields; with its ``dossier``, also
    what only the dossier can tell (a net price above the asking price)."""
    out = arrangement_problems(bid.arrangement)
    net = bid.arrangement.net_price_per_patient
    if dossier is not None and net is not None and dossier.asking_price is not None:
        try:
            asking = price_per_patient(dossier)
        except EngineError:
            asking = None
        if asking is not None and net > asking:
            out.append(Problem("net_price_per_patient", "net_above_asking"))
    if dossier is not None:
        out += _dossier_terms_problems(bid.arrangement, dossier)
    if dossier is not None and bid.arrangement.product_wide and not dossier.product.strip():
        out.append(Problem("product_wide", "no_product"))
    if bid.arrangement.is_empty():
        out.append(Problem("arrangement", "empty"))
    if bid.duration_years < 1:
        out.append(Problem("duration_years", "bad_duration"))
    if bid.round < 1:
        out.append(Problem("round", "bad_round"))
    return out


# --------------------------------------------------------------------------- the end

#: From how many months before an arrangement's end the dossier list warns.
RENEWAL_WARNING_MONTHS = 6


def months_before(day: dt.date, months: int) -> dt.date:
    """``day`` moved back ``months`` calendar months; a day the month lacks becomes its
    last day (31 August − 6 months = 28 or 29 February)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover - every month has a 28th


def renewal_due(end: dt.date | None, today: dt.date) -> bool:
    """True from :data:`RENEWAL_WARNING_MONTHS` calendar months before ``end`` on (an
    ended arrangement too): time to negotiate the renewal. False without an end date."""
    return end is not None and today >= months_before(end, RENEWAL_WARNING_MONTHS)


# --------------------------------------------------------------------------- verdicts


def latest_supplier_bid(bids: Iterable[Bid]) -> Bid | None:
    """The bid that sets a dossier's state: the latest of the *supplier* (bids in the
    vault's order: date, round). A VWS counter-offer is history, never the verdict."""
    found = [b for b in bids if b.party is Party.SUPPLIER]
    return found[-1] if found else None


# --------------------------------------------------------------------------- timeline


@dataclass(frozen=True)
class TimelineEvent:
    """One moment of a dossier. ``kind``: ``sluis``, ``advice``, ``bid``, ``counter``,
    ``start``, ``end``; ``round`` the bid's round, ``ref`` the Staatscourant reference of
    the sluis (worded at the edge)."""

    date: dt.date
    kind: str
    bid_id: int | None = None
    round: int | None = None
    ref: str | None = None


def timeline_events(dossier: Dossier, bids: Iterable[Bid]) -> list[TimelineEvent]:
    """The dossier's phases in date order: sluis, advice, bids, arrangement ends."""
    events: list[TimelineEvent] = []
    if dossier.sluis_date is not None:
        ref = dossier.stcrt_ref or None
        events.append(TimelineEvent(dossier.sluis_date, "sluis", ref=ref))
    if dossier.advice_date is not None:
        events.append(TimelineEvent(dossier.advice_date, "advice"))
    for b in bids:
        kind = "bid" if b.party is Party.SUPPLIER else "counter"
        events.append(TimelineEvent(b.date, kind, b.id, b.round))
        if b.start_date is not None:
            events.append(TimelineEvent(b.start_date, "start", b.id, b.round))
        end = b.end_date
        if end is not None:
            events.append(TimelineEvent(end, "end", b.id, b.round))
    order = {"sluis": 0, "advice": 1, "bid": 2, "counter": 2, "start": 3, "end": 4}
    events.sort(key=lambda e: (e.date, order[e.kind]))
    return events
