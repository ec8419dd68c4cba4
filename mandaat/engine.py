"""The mandate engine: effective reduction of a bid, and its verdict against a threshold.

Exact arithmetic: inputs and outputs are :class:`~decimal.Decimal`; inside, the engine
computes with :class:`~fractions.Fraction` (exact rationals, built exactly from the
Decimals), so that a division such as budget impact ÷ price per patient never rounds
and a boundary (68.00 against "more than 68") is decided on the exact value. A verdict
compares, and measures its gaps, on the integers of those Fractions over one common
denominator per scenario (the same exact values, without making a Fraction per step).
Values are converted back to Decimal only for output (non-terminating values to 40
significant digits); :func:`present` rounds a percentage or amount to 2 decimals, ROUND_HALF_UP.
Gaps (what the supplier must still give) are rounded *up* to the cent.

The rules are documented, with worked examples, in ``docs/mandate.md``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import ROUND_CEILING, ROUND_HALF_UP, Context, Decimal, localcontext
from fractions import Fraction
from functools import lru_cache
from typing import Literal, NamedTuple

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
    "ExtraDiscount",
    "Sensitivity",
    "SensitivityPoint",
    "Verdict",
    "YearFlow",
    "YearMoney",
    "WorstCase",
    "assess",
    "horizon_verdict",
    "linked_dossiers",
    "IndicationResult",
    "ProductResult",
    "product_wide",
    "product_to_dict",
    "bound_to_dict",
    "cap_binds_from_patients",
    "check_rows",
    "extra_discount",
    "sensitivity",
    "sensitivity_to_dict",
    "with_extra_discount",
    "year_money",
    "year_to_dict",
    "years_total_dict",
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
_ZERO = Fraction(0)

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
    "patient_units_need_units": (
        "{drug}: een plafond of gratis startdoses in eenheden vraagt een prijs per eenheid "
        "met het aantal eenheden per patiënt"
    ),
    "no_starters": "{drug}: gratis startdoses zonder het aandeel starters per jaar",
    "no_treatment_months": (
        "{drug}: een plafond op de behandelduur zonder de verwachte behandelduur per patiënt"
    ),
    "duration_cap_per_year": (
        "{drug}: een plafond op de behandelduur bij een prijs per jaar vraagt de startjaren "
        "van de patiënten; niet berekend"
    ),
    "no_after_end": (
        "{drug}: niet vastgelegd wat na het einde van de regeling geldt; de horizon van "
        "{years} jaar gaat daar voorbij"
    ),
    "bad_horizon": "de horizon moet minstens 1 jaar zijn (was {years})",
    "product_wide_cap": (
        "{drug}: een productbreed bod met een uitgavenplafond wordt niet per indicatie "
        "verdeeld; niet berekend"
    ),
    "product_wide_net_price": (
        "{drug}: een productbreed bod met een nettoprijs per patiënt past niet op elke "
        "indicatie; niet berekend"
    ),
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


@lru_cache(maxsize=65_536)
def _q(value: Decimal | Fraction | int) -> Fraction:
    """The exact Fraction of a value. Kept per value (a dossier's price, a threshold, a
    percentage recur in every bid): equal values give equal Fractions, so this is exact."""
    return Fraction(value)


#: The contexts of the conversions below, made once instead of per call (localcontext):
#: the default context's rounding and traps with the stated precision.
_PREC_40 = Context(prec=40)
_PREC_60 = Context(prec=60)


def _d(value: Fraction) -> Decimal:
    """Fraction → Decimal: exact when it terminates, else 40 significant digits."""
    return _d_ratio(value.numerator, value.denominator)


def _d_ratio(numerator: int, denominator: int) -> Decimal:
    """:func:`_d` of ``numerator / denominator`` (``denominator`` > 0), without making the
    Fraction: a Decimal division rounds the exact quotient, so it depends on the value
    only, and an integral value is exact as in :func:`_d`."""
    if numerator % denominator == 0:
        return Decimal(numerator // denominator)
    return _PREC_40.divide(Decimal(numerator), Decimal(denominator))


def _sum(values: Iterable[Fraction]) -> Fraction:
    """Σ values, exact: the numerators over the least common denominator, added as
    integers and reduced once (the same Fraction as adding them one by one)."""
    values = tuple(values)
    den = math.lcm(*(v.denominator for v in values))
    return Fraction(sum(v.numerator * (den // v.denominator) for v in values), den)


def present(value: Decimal) -> Decimal:
    """Round for display: 2 decimals, ROUND_HALF_UP (as Excel and the nota do)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _cents(value: Fraction, rounding: str) -> Decimal:
    return _cents_ratio(value.numerator, value.denominator, rounding)


