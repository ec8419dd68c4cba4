"""Revocation: a new passphrase or recovery key rotates the data key, and afterwards the
old secret opens no file Mandaat keeps, not even together with a copy taken before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from mandaat.errors import VaultError
from mandaat.vault import fileformat as fmt
from mandaat.vault import kdf
from mandaat.vault.file import OLDER_VIEW, Vault

NEW_PASSPHRASE = "een geheel nieuwe zin als wachtwoord"
TESTKIT = Path(__file__).parent / "data" / "vault-v1"


def _put(vault: Vault, name: str, value: int) -> None:
    vault.db.execute(
        "INSERT INTO counters (name, value) VALUES (?, ?)"
        " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        (name, value),
    )
    vault.commit("teller gezet", name)


def _kept_files(folder: Path, state: Path) -> list[Path]:
    """Every file Mandaat keeps: the vault, its backups, lock, temp files, the state folder."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    files += [p for p in state.rglob("*") if p.is_file()]
    assert files
    return files


def _opens_with(path: Path, **secret: str) -> bool:
    try:
        Vault.open(path, older=OLDER_VIEW, **secret).close()  # type: ignore[arg-type]
    except VaultError:
        return False
    return True


def _decrypts_with_key(path: Path, data_key: bytes) -> bool:
    """The attack the issue names: the old data key (unwrapped from an old copy with the
    old secret) tried on the payload and on every slot of a current file."""
    data = path.read_bytes()
    try:
        header = fmt.unpack_header(data, "")
        fmt.unseal(data, header, data_key, "")
    except VaultError:
        return False
    return True


def _old_key(copy: Path, **secret: str) -> bytes:
    vault = Vault.open(copy, older=OLDER_VIEW, **secret)  # type: ignore[arg-type]
    try:
        return vault._key()
    finally:
        vault.close()


@pytest.fixture
def vault_with_history(tmp_path: Path) -> tuple[Path, str, Path]:
    """A vault saved several times (so .bak1-3 exist), and a copy of its folder taken
    before the key change (what a thief or an old backup holds)."""
    folder = tmp_path / "kluis"
    folder.mkdir()
    path = folder / "werk.mandaat"
    vault, recovery = Vault.create(path, PASSPHRASE)
    for i in range(4):
        _put(vault, "oud", i)
    vault.close()
    shutil.copytree(folder, tmp_path / "kopie")
    return path, recovery, tmp_path / "kopie" / "werk.mandaat"


def test_new_passphrase_revokes_the_old_one_everywhere(
    vault_with_history: tuple[Path, str, Path], _state_dir: Path
) -> None:
    path, recovery, copy = vault_with_history
    old_key = _old_key(copy, passphrase=PASSPHRASE)
    vault = Vault.open(path, passphrase=PASSPHRASE)
    assert vault.change_passphrase(NEW_PASSPHRASE) is None
    _put(vault, "nieuw", 42)  # data added after the change
    vault.close()

    kept = _kept_files(path.parent, _state_dir)
    assert {p.name for p in kept} >= {"werk.mandaat", "werk.mandaat.bak1", "werk.mandaat.bak3"}
    for f in kept:
        assert not _opens_with(f, passphrase=PASSPHRASE), f.name
        assert not _decrypts_with_key(f, old_key), f.name
    # the old copy still opens with the old passphrase: it holds its own old content only
    old = Vault.open(copy, passphrase=PASSPHRASE, older=OLDER_VIEW)
    assert old.db.execute("SELECT value FROM counters WHERE name = 'nieuw'").fetchone() is None
    old.close()
    # the new passphrase and the (unchanged) recovery key open the vault and its backups
    for f in (path, *sorted(path.parent.glob("*.bak*"))):
        assert _opens_with(f, passphrase=NEW_PASSPHRASE), f.name
        assert _opens_with(f, recovery_key=recovery), f.name


