"""Mijn werk: the open agreements an official (or the team) must follow up, most urgent first."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.consultations import services as svc
from models.consultations.services import AgreementRecord, WorkItem, WorkList
from models.permissions import Permission
from views.ambitions.my_actions import MyActionsPanel
from views.common import icons
from views.common.accessibility import name_view
from views.common.export import EXPORT_ROLE, Exporter, ExportTask, snapshot
from views.common.text import format_number, format_short_date
from views.common.widgets import empty_tree
from views.common.worker import DatabaseWorker
from views.common.wrapping import wrap_cells
from views.consultations.agreements import AgreementActions, due_text, paint, responsible_text, status_text
from views.signals.my_signals import MySignalsSection

if TYPE_CHECKING:
    from models.notify import Change
    from views.shell.pages import Shell


RECORD_ROLE = Qt.ItemDataRole.UserRole
COMPANY_ROLE = Qt.ItemDataRole.UserRole + 1
BATCH = 60  # rows added to the tree at once: three screens at 1366×768
LATER_BATCH = 300  # rows added at a time after it: fewer layouts of the tree, each still a blink


class MyWorkPage(QWidget):
    """Signals:
    open_company(int): show this company's file.
    loaded(int): this many agreements are listed.
    first_shown(int): the first screenful is shown, this many agreements (the rest follows).
    """

    open_company = Signal(int)
    loaded = Signal(int)
    first_shown = Signal(int)

    def __init__(self, worker: DatabaseWorker) -> None:
        super().__init__()
        self.worker = worker
        self.items: list[WorkItem] = []
        self._ticket = 0
        # Companies with their agreements still to be added to the tree (see _add_batch).
        self._waiting: list[tuple[int, list[AgreementRecord]]] = []
        self._selected_id: int | None = None
        # The companies in the tree and the agreements under them (_show adds to them).
        self._parents: dict[int, QTreeWidgetItem] = {}
        self._listed: set[int] = set()
        # The counts above the list and whose agreements they count (see _show_counts).
        self._counts: dict[str, int] | None = None
        self._counted_for: list[int] | None | bool = False
        title = QLabel(self.tr("My work"))
        title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Whose agreements"))
        self.scope.addItem(self.tr("My agreements"), "mine")
        self.scope.addItem(self.tr("The whole team"), "team")
        self.scope.currentIndexChanged.connect(self.reload)
        self.horizon = QComboBox()
        self.horizon.setAccessibleName(self.tr("Which agreements"))
        self.horizon.addItem(self.tr("All open agreements"), True)
        self.horizon.addItem(self.tr("Overdue and due this week"), False)
        self.horizon.currentIndexChanged.connect(self.reload)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(self.summary)
        head.addStretch(1)
        self.exporter = Exporter(
            self,
            worker,
            lambda: self.tr("My work"),
            self._export_task,
        )
        head.addWidget(self.exporter.button)
        head.addWidget(self.scope)
        head.addWidget(self.horizon)

        self.tree = QTreeWidget()
        name_view(self.tree, self.tr("My agreements"))
        self.tree.setHeaderLabels(
            [
                self.tr("Company / agreement"),
                self.tr("Responsible"),
                self.tr("Assigned to"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Agreed on"),
            ]
        )
        wrap_cells(self.tree)  # a long agreement wraps in its row, read whole (as on the timeline)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        # Wide enough for each header in bold (Verantwoordelijke was cut off); the name takes the rest.
        for column, width in ((1, 155), (2, 140), (3, 110), (4, 150), (5, 130)):
            self.tree.setColumnWidth(column, width)
        self.tree.currentItemChanged.connect(self._selected)
        self.tree.itemActivated.connect(self._activated)

        self.agreement_actions = AgreementActions(worker)
        self.agreement_actions.changed.connect(self.reload)
        self.open_button = QPushButton(icons.icon("mdi6.folder-open-outline"), self.tr("Open file"))
        self.open_button.clicked.connect(lambda: self._activated(self.tree.currentItem(), 0))
        bottom = QHBoxLayout()
        bottom.addWidget(self.agreement_actions)
        bottom.addStretch(1)
        bottom.addWidget(self.open_button)

        self.empty = QLabel(self.tr("Nothing to follow up. Agreements assigned to you appear here."))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)  # a long hint wraps in a narrow window instead of widening it
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        self.main_layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)
        # Other work beside the agreements (add_section): how each reads itself again.
        self.sections: list[Callable[[], None]] = []
        # -- the actions of the ambition plan assigned to me (or the team) --
        self.actions_panel = MyActionsPanel(worker)
        self.actions_panel.changed.connect(self.reload)
        layout.addWidget(self.actions_panel)
        self._selected()

    def add_section(self, section: QWidget, reload: Callable[[], None]) -> None:
        """Other work of the official under the agreements (their signals): read with the page."""
        self.sections.append(reload)
        self.main_layout.addWidget(section)

    def reload(self) -> None:
        """The agreements first (the top of the page), then the sections and actions below."""
        self._ticket += 1
        ticket = self._ticket
        me = self.worker.user_id
        users = None if self.scope.currentData() == "team" else [me] if me is not None else []
        include_later = bool(self.horizon.currentData())
        today = date.today()
        if self._counted_for != users:
            self._counts, self._counted_for = None, users
        # The first screenful first (the most urgent BATCH agreements, a few milliseconds), then
        # the whole list (2,000 for a team: 40-60 ms of reading at 250,000 companies), then the
        # counts over every open agreement (a read of them all).
        self.exporter.button.setEnabled(False)  # until the whole list is in (see _show)
        self.worker.run(
            lambda s: svc.my_work(
                s, users, today=today, include_later=include_later, limit=BATCH, counted=False
            ),
            lambda work: self._show_first(ticket, work),
        )
        self.worker.run(
            lambda s: svc.my_work(s, users, today=today, include_later=include_later, counted=False),
            lambda work: self._show(ticket, work),
        )
        self.worker.run(
            lambda s: svc.work_counts(s, users, today=today),
            lambda counts: self._show_counts(ticket, counts),
        )
        for reload_section in self.sections:
            reload_section()
        self.actions_panel.reload(users)

    def _show_first(self, ticket: int, work: WorkList) -> None:
        """The most urgent agreements, a screenful, in place of the list before (_show adds the
        rest to them)."""
        if ticket != self._ticket:
            return
        selected = self._current_agreement()
        self.items = work.items
        if self._counts is None:
            self.summary.clear()  # a moment, until the counts arrive
        else:  # of the same officials a moment ago, until the new counts arrive
            self._show_counts(ticket, self._counts)
        self._waiting = _groups(work.items)
        self._selected_id = selected
        self._parents = {}
        self._listed = set()
        self.tree.setUpdatesEnabled(False)
        empty_tree(self.tree)
        self._add_batch(ticket)
        self.tree.setUpdatesEnabled(True)
        self.stack.setCurrentWidget(self.tree if work.items else self.empty)
        self.first_shown.emit(len(work.items))

    def _show(self, ticket: int, work: WorkList) -> None:
        """The whole list: the agreements the first screenful lacks added to its companies, the
        other companies a batch at a time right after, so the team's 2,000 agreements are on
        screen in a tenth of the time."""
        if ticket != self._ticket:
            return
        items = work.items
        first = [item.agreement.id for item in self.items]
        if [item.agreement.id for item in items[: len(first)]] != first:
            # The most urgent changed in between (a colleague's edit): the whole list afresh.
            self._show_first(ticket, work)
        self.items = items
        if self._counts is not None:
            self._show_counts(ticket, self._counts)  # "the 2,000 most urgent are listed"
        today = date.today()
        waiting: list[tuple[int, list[AgreementRecord]]] = []
        restore = None
        for company_id, agreements in _groups(items):
            parent = self._parents.get(company_id)
            if parent is None:
                waiting.append((company_id, agreements))
                continue
            for agreement in agreements:
                if agreement.id not in self._listed:
                    child = self._child(parent, company_id, agreement, today)
                    restore = child if agreement.id == self._selected_id else restore
            parent.setText(4, self.tr("%Ln open", "", len(agreements)))
        self._waiting = waiting
        if restore is not None:
            self.tree.setCurrentItem(restore)
        if waiting:
            # With the page as context: never after the page is gone.
            QTimer.singleShot(0, self, lambda: self._add_batch(ticket, LATER_BATCH))
        self.stack.setCurrentWidget(self.tree if items else self.empty)
        self.exporter.button.setEnabled(True)
        self.loaded.emit(len(items))

    def _show_counts(self, ticket: int, counts: dict[str, int]) -> None:
        """The summary above the list: how many agreements are overdue, due this week and later,
        over all of them (the list holds the most urgent only)."""
        if ticket != self._ticket:
            return
        self._counts = counts
        overdue, this_week, later = (
            self.tr("overdue"),
            self.tr("due this week"),
            self.tr("later or without date"),
        )
        summary = (
            f"<span style='color:#b3261e'><b>{format_number(counts['overdue'])}</b> {overdue}</span>"
            f" · <span style='color:#b26a00'><b>{format_number(counts['this_week'])}</b> {this_week}</span>"
            f" · <b>{format_number(counts['later'] + counts['no_date'])}</b> {later}"
        )
        wanted = (
            sum(counts.values()) if self.horizon.currentData() else counts["overdue"] + counts["this_week"]
        )
        if len(self.items) < wanted:
            shown = self.tr("the %1 most urgent are listed").replace("%1", format_number(len(self.items)))
            summary += f" <span style='color:#666'>({shown})</span>"
        self.summary.setText(summary)

    def _add_batch(self, ticket: int, size: int = BATCH) -> None:
        if ticket != self._ticket or not self._waiting:
            return
        today = date.today()
        bold = QFont()
        bold.setBold(True)
        parents: list[QTreeWidgetItem] = []
        restore = None
        added = 0
        while self._waiting and added < size:
            company_id, agreements = self._waiting.pop(0)
            parent = QTreeWidgetItem(
                [agreements[0].company_name, "", "", "", self.tr("%Ln open", "", len(agreements)), ""]
            )
            parent.setFont(0, bold)
            parent.setData(0, COMPANY_ROLE, company_id)
            self._parents[company_id] = parent
            for agreement in agreements:
                child = self._child(parent, company_id, agreement, today)
                if agreement.id == self._selected_id:
                    restore = child
            parents.append(parent)
            added += 1 + len(agreements)
        self.tree.addTopLevelItems(parents)
        for parent in parents:
            parent.setExpanded(True)
        if restore is not None:
            self.tree.setCurrentItem(restore)
        if self._waiting:
            # With the page as context: never after the page is gone.
            QTimer.singleShot(0, self, lambda: self._add_batch(ticket, LATER_BATCH))

    def _child(
        self, parent: QTreeWidgetItem, company_id: int, agreement: AgreementRecord, today: date
    ) -> QTreeWidgetItem:
        """An agreement's line under its company."""
        child = QTreeWidgetItem(
            [
                agreement.description,
                responsible_text(agreement),
                agreement.assignee or "—",
                due_text(agreement),
                status_text(agreement, today),
                format_short_date(agreement.made_on),
            ]
        )
        child.setData(0, RECORD_ROLE, agreement)
        child.setData(3, EXPORT_ROLE, agreement.due_date)
        child.setData(5, EXPORT_ROLE, agreement.made_on)
        child.setData(0, COMPANY_ROLE, company_id)
        child.setToolTip(0, agreement.description)
        paint(child, agreement, today)
        parent.addChild(child)
        self._listed.add(agreement.id)
        return child

    def _export_task(self) -> ExportTask:
        """What *Exporteren…* writes: the tree, with every agreement in it first (the export
        writes what the tree holds; the last batches may not have been added yet)."""
        while self._waiting:
            self._add_batch(self._ticket, LATER_BATCH)
        return snapshot(self.tree, self.tr("My work"), group=self.tr("Company"))

    def _current_agreement(self) -> int | None:
        item = self.tree.currentItem()
        record = item.data(0, RECORD_ROLE) if item else None
        return record.id if isinstance(record, AgreementRecord) else None

    def _selected(self, *_args: object) -> None:
        item = self.tree.currentItem()
        record = item.data(0, RECORD_ROLE) if item else None
        self.agreement_actions.set_record(record if isinstance(record, AgreementRecord) else None)
        self.open_button.setEnabled(item is not None)

    def _activated(self, item: QTreeWidgetItem | None, _column: int = 0) -> None:
        if item is not None and item.data(0, COMPANY_ROLE) is not None:
            self.open_company.emit(item.data(0, COMPANY_ROLE))

    # -- as a page of the window --

    def activated(self) -> None:
        self.reload()

    def refresh(self, change: Change, shown: bool) -> None:
        if shown and change.touches("agreement", "interaction", "company", "ambition_action"):
            self.reload()
        elif shown and change.touches("signal", "signal_event"):
            for reload_section in self.sections:
                reload_section()


def _groups(items: list[WorkItem]) -> list[tuple[int, list[AgreementRecord]]]:
    """The agreements per company, most urgent first; a company appears where its most urgent item is."""
    groups: OrderedDict[int, list[AgreementRecord]] = OrderedDict()
    for item in items:
        groups.setdefault(item.agreement.company_id, []).append(item.agreement)
    return list(groups.items())


# -- as a page of the main window (views/shell/pages.py) ------------------------------------------


def make_page(shell: Shell) -> MyWorkPage:
    page = MyWorkPage(shell.worker)
    page.open_company.connect(shell.open_company)
    if shell.may(Permission.HANDLE_SIGNALS):
        signals = MySignalsSection(shell.worker)
        signals.open_signal.connect(lambda signal_id: shell.show_page("signals", signal_id))
        page.add_section(signals, signals.reload)
    return page
