"""Written in the right order: the audit entry before the document; a failed entry
leaves no document; confidential exports owner-only; leftovers of an interrupted
export removed at the next start."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import run
from test_export_cli import PW, _vault

from mandaat import demo
from mandaat.errors import MandaatError
from mandaat.export import publish, staging
from mandaat.vault import atomic, schema
from mandaat.vault.file import Vault

TODAY = dt.date(2026, 4, 1)


@pytest.fixture(autouse=True)
def _state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    state = tmp_path / "state"
    monkeypatch.setenv("MANDAAT_STATE_DIR", str(state))
    return state


@pytest.fixture
def data() -> publish.Data:
    db = sqlite3.connect(":memory:")
    schema.migrate(db)
    demo.populate(db)
    return publish.load(db)


def _left(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_audit_entry_comes_before_the_document(
    tmp_path: Path, data: publish.Data, suffix: str
) -> None:
    out = tmp_path / "out" / f"nota{suffix}"
    seen: list[bool] = []
    publish.export_nota(
        data, "Enhertu", "nota", out, today=TODAY, record=lambda: seen.append(out.exists())
    )
    assert seen == [False] and out.exists()
    pkg = tmp_path / "woo"
    publish.export_woo(data, pkg, today=TODAY, record=lambda: seen.append(pkg.exists()))
    assert seen == [False, False] and (pkg / "0001.pdf").exists()


def test_a_failed_audit_entry_leaves_no_document(tmp_path: Path, data: publish.Data) -> None:
    def full_disk() -> None:
        raise OSError(28, "No space left on device")

    out = tmp_path / "out" / "nota.pdf"
    with pytest.raises(OSError):
        publish.export_nota(data, "Enhertu", "nota", out, today=TODAY, record=full_disk)
    assert _left(out.parent) == []
    with pytest.raises(OSError):
        publish.export_woo(data, tmp_path / "out" / "woo", today=TODAY, record=full_disk)
    assert _left(out.parent) == []
    assert staging._read() == []


def test_a_full_disk_at_the_audit_entry_leaves_no_document(tmp_path: Path) -> None:
    """A real vault on a disk that is full: its commit fails, so no nota and no package."""
    v = _vault(tmp_path)
    vault = Vault.open(v, passphrase=PW["MANDAAT_PASSPHRASE"], ops=FullDisk())
    try:
        data = publish.load(vault.db)
        out = tmp_path / "out"
        with pytest.raises(MandaatError):
            publish.export_nota(
                data,
                "Enhertu",
                "nota",
                out / "n.pdf",
                today=TODAY,
                record=lambda: vault.commit("export", "nota: n.pdf"),
            )
        with pytest.raises(MandaatError):
            publish.export_woo(
                data, out / "woo", today=TODAY, record=lambda: vault.commit("export", "woo")
            )
        assert _left(out) == []
    finally:
        vault.close()


class FullDisk(atomic.FileOps):
    """A disk with no room for a new file (as in test_vault_faults)."""

    def write(self, fd: int, data: memoryview) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize(
    ("audience", "private"), [("nota", True), ("intern", True), ("woo", False)]
)
def test_confidential_exports_are_owner_only(
    tmp_path: Path, data: publish.Data, audience: str, private: bool
) -> None:
    out = publish.export_nota(
        data,
        "Enhertu",
        audience,
        tmp_path / "n.docx",
        today=TODAY,  # type: ignore[arg-type]
    )
    mode = stat.S_IMODE(out.stat().st_mode)
    if private:
        assert mode == 0o600
    else:
        assert mode & 0o077 == 0o044 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_leftovers_of_an_interrupted_export_are_removed_at_the_next_start(
    tmp_path: Path, _state: Path
) -> None:
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    dead = elsewhere / f"{staging.PREFIX}{_dead_pid()}-abc"
    dead.mkdir()
    (dead / "nota.pdf").write_bytes(b"%PDF- never leak-checked")
    staging._write([str(dead)])
    mine = elsewhere / f"{staging.PREFIX}{os.getpid()}-live"
    mine.mkdir()
    other = elsewhere / "gewone-map"
    other.mkdir()
    r = run(
        "log", str(tmp_path / "bestaat-niet.mandaat"), env={**PW, "MANDAAT_STATE_DIR": str(_state)}
    )
    assert r.returncode != 0  # the command fails, the sweep ran before it
    assert not dead.exists()
    assert mine.exists() and other.exists()  # a live export's folder, a user's folder
    assert staging._read() == []


def test_an_export_sweeps_its_destination_folder(tmp_path: Path, data: publish.Data) -> None:
    dead = tmp_path / f"{staging.PREFIX}{_dead_pid()}-xyz"
    dead.mkdir()
    publish.export_nota(data, "Enhertu", "woo", tmp_path / "n.pdf", today=TODAY)
    assert _left(tmp_path) == ["n.pdf", "state"]
