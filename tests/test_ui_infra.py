"""The pieces under the window: the confidential clipboard, the workers, the demo vault,
the passphrase hint, translations and ``mandaat --self-test``."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from ui_helpers import QT_MARKS, no_leaks  # noqa: F401

from mandaat.errors import VaultError
from ui import workers
from ui.app import SELF_TEST_STEPS, add_self_test_step, self_test
from ui.clipboard import ConfidentialClipboard, confidential_mime
from ui.demo import DemoVault
from ui.unlock import error_text, passphrase_strength

pytestmark = QT_MARKS


def test_clipboard_is_cleared_after_the_timeout(qtbot) -> None:  # type: ignore[no-untyped-def]
    board = QGuiApplication.clipboard()
    guard = ConfidentialClipboard(timeout_ms=100)
    guard.copy("67,3% effectieve korting")
    assert board.text() == "67,3% effectieve korting"
    assert board.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    assert guard.pending()
    qtbot.waitUntil(lambda: board.text() == "", timeout=2000)
    assert not guard.pending()


def test_clipboard_leaves_what_the_user_copied_since(qtbot) -> None:  # type: ignore[no-untyped-def]
    board = QGuiApplication.clipboard()
    guard = ConfidentialClipboard(timeout_ms=100)
    guard.copy("geheim")
    board.setText("iets anders")
    qtbot.waitUntil(lambda: not guard.pending(), timeout=2000)
    assert board.text() == "iets anders"
    board.clear()


def test_mime_hints_per_platform() -> None:
    win = confidential_mime("x", "win32")
    assert any("ExcludeClipboardContentFromMonitorProcessing" in f for f in win.formats())
    assert any("CanIncludeInClipboardHistory" in f for f in win.formats())
    mac = confidential_mime("x", "darwin")
    assert "org.nspasteboard.ConcealedType" in mac.formats()
    assert confidential_mime("x", "linux").text() == "x"


def test_worker_delivers_progress_and_result_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    def job(n: int):  # type: ignore[no-untyped-def]
        for i in range(n):
            yield (i + 1, n, f"stap {i + 1}")
        return n * 10

    seen: list[tuple[int, int, str]] = []
    worker = workers.start(job, 3)
    worker.progress.connect(lambda d, t, s: seen.append((d, t, s)))
    with qtbot.waitSignal(worker.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == [30]
    assert seen[-1] == (3, 3, "stap 3")
    assert not workers.running()


def test_worker_reports_failure_and_cancel(qtbot) -> None:  # type: ignore[no-untyped-def]
    def broken() -> None:
        raise VaultError("wrong_key", path="/geheim/pad/kluis.mandaat")

    worker = workers.start(broken)
    with qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
        pass
    exc = blocker.args[0]
    assert error_text(exc) == "kluis.mandaat: onjuist wachtwoord of herstelsleutel"

    import threading

    gate = threading.Event()

    def slow():  # type: ignore[no-untyped-def]
        while True:
            gate.wait(0.01)
            yield "bezig"

    worker = workers.start(slow)
    worker.cancel()
    with qtbot.waitSignal(worker.cancelled, timeout=5000):
        pass


def test_demo_vault_is_removed_on_cleanup() -> None:
    demo = DemoVault()
    folder = demo.folder
    vault = demo.open()
    assert len(vault.db.execute("SELECT id FROM dossiers").fetchall()) == 4
    vault.close()
    again = demo.open()  # after a lock the demo opens without asking
    again.close()
    demo.cleanup()
    assert not Path(folder).exists()


def test_passphrase_hint() -> None:
    assert passphrase_strength("")[0] == 0
    assert passphrase_strength("kort")[0] == 0
    assert passphrase_strength("Zomer2026!x")[0] == 1
    assert passphrase_strength("paars olifant fietst langzaam")[0] == 3


def test_self_test_passes_and_takes_extra_steps(qtbot) -> None:  # type: ignore[no-untyped-def]
    lines: list[str] = []
    add_self_test_step("extra", lambda ctx: f"{len(ctx.session.dossiers())} dossiers")
    try:
        assert self_test(out=lines.append) == 0
    finally:
        SELF_TEST_STEPS.pop()
    text = "\n".join(lines)
    assert "ok   controle: 11 biedingen gecontroleerd" in text
    assert "ok   sleutelbos: sleutelbos keyring.backends.fail.Keyring" in text
    assert "ok   extra: 4 dossiers" in text
    assert lines[-1] == "self-test geslaagd"


def test_self_test_reports_a_failing_step(qtbot) -> None:  # type: ignore[no-untyped-def]
    def boom(ctx: object) -> str:
        raise RuntimeError("stuk")

    lines: list[str] = []
    add_self_test_step("stuk", boom)
    try:
        assert self_test(out=lines.append) == 1
    finally:
        SELF_TEST_STEPS.pop()
    assert any(line.startswith("  FOUT stuk") for line in lines)


@pytest.mark.parametrize("lang", ["nl"])
def test_qt_dutch_translation_is_found(lang: str) -> None:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert QTranslator().load(f"qtbase_{lang}", folder)


def test_application_icon_has_every_size() -> None:
    from ui.app import app_icon

    icon = app_icon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
