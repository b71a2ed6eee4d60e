"""A colleague saved the record while it was open here: choose per field whose version stays.

Only the fields where the colleague's version and the form differ are listed, each with the
value as the form was opened, the colleague's, and the user's own. A field only the colleague
changed starts on theirs, one only the user changed on mine; a field both changed is marked
and needs a choice. The full text of the selected field shows side by side underneath, so a
long report can be read before choosing.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.errors import ConflictError
from views.common.accessibility import name_view
from views.common.screen import ZoomPane, bounded_width, fit_to_screen
from views.common.text import format_datetime

BOTH_CHANGED = QColor("#fff4ce")
CELL_CHARACTERS = 90

MINE, THEIRS = 1, 2


def _flat(text: str) -> str:
    return " ".join(text.split())


def _cell_text(text: str, start: int) -> str:
    """One line of a long text, from near where the versions start to differ."""
    flat = _flat(text)
    if len(flat) <= CELL_CHARACTERS:
        return flat
    if start > 0:
        cut = flat.rfind(" ", 0, start) + 1
        flat = "…" + flat[cut:]
    return flat if len(flat) <= CELL_CHARACTERS else flat[: CELL_CHARACTERS - 1] + "…"


def _first_difference(texts: tuple[str, ...]) -> int:
    """Where the flattened texts stop being the same (0 when short enough to show whole)."""
    flats = [_flat(t) for t in texts]
    if max(len(f) for f in flats) <= CELL_CHARACTERS:
        return 0
    shortest = min(len(f) for f in flats)
    same = next((i for i in range(shortest) if len({f[i] for f in flats}) > 1), shortest)
    return max(0, same - 20)


def _highlighted(text: str, base: str) -> tuple[str, int | None]:
    """The text as HTML, lines not in ``base`` marked; and the first such line's number."""
    lines, base_lines = text.splitlines(), base.splitlines()
    changed: set[int] = set()
    for tag, _a1, _a2, b1, b2 in difflib.SequenceMatcher(None, base_lines, lines).get_opcodes():
        if tag != "equal":
            changed.update(range(b1, b2))
    html = "".join(
        f"<p style='margin:0; background:{BOTH_CHANGED.name()}'>{escape(line) or '&nbsp;'}</p>"
        if i in changed
        else f"<p style='margin:0'>{escape(line) or '&nbsp;'}</p>"
        for i, line in enumerate(lines)
    )
    return html, min(changed) if changed else None


