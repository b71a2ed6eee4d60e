"""Ambities: the ambition plan with its versions, the dashboard of the whole plan, the ambitions
and their actions, the co-creation input, and the indicators with their chart and traffic light.

The page holds the plan (its versions, adopting, the documents) and composes the tabs, each a
widget of its own: Overzicht (``overview_tab``), Ambities en acties (``actions_tab``), Inbreng
(``input_tab``) and Indicatoren (``indicators_tab``). A tab that saved something asks the page to
reload the plan (``changed``). What callers reach (the tests, the screenshot command) stays
reachable on the page itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models import lookups
from models.ambitions import services as svc
from models.ambitions.entities import PLAN_STATUS_LABELS, PlanStatus
from models.ambitions.services import AmbitionRecord, IndicatorRecord, PlanOverview, PlanRecord
from models.documents import services as documents
from models.errors import DomainError
from models.i18n import translate
from models.lookups import Choice
from models.permissions import Permission
from views.ambitions.actions_tab import ActionsTab
from views.ambitions.ambition_dialogs import AdoptDialog, LeadsDialog, PlanDialog, leads_text
from views.ambitions.indicator_chart import IndicatorChart
from views.ambitions.indicators_tab import IndicatorsTab
from views.ambitions.input_tab import InputTab
from views.ambitions.monitoring_dialog import MonitoringPeriodDialog
from views.ambitions.overview_tab import OverviewTab
from views.common import icons
from views.common.export import Exporter, ExportTask, snapshot
from views.common.forms import FormDialog
from views.common.pdf_export import PdfPreviewDialog, safe_file_name
from views.common.text import error_text, format_date, label
from views.common.worker import DatabaseWorker
from views.documents import ambitions as plan_pdfs

if TYPE_CHECKING:
    from views.shell.pages import Shell

__all__ = ["AmbitionsPage", "MonitoringPeriodDialog", "make_page"]


@dataclass(frozen=True)
class Loaded:
    plans: list[PlanRecord]
    overview: PlanOverview | None
    officials: list[Choice]
    kernen: list[Choice]
    led: list[int]  # the ambitions whose actions the official may change (models.ambitions.services)


def _load(session: Session, plan_id: int | None, today: date) -> Loaded:
    versions = svc.plans(session)
    if plan_id is None or all(p.id != plan_id for p in versions):
        plan_id = svc.current_plan_id(session)
    overview = svc.overview(session, plan_id, today=today) if plan_id is not None else None
    return Loaded(
        versions, overview, lookups.officials(session), lookups.kernen(session), svc.led_ambitions(session)
    )


class PlanTabs(QTabWidget):
    """The page's tabs, asking no more height than they need at least.

    A tab widget's height hint is that of its tallest tab (the indicator chart); on a tab without
    wrapped text the page's layout took that hint as its height at the laptop's width, and the
    window scrolled with the buttons under the tab out of sight. The tabs take the room left."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())


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

        title = QLabel(self.tr("Ambitions"))
        title.setObjectName("pageTitle")
        self.version = QComboBox()
        self.version.setAccessibleName(self.tr("Version of the ambition plan"))
        self.version.setObjectName("planVersion")
        self.version.setMinimumWidth(360)
        self.version.setMaximumWidth(720)
        self.version.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version.activated.connect(lambda _i: self.reload(self.version.currentData()))
        self.plan_state = QLabel()
        self.plan_state.setObjectName("muted")
        # The state and the kartrekkers wrap rather than widen the window (1366 px).
        self.plan_state.setWordWrap(True)
        self.plan_state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.new_plan_button = QPushButton(icons.icon("mdi6.plus"), self.tr("New ambition plan"))
        self.new_plan_button.clicked.connect(self.new_plan)
        self.edit_plan_button = QPushButton(icons.icon("mdi6.pencil-outline"), self.tr("Edit plan"))
        self.edit_plan_button.clicked.connect(self.edit_plan)
        self.adopt_button = QPushButton(icons.icon("mdi6.gavel"), self.tr("Adopt…"))
        self.adopt_button.clicked.connect(self.adopt)
        self.version_button = QPushButton(icons.icon("mdi6.content-copy"), self.tr("New version"))
        self.version_button.clicked.connect(self.new_version)
        self.plan_leads_button = QPushButton(icons.icon("mdi6.account-tie-outline"), self.tr("Kartrekkers…"))
        self.plan_leads_button.setToolTip(self.tr("The plan's lead: an official and a portfolio holder"))
        self.plan_leads_button.clicked.connect(self.edit_plan_leads)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(self.version)
        head.addStretch(1)
        for button in (
            self.new_plan_button,
            self.edit_plan_button,
            self.plan_leads_button,
            self.adopt_button,
            self.version_button,
        ):
            head.addWidget(button)
        self.document_button = QPushButton(
            icons.icon("mdi6.file-document-outline"), self.tr("Ambition document")
        )
        self.document_button.clicked.connect(self.ambition_document)
        self.monitoring_button = QPushButton(
            icons.icon("mdi6.file-chart-outline"), self.tr("Monitoring report…")
        )
        self.monitoring_button.clicked.connect(self.monitoring_report)
        state_row = QHBoxLayout()
        state_row.addWidget(self.plan_state, 1)
        self.exporter = Exporter(self, worker, self._export_name, self._export_task)
        self.exporter.button.setToolTip(self.tr("Save the list of this tab, for Excel (.xlsx or .csv)"))
        state_row.addWidget(self.exporter.button)
        state_row.addWidget(self.document_button)
        state_row.addWidget(self.monitoring_button)

        self.overview_tab = OverviewTab()
        self.overview_tab.ambition_activated.connect(self._show_ambition)
        self.actions_tab = ActionsTab(worker)
        self.input_tab = InputTab(worker)
        self.indicators_tab = IndicatorsTab(worker)
        for tab in (self.actions_tab, self.input_tab, self.indicators_tab):
            tab.changed.connect(lambda: self.reload())
        self.tabs = PlanTabs()
        self.tabs.addTab(self.overview_tab, icons.icon("mdi6.view-dashboard-outline"), self.tr("Overview"))
        self.tabs.addTab(self.actions_tab, icons.icon("mdi6.flag-outline"), self.tr("Ambitions and actions"))
        self.tabs.addTab(self.input_tab, icons.icon("mdi6.lightbulb-on-outline"), self.tr("Input"))
        self.tabs.addTab(self.indicators_tab, icons.icon("mdi6.chart-line"), self.tr("Indicators"))

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_text = QLabel(
            self.tr(
                "There is no ambition plan yet. Start one, add its ambitions, and adopt it when it is ready."
            )
        )
        empty_text.setObjectName("emptyState")
        empty_text.setWordWrap(True)  # a long hint wraps in a narrow window instead of widening it
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
        self.actions_tab.led_ids = set(loaded.led)
        self.version.clear()
        for plan in self.plans:
            self.version.addItem(self._version_text(plan), plan.id)
        if self.plan is not None:
            self.version.setCurrentIndex(self.version.findData(self.plan.id))
        self.stack.setCurrentWidget(self.tabs if self.overview else self.empty)
        self._show_plan_state()
        self.overview_tab.show_overview(self.overview)
        self.actions_tab.show_overview(self.overview, self.officials)
        self.input_tab.show_overview(self.overview, self.kernen)
        self.indicators_tab.show_overview(self.overview, self.kernen)
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
            return
        if plan.status == PlanStatus.DRAFT:
            state = self.tr("Draft: ambitions can still be changed.")
        elif plan.status == PlanStatus.ADOPTED:
            state = self.tr("In force. To change its text, make a new version.")
        else:
            state = self.tr("Superseded by a later version; kept as it was adopted.")
        leads = leads_text(plan)
        self.plan_state.setText(
            state
            + "  "
            + (self.tr("Kartrekker %1").replace("%1", leads) if leads else self.tr("No kartrekker yet."))
        )

    # -- what can be done now ---------------------------------------------------------------

    def _update_buttons(self) -> None:
        plan = self.plan
        draft = plan is not None and plan.status == PlanStatus.DRAFT
        has_draft = any(p.status == PlanStatus.DRAFT for p in self.plans)
        self.new_plan_button.setVisible(not self.plans)
        self.edit_plan_button.setVisible(plan is not None)
        self.edit_plan_button.setEnabled(draft)
        self.plan_leads_button.setVisible(plan is not None)
        self.adopt_button.setVisible(plan is not None)
        self.adopt_button.setEnabled(draft)
        self.version_button.setVisible(plan is not None)
        self.version_button.setEnabled(
            plan is not None and plan.status == PlanStatus.ADOPTED and not has_draft
        )
        self.version.setVisible(bool(self.plans))
        self.document_button.setEnabled(plan is not None)
        self.monitoring_button.setEnabled(plan is not None)
        for tab in (self.actions_tab, self.input_tab, self.indicators_tab):
            tab.update_buttons()
        if not self.may_edit:  # the role reads the plan; the services refuse changes anyway
            for button in (
                self.new_plan_button,
                self.edit_plan_button,
                self.plan_leads_button,
                self.adopt_button,
                self.version_button,
            ):
                button.setVisible(False)

    # -- actions of the user ----------------------------------------------------------------

    def _open(self, dialog: FormDialog) -> None:
        dialog.saved.connect(lambda _r: self.reload())
        dialog.open()

    def new_plan(self) -> None:
        dialog = PlanDialog(self.worker, None, self)
        dialog.saved.connect(lambda plan_id: self.reload(plan_id))
        dialog.open()

    def edit_plan(self) -> None:
        if self.plan is not None:
            self._open(PlanDialog(self.worker, self.plan, self))

    def edit_plan_leads(self) -> None:
        if self.plan is not None:
            self._open(LeadsDialog(self.worker, self.officials, self.plan, self))

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

    def _show_ambition(self, ambition: AmbitionRecord) -> None:
        """From the overview to the ambition with its actions."""
        self.tabs.setCurrentIndex(1)
        self.actions_tab.select_ambition(ambition.id)

    # -- documents --------------------------------------------------------------------------

    def ambition_document(self) -> None:
        today = date.today()
        name = safe_file_name(translate("documents", plan_pdfs.AMBITION_DOCUMENT), today.isoformat())
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
        plan_id = self.plan.id if self.plan else None  # the plan on screen, counted as on screen
        name = safe_file_name(
            translate("documents", plan_pdfs.MONITORING), since.isoformat(), until.isoformat()
        )
        self.preview = PdfPreviewDialog(
            self.worker,
            self.tr("Monitoring report"),
            name,
            lambda s, path: plan_pdfs.render_monitoring(
                documents.monitoring(s, since=since, until=until, today=today, plan_id=plan_id), path
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
        for tab in (self.actions_tab, self.input_tab, self.indicators_tab):
            tab.may_edit = may_edit
        self._update_buttons()

    # -- export: the list of the tab on screen -------------------------------------------------

    def _export_tree(self) -> QTreeWidget:
        tab = self.tabs.currentWidget()
        if tab is self.actions_tab:
            return self.work
        if tab is self.input_tab:
            return self.input
        if tab is self.indicators_tab:
            return self.indicators
        return self.dashboard

    def _export_name(self) -> str:
        return self.tabs.tabText(self.tabs.currentIndex()).replace("&", "")

    def _export_task(self) -> ExportTask:
        return snapshot(self._export_tree(), self._export_name())

    # -- the tabs' widgets, as callers reach them on the page ---------------------------------

    @property
    def summary(self) -> QLabel:
        return self.overview_tab.summary

    @property
    def dashboard(self) -> QTreeWidget:
        return self.overview_tab.dashboard

    @property
    def work(self) -> QTreeWidget:
        return self.actions_tab.work

    @property
    def new_ambition_button(self) -> QPushButton:
        return self.actions_tab.new_ambition_button

    @property
    def new_action_button(self) -> QPushButton:
        return self.actions_tab.new_action_button

    @property
    def edit_work_button(self) -> QPushButton:
        return self.actions_tab.edit_work_button

    @property
    def input_summary(self) -> QLabel:
        return self.input_tab.input_summary

    @property
    def only_unlinked(self) -> QCheckBox:
        return self.input_tab.only_unlinked

    @property
    def input(self) -> QTreeWidget:
        return self.input_tab.input

    @property
    def new_respondent_button(self) -> QPushButton:
        return self.input_tab.new_respondent_button

    @property
    def new_idea_button(self) -> QPushButton:
        return self.input_tab.new_idea_button

    @property
    def edit_input_button(self) -> QPushButton:
        return self.input_tab.edit_input_button

    @property
    def indicators(self) -> QTreeWidget:
        return self.indicators_tab.indicators

    @property
    def chart(self) -> IndicatorChart:
        return self.indicators_tab.chart

    @property
    def light(self) -> QLabel:
        return self.indicators_tab.light

    @property
    def measurements(self) -> QTreeWidget:
        return self.indicators_tab.measurements

    @property
    def new_indicator_button(self) -> QPushButton:
        return self.indicators_tab.new_indicator_button

    @property
    def edit_indicator_button(self) -> QPushButton:
        return self.indicators_tab.edit_indicator_button

    @property
    def add_measurement_button(self) -> QPushButton:
        return self.indicators_tab.add_measurement_button

    @property
    def delete_measurement_button(self) -> QPushButton:
        return self.indicators_tab.delete_measurement_button

    def current_indicator(self) -> IndicatorRecord | None:
        return self.indicators_tab.current_indicator()


# -- as a page of the main window (views/shell/pages.py) ------------------------------------------


def make_page(shell: Shell) -> AmbitionsPage:
    page = AmbitionsPage(shell.worker)
    page.set_may_edit(shell.may(Permission.EDIT_AMBITIONS))
    return page
