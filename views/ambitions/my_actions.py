"""The actions part of Mijn werk: open actions of the ambition plan assigned to the official (or the
team), the earliest due first, to update where they stand. A panel of its own, so that Mijn werk
composes it beside the agreements (and what else is assigned to someone) without knowing actions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidgetItem, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from models import lookups
from models.ambitions import services as svc
from models.ambitions.entities import ACTION_STATUS_LABELS
from models.ambitions.records import AmbitionRecord, MyAction
from models.lookups import Choice
from views.ambitions.ambition_dialogs import ActionDialog, current_ambition
from views.ambitions.plan_trees import LATE, RECORD_ROLE, make_tree
from views.common import icons
from views.common.text import format_short_date, label
from views.common.worker import DatabaseWorker


def _action_to_update(session: Session, item: MyAction) -> tuple[AmbitionRecord | None, list[Choice]]:
    return current_ambition(session, item.plan_id, item.action.ambition_id), lookups.officials(session)


class MyActionsPanel(QWidget):
    """Signals:
    loaded(int): this many actions are listed.
    changed(): an action was updated.
    """

    loaded = Signal(int)
    changed = Signal()

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.items: list[MyAction] = []
        self._ticket = 0
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.tree = make_tree(
            [self.tr("Action"), self.tr("Ambition"), self.tr("Owner"), self.tr("Due"), self.tr("Status")],
            (260, 150, 110, 130),
            stretch=0,
            name=self.tr("My actions"),
        )
        self.tree.setObjectName("myActions")
        self.tree.setMaximumHeight(150)
        self.tree.currentItemChanged.connect(lambda *_a: self._selected())
        self.tree.itemActivated.connect(lambda *_a: self.update_action())
        self.update_button = QPushButton(icons.icon("mdi6.pencil-outline"), self.tr("Update action…"))
        self.update_button.clicked.connect(self.update_action)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.update_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.tree)
        self._selected()

    def reload(self, user_ids: list[int] | None) -> None:
        self._ticket += 1
        ticket, today = self._ticket, date.today()
        self.worker.run(
            lambda s: svc.my_actions(s, user_ids, today=today), lambda items: self._show(ticket, items)
        )

    def _show(self, ticket: int, items: list[MyAction]) -> None:
        if ticket != self._ticket:
            return
        self.items = items
        self.title.setText(self.tr("Actions of the ambition plan (%1)").replace("%1", str(len(items))))
        self.tree.clear()
        for item in items:
            action = item.action
            status = label(ACTION_STATUS_LABELS[action.status])
            row = QTreeWidgetItem(
                [
                    action.title,
                    item.ambition,
                    action.owner or "—",
                    format_short_date(action.due_date),
                    status + (" · " + self.tr("late") if action.late else ""),
                ]
            )
            row.setData(0, RECORD_ROLE, item)
            row.setToolTip(0, action.description or action.title)
            row.setToolTip(1, item.ambition)
            if action.late:
                for column in (3, 4):
                    row.setForeground(column, QBrush(LATE))
            self.tree.addTopLevelItem(row)
        if not items:
            empty = QTreeWidgetItem([self.tr("No open actions. Actions assigned to you appear here.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)
        self._selected()
        self.loaded.emit(len(items))

    def current(self) -> MyAction | None:
        row = self.tree.currentItem()
        record = row.data(0, RECORD_ROLE) if row else None
        return record if isinstance(record, MyAction) else None

    def _selected(self) -> None:
        self.update_button.setEnabled(self.current() is not None)

    def update_action(self) -> None:
        """Open the action's own form (the services decide who may change it)."""
        item = self.current()
        if item is None:
            return
        self.worker.run(lambda s: _action_to_update(s, item), lambda found: self._open(item, *found))

    def _open(self, item: MyAction, ambition: AmbitionRecord | None, officials: list[Choice]) -> None:
        if ambition is None:
            return
        self.dialog = ActionDialog(self.worker, ambition, officials, item.action, self)
        self.dialog.saved.connect(lambda _r: self.changed.emit())
        self.dialog.open()
