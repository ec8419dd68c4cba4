"""Getting into a vault: the unlock screen, the "new vault" dialog and the recovery key.

Unlocking and creating run on a worker thread (the key derivation takes a moment on
purpose) while a busy bar shows. Errors are the core's one-line Dutch messages. File
dialogs go through an injectable :class:`PathProvider`, so tests answer them.
No secret is ever written to QSettings: only the last vault's *path*.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mandaat.errors import MandaatError
from mandaat.vault import fileformat as vault_format
from mandaat.vault.fileformat import EXTENSION, read_header
from mandaat.vault.keystore import KeyStore
from ui import workers
from ui.clipboard import copy_confidential
from ui.reveal import add_reveal_toggle

#: codes of an open refused because this computer saw a newer state of the vault
OLDER_CODES = frozenset({"older_state", "diverged_state", "state_unverified"})

if TYPE_CHECKING:  # loaded when a vault is opened or made, not for the first screen
    from mandaat.vault.file import Vault


def _t(text: str) -> str:
    return QCoreApplication.translate("Unlock", text)


FILE_FILTER = QT_TRANSLATE_NOOP("Unlock", "Mandaat-kluis (*.mandaat)")


class PathProvider(Protocol):
    def save_path(self, parent: QWidget | None, title: str, suggested: str) -> str | None: ...

    def open_path(self, parent: QWidget | None, title: str) -> str | None: ...


class FileDialogs:
    """The real file dialogs."""

    def save_path(self, parent: QWidget | None, title: str, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, _t(FILE_FILTER))
        return path or None

    def open_path(self, parent: QWidget | None, title: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, "", _t(FILE_FILTER))
        return path or None


def error_text(exc: BaseException, path: str | Path | None = None) -> str:
    """A core error as one line, with the file *name* instead of the whole path."""
    if isinstance(exc, MandaatError):
        from ui.words import error_line  # the core's words load after the first screen

        params = dict(exc.params)
        if "path" in params:
            params["path"] = Path(str(params["path"])).name
        try:
            shown = type(exc)(exc.code, **params)  # the file's name, not its whole path
        except TypeError:  # an error made otherwise (BidRefused): as it is
            shown = exc
        return error_line(shown)
    name = Path(path).name if path else ""
    from mandaat import crash

    crash.record(exc, "window")  # types and frames only, never a value
    return (
        QCoreApplication.translate("Unlock", "Er ging iets mis")
        + (f" ({name})" if name else "")
        + f": {type(exc).__name__}"
    )


def vault_notice(vault: Vault) -> str:
    """What the window shows beside an open vault: a test-profile KDF, read-only."""
    parts = []
    if "weak_kdf" in vault.notices:
        parts.append(
            QCoreApplication.translate("Unlock", "⚠ TESTKLUIS: sleutelafleiding onder RFC 9106")
        )
    if vault.read_only:
        parts.append(QCoreApplication.translate("Unlock", "ALLEEN LEZEN (oudere stand)"))
    return " · ".join(parts)


def passphrase_strength(text: str) -> tuple[int, str]:
    """A hint, 0–3, and a Dutch sentence. Length counts most; a few words beat symbols."""
    words = len(text.split())
    if not text:
        return 0, QCoreApplication.translate(
            "Unlock", "Kies een wachtwoord: een zin van vier of meer woorden werkt goed."
        )
    if len(text) < 10:
        return 0, QCoreApplication.translate(
            "Unlock", "Zwak: te kort. Kies een zin van vier of meer woorden."
        )
    if len(text) < 16 and words < 4:
        return 1, QCoreApplication.translate(
            "Unlock", "Redelijk: maak het langer, bijvoorbeeld met nog een paar woorden."
        )
    if len(text) < 24 and words < 4:
        return 2, QCoreApplication.translate("Unlock", "Goed. Nog langer is nog beter.")
    return 3, QCoreApplication.translate("Unlock", "Sterk.")


def _ask_with_box(
    parent: QWidget, title: str, text: str, buttons: list[tuple[str, QMessageBox.ButtonRole]]
) -> int:
    from ui.main_window import ask_with_box

    return ask_with_box(parent, title, text, buttons)


def _busy_bar(name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.setAccessibleName(name)
    bar.setVisible(False)
    return bar


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #9b1c1c;")
    label.setAccessibleName(QCoreApplication.translate("Unlock", "Foutmelding"))
    label.setVisible(False)
    return label


# --------------------------------------------------------------------------- unlock


class UnlockScreen(QWidget):
    """The screen shown before a vault is open, and again after a lock.

    Signals:
        unlocked(object): the opened :class:`~mandaat.vault.file.Vault`.
        create_requested(): the user wants a new vault.
        path_changed(str): another vault was chosen (the window remembers the path).
    """

    unlocked = Signal(object)
    create_requested = Signal()
    path_changed = Signal(str)

    def __init__(
        self,
        path: str | None = None,
        *,
        keystore: KeyStore | None = None,
        paths: PathProvider | None = None,
        demo_opener: Callable[[], Vault] | None = None,
        ask: Callable[..., int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.keystore = keystore or KeyStore()
        self.paths = paths or FileDialogs()
        self.demo_opener = demo_opener
        self.ask = ask or _ask_with_box
        self.path: str | None = None
        self._worker: workers.Worker | None = None
        self._build()
        self.set_path(path)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        card = QFrame()
        card.setObjectName("unlockCard")
        card.setMaximumWidth(520)
        card.setMinimumWidth(420)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)

        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        self.title = QLabel(QCoreApplication.translate("Unlock", "Mandaat"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setAccessibleName(QCoreApplication.translate("Unlock", "Kluis"))
        layout.addWidget(self.file_label)

        self.unlock_part = QWidget()
        part = QVBoxLayout(self.unlock_part)
        part.setContentsMargins(0, 6, 0, 0)
        self.secret_label = QLabel(QCoreApplication.translate("Unlock", "Wachtwoor&d"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(QCoreApplication.translate("Unlock", "Wachtwoord"))
        self.secret.returnPressed.connect(self.unlock)
        self.secret_reveal = add_reveal_toggle(self.secret)
        self.secret_label.setBuddy(self.secret)
        part.addWidget(self.secret_label)
        part.addWidget(self.secret)
        self.use_recovery = QCheckBox(
            QCoreApplication.translate("Unlock", "Gebruik de he&rstelsleutel")
        )
        self.use_recovery.setAccessibleName(
            QCoreApplication.translate("Unlock", "Gebruik de herstelsleutel")
        )
        self.use_recovery.toggled.connect(self._recovery_toggled)
        part.addWidget(self.use_recovery)
        buttons = QHBoxLayout()
        self.keyring_button = QPushButton(
            QCoreApplication.translate("Unlock", "Met deze &computer")
        )
        self.keyring_button.setAccessibleName(
            QCoreApplication.translate("Unlock", "Ontgrendel met de sleutelbos van deze computer")
        )
        self.keyring_button.setToolTip(
            QCoreApplication.translate(
                "Unlock", "Ontgrendel met de sleutel in de sleutelbos van het systeem"
            )
        )
        self.keyring_button.clicked.connect(self.unlock_with_keyring)
        buttons.addWidget(self.keyring_button)
        buttons.addStretch(1)
        self.unlock_button = QPushButton(QCoreApplication.translate("Unlock", "&Ontgrendel"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(QCoreApplication.translate("Unlock", "Ontgrendel"))
        self.unlock_button.clicked.connect(self.unlock)
        buttons.addWidget(self.unlock_button)
        part.addLayout(buttons)
        layout.addWidget(self.unlock_part)

        self.demo_button = QPushButton(QCoreApplication.translate("Unlock", "Demo &ontgrendelen"))
        self.demo_button.setAccessibleName(
            QCoreApplication.translate("Unlock", "Demo ontgrendelen")
        )
        self.demo_button.clicked.connect(self.unlock_demo)
        layout.addWidget(self.demo_button)

        self.busy = _busy_bar(QCoreApplication.translate("Unlock", "Bezig met ontgrendelen"))
        layout.addWidget(self.busy)
        self.error = _error_label()
        layout.addWidget(self.error)
        self.note = QLabel()  # e.g. "an unsaved bid is kept until you unlock" (never its text)
        self.note.setObjectName("unlock_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(
            "background: #eef4fb; color: #1d3557; border: 1px solid #b6cbe3; padding: 6px;"
        )
        self.note.setAccessibleName(QCoreApplication.translate("Unlock", "Melding"))
        self.note.setVisible(False)
        layout.addWidget(self.note)

        self.line = line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        links = QHBoxLayout()
        self.open_other = QPushButton(QCoreApplication.translate("Unlock", "&Andere kluis openen…"))
        self.open_other.setFlat(True)
        self.open_other.setAccessibleName(
            QCoreApplication.translate("Unlock", "Andere kluis openen")
        )
        self.open_other.clicked.connect(self.choose_other)
        self.create_button = QPushButton(
            QCoreApplication.translate("Unlock", "&Nieuwe kluis maken…")
        )
        self.create_button.setFlat(True)
        self.create_button.setAccessibleName(
            QCoreApplication.translate("Unlock", "Nieuwe kluis maken")
        )
        self.create_button.clicked.connect(self.create_requested)
        links.addWidget(self.open_other)
        links.addStretch(1)
        links.addWidget(self.create_button)
        layout.addLayout(links)

    # -- state ---------------------------------------------------------------------

    def set_path(self, path: str | None) -> None:
        self.path = path
        self.error.setVisible(False)
        self.secret.clear()
        demo = self.demo_opener is not None
        self.demo_button.setVisible(demo)
        self.unlock_part.setVisible(bool(path) and not demo)
        self.open_other.setVisible(not demo)
        self.line.setVisible(bool(path) and not demo)
        # first run: two real buttons, the new vault first; later: quiet links
        for button in (self.open_other, self.create_button):
            button.setFlat(bool(path))
        self.create_button.setDefault(not path)
        self.open_other.setText(
            QCoreApplication.translate("Unlock", "&Andere kluis openen…")
            if path
            else QCoreApplication.translate("Unlock", "Bestaande kluis &openen…")
        )
        self.unlock_button.setDefault(bool(path))
        self.create_button.setVisible(not demo)
        if demo:
            self.title.setText(QCoreApplication.translate("Unlock", "Mandaat — demo"))
            self.file_label.setText(
                QCoreApplication.translate(
                    "Unlock", "De demo-kluis is vergrendeld. Alle biedingen erin zijn FICTIEF."
                )
            )
        elif path:
            self.title.setText(QCoreApplication.translate("Unlock", "Kluis ontgrendelen"))
            self.file_label.setText(
                QCoreApplication.translate("Unlock", "Kluis: ")
                + f"<b>{html.escape(Path(path).name)}</b><br>"
                f"<span style='color: #5f5f5f'>{html.escape(str(Path(path).parent))}</span>"
            )
        else:
            self.title.setText(QCoreApplication.translate("Unlock", "Welkom bij Mandaat"))
            self.file_label.setText(
                QCoreApplication.translate(
                    "Unlock",
                    "Mandaat bewaart dossiers en biedingen versleuteld in één kluisbestand op "
                    "deze computer. Maak een nieuwe kluis, of open een bestaande.",
                )
            )
        self.keyring_button.setVisible(self._has_keyring_slot())
        self._recovery_toggled(self.use_recovery.isChecked())

    def _has_keyring_slot(self) -> bool:
        # The header first: it is cheap, while finding the keyring backend costs ~0.2 s
        # (benchmarks/startup.py), so a vault without a keyring slot never asks for it.
        if not self.path:
            return False
        try:
            if read_header(Path(self.path)).slot(vault_format.SLOT_KEYRING) is None:
                return False
        except (MandaatError, OSError):
            return False
        return self.keystore.unavailable_reason() is None

    def _recovery_toggled(self, on: bool) -> None:
        self.secret.clear()
        self.secret_reveal.setChecked(False)
        self.secret_reveal.setVisible(not on)  # a recovery key is shown as typed anyway
        if on:
            self.secret_label.setText(QCoreApplication.translate("Unlock", "Herstel&sleutel"))
            self.secret.setAccessibleName(QCoreApplication.translate("Unlock", "Herstelsleutel"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)  # typed from paper
            self.secret.setFont(QFont("monospace"))
        else:
            self.secret_label.setText(QCoreApplication.translate("Unlock", "Wachtwoor&d"))
            self.secret.setAccessibleName(QCoreApplication.translate("Unlock", "Wachtwoord"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret.setFont(QFont())

    def focus_secret(self) -> None:
        if self.demo_opener is not None:
            self.demo_button.setFocus()
        elif self.path:
            self.secret.setFocus()
        else:
            self.create_button.setFocus()

    @property
    def busy_now(self) -> bool:
        return self._worker is not None

    # -- actions -------------------------------------------------------------------

    def choose_other(self) -> None:
        path = self.paths.open_path(self, QCoreApplication.translate("Unlock", "Kluis openen"))
        if path:
            self.set_path(path)
            self.path_changed.emit(path)
            self.focus_secret()

    def unlock(self) -> None:
        if not self.path or self.busy_now:
            return
        secret = self.secret.text()
        if not secret:
            self.show_error(
                QCoreApplication.translate("Unlock", "Vul de herstelsleutel in.")
                if self.use_recovery.isChecked()
                else QCoreApplication.translate("Unlock", "Vul het wachtwoord in.")
            )
            return
        key = "recovery_key" if self.use_recovery.isChecked() else "passphrase"
        from mandaat.vault.file import Vault

        self._run(Vault.open, Path(self.path), **{key: secret})

    def unlock_with_keyring(self) -> None:
        if self.path and not self.busy_now:
            from mandaat.vault.file import Vault

            self._run(Vault.open, Path(self.path), keystore=self.keystore)

    def unlock_demo(self) -> None:
        if self.demo_opener is not None and not self.busy_now:
            self._run(self.demo_opener)

    def _run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self.error.setVisible(False)
        self._set_busy(True)
        worker = workers.start(fn, *args, **kwargs)
        self._worker = worker
        path = self.path
        screen = self

        def finished(vault: object) -> None:
            if screen._worker is not worker:  # the screen gave up on this attempt
                from mandaat.vault.file import Vault

                if isinstance(vault, Vault):
                    vault.close()
                return
            screen._worker = None
            screen._set_busy(False)
            screen.secret.clear()
            screen.unlocked.emit(vault)

        def failed(exc: object) -> None:
            if screen._worker is not worker:
                return
            screen._worker = None
            screen._set_busy(False)
            retry = screen._retry_options(exc, kwargs) if fn is not screen.demo_opener else None
            if retry is not None:
                screen._run(fn, *args, **{**kwargs, **retry})
                return
            screen.secret.selectAll()
            screen.show_error(error_text(exc, path) if isinstance(exc, BaseException) else "")

        worker.finished.connect(finished)
        worker.failed.connect(failed)

    def _retry_options(self, exc: object, kwargs: dict[str, Any]) -> dict[str, Any] | None:
        """Ask what to do with an older state or a costly key derivation; the options
        for a second attempt, or None (then the error is shown)."""
        code = getattr(exc, "code", None)
        if not isinstance(exc, MandaatError) or code is None:
            return None
        title = QCoreApplication.translate("Unlock", "Kluis openen")
        if code in OLDER_CODES and "older" not in kwargs:
            choice = self.ask(
                self,
                title,
                error_text(exc, self.path)
                + "\n\n"
                + QCoreApplication.translate(
                    "Unlock",
                    "Dit kan een teruggezette reservekopie zijn, of iemand heeft een oudere "
                    "kluis teruggezet. Alleen lezen wijzigt niets; aanvaarden maakt deze "
                    "stand de nieuwste op deze computer.",
                ),
                [
                    (
                        QCoreApplication.translate("Unlock", "Alleen lezen openen"),
                        QMessageBox.ButtonRole.AcceptRole,
                    ),
                    (
                        QCoreApplication.translate("Unlock", "Aanvaarden (bewust teruggezet)"),
                        QMessageBox.ButtonRole.DestructiveRole,
                    ),
                    (
                        QCoreApplication.translate("Unlock", "Annuleren"),
                        QMessageBox.ButtonRole.RejectRole,
                    ),
                ],
            )
            return {0: {"older": "view"}, 1: {"older": "accept"}}.get(choice)
        if code == "kdf_slow" and "max_kdf_seconds" not in kwargs:
            choice = self.ask(
                self,
                title,
                error_text(exc, self.path)
                + "\n\n"
                + QCoreApplication.translate(
                    "Unlock",
                    "Een kluis van deze computer kost minder dan een seconde. Alleen "
                    "doorgaan als u deze kluis vertrouwt.",
                ),
                [
                    (
                        QCoreApplication.translate("Unlock", "Toch openen"),
                        QMessageBox.ButtonRole.AcceptRole,
                    ),
                    (
                        QCoreApplication.translate("Unlock", "Annuleren"),
                        QMessageBox.ButtonRole.RejectRole,
                    ),
                ],
            )
            return {"max_kdf_seconds": math.inf} if choice == 0 else None
        return None

    def abandon(self) -> None:
        """Forget a running unlock (its vault, if it opens, is closed at once)."""
        self._worker = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (self.secret, self.unlock_button, self.keyring_button, self.demo_button):
            w.setEnabled(not busy)
        for w in (self.use_recovery, self.open_other, self.create_button):
            w.setEnabled(not busy)

    def show_note(self, text: str) -> None:
        """A calm note under the passphrase field ("" hides it)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        self.focus_secret()


