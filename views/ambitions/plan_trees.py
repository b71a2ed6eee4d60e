"""What the tabs of the ambitions page share: the trees they show the plan in, and its colours."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from models.ambitions.cocreation import RespondentRecord
from models.ambitions.indicators import MeasurementRecord
from models.ambitions.monitoring import LIGHT_COLOURS, Light
from models.ambitions.services import (
    ActionRecord,
    AmbitionRecord,
    IdeaRecord,
    IndicatorRecord,
    PlanOverview,
)
from views.common import icons
from views.common.accessibility import name_view
from views.common.wrapping import wrap_cells

RECORD_ROLE = Qt.ItemDataRole.UserRole
LATE = QColor("#b3261e")
DONE = QColor("#1e7d32")
MUTED = QColor("#6b7280")


def light_icon(light: Light) -> QIcon:
    return icons.icon("mdi6.circle", color=LIGHT_COLOURS[light])


def make_tree(headers: list[str], widths: tuple[int, ...], stretch: int = 0, *, name: str) -> QTreeWidget:
    """A tree with fixed widths for its short columns (``widths``, in order) and one that stretches;
    ``name`` is what a screen reader calls it.

    Text wraps within its column rather than being cut off: an ambition's name, a kartrekker and
    a portfolio holder do not fit one line beside the counts on a 1366 px laptop. A row is as
    high as its longest cell (views.common.wrapping)."""
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    name_view(tree, name)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.header().setStretchLastSection(False)
    tree.header().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    fixed = [c for c in range(len(headers)) if c != stretch]
    for column, width in zip(fixed, widths, strict=False):
        tree.setColumnWidth(column, width)
    wrap_cells(tree)
    return tree


def bold(item: QTreeWidgetItem, columns: int) -> None:
    font = QFont()
    font.setBold(True)
    for column in range(columns):
        item.setFont(column, font)


def current_key(tree: QTreeWidget) -> tuple[str, int] | None:
    """What is current in the tree, as (kind, id): to find it again after a reload."""
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


def ambition_of(tree: QTreeWidget, overview: PlanOverview | None) -> AmbitionRecord | None:
    """The ambition of what is current in the tree: itself, or the one its action or indicator serves."""
    item = tree.currentItem()
    while item is not None:
        record = item.data(0, RECORD_ROLE)
        if isinstance(record, AmbitionRecord):
            return record
        if isinstance(record, ActionRecord | IndicatorRecord) and overview:
            return overview.ambition(record.ambition_id)
        item = item.parent()
    return None


class PlanTexts(QObject):
    """Texts more than one tab shows."""

    def progress(self, ambition: AmbitionRecord) -> str:
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
            text += " · " + self.tr("%Ln late", "", p.late)
        return text
