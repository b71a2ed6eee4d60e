"""Tree cells that wrap their text within the column instead of cutting it off.

QTreeView asks its delegate for a row's height without the column's width, so a tree with word wrap
keeps its rows one line high and cuts the second line off. ``wrap_cells`` gives the delegate that
width and measures the rows again when a column changes width. For short lists (an ambition plan,
a month of rounds); a long lazy list keeps uniform rows.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class WrappingDelegate(QStyledItemDelegate):
    """Measures a cell's height with its text wrapped at the column's width."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self.tree.header().sectionSize(index.column())
        if self.tree.header().visualIndex(index.column()) == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self.tree.indentation() * (depth + int(self.tree.rootIsDecorated()))
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, max(width, 1), 1)
        return super().sizeHint(measured, index)


def wrap_cells(tree: QTreeView) -> None:
    """Let ``tree``'s cells wrap their text; a row is as high as its longest cell."""
    tree.setUniformRowHeights(False)
    tree.setWordWrap(True)
    tree.setTextElideMode(Qt.TextElideMode.ElideNone)
    tree.setItemDelegate(WrappingDelegate(tree))
    tree.header().sectionResized.connect(lambda *_a: tree.scheduleDelayedItemsLayout())
