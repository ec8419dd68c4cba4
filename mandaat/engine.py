"""The mandate engine: effective reduction of a bid, and its verdict against a threshold.

Exact arithmetic: inputs and outputs are :class:`~decimal.Decimal`; inside, the engine
computes with :class:`~fractions.Fraction` (exact rationals, built exactly from the
Decimals), so that a division such as budget impact ÷ price per patient never rounds
and a boundary (68.00 against "more than 68") is decided on the exact value. Values are
converted back to Decimal only for output (non-terminating values to 40 significant
digits); :func:`present` rounds a percentage or amount to 2 decimals, ROUND_HALF_UP.
Gaps (what the supplier must still give) are rounded *up* to the cent.

The rules are documented, with worked examples, in ``docs/mandate.md``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction
from typing import Literal

from mandaat.model import (
    COMPARATOR_KINDS,
    Arrangement,
    Bid,
    Dossier,
    PriceBasis,
    Threshold,
)

__all__ = [
    "DEFAULT_SCENARIO_FACTORS",
    "SCENARIOS",
    "VERDICT_CODES",
    "REASON_CODES",
    "Assessment",
    "BoundGap",
    "EngineError",
    "ScenarioResult",
    "Verdict",
    "YearFlow",
    "WorstCase",
    "assess",
    "bound_to_dict",
    "check_rows",
    "effective_reduction",
    "evaluate",
    "expected_patients",
    "mandate_weaker_than_advice",
    "max_net_price_per_patient",
    "min_cap",
    "net_price_limit",
    "present",
    "price_per_patient",
    "reference_value_for_burden",
    "ce_required_pct",
    "asks_less_than_ce",
    "required_reduction_from_ce",
    "scenarios",
    "verdict_rank",
]

ScenarioName = Literal["low", "expected", "high"]
SCENARIOS: tuple[ScenarioName, ...] = ("low", "expected", "high")
DEFAULT_SCENARIO_FACTORS: Mapping[str, Decimal] = {
    "low": Decimal("0.75"),
    "expected": Decimal("1"),
    "high": Decimal("1.25"),
}
#: Verdict codes, worst first (a larger discount never moves a verdict to the left).
VERDICT_CODES: tuple[str, ...] = ("fails", "depends", "judgement", "meets")
CENT = Decimal("0.01")
_CENT_Q = Fraction(1, 100)
#: The arrangement year whose patients are ZIN's budget-impact volume (year 3).
_ANCHOR_YEAR = 3
_HUNDRED = Fraction(100)

_MESSAGES: dict[str, str] = {
    "no_asking_price": (
        "{drug}: geen vraagprijs bekend; de effectieve korting kan niet worden berekend"
    ),
    "no_volume": (
        "{drug}: geen verwacht aantal patiënten en geen budgetimpact bekend; nodig voor een "
        "plafond of staffel"
    ),
    "no_units": "{drug}: prijs per eenheid zonder aantal eenheden per patiënt",
    "unknown_dossier": "bod {bid}: dossier {dossier} bestaat niet",
    "bad_duration": "looptijd moet minstens 1 jaar zijn (was {years})",
    "burden_out_of_range": "ziektelast {burden} ligt buiten 0,10–1,00",
    "bad_growth": "een groei van {growth}% per jaar kan niet",
}


class EngineError(ValueError):
    """A computation that cannot be done, with a code and safe parameters."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """One line of Dutch."""
        return _MESSAGES.get(self.code, self.code).format(**self.params)


# --------------------------------------------------------------------------- numbers


def _q(value: Decimal | Fraction | int) -> Fraction:
    return Fraction(value)


def _d(value: Fraction) -> Decimal:
    """Fraction → Decimal: exact when it terminates, else 40 significant digits."""
    if value.denominator == 1:
        return Decimal(value.numerator)
    with localcontext() as ctx:
        ctx.prec = 40
        return Decimal(value.numerator) / Decimal(value.denominator)


def present(value: Decimal) -> Decimal:
    """Round for display: 2 decimals, ROUND_HALF_UP (as Excel and the nota do)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _cents(value: Fraction, rounding: str) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 60
        exact = Decimal(value.numerator) / Decimal(value.denominator)
        return exact.quantize(CENT, rounding=rounding)


