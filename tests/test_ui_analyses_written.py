"""Issue 17 in the window, "as written": a product-wide bid on each indication of its
product (each against its own mandate, and the blend), and the verdict over a horizon
beyond the arrangement's end (or the engine's refusal in words). Hand-computed figures on
a real vault."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal as D
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtGui import QUndoStack
from ui_helpers import dutch  # noqa: F401 - the autouse fixture

from mandaat.model import Arrangement, Bid, Dossier, Threshold
from mandaat.vault.file import Vault
from mandaat.vault.session import Session
from ui import clipboard
from ui.analysis_models import IndicationsModel
from ui.bid_analyses import PAGE_PRODUCT, PAGE_TAKES, table_text
from ui.bids_tab import BidsTab

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

# one product, two indications: € 1,000 per patient × 100 patients (mandate ≥ 60 %), and
# € 2,000 per patient × 50 patients (mandate ≥ 40 %); no growth, 3 years
LOW = Dossier(
    brand="Enhe",
    indication="HER2-laag",
    product="Enhe",
    asking_price=D(1000),
    expected_patients=D(100),
    mandate_threshold=Threshold("at_least", D(60)),
)
POS = Dossier(
    brand="Enhe",
    indication="HER2-positief",
    product="Enhe",
    asking_price=D(2000),
    expected_patients=D(50),
    mandate_threshold=Threshold("at_least", D(40)),
)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    vault, _ = Vault.create(tmp_path / "t.mandaat", PASSPHRASE)
    s = Session(vault)
    low = s.save_dossier(LOW)
    s.save_dossier(POS)
    # row 0: 50 % on the product, nothing said about after the end
    s.add_bid(
        Bid(
            dt.date(2026, 2, 1),
            dossier_id=low.id,
            arrangement=Arrangement(discount_pct=D(50), product_wide=True),
        )
    )
    # row 1: 70 % on this indication only, back to the asking price after the end
    s.add_bid(
        Bid(
            dt.date(2026, 3, 1),
            dossier_id=low.id,
            round=2,
            arrangement=Arrangement(discount_pct=D(70), after_end="list"),
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


def _row_of(tab: BidsTab, discount: int) -> int:
    for r in range(tab.model.rowCount()):
        tab.select_row(r)
        b = tab.analyses.bid()
        if b is not None and b.arrangement.discount_pct == D(discount):
            return r
    raise AssertionError(discount)


def cells(model: IndicationsModel) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_indications_model_passes_the_model_tester(qtmodeltester, session: Session) -> None:
    from mandaat import engine

    low = session.dossiers()[0]
    bid = next(b for b in session.bids(low.id) if b.arrangement.product_wide)
    model = IndicationsModel()
    model.set_product(engine.product_wide(session.dossiers(), low, bid))
    qtmodeltester.check(model)


def test_product_wide_bid_per_indication_and_following_the_other_mandate(
    tab: BidsTab, session: Session
) -> None:
    tab.select_row(_row_of(tab, 50))
    tab.analyses.setCurrentIndex(PAGE_PRODUCT)
    # 50 % on each: fails "at least 60 %" (HER2-laag), meets "at least 40 %" (positief)
    assert cells(tab.analyses.product_model) == [
        ["Enhe", "HER2-laag", "50%", "voldoet niet"],
        ["Enhe", "HER2-positief", "50%", "voldoet"],
    ]
    # blend over 3 years: list 3 × (100 × 1,000 + 50 × 2,000) = 600,000, net half → 50 %;
    # net per patient 300,000 ÷ 450 = 666.67 (shown without cents)
    label = tab.analyses.product_label.text()
    assert "Product Enhe, 2 indicaties" in label
    assert "effectieve korting 50%" in label and "€ 667" in label.replace("\u00a0", " ")
    assert tab.analyses.product_view.isEnabled()
    # the verdict cell is coloured like the other verdicts
    from PySide6.QtCore import Qt

    from ui.bids_model import VERDICT_COLOURS

    cell = tab.analyses.product_model.index(0, 3)
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == VERDICT_COLOURS["fails"][1]
    assert table_text(tab.analyses.product_model).splitlines()[1] == (
        "Enhe\tHER2-laag\t50%\tvoldoet niet"
    )
    # the other indication's mandate raised to 55 %: its row now fails too
    pos = next(d for d in session.dossiers() if d.indication == "HER2-positief")
    session.save_dossier(dataclasses.replace(pos, mandate_threshold=Threshold("at_least", D(55))))
    assert cells(tab.analyses.product_model)[1] == ["Enhe", "HER2-positief", "50%", "voldoet niet"]


def test_a_bid_for_one_indication_says_so(tab: BidsTab) -> None:
    tab.select_row(_row_of(tab, 70))
    tab.analyses.setCurrentIndex(PAGE_PRODUCT)
    assert tab.analyses.product_model.rowCount() == 0
    assert not tab.analyses.product_view.isEnabled()
    assert tab.analyses.product_label.text().startswith("Dit bod geldt voor één indicatie.")


def plain(rich: str) -> str:
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText().replace("\u00a0", " ")


def test_horizon_verdict_and_refusal(qtbot, tab: BidsTab) -> None:
    a = tab.analyses
    tab.select_row(_row_of(tab, 70))
    a.setCurrentIndex(PAGE_TAKES)
    assert a.horizon_box.value() == 3  # the bid's duration
    # within the arrangement: 70 % meets "at least 60 %"
    assert "voldoet , effectieve" in plain(a.horizon_label.text()) and "korting 70%" in plain(
        a.horizon_label.text()
    )
    # 5 years, back to the asking price after the end: net 3 × 30,000 + 2 × 100,000 =
    # 290,000 of 500,000 → 42 %: fails
    a.horizon_box.setValue(5)
    text = plain(a.horizon_label.text())
    assert "voldoet niet" in text and "korting 42%" in text
    # the product-wide bid says nothing about after its end: refused in words, no figure
    tab.select_row(_row_of(tab, 50))
    assert a.horizon_box.value() == 3
    assert "korting 50%" in plain(a.horizon_label.text())
    a.horizon_box.setValue(4)
    text = plain(a.horizon_label.text())
    assert "niet vastgelegd wat na het einde" in text and "%" not in text
