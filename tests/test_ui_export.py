"""The export dialog walked as a user: the preview says what is withheld on which
ground, a Woo package is written with the leak check passed, a leak stops the export
and names the field, a nota is written, and cancel leaves nothing behind."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_helpers import QT_MARKS, Answers, FakePaths, no_leaks, settings  # noqa: F401

from mandaat.cli.words import for_language
from mandaat.export import leakcheck
from mandaat.vault.session import Session
from ui.demo import DemoVault
from ui.export_dialog import ExportDialog, WithheldColumn, WithheldModel
from ui.main_window import MainWindow

pytestmark = QT_MARKS

TODAY = dt.date(2026, 3, 2)


@pytest.fixture
def session(demo: DemoVault):  # type: ignore[no-untyped-def]
    vault = demo.open()
    yield Session(vault)
    vault.close()


def dossier_id(session: Session, brand: str) -> int:
    found = next(d for d in session.dossiers() if d.brand == brand)
    assert found.id is not None
    return found.id


def make_dialog(qtbot, session: Session, current: int | None, paths: FakePaths) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(session, current, paths=paths, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ready)
    return dialog


def grounds(model: WithheldModel) -> set[tuple[str, str]]:
    return {
        (model.index(r, WithheldColumn.FIELD).data(), model.index(r, WithheldColumn.GROUND).data())
        for r in range(model.rowCount())
    }


def test_woo_package_from_the_window_with_the_leak_check_passed(
    qtbot,  # type: ignore[no-untyped-def]
    settings,  # noqa: F811
    demo: DemoVault,
    tmp_path: Path,
) -> None:
    target = tmp_path / "woo-verzoek"
    paths = FakePaths(save=target)
    window = MainWindow(settings, demo=demo, paths=paths, ask=Answers().ask, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.export_action.isEnabled()
    window.export_action.trigger()
    dialog = window.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ready)

    # the nota of the selected dossier is the first choice; then the Woo package
    assert dialog.kind == "nota" and dialog.nota_radio.isEnabled()
    qtbot.mouseClick(dialog.woo_radio, Qt.MouseButton.LeftButton)
    assert dialog.kind == "woo"
    assert len(dialog.chosen_ids()) == 4
    assert not dialog.export_button.isEnabled()  # the preview is being made
    qtbot.waitUntil(lambda: dialog.ready)

    # the preview: what is withheld, on which ground, in which dossiers
    model = dialog.withheld_model
    shown = grounds(model)
    assert ("het onderhandelingsmandaat", "5.1.2b") in shown
    assert ("effectieve kortingen van de biedingen", "5.1.2f") in shown
    assert ("de voorwaarden van de biedingen", "5.1.1c") in shown
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data() == "het onderhandelingsmandaat"
    )
    assert model.index(row, WithheldColumn.GROUND_NAME).data() == (
        "economische of financiële belangen van de Staat"
    )
    assert model.index(row, WithheldColumn.DOSSIERS).data() == "alle 4"
    assert "Enhertu" in model.index(row, WithheldColumn.DOSSIERS).data(Qt.ItemDataRole.ToolTipRole)
    assert "artikel 5.1, tweede lid, onder b" in model.index(row, 0).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert not dialog.preview_view.isColumnHidden(WithheldColumn.DOSSIERS)

    # fewer dossiers, fewer rows; none: nothing to export
    dialog.set_chosen([dossier_id(window.session, "Enhertu")])
    qtbot.waitUntil(lambda: dialog.ready)
    assert "Carvykti" not in model.index(0, WithheldColumn.DOSSIERS).data()
    dialog._check_all(False)
    assert not dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ready)
    assert dialog.export_button.isEnabled()

    log_before = len(window.session.vault.audit_log())
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "Map voor het Woo-pakket" in paths.asked
    assert dialog.leak_passed is True
    names = sorted(p.name for p in target.iterdir())
    assert names == ["0001.pdf", "0002.pdf", "0003.pdf", "0004.pdf", "inventarislijst.xlsx"]
    assert dialog.result_label.isVisible()
    assert dialog.result_label.text().startswith("✓ Lekcontrole geslaagd")
    assert "5 bestand(en)" in dialog.result_label.text()
    assert not list(tmp_path.glob(".mandaat-export-*"))  # no scratch left behind
    log = window.session.vault.audit_log()
    assert len(log) == log_before + 1 and log[-1].action == "export"
    assert for_language("nl").audit_entry(log[-1].action, log[-1].detail) == (
        "export",
        "woo: woo-verzoek (5 bestanden)",
    )

    # the same folder again: it is not empty, so the package goes into a new folder
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.export_to(target)
    assert dialog.files[0].parent.parent == target
    assert dialog.files[0].parent.name == "Woo-pakket 2026-03-02"
    dialog.close()


def test_a_leak_stops_the_export_and_names_the_field(
    qtbot,  # type: ignore[no-untyped-def]
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def leaky(folder: Path, secrets: Any, corpus: str) -> list[leakcheck.Hit]:
        return [leakcheck.Hit("0001.pdf", "Enhertu: mandaat", "tekstlaag")]

    monkeypatch.setattr(leakcheck, "check", leaky)
    dialog = make_dialog(qtbot, session, None, FakePaths(save=tmp_path / "woo"))
    assert dialog.kind == "woo" and not dialog.nota_radio.isEnabled()  # no dossier chosen
    log_before = len(session.vault.audit_log())
    dialog.choose_and_export()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert dialog.leak_passed is False
    text = dialog.result_label.text()
    assert "lekcontrole heeft de export tegengehouden" in text
    assert "‘Enhertu: mandaat’" in text and "0001.pdf" in text
    assert "Er is niets weggeschreven" in text
    assert not (tmp_path / "woo").exists()
    assert not list(tmp_path.iterdir())
    assert len(session.vault.audit_log()) == log_before


def test_nota_for_each_audience_and_format(
    qtbot,  # type: ignore[no-untyped-def]
    session: Session,
    tmp_path: Path,
) -> None:
    enhertu = dossier_id(session, "Enhertu")
    paths = FakePaths(save=tmp_path / "nota-enhertu")
    dialog = make_dialog(qtbot, session, enhertu, paths)
    assert dialog.kind == "nota"
    assert "Enhertu" in dialog.dossier_label.text()
    assert dialog.preview_view.isColumnHidden(WithheldColumn.DOSSIERS)

    dialog.set_audience("intern")
    qtbot.waitUntil(lambda: dialog.ready)
    assert dialog.withheld_model.rowCount() == 0
    assert "niets" in dialog.preview_note.text()
    dialog.set_audience("woo")
    assert dialog.withheld_model.rowCount() == 0  # never the previous choice's list
    assert "bijgewerkt" in dialog.preview_note.text()
    qtbot.waitUntil(lambda: dialog.ready)
    assert ("het onderhandelingsmandaat", "5.1.2b") in grounds(dialog.withheld_model)
    dialog.set_audience("nota")
    qtbot.waitUntil(lambda: dialog.ready)
    assert ("het onderhandelingsmandaat", "5.1.2b") not in grounds(dialog.withheld_model)
    assert dialog.suggested_name() == "Nota Enhertu nota 2026-03-02.docx"

    dialog.set_format(".pdf")
    dialog.kenmerk.setText("2026-0042")
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.choose_and_export()
    out = tmp_path / "nota-enhertu.pdf"  # the chosen format's suffix is added
    assert dialog.files == [out] and out.read_bytes().startswith(b"%PDF")
    assert "Lekcontrole geslaagd" in dialog.result_label.text()
    last = session.vault.audit_log()[-1]
    assert for_language("nl").audit_entry(last.action, last.detail)[1] == (
        "nota, publiek nota: nota-enhertu.pdf"
    )

    dialog.set_format(".docx")
    dialog.set_audience("woo")
    qtbot.waitUntil(lambda: dialog.ready)
    paths.save = tmp_path / "openbaar.docx"
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.choose_and_export()
    assert (tmp_path / "openbaar.docx").stat().st_size > 1000


def test_cancel_leaves_nothing_behind(
    qtbot,  # type: ignore[no-untyped-def]
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mandaat.export import publish

    real = publish.export_woo

    def slow(*args: Any, **kwargs: Any) -> Any:
        deadline = time.monotonic() + 10
        while not dialog.progress.stop_requested and time.monotonic() < deadline:
            time.sleep(0.005)
        return real(*args, **kwargs)

    monkeypatch.setattr(publish, "export_woo", slow)
    dialog = make_dialog(qtbot, session, None, FakePaths(save=tmp_path / "woo"))
    log_before = len(session.vault.audit_log())
    dialog.choose_and_export()
    assert dialog.busy and dialog.progress.isVisible()
    assert not dialog.export_button.isEnabled() and not dialog.woo_radio.isEnabled()
    qtbot.mouseClick(dialog.progress.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert "geannuleerd" in dialog.result_label.text()
    assert not list(tmp_path.iterdir())  # no package, no scratch folder
    assert len(session.vault.audit_log()) == log_before
    assert dialog.export_button.isEnabled()

    # closing while busy: cancels, then closes
    dialog.choose_and_export()
    dialog.reject()
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
    assert not list(tmp_path.iterdir())


def test_withheld_model_passes_modeltester(qtmodeltester, session: Session) -> None:  # type: ignore[no-untyped-def]
    from mandaat.export import publish
    from mandaat.export.preview import woo_preview

    model = WithheldModel()
    model.set_items(woo_preview(publish.load(session.db), today=TODAY))
    qtmodeltester.check(model)
    assert model.rowCount() > 5


def test_the_dialog_reads_the_vault_on_a_worker_and_exports_only_once_ready(
    qtbot,  # type: ignore[no-untyped-def]
    session: Session,
    tmp_path: Path,
) -> None:
    """Opening the dialog does not read every bid on the window's thread: a snapshot of
    the vault is read on a worker; until it arrived the preview says so and nothing can
    be exported, then the preview is the one of the vault as it was when opened."""
    from mandaat.export import publish
    from ui import workers

    current = dossier_id(session, "Carvykti")
    dialog = ExportDialog(session, current, paths=FakePaths(save=tmp_path / "n.docx"))
    qtbot.addWidget(dialog)
    assert not dialog.ready and dialog.data is None
    assert not dialog.export_button.isEnabled()
    assert dialog.withheld_model.rowCount() == 0
    assert "wordt gemaakt" in dialog.preview_note.text()
    dialog.export_to(tmp_path / "n.docx")  # not ready: does nothing
    assert not dialog.busy and not (tmp_path / "n.docx").exists()
    qtbot.waitUntil(lambda: dialog.ready, timeout=30_000)
    assert dialog.export_button.isEnabled()
    dialog.set_audience("woo")
    qtbot.waitUntil(lambda: dialog.ready)
    assert dialog.withheld_model.rowCount() > 0
    # a preview that arrives after the choice changed again is not shown
    dialog.set_audience("woo")
    dialog.set_audience("intern")
    qtbot.waitUntil(lambda: dialog.ready)
    assert workers.wait_all(30_000)
    qtbot.wait(50)
    assert dialog.withheld_model.rowCount() == 0 and "niets" in dialog.preview_note.text()
    expected = publish.load(session.db)
    assert dialog.data is not None
    assert dialog.data == expected


def test_a_snapshot_is_a_read_only_copy_of_the_vault_as_it_was(session: Session) -> None:
    import sqlite3

    from mandaat.export import publish
    from mandaat.vault import store

    image = session.snapshot()
    before = publish.load(session.db)
    session.delete_bid(session.bids()[0].id)  # type: ignore[arg-type]
    copy = store.open_snapshot(image)
    try:
        assert len(store.bids(copy)) == len(store.bids(session.db)) + 1
        with pytest.raises(sqlite3.OperationalError):
            copy.execute("DELETE FROM bids")
    finally:
        copy.close()
    assert publish.load_snapshot(image) == before


def test_closing_the_dialog_while_it_reads_leaves_no_worker_behind(
    qtbot,  # type: ignore[no-untyped-def]
    session: Session,
) -> None:
    from ui import workers

    dialog = ExportDialog(session, None, paths=FakePaths())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    assert not dialog.isVisible()
    assert workers.wait_all(30_000)
    qtbot.waitUntil(lambda: not workers.running())

    # a preview still being made when the dialog is deleted: its answer goes nowhere
    # (pytest-qt fails the test on an exception in the event loop)
    from PySide6.QtCore import QCoreApplication, QEvent

    other = ExportDialog(session, dossier_id(session, "Enhertu"), paths=FakePaths())
    other.show()
    qtbot.waitUntil(lambda: other.ready)
    other.set_audience("woo")
    assert not other.ready
    other.reject()
    other.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    import shiboken6

    assert not shiboken6.isValid(other)
    assert workers.wait_all(30_000)
    qtbot.waitUntil(lambda: not workers.running())


def record_starts(monkeypatch: pytest.MonkeyPatch, closed: Any) -> list[tuple[bool, str]]:
    """Every worker started from now on: (``closed()`` at that moment, the job's name);
    the workers still run (recorded, not replaced)."""
    from ui import workers

    started: list[tuple[bool, str]] = []
    real = workers.Worker.start

    def start(self: workers.Worker) -> workers.Worker:
        started.append((bool(closed()), getattr(self._thread._fn, "__name__", "?")))  # type: ignore[attr-defined]
        return real(self)

    monkeypatch.setattr(workers.Worker, "start", start)
    return started


@pytest.mark.parametrize("how", ["lock", "quit"])
def test_locking_or_quitting_while_it_reads_starts_nothing_after(
    qtbot,  # type: ignore[no-untyped-def]
    settings,  # noqa: F811
    demo: DemoVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    how: str,
) -> None:
    """The window locks (or quits) right after Exporteren was opened: the reading still
    under way ends first, and its answer must not start a preview over a closed vault."""
    from ui import workers

    window = MainWindow(
        settings,
        demo=demo,
        paths=FakePaths(save=tmp_path / "x"),
        ask=Answers().ask,
        today=lambda: TODAY,
    )  # noqa: E501
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    started = record_starts(
        monkeypatch,
        lambda: window.session is None or window._closing,  # type: ignore[attr-defined]
    )
    window.export_action.trigger()
    assert isinstance(window.export_dialog, ExportDialog)
    if how == "lock":
        window.lock()
        assert window.session is None
    else:
        window.close()
    qtbot.wait(300)
    assert workers.wait_all(30_000)
    qtbot.wait(100)
    assert started and started[0] == (False, "load_snapshot")
    assert not [s for s in started if s[0]], started


def test_quick_changes_make_one_preview_at_a_time_and_show_the_last(
    qtbot,  # type: ignore[no-untyped-def]
    session: Session,
    monkeypatch: pytest.MonkeyPatch,
) -> None:

    dialog = make_dialog(qtbot, session, dossier_id(session, "Enhertu"), FakePaths())
    starts = record_starts(monkeypatch, lambda: False)
    for audience in ("woo", "intern", "woo", "intern", "woo", "nota"):
        dialog.set_audience(audience)  # type: ignore[arg-type]
    assert [name for _, name in starts] == ["_preview_job"]  # the first; the others wait
    qtbot.waitUntil(lambda: dialog.ready)
    assert [name for _, name in starts] == [
        "_preview_job",
        "_preview_job",
    ]  # then only the last choice's
    assert ("het onderhandelingsmandaat", "5.1.2b") not in grounds(dialog.withheld_model)
    assert dialog.preview_note.text().startswith("Nota aan de minister")
