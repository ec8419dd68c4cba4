"""The vault on real files: round trip, key slots, saving, locking and the audit log."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from mandaat.errors import VaultError
from mandaat.vault import atomic, audit, schema
from mandaat.vault import fileformat as fmt
from mandaat.vault.file import OLDER_VIEW, Vault


def _put(vault: Vault, name: str, value: int) -> None:
    vault.db.execute(
        "INSERT INTO counters (name, value) VALUES (?, ?)"
        " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        (name, value),
    )
    vault.commit("teller gezet", name)


def _get(vault: Vault, name: str) -> int | None:
    row = vault.db.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()
    return None if row is None else int(row[0])


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_round_trip(vault_path: Path) -> None:
    vault, recovery = Vault.create(vault_path, PASSPHRASE)
    _put(vault, "bids", 42)
    vault.close()
    assert not vault.is_open

    again = Vault.open(vault_path, passphrase=PASSPHRASE)
    assert _get(again, "bids") == 42
    assert schema.current_version(again.db) == schema.latest_version()
    again.close()

    by_recovery = Vault.open(vault_path, recovery_key=recovery.lower().replace("-", " "))
    assert _get(by_recovery, "bids") == 42
    by_recovery.close()


def test_recovery_key_is_printable_groups(vault_path: Path) -> None:
    vault, recovery = Vault.create(vault_path, PASSPHRASE)
    vault.close()
    groups = recovery.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert fmt.parse_recovery_key(recovery) == fmt.parse_recovery_key(recovery.replace("-", ""))


def test_nothing_plaintext_on_disk(vault_path: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    vault.db.execute("CREATE TABLE secrets (v TEXT)")
    vault.db.execute("INSERT INTO secrets VALUES ('NETTOPRIJS-31415926')")
    vault.commit("geheim")
    vault.close()
    for f in vault_path.parent.iterdir():
        data = f.read_bytes()
        assert b"NETTOPRIJS-31415926" not in data, f.name
        assert b"SQLite format" not in data, f.name
        assert PASSPHRASE.encode() not in data


def test_wrong_passphrase_is_refused_and_file_unchanged(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE)[0].close()
    before = _sha(vault_path)
    with pytest.raises(VaultError) as err:
        Vault.open(vault_path, passphrase="fout")
    assert err.value.code == "wrong_key"
    assert _sha(vault_path) == before
    with pytest.raises(VaultError) as err:
        Vault.open(vault_path, recovery_key="A" * 32)
    assert err.value.code == "wrong_key"


def test_change_passphrase_rotates_the_data_key(vault_path: Path) -> None:
    vault, recovery = Vault.create(vault_path, PASSPHRASE)
    _put(vault, "x", 1)
    old_key = vault._key()
    old_slot = vault.header.slot(fmt.SLOT_PASSPHRASE)
    old_recovery_slot = vault.header.slot(fmt.SLOT_RECOVERY)
    assert vault.change_passphrase("een heel nieuw wachtwoord") is None  # v2: no new key
    assert vault._key() != old_key
    assert vault.header.slot(fmt.SLOT_PASSPHRASE) != old_slot
    new_recovery_slot = vault.header.slot(fmt.SLOT_RECOVERY)
    assert new_recovery_slot is not None and old_recovery_slot is not None
    # the recovery slot is sealed anew, to the same public key (its secret is unchanged)
    assert new_recovery_slot.wrapped != old_recovery_slot.wrapped
    assert new_recovery_slot.public == old_recovery_slot.public
    vault.close()
    with pytest.raises(VaultError):
        Vault.open(vault_path, passphrase=PASSPHRASE)
    v = Vault.open(vault_path, passphrase="een heel nieuw wachtwoord")
    assert _get(v, "x") == 1
    v.close()
    v = Vault.open(vault_path, recovery_key=recovery)  # the recovery key still opens
    assert [e.action for e in v.audit_log()][-1] == "passphrase_changed"
    v.close()


def test_empty_passphrase_refused(vault_path: Path) -> None:
    with pytest.raises(VaultError) as err:
        Vault.create(vault_path, "")
    assert err.value.code == "empty_passphrase"
    assert not vault_path.exists()


def test_create_refuses_existing_file(vault_path: Path) -> None:
    vault_path.write_bytes(b"mijn werk")
    with pytest.raises(VaultError) as err:
        Vault.create(vault_path, PASSPHRASE)
    assert err.value.code == "exists"
    assert vault_path.read_bytes() == b"mijn werk"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_new_files_are_owner_only(vault_path: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    _put(vault, "x", 1)
    vault.close()
    for f in vault_path.parent.iterdir():
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f.name


def test_backups_rotate_and_each_opens(vault_path: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    for i in range(1, 6):
        _put(vault, "n", i)
    vault.close()
    names = sorted(p.name for p in vault_path.parent.iterdir())
    assert names == [
        "test.mandaat",
        "test.mandaat.bak1",
        "test.mandaat.bak2",
        "test.mandaat.bak3",
        "test.mandaat.lock",
    ]
    seen = []
    for n in (1, 2, 3):
        backup = atomic.backup_name(vault_path, n)
        # a backup is an older state: looked at read-only, never accepted silently
        with pytest.raises(VaultError) as err:
            Vault.open(backup, passphrase=PASSPHRASE, read_only=True)
        assert err.value.code == "older_state"
        v = Vault.open(backup, passphrase=PASSPHRASE, older=OLDER_VIEW)
        seen.append(_get(v, "n"))
        v.close()
    assert seen == [4, 3, 2]


def test_stale_temp_files_removed_on_open(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE)[0].close()
    stale = atomic.temp_name(vault_path)
    stale.write_bytes(b"half geschreven")
    other = vault_path.parent / "andermans.tmp"
    other.write_bytes(b"niet van ons")
    Vault.open(vault_path, passphrase=PASSPHRASE).close()
    assert not stale.exists()
    assert other.exists()


def test_refuses_to_save_over_a_vault_changed_on_disk(vault_path: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    _put(vault, "n", 1)
    # Another copy of the app (or a sync client) replaces the file meanwhile.
    other = vault_path.read_bytes()
    vault_path.write_bytes(other[:-1] + bytes([other[-1] ^ 1]))
    changed = _sha(vault_path)
    with pytest.raises(VaultError) as err:
        _put(vault, "n", 2)
    assert err.value.code == "changed_on_disk"
    assert _sha(vault_path) == changed
    vault.close()


def test_second_process_cannot_open_for_writing(vault_path: Path, tmp_path: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    before = _sha(vault_path)
    code = textwrap.dedent(
        f"""
        import sys
        from mandaat.vault.file import OLDER_VIEW, Vault
        from mandaat.errors import VaultError
        try:
            Vault.open({str(vault_path)!r}, passphrase={PASSPHRASE!r})
        except VaultError as e:
            print(e.code)
            sys.exit(1)
        print("opened")
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "locked", out.stderr
    assert _sha(vault_path) == before
    # Reading (e.g. `mandaat log`) is still possible while the writer holds the lock.
    reader = Vault.open(vault_path, passphrase=PASSPHRASE, read_only=True)
    reader.close()
    vault.close()
    Vault.open(vault_path, passphrase=PASSPHRASE).close()  # lock released


