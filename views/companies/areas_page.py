"""Kernen en gebieden: the administrator creates and edits the kernen and the areas inside them
(an empty database has none; every form, filter and report chooses from them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidgetItem, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from models.companies.areas import AreaInput, AreaRecord, area_record, area_records, save_area
from models.companies.entities import AREA_KIND_LABELS, AreaKind
from models.lookups import Choice
from models.permissions import Permission
from views.ambitions.plan_trees import RECORD_ROLE, make_tree
from views.common import icons
from views.common.forms import FormDialog
from views.common.text import label
from views.common.worker import DatabaseWorker

if TYPE_CHECKING:
    from models.notify import Change
    from views.shell.pages import Shell


class AreaDialog(FormDialog):
    """A new kern or area, or one's name, kind and where it lies."""

    def __init__(
        self,
        worker: DatabaseWorker,
        areas: list[AreaRecord],
        record: AreaRecord | None = None,
        parent: QWidget | None = None,
        *,
        inside: int | None = None,
    ) -> None:
        super().__init__(worker, self.tr("Area") if record else self.tr("New kern or area"), parent)
        self.areas, self.record = areas, record
        self.name = self.line("name", self.tr("Name"), record.name if record else "", max_length=120)
        kind = record.kind if record else (AreaKind.SHOPPING if inside is not None else AreaKind.KERN)
        self.kind = self.combo(
            "kind",
            self.tr("Kind"),
            [Choice(value=k.value, label=label(text)) for k, text in AREA_KIND_LABELS.items()],
            kind.value,
            None,
        )
        self.parent_area = self.combo(
            "parent_id",
            self.tr("Lies in"),
            [Choice(value=a.id, label=a.name) for a in areas if record is None or a.id != record.id],
            record.parent_id if record else inside,
            empty=self.tr("(nowhere: a kern)"),
        )

    def task(self) -> Callable[[Session], Any]:
        data = AreaInput(
            name=self.name.text(),
            kind=AreaKind(self.kind.currentData()),
            parent_id=self.parent_area.currentData(),
        )
        record = self.record
        if record is None:
            return lambda s: save_area(s, data)
        return lambda s: save_area(s, data, record.id, record.version)

    def load_current(self) -> Callable[[Session], Any] | None:
        if self.record is None:
            return None
        area_id = self.record.id
        return lambda s: area_record(s, area_id)

    def sibling(self, record: AreaRecord) -> AreaDialog:
        return AreaDialog(self.worker, self.areas, record)


class AreasPage(QWidget):
    """Signals:
    loaded(int): this many areas are listed.
    """

    loaded = Signal(int)

    def __init__(self, worker: DatabaseWorker) -> None:
        super().__init__()
        self.worker = worker
        self.areas: list[AreaRecord] = []
        self._ticket = 0
        title = QLabel(self.tr("Kernen and areas"))
        title.setObjectName("pageTitle")
        explanation = QLabel(
            self.tr(
                "The kernen of the municipality and the shopping areas, business parks and nature areas in them. "
                "Companies, signals, rounds and indicators are placed in them."
            )
        )
        explanation.setWordWrap(True)
        explanation.setObjectName("muted")
        self.tree = make_tree(
            [self.tr("Name"), self.tr("Kind"), self.tr("Establishments")], (200, 120), name=self.tr("Areas")
        )
        self.tree.currentItemChanged.connect(lambda *_a: self._selected())
        self.tree.itemActivated.connect(lambda *_a: self.edit_area())
        self.empty = QLabel(self.tr("There are no kernen yet. Add the first kern with “New kern or area”."))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)  # a long hint wraps in a narrow window instead of widening it
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button = QPushButton(icons.icon("mdi6.plus"), self.tr("New kern or area…"))
        self.new_button.clicked.connect(self.new_area)
        self.edit_button = QPushButton(icons.icon("mdi6.pencil-outline"), self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_area)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self._selected()

    def reload(self) -> None:
        self._ticket += 1
        ticket = self._ticket
        self.worker.run(area_records, lambda areas: self._show(ticket, areas))

    def _show(self, ticket: int, areas: list[AreaRecord]) -> None:
        if ticket != self._ticket:
            return
        selected = self.current()
        self.areas = areas
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        restore = None
        for area in areas:  # each area after the one it lies in
            item = QTreeWidgetItem([area.name, label(AREA_KIND_LABELS[area.kind]), str(area.establishments)])
            item.setData(0, RECORD_ROLE, area)
            holder = items.get(area.parent_id) if area.parent_id else None
            if holder is not None:
                holder.addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            items[area.id] = item
            if selected is not None and selected.id == area.id:
                restore = item
        self.tree.expandAll()
        self.tree.setVisible(bool(areas))
        self.empty.setVisible(not areas)
        if restore is not None:
            self.tree.setCurrentItem(restore)
        self._selected()
        self.loaded.emit(len(areas))

    def current(self) -> AreaRecord | None:
        item = self.tree.currentItem()
        record = item.data(0, RECORD_ROLE) if item else None
        return record if isinstance(record, AreaRecord) else None

    def _selected(self) -> None:
        self.edit_button.setEnabled(self.current() is not None)

    def _open(self, dialog: AreaDialog) -> None:
        dialog.saved.connect(lambda _r: self.reload())
        dialog.open()

    def new_area(self) -> None:
        """A new area; with an area selected, one inside it."""
        chosen = self.current()
        self._open(AreaDialog(self.worker, self.areas, None, self, inside=chosen.id if chosen else None))

    def edit_area(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self._open(AreaDialog(self.worker, self.areas, chosen, self))

    # -- as a page of the window --

    def activated(self) -> None:
        self.reload()

    def refresh(self, change: Change, shown: bool) -> None:
        if shown and change.touches("area"):
            self.reload()


# -- as a page of the main window (views/shell/pages.py) ------------------------------------------


def make_page(shell: Shell) -> AreasPage:
    page = AreasPage(shell.worker)
    may = shell.may(Permission.MANAGE_AREAS)
    page.new_button.setVisible(may)
    page.edit_button.setVisible(may)
    return page
