"""`mandaat init / info / passwd / log` through the real entry point: output and exit codes."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from cli_helpers import run

PW = {"MANDAAT_PASSPHRASE": "een zin als wachtwoord"}


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _init(path: Path) -> str:
    r = run("init", str(path), env=PW)
    assert r.returncode == 0, r.stderr
    m = re.search(r"([A-Z2-7]{4}(?:-[A-Z2-7]{4}){7})", r.stdout)
    assert m, r.stdout
    return m.group(1)


def test_init_info_log(tmp_path: Path) -> None:
    vault = tmp_path / "werk.mandaat"
    _init(vault)
    info = run("info", str(vault))
    assert info.returncode == 0
    assert "Formaatversie:    2" in info.stdout
    assert "wachtwoord, herstelsleutel" in info.stdout
    log = run("log", str(vault), env=PW)
    assert log.returncode == 0, log.stderr
    assert "kluis aangemaakt" in log.stdout
    assert "hashketen klopt" in log.stdout


def test_init_refuses_existing_and_missing_passphrase(tmp_path: Path) -> None:
    vault = tmp_path / "werk.mandaat"
    _init(vault)
    before = _sha(vault)
    r = run("init", str(vault), env=PW)
    assert r.returncode == 1 and "bestaat al" in r.stderr
    assert _sha(vault) == before
    r = run("init", str(tmp_path / "ander.mandaat"), stdin="")
    assert r.returncode == 2
    assert "MANDAAT_PASSPHRASE" in r.stderr
    assert not (tmp_path / "ander.mandaat").exists()


def test_passphrase_file_and_passwd(tmp_path: Path) -> None:
    vault = tmp_path / "werk.mandaat"
    pwfile = tmp_path / "pw.txt"
    pwfile.write_text("uit een bestand\n", encoding="utf-8")
    r = run("init", str(vault), "--passphrase-file", str(pwfile))
    assert r.returncode == 0, r.stderr
    newfile = tmp_path / "nieuw.txt"
    newfile.write_text("het nieuwe wachtwoord\n", encoding="utf-8")
    r = run(
        "passwd",
        str(vault),
        "--passphrase-file",
        str(pwfile),
        "--new-passphrase-file",
        str(newfile),
    )
    assert r.returncode == 0, r.stderr
    assert run("log", str(vault), "--passphrase-file", str(pwfile)).returncode == 1
    ok = run("log", str(vault), "--passphrase-file", str(newfile))
    assert ok.returncode == 0 and "wachtwoord gewijzigd" in ok.stdout


def test_recovery_key_resets_a_forgotten_passphrase(tmp_path: Path) -> None:
    vault = tmp_path / "werk.mandaat"
    recovery = _init(vault)
    r = run(
        "passwd",
        str(vault),
        "--recovery",
        env={"MANDAAT_RECOVERY_KEY": recovery, "MANDAAT_NEW_PASSPHRASE": "weer bekend"},
    )
    assert r.returncode == 0, r.stderr
    assert run("log", str(vault), env={"MANDAAT_PASSPHRASE": "weer bekend"}).returncode == 0


def test_wrong_passphrase_exit_1_file_unchanged(tmp_path: Path) -> None:
    vault = tmp_path / "werk.mandaat"
    _init(vault)
    before = _sha(vault)
    r = run("passwd", str(vault), env={"MANDAAT_PASSPHRASE": "fout", "MANDAAT_NEW_PASSPHRASE": "x"})
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1 and "onjuist wachtwoord" in r.stderr
    assert "fout" not in r.stderr.replace("onjuist", "")
    assert _sha(vault) == before


def test_damaged_files_give_one_line_and_exit_1(tmp_path: Path) -> None:
    vault = tmp_path / "werk.mandaat"
    _init(vault)
    data = vault.read_bytes()
    cases = {
        "leeg.mandaat": (b"", "leeg"),
        "vreemd.mandaat": (b"%PDF-1.7\n", "geen Mandaat-kluis"),
        "kort.mandaat": (data[:2000], "afgekapt"),
        "gewijzigd.mandaat": (
            data[:-50] + bytes([data[-50] ^ 4]) + data[-49:],
            "gewijzigd of beschadigd",
        ),
    }
    for name, (blob, words) in cases.items():
        f = tmp_path / name
        f.write_bytes(blob)
        r = run("log", str(f), env=PW)
        assert r.returncode == 1, name
        assert words in r.stderr, (name, r.stderr)
        assert r.stderr.count("\n") == 1
        assert "Traceback" not in r.stderr
        assert f.read_bytes() == blob


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("info").returncode == 2
    assert run("log", str(tmp_path / "bestaat-niet.mandaat"), env=PW).returncode == 2
    assert run("init", "--passphrase", "x", str(tmp_path / "a.mandaat")).returncode == 2


def test_remember_without_secure_keyring_fails_closed(tmp_path: Path) -> None:
    vault = tmp_path / "werk.mandaat"
    r = run("init", str(vault), "--remember", env=PW)
    assert r.returncode == 1
    assert "niet beschikbaar" in r.stderr
    assert not vault.exists()


def test_version_names_format(tmp_path: Path) -> None:
    r = run("--version")
    assert r.returncode == 0
    assert re.match(r"mandaat \d+\.\d+\.\d+ \(kluisformaat 2\)", r.stdout)


def test_new_recovery_key_replaces_the_old(tmp_path: Path) -> None:
    vault = tmp_path / "werk.mandaat"
    old = _init(vault)
    r = run("passwd", str(vault), "--new-recovery-key", env=PW)
    assert r.returncode == 0, r.stderr
    new = re.search(r"([A-Z2-7]{4}(?:-[A-Z2-7]{4}){7})", r.stdout)
    assert new and new.group(1) != old
    rk = {"MANDAAT_RECOVERY_KEY": old}
    assert run("log", str(vault), "--recovery", env=rk).returncode == 1
    rk = {"MANDAAT_RECOVERY_KEY": new.group(1)}
    assert run("log", str(vault), "--recovery", env=rk).returncode == 0
    assert run("log", str(vault), env=PW).returncode == 0  # passphrase unchanged


def test_passwd_revokes_the_old_passphrase_for_every_kept_file(tmp_path: Path) -> None:
    vault = tmp_path / "werk.mandaat"
    _init(vault)
    for _ in range(3):  # saves, so backups exist
        assert run("passwd", str(vault), "--new-recovery-key", env=PW).returncode == 0
    new = {"MANDAAT_PASSPHRASE": "een andere lange zin"}
    r = run("passwd", str(vault), env={**PW, "MANDAAT_NEW_PASSPHRASE": new["MANDAAT_PASSPHRASE"]})
    assert r.returncode == 0, r.stderr
    assert "opent niets meer" in r.stdout
    kept = [vault, *sorted(tmp_path.glob("werk.mandaat.bak*"))]
    assert len(kept) == 4
    for f in kept:
        old = run("log", str(f), "--accept-older", env=PW)
        assert old.returncode == 1 and "onjuist wachtwoord" in old.stderr, f.name
        assert run("log", str(f), "--accept-older", env=new).returncode == 0, f.name


def test_costly_header_needs_max_kdf_seconds(tmp_path: Path) -> None:
    import struct

    vault = tmp_path / "zwaar.mandaat"
    _init(vault)
    data = bytearray(vault.read_bytes())
    struct.pack_into(">III", data, 14, 1024 * 1024, 16, 4)
    vault.write_bytes(bytes(data))
    r = run("log", str(vault), "--max-kdf-seconds", "0.5", env=PW)
    assert r.returncode == 1
    assert len(r.stderr.strip().splitlines()) == 1 and "--max-kdf-seconds" in r.stderr
    r = run("log", str(vault), "--max-kdf-seconds", "-3", env=PW)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
