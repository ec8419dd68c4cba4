"""The window's writer thread (ui/saver.py): an edit is written off the window's thread,
"saved" is said only once it is on disk, quick edits share a save, a failed save is told
and kept, and locking or closing never loses an edit still being written."""

from __future__ import annotations

import errno
import os
import threading
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication
from test_vault_faults import FailAt, FullFolder
from ui_helpers import QT_MARKS, Answers, no_leaks, settings  # noqa: F401

from mandaat.vault import atomic
from ui.demo import DemoVault
from ui.main_window import MainWindow

pytestmark = QT_MARKS

SAVED = "✓ Alles opgeslagen"


def open_window(qtbot, qsettings, demo: DemoVault, answers: Answers) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(qsettings, demo=demo, ask=answers.ask, inform=answers.inform)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def supplier_on_disk(demo: DemoVault, brand: str) -> str:
    """The supplier as the file holds it (opened read-only beside the window)."""
    v = demo.read_only()
    try:
        row = v.db.execute("SELECT supplier FROM dossiers WHERE brand = ?", (brand,)).fetchone()
        return str(row[0])
    finally:
        v.close()


def set_supplier(window: MainWindow, brand: str, supplier: str) -> None:
    assert window.session is not None
    d = next(d for d in window.session.dossiers() if d.brand == brand)
    window.push_edit(d, replace(d, supplier=supplier), "supplier")


def test_an_edit_is_written_off_the_window_thread(qtbot, settings, demo: DemoVault) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window = open_window(qtbot, settings, demo, Answers())
    assert window.saver is not None
    set_supplier(window, "Xenpozyme", "Sanofi B.V.")
    # the edit is in the window at once; the file follows from the writer thread
    assert window.session is not None
    assert window.session.vault.saving and window.saver.busy
    assert window.status_label.text() == "Opslaan…"
    qtbot.waitUntil(lambda: window.status_label.text() == SAVED, timeout=10_000)
    assert not window.session.vault.dirty
    assert supplier_on_disk(demo, "Xenpozyme") == "Sanofi B.V."


def test_quick_edits_share_a_save(qtbot, settings, demo: DemoVault) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window = open_window(qtbot, settings, demo, Answers())
    assert window.saver is not None
    for n in range(6):
        set_supplier(window, "Xenpozyme", f"Sanofi {n}")
    qtbot.waitUntil(lambda: window.status_label.text() == SAVED, timeout=10_000)
    assert window.saver.started == 2  # one for the first edit, one for the five after it
    assert supplier_on_disk(demo, "Xenpozyme") == "Sanofi 5"


def test_a_failed_save_is_told_and_kept(qtbot, settings, demo: DemoVault) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    answers = Answers()
    window = open_window(qtbot, settings, demo, answers)
    assert window.session is not None
    vault = window.session.vault
    vault.ops = FailAt("replace")
    set_supplier(window, "Xenpozyme", "Sanofi B.V.")
    qtbot.waitUntil(lambda: bool(answers.warnings), timeout=10_000)
    assert "staat wel in het geheugen" in answers.warnings[0]
    assert window.status_label.text() == "⚠ Niet opgeslagen"
    assert vault.dirty
    assert window.undo_stack.count() == 1  # the edit was made in full: its undo stays
    assert supplier_on_disk(demo, "Xenpozyme") == "Sanofi"
    # the disk is well again: the next edit saves both
    vault.ops = atomic.FileOps()
    set_supplier(window, "Carvykti", "Janssen B.V.")
    qtbot.waitUntil(lambda: window.status_label.text() == SAVED, timeout=10_000)
    assert len(answers.warnings) == 1
    assert supplier_on_disk(demo, "Xenpozyme") == "Sanofi B.V."
    assert supplier_on_disk(demo, "Carvykti") == "Janssen B.V."
    window.undo_stack.undo()  # and the history still works
    qtbot.waitUntil(lambda: window.status_label.text() == SAVED, timeout=10_000)
    assert supplier_on_disk(demo, "Carvykti") != "Janssen B.V."


def test_a_lock_right_after_an_edit_keeps_it(qtbot, settings, demo: DemoVault) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    answers = Answers()
    window = open_window(qtbot, settings, demo, answers)
    for n in range(3):  # one seal running, another asked for
        set_supplier(window, "Xenpozyme", f"Sanofi {n}")
    window.lock()
    assert window.session is None and window.saver is None
    assert answers.warnings == []
    assert supplier_on_disk(demo, "Xenpozyme") == "Sanofi 2"
    qtbot.wait(50)  # the writer's late report finds nothing to do


