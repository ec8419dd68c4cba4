"""The vault: one encrypted file holding an in-memory SQLite database.

Open = read the file, unwrap the data key from a key slot, decrypt, deserialize, run
``PRAGMA integrity_check`` and the schema migrations. Save = serialize, seal with a
fresh key and nonce, and replace the file atomically (:mod:`mandaat.atomic`). While a
vault is open for writing, a lock file keeps a second process from writing it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from dataclasses import replace
from pathlib import Path

from mandaat import atomic, audit, kdf, schema
from mandaat import vault_format as fmt
from mandaat.errors import VaultError
from mandaat.keystore import KeyringUnavailableError, KeyStore

EXTENSION = fmt.EXTENSION


def _fingerprint(path: Path) -> bytes:
    """What identifies the save on disk, cheaply: the file's identity, size and mtime,
    and its header, which carries a fresh random salt and nonce on every save. Another
    program that writes or replaces the vault changes at least one of these."""
    try:
        st = path.stat()
        with path.open("rb") as f:
            head = f.read(fmt.header_size(fmt.MAX_SLOTS))
    except FileNotFoundError:
        return b""
    ident = f"{st.st_dev}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}".encode()
    return hashlib.sha256(ident + b"|" + head).digest()


def read_header(path: Path) -> fmt.Header:
    """The header alone (no key needed): for ``mandaat info``."""
    return fmt.read_header(Path(path))


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise VaultError("not_found", path=str(path)) from None
    except IsADirectoryError:
        raise VaultError("foreign_file", path=str(path)) from None


class Vault:
    """An unlocked vault. ``db`` is the live database; call :meth:`commit` after edits."""

    def __init__(
        self,
        path: Path,
        header: fmt.Header,
        data_key: bytes,
        db: sqlite3.Connection,
        digest: bytes,
        lock: atomic.FileLock | None,
        ops: atomic.FileOps | None = None,
        clock: audit.Clock = audit.utc_now,
    ) -> None:
        self.path = path
        self.header = header
        self._data_key: bytes | None = data_key
        self.db = db
        self._digest = digest
        self._lock = lock
        self.ops = ops or atomic.FileOps()
        self.clock = clock
        self.dirty = False

    # -- creating and opening ------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        params: kdf.KdfParams | None = None,
        keystore: KeyStore | None = None,
        ops: atomic.FileOps | None = None,
        clock: audit.Clock = audit.utc_now,
    ) -> tuple[Vault, str]:
        """A new vault at ``path``; returns it and the recovery key (shown once)."""
        if not passphrase:
            raise VaultError("empty_passphrase")
        path = Path(path)
        if path.exists():
            raise VaultError("exists", path=str(path))
        lock = atomic.FileLock(path)
        if not lock.acquire():
            raise VaultError("locked", path=str(path))
        try:
            data_key = os.urandom(fmt.KEY_BYTES)
            header = fmt.Header(fmt.FORMAT_VERSION, params or kdf.default_params(), ())
            header = _passphrase_slot(header, passphrase, data_key)
            secret = fmt.new_recovery_secret()
            header = _hkdf_slot(header, fmt.SLOT_RECOVERY, secret, data_key)
            if keystore is not None:
                header = _keyring_slot(header, keystore, data_key)
            db = _new_db()
            schema.migrate(db)
            vault = cls(path, header, data_key, db, b"", lock, ops, clock)
            vault.commit("kluis aangemaakt", f"formaat {fmt.FORMAT_VERSION}", new_file=True)
        except BaseException:
            lock.release()
            raise
        return vault, fmt.format_recovery_key(secret)

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        passphrase: str | None = None,
        recovery_key: str | None = None,
        keystore: KeyStore | None = None,
        read_only: bool = False,
        ops: atomic.FileOps | None = None,
        clock: audit.Clock = audit.utc_now,
    ) -> Vault:
        """Unlock with a passphrase, the recovery key or the keyring (first given wins)."""
        path = Path(path)
        if not path.exists():
            raise VaultError("not_found", path=str(path))
        lock: atomic.FileLock | None = None
        if not read_only:
            lock = atomic.FileLock(path)
            if not lock.acquire():
                raise VaultError("locked", path=str(path))
        try:
            if lock is not None:
                for stale in atomic.stale_temp_files(path):
                    with contextlib.suppress(OSError):
                        stale.unlink()
            data = _read(path)
            header = fmt.unpack_header(data, str(path))
            data_key = _unlock(header, str(path), passphrase, recovery_key, keystore)
            plaintext = fmt.unseal(data, header, data_key, str(path))
            db = _load_db(plaintext, str(path))
            fingerprint = _fingerprint(path)
            vault = cls(path, header, data_key, db, fingerprint, lock, ops, clock)
            try:
                applied = schema.migrate(db)
            except schema.SchemaTooNewError as exc:
                raise VaultError(
                    "schema_too_new",
                    path=str(path),
                    version=exc.version,
                    supported=schema.latest_version(),
                ) from None
            if applied and not read_only:
                vault.commit("schema bijgewerkt", f"naar versie {schema.latest_version()}")
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return vault

    # -- saving --------------------------------------------------------------------

    def commit(self, action: str, detail: str = "", *, new_file: bool = False) -> None:
        """Record ``action`` in the audit log, commit the transaction and save the file.

        If the save fails the edit stays in memory and :attr:`dirty` stays True, so the
        window can say so and save again (the file on disk is the previous version).
        """
        audit.append(self.db, action, detail, clock=self.clock)
        self.db.commit()
        self.dirty = True
        self.save(new_file=new_file)

    def save(self, *, new_file: bool = False) -> None:
        if self._lock is None or not self._lock.held:
            raise VaultError("locked", path=str(self.path))
        key = self._key()
        if not new_file and _fingerprint(self.path) != self._digest:
            raise VaultError("changed_on_disk", path=str(self.path))
        header, ciphertext = fmt.seal_parts(self.header, key, self.db.serialize())
        try:
            atomic.atomic_write(self.path, (header, ciphertext), self.ops)
        except OSError as exc:
            raise VaultError(
                "write_failed", path=str(self.path), detail=exc.strerror or type(exc).__name__
            ) from None
        self.header = fmt.unpack_header(header, str(self.path))
        self._digest = _fingerprint(self.path)
        self.dirty = False

    # -- key slots -----------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, params: kdf.KdfParams | None = None) -> None:
        """Re-wrap the data key under a new passphrase; other slots stay valid."""
        if not new_passphrase:
            raise VaultError("empty_passphrase")
        old = self.header
        self.header = replace(self.header, params=params or kdf.default_params())
        self.header = _passphrase_slot(self.header, new_passphrase, self._key())
        try:
            self.commit("wachtwoord gewijzigd")
        except BaseException:
            self.header = old
            raise

    def new_recovery_key(self) -> str:
        old = self.header
        secret = fmt.new_recovery_secret()
        self.header = _hkdf_slot(self.header, fmt.SLOT_RECOVERY, secret, self._key())
        try:
            self.commit("nieuwe herstelsleutel")
        except BaseException:
            self.header = old
            raise
        return fmt.format_recovery_key(secret)

    def remember(self, keystore: KeyStore) -> None:
        """Add the keyring slot; refuses (fails closed) without a secure keyring."""
        reason = keystore.unavailable_reason()
        if reason is not None:
            raise VaultError("keyring_unavailable", detail=reason)
        old = self.header
        self.header = _keyring_slot(self.header, keystore, self._key())
        try:
            self.commit("onthouden op deze computer aangezet")
        except BaseException:
            self.header = old
            raise

    def forget(self, keystore: KeyStore) -> None:
        slot = self.header.slot(fmt.SLOT_KEYRING)
        if slot is None:
            return
        old = self.header
        self.header = fmt.without_slot(self.header, fmt.SLOT_KEYRING)
        try:
            self.commit("onthouden op deze computer uitgezet")
        except BaseException:
            self.header = old
            raise
        with contextlib.suppress(KeyringUnavailableError):
            keystore.delete(slot.key_id)

    # -- the rest ------------------------------------------------------------------

    def audit_log(self) -> list[audit.Entry]:
        return audit.entries(self.db)

    def close(self) -> None:
        """Drop the key and the decrypted database from this object and release the lock."""
        self._data_key = None
        with contextlib.suppress(sqlite3.Error):
            self.db.close()
        if self._lock is not None:
            self._lock.release()

    @property
    def is_open(self) -> bool:
        return self._data_key is not None

    def _key(self) -> bytes:
        if self._data_key is None:
            raise VaultError("locked", path=str(self.path))
        return self._data_key

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _new_db() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def _load_db(plaintext: bytes, path: str) -> sqlite3.Connection:
    db = _new_db()
    try:
        db.deserialize(plaintext)
        db.execute("PRAGMA foreign_keys = ON")
        result = db.execute("PRAGMA integrity_check").fetchall()
        fk = db.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        db.close()
        raise VaultError("integrity", path=path, detail=type(exc).__name__) from None
    if result != [("ok",)] or fk:
        db.close()
        raise VaultError("integrity", path=path, detail="integrity_check")
    return db


def _passphrase_slot(header: fmt.Header, passphrase: str, data_key: bytes) -> fmt.Header:
    salt = os.urandom(kdf.SALT_BYTES)
    kek = fmt.slot_kek(fmt.SLOT_PASSPHRASE, passphrase, salt, header.params)
    return fmt.with_slot(header, fmt.make_slot(header, fmt.SLOT_PASSPHRASE, kek, salt, data_key))


def _hkdf_slot(
    header: fmt.Header, kind: int, secret: bytes, data_key: bytes, key_id: bytes = b"\0" * 16
) -> fmt.Header:
    salt = os.urandom(kdf.SALT_BYTES)
    kek = fmt.slot_kek(kind, secret, salt, header.params)
    return fmt.with_slot(header, fmt.make_slot(header, kind, kek, salt, data_key, key_id))


def _keyring_slot(header: fmt.Header, keystore: KeyStore, data_key: bytes) -> fmt.Header:
    reason = keystore.unavailable_reason()
    if reason is not None:
        raise VaultError("keyring_unavailable", detail=reason)
    key_id = os.urandom(16)
    secret = os.urandom(fmt.KEY_BYTES)
    keystore.store(key_id, secret)
    return _hkdf_slot(header, fmt.SLOT_KEYRING, secret, data_key, key_id)


def _unlock(
    header: fmt.Header,
    path: str,
    passphrase: str | None,
    recovery_key: str | None,
    keystore: KeyStore | None,
) -> bytes:
    if passphrase is not None:
        slot = header.slot(fmt.SLOT_PASSPHRASE)
        assert slot is not None  # unpack_header guarantees a passphrase slot
        kek = fmt.slot_kek(fmt.SLOT_PASSPHRASE, passphrase, slot.salt, header.params)
    elif recovery_key is not None:
        slot = header.slot(fmt.SLOT_RECOVERY)
        if slot is None:
            raise VaultError("no_slot", path=path, detail="herstelsleutel")
        secret = fmt.parse_recovery_key(recovery_key)
        kek = fmt.slot_kek(fmt.SLOT_RECOVERY, secret, slot.salt, header.params)
    elif keystore is not None:
        slot = header.slot(fmt.SLOT_KEYRING)
        if slot is None:
            raise VaultError("no_slot", path=path, detail="sleutelbos")
        try:
            stored = keystore.load(slot.key_id)
        except KeyringUnavailableError as exc:
            raise VaultError("keyring_unavailable", detail=str(exc)) from None
        if stored is None:
            raise VaultError("keyring_missing", path=path)
        kek = fmt.slot_kek(fmt.SLOT_KEYRING, stored, slot.salt, header.params)
    else:
        raise VaultError("no_passphrase")
    data_key = fmt.unwrap_slot(header, slot, kek)
    if data_key is None:
        raise VaultError("wrong_key", path=path)
    return data_key
