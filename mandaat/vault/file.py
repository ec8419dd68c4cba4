"""The vault: one encrypted file holding an in-memory SQLite database.

Open = read the file, unwrap the data key from a key slot, decrypt (AES-GCM proves the
bytes are the ones Mandaat sealed), deserialize, a cheap schema and foreign-key check,
the schema migrations, and the rollback check (:mod:`mandaat.vault.rollback`). Save =
serialize, check that image (``PRAGMA integrity_check``), seal it with a fresh key and
nonce, and replace the file atomically (:mod:`mandaat.vault.atomic`). While a vault is
open for writing, a lock file keeps a second process from writing it.

A save is one :class:`Seal` in three steps: :meth:`Vault.begin_save` takes the image on
the vault's own thread (a few ms); :meth:`Seal.run` checks, encrypts and writes it, on
any thread; :meth:`Vault.finish_save` takes the outcome in. :meth:`Vault.save` does the
three at once (the command line, the import, a lock); the window runs :meth:`Seal.run`
on a writer thread, so that an edit at 30,000 bids no longer holds up the window for the
integrity check. At most one seal is under way; every other write waits for it first.

Changing the passphrase or the recovery key rotates the data key: the vault and the
backups beside it are sealed under a new one, so an old secret opens none of them.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from mandaat.errors import VaultError
from mandaat.vault import atomic, audit, kdf, rollback, schema
from mandaat.vault import fileformat as fmt
from mandaat.vault.keystore import KeyringUnavailableError, KeyStore

EXTENSION = fmt.EXTENSION
MIN_PASSPHRASE = 8
# what to do when the vault is older than the state this computer saw (see rollback.py)
OLDER_REFUSE, OLDER_ACCEPT, OLDER_VIEW = "refuse", "accept", "view"


def check_new_passphrase(passphrase: str) -> None:
    """Refuse an empty passphrase or one shorter than :data:`MIN_PASSPHRASE` characters."""
    if not passphrase:
        raise VaultError("empty_passphrase")
    if len(passphrase) < MIN_PASSPHRASE:
        raise VaultError("short_passphrase", minimum=MIN_PASSPHRASE)


def _fingerprint(path: Path) -> bytes:
    """What identifies the save on disk, cheaply: the file's identity, size and mtime,
    and its header, which carries a fresh random salt and nonce on every save. Another
    program that writes or replaces the vault changes at least one of these."""
    try:
        st = path.stat()
        with path.open("rb") as f:
            head = f.read(fmt.MAX_HEADER)
    except FileNotFoundError:
        return b""
    ident = f"{st.st_dev}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}".encode()
    return hashlib.sha256(ident + b"|" + head).digest()


def read_header(path: Path) -> fmt.Header:
    """The header alone (no key needed): for ``mandaat info``."""
    return fmt.read_header(resolve_vault_path(Path(path)))


def _read(path: Path) -> bytes:
    return fmt.read_file(path)


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
        publics: dict[int, bytes] | None = None,
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
        # public keys of version-1 slots learnt while unlocking (version 2 carries them)
        self._publics = dict(publics or {})
        self.read_only = lock is None
        #: notices for the user about this vault (codes): "weak_kdf", "older_accepted"
        self.notices: list[str] = []
        self._edits = 0  # commits so far: a seal knows which of them it holds
        self._seal: Seal | None = None  # the save under way, if any
        # held while a save starts, ends or runs at once, and around a change of keys: a
        # worker's write (the import, a new passphrase) and the window's never interleave
        self._write_lock = threading.RLock()

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
        check_new_passphrase(passphrase)
        path = Path(path)
        if path.exists() or path.is_symlink():
            raise VaultError("exists", path=str(path))
        lock = _acquire(path)
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
            rollback.ensure_identity(db)
            vault = cls(path, header, data_key, db, b"", lock, ops, clock)
            vault.commit_coded("vault_created", {"version": fmt.FORMAT_VERSION}, new_file=True)
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
        older: str = OLDER_REFUSE,
        max_kdf_seconds: float = kdf.DEFAULT_MAX_SECONDS,
        notify: Callable[[str], None] | None = None,
    ) -> Vault:
        """Unlock with a passphrase, the recovery key or the keyring (first given wins).

        ``older`` says what to do when this computer saw a newer state of the vault:
        refuse (:data:`OLDER_REFUSE`), accept it as the newest (a deliberate restore), or
        look at it read-only without accepting (:data:`OLDER_VIEW`). ``max_kdf_seconds``
        bounds the passphrase derivation this computer will spend on a costly header.
        ``notify`` hears the codes of :attr:`notices` (e.g. a test-profile KDF).
        """
        if older not in (OLDER_REFUSE, OLDER_ACCEPT, OLDER_VIEW):
            raise ValueError(older)
        if older == OLDER_VIEW:
            read_only = True
        path = resolve_vault_path(Path(path))
        lock: atomic.FileLock | None = None
        if not read_only:
            lock = _acquire(path)
        try:
            if lock is not None:
                for stale in atomic.stale_temp_files(path):
                    with contextlib.suppress(OSError):
                        stale.unlink()
            data = _read(path)
            header = fmt.unpack_header(data, str(path))
            if passphrase is not None:
                _check_kdf_time(header.params, max_kdf_seconds, str(path))
            data_key, publics = _unlock(header, str(path), passphrase, recovery_key, keystore)
            plaintext = fmt.unseal(data, header, data_key, str(path))
            db = _load_db(plaintext, str(path))
            fingerprint = _fingerprint(path)
            vault = cls(path, header, data_key, db, fingerprint, lock, ops, clock, publics)
            try:
                applied = schema.migrate(db)
            except schema.SchemaTooNewError as exc:
                raise VaultError(
                    "schema_too_new",
                    path=str(path),
                    version=exc.version,
                    supported=schema.latest_version(),
                ) from None
            if not kdf.meets_rfc9106(header.params):
                vault.notices.append("weak_kdf")
            vault._check_rollback(older)
            if applied and not read_only:
                vault.commit_coded("schema_updated", {"version": schema.latest_version()})
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        if notify is not None:
            for code in vault.notices:
                notify(code)
        return vault

    def _check_rollback(self, older: str) -> None:
        verdict = rollback.check(self.db, self._key())
        if verdict.code is not None:
            if older == OLDER_REFUSE:
                raise VaultError(
                    verdict.code, path=str(self.path), seen=verdict.seen, found=verdict.found
                )
            self.notices.append(verdict.code)
            if older == OLDER_VIEW:
                return
        rollback.remember(self.db, self._key())

    # -- saving --------------------------------------------------------------------

    def commit(
        self, action: str, detail: str = "", *, new_file: bool = False, save: bool = True
    ) -> None:
        """Record ``action`` in the audit log, commit the transaction and save the file.

        If the save fails the edit stays in memory and :attr:`dirty` stays True, so the
        window can say so and save again (the file on disk is the previous version).
        With ``save=False`` the caller saves (the window's writer thread: :meth:`begin_save`).
        """
        with self._write_lock:
            if self.read_only:  # the edit is undone in memory too: what is shown is the file
                self.db.rollback()
                raise VaultError("read_only", path=str(self.path))
            audit.append(self.db, action, detail, clock=self.clock)
            self.db.commit()
            self.dirty = True
            self._edits += 1
            if save:
                self.save(new_file=new_file)

    def commit_coded(
        self,
        code: str,
        params: dict[str, object] | None = None,
        *,
        new_file: bool = False,
        save: bool = True,
    ) -> None:
        """:meth:`commit` with the audit entry stored as a code with parameters
        (:func:`mandaat.vault.audit.coded`), worded when shown."""
        self.commit(code, audit.coded(code, **(params or {})), new_file=new_file, save=save)

    def save(self, *, new_file: bool = False) -> None:
        """Save now: wait for a save under way, then check, seal and write on this thread."""
        with self._write_lock:
            self.settle()
            seal = self.begin_save(new_file=new_file)
            seal.run()
            self.finish_save(seal)

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the vault for a write that spans more than one statement on another
        thread (the import's transaction): a save under way lands first, and no save
        takes an image until the block ends."""
        with self._write_lock:
            self.settle()
            yield

    @property
    def saving(self) -> bool:
        """True while a seal is under way (begun, its outcome not yet taken in)."""
        return self._seal is not None

    def begin_save(self, *, new_file: bool = False) -> Seal:
        """Take the database's image for a save (on the vault's thread; cheap). The
        returned seal's :meth:`~Seal.run` may go on any thread; then :meth:`finish_save`.
        A save still under way is waited for first: one seal at a time."""
        with self._write_lock:
            if self.read_only:
                raise VaultError("read_only", path=str(self.path))
            if self._lock is None or not self._lock.held:
                raise VaultError("locked", path=str(self.path))
            key = self._key()
            self.settle()
            rollback.next_generation(self.db)
            seal = Seal(
                path=self.path,
                header=self.header,
                key=key,
                image=self.db.serialize(),
                ops=self.ops,
                digest=None if new_file else self._digest,
                edits=self._edits,
                state=rollback.state(self.db),
            )
            self._seal = seal
            return seal

    def finish_save(self, seal: Seal) -> None:
        """Take in the outcome of ``seal`` (waiting for it if it still runs). Raises the
        save's error; :attr:`dirty` is False only when no edit came after the image.
        A seal already taken in (by :meth:`settle`) is passed over."""
        if self._seal is not seal:  # taken in already (and never again the current one):
            return  # no need to wait for the lock, which a worker's write may hold for long
        with self._write_lock:
            if self._seal is not seal:
                return
            seal.done.wait()
            self._seal = None
            if seal.error is not None:
                error = seal.error
                seal.error = None
                try:
                    raise error
                finally:  # as concurrent.futures does: the error's traceback holds this
                    del error  # frame, which must not hold the error (a cycle)
            assert seal.header_bytes is not None and seal.digest_after is not None
            self.header = fmt.unpack_header(seal.header_bytes, str(self.path))
            self._digest = seal.digest_after
            self.dirty = self._edits != seal.edits

    def settle(self) -> Exception | None:
        """Wait for the save under way, if any, and take in its outcome. Its error is
        returned, not raised (:attr:`dirty` then stays True: the caller saves again)."""
        with self._write_lock:
            seal = self._seal
            if seal is None:
                return None
            try:
                self.finish_save(seal)
            except Exception as exc:  # noqa: BLE001 - returned: the caller tells the user
                return exc
            return None

    # -- key slots -----------------------------------------------------------------

    def change_passphrase(
        self, new_passphrase: str, params: kdf.KdfParams | None = None
    ) -> str | None:
        """A new passphrase and a new data key (see :meth:`_rotate`).

        Without explicit ``params`` the KDF cost is this computer's default, but never
        weaker than the vault's current cost (the test profile cannot weaken a vault).
        Returns a new recovery key when one had to be made (a version-1 vault, whose
        recovery slot cannot be sealed to a new data key without it), else None.
        """
        check_new_passphrase(new_passphrase)
        if params is None:
            params = kdf.default_params()
            if kdf.weaker(params, self.header.params):
                params = self.header.params
        salt = os.urandom(kdf.SALT_BYTES)
        kek = fmt.slot_kek(fmt.SLOT_PASSPHRASE, new_passphrase, salt, params)
        fresh = {fmt.SLOT_PASSPHRASE: (salt, b"\0" * 16, fmt.public_key(kek))}
        return self._rotate("passphrase_changed", params, fresh)

    def verify_passphrase(self, passphrase: str) -> None:
        """Refuse (``wrong_key``) a passphrase that does not open this vault's passphrase
        slot: a key change from an unlocked window asks for the current one first."""
        slot = self.header.slot(fmt.SLOT_PASSPHRASE)
        if slot is None:  # pragma: no cover - unpack_header guarantees one
            raise VaultError("needs_passphrase", path=str(self.path))
        kek = fmt.slot_kek(fmt.SLOT_PASSPHRASE, passphrase, slot.salt, self.header.params)
        opened = fmt.unwrap_slot(self.header, slot, kek)
        if opened is None or not hmac.compare_digest(opened, self._key()):
            raise VaultError("wrong_key", path=str(self.path))

    @property
    def remembered(self) -> bool:
        """True when the vault has a keyring slot ("remember on this computer")."""
        return self.header.slot(fmt.SLOT_KEYRING) is not None

    def new_recovery_key(self) -> str:
        """A new recovery key and a new data key; the old recovery key opens nothing new."""
        secret = fmt.new_recovery_secret()
        salt = os.urandom(kdf.SALT_BYTES)
        kek = fmt.slot_kek(fmt.SLOT_RECOVERY, secret, salt, self.header.params)
        fresh = {fmt.SLOT_RECOVERY: (salt, b"\0" * 16, fmt.public_key(kek))}
        made = self._rotate("recovery_key_replaced", self.header.params, fresh)
        assert made is None  # the recovery slot was given
        return fmt.format_recovery_key(secret)

    def _rotate(
        self, action: str, params: kdf.KdfParams, fresh: dict[int, tuple[bytes, bytes, bytes]]
    ) -> str | None:
        """Seal the vault under a new data key, every slot sealed to its public key.

        ``fresh`` maps the slot kinds being replaced to (salt, key id, public key). A
        version-1 slot whose public key is unknown (it was not used to unlock) cannot
        be carried over: a recovery slot gets a new recovery key (returned), a keyring
        slot is dropped. Afterwards the backups beside the vault are sealed under the
        new key too, or removed when they do not open with the old one.
        """
        with self._write_lock:
            self.settle()  # a save under way is sealed under the old key: let it land first
            return self._rotate_now(action, params, fresh)

    def _rotate_now(
        self, action: str, params: kdf.KdfParams, fresh: dict[int, tuple[bytes, bytes, bytes]]
    ) -> str | None:
        new_key = os.urandom(fmt.KEY_BYTES)
        header = replace(self.header, version=fmt.FORMAT_VERSION, params=params, slots=())
        specs: dict[int, tuple[bytes, bytes, bytes]] = dict(fresh)
        recovery: str | None = None
        for slot in self.header.slots:
            if slot.kind in specs:
                continue
            public = slot.public or self._publics.get(slot.kind)
            if public:
                specs[slot.kind] = (slot.salt, slot.key_id, public)
            elif slot.kind == fmt.SLOT_RECOVERY:
                secret = fmt.new_recovery_secret()
                salt = os.urandom(kdf.SALT_BYTES)
                kek = fmt.slot_kek(fmt.SLOT_RECOVERY, secret, salt, params)
                specs[slot.kind] = (salt, b"\0" * 16, fmt.public_key(kek))
                recovery = fmt.format_recovery_key(secret)
            elif slot.kind == fmt.SLOT_PASSPHRASE:
                raise VaultError("needs_passphrase", path=str(self.path))
            # a version-1 keyring slot is dropped: "remember" can be switched on again
        for kind, (salt, key_id, public) in sorted(specs.items()):
            slot = fmt.seal_slot(header, kind, salt, public, new_key, key_id)
            header = fmt.with_slot(header, slot)
        old_header, old_key, old_publics = self.header, self._key(), self._publics
        self.header, self._data_key, self._publics = header, new_key, {}
        try:
            self.commit_coded(action)
        except BaseException:
            self.header, self._data_key, self._publics = old_header, old_key, old_publics
            raise
        self._reseal_backups(old_key)
        return recovery

    def _reseal_backups(self, old_key: bytes) -> None:
        """Seal each ``.bakN`` under the current key; remove one the old key cannot open."""
        for n in range(1, atomic.BACKUPS + 1):
            backup = atomic.backup_name(self.path, n)
            if not backup.exists() and not backup.is_symlink():
                continue
            try:
                data = backup.read_bytes()
                plaintext = fmt.unseal(data, fmt.unpack_header(data, ""), old_key, "")
                header, ciphertext = fmt.seal_parts(self.header, self._key(), plaintext)
                atomic.atomic_write(backup, (header, ciphertext), self.ops, backups=0)
            except (VaultError, OSError):
                with contextlib.suppress(OSError):
                    backup.unlink()

    def remember(self, keystore: KeyStore) -> None:
        """Add the keyring slot; refuses (fails closed) without a secure keyring."""
        reason = keystore.unavailable_reason()
        if reason is not None:
            raise VaultError("keyring_unavailable", detail=reason)
        with self._write_lock:
            self.settle()  # a save under way carries the old header: let it land first
            old = self.header
            self.header = _keyring_slot(self.header, keystore, self._key())
            try:
                self.commit_coded("remember_on")
            except BaseException:
                self.header = old
                raise

    def forget(self, keystore: KeyStore) -> None:
        slot = self.header.slot(fmt.SLOT_KEYRING)
        if slot is None:
            return
        with self._write_lock:
            self.settle()  # a save under way carries the old header: let it land first
            old = self.header
            self.header = fmt.without_slot(self.header, fmt.SLOT_KEYRING)
            try:
                self.commit_coded("remember_off")
            except BaseException:
                self.header = old
                raise
        with contextlib.suppress(KeyringUnavailableError):
            keystore.delete(slot.key_id)

    # -- the rest ------------------------------------------------------------------

    def audit_log(self) -> list[audit.Entry]:
        return audit.entries(self.db)

    def close(self) -> None:
        """Drop the key and the decrypted database from this object and release the lock.
        A save under way lands first (its error is for whoever asked :attr:`dirty`)."""
        try:
            self.settle()
        finally:
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


def resolve_vault_path(path: Path) -> Path:
    """The file to open: a symlink is resolved once, so saves replace its target (and
    the lock and backups lie beside the target), never the link."""
    if path.is_symlink():
        try:
            path = path.resolve(strict=True)
        except (OSError, RuntimeError):
            raise VaultError("not_found", path=str(path)) from None
    if not path.exists():
        raise VaultError("not_found", path=str(path))
    if path.is_dir() or not path.name:
        raise VaultError("foreign_file", path=str(path))
    return path


def _acquire(path: Path) -> atomic.FileLock:
    lock = atomic.FileLock(path)
    try:
        acquired = lock.acquire()
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EMLINK) or isinstance(exc, atomic.NotAFileError):
            raise VaultError("lock_not_file", path=str(lock.path)) from None
        raise VaultError(
            "lock_failed", path=str(lock.path), detail=exc.strerror or type(exc).__name__
        ) from None
    if not acquired:
        raise VaultError("locked", path=str(path))
    return lock


