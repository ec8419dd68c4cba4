"""The window opens fast: the heavy libraries of import and export (pandas, openpyxl,
typst, python-docx, ...) are imported where they are used, never on the way to the
first screen. Checked in a fresh interpreter, since this test run has them all loaded.
See benchmarks/startup.py for the timing itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from mandaat.vault import kdf
from mandaat.vault.file import Vault

ROOT = Path(__file__).resolve().parents[1]

HEAVY = (
    "pandas",
    "openpyxl",
    "typst",
    "docx",
    "numpy",
    "python_calamine",
    "pypdf",
    "pikepdf",
    "pypdfium2",
    # the unlock screen reads the vault's header, which needs no cipher: cryptography
    # (~40 ms) loads when a key is derived or a slot opened (mandaat/vault/fileformat.py)
    "cryptography",
    # the keyring backends are looked for only when the vault has a keyring slot
    "keyring",
)
#: Our own modules that only an unlocked vault needs (ui/workspace.py loads them), and
#: the guide's widgets (ui.help; the unlock screen's show-password toggle is ui.reveal).
AFTER_UNLOCK = (
    "mandaat.engine",
    "mandaat.vault.session",
    "mandaat.vault.store",
    "mandaat.vault.file",
    "mandaat.model",
    "mandaat.thresholds",
    "ui.workspace",
    "ui.help",
)
#: Whole packages of ours that the first screen never needs.
LATE_PACKAGES = ("mandaat.export", "mandaat.importing")

CHILD = """
import json, sys
STAGING = "mandaat.export.staging"  # ui.main sweeps stale export folders at the start
from PySide6.QtCore import QSettings
from mandaat import cli  # what `mandaat` itself imports first
from ui.main import main  # noqa: F401
from ui.app import make_app
from ui.main_window import MainWindow

app = make_app()
window = MainWindow(QSettings(sys.argv[1], QSettings.Format.IniFormat), vault_path=sys.argv[2])
window.show()
app.processEvents()
assert window.unlock_screen.isVisible()
assert window.unlock_screen.unlock_part.isVisible()  # the vault's header was read
heavy = json.loads(sys.argv[3])
late = json.loads(sys.argv[4])
packages = tuple(p + "." for p in json.loads(sys.argv[5]))
print(json.dumps(sorted(
    m for m in sys.modules
    if m.split(".")[0] in heavy or m in late or (m.startswith(packages) and m != STAGING)
)))
window.close()
"""


def test_the_first_screen_imports_no_heavy_library(tmp_path: Path) -> None:
    # a real vault, so that the unlock screen reads a real header as it does every morning
    vault, _ = Vault.create(tmp_path / "some.mandaat", "startup imports", params=kdf.TEST_PARAMS)
    vault.close()
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        MANDAAT_KDF_PROFILE="test",
    )
    env.pop("MANDAAT_LANG", None)
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD,
            str(tmp_path / "settings.ini"),
            str(tmp_path / "some.mandaat"),
            json.dumps(HEAVY),
            json.dumps(AFTER_UNLOCK),
            json.dumps(LATE_PACKAGES),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    loaded = json.loads(proc.stdout.strip().splitlines()[-1])
    assert loaded == [], f"imported on the way to the first screen: {loaded}"
