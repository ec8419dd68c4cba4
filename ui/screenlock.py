"""Tells the window when the operating system locks the screen, where the OS tells us.

- Linux desktops: the session bus signal ``ActiveChanged(true)`` of
  ``org.freedesktop.ScreenSaver`` (KDE, and most others) and ``org.gnome.ScreenSaver``.
- Windows: ``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK``, after registering the
  window with ``WTSRegisterSessionNotification``.
- macOS: not available without extra packages; the idle timer and Ctrl+L still lock.

Where none of this is available (no session bus, a headless machine) the watcher says so
in :attr:`ScreenLockWatcher.available` and does nothing; the idle auto-lock remains.
"""

from __future__ import annotations

import ctypes
import os
import sys
from typing import Any

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QObject,
    Signal,
    Slot,
)

BUS_NAME = "mandaat-screenlock"
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0

DBUS_SERVICES = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class _WindowsFilter(QAbstractNativeEventFilter):  # pragma: no cover - Windows only
    def __init__(self, on_lock: Any) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(self, event_type: QByteArray | bytes, message: int) -> Any:  # noqa: N802
        if bytes(event_type) == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                self._on_lock()
        return False, 0


class ScreenLockWatcher(QObject):
    """Emits :attr:`screen_locked` when the OS locks the screen.

    Signals:
        screen_locked: the user's session was locked (or the screen saver started).
    """

    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = False
        self.source = ""
        self._filter: _WindowsFilter | None = None
        self._bus_name = ""

    def start(self, window_id: int | None = None) -> bool:
        """Connect to what this OS offers; True when something will tell us."""
        if sys.platform == "win32":  # pragma: no cover - Windows only
            return self._start_windows(window_id)
        if sys.platform.startswith("linux"):
            return self._start_dbus()
        return False

    def _start_dbus(self) -> bool:
        from PySide6.QtDBus import QDBusConnection

        # A named connection of our own, made now from the environment's session bus
        # address (the shared sessionBus() is cached from whenever it was first asked for).
        name = f"{BUS_NAME}-{id(self):x}"
        address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
        if address:
            bus = QDBusConnection.connectToBus(address, name)
        else:
            bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)
        if not bus.isConnected():
            QDBusConnection.disconnectFromBus(name)
            return False
        self._bus_name = name
        for service, path, interface in DBUS_SERVICES:
            # Any sender: the name may be owned under another name (e.g. by KDE's ksmserver),
            # and a stray signal can only lock Mandaat, which is always safe.
            if bus.connect("", path, interface, "ActiveChanged", self, SLOT("_on_active(bool)")):
                self.available = True
                self.source = self.source or service
        return self.available

    def _start_windows(self, window_id: int | None) -> bool:  # pragma: no cover - Windows only
        from PySide6.QtCore import QCoreApplication

        if window_id is None:
            return False
        try:
            wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
            ok = wtsapi.WTSRegisterSessionNotification(window_id, NOTIFY_FOR_THIS_SESSION)
        except OSError:
            return False
        if not ok:
            return False
        self._filter = _WindowsFilter(self.screen_locked.emit)
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self._filter)
        self.available = True
        self.source = "WTSRegisterSessionNotification"
        return True

    @Slot(bool)
    def _on_active(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    def stop(self) -> None:
        if self._bus_name:
            from PySide6.QtDBus import QDBusConnection

            QDBusConnection.disconnectFromBus(self._bus_name)
            self._bus_name = ""
        if self._filter is not None:  # pragma: no cover - Windows only
            from PySide6.QtCore import QCoreApplication

            app = QCoreApplication.instance()
            if app is not None:
                app.removeNativeEventFilter(self._filter)
            self._filter = None
