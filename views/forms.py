"""The one form dialog every edit screen is built on.

Labels on the left, a message right under the field it concerns, Save on the right,
Escape cancels. Saving runs on the database worker; when it fails, the dialog stays
open with everything the user typed, and says what to do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.worker import DatabaseWorker
from models.errors import ConflictError, DomainError, ValidationError
from models.services.lookups import Choice
from views.text import error_text, field_error_text

ERROR_STYLE = "color: #b3261e;"


class FieldRow(QWidget):
    """An input with its message underneath (hidden while there is nothing to say)."""

    def __init__(self, editor: QWidget, hint: str = "") -> None:
        super().__init__()
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        if hint:
            self.hint = QLabel(hint)
            self.hint.setStyleSheet("color: palette(mid);")
            layout.addWidget(self.hint)

    def set_error(self, text: str | None) -> None:
        self.message.setText(text or "")
        # Form layouts do not grow a row for a wrapped label by themselves: reserve its height.
        self.message.setMinimumHeight(self.message.heightForWidth(max(self.editor.width(), 260)) if text else 0)
        self.message.setVisible(bool(text))
        self.editor.setProperty("invalid", bool(text))
        self.editor.setStyleSheet("border: 1px solid #b3261e;" if text else "")


class FormDialog(QDialog):
    """Base of every edit dialog.

    Subclasses add fields with ``add_field`` and implement ``task()``: the service call
    to run with the values typed. ``saved`` carries the task's result.

    Signals:
        saved(object): the save went through; the dialog then closes.
    """

    saved = Signal(object)
    task: Callable[[], Callable[[Session], Any]]  # each dialog: the service call for the values typed

    def __init__(self, worker: DatabaseWorker, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setWindowTitle(title)
        self.rows: dict[str, FieldRow] = {}
        outer = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setStyleSheet("background: #fdecea; color: #8c1d18; padding: 8px; border-radius: 4px;")
        outer.addWidget(self.banner)
        self.columns = QHBoxLayout()
        self.columns.setSpacing(24)
        outer.addLayout(self.columns)
        self.new_column()
        outer.addStretch(1)
        # Primary action on the right on every platform; Escape cancels, Enter saves.
        self.save_button = QPushButton(QCoreApplication.translate("FormDialog", "Save"))
        self.save_button.setDefault(True)
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(QCoreApplication.translate("FormDialog", "Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

    def new_column(self) -> None:
        """Start a new column of fields to the right (long forms stay on screen)."""
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        column = QVBoxLayout()
        column.addLayout(self.form)
        column.addStretch(1)
        self.columns.addLayout(column, 1)
        self.setMinimumWidth(500 * self.columns.count())

    # -- building -------------------------------------------------------------------------

    def add_section(self, title: str) -> None:
        heading = QLabel(f"<b>{title}</b>")
        heading.setContentsMargins(0, 10, 0, 2)
        self.form.addRow(heading)

    def add_field(self, name: str, label: str, editor: QWidget, hint: str = "") -> QWidget:
        editor.setMinimumWidth(260)
        row = FieldRow(editor, hint)
        self.rows[name] = row
        caption = QLabel(label)
        caption.setBuddy(editor)
        self.form.addRow(caption, row)
        return editor

    def line(
        self, name: str, label: str, text: str | None = "", hint: str = "", max_length: int = 200
    ) -> QLineEdit:
        editor = QLineEdit(text or "")
        editor.setMaxLength(max_length)
        editor.setObjectName(name)
        self.add_field(name, label, editor, hint)
        return editor

    def combo(
        self, name: str, label: str, choices: list[Choice], current: Any = None, empty: str | None = ""
    ) -> QComboBox:
        editor = QComboBox()
        editor.setObjectName(name)
        fill_combo(editor, choices, empty)
        select_data(editor, current)
        self.add_field(name, label, editor)
        return editor

    def spin(self, name: str, label: str, value: int | None, maximum: int = 100000) -> QSpinBox:
        editor = QSpinBox()
        editor.setObjectName(name)
        editor.setRange(-1, maximum)
        editor.setSpecialValueText(" ")  # -1 shows empty: "not known"
        editor.setValue(-1 if value is None else value)
        self.add_field(name, label, editor)
        return editor

    def text(self, name: str, label: str, text: str | None = "") -> QPlainTextEdit:
        editor = QPlainTextEdit(text or "")
        editor.setObjectName(name)
        editor.setTabChangesFocus(True)
        editor.setFixedHeight(80)
        self.add_field(name, label, editor)
        return editor

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        self.clear_errors()
        self._set_busy(True)
        self.worker.run(self.task(), self._succeeded, self._failed, commit=True)

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _succeeded(self, result: object) -> None:
        self._set_busy(False)
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: DomainError) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationError):
            self.show_errors(error)
        elif isinstance(error, ConflictError):
            self.show_conflict(error)
        else:
            self.handle_error(error)

    def handle_error(self, error: DomainError) -> None:
        """Anything not about one field: shown on top; the form keeps its content."""
        self.show_banner(
            error_text(error)
            + " "
            + QCoreApplication.translate("FormDialog", "What you typed is kept; you can save again.")
        )

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(True)

    def show_errors(self, error: ValidationError) -> None:
        first: QWidget | None = None
        unplaced: list[str] = []
        for item in error.errors:
            row = self.rows.get(item.field)
            if row is None:
                unplaced.append(field_error_text(item))
                continue
            row.set_error(field_error_text(item))
            first = first or row.editor
        if unplaced:
            self.show_banner(" ".join(unplaced))
        if first is not None:
            first.setFocus()
        self.adjustSize()  # messages under fields need room: grow rather than squeeze them

    def clear_errors(self) -> None:
        self.banner.setVisible(False)
        for row in self.rows.values():
            row.set_error(None)

    def show_conflict(self, error: ConflictError) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("FormDialog", "Changed by a colleague"))
        box.setText(error_text(error))
        reload = box.addButton(
            QCoreApplication.translate("FormDialog", "Reload"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            QCoreApplication.translate("FormDialog", "Keep editing"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(reload)
        box.exec()
        if box.clickedButton() is reload:
            self.reload()
        else:
            self.show_banner(error_text(error))

    def reload(self) -> None:
        """Fetch the record as saved by the colleague and show it (subclasses that edit)."""


def fill_combo(combo: QComboBox, choices: list[Choice], empty: str | None = "") -> None:
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for choice in choices:
        combo.addItem("    " * choice.depth + choice.label, choice.value)


def select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def spin_value(editor: QSpinBox) -> int | None:
    return None if editor.value() < 0 else editor.value()
