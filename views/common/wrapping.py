"""Tree cells that wrap their text within the column instead of cutting it off.

QTreeView asks its delegate for a row's height without the column's width, so a tree with word wrap
keeps its rows one line high and cuts the second line off. ``wrap_cells`` gives the delegate that
width and measures the rows again when a column changes width. For short lists (an ambition plan,
a month of rounds, Mijn werk's 2,000 most urgent agreements, a timeline page); a long lazy list keeps
uniform rows.

A row's height is measured by laying its text out, cell by cell, each time the tree lays out the
rows on screen (a batch added, a column resized, a reload): the delegate remembers each measure by
what decides it (text, width, font, icon), so a row is laid out once, and the many equal cells
(a status, a date, a name) once for all of them.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class WrappingDelegate(QStyledItemDelegate):
    """Measures a cell's height with its text wrapped at the column's width."""

    LIMIT = 20_000  # measures remembered: every cell of Mijn werk's list at two widths

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree
        self._sizes: dict[tuple[object, ...], QSize] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self.tree.header().sectionSize(index.column())
        if self.tree.header().visualIndex(index.column()) == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self.tree.indentation() * (depth + int(self.tree.rootIsDecorated()))
        font = index.data(Qt.ItemDataRole.FontRole)
        key = (
            index.data(Qt.ItemDataRole.DisplayRole),
            width,
            (font if isinstance(font, QFont) else option.font).key(),
            index.data(Qt.ItemDataRole.DecorationRole) is not None,
        )
        size = self._sizes.get(key)
        if size is None:
            measured = QStyleOptionViewItem(option)
            measured.rect = QRect(0, 0, max(width, 1), 1)
            size = super().sizeHint(measured, index)
            if len(self._sizes) >= self.LIMIT:
                self._sizes.clear()
            self._sizes[key] = size
        return QSize(size)


def wrap_cells(tree: QTreeView) -> None:
    """Let ``tree``'s cells wrap their text; a row is as high as its longest cell."""
    tree.setUniformRowHeights(False)
    tree.setWordWrap(True)
    tree.setTextElideMode(Qt.TextElideMode.ElideNone)
    tree.setItemDelegate(WrappingDelegate(tree))
    tree.header().sectionResized.connect(lambda *_a: tree.scheduleDelayedItemsLayout())
