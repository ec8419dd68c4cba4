"""Temp folders of exports: made beside the destination, journalled, swept when stale.

An export renders into ``.mandaat-export-<pid>-<random>`` next to its destination (so
that the final move is a rename on one file system), and only moves its files into
place after the leak check and the audit entry. A folder left by an interrupted export
holds documents that were never leak-checked: it is removed at the next start (of the
window or the CLI: :func:`sweep_stale` over the journal) and before any export into
the same folder. The journal lists the folders in use, one path a line, in the user's
state folder (``MANDAAT_STATE_DIR`` overrides it); it holds paths, never content.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

PREFIX = ".mandaat-export-"
#: Where the owner's process cannot be asked (Windows), a folder this old is stale.
STALE_AFTER_S = 24 * 3600


def state_dir() -> Path:
    override = os.environ.get("MANDAAT_STATE_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home())) / "Mandaat"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Mandaat"
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "mandaat"


def journal() -> Path:
    return state_dir() / "export-staging.txt"


def _read() -> list[str]:
    try:
        return [ln for ln in journal().read_text(encoding="utf-8").splitlines() if ln.strip()]
    except OSError:
        return []


def _write(lines: Iterable[str]) -> None:
    with contextlib.suppress(OSError):
        path = journal()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text("".join(f"{ln}\n" for ln in lines), encoding="utf-8")
        os.replace(tmp, path)


def _owner(folder: Path) -> int | None:
    rest = folder.name.removeprefix(PREFIX)
    head = rest.split("-", 1)[0]
    return int(head) if head.isdigit() else None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) is no probe there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def is_stale(folder: Path) -> bool:
    """A staging folder whose export is over: its process is gone (or, where that
    cannot be asked, it is older than :data:`STALE_AFTER_S`)."""
    if not folder.name.startswith(PREFIX):
        return False
    pid = _owner(folder)
    if pid is not None and pid != os.getpid() and not _alive(pid):
        return True
    if pid == os.getpid():
        return False
    try:
        return time.time() - folder.stat().st_mtime > STALE_AFTER_S
    except OSError:
        return False


def stage(parent: Path) -> Path:
    """A new staging folder in ``parent`` (owner-only), journalled; stale ones there
    are removed first."""
    parent.mkdir(parents=True, exist_ok=True)
    sweep_stale([parent])
    folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=parent))
    _write([*_read(), str(folder.resolve())])
    return folder


def unstage(folder: Path) -> None:
    """Remove a staging folder and its journal line."""
    shutil.rmtree(folder, ignore_errors=True)
    resolved = str(folder.resolve())
    lines = _read()
    if resolved in lines:
        _write(ln for ln in lines if ln != resolved)


def sweep_stale(parents: Iterable[Path] = ()) -> list[Path]:
    """Remove the stale staging folders named in the journal and found in ``parents``;
    returns those removed. Never raises for a folder it cannot read or remove."""
    removed: list[Path] = []
    keep: list[str] = []
    for line in _read():
        folder = Path(line)
        if not folder.exists():
            continue
        if folder.name.startswith(PREFIX) and is_stale(folder):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
        else:
            keep.append(line)
    for parent in parents:
        with contextlib.suppress(OSError):
            for folder in parent.iterdir():
                if folder.is_dir() and is_stale(folder) and folder not in removed:
                    shutil.rmtree(folder, ignore_errors=True)
                    removed.append(folder)
    if removed or len(keep) != len(_read()):
        _write(keep)
    return removed
