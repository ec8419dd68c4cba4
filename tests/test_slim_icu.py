"""The bundle's ICU data cut to root, en and nl (issue 18; resources/packaging/slim_icu.py,
used by build.spec): what is dropped, and that Qt, loading the cut library, sorts,
upper-cases, formats and names time zones in Dutch and English exactly as with the full
data. The frozen app's --self-test checks the same in the bundle (step "taal")."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "resources" / "packaging"))

import slim_icu  # noqa: E402


def test_other_locales_and_converters_are_dropped_the_rest_kept() -> None:
    names = [
        "root.res",
        "nl.res",
        "nl_BE.res",
        "en.res",
        "en_GB.res",
        "coll/nl.res",
        "zone/en_001.res",
        "fr.res",
        "coll/de.res",
        "coll/de_.res",
        "zh_Hant_TW.res",
        "fil.res",
        "ibm-37_P100-1995.cnv",
        "supplementalData.res",
        "metaZones.res",
        "pool.res",
        "res_index.res",
        "coll/res_index.res",
        "coll/ucadata.icu",
        "brkitr/thaidict.dict",
        "uprops.icu",
        "nfkc.nrm",
    ]
    dropped = slim_icu.dropped_items(f"icudt73l/{n}" for n in names)
    assert [d.removeprefix("icudt73l/") for d in dropped] == [
        "fr.res",
        "coll/de.res",
        "coll/de_.res",
        "zh_Hant_TW.res",
        "fil.res",
        "ibm-37_P100-1995.cnv",
    ]


PROBE = r"""
import json, sys
from PySide6.QtCore import QCollator, QLocale, QTimeZone, QDate
words = ["IJsselmeer", "Ijzer", "appel", "Äpfel", "zebra", "Éclair", "eclair", "één",
         "Eén", "10", "9", "café", "cafe", "ß", "Zorg", "ångström", "œuvre", "Øre"]
out = {}
for name in ("nl_NL", "nl_BE", "en_GB", "en_US", "C"):
    loc = QLocale(name)
    c = QCollator(loc)
    row = [sorted(words, key=c.sortKey)]
    c.setNumericMode(True)
    row.append(sorted(words, key=c.sortKey))
    row.append(loc.toUpper("straße ĳs istanbul"))
    row.append(loc.toLower("ĲS ISTANBUL"))
    row.append(loc.toString(QDate(2026, 12, 7), QLocale.FormatType.LongFormat))
    row.append(loc.toString(1234567.891, "f", 2))
    tz = QTimeZone(b"Europe/Amsterdam")
    row.append(tz.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, loc))
    row.append(tz.displayName(QTimeZone.TimeType.DaylightTime, QTimeZone.NameType.LongName, loc))
    out[name] = row
maps = open("/proc/self/maps").read()
out["icudata"] = sorted({l.split()[-1] for l in maps.splitlines() if "libicudata" in l})
print(json.dumps(out))
"""


def _probe(library_path: Path | None) -> dict[str, object]:
    env = dict(os.environ)
    if library_path is not None:
        env["LD_LIBRARY_PATH"] = str(library_path)
    else:
        env.pop("LD_LIBRARY_PATH", None)
    proc = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.skipif(
    not sys.platform.startswith("linux")
    or any(shutil.which(tool) is None for tool in slim_icu.TOOLS),
    reason="Linux with icu-devtools and binutils (CI installs them)",
)
def test_qt_with_the_cut_data_speaks_dutch_and_english_as_with_the_full(tmp_path: Path) -> None:
    full = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    cut = slim_icu.slim(full, tmp_path / "work")
    assert cut.name == full.name
    assert cut.stat().st_size < 12_000_000 < 25_000_000 < full.stat().st_size

    before = _probe(None)
    after = _probe(cut.parent)
    assert before.pop("icudata") == [str(full.resolve())]
    assert after.pop("icudata") == [str(cut)]  # the cut library was the one loaded
    assert after == before
    nl = before["nl_NL"]
    assert isinstance(nl, list)
    assert nl[4] == "maandag 7 december 2026" and nl[6] == "Midden-Europese standaardtijd"


def test_a_library_without_icu_data_is_refused_in_one_line(tmp_path: Path) -> None:
    if any(shutil.which(tool) is None for tool in slim_icu.TOOLS):
        pytest.skip("icu-devtools and binutils (CI installs them)")
    other = Path(sys.executable).resolve()
    with pytest.raises(slim_icu.SlimError) as info:
        slim_icu.slim(other, tmp_path / "work")
    assert "\n" not in str(info.value) and other.name in str(info.value)
