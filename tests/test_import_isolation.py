"""The workbook is read in a child process with hard limits: whatever the child does
(abort, segfault, allocation failure, endless loop), the parent reports one line,
exits 1 and stores nothing; the package checks refuse names and targets that readers
could resolve differently (issue 13)."""

from __future__ import annotations

import hashlib
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_helpers import run
from openpyxl import Workbook

from mandaat.importing import (
    BID_HEADERS,
    DOSSIER_HEADERS,
    Limits,
    WorkbookError,
    format_workbook_error,
)
from mandaat.importing.apply import read_import
from mandaat.importing.errors import ImportCancelledError
from mandaat.importing.isolation import TEST_HOOK, child_environment

PASSPHRASE = "een zin als wachtwoord"
PW = {"MANDAAT_PASSPHRASE": PASSPHRASE}
#: every hostile case must end well within this (the child is killed after it)
FAST = Limits(max_seconds=2.0, max_cpu_seconds=2)

MEMORY = "het werkboek is geweigerd: het vraagt meer geheugen dan toegestaan"
FAILED = "het werkboek kon niet worden gelezen"
TIME = "het werkboek is geweigerd: het lezen duurt langer dan toegestaan"


def sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def workbook(folder: Path, name: str = "bod.xlsx") -> Path:
    """A dossier and a bid for it: imports into an empty vault."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Biedingen"
    ws.append(list(BID_HEADERS))
    ws.append(["Enhertu", None, "1-3-2026", 1, "leverancier", "55,5%"])
    ws = wb.create_sheet("Dossiers")
    ws.append(list(DOSSIER_HEADERS))
    ws.append(["Enhertu", "trastuzumab deruxtecan", "HER2-low", "Daiichi Sankyo", "11-2-2021"])
    path = folder / name
    wb.save(path)
    return path


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "werk.mandaat"
    r = run("init", str(path), env=PW)
    assert r.returncode == 0, r.stderr
    return path


def refusal(path: Path, limits: Limits = FAST) -> WorkbookError:
    start = time.monotonic()
    with pytest.raises(WorkbookError) as info:
        read_import(path, limits=limits)
    assert time.monotonic() - start < limits.max_seconds + 1
    return info.value


# --------------------------------------------------------------------------- the child


@pytest.mark.parametrize(
    ("hook", "message"),
    [("abort", FAILED), ("segfault", FAILED), ("exit", FAILED), ("memory", MEMORY)],
)
@pytest.mark.parametrize("dry_run", [True, False])
def test_a_crashing_reader_refuses_the_workbook_through_the_cli(
    tmp_path: Path, vault: Path, hook: str, message: str, dry_run: bool
) -> None:
    book = workbook(tmp_path)
    before = sha(vault)
    args = ["import", str(vault), str(book), *(["--dry-run"] if dry_run else [])]
    r = run(*args, env={**PW, TEST_HOOK: hook})
    assert r.returncode == 1, r.stderr
    assert r.stderr == f"mandaat: bod.xlsx: {message}\n"
    assert "Traceback" not in r.stdout + r.stderr
    assert sha(vault) == before
    # without the hook the same workbook imports: the parent survived, nothing broke
    r = run("import", str(vault), str(book), "--dry-run", env=PW)
    assert r.returncode == 0, r.stderr


def test_an_endless_reader_is_stopped_by_the_cpu_and_wall_limits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = workbook(tmp_path)
    monkeypatch.setenv(TEST_HOOK, "spin")  # burns CPU: RLIMIT_CPU ends it
    err = refusal(book, Limits(max_cpu_seconds=1, max_seconds=5))
    assert err.code == "time_limit"
    assert format_workbook_error(err) == TIME
    monkeypatch.setenv(TEST_HOOK, "hang")  # sleeps: the wall clock ends it
    err = refusal(book, Limits(max_seconds=1.0))
    assert err.code == "time_limit"


def test_cancel_kills_the_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TEST_HOOK, "hang")
    start = time.monotonic()
    stop_at = start + 0.3
    with pytest.raises(ImportCancelledError):
        read_import(workbook(tmp_path), cancel=lambda: time.monotonic() > stop_at)
    assert time.monotonic() - start < 2


def test_the_child_gets_no_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MANDAAT_PASSPHRASE", "geheim")
    monkeypatch.setenv("MANDAAT_RECOVERY_KEY", "ook geheim")
    monkeypatch.setenv(TEST_HOOK, "abort")
    env = child_environment()
    assert "MANDAAT_PASSPHRASE" not in env and "MANDAAT_RECOVERY_KEY" not in env
    assert env[TEST_HOOK] == "abort"


def test_a_real_workbook_still_reads_in_the_child(tmp_path: Path) -> None:
    data, columns = read_import(workbook(tmp_path), limits=FAST)
    [row] = data.bid_rows
    assert row.values["drug"] == "Enhertu" and str(row.values["discount_pct"]) == "55.5"
    assert columns["Biedingen"]["drug"] == ("A", "Geneesmiddel")


# --------------------------------------------------------------------------- package names


def rewrite(
    src: Path,
    dst: Path,
    change: Callable[[str, bytes], list[tuple[str, bytes]]],
) -> Path:
    """Copy a package entry by entry; ``change(name, data)`` gives the entries to write."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            for name, data in change(info.filename, zin.read(info)):
                zout.writestr(zipfile.ZipInfo(name), data)
    return dst


