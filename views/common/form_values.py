"""What a form's editors hold, as plain values: compared for a three-way merge, kept in a draft.

Every value is JSON-friendly (text, number, true/false, None, a list of those) so a draft
file can hold it; ``display`` turns one back into the text a person reads in the merge table.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from views.common.text import format_date, format_datetime
from views.common.widgets import PeopleList, ReportEditor


class _NoValue:
    """An editor this module does not know (a subclass adds its value itself)."""


NO_VALUE = _NoValue()


def editor_value(editor: QWidget) -> Any:
    """The value an editor holds now, or NO_VALUE."""
    if hasattr(editor, "form_value"):
        return editor.form_value()
    if isinstance(editor, ReportEditor):
        return editor.markdown()
    if isinstance(editor, PeopleList):
        return sorted(editor.checked_ids())
    if isinstance(editor, QDateEdit):
        return editor.date().toString(Qt.DateFormat.ISODate)
    if isinstance(editor, QDateTimeEdit):
        return editor.dateTime().toSecsSinceEpoch()
    if isinstance(editor, QLineEdit):
        return editor.text()
    if isinstance(editor, QPlainTextEdit | QTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QComboBox):
        return editor.currentText() if editor.isEditable() else editor.currentData()
    if isinstance(editor, QSpinBox | QDoubleSpinBox):
        return editor.value()
    if isinstance(editor, QAbstractButton) and editor.isCheckable():
        return editor.isChecked()
    return NO_VALUE


def set_editor_value(editor: QWidget, value: Any) -> None:
    """Put a value from ``editor_value`` back into its editor."""
    if hasattr(editor, "set_form_value"):
        editor.set_form_value(value)
    elif isinstance(editor, ReportEditor):
        editor.edit.setMarkdown(value or "")
    elif isinstance(editor, PeopleList):
        wanted = set(value or [])
        for i in range(editor.count()):
            item = editor.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    elif isinstance(editor, QDateEdit):
        editor.setDate(QDate.fromString(value, Qt.DateFormat.ISODate))
    elif isinstance(editor, QDateTimeEdit):
        editor.setDateTime(QDateTime.fromSecsSinceEpoch(int(value)))
    elif isinstance(editor, QLineEdit):
        editor.setText(value or "")
    elif isinstance(editor, QPlainTextEdit | QTextEdit):
        editor.setPlainText(value or "")
    elif isinstance(editor, QComboBox):
        if editor.isEditable():
            editor.setCurrentText(value or "")
        else:
            editor.setCurrentIndex(max(editor.findData(value), 0))
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value))
    elif isinstance(editor, QDoubleSpinBox):
        editor.setValue(float(value))
    elif isinstance(editor, QAbstractButton) and editor.isCheckable():
        editor.setChecked(bool(value))


def display(editor: QWidget | None, value: Any) -> str:
    """The value as a person reads it: a choice's name, a Dutch date, Ja/Nee."""
    if editor is not None and hasattr(editor, "display_value"):
        return editor.display_value(value)
    if value is None or value == "" or value == []:
        return ""
    if isinstance(editor, ReportEditor):
        document = QTextDocument()  # Markdown as it reads: no markers, no hard line breaks
        document.setMarkdown(value)
        return document.toPlainText().strip()
    if isinstance(editor, PeopleList):
        names = {
            editor.item(i).data(Qt.ItemDataRole.UserRole): editor.item(i).text()
            for i in range(editor.count())
        }
        return ", ".join(names.get(v, "?") for v in value)
    if isinstance(editor, QDateEdit) and isinstance(value, str):
        return format_date(date.fromisoformat(value))
    if isinstance(editor, QDateTimeEdit) and isinstance(value, int):
        return format_datetime(datetime.fromtimestamp(value, UTC))
    if isinstance(editor, QComboBox) and not editor.isEditable():
        index = editor.findData(value)
        return editor.itemText(index).strip() if index >= 0 else str(value)
    if isinstance(editor, QSpinBox) and value == editor.minimum() and editor.specialValueText():
        return editor.specialValueText().strip()
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("FormValues", "Yes")
            if value
            else QCoreApplication.translate("FormValues", "No")
        )
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return str(value)
