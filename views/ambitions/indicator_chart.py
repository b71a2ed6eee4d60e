"""An indicator as a chart: its measurements, the path to its target, and the trend (QtCharts)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from models.ambitions.monitoring import LIGHT_COLOURS, fit_line
from models.ambitions.services import IndicatorRecord

MEASURED = QColor("#1f5fa8")
TARGET = QColor("#1e7d32")
TREND = QColor("#5f6368")


def _ms(day: date) -> float:
    """A day on the x-axis, in years (2026.5 is early July): the axis then ticks at every year
    exactly, which a date axis that divides its span evenly cannot (leap days shift its ticks)."""
    start = date(day.year, 1, 1)
    length = (date(day.year + 1, 1, 1) - start).days
    return day.year + ((day - start).days + 0.5) / length


class IndicatorChart(QChartView):
    """Measurements as a line with points; the path from baseline to target dashed green; the
    trend fitted through the measurements dotted grey, drawn on to the target date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.record: IndicatorRecord | None = None
        self.show_indicator(None)

    def show_indicator(self, record: IndicatorRecord | None) -> None:
        self.record = record
        chart = QChart()
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        if record is None:
            chart.setTitle(self.tr("Choose an indicator"))
            return
        points = [(m.measured_on, m.value) for m in record.measurements]
        measured = QLineSeries()
        measured.setName(self.tr("Measured"))
        measured.setPen(QPen(MEASURED, 2.2))
        dots = QScatterSeries()
        dots.setMarkerSize(7)
        dots.setColor(MEASURED)
        dots.setBorderColor(MEASURED)
        for day, value in points:
            measured.append(_ms(day), value)
            dots.append(_ms(day), value)
        target = QLineSeries()
        target.setName(self.tr("Path to target"))
        pen = QPen(TARGET, 1.8)
        pen.setStyle(Qt.PenStyle.DashLine)
        target.setPen(pen)
        start_day = record.baseline_date or (points[0][0] if points else None)
        start_value = record.baseline if record.baseline is not None else (points[0][1] if points else None)
        if start_day is not None and start_value is not None:
            target.append(_ms(start_day), start_value)
        target.append(_ms(record.target_date), record.target)
        series: list[QLineSeries] = [target, measured]
        all_points = [*points]
        if record.baseline is not None and record.baseline_date is not None:
            all_points.append((record.baseline_date, record.baseline))
        all_points.sort()
        line = fit_line(all_points)
        if line is not None:
            slope, intercept = line
            origin = all_points[0][0]
            trend = QLineSeries()
            trend.setName(self.tr("Trend"))
            pen = QPen(TREND, 1.4)
            pen.setStyle(Qt.PenStyle.DotLine)
            trend.setPen(pen)
            end = max(record.target_date, all_points[-1][0])
            trend.append(_ms(origin), intercept)
            trend.append(_ms(end), intercept + slope * (end - origin).days)
            series.append(trend)
        for s in (*series, dots):
            chart.addSeries(s)
        chart.legend().markers(dots)[0].setVisible(False)
        x_axis = QValueAxis()
        x_axis.setLabelFormat("%i")
        x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        x_axis.setTickAnchor(0)
        x_axis.setTickInterval(1)  # every year, labelled
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%.4g")
        y_axis.setTitleText(record.unit)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for s in (*series, dots):
            s.attachAxis(x_axis)
            s.attachAxis(y_axis)
        data = [v for _, v in all_points] + [record.target]
        values = data + [p.y() for s in series for p in s.points()]
        low, high = min(values), max(values)
        pad = (high - low) * 0.1 or 1
        # Values that cannot be negative (counts, percentages) keep zero as the floor, even when
        # the trend line runs below it at the start.
        y_axis.setRange(max(low - pad, 0) if min(data) >= 0 else low - pad, high + pad)
        y_axis.applyNiceNumbers()
        if min(data) >= 0 and y_axis.min() < 0:
            y_axis.setMin(0)
        days = [d for d, _ in all_points] + [record.target_date]
        first, last = min(days), max(days)
        x_axis.setRange(first.year, last.year + 1)
        colour = LIGHT_COLOURS[record.assessment.light]
        chart.setTitle(f"<span style='color:{colour}'>●</span> {record.name}")
