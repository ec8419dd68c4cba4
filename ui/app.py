"""Starts the Qt application: ``mandaat``, ``mandaat --demo``, ``mandaat --self-test``.

Set-up: application and organisation names (for QSettings, which hold UI state only —
never a secret), the Dutch locale, Qt's own Dutch translation (standard buttons) and
Mandaat's translation from ``resources/i18n/mandaat_<lang>.qm`` when present.
The language: ``MANDAAT_LANG`` (``mandaat --lang en`` sets it), else the setting chosen
in Instellingen (``ui/language``), else Dutch. See resources/i18n/README.md.

Hidden hook for documentation screenshots (used under Xvfb, see docs/screenshots/):
``MANDAAT_SCREENSHOT=file.png`` grabs the window (or a dialog) shortly after it is shown
and quits; ``MANDAAT_SCREENSHOT_VIEW`` picks what: ``advice`` (default), ``bids``,
``chart``, ``nota``, ``log``, ``unlock`` (locks first), ``create``, ``recovery``,
``new-bid``, ``edit-bid``, ``export``, ``export-woo``, ``help``, ``shortcuts``, ``menu``;
``MANDAAT_SCREENSHOT_DOSSIER=Carvykti`` selects a dossier first; with ``bids``,
``MANDAAT_SCREENSHOT_BID_ROW=N`` selects a bid and ``MANDAAT_SCREENSHOT_PAGE=0..3`` the page
of its analyses; more views in ``ui/screenshot_views.py``;
``MANDAAT_SCREENSHOT_SCREEN=1`` grabs the whole screen instead (Xvfb), to see the fit.

Hidden hook for ``benchmarks/startup.py``: ``MANDAAT_STARTUP_PROBE=1`` prints
``MANDAAT_SHOWN <time.monotonic()>`` when the first window is exposed, then quits.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QSize,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

APP_NAME = "Mandaat"
ORGANISATION = "VWS-BFAG"
DOMAIN = "minvws.nl"
I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"

#: Languages with a catalogue (Dutch is the source language); the QSettings key.
LANGUAGES = ("nl", "en")
LANGUAGE_SETTING = "ui/language"

_translators: list[QTranslator] = []


def language(settings: QSettings | None = None) -> str:
    """``MANDAAT_LANG`` if set, else the saved setting, else ``nl``; unknown → ``nl``."""
    lang = os.environ.get("MANDAAT_LANG", "").strip().lower()
    if not lang:
        stored = (settings or QSettings()).value(LANGUAGE_SETTING, "nl")
        lang = str(stored or "nl").strip().lower()
    return lang if lang in LANGUAGES else "nl"


def install_translations(app: QApplication, lang: str | None = None) -> list[str]:
    """Load Qt's and Mandaat's catalogues for ``lang``; returns the files loaded."""
    lang = lang or language()
    if lang == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    else:
        QLocale.setDefault(QLocale(lang))
    loaded: list[str] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{lang}", qt_dir), (f"mandaat_{lang}", str(I18N))]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
            loaded.append(str(Path(folder) / f"{name}.qm"))
    return loaded


def remove_translations(app: QApplication) -> None:
    """Undo :func:`install_translations` (tests switch languages within one process)."""
    while _translators:
        app.removeTranslator(_translators.pop())
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        _set_names(existing)
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    _set_names(app)  # before the translations: the language setting lives in QSettings
    install_translations(app)
    app.setWindowIcon(app_icon())
    return app


ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def app_icon() -> QIcon:
    """The application icon: PNGs drawn from ``mandaat.svg`` at every size Qt may ask for
    (sharp on high-DPI screens without needing the SVG image plugin)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = ICONS / f"mandaat-{size}.png"
        if png.exists():
            icon.addFile(str(png), QSize(size, size))
    return icon


