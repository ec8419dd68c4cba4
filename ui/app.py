"""Starts the Qt application."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QWidget


def make_window() -> QWidget:
    label = QLabel("Mandaat — het venster volgt nog. Gebruik voorlopig de opdrachtregel.")
    label.setWindowTitle("Mandaat")
    label.resize(520, 120)
    return label


def run_app(demo: bool = False, vault: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    window = make_window()
    window.show()
    return int(app.exec())
