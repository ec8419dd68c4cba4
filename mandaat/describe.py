"""Words and checks for bids on a screen: short descriptions, verdict labels, problems.

Qt-free. Numbers are formatted by callables the caller passes in (the window passes its
``QLocale`` formatters); the defaults write Dutch notation (``68,5%``, ``€ 1.234,56``).
The texts are Dutch, like :func:`mandaat.thresholds.describe_threshold`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from mandaat.engine import EngineError, Verdict, price_per_patient
from mandaat.model import AFTER_END, TIER_MODES, Arrangement, Bid, Dossier, Party, PriceBasis
from mandaat.thresholds import describe_threshold

__all__ = [
    "REASON_TEXTS",
    "VERDICT_LABELS",
    "Problem",
    "latest_supplier_bid",
    "TimelineEvent",
    "arrangement_problems",
    "bid_problems",
    "describe_arrangement",
    "dutch_money",
    "dutch_pct",
    "explain_verdict",
    "party_label",
    "timeline_events",
    "verdict_label",
]

Formatter = Callable[[Decimal], str]

#: What a verdict code is called on screen (always shown as text, never colour alone).
VERDICT_LABELS: dict[str, str] = {
    "meets": "voldoet",
    "fails": "voldoet niet",
    "depends": "hangt af",
    "judgement": "oordeel nodig",
}

#: Why a verdict is ``depends`` or ``judgement`` (see :class:`mandaat.engine.Verdict`).
REASON_TEXTS: dict[str, str] = {
    "in_range": "de effectieve korting ligt tussen de onder- en bovengrens van de bandbreedte",
    "within_tolerance": "de effectieve korting ligt net onder het richtgetal, binnen de marge",
    "scenarios_differ": "het oordeel verschilt per volumescenario (laag, verwacht, hoog)",
    "substantially": (
        "het getal wordt gehaald, maar het advies vraagt om fors meer: "
        "beoordeel of de marge groot genoeg is"
    ),
    "no_number": "de drempel heeft geen getal: een oordeel is nodig",
    "comparator": "de drempel vergelijkt met een andere behandeling: een oordeel is nodig",
}

_SCENARIO_NAMES = {"low": "laag", "expected": "verwacht", "high": "hoog"}


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


# --------------------------------------------------------------------------- arrangement


def describe_arrangement(
    arrangement: Arrangement,
    *,
    pct: Formatter = dutch_pct,
    money: Formatter = dutch_money,
) -> str:
    """A short Dutch description of the blocks, in the order the engine applies them.

    ``korting 45%`` · ``nettoprijs € 34.000 p.p.`` · ``lijstprijs −10% + korting 5%`` ·
    ``staffel 2 treden (volume)`` · ``plafond € 20.000.000/jr`` · ``P4P 50% × 20%``.
    """
    a = arrangement
    parts: list[str] = []
    if a.net_price_per_patient is not None:
        parts.append(f"nettoprijs {money(a.net_price_per_patient)} p.p.")
        if a.discount_pct is not None:
            parts[-1] += f" + korting {pct(a.discount_pct)}"
    elif a.list_price_cut_pct is not None:
        text = f"lijstprijs −{pct(a.list_price_cut_pct)}"
        if a.discount_pct is not None:
            text += f" + korting {pct(a.discount_pct)}"
        parts.append(text)
    elif a.discount_pct is not None:
        parts.append(f"korting {pct(a.discount_pct)}")
    if a.tiers:
        n = len(a.tiers)
        basis = "volume" if a.tier_basis == "volume" else "uitgaven"
        if a.tier_mode == "all_units":
            basis += ", alle eenheden"
        parts.append(f"staffel {n} {'trede' if n == 1 else 'treden'} ({basis})")
    if a.annual_cap is not None:
        parts.append(f"plafond {money(a.annual_cap)}/jr")
    if a.p4p_refund_share_pct is not None and a.p4p_nonresponse_rate_pct is not None:
        parts.append(f"P4P {pct(a.p4p_refund_share_pct)} × {pct(a.p4p_nonresponse_rate_pct)}")
    elif a.p4p_refund_share_pct is not None:
        parts.append(f"P4P {pct(a.p4p_refund_share_pct)}")
    parts += patient_terms_text(a)
    if a.product_wide:
        parts.append("productbreed")
    if a.after_end == "list":
        parts.append("daarna vraagprijs")
    elif a.after_end == "net" and a.after_end_net_price is not None:
        parts.append(f"daarna {money(a.after_end_net_price)} p.p.")
    return " · ".join(parts) if parts else "geen voorwaarden"


def _count(value: Decimal) -> str:
    return _plain(value, 2, trim=True)


def patient_terms_text(a: Arrangement) -> list[str]:
    """The per-patient terms in short Dutch: ``max 26 eenheden p.p.``, ``4 startdoses
    gratis (20% starters)``, ``max 12 mnd p.p. (van 14)``."""
    out: list[str] = []
    if a.patient_cap_units is not None:
        out.append(f"max {_count(a.patient_cap_units)} eenheden p.p.")
    if a.free_initial_units is not None:
        starters = "" if a.starters_pct is None else f" ({dutch_pct(a.starters_pct)} starters)"
        out.append(f"{_count(a.free_initial_units)} startdoses gratis{starters}")
    if a.patient_cap_months is not None:
        of = "" if a.treatment_months is None else f" (van {_count(a.treatment_months)})"
        out.append(f"max {_count(a.patient_cap_months)} mnd p.p.{of}")
    return out


@dataclass(frozen=True)
class Problem:
    """Something wrong with what was typed: the field, a code and a Dutch message."""

    field: str
    code: str
    message: str


def _pct_problem(name: str, value: Decimal | None, label: str) -> Problem | None:
    if value is None:
        return None
    if value < 0 or value > 100:
        return Problem(name, "pct_range", f"{label} moet tussen 0 en 100% liggen")
    return None


def arrangement_problems(arrangement: Arrangement) -> list[Problem]:
    """Terms the engine cannot use as the negotiator meant them."""
    a = arrangement
    out: list[Problem] = []
    for name, value, label in (
        ("discount_pct", a.discount_pct, "De korting"),
        ("list_price_cut_pct", a.list_price_cut_pct, "De lijstprijsverlaging"),
        ("p4p_refund_share_pct", a.p4p_refund_share_pct, "Het terugbetaalde deel"),
        ("p4p_nonresponse_rate_pct", a.p4p_nonresponse_rate_pct, "Het aandeel non-responders"),
    ):
        problem = _pct_problem(name, value, label)
        if problem:
            out.append(problem)
    if a.net_price_per_patient is not None:
        if a.net_price_per_patient < 0:
            out.append(
                Problem("net_price_per_patient", "negative", "De nettoprijs kan niet negatief zijn")
            )
        if a.list_price_cut_pct is not None:
            out.append(
                Problem(
                    "list_price_cut_pct",
                    "net_and_cut",
                    "Een nettoprijs en een lijstprijsverlaging samen kan niet: "
                    "de nettoprijs vervangt de lijstprijs",
                )
            )
    if a.annual_cap is not None and a.annual_cap < 0:
        out.append(Problem("annual_cap", "negative", "Het plafond kan niet negatief zijn"))
    if (a.p4p_refund_share_pct is None) != (a.p4p_nonresponse_rate_pct is None):
        missing = (
            "p4p_nonresponse_rate_pct"
            if a.p4p_nonresponse_rate_pct is None
            else "p4p_refund_share_pct"
        )
        out.append(
            Problem(
                missing,
                "p4p_incomplete",
                "Pay-for-performance vraagt beide getallen: terugbetaald deel en non-respons",
            )
        )
    if a.tier_mode not in TIER_MODES:
        out.append(
            Problem("tier_mode", "tier_mode", "Een staffel is marginaal of over alle eenheden")
        )
    out += _written_problems(a)
    seen: set[Decimal] = set()
    for i, tier in enumerate(a.tiers, start=1):
        if tier.threshold <= 0:
            out.append(Problem("tiers", "tier_threshold", f"Trede {i}: de drempel moet boven 0"))
        elif tier.threshold in seen:
            out.append(Problem("tiers", "tier_duplicate", f"Trede {i}: deze drempel staat er al"))
        seen.add(tier.threshold)
        if tier.discount_pct < 0 or tier.discount_pct > 100:
            out.append(
                Problem("tiers", "pct_range", f"Trede {i}: de extra korting moet 0–100% zijn")
            )
    return out


def _written_problems(a: Arrangement) -> list[Problem]:
    """Per-patient terms, product-wide and after the end (issue 17)."""
    out: list[Problem] = []
    for name, value, label in (
        ("patient_cap_units", a.patient_cap_units, "Het plafond in eenheden per patiënt"),
        ("free_initial_units", a.free_initial_units, "Het aantal gratis startdoses"),
        ("patient_cap_months", a.patient_cap_months, "Het plafond op de behandelduur"),
    ):
        if value is not None and value < 0:
            out.append(Problem(name, "negative", f"{label} kan niet negatief zijn"))
    problem = _pct_problem("starters_pct", a.starters_pct, "Het aandeel starters")
    if problem:
        out.append(problem)
    if a.free_initial_units is not None and a.starters_pct is None:
        out.append(
            Problem(
                "starters_pct",
                "no_starters",
                "Gratis startdoses vragen welk deel van de patiënten per jaar start",
            )
        )
    if a.treatment_months is not None and a.treatment_months <= 0:
        out.append(
            Problem("treatment_months", "not_positive", "De behandelduur moet boven 0 liggen")
        )
    if a.patient_cap_months is not None and a.treatment_months is None:
        out.append(
            Problem(
                "treatment_months",
                "no_treatment_months",
                "Een plafond op de behandelduur vraagt de verwachte behandelduur per patiënt",
            )
        )
    if a.product_wide and a.annual_cap is not None:
        out.append(
            Problem(
                "product_wide",
                "product_wide_cap",
                "Een productbreed bod met een uitgavenplafond wordt niet per indicatie "
                "verdeeld: leg het plafond per indicatie vast",
            )
        )
    if a.product_wide and a.net_price_per_patient is not None:
        out.append(
            Problem(
                "product_wide",
                "product_wide_net_price",
                "Een productbreed bod met een nettoprijs per patiënt past niet op elke "
                "indicatie: geef een korting",
            )
        )
    if a.after_end is not None and a.after_end not in AFTER_END:
        out.append(Problem("after_end", "after_end", "Na het einde: vraagprijs of nettoprijs"))
    if a.after_end == "net" and a.after_end_net_price is None:
        out.append(
            Problem(
                "after_end_net_price",
                "no_after_end_price",
                "Vul de nettoprijs per patiënt na het einde in",
            )
        )
    if a.after_end_net_price is not None:
        if a.after_end != "net":
            out.append(
                Problem(
                    "after_end",
                    "after_end_price_unused",
                    "Een nettoprijs na het einde hoort bij 'na het einde: nettoprijs'",
                )
            )
        if a.after_end_net_price < 0:
            out.append(
                Problem("after_end_net_price", "negative", "De nettoprijs kan niet negatief zijn")
            )
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
        out.append(
            Problem(
                field,
                "patient_units_need_units",
                "Een plafond of gratis startdoses in eenheden vraagt een vraagprijs per "
                "eenheid met het aantal eenheden per patiënt (bij het dossier)",
            )
        )
    if a.patient_cap_months is not None and dossier.price_basis is PriceBasis.PER_YEAR:
        out.append(
            Problem(
                "patient_cap_months",
                "duration_cap_per_year",
                "Een plafond op de behandelduur bij een prijs per jaar kan niet worden "
                "doorgerekend: daarvoor zijn de startjaren van de patiënten nodig",
            )
        )
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
            out.append(
                Problem(
                    "net_price_per_patient",
                    "net_above_asking",
                    "De nettoprijs ligt boven de vraagprijs per patiënt: dat is geen korting",
                )
            )
    if dossier is not None:
        out += _dossier_terms_problems(bid.arrangement, dossier)
    if dossier is not None and bid.arrangement.product_wide and not dossier.product.strip():
        out.append(
            Problem(
                "product_wide",
                "no_product",
                "Een productbreed bod vraagt een product bij het dossier: koppel eerst de "
                "indicaties van het product",
            )
        )
    if bid.arrangement.is_empty():
        out.append(
            Problem(
                "arrangement",
                "empty",
                "Vul ten minste één onderdeel in: korting, nettoprijs, lijstprijsverlaging, "
                "staffel, plafond, pay-for-performance of een plafond per patiënt",
            )
        )
    if bid.duration_years < 1:
        out.append(Problem("duration_years", "bad_duration", "De looptijd is minstens 1 jaar"))
    if bid.round < 1:
        out.append(Problem("round", "bad_round", "De ronde is minstens 1"))
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


def verdict_label(code: str | None) -> str:
    """The Dutch word for a verdict code; ``—`` for no verdict."""
    if code is None:
        return "—"
    return VERDICT_LABELS.get(code, code)


def latest_supplier_bid(bids: Iterable[Bid]) -> Bid | None:
    """The bid that sets a dossier's state: the latest of the *supplier* (bids in the
    vault's order: date, round). A VWS counter-offer is history, never the verdict."""
    found = [b for b in bids if b.party is Party.SUPPLIER]
    return found[-1] if found else None


