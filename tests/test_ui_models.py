"""The dossier and log table models, checked with qtmodeltester, and their proxies."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from ui_helpers import QT_MARKS, no_leaks  # noqa: F401

from mandaat.model import Bid, Dossier, Phase
from mandaat.vault import audit
from mandaat.vault.session import Session
from ui.demo import DemoVault
from ui.dossier_model import (
    DOSSIER_ROLE,
    VERDICT_LABELS,
    Column,
    DossierFilterProxy,
    DossierTableModel,
    load_rows,
    summarize,
)
from ui.log_tab import LogModel

pytestmark = QT_MARKS


@pytest.fixture
def demo_session():  # type: ignore[no-untyped-def]
    demo = DemoVault()
    vault = demo.open()
    yield Session(vault)
    vault.close()
    demo.cleanup()


def test_dossier_model_passes_modeltester(qtmodeltester, demo_session) -> None:
    model = DossierTableModel()
    model.set_rows(load_rows(demo_session, dt.date(2026, 1, 1)))
    qtmodeltester.check(model)
    proxy = DossierFilterProxy(two_line_brand=True)
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert model.rowCount() == 4


def test_verdict_is_text_and_colour(demo_session) -> None:
    model = DossierTableModel()
    model.set_rows(load_rows(demo_session, dt.date(2026, 1, 1)))
    texts = {
        model.index(r, Column.BRAND).data(): model.index(r, Column.VERDICT).data()
        for r in range(model.rowCount())
    }
    assert texts["Enhertu"] == VERDICT_LABELS["fails"]
    assert texts["Pluvicto"] == "— geen berekening"  # no asking price: said, not hidden
    enhertu = next(r for r in range(4) if model.index(r, 0).data() == "Enhertu")
    brush = model.index(enhertu, Column.VERDICT).data(Qt.ItemDataRole.BackgroundRole)
    assert brush is not None
    assert model.index(enhertu, Column.DAYS_LEFT).data() == "—"  # demo bids have no start


def test_renewal_warning_from_six_months_before_the_end() -> None:
    d = Dossier(brand="Testmiddel", id=7, indication="iets", phase=Phase.AKKOORD)
    # 1 year from 1-9-2025: ends 31-8-2026; 6 months before: 28-2-2026 (no 31 February)
    bid = Bid(
        dt.date(2025, 6, 1), id=1, dossier_id=7, start_date=dt.date(2025, 9, 1), duration_years=1
    )
    before = summarize(d, [bid], dt.date(2026, 2, 27))
    due = summarize(d, [bid], dt.date(2026, 2, 28))
    assert (before.renewal_due, due.renewal_due) == (False, True)
    model = DossierTableModel()
    model.upsert(due)
    cell = model.index(0, Column.DAYS_LEFT)
    assert cell.data() == "⚠ loopt af over 184 dagen"  # 28-2 → 31-8: 184 days
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "verlenging" in cell.data(Qt.ItemDataRole.ToolTipRole)
    model.upsert(summarize(d, [bid], dt.date(2026, 9, 1)))
    assert model.index(0, Column.DAYS_LEFT).data() == "⚠ verlopen"


def test_days_left_and_upsert_remove(qtmodeltester) -> None:
    d = Dossier(brand="Testmiddel", id=7, indication="iets", phase=Phase.ONDERHANDELING)
    bid = Bid(dt.date(2025, 1, 1), id=1, dossier_id=7, start_date=dt.date(2025, 1, 1))
    row = summarize(d, [bid], dt.date(2026, 1, 1))
    assert row.days_left == (dt.date(2027, 12, 31) - dt.date(2026, 1, 1)).days
    model = DossierTableModel()
    model.upsert(row)
    assert model.index(0, Column.DAYS_LEFT).data() == f"loopt af over {row.days_left} dagen"
    assert not row.renewal_due  # 729 days: no warning yet
    assert model.index(0, Column.VERDICT).data() == "— geen berekening"  # no asking price
    model.upsert(summarize(d, [], dt.date(2026, 1, 1)))
    assert model.rowCount() == 1
    assert model.index(0, Column.VERDICT).data() == "geen bod"
    qtmodeltester.check(model)
    model.remove(7)
    assert model.rowCount() == 0


def test_proxy_filters_on_text_and_phase(demo_session) -> None:
    model = DossierTableModel()
    model.set_rows(load_rows(demo_session, dt.date(2026, 1, 1)))
    proxy = DossierFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("myeloom")
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data(DOSSIER_ROLE).brand == "Carvykti"
    proxy.set_search("")
    proxy.set_phase(Phase.AKKOORD)
    assert proxy.rowCount() == 0
    proxy.set_phase(Phase.SLUIS_GECONTINUEERD)
    assert proxy.rowCount() == 4
    proxy.sort(Column.VERDICT, Qt.SortOrder.AscendingOrder)
    # worst verdict first: "fails" before "depends"; no verdict sorts first of all
    order = [proxy.index(r, Column.VERDICT).data() for r in range(4)]
    assert order.index(VERDICT_LABELS["fails"]) < order.index(VERDICT_LABELS["depends"])


def test_log_model_passes_modeltester(qtmodeltester, demo_session) -> None:
    model = LogModel()
    model.set_entries(audit.entries(demo_session.db))
    assert model.rowCount() >= 2
    qtmodeltester.check(model)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_a_vws_counter_offer_is_never_the_dossiers_verdict() -> None:
    from decimal import Decimal

    from mandaat.model import Arrangement, Party, Threshold

    d = Dossier(
        brand="Testmab",
        id=3,
        asking_price=Decimal(100000),
        advice_threshold=Threshold("at_least", Decimal(50)),
    )
    supplier = Bid(
        dt.date(2025, 1, 1), id=1, dossier_id=3, arrangement=Arrangement(discount_pct=Decimal(30))
    )
    counter = Bid(
        dt.date(2025, 2, 1),
        id=2,
        dossier_id=3,
        party=Party.VWS,
        arrangement=Arrangement(discount_pct=Decimal(60)),
    )
    row = summarize(d, [supplier, counter], dt.date(2026, 1, 1))
    assert row.last_bid == supplier and row.verdict == "fails"  # not the counter's "meets"
    assert summarize(d, [counter], dt.date(2026, 1, 1)).verdict is None  # no supplier bid yet
