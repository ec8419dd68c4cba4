"""Run the real ``mandaat`` entry point in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

MANDAAT = str(Path(sys.executable).with_name("mandaat"))


def run(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("MANDAAT_") or k in ("MANDAAT_KDF_PROFILE", "MANDAAT_STATE_DIR")
    }
    full_env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    full_env.update(env or {})
    return subprocess.run(
        [MANDAAT, *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=stdin,
        cwd=cwd,
        timeout=120,
    )