def party_label(party: Party) -> str:
    return "leverancier" if party is Party.SUPPLIER else "VWS (tegenbod)"


def explain_verdict(
    verdict: Verdict,
    what: str,
    *,
    pct: Formatter = dutch_pct,
    money: Formatter = dutch_money,
    points: Formatter = dutch_points,
) -> str:
    """Several Dutch lines: the verdict against ``what`` ("mandaat" / "advies"), the
    threshold, the margin, the gap, the reason and the scenarios."""
    lines = [
        f"{what.capitalize()}: {describe_threshold(verdict.required)} — "
        f"{verdict_label(verdict.code)}",
        f"Effectieve korting (verwacht): {pct(verdict.effective_pct)}",
    ]
    for gap in verdict.bounds:
        lines.append(f"Marge ten opzichte van {pct(gap.pct)}: {points(gap.margin_pp)}")
        if not gap.met:
            lines.append(
                f"Tekort tot {pct(gap.pct)}: {money(gap.gap_per_year)} per jaar, "
                f"{money(gap.gap_total)} over de looptijd"
            )
    worst = verdict.worst
    if verdict.reason == "scenarios_differ" and worst is not None and not worst.bound.met:
        lines.append(
            f"Minst gunstig scenario ({_SCENARIO_NAMES.get(worst.scenario, worst.scenario)}): "
            f"{points(worst.bound.margin_pp)} onder {pct(worst.bound.pct)}, tekort "
            f"{money(worst.bound.gap_per_year)} per jaar"
        )
    if verdict.reason:
        lines.append(f"Reden: {REASON_TEXTS.get(verdict.reason, verdict.reason)}")
    if verdict.scenario_codes:
        per = ", ".join(
            f"{_SCENARIO_NAMES.get(name, name)} {verdict_label(code)}"
            for name, code in verdict.scenario_codes.items()
        )
        lines.append(f"Per scenario: {per}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- timeline


@dataclass(frozen=True)
class TimelineEvent:
    """One moment of a dossier. ``kind``: ``sluis``, ``advice``, ``bid``, ``counter``,
    ``start``, ``end``; ``text`` is a short Dutch line."""

    date: dt.date
    kind: str
    text: str
    bid_id: int | None = None


def timeline_events(dossier: Dossier, bids: Iterable[Bid]) -> list[TimelineEvent]:
    """The dossier's phases in date order: sluis, advice, bids, arrangement ends."""
    events: list[TimelineEvent] = []
    if dossier.sluis_date is not None:
        ref = f" ({dossier.stcrt_ref})" if dossier.stcrt_ref else ""
        events.append(TimelineEvent(dossier.sluis_date, "sluis", f"In de sluis{ref}"))
    if dossier.advice_date is not None:
        events.append(TimelineEvent(dossier.advice_date, "advice", "Advies Zorginstituut"))
    for b in bids:
        if b.party is Party.SUPPLIER:
            events.append(TimelineEvent(b.date, "bid", f"Bod ronde {b.round}", b.id))
        else:
            events.append(TimelineEvent(b.date, "counter", f"Tegenbod VWS ronde {b.round}", b.id))
        if b.start_date is not None:
            events.append(
                TimelineEvent(b.start_date, "start", f"Start regeling ronde {b.round}", b.id)
            )
        end = b.end_date
        if end is not None:
            events.append(TimelineEvent(end, "end", f"Einde regeling ronde {b.round}", b.id))
    order = {"sluis": 0, "advice": 1, "bid": 2, "counter": 2, "start": 3, "end": 4}
    events.sort(key=lambda e: (e.date, order[e.kind]))
    return events
