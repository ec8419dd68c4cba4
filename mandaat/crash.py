"""The crash file: an unexpected internal error, written down without any value.

The CLI and the window catch what nothing else caught, append an entry here and tell the
user one line. An entry names the time, where it was caught, the exception's type (and
those of its causes) and the frames (file, line, function). Never the exception's
message or any argument or variable: those could hold a confidential figure or a
passphrase. The file lies beside the rollback records in the user's state folder.
"""

from __future__ import annotations

import contextlib
import os
import traceback
from datetime import UTC, datetime
from pathlib import Path

MAX_BYTES = 256 * 1024  # above this the file becomes crash.old.log and a new one starts


def crash_file() -> Path:
    from mandaat.vault.rollback import state_dir

    return state_dir() / "crash.log"


def describe(exc: BaseException, where: str) -> str:
    """The entry for ``exc``: types and frames only."""
    at = datetime.now(UTC).isoformat(timespec="seconds")
    lines = [f"== {at} {where}"]
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        lines.append(f"{kind.__module__}.{kind.__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
    return "\n".join(lines) + "\n"


def _short(filename: str) -> str:
    """The path from the package folder on (``mandaat/vault/file.py``), not the user's home."""
    parts = Path(filename).parts
    for anchor in ("mandaat", "ui", "site-packages"):
        if anchor in parts:
            return "/".join(parts[len(parts) - parts[::-1].index(anchor) - 1 :])
    return Path(filename).name


def record(exc: BaseException, where: str) -> Path | None:
    """Append an entry for ``exc``; the file's path, or None when it cannot be written."""
    path = crash_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with contextlib.suppress(FileNotFoundError):
            if path.lstat().st_size > MAX_BYTES:  # keep one older file, never grow forever
                os.replace(path, path.with_name("crash.old.log"))
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(path, flags, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8", errors="backslashreplace") as f:
            f.write(describe(exc, where))
    except OSError:
        return None
    return path
