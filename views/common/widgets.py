"""Small editors the forms share: an optional date, a report editor with basic formatting,
and a checkable list of people; and a label of facts whose long words wrap in a narrow pane."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextDocument,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTextEdit,
    QToolButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from views.common import icons
from views.common.accessibility import plain
from views.common.date_field import DateField

# The date field moved to views/common/date_field.py; the old name stays for code in flight.
OptionalDateEdit = DateField


def icon_only(button: QAbstractButton) -> None:
    """The button as its icon alone, for a crowded button row (the company file must fit 1366 px
    beside the sidebar); its name stays in the tooltip and for screen readers."""
    tooltip = f"{button.text()} {button.toolTip()}".strip()
    button.setToolTip(tooltip)
    # What the button does, as the tooltip says it (without the shortcut in brackets, which a
    # screen reader announces from the shortcut itself).
    button.setAccessibleName(plain(button.text() or tooltip.split(" (")[0]))
    button.setText("")


def top_bar_button(
    name: str, icon_name: str, tip: str, spoken: str, menu: QMenu | None = None
) -> QPushButton:
    """One of the top bar's icon buttons (take along, connection, settings, help): all boxed alike,
    one size; ``menu`` opens on a click, Space or Enter (its arrow is hidden by the style sheet)."""
    button = QPushButton(icons.icon(icon_name, color="#5f6673"), "")
    button.setObjectName(name)
    button.setProperty("topBarButton", True)
    button.setFlat(True)
    button.setToolTip(tip)
    button.setAccessibleName(spoken)
    if menu is not None:
        button.setMenu(menu)
    return button


def empty_tree(tree: QTreeWidget) -> None:
    """Remove every row of ``tree`` at once. ``QTreeWidget.clear()`` takes its expanded rows out
    one by one, telling the view each time: 1.6 s for Mijn werk's 3,500 rows against 20 ms here."""
    taken = tree.invisibleRootItem().takeChildren()
    del taken  # the rows, now without a tree, go with the list


class ReportEditor(QWidget):
    """Multi-line text with paragraphs, bullets and bold; stored as Markdown."""

    def __init__(self, markdown: str = "") -> None:
        super().__init__()
        self.edit = QTextEdit()
        self.edit.setAcceptRichText(False)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(140)
        self.edit.setMarkdown(markdown)
        self.bold = QToolButton()
        self.bold.setIcon(icons.icon("mdi6.format-bold"))
        self.bold.setCheckable(True)
        self.bold.setShortcut(QKeySequence.StandardKey.Bold)
        self.bold.setToolTip(self.tr("Bold (Ctrl+B)"))
        self.bold.setAccessibleName(self.tr("Bold"))
        self.bold.toggled.connect(self._set_bold)
        self.bullets = QToolButton()
        self.bullets.setIcon(icons.icon("mdi6.format-list-bulleted"))
        self.bullets.setShortcut(QKeySequence("Ctrl+Shift+8"))
        self.bullets.setToolTip(self.tr("Bulleted list (Ctrl+Shift+8)"))
        self.bullets.setAccessibleName(self.tr("Bulleted list"))
        self.bullets.clicked.connect(self._toggle_list)
        self.edit.currentCharFormatChanged.connect(
            lambda fmt: self.bold.setChecked(fmt.fontWeight() >= QFont.Weight.Bold)
        )
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.bold)
        tools.addWidget(self.bullets)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(tools)
        layout.addWidget(self.edit)
        # Focus (and the name its form gives it) goes to the text, and stays there: the buttons
        # are their shortcuts for the keyboard (listed under F1), not stops for Tab.
        self.setFocusProxy(self.edit)
        for button in (self.bold, self.bullets):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _set_bold(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        self.edit.mergeCurrentCharFormat(fmt)
        self.edit.setFocus()

    def _toggle_list(self) -> None:
        cursor = self.edit.textCursor()
        current = cursor.currentList()
        if current is not None:
            block = cursor.blockFormat()
            current.remove(cursor.block())
            block.setIndent(0)
            cursor.setBlockFormat(block)
        else:
            cursor.createList(QTextListFormat.Style.ListDisc)
        self.edit.setFocus()

    def markdown(self) -> str:
        if not self.edit.toPlainText().strip():
            return ""
        return self.edit.toMarkdown().strip()


class PeopleList(QListWidget):
    """People to tick: the officials or contact persons present."""

    def __init__(self, people: list[tuple[int, str]], checked: AbstractSet[int | None]) -> None:
        super().__init__()
        self.setMaximumHeight(110)
        self.set_people(people, checked)

    def set_people(self, people: list[tuple[int, str]], checked: AbstractSet[int | None]) -> None:
        self.clear()
        for person_id, name in people:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person_id in checked else Qt.CheckState.Unchecked)
            self.addItem(item)

    def checked_ids(self) -> list[int]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]


# -- facts that wrap -------------------------------------------------------------------------

ZERO_WIDTH_SPACE = "\u200b"
LONG_WORD = 16  # characters; a shorter word fits the narrowest pane that shows facts (about 220 px)
PIECE = 24  # characters of a word without marks on one line, when it is longer than PIECE + 4
_LONG_WORD = re.compile(rf"\S{{{LONG_WORD},}}")
_AFTER_MARK = re.compile(r"(?<=[@./_+-])(?=[^@./_+-])")  # after the marks of an address, not between two
_PIECE = re.compile(
    rf"[^\u200b]{{{PIECE}}}(?=[^\u200b]{{4}})(?![\u0300-\u036f])"
)  # an accent stays on its letter


def breakable(text: str) -> str:
    """``text`` with places where a line may break inside its long words: after the ``@``, dots,
    slashes, dashes and underscores of an e-mail or web address, and every ``PIECE``
    characters of a longer run without them (an ordinary long Dutch word stays whole). Qt breaks lines only between words, so that
    ``marieke.vermeulen27@gmail.com`` alone was wider than the signal's detail at 1366 px and
    made it scroll sideways. The places are zero-width spaces: nothing shows where no line breaks,
    and ``FactsLabel`` copies the text without them."""

    def split(word: re.Match[str]) -> str:
        marked = _AFTER_MARK.sub(ZERO_WIDTH_SPACE, word.group())
        return _PIECE.sub(lambda piece: piece.group() + ZERO_WIDTH_SPACE, marked)

    return _LONG_WORD.sub(split, text)


def unbroken(text: str) -> str:
    """The text as written: without ``breakable``'s places, and Qt's paragraph and line
    separators as new lines."""
    return text.replace(ZERO_WIDTH_SPACE, "").replace("\u2029", "\n").replace("\u2028", "\n")


class FactsLabel(QLabel):
    """Rich text that wraps in the room it has and can be selected and copied. Give it values
    through ``breakable``; Copy (the shortcut and the context menu) puts the selection on the
    clipboard as written, without the places to break."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def copy(self) -> None:
        if self.hasSelectedText():
            QGuiApplication.clipboard().setText(unbroken(self.selectedText()))

    def select_all(self) -> None:
        document = QTextDocument()
        document.setHtml(self.text())
        self.setSelection(0, document.characterCount() - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        copy = menu.addAction(self.tr("Copy"), self.copy)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(self.hasSelectedText())
        menu.addAction(self.tr("Select all"), self.select_all)
        menu.exec(event.globalPos())
