"""The rounds' forms: a round, an observation on it, the agreement that follows an observation up, and the period of a report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models import lookups
from models.companies.services import CompanyFile, company_file
from models.consultations.entities import Responsible
from models.errors import ValidationError
from models.lookups import Choice
from models.rounds import services as svc
from models.rounds.services import ObservationRecord, RoundRecord
from models.signals import categories as signal_categories
from views.common.date_field import DateField, DateTimeField
from views.common.form_values import display, editor_value, set_editor_value
from views.common.forms import FormDialog, select_data
from views.common.screen import bounded_width
from views.common.text import field_error_text
from views.common.widgets import PeopleList
from views.common.worker import DatabaseWorker
from views.companies.search_box import SearchBox
from views.consultations.interaction_dialogs import AgreementRow


@dataclass
class RoundLookups:
    categories: list[Choice] = field(default_factory=list)
    areas: list[Choice] = field(default_factory=list)
    officials: list[Choice] = field(default_factory=list)

    @staticmethod
    def load(session: Session) -> RoundLookups:
        categories = [
            Choice(value=c.id, label=c.name, depth=c.depth) for c in signal_categories.categories(session)
        ]
        return RoundLookups(categories, lookups.areas(session), lookups.officials(session))


class RoundDialog(FormDialog):
    def __init__(
        self,
        worker: DatabaseWorker,
        data: RoundLookups,
        record: RoundRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, self.tr("New round") if record is None else self.tr("Round"), parent)
        self.record, self.data = record, data
        self.held_on = DateField(record.held_on if record else date.today())
        self.add_field("held_on", self.tr("Day"), self.held_on)
        self.title_edit = self.line(
            "title",
            self.tr("Round"),
            record.title if record else "",
            hint=self.tr("For example: shopping streets Loosdrecht, catering evening round"),
        )
        self.area = self.combo(
            "area_id",
            self.tr("Area"),
            data.areas,
            record.area_id if record else None,
            empty=self.tr("(several)"),
        )
        present = {uid for uid, _ in record.officials} if record else {worker.user_id}
        self.people = PeopleList([(c.value, c.label) for c in data.officials], present)  # type: ignore[misc]
        self.add_field("official_ids", self.tr("Supervisors"), self.people)
        self.notes = self.text("notes", self.tr("Notes"), record.notes if record else "")
        self.title_edit.setFocus()

    def task(self) -> Callable[[Session], Any]:
        data = svc.RoundInput(
            held_on=self.held_on.value(),
            title=self.title_edit.text(),
            area_id=self.area.currentData(),
            notes=self.notes.toPlainText(),
            official_ids=self.people.checked_ids(),
        )
        record = self.record
        return lambda s: svc.save_round(
            s,
            data,
            round_id=record.id if record else None,
            expected_version=record.version if record else None,
        )

    def load_current(self) -> Callable[[Session], Any] | None:
        if self.record is None:
            return None
        round_id = self.record.id
        return lambda s: svc.round_record(s, round_id)

    def sibling(self, record: RoundRecord) -> RoundDialog:
        return RoundDialog(self.worker, self.data, record)


class ObservationDialog(FormDialog):
    def __init__(
        self,
        worker: DatabaseWorker,
        data: RoundLookups,
        the_round: RoundRecord,
        record: ObservationRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, self.tr("Observation"), parent)
        self.the_round, self.record, self.data = the_round, record, data
        self.company_id = record.company_id if record else None
        if record is not None:
            moment = record.observed_at
        else:
            now = datetime.now().astimezone()
            moment = datetime.combine(the_round.held_on, now.time()).astimezone()
        self.when = DateTimeField(moment)
        self.add_field("observed_at", self.tr("Time"), self.when)
        self.category = self.combo(
            "category_id",
            self.tr("Category"),
            data.categories,
            record.category_id if record else None,
            empty=self.tr("(choose)"),
        )
        self.company_search = SearchBox(worker, self)
        self.company_search.setMinimumWidth(260)
        self.company_search.setPlaceholderText(self.tr("Search a company (optional)"))
        self.company_search.open_company.connect(self._company_chosen)
        self.company_label = QLabel(f"<b>{escape(record.company)}</b>" if record and record.company else "")
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.company_search)
        box.addWidget(self.company_label)
        self.add_field("company_id", self.tr("Company"), holder)
        self.street = self.line("street", self.tr("Street"), record.street if record else "", max_length=120)
        self.house_number = self.line(
            "house_number", self.tr("House number"), record.house_number if record else "", max_length=20
        )
        self.postcode = self.line(
            "postcode",
            self.tr("Postcode"),
            record.postcode if record else "",
            self.tr("Or the place: two streets of one name exist"),
            max_length=7,
        )
        self.place = self.line("place", self.tr("Place"), record.place if record else "", max_length=120)
        self.area = self.combo(
            "area_id",
            self.tr("Area"),
            data.areas,
            record.area_id if record else the_round.area_id,
            empty=self.tr("(unknown)"),
        )
        self.new_column()
        self.finding = self.text("finding", self.tr("Finding"), record.finding if record else "")
        self.action = self.text("action", self.tr("Advice or action taken"), record.action if record else "")
        # One of the company's contact persons, or any name typed.
        self.spoke_with = QComboBox()
        self.spoke_with.setObjectName("spoke_with")
        self.spoke_with.setEditable(True)
        self.spoke_with.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        typed = self.spoke_with.lineEdit()
        assert typed is not None  # an editable combo box has its line edit
        typed.setMaxLength(200)
        typed.setPlaceholderText(self.tr("A contact person, or type a name"))
        self.spoke_with.setEditText(record.spoke_with or "" if record else "")
        self.add_field(
            "spoke_with",
            self.tr("Spoke with"),
            self.spoke_with,
            self.tr("The company's contact persons are listed"),
        )
        self._contacts_loaded = False
        self.follow_up = QCheckBox(self.tr("Needs follow-up"))
        self.follow_up.setChecked(bool(record and record.follow_up))
        self.add_field("follow_up", "", self.follow_up)
        self.setMinimumWidth(bounded_width(self, 980))
        self.category.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        # The company's contact persons are offered once the dialog is on screen (a dialog made
        # only to read a record's values, for a merge, loads nothing).
        super().showEvent(event)
        if self.company_id is not None and not self._contacts_loaded:
            self._company_chosen(self.company_id)

    def _company_chosen(self, company_id: int) -> None:
        self._contacts_loaded = True
        self.worker.run(lambda s: company_file(s, company_id), self._company_loaded)

    def _company_loaded(self, company: CompanyFile) -> None:
        self.company_id = company.id
        self.company_label.setText(f"<b>{escape(company.name)}</b>")
        typed = self.spoke_with.currentText()
        self.spoke_with.clear()
        for person in company.contacts:
            self.spoke_with.addItem(person.full_name, person.id)
            if person.role:
                self.spoke_with.setItemData(
                    self.spoke_with.count() - 1, person.role, Qt.ItemDataRole.ToolTipRole
                )
        self.spoke_with.setEditText(typed)
        if company.main is not None and not self.street.text().strip():
            self.street.setText(company.main.street)
            self.house_number.setText(company.main.house_number)
            if company.main.area_id is not None:
                select_data(self.area, company.main.area_id)

    def task(self) -> Callable[[Session], Any]:
        data = svc.ObservationInput(
            observed_at=self.when.moment(),
            category_id=self.category.currentData(),
            street=self.street.text(),
            house_number=self.house_number.text(),
            area_id=self.area.currentData(),
            company_id=self.company_id,
            finding=self.finding.toPlainText(),
            action=self.action.toPlainText(),
            spoke_with=self.spoke_with.currentText(),
            contact_id=self.contact_id(),
            postcode=self.postcode.text(),
            place=self.place.text(),
            follow_up=self.follow_up.isChecked(),
        )
        record, round_id = self.record, self.the_round.id
        if record is None:
            token = self.client_token
            return lambda s: svc.add_observation(s, round_id, data, client_token=token)
        return lambda s: svc.update_observation(s, record.id, record.version, data)

    def contact_id(self) -> int | None:
        """The contact person whose name is in *Gesproken met*; None for a name typed."""
        index = self.spoke_with.findText(self.spoke_with.currentText().strip())
        return self.spoke_with.itemData(index) if index >= 0 else None

    def load_current(self) -> Callable[[Session], Any] | None:
        if self.record is None:
            return None
        round_id, observation_id = self.the_round.id, self.record.id
        return lambda s: next(
            (o for o in svc.round_record(s, round_id).observations if o.id == observation_id), None
        )

    def sibling(self, record: ObservationRecord) -> ObservationDialog:
        return ObservationDialog(self.worker, self.data, self.the_round, record)


class AgreementFollowUpDialog(FormDialog):
    """Follow an observation up with an agreement with the entrepreneur, in one step."""

    def __init__(
        self,
        worker: DatabaseWorker,
        officials: list[Choice],
        record: ObservationRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, self.tr("Agreement with %1").replace("%1", record.company or ""), parent)
        self.record, self.officials = record, officials
        what = QLabel(f"<b>{escape(record.category)}</b><br>{escape(record.finding)}")
        what.setWordWrap(True)
        self.form.addRow(what)
        self.row = AgreementRow(officials, None, lambda _row: None, logging_user_id=worker.user_id)
        self.row.remove_button.setVisible(False)
        self.row.responsible.setCurrentIndex(self.row.responsible.findData(Responsible.ENTREPRENEUR.value))
        self.row.description.setText(record.action or "")
        self.form.addRow(self.row)
        self.labels.update(
            description=self.tr("What is agreed"),
            responsible=self.tr("Responsible"),
            assignee_id=self.tr("Assigned to"),
            due_date=self.tr("Due"),
            finding=self.tr("Finding"),
            followed_up=self.tr("Followed up"),
        )
        self.setMinimumWidth(bounded_width(self, 720))
        self.row.description.setFocus()

    def task(self) -> Callable[[Session], Any]:
        agreement, record = self.row.value(), self.record
        return lambda s: svc.follow_up_as_agreement(s, record.id, record.version, agreement)

    # -- merge: the agreement's editors, the finding it follows up, and whether it is followed up --

    def load_current(self) -> Callable[[Session], Any] | None:
        round_id, observation_id = self.record.round_id, self.record.id
        return lambda s: next(
            (o for o in svc.round_record(s, round_id).observations if o.id == observation_id), None
        )

    def sibling(self, record: ObservationRecord) -> AgreementFollowUpDialog:
        return AgreementFollowUpDialog(self.worker, self.officials, record)

    def _editors(self) -> dict[str, QWidget]:
        row = self.row
        return {
            "description": row.description,
            "responsible": row.responsible,
            "assignee_id": row.assignee,
            "due_date": row.due,
        }

    def form_values(self) -> dict[str, Any]:
        # The form follows the observation up: its own result, so a colleague who followed it up
        # meanwhile is a difference, and one who changed the finding shows what is followed up.
        values = {name: editor_value(editor) for name, editor in self._editors().items()}
        return {**values, "finding": self.record.finding, "followed_up": True}

    def record_values(self, record: ObservationRecord) -> dict[str, Any]:
        return {**super().record_values(record), "followed_up": record.followed_up}

    def capture_original(self) -> None:
        if self.original is None:
            self.original = {**self.form_values(), "followed_up": self.record.followed_up}

    def apply_values(self, values: dict[str, Any]) -> None:
        for name, editor in self._editors().items():
            if name in values:
                set_editor_value(editor, values[name])

    def describe(self, name: str, value: Any) -> str:
        return display(self._editors().get(name), value)

    def extra_inputs(self) -> list[Any]:
        return [self.row.due]

    def show_errors(self, error: ValidationError) -> None:
        """The agreement's messages go under its own fields ("agreements.0.description")."""
        rest = []
        for item in error.errors:
            name = item.field.split(".")[-1]
            if name in self.row.rows:
                self.row.rows[name].set_error(field_error_text(item))
            else:
                rest.append(item)
        if rest:
            super().show_errors(ValidationError(rest))


class PeriodDialog(QDialog):
    """A period (from, to) or, with ``single``, one day (a daily report): labelled "Date"."""

    def __init__(
        self, title: str, since: date, until: date, parent: QWidget | None = None, *, single: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.since = DateField(since)
        self.until = DateField(until)
        self.fields = [self.since] if single else [self.since, self.until]
        self.form = form = QFormLayout(self)
        if single:
            form.addRow(self.tr("Date"), self.since)
        else:
            form.addRow(self.tr("From"), self.since)
            form.addRow(self.tr("To"), self.until)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        unreadable = next((f for f in self.fields if not f.is_valid() or f.value() is None), None)
        if unreadable is not None:
            unreadable.setFocus()  # the field says what it cannot read; an empty one needs a date
            return
        super().accept()
