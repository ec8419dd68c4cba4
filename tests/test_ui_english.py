"""In English, no Dutch UI text remains on any screen.

The demo vault is opened with the English translator; every view is visited (the dossier
list, Advies & mandaat, Biedingen with an open bid editor, Verloop, Nota, Logboek, the
export dialog, the import wizard before and after it read a workbook) and every widget's
words are walked: texts, titles, tooltips, placeholder and accessible texts, combo box
items, spin box suffixes, actions, and the models of every table and list (cells' display
and tooltip text, header data). A Dutch UI word fails the test.

What is *data* is not UI text and is taken out before the check: every text a user typed
or imported (dossier fields, people, bids' conditions and notes, nota headers, ZIN's
advice sentence verbatim, a workbook's cells and its sheet names "Dossiers"/"Biedingen"),
the contents of editable fields (the nota preview is one: a Dutch government memo by
design), text quoted in „…” or “…” (ZIN's Dutch sentences cited), and the documents' own
Dutch words the window shows as they will be printed: the nota's default title, the
Woo's article citations and default motivations (``mandaat.export.messages``). "Mandaat"
with a capital is the product's name; the Dutch word is caught in lower case.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from test_ui_import import bad_workbook, good_workbook, wait_idle
from ui_helpers import QT_MARKS, Answers, FakePaths, no_leaks, settings  # noqa: F401

from mandaat.model import Dossier
from ui import app as ui_app
from ui.main_window import MainWindow

pytestmark = QT_MARKS
TODAY = dt.date(2026, 1, 15)

#: Common Dutch UI words (none of them an English word a UI would use).
DUTCH = frozenset(
    """
    bod biedingen bieding voldoet mandaat advies korting kortingen geen niet ronde
    leverancier tegenbod looptijd plafond staffel trede treden nettoprijs lijstprijs
    vraagprijs logboek opslaan annuleren bewerken verwijderen toevoegen oordeel gelijk
    jaar jaren patiënten patiënt ziektelast verwacht hoog laag tekort regeling sluis
    kluis wachtwoord bestand bestanden kies toon wijzigen nieuw nieuwe het een van voor
    bij zijn wordt deze dit alle ook nog naar uit tot prijsverlaging minste meer dan
    ongeveer fors forse openbaar weigeringsgrond publiek ingetrokken akkoord fase eenheden
    uitgaven regels regel dagen dag minuten minuut gewijzigd toegevoegd verwijderd
    onderhandeling onderhandelaar lezing gelezen getal drempel marge scenario's effectieve
    afstand grens grenzen vergrendel vergrendelen instellingen taal bewaren sluiten
    importeren exporteren voorbeeld problemen probleem rijen rij de en op aan om te wat
    welke wanneer
    """.split()  # noqa: SIM905
)


def _data_values(window: MainWindow) -> list[str]:
    """Every text of the vault that a user typed or imported: data, not UI words."""
    session = window.session
    assert session is not None
    out: list[str] = []
    for d in session.dossiers():
        out += _strings(d)
        assert d.id is not None
        out += _strings(session.nota_header(d.id))
        for choice in session.woo_grounds(d.id).values():
            out.append(choice.motivation)
    for b in session.bids():
        out += [b.conditions, b.note, b.contact_person]
    out += _document_words(session.dossiers())
    # longest first, so a long value is taken out before a shorter one inside it
    return sorted({v for v in out if v and v.strip()}, key=len, reverse=True)


def _document_words(dossiers: list[Dossier]) -> list[str]:
    """The documents' Dutch, shown as it will be printed, and the workbook's sheet names."""
    from mandaat.export import build, messages
    from mandaat.importing import headers

    out = [build.nota_title(d) for d in dossiers]
    out += messages.DEFAULT_MOTIVATIONS.values()
    out += messages.GROUND_ARTICLES.values()
    out += [headers.DOSSIERS_SHEET, headers.BIDS_SHEET, headers.INSTRUCTIONS_SHEET]
    out += [*headers.DOSSIER_HEADERS, *headers.BID_HEADERS]  # a workbook's column headers
    return out


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            if f.name == "phase":
                continue  # a code, worded by the window
            yield from _strings(getattr(value, f.name))
    elif isinstance(value, tuple | list):
        for v in value:
            yield from _strings(v)


def _model_texts(model: QAbstractItemModel, limit: int = 60) -> Iterator[str]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model (QListWidget's) hides columnCount: one column
        columns = 1
    for c in range(columns):
        for role in roles:
            value = model.headerData(c, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield value
    for r in range(min(model.rowCount(root), limit)):
        for c in range(columns):
            index = model.index(r, c, root)
            for role in roles:
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value


def _widget_texts(root: QWidget, skip: set[int]) -> Iterator[tuple[str, str]]:
    """(where, text) for every word a widget under ``root`` shows or says."""
    for w in [root, *root.findChildren(QWidget)]:
        if id(w) in skip or any(id(p) in skip for p in _parents(w)):
            continue
        where = f"{type(w).__name__} {w.objectName() or w.accessibleName()!r}"
        for text in (w.toolTip(), w.accessibleName(), w.accessibleDescription(), w.statusTip()):
            yield where, text
        if w.isWindow():
            yield where, w.windowTitle()
        for action in w.actions():
            yield where + " action", action.text()
            yield where + " action", action.toolTip()
        if isinstance(w, QLabel | QAbstractButton):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield where, w.tabText(i)
                yield where, w.tabToolTip(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                if w.isEditable():
                    continue
                yield where, w.itemText(i)
                tip = w.itemData(i, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    yield where, tip
        elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            yield where, w.placeholderText()  # what is typed in is data
        elif isinstance(w, QSpinBox):
            yield where, w.suffix()
            yield where, w.prefix()
            yield where, w.specialValueText()
        elif isinstance(w, QAbstractSpinBox):
            yield where, w.specialValueText()
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            for text in _model_texts(w.model()):
                yield where + " model", text


def _parents(w: QWidget) -> Iterator[QWidget]:
    p = w.parentWidget()
    while p is not None:
        yield p
        p = p.parentWidget()


def _dutch_in(text: str, data: list[str]) -> list[str]:
    text = re.sub(r"<[^>]+>", " ", text)  # rich text: the words, not the tags
    for value in data:
        text = text.replace(value, " ")
    text = re.sub(r"[„“][^”]*”", " ", text)  # a Dutch sentence cited
    text = text.replace("&&", "&").replace("&", "")  # a mnemonic marks a letter
    text = re.sub(r"\bMandaat\b", " ", text)  # the product's name
    return [w for w in re.findall(r"[^\W\d_]+", text) if w.lower() in DUTCH]


class Walk:
    def __init__(self, window: MainWindow, skip: set[int]) -> None:
        self.window = window
        self.skip = skip
        self.data = _data_values(window)
        self.found: dict[tuple[str, str], list[str]] = {}
        self.texts = 0

    def visit(self, root: QWidget, view: str, extra: list[str] | None = None) -> None:
        """Walk ``root``; ``extra``: data not (yet) in the vault (a workbook's cells)."""
        self.data = _data_values(self.window)
        if extra:
            self.data = sorted({*self.data, *extra}, key=len, reverse=True)
        for where, text in _widget_texts(root, self.skip):
            if not text:
                continue
            self.texts += 1
            dutch = _dutch_in(text, self.data)
            if dutch:
                self.found.setdefault((view, text[:160]), dutch)


@pytest.fixture
def english():  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ui_app.install_translations(app, "en")
    yield
    ui_app.remove_translations(app)


def test_english_mode_shows_no_dutch_ui_text(  # type: ignore[no-untyped-def]
    qtbot,
    settings,  # noqa: F811
    english,
    demo,
    tmp_path: Path,
) -> None:
    paths = FakePaths(save=tmp_path / "nota.pdf", open_=good_workbook(tmp_path))
    window = MainWindow(
        settings, demo=demo, paths=paths, ask=Answers().ask, inform=Answers().inform,
        today=lambda: TODAY,
    )  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ws = window.workspace
    assert ws is not None and window.session is not None
    walk = Walk(window, set())  # the nota preview is a QTextEdit: its memo is not read

    dossiers = window.session.dossiers()
    for d in dossiers:  # every dossier's row and card, every tab with it selected
        assert d.id is not None
        ws.select(d.id)
        for i in range(ws.tabs.count()):
            ws.tabs.setCurrentIndex(i)
            qtbot.wait(1)
            walk.visit(window, f"{d.brand} / tab {i}")

    # an open bid editor: a new bid, then an existing one
    ws.select(next(d.id for d in dossiers if d.brand == "Carvykti"))  # type: ignore[misc]
    bids_tab = ws.bids_tab
    assert bids_tab is not None
    ws.tabs.setCurrentWidget(bids_tab)
    bids_tab.new_bid()
    assert bids_tab.editor is not None
    walk.visit(bids_tab.editor, "new bid editor")
    bids_tab.editor.reject()
    qtbot.waitUntil(lambda: bids_tab.editor is None)
    bids_tab.view.selectRow(0)
    bids_tab.edit_selected()
    assert bids_tab.editor is not None
    walk.visit(bids_tab.editor, "bid editor")
    bids_tab.editor.reject()
    qtbot.waitUntil(lambda: bids_tab.editor is None)

    # the export dialog, for the nota and the Woo package
    window.export_action.trigger()
    dialog = window.export_dialog
    assert dialog is not None and dialog.isVisible()
    walk.visit(dialog, "export dialog (nota)")
    dialog.woo_radio.click()
    walk.visit(dialog, "export dialog (woo)")
    dialog.reject()

    # the import wizard: choosing, the plan with its preview, the result
    window.import_action.trigger()
    wizard = window.import_wizard
    assert wizard is not None
    wait_idle(qtbot, wizard)
    assert wizard.plan is not None
    cells = [v for item in wizard.plan.dossier_items for v in _strings(item.dossier)]
    walk.visit(wizard, "import wizard (plan)", cells)
    wizard.start_import()
    wait_idle(qtbot, wizard)
    walk.visit(wizard, "import wizard (result)")
    wizard.reject()
    walk.visit(window, "after the import")

    # a workbook with problems: every problem worded in English, cell by cell
    paths.open = bad_workbook(tmp_path)
    window.import_action.trigger()
    wizard = window.import_wizard
    assert wizard is not None
    wait_idle(qtbot, wizard)
    assert wizard.plan is not None and wizard.plan.problems
    cells = [v for p in wizard.plan.problems for v in (p.value, p.header, p.file)]
    walk.visit(wizard, "import wizard (problems)", cells)
    from ui.problems_model import ProblemColumn

    model = wizard.problems_model
    shown = {model.index(r, ProblemColumn.PROBLEM).data() for r in range(model.rowCount())}
    assert "a discount must be between 0 and 100%" in shown
    wizard.reject()

    # the log now holds coded entries (the demo's, the import's): worded in English
    ws.tabs.setCurrentWidget(ws.log_tab)
    walk.visit(ws.log_tab, "log")

    assert walk.texts > 1000  # the walk saw the screens
    report = "\n".join(f"{view}: {text!r} -> {words}" for (view, text), words in walk.found.items())
    assert walk.found == {}, "Dutch UI text in English mode:\n" + report
    window.close()
