"""One wording layer in the window: the core's codes worded through Qt's ``tr()`` in
Dutch and English, plurals in the window, and the Logboek tab showing old text entries
next to new coded ones."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from ui_helpers import QT_MARKS, no_leaks  # noqa: F401

from mandaat.cli import words as cli_words
from ui import app as ui_app
from ui.words import SOURCES, WORDS

pytestmark = QT_MARKS


@pytest.fixture
def english():  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ui_app.install_translations(app, "en")
    yield
    ui_app.remove_translations(app)


def test_the_window_words_the_same_dutch_as_the_command_line() -> None:
    expected = {k: v for k, v in cli_words.NL.items() if not k.startswith("cli.")}
    assert expected == SOURCES
    assert all(WORDS.text(key) == cli_words.NL[key] for key in SOURCES if "{" not in SOURCES[key])


def test_the_catalogue_gives_the_command_lines_english(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    wrong = [
        (key, WORDS.lookup(key), cli_words.EN[key])
        for key in SOURCES
        if WORDS.lookup(key) != cli_words.EN[key]
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("what", "n", "dutch", "english"),
    [
        ("bids", 1, "1 bod", "1 bid"),
        ("bids", 2, "2 biedingen", "2 bids"),
        ("minutes", 1, "1 minuut", "1 minute"),
        ("minutes", 5, "5 minuten", "5 minutes"),
        ("dossiers", 1, "1 dossier", "1 dossier"),
        ("dossiers", 3, "3 dossiers", "3 dossiers"),
    ],
)
def test_plurals_in_the_window(qtbot, what: str, n: int, dutch: str, english: str) -> None:  # type: ignore[no-untyped-def]
    assert WORDS.count(what, n) == dutch
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ui_app.install_translations(app, "en")
    try:
        assert WORDS.count(what, n) == english
    finally:
        ui_app.remove_translations(app)


def test_the_auto_lock_minutes_say_minuut_after_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import SettingsDialog

    dialog = SettingsDialog(1, None, "nl")
    qtbot.addWidget(dialog)
    assert dialog.minutes.suffix() == " minuut"
    dialog.minutes.setValue(5)
    assert dialog.minutes.suffix() == " minuten"
