"""The "remember on this computer" secret, kept in the OS keyring — fail closed.

Only a backend that keeps secrets encrypted by the OS counts: Windows Credential
Manager, macOS Keychain, Secret Service / libsecret, KWallet. With any other backend
(none, the ``fail`` or ``null`` backend, or ``keyrings.alt``'s files, which store
plaintext or a weakly protected file) the option is off and no secret is stored.
"""

from __future__ import annotations

import base64
from typing import Any

SERVICE = "Mandaat"

SECURE_BACKENDS = frozenset(
    {
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
    }
)


def _qualname(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _candidates(backend: Any) -> list[Any]:
    """A ChainerBackend delegates to several; judge each of them."""
    inner = getattr(backend, "backends", None)
    if _qualname(backend) == "keyring.backends.chainer.ChainerBackend" and inner is not None:
        return list(inner)
    return [backend]


#: The Dutch wording of :meth:`KeyStore.unavailable_code` (the window words it itself).
REASONS = {
    "unreachable": "de sleutelbos van het systeem is niet bereikbaar",
    "insecure_only": "alleen een onveilige sleutelbos (bestand zonder versleuteling) gevonden",
    "no_secure_backend": "geen beveiligde sleutelbos op deze computer",
}


class KeyStore:
    """Where the keyring slot's secret lives. ``extra_secure`` lets tests name a backend."""

    def __init__(self, backend: Any | None = None, extra_secure: frozenset[str] = frozenset()):
        self._backend = backend
        self._secure = SECURE_BACKENDS | extra_secure

    def backend(self) -> Any:
        if self._backend is None:
            import keyring

            self._backend = keyring.get_keyring()
        return self._backend

    def unavailable_code(self) -> str | None:
        """Why remembering is off here, as a code (``unreachable``, ``insecure_only``,
        ``no_secure_backend``), or None when a secure backend exists."""
        try:
            backend = self.backend()
        except Exception:  # noqa: BLE001 - any keyring failure means: not available
            return "unreachable"
        names = [_qualname(b) for b in _candidates(backend)]
        if any(n in self._secure for n in names):
            return None
        if any(n.startswith("keyrings.alt") for n in names):
            return "insecure_only"
        return "no_secure_backend"

    def unavailable_reason(self) -> str | None:
        """Why remembering is off here, in Dutch (for the CLI), or None."""
        code = self.unavailable_code()
        return None if code is None else REASONS[code]

    def _secure_backend(self) -> Any:
        backend = self.backend()
        for b in _candidates(backend):
            if _qualname(b) in self._secure:
                return b
        raise KeyringUnavailableError(self.unavailable_reason() or "onbekend")

    def store(self, key_id: bytes, secret: bytes) -> None:
        self._secure_backend().set_password(
            SERVICE, key_id.hex(), base64.b64encode(secret).decode("ascii")
        )

    def load(self, key_id: bytes) -> bytes | None:
        value = self._secure_backend().get_password(SERVICE, key_id.hex())
        if value is None:
            return None
        return base64.b64decode(value)

    def delete(self, key_id: bytes) -> None:
        import contextlib

        with contextlib.suppress(Exception):
            self._secure_backend().delete_password(SERVICE, key_id.hex())


class KeyringUnavailableError(Exception):
    pass
