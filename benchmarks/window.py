"""The window at 1k / 10k / 100k bids (and 200 dossiers / 30k bids), beside a bare window.

For each size a fresh process opens the main window offscreen (its unlock screen shown),
then measures:

- **usable**: from handing the unlocked vault to the window (what the unlock screen does
  after the key derivation) until the workspace is painted and the event loop is free
  again (a synchronous repaint of the whole window, then a zero timer);
- **longest block**: the longest time the window's thread did not get back to its event
  loop over a scripted session — select dossiers, open every tab, edit a bid, undo, open
  the export dialog, choose the Woo package, close it, quit. A 5 ms heartbeat timer
  records the gaps between its ticks (a gap minus the interval is a block);
- **quit**: the process's exit code after the window was closed (must be 0);
- **on disk after**: for the edit and the undo, the time until the writer thread has
  written them (the status line says "Alles opgeslagen"); the step lasts until then.

The bare window runs the same script on a ``QMainWindow`` with an empty ``QTableView``
(the steps select its non-existent rows, show a ``QTabWidget``'s tabs, open and close a
``QDialog``), in a fresh process of its own; we print ours / bare as ratios.

Run: uv run python benchmarks/window.py [--sizes 1000,10000,100000,200x30000]
(``DxN``: ``D`` dossiers, ``N`` bids in all; a plain number uses the four demo dossiers).
Vaults are kept in ``$TMPDIR/mandaat-window-bench`` between runs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["MANDAAT_KDF_PROFILE"] = "test"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

PASS = "benchmark"
HEARTBEAT_MS = 5
STEP_GAP_MS = 40


def vault_path(spec: str) -> Path:
    folder = Path(tempfile.gettempdir()) / "mandaat-window-bench"
    folder.mkdir(exist_ok=True)
    return folder / f"{spec}.mandaat"


def make_vault(spec: str) -> Path:
    """The demo dossiers (plus copies up to ``D``) and ``N`` bids spread over them."""
    from _bids import add_bids

    from mandaat import demo
    from mandaat.vault import store
    from mandaat.vault.file import Vault

    path = vault_path(spec)
    if path.exists():
        return path
    n_dossiers, n = (int(x) for x in spec.split("x")) if "x" in spec else (0, int(spec))
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    vault, _ = Vault.create(tmp, PASS)
    demo.populate(vault.db)
    originals = store.dossiers(vault.db)
    for i in range(max(0, n_dossiers - len(originals))):
        d = originals[i % len(originals)]
        store.save_dossier(vault.db, replace(d, id=None, brand=f"{d.brand} {i + 2}"))
    add_bids(vault.db, n)
    vault.commit("benchmark", spec)
    vault.close()
    tmp.rename(path)
    return path


# --------------------------------------------------------------------------- in the child


class Watch:
    """A heartbeat on the window's thread: the longest gap between two ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.step = "start"
        self.longest = 0.0
        self.longest_step = ""
        self.per_step: dict[str, float] = {}
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        block = max(0.0, now - self._last - HEARTBEAT_MS / 1000)
        self._last = now
        self.per_step[self.step] = max(self.per_step.get(self.step, 0.0), block)
        if block > self.longest:
            self.longest, self.longest_step = block, self.step


def run_script(steps: list[tuple[str, object]], watch: Watch, app: object) -> None:
    """Run each step from the event loop, ``STEP_GAP_MS`` apart, then quit."""
    from PySide6.QtCore import QTimer

    pending = list(steps)

    def next_step() -> None:
        if not pending:
            watch.step = "end"
            QTimer.singleShot(STEP_GAP_MS, app.quit)  # type: ignore[attr-defined]
            return
        name, fn = pending.pop(0)
        watch.step = name
        until = fn()  # type: ignore[operator]
        if callable(until):  # a step that waits (e.g. for the export preview) polls
            deadline = time.perf_counter() + 120

            def poll() -> None:
                if until() or time.perf_counter() > deadline:
                    QTimer.singleShot(STEP_GAP_MS, next_step)
                else:
                    QTimer.singleShot(HEARTBEAT_MS, poll)

            poll()
            return
        QTimer.singleShot(STEP_GAP_MS, next_step)

    QTimer.singleShot(STEP_GAP_MS, next_step)


