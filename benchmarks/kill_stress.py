"""Stress: SIGKILL a process that saves the vault in a loop, N times (default 200).

After every kill the vault must open, holding the last acknowledged save or the one
that was in flight. Prints a summary; exits 1 on the first failure.
Run: uv run python benchmarks/kill_stress.py [--rounds 200]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ["MANDAAT_KDF_PROFILE"] = "test"

from conftest import PASSPHRASE  # noqa: E402
from test_vault_faults import kill_during_saves  # noqa: E402

from mandaat.vault.file import Vault  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "stress.mandaat"
        vault, _ = Vault.create(path, PASSPHRASE)
        vault.db.execute("INSERT INTO counters VALUES ('n', 1)")
        vault.commit("n=1")
        vault.close()
        start = time.perf_counter()
        results = kill_during_saves(path, rounds=args.rounds, seed=args.seed)
        in_flight = sum(1 for ack, got in results if got == ack + 1)
        print(
            f"{len(results)} kills in {time.perf_counter() - start:.1f} s: the vault opened "
            f"every time; {len(results) - in_flight} at the last acknowledged save, "
            f"{in_flight} with the save in flight completed; final counter {results[-1][1]}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
