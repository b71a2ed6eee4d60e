"""Inbreng: the co-creation input, respondents with their ideas and the ambitions those support."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.ambitions.cocreation import RespondentRecord
from models.ambitions.entities import (
    BUSINESS_STAGE_LABELS,
    COMPANY_SIZE_LABELS,
    INPUT_CHANNEL_LABELS,
    RESPONDENT_SECTOR_LABELS,
)
from models.ambitions.services import IdeaRecord, PlanOverview
from models.lookups import Choice
from views.ambitions.ambition_dialogs import IdeaDialog, RespondentDialog
from views.ambitions.plan_trees import LATE, RECORD_ROLE, bold, current_key, make_tree
from views.common import icons
from views.common.forms import FormDialog
from views.common.text import format_short_date, label
from views.common.worker import DatabaseWorker


def _size_and_stage(respondent: RespondentRecord) -> str:
    """ "small or medium-sized · starting business": the size and, apart from it, the stage."""
    parts = []
    if respondent.size:
        parts.append(label(COMPANY_SIZE_LABELS[respondent.size]))
    if respondent.stage:
        parts.append(label(BUSINESS_STAGE_LABELS[respondent.stage]))
    return " · ".join(parts) or "—"


class InputTab(QWidget):
    """Signals:
    changed(): a respondent or idea was saved (the page reloads the plan).
    """

    changed = Signal()

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.overview: PlanOverview | None = None
        self.kernen: list[Choice] = []
        self.may_edit = True
        self.input_summary = QLabel()
        self.only_unlinked = QCheckBox(self.tr("Only ideas not linked to an ambition"))
        self.only_unlinked.toggled.connect(lambda _on: self._show_input())
        top = QHBoxLayout()
        top.addWidget(self.input_summary, 1)
        top.addWidget(self.only_unlinked)
        self.input = make_tree(
            [
                self.tr("Respondent / idea"),
                self.tr("Sector"),
                self.tr("Size / stage"),
                self.tr("Kern"),
                self.tr("Channel"),
                self.tr("Received"),
                self.tr("Supports"),
            ],
            (300, 100, 150, 100, 100, 100),  # what is left goes to the ambitions supported
            stretch=6,
            name=self.tr("Input"),
        )
        self.input.currentItemChanged.connect(lambda *_a: self.update_buttons())
        self.input.itemActivated.connect(lambda *_a: self.edit_input())
        self.new_respondent_button = QPushButton(
            icons.icon("mdi6.account-plus-outline"), self.tr("New respondent")
        )
        self.new_respondent_button.clicked.connect(self.new_respondent)
        self.new_idea_button = QPushButton(icons.icon("mdi6.lightbulb-on-outline"), self.tr("New idea"))
        self.new_idea_button.clicked.connect(self.new_idea)
        self.edit_input_button = QPushButton(icons.icon("mdi6.link-variant"), self.tr("Edit or link…"))
        self.edit_input_button.clicked.connect(self.edit_input)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_respondent_button)
        buttons.addWidget(self.new_idea_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_input_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.input, 1)
        layout.addLayout(buttons)

    def show_overview(self, overview: PlanOverview | None, kernen: list[Choice]) -> None:
        self.overview, self.kernen = overview, kernen
        self._show_input()

    def _show_input(self) -> None:
        selected = current_key(self.input)
        self.input.clear()
        overview = self.overview
        if overview is None:
            self.input_summary.setText("")
            return
        titles = {a.id: a.title for a in overview.ambitions}
        unlinked = {i.id for i in overview.unlinked_ideas}
        ideas = overview.ideas
        self.input_summary.setText(
            self.tr("%Ln respondent(s)", "", len(overview.respondents))
            + " · "
            + self.tr("%Ln idea(s)", "", len(ideas))
            + " · "
            + self.tr("%Ln not linked to an ambition", "", len(unlinked))
        )
        only = self.only_unlinked.isChecked()
        restore = None
        for respondent in overview.respondents:
            shown = [i for i in respondent.ideas if not only or i.id in unlinked]
            if only and not shown:
                continue
            name = respondent.name + (
                f" ({respondent.company})"
                if respondent.company and respondent.company != respondent.name
                else ""
            )
            item = QTreeWidgetItem(
                [
                    name,
                    label(RESPONDENT_SECTOR_LABELS[respondent.sector]),
                    _size_and_stage(respondent),
                    respondent.area or "—",
                    label(INPUT_CHANNEL_LABELS[respondent.channel]),
                    "",
                    "",
                ]
            )
            item.setData(0, RECORD_ROLE, respondent)
            bold(item, 1)
            if respondent.company_id:
                item.setIcon(0, icons.icon("mdi6.domain"))
            for idea in shown:
                linked = [titles[a] for a in idea.ambition_ids if a in titles]
                supports = "; ".join(linked) or self.tr("not linked")
                child = QTreeWidgetItem(
                    [
                        idea.text.replace("\n", " "),
                        "",
                        "",
                        "",
                        "",
                        format_short_date(idea.received_on),
                        supports,
                    ]
                )
                child.setData(0, RECORD_ROLE, idea)
                child.setToolTip(0, idea.text)
                child.setToolTip(6, supports)
                if not linked:
                    child.setForeground(6, QBrush(LATE))
                item.addChild(child)
                if selected == ("idea", idea.id):
                    restore = child
            self.input.addTopLevelItem(item)
            if selected == ("respondent", respondent.id):
                restore = item
        self.input.expandAll()
        if restore is not None:
            self.input.setCurrentItem(restore)

    def update_buttons(self) -> None:
        entry = item.data(0, RECORD_ROLE) if (item := self.input.currentItem()) else None
        self.new_respondent_button.setEnabled(self.overview is not None)
        self.new_idea_button.setEnabled(isinstance(entry, RespondentRecord | IdeaRecord))
        self.edit_input_button.setEnabled(entry is not None)
        if not self.may_edit:  # the role reads the plan; the services refuse changes anyway
            for button in (self.new_respondent_button, self.new_idea_button, self.edit_input_button):
                button.setVisible(False)

    def _open(self, dialog: FormDialog) -> None:
        dialog.saved.connect(lambda _r: self.changed.emit())
        dialog.open()

    def new_respondent(self) -> None:
        self._open(RespondentDialog(self.worker, self.kernen, None, self))

    @staticmethod
    def _respondent_of(item: QTreeWidgetItem | None) -> RespondentRecord | None:
        while item is not None:
            record = item.data(0, RECORD_ROLE)
            if isinstance(record, RespondentRecord):
                return record
            item = item.parent()
        return None

    def new_idea(self) -> None:
        respondent = self._respondent_of(self.input.currentItem())
        if respondent is not None and self.overview:
            self._open(IdeaDialog(self.worker, respondent, self.overview.ambitions, None, self))

    def edit_input(self) -> None:
        item = self.input.currentItem()
        record = item.data(0, RECORD_ROLE) if item else None
        if isinstance(record, RespondentRecord):
            self._open(RespondentDialog(self.worker, self.kernen, record, self))
        elif isinstance(record, IdeaRecord) and self.overview:
            respondent = self._respondent_of(item)
            if respondent is not None:
                self._open(IdeaDialog(self.worker, respondent, self.overview.ambitions, record, self))