def _cents_ratio(numerator: int, denominator: int, rounding: str) -> Decimal:
    """:func:`_cents` of ``numerator / denominator`` (``denominator`` > 0): the division
    rounds the exact quotient, so any representation of the value gives the same cents."""
    exact = _PREC_60.divide(Decimal(numerator), Decimal(denominator))
    return exact.quantize(CENT, rounding=rounding, context=_PREC_60)


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
    #: net spend after discounts and tiers, before the p4p refund and the cap (the invoice)
    invoiced: tuple[Fraction, ...] = ()
    #: ``patients`` and ``lists`` as Decimals (:func:`_d`), when known (made per dossier)
    patients_d: tuple[Decimal, ...] = ()
    lists_d: tuple[Decimal, ...] = ()
    #: Σ ``lists``, when known (made per dossier)
    lists_sum: Fraction | None = None

    # Made once, with the flow (a verdict asks for them a dozen times); exact, nothing is
    # rounded but effective_d (:func:`_d`).
    list_total: Fraction = field(init=False)
    net_total: Fraction = field(init=False)
    #: (L, N, D): Σlist = L/D and Σnet = N/D exactly, over one denominator D > 0, so that a
    #: verdict's comparisons and gaps are integer arithmetic (see :func:`_bound_gaps`)
    scaled: tuple[int, int, int] = field(init=False)
    #: the effective reduction in percent, exact: (1 − Σnet ÷ Σlist) × 100 = 100(L − N)/L,
    #: 0 without list spend. Never clamped: a net price above the asking price gives a
    #: negative reduction (a price increase), not 0 %.
    effective: Fraction = field(init=False)
    effective_d: Decimal = field(init=False)  # :attr:`effective` as a Decimal (:func:`_d`)

    def __post_init__(self) -> None:
        lt = self.lists_sum if self.lists_sum is not None else _sum(self.lists)
        nt = _sum(self.nets)
        den = math.lcm(lt.denominator, nt.denominator)
        total, net = lt.numerator * (den // lt.denominator), nt.numerator * (den // nt.denominator)
        effective = Fraction(100 * (total - net), total) if total > 0 else _ZERO
        for name, value in (
            ("list_total", lt),
            ("net_total", nt),
            ("scaled", (total, net, den)),
            ("effective", effective),
            ("effective_d", _d(effective)),
        ):
            object.__setattr__(self, name, value)  # a frozen dataclass's own fields

    def public(self) -> ScenarioResult:
        return ScenarioResult(
            name=self.name,
            factor=_d(self.factor),
            years=tuple(
                YearFlow(i + 1, n, lst, _d(net))
                for i, (n, lst, net) in enumerate(
                    zip(
                        self.patients_d or tuple(_d(p) for p in self.patients),
                        self.lists_d or tuple(_d(x) for x in self.lists),
                        self.nets,
                        strict=True,
                    )
                )
            ),
            list_total=_d(self.list_total),
            net_total=_d(self.net_total),
            effective_pct=self.effective_d,
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
    return _quotient(_q(dossier.budget_impact_y3), price) if price > 0 else None


def expected_patients(dossier: Dossier) -> Decimal | None:
    """Expected patients per year: given, or budget impact year 3 ÷ price per patient."""
    n = _patients_q(dossier)
    return None if n is None else _d(n)


def _needs_volume(arrangement: Arrangement) -> bool:
    return arrangement.annual_cap is not None or bool(arrangement.tiers)


@lru_cache(maxsize=65_536)
def _factor(pct: Decimal | None) -> Fraction:
    """1 − pct/100, never below 0."""
    if pct is None:
        return Fraction(1)
    return max(Fraction(0), 1 - _q(pct) / _HUNDRED)


def _patient_share(dossier: Dossier, arrangement: Arrangement) -> Fraction:
    """The share of a patient's use the payer pays under the per-patient terms (1 without
    them), exact; see docs/mandate.md, "Per-patient caps".

    Units (a price per unit, U units per patient): the payer pays min(U, cap) units, less
    the free initiation units of the patients who start: a starter pays
    max(0, min(U, cap) − N), so per patient on average min(U, cap) − s·min(N, min(U, cap))
    with s the starters' share. Months: min(cap, T) ÷ T of the treatment's price, T the
    expected treatment duration. Each patient is assumed to use U units and T months: with
    a spread of use the caps give the payer more than computed (min is concave), so the
    computed reduction is never above the real one; free doses are worth less than
    computed for a patient who stops before using N units (docs/mandate.md)."""
    a = arrangement
    share = Fraction(1)
    if a.patient_cap_units is not None or a.free_initial_units is not None:
        if (
            dossier.price_basis is not PriceBasis.PER_UNIT
            or dossier.units_per_patient is None
            or dossier.units_per_patient <= 0
        ):
            raise EngineError("patient_units_need_units", drug=dossier.brand)
        units = _q(dossier.units_per_patient)
        paid = units if a.patient_cap_units is None else min(units, _q(a.patient_cap_units))
        if a.free_initial_units is not None:
            if a.starters_pct is None:
                raise EngineError("no_starters", drug=dossier.brand)
            starters = _q(a.starters_pct) / _HUNDRED
            paid -= starters * min(_q(a.free_initial_units), paid)
        share *= paid / units
    if a.patient_cap_months is not None:
        if dossier.price_basis is PriceBasis.PER_YEAR:
            raise EngineError("duration_cap_per_year", drug=dossier.brand)
        if a.treatment_months is None or a.treatment_months <= 0:
            raise EngineError("no_treatment_months", drug=dossier.brand)
        months = _q(a.treatment_months)
        share *= min(_q(a.patient_cap_months), months) / months
    return share


def _year_net(
    arrangement: Arrangement, price: Fraction, patients: Fraction, share: Fraction = Fraction(1)
) -> Fraction:
    """Net spend before the annual cap, for one year."""
    return _year_parts(arrangement, price, patients, _unit_price(arrangement, price, share))[1]


def _unit_price(
    arrangement: Arrangement, price: Fraction, share: Fraction = Fraction(1)
) -> Fraction:
    """Net price per patient after the list-price cut (or the net price) and discount, times
    ``share``: the part of a patient's use the payer pays (:func:`_patient_share`)."""
    if arrangement.net_price_per_patient is not None:
        unit = max(Fraction(0), _q(arrangement.net_price_per_patient))
    else:
        unit = price * _factor(arrangement.list_price_cut_pct)
    return unit * _factor(arrangement.discount_pct) * share


def _year_parts(
    arrangement: Arrangement,
    price: Fraction,
    patients: Fraction,
    unit: Fraction | None = None,
) -> tuple[Fraction, Fraction]:
    """(invoiced, after refund): one year's net spend after discounts and tiers, and the
    same after the pay-for-performance refund (both before the annual cap). ``unit``:
    :func:`_unit_price`, when the caller has it already."""
    if unit is None:
        unit = _unit_price(arrangement, price)
    spend = patients * unit
    if arrangement.tiers:
        base = patients if arrangement.tier_basis == "volume" else patients * price
        if base > 0:
            per = spend / base  # net spend per patient, or per euro of list spend
            steps = sorted(arrangement.tiers, key=lambda t: t.threshold)
            bounds = [(Fraction(0), Fraction(1))] + [
                (_q(t.threshold), _factor(t.discount_pct)) for t in steps
            ]
            if arrangement.tier_mode == "all_units":
                # above the highest threshold passed, every unit gets that tier's discount
                passed = [factor for start, factor in bounds if start < base]
                return _p4p(arrangement, base * per * passed[-1])
            total = Fraction(0)
            for i, (start, factor) in enumerate(bounds):
                end = bounds[i + 1][0] if i + 1 < len(bounds) else base
                band = max(Fraction(0), min(end, base) - max(start, Fraction(0)))
                total += band * per * factor
            spend = total
    return _p4p(arrangement, spend)


def _p4p(arrangement: Arrangement, spend: Fraction) -> tuple[Fraction, Fraction]:
    """(invoiced, after the pay-for-performance refund)."""
    invoiced = spend
    share, rate = arrangement.p4p_refund_share_pct, arrangement.p4p_nonresponse_rate_pct
    if share is not None and rate is not None:
        spend *= _kept_after_refund(share, rate)
    return invoiced, max(spend, _ZERO)


@lru_cache(maxsize=4_096)
def _kept_after_refund(share_pct: Decimal, rate_pct: Decimal) -> Fraction:
    """1 − share% × non-response%, never below 0: what the payer keeps paying."""
    return max(Fraction(0), 1 - _q(share_pct) * _q(rate_pct) / 10000)


def _after_terms(dossier: Dossier, arrangement: Arrangement, horizon: int) -> Arrangement:
    """The terms of the years after the arrangement's end: the asking price, or the stated
    net price per patient. Not stated: :class:`EngineError` ``no_after_end``."""
    if arrangement.after_end == "list":
        return Arrangement()
    if arrangement.after_end == "net" and arrangement.after_end_net_price is not None:
        return Arrangement(net_price_per_patient=arrangement.after_end_net_price)
    raise EngineError("no_after_end", drug=dossier.brand, years=horizon)


class _Volume(NamedTuple):
    """One scenario's patients and list spend per year (exact, and as Decimals), and Σ."""

    name: str
    factor: Fraction
    patients: tuple[Fraction, ...]
    lists: tuple[Fraction, ...]
    patients_d: tuple[Decimal, ...]
    lists_d: tuple[Decimal, ...]
    list_total: Fraction


@lru_cache(maxsize=4_096)
def _volumes(
    price: Fraction,
    n: Fraction,
    g: Fraction,
    factors: tuple[tuple[str, Decimal], ...],
    years: int,
) -> tuple[_Volume, ...]:
    """(patients, list spend) per year of each scenario: the dossier's, the same for every
    bid of the same duration, so made once. ZIN's volume is that of the third year after
    admission: year 3 = n, year y = n × g^(y − 3) (see docs/mandate.md, "Growth")."""
    out = []
    for name, factor in factors:
        f = _q(factor)
        patients = tuple(n * f * g ** (y - _ANCHOR_YEAR + 1) for y in range(years))
        lists = tuple(p * price for p in patients)
        out.append(
            _Volume(
                name,
                f,
                patients,
                lists,
                tuple(_d(p) for p in patients),
                tuple(_d(x) for x in lists),
                _sum(lists),
            )
        )
    return tuple(out)


@lru_cache(maxsize=1_024)
def _growth_factor(growth: Decimal | None) -> Fraction:
    """1 + growth/100 (1 without a growth)."""
    return 1 + (_q(growth) / _HUNDRED if growth is not None else Fraction(0))


@lru_cache(maxsize=4_096)
def _quotient(a: Fraction, b: Fraction) -> Fraction:
    """a ÷ b, kept per value (a dossier's budget impact ÷ its price recurs in every bid)."""
    return a / b


def _flows(
    dossier: Dossier,
    arrangement: Arrangement,
    *,
    duration_years: int,
    factors: Mapping[str, Decimal] | None,
    growth_pct: Decimal | None,
    horizon: int | None = None,
) -> dict[str, _Flow]:
    """The exact flows per scenario over the arrangement's ``duration_years``; with
    ``horizon``, over that many years instead: the years after the end at the price
    :func:`_after_terms` states (no annual cap), years beyond the horizon left out."""
    if duration_years < 1:
        raise EngineError("bad_duration", years=duration_years)
    if horizon is not None and horizon < 1:
        raise EngineError("bad_horizon", years=horizon)
    span = duration_years if horizon is None else horizon
    after = _after_terms(dossier, arrangement, span) if span > duration_years else None
    price = _price_q(dossier)
    n = _patients_q(dossier)
    if n is None:
        if _needs_volume(arrangement):
            raise EngineError("no_volume", drug=dossier.brand)
        n = Fraction(1)  # the reduction does not depend on the volume
    growth = growth_pct if growth_pct is not None else dossier.growth_pct_per_year
    g = _growth_factor(growth)
    if g <= 0:
        raise EngineError("bad_growth", growth=growth)
    cap = None if arrangement.annual_cap is None else max(_q(arrangement.annual_cap), _ZERO)
    share = _patient_share(dossier, arrangement)
    unit = _unit_price(arrangement, price, share)
    after_unit = None if after is None else _unit_price(after, price)
    result: dict[str, _Flow] = {}
    # ZIN's volume is that of the third year after admission: year 3 = n, year y =
    # n × g^(y − 3) (see docs/mandate.md, "Growth")
    for v in _volumes(price, n, g, tuple((factors or DEFAULT_SCENARIO_FACTORS).items()), span):
        parts = tuple(
            _year_parts(arrangement, price, p, unit)
            if y < duration_years or after is None
            else _year_parts(after, price, p, after_unit)
            for y, p in enumerate(v.patients)
        )
        pre = tuple(after_refund for _, after_refund in parts)
        nets = tuple(
            x if cap is None or y >= duration_years else min(x, cap) for y, x in enumerate(pre)
        )
        invoiced = tuple(before for before, _ in parts)
        result[v.name] = _Flow(
            v.name,
            v.factor,
            v.patients,
            v.lists,
            pre,
            nets,
            invoiced,
            v.patients_d,
            v.lists_d,
            v.list_total,
        )
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

    @property
    def failing_worst(self) -> WorstCase | None:
        """The worst scenario when it falls short while the expected one has no gap: what
        a screen shows beside "no gap", so that a ``depends`` never hides a failing
        scenario. None otherwise."""
        w = self.worst
        if w is None or w.bound.met or self.gap_eur_per_year:
            return None
        return w


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
    """value > bound (strict) or value ≥ bound, compared as integers (the denominators of
    a Fraction are positive): a / b ≥ c / d ⇔ a·d ≥ c·b."""
    left = value.numerator * bound.denominator
    right = bound.numerator * value.denominator
    return left > right if strict else left >= right


def _scenario_code(e: Fraction, meet: tuple[Fraction, bool], floor: tuple[Fraction, bool]) -> str:
    """A scenario's code from its reduction, the threshold's :func:`_meet_bound` and its
    :func:`_fail_floor`."""
    if _above(e, *meet):
        return "meets"
    if not _above(e, *floor):
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
    """The distance to each bound, exact, in integers over the flow's common denominator
    (:attr:`_Flow.scaled`: Σlist = L/D, Σnet = N/D) and the bound's b = p/q:

    - gap = Σnet − Σlist·(1 − b/100) = (100q·N − (100q − p)·L) / (100q·D), plus one cent
      (q·D / (100q·D)) for a strict bound, never below 0; per year ÷ the duration;
    - margin = e − b with e = m/k: (m·q − p·k) / (k·q).
    Converted to Decimal (:func:`_d_ratio`, :func:`_cents_ratio`) by value, so they are
    the figures Fraction arithmetic gives (tests/test_engine_exact.py checks that)."""
    e = flow.effective
    m, k = e.numerator, e.denominator
    total, net, den = flow.scaled
    out: list[BoundGap] = []
    for bound, strict in _bounds(t):
        p, q = bound.numerator, bound.denominator
        met = _above(e, bound, strict)
        gap, scale = 0, 100 * q * den
        if not met:
            gap = 100 * q * net - (100 * q - p) * total
            if strict:
                gap += q * den
            gap = max(gap, 0)
        out.append(
            BoundGap(
                pct=_d(bound),
                strict=strict,
                met=met,
                margin_pp=_d_ratio(m * q - p * k, k * q),
                gap_per_year=_cents_ratio(gap, scale * duration_years, ROUND_CEILING),
                gap_total=_cents_ratio(gap, scale, ROUND_CEILING),
            )
        )
    return out


def _named(gaps: list[BoundGap]) -> BoundGap:
    """The nearest bound not yet met (the lowest); when all are met, the highest."""
    return next((g for g in gaps if not g.met), gaps[-1])


def _compare(a: Fraction, b: Fraction) -> int:
    """−1, 0 or 1 as a <, =, > b, compared as integers (positive denominators)."""
    left, right = a.numerator * b.denominator, b.numerator * a.denominator
    return (left > right) - (left < right)


def _worst_flow(flows: Mapping[str, _Flow], main: _Flow) -> _Flow:
    """The flow with the lowest effective reduction; on a tie the expected scenario (main),
    then the most list spend, then the first: ``min`` by (effective, not main, −list)."""
    worst: _Flow | None = None
    for f in flows.values():
        if worst is None:
            worst = f
            continue
        order = _compare(f.effective, worst.effective)
        if order == 0:
            order = (f is not main) - (worst is not main)
        if order == 0:
            order = -_compare(f.list_total, worst.list_total)
        if order < 0:
            worst = f
    assert worst is not None
    return worst


def _verdict(
    t: Threshold,
    flows: Mapping[str, _Flow],
    *,
    duration_years: int,
    substantial_margin_pp: Decimal | None,
) -> Verdict:
    main = flows["expected"] if "expected" in flows else next(iter(flows.values()))
    pcts = {name: f.effective_d for name, f in flows.items()}
    if not t.is_numeric:
        reason = "comparator" if t.kind in COMPARATOR_KINDS else "no_number"
        return Verdict("judgement", t, main.effective_d, None, None, None, pcts, {}, reason)
    assert t.low is not None
    meet, floor = _meet_bound(t), _fail_floor(t)
    codes = {name: _scenario_code(f.effective, meet, floor) for name, f in flows.items()}
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
    worst_flow = _worst_flow(flows, main)
    worst = WorstCase(
        worst_flow.name,
        worst_flow.effective_d,
        # the same flow gives the same gaps: computed once when the worst is the main one
        _named(gaps if worst_flow is main else _bound_gaps(t, worst_flow, duration_years)),
    )
    return Verdict(
        code,
        t,
        main.effective_d,
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
    flows, mandate, advice = _assessed(
        dossier,
        bid,
        factors=factors,
        growth_pct=growth_pct,
        substantial_margin_pp=substantial_margin_pp,
    )
    return Assessment(
        mandate=mandate,
        advice=advice,
        scenarios={name: f.public() for name, f in flows.items()},
        mandate_is_advice=dossier.mandate_threshold is None,
        mandate_weaker_than_advice=mandate_weaker_than_advice(dossier),
    )


def _assessed(
    dossier: Dossier,
    bid: Bid,
    *,
    factors: Mapping[str, Decimal] | None = None,
    growth_pct: Decimal | None = None,
    substantial_margin_pp: Decimal | None = None,
) -> tuple[dict[str, _Flow], Verdict | None, Verdict | None]:
    """The flows of :func:`assess` and its verdicts against the mandate and the advice
    (``check_rows`` takes these, without the per-year Decimals of every scenario)."""
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

    return flows, verdict(dossier.effective_mandate), verdict(dossier.advice_threshold)


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
    terms = replace(terms, annual_cap=Decimal(0))  # forces a volume, replaced below
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


# --------------------------------------------------------------------------- analyses
# Issue 17: per-year money, what it would take, what decides the verdict. Every figure
# here is confidential: per-year bid money is business-confidential, the extra discount
# and the sensitivity are state-financial; none of it goes into a Woo export.


@dataclass(frozen=True)
class YearMoney:
    """One year of one scenario, in money (exact; see docs/mandate.md, "Per-year money").

    ``net_before_cap`` is the invoice: spend at the bid's net price after discounts and
    tiers, before the pay-for-performance refund and the cap. The p4p refund comes first,
    then the cap repays what is left above it:
    ``net_spend = net_before_cap − p4p_refund − cap_repayment``; ``saving = list_spend −
    net_spend``.
    """

    year: int
    patients: Decimal
    list_spend: Decimal
    net_before_cap: Decimal
    cap_repayment: Decimal
    p4p_refund: Decimal
    net_spend: Decimal
    saving: Decimal


_MONEY_FIELDS = (
    "list_spend",
    "net_before_cap",
    "cap_repayment",
    "p4p_refund",
    "net_spend",
    "saving",
)


def _year_money(flow: _Flow) -> list[YearMoney]:
    out: list[YearMoney] = []
    for i, n in enumerate(flow.patients):
        lst, inv, pre, net = flow.lists[i], flow.invoiced[i], flow.pre_cap[i], flow.nets[i]
        out.append(
            YearMoney(
                year=i + 1,
                patients=_d(n),
                list_spend=_d(lst),
                net_before_cap=_d(inv),
                cap_repayment=_d(pre - net),
                p4p_refund=_d(inv - pre),
                net_spend=_d(net),
                saving=_d(lst - net),
            )
        )
    return out


def year_money(
    dossier: Dossier,
    arrangement: Arrangement,
    *,
    duration_years: int = 3,
    factors: Mapping[str, Decimal] | None = None,
    growth_pct: Decimal | None = None,
) -> dict[str, list[YearMoney]]:
    """Per scenario the year-by-year money of an arrangement (exact Decimals)."""
    flows = _flows(
        dossier, arrangement, duration_years=duration_years, factors=factors, growth_pct=growth_pct
    )
    return {name: _year_money(flow) for name, flow in flows.items()}


def _exact_text(value: Decimal) -> str:
    """A Decimal as plain decimal text, never in exponent notation."""
    return format(value, "f")


def year_to_dict(y: YearMoney) -> dict[str, object]:
    """One year of ``check --json --years``: ``year`` an int, the rest decimal strings."""
    row: dict[str, object] = {"year": y.year, "patients": _exact_text(y.patients)}
    for name in _MONEY_FIELDS:
        row[name] = _exact_text(getattr(y, name))
    return row


def years_total_dict(years: list[YearMoney]) -> dict[str, object]:
    """The totals over the duration of one scenario (decimal strings)."""
    row: dict[str, object] = {"patients": _exact_text(sum((y.patients for y in years), Decimal(0)))}
    for name in _MONEY_FIELDS:
        row[name] = _exact_text(sum((getattr(y, name) for y in years), Decimal(0)))
    return row


def with_extra_discount(arrangement: Arrangement, extra_pct: Decimal) -> Arrangement:
    """The arrangement with an extra confidential discount of ``extra_pct`` percent on top
    of its net price per patient (before tiers, refunds and the cap): the confidential
    discount d becomes 100 − (100 − d)(100 − extra)/100. Exact for Decimal input."""
    base = arrangement.discount_pct if arrangement.discount_pct is not None else Decimal(0)
    with localcontext() as ctx:
        ctx.prec = 60
        combined = Decimal(100) - (Decimal(100) - base) * (Decimal(100) - extra_pct) / 100
    return replace(arrangement, discount_pct=combined)


def _extra_fraction(
    flow: _Flow, bound: Fraction, strict: bool, cap: Fraction | None
) -> Fraction | None:
    """The smallest extra discount d (a fraction, 0 ≤ d ≤ 1) with which ``flow`` meets
    ``bound``; exact (:data:`_MET` when it meets already). Every year's spend before the
    cap scales by (1 − d), so the net total f(d) = Σ min((1 − d)·P_y, C) is continuous,
    non-increasing, concave and piecewise linear, with a kink where (1 − d)·P_y = C;
    f(d) = target is solved on its segment. None when no d ≤ 1 meets the bound."""
    total_list = flow.list_total
    if total_list <= 0:
        return None
    if _above(flow.effective, bound, strict):
        return _MET
    target = total_list * (1 - bound / _HUNDRED)  # the most net spend allowed
    if target < 0 or (strict and target == 0):
        return None
    c = None if cap is None else max(cap, Fraction(0))
    pre = flow.pre_cap

    def f(d: Fraction) -> Fraction:
        return sum(((1 - d) * p if c is None else min((1 - d) * p, c) for p in pre), Fraction(0))

    kinks = {Fraction(0), Fraction(1)}
    if c is not None:
        kinks |= {1 - c / p for p in pre if p > c}
    points = sorted(k for k in kinks if 0 <= k <= 1)
    for a, b in zip(points, points[1:], strict=False):
        fa, fb = f(a), f(b)
        if fb <= target < fa:
            return a + (fa - target) / (fa - fb) * (b - a)
    return None  # pragma: no cover - f(1) = 0 ≤ target < f(0) always has a segment


#: :func:`_extra_fraction` for a flow that meets already (no extra discount, no cent)
_MET = Fraction(-1)


def _extra_pct(exact: Fraction | None, strict: bool) -> Decimal | None:
    """Percent, rounded up to 0.01 (so that it meets); a strict bound reached exactly
    needs one hundredth more. None above 100 %."""
    if exact is None:
        return None
    if exact == _MET:
        return Decimal("0.00")
    pct = _ceil_cents(exact * _HUNDRED)
    if strict and pct == exact * _HUNDRED:
        pct += _CENT_Q
    if pct > _HUNDRED:
        return None
    return _d(pct).quantize(CENT)


@dataclass(frozen=True)
class ExtraDiscount:
    """The extra confidential discount (percent, 2 decimals, rounded up) that makes a bid
    meet one bound: in the expected scenario and in every scenario (``worst``: the
    scenario that needs the most, ``worst_scenario``). None where no discount closes it."""

    pct: Decimal
    strict: bool
    expected: Decimal | None
    worst: Decimal | None
    worst_scenario: str | None


def _extra_for(
    flows: Mapping[str, _Flow], bound: Fraction, strict: bool, cap: Fraction | None
) -> ExtraDiscount:
    main = flows["expected"] if "expected" in flows else next(iter(flows.values()))
    exact = {name: _extra_fraction(f, bound, strict, cap) for name, f in flows.items()}
    worst: Decimal | None = None
    worst_name: str | None = None
    if all(v is not None for v in exact.values()):
        worst_name = max(exact, key=lambda k: (exact[k], k == main.name))
        worst = _extra_pct(exact[worst_name], strict)
        if worst is None:
            worst_name = None
    return ExtraDiscount(_d(bound), strict, _extra_pct(exact[main.name], strict), worst, worst_name)


def extra_discount(
    threshold: Threshold,
    dossier: Dossier,
    arrangement: Arrangement,
    *,
    duration_years: int = 3,
    factors: Mapping[str, Decimal] | None = None,
    growth_pct: Decimal | None = None,
) -> tuple[ExtraDiscount, list[ExtraDiscount]] | None:
    """What it would take: the extra discount that makes the verdict meet (to the bound
    from which ``threshold`` is met: a range's upper end), and the same to each bound of
    :func:`_bounds` (a range: both ends). None for a threshold without a number.
    "Fors" is not a number: reaching the number leaves the verdict a judgement."""
    if not threshold.is_numeric:
        return None
    flows = _flows(
        dossier, arrangement, duration_years=duration_years, factors=factors, growth_pct=growth_pct
    )
    cap = None if arrangement.annual_cap is None else _q(arrangement.annual_cap)
    bound, strict = _meet_bound(threshold)
    main = _extra_for(flows, bound, strict, cap)
    per = [_extra_for(flows, b, s, cap) for b, s in _bounds(threshold)]
    return main, per


def cap_binds_from_patients(dossier: Dossier, arrangement: Arrangement) -> Decimal | None:
    """The patients in a year from which the annual cap binds: the least p above which the
    spend before the cap, S(p), exceeds the cap (exact, unrounded). S is linear between
    tier thresholds (continuous for a marginal staffel; an all-units staffel steps down at
    a threshold), so S(p) = cap is solved on the first segment that crosses it. None
    without a cap, or when the spend never reaches it."""
    if arrangement.annual_cap is None:
        return None
    cap = _q(arrangement.annual_cap)
    price = _price_q(dossier)
    if cap < 0:
        return Decimal(0)
    share = _patient_share(dossier, arrangement)

    def spend(p: Fraction) -> Fraction:
        return _year_net(arrangement, price, p, share)

    kinks = {Fraction(0)}
    for t in arrangement.tiers:
        at = (
            _q(t.threshold)
            if arrangement.tier_basis == "volume"
            else (_q(t.threshold) / price if price > 0 else Fraction(0))
        )
        if at > 0:
            kinks.add(at)
    points = sorted(kinks)
    for i, a in enumerate(points):
        # S is linear on (a, b] (an all-units staffel jumps at a threshold): its line from
        # two inner points, its value just above a, and where it crosses the cap
        b = points[i + 1] if i + 1 < len(points) else a + 3
        p1, p2 = a + (b - a) / 3, a + (b - a) * 2 / 3
        s1, s2 = spend(p1), spend(p2)
        slope = (s2 - s1) / (p2 - p1)
        just_above = s1 - slope * (p1 - a)
        if just_above > cap:
            return _d(a)
        if slope > 0:
            crossing = a + (cap - just_above) / slope
            if i + 1 == len(points) or crossing < b:
                return _d(crossing)
    return None


#: The assumptions a sensitivity table varies, each over its points.
SENSITIVITY_VOLUME_PCT: tuple[int, ...] = (50, 75, 100, 125, 150, 200)
SENSITIVITY_GROWTH_PCT: tuple[int, ...] = (0, 5, 10, 15, 20)
SENSITIVITY_DURATION_YEARS: tuple[int, ...] = (1, 2, 3, 4, 5)
#: p4p non-response: none, half, the stated rate, one and a half, twice (at most 100 %)
SENSITIVITY_P4P_MULTIPLES: tuple[Fraction, ...] = (
    Fraction(0),
    Fraction(1, 2),
    Fraction(1),
    Fraction(3, 2),
    Fraction(2),
)


@dataclass(frozen=True)
class SensitivityPoint:
    """The verdict (one scenario) and effective reduction with one assumption changed."""

    value: Decimal
    verdict: str
    effective_pct: Decimal


@dataclass(frozen=True)
class Sensitivity:
    """A bid's verdict with one assumption varied at a time, in one scenario (the
    expected volume times the volume point): ``base`` is that scenario as stated.
    ``turns`` names the assumptions of which one value alone gives another verdict."""

    base: SensitivityPoint
    volume_pct: tuple[SensitivityPoint, ...]
    growth_pct: tuple[SensitivityPoint, ...]
    p4p_nonresponse_pct: tuple[SensitivityPoint, ...]
    duration_years: tuple[SensitivityPoint, ...]
    turns: tuple[str, ...]


def sensitivity(
    threshold: Threshold,
    dossier: Dossier,
    arrangement: Arrangement,
    *,
    duration_years: int = 3,
    substantial_margin_pp: Decimal | None = None,
) -> Sensitivity:
    """The sensitivity table of a bid against ``threshold`` (see docs/mandate.md)."""
    stated_growth = dossier.growth_pct_per_year

    def point(
        value: Decimal,
        *,
        volume: Decimal = Decimal(1),
        growth: Decimal | None = stated_growth,
        years: int = duration_years,
        terms: Arrangement = arrangement,
    ) -> SensitivityPoint:
        flows = _flows(
            dossier, terms, duration_years=years, factors={"expected": volume}, growth_pct=growth
        )
        v = _verdict(
            threshold, flows, duration_years=years, substantial_margin_pp=substantial_margin_pp
        )
        return SensitivityPoint(value, v.code, v.effective_pct)

    base = point(Decimal(100))
    volume = tuple(point(Decimal(v), volume=Decimal(v) / 100) for v in SENSITIVITY_VOLUME_PCT)
    growth = tuple(point(Decimal(g), growth=Decimal(g)) for g in SENSITIVITY_GROWTH_PCT)
    years = tuple(point(Decimal(y), years=y) for y in SENSITIVITY_DURATION_YEARS)
    p4p: tuple[SensitivityPoint, ...] = ()
    rate = arrangement.p4p_nonresponse_rate_pct
    if arrangement.p4p_refund_share_pct is not None and rate is not None:
        values = sorted({min(_HUNDRED, _q(rate) * m) for m in SENSITIVITY_P4P_MULTIPLES})
        p4p = tuple(
            point(_d(r), terms=replace(arrangement, p4p_nonresponse_rate_pct=_d(r))) for r in values
        )
    table = {"volume": volume, "growth": growth, "p4p_nonresponse": p4p, "duration": years}
    turns = tuple(k for k, pts in table.items() if any(p.verdict != base.verdict for p in pts))
    return Sensitivity(base, volume, growth, p4p, years, turns)


def _point_dict(key: str, p: SensitivityPoint) -> dict[str, object]:
    return {
        key: _json_number(p.value) if key != "pct" else _rounded(p.value),
        "verdict": p.verdict,
        "effective_reduction": _rounded(p.effective_pct),
    }


def sensitivity_to_dict(s: Sensitivity) -> dict[str, object]:
    """``"sensitivity"`` of ``check --json --sensitivity``."""
    return {
        "scenario": "expected",
        "base": {"verdict": s.base.verdict, "effective_reduction": _rounded(s.base.effective_pct)},
        "volume": [_point_dict("pct", p) for p in s.volume_pct],
        "growth": [_point_dict("pct", p) for p in s.growth_pct],
        "p4p_nonresponse": [_point_dict("pct", p) for p in s.p4p_nonresponse_pct],
        "duration": [_point_dict("years", p) for p in s.duration_years],
        "turns_verdict": list(s.turns),
    }


def _extra_dict(e: ExtraDiscount) -> dict[str, object]:
    return {
        "expected": _json_number(e.expected),
        "worst": _json_number(e.worst),
        "worst_scenario": e.worst_scenario,
    }


def _analyses(
    row: dict[str, object],
    dossier: Dossier,
    bid: Bid,
    *,
    years: bool,
    what_it_takes: bool,
    sensitivity_table: bool,
) -> None:
    """Add the optional analyses of issue 17 to one row of ``check_rows``."""
    failed = bool(row.get("error"))
    m = dossier.effective_mandate
    if years:
        if failed:
            row.update(years=None, years_total=None)
        else:
            money = year_money(dossier, bid.arrangement, duration_years=bid.duration_years)
            row["years"] = {k: [year_to_dict(y) for y in ys] for k, ys in money.items()}
            row["years_total"] = {k: years_total_dict(ys) for k, ys in money.items()}
    if what_it_takes:
        extra = None
        if not failed and m is not None:
            extra = extra_discount(m, dossier, bid.arrangement, duration_years=bid.duration_years)
        if extra is None:
            row["extra_discount_pct"] = None
        else:
            main, per = extra
            row["extra_discount_pct"] = {
                **_extra_dict(main),
                "bound_pct": _json_number(main.pct),
                "per_bound": [{"pct": _json_number(e.pct), **_extra_dict(e)} for e in per],
            }
        binds = None
        if not failed:
            binds = cap_binds_from_patients(dossier, bid.arrangement)
        row["cap_binds_from_patients"] = _rounded(binds)
    if sensitivity_table:
        if failed or m is None:
            row["sensitivity"] = None
        else:
            s = sensitivity(m, dossier, bid.arrangement, duration_years=bid.duration_years)
            row["sensitivity"] = sensitivity_to_dict(s)


# --------------------------------------------------------------------------- as written
# Issue 17, "Arrangements as they are written": the verdict over a horizon beyond the
# arrangement's end, and a product-wide bid judged per indication.


def horizon_verdict(
    threshold: Threshold,
    dossier: Dossier,
    bid: Bid,
    horizon: int,
    *,
    substantial_margin_pp: Decimal | None = None,
) -> Verdict:
    """The verdict over ``horizon`` years from the start: the arrangement's years as
    usual, the years after its end at the price the bid states for then (the asking
    price or a net price, no cap); a horizon shorter than the arrangement counts its first
    years only. Raises :class:`EngineError` ``no_after_end`` when the horizon goes beyond
    the end and the bid does not say what is paid after it."""
    flows = _flows(
        dossier,
        bid.arrangement,
        duration_years=bid.duration_years,
        factors=None,
        growth_pct=None,
        horizon=horizon,
    )
    return _verdict(
        threshold, flows, duration_years=horizon, substantial_margin_pp=substantial_margin_pp
    )


def linked_dossiers(dossiers: Iterable[Dossier], dossier: Dossier) -> list[Dossier]:
    """The indications of ``dossier``'s product (itself included), by id; only itself
    when it names no product."""
    key = dossier.product.strip().casefold()
    if not key:
        return [dossier]
    found = [d for d in dossiers if d.product.strip().casefold() == key]
    if all(d.id != dossier.id for d in found):
        found.append(dossier)
    return sorted(found, key=lambda d: (d.id is None, d.id or 0))


@dataclass(frozen=True)
class IndicationResult:
    """A product-wide bid on one indication: the effective reduction (expected scenario)
    and the verdicts against that indication's own mandate and advice; ``error`` (an
    :class:`EngineError` code) when it cannot be computed, the figures then None."""

    dossier: Dossier
    effective_pct: Decimal | None
    verdict: Verdict | None
    advice_verdict: Verdict | None
    list_total: Decimal | None
    net_total: Decimal | None
    patients_total: Decimal | None
    error: str | None = None


@dataclass(frozen=True)
class ProductResult:
    """A product-wide bid over all indications of its product: each indication, and the
    blend over the ones computed (expected scenario): Σ net ÷ Σ list, and the net spend
    per patient over all of them (the blended net price per patient)."""

    product: str
    indications: tuple[IndicationResult, ...]
    effective_pct: Decimal | None
    net_per_patient: Decimal | None


def _product_terms(dossier: Dossier, arrangement: Arrangement) -> None:
    if arrangement.annual_cap is not None:
        raise EngineError("product_wide_cap", drug=dossier.brand)
    if arrangement.net_price_per_patient is not None:
        raise EngineError("product_wide_net_price", drug=dossier.brand)


def product_wide(dossiers: Iterable[Dossier], dossier: Dossier, bid: Bid) -> ProductResult:
    """A product-wide bid applied to every indication linked to ``dossier``, each judged
    against its own mandate (docs/mandate.md, "Multi-indication products"). The bid's
    percentages, tiers, per-patient terms and pay-for-performance apply per indication
    to that indication's asking price and volume. A cap or a net price per patient is
    not spread over indications: those give ``error`` rather than a guess."""
    out: list[IndicationResult] = []
    for d in linked_dossiers(dossiers, dossier):
        try:
            _product_terms(d, bid.arrangement)
            a = assess(d, bid)
        except EngineError as exc:
            out.append(IndicationResult(d, None, None, None, None, None, None, exc.code))
            continue
        main = a.scenarios["expected"]
        out.append(
            IndicationResult(
                d,
                a.effective_pct,
                a.mandate,
                a.advice,
                main.list_total,
                main.net_total,
                sum((y.patients for y in main.years), Decimal(0)),
            )
        )
    done = [r for r in out if r.error is None]
    lists = sum((_q(r.list_total) for r in done if r.list_total is not None), Fraction(0))
    nets = sum((_q(r.net_total) for r in done if r.net_total is not None), Fraction(0))
    pats = sum((_q(r.patients_total) for r in done if r.patients_total is not None), Fraction(0))
    effective = None if lists <= 0 else _d((1 - nets / lists) * _HUNDRED)
    per_patient = None if pats <= 0 else _d(nets / pats)
    return ProductResult(dossier.product.strip(), tuple(out), effective, per_patient)


def product_to_dict(p: ProductResult) -> list[dict[str, object]]:
    """``"indications"`` of ``check --json`` for a product-wide bid."""
    return [
        {
            "dossier": r.dossier.id,
            "drug": r.dossier.brand,
            "indication": r.dossier.indication,
            "verdict": None if r.verdict is None else r.verdict.code,
            "reason": None if r.verdict is None else r.verdict.reason,
            "advice_verdict": None if r.advice_verdict is None else r.advice_verdict.code,
            "effective_pct": _rounded(r.effective_pct),
            "error": r.error,
        }
        for r in p.indications
    ]


# --------------------------------------------------------------------------- rows


def _rounded(value: Decimal | None) -> int | float | None:
    return None if value is None else _json_number(present(value))


def _as_written(
    row: dict[str, object],
    dossiers: list[Dossier],
    dossier: Dossier,
    bid: Bid,
    horizon: int | None,
) -> None:
    """Add ``horizon`` (when asked) and, for a product-wide bid, ``indications`` and
    ``product`` to one row of ``check_rows``."""
    if horizon is not None:
        h: dict[str, object] = {"years": horizon, "after_end": bid.arrangement.after_end}
        m = dossier.effective_mandate
        try:
            v = None if m is None else horizon_verdict(m, dossier, bid, horizon)
        except EngineError as exc:
            h.update(verdict=None, reason=None, effective_reduction=None, scenarios=None)
            h["error"] = exc.code
        else:
            h.update(
                verdict=None if v is None else v.code,
                reason=None if v is None else v.reason,
                effective_reduction=None if v is None else _rounded(v.effective_pct),
                scenarios=None if v is None else {k: _rounded(x) for k, x in v.scenarios.items()},
                error=None,
            )
        row["horizon"] = h
    if bid.arrangement.product_wide:
        p = product_wide(dossiers, dossier, bid)
        row["indications"] = product_to_dict(p)
        row["product"] = {
            "name": p.product or None,
            "effective_pct": _rounded(p.effective_pct),
            "net_per_patient": _json_number(
                None if p.net_per_patient is None else present(p.net_per_patient)
            ),
        }


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


def check_rows(
    dossiers: Iterable[Dossier],
    bids: Iterable[Bid],
    *,
    years: bool = False,
    what_it_takes: bool = False,
    sensitivity: bool = False,
    horizon: int | None = None,
) -> list[dict[str, object]]:
    """Per bid a JSON-ready row (the contract of ``mandaat check --json``).

    ``years``, ``what_it_takes`` and ``sensitivity`` add the analyses of issue 17
    (``years``/``years_total``; ``extra_discount_pct``/``cap_binds_from_patients``;
    ``sensitivity``); without them a row is exactly as before. ``horizon`` adds
    ``"horizon"`` (the verdict over that many years, :func:`horizon_verdict`). A
    product-wide bid adds ``"indications"`` (each linked indication against its own
    mandate) and ``"product"`` (the blend); other rows do not have these keys.

    Rows are ordered by drug, date, round. Percentages are rounded to 2 decimals
    (ROUND_HALF_UP); ``verdict`` is against the mandate, ``advice_verdict`` against the
    advice. A bid that cannot be computed gets ``error`` (a code) and null figures.
    """
    all_dossiers = list(dossiers)
    by_id = {d.id: d for d in all_dossiers}
    rows: list[dict[str, object]] = []
    #: per dossier: (ce_required_pct, mandate_weaker_than_advice), the same for its bids
    facts: dict[object, tuple[Decimal | None, bool]] = {}
    for bid in bids:
        dossier = by_id.get(bid.dossier_id)
        if dossier is None:
            raise EngineError("unknown_dossier", bid=bid.id, dossier=bid.dossier_id)
        if dossier.id not in facts:
            try:
                ce_pct = ce_required_pct(dossier)
            except EngineError:
                ce_pct = None
            facts[dossier.id] = (ce_pct, mandate_weaker_than_advice(dossier))
        ce, weaker = facts[dossier.id]
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
            flows, m, adv = _assessed(dossier, bid)
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
                mandate_weaker_than_advice=weaker,
                error=exc.code,
            )
            _analyses(
                row,
                dossier,
                bid,
                years=years,
                what_it_takes=what_it_takes,
                sensitivity_table=sensitivity,
            )
            _as_written(row, all_dossiers, dossier, bid, horizon)
            rows.append(row)
            continue
        main = flows["expected"] if "expected" in flows else next(iter(flows.values()))
        row.update(
            effective_reduction=_rounded(main.effective_d),
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
            scenarios={name: _rounded(f.effective_d) for name, f in flows.items()},
            mandate_weaker_than_advice=weaker,
        )
        _analyses(
            row,
            dossier,
            bid,
            years=years,
            what_it_takes=what_it_takes,
            sensitivity_table=sensitivity,
        )
        _as_written(row, all_dossiers, dossier, bid, horizon)
        rows.append(row)
    rows.sort(key=lambda r: (str(r["drug"]), str(r["date"]), int(str(r["round"]))))
    return rows
