"""Logging a contact moment with its agreements, and moving an agreement on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.companies.services import company_file
from models.consultations import services as svc
from models.consultations.entities import (
    AGREEMENT_STATUS_LABELS,
    CHANNEL_LABELS,
    RESPONSIBLE_LABELS,
    AgreementStatus,
    Channel,
    Responsible,
)
from models.consultations.services import AgreementRecord, InteractionRecord
from models.errors import ValidationError
from models.lookups import Choice
from views.common import icons
from views.common.accessibility import label_field
from views.common.date_field import DateField, DateTimeField
from views.common.forms import FieldRow, FormDialog, StatusChangeDialog, fill_combo, select_data
from views.common.screen import bounded_width
from views.common.text import field_error_text, format_date, label
from views.common.widgets import PeopleList, ReportEditor
from views.common.worker import DatabaseWorker


class AgreementRow(QWidget):
    """One agreement inside the contact-moment form, with a label over each field; its messages
    show under its fields.

    Who carries it out starts as the person logging, or, for an agreement the municipality owes,
    the company's account manager (who follows the file up); a choice made by hand stays when
    the responsible party changes. An agreement for the municipality without an official is
    refused (the service says so under the field)."""

    def __init__(
        self,
        officials: list[Choice],
        record: AgreementRecord | None,
        remove: Callable[[AgreementRow], None],
        *,
        logging_user_id: int | None = None,
        account_manager_id: int | None = None,
    ) -> None:
        super().__init__()
        self.record = record
        known = {c.value for c in officials}
        self.defaults = {
            "self": logging_user_id if logging_user_id in known else None,
            "manager": account_manager_id if account_manager_id in known else None,
        }
        self.description = QLineEdit(record.description if record else "")
        self.description.setPlaceholderText(self.tr("What is agreed"))
        self.description.setAccessibleName(self.tr("What is agreed"))
        self.responsible = QComboBox()
        fill_combo(
            self.responsible,
            [Choice(value=r.value, label=label(RESPONSIBLE_LABELS[r])) for r in Responsible],
            None,
        )
        select_data(self.responsible, record.responsible.value if record else Responsible.MUNICIPALITY.value)
        self.assignee = QComboBox()
        fill_combo(self.assignee, officials, self.tr("(nobody yet)"))
        self._defaulted = record is None  # the official follows the responsible party until chosen by hand
        select_data(self.assignee, record.assignee_id if record else self.default_assignee())
        self.assignee.activated.connect(self._chosen_by_hand)
        self.responsible.currentIndexChanged.connect(self._responsible_changed)
        self.due = DateField(record.due_date if record else None)
        self.remove_button = QPushButton(icons.icon("mdi6.close"), "")
        self.remove_button.setToolTip(self.tr("Remove this agreement"))
        self.remove_button.setAccessibleName(self.tr("Remove this agreement"))
        self.remove_button.setFlat(True)
        self.remove_button.clicked.connect(lambda: remove(self))
        self.remove_button.setVisible(record is None)  # a saved agreement is dropped, not deleted
        if record is not None and not record.is_open:
            for widget in (self.description, self.responsible, self.assignee, self.due):
                widget.setEnabled(False)
        self.rows = {
            "description": FieldRow(self.description),
            "assignee_id": FieldRow(self.assignee),
            "due_date": FieldRow(self.due),
        }
        self.captions: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setVerticalSpacing(1)
        grid.addWidget(self._caption("description", self.tr("What is agreed"), self.description), 0, 0, 1, 3)
        grid.addWidget(self.rows["description"], 1, 0, 1, 3)
        grid.addWidget(self.remove_button, 1, 3)
        grid.addWidget(self._caption("responsible", self.tr("Who is responsible"), self.responsible), 2, 0)
        grid.addWidget(
            self._caption("assignee_id", self.tr("Official who follows it up"), self.assignee), 2, 1
        )
        grid.addWidget(self._caption("due_date", self.tr("Due date"), self.due.edit), 2, 2)
        grid.addWidget(self.responsible, 3, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.rows["assignee_id"], 3, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.rows["due_date"], 3, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

    def _caption(self, name: str, text: str, buddy: QWidget) -> QLabel:
        caption = QLabel(text)
        caption.setObjectName("muted")
        label_field(caption, buddy)
        self.captions[name] = caption
        return caption

    def default_assignee(self) -> int | None:
        if self.responsible.currentData() == Responsible.MUNICIPALITY.value:
            return self.defaults["manager"] or self.defaults["self"]
        return self.defaults["self"]

    def _chosen_by_hand(self) -> None:
        self._defaulted = False

    def _responsible_changed(self) -> None:
        if self._defaulted:
            select_data(self.assignee, self.default_assignee())

    def value(self) -> svc.AgreementInput:
        return svc.AgreementInput(
            description=self.description.text(),
            responsible=Responsible(self.responsible.currentData()),
            assignee_id=self.assignee.currentData(),
            due_date=self.due.value(),
            id=self.record.id if self.record else None,
            version=self.record.version if self.record else None,
        )


class InteractionDialog(FormDialog):
    """Log a contact moment (new) or change one (record given)."""

    delete_on_close = True

    def __init__(
        self,
        worker: DatabaseWorker,
        company_id: int,
        company_version: int,
        officials: list[Choice],
        contacts: list[tuple[int, str]],
        record: InteractionRecord | None = None,
        parent: QWidget | None = None,
        *,
        account_manager_id: int | None = None,
    ) -> None:
        super().__init__(
            worker, self.tr("New contact moment") if record is None else self.tr("Contact moment"), parent
        )
        self.account_manager_id = account_manager_id
        self.company_id, self.company_version, self.record, self.officials = (
            company_id,
            company_version,
            record,
            officials,
        )
        self.contacts = contacts
        self.when = DateTimeField(record.occurred_at if record else datetime.now(UTC))
        self.add_field("occurred_at", self.tr("Date and time"), self.when)
        self.channel = self.combo(
            "channel",
            self.tr("Channel"),
            [Choice(value=c.value, label=label(CHANNEL_LABELS[c])) for c in Channel],
            record.channel.value if record else Channel.VISIT.value,
            empty=None,
        )
        self.subject = self.line("subject", self.tr("Subject"), record.subject if record else "")
        self.subject.setAccessibleName(self.tr("Subject"))
        present = {uid for uid, _ in record.officials} if record else {worker.user_id}
        self.official_list = PeopleList([(c.value, c.label) for c in officials], present)  # type: ignore[misc]
        self.add_field("official_ids", self.tr("Officials present"), self.official_list)
        self.contact_list = PeopleList(contacts, {cid for cid, _ in record.contacts} if record else set())
        self.add_field("contact_ids", self.tr("Contact persons present"), self.contact_list)
        self.confidential = QCheckBox(self.tr("Confidential: not in documents for the entrepreneur"))
        self.confidential.setChecked(bool(record and record.confidential))
        self.add_field("confidential", "", self.confidential)

        self.new_column()
        self.report = ReportEditor(record.report if record else "")
        self.add_field("report", self.tr("Conversation report"), self.report)
        self.add_section(self.tr("Agreements"))
        self.labels["agreements"] = self.tr("Agreements")
        self.agreement_box = QVBoxLayout()
        self.agreement_box.setSpacing(2)
        holder = QWidget()
        holder.setLayout(self.agreement_box)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the agreements in it take the focus
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(180)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form.addRow(scroll)
        self.add_agreement_button = QPushButton(icons.icon("mdi6.plus"), self.tr("Add agreement"))
        self.add_agreement_button.clicked.connect(lambda: self.add_agreement(None))
        self.form.addRow(self.add_agreement_button)
        self.agreement_rows: list[AgreementRow] = []
        for agreement in record.agreements if record else []:
            self.add_agreement(agreement)
        self.setMinimumWidth(bounded_width(self, 1100))
        self.subject.setFocus()

    def extra_inputs(self) -> list[Any]:
        return [row.due for row in self.agreement_rows]

    def add_agreement(self, record: AgreementRecord | None) -> AgreementRow:
        row = AgreementRow(
            self.officials,
            record,
            self._remove_agreement,
            logging_user_id=self.worker.user_id,
            account_manager_id=self.account_manager_id,
        )
        self.agreement_rows.append(row)
        self.agreement_box.addWidget(row)
        if record is None:
            row.description.setFocus()
        return row

    def _remove_agreement(self, row: AgreementRow) -> None:
        self.agreement_rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def interaction_input(self) -> svc.InteractionInput:
        moment = self.when.moment()
        return svc.InteractionInput(
            occurred_at=moment,
            channel=Channel(self.channel.currentData()),
            subject=self.subject.text(),
            report=self.report.markdown(),
            official_ids=self.official_list.checked_ids(),
            contact_ids=self.contact_list.checked_ids(),
            confidential=self.confidential.isChecked(),
            agreements=[row.value() for row in self.agreement_rows],
        )

    def task(self) -> Callable[[Session], Any]:
        data, record = self.interaction_input(), self.record
        if record is None:
            company_id, version, token = self.company_id, self.company_version, self.client_token
            return lambda s: svc.log_interaction(
                s, company_id, data, company_version=version, client_token=token
            )

        def update(s: Session) -> int:
            svc.update_interaction(s, record.id, record.version, data)
            return record.id

        return update

    def show_errors(self, error: ValidationError) -> None:
        # Agreement messages belong to the agreement's own fields ("agreements.1.due_date").
        for row in self.agreement_rows:
            for field_row in row.rows.values():
                field_row.set_error(None)
        rest = []
        for item in error.errors:
            parts = item.field.split(".")
            if parts[0] == "agreements" and len(parts) == 3 and int(parts[1]) < len(self.agreement_rows):
                row = self.agreement_rows[int(parts[1])]
                row.rows[parts[2]].set_error(field_error_text(item))
                row.description.setFocus()
            else:
                rest.append(item)
        if rest:
            super().show_errors(ValidationError(rest))

    # -- merge and drafts: the agreements are one value, a list of what each row holds --

    draft_kind = "interaction"

    def load_current(self) -> Callable[[Session], Any] | None:
        if self.record is None:
            return None  # a new contact moment meets a changed company: see reload()
        interaction_id = self.record.id
        return lambda s: svc.interaction(s, interaction_id, today=date.today())

    def sibling(self, record: InteractionRecord) -> InteractionDialog:
        return InteractionDialog(
            self.worker,
            self.company_id,
            self.company_version,
            self.officials,
            self.contacts,
            record,
            account_manager_id=self.account_manager_id,
        )

    def show_record(self, record: InteractionRecord) -> None:
        super().show_record(record)
        fresh = {a.id: a for a in record.agreements}
        for row in self.agreement_rows:
            if row.record is not None and row.record.id in fresh:
                row.record = fresh[row.record.id]

    def form_values(self) -> dict[str, Any]:
        values = super().form_values()
        values["agreements"] = [
            {
                "id": row.record.id if row.record else None,
                "description": row.description.text(),
                "responsible": row.responsible.currentData(),
                "assignee_id": row.assignee.currentData(),
                "due_date": row.due.form_value(),
            }
            for row in self.agreement_rows
        ]
        return values

    def describe(self, name: str, value: Any) -> str:
        if name != "agreements":
            return super().describe(name, value)
        return "\n".join(
            item["description"] + (f" ({_due_text(item['due_date'])})" if item["due_date"] else "")
            for item in value or []
        )

    def apply_values(self, values: dict[str, Any]) -> None:
        super().apply_values(values)
        if "agreements" not in values:
            return
        wanted = values["agreements"]
        by_id = {a["id"]: a for a in wanted if a["id"] is not None}
        for row in list(self.agreement_rows):
            if row.record is None:
                self._remove_agreement(row)
            elif row.record.id in by_id:
                _fill_agreement(row, by_id[row.record.id])
        for item in wanted:
            if item["id"] is None:
                _fill_agreement(self.add_agreement(None), item)

    def reload(self) -> None:
        """A colleague changed the company: take its new version and keep everything typed."""
        company_id = self.company_id

        self.worker.run(lambda s: company_file(s, company_id).version, self._reloaded)

    def _reloaded(self, version: int) -> None:
        self.company_version = version
        self.show_banner(
            self.tr("The company file was updated; check it and save again. Nothing you typed is lost.")
        )


def _due_text(value: str) -> str:
    """A due date as form value: ISO text, or what was typed when it could not be read."""
    try:
        return format_date(date.fromisoformat(value))
    except ValueError:
        return value


def _fill_agreement(row: AgreementRow, item: dict[str, Any]) -> None:
    row.description.setText(item["description"])
    select_data(row.responsible, item["responsible"])
    select_data(row.assignee, item["assignee_id"])
    row.due.set_form_value(item["due_date"])


class AgreementStatusDialog(StatusChangeDialog):
    """Complete, drop, start or reopen an agreement; completing or dropping asks what was done."""

    def __init__(
        self,
        worker: DatabaseWorker,
        record: AgreementRecord,
        status: AgreementStatus,
        parent: QWidget | None = None,
    ) -> None:
        titles = {
            AgreementStatus.DONE: self.tr("Complete agreement"),
            AgreementStatus.DROPPED: self.tr("Drop agreement"),
            AgreementStatus.IN_PROGRESS: self.tr("Start on agreement"),
            AgreementStatus.OPEN: self.tr("Reopen agreement"),
        }
        super().__init__(worker, titles[status], parent)
        self.record, self.status = record, status
        what = QLabel(f"<b>{escape(record.description)}</b><br>{escape(record.company_name)}")
        what.setWordWrap(True)
        self.form.addRow(what)
        state = QLabel(
            self.tr("Status: %1 → %2")
            .replace("%1", label(AGREEMENT_STATUS_LABELS[record.status]))
            .replace("%2", label(AGREEMENT_STATUS_LABELS[status]))
        )
        self.form.addRow(state)
        hint = {
            AgreementStatus.DONE: self.tr("What was done?"),
            AgreementStatus.DROPPED: self.tr("Why is it dropped?"),
        }.get(status, self.tr("Note (optional)"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        self.add_field("note", hint, self.note)
        self.labels["status"] = self.tr("Status")
        self.setMinimumWidth(480)
        self.note.setFocus()

    def task(self) -> Callable[[Session], Any]:
        record, status, note = self.record, self.status, self.note.toPlainText()
        return lambda s: svc.set_agreement_status(s, record.id, record.version, status, note)

    draft_kind = "agreement_status"

    def load_current(self) -> Callable[[Session], Any] | None:
        interaction_id, agreement_id = self.record.interaction_id, self.record.id
        return lambda s: next(
            (
                a
                for a in svc.interaction(s, interaction_id, today=date.today()).agreements
                if a.id == agreement_id
            ),
            None,
        )

    def sibling(self, record: AgreementRecord) -> AgreementStatusDialog:
        return AgreementStatusDialog(self.worker, record, self.status)

    status_type = AgreementStatus

    def status_text(self, status: Any) -> str:
        return label(AGREEMENT_STATUS_LABELS[status])
