"""Import speed and memory for 1k, 10k and 100k bid rows, next to pandas (and calamine).

For every size a bid workbook is written with openpyxl (as people's files look: a
title row above the header, dates as Excel dates and as text, discounts as
percent-formatted cells, as ``55,5%`` text and as plain numbers, amounts as numbers
and as ``€ 20.000.000`` text) and read by:

- ours (in-process): ``read_import`` + ``plan_import`` against a vault holding the
  demo dossiers and their bids, i.e. the work of ``mandaat import --dry-run``: parse and validate
  every row; the timer starts after the imports. ``read_import`` starts the isolated reader
  (a child process with memory and time limits, issue 13): its start, its imports and the
  JSON answer are inside the timer;
- ours (whole process): ``mandaat import VAULT FILE --dry-run`` as a child process (it
  starts the reader's child in turn);
- pandas: ``pandas.read_excel(FILE, engine="openpyxl")``, only the parse;
- calamine: raw ``python_calamine`` (``to_python()`` of the sheet), only the parse: a
  reference, no longer a goal (issue 13 withdrew the <= 2x goal for simplicity).

Every variant runs in its own child process, timed both inside (after imports) and
as a whole process (wall clock from spawn to exit); the peak memory is the child's
``ru_maxrss`` (from ``os.wait4`` in a small launcher process, see ``LAUNCHER``; Linux
includes the reaped descendants, so ours is the larger of the CLI and its reader child).
Ratios: pandas / ours (goal >= 5 on whole processes, isolation included) and ours /
calamine (a reference), on whole processes and in-process.

Bytecode is cached for every child (``PYTHONPYCACHEPREFIX`` in the scratch folder,
filled by a warm-up run of each on a 10-row workbook), as in an installed or packaged
app, even where ``PYTHONDONTWRITEBYTECODE`` is set; ``--no-bytecode-cache`` keeps the
environment as it is (then every start of ours compiles ~60 modules from source, some
50 ms that raw calamine, a compiled extension, does not pay).

Finally a zip bomb (150 MB of XML inflating from < 1 MB) and a billion-laughs
workbook go through ``mandaat import --dry-run``: time to refusal and peak memory.

Run: uv run python benchmarks/import.py [--sizes 1000,10000,100000] [--repeat 3]
[--no-bytecode-cache]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["MANDAAT_KDF_PROFILE"] = "test"

PASS = "benchmark"
MANDAAT = str(Path(sys.executable).with_name("mandaat"))

# --------------------------------------------------------------------------- inputs


def make_vault(path: Path) -> None:
    from mandaat import demo
    from mandaat.vault import store
    from mandaat.vault.file import Vault

    vault, _ = Vault.create(path, PASS)
    try:
        demo.populate(vault.db)  # the demo dossiers with their (fictitious) bids
        assert store.counts(vault.db)["bids"] > 0
        vault.commit("benchmark", "demo")
    finally:
        vault.close()


def make_workbook(path: Path, n: int) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    from mandaat import demo
    from mandaat.importing import BID_HEADERS

    dossiers = demo.demo_dossiers()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Biedingen")
    ws.append(["Biedingen — gegenereerd voor de benchmark"])
    ws.append(list(BID_HEADERS))

    def cell(value: object, number_format: str | None = None) -> WriteOnlyCell:
        c = WriteOnlyCell(ws, value=value)
        if number_format:
            c.number_format = number_format
        return c

    start = dt.date(2021, 1, 1)
    for i in range(n):
        d = dossiers[i % len(dossiers)]
        day = start + dt.timedelta(days=i % 1500)
        date: object = cell(dt.datetime.combine(day, dt.time()), "d-m-yyyy")
        if i % 5 == 0:
            date = f"{day.day}-{day.month}-{day.year}"
        kind = i % 3
        discount: object = (
            cell(round(0.30 + (i % 400) / 1000, 3), "0.0%")
            if kind == 0
            else f"{30 + i % 40},5%"
            if kind == 1
            else 10 + i % 60
        )
        asking = d.asking_price or 100_000
        net = int(asking * (50 + i % 40)) // 100 if i % 2 else None
        cap = f"€ {20 + i % 30}.000.000" if i % 4 == 0 else (5_000_000 + i if i % 4 == 1 else None)
        ws.append(
            [
                d.brand,
                d.indication,
                date,
                1 + i % 5,
                "VWS" if i % 2 else "leverancier",
                discount,
                net,
                cap,
                3,
                f"bod {i}: voorwaarden volgens protocol",
                "Contactpersoon leverancier",
            ]
        )
    wb.save(path)


def make_zip_bomb(path: Path, megabytes: int = 150) -> None:
    from openpyxl import Workbook

    from mandaat.importing import BID_HEADERS

    src = path.with_suffix(".src.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.title = "Biedingen"
    ws.append(list(BID_HEADERS))
    wb.save(src)
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
        with zout.open("xl/worksheets/sheet2.xml", "w") as big:
            chunk = b" " * (1024 * 1024)
            for _ in range(megabytes):
                big.write(chunk)
    src.unlink()


def make_billion_laughs(path: Path) -> None:
    from openpyxl import Workbook

    src = path.with_suffix(".src.xlsx")
    wb = Workbook()
    wb.active.append(["Geneesmiddel", "Datum", "Korting"])
    wb.save(src)
    lol = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            f'<!ENTITY lol{i} "{("&lol" + str(i - 1 if i > 1 else "") + ";") * 10}">'.encode()
            for i in range(1, 10)
        )
        + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
        + b"</sheetData></worksheet>"
    )
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = lol if info.filename == "xl/worksheets/sheet1.xml" else zin.read(info)
            zout.writestr(info.filename, data)
    src.unlink()


# --------------------------------------------------------------------------- children

#: each child prints one JSON line: {"t": seconds after imports, ...}
CHILD_OURS = """
import json, sys, time
from mandaat.importing.apply import plan_import, read_import
from mandaat.vault.file import Vault
vault = Vault.open(sys.argv[2], passphrase=sys.argv[3], read_only=True)
t = time.perf_counter()
data, columns = read_import(sys.argv[1])
plan = plan_import(vault.db, data, columns, file=sys.argv[1])
t = time.perf_counter() - t
vault.close()
assert plan.ok, plan.problems[:5]
print(json.dumps({"t": t, "rows": len(plan.bid_items)}))
"""

CHILD_PANDAS = """
import json, sys, time
import pandas
t = time.perf_counter()
frame = pandas.read_excel(sys.argv[1], engine="openpyxl", sheet_name="Biedingen", header=1)
t = time.perf_counter() - t
print(json.dumps({"t": t, "rows": len(frame)}))
"""

CHILD_CALAMINE = """
import json, sys, time
from python_calamine import CalamineWorkbook
t = time.perf_counter()
wb = CalamineWorkbook.from_path(sys.argv[1])
rows = wb.get_sheet_by_name("Biedingen").to_python()
t = time.perf_counter() - t
print(json.dumps({"t": t, "rows": len(rows)}))
"""

CHILD_REFUSE = """
import json, sys, time
from mandaat.importing import WorkbookError, read_workbook
t = time.perf_counter()
try:
    read_workbook(sys.argv[1])
    code = "accepted"