def test_new_recovery_key_revokes_the_old_one_everywhere(
    vault_with_history: tuple[Path, str, Path], _state_dir: Path
) -> None:
    path, old_recovery, copy = vault_with_history
    old_key = _old_key(copy, recovery_key=old_recovery)
    vault = Vault.open(path, passphrase=PASSPHRASE)
    new_recovery = vault.new_recovery_key()
    _put(vault, "nieuw", 7)
    vault.close()
    assert new_recovery != old_recovery
    for f in _kept_files(path.parent, _state_dir):
        assert not _opens_with(f, recovery_key=old_recovery), f.name
        assert not _decrypts_with_key(f, old_key), f.name
    for f in (path, *sorted(path.parent.glob("*.bak*"))):
        assert _opens_with(f, recovery_key=new_recovery), f.name
        assert _opens_with(f, passphrase=PASSPHRASE), f.name


def test_recovery_unlock_then_new_passphrase(vault_with_history: tuple[Path, str, Path]) -> None:
    """The forgotten-passphrase path: open with the recovery key, set a new passphrase."""
    path, recovery, _copy = vault_with_history
    vault = Vault.open(path, recovery_key=recovery)
    vault.change_passphrase(NEW_PASSPHRASE)
    vault.close()
    assert not _opens_with(path, passphrase=PASSPHRASE)
    assert _opens_with(path, passphrase=NEW_PASSPHRASE)
    assert _opens_with(path, recovery_key=recovery)


def test_keyring_slot_survives_rotation(vault_path: Path, memory_keystore: object) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE, keystore=memory_keystore)  # type: ignore[arg-type]
    vault.change_passphrase(NEW_PASSPHRASE)
    vault.close()
    Vault.open(vault_path, keystore=memory_keystore).close()  # type: ignore[arg-type]


def test_backup_that_does_not_open_with_the_old_key_is_removed(
    vault_with_history: tuple[Path, str, Path],
) -> None:
    path, _recovery, _copy = vault_with_history
    foreign = path.with_name(path.name + ".bak2")
    foreign.write_bytes(b"not a vault")
    vault = Vault.open(path, passphrase=PASSPHRASE)
    vault.change_passphrase(NEW_PASSPHRASE)
    vault.close()
    # the save shifted it to .bak3; there it was removed, the others were sealed anew
    backups = sorted(path.parent.glob("*.bak*"))
    assert [b.name for b in backups] == ["werk.mandaat.bak1", "werk.mandaat.bak2"]
    assert all(_opens_with(b, passphrase=NEW_PASSPHRASE) for b in backups)


def test_version_1_vault_upgrades_and_revokes(tmp_path: Path, _state_dir: Path) -> None:
    """A version-1 vault cannot seal a new key to a recovery slot it did not open, so
    the passphrase change makes it version 2 and issues a new recovery key."""
    path = tmp_path / "good.mandaat"
    shutil.copyfile(TESTKIT / "good.mandaat", path)
    old_pass, old_recovery = "testkit wachtwoord", "Y7TO-QIER-42LZ-22WK-H3SX-DKDU-OTED-6W5J"
    vault = Vault.open(path, passphrase=old_pass)
    assert vault.header.version == 1
    new_recovery = vault.change_passphrase(NEW_PASSPHRASE)
    assert vault.header.version == fmt.FORMAT_VERSION == 2
    vault.close()
    assert new_recovery is not None
    for f in _kept_files(tmp_path, _state_dir):
        assert not _opens_with(f, passphrase=old_pass), f.name
        assert not _opens_with(f, recovery_key=old_recovery), f.name
    v = Vault.open(path, recovery_key=new_recovery)
    assert v.db.execute("SELECT value FROM counters WHERE name = 'testkit'").fetchone() == (7,)
    v.close()


def test_version_1_new_recovery_key_keeps_the_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "good.mandaat"
    shutil.copyfile(TESTKIT / "good.mandaat", path)
    vault = Vault.open(path, passphrase="testkit wachtwoord")
    recovery = vault.new_recovery_key()
    vault.close()
    assert _opens_with(path, passphrase="testkit wachtwoord")
    assert _opens_with(path, recovery_key=recovery)
    # opened by the recovery key, a v1 vault cannot re-seal the passphrase slot: refused
    shutil.copyfile(TESTKIT / "good.mandaat", path)
    vault = Vault.open(path, recovery_key="Y7TO-QIER-42LZ-22WK-H3SX-DKDU-OTED-6W5J")
    with pytest.raises(VaultError) as err:
        vault.new_recovery_key()
    assert err.value.code == "needs_passphrase"
    vault.close()


