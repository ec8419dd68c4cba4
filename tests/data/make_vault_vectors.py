"""Writes the vault testkit in tests/data/vault-v1 (run once per format version).

Like age's test vectors: every file comes with a line in ``manifest.json`` saying what
opening it must give. The files are committed, so a later Mandaat must still read (or
refuse) exactly these bytes. Run: ``MANDAAT_KDF_PROFILE=test uv run python
tests/data/make_vault_vectors.py``.
"""

from __future__ import annotations

import json
import os
import sqlite3
import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ["MANDAAT_KDF_PROFILE"] = "test"

from mandaat.vault import fileformat as fmt  # noqa: E402
from mandaat.vault.file import Vault  # noqa: E402

OUT = Path(__file__).with_name("vault-v1")
PASS = "testkit wachtwoord"


def main() -> None:
    for f in OUT.glob("*"):
        f.unlink()
    good = OUT / "good.mandaat"
    vault, recovery = Vault.create(good, PASS)
    vault.db.execute("INSERT INTO counters VALUES ('testkit', 7)")
    vault.commit("testkit")
    vault.close()
    for extra in OUT.glob("good.mandaat.*"):
        extra.unlink()
    data = good.read_bytes()
    h = fmt.unpack_header(data, "good")
    hlen = h.size()
    cases: list[dict[str, object]] = [
        {
            "file": "good.mandaat",
            "passphrase": PASS,
            "expect": "ok",
            "counter": 7,
            "why": "a sound version-1 vault",
        },
        {
            "file": "good.mandaat",
            "recovery_key": recovery,
            "expect": "ok",
            "counter": 7,
            "why": "the same vault opened with its recovery key",
        },
        {
            "file": "good.mandaat",
            "passphrase": "fout",
            "expect": "wrong_key",
            "why": "wrong passphrase",
        },
    ]

    def write(name: str, blob: bytes, expect: str, why: str) -> None:
        (OUT / name).write_bytes(blob)
        cases.append({"file": name, "passphrase": PASS, "expect": expect, "why": why})

    write("empty.mandaat", b"", "empty_file", "zero bytes")
    write("foreign-text.mandaat", b"Dit is een notitie, geen kluis.\n", "foreign_file", "text")
    write("foreign-zip.mandaat", b"PK\x03\x04" + b"\0" * 60, "foreign_file", "a zip / xlsx")
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x)")
    write("plain-sqlite.mandaat", conn.serialize(), "foreign_file", "an unencrypted database")
    write("truncated-magic.mandaat", data[:5], "truncated", "cut inside the magic")
    write("truncated-header.mandaat", data[: hlen - 10], "truncated", "cut inside the header")
    write("truncated-body.mandaat", data[: hlen + 100], "truncated", "cut inside the ciphertext")
    write("truncated-tag.mandaat", data[:-1], "truncated", "last byte of the tag missing")
    write("extra-bytes.mandaat", data + b"\0", "corrupt_header", "a byte appended")
    newer = bytearray(data)
    struct.pack_into(">H", newer, 8, fmt.FORMAT_VERSION + 1)
    write("newer-version.mandaat", bytes(newer), "newer_version", "format version 2")
    badlen = bytearray(data)
    struct.pack_into(">I", badlen, 10, hlen + 1)
    write("bad-header-length.mandaat", bytes(badlen), "corrupt_header", "header length")
    noslots = bytearray(data)
    noslots[26] = 0
    write("no-slots.mandaat", bytes(noslots), "corrupt_header", "zero key slots")
    bomb = bytearray(data)
    struct.pack_into(">I", bomb, 18, 1_000_000)
    write("kdf-bomb.mandaat", bytes(bomb), "kdf_too_costly", "a million Argon2 passes")
    slotflip = bytearray(data)
    slotflip[27 + 1 + 16 + 16 + 12 + 5] ^= 0x01  # inside the passphrase slot's wrapped key
    write("slot-flipped.mandaat", bytes(slotflip), "wrong_key", "wrapped key altered")
    bodyflip = bytearray(data)
    bodyflip[hlen + 1000] ^= 0x80
    write("body-flipped.mandaat", bytes(bodyflip), "tampered", "ciphertext altered")
    saltflip = bytearray(data)
    saltflip[hlen - 52] ^= 0x01  # payload salt
    write("payload-salt-flipped.mandaat", bytes(saltflip), "tampered", "payload salt altered")
    (OUT / "manifest.json").write_text(json.dumps(cases, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases in {OUT}")


if __name__ == "__main__":
    main()
