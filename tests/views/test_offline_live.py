"""A synchronisation tells colleagues (issue 22, "Live updates tell colleagues"): what a laptop
sends up reaches the server like any other change, so a colleague's window with the company's
file open shows it within seconds, names who did it, and keeps what they were typing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from models.companies.entities import Company
from models.consultations.entities import Channel, Interaction
from models.db import Database
from models.offline import sync
from models.offline.sets import COMPANIES, SetDefinition
from tests.models.conftest import new_company
from tests.views.conftest import visible
from tests.views.test_live_flow import desks  # noqa: F401 (the fixture)
from views.common.settings import Settings
from views.common.worker import DatabaseWorker
from views.companies.company_dialogs import CompanyDialog
from views.shell.main_window import MainWindow


def test_a_colleagues_window_shows_what_a_laptop_synchronised(
    qtbot: QtBot,
    desks: tuple[Database, Database, int, int],  # noqa: F811
    fake_keyring: Any,
    tmp_path: Path,
) -> None:
    server, colleague, anna, bert = desks
    company_id = new_company(server, "Bakkerij Jansen", user_id=anna)
    path = tmp_path / "ronde.odset"
    with server.session(anna) as session:  # Anna takes the company along on her laptop
        sync.take(session, SetDefinition(kind=COMPANIES, company_ids=(company_id,)), path, server=server)

    # Bert, at the office, has the company's file open and starts typing in its form.
    worker = DatabaseWorker(colleague, user_id=bert)
    window = MainWindow(worker, Settings(str(tmp_path / "settings.ini")), "Bert Bakker")
    qtbot.addWidget(window)
    window.show()
    assert window.live.listener is not None and window.live.listener.listening.wait(5)
    window.open_company(company_id)
    page = window.company
    qtbot.waitUntil(lambda: page.title.text() == "Bakkerij Jansen", timeout=10000)
    page.edit_button.click()
    form = visible(window, CompanyDialog)
    form.notes.setPlainText("Bert typt nog")

    # Offline, Anna renames the company and logs a visit; back at the office she synchronises.
    local = sync.open_local(path)
    try:
        with local.session(anna) as session:
            company = session.get(Company, company_id)
            assert company is not None
            company.name = "Bakkerij Jansen & Dochter"
            session.add(
                Interaction(
                    company_id=company_id,
                    occurred_at=datetime.now(UTC),
                    channel=Channel.VISIT,
                    subject="Bezoek: nieuwe eigenaar",
                )
            )
            session.commit()
    finally:
        local.dispose()
    with server.session(anna) as session:
        assert sync.synchronise(session, path, server=server).done

    qtbot.waitUntil(lambda: page.title.text() == "Bakkerij Jansen & Dochter", timeout=10000)
    assert "Anna de Vries" in window.live_note.text()
    assert form.isVisible() and form.notes.toPlainText() == "Bert typt nog", "what Bert typed stays"
    form.reject()
    window.close()
    worker.wait()
