"""The core never imports Qt or the ui: checked by import-linter and by a real import."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contract_holds() -> None:
    exe = shutil.which("lint-imports")
    assert exe is not None, "import-linter is a dev dependency"
    result = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_core_imports_with_qt_unimportable() -> None:
    """Import every core module in a child where PySide6/shiboken6/ui cannot be imported."""
    code = """
import sys, importlib, pkgutil
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'ui'):
            raise ImportError('blocked: ' + name)
        return None
sys.meta_path.insert(0, Block())
import mandaat
for m in pkgutil.walk_packages(mandaat.__path__, 'mandaat.'):
    importlib.import_module(m.name)
print('ok', len(sys.modules))
"""
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_version_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mandaat.cli", "--version"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("mandaat 0.")
