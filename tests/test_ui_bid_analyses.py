"""Issue 17 in the window: under the selected bid, its money per year, what it would take
and its sensitivity; lazy (only the selected bid, only a shown page), following the
vault, copyable as Excel cells, and "Naar Excel". Hand-computed figures (the worked
example of tests/test_engine_analyses.py) on a real vault."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from ui_helpers import dutch  # noqa: F401 - the autouse fixture

from mandaat.model import Arrangement, Bid, Dossier, Party, Threshold
from mandaat.vault.file import Vault
from mandaat.vault.session import Session
from ui import clipboard
from ui.analysis_models import SensitivityModel, YearsModel
from ui.bid_analyses import PAGE_SENSITIVITY, PAGE_TAKES, PAGE_YEARS, table_text
from ui.bids_tab import BidsTab

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

# €1,000 per patient; 100 patients in year 3, growth 25 %: 64, 80, 100 (expected)
DOSSIER = Dossier(
    brand="Testmiddel",
    indication="proef",
    asking_price=D(1000),
    expected_patients=D(100),
    growth_pct_per_year=D(25),
    mandate_threshold=Threshold("at_least", D(40)),
)
# 20 % discount, 10 % of the invoice back (p4p), a cap of €70,000 a year
TERMS = Arrangement(
    discount_pct=D(20),
    p4p_refund_share_pct=D(50),
    p4p_nonresponse_rate_pct=D(20),
    annual_cap=D(70000),
)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    vault, _ = Vault.create(tmp_path / "t.mandaat", PASSPHRASE)
    s = Session(vault)
    d = s.save_dossier(DOSSIER)
    s.add_bid(Bid(dt.date(2026, 2, 1), dossier_id=d.id, arrangement=TERMS))
    s.add_bid(
        Bid(
            dt.date(2026, 3, 1),
            dossier_id=d.id,
            round=2,
            party=Party.VWS,
            arrangement=Arrangement(discount_pct=D(45)),
        )
    )
    yield s
    clipboard.clear_now()
    vault.close()


@pytest.fixture
def tab(qtbot, session: Session) -> Iterator[BidsTab]:
    widget = BidsTab(session, QUndoStack())
    widget.resize(1200, 760)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_dossier(session.dossiers()[0].id)
    yield widget


def cells(model: YearsModel | SensitivityModel) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_models_pass_the_model_tester(qtmodeltester, session: Session) -> None:
    from mandaat import engine
    from mandaat.export import tables

    d = session.dossiers()[0]
    years = YearsModel()
    years.set_years(engine.year_money(d, TERMS)["expected"])
    qtmodeltester.check(years)
    sens = SensitivityModel()
    sens.set_sensitivity(tables.sensitivity_of(d, session.bids(d.id)[0]))
    qtmodeltester.check(sens)


def test_nothing_is_computed_until_a_bid_is_selected_and_shown(qtbot, tab: BidsTab) -> None:
    pages: list[int] = []
    tab.analyses.computed.connect(pages.append)
    tab.analyses.hide()  # the area folded away: selecting a bid computes nothing
    tab.select_row(0)
    assert tab.analyses.bid() is not None and pages == []
    tab.analyses.show()
    assert pages == [PAGE_YEARS]  # only the page that is shown
    tab.select_row(0)  # the same bid again: nothing new
    assert pages == [PAGE_YEARS]
    tab.analyses.setCurrentIndex(PAGE_SENSITIVITY)
    assert pages == [PAGE_YEARS, PAGE_SENSITIVITY]


def test_per_year_table_by_hand_and_copy_as_excel_cells(qtbot, tab: BidsTab) -> None:
    tab.select_row(0)
    a = tab.analyses
    assert cells(a.years_model) == [
        ["1", "64", "€ 64.000", "€ 51.200", "€ 0", "€ 5.120", "€ 46.080", "€ 17.920"],
        ["2", "80", "€ 80.000", "€ 64.000", "€ 0", "€ 6.400", "€ 57.600", "€ 22.400"],
        ["3", "100", "€ 100.000", "€ 80.000", "€ 2.000", "€ 8.000", "€ 70.000", "€ 30.000"],
        ["Totaal", "244", "€ 244.000", "€ 195.200", "€ 2.000", "€ 19.520", "€ 173.680", "€ 70.320"],
    ]
    # the high scenario (1.25 ×: 80, 100, 125 patients): the cap takes 2,000 and 20,000
    a.scenario_box.setCurrentIndex(a.scenario_box.findData("high"))
    assert cells(a.years_model)[2][:5] == ["3", "125", "€ 125.000", "€ 100.000", "€ 20.000"]
    a.scenario_box.setCurrentIndex(a.scenario_box.findData("expected"))
    # Ctrl+C on the table: the selected rows as tab-separated Dutch numbers
    a.years_view.setFocus()
    a.years_view.selectRow(2)
    qtbot.keyClick(a.years_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "3\t100\t100000\t80000\t2000\t8000\t70000\t30000\n"
    assert clipboard.guard().pending()  # the confidential clipboard: cleared after 10 s
    text = table_text(a.years_model)  # the whole table, with its header row
    lines = text.splitlines()
    assert lines[0].split("\t")[:3] == ["Jaar", "Patiënten", "Lijstprijs"]
    assert lines[-1] == "Totaal\t244\t244000\t195200\t2000\t19520\t173680\t70320"


def test_what_it_takes_by_hand(tab: BidsTab) -> None:
    tab.select_row(0)
    tab.analyses.setCurrentIndex(PAGE_TAKES)
    text = tab.analyses.takes_label.text()
    # extra discount to 40 %: (1 − d) × 175,680 = 146,400 once the cap stops binding,
    # d = 1/6 → 16.67 % (rounded up), the same in every scenario
    assert "tot 40%: 16,67% verwacht; 16,67% in elk scenario" in text
    # the cap binds from 70,000 ÷ 720 = 97.22 patients a year (after the 10 % refund)
    assert "Plafond gaat knellen vanaf 97,22 patiënten per jaar" in text
    # 40 % on €1,000: at most €600 a patient
    assert "Hoogste nettoprijs per patiënt (tot 40%): ten hoogste € 600." in text
    # Σ min(N_y, C) = 146,400 over 46,080 / 57,600 / 72,000: C = (146,400 − 46,080) ÷ 2
    assert "ten hoogste € 50.160 per jaar" in text


def test_sensitivity_by_hand(tab: BidsTab) -> None:
    tab.select_row(0)
    tab.analyses.setCurrentIndex(PAGE_SENSITIVITY)
    rows = {(r[0], r[1]): r[2:] for r in cells(tab.analyses.sens_model)}
    assert rows[("basis (zoals opgegeven)", "—")] == ["voldoet niet", "28,82%", ""]
    # 200 %: 128/160/200 patients, each year capped at 70,000: 1 − 210,000/488,000
    assert rows[("volume", "200% van verwacht")] == ["voldoet", "56,97%", "ja"]
    assert rows[("volume", "125% van verwacht")] == ["voldoet niet", "35,21%", "nee"]
    # 5 years: 125 and 156.25 patients in years 4-5, capped: 1 − 313,680/525,250
    assert rows[("looptijd", "5 jaar")] == ["voldoet", "40,28%", "ja"]
    assert rows[("groei", "0% per jaar")] == ["voldoet niet", "30%", "nee"]
    label = tab.analyses.sens_label.text()
    assert label.endswith("Draait het oordeel om: volume, looptijd")


def test_follows_the_vault(tab: BidsTab, session: Session) -> None:
    tab.select_row(0)
    tab.analyses.setCurrentIndex(PAGE_TAKES)
    d = session.dossiers()[0]
    session.save_dossier(replace(d, mandate_threshold=Threshold("at_least", D(20))))
    assert "tot 20%: 0% (voldoet al)" in tab.analyses.takes_label.text()
    tab.analyses.setCurrentIndex(PAGE_YEARS)
    bid = tab.selected_bid()
    assert bid is not None
    session.update_bid(replace(bid, duration_years=1))
    assert tab.analyses.years_model.rowCount() == 2  # one year and the total
    assert cells(tab.analyses.years_model)[0][6] == "€ 46.080"
    session.delete_bid(bid.id)  # type: ignore[arg-type]
    assert tab.analyses.bid() is None
    assert tab.analyses.years_model.rowCount() == 0  # nothing of the deleted bid


def test_to_excel(qtbot, tab: BidsTab, tmp_path: Path) -> None:
    tab.select_row(0)
    target = tmp_path / "uit.xlsx"
    asked: list[str] = []
    tab.analyses.ask_path = lambda _parent, suggested: asked.append(suggested) or str(target)
    with qtbot.waitSignal(tab.analyses.saved, timeout=30_000) as saved:
        tab.analyses.excel_button.click()
        assert tab.analyses.saving and not tab.analyses.excel_button.isEnabled()
    assert saved.args == [str(target)]
    assert tab.analyses.excel_button.isEnabled()
    assert asked == ["Testmiddel biedingen.xlsx"]
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    wb = openpyxl.load_workbook(target)
    overview = list(wb["Biedingen"].iter_rows(values_only=True))
    assert [r[3] for r in overview[1:]] == [1, 2]  # every bid of the dossier
    assert overview[1][6] == pytest.approx(0.288197)
    years = list(wb["Per jaar"].iter_rows(values_only=True))
    assert {r[2] for r in years[1:]} == {1}  # the selected bid only
    assert "uit.xlsx" in tab.analyses.years_note.text()
    # a folder that is not there: one line, nothing written
    tab.analyses.ask_path = lambda _p, _s: str(tmp_path / "nergens" / "x.xlsx")
    with qtbot.waitSignal(tab.analyses.saved, timeout=30_000) as saved:
        tab.analyses.to_excel()
    assert saved.args == [""]
    assert tab.analyses.years_note.text() == "Niet opgeslagen: No such file or directory"
    assert not (tmp_path / "nergens").exists()


def test_cleared_on_lock_even_when_hidden(tab: BidsTab) -> None:
    tab.select_row(0)
    tab.analyses.setCurrentIndex(PAGE_SENSITIVITY)
    assert tab.analyses.sens_model.rowCount() > 0
    tab.analyses.hide()
    tab.clear()  # what the window does on (auto-)lock
    assert tab.analyses.bid() is None
    assert tab.analyses.years_model.rowCount() == 0
    assert tab.analyses.sens_model.rowCount() == 0
    assert tab.analyses.takes_label.text() == "" and tab.analyses.sens_label.text() == ""


def test_what_it_takes_per_bound_of_a_range(tab: BidsTab, session: Session) -> None:
    d = session.dossiers()[0]
    session.save_dossier(replace(d, mandate_threshold=Threshold("range", D(35), D(55))))
    tab.select_row(0)
    tab.analyses.setCurrentIndex(PAGE_TAKES)
    text = tab.analyses.takes_label.text()
    # 35 %: at most 158,600 of 244,000; past the cap's kink (1 − d) × 175,680 = 158,600,
    # d = 9.722… % → 9.73 %; the low scenario needs the same, the high one nothing
    assert "tot 35%: 9,73% verwacht; 9,73% in elk scenario" in text
    # 55 %: (1 − d) × 175,680 = 109,800 → d = 37.5 % exactly, in every scenario
    assert "tot 55%: 37,5% verwacht; 37,5% in elk scenario" in text
    assert "Het oordeel wordt ‘voldoet’ vanaf 55%." in text
    assert "Hoogste nettoprijs per patiënt (tot 55%): ten hoogste € 450." in text
