"""Time from launch to the first shown window, next to a bare PySide6 window.

Both are child processes, started the same way, on the same Qt platform
(``QT_QPA_PLATFORM=offscreen`` unless ``--platform`` says otherwise), alternating:
- **bare**: ``python -c`` that imports PySide6, creates a QApplication and a QWidget,
  shows it and quits on the first expose;
- **mandaat**: the ``mandaat`` command (``python -m ui.main`` when the script is not
  installed) with an isolated config folder (``XDG_CONFIG_HOME``) that remembers a vault,
  so it opens on the unlock screen, the screen a negotiator sees every morning.
  ``MANDAAT_STARTUP_PROBE=1`` (a hook in ui/app.py) prints the moment of the first
  expose and quits.

Both probes filter the events of their window's native window only (installed before
``show()``). Until issue 18 they filtered the whole application's, which made every event
of every widget call into Python: next to a bare window with one widget, that charged
mandaat ~50 ms a start that no user pays.

Bytecode is cached for both (``PYTHONPYCACHEPREFIX`` in a scratch folder, filled by a
warm-up run), as in an installed or packaged app, even where ``PYTHONDONTWRITEBYTECODE``
is set; ``--no-bytecode-cache`` keeps the environment as it is (then every project
module is compiled from source at each start, which costs mandaat ~0.1 s more).

The time is the child's ``time.monotonic()`` at the first expose minus the parent's just
before it started the child (one system-wide clock). The goal (issue 6): mandaat within
2x the bare window. ``--importtime`` also prints the slowest imports of the startup path
(``python -X importtime``) and whether pandas/openpyxl/... were among them.

Run: uv run python benchmarks/startup.py [--runs 7] [--importtime]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["MANDAAT_KDF_PROFILE"] = "test"

HEAVY = ("pandas", "openpyxl", "numpy", "typst", "python_calamine", "docx", "pypdf")

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class Probe(QObject):
    done = False
    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Expose:
            self.done = True
            print(f"MANDAAT_SHOWN {time.monotonic():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
probe = Probe()
w = QWidget()
w.resize(640, 480)
w.setWindowTitle("bare")
w.winId()
w.windowHandle().installEventFilter(probe)
w.show()
sys.exit(app.exec())
"""


def mandaat_command() -> list[str]:
    script = shutil.which("mandaat", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "ui.main"]


def make_home(folder: Path) -> dict[str, str]:
    """A config folder whose QSettings remember a (real, test-cost) vault."""
    from mandaat.vault import kdf
    from mandaat.vault.file import Vault

    vault_path = folder / "bench.mandaat"
    vault, _ = Vault.create(vault_path, "benchmark startup", params=kdf.TEST_PARAMS)
    vault.close()
    config = folder / "config"
    (config / "VWS-BFAG").mkdir(parents=True)
    (config / "VWS-BFAG" / "Mandaat.conf").write_text(f"[vault]\nlast={vault_path}\n", "utf-8")
    return {"XDG_CONFIG_HOME": str(config), "XDG_CACHE_HOME": str(folder / "cache")}


def launch(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from just before the start of ``cmd`` to its ``MANDAAT_SHOWN`` line."""
    start = time.monotonic()
    proc = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    match = re.search(r"^MANDAAT_SHOWN ([0-9.]+)$", proc.stdout, re.M)
    if proc.returncode != 0 or not match:
        raise RuntimeError(f"{cmd[0]} exit {proc.returncode}:\n{proc.stdout}\n{proc.stderr}")
    return float(match.group(1)) - start


def importtime(cmd: list[str], env: dict[str, str], top: int) -> None:
    """The slowest cumulative imports of one mandaat start (``-X importtime``)."""
    if cmd[0] != sys.executable:
        cmd = [sys.executable, "-m", "ui.main"]
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", *cmd[1:]],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    rows = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if m:
            rows.append((int(m.group(2)), len(m.group(3)) // 2, m.group(4)))
    total = sum(us for us, depth, _ in rows if depth == 0)
    print(f"\nimports on the startup path: {len(rows)} modules, {total / 1e6:.3f} s in all")
    print("slowest (cumulative, including what they import):")
    for us, depth, name in sorted(rows, reverse=True)[:top]:
        print(f"  {us / 1e6:7.3f} s  {'  ' * min(depth, 4)}{name}")
    names = {name for _, _, name in rows}
    heavy = [h for h in HEAVY if h in names]
    print(f"heavy packages imported at startup: {', '.join(heavy) if heavy else 'none'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="repetitions of each (default 7)")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM for both")
    parser.add_argument("--importtime", action="store_true", help="also list slow imports")
    parser.add_argument("--top", type=int, default=15, help="how many imports to list")
    parser.add_argument(
        "--no-bytecode-cache", action="store_true", help="leave PYTHONDONTWRITEBYTECODE as is"
    )
    parser.add_argument(
        "--frozen", metavar="EXE", help="also time the frozen app, e.g. dist/mandaat/mandaat"
    )
    opts = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="mandaat-startup-") as scratch:
        env = dict(os.environ)
        env.update(make_home(Path(scratch)))
        env["QT_QPA_PLATFORM"] = opts.platform
        env["MANDAAT_STARTUP_PROBE"] = "1"
        env.pop("MANDAAT_LANG", None)
        if not opts.no_bytecode_cache:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(scratch) / "pycache")
        bare_cmd = [sys.executable, "-c", BARE]
        app_cmd = mandaat_command()
        launch(bare_cmd, env)  # warm the file cache for both before timing
        launch(app_cmd, env)
        bare: list[float] = []
        ours: list[float] = []
        frozen: list[float] = []
        if opts.frozen:
            launch([opts.frozen], env)
        for _ in range(opts.runs):
            bare.append(launch(bare_cmd, env))
            ours.append(launch(app_cmd, env))
            if opts.frozen:
                frozen.append(launch([opts.frozen], env))

        b, m = statistics.median(bare), statistics.median(ours)
        cache = "off" if opts.no_bytecode_cache else "on"
        print(
            f"launch → first shown window, QT_QPA_PLATFORM={opts.platform}, "
            f"{opts.runs} runs, bytecode cache {cache}"
        )
        print(f"  {'':22} {'median':>8} {'min':>8} {'max':>8}")
        print(f"  {'bare PySide6 window':22} {b:8.3f} {min(bare):8.3f} {max(bare):8.3f}  s")
        print(f"  {'mandaat (unlock)':22} {m:8.3f} {min(ours):8.3f} {max(ours):8.3f}  s")
        verdict = "within" if m <= 2 * b else "NOT within"
        print(f"  ratio mandaat / bare: {m / b:.2f}x ({verdict} the 2x goal)")
        if frozen:
            f = statistics.median(frozen)
            print(
                f"  {'frozen (dist/)':22} {f:8.3f} {min(frozen):8.3f} {max(frozen):8.3f}  s"
                f"   ratio frozen / bare: {f / b:.2f}x"
            )
        print(f"  command: {' '.join(app_cmd)}")
        if opts.importtime:
            importtime(app_cmd, env, opts.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
