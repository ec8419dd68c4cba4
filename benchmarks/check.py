"""``mandaat check VAULT --json`` at 1k, 10k and 100k bids: ours beside the old approach.

- ours: the command itself (``mandaat.cli.main(["check", VAULT, "--json"])``), which
  streams the JSON one bid at a time, drug by drug;
- old: the approach before issue 18, in the same run on the same vault: every bid loaded,
  ``engine.check_rows`` over all of them, then one ``json.dumps(rows, indent=1)`` printed.

Each run is a fresh process with stdout to a file; we report its wall time, its peak RSS
(``wait4``) and the ratio old / ours. Ours writes one row per line, the old one whole list
with ``indent=1``: both outputs are parsed and written again the same way, and those texts
must be equal byte for byte (every key, value, type and order; only the whitespace may
differ). Every bid is assessed exactly once in both; ``--profile`` shows where the time
goes.

Run: uv run python benchmarks/check.py [--sizes 1000,10000,100000] [--repeat 3] [--profile]
     [--old-ref COMMIT]  (the engine the old approach uses; "" = today's)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["MANDAAT_KDF_PROFILE"] = "test"

from _bids import add_bids  # noqa: E402  (benchmarks/ is on sys.path when run)

from mandaat import demo  # noqa: E402
from mandaat.vault.file import Vault  # noqa: E402

PASS = "benchmark"

OURS = """
import sys
from mandaat import cli
sys.exit(cli.main(["check", sys.argv[1], "--json"]))
"""

OLD = """
import importlib.util, json, sys
from pathlib import Path
if len(sys.argv) > 2:  # the engine as it was before (benchmarks/check.py --old-ref)
    spec = importlib.util.spec_from_file_location("engine_before", sys.argv[2])
    engine = importlib.util.module_from_spec(spec)
    sys.modules["engine_before"] = engine
    spec.loader.exec_module(engine)
else:
    from mandaat import engine
from mandaat.vault import store
from mandaat.vault.file import Vault
vault = Vault.open(Path(sys.argv[1]), passphrase="benchmark", read_only=True)
try:
    dossiers = store.dossiers(vault.db)
    ids = {d.id for d in dossiers}
    bids = [b for b in store.bids(vault.db) if b.dossier_id in ids]
finally:
    vault.close()
rows = engine.check_rows(dossiers, bids)
print(json.dumps(rows, ensure_ascii=False, indent=1))
"""

#: The last commit before issue 18 changed the engine (its check was 35 s / 613 MB at 100k).
OLD_REF = "4f84191"

PROFILE = """
import cProfile, pstats, sys
from mandaat import cli
cProfile.run('cli.main(["check", sys.argv[1], "--json"])', sys.argv[2])
"""


def fill(vault: Vault, n: int) -> None:
    """The demo dossiers and ``n`` bids in all (as benchmarks/vault.py fills them)."""
    demo.populate(vault.db)
    add_bids(vault.db, n)
    vault.commit("benchmark", str(n))


def run(code: str, vault: Path, out: Path, *extra: str) -> tuple[float, float]:
    """One fresh process: (wall seconds, peak RSS in MB); its stdout goes to ``out``."""
    env = {**os.environ, "MANDAAT_PASSPHRASE": PASS}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    with out.open("wb") as fh:
        t = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", code, str(vault), *extra], stdout=fh, env=env, cwd=ROOT
        )
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"exit {proc.returncode}")
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return wall, usage.ru_maxrss / scale


def canonical(path: Path) -> str:
    """The output parsed and written again in one layout: equal for two outputs exactly
    when they hold the same keys and values in the same order (an int stays an int, a
    float a float, so 5 and 5.0 differ)."""
    return json.dumps(json.loads(path.read_text(encoding="utf-8")), ensure_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="profile ours at the last size")
    parser.add_argument(
        "--old-ref",
        default=OLD_REF,
        help="git commit whose mandaat/engine.py the old approach uses ('' = today's engine)",
    )
    args = parser.parse_args()
    extra: tuple[str, ...] = ()
    if args.old_ref:
        source = subprocess.run(
            ["git", "show", f"{args.old_ref}:mandaat/engine.py"],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout
        engine_before = Path(tempfile.mkdtemp()) / "engine_before.py"
        engine_before.write_text(source, encoding="utf-8")
        extra = (str(engine_before),)
        print(f"old = the approach and the engine of commit {args.old_ref}")
    print(
        f"{'bids':>7} | {'ours':>8} {'peak':>8} | {'old':>8} {'peak':>8} |"
        f" {'old/ours':>8} {'per bid':>9} | same output"
    )
    for n in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            path = folder / "bench.mandaat"
            vault, _ = Vault.create(path, PASS)
            fill(vault, n)
            vault.close()
            ours, old = [], []
            for _ in range(args.repeat):
                ours.append(run(OURS, path, folder / "ours.json"))
                old.append(run(OLD, path, folder / "old.json", *extra))
            same = canonical(folder / "ours.json") == canonical(folder / "old.json")
            o_t = statistics.median(w for w, _ in ours)
            b_t = statistics.median(w for w, _ in old)
            print(
                f"{n:>7} | {o_t:>7.2f}s {max(p for _, p in ours):>6.0f}MB |"
                f" {b_t:>7.2f}s {max(p for _, p in old):>6.0f}MB |"
                f" {b_t / o_t:>7.2f}x {o_t / n * 1e3:>7.3f}ms | {'yes' if same else 'NO'}",
                flush=True,
            )
            if args.profile and n == int(args.sizes.split(",")[-1]):
                import pstats

                stats_file = folder / "check.prof"
                env = {**os.environ, "MANDAAT_PASSPHRASE": PASS}
                subprocess.run(
                    [sys.executable, "-c", PROFILE, str(path), str(stats_file)],
                    stdout=subprocess.DEVNULL,
                    env=env,
                    cwd=ROOT,
                    check=True,
                )
                pstats.Stats(str(stats_file)).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
