"""The one date field: typed as Dutch people type a date, shown back as understood, and never
saved as "no date" when it cannot be read."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from models.consultations import services as consultations
from models.date_input import UnreadableDateError
from tests.views.conftest import closed, visible
from tests.views.test_consultation_flow import _company
from views.audit.audit_page import AuditPage
from views.common.date_field import DateField
from views.common.worker import DatabaseWorker
from views.consultations.interaction_dialogs import InteractionDialog
from views.shell.main_window import MainWindow

TODAY = date(2026, 12, 3)


def _type(qtbot, field: DateField, text: str) -> None:
    field.edit.clear()
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, text)


@pytest.mark.parametrize(
    ("typed", "meant", "shown"),
    [
        ("15-12-2026", date(2026, 12, 15), "di 15 december 2026"),
        ("15-12", date(2026, 12, 15), "di 15 december 2026"),
        ("151226", date(2026, 12, 15), "di 15 december 2026"),
        ("15122026", date(2026, 12, 15), "di 15 december 2026"),
        ("15 dec", date(2026, 12, 15), "di 15 december 2026"),
        ("15 december 2026", date(2026, 12, 15), "di 15 december 2026"),
        ("vandaag", TODAY, "do 3 december 2026"),
        ("morgen", date(2026, 12, 4), "vr 4 december 2026"),
        ("overmorgen", date(2026, 12, 5), "za 5 december 2026"),
        ("+7", date(2026, 12, 10), "do 10 december 2026"),
        ("-3", date(2026, 11, 30), "ma 30 november 2026"),
    ],
)
def test_typing_each_dutch_form_shows_what_was_understood(qtbot, typed: str, meant: date, shown: str) -> None:
    field = DateField(today=TODAY)
    qtbot.addWidget(field)
    field.show()
    _type(qtbot, field, typed)
    assert field.value() == meant
    assert field.understood.text() == shown
    assert field.is_valid()
    field.edit.editingFinished.emit()  # leaving the field writes the date back one way
    assert field.text() == f"{meant.day:02d}-{meant.month:02d}-{meant.year}"


def test_an_unreadable_date_is_an_error_at_the_field_never_an_empty_value(qtbot) -> None:
    field = DateField(date(2026, 12, 15), today=TODAY)
    qtbot.addWidget(field)
    field.show()
    _type(qtbot, field, "31-02-2026")
    assert not field.is_valid()
    assert "geen dag van de kalender" in field.understood.text()
    assert field.text() == "31-02-2026"  # what was typed stays
    _type(qtbot, field, "volgende week")
    assert "niet lezen als datum" in (field.input_error() or "")
    with pytest.raises(UnreadableDateError):
        field.value()
    field.edit.clear()
    assert field.is_valid() and field.value() is None and not field.understood.isVisible()


# The offscreen platform cannot raise a popup or let it grab the keyboard; harmless, and not ours.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_the_calendar_opens_at_today_when_empty_and_at_the_date_otherwise(qtbot) -> None:
    field = DateField(today=TODAY)
    qtbot.addWidget(field)
    field.show()
    qtbot.mouseClick(field.pick, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.calendar.isVisible)
    assert field.calendar.selectedDate().toPython() == TODAY
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (2026, 12)
    field.calendar.clicked.emit(field.calendar.selectedDate().addDays(5))
    assert field.value() == date(2026, 12, 8)
    assert not field.calendar.isVisible()

    field.set_value(date(2027, 3, 1))
    qtbot.mouseClick(field.pick, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.calendar.isVisible)
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (2027, 3)
    field.menu.close()


def test_an_agreement_with_an_unreadable_due_date_is_not_saved_without_one(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    company_id = _company(worker)
    window.open_company(company_id)
    qtbot.waitUntil(lambda: window.company.record is not None)
    qtbot.mouseClick(window.company.timeline.log_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, InteractionDialog)
    qtbot.keyClicks(dialog.subject, "Terras")
    qtbot.mouseClick(dialog.add_agreement_button, Qt.MouseButton.LeftButton)
    row = dialog.agreement_rows[0]
    qtbot.keyClicks(row.description, "Regels sturen")
    _type(qtbot, row.due, "15 decembre")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.banner.isVisible()
    assert "niet lezen als datum" in row.due.understood.text()
    assert row.due.text() == "15 decembre"  # nothing typed is lost

    _type(qtbot, row.due, "+7")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(dialog))
    with worker.database.session() as session:
        [record] = consultations.timeline(session, company_id, today=date.today())
    assert record.agreements[0].due_date == date.today() + timedelta(days=7)


def test_the_logbook_filter_keeps_its_list_while_a_date_cannot_be_read(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    _company(worker)
    page = AuditPage(worker)
    qtbot.addWidget(page)
    page.show()
    view = page.view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    shown = view.model.rowCount()
    _type(qtbot, view.since, "morgen")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    _type(qtbot, view.since, "32-12")
    assert not view.since.is_valid()
    assert view.model.rowCount() == 0  # the list is not reloaded with "no date"
    _type(qtbot, view.since, "-1")
    qtbot.waitUntil(lambda: view.model.rowCount() == shown)


def test_a_moment_is_typed_as_a_date_and_a_time_and_kept_in_utc(qtbot) -> None:
    from datetime import UTC, datetime

    from views.common.date_field import DateTimeField

    moment = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    field = DateTimeField(moment, today=TODAY)
    qtbot.addWidget(field)
    field.show()
    assert field.moment() == moment
    _type(qtbot, field.date, "gisteren")
    assert field.date.understood.text() == "wo 2 december 2026"
    local = field.moment().astimezone()
    assert (local.date(), local.hour, local.minute) == (
        date(2026, 12, 2),
        *divmod(field.time.time().msecsSinceStartOfDay() // 60000, 60),
    )
    assert isinstance(field.form_value(), int)
    _type(qtbot, field.date, "31-02")
    assert field.input_error() and field.form_value() == "31-02"  # a draft keeps what was typed
    field.set_form_value(int(moment.timestamp()))
    assert field.moment() == moment
