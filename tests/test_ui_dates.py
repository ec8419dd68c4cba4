"""Dates as a Dutch user types them: the core's rule and the one date field that uses it,
in the advice tab, the bid editor and the nota's header."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from ui_helpers import dutch  # noqa: F401 - the autouse fixture

from mandaat import demo
from mandaat.dates import DateTextError, parse_date_text
from mandaat.importing.values import ValueProblem, parse_date
from mandaat.vault.file import Vault
from mandaat.vault.session import Session
from ui.advice_tab import AdviceTab
from ui.bid_editor import BidEditor
from ui.date_field import DateField

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

OCT_1 = dt.date(2025, 10, 1)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    vault, _ = Vault.create(tmp_path / "t.mandaat", PASSPHRASE)
    demo.populate(vault.db)
    vault.commit("demo")
    yield Session(vault)
    vault.close()


@pytest.mark.parametrize(
    "text",
    ["1-10-2025", "01-10-2025", "1/10/2025", "1.10.2025", "1 okt 2025", "1 okt. 2025",
     "1 oktober 2025", "1 Oktober 2025", "2025-10-01", " 1  okt  2025 ", "1 oct 2025"],
)  # fmt: skip
def test_the_rule_reads_day_first(text: str) -> None:
    assert parse_date_text(text) == OCT_1


@pytest.mark.parametrize(
    ("text", "code"),
    [("31-2-2025", "impossible_date"), ("1-13-2025", "impossible_date"),
     ("1 okto 2025", "invalid_date"), ("1-10", "invalid_date"), ("gisteren", "invalid_date"),
     ("", "invalid_date"), ("1-10-1850", "invalid_date")],
)  # fmt: skip
def test_the_rule_refuses_what_is_no_date(text: str, code: str) -> None:
    with pytest.raises(DateTextError) as err:
        parse_date_text(text)
    assert err.value.code == code


def test_the_import_uses_the_same_rule() -> None:
    assert parse_date("1 okt 2025") == parse_date_text("1-10-2025") == OCT_1
    with pytest.raises(ValueProblem) as err:
        parse_date("31-2-2025")
    assert err.value.code == "impossible_date"


@pytest.mark.parametrize("text", ["1-10-2025", "01-10-2025", "1 okt 2025", "2025-10-01"])
def test_the_field_shows_what_it_understood(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    field = DateField(optional=True)
    qtbot.addWidget(field)
    edited: list[object] = []
    field.date_edited.connect(edited.append)
    qtbot.keyClicks(field.edit, text)
    assert field.date() == OCT_1 and field.problem() == ""
    assert field.understood.text() == "= woensdag 1 oktober 2025"  # never 1 december
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert edited == [OCT_1]
    assert field.text() == "1 oktober 2025"
    assert field.understood.text() == ""  # the text itself now says it


def test_bad_text_is_marked_and_changes_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateField()
    qtbot.addWidget(field)
    field.setDate(OCT_1)
    edited: list[object] = []
    field.date_edited.connect(edited.append)
    field.edit.clear()
    qtbot.keyClicks(field.edit, "31-2-2025")
    assert field.problem() == "Die dag bestaat niet"
    assert field.date() == OCT_1  # the last good date
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert edited == [] and field.text() == "31-2-2025"
    field.edit.clear()  # a required field may not be empty
    assert field.problem().startswith("Vul een datum in")


def test_an_empty_optional_date_stays_empty(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateField(optional=True)
    qtbot.addWidget(field)
    field.setDate(None)
    assert field.text() == "" and field.date() is None and field.problem() == ""
    assert field.edit.placeholderText() == "geen datum" and not field.understood.text()
    edited: list[object] = []
    field.date_edited.connect(edited.append)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert edited == [] and field.text() == "" and field.date() is None
    field.setDate(OCT_1)
    field.edit.clear()
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert edited == [None]


def test_tab_moves_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Tab leaves the field after a date, after bad text and when it is empty."""
    host = QWidget()
    qtbot.addWidget(host)
    before, field, after = QLineEdit(host), DateField(optional=True, parent=host), QLineEdit(host)
    QWidget.setTabOrder(before, field)
    QWidget.setTabOrder(field, after)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    for text in ("1-10-2025", "1-1", ""):
        field.setFocus()
        assert field.edit.hasFocus()
        field.edit.clear()
        qtbot.keyClicks(field.edit, text)
        qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
        assert after.hasFocus(), text


def test_advice_tab_stores_typed_dates(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    tab = AdviceTab(session)
    qtbot.addWidget(tab)
    did = next(d.id for d in session.dossiers() if d.brand == "Enhertu")
    tab.set_dossier(did)
    edits: list[tuple[object, object, str]] = []
    tab.edit_requested.connect(lambda b, a, f: edits.append((b, a, f)))
    tab.advice_date.edit.clear()
    qtbot.keyClicks(tab.advice_date.edit, "1-10-2025")
    qtbot.keyClick(tab.advice_date.edit, Qt.Key.Key_Return)
    assert edits[-1][2] == "advice_date" and edits[-1][1].advice_date == OCT_1
    tab.sluis_date.edit.clear()
    qtbot.keyClick(tab.sluis_date.edit, Qt.Key.Key_Return)
    assert edits[-1][2] == "sluis_date" and edits[-1][1].sluis_date is None


def test_bid_editor_reads_typed_dates(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    dossier = next(d for d in session.dossiers() if d.brand == "Enhertu")
    editor = BidEditor(dossier, today=dt.date(2026, 1, 15))
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.discount_edit, "30")
    editor.date_edit.edit.clear()
    qtbot.keyClicks(editor.date_edit.edit, "1 okt 2025")
    bid = editor.current_bid()
    assert bid is not None and bid.date == OCT_1
    editor.date_edit.edit.clear()
    qtbot.keyClicks(editor.date_edit.edit, "1-13-2025")
    assert editor.current_bid() is None and not editor.ok_button.isEnabled()
    assert editor.findChild(type(editor.end_label), "error_date").text() == "Die dag bestaat niet"
