"""Passphrase key derivation: Argon2id with parameters stored in the vault header.

Creation calibrates the cost to about ``TARGET_SECONDS`` on this machine, never below
RFC 9106's second recommended option (t=3, p=4, m=64 MiB). Reading refuses parameters
above :data:`CAP` at once, so a hostile file cannot make the app hang or swap.
"""

from __future__ import annotations

import math
import os
import time
import unicodedata
from dataclasses import dataclass

KEY_BYTES = 32
SALT_BYTES = 16
TARGET_SECONDS = 0.6


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB, iterations (t) and lanes (p)."""

    memory_kib: int
    iterations: int
    lanes: int

    def cost(self) -> int:
        return self.memory_kib * self.iterations


RFC9106_SECOND = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
# Refused on read: above 1 GiB, 64 passes or 64 lanes, or above 1 GiB × 16 passes of work.
CAP = KdfParams(memory_kib=1024 * 1024, iterations=64, lanes=64)
CAP_COST = 1024 * 1024 * 16
# Test hook: ``MANDAAT_KDF_PROFILE=test`` makes *new* vaults cheap so the suite runs
# fast. It is visible in ``mandaat info`` (below RFC 9106) and never weakens a vault
# that already exists.
TEST_PARAMS = KdfParams(memory_kib=1024, iterations=1, lanes=1)
# What calibration can produce here (64 MiB, up to 32 passes): above this the time a
# header asks for is measured before it is spent (see estimate_seconds).
ORDINARY_MEMORY_KIB = 256 * 1024
ORDINARY_COST = RFC9106_SECOND.memory_kib * 32
#: the default bound on one derivation when opening (the window asks, the CLI has
#: ``--max-kdf-seconds``); calibration aims at TARGET_SECONDS
DEFAULT_MAX_SECONDS = 10.0
_PROBE = KdfParams(memory_kib=32 * 1024, iterations=1, lanes=1)


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC-normalise so the same passphrase typed on another OS gives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # not at startup

    check_cap(params)
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalise_passphrase(passphrase))


def within_cap(params: KdfParams) -> str | None:
    """Return why ``params`` are refused, or None when they are acceptable to run."""
    if params.lanes < 1 or params.iterations < 1 or params.memory_kib < 8 * params.lanes:
        return "ongeldige parameters"
    if params.memory_kib > CAP.memory_kib:
        return f"geheugen {params.memory_kib // 1024} MiB"
    if params.iterations > CAP.iterations:
        return f"{params.iterations} iteraties"
    if params.lanes > CAP.lanes:
        return f"{params.lanes} lanes"
    if params.cost() > CAP_COST:
        return "totale kosten"
    return None


def check_cap(params: KdfParams) -> None:
    reason = within_cap(params)
    if reason is not None:
        raise ValueError(reason)


def meets_rfc9106(params: KdfParams) -> bool:
    base = RFC9106_SECOND
    return (
        params.memory_kib >= base.memory_kib
        and params.iterations >= base.iterations
        and params.lanes >= base.lanes
    )


def weaker(new: KdfParams, old: KdfParams) -> bool:
    """True when ``new`` costs an attacker less than ``old`` (less memory or less work)."""
    return new.memory_kib < old.memory_kib or new.cost() < old.cost()


def estimate_seconds(params: KdfParams) -> float | None:
    """None for the ordinary costs calibration makes; above them, the seconds one
    derivation would take here, from a short probe (32 MiB, one pass, ~30 ms)."""
    if params.memory_kib <= ORDINARY_MEMORY_KIB and params.cost() <= ORDINARY_COST:
        return None
    start = time.perf_counter()
    derive("probe", b"\0" * SALT_BYTES, _PROBE)
    elapsed = max(time.perf_counter() - start, 1e-4)
    return elapsed * params.cost() / _PROBE.cost()


def default_params() -> KdfParams:
    """Parameters for a new vault: calibrated, or the test profile when asked for."""
    if os.environ.get("MANDAAT_KDF_PROFILE") == "test":
        return TEST_PARAMS
    return calibrate()


def calibrate(target: float = TARGET_SECONDS) -> KdfParams:
    """Raise the iteration count from RFC 9106's t=3 until one derivation takes ~target."""
    base = RFC9106_SECOND
    start = time.perf_counter()
    derive("calibration", b"\0" * SALT_BYTES, base)
    elapsed = max(time.perf_counter() - start, 1e-3)
    iterations = max(base.iterations, math.ceil(base.iterations * target / elapsed))
    iterations = min(iterations, 32)
    return KdfParams(memory_kib=base.memory_kib, iterations=iterations, lanes=base.lanes)