# --------------------------------------------------------------------------- create


class CreateVaultDialog(QDialog):
    """A new vault: where, the passphrase twice, and whether to remember it here.

    Signals:
        created(object, str): the new, open Vault and its recovery key (shown once).
    """

    created = Signal(object, str)

    def __init__(
        self,
        *,
        keystore: KeyStore | None = None,
        paths: PathProvider | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Unlock", "Nieuwe kluis — Mandaat"))
        self.setModal(True)
        self.keystore = keystore or KeyStore()
        self.paths = paths or FileDialogs()
        self._worker: workers.Worker | None = None
        self._build()
        self._update()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        intro = QLabel(
            QCoreApplication.translate(
                "Unlock",
                "De kluis is één versleuteld bestand. Zonder wachtwoord of herstelsleutel "
                "kan niemand hem openen — ook de beheerder niet.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        path_row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(
            QCoreApplication.translate("Unlock", "Bestand van de kluis")
        )
        self.path_edit.setPlaceholderText(
            QCoreApplication.translate("Unlock", "Kies waar de kluis komt")
        )
        self.path_edit.textChanged.connect(self._update)
        self.browse_button = browse = QPushButton(
            QCoreApplication.translate("Unlock", "B&laderen…")
        )
        browse.setAccessibleName(
            QCoreApplication.translate("Unlock", "Bladeren naar een plek voor de kluis")
        )
        browse.clicked.connect(self.browse)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        file_label = QLabel(QCoreApplication.translate("Unlock", "&Bestand"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)

        self.pass1 = QLineEdit()
        self.pass1.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass1.setAccessibleName(QCoreApplication.translate("Unlock", "Wachtwoord"))
        self.pass1.textChanged.connect(self._update)
        self.pass1_reveal = add_reveal_toggle(self.pass1)
        form.addRow(QCoreApplication.translate("Unlock", "Wachtwoor&d"), self.pass1)
        self.strength = QProgressBar()
        self.strength.setRange(0, 3)
        self.strength.setTextVisible(False)
        self.strength.setMaximumHeight(6)
        self.strength.setAccessibleName(
            QCoreApplication.translate("Unlock", "Sterkte van het wachtwoord")
        )
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(
            QCoreApplication.translate("Unlock", "Advies over het wachtwoord")
        )
        hint_box = QVBoxLayout()
        hint_box.setSpacing(3)
        hint_box.addWidget(self.strength)
        hint_box.addWidget(self.hint)
        form.addRow("", hint_box)
        self.pass2 = QLineEdit()
        self.pass2.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass2.setAccessibleName(QCoreApplication.translate("Unlock", "Wachtwoord herhalen"))
        self.pass2.textChanged.connect(self._update)
        self.pass2_reveal = add_reveal_toggle(self.pass2)
        form.addRow(QCoreApplication.translate("Unlock", "&Herhaal"), self.pass2)
        layout.addLayout(form)

        self.remember = QCheckBox(QCoreApplication.translate("Unlock", "&Onthoud op deze computer"))
        self.remember.setAccessibleName(
            QCoreApplication.translate("Unlock", "Onthoud op deze computer")
        )
        reason = self.keystore.unavailable_reason()
        self.remember_note = QLabel()
        self.remember_note.setWordWrap(True)
        self.remember_note.setStyleSheet("color: #5f5f5f;")
        if reason is None:
            self.remember.setToolTip(
                QCoreApplication.translate(
                    "Unlock", "De sleutel komt in de beveiligde sleutelbos van het systeem"
                )
            )
            self.remember_note.setVisible(False)
        else:
            self.remember.setEnabled(False)
            text = QCoreApplication.translate("Unlock", "Niet beschikbaar: ") + reason + "."
            self.remember.setToolTip(text)
            self.remember.setAccessibleDescription(text)
            self.remember_note.setText(text)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_note)

        self.busy = _busy_bar(QCoreApplication.translate("Unlock", "Bezig met aanmaken"))
        layout.addWidget(self.busy)
        self.error = _error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("Unlock", "Kluis &aanmaken"))
        self.ok_button.setAccessibleName(QCoreApplication.translate("Unlock", "Kluis aanmaken"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        intro.setMinimumWidth(500)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

    def browse(self) -> None:
        suggested = self.path_edit.text() or str(Path.home() / f"onderhandelingen{EXTENSION}")
        path = self.paths.save_path(
            self, QCoreApplication.translate("Unlock", "Nieuwe kluis"), suggested
        )
        if path:
            if not path.endswith(EXTENSION):
                path += EXTENSION
            self.path_edit.setText(path)
            self.pass1.setFocus()

    def _update(self) -> None:
        level, text = passphrase_strength(self.pass1.text())
        self.strength.setValue(level)
        self.hint.setText(text)
        colour = ("#b42318", "#c47f00", "#3f7d3a", "#1e6b34")[level]
        self.strength.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        mismatch = bool(self.pass2.text()) and self.pass1.text() != self.pass2.text()
        if mismatch:
            self.error.setText(error_text(MandaatError("passphrase_mismatch")))
        self.error.setVisible(mismatch)
        ready = (
            bool(self.path_edit.text().strip())
            and bool(self.pass1.text())
            and self.pass1.text() == self.pass2.text()
            and self._worker is None
        )
        self.ok_button.setEnabled(ready)

    def create(self) -> None:
        if self._worker is not None or not self.ok_button.isEnabled():
            return
        path = self.path_edit.text().strip()
        if not path.endswith(EXTENSION):
            path += EXTENSION
            self.path_edit.setText(path)
        keystore = self.keystore if self.remember.isChecked() else None
        self.busy.setVisible(True)
        self.error.setVisible(False)
        for w in (self.path_edit, self.pass1, self.pass2, self.remember):
            w.setEnabled(False)
        from mandaat.vault.file import Vault

        worker = workers.start(Vault.create, Path(path), self.pass1.text(), keystore=keystore)
        self._worker = worker
        self._update()
        dialog = self

        def finished(result: object) -> None:
            vault, recovery = result  # type: ignore[misc]
            if dialog._worker is not worker:
                vault.close()
                return
            dialog._worker = None
            dialog.pass1.clear()
            dialog.pass2.clear()
            dialog.accept()
            dialog.created.emit(vault, recovery)

        def failed(exc: object) -> None:
            if dialog._worker is not worker:
                return
            dialog._worker = None
            dialog.busy.setVisible(False)
            for w in (dialog.path_edit, dialog.pass1, dialog.pass2):
                w.setEnabled(True)
            dialog.remember.setEnabled(dialog.keystore.unavailable_reason() is None)
            dialog._update()
            dialog.error.setText(error_text(exc, path) if isinstance(exc, BaseException) else "")
            dialog.error.setVisible(True)

        worker.finished.connect(finished)
        worker.failed.connect(failed)

    def reject(self) -> None:
        self._worker = None  # a vault that is still being made is closed when it arrives
        super().reject()


# --------------------------------------------------------------------------- recovery


def _printing_available() -> bool:
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return False
    try:
        from PySide6 import QtPrintSupport  # noqa: F401
    except ImportError:
        return False
    return True


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once: print it or write it down, then confirm."""

    def __init__(self, recovery_key: str, vault_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Unlock", "Herstelsleutel — Mandaat"))
        self.setModal(True)
        self._key = recovery_key
        self._vault_name = vault_name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        head = QLabel(QCoreApplication.translate("Unlock", "Bewaar deze herstelsleutel"))
        font = head.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        head.setFont(font)
        layout.addWidget(head)
        text = QLabel(
            QCoreApplication.translate(
                "Unlock",
                "Met de herstelsleutel opent u de kluis als u het wachtwoord kwijt bent. "
                "Hij wordt <b>maar één keer</b> getoond. Druk hem af of schrijf hem over, "
                "en bewaar hem op een veilige plek — niet bij de laptop.",
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.key_label = QLabel(recovery_key)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(mono.pointSizeF() * 1.2)
        self.key_label.setFont(mono)
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(QCoreApplication.translate("Unlock", "Herstelsleutel"))
        self.key_label.setStyleSheet(
            "background: palette(base); border: 1px solid palette(mid); padding: 10px;"
        )
        layout.addWidget(self.key_label)
        row = QHBoxLayout()
        self.print_button = QPushButton(QCoreApplication.translate("Unlock", "&Afdrukken…"))
        self.print_button.setAccessibleName(
            QCoreApplication.translate("Unlock", "Herstelsleutel afdrukken")
        )
        self.print_button.clicked.connect(self.print_key)
        if not _printing_available():
            self.print_button.setEnabled(False)
            self.print_button.setToolTip(
                QCoreApplication.translate("Unlock", "Afdrukken is hier niet beschikbaar")
            )
        self.copy_button = QPushButton(QCoreApplication.translate("Unlock", "&Kopiëren"))
        self.copy_button.setAccessibleName(
            QCoreApplication.translate("Unlock", "Herstelsleutel kopiëren")
        )
        self.copy_button.setToolTip(
            QCoreApplication.translate(
                "Unlock", "Het klembord wordt na 10 seconden weer leeggemaakt"
            )
        )
        self.copy_button.clicked.connect(lambda: copy_confidential(self._key))
        row.addWidget(self.print_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.confirm = QCheckBox(
            QCoreApplication.translate("Unlock", "Ik heb de herstelsleutel &veilig bewaard")
        )
        self.confirm.setAccessibleName(
            QCoreApplication.translate("Unlock", "Ik heb de herstelsleutel veilig bewaard")
        )
        layout.addWidget(self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.done_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.done_button.setText(QCoreApplication.translate("Unlock", "Klaa&r"))
        self.done_button.setEnabled(False)
        self.confirm.toggled.connect(self.done_button.setEnabled)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        text.setMinimumWidth(500)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

    def print_key(self) -> None:  # pragma: no cover - needs a printer
        try:
            from PySide6.QtGui import QTextDocument
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        except ImportError:
            return
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        doc.setHtml(
            "<h2>"
            + html.escape(QCoreApplication.translate("Unlock", "Mandaat — herstelsleutel"))
            + "</h2><p>"
            + html.escape(QCoreApplication.translate("Unlock", "Kluis: "))
            + f"{html.escape(self._vault_name)}</p>"
            f"<p style='font-family:monospace;font-size:16pt'>{html.escape(self._key)}</p><p>"
            + html.escape(
                QCoreApplication.translate(
                    "Unlock", "Bewaar dit papier op een veilige plek, niet bij de laptop."
                )
            )
            + "</p>"
        )
        doc.print_(printer)

    def reject(self) -> None:
        if self.confirm.isChecked():
            super().reject()

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        super().done(result)
        self.key_label.clear()
        self._key = ""
