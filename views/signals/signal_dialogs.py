"""Registering a signal, moving it on with feedback to the reporter, and the administrator's
categories and feedback templates."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from html import escape
from typing import Any

from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models import lookups
from models.companies.services import CompanyFile, company_file
from models.lookups import Choice
from models.signals import categories, feedback, reactions
from models.signals import services as svc
from models.signals.categories import CategoryRecord
from models.signals.entities import SIGNAL_SOURCE_LABELS, SIGNAL_STATUS_LABELS, SignalSource, SignalStatus
from models.signals.feedback import TemplateRecord
from models.signals.reactions import ReactionInput, ReasonRecord
from models.signals.services import EarlierSignal, SignalRecord
from views.common import icons
from views.common.accessibility import name_view
from views.common.date_field import DateField
from views.common.forms import FormDialog, StatusChangeDialog, select_data
from views.common.screen import bounded_width
from views.common.text import format_date, format_short_date, label, locale
from views.common.worker import DatabaseWorker
from views.companies.search_box import SearchBox

RECOGNISE_MS = 250


@dataclass
class SignalLookups:
    """What the signal forms choose from, loaded once on the worker."""

    categories: list[CategoryRecord] = field(default_factory=list)
    areas: list[Choice] = field(default_factory=list)
    templates: list[TemplateRecord] = field(default_factory=list)
    # The official may read reporters' details: only then is a reporter who calls again recognised.
    sees_reporters: bool = False
    officials: list[Choice] = field(default_factory=list)  # who may be the handler
    reasons: list[ReasonRecord] = field(default_factory=list)  # of a reporter's reaction

    @staticmethod
    def load(session: Session) -> SignalLookups:
        return SignalLookups(
            categories.categories(session),
            lookups.areas(session),
            feedback.templates(session),
            svc.sees_reporters(session),
            lookups.officials(session),
            reactions.reasons(session),
        )

    def category_choices(self) -> list[Choice]:
        return [Choice(value=c.id, label=c.name, depth=c.depth) for c in self.categories]


def status_text(status: SignalStatus) -> str:
    return label(SIGNAL_STATUS_LABELS[status])


class _CompanyField(QWidget):
    """The chosen company as a form value (merge, drafts): its id and name."""

    def __init__(self, dialog: SignalDialog) -> None:
        super().__init__()
        self.dialog = dialog

    def form_value(self) -> list[Any] | None:
        d = self.dialog
        return [d.company_id, d.company_name] if d.company_id else None

    def set_form_value(self, value: list[Any] | None) -> None:
        self.dialog._set_company(*(value or (None, "")))

    def display_value(self, value: list[Any] | None) -> str:
        return value[1] if value else ""


class SignalDialog(FormDialog):
    """Register a signal (new) or correct one (record given). A reporter who calls again is
    recognised by phone or e-mail while it is typed, with their earlier signals and feedback."""

    delete_on_close = True

    def __init__(
        self,
        worker: DatabaseWorker,
        data: SignalLookups,
        record: SignalRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            worker,
            self.tr("New signal") if record is None else self.tr("Signal %1").replace("%1", record.number),
            parent,
        )
        self.record, self.data = record, data
        self.company_id = record.company_id if record else None
        self.source = self.combo(
            "source",
            self.tr("Source"),
            [Choice(value=s.value, label=label(SIGNAL_SOURCE_LABELS[s])) for s in SignalSource],
            record.source.value if record else SignalSource.CITIZEN.value,
            empty=None,
        )
        # When it came in: a call taken earlier is entered afterwards with its own time.
        self.received = QDateTimeEdit()
        self.received.setCalendarPopup(True)
        self.received.setLocale(locale())
        self.received.setDisplayFormat("d MMMM yyyy HH:mm")
        opened = record.reported_at if record else datetime.now(UTC)
        self._opened_minute = int(opened.timestamp()) // 60
        self.received.setDateTime(QDateTime.fromSecsSinceEpoch(self._opened_minute * 60))
        self.received.setMaximumDateTime(QDateTime.currentDateTime().addDays(1))
        self.add_field("reported_at", self.tr("Received"), self.received)
        self.category = self.combo(
            "category_id",
            self.tr("Category"),
            data.category_choices(),
            record.category_id if record else None,
            empty=self.tr("(choose)"),
        )
        self.target = QLabel()
        self.target.setObjectName("muted")
        self.form.addRow("", self.target)
        self._targets = {c.id: c.target_days for c in data.categories}
        self.category.currentIndexChanged.connect(self._category_changed)
        self.description = self.text(
            "description", self.tr("Description"), record.description if record else ""
        )
        self.description.setFixedHeight(110)
        self.add_section(self.tr("Location"))
        self.company_search = SearchBox(worker, self)
        self.company_search.setMinimumWidth(260)
        self.company_search.setPlaceholderText(self.tr("Search a company (optional)"))
        self.company_search.open_company.connect(self._company_chosen)
        self.company_label = QLabel(record.company if record and record.company else "")
        self.company_clear = QPushButton(icons.icon("mdi6.close"), "")
        self.company_clear.setFlat(True)
        self.company_clear.setToolTip(self.tr("Not about a company"))
        self.company_clear.setAccessibleName(self.tr("Not about a company"))
        self.company_clear.clicked.connect(lambda: self._set_company(None, ""))
        holder = _CompanyField(self)
        row = QVBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.company_search)
        chosen = QHBoxLayout()
        chosen.addWidget(self.company_label, 1)
        chosen.addWidget(self.company_clear)
        row.addLayout(chosen)
        self.add_field("company_id", self.tr("Company"), holder)
        self.street = self.line("street", self.tr("Street"), record.street if record else "", max_length=120)
        self.house_number = self.line(
            "house_number", self.tr("House number"), record.house_number if record else "", max_length=20
        )
        self.postcode = self.line(
            "postcode", self.tr("Postcode"), record.postcode if record else "", max_length=7
        )
        self.city = self.line("city", self.tr("Place"), record.city if record else "", max_length=80)
        self.area = self.combo(
            "area_id",
            self.tr("Area"),
            data.areas,
            record.area_id if record else None,
            empty=self.tr("(unknown)"),
        )

        self.new_column()
        # Who handles it: in their Mijn werk, and the list's filter.
        self.handler = self.combo(
            "handler_id",
            self.tr("Handler"),
            data.officials,
            record.handler_id if record else None,
            empty=self.tr("(nobody yet)"),
        )
        self.add_section(self.tr("Reporter"))
        self.anonymous = QCheckBox(self.tr("Anonymous: no name or contact details"))
        self.anonymous.setChecked(bool(record and record.anonymous))
        self.add_field("anonymous", "", self.anonymous)
        self.reporter_name = self.line(
            "reporter_name", self.tr("Name"), record.reporter_name if record else ""
        )
        self.reporter_phone = self.line(
            "reporter_phone", self.tr("Phone"), record.reporter_phone if record else "", max_length=20
        )
        self.reporter_email = self.line(
            "reporter_email", self.tr("E-mail"), record.reporter_email if record else "", max_length=254
        )
        self.reporter_address = self.line(
            "reporter_address",
            self.tr("Postal address"),
            record.reporter_address if record else "",
            max_length=300,
        )
        self.reporter_address.setPlaceholderText(
            self.tr("For a reporter without e-mail: street, number, postcode, place")
        )
        self.wants_contact = QCheckBox(self.tr("The reporter wants to be contacted about the outcome"))
        self.wants_contact.setChecked(bool(record and record.wants_contact))
        self.add_field("wants_contact", "", self.wants_contact)
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.earlier_title = QLabel()
        self.earlier_title.setWordWrap(True)
        self.earlier = QListWidget()
        name_view(self.earlier, self.tr("Earlier signals nearby"))
        self.earlier.setWordWrap(True)
        self.earlier.setMinimumHeight(170)
        self.earlier_title.setVisible(False)
        self.earlier.setVisible(False)
        self.form.addRow(self.earlier_title)
        self.form.addRow(self.earlier)
        self._recognise_timer = QTimer(self, singleShot=True, interval=RECOGNISE_MS)
        self._recognise_timer.timeout.connect(self.recognise)
        self._ticket = 0
        self.reporter_phone.textEdited.connect(lambda _t: self._recognise_timer.start())
        self.reporter_email.textEdited.connect(lambda _t: self._recognise_timer.start())
        self._anonymous_toggled(self.anonymous.isChecked())
        self._set_company(self.company_id, record.company or "" if record else "")
        self._category_changed()
        self.setMinimumWidth(bounded_width(self, 1040))
        self.category.setFocus()

    # -- behaviour ------------------------------------------------------------------------

    def _category_changed(self) -> None:
        days = self._targets.get(self.category.currentData())
        self.target.setText(self.tr("Target handling time: %Ln working day(s)", "", days) if days else "")

    def _anonymous_toggled(self, anonymous: bool) -> None:
        for widget in (
            self.reporter_name,
            self.reporter_phone,
            self.reporter_email,
            self.reporter_address,
            self.wants_contact,
        ):
            widget.setEnabled(not anonymous)
        if anonymous:
            self.wants_contact.setChecked(False)

    def _company_chosen(self, company_id: int) -> None:
        self.worker.run(lambda s: company_file(s, company_id), self._company_loaded)

    def _company_loaded(self, company: CompanyFile) -> None:
        self._set_company(company.id, company.name)
        main = company.main
        if main is not None and not self.street.text().strip():
            self.street.setText(main.street)
            self.house_number.setText(main.house_number)
            self.postcode.setText(main.postcode)
            self.city.setText(main.city)
            if main.area_id is not None:
                select_data(self.area, main.area_id)

    def _set_company(self, company_id: int | None, name: str) -> None:
        self.company_id, self.company_name = company_id, name
        self.company_label.setText(f"<b>{escape(name)}</b>" if name else "")
        self.company_clear.setVisible(company_id is not None)

    def recognise(self) -> None:
        """Look up earlier signals of this phone number or e-mail address (off the UI thread);
        only for an official who may read reporters' details (the lookup would name them)."""
        if not self.data.sees_reporters:
            return
        self._ticket += 1
        ticket, phone, email = self._ticket, self.reporter_phone.text(), self.reporter_email.text()
        exclude = self.record.id if self.record else None
        self.worker.run(
            lambda s: svc.earlier_signals(s, phone, email, exclude=exclude),
            lambda found: self._recognised(ticket, found),
        )

    def _recognised(self, ticket: int, found: list[EarlierSignal]) -> None:
        if ticket != self._ticket:
            return
        self.earlier.clear()
        self.earlier_title.setVisible(bool(found))
        self.earlier.setVisible(bool(found))
        if not found:
            return
        self.earlier_title.setText(
            "<b>" + self.tr("This reporter reported %Ln signal(s) before:", "", len(found)) + "</b>"
        )
        for item in found:
            lines = [
                f"{item.number} · {format_short_date(item.reported_at.date())} · {item.category} · "
                f"{status_text(item.status)}",
                item.description,
            ]
            if item.last_feedback:
                lines.append(
                    self.tr("Feedback of %1: %2")
                    .replace("%1", format_date(item.last_feedback_at.date()) if item.last_feedback_at else "")
                    .replace("%2", item.last_feedback)
                )
            entry = QListWidgetItem("\n".join(lines))
            entry.setToolTip("\n".join(lines))
            self.earlier.addItem(entry)

    # -- saving ---------------------------------------------------------------------------

    def signal_input(self) -> svc.SignalInput:
        minute = self.received.dateTime().toSecsSinceEpoch() // 60
        # Untouched: now for a new signal, the time it has for one being corrected.
        received = datetime.fromtimestamp(minute * 60, UTC) if minute != self._opened_minute else None
        return svc.SignalInput(
            category_id=self.category.currentData(),
            source=SignalSource(self.source.currentData()),
            description=self.description.toPlainText(),
            street=self.street.text(),
            house_number=self.house_number.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            area_id=self.area.currentData(),
            company_id=self.company_id,
            anonymous=self.anonymous.isChecked(),
            reporter_name=self.reporter_name.text(),
            reporter_phone=self.reporter_phone.text(),
            reporter_email=self.reporter_email.text(),
            reporter_address=self.reporter_address.text(),
            wants_contact=self.wants_contact.isChecked(),
            reported_at=received,
            handler_id=self.handler.currentData(),
        )

    def task(self) -> Callable[[Session], Any]:
        data, record = self.signal_input(), self.record
        if record is None:
            token = self.client_token
            return lambda s: svc.register_signal(s, data, client_token=token)

        def update(s: Session) -> int:
            svc.update_signal(s, record.id, record.version, data)
            return record.id

        return update

    draft_kind = "signal"

    def load_current(self) -> Callable[[Session], Any] | None:
        if self.record is None:
            return None
        signal_id = self.record.id
        return lambda s: svc.signal(s, signal_id, today=date.today())

    def sibling(self, record: SignalRecord) -> SignalDialog:
        return SignalDialog(self.worker, self.data, record)


