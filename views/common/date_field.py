"""The one date field: typed the way Dutch people write a date, checked as it is typed.

A line to type in (``15-12-2026``, ``15 dec``, ``151226``, ``morgen``, ``+7``; see
``models.date_input``), a button that opens a calendar (at the date, or at today when empty),
and a line underneath that says what was understood ("di 15 december 2026") or, in red, that
the text cannot be read. An unreadable text is never taken as "no date": ``value()`` raises,
``input_error()`` says why, and a form refuses to save (``FormDialog.save``) until it is fixed.

Signals:
    changed(): the date read from the field changed (or became unreadable).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from models.date_input import UnreadableDateError, read_date, spoken_date, typed_date
from views.common import icons
from views.common.text import error_text, format_datetime, locale

ERROR_STYLE = "color: #b3261e;"
UNDERSTOOD_STYLE = "color: #5f6673;"  # 5.9:1 on white, readable (WCAG 1.4.3)


class DateField(QWidget):
    """A date that may be left empty, typed in Dutch or picked from a calendar."""

    changed = Signal()

    def __init__(self, value: date | None = None, *, today: date | None = None) -> None:
        super().__init__()
        self._today = today  # fixed in tests; None: the real today, asked each time
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(QCoreApplication.translate("DateField", "dd-mm-jjjj"))
        self.edit.setToolTip(
            QCoreApplication.translate(
                "DateField", "Type a date like 15-12-2026, 15-12, 151226, 15 dec, morgen, +7 or -3"
            )
        )
        self.edit.setAccessibleName(QCoreApplication.translate("DateField", "Date"))
        self.edit.textChanged.connect(self._typed)
        self.edit.editingFinished.connect(self._tidy)
        self.setFocusProxy(self.edit)
        self.pick = QToolButton()
        self.pick.setIcon(icons.icon("mdi6.calendar-month"))
        self.pick.setToolTip(QCoreApplication.translate("DateField", "Choose from the calendar"))
        self.pick.setAccessibleName(QCoreApplication.translate("DateField", "Choose from the calendar"))
        self.pick.clicked.connect(self.open_calendar)
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(locale())
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = QMenu(self)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.understood = QLabel()
        self.understood.setStyleSheet(UNDERSTOOD_STYLE)
        self.understood.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self.understood)
        self._value: date | None = None
        self._error: str | None = None
        self.set_value(value)

    def today(self) -> date:
        return self._today or date.today()

    # -- the value ----------------------------------------------------------------------------

    def set_value(self, value: date | None) -> None:
        self.edit.setText("" if value is None else typed_date(value))

    def value(self) -> date | None:
        """The date typed, None when empty. Raises UnreadableDateError for an unreadable text:
        a caller that did not check ``input_error`` must not save "no date" by mistake."""
        return read_date(self.edit.text(), self.today())

    def input_error(self) -> str | None:
        """Why the text is not a date (Dutch, for under the field), or None when it is fine."""
        return self._error

    def is_valid(self) -> bool:
        return self._error is None

    def text(self) -> str:
        return self.edit.text()

    # -- form values (drafts, the three-way merge) -----------------------------------------------

    def form_value(self) -> str | None:
        """The date as ISO text; an unreadable text is kept as typed, so a draft keeps it too."""
        if self._error is not None:
            return self.edit.text()
        return self._value.isoformat() if self._value else None

    def set_form_value(self, value: str | None) -> None:
        try:
            self.set_value(date.fromisoformat(value) if value else None)
        except ValueError:
            self.edit.setText(value or "")

    def display_value(self, value: str | None) -> str:
        if not value:
            return ""
        try:
            return spoken_date(date.fromisoformat(value))
        except ValueError:
            return value

    # -- reacting ---------------------------------------------------------------------------------

    def _typed(self) -> None:
        before = (self._value, self._error)
        try:
            self._value = read_date(self.edit.text(), self.today())
            self._error = None
        except UnreadableDateError as error:
            self._value = None
            self._error = error_text(error)
        self._show()
        if (self._value, self._error) != before:
            self.changed.emit()

    def _show(self) -> None:
        if self._error is not None:
            self.understood.setText(self._error)
            self.understood.setStyleSheet(ERROR_STYLE)
            self.edit.setStyleSheet("border: 1px solid #b3261e;")
        else:
            self.understood.setText(spoken_date(self._value) if self._value else "")
            self.understood.setStyleSheet(UNDERSTOOD_STYLE)
            self.edit.setStyleSheet("")
        self.understood.setVisible(bool(self.understood.text()))

    def _tidy(self) -> None:
        """Leaving the field writes a readable date back the one way (``15-12-2026``), so
        ``morgen`` does not mean another day when the form is opened again."""
        if self._error is None and self._value is not None:
            tidy = typed_date(self._value)
            if self.edit.text() != tidy:
                self.edit.setText(tidy)

    def open_calendar(self) -> None:
        shown = self._value or self.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.setCurrentPage(shown.year, shown.month)
        self.menu.popup(self.mapToGlobal(QPoint(0, self.edit.height())))
        self.calendar.setFocus()

    def _picked(self, picked: QDate) -> None:
        self.menu.close()
        self.set_value(date(picked.year(), picked.month(), picked.day()))
        self.edit.setFocus()


class DateTimeField(QWidget):
    """A moment: the date typed as in ``DateField`` and a time (HH:mm), in the computer's time
    zone; ``moment()`` gives it in UTC, as stored. An unreadable date is an error at the field.

    Signals:
        changed(): the date or the time changed.
    """

    changed = Signal()

    def __init__(self, value: datetime | None = None, *, today: date | None = None) -> None:
        super().__init__()
        self.date = DateField(today=today)
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(QCoreApplication.translate("DateField", "Time"))
        self.time.setMaximumWidth(80)
        self.date.changed.connect(self.changed)
        self.time.timeChanged.connect(lambda _t: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.date, 1)
        layout.addWidget(self.time, 0, Qt.AlignmentFlag.AlignTop)
        self.setFocusProxy(self.date)
        self.set_moment(value)

    def set_moment(self, value: datetime | None) -> None:
        if value is None:
            self.date.set_value(None)
            self.time.setTime(QTime(0, 0))
            return
        local = value.astimezone()  # shown where the official is
        self.date.set_value(local.date())
        self.time.setTime(QTime(local.hour, local.minute))

    def moment(self) -> datetime | None:
        """The moment in UTC; None without a date. Raises UnreadableDateError like ``DateField``."""
        day = self.date.value()
        if day is None:
            return None
        t = self.time.time()
        return datetime.combine(day, time(t.hour(), t.minute())).astimezone().astimezone(UTC)

    def input_error(self) -> str | None:
        return self.date.input_error()

    def is_valid(self) -> bool:
        return self.date.is_valid()

    def form_value(self) -> int | str | None:
        """Seconds since the epoch (as the merge and drafts compare moments), or the text typed
        when the date cannot be read."""
        if not self.date.is_valid():
            return self.date.text()
        found = self.moment()
        return int(found.timestamp()) if found else None

    def set_form_value(self, value: int | str | None) -> None:
        if isinstance(value, int):
            self.set_moment(datetime.fromtimestamp(value, UTC))
        elif value:
            self.date.edit.setText(value)
        else:
            self.set_moment(None)

    def display_value(self, value: int | str | None) -> str:
        if isinstance(value, int):
            return format_datetime(datetime.fromtimestamp(value, UTC))
        return value or ""
