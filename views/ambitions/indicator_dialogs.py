"""The forms of the ambitions' monitoring: an indicator (what is measured, its baseline and target) and a measurement of it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QWidget,
)
from sqlalchemy.orm import Session

from models.ambitions import indicators
from models.ambitions.entities import (
    DIRECTION_LABELS,
    INDICATOR_SOURCE_LABELS,
    Direction,
    IndicatorSource,
)
from models.ambitions.indicators import PER_KERN, ImplausibleValue
from models.ambitions.services import AmbitionRecord, IndicatorRecord
from models.errors import DomainError
from models.lookups import Choice
from views.ambitions.ambition_dialogs import NumberFields, current_ambition, label_choices
from views.common.date_field import DateField
from views.common.forms import FormDialog
from views.common.text import error_text
from views.common.worker import DatabaseWorker


class IndicatorDialog(FormDialog):
    def __init__(
        self,
        worker: DatabaseWorker,
        ambition: AmbitionRecord,
        kernen: list[Choice],
        record: IndicatorRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, self.tr("Indicator") if record else self.tr("New indicator"), parent)
        self.ambition, self.record, self.kernen = ambition, record, kernen
        self.numbers = NumberFields(self)
        self.form.addRow(QLabel(self.tr("For: %1").replace("%1", ambition.title)))
        self.name = self.line("name", self.tr("Indicator"), record.name if record else "")
        self.unit = self.line(
            "unit",
            self.tr("Unit"),
            record.unit if record else "",
            self.tr("For example %, companies, visitors."),
        )
        self.source = self.combo(
            "source",
            self.tr("Values"),
            label_choices(INDICATOR_SOURCE_LABELS),
            (record.source if record else IndicatorSource.MANUAL).value,
            None,
        )
        self.area = self.combo("area_id", self.tr("Kern"), kernen, record.area_id if record else None)
        self.direction = self.combo(
            "direction",
            self.tr("Direction"),
            label_choices(DIRECTION_LABELS),
            (record.direction if record else Direction.HIGHER).value,
            None,
        )
        self.new_column()
        self.numbers.add("baseline", self.tr("Baseline"), record.baseline if record else None)
        self.baseline_date = DateField(record.baseline_date if record else None)
        self.add_field("baseline_date", self.tr("Baseline date"), self.baseline_date)
        self.numbers.add("target", self.tr("Target"), record.target if record else None)
        self.target_date = DateField(record.target_date if record else None)
        self.add_field("target_date", self.tr("Target date"), self.target_date)
        self.numbers.add(
            "plausible_min",
            self.tr("Lowest plausible value"),
            record.plausible_min if record else None,
        )
        self.numbers.add(
            "plausible_max",
            self.tr("Highest plausible value"),
            record.plausible_max if record else None,
            self.tr("Outside it, a measurement is confirmed first."),
        )
        self.source.currentIndexChanged.connect(self._source_changed)
        self._source_changed()

    def _source_changed(self) -> None:
        self.area.setEnabled(self.source.currentData() in {s.value for s in PER_KERN})

    def save(self) -> None:
        self.clear_errors()
        if self.numbers.values() is None:
            return
        super().save()

    def task(self) -> Callable[[Session], Any]:
        numbers = self.numbers.values() or {}
        data = indicators.IndicatorInput(
            name=self.name.text(),
            unit=self.unit.text(),
            baseline=numbers.get("baseline"),
            baseline_date=self.baseline_date.value(),
            target=numbers.get("target"),
            target_date=self.target_date.value(),
            direction=Direction(self.direction.currentData()),
            source=IndicatorSource(self.source.currentData()),
            area_id=self.area.currentData(),
            plausible_min=numbers.get("plausible_min"),
            plausible_max=numbers.get("plausible_max"),
        )
        ambition_id, record = self.ambition.id, self.record
        if record is None:
            return lambda s: indicators.save_indicator(s, ambition_id, data)
        return lambda s: indicators.save_indicator(s, ambition_id, data, record.id, record.version)

    def load_current(self) -> Callable[[Session], Any] | None:
        if self.record is None:
            return None
        plan_id, ambition_id, indicator_id = self.ambition.plan_id, self.ambition.id, self.record.id

        def fetch(s: Session) -> IndicatorRecord | None:
            ambition = current_ambition(s, plan_id, ambition_id)
            return next((i for i in ambition.indicators if i.id == indicator_id), None) if ambition else None

        return fetch

    def sibling(self, record: IndicatorRecord) -> IndicatorDialog:
        return IndicatorDialog(self.worker, self.ambition, self.kernen, record)


class MeasurementDialog(FormDialog):
    """A new measurement; a value outside the plausible range is confirmed before it is saved."""

    def __init__(
        self, worker: DatabaseWorker, indicator: IndicatorRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, self.tr("New measurement"), parent)
        self.indicator = indicator
        self.confirmed = False
        self.numbers = NumberFields(self)
        self.form.addRow(QLabel(f"<b>{indicator.name}</b> ({indicator.unit})"))
        self.measured_on = DateField(date.today())
        self.add_field("measured_on", self.tr("Measured on"), self.measured_on)
        self.value = self.numbers.add("value", self.tr("Value"), None)
        self.note = self.line("note", self.tr("Note"), "", max_length=300)

    def save(self) -> None:
        self.clear_errors()
        if self.numbers.values() is None:
            return
        super().save()

    def task(self) -> Callable[[Session], Any]:
        numbers = self.numbers.values() or {}
        indicator_id, on, value, note, confirmed = (
            self.indicator.id,
            self.measured_on.value(),
            numbers.get("value"),
            self.note.text(),
            self.confirmed,
        )
        return lambda s: indicators.add_measurement(s, indicator_id, on, value, note, confirmed=confirmed)

    def handle_error(self, error: DomainError) -> None:
        if not isinstance(error, ImplausibleValue):
            super().handle_error(error)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Unusual value"),
            error_text(error),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.confirmed = True
            self.save()
        else:
            self.rows["value"].set_error(error_text(error))
            self.value.setFocus()
