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


def test_the_log_tab_shows_old_text_entries_and_new_coded_ones(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from mandaat.model import Dossier
    from mandaat.vault import audit
    from mandaat.vault.file import Vault
    from mandaat.vault.session import Session
    from ui.log_tab import LogColumn, LogTab

    vault, _ = Vault.create(tmp_path / "k.mandaat", "correct horse battery staple")
    vault.commit("nota-kop gewijzigd", "Enhertu")  # as an older Mandaat wrote it
    session = Session(vault)
    session.save_dossier(Dossier(brand="Xenpozyme", indication="ASMD"))
    tab = LogTab(session)
    qtbot.addWidget(tab)

    def rows() -> list[tuple[str, str]]:
        m = tab.model
        return [
            (m.index(r, LogColumn.ACTION).data(), m.index(r, LogColumn.DETAIL).data())
            for r in range(m.rowCount())
        ]

    assert rows() == [
        ("kluis aangemaakt", f"formaat {rows()[0][1].split()[-1]}"),
        ("nota-kop gewijzigd", "Enhertu"),
        ("dossier toegevoegd", "Xenpozyme (ASMD)"),
    ]
    assert tab.status.text().startswith("✓ Logboek intact: 3 regels")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ui_app.install_translations(app, "en")
    try:
        tab.refresh()
        assert rows()[1:] == [
            ("nota-kop gewijzigd", "Enhertu"),
            ("dossier added", "Xenpozyme (ASMD)"),
        ]
        assert rows()[0][0] == "vault created"
        assert tab.status.text().startswith("✓ Log intact: 3 lines")
    finally:
        ui_app.remove_translations(app)
    assert audit.verify(audit.entries(session.db)) is None
    vault.close()


def test_every_woo_label_and_ground_is_worded_in_english(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    from mandaat.export.messages import FIELD_LABELS, GROUND_NAMES
    from ui.words import FIELD_LABEL_SOURCES, GROUND_NAME_SOURCES, field_label, ground_name

    assert set(FIELD_LABELS.values()) == set(FIELD_LABEL_SOURCES)
    assert GROUND_NAMES == GROUND_NAME_SOURCES
    untranslated = [v for v in FIELD_LABEL_SOURCES if field_label(v) == v]
    assert untranslated == []
    assert ground_name("5.1.2b") == "economic or financial interests of the State"
    assert ground_name("9.9.9") == "9.9.9"


def test_the_unlock_screens_errors_in_english(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    from mandaat.errors import VaultError
    from ui.unlock import error_text

    exc = VaultError("tampered", path="/home/x/geheim/k.mandaat")
    assert error_text(exc) == (
        "k.mandaat: the file has been changed or damaged: the key slot opens, the contents do "
        "not (authentication failed)"
    )
    assert error_text(VaultError("wrong_key", path="/a/k.mandaat")) == (
        "k.mandaat: wrong passphrase or recovery key"
    )


def test_every_import_message_is_in_the_window_catalogue(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    from mandaat.importing.messages import ERROR_MESSAGES, PROBLEM_MESSAGES
    from mandaat.importing.reader import Problem
    from ui.words import IMPORT_SOURCES, import_problem_text

    assert {*PROBLEM_MESSAGES.values(), *ERROR_MESSAGES.values()} == set(IMPORT_SOURCES)
    p = Problem(
        "f.xlsx", "Biedingen", 4, "F", "Korting (%)", "105", "number_too_small", {"minimum": 1}
    )
    assert import_problem_text(p) == "the number must be at least 1"


def test_a_one_year_bid_says_year(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from mandaat import demo
    from ui.bid_editor import BidEditor

    editor = BidEditor(demo.demo_dossiers()[0], today=dt.date(2026, 1, 15))
    qtbot.addWidget(editor)
    editor.duration_spin.setValue(1)
    assert editor.duration_spin.suffix() == " year"
    editor.duration_spin.setValue(3)
    assert editor.duration_spin.suffix() == " years"
    assert WORDS.count("years", 1) == "1 year"


def test_the_exports_refusals_in_english(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    from mandaat.export.messages import _ERRORS, ExportError
    from ui.unlock import error_text
    from ui.words import EXPORT_ERROR_SOURCES

    assert EXPORT_ERROR_SOURCES == _ERRORS
    exc = ExportError("outdir_not_empty", path="/home/x/woo-verzoek")
    assert error_text(exc) == (
        "woo-verzoek: the folder already exists and is not empty; choose a new folder"
    )
