"""The one form dialog every edit screen is built on.

Labels on the left, a message right under the field it concerns, Save on the right,
Escape cancels. Saving runs on the database worker; when it fails, the dialog stays
open with everything the user typed, and says what to do.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
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

from models.errors import ConflictError, DatabaseUnavailableError, DiskFullError, DomainError, ValidationError
from models.lookups import Choice
from views.common.accessibility import announce, name_field, plain
from views.common.banners import ERROR_BANNER_STYLE, NOTE_BANNER_STYLE
from views.common.form_values import NO_VALUE, display, editor_value, set_editor_value
from views.common.screen import ScrollingPane, bounded_width, keep_on_screen
from views.common.text import error_text, field_error_text, message
from views.common.worker import DatabaseWorker

ERROR_STYLE = "color: #b3261e;"
# Grey enough to read as a hint, dark enough to read at all: 5.9:1 on white (WCAG 1.4.3 asks 4.5:1).
HINT_STYLE = "color: #5f6673;"


class FieldRow(QWidget):
    """An input with its message underneath (hidden while there is nothing to say)."""

    def __init__(self, editor: QWidget, hint: str = "") -> None:
        super().__init__()
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        self._description: str | None = None  # the editor's own, given back when the error goes
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        if hint:
            self.hint = QLabel(hint)
            self.hint.setStyleSheet(HINT_STYLE)
            layout.addWidget(self.hint)

    def set_error(self, text: str | None, *, say: bool = True) -> None:
        """Show (or clear) the message under the field. A screen reader hears it: it becomes the
        field's description while it stands, and it is announced with the field's name (``say``;
        a form with several messages at once announces them together instead)."""
        if self._description is None:
            self._description = self.editor.accessibleDescription()
        target = self.editor.focusProxy() or self.editor
        target.setAccessibleDescription(text or self._description)
        if target is not self.editor:
            self.editor.setAccessibleDescription(text or self._description)
        if text and say and text != self.message.text():
            name = target.accessibleName()
            announce(self.message, f"{name}: {text}" if name else text, urgent=True)
        self.message.setText(text or "")
        # Form layouts do not grow a row for a wrapped label by themselves: reserve its height.
        self.message.setMinimumHeight(
            self.message.heightForWidth(max(self.editor.width(), 260)) if text else 0
        )
        self.message.setVisible(bool(text))
        self.editor.setProperty("invalid", bool(text))
        self.editor.setStyleSheet("border: 1px solid #b3261e;" if text else "")


class FormDialog(QDialog):
    """Base of every edit dialog.

    Subclasses add fields with ``add_field`` and implement ``task()``: the service call
    to run with the values typed. ``saved`` carries the task's result.

    A dialog that edits a record with a version counter (``record``) saves with that version,
    so a colleague's save in between is a conflict. Such a dialog must meet it: it provides
    ``load_current`` and ``sibling`` (the three-way merge, and with them ``reload``). One that
    lacks them cannot be constructed: setting such a record raises TypeError, and a class
    with ``load_current`` but no ``sibling`` is refused when it is defined.

    Signals:
        saved(object): the save went through; the dialog then closes.
    """

    saved = Signal(object)
    task: Callable[[], Callable[[Session], Any]]  # each dialog: the service call for the values typed
    # What a draft of this dialog is filed under (views/common/drafts.py reopens it); "" = no drafts.
    draft_kind = ""
    # A dialog opened on the main window again and again in a day: deleted when closed, not kept
    # as the window's child (each one opened would otherwise stay in memory until the end).
    delete_on_close = False
    _record: Any = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.merges() and not callable(getattr(cls, "sibling", None)):
            raise TypeError(
                f"{cls.__name__} loads its record for a merge (load_current) but cannot read a record "
                "as form values: give it sibling()"
            )

    @classmethod
    def merges(cls) -> bool:
        """Whether this kind of dialog meets a colleague's save with the three-way merge."""
        return cls.load_current is not FormDialog.load_current

    @property
    def record(self) -> Any:
        """The record being edited (with its version), None when creating one."""
        return self._record

    @record.setter
    def record(self, record: Any) -> None:
        if getattr(record, "version", None) is not None and not self.merges():
            raise TypeError(
                f"{type(self).__name__} saves a record with a version counter but cannot meet a "
                "colleague's save of it: give it load_current and sibling (the three-way merge)"
            )
        self._record = record

    def __init__(self, worker: DatabaseWorker, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if self.delete_on_close:
            self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.worker = worker
        # Sent with every attempt to create this form's record: a retry after a lost answer
        # (the banner's, or the person's own) finds the first record instead of making another.
        self.client_token = str(uuid.uuid4())
        self.setWindowTitle(title)
        self.rows: dict[str, FieldRow] = {}
        self.labels: dict[str, str] = {}
        # Three-way merge and connection loss: the values as the form was filled, whether a save
        # is under way, and the retry of a save the server could not be reached for.
        self.original: dict[str, Any] | None = None
        self.draft_id: str | None = None
        self.conflict_dialog: QDialog | None = None
        self.waiting_for_connection = False
        self._saving = False
        self._attempts = 0
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self.retry_save)
        worker.available.connect(self.retry_save)
        outer = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setStyleSheet(ERROR_BANNER_STYLE)
        outer.addWidget(self.banner)
        # The fields scroll when the screen is lower than the form (a 1366×768 laptop), so the
        # dialog never grows past the screen and Save stays in view.
        fields = QWidget()
        self.columns = QHBoxLayout(fields)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.setSpacing(24)
        self.scroll_pane = ScrollingPane(fields)
        outer.addWidget(self.scroll_pane, 1)
        self.new_column()
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
        self.setMinimumWidth(bounded_width(self, 500 * self.columns.count()))

    # -- building -------------------------------------------------------------------------

    def add_section(self, title: str) -> None:
        heading = QLabel(f"<b>{title}</b>")
        heading.setContentsMargins(0, 10, 0, 2)
        self.form.addRow(heading)

    def add_field(self, name: str, label: str, editor: QWidget, hint: str = "") -> QWidget:
        # A check box's text cannot wrap: never narrower than it (a narrow screen scrolls instead).
        least = editor.sizeHint().width() if isinstance(editor, QAbstractButton) else 0
        editor.setMinimumWidth(max(260, least))
        row = FieldRow(editor, hint)
        self.rows[name] = row
        self.labels[name] = label or (editor.text() if isinstance(editor, QAbstractButton) else name)
        caption = QLabel(label)
        caption.setBuddy(editor)
        # The caption sits beside the field's row, not beside the field: Qt does not pass it on
        # as the field's name, so the field is named (and described by its hint) here.
        name_field(editor, self.labels[name], hint)
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
        if self._saving:  # one save at a time: a retry never sends the same values twice
            return
        self._retry_timer.stop()
        self.waiting_for_connection = False
        self.clear_errors()
        if self.refuse_unreadable():
            return
        self._saving = True
        self._set_busy(True)
        self.worker.run(self.task(), self._succeeded, self._failed, commit=True)

    def refuse_unreadable(self) -> bool:
        """An editor that cannot read what was typed (a date field with "31-02") says so itself;
        the form is not saved with an empty value in its place. True when something is unreadable."""
        editors: list[Any] = [row.editor for row in self.rows.values()] + self.extra_inputs()
        unreadable = [e for e in editors if callable(getattr(e, "input_error", None)) and e.input_error()]
        if not unreadable:
            return False
        self.show_banner(message(ValidationError([]).message))
        unreadable[0].setFocus()
        return True

    def extra_inputs(self) -> list[Any]:
        """Editors outside ``add_field`` that can hold unreadable input (a dialog's own rows)."""
        return []

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _succeeded(self, result: object) -> None:
        self._saving = False
        self._attempts = 0
        self._set_busy(False)
        announce(
            self, QCoreApplication.translate("FormDialog", "Saved: %1").replace("%1", self.windowTitle())
        )
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: DomainError) -> None:
        self._saving = False
        self._set_busy(False)
        if isinstance(error, DatabaseUnavailableError):
            self.wait_for_connection(error)
            return
        self._attempts = 0
        if isinstance(error, ValidationError):
            self.show_errors(error)
        elif isinstance(error, ConflictError):
            self.show_conflict(error)
        else:
            self.handle_error(error)

    # -- connection loss ------------------------------------------------------------------

    def wait_for_connection(self, error: DatabaseUnavailableError) -> None:
        """Keep everything, say so, and save again: after a back-off, or as soon as the
        worker reports the database is back."""
        self.waiting_for_connection = True
        delay = min(2000 * 2**self._attempts, 15000)
        self._attempts += 1
        kept = (
            QCoreApplication.translate(
                "FormDialog",
                "What you typed is kept and saved as soon as there is room (next try in {seconds} s).",
            )
            if isinstance(error, DiskFullError)
            else QCoreApplication.translate(
                "FormDialog",
                "What you typed is kept and saved as soon as the connection is back (next try in {seconds} s).",
            )
        )
        self.show_banner(error_text(error) + " " + kept.replace("{seconds}", str(delay // 1000)))
        self.adjustSize()  # the message on top needs room: grow rather than squeeze the fields
        self._retry_timer.start(delay)

    def retry_save(self) -> None:
        if self.waiting_for_connection and not self._saving and self.isVisible():
            self.save()

    def stop_retrying(self) -> None:
        """The application ends and the form is kept as a draft: the draft saves it later."""
        self._retry_timer.stop()
        self.waiting_for_connection = False

    def reject(self) -> None:
        if self.waiting_for_connection and self.isVisible():
            # Cancel while the save waits for the server: make sure closing is what is meant.
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("FormDialog", "Not saved yet"),
                QCoreApplication.translate(
                    "FormDialog",
                    "The server cannot be reached, so this form is not saved yet. "
                    "Close it and lose what you typed?",
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def done(self, result: int) -> None:
        self._retry_timer.stop()
        self.waiting_for_connection = False
        super().done(result)

    def handle_error(self, error: DomainError) -> None:
        """Anything not about one field: shown on top; the form keeps its content."""
        self.show_banner(
            error_text(error)
            + " "
            + QCoreApplication.translate("FormDialog", "What you typed is kept; you can save again.")
        )

    def show_banner(self, text: str, *, urgent: bool = True) -> None:
        self.banner.setStyleSheet(ERROR_BANNER_STYLE)
        self.banner.setText(text)
        self.banner.setVisible(True)
        announce(self.banner, text, urgent=urgent)

    def show_note(self, text: str) -> None:
        """Information on top rather than a problem (blue instead of red)."""
        self.show_banner(text, urgent=False)
        self.banner.setStyleSheet(NOTE_BANNER_STYLE)

    def show_errors(self, error: ValidationError) -> None:
        first: QWidget | None = None
        unplaced: list[str] = []
        spoken: list[str] = []
        for item in error.errors:
            row = self.rows.get(item.field)
            if row is None:
                unplaced.append(field_error_text(item))
                continue
            row.set_error(field_error_text(item), say=False)
            spoken.append(f"{plain(self.labels.get(item.field, item.field))}: {field_error_text(item)}")
            first = first or row.editor
        if unplaced:
            self.show_banner(" ".join(unplaced), urgent=False)  # said with the fields' messages
        # One announcement for all: each field's label and its message, then the focus moves to
        # the first, whose description now holds its message.
        announce(self, " ".join([*unplaced, *spoken]), urgent=True)
        if first is not None:
            first.setFocus()
        self.adjustSize()  # messages under fields need room: grow rather than squeeze them

    def clear_errors(self) -> None:
        self.banner.setVisible(False)
        for row in self.rows.values():
            row.set_error(None)

    # -- three-way merge --------------------------------------------------------------------
    #
    # A dialog that edits a versioned record implements ``load_current`` (the record as it is
    # now) and ``sibling`` (a dialog of its kind filled with a record: how that record reads as
    # form values). Field values come from the editors added with ``add_field``; a dialog
    # with other editors extends ``form_values``/``apply_values``.

    # Each dialog that merges (its load_current gives a task): a dialog of its kind filled with
    # a record, to read that record as form values. A class with load_current but without it is
    # refused when defined (__init_subclass__).
    sibling: Callable[[Any], FormDialog]

    def load_current(self) -> Callable[[Session], Any] | None:
        """The task that loads the edited record as saved now (None: gone), or None when the
        dialog creates a record or cannot merge."""
        return None

    def show_record(self, record: Any) -> None:
        """Take a newer record as the one being edited (its version is what the save expects)."""
        self.record = record

    def form_values(self) -> dict[str, Any]:
        values = {}
        for name, row in self.rows.items():
            value = editor_value(row.editor)
            if value is not NO_VALUE:
                values[name] = value
        return values

    def apply_values(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            row = self.rows.get(name)
            if row is not None:
                set_editor_value(row.editor, value)

    def describe(self, name: str, value: Any) -> str:
        """A field's value as a person reads it (the merge table)."""
        row = self.rows.get(name)
        return display(row.editor if row else None, value)

    def record_values(self, record: Any) -> dict[str, Any]:
        """A record as form values, read from a dialog of this kind filled with it."""
        return self.opened_values(record)

    def opened_values(self, record: Any) -> dict[str, Any]:
        """The values of this form as it opens on a record (a dialog of its kind filled with it)."""
        other = self.sibling(record)
        try:
            return other.form_values()
        finally:
            other.worker.available.disconnect(other.retry_save)
            other.deleteLater()

    def has_changes(self) -> bool:
        return self.original is not None and self.form_values() != self.original

    def capture_original(self) -> None:
        if self.original is None:
            self.original = self.form_values()

    def showEvent(self, event: QShowEvent) -> None:
        self.capture_original()
        super().showEvent(event)
        keep_on_screen(self)

    def show_conflict(self, error: ConflictError) -> None:
        task = self.load_current()
        if task is None:
            if type(self).reload is not FormDialog.reload:
                # A new record whose parent a colleague changed (a contact moment and its company):
                # the dialog's own reload takes the parent's new version.
                self.ask_reload(error)
            else:
                self.show_banner(error_text(error))  # nothing saved to merge with or to reload
            return
        mine = self.form_values()
        self.worker.run(task, lambda record: self._merge(error, record, mine), self._merge_failed)

    def _merge_failed(self, error: DomainError) -> None:
        if isinstance(error, DatabaseUnavailableError):
            self.wait_for_connection(error)  # the retry saves, meets the conflict again, merges
        else:
            self.handle_error(error)

    def _merge(self, error: ConflictError, record: Any, mine: dict[str, Any]) -> None:
        from views.common.conflict_dialog import ConflictDialog  # only when colleagues meet

        if record is None:
            self._deleted()
            return
        mine = self.form_values()  # what is typed now: the form stayed editable while theirs was fetched
        theirs = self.record_values(record)
        original = self.original if self.original is not None else theirs
        if theirs == mine:
            # The record already holds exactly this (a save whose answer was lost on the way
            # back, or a colleague who made the same change): it is saved, nothing to merge.
            self.show_record(record)
            if all(name in mine for name in self.rows):
                self.saved.emit(getattr(record, "id", None))
                self.accept()
            else:
                self.save()  # some input is not compared (e.g. linked companies): save it on their version
            return
        names = [n for n in self.labels if n in mine or n in theirs]
        names += [n for n in {**mine, **theirs} if n not in names]
        labels = {name: self.labels.get(name, name) for name in names}
        dialog = ConflictDialog(error, labels, self.describe, original, theirs, mine, self)
        self.conflict_dialog = dialog

        def chosen() -> None:
            merged = self.form_values()
            merged.update(dialog.merged())
            self.show_record(record)
            self.apply_values(merged)
            self.original = theirs  # the colleague's version is the base from now on
            self.show_note(
                QCoreApplication.translate(
                    "FormDialog", "Merged with the colleague's changes. Check the form and save."
                )
            )

        def kept_editing() -> None:
            self.show_banner(error_text(error))

        dialog.accepted.connect(chosen)
        dialog.rejected.connect(kept_editing)
        dialog.open()

    def ask_reload(self, error: ConflictError) -> None:
        """Dialogs that cannot merge: reload the colleague's version, or keep editing."""
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
        """Take the record as saved now (a colleague's version): its values replace what is in
        the form, and the next save expects its version. Built on the merge protocol, so every
        dialog that merges reloads; a dialog that reloads something else overrides it."""
        task = self.load_current()
        if task is None:
            raise TypeError(f"{type(self).__name__} has no saved record to reload")
        self.worker.run(task, self._take_current, self._merge_failed)

    def _take_current(self, record: Any) -> None:
        if record is None:
            self._deleted()
            return
        values = self.opened_values(record)  # a status form keeps the status it moves to
        self.show_record(record)
        self.apply_values(values)
        self.original = None
        self.capture_original()  # the reloaded record is the base of a next merge
        self.clear_errors()

    def _deleted(self) -> None:
        self.show_banner(
            QCoreApplication.translate(
                "FormDialog", "A colleague deleted this record; it cannot be saved any more."
            )
        )
        self.save_button.setEnabled(False)


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


class StatusChangeDialog(FormDialog):
    """A form whose effect is moving a record to ``self.status`` (an agreement closed, a signal
    scheduled), with what was done or found. The status is one of the values the merge compares:
    a colleague who moved the record meanwhile is a difference to choose about, not "already
    saved". A subclass says which enum its statuses are and how one reads on screen."""

    status_type: type[enum.Enum]  # each status dialog: the enum of its statuses
    status_text: Callable[[Any], str]  # each status dialog: how a status reads on screen
    status: Any

    def form_values(self) -> dict[str, Any]:
        return {**super().form_values(), "status": self.status.value}

    def record_values(self, record: Any) -> dict[str, Any]:
        return {**super().record_values(record), "status": record.status.value}

    def capture_original(self) -> None:
        if self.original is None:
            self.original = {**self.form_values(), "status": self.record.status.value}

    def apply_values(self, values: dict[str, Any]) -> None:
        super().apply_values(values)
        if "status" in values:
            self.status = self.status_type(values["status"])

    def describe(self, name: str, value: Any) -> str:
        if name == "status":
            return self.status_text(self.status_type(value))
        return super().describe(name, value)
