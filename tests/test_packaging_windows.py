"""The Windows-only code paths that can run on Linux (docs/packaging.md), with fakes at
the OS boundary only: the screen-lock filter gets a real ``MSG`` structure, built in
memory as Windows would deliver it to Qt's native event filter."""

from __future__ import annotations

import ctypes
from ctypes import wintypes

from ui.screenlock import WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, _WindowsFilter

WM_PAINT = 0x000F
WTS_SESSION_UNLOCK = 0x8


def _deliver(event_type: bytes, message: int, wparam: int) -> int:
    locks: list[bool] = []
    flt = _WindowsFilter(lambda: locks.append(True))
    msg = wintypes.MSG()
    msg.message = message
    msg.wParam = wparam
    handled = flt.nativeEventFilter(event_type, ctypes.addressof(msg))
    assert handled == (False, 0)  # the filter never swallows a message
    return len(locks)


def test_the_session_lock_message_locks() -> None:
    assert _deliver(b"windows_generic_MSG", WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK) == 1


def test_other_messages_do_not_lock() -> None:
    assert _deliver(b"windows_generic_MSG", WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK) == 0
    assert _deliver(b"windows_generic_MSG", WM_PAINT, WTS_SESSION_LOCK) == 0
    assert _deliver(b"xcb_generic_event_t", WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK) == 0
