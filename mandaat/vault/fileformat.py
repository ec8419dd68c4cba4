"""The vault file format, versions 1 and 2 (documented byte for byte in
docs/vault-format.md).

A file is a header followed by one AES-256-GCM ciphertext of the serialized SQLite
database. The whole header is the ciphertext's associated data, so no byte of it can
change unnoticed. A random 256-bit data key is wrapped in key slots (passphrase,
recovery key, OS keyring); each save derives a fresh payload key from the data key
with HKDF and a random salt, and uses a fresh random nonce.

Version 2 slots seal the data key to an X25519 public key whose private half is derived
from the slot's secret (Argon2id of the passphrase, HKDF of the recovery or keyring
secret). So a new data key can be sealed to every slot without knowing the other slots'
secrets: changing the passphrase or the recovery key rotates the data key, and an old
secret opens no file written after the change. Version 1 files (AES-GCM wrapped slots)
are still read; they become version 2 when their keys change.
"""

from __future__ import annotations

import base64
import os
import stat
import struct
from dataclasses import dataclass, field, replace
from pathlib import Path

# ``cryptography`` (~40 ms to import) is imported in the functions that seal or open:
# reading a header (the unlock screen does, before any click) needs none of it
# (tests/test_startup_imports.py).
from mandaat.errors import VaultError
from mandaat.vault import kdf

EXTENSION = ".mandaat"
MAGIC = b"MANDAAT\x00"
FORMAT_VERSION = 2
PUBLIC_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
KEY_BYTES = 32
PAYLOAD_SALT_BYTES = 32
MAX_SLOTS = 8

SLOT_PASSPHRASE = 1
SLOT_RECOVERY = 2
SLOT_KEYRING = 3
SLOT_NAMES = {
    SLOT_PASSPHRASE: "wachtwoord",
    SLOT_RECOVERY: "herstelsleutel",
    SLOT_KEYRING: "sleutelbos",
}

# magic(8) version(2) header_len(4) memory(4) iterations(4) lanes(4) slot_count(1)
_FIXED = struct.Struct(">8sHIIIIB")
# version 1: type(1) salt(16) key_id(16) nonce(12) wrapped key + tag(48)
_SLOT_V1 = struct.Struct(">B16s16s12s48s")
# version 2: type(1) salt(16) key_id(16) public key(32) ephemeral key(32) sealed key + tag(48)
_SLOT_V2 = struct.Struct(">B16s16s32s32s48s")
_SLOTS = {1: _SLOT_V1, 2: _SLOT_V2}
# payload salt(32) payload nonce(12) ciphertext length(8)
_TAIL = struct.Struct(">32s12sQ")

RECOVERY_BYTES = 20  # 160 bits, 32 base32 characters in 8 groups of 4


@dataclass(frozen=True)
class Slot:
    kind: int
    salt: bytes
    key_id: bytes
    nonce: bytes  # version 1 only
    wrapped: bytes
    public: bytes = b""  # version 2: the slot's X25519 public key
    ephemeral: bytes = b""  # version 2: the sealing side's one-time public key


@dataclass(frozen=True)
class Header:
    version: int
    params: kdf.KdfParams
    slots: tuple[Slot, ...]
    payload_salt: bytes = b"\0" * PAYLOAD_SALT_BYTES
    payload_nonce: bytes = b"\0" * NONCE_BYTES
    payload_length: int = 0
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    def size(self) -> int:
        return header_size(len(self.slots), self.version)

    def slot(self, kind: int) -> Slot | None:
        return next((s for s in self.slots if s.kind == kind), None)


