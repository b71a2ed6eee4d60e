"""Ambities: the ambition plan with its versions, the dashboard of the whole plan, the ambitions
and their actions, the co-creation input, and the indicators with their chart and traffic light."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import qtawesome as qta
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models import lookups
from models.ambitions import indicators
from models.ambitions import services as svc
from models.ambitions.cocreation import RespondentRecord
from models.ambitions.entities import (
    ACTION_STATUS_LABELS,
    COMPANY_SIZE_LABELS,
    DIRECTION_LABELS,
    INDICATOR_SOURCE_LABELS,
    INPUT_CHANNEL_LABELS,
    PLAN_STATUS_LABELS,
    RESPONDENT_SECTOR_LABELS,
    ActionStatus,
    PlanStatus,
    RespondentSector,
)
from models.ambitions.indicators import MeasurementRecord
from models.ambitions.monitoring import LIGHT_COLOURS, LIGHT_LABELS, TREND_LABELS, Light
from models.ambitions.services import (
    ActionRecord,
    AmbitionRecord,
    IdeaRecord,
    IndicatorRecord,
    PlanOverview,
    PlanRecord,
)
from models.documents import services as documents
from models.errors import DomainError
from models.lookups import Choice
from models.permissions import Permission
from views.ambitions.ambition_dialogs import (
    ActionDialog,
    AdoptDialog,
    AmbitionDialog,
    IdeaDialog,
    IndicatorDialog,
    MeasurementDialog,
    PlanDialog,
    RespondentDialog,
    show_number,
)
from views.ambitions.indicator_chart import IndicatorChart
from views.common.forms import FormDialog
from views.common.pdf_export import PdfPreviewDialog, safe_file_name
from views.common.text import error_text, format_date, format_short_date, label
from views.common.widgets import OptionalDateEdit
from views.common.worker import DatabaseWorker
from views.documents import ambitions as plan_pdfs

if TYPE_CHECKING:
    from views.shell.pages import Shell

RECORD_ROLE = Qt.ItemDataRole.UserRole
LATE = QColor("#b3261e")
DONE = QColor("#1e7d32")
MUTED = QColor("#6b7280")


@dataclass(frozen=True)
class Loaded:
    plans: list[PlanRecord]
    overview: PlanOverview | None
    officials: list[Choice]
    kernen: list[Choice]


def _load(session: Session, plan_id: int | None, today: date) -> Loaded:
    versions = svc.plans(session)
    if plan_id is None or all(p.id != plan_id for p in versions):
        plan_id = svc.current_plan_id(session)
    overview = svc.overview(session, plan_id, today=today) if plan_id is not None else None
    return Loaded(versions, overview, lookups.officials(session), lookups.kernen(session))


def light_icon(light: Light) -> QIcon:
    return qta.icon("mdi6.circle", color=LIGHT_COLOURS[light])


def _tree(headers: list[str], widths: tuple[int, ...], stretch: int = 0) -> QTreeWidget:
    """A tree with fixed widths for its short columns (``widths``, in order) and one that stretches."""
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setUniformRowHeights(True)
    tree.header().setStretchLastSection(False)
    tree.header().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    fixed = [c for c in range(len(headers)) if c != stretch]
    for column, width in zip(fixed, widths, strict=False):
        tree.setColumnWidth(column, width)
    return tree


def _bold(item: QTreeWidgetItem, columns: int) -> None:
    font = QFont()
    font.setBold(True)
    for column in range(columns):
        item.setFont(column, font)


class AmbitionsPage(QWidget):
    """Signals:
    loaded(): the plan is shown (tests and the screenshot command wait for it).
    """

    may_edit = True  # whether the official's role may change plans (set by the main window)

    loaded = Signal()

    def __init__(self, worker: DatabaseWorker) -> None:
        super().__init__()
        self.worker = worker
        self.plans: list[PlanRecord] = []
        self.overview: PlanOverview | None = None
        self.officials: list[Choice] = []
        self.kernen: list[Choice] = []
        self._ticket = 0
        self._selected_indicator: int | None = None

        title = QLabel(self.tr("Ambitions"))
        title.setObjectName("pageTitle")
        self.version = QComboBox()
        self.version.setObjectName("planVersion")
        self.version.setMinimumWidth(360)
        self.version.setMaximumWidth(720)
        self.version.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version.activated.connect(lambda _i: self.reload(self.version.currentData()))
        self.plan_state = QLabel()
        self.plan_state.setObjectName("muted")
        self.new_plan_button = QPushButton(qta.icon("mdi6.plus"), self.tr("New ambition plan"))
        self.new_plan_button.clicked.connect(self.new_plan)
        self.edit_plan_button = QPushButton(qta.icon("mdi6.pencil-outline"), self.tr("Edit plan"))
        self.edit_plan_button.clicked.connect(self.edit_plan)
        self.adopt_button = QPushButton(qta.icon("mdi6.gavel"), self.tr("Adopt…"))
        self.adopt_button.clicked.connect(self.adopt)
        self.version_button = QPushButton(qta.icon("mdi6.content-copy"), self.tr("New version"))
        self.version_button.clicked.connect(self.new_version)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(self.version)
        head.addStretch(1)
        for button in (self.new_plan_button, self.edit_plan_button, self.adopt_button, self.version_button):
            head.addWidget(button)
        self.document_button = QPushButton(
            qta.icon("mdi6.file-document-outline"), self.tr("Ambition document")
        )
        self.document_button.clicked.connect(self.ambition_document)
        self.monitoring_button = QPushButton(
            qta.icon("mdi6.file-chart-outline"), self.tr("Monitoring report…")
        )
        self.monitoring_button.clicked.connect(self.monitoring_report)
        state_row = QHBoxLayout()
        state_row.addWidget(self.plan_state, 1)
        state_row.addWidget(self.document_button)
        state_row.addWidget(self.monitoring_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._dashboard_tab(), qta.icon("mdi6.view-dashboard-outline"), self.tr("Overview"))
        self.tabs.addTab(self._work_tab(), qta.icon("mdi6.flag-outline"), self.tr("Ambitions and actions"))
        self.tabs.addTab(self._input_tab(), qta.icon("mdi6.lightbulb-on-outline"), self.tr("Input"))
        self.tabs.addTab(self._indicator_tab(), qta.icon("mdi6.chart-line"), self.tr("Indicators"))

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_text = QLabel(
            self.tr(
                "There is no ambition plan yet. Start one, add its ambitions, and adopt it when it is ready."
            )
        )
        empty_text.setObjectName("emptyState")
        empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(1)
        empty_layout.addWidget(empty_text)
        empty_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addLayout(state_row)
        layout.addWidget(self.stack, 1)
        self._update_buttons()

    # -- the tabs ---------------------------------------------------------------------------

    def _dashboard_tab(self) -> QWidget:
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.dashboard = _tree(
            [
                self.tr("Ambition"),
                self.tr("Lead"),
                self.tr("Actions"),
                self.tr("Indicators"),
                self.tr("Support"),
            ],
            (170, 250, 190, 260),
        )
        self.dashboard.itemActivated.connect(self._dashboard_activated)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.summary)
        layout.addWidget(self.dashboard, 1)
        return tab

    def _work_tab(self) -> QWidget:
        self.work = _tree(
            [
                self.tr("Ambition / action"),
                self.tr("Lead / owner"),
                self.tr("Start"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Companies"),
            ],
            (160, 100, 100, 170, 200),
        )
        self.work.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.work.itemActivated.connect(lambda *_a: self.edit_work())
        self.new_ambition_button = QPushButton(qta.icon("mdi6.plus"), self.tr("New ambition"))
        self.new_ambition_button.clicked.connect(self.new_ambition)
        self.new_action_button = QPushButton(qta.icon("mdi6.plus"), self.tr("New action"))
        self.new_action_button.clicked.connect(self.new_action)
        self.edit_work_button = QPushButton(qta.icon("mdi6.pencil-outline"), self.tr("Edit"))
        self.edit_work_button.clicked.connect(self.edit_work)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_ambition_button)
        buttons.addWidget(self.new_action_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_work_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.work, 1)
        layout.addLayout(buttons)
        return tab

    def _input_tab(self) -> QWidget:
        self.input_summary = QLabel()
        self.only_unlinked = QCheckBox(self.tr("Only ideas not linked to an ambition"))
        self.only_unlinked.toggled.connect(lambda _on: self._show_input())
        top = QHBoxLayout()
        top.addWidget(self.input_summary, 1)
        top.addWidget(self.only_unlinked)
        self.input = _tree(
            [
                self.tr("Respondent / idea"),
                self.tr("Sector"),
                self.tr("Size"),
                self.tr("Kern"),
                self.tr("Channel"),
                self.tr("Received"),
                self.tr("Supports"),
            ],
            (420, 120, 110, 130, 140, 100),
            stretch=6,
        )
        self.input.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.input.itemActivated.connect(lambda *_a: self.edit_input())
        self.new_respondent_button = QPushButton(
            qta.icon("mdi6.account-plus-outline"), self.tr("New respondent")
        )
        self.new_respondent_button.clicked.connect(self.new_respondent)
        self.new_idea_button = QPushButton(qta.icon("mdi6.lightbulb-on-outline"), self.tr("New idea"))
        self.new_idea_button.clicked.connect(self.new_idea)
        self.edit_input_button = QPushButton(qta.icon("mdi6.link-variant"), self.tr("Edit or link…"))
        self.edit_input_button.clicked.connect(self.edit_input)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_respondent_button)
        buttons.addWidget(self.new_idea_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_input_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.input, 1)
        layout.addLayout(buttons)
        return tab

    def _indicator_tab(self) -> QWidget:
        self.indicators = _tree([self.tr("Indicator"), self.tr("State")], (90,))
        self.indicators.currentItemChanged.connect(lambda *_a: self._indicator_chosen())
        self.new_indicator_button = QPushButton(qta.icon("mdi6.plus"), self.tr("New indicator"))
        self.new_indicator_button.clicked.connect(self.new_indicator)
        self.edit_indicator_button = QPushButton(qta.icon("mdi6.pencil-outline"), self.tr("Edit indicator"))
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
        self.measurements = _tree(
            [self.tr("Measured on"), self.tr("Value"), self.tr("Note")], (130, 200), stretch=2
        )
        self.measurements.setMaximumHeight(170)
        self.measurements.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.add_measurement_button = QPushButton(qta.icon("mdi6.plus"), self.tr("New measurement"))
        self.add_measurement_button.clicked.connect(self.add_measurement)
        self.delete_measurement_button = QPushButton(
            qta.icon("mdi6.delete-outline"), self.tr("Remove measurement")
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

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 700])
        return splitter

    # -- loading ----------------------------------------------------------------------------

    @property
    def plan(self) -> PlanRecord | None:
        return self.overview.plan if self.overview else None

    def reload(self, plan_id: int | None = None) -> None:
        if plan_id is None and self.plan is not None:
            plan_id = self.plan.id
        self._ticket += 1
        ticket, today = self._ticket, date.today()
        self.worker.run(lambda s: _load(s, plan_id, today), lambda loaded: self._loaded(ticket, loaded))

    def _loaded(self, ticket: int, loaded: Loaded) -> None:
        if ticket != self._ticket:
            return
        self.plans, self.overview = loaded.plans, loaded.overview
        self.officials, self.kernen = loaded.officials, loaded.kernen
        self.version.clear()
        for plan in self.plans:
            self.version.addItem(self._version_text(plan), plan.id)
        if self.plan is not None:
            self.version.setCurrentIndex(self.version.findData(self.plan.id))
        self.stack.setCurrentWidget(self.tabs if self.overview else self.empty)
        self._show_plan_state()
        self._show_dashboard()
        self._show_work()
        self._show_input()
        self._show_indicators()
        self._update_buttons()
        self.loaded.emit()

    def _version_text(self, plan: PlanRecord) -> str:
        state = label(PLAN_STATUS_LABELS[plan.status])
        if plan.status == PlanStatus.ADOPTED and plan.adopted_on:
            state = self.tr("adopted on %1").replace("%1", format_date(plan.adopted_on))
        return (
            self.tr("%1 · version %2 · %3")
            .replace("%1", plan.title)
            .replace("%2", str(plan.number))
            .replace("%3", state)
        )

    def _show_plan_state(self) -> None:
        plan = self.plan
        if plan is None:
            self.plan_state.setText("")
        elif plan.status == PlanStatus.DRAFT:
            self.plan_state.setText(self.tr("Draft: ambitions can still be changed."))
        elif plan.status == PlanStatus.ADOPTED:
            self.plan_state.setText(self.tr("In force. To change its text, make a new version."))
        else:
            self.plan_state.setText(self.tr("Superseded by a later version; kept as it was adopted."))

    def _show_dashboard(self) -> None:
        self.dashboard.clear()
        overview = self.overview
        if overview is None:
            self.summary.setText("")
            return
        actions = [a for amb in overview.ambitions for a in amb.actions]
        counted = [a for a in actions if a.status != ActionStatus.DROPPED]
        done = sum(a.status == ActionStatus.DONE for a in counted)
        late = sum(a.late for a in actions)
        lights = Counter(i.assessment.light for amb in overview.ambitions for i in amb.indicators)
        parts = [
            self.tr("%n ambition(s)", "", len(overview.ambitions)),
            self.tr("%n action(s)", "", len(counted))
            + (
                " · " + self.tr("%1% done").replace("%1", str(round(100 * done / len(counted))))
                if counted
                else ""
            ),
        ]
        if late:
            late_text = self.tr("%n late", "", late)
            parts.append(f"<span style='color:{LATE.name()}'><b>{late_text}</b></span>")
        for light in (Light.ON_TRACK, Light.AT_RISK, Light.OFF_TRACK):
            if lights[light]:
                parts.append(
                    f"<span style='color:{LIGHT_COLOURS[light]}'>●</span> {lights[light]} {label(LIGHT_LABELS[light])}"
                )
        parts.append(self.tr("%n respondent(s)", "", len(overview.respondents)))
        unlinked = len(overview.unlinked_ideas)
        if unlinked:
            parts.append(self.tr("%n idea(s) not linked", "", unlinked))
        self.summary.setText(" &nbsp;·&nbsp; ".join(parts))
        themes: dict[str, QTreeWidgetItem] = {}
        for ambition in overview.ambitions:
            parent = themes.get(ambition.theme)
            if parent is None:
                parent = QTreeWidgetItem([ambition.theme.capitalize()])
                _bold(parent, 1)
                parent.setFirstColumnSpanned(True)
                self.dashboard.addTopLevelItem(parent)
                themes[ambition.theme] = parent
            item = QTreeWidgetItem(
                [
                    ambition.title,
                    ambition.lead or "—",
                    self._progress_text(ambition),
                    self._lights_text(ambition),
                    self._support_text(ambition),
                ]
            )
            item.setData(0, RECORD_ROLE, ambition)
            item.setToolTip(0, ambition.description or ambition.title)
            item.setToolTip(4, self._support_detail(ambition))
            if ambition.progress.late:
                item.setForeground(2, QBrush(LATE))
            worst = self._worst(ambition)
            if worst is not None:
                item.setIcon(3, light_icon(worst))
            parent.addChild(item)
        self.dashboard.expandAll()

    def _progress_text(self, ambition: AmbitionRecord) -> str:
        p = ambition.progress
        if p.counted == 0:
            return self.tr("no actions yet")
        text = (
            self.tr("%1 of %2 done (%3%)")
            .replace("%1", str(p.done))
            .replace("%2", str(p.counted))
            .replace("%3", str(p.percent))
        )
        if p.late:
            text += " · " + self.tr("%n late", "", p.late)
        return text

    def _lights_text(self, ambition: AmbitionRecord) -> str:
        if not ambition.indicators:
            return self.tr("no indicators")
        counts = Counter(i.assessment.light for i in ambition.indicators)
        return ", ".join(f"{counts[light]} {label(LIGHT_LABELS[light])}" for light in Light if counts[light])

    @staticmethod
    def _worst(ambition: AmbitionRecord) -> Light | None:
        lights = {i.assessment.light for i in ambition.indicators}
        return next(
            (
                light
                for light in (Light.OFF_TRACK, Light.AT_RISK, Light.ON_TRACK, Light.NO_DATA)
                if light in lights
            ),
            None,
        )

    def _support_text(self, ambition: AmbitionRecord) -> str:
        s = ambition.support
        if not s.respondents:
            return self.tr("no input linked")
        text = self.tr("%n respondent(s)", "", s.respondents)
        public = s.sectors.get(RespondentSector.PUBLIC, 0)
        if public:
            text += ", " + self.tr("%1 of them public").replace("%1", str(public))
        return text

    def _support_detail(self, ambition: AmbitionRecord) -> str:
        """Who supports it, by sector and by size: the tooltip of the support column."""
        s = ambition.support
        if not s.respondents:
            return self.tr("No idea of a respondent is linked to this ambition yet.")
        parts = [f"{n} {label(RESPONDENT_SECTOR_LABELS[k])}" for k, n in sorted(s.sectors.items())]
        parts += [f"{n} {label(COMPANY_SIZE_LABELS[k])}" for k, n in sorted(s.sizes.items())]
        return self.tr("%n idea(s)", "", s.ideas) + ": " + ", ".join(parts)

    def _show_work(self) -> None:
        selected = self._current(self.work)
        self.work.clear()
        if self.overview is None:
            return
        restore = None
        for ambition in self.overview.ambitions:
            p = ambition.progress
            item = QTreeWidgetItem(
                [
                    f"{ambition.theme} – {ambition.title}",
                    ambition.lead or "—",
                    "",
                    "",
                    self._progress_text(ambition) if p.counted else "",
                    "",
                ]
            )
            item.setData(0, RECORD_ROLE, ambition)
            _bold(item, 1)
            for action in ambition.actions:
                child = QTreeWidgetItem(
                    [
                        action.title,
                        action.owner or "—",
                        format_short_date(action.start_date),
                        format_short_date(action.due_date),
                        self._action_status(action),
                        ", ".join(name for _i, name in action.companies),
                    ]
                )
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

    @staticmethod
    def _current(tree: QTreeWidget) -> tuple[str, int] | None:
        item = tree.currentItem()
        record = item.data(0, RECORD_ROLE) if item else None
        kinds = (
            (AmbitionRecord, "ambition"),
            (ActionRecord, "action"),
            (RespondentRecord, "respondent"),
            (IdeaRecord, "idea"),
            (IndicatorRecord, "indicator"),
            (MeasurementRecord, "measurement"),
        )
        for kind, name in kinds:
            if isinstance(record, kind):
                return name, record.id  # type: ignore[return-value]
        return None

    def _show_input(self) -> None:
        selected = self._current(self.input)
        self.input.clear()
        overview = self.overview
        if overview is None:
            self.input_summary.setText("")
            return
        titles = {a.id: a.title for a in overview.ambitions}
        unlinked = {i.id for i in overview.unlinked_ideas}
        ideas = overview.ideas
        self.input_summary.setText(
            self.tr("%n respondent(s)", "", len(overview.respondents))
            + " · "
            + self.tr("%n idea(s)", "", len(ideas))
            + " · "
            + self.tr("%n not linked to an ambition", "", len(unlinked))
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
                    label(COMPANY_SIZE_LABELS[respondent.size]) if respondent.size else "—",
                    respondent.area or "—",
                    label(INPUT_CHANNEL_LABELS[respondent.channel]),
                    "",
                    "",
                ]
            )
            item.setData(0, RECORD_ROLE, respondent)
            _bold(item, 1)
            if respondent.company_id:
                item.setIcon(0, qta.icon("mdi6.domain"))
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

    def _show_indicators(self) -> None:
        keep = self._selected_indicator
        self.indicators.blockSignals(True)
        self.indicators.clear()
        restore = None
        first = None
        for ambition in self.overview.ambitions if self.overview else []:
            parent = QTreeWidgetItem([ambition.title, ""])
            parent.setData(0, RECORD_ROLE, ambition)
            _bold(parent, 1)
            for indicator in ambition.indicators:
                child = QTreeWidgetItem([indicator.name, label(LIGHT_LABELS[indicator.assessment.light])])
                child.setIcon(1, light_icon(indicator.assessment.light))
                child.setData(0, RECORD_ROLE, indicator)
                if indicator.computed:
                    child.setIcon(0, qta.icon("mdi6.calculator-variant-outline"))
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
            self._update_buttons()
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
        self.light.setText(
            " &nbsp;·&nbsp; ".join(facts) + f"<br/><span style='color:#5f6368'>{source}</span>"
        )
        for m in reversed(record.measurements):
            item = QTreeWidgetItem(
                [format_short_date(m.measured_on), f"{show_number(m.value)} {unit}", m.note]
            )
            item.setData(0, RECORD_ROLE, m)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.measurements.addTopLevelItem(item)
        self._update_buttons()

    # -- what can be done now ---------------------------------------------------------------

    def _update_buttons(self) -> None:
        plan = self.plan
        draft = plan is not None and plan.status == PlanStatus.DRAFT
        has_draft = any(p.status == PlanStatus.DRAFT for p in self.plans)
        self.new_plan_button.setVisible(not self.plans)
        self.edit_plan_button.setVisible(plan is not None)
        self.edit_plan_button.setEnabled(draft)
        self.adopt_button.setVisible(plan is not None)
        self.adopt_button.setEnabled(draft)
        self.version_button.setVisible(plan is not None)
        self.version_button.setEnabled(
            plan is not None and plan.status == PlanStatus.ADOPTED and not has_draft
        )
        self.version.setVisible(bool(self.plans))
        self.document_button.setEnabled(plan is not None)
        self.monitoring_button.setEnabled(plan is not None)
        self.new_ambition_button.setEnabled(draft)
        self.new_ambition_button.setToolTip(
            "" if draft else self.tr("The plan is adopted: make a new version to add or change ambitions.")
        )
        work = item.data(0, RECORD_ROLE) if (item := self.work.currentItem()) else None
        self.new_action_button.setEnabled(isinstance(work, AmbitionRecord | ActionRecord))
        self.edit_work_button.setEnabled(
            isinstance(work, ActionRecord) or (isinstance(work, AmbitionRecord) and draft)
        )
        entry = item.data(0, RECORD_ROLE) if (item := self.input.currentItem()) else None
        self.new_respondent_button.setEnabled(plan is not None)
        self.new_idea_button.setEnabled(isinstance(entry, RespondentRecord | IdeaRecord))
        self.edit_input_button.setEnabled(entry is not None)
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
                self.new_plan_button,
                self.edit_plan_button,
                self.adopt_button,
                self.version_button,
                self.new_ambition_button,
                self.new_action_button,
                self.edit_work_button,
                self.new_respondent_button,
                self.new_idea_button,
                self.edit_input_button,
                self.new_indicator_button,
                self.edit_indicator_button,
                self.add_measurement_button,
                self.delete_measurement_button,
            ):
                button.setVisible(False)

    # -- actions of the user ----------------------------------------------------------------

    def _open(self, dialog: FormDialog) -> None:
        dialog.saved.connect(lambda _r: self.reload())
        dialog.open()

    def _ambition_of(self, tree: QTreeWidget) -> AmbitionRecord | None:
        item = tree.currentItem()
        while item is not None:
            record = item.data(0, RECORD_ROLE)
            if isinstance(record, AmbitionRecord):
                return record
            if isinstance(record, ActionRecord | IndicatorRecord) and self.overview:
                return self.overview.ambition(record.ambition_id)
            item = item.parent()
        return None

    def new_plan(self) -> None:
        dialog = PlanDialog(self.worker, None, self)
        dialog.saved.connect(lambda plan_id: self.reload(plan_id))
        dialog.open()

    def edit_plan(self) -> None:
        if self.plan is not None:
            self._open(PlanDialog(self.worker, self.plan, self))

    def adopt(self) -> None:
        if self.plan is not None:
            self._open(AdoptDialog(self.worker, self.plan, self))

    def new_version(self) -> None:
        plan = self.plan
        if plan is None:
            return
        self.worker.run(
            lambda s: svc.new_version(s, plan.id),
            lambda plan_id: self.reload(plan_id),
            self._failed,
            commit=True,
        )

    def _failed(self, error: DomainError) -> None:
        QMessageBox.warning(self, self.tr("Ambitions"), error_text(error))

    def new_ambition(self) -> None:
        if self.plan is not None:
            self._open(AmbitionDialog(self.worker, self.plan.id, self.officials, None, self))

    def new_action(self) -> None:
        ambition = self._ambition_of(self.work)
        if ambition is not None:
            self._open(ActionDialog(self.worker, ambition, self.officials, None, self))

    def edit_work(self) -> None:
        item = self.work.currentItem()
        record = item.data(0, RECORD_ROLE) if item else None
        if isinstance(record, ActionRecord) and self.overview:
            ambition = self.overview.ambition(record.ambition_id)
            if ambition is not None:
                self._open(ActionDialog(self.worker, ambition, self.officials, record, self))
        elif isinstance(record, AmbitionRecord) and self.plan is not None and self.plan.editable:
            self._open(AmbitionDialog(self.worker, self.plan.id, self.officials, record, self))

    def _dashboard_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        record = item.data(0, RECORD_ROLE)
        if isinstance(record, AmbitionRecord):
            self.tabs.setCurrentIndex(1)
            for i in range(self.work.topLevelItemCount()):
                top = self.work.topLevelItem(i)
                if top is not None and top.data(0, RECORD_ROLE).id == record.id:
                    self.work.setCurrentItem(top)

    def new_respondent(self) -> None:
        self._open(RespondentDialog(self.worker, self.kernen, None, self))

    def _respondent_of(self, item: QTreeWidgetItem | None) -> RespondentRecord | None:
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

    def new_indicator(self) -> None:
        ambition = self._ambition_of(self.indicators)
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
                lambda _r: self.reload(),
                self._failed,
                commit=True,
            )

    # -- documents --------------------------------------------------------------------------

    def ambition_document(self) -> None:
        today = date.today()
        name = safe_file_name(plan_pdfs.AMBITION_DOCUMENT, today.isoformat())
        self.preview = PdfPreviewDialog(
            self.worker,
            self.tr("Ambition document"),
            name,
            lambda s, path: plan_pdfs.render_ambition_document(
                documents.ambition_document(s, today=today), path
            ),
            self,
        )
        self.preview.open()

    def monitoring_report(self) -> None:
        period = MonitoringPeriodDialog(self)
        period.chosen.connect(self._monitoring_for)
        period.open()

    def _monitoring_for(self, since: date, until: date) -> None:
        today = date.today()
        name = safe_file_name(plan_pdfs.MONITORING, since.isoformat(), until.isoformat())
        self.preview = PdfPreviewDialog(
            self.worker,
            self.tr("Monitoring report"),
            name,
            lambda s, path: plan_pdfs.render_monitoring(
                documents.monitoring(s, since=since, until=until, today=today), path
            ),
            self,
        )
        self.preview.open()

    # -- as a page of the window --

    def activated(self) -> None:
        self.reload()

    def set_may_edit(self, may_edit: bool) -> None:
        """Whether the official's role may change plans: the buttons follow."""
        self.may_edit = may_edit
        self._update_buttons()


class MonitoringPeriodDialog(QDialog):
    """The period a monitoring report covers: from the first of January until today, or as chosen.

    Signals:
        chosen(object, object): the first and the last day of the period.
    """

    chosen = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Monitoring report"))
        today = date.today()
        self.since = OptionalDateEdit(date(today.year, 1, 1))
        self.until = OptionalDateEdit(today)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.since)
        form.addRow(self.tr("Up to and including"), self.until)
        form.addRow(self.message)
        make = QPushButton(self.tr("Make report"))
        make.setDefault(True)
        make.setObjectName("primary")
        make.clicked.connect(self._make)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(make)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def _make(self) -> None:
        since, until = self.since.value(), self.until.value()
        if since is None or until is None or until < since:
            self.message.setText(self.tr("Choose a first and a last day; the last not before the first."))
            self.message.setVisible(True)
            return
        self.accept()
        self.chosen.emit(since, until)


# -- as a page of the main window (views/shell/pages.py) ------------------------------------------


def make_page(shell: Shell) -> AmbitionsPage:
    page = AmbitionsPage(shell.worker)
    page.set_may_edit(shell.may(Permission.EDIT_AMBITIONS))
    return page
