"""Brandpunten: where signals and observations pile up, ranked, with a trend per week.

Every row opens the signals behind it (the signal list, filtered); the whole overview can be
exported as the PDF "Waarom wij hier handhaven".
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.documents import services as documents
from models.hotspots import services as svc
from models.hotspots.services import Hotspot, Satisfaction, WeekCount
from models.signals.services import SignalFilter
from views.common import icons
from views.common.accessibility import name_view
from views.common.export import EXPORT_ROLE, Exporter, snapshot
from views.common.pdf_export import PdfPreviewDialog, safe_file_name
from views.common.text import format_number, locale
from views.common.worker import DatabaseWorker
from views.consultations.agreements import OVERDUE
from views.documents.hotspots import render_hotspots, share_text

if TYPE_CHECKING:
    from views.shell.pages import Shell

KEY_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_COLUMN = 4


class HotspotsPage(QWidget):
    """Signals:
    loaded(int): the ranking is on screen with this many rows.
    show_signals(object): open the signal list with this SignalFilter.
    """

    loaded = Signal(int)
    show_signals = Signal(object)

    def __init__(self, worker: DatabaseWorker) -> None:
        super().__init__()
        self.worker = worker
        self.rows: list[Hotspot] = []
        self.preview: PdfPreviewDialog | None = None
        title = QLabel(self.tr("Hotspots"))
        title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for days, text in (
            (91, self.tr("Last 3 months")),
            (365, self.tr("Last 12 months")),
            (30, self.tr("Last 30 days")),
        ):
            self.period.addItem(text, days)
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Grouping"))
        for key, text in (
            ("area", self.tr("By area")),
            ("street", self.tr("By street")),
            ("category", self.tr("By category")),
        ):
            self.group.addItem(text, key)
        self.period.currentIndexChanged.connect(self.reload)
        self.group.currentIndexChanged.connect(self.reload)
        self.pdf_button = QPushButton(icons.icon("mdi6.file-pdf-box"), self.tr("Why we enforce here (PDF)…"))
        self.pdf_button.clicked.connect(self.export)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.period)
        head.addWidget(self.group)
        self.exporter = Exporter(
            self, worker, lambda: self.tr("Hotspots"), lambda: snapshot(self.table, self.tr("Hotspots"))
        )
        head.addWidget(self.exporter.button)
        head.addWidget(self.pdf_button)

        self.table = QTreeWidget()
        name_view(self.table, self.tr("Hotspots"), self.tr("Enter shows the signals behind a row"))
        self.table.setHeaderLabels(
            [
                self.tr("#"),
                self.tr("Where or what"),
                self.tr("Signals"),
                self.tr("Observations"),
                self.tr("Overdue"),
            ]
        )
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setToolTip(self.tr("Double-click a row to see the signals behind it"))
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.header().setStretchLastSection(False)
        for column, width in ((0, 40), (2, 100), (3, 125), (4, 80)):
            self.table.setColumnWidth(column, width)
        self.table.itemActivated.connect(self._activated)

        # Reporters' reactions to handled signals, per the same grouping (models.signals.reactions).
        self.satisfaction = QTreeWidget()
        name_view(self.satisfaction, self.tr("Reporters' satisfaction"))
        self.satisfaction.setHeaderLabels(
            [
                self.tr("Reporters' satisfaction"),
                self.tr("Reactions"),
                self.tr("Satisfied"),
                self.tr("Share satisfied"),
            ]
        )
        self.satisfaction.setRootIsDecorated(False)
        self.satisfaction.setAlternatingRowColors(True)
        self.satisfaction.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.satisfaction.header().setStretchLastSection(False)
        for column, width in ((1, 90), (2, 90), (3, 155)):
            self.satisfaction.setColumnWidth(column, width)

        self.chart = QChart()
        self.chart.setTitle(self.tr("Per week"))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setAccessibleName(self.tr("Signals per week (chart)"))
        self.chart_view.setAccessibleDescription(self.tr("The same figures are in the table above"))
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.satisfaction)
        split.addWidget(self.chart_view)
        split.setSizes([300, 130, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        # Under the title, not beside it: beside it the header row made the window wider than a
        # 1366-pixel laptop screen.
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    def _period(self) -> tuple[date, date]:
        until = date.today()
        return until - timedelta(days=int(self.period.currentData()) - 1), until

    def reload(self) -> None:
        since, until = self._period()
        group, today = str(self.group.currentData()), date.today()
        self.worker.run(
            lambda s: (
                svc.hotspots(s, since, until, group, today=today),
                svc.weekly_trend(s, since, until),
                svc.satisfaction(s, since, until, group),
            ),
            lambda result: self._loaded(*result),
        )

    def _loaded(
        self,
        rows: list[Hotspot],
        weeks: list[WeekCount],
        satisfaction: tuple[list[Satisfaction], Satisfaction] | None = None,
    ) -> None:
        self.rows = rows
        if satisfaction is not None:
            self._satisfaction(*satisfaction)
        self.table.clear()
        for rank, row in enumerate(rows, start=1):
            item = QTreeWidgetItem(
                [
                    str(rank),
                    row.label,
                    format_number(row.signals),
                    format_number(row.observations),
                    format_number(row.overdue),
                ]
            )
            for column in (0, 2, 3, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row.overdue:
                item.setForeground(4, OVERDUE)
            item.setData(0, KEY_ROLE, rank - 1)
            for column, number in enumerate((rank, None, row.signals, row.observations, row.overdue)):
                if number is not None:
                    item.setData(column, EXPORT_ROLE, number)
            self.table.addTopLevelItem(item)
        signals = sum(w.signals for w in weeks)
        observations = sum(w.observations for w in weeks)
        self.summary.setText(
            self.tr("%1 signals and %2 observations in this period")
            .replace("%1", format_number(signals))
            .replace("%2", format_number(observations))
        )
        self._chart(weeks)
        self.loaded.emit(len(rows))

    def _satisfaction(self, rows: list[Satisfaction], total: Satisfaction) -> None:
        self.satisfaction.clear()
        everything = Satisfaction(
            key=None,
            label=self.tr("All reactions in this period"),
            reactions=total.reactions,
            satisfied=total.satisfied,
        )
        for index, row in enumerate([everything, *rows]):
            item = QTreeWidgetItem(
                [row.label, format_number(row.reactions), format_number(row.satisfied), share_text(row.share)]
            )
            for column in (1, 2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if index == 0:
                font = item.font(0)
                font.setBold(True)
                for column in range(4):
                    item.setFont(column, font)
            self.satisfaction.addTopLevelItem(item)

    def _chart(self, weeks: list[WeekCount]) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        signal_set = QBarSet(self.tr("Signals"))
        signal_set.setColor(QColor("#1f5fa8"))
        observation_set = QBarSet(self.tr("Observations"))
        observation_set.setColor(QColor("#b26a00"))
        labels = []
        step = max(1, len(weeks) // 13)
        for index, week in enumerate(weeks):
            signal_set.append(week.signals)
            observation_set.append(week.observations)
            # "31 aug": the week's Monday without the year, which the slanted labels cut off.
            labels.append(
                locale().toString(QDate(week.week.year, week.week.month, week.week.day), "d MMM")
                if index % step == 0
                else " " * (index % 7 + 1)
            )
        series = QBarSeries()
        series.append(signal_set)
        series.append(observation_set)
        self.chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(labels)
        x.setLabelsAngle(-45)
        y = QValueAxis()
        y.setLabelFormat("%d")
        y.setRange(0, max([1, *(max(w.signals, w.observations) for w in weeks)]))
        y.applyNiceNumbers()
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    def filter_for(self, row: Hotspot) -> SignalFilter:
        since, until = self._period()
        group = str(self.group.currentData())
        key = row.key
        if group == "street":  # the street in its place: its area, or the place in the address
            return SignalFilter(since=since, until=until, street=str(key), area_id=row.area_id, city=row.city)
        return SignalFilter(
            since=since,
            until=until,
            area_id=key if group == "area" and isinstance(key, int) else None,
            category_id=key if group == "category" and isinstance(key, int) else None,
        )

    def _activated(self, item: QTreeWidgetItem, column: int = 0) -> None:
        """A row opens its signals; the overdue number opens only the overdue ones."""
        index = item.data(0, KEY_ROLE)
        if index is not None and 0 <= index < len(self.rows):
            flt = self.filter_for(self.rows[index])
            flt.overdue_only = column == OVERDUE_COLUMN
            self.show_signals.emit(flt)

    def export(self) -> None:
        since, until = self._period()
        today = date.today()
        self.preview = PdfPreviewDialog(
            self.worker,
            self.tr("Why we enforce here"),
            safe_file_name("Waarom wij hier handhaven", since.isoformat(), until.isoformat()),
            lambda s, path: render_hotspots(documents.hotspots_report(s, since, until, today=today), path),
            self.window(),
        )
        self.preview.open()

    # -- as a page of the window --

    def activated(self) -> None:
        self.reload()


# -- as a page of the main window (views/shell/pages.py) ------------------------------------------


def make_page(shell: Shell) -> HotspotsPage:
    page = HotspotsPage(shell.worker)
    page.show_signals.connect(lambda flt: shell.show_page("signals", flt))
    return page
