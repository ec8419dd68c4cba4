"""One Woo export (100 dossiers × 10 bids, leak check included), ours beside the same
export by the code of an earlier commit (the baseline), in the same run.

The baseline's tree is taken with ``git archive`` into a temporary folder; each export
runs in a fresh process (no warm caches shared), alternately baseline / ours, ``--repeat``
times; the machine's load (``os.getloadavg``) is printed before each pair, since this
2-core machine is shared. Ratio: baseline / ours (median of the runs).

Run: uv run python benchmarks/export_ab.py [--base ef76719] [--dossiers 100] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

ONE = """
import sys, tempfile, time
from pathlib import Path
root = Path(sys.argv[1])
sys.path[:0] = [str(root), str(root / "benchmarks")]
import export as b
from mandaat.export import publish
data = b.vault(int(sys.argv[2]), 10)
with tempfile.TemporaryDirectory() as tmp:
    t0, c0 = time.perf_counter(), time.process_time()
    publish.export_woo(data, Path(tmp) / "woo", today=b.TODAY)
    print(time.perf_counter() - t0, time.process_time() - c0)
"""


def _run(root: Path, dossiers: int) -> tuple[float, float]:
    """(wall, CPU) seconds of one export by the code at ``root``."""
    out = subprocess.run(
        [sys.executable, "-c", ONE, str(root), str(dossiers)],
        check=True,
        capture_output=True,
        text=True,
    )
    wall, cpu = out.stdout.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="ef76719", help="the baseline commit")
    ap.add_argument("--dossiers", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="mandaat-bench-ab-") as tmp:
        base = Path(tmp) / "base"
        base.mkdir()
        archive = Path(tmp) / "base.tar"
        subprocess.run(
            ["git", "-C", str(ROOT), "archive", "-o", str(archive), args.base], check=True
        )
        with tarfile.open(archive) as tar:
            tar.extractall(base, filter="data")
        print(f"Woo-pakket, {args.dossiers} dossiers × 10 biedingen, met lekcontrole (seconden)")
        print("wall = kloktijd, cpu = processortijd van het proces (minder gevoelig voor load)")
        head = f"{'load (1 min)':>12} {'wall base':>10} {'wall ons':>9} {'ratio':>6}"
        print(head + f" {'cpu base':>9} {'cpu ons':>8} {'ratio':>6}")
        bases, ours = [], []
        for _ in range(args.repeat):
            load = os.getloadavg()[0]
            b = _run(base, args.dossiers)
            o = _run(ROOT, args.dossiers)
            bases.append(b)
            ours.append(o)
            print(
                f"{load:>12.2f} {b[0]:>10.2f} {o[0]:>9.2f} {b[0] / o[0]:>5.2f}x"
                f" {b[1]:>9.2f} {o[1]:>8.2f} {b[1] / o[1]:>5.2f}x"
            )
        wb, wo = (statistics.median(x[0] for x in r) for r in (bases, ours))
        cb, co = (statistics.median(x[1] for x in r) for r in (bases, ours))
        print(
            f"{'mediaan':>12} {wb:>10.2f} {wo:>9.2f} {wb / wo:>5.2f}x"
            f" {cb:>9.2f} {co:>8.2f} {cb / co:>5.2f}x  (baseline {args.base})"
        )


if __name__ == "__main__":
    main()