def _floor_cents(value: Fraction) -> Fraction:
    return Fraction(math.floor(value * 100), 100)


def _ceil_cents(value: Fraction) -> Fraction:
    return Fraction(math.ceil(value * 100), 100)


def _json_number(value: Decimal | None) -> int | float | None:
    """A Decimal as a JSON number: int when integral, else float of its decimal string."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(str(value))


# --------------------------------------------------------------------------- flows


@dataclass(frozen=True)
class YearFlow:
    """One year of one scenario: patients, spend at the asking price, net spend."""

    year: int
    patients: Decimal
    list_spend: Decimal
    net_spend: Decimal


@dataclass(frozen=True)
class ScenarioResult:
    """One volume scenario over the duration of an arrangement."""

    name: str
    factor: Decimal
    years: tuple[YearFlow, ...]
    list_total: Decimal
    net_total: Decimal
    effective_pct: Decimal  # 1 − Σnet ÷ Σlist, percent; negative for a price increase


@dataclass(frozen=True)
class _Flow:
    """Exact flows of one scenario (internal)."""

    name: str
    factor: Fraction
    patients: tuple[Fraction, ...]
    lists: tuple[Fraction, ...]
    pre_cap: tuple[Fraction, ...]  # net spend before the annual cap
    nets: tuple[Fraction, ...]

    @property
    def list_total(self) -> Fraction:
        return sum(self.lists, Fraction(0))

    @property
    def net_total(self) -> Fraction:
        return sum(self.nets, Fraction(0))

    @property
    def effective(self) -> Fraction:
        """Effective reduction in percent, exact. Never clamped: a net price above the
        asking price gives a negative reduction (a price increase), not 0 %."""
        total = self.list_total
        if total <= 0:
            return Fraction(0)
        return (1 - self.net_total / total) * _HUNDRED

    def public(self) -> ScenarioResult:
        return ScenarioResult(
            name=self.name,
            factor=_d(self.factor),
            years=tuple(
                YearFlow(i + 1, _d(n), _d(lst), _d(net))
                for i, (n, lst, net) in enumerate(
                    zip(self.patients, self.lists, self.nets, strict=True)
                )
            ),
            list_total=_d(self.list_total),
            net_total=_d(self.net_total),
            effective_pct=_d(self.effective),
        )


def _price_q(dossier: Dossier) -> Fraction:
    if dossier.asking_price is None:
        raise EngineError("no_asking_price", drug=dossier.brand)
    price = _q(dossier.asking_price)
    if dossier.price_basis is PriceBasis.PER_UNIT:
        if dossier.units_per_patient is None:
            raise EngineError("no_units", drug=dossier.brand)
        price *= _q(dossier.units_per_patient)
    return price


def price_per_patient(dossier: Dossier) -> Decimal:
    """The asking price per patient (per unit × units per patient for ``per_unit``)."""
    return _d(_price_q(dossier))


def _patients_q(dossier: Dossier) -> Fraction | None:
    if dossier.expected_patients is not None:
        return _q(dossier.expected_patients)
    if dossier.budget_impact_y3 is None or dossier.asking_price is None:
        return None
    price = _price_q(dossier)
    return _q(dossier.budget_impact_y3) / price if price > 0 else None


def expected_patients(dossier: Dossier) -> Decimal | None:
    """Expected patients per year: given, or budget impact year 3 ÷ price per patient."""
    n = _patients_q(dossier)
    return None if n is None else _d(n)


def _needs_volume(arrangement: Arrangement) -> bool:
    return arrangement.annual_cap is not None or bool(arrangement.tiers)


def _factor(pct: Decimal | None) -> Fraction:
    """1 − pct/100, never below 0."""
    if pct is None:
        return Fraction(1)
    return max(Fraction(0), 1 - _q(pct) / _HUNDRED)


def _year_net(arrangement: Arrangement, price: Fraction, patients: Fraction) -> Fraction:
    """Net spend before the annual cap, for one year."""
    list_spend = patients * price
    if arrangement.net_price_per_patient is not None:
        unit = max(Fraction(0), _q(arrangement.net_price_per_patient))
    else:
        unit = price * _factor(arrangement.list_price_cut_pct)
    unit *= _factor(arrangement.discount_pct)
    spend = patients * unit
    if arrangement.tiers:
        base = patients if arrangement.tier_basis == "volume" else list_spend
        if base > 0:
            per = spend / base  # net spend per patient, or per euro of list spend
            steps = sorted(arrangement.tiers, key=lambda t: t.threshold)
            bounds = [(Fraction(0), Fraction(1))] + [
                (_q(t.threshold), _factor(t.discount_pct)) for t in steps
            ]
            total = Fraction(0)
            for i, (start, factor) in enumerate(bounds):
                end = bounds[i + 1][0] if i + 1 < len(bounds) else base
                band = max(Fraction(0), min(end, base) - max(start, Fraction(0)))
                total += band * per * factor
            spend = total
    if (
        arrangement.p4p_refund_share_pct is not None
        and arrangement.p4p_nonresponse_rate_pct is not None
    ):
        refund = _q(arrangement.p4p_refund_share_pct) * _q(arrangement.p4p_nonresponse_rate_pct)
        spend *= max(Fraction(0), 1 - refund / 10000)
    return max(spend, Fraction(0))


def _flows(
    dossier: Dossier,
    arrangement: Arrangement,
    *,
    duration_years: int,
    factors: Mapping[str, Decimal] | None,
    growth_pct: Decimal | None,
) -> dict[str, _Flow]:
    if duration_years < 1:
        raise EngineError("bad_duration", years=duration_years)
    price = _price_q(dossier)
    n = _patients_q(dossier)
    if n is None:
        if _needs_volume(arrangement):
            raise EngineError("no_volume", drug=dossier.brand)
        n = Fraction(1)  # the reduction does not depend on the volume
    growth = growth_pct if growth_pct is not None else dossier.growth_pct_per_year
    g = 1 + (_q(growth) / _HUNDRED if growth is not None else Fraction(0))
    if g <= 0:
        raise EngineError("bad_growth", growth=growth)
    cap = None if arrangement.annual_cap is None else _q(arrangement.annual_cap)
    result: dict[str, _Flow] = {}
    for name, f in (factors or DEFAULT_SCENARIO_FACTORS).items():
        # ZIN's volume is that of the third year after admission: year 3 = n, year y =
        # n × g^(y − 3) (see docs/mandate.md, "Growth")
        patients = tuple(n * _q(f) * g ** (y - _ANCHOR_YEAR + 1) for y in range(duration_years))
        lists = tuple(p * price for p in patients)
        pre = tuple(_year_net(arrangement, price, p) for p in patients)
        nets = pre if cap is None else tuple(min(x, max(cap, Fraction(0))) for x in pre)
        result[name] = _Flow(name, _q(f), patients, lists, pre, nets)
    return result


def scenarios(
    dossier: Dossier,
    arrangement: Arrangement,
    *,
    duration_years: int = 3,
    factors: Mapping[str, Decimal] | None = None,
    growth_pct: Decimal | None = None,
) -> dict[str, ScenarioResult]:
    """Per scenario (default low/expected/high = 0.75/1/1.25 × expected patients) the
    yearly list and net spend and the effective reduction over ``duration_years``.
    ``growth_pct`` (default: the dossier's) raises the patients each year."""
    flows = _flows(
        dossier, arrangement, duration_years=duration_years, factors=factors, growth_pct=growth_pct
    )
    return {name: flow.public() for name, flow in flows.items()}


def effective_reduction(
    dossier: Dossier,
    arrangement: Arrangement,
    *,
    duration_years: int = 3,
    scenario: str = "expected",
    factors: Mapping[str, Decimal] | None = None,
    growth_pct: Decimal | None = None,
) -> Decimal:
    """Effective reduction on the asking price (percent, unrounded) in one scenario."""
    flows = _flows(
        dossier, arrangement, duration_years=duration_years, factors=factors, growth_pct=growth_pct
    )
    return _d(flows[scenario].effective)


# --------------------------------------------------------------------------- verdicts


#: Why a verdict is ``depends`` or ``judgement``.
REASON_CODES: tuple[str, ...] = (
    "in_range",  # between the ends of a range
    "within_tolerance",  # below "about X %", within its tolerance
    "scenarios_differ",  # the volume scenarios disagree
    "substantially",  # the number is met, the advice asks for *fors* more
    "no_number",  # qualitative advice
    "comparator",  # measured against another treatment: data the engine lacks
)


@dataclass(frozen=True)
class BoundGap:
    """The distance of a bid to one bound of a threshold, in one scenario.

    ``pct`` is the bound (a range has two, every other numeric threshold one); ``strict``
    whether it must be exceeded. ``margin_pp`` = effective reduction − ``pct``;
    ``gap_per_year`` / ``gap_total``: the euros the supplier must still give to reach the
    bound (0 where it is met), rounded up to the cent; a strict bound adds one cent.
    """

    pct: Decimal
    strict: bool
    met: bool
    margin_pp: Decimal
    gap_per_year: Decimal
    gap_total: Decimal


@dataclass(frozen=True)
class WorstCase:
    """The scenario with the lowest effective reduction, measured like the expected one."""

    scenario: str
    effective_pct: Decimal
    bound: BoundGap


@dataclass(frozen=True)
class Verdict:
    """A bid against one threshold (the mandate, or the advice).

    ``code``: ``meets`` / ``fails`` / ``depends`` / ``judgement``. ``reason`` is one of
    :data:`REASON_CODES` for ``depends`` and ``judgement``, else ``""``.
    ``bounds`` holds the distance to each bound (expected scenario). ``margin_pp``,
    ``gap_eur_per_year`` and ``gap_eur_total`` all refer to **one** bound, ``bound``: the
    nearest one the bid does not yet meet, or (for a bid that meets them all) the
    binding one. ``worst`` is the same measure in the worst scenario.
    ``effective_pct`` and ``margin_pp`` are unrounded; see :func:`present`.
    """

    code: str
    required: Threshold
    effective_pct: Decimal
    margin_pp: Decimal | None
    gap_eur_per_year: Decimal | None
    gap_eur_total: Decimal | None
    scenarios: dict[str, Decimal] = field(default_factory=dict, hash=False)
    scenario_codes: dict[str, str] = field(default_factory=dict, hash=False)
    reason: str = ""
    bounds: tuple[BoundGap, ...] = ()
    bound: BoundGap | None = None
    worst: WorstCase | None = None


def verdict_rank(code: str) -> int:
    """Position of a code in :data:`VERDICT_CODES` (fails 0 … meets 3)."""
    return VERDICT_CODES.index(code)


def _meet_bound(t: Threshold) -> tuple[Fraction, bool]:
    """(bound, strict): the reduction from which a threshold is met."""
    assert t.low is not None
    if t.kind == "range":
        assert t.high is not None
        return _q(t.high), False
    if t.kind == "approximately":
        return _q(t.low), False  # "about X %": met at X or above
    return _q(t.low), t.is_strict


def _fail_floor(t: Threshold) -> tuple[Fraction, bool]:
    """(floor, strict): below the floor (at it too, when strict) a threshold fails."""
    assert t.low is not None
    if t.kind == "approximately":
        return _q(t.low) - _q(t.tolerance), False
    if t.kind == "range":
        return _q(t.low), False
    return _q(t.low), t.is_strict


def _above(value: Fraction, bound: Fraction, strict: bool) -> bool:
    return value > bound if strict else value >= bound


def _scenario_code(t: Threshold, e: Fraction) -> str:
    bound, strict = _meet_bound(t)
    if _above(e, bound, strict):
        return "meets"
    floor, floor_strict = _fail_floor(t)
    if not _above(e, floor, floor_strict):
        return "fails"
    return "depends"


def _bounds(t: Threshold) -> list[tuple[Fraction, bool]]:
    """The bounds a distance is measured to, lowest first: both ends of a range, else one."""
    assert t.low is not None
    if t.kind == "range":
        assert t.high is not None
        return [(_q(t.low), False), (_q(t.high), False)]
    if t.kind == "approximately":
        return [(_q(t.low), False)]
    return [(_q(t.low), t.is_strict)]


def _bound_gaps(t: Threshold, flow: _Flow, duration_years: int) -> list[BoundGap]:
    e = flow.effective
    out: list[BoundGap] = []
    for bound, strict in _bounds(t):
        met = _above(e, bound, strict)
        if met:
            gap = Fraction(0)
        else:
            gap = flow.net_total - flow.list_total * (1 - bound / _HUNDRED)
            if strict:
                gap += _CENT_Q
            gap = max(gap, Fraction(0))
        out.append(
            BoundGap(
                pct=_d(bound),
                strict=strict,
                met=met,
                margin_pp=_d(e - bound),
                gap_per_year=_cents(gap / duration_years, ROUND_CEILING),
                gap_total=_cents(gap, ROUND_CEILING),
            )
        )
    return out


def _named(gaps: list[BoundGap]) -> BoundGap:
    """The nearest bound not yet met (the lowest); when all are met, the highest."""
    return next((g for g in gaps if not g.met), gaps[-1])


def _verdict(
    t: Threshold,
    flows: Mapping[str, _Flow],
    *,
    duration_years: int,
    substantial_margin_pp: Decimal | None,
) -> Verdict:
    main = flows["expected"] if "expected" in flows else next(iter(flows.values()))
    e = main.effective
    pcts = {name: _d(f.effective) for name, f in flows.items()}
    if not t.is_numeric:
        reason = "comparator" if t.kind in COMPARATOR_KINDS else "no_number"
        return Verdict("judgement", t, _d(e), None, None, None, pcts, {}, reason)
    assert t.low is not None
    codes = {name: _scenario_code(t, f.effective) for name, f in flows.items()}
    distinct = set(codes.values())
    if len(distinct) == 1:
        code = distinct.pop()
        reason = ""
        if code == "depends":
            reason = "in_range" if t.kind == "range" else "within_tolerance"
    else:
        code, reason = "depends", "scenarios_differ"
    gaps = _bound_gaps(t, main, duration_years)
    named = _named(gaps)
    if (
        code == "meets"
        and t.substantially
        and (substantial_margin_pp is None or named.margin_pp < substantial_margin_pp)
    ):
        code, reason = "judgement", "substantially"
    # the lowest effective reduction; on a tie the expected scenario, then the most money
    worst_flow = min(flows.values(), key=lambda f: (f.effective, f is not main, -f.list_total))
    worst = WorstCase(
        worst_flow.name,
        _d(worst_flow.effective),
        _named(_bound_gaps(t, worst_flow, duration_years)),
    )
    return Verdict(
        code,
        t,
        _d(e),
        named.margin_pp,
        named.gap_per_year,
        named.gap_total,
        pcts,
        codes,
        reason,
        bounds=tuple(gaps),
        bound=named,
        worst=worst,
    )


def evaluate(
    threshold: Threshold,
    dossier: Dossier,
    arrangement: Arrangement,
    *,
    duration_years: int = 3,
    factors: Mapping[str, Decimal] | None = None,
    growth_pct: Decimal | None = None,
    substantial_margin_pp: Decimal | None = None,
) -> Verdict:
    """The verdict of an arrangement against one threshold.

    Boundaries are exact. ``at_least`` x: meets when e ≥ x; ``more_than`` x: e > x
    (``strict_override`` can swap these); ``range`` lo–hi: meets from hi, fails below
    lo, ``depends`` in between; ``approximately`` x ± tol: meets from x, fails below
    x − tol, ``depends`` in between. If the scenarios disagree the verdict is
    ``depends``. A threshold with ``substantially`` ("fors") that is met gives
    ``judgement`` unless the margin is at least ``substantial_margin_pp``.
    ``approximately`` x ± tol: meets from x, ``depends`` within tol below x, fails below.
    Qualitative and comparator thresholds give ``judgement``.
    """
    flows = _flows(
        dossier, arrangement, duration_years=duration_years, factors=factors, growth_pct=growth_pct
    )
    return _verdict(
        threshold, flows, duration_years=duration_years, substantial_margin_pp=substantial_margin_pp
    )


@dataclass(frozen=True)
class Assessment:
    """A bid against the mandate and, beside it, against the public advice."""

    mandate: Verdict | None
    advice: Verdict | None
    scenarios: dict[str, ScenarioResult] = field(hash=False)
    mandate_is_advice: bool
    mandate_weaker_than_advice: bool

    @property
    def effective_pct(self) -> Decimal:
        """Effective reduction in the expected scenario (unrounded)."""
        key = "expected" if "expected" in self.scenarios else next(iter(self.scenarios))
        return self.scenarios[key].effective_pct


def assess(
    dossier: Dossier,
    bid: Bid,
    *,
    factors: Mapping[str, Decimal] | None = None,
    growth_pct: Decimal | None = None,
    substantial_margin_pp: Decimal | None = None,
) -> Assessment:
    """Assess a bid against the mandate (default: the advice) and against the advice."""
    flows = _flows(
        dossier,
        bid.arrangement,
        duration_years=bid.duration_years,
        factors=factors,
        growth_pct=growth_pct,
    )

    def verdict(t: Threshold | None) -> Verdict | None:
        if t is None:
            return None
        return _verdict(
            t,
            flows,
            duration_years=bid.duration_years,
            substantial_margin_pp=substantial_margin_pp,
        )

    return Assessment(
        mandate=verdict(dossier.effective_mandate),
        advice=verdict(dossier.advice_threshold),
        scenarios={name: f.public() for name, f in flows.items()},
        mandate_is_advice=dossier.mandate_threshold is None,
        mandate_weaker_than_advice=mandate_weaker_than_advice(dossier),
    )


def mandate_weaker_than_advice(dossier: Dossier) -> bool:
    """True when the mandate would accept a bid that the advice rejects.

    That is: some reduction *meets* the mandate and *fails* the advice; or the advice
    says "fors" and the mandate, at the same bound, does not; or the advice has a
    number and the mandate has none. A mandate left empty is the advice (False).
    """
    advice, mandate = dossier.advice_threshold, dossier.mandate_threshold
    if advice is None or mandate is None or not advice.is_numeric:
        return False
    if not mandate.is_numeric:
        return True
    m_bound, m_strict = _meet_bound(mandate)
    a_floor, a_strict = _fail_floor(advice)
    if m_bound < a_floor or (m_bound == a_floor and a_strict and not m_strict):
        return True
    if advice.substantially and not mandate.substantially:
        a_bound, a_bound_strict = _meet_bound(advice)
        return (m_bound, m_strict) <= (a_bound, a_bound_strict)
    return False


# --------------------------------------------------------------------------- reverse


def max_net_price_per_patient(dossier: Dossier, threshold: Threshold) -> Decimal | None:
    """The highest net price per patient (whole cents) that meets ``threshold``.

    A pure net price gives an effective reduction of 1 − net ÷ asking price in every
    scenario and year, so no volume is needed. "Meets" is the verdict's ``meets``
    bound: for a range its upper end, for "approximately" above x + tolerance; a strict
    bound (more than x) is met by the first cent below the exact price. None for a
    threshold without a number, or when no price ≥ 0 meets it.
    """
    if not threshold.is_numeric:
        return None
    price = _price_q(dossier)
    bound, strict = _meet_bound(threshold)
    limit = price * (1 - bound / _HUNDRED)
    best = _floor_cents(limit)
    if strict and best == limit:
        best -= _CENT_Q
    if best < 0:
        return None
    return _d(best).quantize(CENT)


def net_price_limit(dossier: Dossier, threshold: Threshold) -> tuple[Decimal, bool] | None:
    """(price, strict): the net price per patient that ``threshold`` allows, to the cent,
    and whether it must stay *below* it (a strict bound) rather than at or below it. For a
    screen: "lager dan € 26.000" instead of the cent artefact "€ 25.999,99"."""
    if not threshold.is_numeric:
        return None
    bound, strict = _meet_bound(threshold)
    limit = _price_q(dossier) * (1 - bound / _HUNDRED)
    if limit < 0 or (strict and limit == 0):
        return None
    return _cents(limit, ROUND_HALF_UP), strict


def min_cap(
    dossier: Dossier,
    threshold: Threshold,
    *,
    base: Arrangement | None = None,
    duration_years: int = 3,
    scenario: str = "expected",
    factors: Mapping[str, Decimal] | None = None,
    growth_pct: Decimal | None = None,
) -> Decimal | None:
    """The annual cap (whole cents) the threshold requires: the most generous cap that
    still meets it, in ``scenario``; any lower cap meets too.

    ``base`` holds other terms applied before the cap (its own cap is replaced). When
    the base already meets the threshold without a cap, the result is the largest
    yearly net spend (from there on the cap does not bind). None for a threshold
    without a number, or when no cap ≥ 0 meets it.
    """
    if not threshold.is_numeric:
        return None
    terms = base if base is not None else Arrangement()
    terms = Arrangement(
        discount_pct=terms.discount_pct,
        net_price_per_patient=terms.net_price_per_patient,
        list_price_cut_pct=terms.list_price_cut_pct,
        tiers=terms.tiers,
        tier_basis=terms.tier_basis,
        annual_cap=Decimal(0),  # forces a volume, replaced below
        p4p_refund_share_pct=terms.p4p_refund_share_pct,
        p4p_nonresponse_rate_pct=terms.p4p_nonresponse_rate_pct,
    )
    flow = _flows(
        dossier, terms, duration_years=duration_years, factors=factors, growth_pct=growth_pct
    )[scenario]
    bound, strict = _meet_bound(threshold)
    target = flow.list_total * (1 - bound / _HUNDRED)  # the most net spend allowed
    pre = sorted(flow.pre_cap)
    if sum(pre, Fraction(0)) < target or (not strict and sum(pre, Fraction(0)) == target):
        return _d(_ceil_cents(pre[-1])).quantize(CENT)
    if target < 0 or (strict and target == 0):
        return None
    # f(C) = Σ min(N_y, C) is increasing and piecewise linear: solve f(C) = target.
    exact = Fraction(0)
    below = Fraction(0)  # Σ of the N_y that lie below C
    for i, value in enumerate(pre):
        candidate = (target - below) / (len(pre) - i)
        if candidate <= value:
            exact = candidate
            break
        below += value
    cap = _floor_cents(exact)
    if strict and cap == exact:
        cap -= _CENT_Q
    if cap < 0:
        return None
    return _d(cap).quantize(CENT)


# --------------------------------------------------------------------------- CE check


def required_reduction_from_ce(
    delta_cost: Decimal, delta_qaly: Decimal, reference_value: Decimal, drug_cost: Decimal
) -> Decimal:
    """Reduction (percent, unrounded, not clamped) on the drug cost that brings the ICER
    to the reference value: r = (ΔC − ref × ΔQALY) ÷ drug cost × 100.

    Negative: no reduction needed; above 100: not cost-effective even at a price of 0.
    """
    if drug_cost <= 0:
        raise ValueError("drug_cost must be positive")
    r = (_q(delta_cost) - _q(reference_value) * _q(delta_qaly)) / _q(drug_cost) * _HUNDRED
    return _d(r)


def ce_required_pct(dossier: Dossier) -> Decimal | None:
    """The reduction cost-effectiveness asks for, from the dossier's stored inputs (ΔC,
    ΔQALY, the reference value for its disease burden or as given, the drug's cost —
    default the asking price per patient); None when an input is missing."""
    if dossier.ce_delta_cost is None or dossier.ce_delta_qaly is None:
        return None
    ref = dossier.reference_value
    if dossier.disease_burden is not None:
        ref = reference_value_for_burden(dossier.disease_burden)
    drug = dossier.ce_drug_cost
    if drug is None and dossier.asking_price is not None:
        drug = price_per_patient(dossier)
    if ref is None or drug is None or drug <= 0:
        return None
    return required_reduction_from_ce(dossier.ce_delta_cost, dossier.ce_delta_qaly, ref, drug)


def asks_less_than_ce(threshold: Threshold | None, ce_pct: Decimal | None) -> bool:
    """True when a threshold would accept a reduction below what cost-effectiveness needs."""
    if threshold is None or ce_pct is None or not threshold.is_numeric:
        return False
    bound, _ = _meet_bound(threshold)
    return bound < _q(ce_pct)


def reference_value_for_burden(burden: Decimal) -> Decimal:
    """ZIN's reference value (€/QALY) for a disease burden: 0.10–0.40 → 20,000;
    above 0.40 up to 0.70 → 50,000; above 0.70 up to 1.00 → 80,000."""
    if burden < Decimal("0.10") or burden > Decimal("1.00"):
        raise EngineError("burden_out_of_range", burden=burden)
    if burden <= Decimal("0.40"):
        return Decimal(20000)
    if burden <= Decimal("0.70"):
        return Decimal(50000)
    return Decimal(80000)


# --------------------------------------------------------------------------- rows


def _rounded(value: Decimal | None) -> int | float | None:
    return None if value is None else _json_number(present(value))


def bound_to_dict(gap: BoundGap) -> dict[str, object]:
    """One bound of ``mandaat check --json``: ``{"pct", "strict", "met", "margin_pp",
    "gap_per_year", "gap_total"}``."""
    return {
        "pct": _json_number(gap.pct),
        "strict": gap.strict,
        "met": gap.met,
        "margin_pp": _rounded(gap.margin_pp),
        "gap_per_year": _json_number(gap.gap_per_year),
        "gap_total": _json_number(gap.gap_total),
    }


def _worst_dict(w: WorstCase | None) -> dict[str, object] | None:
    if w is None:
        return None
    return {
        "scenario": w.scenario,
        "effective_reduction": _rounded(w.effective_pct),
        "bound_pct": _json_number(w.bound.pct),
        "margin_pp": _rounded(w.bound.margin_pp),
        "gap_per_year": _json_number(w.bound.gap_per_year),
        "gap_total": _json_number(w.bound.gap_total),
    }


def check_rows(dossiers: Iterable[Dossier], bids: Iterable[Bid]) -> list[dict[str, object]]:
    """Per bid a JSON-ready row (the contract of ``mandaat check --json``).

    Rows are ordered by drug, date, round. Percentages are rounded to 2 decimals
    (ROUND_HALF_UP); ``verdict`` is against the mandate, ``advice_verdict`` against the
    advice. A bid that cannot be computed gets ``error`` (a code) and null figures.
    """
    by_id = {d.id: d for d in dossiers}
    rows: list[dict[str, object]] = []
    for bid in bids:
        dossier = by_id.get(bid.dossier_id)
        if dossier is None:
            raise EngineError("unknown_dossier", bid=bid.id, dossier=bid.dossier_id)
        try:
            ce = ce_required_pct(dossier)
        except EngineError:
            ce = None
        row: dict[str, object] = {
            "bid_id": bid.id,
            "dossier_id": dossier.id,
            "drug": dossier.brand,
            "indication": dossier.indication,
            "date": bid.date.isoformat(),
            "round": bid.round,
            "party": bid.party.value,
            "duration_years": bid.duration_years,
            # the cost-effectiveness cross-check, and whether the advice or the mandate
            # would accept less than it requires
            "ce_required_pct": _rounded(ce),
            "ce_above_advice": asks_less_than_ce(dossier.advice_threshold, ce),
            "ce_above_mandate": asks_less_than_ce(dossier.effective_mandate, ce),
        }
        try:
            a = assess(dossier, bid)
        except EngineError as exc:
            row.update(
                effective_reduction=None,
                verdict=None,
                reason=None,
                advice_verdict=None,
                margin_pp=None,
                advice_margin_pp=None,
                gap_eur_per_year=None,
                gap_eur_total=None,
                gap_per_year=None,
                gap_total=None,
                bound_pct=None,
                bounds=[],
                worst=None,
                scenarios=None,
                mandate_weaker_than_advice=mandate_weaker_than_advice(dossier),
                error=exc.code,
            )
            rows.append(row)
            continue
        m, adv = a.mandate, a.advice
        row.update(
            effective_reduction=_rounded(a.effective_pct),
            verdict=None if m is None else m.code,
            reason=None if m is None else m.reason,
            margin_pp=None if m is None else _rounded(m.margin_pp),
            gap_eur_per_year=None if m is None else _json_number(m.gap_eur_per_year),
            gap_eur_total=None if m is None else _json_number(m.gap_eur_total),
            gap_per_year=None if m is None else _json_number(m.gap_eur_per_year),
            gap_total=None if m is None else _json_number(m.gap_eur_total),
            bound_pct=None if m is None or m.bound is None else _json_number(m.bound.pct),
            bounds=[] if m is None else [bound_to_dict(g) for g in m.bounds],
            worst=None if m is None else _worst_dict(m.worst),
            advice_verdict=None if adv is None else adv.code,
            advice_margin_pp=None if adv is None else _rounded(adv.margin_pp),
            scenarios={name: _rounded(s.effective_pct) for name, s in a.scenarios.items()},
            mandate_weaker_than_advice=a.mandate_weaker_than_advice,
        )
        rows.append(row)
    rows.sort(key=lambda r: (str(r["drug"]), str(r["date"]), int(str(r["round"]))))
    return rows
