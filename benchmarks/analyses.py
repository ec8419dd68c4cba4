"""Issue 17's analyses in the window, and issue 18's Excel tables, at 1k and 10k bids.

- window, ours: selecting one bid computes only the shown page of its analyses (per year,
  what it takes, sensitivity: here all three, the worst case), whatever the dossier's size;
- window, eager: the same three analyses for every bid of the dossier (what a table with
  analysis columns, or a precomputation at selection, would cost);
- Excel: what ``check --xlsx`` writes (overview and per-year money of every bid, the
  sensitivity of the latest bid) beside ``engine.assess`` for every bid alone (the floor:
  every bid assessed once); and with ``--sensitivity`` (the sensitivity of every bid).

Printed as ours beside the baseline, with the ratio. Core functions only (no window):
the Qt models add a few hundred cells at most.

Run: uv run python benchmarks/analyses.py [--sizes 1000,10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mandaat import demo, engine  # noqa: E402
from mandaat.export import tables  # noqa: E402
from mandaat.model import Arrangement, Bid, Dossier, Tier  # noqa: E402


def _bids(d: Dossier, n: int) -> list[Bid]:
    """Bids of every kind: discount, net price, staffel, cap, pay-for-performance."""
    out = []
    for i in range(n):
        k = i % 5
        a = (
            Arrangement(discount_pct=Decimal(20 + i % 40)),
            Arrangement(net_price_per_patient=Decimal(200_000 + 37 * i)),
            Arrangement(discount_pct=Decimal(25), tiers=(Tier(Decimal(100), Decimal(15)),)),
            Arrangement(discount_pct=Decimal(30), annual_cap=Decimal(40_000_000 + 1000 * i)),
            Arrangement(
                discount_pct=Decimal(30),
                p4p_refund_share_pct=Decimal(50),
                p4p_nonresponse_rate_pct=Decimal(20),
            ),
        )[k]
        out.append(Bid(dt.date(2025, 1, 1), id=i + 1, dossier_id=d.id, round=i + 1, arrangement=a))
    return out


def _analyses(d: Dossier, b: Bid) -> None:
    m = d.effective_mandate
    assert m is not None
    engine.year_money(d, b.arrangement, duration_years=b.duration_years)
    engine.extra_discount(m, d, b.arrangement, duration_years=b.duration_years)
    engine.cap_binds_from_patients(d, b.arrangement)
    engine.net_price_limit(d, m)
    engine.min_cap(d, m, base=b.arrangement, duration_years=b.duration_years)
    tables.sensitivity_of(d, b)


def _time(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--eager-max", type=int, default=1000, help="skip 'eager' above this")
    args = parser.parse_args()
    from dataclasses import replace

    d = replace(next(x for x in demo.demo_dossiers() if x.brand == "Carvykti"), id=1)
    print(
        f"{'bids':>7} | {'select, ours':>12} {'eager':>9} {'ratio':>7} |"
        f" {'xlsx':>7} {'assess all':>10} {'ratio':>6} | {'xlsx --sensitivity':>18}"
    )
    for n in (int(s) for s in args.sizes.split(",")):
        bids = _bids(d, n)
        pairs = [(d, b) for b in bids]
        ours = _time(lambda b=bids[n // 2]: _analyses(d, b))
        eager = None
        if n <= args.eager_max:
            eager = _time(lambda bs=bids: [_analyses(d, b) for b in bs])
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "t.xlsx"

            def write(every: bool, ps: list[tuple[Dossier, Bid]] = pairs, o: Path = out) -> None:
                sheets = [
                    tables.overview_sheet(ps),
                    tables.years_sheet(ps),
                    tables.sensitivity_sheet(ps if every else ps[-1:]),
                ]
                tables.write_xlsx(o, sheets)

            xlsx = _time(lambda: write(False))
            size = out.stat().st_size
            every = _time(lambda: write(True)) if n <= args.eager_max else None
        floor = _time(lambda bs=bids: [engine.assess(d, b) for b in bs])
        eager_text = "—" if eager is None else f"{eager:.1f}s"
        ratio_text = "—" if eager is None else f"{eager / ours:.0f}x"
        every_text = "—" if every is None else f"{every:.1f}s"
        print(
            f"{n:>7} | {ours * 1000:>10.1f}ms {eager_text:>9} {ratio_text:>7} |"
            f" {xlsx:>6.1f}s {floor:>9.1f}s {xlsx / floor:>5.1f}x | {every_text:>18}"
            f"  ({size // 1024} KiB)"
        )


if __name__ == "__main__":
    main()
