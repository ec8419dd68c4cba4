"""The engine's integer arithmetic equals Fraction arithmetic (issue 18, check at 100k).

A verdict's comparisons, margins and gaps are computed on integers over one denominator
per flow (``_Flow.scaled``) and turned into Decimals from integer pairs (``_d_ratio``,
``_cents_ratio``). The references here are the Fraction formulas the engine used before,
written out in the test: on random dossiers, bids, thresholds and durations, and on bounds
placed exactly at the bid's reduction, every figure must be the same, to the last digit
of its Decimal text."""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_engine_properties import arrangements, dossiers, thresholds

from mandaat import engine
from mandaat.model import Arrangement, Dossier, Threshold

BIG = st.integers(min_value=-(10**30), max_value=10**30)
POSITIVE = st.integers(min_value=1, max_value=10**30)


def _d_reference(value: Fraction) -> Decimal:
    if value.denominator == 1:
        return Decimal(value.numerator)
    with localcontext() as ctx:
        ctx.prec = 40
        return Decimal(value.numerator) / Decimal(value.denominator)


def _cents_reference(value: Fraction, rounding: str) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 60
        exact = Decimal(value.numerator) / Decimal(value.denominator)
        return exact.quantize(Decimal("0.01"), rounding=rounding)


def _same(a: Decimal, b: Decimal) -> bool:
    """Equal, and written the same (exponent and all)."""
    return a == b and str(a) == str(b)


@given(BIG, POSITIVE, st.integers(min_value=1, max_value=10**12))
@example(7, 1, 3)  # an integer, stored unreduced
@example(-150, 100, 1)
@example(10**45, 1, 7)  # an integer longer than 40 digits stays exact
@example(2, 3, 1)  # non-terminating: 40 digits
def test_decimal_of_an_integer_pair_is_that_of_the_fraction(n: int, d: int, k: int) -> None:
    value = Fraction(n, d)
    assert _same(engine._d_ratio(n * k, d * k), _d_reference(value))
    for rounding in (ROUND_CEILING, ROUND_HALF_UP):
        assert _same(engine._cents_ratio(n * k, d * k, rounding), _cents_reference(value, rounding))


@given(st.lists(st.fractions(), max_size=8))
def test_sum_is_the_fraction_sum(values: list[Fraction]) -> None:
    assert engine._sum(values) == sum(values, Fraction(0))
    assert engine._sum(values).denominator == sum(values, Fraction(0)).denominator


def _reference(t: Threshold, flows: dict[str, engine._Flow], years: int) -> dict[str, object]:
    """The verdict's figures with Fractions, as the engine computed them before."""

    def effective(f: engine._Flow) -> Fraction:
        total = sum(f.lists, Fraction(0))
        if total <= 0:
            return Fraction(0)
        return (1 - sum(f.nets, Fraction(0)) / total) * 100

    def above(e: Fraction, bound: Fraction, strict: bool) -> bool:
        return e > bound if strict else e >= bound

    def gaps(f: engine._Flow) -> list[tuple[object, ...]]:
        e, out = effective(f), []
        for bound, strict in engine._bounds(t):
            met = above(e, bound, strict)
            gap = Fraction(0)
            if not met:
                lists, nets = sum(f.lists, Fraction(0)), sum(f.nets, Fraction(0))
                gap = nets - lists * (1 - bound / 100)
                if strict:
                    gap += Fraction(1, 100)
                gap = max(gap, Fraction(0))
            out.append(
                (
                    str(_d_reference(bound)),
                    strict,
                    met,
                    str(_d_reference(e - bound)),
                    str(_cents_reference(gap / years, ROUND_CEILING)),
                    str(_cents_reference(gap, ROUND_CEILING)),
                )
            )
        return out

    main = flows["expected"]
    codes = {}
    for name, f in flows.items():
        e = effective(f)
        if above(e, *engine._meet_bound(t)):
            codes[name] = "meets"
        elif not above(e, *engine._fail_floor(t)):
            codes[name] = "fails"
        else:
            codes[name] = "depends"
    worst = min(
        flows.values(), key=lambda f: (effective(f), f is not main, -sum(f.lists, Fraction(0)))
    )
    return {
        "effective": {n: str(_d_reference(effective(f))) for n, f in flows.items()},
        "codes": codes,
        "bounds": gaps(main),
        # the nearest bound not yet met, or (all met) the highest
        "worst": (worst.name, next((g for g in gaps(worst) if not g[2]), gaps(worst)[-1])),
    }


def _figures(v: engine.Verdict) -> dict[str, object]:
    def gap(g: engine.BoundGap) -> tuple[object, ...]:
        return (
            str(g.pct),
            g.strict,
            g.met,
            str(g.margin_pp),
            str(g.gap_per_year),
            str(g.gap_total),
        )

    assert v.worst is not None
    named = [gap(g) for g in v.bounds]
    worst_named = gap(v.worst.bound)
    return {
        "effective": {n: str(x) for n, x in v.scenarios.items()},
        "codes": v.scenario_codes,
        "bounds": named,
        "worst": (v.worst.scenario, worst_named),
    }


def _check(t: Threshold, dossier: Dossier, arrangement: Arrangement, years: int) -> None:
    flows = engine._flows(dossier, arrangement, duration_years=years, factors=None, growth_pct=None)
    v = engine._verdict(t, flows, duration_years=years, substantial_margin_pp=None)
    want = _reference(t, flows, years)
    got = _figures(v)
    assert got == want


@settings(max_examples=300, deadline=None)
@given(dossiers(), arrangements(), thresholds(numeric_only=True), st.integers(1, 6))
def test_verdict_figures_equal_fraction_arithmetic(
    dossier: Dossier, arrangement: Arrangement, t: Threshold, years: int
) -> None:
    _check(t, dossier, arrangement, years)


@settings(max_examples=200, deadline=None)
@given(
    dossiers(),
    st.decimals(min_value=0, max_value=100, places=2),
    st.sampled_from(["at_least", "more_than", "approximately", "range"]),
    st.none() | st.decimals(min_value=0, max_value=500_000_000, places=2),
    st.integers(1, 6),
)
def test_bounds_at_the_reduction_itself(
    dossier: Dossier, pct: Decimal, kind: str, cap: Decimal | None, years: int
) -> None:
    """A bound placed exactly at the bid's discount: met or not decided on equality."""
    arrangement = Arrangement(discount_pct=pct, annual_cap=cap)
    low = max(Decimal(0), pct - 5)  # a range ends at the reduction
    t = Threshold(kind, low, pct) if kind == "range" else Threshold(kind, pct)
    _check(t, dossier, arrangement, years)


SMALL = st.fractions(min_value=-3, max_value=3, max_denominator=3)


@given(st.lists(st.tuples(SMALL, SMALL), min_size=1, max_size=4), st.integers(0, 3))
def test_worst_flow_is_min_by_reduction_then_main_then_money(
    pairs: list[tuple[Fraction, Fraction]], main_at: int
) -> None:
    """Ties (equal reductions, equal list spend) are common here: the order must be that
    of ``min`` with the key (effective, not main, −list total), the first of equals."""
    flows = {
        f"s{i}": engine._Flow(f"s{i}", Fraction(1), (Fraction(1),), (lst,), (net,), (net,))
        for i, (lst, net) in enumerate(pairs)
    }
    main = list(flows.values())[main_at % len(flows)]
    want = min(flows.values(), key=lambda f: (f.effective, f is not main, -f.list_total))
    assert engine._worst_flow(flows, main) is want