# -- the KDF profile guard and short passphrases ----------------------------------------


def test_test_profile_never_weakens_an_existing_vault(vault_path: Path) -> None:
    strong = kdf.KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
    vault, _ = Vault.create(vault_path, PASSPHRASE, params=strong)
    vault.change_passphrase(NEW_PASSPHRASE)  # MANDAAT_KDF_PROFILE=test is set (conftest)
    assert vault.header.params == strong
    vault.close()
    assert fmt.read_header(vault_path).params == strong


def test_test_profile_vault_is_flagged_on_every_open(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE)[0].close()
    heard: list[str] = []
    vault = Vault.open(vault_path, passphrase=PASSPHRASE, notify=heard.append)
    assert vault.notices == ["weak_kdf"] and heard == ["weak_kdf"]
    vault.close()


@pytest.mark.parametrize("short", ["", "a", "1234567", "zeven77"])
def test_short_passphrase_refused(vault_path: Path, short: str) -> None:
    with pytest.raises(VaultError) as err:
        Vault.create(vault_path, short)
    assert err.value.code in ("empty_passphrase", "short_passphrase")
    assert not vault_path.exists()
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    with pytest.raises(VaultError):
        vault.change_passphrase(short)
    vault.close()
    assert _opens_with(vault_path, passphrase=PASSPHRASE)


def test_costly_header_asks_before_spending(vault_path: Path) -> None:
    """1 GiB x 16 passes is within the cap but far above calibration: refused with an
    estimate, before the derivation runs, unless the caller allows that much time."""
    import struct
    import time

    Vault.create(vault_path, PASSPHRASE)[0].close()
    data = bytearray(vault_path.read_bytes())
    struct.pack_into(">III", data, 14, 1024 * 1024, 16, 4)
    vault_path.write_bytes(bytes(data))
    start = time.perf_counter()
    with pytest.raises(VaultError) as err:
        Vault.open(vault_path, passphrase=PASSPHRASE, max_kdf_seconds=1.0)
    assert err.value.code == "kdf_slow"
    assert int(err.value.params["seconds"]) >= 1
    assert time.perf_counter() - start < 2.0
    # the same file with the time allowed goes on to the derivation (which then fails:
    # the slot was bound to the old parameters) — here only the estimate is checked
    assert kdf.estimate_seconds(kdf.RFC9106_SECOND) is None


GOLDEN_V2 = Path(__file__).parent / "data" / "vault-v2"


def test_golden_version_2_file_opens(tmp_path: Path) -> None:
    """The format-2 golden file keeps opening with its passphrase and recovery key."""
    import json

    for case in json.loads((GOLDEN_V2 / "manifest.json").read_text(encoding="utf-8")):
        path = tmp_path / case["file"]
        shutil.copyfile(GOLDEN_V2 / case["file"], path)
        assert fmt.read_header(path).version == 2
        for secret in ({"passphrase": case["passphrase"]}, {"recovery_key": case["recovery_key"]}):
            v = Vault.open(path, read_only=True, **secret)
            row = v.db.execute("SELECT value FROM counters WHERE name = 'testkit'").fetchone()
            assert row == (case["counter"],)
            v.close()


def test_every_header_byte_of_a_version_2_file_is_guarded(tmp_path: Path) -> None:
    """A flipped bit anywhere in a v2 header (slots, public and ephemeral keys included)
    is refused, never opened and never a crash."""
    src = (GOLDEN_V2 / "good.mandaat").read_bytes()
    header = fmt.unpack_header(src, "")
    path = tmp_path / "flip.mandaat"
    for offset in range(header.size()):
        data = bytearray(src)
        data[offset] ^= 0x01
        path.write_bytes(bytes(data))
        with pytest.raises(VaultError):
            Vault.open(path, passphrase="testkit wachtwoord 2", read_only=True).close()
