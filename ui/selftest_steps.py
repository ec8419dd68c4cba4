"""The import and export steps of ``mandaat --self-test``.

Both drive the real dialogs on the self-test's demo vault, with their work on a worker
thread, as a user would: the import wizard reads a small generated workbook (two bids
for an existing demo dossier, so the number of dossiers stays the same), previews it and
imports it; the export dialog writes a Woo package into the scratch folder, and the
package is leak-checked once more on its own (:func:`mandaat.export.publish.standalone_check`).

:func:`register` adds the steps (once) with :func:`ui.app.add_self_test_step` and puts
them before steps added by others, so such a step sees the window after them.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ui import app

IMPORT_STEP = "import"
EXPORT_STEP = "woo-export"
#: the demo dossier the generated workbook adds bids to
IMPORT_DRUG = "Pluvicto"


class _Fixed:
    """Answers the dialogs' file questions with one prepared path."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def open_path(self, parent: object, title: str) -> str | None:
        return str(self.path)

    def save_path(self, parent: object, title: str, suggested: str) -> str | None:
        return str(self.path)


def _wait(ctx: app.SelfTestContext, done: Callable[[], bool], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError(f"na {seconds:.0f} s nog bezig")
        ctx.app.processEvents()
        time.sleep(0.005)


def _workbook(path: Path) -> Path:
    from openpyxl import Workbook

    from mandaat.importing import BID_HEADERS, BIDS_SHEET

    day = dt.date.today() - dt.timedelta(days=7)
    wb = Workbook()
    ws = wb.active
    ws.title = BIDS_SHEET
    ws.append(list(BID_HEADERS))
    for n, discount in ((1, 21), (2, 27)):
        row: list[Any] = [None] * len(BID_HEADERS)
        row[BID_HEADERS.index("Geneesmiddel")] = IMPORT_DRUG
        row[BID_HEADERS.index("Datum")] = day
        row[BID_HEADERS.index("Ronde")] = 90 + n
        row[BID_HEADERS.index("Korting (%)")] = f"{discount}%"
        row[BID_HEADERS.index("Opmerking")] = "self-test (FICTIEF)"
        ws.append(row)
    wb.save(path)
    return path


def step_import(ctx: app.SelfTestContext) -> str:
    from ui.import_wizard import ImportWizard

    session = ctx.session
    before = len(session.bids())
    path = _workbook(ctx.scratch / "self-test-import.xlsx")
    wizard = ImportWizard(session, paths=_Fixed(path), parent=ctx.window)
    try:
        wizard.choose_file()
        _wait(ctx, lambda: not wizard.busy)
        plan = wizard.plan
        if plan is None or not plan.ok:
            raise RuntimeError(f"voorbeeld: {wizard.summary.text()}")
        wizard.start_import()
        _wait(ctx, lambda: not wizard.busy)
        result = wizard.import_result
        if result is None or not result.committed:
            raise RuntimeError(f"import: {wizard.summary.text()}")
    finally:
        wizard.close()
        wizard.deleteLater()
    refresh = getattr(ctx.window, "refresh_after_import", None)
    if refresh is not None:
        refresh()
    added = len(session.bids()) - before
    if added != 2:
        raise RuntimeError(f"{added} biedingen in de kluis bijgekomen, verwacht 2")
    return f"{path.name}: {added} biedingen geïmporteerd en opgeslagen"


def step_woo_export(ctx: app.SelfTestContext) -> str:
    from mandaat.export import publish
    from ui.export_dialog import ExportDialog

    session = ctx.session
    target = ctx.scratch / "woo-pakket"
    dialog = ExportDialog(session, None, paths=_Fixed(target), parent=ctx.window)
    try:
        dialog.set_kind("woo")
        withheld = dialog.withheld_model.rowCount()
        if withheld == 0:
            raise RuntimeError("het voorbeeld toont niets dat gelakt wordt")
        dialog.choose_and_export()
        _wait(ctx, lambda: not dialog.busy)
        if dialog.leak_passed is not True:
            raise RuntimeError(dialog.result_label.text())
        files = list(dialog.files)
    finally:
        dialog.close()
        dialog.deleteLater()
    hits = publish.standalone_check(publish.load(session.db), target)
    if hits:
        raise RuntimeError(f"lekcontrole achteraf: {len(hits)} treffer(s)")
    return (
        f"Woo-pakket met {len(files)} bestanden, {withheld} soorten gegevens gelakt, "
        "lekcontrole geslaagd (ook los herhaald)"
    )


STEPS: tuple[tuple[str, app.SelfTestStep], ...] = (
    (IMPORT_STEP, step_import),
    (EXPORT_STEP, step_woo_export),
)


def register() -> None:
    """Add the steps once, ahead of any step added by others."""
    names = {name for name, _ in app.SELF_TEST_STEPS}
    for name, step in STEPS:
        if name not in names:
            app.add_self_test_step(name, step)
    ours = [entry for entry in app.SELF_TEST_STEPS if entry in STEPS]
    others = [entry for entry in app.SELF_TEST_STEPS if entry not in STEPS]
    app.SELF_TEST_STEPS[:] = ours + others
