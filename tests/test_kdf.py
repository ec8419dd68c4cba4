"""Argon2id: RFC 9106's known answer, our parameters, the cap."""

from __future__ import annotations

import time

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from mandaat.vault import kdf


def test_rfc9106_argon2id_vector() -> None:
    """RFC 9106 §5.3: the primitive our KDF uses gives the published tag."""
    tag = Argon2id(
        salt=b"\x02" * 16,
        length=32,
        iterations=3,
        lanes=4,
        memory_cost=32,
        ad=b"\x04" * 12,
        secret=b"\x03" * 8,
    ).derive(b"\x01" * 32)
    assert tag.hex() == "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"


def test_derive_is_stable_and_normalises_unicode() -> None:
    params = kdf.KdfParams(memory_kib=64, iterations=1, lanes=1)
    salt = b"\x11" * 16
    composed = kdf.derive("café", salt, params)
    decomposed = kdf.derive("cafe\u0301", salt, params)
    assert composed == decomposed
    assert len(composed) == 32
    assert kdf.derive("cafe", salt, params) != composed


def test_calibration_never_below_rfc9106_option_two() -> None:
    start = time.perf_counter()
    params = kdf.calibrate(target=0.05)
    assert time.perf_counter() - start < 5
    assert kdf.meets_rfc9106(params)
    assert params.memory_kib == 64 * 1024 and params.lanes == 4 and params.iterations >= 3


@pytest.mark.parametrize(
    "params",
    [
        kdf.KdfParams(memory_kib=4 * 1024 * 1024, iterations=3, lanes=4),
        kdf.KdfParams(memory_kib=65536, iterations=1000, lanes=4),
        kdf.KdfParams(memory_kib=65536, iterations=3, lanes=200),
        kdf.KdfParams(memory_kib=1024 * 1024, iterations=60, lanes=4),
        kdf.KdfParams(memory_kib=65536, iterations=0, lanes=4),
    ],
)
def test_cap_refuses_without_running(params: kdf.KdfParams) -> None:
    assert kdf.within_cap(params) is not None
    start = time.perf_counter()
    with pytest.raises(ValueError):
        kdf.derive("x", b"\0" * 16, params)
    assert time.perf_counter() - start < 0.1
