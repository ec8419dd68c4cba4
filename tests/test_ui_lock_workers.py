"""A lock during a running import (issue 14): the import is asked to stop and waited for
before the vault closes, so the vault holds all of it or none of it, and nothing breaks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from ui_helpers import QT_MARKS, Answers, FakePaths, no_leaks, settings  # noqa: F401

from mandaat.importing import BID_HEADERS, DOSSIER_HEADERS
from mandaat.vault.file import Vault
from ui import workers
from ui.demo import DemoVault
from ui.import_wizard import ImportWizard
from ui.main_window import MainWindow

pytestmark = QT_MARKS

ROWS = 3000


def big_workbook(path: Path) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    dossiers = wb.create_sheet("Dossiers")
    dossiers.append(list(DOSSIER_HEADERS))
    row: list[Any] = [None] * len(DOSSIER_HEADERS)
    row[0], row[2], row[7], row[6] = "Testimab", "zeldzame ziekte", 250000, "ten minste 40%"
    dossiers.append(row)
    bids = wb.create_sheet("Biedingen")
    bids.append(list(BID_HEADERS))
    for i in range(ROWS):
        bid: list[Any] = [None] * len(BID_HEADERS)
        day = 1 + i % 28
        bid[0], bid[2], bid[3], bid[5] = "Testimab", f"{day}-9-2025", 1 + i, 10 + (i % 80)
        bids.append(bid)
    wb.save(path)
    return path


def bid_count(demo: DemoVault) -> int:
    with Vault.open(demo.path, passphrase=demo._passphrase, read_only=True) as vault:
        return int(vault.db.execute("SELECT count(*) FROM bids").fetchone()[0])


@pytest.mark.parametrize("phase", ["check", "store"])
def test_a_screen_lock_during_an_import_stops_it_before_the_vault_closes(
    qtbot,  # type: ignore[no-untyped-def]
    settings,  # noqa: F811
    demo: DemoVault,
    tmp_path: Path,
    phase: str,
) -> None:
    book = big_workbook(tmp_path / "groot.xlsx")
    window = MainWindow(
        settings, demo=demo, paths=FakePaths(open_=book), ask=Answers().ask, inform=Answers().inform
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.session is not None
    before = len(window.session.bids())
    vault = window.session.vault

    window.import_action.trigger()
    wizard = window.import_wizard
    assert isinstance(wizard, ImportWizard) and wizard.busy
    if phase == "store":
        qtbot.waitUntil(lambda: not wizard.busy, timeout=60_000)
        assert wizard.plan is not None and wizard.plan.ok, wizard.summary.text()
        wizard.start_import()
        assert wizard.busy

    with qtbot.waitSignal(window.locked, timeout=60_000):
        window._on_screen_locked()  # what the OS's screen lock calls
    # the vault closed only after the import's thread had ended
    assert window.session is None and not vault.is_open
    assert all(not w._thread.isRunning() for w in workers.running())
    qtbot.waitUntil(lambda: not workers.running(), timeout=10_000)
    after = bid_count(demo)
    assert after in (before, before + ROWS)  # all or nothing
    if phase == "check":
        assert after == before
    qtbot.waitUntil(lambda: _closed(wizard), timeout=5000)

    window.unlock_screen.unlock_demo()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert len(window.session.bids()) == after


def _closed(widget: ImportWizard) -> bool:
    try:
        return not widget.isVisible()
    except RuntimeError:  # deleted on close
        return True