def read_file(path: Path) -> bytes:
    """The bytes of a vault file; a folder, a pipe or a device is not one (and reading a
    pipe could wait forever)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        with os.fdopen(os.open(path, flags), "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                raise VaultError("foreign_file", path=str(path))
            return f.read()
    except (FileNotFoundError, NotADirectoryError):
        raise VaultError("not_found", path=str(path)) from None
    except IsADirectoryError:
        raise VaultError("foreign_file", path=str(path)) from None


def read_header(path: Path) -> Header:
    """The header of the vault at ``path`` alone (no key needed)."""
    return unpack_header(read_file(path), str(path))


def read_slot_kinds(data: bytes) -> list[int]:
    return [s.kind for s in unpack_header(data, "").slots]


def header_size(slot_count: int, version: int = FORMAT_VERSION) -> int:
    return _FIXED.size + _SLOTS[version].size * slot_count + _TAIL.size


MAX_HEADER = max(header_size(MAX_SLOTS, v) for v in _SLOTS)


def pack_header(h: Header) -> bytes:
    p = h.params
    out = [
        _FIXED.pack(MAGIC, h.version, h.size(), p.memory_kib, p.iterations, p.lanes, len(h.slots))
    ]
    if h.version == 1:
        out += [_SLOT_V1.pack(s.kind, s.salt, s.key_id, s.nonce, s.wrapped) for s in h.slots]
    else:
        out += [
            _SLOT_V2.pack(s.kind, s.salt, s.key_id, s.public, s.ephemeral, s.wrapped)
            for s in h.slots
        ]
    out.append(_TAIL.pack(h.payload_salt, h.payload_nonce, h.payload_length))
    return b"".join(out)


def unpack_header(data: bytes, path: str) -> Header:
    """Parse and sanity-check a header; raises VaultError naming what is wrong."""
    if len(data) == 0:
        raise VaultError("empty_file", path=path)
    head = data[: len(MAGIC)]
    if head != MAGIC[: len(head)]:
        raise VaultError("foreign_file", path=path)
    if len(data) < _FIXED.size:
        raise VaultError("truncated", path=path, size=len(data), expected=_FIXED.size)
    magic, version, hlen, mem, its, lanes, count = _FIXED.unpack_from(data)
    if magic != MAGIC:
        raise VaultError("foreign_file", path=path)
    if version > FORMAT_VERSION:
        raise VaultError("newer_version", path=path, version=version, supported=FORMAT_VERSION)
    if version < 1:
        raise VaultError("corrupt_header", path=path, detail=f"versie {version}")
    if not 1 <= count <= MAX_SLOTS:
        raise VaultError("corrupt_header", path=path, detail=f"{count} sleutelvakken")
    if hlen != header_size(count, version):
        raise VaultError("corrupt_header", path=path, detail="koplengte klopt niet")
    params = kdf.KdfParams(memory_kib=mem, iterations=its, lanes=lanes)
    reason = kdf.within_cap(params)
    if reason is not None:
        raise VaultError("kdf_too_costly", path=path, detail=reason)
    if len(data) < hlen:
        raise VaultError("truncated", path=path, size=len(data), expected=hlen)
    slots = []
    offset = _FIXED.size
    seen: set[int] = set()
    layout = _SLOTS[version]
    for _ in range(count):
        if version == 1:
            kind, salt, key_id, nonce, wrapped = _SLOT_V1.unpack_from(data, offset)
            slot = Slot(kind, salt, key_id, nonce, wrapped)
        else:
            kind, salt, key_id, public, ephemeral, wrapped = _SLOT_V2.unpack_from(data, offset)
            slot = Slot(kind, salt, key_id, b"", wrapped, public, ephemeral)
        if kind not in SLOT_NAMES or kind in seen:
            raise VaultError("corrupt_header", path=path, detail=f"sleutelvak type {kind}")
        seen.add(kind)
        slots.append(slot)
        offset += layout.size
    if SLOT_PASSPHRASE not in seen:
        raise VaultError("corrupt_header", path=path, detail="geen wachtwoordvak")
    psalt, pnonce, plen = _TAIL.unpack_from(data, offset)
    if plen < TAG_BYTES:
        raise VaultError("corrupt_header", path=path, detail="lengte van de inhoud")
    return Header(version, params, tuple(slots), psalt, pnonce, plen)


# -- key slots -------------------------------------------------------------------------


def _slot_aad(h: Header, kind: int, salt: bytes, key_id: bytes, public: bytes = b"") -> bytes:
    """What a slot's wrapping authenticates: its own fields, and for the passphrase slot
    the KDF parameters too (so re-calibrating them leaves the other slots valid)."""
    aad = MAGIC + struct.pack(">HB", h.version, kind) + salt + key_id + public
    if kind == SLOT_PASSPHRASE:
        p = h.params
        aad += struct.pack(">III", p.memory_kib, p.iterations, p.lanes)
    return aad


def slot_kek(kind: int, secret: bytes | str, salt: bytes, params: kdf.KdfParams) -> bytes:
    """The key-encryption key of a slot: Argon2id for a passphrase, HKDF otherwise."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    if kind == SLOT_PASSPHRASE:
        assert isinstance(secret, str)
        return kdf.derive(secret, salt, params)
    assert isinstance(secret, bytes)
    info = b"mandaat v1 slot " + bytes([kind])
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(secret)


def public_key(kek: bytes) -> bytes:
    """The X25519 public key of a slot whose secret gives ``kek`` (version 2)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return X25519PrivateKey.from_private_bytes(kek).public_key().public_bytes_raw()


def _seal_key(shared: bytes, ephemeral: bytes, public: bytes, kind: int) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    okm = HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES + NONCE_BYTES,
        salt=ephemeral + public,
        info=b"mandaat v2 slot " + bytes([kind]),
    ).derive(shared)
    return okm[:KEY_BYTES], okm[KEY_BYTES:]


def seal_slot(
    h: Header, kind: int, salt: bytes, public: bytes, data_key: bytes, key_id: bytes = b"\0" * 16
) -> Slot:
    """A version-2 slot: ``data_key`` sealed to ``public`` (no secret of the slot needed)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    one_time = X25519PrivateKey.generate()
    ephemeral = one_time.public_key().public_bytes_raw()
    shared = one_time.exchange(X25519PublicKey.from_public_bytes(public))
    key, nonce = _seal_key(shared, ephemeral, public, kind)
    aad = _slot_aad(h, kind, salt, key_id, public)
    wrapped = AESGCM(key).encrypt(nonce, data_key, aad)
    return Slot(kind, salt, key_id, b"", wrapped, public, ephemeral)


