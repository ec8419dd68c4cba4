"""The core behind Kluis-instellingen: the current passphrase is checked against the open
vault's passphrase slot, and "remembered" says whether a keyring slot exists."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandaat.errors import VaultError
from mandaat.vault.file import Vault
from mandaat.vault.keystore import KeyStore

PASS = "paars olifant fietst langzaam"


def test_verify_passphrase_and_remembered(vault_path: Path, memory_keystore: KeyStore) -> None:
    vault, _key = Vault.create(vault_path, PASS)
    try:
        vault.verify_passphrase(PASS)
        for wrong in ("", PASS + " ", "Paars olifant fietst langzaam"):
            with pytest.raises(VaultError) as caught:
                vault.verify_passphrase(wrong)
            assert caught.value.code == "wrong_key"
        before = vault_path.read_bytes()
        assert not vault.remembered
        vault.remember(memory_keystore)
        assert vault.remembered
        vault.forget(memory_keystore)
        assert not vault.remembered
        vault.change_passphrase("groene tram rijdt morgen vroeg")
        assert vault_path.read_bytes() != before
        with pytest.raises(VaultError):
            vault.verify_passphrase(PASS)  # the old one no longer matches the new slot
        vault.verify_passphrase("groene tram rijdt morgen vroeg")
    finally:
        vault.close()
