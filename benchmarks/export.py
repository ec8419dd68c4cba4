"""Export speed: the Woo package (with its leak check) for 1, 10 and 100 dossiers of 10
bids each, and the nota (DOCX and PDF, audience woo, leak-checked) at 100, 1,000 and
10,000 bids.

Vaults are made in memory with random confidential figures (round amounts, percentages
with and without decimals, names, e-mail addresses), as in
``tests/test_export_figures.py``. For the Woo package the time is split into rendering
(build, PDF, inventory) and the leak check; the leak check is also run over the same
files by the *baseline*: the check of issue 5 (one regular expression per withheld
rendering per haystack, kept verbatim in ``benchmarks/_leakcheck_issue5.py``), as long
as it stays under ``--baseline-limit`` seconds (it grows with dossiers × files: at 100
dossiers it did not finish in 600 s). Ratios: baseline / ours for the scan.

Run: uv run python benchmarks/export.py [--sizes 1,10,100] [--nota 100,1000,10000]
[--baseline-limit 120]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from mandaat import demo  # noqa: E402
from mandaat.export import build, leakcheck, publish, render_docx, render_pdf, woo  # noqa: E402
from mandaat.export.classify import Classifier  # noqa: E402
from mandaat.model import Arrangement, Bid, Party, Person, Threshold  # noqa: E402
from mandaat.vault import schema, store  # noqa: E402

TODAY = dt.date(2026, 4, 1)


def _pct(rng: random.Random) -> Decimal:
    places = rng.choice((0, 1, 2))
    return Decimal(rng.randint(100, 9500)).scaleb(-2).quantize(Decimal(1).scaleb(-places))


def _money(rng: random.Random) -> Decimal:
    return Decimal(rng.choice((1_000, 5_000, 10_000)) * rng.randint(1, 400))


def vault(dossiers: int, bids: int, seed: int = 1) -> publish.Data:
    rng = random.Random(seed)
    db = sqlite3.connect(":memory:")
    schema.migrate(db)
    seeds = demo.demo_dossiers()
    for k in range(dossiers):
        base = seeds[k % len(seeds)]
        people = tuple(
            Person(
                f"Persoon{k}x{i} Achternaam{rng.randint(100, 999)}",
                "onderhandelaar",
                f"p{k}x{i}@minvws.example",
                f"06 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                "VWS" if i == 0 else base.supplier,
            )
            for i in range(2)
        )
        d = store.save_dossier(
            db,
            replace(
                base,
                brand=f"{base.brand} {k + 1}",
                people=people,
                mandate_threshold=Threshold("at_least", _pct(rng), source_text="mandaat"),
            ),
        )
        for r in range(bids):
            arr = (
                Arrangement(discount_pct=_pct(rng), annual_cap=_money(rng) * 100)
                if r % 2
                else Arrangement(net_price_per_patient=_money(rng))
            )
            store.add_bid(
                db,
                Bid(
                    dt.date(2025, 1 + r % 12, 1 + r % 28),
                    dossier_id=d.id,
                    round=1 + r // 2,
                    party=Party.VWS if r % 3 == 2 else Party.SUPPLIER,
                    arrangement=arr,
                    conditions=f"Voorwaarde {rng.randint(10**5, 10**6)}",
                    note=f"Notitie {rng.randint(10**5, 10**6)}",
                    contact_person=f"Contact{k}x{r} Naam",
                ),
            )
    db.commit()
    return publish.load(db)


def _woo_parts(data: publish.Data, out: Path) -> tuple[list, str]:  # type: ignore[type-arg]
    """Render the package without the check (as export_woo does), for the split timing."""
    c = Classifier("woo", data.policy, data.names)
    entries, found = [], []
    for n, d in enumerate(data.dossiers, 1):
        bids = data.bids.get(d.id or -1, [])
        document = build.Builder(c, d, bids, today=TODAY).woo_summary()
        render_pdf.render(document, out / f"{n:04d}.pdf")
        entries.append(woo.entry_for(f"{n:04d}", document, TODAY))
        found += publish.secrets(c, d, bids, publish._public_texts(d), data.header(d))
    woo.write_inventory(entries, out / woo.INVENTORY, TODAY)
    numbered = max(
        [len(data.dossiers)]
        + [len(b) for b in data.bids.values()]
        + [publish._pages(p) for p in out.glob("*.pdf")]
    )
    return found, publish.public_corpus(c, data.dossiers, [TODAY], numbered=numbered)


def bench_woo(sizes: list[int], limit: float) -> None:
    import _leakcheck_issue5 as old

    print("Woo-pakket, 10 biedingen per dossier (seconden)")
    print(f"{'dossiers':>9} {'totaal':>8} {'render':>8} {'scan':>8} {'baseline':>9} {'ratio':>7}")
    baseline_ok = True
    for n in sizes:
        data = vault(n, 10)
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            publish.export_woo(data, Path(tmp) / "woo", today=TODAY)
            total = time.perf_counter() - t0
            stage = Path(tmp) / "stage"
            stage.mkdir()
            t0 = time.perf_counter()
            found, corpus = _woo_parts(data, stage)
            render = time.perf_counter() - t0
            t0 = time.perf_counter()
            hits = leakcheck.check(stage, found, corpus)
            scan = time.perf_counter() - t0
            assert not hits, hits
            base = "—"
            ratio = "—"
            if baseline_ok:
                t0 = time.perf_counter()
                old.check(stage, found, corpus)
                b = time.perf_counter() - t0
                base, ratio = f"{b:.2f}", f"{b / scan:.0f}x"
                baseline_ok = b * 10 < limit  # the next size is ~10x as much work
            else:
                base = "(> limiet)"
        print(f"{n:>9} {total:>8.2f} {render:>8.2f} {scan:>8.2f} {base:>9} {ratio:>7}")


def bench_nota(sizes: list[int]) -> None:
    print()
    print("Nota, publiek woo, met lekcontrole (seconden)")
    print(f"{'biedingen':>9} {'docx':>8} {'pdf':>8} {'docx/bod (ms)':>14} {'pdf/bod (ms)':>13}")
    for n in sizes:
        data = vault(1, n)
        brand = data.dossiers[0].brand
        times = []
        with tempfile.TemporaryDirectory() as tmp:
            for suffix in (".docx", ".pdf"):
                t0 = time.perf_counter()
                publish.export_nota(data, brand, "woo", Path(tmp) / f"n{suffix}", today=TODAY)
                times.append(time.perf_counter() - t0)
        print(
            f"{n:>9} {times[0]:>8.2f} {times[1]:>8.2f} "
            f"{1000 * times[0] / n:>14.2f} {1000 * times[1] / n:>13.2f}"
        )


def bench_docx_rows(sizes: list[int]) -> None:
    """The table writer alone: rows kept from add_row vs ``table.rows[i]`` (baseline)."""
    import docx

    print()
    print("DOCX-tabel, 7 kolommen (seconden): ons (add_row) naast table.rows[i] (baseline)")
    for n in sizes:
        t0 = time.perf_counter()
        d = docx.Document()
        t = render_docx.m.Table(tuple("abcdefg"), tuple((("x",),) * 7 for _ in range(n)))
        render_docx._table(d, t)
        ours = time.perf_counter() - t0
        if n > 2000:
            print(f"{n:>9} {ours:>8.2f} {'(baseline overgeslagen: kwadratisch)':>40}")
            continue
        t0 = time.perf_counter()
        d = docx.Document()
        table = d.add_table(rows=1 + n, cols=7)
        for i in range(1, n + 1):
            for j in range(7):
                table.rows[i].cells[j].paragraphs[0].add_run("x")
        base = time.perf_counter() - t0
        print(f"{n:>9} {ours:>8.2f} {base:>8.2f} {base / ours:>6.0f}x")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,10,100")
    ap.add_argument("--nota", default="100,1000,10000")
    ap.add_argument("--baseline-limit", type=float, default=120.0)
    args = ap.parse_args()
    bench_woo([int(x) for x in args.sizes.split(",")], args.baseline_limit)
    bench_nota([int(x) for x in args.nota.split(",")])
    bench_docx_rows([100, 1000, 10000])
    shutil.rmtree(Path(tempfile.gettempdir()) / "mandaat-bench-export", ignore_errors=True)


if __name__ == "__main__":
    main()
