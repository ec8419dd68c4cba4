"""The import wizard walked as a user: a workbook with errors is previewed with each
problem at its row and column and cannot be imported; a good one is imported, the
dossier list follows and the vault holds the bids; cancel stores nothing; a protected
workbook asks for its password."""

from __future__ import annotations

import datetime as dt
import io
import time
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from ui_helpers import QT_MARKS, Answers, FakePaths, no_leaks, settings  # noqa: F401

from mandaat.importing import BID_HEADERS, DOSSIER_HEADERS
from mandaat.vault import store
from mandaat.vault.session import Session
from ui.demo import DemoVault
from ui.import_wizard import ImportWizard
from ui.main_window import MainWindow
from ui.problems_model import (
    ImportRowsModel,
    ProblemColumn,
    ProblemsModel,
    RowColumn,
    preview_rows,
)

pytestmark = QT_MARKS


def save(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(row=r, column=c, value=value)
    wb.save(path)
    return path


def bid(drug: str, date: Any, discount: Any = None, net: Any = None, **kw: Any) -> list[Any]:
    row: list[Any] = [None] * len(BID_HEADERS)
    row[0], row[2], row[5], row[6] = drug, date, discount, net
    row[3] = kw.get("round")
    row[4] = kw.get("party")
    return row


def dossier(drug: str, indication: str, asking: Any, reduction: str) -> list[Any]:
    row: list[Any] = [None] * len(DOSSIER_HEADERS)
    row[0], row[2], row[7], row[6] = drug, indication, asking, reduction
    return row


def bad_workbook(folder: Path) -> Path:
    return save(
        folder / "fout.xlsx",
        {
            "Biedingen": [
                list(BID_HEADERS),
                bid("Enhertu", "1-12-2025", 40),  # fine on its own
                bid("Enhertu", "1-12-2025", 105),  # F3: out of range
                bid("Onbekendumab", "1-12-2025", 40),  # A4: unknown drug
            ]
        },
    )


def good_workbook(folder: Path) -> Path:
    return save(
        folder / "goed.xlsx",
        {
            "Dossiers": [
                list(DOSSIER_HEADERS),
                dossier("Testimab", "zeldzame ziekte", 250000, "met ten minste 40% dalen"),
            ],
            "Biedingen": [
                list(BID_HEADERS),
                bid("Testimab", "1-9-2025", 20),
                bid("Testimab", "1-10-2025", 35, round=2, party="VWS"),
                bid("Enhertu", "1-12-2025", 40),
            ],
        },
    )


def open_window(qtbot, qsettings, demo, paths: FakePaths) -> MainWindow:  # type: ignore[no-untyped-def]
    answers = Answers()
    window = MainWindow(qsettings, demo=demo, paths=paths, ask=answers.ask, inform=answers.inform)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def wait_idle(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not wizard.busy, timeout=20_000)


def test_bad_then_good_workbook_through_the_window(
    qtbot,  # type: ignore[no-untyped-def]
    settings,  # noqa: F811
    demo: DemoVault,
    tmp_path: Path,
) -> None:
    paths = FakePaths(open_=bad_workbook(tmp_path))
    window = open_window(qtbot, settings, demo, paths)
    assert window.import_action.isEnabled()
    assert window.session is not None
    vault_file = demo.path.read_bytes()
    bids_before = len(window.session.bids())

    # the wizard asks for a workbook at once, and checks it on a worker
    window.import_action.trigger()
    wizard = window.import_wizard
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    assert wizard.busy  # reading runs off the UI thread
    wait_idle(qtbot, wizard)
    assert wizard.plan is not None and not wizard.plan.ok

    # every problem at its row and column, and the row marked in the preview
    model = wizard.problems_model
    cells = {
        (
            model.index(r, ProblemColumn.ROW).data(),
            model.index(r, ProblemColumn.COLUMN).data(),
        ): model.index(r, ProblemColumn.PROBLEM).data()
        for r in range(model.rowCount())
    }
    assert set(cells) == {("3", "F"), ("4", "A")}
    assert "korting moet tussen 0 en 100%" in cells[("3", "F")]
    assert "onbekend geneesmiddel" in cells[("4", "A")]
    assert model.index(0, ProblemColumn.HEADER).data() == "Korting (%)"
    assert "Biedingen, rij 3, kolom F (Korting (%))" in model.index(0, 0).data(
        Qt.ItemDataRole.ToolTipRole
    )
    rows = wizard.rows_model
    marked = rows.index(rows.row_of("Biedingen", 3), RowColumn.STATUS)
    assert marked.data() == "⚠ geweigerd — kolom F"
    assert marked.data(Qt.ItemDataRole.BackgroundRole) is not None
    fine = rows.index(rows.row_of("Biedingen", 2), RowColumn.STATUS)
    assert fine.data() == "nieuw" and fine.data(Qt.ItemDataRole.BackgroundRole) is None
    # choosing a problem shows its row in the preview
    wizard.problems_view.selectRow(1)
    assert wizard.rows_view.currentIndex().row() == rows.row_of("Biedingen", 4)
    assert "2 problemen" in wizard.summary.text()
    assert wizard.problems_box.isVisible()

    # all or nothing: the import button stays disabled, nothing was written
    assert not wizard.import_button.isEnabled()
    wizard.start_import()
    assert not wizard.busy
    assert demo.path.read_bytes() == vault_file
    assert len(window.session.bids()) == bids_before

    # the corrected workbook: choose it again, import it
    paths.open = good_workbook(tmp_path)
    qtbot.mouseClick(wizard.choose_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, wizard)
    plan = wizard.plan
    assert plan is not None and plan.ok
    assert not wizard.problems_box.isVisible()
    assert wizard.import_button.isEnabled()
    assert "Dossiers: 1 nieuw" in wizard.summary.text()
    assert "biedingen: 3 nieuw" in wizard.summary.text()
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, wizard)
    assert wizard.import_result is not None and wizard.import_result.committed
    assert "Geïmporteerd uit goed.xlsx" in wizard.summary.text()
    assert not wizard.import_button.isEnabled()  # once

    # the dossier list follows, and the vault holds the bids (saved on disk too)
    ws = window.workspace
    assert ws is not None
    assert "Testimab" in {r.dossier.brand for r in ws.model.rows()}
    session = window.session
    testimab = next(d for d in session.dossiers() if d.brand == "Testimab")
    assert testimab.indication == "zeldzame ziekte"
    assert len(session.bids(testimab.id)) == 2
    assert len(session.bids()) == bids_before + 3
    assert not session.vault.dirty
    assert demo.path.read_bytes() != vault_file
    assert session.vault.audit_log()[-1].action == "import"
    assert window.undo_stack.count() == 0

    wizard.close()
    assert not wizard.isVisible()