class TransitionDialog(StatusChangeDialog):
    """Move a signal to another status: what was found, done or planned, and the feedback to
    the reporter, filled from a template and then edited by hand."""

    def __init__(
        self,
        worker: DatabaseWorker,
        record: SignalRecord,
        status: SignalStatus,
        templates: list[TemplateRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            worker, self.tr("%1: %2").replace("%1", record.number).replace("%2", status_text(status)), parent
        )
        self.record, self.status = record, status
        what = QLabel(
            f"<b>{escape(record.number)} · {escape(record.category)}</b><br>{escape(record.description)}"
            f"<br><span style='color:#5f6368'>{escape(record.address)}</span>"
        )
        what.setWordWrap(True)
        self.form.addRow(what)
        self.form.addRow(
            QLabel(
                self.tr("Status: %1 → %2")
                .replace("%1", status_text(record.status))
                .replace("%2", status_text(status))
            )
        )
        self.found = self.text("found", self.tr("What was found"))
        self.done_text = self.text("done", self.tr("What was done"))
        self.planned = self.text("planned", self.tr("What is planned"))
        self.planned_on = DateField(None)
        self.add_field("planned_on", self.tr("Planned for"), self.planned_on)
        scheduled = status is SignalStatus.SCHEDULED
        for name in ("planned", "planned_on"):
            self.rows[name].setVisible(scheduled)
            self.form.labelForField(self.rows[name]).setVisible(scheduled)
        if status in (SignalStatus.CANCELLED, SignalStatus.REOPENED):
            why = self.form.labelForField(self.rows["found"])
            if isinstance(why, QLabel):
                why.setText(self.tr("Why"))
        # Answering a reporter's request to reopen: declined, with the reason; accepted, with the
        # message that tells the reporter (models.signals.services.move_signal).
        answering = record.status is SignalStatus.REOPEN_REQUESTED
        if answering and status is SignalStatus.DONE:
            why = self.form.labelForField(self.rows["found"])
            if isinstance(why, QLabel):
                why.setText(self.tr("Why declined"))
            self.rows["done"].setVisible(False)
            self.form.labelForField(self.rows["done"]).setVisible(False)

        self.new_column()
        self.templates = [t for t in templates if t.status in (None, status)]
        self.labels["status"] = self.tr("Status")
        self.template = self.combo(
            "template_id",
            self.tr("Template"),
            [Choice(value=t.id, label=t.name) for t in self.templates],
            None,
            empty=self.tr("(write it yourself)"),
        )
        self.fill_button = QPushButton(icons.icon("mdi6.file-replace-outline"), self.tr("Fill in again"))
        self.fill_button.setToolTip(self.tr("Fill the template again with what you wrote on the left"))
        self.fill_button.clicked.connect(self.fill)
        self.form.addRow("", self.fill_button)
        self.feedback = QPlainTextEdit()
        self.feedback.setTabChangesFocus(True)
        self.feedback.setMinimumHeight(260)
        if answering and status is SignalStatus.HANDLING:
            hint = self.tr("The reporter is told that the signal is reopened: this message is required.")
        elif record.feedback_required:
            hint = self.tr(
                "The reporter wants to be contacted: this message is required and kept in the history."
            )
        elif record.anonymous:
            hint = self.tr("The reporter is anonymous: no feedback can be sent.")
        else:
            hint = self.tr("The reporter did not ask to be contacted; feedback is optional.")
        self.add_field("feedback", self.tr("Feedback"), self.feedback, hint)
        self.rows["feedback"].hint.setWordWrap(True)
        # The letter follows what is typed on the left until the official edits the letter itself;
        # "Fill in again" makes it follow again.
        self.follows_input = True
        self._filling = False
        self.feedback.textChanged.connect(self._edited_by_hand)
        for source in (self.found, self.done_text, self.planned):
            source.textChanged.connect(self._follow)
        self.planned_on.changed.connect(self._follow)
        self.template.currentIndexChanged.connect(self.fill)
        if self.templates and record.feedback_required:
            self.template.setCurrentIndex(1)
        self.setMinimumWidth(bounded_width(self, 1000))
        self.found.setFocus()

    def transition_input(self, **given: Any) -> svc.TransitionInput:
        return svc.TransitionInput(
            status=self.status,
            found=self.found.toPlainText(),
            done=self.done_text.toPlainText(),
            planned=self.planned.toPlainText(),
            planned_on=given["planned_on"] if "planned_on" in given else self.planned_on.value(),
            feedback=self.feedback.toPlainText(),
            template_id=self.template.currentData(),
        )

    def fill(self) -> None:
        """Fill the chosen template with what is typed now; from here on the letter follows."""
        template_id = self.template.currentData()
        template = next((t for t in self.templates if t.id == template_id), None)
        if template is None:
            return
        planned_on = self.planned_on.value() if self.planned_on.is_valid() else None
        data = self.transition_input(planned_on=planned_on)
        values = feedback.placeholder_values(self.record, data, date.today())
        self._filling = True
        try:
            self.feedback.setPlainText(feedback.fill_template(template.body, values))
        finally:
            self._filling = False
        self.follows_input = True

    def _follow(self) -> None:
        if self.follows_input:
            self.fill()

    def _edited_by_hand(self) -> None:
        if not self._filling:
            self.follows_input = False

    def task(self) -> Callable[[Session], Any]:
        data, record = self.transition_input(), self.record
        return lambda s: svc.move_signal(s, record.id, record.version, data)

    # -- merge: the status is what this form changes (views.common.forms.StatusChangeDialog).

    def load_current(self) -> Callable[[Session], Any] | None:
        signal_id = self.record.id
        return lambda s: svc.signal(s, signal_id, today=date.today())

    def sibling(self, record: SignalRecord) -> TransitionDialog:
        return TransitionDialog(self.worker, record, self.status, self.templates)

    status_type = SignalStatus

    def status_text(self, status: Any) -> str:
        return status_text(status)


# -- the administrator's lists ------------------------------------------------------------------


class ReactionDialog(StatusChangeDialog):
    """The reporter's reaction to a handled signal: tevreden or not, a standard reason and their words.

    "Niet tevreden" for a reason marked as warranting it makes the signal a request to reopen."""

    SATISFIED, NOT_SATISFIED = "satisfied", "not_satisfied"

    def __init__(
        self,
        worker: DatabaseWorker,
        record: SignalRecord,
        reasons: list[ReasonRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, self.tr("%1: reaction of the reporter").replace("%1", record.number), parent)
        self.record, self.status, self.reasons = record, record.status, reasons
        self.labels["status"] = self.tr("Status")
        what = QLabel(
            f"<b>{escape(record.number)} · {escape(record.category)}</b><br>{escape(record.description)}"
        )
        what.setWordWrap(True)
        self.form.addRow(what)
        self.satisfied = self.combo(
            "satisfied",
            self.tr("Reaction"),
            [
                Choice(value=self.SATISFIED, label=self.tr("satisfied")),
                Choice(value=self.NOT_SATISFIED, label=self.tr("not satisfied")),
            ],
            None,
            empty=self.tr("(choose)"),
        )
        self.reason = self.combo(
            "reason_id",
            self.tr("Reason"),
            [
                Choice(
                    value=r.id,
                    label=r.name + (" · " + self.tr("request to reopen") if r.reopens else ""),
                )
                for r in reasons
            ],
            None,
            empty=self.tr("(no reason)"),
        )
        self.comment = self.text("comment", self.tr("In the reporter's words"))
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.form.addRow(self.outcome)
        self.satisfied.currentIndexChanged.connect(self._outcome)
        self.reason.currentIndexChanged.connect(self._outcome)
        self._outcome()
        self.setMinimumWidth(560)
        self.satisfied.setFocus()

    def _outcome(self) -> None:
        reason = next((r for r in self.reasons if r.id == self.reason.currentData()), None)
        if self.satisfied.currentData() == self.NOT_SATISFIED and reason is not None and reason.reopens:
            text = self.tr("The signal becomes a request to reopen: a handler accepts or declines it.")
        else:
            text = self.tr("The signal stays handled.")
        self.outcome.setText(f"<i>{escape(text)}</i>")

    def reaction_input(self) -> ReactionInput:
        choice = self.satisfied.currentData()
        return ReactionInput(
            satisfied=None if choice is None else choice == self.SATISFIED,
            reason_id=self.reason.currentData(),
            comment=self.comment.toPlainText(),
        )

    def task(self) -> Callable[[Session], Any]:
        data, record = self.reaction_input(), self.record
        return lambda s: reactions.record_reaction(s, record.id, record.version, data)

    def load_current(self) -> Callable[[Session], Any] | None:
        signal_id = self.record.id
        return lambda s: svc.signal(s, signal_id, today=date.today())

    def sibling(self, record: SignalRecord) -> ReactionDialog:
        return ReactionDialog(self.worker, record, self.reasons)

    status_type = SignalStatus

    def status_text(self, status: Any) -> str:
        return status_text(status)