def test_read_only_vault_cannot_save(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE)[0].close()
    v = Vault.open(vault_path, passphrase=PASSPHRASE, read_only=True)
    with pytest.raises(VaultError):
        v.save()
    v.close()


def test_no_key_nonce_pair_repeats(vault_path: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    data_key = vault._key()
    pairs = set()
    nonces = set()
    for i in range(300):
        vault.db.execute("INSERT OR REPLACE INTO counters VALUES ('n', ?)", (i,))
        vault.db.commit()
        vault.save()
        h = fmt.unpack_header(vault_path.read_bytes(), "x")
        assert len(h.payload_nonce) == fmt.NONCE_BYTES
        pairs.add((fmt.payload_key(data_key, h.payload_salt), h.payload_nonce))
        nonces.add(h.payload_nonce)
    vault.close()
    assert len(pairs) == 300
    assert len(nonces) == 300


def test_audit_log_is_chained_and_append_only(vault_path: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    for i in range(3):
        _put(vault, "n", i)
    log = vault.audit_log()
    assert [e.seq for e in log] == [1, 2, 3, 4]
    assert log[0].action == "vault_created"
    from mandaat.vault.fileformat import FORMAT_VERSION

    assert audit.decode(log[0].detail) == ("vault_created", {"version": FORMAT_VERSION})
    assert audit.verify(log) is None
    with pytest.raises(sqlite3.DatabaseError):
        vault.db.execute("UPDATE audit_log SET detail = 'anders' WHERE seq = 2")
    with pytest.raises(sqlite3.DatabaseError):
        vault.db.execute("DELETE FROM audit_log WHERE seq = 2")
    vault.db.rollback()
    # Rewriting history (possible only by dropping the triggers) is detected.
    vault.db.execute("DROP TRIGGER audit_log_no_update")
    vault.db.execute("UPDATE audit_log SET detail = 'herschreven' WHERE seq = 2")
    assert audit.verify(audit.entries(vault.db)) == 2
    vault.db.rollback()
    vault.close()


def test_newer_schema_is_refused(vault_path: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    vault.db.execute("UPDATE schema_version SET version = 999")
    vault.commit("toekomst")
    vault.close()
    with pytest.raises(VaultError) as err:
        Vault.open(vault_path, passphrase=PASSPHRASE)
    assert err.value.code == "schema_too_new"


def test_migrations_run_on_open(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Vault.create(vault_path, PASSPHRASE)[0].close()

    def add_table(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE extra (id INTEGER PRIMARY KEY) STRICT")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, add_table])
    v = Vault.open(vault_path, passphrase=PASSPHRASE)
    assert schema.current_version(v.db) == len(schema.MIGRATIONS)
    assert v.audit_log()[-1].action == "schema_updated"
    v.close()
    v = Vault.open(vault_path, passphrase=PASSPHRASE, read_only=True)
    assert v.db.execute("SELECT count(*) FROM extra").fetchone() == (0,)
    v.close()


def test_integrity_check_on_load(vault_path: Path) -> None:
    """A payload that decrypts but is not a sound database is refused."""
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    key = vault._key()
    header = vault.header
    vault.close()
    vault_path.write_bytes(fmt.seal(header, key, b"SQLite format 3\x00" + b"\xff" * 4080))
    with pytest.raises(VaultError) as err:
        Vault.open(vault_path, passphrase=PASSPHRASE)
    assert err.value.code == "integrity"


def test_error_messages_hold_no_secrets(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE)[0].close()
    with pytest.raises(VaultError) as err:
        Vault.open(vault_path, passphrase="geheim-wachtwoord-123")
    assert "geheim-wachtwoord-123" not in str(err.value)
    assert str(vault_path) in str(err.value)


def test_kdf_refuses_costly_parameters_at_once(vault_path: Path) -> None:
    import struct
    import time

    Vault.create(vault_path, PASSPHRASE)[0].close()
    data = bytearray(vault_path.read_bytes())
    struct.pack_into(">I", data, 14, 4 * 1024 * 1024)  # 4 GiB of memory
    vault_path.write_bytes(bytes(data))
    start = time.perf_counter()
    with pytest.raises(VaultError) as err:
        Vault.open(vault_path, passphrase=PASSPHRASE)
    assert err.value.code == "kdf_too_costly"
    assert time.perf_counter() - start < 1.0


def test_wrong_passphrase_and_changed_file_are_worded_apart(vault_path: Path) -> None:
    """A slot that does not open is a typo, not an alarm; a slot that opens with a body that
    does not is a changed or damaged file."""
    Vault.create(vault_path, PASSPHRASE)[0].close()
    with pytest.raises(VaultError) as wrong:
        Vault.open(vault_path, passphrase="fout")
    assert str(wrong.value).endswith("onjuist wachtwoord of herstelsleutel")
    assert "gewijzigd" not in str(wrong.value) and "gemanipuleerd" not in str(wrong.value)
    data = bytearray(vault_path.read_bytes())
    data[-20] ^= 0x10  # inside the sealed body, after the header
    vault_path.write_bytes(bytes(data))
    with pytest.raises(VaultError) as changed:
        Vault.open(vault_path, passphrase=PASSPHRASE)
    assert changed.value.code == "tampered"
    assert "het bestand is gewijzigd of beschadigd" in str(changed.value)
    assert "wachtwoord" not in str(changed.value)
