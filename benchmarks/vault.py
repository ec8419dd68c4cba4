"""Vault open and save times for 1k, 10k and 100k bids, next to the raw limit.

Raw limit, measured in the same run on the same bytes:
- open: read the file + AES-256-GCM decrypt;
- save: AES-256-GCM encrypt + write + fsync of one new file.
Ours: open = read, header, slot unwrap (the KDF is excluded: it is cheap here by
choice, see below), decrypt, deserialize, the cheap schema check, migrations check,
the rollback record (read, HMAC, write); save = the changed-on-disk check, generation,
PRAGMA integrity_check + foreign_key_check (moved here from open: what is sealed is
known sound, and AES-GCM proves on open that the bytes are those sealed), serialize,
seal, temp file + fsync, backup link, rename, folder fsync, the rollback record.
The "check" column is what the full check costs; before issue 16 it ran on every open
("old open" = open + check, the ratio open had then). Key derivation is excluded
because its cost is a setting (calibrated to ~0.6 s), not a property of the format.

Run: uv run python benchmarks/vault.py [--sizes 1000,10000,100000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ["MANDAAT_KDF_PROFILE"] = "test"
# rollback records of the benchmark's throw-away vaults go to a temporary folder
os.environ["MANDAAT_STATE_DIR"] = tempfile.mkdtemp(prefix="mandaat-bench-state-")

from _bids import add_bids  # noqa: E402  (benchmarks/ is on sys.path when run)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: E402

from mandaat import demo  # noqa: E402
from mandaat.vault.file import Vault  # noqa: E402

PASS = "benchmark"


def fill(vault: Vault, n: int) -> None:
    demo.populate(vault.db)
    add_bids(vault.db, n)
    vault.commit("benchmark", str(n))


def best(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times) if repeat < 5 else statistics.median(times)


def raw_open(path: Path, key: bytes, nonce: bytes, hlen: int, aad: bytes) -> None:
    data = path.read_bytes()
    AESGCM(key).decrypt(nonce, data[hlen:], aad)


def raw_save(folder: Path, key: bytes, plaintext: bytes) -> None:
    nonce = os.urandom(12)
    ct = AESGCM(key).encrypt(nonce, plaintext, b"")
    p = folder / "raw.bin"
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, ct)
        os.fsync(fd)
    finally:
        os.close(fd)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    print(
        f"{'bids':>7} {'file':>9} | {'open':>8} {'raw':>8} {'ratio':>6}"
        f" {'check':>9} {'old open':>9} | {'save':>8} {'raw':>8} {'ratio':>6}"
    )
    for n in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            path = folder / "bench.mandaat"
            vault, _ = Vault.create(path, PASS)
            fill(vault, n)
            size = path.stat().st_size
            plaintext = vault.db.serialize()
            key = os.urandom(32)
            save_t = best(vault.save, args.repeat)
            raw_save_t = best(lambda: raw_save(folder, key, plaintext), args.repeat)
            vault.close()

            from mandaat.vault import fileformat as fmt

            data = path.read_bytes()
            h = fmt.unpack_header(data, "bench")
            hlen = h.size()
            ct_key = os.urandom(32)
            nonce = os.urandom(12)
            ct = AESGCM(ct_key).encrypt(nonce, data[hlen:][:-16], data[:hlen])
            rawfile = folder / "raw-open.bin"
            rawfile.write_bytes(data[:hlen] + ct)

            def ours_open() -> None:
                Vault.open(path, passphrase=PASS, read_only=True).close()

            open_t = best(ours_open, args.repeat)
            probe = Vault.open(path, passphrase=PASS, read_only=True)
            integ_t = best(
                lambda: (
                    probe.db.execute("PRAGMA integrity_check").fetchall(),
                    probe.db.execute("PRAGMA foreign_key_check").fetchall(),
                ),
                args.repeat,
            )
            probe.close()
            raw_open_t = best(
                lambda: raw_open(rawfile, ct_key, nonce, hlen, data[:hlen]), args.repeat
            )
            print(
                f"{n:>7} {size / 1e6:>7.1f}MB | {open_t * 1e3:>6.1f}ms {raw_open_t * 1e3:>6.1f}ms"
                f" {open_t / raw_open_t:>5.1f}x {integ_t * 1e3:>7.1f}ms"
                f" {(open_t + integ_t) / raw_open_t:>8.1f}x"
                f" | {save_t * 1e3:>6.1f}ms {raw_save_t * 1e3:>6.1f}ms"
                f" {save_t / raw_save_t:>5.1f}x"
            )


if __name__ == "__main__":
    main()
