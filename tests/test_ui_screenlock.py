"""Auto-lock on screen lock: a real session bus (dbus-daemon) carries the signal."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from ui_helpers import settings  # noqa: F401

from ui.screenlock import ScreenLockWatcher

pytestmark = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None, reason="dbus-daemon (Debian package dbus-daemon)"
)


@pytest.fixture
def session_bus(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    proc = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    proc.terminate()
    proc.wait(timeout=5)


def test_screen_saver_signal_locks(qtbot, session_bus: str) -> None:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    name = "mandaat-test-bus"
    bus = QDBusConnection.connectToBus(session_bus, name)
    try:
        assert bus.isConnected()
        watcher = ScreenLockWatcher()
        # The watcher listens on the session bus named in the environment.
        assert os.environ["DBUS_SESSION_BUS_ADDRESS"] == session_bus
        assert watcher.start() is True
        assert watcher.available and watcher.source == "org.freedesktop.ScreenSaver"
        with qtbot.waitSignal(watcher.screen_locked, timeout=3000):
            msg = QDBusMessage.createSignal(
                "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
            )
            msg.setArguments([True])
            assert bus.send(msg)
        # The screen saver ending does not lock (nor unlock) anything.
        with qtbot.assertNotEmitted(watcher.screen_locked, wait=300):
            msg = QDBusMessage.createSignal(
                "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
            )
            msg.setArguments([False])
            bus.send(msg)
        watcher.stop()
    finally:
        QDBusConnection.disconnectFromBus(name)


def test_screen_lock_locks_the_window(qtbot, settings, session_bus: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The demo window, unlocked, goes to the unlock screen when the screen saver starts."""
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    from ui.demo import DemoVault
    from ui.main_window import MainWindow

    demo = DemoVault()
    window = MainWindow(settings, demo=demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert window.screen_lock.available
    name = "mandaat-test-bus-2"
    bus = QDBusConnection.connectToBus(session_bus, name)
    try:
        msg = QDBusMessage.createSignal(
            "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged"
        )
        msg.setArguments([True])
        assert bus.send(msg)
        qtbot.waitUntil(lambda: window.session is None, timeout=3000)
        assert window.unlock_screen.demo_button.isVisible()
    finally:
        QDBusConnection.disconnectFromBus(name)
        window.shutdown()
        demo.cleanup()