def _set_names(app: QApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain(DOMAIN)


def make_window(settings: QSettings | None = None) -> QWidget:
    """The main window, locked, on the last vault (or the welcome screen)."""
    from ui.main_window import MainWindow

    return MainWindow(settings)


def crash_hook(
    inform: Callable[[QWidget | None, str, str], None] | None = None,
) -> Callable[..., None]:
    """``sys.excepthook`` for the window: an error nothing else caught (a slot that
    raised) is written to the crash file without values and told in one line."""

    def hook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        from PySide6.QtCore import QCoreApplication

        from mandaat import crash

        where = crash.record(exc, "window")
        text = QCoreApplication.translate(
            "App", "Er ging iets mis (%1). De kluis op schijf is de laatst opgeslagen stand."
        ).replace("%1", kind.__name__)
        if where is not None:
            text += " " + QCoreApplication.translate("App", "Details zonder gegevens: %1").replace(
                "%1", str(where)
            )
        if inform is not None:
            inform(QApplication.activeWindow(), "Mandaat", text)
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(QApplication.activeWindow(), "Mandaat", text)

    return hook


def run_app(demo: bool = False, vault: str | None = None) -> int:
    app = make_app()
    sys.excepthook = crash_hook()
    probe = _StartupProbe(app) if os.environ.get("MANDAAT_STARTUP_PROBE") else None
    from ui.main_window import MainWindow

    demo_vault = None
    if demo:
        from ui.demo import DemoVault

        demo_vault = DemoVault()
    if demo_vault is not None:
        atexit.register(demo_vault.cleanup)
    try:
        window = MainWindow(QSettings(), vault_path=vault, demo=demo_vault)
        if probe is not None:
            probe.watch(window)
        window.show()
        window.unlock_screen.focus_secret()
        QTimer.singleShot(0, gc.enable)  # ui.main paused it for the way to this window
        shot = os.environ.get("MANDAAT_SCREENSHOT")
        if shot:
            QTimer.singleShot(700, lambda: _screenshot(app, window, shot))
        return int(app.exec())
    finally:
        from ui import workers

        workers.wait_all(10_000)
        if demo_vault is not None:
            demo_vault.cleanup()


class _StartupProbe(QObject):
    """The benchmark hook (see the module docstring): the first expose, then quit.

    It watches the window's own native window, as the bare window's probe in
    benchmarks/startup.py does: an application-wide Python filter would see every event of
    every widget and slow the very start it measures (a cost a user never pays)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._done = False

    def watch(self, window: QWidget) -> None:
        window.winId()  # its native window now, before show(), so no expose is missed
        handle = window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self._done and event.type() == QEvent.Type.Expose:
            self._done = True
            print(f"MANDAAT_SHOWN {time.monotonic():.6f}", flush=True)
            QTimer.singleShot(0, self._app.quit)
        return False


def _screenshot(app: QApplication, window: QWidget, path: str) -> None:  # pragma: no cover
    """The hidden documentation hook (see the module docstring)."""
    from ui.main_window import MainWindow
    from ui.unlock import RecoveryKeyDialog

    assert isinstance(window, MainWindow)
    view = os.environ.get("MANDAAT_SCREENSHOT_VIEW", "advice")
    brand = os.environ.get("MANDAAT_SCREENSHOT_DOSSIER")
    ws = window.workspace
    if ws is not None and brand:
        for row in ws.model.rows():
            if row.dossier.brand == brand and row.dossier.id is not None:
                ws.select(row.dossier.id)
    from ui import screenshot_views  # the vault settings and lock-with-draft views

    if screenshot_views.take(app, window, view, path):
        return
    target: QWidget = window
    tabs = {"advice": 0, "bids": 1, "chart": 2, "nota": 3, "log": 4}
    if view in tabs and ws is not None:
        ws.tabs.setCurrentIndex(tabs[view])
        bid_row = os.environ.get("MANDAAT_SCREENSHOT_BID_ROW")  # the bids tab: a bid and
        if view == "bids" and bid_row is not None:  # its analyses page (0-3) under it
            ws.bids_tab.select_row(int(bid_row))
            ws.bids_tab.analyses.setCurrentIndex(
                int(os.environ.get("MANDAAT_SCREENSHOT_PAGE", "0"))
            )
    elif view == "unlock":
        window.lock()
    elif view == "create":
        window.create_vault()
        target = window.create_dialog
        target.path_edit.setText(str(Path.home() / "Documenten" / "onderhandelingen.mandaat"))  # type: ignore[attr-defined]
        target.pass1.setText("paars olifant fietst langzaam")  # type: ignore[attr-defined]
        target.pass2.setText("paars olifant fietst langzaam")  # type: ignore[attr-defined]
    elif view in ("new-bid", "edit-bid") and ws is not None and ws.bids_tab is not None:
        tab: Any = ws.bids_tab
        ws.tabs.setCurrentWidget(tab)
        if view == "edit-bid":
            tab.select_row(0)
            tab.edit_selected()
        else:
            tab.new_bid()
        target = tab.editor
    elif view in ("export", "export-woo"):
        window.open_export()
        target = window.export_dialog
        if view == "export-woo":
            target.woo_radio.setChecked(True)  # type: ignore[attr-defined]
    elif view in ("help", "shortcuts", "menu"):
        if view == "menu":
            window.menuBar().actions()[1].menu().popup(  # type: ignore[union-attr]
                window.mapToGlobal(window.menuBar().geometry().bottomLeft())
            )
        else:
            (window.help_action if view == "help" else window.shortcuts_action).trigger()  # type: ignore[attr-defined]
            target = window.help_dialog if view == "help" else window.shortcuts_dialog  # type: ignore[attr-defined]
    elif view == "recovery":
        from mandaat.vault import fileformat as vault_format

        key = vault_format.format_recovery_key(vault_format.new_recovery_secret())
        target = RecoveryKeyDialog(key, "onderhandelingen.mandaat", window)
        target.show()

    def grab() -> None:
        screen = app.primaryScreen()
        if os.environ.get("MANDAAT_SCREENSHOT_SCREEN") and screen is not None:
            screen.grabWindow(0).save(path)  # the whole screen: does it fit a laptop?
        else:
            target.grab().save(path)
        app.quit()

    QTimer.singleShot(900, grab)


# --------------------------------------------------------------------------- self-test


@dataclass
class SelfTestContext:
    """What a self-test step gets: the app, the window on the demo vault, a scratch dir."""

    app: QApplication
    window: QWidget
    scratch: Path
    notes: list[str] = field(default_factory=list)

    @property
    def session(self):  # type: ignore[no-untyped-def]
        return self.window.session  # type: ignore[attr-defined]


#: (name, step): each step returns one line for the report or raises. Import and export
#: add their steps with :func:`add_self_test_step`.
SelfTestStep = Callable[[SelfTestContext], str]
SELF_TEST_STEPS: list[tuple[str, SelfTestStep]] = []


def add_self_test_step(name: str, step: SelfTestStep) -> None:
    SELF_TEST_STEPS.append((name, step))


def _step_window(ctx: SelfTestContext) -> str:
    ws = ctx.window.workspace  # type: ignore[attr-defined]
    if ws is None:
        raise RuntimeError("het venster toont geen kluis")
    n = ws.model.rowCount()
    if n == 0:
        raise RuntimeError("geen dossiers in de lijst")
    for i in range(ws.tabs.count()):
        ws.tabs.setCurrentIndex(i)
        ctx.app.processEvents()
    return f"hoofdvenster met {n} dossiers en {ws.tabs.count()} tabbladen"


def _step_check(ctx: SelfTestContext) -> str:
    from mandaat.engine import check_rows

    session = ctx.session
    rows = check_rows(session.dossiers(), session.bids())
    computed = [r for r in rows if r.get("error") is None]
    skipped = len(rows) - len(computed)
    line = f"{len(rows)} biedingen gecontroleerd, {len(computed)} berekend"
    if skipped:
        line += f", {skipped} zonder berekening (ontbrekende gegevens)"
    if not computed:
        raise RuntimeError("geen enkel bod kon worden berekend")
    return line


def _step_keyring(ctx: SelfTestContext) -> str:
    from mandaat.vault.keystore import KeyStore

    store = KeyStore()
    try:
        backend = store.backend()
        name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    except Exception as exc:  # noqa: BLE001 - reported, not fatal
        name = f"onbereikbaar ({type(exc).__name__})"
    reason = store.unavailable_reason()
    state = "beveiligd, onthouden kan" if reason is None else f"onthouden uit: {reason}"
    return f"sleutelbos {name} — {state}"


def _step_keyring_backends(ctx: SelfTestContext) -> str:
    """The secure backends must be in the build even where none can run (frozen apps
    have lost them before): import each one this platform could use."""
    import importlib

    wanted = {
        "linux": ["SecretService", "libsecret", "kwallet"],
        "win32": ["Windows"],
        "darwin": ["macOS"],
    }
    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    names = wanted.get(platform, [])
    for name in names:
        importlib.import_module(f"keyring.backends.{name}")
    return "aanwezig: " + ", ".join(names) if names else "geen voor dit platform"


def _step_translations(ctx: SelfTestContext) -> str:
    """Our English catalogue and Qt's Dutch one must be in the build and load."""
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    found = []
    for name, folder in (("qtbase_nl", qt_dir), ("mandaat_en", str(I18N))):
        if not QTranslator().load(name, folder):
            raise RuntimeError(f"{name}.qm niet gevonden in {folder}")
        found.append(f"{name}.qm")
    return "geladen: " + ", ".join(found)


BUILTIN_STEPS: list[tuple[str, SelfTestStep]] = [
    ("venster", _step_window),
    ("controle", _step_check),
    ("sleutelbos", _step_keyring),
    ("sleutelbos-modules", _step_keyring_backends),
    ("vertalingen", _step_translations),
]


def self_test(out: Callable[[str], None] = print) -> int:
    """``mandaat --self-test``: offscreen, the main window on a temporary demo vault,
    a check over all bids, the keyring backend. Exit 0 when every step passed."""
    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = make_app()
    from ui import workers
    from ui.demo import DemoVault
    from ui.main_window import MainWindow
    from ui.selftest_steps import register

    register()  # the import and Woo-export steps
    failures = 0
    with tempfile.TemporaryDirectory(prefix="mandaat-selftest-") as scratch:
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        demo = DemoVault()
        window = None
        try:
            window = MainWindow(settings, demo=demo, ask=lambda *a: 2, inform=lambda *a: None)
            window.show()
            app.processEvents()
            ctx = SelfTestContext(app, window, Path(scratch))
            out(f"Mandaat self-test (Qt-platform: {app.platformName()})")
            for name, step in BUILTIN_STEPS + SELF_TEST_STEPS:
                try:
                    out(f"  ok   {name}: {step(ctx)}")
                except Exception as exc:  # noqa: BLE001 - every step reports
                    failures += 1
                    out(f"  FOUT {name}: {type(exc).__name__}: {exc}")
        finally:
            if window is not None:
                window.close()
                window.deleteLater()
            workers.wait_all(10_000)
            app.processEvents()
            demo.cleanup()
    out("self-test geslaagd" if not failures else f"self-test: {failures} stap(pen) mislukt")
    return 0 if not failures else 1
