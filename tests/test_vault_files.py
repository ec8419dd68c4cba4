"""Files that are not what they seem: a symlinked lock file, a symlinked vault."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cli_helpers import run
from conftest import PASSPHRASE

from mandaat.errors import VaultError
from mandaat.vault.file import Vault


def _put(vault: Vault, value: int) -> None:
    vault.db.execute(
        "INSERT INTO counters (name, value) VALUES ('n', ?)"
        " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        (value,),
    )
    vault.commit("teller gezet", "n")


def test_symlinked_lock_is_refused_and_its_target_untouched(
    vault_path: Path, tmp_path: Path
) -> None:
    Vault.create(vault_path, PASSPHRASE)[0].close()
    lock = vault_path.with_name(vault_path.name + ".lock")
    lock.unlink()
    precious = tmp_path / "belangrijk.txt"
    precious.write_text("niet afkappen")
    lock.symlink_to(precious)
    with pytest.raises(VaultError) as err:
        Vault.open(vault_path, passphrase=PASSPHRASE)
    assert err.value.code == "lock_not_file"
    assert precious.read_text() == "niet afkappen"
    # a dangling link is refused as well, and makes no file
    lock.unlink()
    lock.symlink_to(tmp_path / "nergens")
    with pytest.raises(VaultError):
        Vault.open(vault_path, passphrase=PASSPHRASE)
    assert not (tmp_path / "nergens").exists()
    # read-only opens take no lock and still work
    Vault.open(vault_path, passphrase=PASSPHRASE, read_only=True).close()


def test_lock_that_is_a_folder_or_fifo_is_refused(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE)[0].close()
    lock = vault_path.with_name(vault_path.name + ".lock")
    lock.unlink()
    os.mkfifo(lock)
    with pytest.raises(VaultError) as err:
        Vault.open(vault_path, passphrase=PASSPHRASE)
    assert err.value.code == "lock_not_file"
    lock.unlink()
    lock.mkdir()
    with pytest.raises(VaultError) as err:
        Vault.open(vault_path, passphrase=PASSPHRASE)
    assert err.value.code in ("lock_not_file", "lock_failed")


def test_symlinked_vault_saves_replace_the_target(tmp_path: Path) -> None:
    real_dir = tmp_path / "echt"
    real_dir.mkdir()
    target = real_dir / "werk.mandaat"
    Vault.create(target, PASSPHRASE)[0].close()
    link = tmp_path / "snelkoppeling.mandaat"
    link.symlink_to(target)
    vault = Vault.open(link, passphrase=PASSPHRASE)
    _put(vault, 1)
    _put(vault, 2)
    vault.close()
    assert link.is_symlink() and link.resolve() == target
    again = Vault.open(target, passphrase=PASSPHRASE)
    assert again.db.execute("SELECT value FROM counters WHERE name='n'").fetchone() == (2,)
    again.close()
    # backups and the lock lie beside the target, none beside the link
    assert sorted(p.name for p in tmp_path.iterdir()) == ["echt", "snelkoppeling.mandaat"]
    assert (real_dir / "werk.mandaat.bak1").exists()


def test_create_refuses_a_dangling_symlink(tmp_path: Path) -> None:
    link = tmp_path / "nieuw.mandaat"
    link.symlink_to(tmp_path / "elders.mandaat")
    with pytest.raises(VaultError) as err:
        Vault.create(link, PASSPHRASE)
    assert err.value.code == "exists"
    assert not (tmp_path / "elders.mandaat").exists()


def test_cli_symlinked_lock_one_line(tmp_path: Path) -> None:
    vault = tmp_path / "v.mandaat"
    env = {"MANDAAT_PASSPHRASE": PASSPHRASE}
    assert run("init", str(vault), env=env).returncode == 0
    lock = tmp_path / "v.mandaat.lock"
    lock.unlink()
    victim = tmp_path / "slachtoffer"
    victim.write_text("inhoud")
    lock.symlink_to(victim)
    r = run("passwd", str(vault), env={**env, "MANDAAT_NEW_PASSPHRASE": "nog een lange zin"})
    assert r.returncode == 1
    assert len(r.stderr.strip().splitlines()) == 1 and "slotbestand" in r.stderr
    assert victim.read_text() == "inhoud"


def test_cli_flags_a_test_profile_vault_on_every_open(tmp_path: Path) -> None:
    vault = tmp_path / "v.mandaat"
    env = {"MANDAAT_PASSPHRASE": PASSPHRASE}
    assert run("init", str(vault), env=env).returncode == 0
    for command in (("log", str(vault)), ("check", str(vault))):
        r = run(*command, env=env)
        assert r.returncode == 0
        assert "goedkope sleutelafleiding voor tests" in r.stderr


def test_cli_refuses_short_passphrase(tmp_path: Path) -> None:
    vault = tmp_path / "v.mandaat"
    r = run("init", str(vault), env={"MANDAAT_PASSPHRASE": "kort"})
    assert r.returncode == 1 and "te kort" in r.stderr
    assert not vault.exists()
