"""'Onthoud op deze computer': only with a secure keyring, never a plaintext secret."""

from __future__ import annotations

import types
from pathlib import Path

import pytest
from conftest import PASSPHRASE, MemoryKeyring
from keyring.backends import chainer, fail

from mandaat.errors import VaultError
from mandaat.vault import fileformat as fmt
from mandaat.vault.file import Vault
from mandaat.vault.keystore import KeyStore


def test_remembered_vault_opens_from_the_keyring(
    vault_path: Path, memory_keystore: KeyStore
) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE, keystore=memory_keystore)
    vault.db.execute("INSERT INTO counters VALUES ('n', 5)")
    vault.commit("n")
    vault.close()
    assert fmt.read_slot_kinds(vault_path.read_bytes()) == [
        fmt.SLOT_PASSPHRASE,
        fmt.SLOT_RECOVERY,
        fmt.SLOT_KEYRING,
    ]
    v = Vault.open(vault_path, keystore=memory_keystore)
    assert v.db.execute("SELECT value FROM counters").fetchone() == (5,)
    v.close()
    # What the keyring holds is a random secret, not the passphrase.
    backend = memory_keystore.backend()
    assert all(PASSPHRASE not in value for value in backend.store.values())


def test_forget_removes_slot_and_secret(vault_path: Path, memory_keystore: KeyStore) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE, keystore=memory_keystore)
    vault.forget(memory_keystore)
    vault.close()
    assert memory_keystore.backend().store == {}
    with pytest.raises(VaultError) as err:
        Vault.open(vault_path, keystore=memory_keystore)
    assert err.value.code == "no_slot"


def test_remember_later(vault_path: Path, memory_keystore: KeyStore) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    vault.remember(memory_keystore)
    vault.close()
    Vault.open(vault_path, keystore=memory_keystore).close()


def test_secret_gone_from_keyring(vault_path: Path, memory_keystore: KeyStore) -> None:
    Vault.create(vault_path, PASSPHRASE, keystore=memory_keystore)[0].close()
    memory_keystore.backend().store.clear()
    with pytest.raises(VaultError) as err:
        Vault.open(vault_path, keystore=memory_keystore)
    assert err.value.code == "keyring_missing"
    Vault.open(vault_path, passphrase=PASSPHRASE).close()


def test_fail_backend_is_refused_closed(vault_path: Path) -> None:
    store = KeyStore(fail.Keyring())
    assert store.unavailable_reason() is not None
    with pytest.raises(VaultError) as err:
        Vault.create(vault_path, PASSPHRASE, keystore=store)
    assert err.value.code == "keyring_unavailable"
    assert not vault_path.exists()
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    before = vault_path.read_bytes()
    with pytest.raises(VaultError):
        vault.remember(store)
    assert vault.header.slot(fmt.SLOT_KEYRING) is None
    assert vault_path.read_bytes() == before
    vault.close()


def test_plaintext_file_backend_is_refused() -> None:
    """keyrings.alt's file backends keep secrets in a plain file: never used."""
    module = types.ModuleType("keyrings.alt.file")
    plaintext = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": module.__name__})
    store = KeyStore(plaintext())
    reason = store.unavailable_reason()
    assert reason is not None and "onveilige" in reason


def test_chainer_is_judged_by_its_backends(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [fail.Keyring()])
    assert KeyStore(chainer.ChainerBackend()).unavailable_reason() is not None
    secure = type("Keyring", (MemoryKeyring,), {"__module__": "keyring.backends.SecretService"})
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [fail.Keyring(), secure()])
    assert KeyStore(chainer.ChainerBackend()).unavailable_reason() is None


def test_default_keyring_here_is_not_trusted() -> None:
    """The autouse fixture gives the fail backend, as on a headless Linux machine."""
    assert KeyStore().unavailable_reason() is not None
