"""The Biedingen tab as a negotiator uses it: add, see the verdict, edit, delete, undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QWidget
from ui_helpers import dutch  # noqa: F401 - the autouse fixture

from mandaat import demo
from mandaat.model import Arrangement, Bid, Party
from mandaat.vault.file import Vault
from mandaat.vault.session import Session
from ui.bid_editor import BidEditor, TiersModel
from ui.bids_model import BID_ROLE, CODE_ROLE, SORT_ROLE, BidsModel, BidsProxy, Column
from ui.bids_tab import BidsTab

# A Qt warning fails the test; the offscreen platform's own notice is not ours.
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    vault, _ = Vault.create(tmp_path / "t.mandaat", PASSPHRASE)
    demo.populate(vault.db)
    vault.commit("demo")
    yield Session(vault)
    vault.close()


def dossier_id(session: Session, brand: str) -> int:
    found = [d.id for d in session.dossiers() if d.brand == brand]
    assert found and found[0] is not None
    return found[0]


def no_timers_running(widget: QWidget) -> None:
    active = [t for t in widget.findChildren(QTimer) if t.isActive()]
    assert not active
    assert QThreadPool.globalInstance().activeThreadCount() == 0


@pytest.fixture
def tab(qtbot, session: Session) -> Iterator[BidsTab]:
    stack = QUndoStack()
    widget = BidsTab(session, stack)
    widget.today = lambda: dt.date(2026, 1, 15)
    widget.resize(1200, 700)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    no_timers_running(widget)


def texts(tab: BidsTab, column: Column) -> list[str]:
    return [
        tab.proxy.index(r, column).data(Qt.ItemDataRole.DisplayRole)
        for r in range(tab.proxy.rowCount())
    ]


def test_models_pass_the_model_tester(qtmodeltester, session: Session) -> None:
    model = BidsModel()
    dossier = session.dossier(dossier_id(session, "Enhertu"))
    model.set_bids(dossier, session.bids(dossier.id))  # type: ignore[union-attr]
    qtmodeltester.check(model)
    proxy = BidsProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.EFFECTIVE)
    qtmodeltester.check(proxy)
    tiers = TiersModel()
    tiers.add_row()
    tiers.setData(tiers.index(0, 0), "100")
    qtmodeltester.check(tiers)
    # a dossier whose bids cannot be computed (no asking price) still gives a table
    pluvicto = session.dossier(dossier_id(session, "Pluvicto"))
    model.set_bids(pluvicto, session.bids(pluvicto.id))  # type: ignore[union-attr]
    qtmodeltester.check(model)
    assert model.index(0, Column.MANDATE).data() == "niet te berekenen"
    assert "vraagprijs" in model.index(0, Column.MANDATE).data(Qt.ItemDataRole.ToolTipRole)


def test_table_shows_verdicts_as_text_with_colour(tab: BidsTab, session: Session) -> None:
    tab.set_dossier(dossier_id(session, "Enhertu"))
    assert tab.proxy.rowCount() == 4
    assert texts(tab, Column.EFFECTIVE) == ["45%", "75%", "60%", "67,31%"]
    assert texts(tab, Column.MANDATE) == [
        "voldoet niet",
        "oordeel nodig",  # 75% against "fors meer dan 68%"
        "voldoet niet",
        "voldoet niet",
    ]
    assert texts(tab, Column.PARTY)[1] == "VWS (tegenbod)"
    assert texts(tab, Column.ARRANGEMENT)[3] == "nettoprijs € 34.000 p.p."
    first = tab.proxy.index(0, Column.MANDATE)
    assert first.data(CODE_ROLE) == "fails"
    assert first.data(Qt.ItemDataRole.BackgroundRole) is not None
    tip = first.data(Qt.ItemDataRole.ToolTipRole)
    assert "meer dan 68%" in tip and "Tekort" in tip
    second = tab.proxy.index(1, Column.MANDATE).data(Qt.ItemDataRole.ToolTipRole)
    assert "fors meer" in second
    align = tab.proxy.index(0, Column.EFFECTIVE).data(Qt.ItemDataRole.TextAlignmentRole)
    assert align & int(Qt.AlignmentFlag.AlignRight)
    assert isinstance(tab.proxy.index(0, 0).data(BID_ROLE), Bid)
    assert tab.count_label.text() == "4 biedingen"


def test_add_bid_through_the_editor(qtbot, tab: BidsTab, session: Session) -> None:
    did = dossier_id(session, "Xenpozyme")
    tab.set_dossier(did)
    before = len(session.bids(did))
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    editor = tab.editor
    assert isinstance(editor, BidEditor)
    assert editor.round_spin.value() == 4  # after rounds 1–3
    assert not editor.ok_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(editor.discount_edit, "92")
    qtbot.keyClicks(editor.contact_edit, "FICTIEF contact")
    assert editor.mandate_verdict_label.text() == "voldoet"
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert tab.editor is None
    stored = session.bids(did)
    assert len(stored) == before + 1
    new = [b for b in stored if b.arrangement.discount_pct == Decimal("92")]
    assert len(new) == 1 and new[0].round == 4 and new[0].date == dt.date(2026, 1, 15)
    assert new[0].contact_person == "FICTIEF contact"
    selected = tab.selected_bid()
    assert selected is not None and selected.id == new[0].id
    row = tab.index_of(new[0].id, Column.MANDATE)  # type: ignore[arg-type]
    assert row.data() == "voldoet"
    assert tab.proxy.index(row.row(), Column.EFFECTIVE).data() == "92%"
    assert tab.undo_stack.count() == 1
    assert tab.undo_stack.undoText() == "Bod toevoegen"


def test_live_verdict_while_typing(qtbot, session: Session) -> None:
    dossier = session.dossier(dossier_id(session, "Xenpozyme"))
    assert dossier is not None
    editor = BidEditor(dossier, today=dt.date(2026, 1, 15))
    qtbot.addWidget(editor)
    editor.show()
    assert editor.mandate_verdict_label.text() == "—"
    qtbot.keyClicks(editor.discount_edit, "91")
    assert editor.mandate_verdict_label.text() == "voldoet niet"
    assert editor.advice_verdict_label.text() == "voldoet niet"
    assert editor.effective_label.text() == "91%"
    assert editor.margin_label.text() == "−1 pp t.o.v. 92%"  # the bound is named
    assert "per jaar" in editor.gap_label.text()
    qtbot.keyClick(editor.discount_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor.discount_edit, "2")
    assert editor.mandate_verdict_label.text() == "voldoet"
    assert editor.margin_label.text() == "±0 pp t.o.v. 92%"
    assert editor.gap_label.text() == "geen"
    # the reverse figures: 8% of € 890.000
    assert editor.max_net_label.text() == "ten hoogste €\u00a071.200"
    assert editor.ok_button.isEnabled()
    # not a number: said inline, under the field, and nothing can be saved
    editor.discount_edit.clear()
    qtbot.keyClicks(editor.discount_edit, "veel")
    error = editor.findChild(QWidget, "error_discount_pct")
    assert error.isVisible() and "Geen getal" in error.text()
    assert not editor.ok_button.isEnabled()
    editor.discount_edit.clear()
    qtbot.keyClicks(editor.discount_edit, "120")
    assert "tussen 0 en 100" in error.text()
    # pay-for-performance needs both numbers
    editor.discount_edit.clear()
    qtbot.keyClicks(editor.p4p_share_edit, "50")
    p4p = editor.findChild(QWidget, "error_p4p")
    assert p4p.isVisible() and "beide" in p4p.text()
    editor.reject()


def test_editor_builds_every_block(qtbot, session: Session) -> None:
    dossier = session.dossier(dossier_id(session, "Carvykti"))
    assert dossier is not None
    editor = BidEditor(dossier, today=dt.date(2026, 1, 15))
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.list_cut_edit, "10")
    qtbot.keyClicks(editor.discount_edit, "30,5")
    qtbot.mouseClick(editor.add_tier_button, Qt.MouseButton.LeftButton)
    editor.tiers_model.setData(editor.tiers_model.index(0, 0), "100")
    editor.tiers_model.setData(editor.tiers_model.index(0, 1), "20")
    editor.cap_edit.setText("€ 40.000.000")  # QTest cannot type "€"
    qtbot.keyClicks(editor.p4p_share_edit, "50")
    qtbot.keyClicks(editor.p4p_rate_edit, "20")
    editor.duration_spin.setValue(4)
    editor.party_combo.setCurrentIndex(1)
    editor.start_check.setChecked(True)
    editor.start_edit.edit.clear()
    qtbot.keyClicks(editor.start_edit.edit, "1 mrt 2026")
    bid = editor.current_bid()
    assert bid is not None
    a = bid.arrangement
    assert a.list_price_cut_pct == Decimal("10") and a.discount_pct == Decimal("30.5")
    assert [(t.threshold, t.discount_pct) for t in a.tiers] == [(Decimal(100), Decimal(20))]
    assert a.annual_cap == Decimal("40000000")
    assert (a.p4p_refund_share_pct, a.p4p_nonresponse_rate_pct) == (Decimal(50), Decimal(20))
    assert bid.party is Party.VWS and bid.duration_years == 4
    assert bid.end_date == dt.date(2030, 2, 28)
    assert editor.end_label.text() == "28 februari 2030"
    assert editor.mandate_verdict_label.text() in {"voldoet", "voldoet niet", "hangt af"}
    # a net price and a list-price cut together: said inline
    qtbot.keyClicks(editor.net_price_edit, "100000")
    assert editor.current_bid() is None
    assert "nettoprijs" in editor.findChild(QWidget, "error_list_price_cut_pct").text()


def test_edit_and_delete_with_undo_and_redo(qtbot, tab: BidsTab, session: Session) -> None:
    did = dossier_id(session, "Enhertu")
    tab.set_dossier(did)
    original = session.bids(did)
    tab.select_row(0)
    first = tab.selected_bid()
    assert first is not None and first.arrangement.discount_pct == Decimal("45")
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    editor = tab.editor
    assert isinstance(editor, BidEditor)
    assert editor.discount_edit.text() == "45"
    editor.discount_edit.clear()
    qtbot.keyClicks(editor.discount_edit, "50")
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    changed = [b for b in session.bids(did) if b.id == first.id][0]
    assert changed.arrangement.discount_pct == Decimal("50")
    assert texts(tab, Column.EFFECTIVE)[0] == "50%"
    stack = tab.undo_stack
    with qtbot.waitSignal(tab.changed):
        stack.undo()
    assert session.bids(did) == original
    assert texts(tab, Column.EFFECTIVE)[0] == "45%"
    stack.redo()
    assert [b for b in session.bids(did) if b.id == first.id][0] == changed

    # delete with the Del key (the tab's action), then undo brings it back
    tab.select_row(0)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert len(session.bids(did)) == 3
    assert tab.proxy.rowCount() == 3
    stack.undo()
    back = session.bids(did)
    assert len(back) == 4
    restored = [b for b in back if b.date == first.date][0]
    assert replace(restored, id=None) == replace(changed, id=None)
    stack.redo()
    assert len(session.bids(did)) == 3
    # undo the delete and the edit: the edit finds its bid under the new id
    stack.undo()
    stack.undo()
    assert [replace(b, id=None) for b in session.bids(did)] == [
        replace(b, id=None) for b in original
    ]
    # what is on disk is what the session shows
    other = Vault.open(session.vault.path, passphrase=PASSPHRASE, read_only=True)
    try:
        on_disk = Session(other).bids(did)
    finally:
        other.close()
    assert [replace(b, id=None) for b in on_disk] == [replace(b, id=None) for b in original]


def test_identical_bid_is_refused_inline(qtbot, tab: BidsTab, session: Session) -> None:
    did = dossier_id(session, "Xenpozyme")
    tab.set_dossier(did)
    existing = session.bids(did)[0]
    tab.select_row(0)
    tab.new_bid()
    editor = tab.editor
    assert editor is not None
    editor._load(replace(existing, id=None))  # the same content as a stored bid
    editor._update()
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert len(session.bids(did)) == 3
    assert tab.undo_stack.count() == 0
    assert "precies deze inhoud" in tab.message_label.text()


def test_sort_by_effective_and_filter(qtbot, tab: BidsTab, session: Session) -> None:
    tab.set_dossier(dossier_id(session, "Enhertu"))
    tab.view.sortByColumn(Column.EFFECTIVE, Qt.SortOrder.AscendingOrder)
    assert texts(tab, Column.EFFECTIVE) == ["45%", "60%", "67,31%", "75%"]
    tab.view.sortByColumn(Column.EFFECTIVE, Qt.SortOrder.DescendingOrder)
    assert texts(tab, Column.EFFECTIVE) == ["75%", "67,31%", "60%", "45%"]
    values = [tab.proxy.index(r, Column.EFFECTIVE).data(SORT_ROLE) for r in range(4)]
    assert values == sorted(values, reverse=True)
    tab.view.sortByColumn(Column.MANDATE, Qt.SortOrder.DescendingOrder)
    assert texts(tab, Column.MANDATE)[0] == "oordeel nodig"
    qtbot.keyClicks(tab.filter_edit, "tegenbod")
    assert tab.proxy.rowCount() == 1
    assert tab.count_label.text() == "1 van 4 biedingen"
    tab.filter_edit.clear()
    qtbot.keyClicks(tab.filter_edit, "NETTOPRIJS")
    assert texts(tab, Column.ARRANGEMENT) == ["nettoprijs € 34.000 p.p."]
    tab.filter_edit.clear()
    assert tab.proxy.rowCount() == 4


def test_copy_effective_reduction(qtbot, tab: BidsTab, session: Session) -> None:
    tab.set_dossier(dossier_id(session, "Enhertu"))
    tab.view.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
    tab.select_row(3)
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "67,31%"
    try:  # the window's secure clipboard clears itself after 10 s; do it now
        from ui import clipboard
    except ImportError:
        QGuiApplication.clipboard().clear()
    else:
        assert clipboard.guard().pending()
        clipboard.clear_now()
        assert not clipboard.guard().pending()
    assert QGuiApplication.clipboard().text() == ""


def test_clear_and_no_dossier(tab: BidsTab, session: Session) -> None:
    tab.set_dossier(dossier_id(session, "Carvykti"))
    assert tab.proxy.rowCount() == 3
    assert "ten minste 45%" in tab.thresholds_label.text()
    tab.new_bid()
    assert tab.editor is not None
    tab.clear()
    assert tab.editor is None
    assert tab.proxy.rowCount() == 0
    assert not tab.new_button.isEnabled()
    assert tab.title_label.text() == "Geen dossier gekozen"
    tab.set_dossier(None)
    assert tab.model.rowCount() == 0


def test_weaker_mandate_is_flagged(tab: BidsTab, session: Session) -> None:
    from mandaat.model import Threshold

    d = session.dossier(dossier_id(session, "Xenpozyme"))
    assert d is not None
    session.save_dossier(replace(d, mandate_threshold=Threshold("at_least", Decimal("80"))))
    tab.set_dossier(d.id)
    assert tab.warning_label.isVisibleTo(tab)
    assert "zwakker" in tab.warning_label.text()
    bid = session.add_bid(
        Bid(dt.date(2026, 1, 2), dossier_id=d.id, arrangement=Arrangement(discount_pct=Decimal(85)))
    )
    assert bid is not None
    tab.refresh()
    row = tab.index_of(bid.id, Column.MANDATE)  # type: ignore[arg-type]
    assert row.data() == "voldoet"
    assert tab.proxy.index(row.row(), Column.ADVICE).data() == "voldoet niet"
    assert "zwakker" in row.data(Qt.ItemDataRole.ToolTipRole)


def test_editor_refuses_a_net_price_above_the_asking_price(qtbot, session: Session) -> None:
    dossier = session.dossier(dossier_id(session, "Xenpozyme"))
    assert dossier is not None and dossier.asking_price is not None
    editor = BidEditor(dossier, today=dt.date(2026, 1, 15))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.net_price_edit, str(int(dossier.asking_price) + 1))
    error = editor.findChild(QWidget, "error_net_price_per_patient")
    assert error.isVisible() and "boven de vraagprijs" in error.text()
    assert not editor.ok_button.isEnabled()
