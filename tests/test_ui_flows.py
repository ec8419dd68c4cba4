"""The window walked as a user would: create a vault, add a dossier, paste an advice,
lock and unlock, the demo, auto-lock, undo, closing with unsaved changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from test_vault_faults import FailAt
from ui_helpers import QT_MARKS, Answers, FakePaths, no_leaks, settings  # noqa: F401

from mandaat.vault.file import Vault
from mandaat.vault.keystore import KeyStore
from ui.demo import DemoVault
from ui.main_window import DEMO_TITLE, LAST_VAULT, MainWindow
from ui.unlock import RecoveryKeyDialog

pytestmark = QT_MARKS

PASS = "paars olifant fietst langzaam"


def open_window(qtbot, qsettings, **kwargs) -> MainWindow:  # type: ignore[no-untyped-def]
    answers = kwargs.pop("answers", Answers())
    window = MainWindow(qsettings, ask=answers.ask, inform=answers.inform, **kwargs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def activate(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Make the window the active one, so its keyboard shortcuts fire."""
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def brands(window: MainWindow) -> set[str]:
    assert window.workspace is not None
    return {r.dossier.brand for r in window.workspace.model.rows()}


def test_create_vault_then_add_dossier_paste_advice_lock_and_unlock(
    qtbot,  # type: ignore[no-untyped-def]
    settings,  # noqa: F811
    tmp_path: Path,
) -> None:
    target = tmp_path / "kluis"
    paths = FakePaths(save=target)
    window = open_window(qtbot, settings, paths=paths)
    screen = window.unlock_screen
    assert window.windowTitle() == "Mandaat"
    assert screen.create_button.isVisible() and not screen.unlock_part.isVisible()

    # first run: create a vault
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    dialog = window.create_dialog
    assert dialog.isVisible()
    assert not dialog.remember.isEnabled()  # no secure keyring here: fail closed
    assert "geen beveiligde sleutelbos" in dialog.remember.toolTip()
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.path_edit.text() == str(target) + ".mandaat"
    qtbot.keyClicks(dialog.pass1, PASS)
    assert "Sterk" in dialog.hint.text()
    qtbot.keyClicks(dialog.pass2, "paars")
    assert not dialog.ok_button.isEnabled()
    assert "niet gelijk" in dialog.error.text()
    dialog.pass2.setText(PASS)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)

    # the recovery key is shown once, and must be confirmed
    recovery = window.recovery_dialog
    assert isinstance(recovery, RecoveryKeyDialog) and recovery.isVisible()
    key = recovery.key_label.text()
    assert len(key) > 20
    assert not recovery.done_button.isEnabled()
    recovery.confirm.setChecked(True)
    qtbot.mouseClick(recovery.done_button, Qt.MouseButton.LeftButton)
    assert not recovery.isVisible()
    assert window.windowTitle() == "kluis.mandaat — Mandaat"
    assert settings.value(LAST_VAULT) == str(target) + ".mandaat"
    assert all(key not in str(settings.value(k)) for k in settings.allKeys())

    # add a dossier (Ctrl+N) and name it
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    ws = window.workspace
    assert ws is not None
    assert brands(window) == {"Nieuw dossier"}
    brand = ws.advice_tab.text_edits["brand"]
    brand.setText("Testmab")
    brand.editingFinished.emit()
    assert brands(window) == {"Testmab"}

    # paste an advice: the threshold is read while typing, saved shortly after
    advice = ws.advice_tab.advice_text
    advice.setFocus()
    advice.insertPlainText("De vraagprijs moet met ten minste 40% dalen.")
    assert ws.advice_tab.parsed_label.text() == "Prijsverlaging van ten minste 40%"
    qtbot.waitUntil(lambda: window.session.dossiers()[0].advice_threshold is not None, timeout=3000)
    advice.setPlainText("De prijs moet omhoog met 10%")
    assert ws.advice_tab.parsed_label.text().startswith("Niet gelezen:")
    ws.advice_tab.flush()
    assert window.session.dossiers()[0].advice_threshold is None

    # lock: the vault closes, the views over it go, the unlock screen returns
    vault = window.session.vault
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session is None and window.workspace is None
    assert not vault.is_open
    assert window.stack.currentWidget() is screen
    assert screen.unlock_part.isVisible()
    assert window.windowTitle() == "kluis.mandaat — Mandaat"

    # wrong passphrase: one line of Dutch, the file name only
    qtbot.keyClicks(screen.secret, "fout wachtwoord")
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=10_000)
    assert screen.error.text().startswith("kluis.mandaat: onjuist wachtwoord")
    assert str(tmp_path) not in screen.error.text()

    # right passphrase
    screen.secret.setText(PASS)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert brands(window) == {"Testmab"}

    # and the recovery key opens it too
    window.lock()
    screen.use_recovery.setChecked(True)
    screen.secret.setText(key)
    screen.unlock()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)


