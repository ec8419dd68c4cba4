"""Crash-safe file replacement, rotating backups and an inter-process lock.

A save writes a temp file in the vault's folder (owner-only), flushes and fsyncs it,
keeps the previous version as ``NAME.bak1`` (older ones shift to ``.bak2``, ``.bak3``),
``os.replace``s the temp file over the vault and fsyncs the folder. At every moment the
path holds either the old or the new complete file. :class:`FileOps` is the seam the
tests use to make any step fail (a disk that fills up after N bytes).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

BACKUPS = 3
CHUNK = 1 << 20
TEMP_SUFFIX = ".tmp"


class FileOps:
    """The file-system operations a save uses; override one to inject a fault."""

    def open_new(self, path: Path) -> int:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        return os.open(path, flags, 0o600)

    def write(self, fd: int, data: memoryview) -> int:
        return os.write(fd, data)

    def fsync(self, fd: int) -> None:
        if sys.platform == "darwin":  # pragma: no cover - macOS only
            import fcntl

            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
        else:
            os.fsync(fd)

    def replace(self, src: Path, dst: Path) -> None:
        # Windows: another program (a virus scanner, a sync client) may hold the file
        # briefly; retry a bounded number of times.
        for attempt in range(10):
            try:
                os.replace(src, dst)
                return
            except PermissionError:
                if sys.platform != "win32" or attempt == 9:
                    raise
                time.sleep(0.05 * (attempt + 1))

    def link_or_copy(self, src: Path, dst: Path) -> None:
        try:
            os.link(src, dst)
        except OSError:
            data = src.read_bytes()
            fd = self.open_new(dst)
            try:
                self._write_all(fd, data)
                self.fsync(fd)
            finally:
                os.close(fd)

    def fsync_dir(self, folder: Path) -> None:
        if sys.platform == "win32":  # pragma: no cover - no directory fsync on Windows
            return
        fd = os.open(folder, os.O_RDONLY)
        try:
            self.fsync(fd)
        finally:
            os.close(fd)

    def _write_all(self, fd: int, data: bytes) -> None:
        view = memoryview(data)
        while view:
            n = self.write(fd, view[:CHUNK])
            if n <= 0:
                raise OSError(errno.EIO, "short write")
            view = view[n:]


def temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}")


def backup_name(path: Path, n: int) -> Path:
    return path.with_name(f"{path.name}.bak{n}")


def stale_temp_files(path: Path) -> list[Path]:
    prefix = f".{path.name}."
    folder = path.parent
    return [
        p for p in folder.iterdir() if p.name.startswith(prefix) and p.name.endswith(TEMP_SUFFIX)
    ]


def atomic_write(
    path: Path,
    data: bytes | Sequence[bytes],
    ops: FileOps | None = None,
    backups: int = BACKUPS,
) -> None:
    """Replace ``path`` by ``data`` (bytes, or pieces written one after the other) so
    that a crash leaves the old or the new file."""
    ops = ops or FileOps()
    pieces = [data] if isinstance(data, bytes | bytearray) else list(data)
    tmp = temp_name(path)
    fd = ops.open_new(tmp)
    try:
        try:
            for piece in pieces:
                ops._write_all(fd, piece)
            ops.fsync(fd)
        finally:
            os.close(fd)
        if backups and path.exists():
            _rotate_backups(path, ops, backups)
        ops.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    ops.fsync_dir(path.parent)


def _rotate_backups(path: Path, ops: FileOps, backups: int) -> None:
    for n in range(backups - 1, 0, -1):
        older = backup_name(path, n)
        if older.exists():
            ops.replace(older, backup_name(path, n + 1))
    tmp = temp_name(path)
    ops.link_or_copy(path, tmp)
    ops.replace(tmp, backup_name(path, 1))


class NotAFileError(OSError):
    """The lock's name is taken by something that is not a plain file."""


class FileLock:
    """An exclusive advisory lock on ``NAME.lock`` beside the vault, held while open.

    The lock file holds nothing but the owner's process id. The OS drops the lock when
    the process dies, so a crash never leaves the vault locked. The file is opened
    without following a symlink (``O_NOFOLLOW``) and must be a plain file: a link named
    ``NAME.lock`` must never make Mandaat truncate what it points to.
    """

    def __init__(self, path: Path) -> None:
        self.path = path.with_name(path.name + ".lock")
        self._handle: IO[bytes] | None = None

    def acquire(self) -> bool:
        """True when locked; False when another process holds it. Raises OSError (ELOOP
        or :class:`NotAFileError`) when the name is a symlink or not a plain file."""
        if self.path.is_symlink():  # also where the OS has no O_NOFOLLOW
            raise OSError(errno.ELOOP, "symlink", str(self.path))
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(self.path, flags | getattr(os, "O_NONBLOCK", 0), 0o600)
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise NotAFileError(errno.EINVAL, "not a file", str(self.path))
        handle = os.fdopen(fd, "r+b")
        try:
            if sys.platform == "win32":  # pragma: no cover
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        with contextlib.suppress(OSError):
            if sys.platform == "win32":  # pragma: no cover
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        handle.close()

    @property
    def held(self) -> bool:
        return self._handle is not None


@contextlib.contextmanager
def locked(path: Path) -> Iterator[FileLock]:
    lock = FileLock(path)
    if not lock.acquire():
        raise BlockingIOError(path)
    try:
        yield lock
    finally:
        lock.release()
