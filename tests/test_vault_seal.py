"""A save in three steps (begin on the vault's thread, run anywhere, finish): what the
window's writer thread relies on. Real vault files, real threads."""

from __future__ import annotations

import gc
import hashlib
import threading
import time
from pathlib import Path

import pytest
import test_vault_faults
from conftest import PASSPHRASE
from test_vault_faults import FailAt, FullFolder

from mandaat.errors import VaultError
from mandaat.vault import atomic
from mandaat.vault.file import Seal, Vault

vault = test_vault_faults.vault  # the fixture: a new vault whose counter n is 1


def _set(vault: Vault, n: int) -> None:
    """An edit committed in memory, not saved (as the window commits one)."""
    vault.db.execute("UPDATE counters SET value = ? WHERE name = 'n'", (n,))
    vault.commit(f"n={n}", save=False)


def _on_disk(path: Path, passphrase: str = PASSPHRASE) -> int:
    v = Vault.open(path, passphrase=passphrase, read_only=True)
    try:
        return int(v.db.execute("SELECT value FROM counters WHERE name = 'n'").fetchone()[0])
    finally:
        v.close()


def _run_on_thread(seal: Seal, delay: float = 0.0) -> threading.Thread:
    """Run ``seal`` on a thread of its own, after ``delay`` seconds."""

    def go() -> None:
        time.sleep(delay)
        seal.run()

    t = threading.Thread(target=go)
    t.start()
    return t


def _sha(path: Path) -> bytes:
    return hashlib.sha256(path.read_bytes()).digest()


def test_a_seal_run_on_another_thread_lands_like_a_save(vault: Vault, vault_path: Path) -> None:
    _set(vault, 2)
    assert vault.dirty and _on_disk(vault_path) == 1
    seal = vault.begin_save()
    assert vault.saving
    _run_on_thread(seal).join()
    assert vault.dirty  # the outcome is not taken in yet
    vault.finish_save(seal)
    assert not vault.saving and not vault.dirty
    assert _on_disk(vault_path) == 2
    assert seal._image is None and seal._key is None  # the decrypted image is let go
    _set(vault, 3)  # the vault goes on: the next save checks the file it wrote itself
    vault.save()
    assert _on_disk(vault_path) == 3
    vault.close()


def test_an_edit_after_the_image_keeps_the_vault_dirty(vault: Vault, vault_path: Path) -> None:
    _set(vault, 2)
    seal = vault.begin_save()
    _set(vault, 3)  # made while the seal runs: not in its image
    _run_on_thread(seal).join()
    vault.finish_save(seal)
    assert vault.dirty
    assert _on_disk(vault_path) == 2
    vault.save()
    assert not vault.dirty and _on_disk(vault_path) == 3
    vault.close()


def test_the_record_of_this_computer_is_the_state_sealed(vault: Vault, vault_path: Path) -> None:
    """A later edit that was never saved must not be what this computer remembers, or
    the file it did write would open as an older state."""
    _set(vault, 2)
    seal = vault.begin_save()
    _set(vault, 3)
    _run_on_thread(seal).join()
    vault.finish_save(seal)
    vault.close()  # the edit to 3 was never written
    again = Vault.open(vault_path, passphrase=PASSPHRASE)  # would refuse an older state
    assert int(again.db.execute("SELECT value FROM counters").fetchone()[0]) == 2
    again.close()


def test_a_failed_seal_keeps_the_edit_and_the_old_file(vault: Vault, vault_path: Path) -> None:
    good = _sha(vault_path)
    _set(vault, 2)
    vault.ops = FailAt("replace")
    seal = vault.begin_save()
    _run_on_thread(seal).join()
    with pytest.raises(VaultError) as err:
        vault.finish_save(seal)
    assert err.value.code == "write_failed"
    assert vault.dirty and not vault.saving
    assert _sha(vault_path) == good
    assert not atomic.stale_temp_files(vault_path)
    vault.ops = atomic.FileOps()
    vault.save()
    assert _on_disk(vault_path) == 2
    vault.close()


def test_settle_takes_the_outcome_in_once(vault: Vault, vault_path: Path) -> None:
    _set(vault, 2)
    vault.ops = FailAt("fsync")
    seal = vault.begin_save()
    _run_on_thread(seal)
    error = vault.settle()  # waits for the thread
    assert isinstance(error, VaultError) and error.code == "write_failed"
    vault.finish_save(seal)  # the writer's own late call: passed over, no second error
    assert vault.settle() is None
    assert vault.dirty
    vault.ops = atomic.FileOps()
    _set(vault, 3)
    seal = vault.begin_save()
    _run_on_thread(seal)
    assert vault.settle() is None
    vault.finish_save(seal)
    assert not vault.dirty and _on_disk(vault_path) == 3
    vault.close()


