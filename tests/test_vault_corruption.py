"""Damaged, foreign and hostile vault files: each refused with the right code, unchanged."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from mandaat.errors import VaultError
from mandaat.vault import fileformat as fmt
from mandaat.vault.file import Vault

DATA = Path(__file__).parent / "data" / "vault-v1"
MANIFEST = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", MANIFEST, ids=lambda c: f"{c['file']}:{c['expect']}")
def test_testkit(case: dict[str, object], tmp_path: Path) -> None:
    src = DATA / str(case["file"])
    path = tmp_path / src.name
    shutil.copyfile(src, path)
    before = hashlib.sha256(path.read_bytes()).digest()
    kwargs: dict[str, str] = {}
    if "recovery_key" in case:
        kwargs["recovery_key"] = str(case["recovery_key"])
    else:
        kwargs["passphrase"] = str(case["passphrase"])
    if case["expect"] == "ok":
        vault = Vault.open(path, read_only=True, **kwargs)  # type: ignore[arg-type]
        row = vault.db.execute("SELECT value FROM counters WHERE name = 'testkit'").fetchone()
        assert row == (case["counter"],)
        vault.close()
    else:
        with pytest.raises(VaultError) as err:
            Vault.open(path, **kwargs)  # type: ignore[arg-type]
        assert err.value.code == case["expect"], case["why"]
        assert str(path) in str(err.value) or err.value.code == "bad_recovery_key"
    assert hashlib.sha256(path.read_bytes()).digest() == before


def test_testkit_vault_is_migrated_when_opened_for_writing(tmp_path: Path) -> None:
    """The testkit was written with schema version 1; opening it brings it up to date."""
    from mandaat.vault import schema

    path = tmp_path / "good.mandaat"
    shutil.copyfile(DATA / "good.mandaat", path)
    case = MANIFEST[0]
    vault = Vault.open(path, passphrase=str(case["passphrase"]))
    assert schema.current_version(vault.db) == schema.latest_version()
    assert vault.audit_log()[-1].action == "schema_updated"
    vault.close()
    again = Vault.open(path, passphrase=str(case["passphrase"]), read_only=True)
    assert again.db.execute("SELECT value FROM counters").fetchone() == (case["counter"],)
    again.close()


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("sound") / "v.mandaat"
    vault, _ = Vault.create(path, PASSPHRASE)
    vault.db.execute("INSERT INTO counters VALUES ('n', 1)")
    vault.commit("x")
    vault.close()
    return path.read_bytes()


def _refused(path: Path, blob: bytes) -> str:
    path.write_bytes(blob)
    try:
        Vault.open(path, passphrase=PASSPHRASE, read_only=True).close()
    except VaultError as exc:
        assert path.read_bytes() == blob
        return exc.code
    raise AssertionError("a damaged vault was opened")


def test_every_header_bit_flipped_is_refused(sound: bytes, tmp_path: Path) -> None:
    hlen = fmt.unpack_header(sound, "x").size()
    path = tmp_path / "flip.mandaat"
    codes: dict[str, int] = {}
    for byte in range(hlen):
        for bit in range(8):
            blob = bytearray(sound)
            blob[byte] ^= 1 << bit
            code = _refused(path, bytes(blob))
            codes[code] = codes.get(code, 0) + 1
    assert sum(codes.values()) == hlen * 8
    # A damaged header is told apart from "wrong key or tampered".
    assert {"foreign_file", "corrupt_header", "wrong_key", "tampered"} <= set(codes)


def test_bits_flipped_across_the_body_are_refused(sound: bytes, tmp_path: Path) -> None:
    hlen = fmt.unpack_header(sound, "x").size()
    rng = random.Random(1)
    path = tmp_path / "flip.mandaat"
    offsets = sorted({hlen, len(sound) - 1, *(rng.randrange(hlen, len(sound)) for _ in range(400))})
    for offset in offsets:
        blob = bytearray(sound)
        blob[offset] ^= 1 << rng.randrange(8)
        assert _refused(path, bytes(blob)) == "tampered"


def test_truncation_at_many_offsets_is_refused(sound: bytes, tmp_path: Path) -> None:
    hlen = fmt.unpack_header(sound, "x").size()
    path = tmp_path / "cut.mandaat"
    rng = random.Random(2)
    cuts = set(range(0, hlen + 64)) | {rng.randrange(hlen, len(sound)) for _ in range(200)}
    cuts |= {len(sound) - 1, len(sound) - 16}
    for cut in sorted(cuts):
        code = _refused(path, sound[:cut])
        expected = {"empty_file"} if cut == 0 else {"truncated"}
        assert code in expected, (cut, code)


def test_directory_instead_of_file(tmp_path: Path) -> None:
    folder = tmp_path / "map.mandaat"
    folder.mkdir()
    with pytest.raises(VaultError) as err:
        Vault.open(folder, passphrase=PASSPHRASE, read_only=True)
    assert err.value.code == "foreign_file"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(VaultError) as err:
        Vault.open(tmp_path / "nergens.mandaat", passphrase=PASSPHRASE)
    assert err.value.code == "not_found"
    assert not (tmp_path / "nergens.mandaat.lock").exists()
