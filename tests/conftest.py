"""Shared test set-up: Qt offscreen, a cheap KDF for new vaults, an in-memory keyring."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# New vaults in tests use the cheap test profile (see mandaat/vault/kdf.py); the real,
# calibrated parameters are exercised by tests that ask for them explicitly.
os.environ["MANDAAT_KDF_PROFILE"] = "test"
for _name in ("MANDAAT_PASSPHRASE", "MANDAAT_NEW_PASSPHRASE", "MANDAAT_RECOVERY_KEY"):
    os.environ.pop(_name, None)

from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import keyring.backend  # noqa: E402
import pytest  # noqa: E402

from mandaat.vault.keystore import KeyStore  # noqa: E402

PASSPHRASE = "lange zin van vier woorden"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in this process only: never the developer's real keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


MEMORY_BACKEND = f"{MemoryKeyring.__module__}.{MemoryKeyring.__qualname__}"


@pytest.fixture(autouse=True)
def _no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any code that asks the keyring module for its backend gets the fail backend."""
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())


@pytest.fixture(autouse=True)
def _state_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test has its own state folder (rollback records, crash file), never the
    developer's: ``MANDAAT_STATE_DIR`` (passed on to CLI child processes too)."""
    folder = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("MANDAAT_STATE_DIR", str(folder))
    return folder


@pytest.fixture
def memory_keystore() -> KeyStore:
    return KeyStore(MemoryKeyring(), extra_secure=frozenset({MEMORY_BACKEND}))


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "test.mandaat"


@pytest.fixture
def demo():  # type: ignore[no-untyped-def]
    """The demo vault the window opens with ``--demo`` (a temporary file, removed after)."""
    from ui.demo import DemoVault  # imported here: the core's tests never load Qt

    d = DemoVault()
    yield d
    d.cleanup()
