"""Bestand → Kluis-instellingen with a real vault (issue 14): a new passphrase opens the
vault and the old one no longer does; a new recovery key opens it and the old one no
longer does; "remember on this computer" on and off; the core's checks, worded."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit
from ui_helpers import QT_MARKS, Answers, no_leaks, settings  # noqa: F401

from mandaat.errors import VaultError
from mandaat.vault.file import Vault
from mandaat.vault.keystore import KeyStore
from ui.main_window import MainWindow
from ui.unlock import RecoveryKeyDialog
from ui.vault_settings import VaultSettingsDialog

pytestmark = QT_MARKS

OLD = "paars olifant fietst langzaam"
NEW = "groene tram rijdt morgen vroeg"


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "werk.mandaat"
    vault, recovery = Vault.create(path, OLD)
    vault.close()
    return path, recovery


def open_settings(qtbot, qsettings, path: Path, keystore: KeyStore | None = None):  # type: ignore[no-untyped-def]
    answers = Answers()
    kwargs = {"keystore": keystore} if keystore is not None else {}
    window = MainWindow(
        qsettings, vault_path=str(path), ask=answers.ask, inform=answers.inform, **kwargs
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.unlock_screen.secret.setText(OLD)
    window.unlock_screen.unlock()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert window.vault_settings_action.isEnabled()
    window.vault_settings_action.trigger()
    dialog = window.vault_settings_dialog
    assert isinstance(dialog, VaultSettingsDialog) and dialog.isVisible()
    return window, dialog


def wait_done(qtbot, dialog: VaultSettingsDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=20_000)


def refused(path: Path, **secret: str) -> bool:
    try:
        Vault.open(path, read_only=True, **secret).close()  # type: ignore[arg-type]
    except VaultError as exc:
        assert exc.code == "wrong_key"
        return True
    return False


def test_change_the_passphrase_from_the_window(
    qtbot,  # type: ignore[no-untyped-def]
    settings,  # noqa: F811
    made: tuple[Path, str],
) -> None:
    path, _recovery = made
    window, dialog = open_settings(qtbot, settings, path)
    assert dialog.windowTitle() == "Kluis-instellingen — Mandaat"
    # every passphrase field has a show/hide eye
    for edit in (dialog.current, dialog.new1, dialog.new2):
        (eye,) = [a for a in edit.actions() if a.objectName() == "reveal"]
        assert edit.echoMode() == QLineEdit.EchoMode.Password
        eye.trigger()
        assert edit.echoMode() == QLineEdit.EchoMode.Normal
        eye.trigger()
        assert edit.echoMode() == QLineEdit.EchoMode.Password

    # the core's checks, worded; nothing changes
    before = path.read_bytes()
    dialog.current.setText(OLD)
    dialog.new1.setText("kort")
    dialog.new2.setText("kort")
    dialog.change_passphrase()
    assert "te kort: minstens 8 tekens" in dialog.message.text()
    dialog.new1.setText(NEW)
    dialog.new2.setText(NEW + " x")
    dialog.change_passphrase()
    assert "niet gelijk" in dialog.message.text()
    dialog.current.setText("verkeerd wachtwoord hier")
    dialog.new2.setText(NEW)
    dialog.change_passphrase()
    assert dialog.is_busy  # the key derivation runs on a worker
    wait_done(qtbot, dialog)
    assert "huidige wachtwoord klopt niet" in dialog.message.text()
    assert path.read_bytes() == before

    dialog.current.setText(OLD)
    dialog.new1.setText(NEW)
    dialog.new2.setText(NEW)
    dialog.change_passphrase()
    wait_done(qtbot, dialog)
    assert "Wachtwoord gewijzigd" in dialog.message.text()
    assert not dialog.current.text() and not dialog.new1.text()
    assert window.session is not None
    assert window.session.vault.audit_log()[-1].action == "passphrase_changed"  # a code
    dialog.reject()
    window.close()

    assert refused(path, passphrase=OLD)
    Vault.open(path, passphrase=NEW, read_only=True).close()


def test_make_a_new_recovery_key_from_the_window(
    qtbot,  # type: ignore[no-untyped-def]
    settings,  # noqa: F811
    made: tuple[Path, str],
) -> None:
    path, old_key = made
    window, dialog = open_settings(qtbot, settings, path)
    assert not dialog.recovery_button.isEnabled()  # the current passphrase first
    dialog.current.setText(OLD)
    dialog.recovery_button.click()
    wait_done(qtbot, dialog)
    shown = dialog.recovery_dialog
    assert isinstance(shown, RecoveryKeyDialog) and shown.isVisible()
    new_key = shown.key_label.text()
    assert new_key and new_key != old_key
    shown.reject()  # not before "I have stored it"
    assert shown.isVisible()
    shown.confirm.setChecked(True)
    shown.accept()
    dialog.reject()
    window.close()

    assert refused(path, recovery_key=old_key)
    Vault.open(path, recovery_key=new_key, read_only=True).close()
    Vault.open(path, passphrase=OLD, read_only=True).close()  # the passphrase still opens it


def test_remember_on_this_computer_on_and_off(
    qtbot,  # type: ignore[no-untyped-def]
    settings,  # noqa: F811
    made: tuple[Path, str],
    memory_keystore: KeyStore,
) -> None:
    path, _recovery = made
    window, dialog = open_settings(qtbot, settings, path, memory_keystore)
    assert not dialog.remember.isChecked()
    dialog.remember.setChecked(True)  # without the current passphrase: refused
    assert not dialog.remember.isChecked()
    assert "huidige wachtwoord" in dialog.message.text()
    dialog.current.setText(OLD)
    dialog.remember.setChecked(True)
    wait_done(qtbot, dialog)
    assert dialog.remember.isChecked() and window.session.vault.remembered
    Vault.open(path, keystore=memory_keystore, read_only=True).close()

    dialog.current.setText(OLD)
    dialog.remember.setChecked(False)
    wait_done(qtbot, dialog)
    assert not dialog.remember.isChecked() and not window.session.vault.remembered
    dialog.reject()
    window.close()
    with pytest.raises(VaultError):
        Vault.open(path, keystore=memory_keystore, read_only=True)


def test_without_a_secure_keyring_remember_is_off_and_says_why(
    qtbot,  # type: ignore[no-untyped-def]
    settings,  # noqa: F811
    made: tuple[Path, str],
) -> None:
    window, dialog = open_settings(qtbot, settings, made[0])
    assert not dialog.remember.isEnabled()
    assert "Niet beschikbaar" in dialog.remember_note.text()
    dialog.reject()
    window.close()


def test_a_screen_lock_during_a_key_change_waits_and_still_shows_the_new_key(
    qtbot,  # type: ignore[no-untyped-def]
    settings,  # noqa: F811
    made: tuple[Path, str],
) -> None:
    path, old_key = made
    window, dialog = open_settings(qtbot, settings, path)
    vault = window.session.vault
    dialog.current.setText(OLD)
    dialog.recovery_button.click()
    assert dialog.is_busy
    with qtbot.waitSignal(window.locked, timeout=20_000):
        window._on_screen_locked()
    assert not vault.is_open  # closed after the key change was written, not under it
    qtbot.waitUntil(lambda: dialog.recovery_dialog is not None, timeout=10_000)
    shown = dialog.recovery_dialog
    new_key = shown.key_label.text()
    assert shown.isVisible() and new_key and new_key != old_key  # never lost
    shown.confirm.setChecked(True)
    shown.accept()
    window.close()
    assert refused(path, recovery_key=old_key)
    Vault.open(path, recovery_key=new_key, read_only=True).close()