def test_closing_right_after_an_edit_keeps_it(qtbot, settings, demo: DemoVault) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    answers = Answers()
    window = open_window(qtbot, settings, demo, answers)
    set_supplier(window, "Xenpozyme", "Sanofi B.V.")
    set_supplier(window, "Xenpozyme", "Sanofi C.V.")
    assert window.close()
    assert answers.questions == []  # nothing unsaved to ask about
    assert supplier_on_disk(demo, "Xenpozyme") == "Sanofi C.V."


def test_closing_after_a_failed_background_save_asks(qtbot, settings, demo: DemoVault) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    answers = Answers(choice=2)  # "Annuleren": stay
    window = open_window(qtbot, settings, demo, answers)
    assert window.session is not None
    ops = window.session.vault.ops = FullFolder()
    set_supplier(window, "Xenpozyme", "Sanofi B.V.")
    assert not window.close()  # tried once more at closing, failed again: asked
    assert answers.questions and "konden niet worden opgeslagen" in answers.questions[-1]
    assert supplier_on_disk(demo, "Xenpozyme") == "Sanofi"
    ops.full = False
    answers.choice = 0  # "Opnieuw opslaan" (not needed: closing tries again by itself)
    assert window.close()
    assert supplier_on_disk(demo, "Xenpozyme") == "Sanofi B.V."


def test_a_path_gone_bad_is_told_and_a_lock_locks(qtbot, settings, demo: DemoVault) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    answers = Answers()
    window = open_window(qtbot, settings, demo, answers)
    assert window.session is not None
    demo.path.unlink()
    demo.path.mkdir()  # the vault's path unusable (a share gone): an OSError, not ENOSPC
    set_supplier(window, "Xenpozyme", "Sanofi B.V.")
    qtbot.waitUntil(lambda: bool(answers.warnings), timeout=10_000)
    assert "staat wel in het geheugen" in answers.warnings[0]
    assert window.status_label.text() == "⚠ Niet opgeslagen"
    window.lock()  # its own try fails as well: told on the unlock screen, locked anyway
    assert window.session is None
    assert "kon niet worden opgeslagen" in window.unlock_screen.error.text()
    demo.path.rmdir()


def test_the_writers_late_report_waits_for_no_import(qtbot, settings, demo: DemoVault) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The import flushes, then writes under ``vault.writing()`` on a worker; the writer
    thread's report of the save flushed arrives meanwhile and must not wait for it."""
    window = open_window(qtbot, settings, demo, Answers())
    assert window.session is not None and window.saver is not None
    vault = window.session.vault
    set_supplier(window, "Xenpozyme", "Sanofi B.V.")
    worker = window.saver._worker
    assert worker is not None
    window.session.flush()  # as the import wizard does before it starts
    worker.wait()
    held, release = threading.Event(), threading.Event()

    def import_job() -> None:
        with vault.writing():
            held.set()
            release.wait(5)

    t = threading.Thread(target=import_job)
    t.start()
    held.wait(5)
    began = time.perf_counter()
    QApplication.processEvents()  # the writer's report is delivered here
    blocked = time.perf_counter() - began
    release.set()
    t.join()
    assert blocked < 1.0
    assert window.status_label.text() == SAVED


class FailFirst(atomic.FileOps):
    """The first ``n`` new files cannot be made; then the disk is well."""

    def __init__(self, n: int) -> None:
        self.left = n

    def open_new(self, path: Path) -> int:
        if self.left > 0:
            self.left -= 1
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return super().open_new(path)


def test_closing_saves_again_when_asked(qtbot, settings, demo: DemoVault) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Closing tries once by itself; when that fails it asks, and "Opnieuw opslaan"
    tries again (failing once more, then working) until the edit is on disk."""
    answers = Answers(choice=0)  # "Opnieuw opslaan", every time
    window = open_window(qtbot, settings, demo, answers)
    assert window.session is not None
    window.session.vault.ops = FailFirst(3)  # the background save, closing's try, a retry
    set_supplier(window, "Xenpozyme", "Sanofi B.V.")
    qtbot.waitUntil(lambda: bool(answers.warnings), timeout=10_000)  # the writer's failure
    assert window.close()
    assert len(answers.questions) == 2  # asked after closing's own try and after a retry
    assert len(answers.warnings) == 2  # the writer's failure, then the failed retry
    assert supplier_on_disk(demo, "Xenpozyme") == "Sanofi B.V."
