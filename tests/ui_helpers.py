"""Shared pieces of the window tests: isolated settings, answered file dialogs and
message boxes, and a check that no worker thread or clipboard timer outlives a test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from ui import clipboard, formatting, workers

# Qt warnings fail a test; the offscreen platform's note about size hints is no warning
# about our code.
QT_MARKS = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


class FakePaths:
    """Answers the file dialogs with prepared paths."""

    def __init__(self, save: Path | None = None, open_: Path | None = None) -> None:
        self.save = save
        self.open = open_
        self.asked: list[str] = []

    def save_path(self, parent: object, title: str, suggested: str) -> str | None:
        self.asked.append(title)
        return None if self.save is None else str(self.save)

    def open_path(self, parent: object, title: str) -> str | None:
        self.asked.append(title)
        return None if self.open is None else str(self.open)


class Answers:
    """Answers message boxes: ``choice`` is the index of the button pressed."""

    def __init__(self, choice: int = 0) -> None:
        self.choice = choice
        self.questions: list[str] = []
        self.warnings: list[str] = []

    def ask(self, parent: object, title: str, text: str, buttons: list[object]) -> int:
        self.questions.append(text)
        return self.choice

    def inform(self, parent: object, title: str, text: str) -> None:
        self.warnings.append(text)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def no_leaks(qtbot):  # type: ignore[no-untyped-def]
    """After each test: no worker thread still running, no clipboard timer pending."""
    yield
    qtbot.waitUntil(lambda: not workers.running(), timeout=10_000)
    guard = clipboard._instance
    if guard is not None and guard.pending():
        guard.clear_if_ours()
        pytest.fail("a clipboard-clear timer was still running at the end of the test")


@pytest.fixture(autouse=True)
def dutch() -> Iterator[None]:
    """Qt's default locale Dutch for the test (autouse where imported), as a user's."""
    before = QLocale()
    QLocale.setDefault(formatting.DUTCH)
    yield
    QLocale.setDefault(before)
