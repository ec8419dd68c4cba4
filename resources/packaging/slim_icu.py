"""Qt's ICU data, cut to the languages Mandaat speaks (issue 18: the lean bundle).

QtCore links ICU, and PySide6's wheels carry ICU's whole data library (`libicudata`,
30.6 MB: every locale of the world, legacy character-set converters). Mandaat shows Dutch
and English; Qt formats numbers and dates from its own tables, and Python decodes every
file. This keeps ICU's locale-independent data (Unicode properties, case mapping,
normalisation, break rules and their dictionaries, time zones) and the locale data of
``root``, ``en*`` and ``nl*``, and drops the other locales and the converters, with ICU's
own tool (``icupkg``, Debian's icu-devtools); ``as`` and ``ld`` (binutils) wrap the result
in a library with the same name and the one symbol ICU's code looks for.

Used by build.spec on Linux; not part of the application (not collected into the bundle).
tests/test_slim_icu.py checks that Qt sorts, upper-cases and names time zones the same
with the slim data as with the full data.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

#: The locales whose data is kept (with their regional variants: en_GB, nl_BE, …).
KEEP_LOCALES = ("root", "en", "nl")

#: A locale's resource (``fr.res``, ``coll/de.res``, ``zh_Hant_TW.res``, ``de_.res``);
#: files such as ``supplementalData.res``, ``metaZones.res`` or ``pool.res`` are not,
#: nor ``res_index.res`` (each tree's list of its locales, which ICU reads; kept).
_LOCALE = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")
_SYMBOL = re.compile(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt(\d+)_dat)$")

#: What each tool comes with (Debian package), for the one line a missing tool gives.
TOOLS = {
    "icupkg": "icu-devtools",
    "objcopy": "binutils",
    "nm": "binutils",
    "readelf": "binutils",
    "as": "binutils",
    "ld": "binutils",
}


class SlimError(Exception):
    """The ICU data could not be cut; the message says why in one line."""


def dropped_items(names: Iterable[str]) -> list[str]:
    """The items of ICU's data package to leave out: converters (``*.cnv``) and the data
    of every locale but :data:`KEEP_LOCALES` (in every tree: coll/, curr/, zone/, …)."""
    out = []
    for name in names:
        base = name.rsplit("/", 1)[-1]
        if base.endswith(".cnv"):
            out.append(name)
            continue
        m = _LOCALE.match(base)
        if m is not None and m.group(1) not in KEEP_LOCALES and base != "res_index.res":
            out.append(name)
    return out


def _run(*args: str | Path, cwd: Path | None = None) -> str:
    proc = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        first = (proc.stderr.strip() or proc.stdout.strip()).splitlines()[:1]
        raise SlimError(f"{Path(str(args[0])).name} failed: {' '.join(first)}")
    return proc.stdout


def slim(lib: Path, work: Path) -> Path:
    """A copy of ICU's data library ``lib`` with only the kept data, made in ``work``."""
    for tool, package in TOOLS.items():
        if shutil.which(tool) is None:
            raise SlimError(f"{tool} not found: install {package} to build the lean bundle")
    work.mkdir(parents=True, exist_ok=True)
    symbols = [
        m
        for line in _run("nm", "-D", "--defined-only", "-S", lib).splitlines()
        if (m := _SYMBOL.match(line.strip()))
    ]
    if len(symbols) != 1:
        raise SlimError(f"{lib.name}: not one icudt*_dat symbol ({len(symbols)})")
    address, size, symbol, major = (
        int(symbols[0].group(1), 16),
        int(symbols[0].group(2), 16),
        symbols[0].group(3),
        symbols[0].group(4),
    )
    sections = _run("readelf", "-S", "-W", lib)
    rodata = re.search(r"\]\s+\.rodata\s+PROGBITS\s+([0-9a-f]+)\s", sections)
    if rodata is None or int(rodata.group(1), 16) != address:
        raise SlimError(f"{lib.name}: {symbol} is not at the start of .rodata")
    raw = work / "rodata.bin"
    _run("objcopy", "-O", "binary", "--only-section=.rodata", lib, raw)
    data = raw.read_bytes()[:size]
    if len(data) != size or data[12:16] != b"CmnD":
        raise SlimError(f"{lib.name}: {symbol} is not ICU common data")
    package = f"icudt{major}l"  # the little-endian package, as ICU names it
    full = work / "full" / f"{package}.dat"
    full.parent.mkdir(exist_ok=True)
    full.write_bytes(data)
    names = _run("icupkg", "-l", full).split()
    drop = dropped_items(names)
    (work / "drop.txt").write_text("\n".join(drop) + "\n", encoding="utf-8")
    kept = work / "slim" / f"{package}.dat"
    kept.parent.mkdir(exist_ok=True)
    _run("icupkg", "-r", work / "drop.txt", full, kept)
    soname = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", _run("readelf", "-d", lib))
    if soname is None:
        raise SlimError(f"{lib.name}: no soname")
    (work / "stub.s").write_text(
        "\n".join(
            [
                "    .section .rodata",
                f"    .globl {symbol}",
                f"    .type {symbol}, @object",
                "    .balign 16",
                f"{symbol}:",
                f'    .incbin "{kept}"',
                f"    .size {symbol}, . - {symbol}",
                '    .section .note.GNU-stack,"",@progbits',
                "",
            ]
        ),
        encoding="utf-8",
    )
    _run("as", "-o", work / "stub.o", work / "stub.s")
    out = work / "lib" / soname.group(1)
    out.parent.mkdir(exist_ok=True)
    _run("ld", "-shared", "-soname", soname.group(1), "-o", out, work / "stub.o")
    return out