def test_a_save_at_once_waits_for_the_seal_under_way(vault: Vault, vault_path: Path) -> None:
    _set(vault, 2)
    seal = vault.begin_save()
    thread = _run_on_thread(seal, delay=0.2)
    _set(vault, 3)
    began = time.monotonic()
    vault.save()  # may not write beside the running seal: it waits, then writes 3
    assert time.monotonic() - began >= 0.15
    thread.join()
    assert not vault.dirty and not vault.saving
    assert _on_disk(vault_path) == 3
    vault.close()


def test_a_new_passphrase_waits_for_the_seal_under_way(vault: Vault, vault_path: Path) -> None:
    """The seal holds the old header and key; the key change must come after it, or the
    file would be sealed under a key whose slots the header no longer has."""
    _set(vault, 2)
    seal = vault.begin_save()
    thread = _run_on_thread(seal, delay=0.2)
    vault.change_passphrase("een heel nieuw wachtwoord")
    thread.join()
    assert not vault.dirty
    vault.close()
    assert _on_disk(vault_path, "een heel nieuw wachtwoord") == 2
    with pytest.raises(VaultError) as err:
        _on_disk(vault_path)
    assert err.value.code == "wrong_key"


def test_no_image_is_taken_while_a_write_is_held(vault: Vault, vault_path: Path) -> None:
    """The import's transaction runs on a worker under ``writing()``: a save begun then
    (the window's writer) waits, and never seals a half-done import."""
    db = vault.db
    result: list[int] = []

    def writer_thread() -> None:
        seal = vault.begin_save()
        seal.run()
        vault.finish_save(seal)
        result.append(_on_disk(vault_path))

    with vault.writing():
        db.execute("SAVEPOINT half")
        db.execute("UPDATE counters SET value = 99 WHERE name = 'n'")
        t = threading.Thread(target=writer_thread)
        t.start()
        time.sleep(0.2)
        assert t.is_alive() and not vault.saving  # waiting for the write to end
        db.execute("ROLLBACK TO half")
        db.execute("RELEASE half")
    t.join(10)
    assert result == [1]
    vault.close()


def test_the_integrity_check_runs_on_the_image(vault: Vault, vault_path: Path) -> None:
    good = _sha(vault_path)
    db = vault.db
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    db.execute("CREATE TABLE child (p INTEGER REFERENCES parent (id))")
    db.execute("INSERT INTO child VALUES (5)")  # a row pointing nowhere
    vault.commit("broken", save=False)
    seal = vault.begin_save()
    _run_on_thread(seal).join()
    with pytest.raises(VaultError) as err:
        vault.finish_save(seal)
    assert err.value.code == "integrity"
    assert _sha(vault_path) == good
    vault.close()


def test_close_lets_a_running_seal_land(vault: Vault, vault_path: Path) -> None:
    _set(vault, 2)
    seal = vault.begin_save()
    thread = _run_on_thread(seal, delay=0.1)
    vault.close()
    thread.join()
    assert _on_disk(vault_path) == 2


def test_a_vault_path_gone_bad_is_a_failed_save_and_close_still_closes(
    vault: Vault, vault_path: Path
) -> None:
    """An OSError on the vault's path itself (a share gone, EACCES) is a failed save,
    never an exception of another kind; closing drops the key and the lock whatever."""
    _set(vault, 2)
    seal = vault.begin_save()
    vault_path.unlink()
    vault_path.mkdir()  # the path is unusable: every open() of it fails
    _run_on_thread(seal).join()
    with pytest.raises(VaultError) as err:
        vault.finish_save(seal)
    assert err.value.code == "write_failed"
    assert vault.dirty
    seal = vault.begin_save()
    _run_on_thread(seal).join()
    vault.close()  # the outcome taken in by close: no exception, all let go
    assert not vault.is_open
    lock = atomic.FileLock(vault_path)  # released: another writer may take it
    assert lock.acquire()
    lock.release()


def test_a_failed_save_keeps_nothing_alive(vault: Vault, vault_path: Path) -> None:
    """A failed save's error must not form a reference cycle with its seal (the seal's
    frames, its bytes): 80,000 failed saves in one test run grew to gigabytes, freed only
    by the collector's rare full passes. Counted with the collector off."""

    def seals() -> int:
        return sum(isinstance(o, Seal) for o in gc.get_objects())

    _set(vault, 2)
    vault.ops = FullFolder()
    gc.collect()
    before = seals()
    gc.disable()
    try:
        for _ in range(5):
            with pytest.raises(VaultError):
                vault.save()
            seal = vault.begin_save()
            _run_on_thread(seal).join()
            with pytest.raises(VaultError):
                vault.finish_save(seal)
            del seal
        assert seals() == before
    finally:
        gc.enable()
    vault.ops = atomic.FileOps()
    vault.close()