except WorkbookError as err:
    code = err.code
print(json.dumps({"t": time.perf_counter() - t, "code": code}))
"""


#: Runs the command given as arguments, then prints one JSON line: the wall time and
#: the child's peak RSS from os.wait4. A fork copies the parent's memory map and
#: Linux carries its high-water mark into ru_maxrss across exec, so the measured
#: program is started by this small launcher, not by the benchmark itself (which
#: holds the generated workbooks and would inflate every peak).
LAUNCHER = """
import json, os, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:])
_, status, usage = os.wait4(proc.pid, 0)
wall = time.perf_counter() - start
scale = 1024 * 1024 if sys.platform == "darwin" else 1024
print(json.dumps({"launcher": True, "wall": wall, "peak": usage.ru_maxrss / scale,
                  "rc": os.waitstatus_to_exitcode(status)}))
"""


#: set by main(): the children's bytecode cache (empty with --no-bytecode-cache)
CACHE_ENV: dict[str, str] = {}


def measured(
    argv: list[str], env: dict[str, str] | None = None, ok: tuple[int, ...] = (0, 1)
) -> tuple[float, float, str]:
    """Run ``argv`` in a child process: (wall seconds, its peak RSS in MB, stdout)."""
    full_env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    if CACHE_ENV:
        full_env.pop("PYTHONDONTWRITEBYTECODE", None)
        full_env.update(CACHE_ENV)
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-c", LAUNCHER, *argv],
        capture_output=True,
        env=full_env,
        cwd=ROOT,
        check=False,
    )
    lines = proc.stdout.decode().strip().splitlines()
    report = json.loads(lines[-1])
    if report["rc"] not in ok:
        raise RuntimeError(f"{argv[:3]} failed ({report['rc']}): {proc.stderr.decode()[-2000:]}")
    return report["wall"], report["peak"], "\n".join(lines[:-1])


def best_of(repeat: int, argv: list[str], env: dict[str, str] | None = None) -> dict[str, float]:
    walls, inner, peaks = [], [], []
    for _ in range(repeat):
        wall, peak, text = measured(argv, env)
        walls.append(wall)
        peaks.append(peak)
        last = text.strip().splitlines()[-1] if text.strip() else "{}"
        if last.startswith("{"):
            inner.append(float(json.loads(last).get("t", "nan")))
    return {
        "wall": statistics.median(walls),
        "inner": statistics.median(inner) if inner else float("nan"),
        "peak": max(peaks),
    }


def python(code: str, *args: str) -> list[str]:
    return [sys.executable, "-c", code, *args]


# --------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--no-bytecode-cache", action="store_true", help="leave PYTHONDONTWRITEBYTECODE as is"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    env = {"MANDAAT_PASSPHRASE": PASS}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vault = folder / "bench.mandaat"
        make_vault(vault)
        if not args.no_bytecode_cache:
            CACHE_ENV["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
            warm = folder / "warm-up.xlsx"
            make_workbook(warm, 10)
            for argv in (
                python(CHILD_OURS, str(warm), str(vault), PASS),
                [MANDAAT, "import", str(vault), str(warm), "--dry-run"],
                python(CHILD_PANDAS, str(warm)),
                python(CHILD_CALAMINE, str(warm)),
            ):
                measured(argv, env)
        print(
            "Import of N bid rows (parse + validate = `mandaat import --dry-run`), median of"
            f" {args.repeat}; whole = whole process, in = in-process after imports\n"
        )
        head = (
            f"{'rows':>7} {'file':>7} | {'ours whole':>10} {'in':>6} {'peak':>7} |"
            f" {'pandas whole':>12} {'in':>6} {'peak':>7} | {'calamine whole':>14} {'in':>6}"
            f" {'peak':>7} | {'pandas/ours':>11} {'ours/calamine':>13}"
        )
        print(head)
        print("-" * len(head))
        for n in sizes:
            path = folder / f"bids-{n}.xlsx"
            make_workbook(path, n)
            size = path.stat().st_size / 1e6
            ours = best_of(args.repeat, python(CHILD_OURS, str(path), str(vault), PASS))
            whole = best_of(
                args.repeat, [MANDAAT, "import", str(vault), str(path), "--dry-run"], env
            )
            pandas = best_of(args.repeat, python(CHILD_PANDAS, str(path)))
            cal = best_of(args.repeat, python(CHILD_CALAMINE, str(path)))
            print(
                f"{n:>7} {size:>5.1f}MB | {whole['wall']:>9.2f}s {ours['inner']:>5.2f}s"
                f" {max(whole['peak'], ours['peak']):>5.0f}MB |"
                f" {pandas['wall']:>11.2f}s {pandas['inner']:>5.2f}s {pandas['peak']:>5.0f}MB |"
                f" {cal['wall']:>13.2f}s {cal['inner']:>5.2f}s {cal['peak']:>5.0f}MB |"
                f" {pandas['wall'] / whole['wall']:>6.1f}x/{pandas['inner'] / ours['inner']:.1f}x"
                f" {whole['wall'] / cal['wall']:>7.2f}x/{ours['inner'] / cal['inner']:.2f}x"
            )
        print(
            "\nratios: whole process / in-process. Goals: pandas/ours >= 5x (whole process,"
            " isolation included), peak < 300 MB; ours/calamine is a reference only."
        )
        print("\nHostile files (refused by `mandaat import --dry-run`, exit 2):")
        for name, make in (("zip bomb", make_zip_bomb), ("billion laughs", make_billion_laughs)):
            path = folder / f"{name.replace(' ', '-')}.xlsx"
            make(path)
            refused = best_of(args.repeat, python(CHILD_REFUSE, str(path)))
            wall, peak, _ = measured(
                [MANDAAT, "import", str(vault), str(path), "--dry-run"], env, ok=(2,)
            )
            with zipfile.ZipFile(path) as zf:
                inflated = sum(i.file_size for i in zf.infolist()) / 1e6
            print(
                f"  {name:<15} {path.stat().st_size / 1e3:>7.0f} kB -> {inflated:>6.0f} MB:"
                f" refused in {refused['inner'] * 1000:.0f} ms in-process,"
                f" {wall:.2f} s whole process; peak {max(peak, refused['peak']):.0f} MB"
            )


if __name__ == "__main__":
    main()
