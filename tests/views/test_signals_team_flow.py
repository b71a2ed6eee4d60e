"""Signals as a team handles them, clicked as an official would: a handler chosen in the form,
a call taken earlier entered with its time, a postal address, the list filtered by handler and
source, and the handler's open signals in Mijn werk."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt

from models.signals import categories
from models.signals import services as svc
from models.signals.entities import SignalSource
from tests.views.conftest import visible
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow
from views.signals.my_signals import MySignalsSection
from views.signals.signal_dialogs import SignalDialog


@pytest.fixture
def page(qtbot, window: MainWindow, worker: DatabaseWorker):
    with worker.database.session(user_id=1) as session:
        categories.save_category(session, "Afval", 5, None)
        session.commit()
    window.show_page("signals")
    qtbot.waitUntil(lambda: not worker.busy)
    return window.page("signals")


def _type(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_a_call_taken_earlier_is_registered_with_its_time_handler_and_postal_address(
    qtbot, window: MainWindow, worker: DatabaseWorker, page
) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, SignalDialog)
    dialog.category.setCurrentIndex(dialog.category.findText("Afval", Qt.MatchFlag.MatchContains))
    dialog.source.setCurrentIndex(dialog.source.findData(SignalSource.ENTREPRENEUR.value))
    dialog.description.setFocus()
    qtbot.keyClicks(dialog.description, "Dozen naast de container")
    _type(qtbot, dialog.street, "Noordereinde")
    _type(qtbot, dialog.reporter_name, "Els Jansen")
    _type(qtbot, dialog.reporter_address, "Kerkstraat 3, 1243 JK 's-Graveland")
    dialog.wants_contact.setChecked(True)  # a postal address is enough to be contacted
    assert dialog.handler.currentText() == "(nog niemand)"
    dialog.handler.setCurrentIndex(dialog.handler.findText("Petra van Dam"))
    # Taken by phone yesterday at a quarter past two.
    yesterday = (datetime.now().astimezone() - timedelta(days=1)).replace(
        hour=14, minute=15, second=0, microsecond=0
    )
    dialog.received.setDateTime(QDateTime.fromSecsSinceEpoch(int(yesterday.timestamp())))
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail.record is not None)
    record = page.detail.record
    assert record.reported_at == yesterday.astimezone(UTC)
    assert record.handler == "Petra van Dam"
    assert record.reporter_address == "Kerkstraat 3, 1243 JK 's-Graveland"
    assert "Behandelaar" in page.detail.facts.text() and "Kerkstraat 3" in page.detail.facts.text()

    # The list shows source and handler, and filters on both.
    columns = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    source_column, handler_column = columns.index("Bron"), columns.index("Behandelaar")
    qtbot.waitUntil(lambda: page.model.index(0, source_column).data() == "ondernemer")
    assert page.model.index(0, handler_column).data() == "Petra van Dam"
    with qtbot.waitSignal(page.loaded):
        page.handler.setCurrentIndex(page.handler.findText("(nog niemand)"))
    assert page.model.rowCount() == 0
    with qtbot.waitSignal(page.loaded):
        page.handler.setCurrentIndex(page.handler.findText("Petra van Dam"))
    assert page.model.rowCount() == 1
    with qtbot.waitSignal(page.loaded):
        page.source.setCurrentIndex(page.source.findData(SignalSource.SURVEY.value))
    assert page.model.rowCount() == 0


def test_the_handler_s_open_signals_are_in_mijn_werk_and_open_on_the_signals_page(
    qtbot, window: MainWindow, worker: DatabaseWorker, page
) -> None:
    with worker.database.session(user_id=1) as session:
        category = categories.categories(session)[0].id
        mine = svc.register_signal(
            session,
            svc.SignalInput(
                category_id=category, description="Bestelbus op de stoep", street="x", handler_id=1
            ),
        )
        svc.register_signal(
            session, svc.SignalInput(category_id=category, description="Niet van mij", street="y")
        )
        session.commit()
    window.show_page("my_work")
    work = window.page("my_work")

    section = work.findChild(MySignalsSection)
    assert section is not None
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert section.title.text() == "Mijn meldingen: 1 open"
    assert section.model.row(0).description == "Bestelbus op de stoep"
    target = [
        section.model.headerData(c, Qt.Orientation.Horizontal) for c in range(section.model.columnCount())
    ]
    assert "Streefdatum" in target and section.model.index(0, target.index("Streefdatum")).data()
    section.table.selectRow(0)
    qtbot.mouseClick(section.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is page)
    qtbot.waitUntil(lambda: page.detail.record is not None and page.detail.record.id == mine)


def test_take_on_makes_the_official_the_handler(
    qtbot, window: MainWindow, worker: DatabaseWorker, page
) -> None:
    with worker.database.session(user_id=1) as session:
        category = categories.categories(session)[0].id
        signal_id = svc.register_signal(
            session, svc.SignalInput(category_id=category, description="Losse tegel", street="x")
        )
        session.commit()
    window.show_page("signals", signal_id)
    qtbot.waitUntil(lambda: page.detail.record is not None and page.detail.record.id == signal_id)
    assert page.detail.take_button.isVisible()
    qtbot.mouseClick(page.detail.take_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail.record.handler == "Petra van Dam")
    assert not page.detail.take_button.isVisible()