def test_later_runs_show_the_unlock_screen_for_the_last_vault(
    qtbot,  # type: ignore[no-untyped-def]
    settings,  # noqa: F811
    tmp_path: Path,
) -> None:
    path = tmp_path / "werk.mandaat"
    Vault.create(path, PASS)[0].close()
    other = tmp_path / "ander.mandaat"
    Vault.create(other, PASS)[0].close()
    settings.setValue(LAST_VAULT, str(path))
    window = open_window(qtbot, settings, paths=FakePaths(open_=other))
    screen = window.unlock_screen
    assert screen.path == str(path)
    assert "werk.mandaat" in screen.file_label.text()
    assert window.windowTitle() == "werk.mandaat — Mandaat"
    assert not window.toolbar.isVisible()
    qtbot.mouseClick(screen.open_other, Qt.MouseButton.LeftButton)
    assert screen.path == str(other)
    assert settings.value(LAST_VAULT) == str(other)
    assert window.windowTitle() == "ander.mandaat — Mandaat"
    qtbot.keyClicks(screen.secret, PASS)
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    assert screen.busy.isVisible()  # the key derivation runs off the UI thread
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert window.toolbar.isVisible()


def test_remember_on_this_computer_with_a_secure_keyring(
    qtbot,  # type: ignore[no-untyped-def]
    settings,  # noqa: F811
    tmp_path: Path,
    memory_keystore: KeyStore,
) -> None:
    window = open_window(
        qtbot, settings, keystore=memory_keystore, paths=FakePaths(save=tmp_path / "k.mandaat")
    )
    window.create_vault()
    dialog = window.create_dialog
    assert dialog.remember.isEnabled()
    dialog.browse()
    dialog.pass1.setText(PASS)
    dialog.pass2.setText(PASS)
    dialog.remember.setChecked(True)
    dialog.create()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    window.recovery_dialog.confirm.setChecked(True)
    window.recovery_dialog.accept()
    window.lock()
    screen = window.unlock_screen
    assert screen.keyring_button.isVisible()
    qtbot.mouseClick(screen.keyring_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)


