"""Ambities en acties: the plan's ambitions with their actions, to add and edit."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTreeWidgetItem, QVBoxLayout, QWidget

from models.ambitions.entities import ACTION_STATUS_LABELS, ActionStatus, PlanStatus
from models.ambitions.services import ActionRecord, AmbitionRecord, PlanOverview
from models.lookups import Choice
from views.ambitions.ambition_dialogs import ActionDialog, AmbitionDialog, LeadsDialog, leads_text
from views.ambitions.plan_trees import (
    DONE,
    LATE,
    MUTED,
    RECORD_ROLE,
    PlanTexts,
    ambition_of,
    bold,
    current_key,
    make_tree,
)
from views.common import icons
from views.common.forms import FormDialog
from views.common.text import format_short_date, label
from views.common.worker import DatabaseWorker


class ActionsTab(QWidget):
    """Signals:
    changed(): an ambition or action was saved (the page reloads the plan).
    """

    changed = Signal()

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.overview: PlanOverview | None = None
        self.officials: list[Choice] = []
        self.may_edit = True
        # The ambitions whose actions this official may change without editing ambitions: those
        # they lead as kartrekker (a business manager); the services check the same.
        self.led_ids: set[int] = set()
        self.texts = PlanTexts(self)
        self.work = make_tree(
            [
                self.tr("Ambition / action"),
                self.tr("Lead / owner"),
                self.tr("Start"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Moves indicator"),
                self.tr("Companies"),
            ],
            (185, 90, 90, 140, 160, 140),  # what is left goes to the names
            name=self.tr("Actions"),
        )
        self.work.currentItemChanged.connect(lambda *_a: self.update_buttons())
        self.work.itemActivated.connect(lambda *_a: self.edit_work())
        self.new_ambition_button = QPushButton(icons.icon("mdi6.plus"), self.tr("New ambition"))
        self.new_ambition_button.clicked.connect(self.new_ambition)
        self.new_action_button = QPushButton(icons.icon("mdi6.plus"), self.tr("New action"))
        self.new_action_button.clicked.connect(self.new_action)
        self.edit_work_button = QPushButton(icons.icon("mdi6.pencil-outline"), self.tr("Edit"))
        self.edit_work_button.clicked.connect(self.edit_work)
        self.leads_button = QPushButton(icons.icon("mdi6.account-tie-outline"), self.tr("Kartrekkers…"))
        self.leads_button.setToolTip(self.tr("The ambition's lead: an official and a portfolio holder"))
        self.leads_button.clicked.connect(self.edit_leads)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_ambition_button)
        buttons.addWidget(self.new_action_button)
        buttons.addStretch(1)
        buttons.addWidget(self.leads_button)
        buttons.addWidget(self.edit_work_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.work, 1)
        layout.addLayout(buttons)

    def show_overview(self, overview: PlanOverview | None, officials: list[Choice]) -> None:
        self.overview, self.officials = overview, officials
        selected = current_key(self.work)
        self.work.clear()
        if self.overview is None:
            return
        restore = None
        for ambition in self.overview.ambitions:
            p = ambition.progress
            item = QTreeWidgetItem(
                [
                    f"{ambition.theme} – {ambition.title}",
                    ambition.lead or ambition.portfolio_holder or "—",
                    "",
                    "",
                    self.texts.progress(ambition) if p.counted else "",
                    "",
                    "",
                ]
            )
            item.setData(0, RECORD_ROLE, ambition)
            item.setToolTip(1, leads_text(ambition))
            bold(item, 1)
            for action in ambition.actions:
                child = QTreeWidgetItem(
                    [
                        action.title,
                        action.owner or "—",
                        format_short_date(action.start_date),
                        format_short_date(action.due_date),
                        self._action_status(action),
                        action.indicator or "",
                        ", ".join(name for _i, name in action.companies),
                    ]
                )
                child.setToolTip(5, action.indicator or "")
                child.setData(0, RECORD_ROLE, action)
                child.setToolTip(0, action.description or action.title)
                if action.late:
                    for column in (3, 4):
                        child.setForeground(column, QBrush(LATE))
                elif action.status == ActionStatus.DONE:
                    child.setForeground(4, QBrush(DONE))
                elif action.status == ActionStatus.DROPPED:
                    child.setForeground(4, QBrush(MUTED))
                item.addChild(child)
                if selected == ("action", action.id):
                    restore = child
            self.work.addTopLevelItem(item)
            if selected == ("ambition", ambition.id):
                restore = item
        self.work.expandAll()
        if restore is not None:
            self.work.setCurrentItem(restore)

    def _action_status(self, action: ActionRecord) -> str:
        text = label(ACTION_STATUS_LABELS[action.status])
        if action.late:
            text += " · " + self.tr("late")
        elif action.status == ActionStatus.DONE and action.done_on:
            text += " " + format_short_date(action.done_on)
        return text

    def select_ambition(self, ambition_id: int) -> None:
        for i in range(self.work.topLevelItemCount()):
            top = self.work.topLevelItem(i)
            if top is not None and top.data(0, RECORD_ROLE).id == ambition_id:
                self.work.setCurrentItem(top)

    def update_buttons(self) -> None:
        plan = self.overview.plan if self.overview else None
        draft = plan is not None and plan.status == PlanStatus.DRAFT
        self.new_ambition_button.setEnabled(draft)
        self.new_ambition_button.setToolTip(
            "" if draft else self.tr("The plan is adopted: make a new version to add or change ambitions.")
        )
        work = item.data(0, RECORD_ROLE) if (item := self.work.currentItem()) else None
        self.new_action_button.setEnabled(isinstance(work, AmbitionRecord | ActionRecord))
        self.edit_work_button.setEnabled(
            isinstance(work, ActionRecord) or (isinstance(work, AmbitionRecord) and draft)
        )
        self.leads_button.setEnabled(isinstance(work, AmbitionRecord))
        if not self.may_edit:  # the role reads the plan; the services refuse changes anyway
            for button in (self.new_ambition_button, self.leads_button):
                button.setVisible(False)
            ambition = ambition_of(self.work, self.overview)
            mine = ambition is not None and ambition.id in self.led_ids
            for button in (self.new_action_button, self.edit_work_button):
                button.setVisible(bool(self.led_ids))
                button.setToolTip(
                    "" if mine else self.tr("Only the kartrekker of an ambition changes its actions.")
                )
            self.new_action_button.setEnabled(mine)
            self.edit_work_button.setEnabled(mine and isinstance(work, ActionRecord))

    def _open(self, dialog: FormDialog) -> None:
        dialog.saved.connect(lambda _r: self.changed.emit())
        dialog.open()

    def new_ambition(self) -> None:
        if self.overview is not None:
            self._open(AmbitionDialog(self.worker, self.overview.plan.id, self.officials, None, self))

    def new_action(self) -> None:
        ambition = ambition_of(self.work, self.overview)
        if ambition is not None:
            self._open(ActionDialog(self.worker, ambition, self.officials, None, self))

    def edit_leads(self) -> None:
        """The kartrekkers of the selected ambition, in any version of the plan."""
        work = item.data(0, RECORD_ROLE) if (item := self.work.currentItem()) else None
        if isinstance(work, AmbitionRecord):
            self._open(LeadsDialog(self.worker, self.officials, work, self))

    def edit_work(self) -> None:
        item = self.work.currentItem()
        record = item.data(0, RECORD_ROLE) if item else None
        if isinstance(record, ActionRecord) and self.overview:
            ambition = self.overview.ambition(record.ambition_id)
            if ambition is not None:
                self._open(ActionDialog(self.worker, ambition, self.officials, record, self))
        elif isinstance(record, AmbitionRecord) and self.overview is not None and self.overview.plan.editable:
            self._open(AmbitionDialog(self.worker, self.overview.plan.id, self.officials, record, self))
