"""What a user sees when the database goes away, or a colleague saved first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models.companies import services as svc
from models.errors import DatabaseUnavailableError
from models.team.entities import Role, User
from tests.views.conftest import closed, visible
from views.common.worker import DatabaseWorker
from views.companies.company_dialogs import CompanyDialog
from views.shell.main_window import MainWindow


def _company(worker: DatabaseWorker) -> int:
    with worker.database.session(user_id=1) as session:
        company_id = svc.create_company(
            session,
            svc.CompanyInput(name="Café De Zwaan", kvk_number="69599084"),
            svc.EstablishmentInput(
                street="Noordereinde", house_number="12", postcode="1243 JJ", city="'s-Graveland"
            ),
        )
        session.add(User(username="collega", full_name="Karin Bos", role=Role.BUSINESS_MANAGER))
        session.commit()
    return company_id


def test_lost_connection_shows_a_banner_and_retries(
    qtbot, window: MainWindow, worker: DatabaseWorker, monkeypatch
) -> None:
    _company(worker)
    real_session = worker.database.session
    down = {"on": True}

    def session(user_id=None):
        if down["on"]:
            raise DatabaseUnavailableError(
                "The database server {path} cannot be reached. Check the network and try again.",
                path="db.example",
            )
        return real_session(user_id)

    monkeypatch.setattr(worker.database, "session", session)
    window.companies.reload()
    qtbot.waitUntil(window.banner.isVisible)
    assert "is niet bereikbaar" in window.banner.text.text()
    assert "gaat niet verloren" in window.banner.text.text()

    down["on"] = False
    qtbot.mouseClick(window.banner.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.companies.model.rowCount() == 1)
    qtbot.waitUntil(lambda: not window.banner.isVisible())


def test_a_colleague_saved_first_the_form_offers_to_reload(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    company_id = _company(worker)
    window.open_company(company_id)
    qtbot.waitUntil(lambda: window.company.record is not None)
    qtbot.mouseClick(window.company.edit_button, Qt.MouseButton.LeftButton)
    dialog = visible(window.company, CompanyDialog)

    # Meanwhile a colleague renames the company on her own desk.
    with worker.database.session(user_id=2) as session:
        record = svc.company_file(session, company_id)
        svc.update_company(
            session,
            company_id,
            record.version,
            svc.CompanyInput(name="Grand Café De Zwaan", kvk_number="69599084"),
        )
        session.commit()

    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Cafe De Zwaan VOF")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # Never an overwrite: the three-way merge names her and offers her version.
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None and dialog.conflict_dialog.isVisible())
    assert "Karin Bos" in dialog.conflict_dialog.table.horizontalHeaderItem(2).text()
    qtbot.mouseClick(dialog.conflict_dialog.all_theirs, Qt.MouseButton.LeftButton)
    assert dialog.name.text() == "Grand Café De Zwaan"
    assert dialog.isVisible()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(dialog))


def test_list_models_follow_the_qt_contract(
    qtmodeltester, window: MainWindow, worker: DatabaseWorker, qtbot
) -> None:
    company_id = _company(worker)
    window.companies.reload()
    qtbot.waitUntil(lambda: window.companies.model.rowCount() == 1)
    qtmodeltester.check(window.companies.model)
    window.open_company(company_id)
    qtbot.waitUntil(lambda: window.company.record is not None)
    qtmodeltester.check(window.company.est_model)
    qtmodeltester.check(window.company.contact_model)
