"""The advice as read, in the Advies & mandaat tab: an ambiguous sentence offers its
readings and nothing is judged until one is chosen; a reading can be corrected without
touching ZIN's sentence; unticking "mandaat is gelijk aan het advies" copies the reading."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton
from ui_helpers import QT_MARKS, Answers, no_leaks, settings  # noqa: F401

from mandaat.engine import mandate_weaker_than_advice
from mandaat.model import Dossier, Threshold
from mandaat.thresholds import ThresholdError, parse_threshold
from ui.main_window import MainWindow

pytestmark = QT_MARKS

AMBIGUOUS = "Een prijsverlaging van 40% tot 50% is nodig, of ten minste 45%"  # two readings


@pytest.fixture
def window(qtbot, settings, demo):  # type: ignore[no-untyped-def]  # noqa: F811
    answers = Answers()
    w = MainWindow(settings, ask=answers.ask, inform=answers.inform, demo=demo)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _select(window: MainWindow, brand: str) -> Dossier:
    ws = window.workspace
    assert ws is not None
    d = next(r.dossier for r in ws.model.rows() if r.dossier.brand == brand)
    ws.select(d.id)
    return d


def _stored(window: MainWindow, d: Dossier) -> Dossier:
    assert d.id is not None
    found = window.session.dossier(d.id)
    assert found is not None
    return found


def _paste(window: MainWindow, text: str) -> None:
    tab = window.workspace.advice_tab
    tab.advice_text.setPlainText(text)
    tab.flush()


def test_an_ambiguous_advice_is_judged_only_once_a_reading_is_chosen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    d = _select(window, "Carvykti")
    tab = window.workspace.advice_tab
    with pytest.raises(ThresholdError) as err:
        parse_threshold(AMBIGUOUS)
    candidates = err.value.candidates
    assert len(candidates) == 2
    _paste(window, AMBIGUOUS)
    stored = _stored(window, d)
    assert stored.advice_text == AMBIGUOUS and stored.advice_threshold is None  # not judged
    assert tab.candidates_box.isVisible()
    buttons = tab.candidates_box.findChildren(QRadioButton)
    assert [b.text() for b in buttons] == [
        "40% tot 50%\ngelezen uit „40% tot 50%”",
        "ten minste 45%\ngelezen uit „ten minste 45%”",
    ]
    assert not any(b.isChecked() for b in buttons)
    assert tab.parsed_label.text().startswith("Op meer dan één manier te lezen")
    assert tab.fig_advice.value.text() == "—"

    qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    stored = _stored(window, d)
    assert stored.advice_threshold == candidates[1].threshold
    assert stored.advice_threshold.source_text == AMBIGUOUS  # ZIN's sentence verbatim
    assert stored.advice_text == AMBIGUOUS
    assert tab.parsed_label.text() == "Prijsverlaging van ten minste 45% (gekozen lezing)"
    assert tab.fig_advice.value.text() == "Prijsverlaging van ten minste 45%"

    # the choice is the dossier's: it comes back after another dossier was shown
    _select(window, "Enhertu")
    _select(window, "Carvykti")
    buttons = tab.candidates_box.findChildren(QRadioButton)
    assert [b.isChecked() for b in buttons] == [False, True]
    # undo takes the choice back: nothing judged again
    window.undo_action.trigger()
    assert _stored(window, d).advice_threshold is None
    assert not any(b.isChecked() for b in tab.candidates_box.findChildren(QRadioButton))


def test_the_reading_is_corrected_without_rewriting_the_sentence(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    d = _select(window, "Carvykti")
    tab = window.workspace.advice_tab
    text = "De vraagprijs moet met ten minste 40% dalen."
    _paste(window, text)
    assert _stored(window, d).advice_threshold == Threshold(
        "at_least", Decimal(40), source_text=text
    )
    assert not tab.candidates_box.isVisible()
    tab.correct_toggle.setChecked(True)
    assert tab.correction.isVisible()
    # fors
    qtbot.mouseClick(tab.read_fors, Qt.MouseButton.LeftButton)
    stored = _stored(window, d)
    assert stored.advice_threshold == Threshold(
        "at_least", Decimal(40), substantially=True, source_text=text
    )
    assert stored.advice_text == text
    assert tab.parsed_label.text() == (
        "Forse prijsverlaging van ten minste 40% (met de hand gecorrigeerd)"
    )
    # more than
    tab.read_kind.setCurrentIndex(tab.read_kind.findData("more_than"))
    tab.read_kind.activated.emit(tab.read_kind.currentIndex())
    assert _stored(window, d).advice_threshold == Threshold(
        "more_than", Decimal(40), substantially=True, source_text=text
    )
    # a range: low and high
    tab.read_kind.setCurrentIndex(tab.read_kind.findData("range"))
    tab.read_kind.activated.emit(tab.read_kind.currentIndex())
    assert tab.read_high.isVisible()
    tab.read_high.setValue(55)
    tab.read_high.editingFinished.emit()
    assert _stored(window, d).advice_threshold == Threshold(
        "range", Decimal(40), Decimal(55), substantially=True, source_text=text
    )
    # qualitative: no number
    tab.read_kind.setCurrentIndex(tab.read_kind.findData("qualitative"))
    tab.read_kind.activated.emit(tab.read_kind.currentIndex())
    assert not tab.read_low.isVisible()
    assert _stored(window, d).advice_threshold == Threshold(
        "qualitative", substantially=True, source_text=text
    )
    assert _stored(window, d).advice_text == text
    # typing a new sentence reads it anew
    _paste(window, "De vraagprijs moet met ten minste 60% dalen.")
    assert _stored(window, d).advice_threshold.low == 60
    assert not _stored(window, d).advice_threshold.substantially


def test_an_exact_value_survives_a_correction_elsewhere(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    d = _select(window, "Carvykti")
    tab = window.workspace.advice_tab
    _paste(window, "De prijs moet met meer dan een derde dalen")
    tab.correct_toggle.setChecked(True)
    qtbot.mouseClick(tab.read_fors, Qt.MouseButton.LeftButton)
    assert _stored(window, d).advice_threshold.low == Fraction(100, 3)  # not 33,33


def test_unticking_copies_the_advice_reading_into_the_mandate(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    d = _select(window, "Carvykti")
    tab = window.workspace.advice_tab
    _paste(window, "De prijs moet met fors meer dan een derde dalen")
    advice = _stored(window, d).advice_threshold
    assert advice is not None and advice.low == Fraction(100, 3) and advice.substantially
    tab.mandate_is_advice.setChecked(True)
    assert _stored(window, d).mandate_threshold is None
    tab.mandate_is_advice.setChecked(False)
    stored = _stored(window, d)
    assert stored.mandate_threshold == replace(advice, source_text="mandaat")
    assert not mandate_weaker_than_advice(stored)
    assert not tab.warning.isVisible()
    assert tab.fig_mandate.value.text() == tab.fig_advice.value.text()
    # a later edit of the bound keeps "fors" (the controls do not show it)
    tab.mandate_low.setValue(50)
    tab.mandate_low.editingFinished.emit()
    m = _stored(window, d).mandate_threshold
    assert m is not None and m.low == 50 and m.substantially
    assert not tab.warning.isVisible()