def _waits_for_cancel(real: Any) -> Any:
    """The core function, but only once the user pressed Annuleren (so the test is
    not a race against a fast import)."""

    def wrapper(*args: Any, cancel: Any = None, **kwargs: Any) -> Any:
        deadline = time.monotonic() + 10
        while not cancel() and time.monotonic() < deadline:
            time.sleep(0.005)
        return real(*args, cancel=cancel, **kwargs)

    return wrapper


def test_cancel_stores_nothing(
    qtbot,  # type: ignore[no-untyped-def]
    demo: DemoVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ui import import_wizard

    vault = demo.open()
    session = Session(vault)
    try:
        wizard = ImportWizard(session, paths=FakePaths(open_=good_workbook(tmp_path)))
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.choose_file()
        wait_idle(qtbot, wizard)
        assert wizard.plan is not None and wizard.plan.ok
        before = store.counts(vault.db)
        file_before = demo.path.read_bytes()

        # cancel while storing: the core stops before its commit
        from mandaat.importing import apply as apply_module  # Session.apply_import calls it

        monkeypatch.setattr(
            apply_module, "apply_import", _waits_for_cancel(apply_module.apply_import)
        )
        monkeypatch.setattr(
            import_wizard, "plan_import", _waits_for_cancel(import_wizard.plan_import)
        )
        wizard.start_import()
        assert wizard.busy and wizard.progress.isVisible()
        qtbot.mouseClick(wizard.progress.cancel_button, Qt.MouseButton.LeftButton)
        assert not wizard.progress.cancel_button.isEnabled()
        wait_idle(qtbot, wizard)
        assert "geannuleerd" in wizard.summary.text()
        assert store.counts(vault.db) == before
        assert demo.path.read_bytes() == file_before
        assert wizard.import_button.isEnabled()  # may still be imported

        # cancel while checking
        wizard.recheck()
        wizard.cancel()
        wait_idle(qtbot, wizard)
        assert "geannuleerd" in wizard.summary.text()
        assert not wizard.import_button.isEnabled()

        # closing while busy cancels first, then closes
        wizard.recheck()
        wizard.reject()
        assert wizard.isVisible()
        qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=20_000)
    finally:
        vault.close()


def test_unreadable_and_password_protected_workbooks(
    qtbot,  # type: ignore[no-untyped-def]
    demo: DemoVault,
    tmp_path: Path,
) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    vault = demo.open()
    session = Session(vault)
    asked: list[tuple[str, bool]] = []
    answers = iter(["verkeerd", "Geheim!2026"])

    def ask(parent: object, name: str, wrong: bool) -> str | None:
        asked.append((name, wrong))
        return next(answers, None)

    try:
        junk = tmp_path / "geen.xlsx"
        junk.write_text("dit is geen werkmap", encoding="utf-8")
        wizard = ImportWizard(session, paths=FakePaths(open_=junk), ask_password=ask)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.choose_file()
        wait_idle(qtbot, wizard)
        assert wizard.summary.text().startswith("⚠ geen.xlsx:")
        assert not wizard.import_button.isEnabled()

        plain = good_workbook(tmp_path)
        out = io.BytesIO()
        with open(plain, "rb") as fh:
            OOXMLFile(fh).encrypt("Geheim!2026", out)
        locked = tmp_path / "beveiligd.xlsx"
        locked.write_bytes(out.getvalue())
        wizard.load(str(locked))
        qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20_000)
        wait_idle(qtbot, wizard)
        assert asked == [("beveiligd.xlsx", False), ("beveiligd.xlsx", True)]
        assert wizard.plan is not None and wizard.plan.ok
        assert wizard.import_button.isEnabled()
        assert "Geheim" not in wizard.summary.text()
    finally:
        vault.close()


def test_problem_and_row_models_pass_modeltester(
    qtmodeltester,  # type: ignore[no-untyped-def]
    demo: DemoVault,
    tmp_path: Path,
) -> None:
    from mandaat.importing.apply import plan_import, read_import

    vault = demo.open()
    try:
        path = bad_workbook(tmp_path)
        data, columns = read_import(path)
        plan = plan_import(vault.db, data, columns, file=str(path), today=dt.date(2026, 1, 1))
    finally:
        vault.close()
    problems = ProblemsModel()
    problems.set_problems(plan.problems)
    qtmodeltester.check(problems)
    rows = ImportRowsModel()
    rows.set_rows(preview_rows(plan))
    qtmodeltester.check(rows)
    assert rows.rowCount() == 3
    assert "korting 40%" in rows.index(0, RowColumn.DETAILS).data()
    assert problems.rowCount() == 2
