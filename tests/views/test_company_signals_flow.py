"""A company's file shows the signals about it: linked to it, or reported at one of its addresses."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models.companies import services as companies
from models.companies.services import CompanyInput, EstablishmentInput
from models.signals import categories
from models.signals import services as signals
from models.signals.services import SignalInput
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow


def _seed(worker: DatabaseWorker) -> tuple[int, int]:
    with worker.database.session(user_id=1) as session:
        company_id = companies.create_company(
            session,
            CompanyInput(name="Bakkerij Van Dijk"),
            EstablishmentInput(
                trade_name="Bakkerij Van Dijk",
                street="Noordereinde",
                house_number="12",
                postcode="1243 JJ",
                city="'s-Graveland",
            ),
        )
        category = categories.save_category(session, "Afval", 5, None)
        at_address = signals.register_signal(
            session,
            SignalInput(
                category_id=category,
                description="Dozen naast de container",
                street="Noordereinde",
                house_number="12",
                postcode="1243 JJ",
            ),
        )
        signals.register_signal(
            session,
            SignalInput(category_id=category, description="Bestelbus op de stoep", company_id=company_id),
        )
        signals.register_signal(
            session,
            SignalInput(
                category_id=category, description="Bij de buren", street="Noordereinde", house_number="14"
            ),
        )
        session.commit()
    return company_id, at_address


def test_the_signals_tab_lists_the_company_s_signals_and_opens_one(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    company_id, at_address = _seed(worker)
    page = window.company
    with qtbot.waitSignal(page.signals.loaded):
        window.open_company(company_id)
    tab = page.tabs.indexOf(page.signals)
    assert page.tabs.tabText(tab) == "Meldingen (2)"
    page.tabs.setCurrentIndex(tab)
    model = page.signals.model
    descriptions = {model.row(r).description for r in range(model.rowCount())}
    assert descriptions == {"Dozen naast de container", "Bestelbus op de stoep"}
    assert not page.signals.open_button.isEnabled()

    row = model.row_of(at_address)
    page.signals.table.selectRow(row)
    assert page.signals.open_button.isEnabled()
    qtbot.mouseClick(page.signals.open_button, Qt.MouseButton.LeftButton)
    signals_page = window.page("signals")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is signals_page)
    qtbot.waitUntil(
        lambda: signals_page.detail.record is not None and signals_page.detail.record.id == at_address
    )


def test_a_company_without_signals_says_so(qtbot, window: MainWindow, worker: DatabaseWorker) -> None:
    with worker.database.session(user_id=1) as session:
        company_id = companies.create_company(
            session,
            CompanyInput(name="Slagerij Stil"),
            EstablishmentInput(
                trade_name="Slagerij Stil",
                street="Zuidereinde",
                house_number="1",
                postcode="1243 KA",
                city="x",
            ),
        )
        session.commit()
    with qtbot.waitSignal(window.company.signals.loaded):
        window.open_company(company_id)
    assert window.company.signals.stack.currentWidget() is window.company.signals.empty
    assert "Geen meldingen" in window.company.signals.empty.text()
