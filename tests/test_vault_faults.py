"""Faults during a save: a full disk after N bytes, failing fsync/rename, a killed process.

After every fault the vault file is byte-identical to the last good save and opens.
"""

from __future__ import annotations

import errno
import hashlib
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from mandaat.errors import VaultError
from mandaat.vault import atomic
from mandaat.vault.file import Vault


class FullDisk(atomic.FileOps):
    """A disk that accepts ``budget`` bytes of new files, then fails with ENOSPC."""

    def __init__(self, budget: int) -> None:
        self.budget = budget

    def write(self, fd: int, data: memoryview) -> int:
        if self.budget <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        n = os.write(fd, data[: self.budget])
        self.budget -= n
        return n


class FailAt(atomic.FileOps):
    """Fails the ``nth`` call of operation ``op``."""

    def __init__(self, op: str, nth: int = 1) -> None:
        self.op, self.nth, self.calls = op, nth, 0

    def _maybe_fail(self, op: str) -> None:
        if op == self.op:
            self.calls += 1
            if self.calls == self.nth:
                raise OSError(errno.EIO, os.strerror(errno.EIO))

    def fsync(self, fd: int) -> None:
        self._maybe_fail("fsync")
        super().fsync(fd)

    def replace(self, src: Path, dst: Path) -> None:
        self._maybe_fail("replace")
        super().replace(src, dst)

    def open_new(self, path: Path) -> int:
        self._maybe_fail("open_new")
        return super().open_new(path)

    def link_or_copy(self, src: Path, dst: Path) -> None:
        self._maybe_fail("link_or_copy")
        super().link_or_copy(src, dst)


class FullFolder(atomic.FileOps):
    """A folder where no new file can be made while ``full`` (a full disk, a share gone)."""

    full = True

    def open_new(self, path: Path) -> int:
        if self.full:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return super().open_new(path)


def _sha(path: Path) -> bytes:
    return hashlib.sha256(path.read_bytes()).digest()


def _counter(path: Path) -> int:
    v = Vault.open(path, passphrase=PASSPHRASE, read_only=True)
    row = v.db.execute("SELECT value FROM counters WHERE name='n'").fetchone()
    v.close()
    return int(row[0])


@pytest.fixture
def vault(vault_path: Path) -> Vault:
    v, _ = Vault.create(vault_path, PASSPHRASE)
    v.db.execute("INSERT INTO counters VALUES ('n', 1)")
    v.commit("n=1")
    return v


def test_disk_full_after_every_n_bytes_of_one_save(vault: Vault, vault_path: Path) -> None:
    """The whole save is one file write of `size` bytes; fail it after each N in 0..size."""
    good = _sha(vault_path)
    size = len(vault_path.read_bytes())
    vault.db.execute("UPDATE counters SET value = 2 WHERE name = 'n'")
    vault.db.commit()
    for n in range(0, size):
        vault.ops = FullDisk(n)
        with pytest.raises(VaultError) as err:
            vault.save()
        assert err.value.code == "write_failed"
        assert _sha(vault_path) == good, n
    assert not atomic.stale_temp_files(vault_path)
    assert _counter(vault_path) == 1
    vault.ops = FullDisk(size)  # exactly enough room: the save goes through
    vault.save()
    assert _counter(vault_path) == 2
    vault.close()


@pytest.mark.parametrize(
    ("op", "nth"),
    [("open_new", 1), ("fsync", 1), ("link_or_copy", 1), ("replace", 1), ("replace", 2)],
)
def test_failure_at_each_step_keeps_the_old_vault(
    vault: Vault, vault_path: Path, op: str, nth: int
) -> None:
    good = _sha(vault_path)
    vault.db.execute("UPDATE counters SET value = 2 WHERE name = 'n'")
    vault.db.commit()
    vault.ops = FailAt(op, nth)
    with pytest.raises(VaultError) as err:
        vault.save()
    assert err.value.code == "write_failed"
    assert _sha(vault_path) == good
    assert _counter(vault_path) == 1
    # The next save, with a healthy disk, succeeds.
    vault.ops = atomic.FileOps()
    vault.save()
    assert _counter(vault_path) == 2
    vault.close()


def test_error_after_rename_leaves_the_new_vault(vault: Vault, vault_path: Path) -> None:
    """The folder fsync fails after the rename: the new file is in place and complete."""

    class DirFsyncFails(atomic.FileOps):
        def fsync_dir(self, folder: Path) -> None:
            raise OSError(errno.EIO, "EIO")

    vault.db.execute("UPDATE counters SET value = 3 WHERE name = 'n'")
    vault.db.commit()
    vault.ops = DirFsyncFails()
    with pytest.raises(VaultError):
        vault.save()
    assert _counter(vault_path) in (1, 3)
    vault.close()


CHILD = textwrap.dedent(
    """
    import sys
    from mandaat.vault.file import Vault
    path, passphrase = sys.argv[1], sys.argv[2]
    v = Vault.open(path, passphrase=passphrase)
    n = v.db.execute("SELECT value FROM counters WHERE name='n'").fetchone()[0]
    # Grow the database so saves take long enough to be interrupted mid-way.
    v.db.execute("CREATE TABLE IF NOT EXISTS ballast (x BLOB)")
    while True:
        n += 1
        v.db.execute("UPDATE counters SET value=? WHERE name='n'", (n,))
        v.db.execute("INSERT INTO ballast VALUES (randomblob(2000))")
        v.commit("tel", str(n))
        print(n, flush=True)
    """
)


def kill_during_saves(path: Path, rounds: int, seed: int) -> list[tuple[int, int]]:
    """Start a child that saves in a loop, SIGKILL it at a random moment, open the rest."""
    rng = random.Random(seed)
    results = []
    for _ in range(rounds):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), PASSPHRASE],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        acknowledged = int(child.stdout.readline())  # at least one save done
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        lines = out.split()
        if lines:
            acknowledged = int(lines[-1])
        got = _counter(path)
        # The last acknowledged save is there, or the one in flight completed.
        assert got in (acknowledged, acknowledged + 1), (got, acknowledged)
        results.append((acknowledged, got))
    return results


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_during_saves_always_opens(vault: Vault, vault_path: Path) -> None:
    vault.close()
    results = kill_during_saves(vault_path, rounds=25, seed=7)
    assert len(results) == 25
    Vault.open(vault_path, passphrase=PASSPHRASE).close()  # lock freed by the dead child
