"""Bestand → Kluis-instellingen: change the passphrase, make a new recovery key, turn
"remember on this computer" on or off — what ``mandaat passwd`` and ``mandaat init
--remember`` do, from the window.

Every rule is the core's (:mod:`mandaat.vault.file`): the length of a new passphrase
(:func:`~mandaat.vault.file.check_new_passphrase`), the check of the current one
(:meth:`~mandaat.vault.file.Vault.verify_passphrase`), the key rotation, the keyring that
fails closed. This dialog only collects the input, runs the core on a worker (the key
derivation takes a second) and words the outcome. Each change asks for the current
passphrase first: an unlocked laptop left alone must not yield a new recovery key.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mandaat.errors import MandaatError
from mandaat.vault.file import check_new_passphrase
from mandaat.vault.keystore import KeyStore
from ui import workers
from ui.reveal import add_reveal_toggle
from ui.unlock import RecoveryKeyDialog, error_text, passphrase_strength

if TYPE_CHECKING:
    from mandaat.vault.file import Vault
    from mandaat.vault.session import Session

_ERROR_STYLE = "color: #8a1111;"
_OK_STYLE = "color: #1e6b30;"
_HINT_STYLE = "color: #555555;"


# --------------------------------------------------------------------------- jobs (worker)


def change_passphrase_job(vault: Vault, current: str, new: str) -> str | None:
    vault.verify_passphrase(current)
    return vault.change_passphrase(new)


def new_recovery_key_job(vault: Vault, current: str) -> str:
    vault.verify_passphrase(current)
    return vault.new_recovery_key()


def remember_job(vault: Vault, current: str, keystore: KeyStore, on: bool) -> None:
    vault.verify_passphrase(current)
    if on:
        vault.remember(keystore)
    else:
        vault.forget(keystore)


def unavailable_text(code: str) -> str:
    """Why "remember on this computer" is off, worded (codes: KeyStore.unavailable_code)."""
    if code == "unreachable":
        return QCoreApplication.translate(
            "VaultSettings", "Niet beschikbaar: de sleutelbos van het systeem is niet bereikbaar."
        )
    if code == "insecure_only":
        return QCoreApplication.translate(
            "VaultSettings",
            "Niet beschikbaar: alleen een onveilige sleutelbos (een bestand zonder "
            "versleuteling) gevonden. Mandaat bewaart nooit een sleutel onversleuteld.",
        )
    return QCoreApplication.translate(
        "VaultSettings", "Niet beschikbaar: geen beveiligde sleutelbos op deze computer."
    )


# --------------------------------------------------------------------------- dialog


class VaultSettingsDialog(QDialog):
    """Signals:
    changed(str): a key change was stored ("passphrase", "recovery", "remember").
    busy_changed(bool): a change started / ended (the window holds its auto-lock).
    """

    changed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(
        self,
        session: Session,
        keystore: KeyStore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # weakly: the window's lock lets go of the session, and so does this dialog (a
        # Session kept alive here would take its Qt adapter down with the dialog)
        self._session = weakref.ref(session)
        self.vault = session.vault
        self.keystore = keystore
        self.worker: workers.Worker | None = None
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self._close_when_done = False
        self._on_done: Callable[[Any], None] = lambda _result: None
        self._revert = False
        self.setWindowTitle(
            QCoreApplication.translate("VaultSettings", "Kluis-instellingen — Mandaat")
        )
        self.setObjectName("VaultSettings")
        self.setModal(True)
        self._build()
        self._update()

    # -- building ------------------------------------------------------------------

    def _secret(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(name)
        edit.textChanged.connect(self._update)
        add_reveal_toggle(edit)
        return edit

    def _build(self) -> None:
        col = QVBoxLayout(self)
        col.setContentsMargins(18, 14, 18, 12)
        col.setSpacing(10)
        intro = QLabel(
            QCoreApplication.translate(
                "VaultSettings",
                "Kluis: %1. Elke wijziging hier vraagt eerst het huidige wachtwoord.",
            ).replace("%1", self.vault.path.name)
        )
        intro.setWordWrap(True)
        col.addWidget(intro)

        current_form = QFormLayout()
        self.current = self._secret(
            QCoreApplication.translate("VaultSettings", "Huidig wachtwoord")
        )
        current_form.addRow(
            QCoreApplication.translate("VaultSettings", "H&uidig wachtwoord"), self.current
        )
        col.addLayout(current_form)

        # the passphrase
        box = QGroupBox(QCoreApplication.translate("VaultSettings", "Wachtwoord wijzigen"))
        form = QFormLayout(box)
        self.new1 = self._secret(QCoreApplication.translate("VaultSettings", "Nieuw wachtwoord"))
        form.addRow(QCoreApplication.translate("VaultSettings", "&Nieuw wachtwoord"), self.new1)
        self.strength = QProgressBar()
        self.strength.setRange(0, 3)
        self.strength.setTextVisible(False)
        self.strength.setMaximumHeight(6)
        self.strength.setAccessibleName(
            QCoreApplication.translate("VaultSettings", "Sterkte van het nieuwe wachtwoord")
        )
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(_HINT_STYLE)
        hint_box = QVBoxLayout()
        hint_box.setSpacing(3)
        hint_box.addWidget(self.strength)
        hint_box.addWidget(self.hint)
        form.addRow("", hint_box)
        self.new2 = self._secret(
            QCoreApplication.translate("VaultSettings", "Nieuw wachtwoord herhalen")
        )
        form.addRow(QCoreApplication.translate("VaultSettings", "&Herhaal"), self.new2)
        self.change_button = QPushButton(
            QCoreApplication.translate("VaultSettings", "Wachtwoord &wijzigen")
        )
        self.change_button.clicked.connect(self.change_passphrase)
        form.addRow("", self.change_button)
        col.addWidget(box)

        # the recovery key
        box = QGroupBox(QCoreApplication.translate("VaultSettings", "Herstelsleutel"))
        inner = QVBoxLayout(box)
        text = QLabel(
            QCoreApplication.translate(
                "VaultSettings",
                "Een nieuwe herstelsleutel wordt één keer getoond; de oude opent daarna "
                "niets meer, ook geen reservekopie.",
            )
        )
        text.setWordWrap(True)
        inner.addWidget(text)
        self.recovery_button = QPushButton(
            QCoreApplication.translate("VaultSettings", "Nieuwe herstelsleutel &maken…")
        )
        self.recovery_button.clicked.connect(self.new_recovery_key)
        inner.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignLeft)
        col.addWidget(box)

        # remember on this computer
        box = QGroupBox(QCoreApplication.translate("VaultSettings", "Op deze computer"))
        inner = QVBoxLayout(box)
        self.remember = QCheckBox(
            QCoreApplication.translate(
                "VaultSettings", "&Onthoud op deze computer (sleutelbos van het systeem)"
            )
        )
        self.remember.setChecked(self.vault.remembered)
        self.remember.setAccessibleName(
            QCoreApplication.translate("VaultSettings", "Onthoud op deze computer")
        )
        self.remember_note = QLabel()
        self.remember_note.setWordWrap(True)
        self.remember_note.setStyleSheet(_HINT_STYLE)
        code = self.keystore.unavailable_code()
        if code is not None and not self.vault.remembered:
            self.remember.setEnabled(False)
            self.remember_note.setText(unavailable_text(code))
        else:
            self.remember_note.setText(
                QCoreApplication.translate(
                    "VaultSettings",
                    "Aan: deze computer opent de kluis zonder wachtwoord zolang u bent "
                    "aangemeld. Het wachtwoord en de herstelsleutel blijven werken.",
                )
            )
        self.remember.toggled.connect(self.set_remember)
        inner.addWidget(self.remember)
        inner.addWidget(self.remember_note)
        col.addWidget(box)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(QCoreApplication.translate("VaultSettings", "Bezig"))
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        col.addWidget(self.busy)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("message")
        self.message.hide()
        col.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(QCoreApplication.translate("VaultSettings", "&Sluiten"))
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        intro.setMinimumWidth(480)

    # -- state ---------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return self.worker is not None

    def _update(self) -> None:
        level, text = passphrase_strength(self.new1.text())
        self.strength.setValue(level)
        self.hint.setText(text)
        busy = self.is_busy
        for w in (self.current, self.new1, self.new2):
            w.setEnabled(not busy)
        has_current = bool(self.current.text())
        self.change_button.setEnabled(not busy and has_current and bool(self.new1.text()))
        self.recovery_button.setEnabled(not busy and has_current)
        self.remember.setEnabled(
            not busy and (self.vault.remembered or self.keystore.unavailable_code() is None)
        )

    def _say(self, text: str, ok: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(_OK_STYLE if ok else _ERROR_STYLE)
        self.message.setVisible(bool(text))

    def _error(self, exc: object) -> str:
        code = getattr(exc, "code", None)
        if code == "wrong_key":
            return QCoreApplication.translate(
                "VaultSettings", "Het huidige wachtwoord klopt niet. Er is niets gewijzigd."
            )
        if code == "short_passphrase":
            return QCoreApplication.translate(
                "VaultSettings", "Het nieuwe wachtwoord is te kort: minstens %1 tekens."
            ).replace("%1", str(getattr(exc, "params", {}).get("minimum", "")))
        if code == "empty_passphrase":
            return QCoreApplication.translate("VaultSettings", "Vul een nieuw wachtwoord in.")
        if isinstance(exc, BaseException):
            return (
                error_text(exc)
                + " "
                + QCoreApplication.translate("VaultSettings", "Er is niets gewijzigd.")
            )
        return QCoreApplication.translate("VaultSettings", "Er is niets gewijzigd.")

    def _need_current(self) -> bool:
        if self.current.text():
            return True
        self._say(
            QCoreApplication.translate("VaultSettings", "Vul eerst het huidige wachtwoord in.")
        )
        self.current.setFocus()
        return False

    # -- actions -------------------------------------------------------------------

    def change_passphrase(self) -> None:
        if self.is_busy or not self._need_current():
            return
        new = self.new1.text()
        try:
            check_new_passphrase(new)  # the core's rule, before a second of key derivation
        except MandaatError as exc:
            self._say(self._error(exc))
            self.new1.setFocus()
            return
        if self.new2.text() != new:
            self._say(
                QCoreApplication.translate(
                    "VaultSettings", "De twee nieuwe wachtwoorden zijn niet gelijk."
                )
            )
            self.new2.setFocus()
            self.new2.selectAll()
            return
        self._run(change_passphrase_job, self._passphrase_changed, self.current.text(), new)

    def new_recovery_key(self) -> None:
        if self.is_busy or not self._need_current():
            return
        self._run(new_recovery_key_job, self._recovery_made, self.current.text())

    def set_remember(self, on: bool) -> None:
        if self.is_busy or on == self.vault.remembered:
            return
        if not self._need_current():
            self._reset_remember()
            return
        self._run(
            remember_job, self._remember_set, self.current.text(), self.keystore, on, revert=True
        )

    def _reset_remember(self) -> None:
        self.remember.blockSignals(True)
        self.remember.setChecked(self.vault.remembered)
        self.remember.blockSignals(False)

    def _run(
        self,
        fn: Callable[..., Any],
        done: Callable[[Any], None],
        *args: Any,
        revert: bool = False,
    ) -> None:
        self._say("")
        self._on_done, self._revert = done, revert
        worker = workers.start(fn, self.vault, *args)
        self.worker = worker
        self.busy.show()
        self._update()
        self.busy_changed.emit(True)
        # bound slots, no closures: no reference cycle keeps a worker for the collector
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)

    def _finished(self, result: object) -> None:
        self._end()
        self._on_done(result)
        session = self._session()
        if session is not None and self.vault.is_open:  # not after a lock closed it
            session.keys_changed()
        if self._close_when_done:
            self._go()

    def _failed(self, exc: object) -> None:
        self._end()
        if self._revert:
            self._reset_remember()
        self._say(self._error(exc))
        if self._close_when_done:
            self._go()
            return
        self.current.setFocus()
        self.current.selectAll()

    def _end(self) -> None:
        self.worker = None
        self.busy.hide()
        self.busy_changed.emit(False)
        self._update()

    # -- outcomes ------------------------------------------------------------------

    def _clear_secrets(self) -> None:
        for w in (self.current, self.new1, self.new2):
            w.clear()

    def _passphrase_changed(self, made: object) -> None:
        self._clear_secrets()
        self._say(
            QCoreApplication.translate(
                "VaultSettings", "Wachtwoord gewijzigd. Het oude wachtwoord opent niets meer."
            ),
            ok=True,
        )
        self.changed.emit("passphrase")
        if isinstance(made, str):  # a version-1 vault also got a new recovery key
            self._show_recovery_key(made)

    def _recovery_made(self, key: object) -> None:
        self._clear_secrets()
        self._say(
            QCoreApplication.translate(
                "VaultSettings", "Nieuwe herstelsleutel gemaakt. De oude opent niets meer."
            ),
            ok=True,
        )
        self.changed.emit("recovery")
        if isinstance(key, str):
            self._show_recovery_key(key)

    def _remember_set(self, _result: object) -> None:
        self.current.clear()
        self._reset_remember()
        self._say(
            QCoreApplication.translate("VaultSettings", "Deze computer onthoudt de kluis nu.")
            if self.vault.remembered
            else QCoreApplication.translate(
                "VaultSettings", "Deze computer onthoudt de kluis niet meer."
            ),
            ok=True,
        )
        self.changed.emit("remember")

    def _show_recovery_key(self, key: str) -> None:
        # Parented to the main window: shown even when the window locked meanwhile,
        # since the old recovery key no longer opens anything.
        parent = self.parentWidget() or self
        dialog = RecoveryKeyDialog(key, self.vault.path.name, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.recovery_dialog = dialog
        dialog.open()

    # -- closing -------------------------------------------------------------------

    def reject(self) -> None:
        """While a change runs the dialog stays (its result must be shown)."""
        if self.is_busy:
            self._close_when_done = True
            return
        self._clear_secrets()
        super().reject()

    def close_on_lock(self) -> None:
        """The window locked: out of sight at once; a running change still ends here
        (its new recovery key must be shown), then the dialog goes."""
        if self.is_busy:
            self._close_when_done = True
            self._clear_secrets()
            self.hide()
            return
        self.reject()

    def _go(self) -> None:
        """After a change that ended while the window was locked: stays hidden (it goes
        with the window; deleting it here, after the lock, crashed PySide in tests)."""
        self._clear_secrets()
        self.hide()


def open_vault_settings(window: Any) -> VaultSettingsDialog | None:
    """Open the dialog over the main window's session (duck-typed ``window``)."""
    session = getattr(window, "session", None)
    if session is None:
        return None
    dialog = VaultSettingsDialog(session, window.keystore, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    timer = getattr(window, "idle_timer", None)

    def busy(on: bool) -> None:  # no auto-lock while a key change is being written
        if timer is None:
            return
        if on:
            timer.stop()
        elif getattr(window, "session", None) is not None:
            timer.start()

    dialog.busy_changed.connect(busy)
    window.locking.connect(dialog.close_on_lock)  # before the views over the vault go
    dialog.open()
    return dialog
