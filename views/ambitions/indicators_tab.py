"""Indicatoren: each ambition's indicators with their traffic light, chart and measurements."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.ambitions import indicators
from models.ambitions.entities import ACTION_STATUS_LABELS, DIRECTION_LABELS, INDICATOR_SOURCE_LABELS
from models.ambitions.indicators import MeasurementRecord
from models.ambitions.monitoring import LIGHT_COLOURS, LIGHT_LABELS, TREND_LABELS
from models.ambitions.services import AmbitionRecord, IndicatorRecord, PlanOverview
from models.errors import DomainError
from models.lookups import Choice
from views.ambitions.ambition_dialogs import show_number
from views.ambitions.indicator_chart import IndicatorChart
from views.ambitions.indicator_dialogs import IndicatorDialog, MeasurementDialog
from views.ambitions.plan_trees import RECORD_ROLE, ambition_of, bold, light_icon, make_tree
from views.common import icons
from views.common.forms import FormDialog
from views.common.text import error_text, format_date, format_short_date, label
from views.common.worker import DatabaseWorker


class IndicatorsTab(QSplitter):
    """Signals:
    changed(): an indicator or measurement was saved or removed (the page reloads the plan).
    """

    changed = Signal()

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.overview: PlanOverview | None = None
        self.kernen: list[Choice] = []
        self.may_edit = True
        self._selected_indicator: int | None = None
        self.indicators = make_tree(
            [self.tr("Indicator"), self.tr("State")], (90,), name=self.tr("Indicators")
        )
        self.indicators.currentItemChanged.connect(lambda *_a: self._indicator_chosen())
        self.new_indicator_button = QPushButton(icons.icon("mdi6.plus"), self.tr("New indicator"))
        self.new_indicator_button.clicked.connect(self.new_indicator)
        self.edit_indicator_button = QPushButton(icons.icon("mdi6.pencil-outline"), self.tr("Edit indicator"))
        self.edit_indicator_button.clicked.connect(self.edit_indicator)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_indicator_button)
        left_buttons.addWidget(self.edit_indicator_button)
        left_buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.indicators, 1)
        left_layout.addLayout(left_buttons)

        self.chart = IndicatorChart()
        self.light = QLabel()
        self.light.setObjectName("indicatorLight")
        self.light.setTextFormat(Qt.TextFormat.RichText)
        self.light.setWordWrap(True)
        self.measurements = make_tree(
            [self.tr("Measured on"), self.tr("Value"), self.tr("Note")],
            (130, 200),
            stretch=2,
            name=self.tr("Measurements"),
        )
        self.measurements.setMaximumHeight(170)
        self.measurements.currentItemChanged.connect(lambda *_a: self.update_buttons())
        self.add_measurement_button = QPushButton(icons.icon("mdi6.plus"), self.tr("New measurement"))
        self.add_measurement_button.clicked.connect(self.add_measurement)
        self.delete_measurement_button = QPushButton(
            icons.icon("mdi6.delete-outline"), self.tr("Remove measurement")
        )
        self.delete_measurement_button.clicked.connect(self.delete_measurement)
        right_buttons = QHBoxLayout()
        right_buttons.addStretch(1)
        right_buttons.addWidget(self.delete_measurement_button)
        right_buttons.addWidget(self.add_measurement_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.light)
        right_layout.addWidget(self.chart, 1)
        right_layout.addWidget(self.measurements)
        right_layout.addLayout(right_buttons)

        self.addWidget(left)
        self.addWidget(right)
        self.setSizes([380, 700])

    def show_overview(self, overview: PlanOverview | None, kernen: list[Choice]) -> None:
        self.overview, self.kernen = overview, kernen
        self._show_indicators()

    def _show_indicators(self) -> None:
        keep = self._selected_indicator
        self.indicators.blockSignals(True)
        self.indicators.clear()
        restore = None
        first = None
        for ambition in self.overview.ambitions if self.overview else []:
            parent = QTreeWidgetItem([ambition.title, ""])
            parent.setData(0, RECORD_ROLE, ambition)
            bold(parent, 1)
            for indicator in ambition.indicators:
                child = QTreeWidgetItem([indicator.name, label(LIGHT_LABELS[indicator.assessment.light])])
                child.setIcon(1, light_icon(indicator.assessment.light))
                child.setData(0, RECORD_ROLE, indicator)
                if indicator.computed:
                    child.setIcon(0, icons.icon("mdi6.calculator-variant-outline"))
                parent.addChild(child)
                first = first or child
                if indicator.id == keep:
                    restore = child
            self.indicators.addTopLevelItem(parent)
        self.indicators.expandAll()
        self.indicators.blockSignals(False)
        current = restore or first
        if current is not None:  # else nothing is current: the tree was just cleared
            self.indicators.setCurrentItem(current)
        self._indicator_chosen()

    def current_indicator(self) -> IndicatorRecord | None:
        item = self.indicators.currentItem()
        record = item.data(0, RECORD_ROLE) if item else None
        return record if isinstance(record, IndicatorRecord) else None

    def _indicator_chosen(self) -> None:
        record = self.current_indicator()
        self._selected_indicator = record.id if record else None
        self.chart.show_indicator(record)
        self.measurements.clear()
        if record is None:
            self.light.setText(self.tr("Choose an indicator on the left, or add one to an ambition."))
            self.update_buttons()
            return
        a = record.assessment
        colour = LIGHT_COLOURS[a.light]
        unit = record.unit
        facts = [
            f"<span style='color:{colour}; font-size:15px'>●</span> <b style='color:{colour}'>"
            f"{label(LIGHT_LABELS[a.light])}</b>",
            self.tr("trend: %1").replace("%1", label(TREND_LABELS[a.trend])),
            self.tr("latest: %1").replace(
                "%1", f"{show_number(a.latest)} {unit}" if a.latest is not None else "—"
            ),
            self.tr("target: %1 by %2")
            .replace("%1", f"{show_number(record.target)} {unit}")
            .replace("%2", format_date(record.target_date)),
        ]
        if a.projected is not None:
            facts.append(
                self.tr("expected then: %1").replace("%1", f"{show_number(round(a.projected, 1))} {unit}")
            )
        if record.baseline is not None:
            facts.append(
                self.tr("baseline: %1 on %2")
                .replace("%1", f"{show_number(record.baseline)} {unit}")
                .replace("%2", format_date(record.baseline_date))
            )
        source = label(DIRECTION_LABELS[record.direction])
        if record.computed:
            source += (
                " · "
                + label(INDICATOR_SOURCE_LABELS[record.source])
                + (f" ({record.area})" if record.area else "")
            )
        working = self.overview.actions_on(record.id) if self.overview else []
        actions = (
            self.tr("Actions working on it: %1").replace(
                "%1",
                "; ".join(
                    html.escape(f"{x.title} ({label(ACTION_STATUS_LABELS[x.status])})") for x in working
                ),
            )
            if working
            else self.tr("No action names this indicator yet.")
        )
        self.light.setText(
            " &nbsp;·&nbsp; ".join(facts)
            + f"<br/><span style='color:#5f6368'>{source}</span>"
            + f"<br/><span id='actions'>{actions}</span>"
        )
        for m in reversed(record.measurements):
            item = QTreeWidgetItem(
                [format_short_date(m.measured_on), f"{show_number(m.value)} {unit}", m.note]
            )
            item.setData(0, RECORD_ROLE, m)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.measurements.addTopLevelItem(item)
        self.update_buttons()

    def update_buttons(self) -> None:
        chosen = item.data(0, RECORD_ROLE) if (item := self.indicators.currentItem()) else None
        indicator = chosen if isinstance(chosen, IndicatorRecord) else None
        self.new_indicator_button.setEnabled(isinstance(chosen, AmbitionRecord | IndicatorRecord))
        self.edit_indicator_button.setEnabled(indicator is not None)
        self.add_measurement_button.setEnabled(indicator is not None and not indicator.computed)
        self.add_measurement_button.setToolTip(
            self.tr("Counted from the application's data.")
            if indicator is not None and indicator.computed
            else ""
        )
        measurement = item.data(0, RECORD_ROLE) if (item := self.measurements.currentItem()) else None
        self.delete_measurement_button.setEnabled(
            isinstance(measurement, MeasurementRecord) and measurement.id is not None
        )
        if not self.may_edit:  # the role reads the plan; the services refuse changes anyway
            for button in (
                self.new_indicator_button,
                self.edit_indicator_button,
                self.add_measurement_button,
                self.delete_measurement_button,
            ):
                button.setVisible(False)

    def _open(self, dialog: FormDialog) -> None:
        dialog.saved.connect(lambda _r: self.changed.emit())
        dialog.open()

    def _failed(self, error: DomainError) -> None:
        QMessageBox.warning(self, self.tr("Ambitions"), error_text(error))

    def new_indicator(self) -> None:
        ambition = ambition_of(self.indicators, self.overview)
        if ambition is not None:
            self._open(IndicatorDialog(self.worker, ambition, self.kernen, None, self))

    def edit_indicator(self) -> None:
        record = self.current_indicator()
        if record is not None and self.overview:
            ambition = self.overview.ambition(record.ambition_id)
            if ambition is not None:
                self._open(IndicatorDialog(self.worker, ambition, self.kernen, record, self))

    def add_measurement(self) -> None:
        record = self.current_indicator()
        if record is not None and not record.computed:
            self._open(MeasurementDialog(self.worker, record, self))

    def delete_measurement(self) -> None:
        item = self.measurements.currentItem()
        record = item.data(0, RECORD_ROLE) if item else None
        if not isinstance(record, MeasurementRecord) or record.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove measurement"),
            self.tr("Remove the measurement of %1?").replace("%1", format_date(record.measured_on)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            measurement_id, version = record.id, record.version
            self.worker.run(
                lambda s: indicators.delete_measurement(s, measurement_id, version),
                lambda _r: self.changed.emit(),
                self._failed,
                commit=True,
            )
