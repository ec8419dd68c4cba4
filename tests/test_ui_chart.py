"""The Verloop tab: one point per bid, the advice and mandate lines, the timeline."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtCharts import QAreaSeries, QDateTimeAxis, QValueAxis
from PySide6.QtCore import Qt, QThreadPool, QTimer
from ui_helpers import dutch  # noqa: F401 - the autouse fixture

from mandaat import demo
from mandaat.model import Threshold
from mandaat.vault.file import Vault
from mandaat.vault.session import Session
from ui.chart_tab import ChartTab

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


@pytest.fixture
def chart(qtbot, session: Session) -> Iterator[ChartTab]:
    tab = ChartTab(session)
    tab.resize(1200, 760)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab
    assert not [t for t in tab.findChildren(QTimer) if t.isActive()]
    assert QThreadPool.globalInstance().activeThreadCount() == 0


def did(session: Session, brand: str) -> int:
    return next(d.id for d in session.dossiers() if d.brand == brand)  # type: ignore[misc]


def test_points_per_party_and_one_line_when_mandate_is_advice(
    chart: ChartTab, session: Session
) -> None:
    chart.set_dossier(did(session, "Enhertu"))
    assert chart.supplier_series is not None and chart.vws_series is not None
    assert chart.supplier_series.count() == 3
    assert chart.vws_series.count() == 1
    assert chart.point_count() == 4
    ys = sorted(round(p.y(), 2) for p in chart.supplier_series.points())
    assert ys == [45.0, 60.0, 67.31]
    assert chart.vws_series.points()[0].y() == pytest.approx(75.0)
    assert chart.supplier_series.markerShape() != chart.vws_series.markerShape()
    assert [s.name() for s in chart.threshold_series] == ["Advies = mandaat: fors meer dan 68%"]
    line = chart.threshold_series[0]
    assert {p.y() for p in line.points()} == {68.0}
    x_axes = chart.chart.axes(Qt.Orientation.Horizontal)
    y_axes = chart.chart.axes(Qt.Orientation.Vertical)
    assert isinstance(x_axes[0], QDateTimeAxis) and isinstance(y_axes[0], QValueAxis)
    assert x_axes[0].titleText() == "Datum van het bod"
    assert "korting" in y_axes[0].titleText()
    assert y_axes[0].min() <= 45 and y_axes[0].max() >= 75
    # the timeline: sluis, advice and four bids, in date order
    items = [chart.timeline.item(i).text() for i in range(chart.timeline.count())]
    assert items[0] == "11 februari 2021 — In de sluis (Stcrt. 2021 nr. 7360)"
    assert items[1] == "28 mei 2025 — Advies Zorginstituut"
    assert len(items) == 6 and "Tegenbod VWS ronde 2" in items[3]


def test_range_advice_draws_a_band_and_the_mandate(chart: ChartTab, session: Session) -> None:
    chart.set_dossier(did(session, "Carvykti"))
    assert chart.point_count() == 3
    names = [s.name() for s in chart.threshold_series]
    assert names == [
        "Advies ondergrens 35%",
        "Advies bovengrens 55%",
        "Mandaat: ten minste 45%",
    ]
    heights = [s.points()[0].y() for s in chart.threshold_series]
    assert heights == [35.0, 55.0, 45.0]
    assert any(isinstance(s, QAreaSeries) for s in chart.chart.series())


def test_no_number_and_no_price(chart: ChartTab, session: Session) -> None:
    chart.set_dossier(did(session, "Pluvicto"))
    assert chart.point_count() == 0
    assert chart.threshold_series == []
    assert "vraagprijs" in chart.note_label.text()
    assert "geen getal" in chart.note_label.text()


def test_refresh_after_a_new_bid_and_clear(chart: ChartTab, session: Session) -> None:
    xid = did(session, "Xenpozyme")
    chart.set_dossier(xid)
    assert chart.point_count() == 3
    first = session.bids(xid)[0]
    session.add_bid(replace(first, id=None, round=4, start_date=first.date))
    chart.refresh()
    assert chart.point_count() == 4
    kinds = [
        chart.timeline.item(i).data(Qt.ItemDataRole.UserRole) for i in range(chart.timeline.count())
    ]
    assert "end" in kinds
    d = session.dossier(xid)
    assert d is not None
    session.save_dossier(replace(d, mandate_threshold=Threshold("at_least", Decimal("90"))))
    chart.refresh()
    assert [s.name() for s in chart.threshold_series] == [
        "Advies: ten minste 92%",
        "Mandaat: ten minste 90%",
    ]
    chart.clear()
    assert chart.point_count() == 0
    assert chart.timeline.count() == 0
    assert chart.chart.series() == []