def _check_kdf_time(params: kdf.KdfParams, max_seconds: float, path: str) -> None:
    """Refuse (ask first) a passphrase derivation far above what this computer spends."""
    estimate = kdf.estimate_seconds(params)
    if estimate is not None and estimate > max_seconds:
        raise VaultError(
            "kdf_slow",
            path=path,
            seconds=round(estimate),
            memory=params.memory_kib // 1024,
            iterations=params.iterations,
        )


def _load_db(plaintext: bytes, path: str) -> sqlite3.Connection:
    """The database from authenticated bytes. AES-GCM has proved these are exactly the
    bytes a save sealed after its ``integrity_check``, so opening only checks cheaply that
    SQLite can read the schema (a full check here cost 8x the decryption at 100k bids)."""
    db = _new_db()
    try:
        db.deserialize(plaintext)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        db.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        db.close()
        raise VaultError("integrity", path=path, detail=type(exc).__name__) from None
    return db


def _check_before_seal(image: bytes, path: str) -> None:
    """The full check of the image about to be sealed: what is sealed is known sound.
    The image is opened in a connection of its own, so this may run on any thread."""
    db = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        db.deserialize(image)
        result = db.execute("PRAGMA integrity_check").fetchall()
        fk = db.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise VaultError("integrity", path=path, detail=type(exc).__name__) from None
    finally:
        db.close()
    if result != [("ok",)] or fk:
        raise VaultError("integrity", path=path, detail="integrity_check")


