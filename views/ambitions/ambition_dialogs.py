"""The forms of the ambition plan: the plan and its adoption, ambitions, actions, respondents
and their ideas, indicators and measurements. All are FormDialogs: messages under the field,
nothing typed is lost when saving fails."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.ambitions import cocreation
from models.ambitions import services as svc
from models.ambitions.cocreation import RespondentRecord
from models.ambitions.entities import (
    ACTION_STATUS_LABELS,
    AMBITION_THEMES,
    BUSINESS_STAGE_LABELS,
    COMPANY_SIZE_LABELS,
    INPUT_CHANNEL_LABELS,
    RESPONDENT_SECTOR_LABELS,
    ActionStatus,
    BusinessStage,
    CompanySize,
    InputChannel,
    RespondentSector,
)
from models.ambitions.services import ActionRecord, AmbitionRecord, IdeaRecord, PlanRecord
from models.lookups import Choice
from views.common.accessibility import name_view
from views.common.date_field import DateField
from views.common.forms import FormDialog
from views.common.text import label, locale
from views.common.widgets import PeopleList
from views.common.worker import DatabaseWorker
from views.companies.search_box import SearchBox


def parse_number(text: str) -> float | None:
    """``1.234,5`` or ``1234.5`` → 1234.5 (in English ``1,234.5``); empty → None; anything else
    raises ValueError."""
    text = text.strip().replace(" ", "")
    if not text:
        return None
    if locale().decimalPoint() == ".":
        text = text.replace(",", "")
    elif "," in text:
        text = text.replace(".", "").replace(",", ".")
    return float(text)


def show_number(value: float | None) -> str:
    """A number the language's way, without needless decimals: ``12,5``, ``1.250`` (``12.5``,
    ``1,250``)."""
    if value is None:
        return ""
    if float(value).is_integer():
        return locale().toString(int(value))
    return locale().toString(float(value), "f", 2).rstrip("0").rstrip(locale().decimalPoint())


def label_choices(labels: dict[Any, str]) -> list[Choice]:
    return [Choice(value=key.value, label=label(text)) for key, text in labels.items()]


class NumberFields:
    """Number fields of a form: checked when saving, a message under each one that is not a number."""

    def __init__(self, dialog: FormDialog) -> None:
        self.dialog = dialog
        self.fields: dict[str, QLineEdit] = {}

    def add(self, name: str, caption: str, value: float | None, hint: str = "") -> QLineEdit:
        editor = self.dialog.line(name, caption, show_number(value), hint, max_length=30)
        self.fields[name] = editor
        return editor

    def values(self) -> dict[str, float | None] | None:
        """The numbers typed, or None after marking the fields that hold no number."""
        result: dict[str, float | None] = {}
        bad = False
        for name, editor in self.fields.items():
            try:
                result[name] = parse_number(editor.text())
            except ValueError:
                bad = True
                self.dialog.rows[name].set_error(
                    QCoreApplication.translate("NumberFields", "Type a number, for example 12,5.")
                )
        return None if bad else result


# -- plan ----------------------------------------------------------------------------------------


class PlanDialog(FormDialog):
    """A new ambition plan, or the title and introduction of a draft."""

    def __init__(
        self, worker: DatabaseWorker, record: PlanRecord | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, self.tr("Ambition plan") if record else self.tr("New ambition plan"), parent)
        self.record = record
        self.title = self.line("title", self.tr("Title"), record.title if record else "")
        self.introduction = self.text(
            "introduction", self.tr("Introduction"), record.introduction if record else ""
        )
        self.introduction.setFixedHeight(120)

    def task(self) -> Callable[[Session], Any]:
        title, introduction, record = self.title.text(), self.introduction.toPlainText(), self.record
        if record is None:
            return lambda s: svc.create_plan(s, title, introduction)
        return lambda s: svc.update_plan(s, record.id, record.version, title, introduction)

    def load_current(self) -> Callable[[Session], Any] | None:
        if self.record is None:
            return None
        plan_id = self.record.id
        return lambda s: next((p for p in svc.plans(s) if p.id == plan_id), None)

    def sibling(self, record: PlanRecord) -> PlanDialog:
        return PlanDialog(self.worker, record)


class AdoptDialog(FormDialog):
    def __init__(self, worker: DatabaseWorker, record: PlanRecord, parent: QWidget | None = None) -> None:
        super().__init__(worker, self.tr("Adopt version %1").replace("%1", str(record.number)), parent)
        self.record = record
        explanation = QLabel(
            self.tr(
                "Once adopted, the text of the plan and its ambitions is fixed. The version in force until "
                "now is superseded; its actions, indicators and linked ideas continue under this version."
            )
        )
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.adopted_on = DateField(record.adopted_on or date.today())
        self.add_field("adopted_on", self.tr("Adopted on"), self.adopted_on)
        self.labels.update(title=self.tr("Title"), introduction=self.tr("Introduction"))
        self.save_button.setText(self.tr("Adopt"))

    def task(self) -> Callable[[Session], Any]:
        record, on = self.record, self.adopted_on.value()
        return lambda s: svc.adopt_plan(s, record.id, record.version, on)

    # A colleague who changed the draft meanwhile: the text that gets fixed is part of the merge.

    def load_current(self) -> Callable[[Session], Any] | None:
        plan_id = self.record.id
        return lambda s: next((p for p in svc.plans(s) if p.id == plan_id), None)

    def sibling(self, record: PlanRecord) -> AdoptDialog:
        return AdoptDialog(self.worker, record)

    def form_values(self) -> dict[str, Any]:
        return {
            **super().form_values(),
            "title": self.record.title,
            "introduction": self.record.introduction,
        }


# -- ambitions and actions ------------------------------------------------------------------------


class AmbitionDialog(FormDialog):
    def __init__(
        self,
        worker: DatabaseWorker,
        plan_id: int,
        officials: list[Choice],
        record: AmbitionRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, self.tr("Ambition") if record else self.tr("New ambition"), parent)
        self.plan_id, self.record, self.officials = plan_id, record, officials
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        self.theme.setEditable(True)
        self.theme.addItems([label(t) for t in AMBITION_THEMES])
        self.theme.setCurrentText(record.theme if record else "")
        self.add_field("theme", self.tr("Theme"), self.theme)
        self.title = self.line("title", self.tr("Ambition"), record.title if record else "")
        self.description = self.text(
            "description", self.tr("Description"), record.description if record else ""
        )
        self.description.setFixedHeight(110)
        self.lead = self.combo(
            "lead_id", self.tr("Kartrekker (official)"), officials, record.lead_id if record else None
        )
        self.portfolio_holder = self.line(
            "portfolio_holder",
            self.tr("Kartrekker (portfolio holder)"),
            record.portfolio_holder if record else "",
            self.tr("The alderman who answers for it, for example: J. de Vries"),
        )
        self.portfolio = self.line("portfolio", self.tr("Portfolio"), record.portfolio if record else "")

    def task(self) -> Callable[[Session], Any]:
        data = svc.AmbitionInput(
            theme=self.theme.currentText(),
            title=self.title.text(),
            description=self.description.toPlainText(),
            lead_id=self.lead.currentData(),
            portfolio_holder=self.portfolio_holder.text(),
            portfolio=self.portfolio.text(),
        )
        plan_id, record = self.plan_id, self.record
        if record is None:
            return lambda s: svc.save_ambition(s, plan_id, data)
        return lambda s: svc.save_ambition(s, plan_id, data, record.id, record.version)

    def load_current(self) -> Callable[[Session], Any] | None:
        if self.record is None:
            return None
        plan_id, ambition_id = self.plan_id, self.record.id
        return lambda s: current_ambition(s, plan_id, ambition_id)

    def sibling(self, record: AmbitionRecord) -> AmbitionDialog:
        return AmbitionDialog(self.worker, self.plan_id, self.officials, record)


class LeadsDialog(FormDialog):
    """The kartrekkers of the plan or of one ambition, ambtelijk and bestuurlijk; also for an
    adopted plan (who leads it is not its fixed text)."""

    def __init__(
        self,
        worker: DatabaseWorker,
        officials: list[Choice],
        record: PlanRecord | AmbitionRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, self.tr("Kartrekkers"), parent)
        self.officials, self.record = officials, record
        under = QLabel(
            self.tr("Of the plan: %1").replace("%1", record.title)
            if isinstance(record, PlanRecord)
            else self.tr("Of the ambition: %1").replace("%1", record.title)
        )
        under.setWordWrap(True)
        self.form.addRow(under)
        self.lead = self.combo("lead_id", self.tr("Ambtelijk (official)"), officials, record.lead_id)
        self.portfolio_holder = self.line(
            "portfolio_holder",
            self.tr("Bestuurlijk (portfolio holder)"),
            record.portfolio_holder,
            self.tr("The alderman who answers for it, for example: J. de Vries"),
        )
        self.portfolio = self.line("portfolio", self.tr("Portfolio"), record.portfolio)

    def task(self) -> Callable[[Session], Any]:
        leads = svc.LeadsInput(
            lead_id=self.lead.currentData(),
            portfolio_holder=self.portfolio_holder.text(),
            portfolio=self.portfolio.text(),
        )
        record = self.record
        if isinstance(record, PlanRecord):
            return lambda s: svc.set_plan_leads(s, record.id, record.version, leads)
        return lambda s: svc.set_ambition_leads(s, record.id, record.version, leads)

    def load_current(self) -> Callable[[Session], Any] | None:
        record = self.record
        if isinstance(record, PlanRecord):
            return lambda s: next((p for p in svc.plans(s) if p.id == record.id), None)
        return lambda s: current_ambition(s, record.plan_id, record.id)

    def sibling(self, record: PlanRecord | AmbitionRecord) -> LeadsDialog:
        return LeadsDialog(self.worker, self.officials, record)


def leads_text(record: PlanRecord | AmbitionRecord) -> str:
    """ "ambtelijk: A. Official · bestuurlijk: J. de Vries (Economie)", or "" when nobody is named."""
    parts = []
    if record.lead:
        parts.append(QCoreApplication.translate("LeadsDialog", "ambtelijk: %1").replace("%1", record.lead))
    if record.portfolio_holder:
        holder = record.portfolio_holder + (f" ({record.portfolio})" if record.portfolio else "")
        parts.append(QCoreApplication.translate("LeadsDialog", "bestuurlijk: %1").replace("%1", holder))
    return " · ".join(parts)


class CompanyPicker(QWidget):
    """Companies chosen through the global search, listed with a button to remove each.

    Signals are not needed: the owner reads ``company_ids`` and is told by ``on_change``.
    """

    def __init__(
        self,
        worker: DatabaseWorker,
        overlay: QWidget,
        chosen: list[tuple[int, str]],
        on_change: Callable[[], None],
    ) -> None:
        super().__init__()
        # Held weakly: a bound method of the dialog would make a cycle dialog → picker → dialog, and
        # the garbage collector, breaking it, deleted the dialog's widgets in an order that crashed
        # Qt (a segfault in ~QWidget; CI, 3 December). Without the cycle the dialog goes by refcount.
        self.worker, self._on_change = worker, weakref.WeakMethod(on_change)
        self.search = SearchBox(worker, overlay)
        self.search.setMinimumWidth(260)
        self.search.setPlaceholderText(self.tr("Add a company: name, KvK, address…"))
        self.search.open_company.connect(self._add)
        self.list = QListWidget()
        name_view(self.list, self.tr("Companies involved"))
        self.list.setMaximumHeight(90)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.clicked.connect(self._remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        for company_id, name in chosen:
            self._append(company_id, name)

    def on_change(self) -> None:
        method = self._on_change()
        if method is not None:
            method()

    def company_ids(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _add(self, company_id: int) -> None:
        self.search.clear()
        if company_id in self.company_ids():
            return
        self.worker.run(lambda s: svc.company_names(s, [company_id]), self._named)

    def _named(self, names: list[tuple[int, str]]) -> None:
        for company_id, name in names:
            if company_id not in self.company_ids():
                self._append(company_id, name)
        self.on_change()

    def _append(self, company_id: int, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, company_id)
        self.list.addItem(item)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.on_change()


class ActionDialog(FormDialog):
    delete_on_close = True

    def __init__(
        self,
        worker: DatabaseWorker,
        ambition: AmbitionRecord,
        officials: list[Choice],
        record: ActionRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, self.tr("Action") if record else self.tr("New action"), parent)
        self.ambition, self.record, self.officials = ambition, record, officials
        self.form.addRow(QLabel(self.tr("Under: %1").replace("%1", ambition.title)))
        self.title = self.line("title", self.tr("Action"), record.title if record else "")
        self.description = self.text(
            "description", self.tr("Description"), record.description if record else ""
        )
        self.owner = self.combo("owner_id", self.tr("Owner"), officials, record.owner_id if record else None)
        self.start = DateField(record.start_date if record else None)
        self.add_field("start_date", self.tr("Start"), self.start)
        self.due = DateField(record.due_date if record else None)
        self.add_field("due_date", self.tr("Due"), self.due)
        self.status = self.combo(
            "status",
            self.tr("Status"),
            label_choices(ACTION_STATUS_LABELS),
            (record.status if record else ActionStatus.PLANNED).value,
            None,
        )
        self.indicator = self.combo(
            "indicator_id",
            self.tr("Should move indicator"),
            [Choice(value=i.id, label=i.name) for i in ambition.indicators],
            record.indicator_id if record else None,
        )
        self.new_column()
        self.add_section(self.tr("Linked companies and agreements"))
        self.companies = CompanyPicker(
            worker, self, record.companies if record else [], self._load_agreements
        )
        self.add_field("company_ids", self.tr("Companies"), self.companies)
        self.agreements = PeopleList([], {a for a, _ in record.agreements} if record else set())
        self.agreements.setMaximumHeight(140)
        self.add_field(
            "agreement_ids",
            self.tr("Agreements"),
            self.agreements,
            self.tr("The agreements made with the linked companies."),
        )
        self._load_agreements()

    def _load_agreements(self) -> None:
        ids = self.companies.company_ids()
        checked = set(self.agreements.checked_ids()) or (
            {a for a, _ in self.record.agreements} if self.record else set()
        )
        self.worker.run(
            lambda s: svc.agreements_of(s, ids), lambda rows: self.agreements.set_people(rows, checked)
        )

    def task(self) -> Callable[[Session], Any]:
        data = svc.ActionInput(
            title=self.title.text(),
            description=self.description.toPlainText(),
            owner_id=self.owner.currentData(),
            start_date=self.start.value(),
            due_date=self.due.value(),
            status=ActionStatus(self.status.currentData()),
            company_ids=self.companies.company_ids(),
            agreement_ids=self.agreements.checked_ids(),
            indicator_id=self.indicator.currentData(),
        )
        ambition_id, record = self.ambition.id, self.record
        if record is None:
            return lambda s: svc.save_action(s, ambition_id, data)
        return lambda s: svc.save_action(s, ambition_id, data, record.id, record.version)

    def load_current(self) -> Callable[[Session], Any] | None:
        if self.record is None:
            return None
        action_id = self.record.id
        return lambda s: svc.action(s, action_id, today=date.today())

    def sibling(self, record: ActionRecord) -> ActionDialog:
        return ActionDialog(self.worker, self.ambition, self.officials, record)

    def form_values(self) -> dict[str, Any]:
        # The linked companies and agreements load in the background: they stay as typed here.
        values = super().form_values()
        values.pop("company_ids", None)
        values.pop("agreement_ids", None)
        return values


# -- co-creation input ----------------------------------------------------------------------------


class RespondentDialog(FormDialog):
    def __init__(
        self,
        worker: DatabaseWorker,
        kernen: list[Choice],
        record: RespondentRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, self.tr("Respondent") if record else self.tr("New respondent"), parent)
        self.record, self.kernen = record, kernen
        self.name = self.line("name", self.tr("Name or organisation"), record.name if record else "")
        self.sector = self.combo(
            "sector",
            self.tr("Sector"),
            label_choices(RESPONDENT_SECTOR_LABELS),
            (record.sector if record else RespondentSector.PRIVATE).value,
            None,
        )
        self.company_size = self.combo(
            "size",
            self.tr("Size"),
            label_choices(COMPANY_SIZE_LABELS),
            record.size.value if record and record.size else None,
        )
        self.stage = self.combo(
            "stage",
            self.tr("Starter or established"),
            label_choices(BUSINESS_STAGE_LABELS),
            record.stage.value if record and record.stage else None,
        )
        self.area = self.combo("area_id", self.tr("Kern"), kernen, record.area_id if record else None)
        self.channel = self.combo(
            "channel",
            self.tr("Channel"),
            label_choices(INPUT_CHANNEL_LABELS),
            (record.channel if record else InputChannel.IN_PERSON).value,
            None,
        )
        self.company_id = record.company_id if record else None
        self.company = CompanyPicker(
            worker,
            self,
            [(record.company_id, record.company or "")] if record and record.company_id else [],
            self._company_changed,
        )
        self.add_field(
            "company_id", self.tr("Known company"), self.company, self.tr("Optional: the respondent's file.")
        )

    def _company_changed(self) -> None:
        ids = self.company.company_ids()
        # One company at most: the newest choice wins.
        while len(ids) > 1:
            self.company.list.takeItem(0)
            ids = self.company.company_ids()
        if ids and not self.name.text().strip():
            self.name.setText(self.company.list.item(0).text())

    def task(self) -> Callable[[Session], Any]:
        ids = self.company.company_ids()
        size = self.company_size.currentData()
        stage = self.stage.currentData()
        data = cocreation.RespondentInput(
            stage=BusinessStage(stage) if stage else None,
            name=self.name.text(),
            sector=RespondentSector(self.sector.currentData()),
            size=CompanySize(size) if size else None,
            area_id=self.area.currentData(),
            channel=InputChannel(self.channel.currentData()),
            company_id=ids[0] if ids else None,
        )
        record = self.record
        if record is None:
            return lambda s: cocreation.save_respondent(s, data)
        return lambda s: cocreation.save_respondent(s, data, record.id, record.version)

    def load_current(self) -> Callable[[Session], Any] | None:
        if self.record is None:
            return None
        respondent_id = self.record.id
        return lambda s: _current_respondent(s, respondent_id)

    def sibling(self, record: RespondentRecord) -> RespondentDialog:
        return RespondentDialog(self.worker, self.kernen, record)


class IdeaDialog(FormDialog):
    """An idea of a respondent and the ambitions it supports (also: only linking an idea)."""

    def __init__(
        self,
        worker: DatabaseWorker,
        respondent: RespondentRecord,
        ambitions: list[AmbitionRecord],
        record: IdeaRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, self.tr("Idea") if record else self.tr("New idea"), parent)
        self.respondent, self.record, self.ambitions = respondent, record, ambitions
        self.form.addRow(QLabel(self.tr("From: %1").replace("%1", respondent.name)))
        self.idea = self.text("text", self.tr("Idea"), record.text if record else "")
        self.idea.setFixedHeight(100)
        self.received = DateField(record.received_on if record else date.today())
        self.add_field("received_on", self.tr("Received on"), self.received)
        self.links = PeopleList(
            [(a.id, f"{a.theme} – {a.title}") for a in ambitions],
            set(record.ambition_ids) if record else set(),
        )
        self.links.setObjectName("ambitionLinks")
        self.links.setMaximumHeight(180)
        self.add_field("ambition_ids", self.tr("Supports"), self.links)

    def task(self) -> Callable[[Session], Any]:
        data = cocreation.IdeaInput(
            text=self.idea.toPlainText(),
            received_on=self.received.value(),
            ambition_ids=self.links.checked_ids(),
        )
        respondent_id, record = self.respondent.id, self.record
        if record is None:
            return lambda s: cocreation.save_idea(s, respondent_id, data)
        return lambda s: cocreation.save_idea(s, respondent_id, data, record.id, record.version)

    def load_current(self) -> Callable[[Session], Any] | None:
        if self.record is None:
            return None
        respondent_id, idea_id = self.respondent.id, self.record.id

        def fetch(s: Session) -> IdeaRecord | None:
            respondent = _current_respondent(s, respondent_id)
            return next((i for i in respondent.ideas if i.id == idea_id), None) if respondent else None

        return fetch

    def sibling(self, record: IdeaRecord) -> IdeaDialog:
        return IdeaDialog(self.worker, self.respondent, self.ambitions, record)


# -- indicators and measurements ------------------------------------------------------------------


def current_ambition(session: Session, plan_id: int, ambition_id: int) -> AmbitionRecord | None:
    """An ambition as saved now, with its actions and indicators (a merge compares with it)."""
    plan = svc.overview(session, plan_id, today=date.today())
    return next((a for a in plan.ambitions if a.id == ambition_id), None)


def _current_respondent(session: Session, respondent_id: int) -> RespondentRecord | None:
    """A respondent as saved now, with their ideas (a merge compares with it)."""
    return next((r for r in cocreation.respondents(session) if r.id == respondent_id), None)
