"""The house rules, machine-checked: ruff (lint and format) and mypy strict on the core."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which(cmd[0])
    if exe is None:
        pytest.fail(f"{cmd[0]} is a dev dependency and must be installed")
    return subprocess.run([exe, *cmd[1:]], cwd=ROOT, capture_output=True, text=True)


def test_ruff_lint() -> None:
    r = _run("ruff", "check", ".")
    assert r.returncode == 0, r.stdout + r.stderr


def test_ruff_format() -> None:
    r = _run("ruff", "format", "--check", ".")
    assert r.returncode == 0, r.stdout + r.stderr


def test_mypy_strict_on_the_core() -> None:
    r = _run("mypy")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Success" in r.stdout
