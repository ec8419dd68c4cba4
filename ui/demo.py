"""A throw-away demo vault: the four seed dossiers with FICTITIOUS bids.

The vault lives in a fresh temporary folder and is deleted on exit. Its passphrase is
random, never shown and kept only in this object, so the demo can be unlocked again
after a lock without asking anything. The data are public figures and invented bids,
so the cheap key-derivation profile is used: the demo opens at once.
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
import tempfile
from pathlib import Path

from mandaat import demo as core_demo
from mandaat.vault import kdf
from mandaat.vault.file import Vault

LABEL = core_demo.FICTIEF


class DemoVault:
    """Creates the vault on construction; :meth:`cleanup` removes every trace."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="mandaat-demo-"))
        self.path = self.folder / "demo.mandaat"
        self._passphrase = secrets.token_urlsafe(32)
        vault, _recovery = Vault.create(self.path, self._passphrase, params=kdf.TEST_PARAMS)
        core_demo.populate(vault.db)
        vault.commit_coded("demo_filled", {"dossiers": len(core_demo.demo_dossiers())})
        self._first: Vault | None = vault

    def open(self) -> Vault:
        """The unlocked demo vault (the first call returns the one just created)."""
        if self._first is not None:
            vault, self._first = self._first, None
            return vault
        return Vault.open(self.path, passphrase=self._passphrase)

    def read_only(self) -> Vault:
        """The demo vault's file opened read-only beside the window (the self-test reads
        back what the window wrote)."""
        return Vault.open(self.path, passphrase=self._passphrase, read_only=True)

    def cleanup(self) -> None:
        if self._first is not None:
            self._first.close()
            self._first = None
        with contextlib.suppress(OSError):
            shutil.rmtree(self.folder)