def make_slot(
    h: Header, kind: int, kek: bytes, salt: bytes, data_key: bytes, key_id: bytes = b"\0" * 16
) -> Slot:
    """A slot for ``kek``: sealed to its public key (version 2) or wrapped (version 1)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if h.version >= 2:
        return seal_slot(h, kind, salt, public_key(kek), data_key, key_id)
    nonce = os.urandom(NONCE_BYTES)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, _slot_aad(h, kind, salt, key_id))
    return Slot(kind, salt, key_id, nonce, wrapped)


def unwrap_slot(h: Header, slot: Slot, kek: bytes) -> bytes | None:
    """The data key, or None when the KEK is wrong or the slot was altered."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if h.version >= 2:
        try:
            private = X25519PrivateKey.from_private_bytes(kek)
            if private.public_key().public_bytes_raw() != slot.public:
                return None
            shared = private.exchange(X25519PublicKey.from_public_bytes(slot.ephemeral))
        except ValueError:  # a low-order point: an altered slot
            return None
        key, nonce = _seal_key(shared, slot.ephemeral, slot.public, slot.kind)
        aad = _slot_aad(h, slot.kind, slot.salt, slot.key_id, slot.public)
        try:
            return AESGCM(key).decrypt(nonce, slot.wrapped, aad)
        except InvalidTag:
            return None
    if len(slot.nonce) != NONCE_BYTES:
        return None
    try:
        return AESGCM(kek).decrypt(
            slot.nonce, slot.wrapped, _slot_aad(h, slot.kind, slot.salt, slot.key_id)
        )
    except InvalidTag:
        return None


def with_slot(h: Header, slot: Slot) -> Header:
    """Replace the slot of the same kind (or add it), keeping a stable order."""
    slots = [s for s in h.slots if s.kind != slot.kind] + [slot]
    return replace(h, slots=tuple(sorted(slots, key=lambda s: s.kind)))


def without_slot(h: Header, kind: int) -> Header:
    return replace(h, slots=tuple(s for s in h.slots if s.kind != kind))


# -- payload ---------------------------------------------------------------------------


def payload_key(data_key: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"mandaat v1 payload"
    ).derive(data_key)


def seal_parts(h: Header, data_key: bytes, plaintext: bytes) -> tuple[bytes, bytes]:
    """The file as (header with a fresh salt and nonce, ciphertext), not concatenated:
    a large vault is written in two pieces instead of being copied once more."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = os.urandom(PAYLOAD_SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    sealed = replace(
        h, payload_salt=salt, payload_nonce=nonce, payload_length=len(plaintext) + TAG_BYTES
    )
    header = pack_header(sealed)
    return header, AESGCM(payload_key(data_key, salt)).encrypt(nonce, plaintext, header)


def seal(h: Header, data_key: bytes, plaintext: bytes) -> bytes:
    """The complete file: header plus ciphertext."""
    header, ct = seal_parts(h, data_key, plaintext)
    return header + ct


def unseal(data: bytes, h: Header, data_key: bytes, path: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    hlen = h.size()
    end = hlen + h.payload_length
    if len(data) < end:
        raise VaultError("truncated", path=path, size=len(data), expected=end)
    if len(data) > end:
        raise VaultError("corrupt_header", path=path, detail="extra bytes na de inhoud")
    if len(h.payload_nonce) != NONCE_BYTES:
        raise VaultError("corrupt_header", path=path, detail="nonce")
    try:
        return AESGCM(payload_key(data_key, h.payload_salt)).decrypt(
            h.payload_nonce, data[hlen:end], data[:hlen]
        )
    except InvalidTag:
        raise VaultError("tampered", path=path) from None


# -- recovery key ----------------------------------------------------------------------


def new_recovery_secret() -> bytes:
    return os.urandom(RECOVERY_BYTES)


def format_recovery_key(secret: bytes) -> str:
    """32 base32 characters in 8 groups of 4, e.g. ``ABCD-EFGH-…``, for printing."""
    text = base64.b32encode(secret).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """Lenient: ignores case, spaces and dashes; reads 0 as O, 1 as I and 8 as B."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    if len(cleaned) != 32:
        raise VaultError("bad_recovery_key", detail=f"{len(cleaned)} tekens, verwacht 32")
    try:
        return base64.b32decode(cleaned)
    except ValueError:
        raise VaultError("bad_recovery_key", detail="ongeldige tekens") from None