class ConflictDialog(QDialog):
    """Three versions of the fields that differ, and a choice per field.

    ``merged()`` gives the chosen value of every listed field once the dialog is accepted.
    """

    COLUMNS = 5

    def __init__(
        self,
        error: ConflictError,
        labels: dict[str, str],
        describe: Callable[[str, Any], str],
        original: dict[str, Any],
        theirs: dict[str, Any],
        mine: dict[str, Any],
        parent: QWidget | None = None,
        *,
        intro: str | None = None,
        back: str | None = None,
        sides: tuple[str, str, str] | None = None,
        picks: tuple[str, str, str, str] | None = None,
    ) -> None:
        """``intro``, ``back``, ``sides`` (the three versions' headings: opened, theirs, mine) and
        ``picks`` (the choices: theirs, mine, all theirs, all mine): another situation's words
        (a synchronisation, not an open form)."""
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed by a colleague"))
        self.original, self.theirs, self.mine = original, theirs, mine
        self.fields = [name for name in labels if mine.get(name) != theirs.get(name)]
        self.labels = labels
        self.groups: dict[str, QButtonGroup] = {}
        self.texts: dict[str, tuple[str, str, str]] = {}
        who = error.changed_by or self.tr("a colleague")
        when = format_datetime(error.changed_at)
        opened_title, theirs_title, mine_title = sides or (
            self.tr("When opened"),
            self.tr("Colleague ({who})").replace("{who}", who),
            self.tr("Yours"),
        )
        self.picks = picks or (
            self.tr("Theirs"),
            self.tr("Mine"),
            self.tr("Keep all theirs"),
            self.tr("Keep all mine"),
        )

        intro_label = QLabel(
            intro
            or self.tr(
                "{who} saved this record ({when}) while you had it open. Choose for each field "
                "which version to keep; fields marked yellow were changed by both of you."
            )
            .replace("{who}", who)
            .replace("{when}", when)
        )
        intro_label.setWordWrap(True)

        self.table = QTableWidget(len(self.fields), self.COLUMNS)
        name_view(self.table, self.tr("Fields changed by you and your colleague"))
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                opened_title,
                theirs_title,
                mine_title,
                self.tr("Keep"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)

        for row, name in enumerate(self.fields):
            texts = tuple(describe(name, values.get(name)) for values in (original, theirs, mine))
            self.texts[name] = texts  # type: ignore[assignment]
            mine_changed = mine.get(name) != original.get(name)
            theirs_changed = theirs.get(name) != original.get(name)
            both = mine_changed and theirs_changed
            caption = QTableWidgetItem(labels[name])
            font = caption.font()
            font.setBold(both)
            caption.setFont(font)
            self.table.setItem(row, 0, caption)
            start = _first_difference(texts)
            for column, text in enumerate(texts, start=1):
                item = QTableWidgetItem(_cell_text(text, start) if text else self.tr("(empty)"))
                if not text:
                    item.setForeground(QBrush(QColor("#80868b")))
                if len(text) > CELL_CHARACTERS or "\n" in text:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
            if both:
                for column in range(self.COLUMNS - 1):
                    cell = self.table.item(row, column)
                    if cell is not None:  # each was set just above
                        cell.setBackground(QBrush(BOTH_CHANGED))
            self.table.setCellWidget(
                row, 4, self._choice(name, None if both else (THEIRS if theirs_changed else MINE), both)
            )
        self.table.resizeRowsToContents()
        self.table.itemSelectionChanged.connect(self._show_selected)

        # The selected field in full, side by side: a long report is read here, not in a cell.
        self.full = [self._pane() for _ in range(3)]
        side = QGridLayout()
        side.setContentsMargins(0, 0, 0, 0)
        self.full_title = QLabel()
        side.addWidget(self.full_title, 0, 0, 1, 3)
        for column, (title, pane) in enumerate(
            zip(
                (opened_title, theirs_title if sides else self.tr("Colleague"), mine_title),
                self.full,
                strict=True,
            )
        ):
            heading = QLabel(f"<span style='color:#5f6368'>{title}</span>")
            pane.setAccessibleName(title)
            side.addWidget(heading, 1, column)
            side.addWidget(pane, 2, column)

        self.all_theirs = QPushButton(self.picks[2])
        self.all_theirs.clicked.connect(lambda: self._choose_all(THEIRS))
        self.all_mine = QPushButton(self.picks[3])
        self.all_mine.clicked.connect(lambda: self._choose_all(MINE))
        self.back = QPushButton(back or self.tr("Back to the form"))
        self.back.clicked.connect(self.reject)
        self.use = QPushButton(self.tr("Use these choices"))
        self.use.setObjectName("primary")
        self.use.setDefault(True)
        self.use.clicked.connect(self.accept)
        self.missing = QLabel()
        self.missing.setStyleSheet("color: #8c1d18;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_theirs)
        buttons.addWidget(self.all_mine)
        buttons.addStretch(1)
        buttons.addWidget(self.missing)
        buttons.addWidget(self.back)
        buttons.addWidget(self.use)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro_label)
        layout.addWidget(self.table, 3)
        layout.addLayout(side, 2)
        layout.addLayout(buttons)
        # A large scale: the comparison and its buttons scroll into view rather than being squeezed.
        QVBoxLayout(self).addWidget(ZoomPane(content))
        self.setMinimumWidth(bounded_width(self, 980))
        fit_to_screen(self, 1080, 620)  # a large scale: what the screen has
        self._update()
        if self.fields:
            first_open = next((r for r, n in enumerate(self.fields) if self.choice(n) is None), 0)
            self.table.selectRow(first_open)

    def _pane(self) -> QTextEdit:
        pane = QTextEdit()
        pane.setReadOnly(True)
        pane.setMinimumHeight(90)
        return pane

    def _choice(self, name: str, default: int | None, both: bool) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(6, 0, 6, 0)
        group = QButtonGroup(holder)
        for choice, text in ((THEIRS, self.picks[0]), (MINE, self.picks[1])):
            button = QRadioButton(text)
            button.setObjectName(f"{name}:{'theirs' if choice == THEIRS else 'mine'}")
            group.addButton(button, choice)
            row.addWidget(button)
            if default == choice:
                button.setChecked(True)
        if both:
            holder.setStyleSheet(f"background: {BOTH_CHANGED.name()};")
        group.idClicked.connect(lambda _id: self._update())
        self.groups[name] = group
        return holder

    def choice(self, name: str) -> int | None:
        chosen = self.groups[name].checkedId()
        return None if chosen < 0 else chosen

    def choose(self, name: str, which: str) -> None:
        """Pick ``"mine"`` or ``"theirs"`` for one field (as a click on its button does)."""
        self.groups[name].button(MINE if which == "mine" else THEIRS).click()

    def _choose_all(self, which: int) -> None:
        for group in self.groups.values():
            group.button(which).setChecked(True)
        self.accept()

    def _update(self) -> None:
        open_fields = [n for n in self.fields if self.choice(n) is None]
        self.use.setEnabled(not open_fields)
        self.missing.setText(
            self.tr("Choose a version for: {fields}").replace(
                "{fields}", ", ".join(self.labels[n] for n in open_fields)
            )
            if open_fields
            else ""
        )

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        name = self.fields[rows[0].row()]
        self.full_title.setText(f"<b>{self.labels[name]}</b>")
        original = self.texts[name][0]
        self.full[0].setPlainText(original)
        for pane, text in zip(self.full[1:], self.texts[name][1:], strict=True):
            # What differs from the version opened is marked, and scrolled into view.
            html, first = _highlighted(text, original)
            pane.setHtml(html)
            if first is not None:
                block = pane.document().findBlockByNumber(first)
                cursor = pane.textCursor()
                cursor.setPosition(block.position())
                pane.setTextCursor(cursor)
                pane.ensureCursorVisible()

    def merged(self) -> dict[str, Any]:
        return {
            name: (self.mine if self.choice(name) == MINE else self.theirs).get(name) for name in self.fields
        }
