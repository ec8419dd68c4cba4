"""The *Verloop* tab: each bid's effective reduction over time against the advice and the
mandate (QtCharts), and below it the dossier's phases in date order.

Figures come from the engine (expected scenario), the timeline from
:func:`mandaat.describe.timeline_events`; this module only draws.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import (
    QAreaSeries,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QMargins,
    QPointF,
    Qt,
    QTime,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mandaat import describe
from mandaat.model import Bid, Dossier, Party, Threshold
from mandaat.vault.session import Session
from ui import assessments
from ui import formatting as fmt
from ui.session_events import events_for
from ui.words import WORDS

SUPPLIER_COLOUR = QColor("#1f5fa8")
VWS_COLOUR = QColor("#c25a00")
ADVICE_COLOUR = QColor("#2e7d32")
MANDATE_COLOUR = QColor("#8a1111")


def _qdatetime(value: dt.date) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(12, 0))


def _msecs(value: dt.date) -> float:
    return float(_qdatetime(value).toMSecsSinceEpoch())


#: The longest the chart assesses bids at a stretch before it lets the window breathe
#: (20 ms: a slice and the painting of a tab just shown together stay under 100 ms).
SLICE_S = 0.02


class ChartTab(QWidget):
    """Chart and timeline of one dossier.

    Drawn when shown, not while its tab is hidden (it is then marked stale and drawn on
    its next show). Its bids' assessments come from the session's shared cache; those
    not made yet are made in slices of :data:`SLICE_S` from the event loop, so a dossier
    of 25,000 bids never freezes the window, and the chart appears when all are made.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dossier_id: int | None = None
        self.assessments = assessments.for_session(session)
        self._stale = False
        self._pending: tuple[Dossier, Sequence[Bid], int] | None = None
        self._slicer = QTimer(self)
        self._slicer.setInterval(0)
        self._slicer.timeout.connect(self._work)
        self.setObjectName("ChartTab")
        self.chart = QChart()
        self.chart.setLocale(fmt.locale())
        self.chart.setLocalizeNumbers(True)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.view = QChartView(self.chart)
        self.view.setObjectName("chart_view")
        self.view.setAccessibleName(
            QCoreApplication.translate("ChartTab", "Verloop van de effectieve korting")
        )
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(320)
        self.note_label = QLabel()
        self.note_label.setObjectName("chart_note")
        self.note_label.setWordWrap(True)
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setAccessibleName(
            QCoreApplication.translate("ChartTab", "Tijdlijn van het dossier")
        )
        timeline_box = QWidget()
        box = QVBoxLayout(timeline_box)
        box.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(QCoreApplication.translate("ChartTab", "Tijdlijn"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        box.addWidget(heading)
        box.addWidget(self.timeline)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(timeline_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 170])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.view, self.timeline)  # top to bottom
        layout.addWidget(self.note_label)
        self.supplier_series: QScatterSeries | None = None
        self.vws_series: QScatterSeries | None = None
        self.threshold_series: list[QLineSeries] = []
        self.clear()
        events = events_for(session)
        events.dossier_changed.connect(self._noticed)
        events.bids_changed.connect(self._noticed)
        events.reloaded.connect(self.refresh)

    # -- the contract ----------------------------------------------------------------

    def set_dossier(self, dossier_id: int | None) -> None:
        self.dossier_id = dossier_id
        self.refresh()

    def _noticed(self, dossier_id: int) -> None:
        if dossier_id == self.dossier_id:
            self.refresh()

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True  # drawn when shown
            self._stop()
            return
        self._stale = False
        dossier = self.session.dossier(self.dossier_id) if self.dossier_id is not None else None
        if dossier is None:
            self.clear()
            return
        self._stop()
        self._pending = (dossier, self.session.stored_bids(dossier.id), 0)
        self._work()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def ensure_drawn(self) -> None:
        """Draw now what is stale or half-assessed (for tests and the self-test)."""
        if self._stale:
            self._stale = False
            dossier = self.session.dossier(self.dossier_id) if self.dossier_id is not None else None
            if dossier is None:
                self.clear()
                return
            self._pending = (dossier, self.session.stored_bids(dossier.id), 0)
        while self._pending is not None:
            self._work(budget=float("inf"))

    def _work(self, budget: float = SLICE_S) -> None:
        """Assess the next slice of the pending bids; draw when all are assessed."""
        if self._pending is None:
            self._slicer.stop()
            return
        dossier, bids, done = self._pending
        until = time.perf_counter() + budget
        while done < len(bids) and time.perf_counter() < until:
            self.assessments.get(dossier, bids[done])
            done += 1
        if done < len(bids):
            self._pending = (dossier, bids, done)
            self.note_label.setText(
                QCoreApplication.translate(
                    "ChartTab", "Het verloop wordt berekend: {done} van {n} biedingen…"
                ).format(done=done, n=len(bids))
            )
            if not self._slicer.isActive():
                self._slicer.start()
            return
        self._stop()
        self._draw(dossier, bids)
        self._fill_timeline(dossier, bids)

    def _stop(self) -> None:
        self._slicer.stop()
        self._pending = None

    def clear(self) -> None:
        """Drop everything shown (e.g. on auto-lock)."""
        self._stop()
        self._stale = False
        self.dossier_id = None
        self._reset_chart()
        self.chart.setTitle(QCoreApplication.translate("ChartTab", "Geen dossier gekozen"))
        self.timeline.clear()
        self.note_label.clear()

    # -- chart ----------------------------------------------------------------------

    def _reset_chart(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
            axis.deleteLater()
        self.supplier_series = None
        self.vws_series = None
        self.threshold_series = []

    def _draw(self, dossier: Dossier, bids: Sequence[Bid]) -> None:
        self._reset_chart()
        self.chart.setTitle(
            QCoreApplication.translate(
                "ChartTab", "{drug}: effectieve korting per bod (verwacht scenario)"
            ).format(drug=dossier.brand)
        )
        points: list[tuple[Bid, Decimal]] = []
        failures: list[str] = []
        for bid in sorted(bids, key=lambda b: (b.date, b.round)):
            answer = self.assessments.get(dossier, bid)
            if answer.assessment is None:
                failures.append(answer.error)
            else:
                points.append((bid, answer.assessment.effective_pct))

        supplier = QScatterSeries()
        supplier.setName(QCoreApplication.translate("ChartTab", "Bod leverancier"))
        supplier.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
        supplier.setMarkerSize(12)
        supplier.setColor(SUPPLIER_COLOUR)
        supplier.setBorderColor(SUPPLIER_COLOUR.darker(140))
        vws = QScatterSeries()
        vws.setName(QCoreApplication.translate("ChartTab", "Tegenbod VWS"))
        vws.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeTriangle)
        vws.setMarkerSize(14)
        vws.setColor(VWS_COLOUR)
        vws.setBorderColor(VWS_COLOUR.darker(140))
        path = QLineSeries()
        path.setName(QCoreApplication.translate("ChartTab", "Verloop"))
        pen = QPen(QColor("#9aa5b1"))
        pen.setWidthF(1.5)
        path.setPen(pen)
        # one call per series (each Qt call costs; see ui/none_guard.py for another reason)
        mine: list[QPointF] = []
        theirs: list[QPointF] = []
        line: list[QPointF] = []
        for bid, pct in points:
            point = QPointF(_msecs(bid.date), float(pct))
            (mine if bid.party is Party.SUPPLIER else theirs).append(point)
            line.append(point)
        supplier.replace(mine)
        vws.replace(theirs)
        path.replace(line)
        self.supplier_series, self.vws_series = supplier, vws

        dates = [b.date for b in bids] or [dt.date.today()]
        first, last = min(dates), max(dates)
        span = max((last - first).days, 60)
        start = first - dt.timedelta(days=span // 8 + 7)
        end = last + dt.timedelta(days=span // 8 + 7)

        x_axis = QDateTimeAxis()
        x_axis.setTitleText(QCoreApplication.translate("ChartTab", "Datum van het bod"))
        x_axis.setFormat("d MMM yyyy")
        x_axis.setTickCount(min(7, max(3, span // 45 + 2)))
        x_axis.setRange(_qdatetime(start), _qdatetime(end))
        y_axis = QValueAxis()
        y_axis.setTitleText(
            QCoreApplication.translate("ChartTab", "Effectieve korting op de vraagprijs")
        )
        y_axis.setLabelFormat("%.0f%")  # localized: "%" is literal
        values = [float(p) for _, p in points]
        lines = self._threshold_values(dossier)
        values += [v for _, v, _ in lines]
        low = min(values, default=0.0)
        high = max(values, default=100.0)
        y_min = max(0.0, (int(low) // 10) * 10 - 10)
        y_max = min(100.0, (int(high) // 10) * 10 + 10)
        if y_max - y_min < 20:
            y_min = max(0.0, y_max - 20)
        y_axis.setRange(y_min, y_max)
        y_axis.setTickCount(int((y_max - y_min) // 10) + 1)
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)

        x0, x1 = _msecs(start), _msecs(end)
        band = self._band(dossier.advice_threshold, x0, x1)
        if band is not None:
            self.chart.addSeries(band)
            band.attachAxis(x_axis)
            band.attachAxis(y_axis)
        for name, value, colour in lines:
            line = QLineSeries()
            line.setName(name)
            pen = QPen(colour)
            pen.setWidthF(2.0)
            if colour == ADVICE_COLOUR:
                pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
            line.append(x0, value)
            line.append(x1, value)
            self.chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
            self.threshold_series.append(line)
        for series in (path, supplier, vws):
            self.chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        for hidden in (path, band):
            if hidden is not None:
                for marker in self.chart.legend().markers(hidden):
                    marker.setVisible(False)

        notes = []
        if not points and not failures:
            notes.append(
                QCoreApplication.translate("ChartTab", "Nog geen biedingen in dit dossier")
            )
        if failures:
            notes.append(failures[0])
        if not lines:
            notes.append(
                QCoreApplication.translate(
                    "ChartTab", "Het advies heeft geen getal: er is geen drempellijn te tekenen"
                )
            )
        self.note_label.setText(" · ".join(notes))

    def _threshold_values(self, dossier: Dossier) -> list[tuple[str, float, QColor]]:
        """(legend text, height, colour) of each horizontal line."""
        out: list[tuple[str, float, QColor]] = []
        advice = dossier.advice_threshold
        mandate = dossier.mandate_threshold

        def short(t: Threshold) -> str:
            return WORDS.threshold(t, short=True)

        def add(label: str, t: Threshold | None, colour: QColor) -> None:
            if t is None or not t.is_numeric or t.low is None:
                return
            if t.kind == "range" and t.high is not None:
                out.append(
                    (
                        f"{label} "
                        + QCoreApplication.translate("ChartTab", "ondergrens")
                        + f" {fmt.percent(t.low)}",
                        float(t.low),
                        colour,
                    )
                )
                out.append(
                    (
                        f"{label} "
                        + QCoreApplication.translate("ChartTab", "bovengrens")
                        + f" {fmt.percent(t.high)}",
                        float(t.high),
                        colour,
                    )
                )
            else:
                out.append((f"{label}: {short(t)}", float(t.low), colour))

        add(
            QCoreApplication.translate("ChartTab", "Advies = mandaat")
            if mandate is None
            else QCoreApplication.translate("ChartTab", "Advies"),
            advice,
            ADVICE_COLOUR,
        )
        add(QCoreApplication.translate("ChartTab", "Mandaat"), mandate, MANDATE_COLOUR)
        return out

    @staticmethod
    def _band(advice: Threshold | None, x0: float, x1: float) -> QAreaSeries | None:
        """A light band between the two ends of a range advice."""
        if advice is None or advice.kind != "range" or advice.low is None or advice.high is None:
            return None
        lower, upper = QLineSeries(), QLineSeries()
        lower.append(x0, float(advice.low))
        lower.append(x1, float(advice.low))
        upper.append(x0, float(advice.high))
        upper.append(x1, float(advice.high))
        area = QAreaSeries(upper, lower)
        area.setName(QCoreApplication.translate("ChartTab", "Bandbreedte advies"))
        colour = QColor(ADVICE_COLOUR)
        colour.setAlpha(40)
        area.setBrush(QBrush(colour))
        area.setPen(QPen(Qt.PenStyle.NoPen))
        # the two edges belong to the area; keep them alive with it
        lower.setParent(area)
        upper.setParent(area)
        return area

    # -- timeline -------------------------------------------------------------------

    def _fill_timeline(self, dossier: Dossier, bids: Sequence[Bid]) -> None:
        self.timeline.clear()
        today = dt.date.today()
        for event in describe.timeline_events(dossier, bids):
            text = f"{fmt.date(event.date)} — {WORDS.event(event)}"
            if event.kind == "end":
                days = (event.date - today).days
                if days >= 0:
                    text += " " + QCoreApplication.translate("ChartTab", "(nog {days})").format(
                        days=WORDS.count("days", days)
                    )
            item = QListWidgetItem(text)
            colour = {
                "sluis": "#555555",
                "advice": ADVICE_COLOUR.name(),
                "bid": SUPPLIER_COLOUR.name(),
                "counter": VWS_COLOUR.name(),
                "start": "#333333",
                "end": MANDATE_COLOUR.name(),
            }[event.kind]
            item.setForeground(QColor(colour))
            item.setData(Qt.ItemDataRole.UserRole, event.kind)
            self.timeline.addItem(item)

    # -- for tests -------------------------------------------------------------------

    def point_count(self) -> int:
        self.ensure_drawn()
        return sum(s.count() for s in (self.supplier_series, self.vws_series) if s is not None)
