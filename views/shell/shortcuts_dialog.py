"""*Sneltoetsen*: every keyboard shortcut of the application, read from the shortcuts themselves.

The list is made when it is opened, from the QShortcut, QAction and button shortcuts of the window
and its pages (and of the report editor every report form uses), so it can never promise a key
that no longer works or leave out a new one. Each shortcut says what it does: a QShortcut by its
``whatsThis``, an action by its text, a button by its tooltip or text. The keys every form shares
(Tab, Enter, Escape, Alt+letter) are Qt's own and listed with them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from views.common.accessibility import name_view, plain
from views.common.screen import fit_to_screen


@dataclass(frozen=True, kw_only=True)
class KeyInfo:
    keys: str  # as the platform writes them: "Ctrl+K"
    what: str  # what pressing them does
    where: str  # where they work: everywhere, a page, a form


def _native(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def _without_keys(text: str, keys: str) -> str:
    """A tooltip without the keys it names at the end: "Edit the company (Ctrl+E)"."""
    text = plain(text)
    for suffix in (f" ({keys})", f"  ({keys})"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip().rstrip("…").strip()


def keys_of(root: QWidget, where: str, skip: tuple[QWidget, ...] = ()) -> list[KeyInfo]:
    """The shortcuts that live in ``root`` (not in the widgets of ``skip``), said as in ``where``."""

    def inside_skipped(obj: QWidget | None) -> bool:
        while obj is not None:
            if obj in skip:
                return True
            obj = obj.parentWidget()
        return False

    found: list[KeyInfo] = []
    for shortcut in root.findChildren(QShortcut):
        parent = shortcut.parent()
        if not shortcut.isEnabled() or (isinstance(parent, QWidget) and inside_skipped(parent)):
            continue
        keys = _native(shortcut.key())
        found.append(KeyInfo(keys=keys, what=plain(shortcut.whatsThis()), where=where))
    actions = [*root.actions(), *root.findChildren(QAction)]
    for action in dict.fromkeys(actions):
        if action.shortcut().isEmpty():
            continue
        keys = _native(action.shortcut())
        found.append(KeyInfo(keys=keys, what=_without_keys(action.text(), keys), where=where))
    for button in root.findChildren(QAbstractButton):
        if button.shortcut().isEmpty() or inside_skipped(button):
            continue
        keys = _native(button.shortcut())
        what = button.toolTip() or button.accessibleName() or button.text()
        found.append(KeyInfo(keys=keys, what=_without_keys(what, keys), where=where))
    return found


def form_keys() -> list[KeyInfo]:
    """The keys of every form and list: Qt's own, the same in every dialog."""
    where = QCoreApplication.translate("Shortcuts", "Every form and list")
    pairs = (
        ("Tab", QCoreApplication.translate("Shortcuts", "Next field or button")),
        ("Shift+Tab", QCoreApplication.translate("Shortcuts", "Previous field or button")),
        (
            QCoreApplication.translate("Shortcuts", "Alt+underlined letter"),
            QCoreApplication.translate("Shortcuts", "That field or button"),
        ),
        ("Enter", QCoreApplication.translate("Shortcuts", "Save the form; open the selected row of a list")),
        ("Esc", QCoreApplication.translate("Shortcuts", "Cancel the form, close the dialog or the list")),
        (
            QCoreApplication.translate("Shortcuts", "Space"),
            QCoreApplication.translate("Shortcuts", "Press the button, tick the box"),
        ),
        ("↑ ↓ ← →", QCoreApplication.translate("Shortcuts", "Move in a list, a table or a choice")),
        ("Alt+↓", QCoreApplication.translate("Shortcuts", "Open a drop-down list or a calendar")),
        ("Shift+F10", QCoreApplication.translate("Shortcuts", "The menu of a list: sort it by a column")),
    )
    return [KeyInfo(keys=keys, what=what, where=where) for keys, what in pairs]


class ShortcutsDialog(QDialog):
    """The overview (F1, or Help ▸ Keyboard shortcuts)."""

    def __init__(self, keys: list[KeyInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        fit_to_screen(self, 760, 560)  # a large scale: what the screen has
        intro = QLabel(
            self.tr(
                "Everything in Ondernemersdesk can be done with the keyboard. These keys work in the "
                "window now; the list is read from the application itself."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(keys), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does"), self.tr("Where")])
        name_view(self.table, self.tr("Keyboard shortcuts"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row, info in enumerate(keys):
            for column, text in enumerate((info.keys, info.what, info.where)):
                item = QTableWidgetItem(text)
                if column == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if keys:
            self.table.setCurrentCell(0, 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row (keys, what, where)."""

        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(self.table.rowCount())]
