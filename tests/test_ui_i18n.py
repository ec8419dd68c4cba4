"""English as a translation: the catalogue is complete and compiled, the window shows it,
and the language can be chosen (``MANDAAT_LANG``, ``mandaat --lang``, Instellingen)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from ui_helpers import QT_MARKS, Answers, no_leaks, settings  # noqa: F401

from ui import app as ui_app
from ui.main_window import MainWindow, SettingsDialog

pytestmark = QT_MARKS

I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"
TS = I18N / "mandaat_en.ts"
QM = I18N / "mandaat_en.qm"


@pytest.fixture
def english():  # type: ignore[no-untyped-def]
    """Mandaat's English catalogue installed for one test, the Dutch default after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    loaded = ui_app.install_translations(app, "en")
    yield loaded
    ui_app.remove_translations(app)


def test_the_ts_has_no_unfinished_or_broken_messages() -> None:
    root = ET.parse(TS).getroot()
    assert root.get("sourcelanguage") == "nl_NL"
    messages = [
        (ctx.findtext("name"), m.findtext("source"), m.find("translation"))
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    ]
    assert len(messages) > 300
    unfinished = [(c, s) for c, s, t in messages if t is None or t.get("type") or not t.text]
    assert unfinished == []
    import importlib.util

    spec = importlib.util.spec_from_file_location("ts_tool", I18N / "ts_tool.py")
    assert spec is not None and spec.loader is not None
    ts_tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ts_tool)
    broken = [(c, s, t.text) for c, s, t in messages if ts_tool.problems(s, t.text)]
    assert broken == []


def test_the_qm_is_compiled_from_the_current_ts() -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("MainWindow", "&Bestand") == "&File"
    assert QM.stat().st_mtime >= TS.stat().st_mtime - 1, "run pyside6-lrelease (README)"


def test_every_translated_call_in_ui_is_in_the_ts() -> None:
    """A string wrapped after the last lupdate run would silently stay Dutch."""
    import re

    root = ET.parse(TS).getroot()
    known = {
        (ctx.findtext("name"), m.findtext("source"))
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }
    ui = Path(__file__).resolve().parents[1] / "ui"
    call = re.compile(r'(?:translate|QT_TRANSLATE_NOOP)\(\s*"(\w+)",\s*"((?:[^"\\]|\\.)*)"\s*[,)]')
    missing = []
    for path in sorted(ui.glob("*.py")):
        for ctx, text in call.findall(path.read_text("utf-8")):
            source = text.encode().decode("unicode_escape").encode("latin-1").decode()
            if (ctx, source) not in known:
                missing.append((path.name, ctx, source))
    assert missing == [], "run pyside6-lupdate (resources/i18n/README.md)"


def test_the_window_in_english(qtbot, settings: QSettings, english, demo) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    assert any(p.endswith("mandaat_en.qm") for p in english)
    assert QLocale().language() == QLocale.Language.English
    answers = Answers()
    window = MainWindow(settings, demo=demo, ask=answers.ask, inform=answers.inform)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ws = window.workspace
    assert ws is not None
    tabs = [ws.tabs.tabText(i) for i in range(ws.tabs.count())]
    assert tabs == ["&Advice && mandate", "&Bids", "P&rogress", "&Memo", "&Log"]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Go", "&Help"]
    assert window.lock_action.text() == "&Lock"
    assert window.windowTitle() == "DEMO (fictitious bids) — Mandaat"
    model = ws.view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Medicine" in headers and "Phase" in headers
    # money and percentages follow the English locale
    from decimal import Decimal

    from ui import formatting as fmt

    assert fmt.percent(Decimal("68.5"), 1) == "68.5%"
    window.close()


def test_the_window_in_dutch_by_default(qtbot, settings: QSettings) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window = MainWindow(settings, ask=Answers().ask, inform=Answers().inform)
    qtbot.addWidget(window)
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Bestand",
        "Be&werken",
        "&Ga naar",
        "&Help",
    ]
    assert QCoreApplication.translate("MainWindow", "&Bestand") == "&Bestand"


def test_language_choice(monkeypatch: pytest.MonkeyPatch, settings: QSettings) -> None:  # noqa: F811
    monkeypatch.delenv("MANDAAT_LANG", raising=False)
    assert ui_app.language(settings) == "nl"
    settings.setValue(ui_app.LANGUAGE_SETTING, "en")
    assert ui_app.language(settings) == "en"
    monkeypatch.setenv("MANDAAT_LANG", "nl")  # the environment (and --lang) wins
    assert ui_app.language(settings) == "nl"
    monkeypatch.setenv("MANDAAT_LANG", "fr")  # no catalogue: Dutch
    assert ui_app.language(settings) == "nl"


def test_lang_flag_sets_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from ui import main as ui_main

    seen: list[str | None] = []
    monkeypatch.delenv("MANDAAT_LANG", raising=False)
    monkeypatch.setattr(
        ui_app, "run_app", lambda **kw: seen.append(os.environ.get("MANDAAT_LANG")) or 0
    )
    assert ui_main.main(["--lang", "en"]) == 0
    assert seen == ["en"]


def test_settings_dialog_offers_the_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(5, None, "en")
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "en"
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["nl", "en"]
