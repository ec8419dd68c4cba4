"""Rollback: an older vault copied over the current one is noticed, per computer."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cli_helpers import run
from conftest import PASSPHRASE

from mandaat.errors import VaultError
from mandaat.vault import rollback
from mandaat.vault.file import OLDER_ACCEPT, OLDER_VIEW, Vault

PW = {"MANDAAT_PASSPHRASE": PASSPHRASE}


def _put(vault: Vault, name: str, value: int) -> None:
    vault.db.execute(
        "INSERT INTO counters (name, value) VALUES (?, ?)"
        " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        (name, value),
    )
    vault.commit("teller gezet", name)


def _count(path: Path, **kw: object) -> int:
    v = Vault.open(path, passphrase=PASSPHRASE, **kw)  # type: ignore[arg-type]
    try:
        row = v.db.execute("SELECT value FROM counters WHERE name = 'n'").fetchone()
        return int(row[0]) if row else 0
    finally:
        v.close()


@pytest.fixture
def older_copy(vault_path: Path, tmp_path: Path) -> Path:
    """A vault at n=1 kept aside, after which the vault went on to n=3."""
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    _put(vault, "n", 1)
    copy = tmp_path / "kopie.mandaat"
    shutil.copyfile(vault_path, copy)
    _put(vault, "n", 2)
    _put(vault, "n", 3)
    vault.close()
    return copy


def test_older_state_refused_then_accepted(vault_path: Path, older_copy: Path) -> None:
    shutil.copyfile(older_copy, vault_path)
    with pytest.raises(VaultError) as err:
        Vault.open(vault_path, passphrase=PASSPHRASE)
    assert err.value.code == "older_state"
    with pytest.raises(VaultError):
        Vault.open(vault_path, passphrase=PASSPHRASE, read_only=True)  # `log`, `check` too
    assert _count(vault_path, older=OLDER_VIEW) == 1  # looked at: not accepted
    with pytest.raises(VaultError):
        Vault.open(vault_path, passphrase=PASSPHRASE)
    vault = Vault.open(vault_path, passphrase=PASSPHRASE, older=OLDER_ACCEPT)
    assert "older_state" in vault.notices
    vault.close()
    assert _count(vault_path) == 1  # accepted: now the newest seen


def test_view_is_read_only(vault_path: Path, older_copy: Path) -> None:
    shutil.copyfile(older_copy, vault_path)
    vault = Vault.open(vault_path, passphrase=PASSPHRASE, older=OLDER_VIEW)
    assert vault.read_only
    with pytest.raises(VaultError) as err:
        _put(vault, "n", 9)
    assert err.value.code == "read_only"
    # the refused edit is not left in memory either
    assert vault.db.execute("SELECT value FROM counters WHERE name = 'n'").fetchone() == (1,)
    vault.close()


def test_newer_state_updates_the_record(
    vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _state_dir: Path
) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    _put(vault, "n", 1)
    old = tmp_path / "n1.mandaat"
    shutil.copyfile(vault_path, old)
    vault.close()
    monkeypatch.setenv(rollback.ENV, str(tmp_path / "other-computer"))
    vault = Vault.open(vault_path, passphrase=PASSPHRASE)
    _put(vault, "n", 2)
    vault.close()
    monkeypatch.setenv(rollback.ENV, str(_state_dir))
    assert _count(vault_path) == 2  # newer than seen here: opens, record moves on
    shutil.copyfile(old, vault_path)
    with pytest.raises(VaultError) as err:  # and n=1 is now older than seen here
        Vault.open(vault_path, passphrase=PASSPHRASE)
    assert err.value.code == "older_state"


def test_diverged_copy_refused(
    vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _state_dir: Path
) -> None:
    """Two copies edited apart: the one that does not continue what this computer saw is
    refused even when its generation is as high."""
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    vault.close()
    fork = tmp_path / "fork.mandaat"
    shutil.copyfile(vault_path, fork)
    vault = Vault.open(vault_path, passphrase=PASSPHRASE)
    _put(vault, "n", 1)
    vault.close()
    monkeypatch.setenv(rollback.ENV, str(tmp_path / "other-computer"))
    other = Vault.open(fork, passphrase=PASSPHRASE)  # the copy, edited on another computer
    _put(other, "n", 100)
    other.close()
    monkeypatch.setenv(rollback.ENV, str(_state_dir))
    shutil.copyfile(fork, vault_path)
    with pytest.raises(VaultError) as err:
        Vault.open(vault_path, passphrase=PASSPHRASE)
    assert err.value.code == "diverged_state"
    other = Vault.open(fork, passphrase=PASSPHRASE, older=OLDER_VIEW)  # the same, seen here
    other.close()
    monkeypatch.setenv(rollback.ENV, str(tmp_path / "other-computer"))
    other = Vault.open(fork, passphrase=PASSPHRASE)  # two more saves over there
    _put(other, "n", 101)
    other.close()
    monkeypatch.setenv(rollback.ENV, str(_state_dir))
    shutil.copyfile(fork, vault_path)
    with pytest.raises(VaultError) as err:  # a higher generation, but another history
        Vault.open(vault_path, passphrase=PASSPHRASE)
    assert err.value.code in ("diverged_state", "older_state")


def test_copy_from_before_a_key_change(vault_path: Path, older_copy: Path) -> None:
    vault = Vault.open(vault_path, passphrase=PASSPHRASE)
    vault.change_passphrase("een nieuwe zin voor de kluis")
    vault.close()
    shutil.copyfile(older_copy, vault_path)  # still opens with the old passphrase
    with pytest.raises(VaultError) as err:
        Vault.open(vault_path, passphrase=PASSPHRASE)
    assert err.value.code == "state_unverified"


def test_altered_record_is_not_trusted(vault_path: Path, older_copy: Path) -> None:
    vault = Vault.open(vault_path, passphrase=PASSPHRASE)
    vault_id = rollback.ensure_identity(vault.db)
    vault.close()
    record = rollback.record_path(vault_id)
    data = json.loads(record.read_text())
    data["generation"] = 1  # pretend the old copy is the newest
    record.write_text(json.dumps(data))
    shutil.copyfile(older_copy, vault_path)
    with pytest.raises(VaultError) as err:
        Vault.open(vault_path, passphrase=PASSPHRASE)
    assert err.value.code == "state_unverified"


def test_record_holds_nothing_confidential(vault_path: Path, _state_dir: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    vault.db.execute("CREATE TABLE geheim (v TEXT)")
    vault.db.execute("INSERT INTO geheim VALUES ('NETTOPRIJS-27182818')")
    vault.commit("geheim")
    vault.close()
    files = [p for p in _state_dir.rglob("*") if p.is_file()]
    assert len(files) == 1 and files[0].suffix == ".json"
    assert oct(files[0].stat().st_mode & 0o777) == "0o600"
    record = json.loads(files[0].read_text())
    assert set(record) == {"format", "generation", "seq", "head", "token", "mac"}
    text = files[0].read_text()
    for secret in ("NETTOPRIJS", PASSPHRASE, str(vault_path), vault_path.name):
        assert secret not in text


def test_unwritable_state_folder_never_blocks(
    vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "state-is-a-file"
    blocker.write_text("")
    monkeypatch.setenv(rollback.ENV, str(blocker))
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    _put(vault, "n", 1)
    vault.close()
    assert _count(vault_path) == 1


def test_cli_refuses_older_in_one_line_and_accepts_with_flag(
    vault_path: Path, older_copy: Path
) -> None:
    shutil.copyfile(older_copy, vault_path)
    r = run("log", str(vault_path), env=PW)
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert [ln for ln in lines if "oudere stand" in ln] and "--accept-older" in r.stderr
    assert "Traceback" not in r.stderr and "Logboek intact" not in r.stdout
    r = run("log", str(vault_path), "--accept-older", env=PW)
    assert r.returncode == 0, r.stderr
    assert run("log", str(vault_path), env=PW).returncode == 0