def time_to_usable(app: object, open_fn: object, window: object) -> float:
    """Seconds from ``open_fn()`` until the window is painted and its loop is free."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    t = time.perf_counter()
    open_fn()  # type: ignore[operator]
    window.repaint()  # type: ignore[attr-defined]
    QTimer.singleShot(0, loop.quit)
    loop.exec()
    return time.perf_counter() - t


def child_ours(path: Path) -> dict[str, object]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from mandaat.vault.file import Vault
    from ui.bid_commands import EditBidCommand
    from ui.main_window import MainWindow

    app = QApplication([])
    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    window = MainWindow(settings, vault_path=str(path))
    window.show()
    app.processEvents()
    vault = Vault.open(path, passphrase=PASS)
    usable = time_to_usable(app, lambda: window.open_vault(vault), window)
    ws = window.workspace
    assert ws is not None and window.session is not None
    session = window.session
    ids = [d.id for d in session.dossiers()][:5]
    dialog: list[object] = []

    def edit() -> None:
        tab = ws.bids_tab
        tab.select_row(0)
        bid = tab.selected_bid()
        assert bid is not None
        new = replace(bid, note=(bid.note or "") + " (gewijzigd)")
        window.undo_stack.push(
            EditBidCommand(session, tab.ids, bid, new, lambda _i: None, lambda _m: None)
        )

    saved: dict[str, float] = {}  # step -> ms until the status line said "saved"

    def then_saved(name: str, act: object) -> object:
        """Run ``act``, then wait (polling from the event loop) until the writer thread
        has the edit on disk; the heartbeat goes on meanwhile."""

        def step() -> object:
            began = time.perf_counter()
            act()  # type: ignore[operator]

            def on_disk() -> bool:
                if session.vault.saving or session.vault.dirty:
                    return False
                saved[name] = (time.perf_counter() - began) * 1000
                return True

            return on_disk

        return step

    def open_export() -> None:
        window.open_export()
        dialog.append(window.export_dialog)

    steps: list[tuple[str, object]] = [
        (f"select dossier {i}", (lambda i=i: ws.select(i))) for i in ids
    ]
    steps += [
        (f"tab {ws.tabs.tabText(i)}", (lambda i=i: ws.tabs.setCurrentIndex(i)))
        for i in range(ws.tabs.count())
    ]
    steps += [
        ("bids tab", lambda: ws.tabs.setCurrentWidget(ws.bids_tab)),
        ("edit a bid", then_saved("edit a bid", edit)),
        ("undo", then_saved("undo", window.undo_stack.undo)),
        ("open export dialog", open_export),
        ("export preview", lambda: lambda: dialog[0].ready),  # type: ignore[attr-defined]
        ("choose Woo", lambda: dialog[0].set_kind("woo")),  # type: ignore[attr-defined]
        ("close export dialog", lambda: dialog[0].reject()),  # type: ignore[attr-defined]
        ("quit", window.close),
    ]
    watch = Watch()
    watch.start()
    run_script(steps, watch, app)
    app.exec()
    return {
        "usable": usable,
        "block": watch.longest,
        "step": watch.longest_step,
        "steps": watch.per_step,
        "saved": saved,
    }


def child_bare() -> dict[str, object]:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QTableView, QTabWidget

    app = QApplication([])
    window = QMainWindow()
    window.resize(1440, 880)
    window.show()
    app.processEvents()
    holder: dict[str, object] = {}

    def build() -> None:
        tabs = QTabWidget()
        view = QTableView()
        view.setModel(QStandardItemModel(0, 12, view))
        tabs.addTab(view, "Biedingen")
        for name in ("Advies", "Verloop", "Nota", "Logboek"):
            tabs.addTab(QTableView(), name)
        window.setCentralWidget(tabs)
        holder.update(tabs=tabs, view=view)

    usable = time_to_usable(app, build, window)
    tabs: QTabWidget = holder["tabs"]  # type: ignore[assignment]
    view: QTableView = holder["view"]  # type: ignore[assignment]
    dialog = QDialog(window)
    steps: list[tuple[str, object]] = [
        (f"select dossier {i}", (lambda i=i: view.selectRow(i))) for i in range(5)
    ]
    steps += [(f"tab {i}", (lambda i=i: tabs.setCurrentIndex(i))) for i in range(tabs.count())]
    steps += [
        ("bids tab", lambda: tabs.setCurrentIndex(0)),
        ("edit a bid", lambda: view.selectRow(0)),
        ("undo", lambda: view.clearSelection()),
        ("open export dialog", dialog.open),
        ("choose Woo", lambda: None),
        ("close export dialog", dialog.reject),
        ("quit", window.close),
    ]
    watch = Watch()
    watch.start()
    run_script(steps, watch, app)
    app.exec()
    return {
        "usable": usable,
        "block": watch.longest,
        "step": watch.longest_step,
        "steps": watch.per_step,
    }


# --------------------------------------------------------------------------- the parent


def measure(args: list[str]) -> tuple[dict[str, object], int]:
    proc = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, cwd=ROOT
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        sys.stderr.write(proc.stderr[-3000:])
        return {}, proc.returncode
    return json.loads(lines[-1]), proc.returncode


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000,200x30000")
    parser.add_argument("--child", choices=("ours", "bare"))
    parser.add_argument("--vault")
    parser.add_argument("--steps", action="store_true", help="print each step's longest block")
    opts = parser.parse_args()
    if opts.child == "ours":
        print(json.dumps(child_ours(Path(opts.vault))), flush=True)
        return
    if opts.child == "bare":
        print(json.dumps(child_bare()), flush=True)
        return
    bare, bare_rc = measure(["--child", "bare"])
    print(
        f"bare window: usable {bare['usable'] * 1000:.0f} ms, longest block"
        f" {bare['block'] * 1000:.0f} ms ({bare['step']}), exit {bare_rc}"
    )
    print(
        f"{'bids':>10} | {'usable':>9} {'ratio':>7} | {'longest block':>14} {'ratio':>7}"
        f" | {'in step':<24} | exit"
    )
    for spec in opts.sizes.split(","):
        path = make_vault(spec)
        ours, rc = measure(["--child", "ours", "--vault", str(path)])
        if not ours:
            print(f"{spec:>10} | failed, exit {rc}")
            continue
        u, b = float(ours["usable"]), float(ours["block"])  # type: ignore[arg-type]
        bu, bb = float(bare["usable"]), max(float(bare["block"]), 1e-3)  # type: ignore[arg-type]
        print(
            f"{spec:>10} | {u * 1000:>7.0f}ms {u / bu:>6.1f}x | {b * 1000:>12.0f}ms"
            f" {b / bb:>6.1f}x | {str(ours['step']):<24} | {rc}",
            flush=True,
        )
        on_disk: dict[str, float] = ours.get("saved") or {}  # type: ignore[assignment]
        print(f"{'':>12}on disk after: " + ", ".join(f"{k} {v:.0f} ms" for k, v in on_disk.items()))
        if opts.steps:
            for name, value in ours["steps"].items():  # type: ignore[union-attr]
                print(f"{'':>12}{name:<28} {value * 1000:>8.0f} ms")


if __name__ == "__main__":
    main()
