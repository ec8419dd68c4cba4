"""The bid editor's "Regeling zoals geschreven" group (issue 17): the kind of staffel,
per-patient caps and free doses, product-wide, and the price after the end; the product
field on the dossier; the live verdict follows the terms (hand-computed figures)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal as D
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from ui_helpers import dutch  # noqa: F401 - the autouse fixture

from mandaat.model import Arrangement, Bid, Dossier, PriceBasis, Threshold, Tier
from mandaat.vault.file import Vault
from mandaat.vault.session import Session
from ui.bid_editor import BidEditor

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

# € 29,000 a vial, 30 vials per patient per year, 10 patients; ZIN: at least 92 %
XENPO = Dossier(
    brand="Xenpo",
    indication="ASMD",
    asking_price=D(29000),
    price_basis=PriceBasis.PER_UNIT,
    units_per_patient=D(30),
    expected_patients=D(10),
    advice_threshold=Threshold("at_least", D(92)),
)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    vault, _ = Vault.create(tmp_path / "t.mandaat", PASSPHRASE)
    yield Session(vault)
    vault.close()


def _editor(qtbot, dossier: Dossier, bid: Bid | None = None) -> BidEditor:  # type: ignore[no-untyped-def]
    editor = BidEditor(dossier, bid, today=dt.date(2026, 1, 15))
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_per_patient_terms_move_the_live_verdict(qtbot, session: Session) -> None:
    d = session.save_dossier(XENPO)
    editor = _editor(qtbot, d)
    w = editor.written
    qtbot.keyClicks(editor.discount_edit, "80")
    assert editor.effective_label.text() == "80%"
    qtbot.keyClicks(w.cap_units_edit, "26")
    qtbot.keyClicks(w.free_units_edit, "4")
    # free doses without the share of starters: said under the row, nothing to save
    error = editor.findChild(QWidget, "error_patient_units")
    assert error.isVisible() and "start" in error.text()
    assert not editor.ok_button.isEnabled()
    qtbot.keyClicks(w.starters_edit, "20")
    assert not error.isVisible()
    # paid units 26 − 0.2 × 4 = 25.2 of 30 → share 0.84; 1 − 0.2 × 0.84 = 83.2 %
    assert editor.effective_label.text() == "83,2%"
    bid = editor.current_bid()
    assert bid is not None
    a = bid.arrangement
    assert (a.patient_cap_units, a.free_initial_units, a.starters_pct) == (D(26), D(4), D(20))
    assert editor.mandate_verdict_label.text() == "voldoet niet"
    editor.reject()


def test_staffel_kind_after_end_and_product_wide(qtbot, session: Session) -> None:
    d = session.save_dossier(XENPO)
    stored = Bid(
        dt.date(2026, 1, 5),
        dossier_id=d.id,
        arrangement=Arrangement(tiers=(Tier(D(5), D(40)),), tier_mode="all_units"),
    )
    editor = _editor(qtbot, d, stored)
    w = editor.written
    assert w.tier_mode_combo.currentData() == "all_units"  # loaded, kept when saved
    # all units above 5 patients (10 expected): every unit 40 % off → 40 %
    assert editor.effective_label.text() == "40%"
    w.tier_mode_combo.setCurrentIndex(0)
    # per schijf: 5 at full price, 5 at 60 % → 8 of 10 paid → 20 %
    assert editor.effective_label.text() == "20%"
    assert not w.after_price_edit.isEnabled()
    w.after_combo.setCurrentIndex(2)  # a net price after the end
    assert w.after_price_edit.isEnabled()
    after = editor.findChild(QWidget, "error_after_end")
    assert after.isVisible() and "nettoprijs" in after.text()
    qtbot.keyClicks(w.after_price_edit, "60000")
    assert not after.isVisible()
    # product-wide on a dossier without a product: refused, with the way out
    w.product_check.setChecked(True)
    product = editor.findChild(QWidget, "error_product_wide")
    assert product.isVisible() and "product" in product.text()
    assert not editor.ok_button.isEnabled()
    w.product_check.setChecked(False)
    bid = editor.current_bid()
    assert bid is not None
    assert (bid.arrangement.tier_mode, bid.arrangement.after_end) == ("marginal", "net")
    assert bid.arrangement.after_end_net_price == D(60000)
    editor.reject()


def test_product_wide_once_the_dossier_names_its_product(qtbot, session: Session) -> None:
    d = session.save_dossier(dataclasses.replace(XENPO, product="Xenpo"))
    editor = _editor(qtbot, d)
    qtbot.keyClicks(editor.discount_edit, "50")
    editor.written.product_check.setChecked(True)
    bid = editor.current_bid()
    assert bid is not None and bid.arrangement.product_wide
    assert "Xenpo" in editor.written.product_check.toolTip()
    # every new field can be reached by its label and has an accessible name
    for name in ("tier_mode", "product_wide", "after_end"):
        widget = editor.findChild(QWidget, name)
        assert widget is not None and widget.accessibleName()
    editor.reject()


def test_the_dossier_has_a_product_field(qtbot, session: Session) -> None:
    from ui.advice_tab import AdviceTab

    d = session.save_dossier(XENPO)
    tab = AdviceTab(session)
    qtbot.addWidget(tab)
    tab.set_dossier(d.id)
    edits: list[tuple[object, object, str]] = []
    tab.edit_requested.connect(lambda b, a, f: edits.append((b, a, f)))
    edit = tab.text_edits["product"]
    assert edit.accessibleName() == "Product (koppelt indicaties)"
    qtbot.keyClicks(edit, "Xenpo")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edits[-1][2] == "product" and edits[-1][1].product == "Xenpo"  # type: ignore[attr-defined]