def test_demo_opens_without_asking_with_four_fictitious_dossiers(
    qtbot,  # type: ignore[no-untyped-def]
    settings,  # noqa: F811
    demo: DemoVault,
) -> None:
    window = open_window(qtbot, settings, demo=demo)
    assert window.session is not None
    assert window.windowTitle() == DEMO_TITLE
    assert brands(window) == {"Enhertu", "Carvykti", "Xenpozyme", "Pluvicto"}
    ws = window.workspace
    assert ws is not None and ws.view.model().rowCount() == 4
    assert "FICTIEF" in ws.findChild(type(ws.count_label), "demoBanner").text()
    assert settings.value(LAST_VAULT) is None  # the demo is never remembered
    # every tab can be shown
    for i in range(ws.tabs.count()):
        ws.tabs.setCurrentIndex(i)
    # search and phase filter
    qtbot.keyClicks(ws.search, "borstkanker")
    assert ws.view.model().rowCount() == 1
    assert ws.count_label.text() == "1 van 4 dossiers"
    ws.search.clear()
    # lock and unlock the demo without a passphrase
    window.lock()
    assert window.unlock_screen.demo_button.isVisible()
    qtbot.mouseClick(window.unlock_screen.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert len(brands(window)) == 4


def test_the_three_figures_and_the_weak_mandate_warning(
    qtbot,  # type: ignore[no-untyped-def]
    settings,  # noqa: F811
    demo: DemoVault,
) -> None:
    window = open_window(qtbot, settings, demo=demo)
    ws = window.workspace
    assert ws is not None
    carvykti = next(r.dossier for r in ws.model.rows() if r.dossier.brand == "Carvykti")
    ws.select(carvykti.id)
    tab = ws.advice_tab
    assert tab.fig_advice.value.text() == "Prijsverlaging van 35% tot 55%"
    assert tab.fig_mandate.value.text() == "Prijsverlaging van ten minste 45%"
    assert "effectieve korting" in tab.fig_bid.value.text()
    assert "voldoet" in tab.fig_bid.detail.text()
    assert not tab.warning.isVisible()
    tab.mandate_low.setValue(30)
    tab.mandate_low.editingFinished.emit()
    saved = window.session.dossier(carvykti.id)
    assert saved.mandate_threshold.low == 30
    assert tab.warning.isVisible()
    assert "zwakker dan het advies" in tab.warning.text()
    window.undo_action.trigger()
    assert window.session.dossier(carvykti.id).mandate_threshold.low == 45
    assert not tab.warning.isVisible()


def test_undo_redo_edits_and_delete(
    qtbot,  # type: ignore[no-untyped-def]
    settings,  # noqa: F811
    demo: DemoVault,
) -> None:
    answers = Answers(choice=0)
    window = open_window(qtbot, settings, demo=demo, answers=answers)
    ws = window.workspace
    assert ws is not None
    xen = next(r.dossier for r in ws.model.rows() if r.dossier.brand == "Xenpozyme")
    ws.select(xen.id)
    supplier = ws.advice_tab.text_edits["supplier"]
    supplier.setText("Sanofi B.V.")
    supplier.editingFinished.emit()
    assert window.session.dossier(xen.id).supplier == "Sanofi B.V."
    window.undo_stack.undo()
    assert window.session.dossier(xen.id).supplier == "Sanofi"
    assert supplier.text() == "Sanofi"
    window.undo_stack.redo()
    assert window.session.dossier(xen.id).supplier == "Sanofi B.V."

    bids_before = len(window.session.bids(xen.id))
    window.delete_action.trigger()
    assert "Xenpozyme" in answers.questions[-1]
    assert "Xenpozyme" not in brands(window)
    assert len(window.session.dossiers()) == 3
    window.undo_stack.undo()  # back, under a new id, with its bids
    assert "Xenpozyme" in brands(window)
    back = next(d for d in window.session.dossiers() if d.brand == "Xenpozyme")
    assert back.supplier == "Sanofi B.V."
    assert len(window.session.bids(back.id)) == bids_before
    window.undo_stack.undo()  # and the supplier edit before it still undoes
    assert window.session.dossier(back.id).supplier == "Sanofi"
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert "Xenpozyme" not in brands(window)
    # written by the writer thread: "saved" only once it has landed
    assert window.status_label.text() == "Opslaan…"
    qtbot.waitUntil(lambda: window.status_label.text() == "✓ Alles opgeslagen", timeout=10_000)


def test_auto_lock_after_idle_time(
    qtbot,  # type: ignore[no-untyped-def]
    settings,  # noqa: F811
    demo: DemoVault,
) -> None:
    window = open_window(qtbot, settings, demo=demo, idle_ms=5_000)
    assert window.idle_timer.isActive()
    # input anywhere restarts the idle timer
    window.idle_timer.setInterval(5_000)
    window.idle_timer.start()
    qtbot.wait(400)
    before = window.idle_timer.remainingTime()
    assert before < 4800
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window.workspace.search, event)
    assert window.idle_timer.remainingTime() > before + 200
    # no input: it locks
    window.idle_timer.setInterval(150)
    window.idle_timer.start()
    with qtbot.waitSignal(window.locked, timeout=3000):
        pass
    assert window.session is None and window.workspace is None
    assert not window.idle_timer.isActive()


def test_closing_with_unsaved_changes_asks(
    qtbot,  # type: ignore[no-untyped-def]
    settings,  # noqa: F811
    demo: DemoVault,
) -> None:
    answers = Answers(choice=2)  # Annuleren
    window = open_window(qtbot, settings, demo=demo, answers=answers)
    vault = window.session.vault
    vault.dirty = True  # an edit whose save failed
    vault.ops = FailAt("open_new", nth=1)  # and closing's own try fails too
    window.close()
    assert window.isVisible() and window.session is not None
    assert "niet worden opgeslagen" in answers.questions[-1]
    answers.choice = 0  # the disk is well again: closing saves, so the window closes
    window.close()
    assert not window.isVisible()
    assert not vault.is_open