class Seal:
    """One save: the database's image and what sealing it needs, taken by
    :meth:`Vault.begin_save`. :meth:`run` checks the image, encrypts it and replaces the
    file, on any thread; it touches nothing of the vault's. ``done`` is set when it ends."""

    def __init__(
        self,
        *,
        path: Path,
        header: fmt.Header,
        key: bytes,
        image: bytes,
        ops: atomic.FileOps,
        digest: bytes | None,
        edits: int,
        state: rollback.State | None,
    ) -> None:
        self.path = path
        self.edits = edits
        self.done = threading.Event()
        self.error: BaseException | None = None
        self.header_bytes: bytes | None = None
        self.digest_after: bytes | None = None
        self._header = header
        self._key: bytes | None = key
        self._image: bytes | None = image
        self._ops = ops
        self._digest = digest  # the file as last written; None: a new file
        self._state = state

    def run(self) -> None:
        """Check, seal and write (see :class:`Vault`); an error is kept for
        :meth:`Vault.finish_save`. Runs once."""
        if self.done.is_set():
            return
        path = str(self.path)
        try:
            assert self._key is not None and self._image is not None
            try:
                if self._digest is not None and _fingerprint(self.path) != self._digest:
                    raise VaultError("changed_on_disk", path=path)
                _check_before_seal(self._image, path)
                header, ciphertext = fmt.seal_parts(self._header, self._key, self._image)
                atomic.atomic_write(self.path, (header, ciphertext), self._ops)
                self.digest_after = _fingerprint(self.path)
            except OSError as exc:  # the vault's folder gone bad (a share, a full disk)
                raise VaultError(
                    "write_failed", path=path, detail=exc.strerror or type(exc).__name__
                ) from None
            self.header_bytes = header
            if self._state is not None:
                rollback.record(self._state, self._key)
        except VaultError as exc:  # kept without its frames: they hold this seal (a
            # cycle the collector frees late) and the sealed bytes, one copy a failed save
            exc.__context__ = None
            self.error = exc.with_traceback(None)
        except BaseException as exc:  # noqa: BLE001 - unexpected: kept whole, for the report
            self.error = exc
        finally:
            self._key = self._image = None  # the decrypted image goes as soon as it is sealed
            self.done.set()


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
) -> tuple[bytes, dict[int, bytes]]:
    """The data key, and for a version-1 vault the public key of the slot used (so a
    later key change can seal a new data key to that slot)."""
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
    publics = {slot.kind: fmt.public_key(kek)} if header.version == 1 else {}
    return data_key, publics