SHEET = "xl/worksheets/sheet1.xml"
FAR = (
    b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
    b'spreadsheetml/2006/main"><sheetData><row r="1048576"><c r="XFD1048576" t="n"><v>1</v>'
    b"</c></row></sheetData></worksheet>"
)


def _keep(name: str, data: bytes) -> list[tuple[str, bytes]]:
    return [(name, data)]


CASES: dict[str, Callable[[str, bytes], list[tuple[str, bytes]]]] = {
    # the attack of the issue: a second sheet behind a "." segment, and a target to it
    "dot segment entry": lambda n, d: (
        [(n, d), ("xl/./worksheets/sheet1.xml", FAR)]
        if n == SHEET
        else [(n, d.replace(b"worksheets/sheet1.xml", b"./worksheets/sheet1.xml"))]
        if n == "xl/_rels/workbook.xml.rels"
        else _keep(n, d)
    ),
    "dot segment target": lambda n, d: (
        [(n, d.replace(b'Target="/xl/worksheets/', b'Target="/xl/./worksheets/'))]
        if n == "xl/_rels/workbook.xml.rels"
        else _keep(n, d)
    ),
    "dot-dot target": lambda n, d: (
        [(n, d.replace(b'Target="/xl/worksheets/', b'Target="/xl/worksheets/../worksheets/'))]
        if n == "xl/_rels/workbook.xml.rels"
        else _keep(n, d)
    ),
    "double slash target": lambda n, d: (
        [(n, d.replace(b'Target="/xl/worksheets/', b'Target="//xl/worksheets/'))]
        if n == "xl/_rels/workbook.xml.rels"
        else _keep(n, d)
    ),
    "backslash entry": lambda n, d: (
        [(n, d), ("xl\\worksheets\\sheet1.xml", FAR)] if n == SHEET else _keep(n, d)
    ),
    "leading slash entry": lambda n, d: [(n, d), ("/" + SHEET, FAR)] if n == SHEET else _keep(n, d),
    "case twin": lambda n, d: (
        [(n, d), ("xl/worksheets/Sheet1.xml", FAR)] if n == SHEET else _keep(n, d)
    ),
    "case target": lambda n, d: (
        [(n, d.replace(b"worksheets/sheet1.xml", b"worksheets/SHEET1.xml"))]
        if n == "xl/_rels/workbook.xml.rels"
        else _keep(n, d)
    ),
    "normalisation twin": lambda n, d: (
        [
            (n, d),
            ("xl/worksheets/caf\u00e9.xml", FAR),
            ("xl/worksheets/cafe\u0301.xml", FAR),
        ]
        if n == SHEET
        else _keep(n, d)
    ),
    "encoded dot target": lambda n, d: (
        [(n, d.replace(b'Target="/xl/worksheets/', b'Target="/xl/%2e/worksheets/'))]
        if n == "xl/_rels/workbook.xml.rels"
        else _keep(n, d)
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_names_and_targets_that_readers_could_resolve_differently_are_refused(
    tmp_path: Path, case: str
) -> None:
    crafted = rewrite(workbook(tmp_path), tmp_path / "crafted.xlsx", CASES[case])
    err = refusal(crafted)
    assert err.code == "damaged", err
    assert "beschadigd" in format_workbook_error(err)


def test_the_crafted_workbook_of_the_issue_is_refused_by_the_cli(
    tmp_path: Path, vault: Path
) -> None:
    crafted = rewrite(workbook(tmp_path), tmp_path / "crafted.xlsx", CASES["dot segment entry"])
    before = sha(vault)
    for extra in (["--dry-run"], []):
        r = run("import", str(vault), str(crafted), *extra, env=PW)
        assert r.returncode == 2, r.stderr
        assert r.stderr.startswith("mandaat: crafted.xlsx: het bestand is beschadigd")
        assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert sha(vault) == before


def test_targets_as_excel_writes_them_are_accepted(tmp_path: Path) -> None:
    """Relative targets (``worksheets/sheet1.xml``) and leading ``..`` segments
    (``../printerSettings/…`` from a sheet) are what Excel writes."""
    rels = (
        b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        b'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        b'schemas.openxmlformats.org/officeDocument/2006/relationships/printerSettings" '
        b'Target="../printerSettings/printerSettings1.bin"/></Relationships>'
    )

    def relative(name: str, data: bytes) -> list[tuple[str, bytes]]:
        if name == "xl/_rels/workbook.xml.rels":
            return [(name, data.replace(b'Target="/xl/worksheets/', b'Target="worksheets/'))]
        if name == SHEET:
            return [
                (name, data),
                ("xl/worksheets/_rels/sheet1.xml.rels", rels),
                ("xl/printerSettings/printerSettings1.bin", b"\0" * 16),
            ]
        return [(name, data)]

    book = rewrite(workbook(tmp_path), tmp_path / "relative.xlsx", relative)
    data, _ = read_import(book, limits=FAST)
    assert len(data.bid_rows) == 1


# --------------------------------------------------------------------------- the window


def test_the_window_survives_a_crashing_reader_and_cancel_ends_it(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ui_helpers import FakePaths

    from mandaat.vault import store
    from mandaat.vault.session import Session
    from ui.demo import DemoVault
    from ui.import_wizard import ImportWizard

    demo = DemoVault()
    vault = demo.open()
    try:
        session = Session(vault)
        before = store.counts(vault.db)
        file_before = demo.path.read_bytes()
        book = workbook(tmp_path)
        wizard = ImportWizard(session, paths=FakePaths(open_=book))
        qtbot.addWidget(wizard)
        wizard.show()

        monkeypatch.setenv(TEST_HOOK, "segfault")
        wizard.choose_file()
        qtbot.waitUntil(lambda: not wizard.busy, timeout=20_000)
        assert wizard.summary.text() == f"⚠ bod.xlsx: {FAILED}"
        assert not wizard.import_button.isEnabled()

        monkeypatch.setenv(TEST_HOOK, "hang")  # reading never ends: cancel ends the child
        wizard.recheck()
        assert wizard.busy
        start = time.monotonic()
        wizard.cancel()
        qtbot.waitUntil(lambda: not wizard.busy, timeout=5_000)
        assert time.monotonic() - start < 2
        assert "geannuleerd" in wizard.summary.text()

        monkeypatch.delenv(TEST_HOOK)  # and the window still reads a workbook
        wizard.recheck()
        qtbot.waitUntil(lambda: not wizard.busy, timeout=20_000)
        assert wizard.plan is not None
        assert store.counts(vault.db) == before
        assert demo.path.read_bytes() == file_before
    finally:
        vault.close()
        demo.cleanup()


def test_a_pipe_is_refused_at_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A named pipe would make the reader wait until its time limit: refused before the
    child starts, in one line, exit 2 like any unreadable file."""
    import os
    import time

    from cli_helpers import run

    fifo = tmp_path / "bids.xlsx"
    os.mkfifo(fifo)
    from mandaat.vault.file import Vault

    vault = tmp_path / "v.mandaat"
    Vault.create(vault, "x" * 12)[0].close()
    start = time.monotonic()
    r = run("import", str(vault), str(fifo), "--dry-run", env={"MANDAAT_PASSPHRASE": "x" * 12})
    assert time.monotonic() - start < 20
    assert r.returncode == 2, r.stdout + r.stderr
    assert "kan niet worden gelezen" in r.stdout + r.stderr
    assert "Traceback" not in r.stderr + r.stdout
