"""Copying a confidential value: kept out of clipboard histories, cleared after 10 s.

The mime hints are the ones clipboard managers honour: ``x-kde-passwordManagerHint``
(Klipper and most Linux managers), ``ExcludeClipboardContentFromMonitorProcessing``
with ``CanIncludeInClipboardHistory``/``CanUploadToCloudClipboard`` = 0 (Windows
clipboard history and cloud clipboard), ``org.nspasteboard.ConcealedType`` (macOS).
After the timeout the clipboard is emptied, but only if it still holds what we put
there: something the user copied since is left alone.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 10_000


def confidential_mime(text: str, platform: str | None = None) -> QMimeData:
    """The text plus the platform's "do not remember this" hints."""
    platform = platform or sys.platform
    mime = QMimeData()
    mime.setText(text)
    if platform.startswith("win"):
        zero = b"\x00\x00\x00\x00"
        for name in ("CanIncludeInClipboardHistory", "CanUploadToCloudClipboard"):
            mime.setData(f'application/x-qt-windows-mime;value="{name}"', zero)
        mime.setData(
            'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"',
            b"1",
        )
    elif platform == "darwin":
        mime.setData("application/x-nspasteboard-concealed-type", text.encode("utf-8"))
        mime.setData("org.nspasteboard.ConcealedType", text.encode("utf-8"))
    else:
        mime.setData("x-kde-passwordManagerHint", b"secret")
    return mime


class ConfidentialClipboard(QObject):
    """Puts a confidential text on the clipboard and takes it off again."""

    def __init__(
        self,
        clipboard: QClipboard | None = None,
        timeout_ms: int = CLEAR_AFTER_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._text: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self.clear_if_ours)

    def clipboard(self) -> QClipboard:
        return self._clipboard or QGuiApplication.clipboard()

    def copy(self, text: str) -> None:
        self._text = text
        self.clipboard().setMimeData(confidential_mime(text))
        self.timer.start()

    def clear_if_ours(self) -> None:
        """Empty the clipboard when it still holds the copied value."""
        self.timer.stop()
        if self._text is not None and self.clipboard().text() == self._text:
            self.clipboard().clear()
        self._text = None

    def pending(self) -> bool:
        return self.timer.isActive()


_instance: ConfidentialClipboard | None = None


def guard() -> ConfidentialClipboard:
    """The application's one confidential clipboard."""
    global _instance
    if _instance is None:
        _instance = ConfidentialClipboard(parent=QGuiApplication.instance())
    return _instance


def copy_confidential(text: str) -> None:
    """Copy ``text``; it is cleared after 10 seconds if the clipboard still holds it."""
    guard().copy(text)


def clear_now() -> None:
    """On lock and on exit: do not leave a confidential value behind."""
    if _instance is not None and _instance.pending():
        _instance.clear_if_ours()
