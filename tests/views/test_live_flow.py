"""Live updates on screen: a colleague at another desk renames the company whose file is
open; within seconds the file shows the new name, while an open edit dialog keeps what is
typed in it. And the window stops listening when it closes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from models.base import utcnow
from models.companies import services as svc
from models.consultations import services as consultations
from models.consultations.entities import Channel
from models.consultations.services import AgreementInput, InteractionInput
from models.db import Database
from models.migrations import migrate
from models.signals import categories
from models.signals import services as signals
from models.signals.services import SignalInput
from models.team.entities import Role, User
from tests.models.conftest import company, establishment, new_company
from tests.views.conftest import visible
from views.common.settings import Settings
from views.common.worker import DatabaseWorker
from views.companies.company_dialogs import CompanyDialog
from views.shell.main_window import MainWindow


@pytest.fixture
def desks(pg_schema: str) -> Iterator[tuple[Database, Database, int, int]]:
    """This desk, a colleague's desk (its own Database: its own connections), Anna here and Bert there."""
    mine, colleague = Database(pg_schema), Database(pg_schema)
    migrate(mine)
    with mine.session() as session:
        user = User(username="anna", full_name="Anna de Vries", role=Role.BUSINESS_MANAGER)
        colleague_user = User(username="bert", full_name="Bert Bakker", role=Role.BUSINESS_MANAGER)
        session.add_all([user, colleague_user])
        session.commit()
        user_id, bert = user.id, colleague_user.id
    yield mine, colleague, user_id, bert
    mine.dispose()
    colleague.dispose()


def test_a_colleagues_rename_shows_in_the_open_file_and_typing_is_kept(
    qtbot: QtBot, desks: tuple[Database, Database, int, int], tmp_path: Path
) -> None:
    mine, colleague, user_id, bert = desks
    company_id = new_company(mine, "Bakkerij Jansen", user_id=user_id)
    worker = DatabaseWorker(mine, user_id=user_id)
    window = MainWindow(worker, Settings(str(tmp_path / "settings.ini")), "Anna de Vries")
    qtbot.addWidget(window)
    window.show()
    listener = window.live.listener
    assert listener is not None
    assert listener.listening.wait(5)
    window.open_company(company_id)
    page = window.company
    qtbot.waitUntil(lambda: page.title.text() == "Bakkerij Jansen")

    page.tabs.setCurrentIndex(1)  # the establishments, one of them selected
    page.est_table.selectRow(0)

    # This official starts editing the same file.
    page.edit_button.click()
    dialog = visible(window, CompanyDialog)
    notes = [w for w in dialog.findChildren(QLineEdit) if w.isVisible()]
    dialog.name.setText("Bakkerij Jansen (mijn versie)")
    typed = {id(w): w.text() for w in notes}

    # Meanwhile a colleague renames the company at their desk.
    with colleague.session(bert) as session:
        svc.update_company(session, company_id, 1, company("Bakkerij Jansen & Zn"))
        session.commit()

    qtbot.waitUntil(lambda: page.title.text() == "Bakkerij Jansen & Zn", timeout=5000)
    assert page.record is not None and page.record.version == 2
    assert page.tabs.currentIndex() == 1
    assert [i.row() for i in page.est_table.selectionModel().selectedRows()] == [0]
    assert dialog.isVisible()
    assert dialog.name.text() == "Bakkerij Jansen (mijn versie)"
    assert {id(w): w.text() for w in notes} == typed
    assert "Bert Bakker" in window.live_note.text()
    # The companies list shows the new name too when it is shown again.
    window.show_page("companies")
    qtbot.waitUntil(
        lambda: window.companies.model.data(window.companies.model.index(0, 0)) == "Bakkerij Jansen & Zn"
    )

    dialog.reject()
    window.close()
    worker.wait()
    assert window.live.listener is None
    assert not listener.running, "no thread left running after the window closed"


def test_own_changes_are_not_announced_as_a_colleagues(
    qtbot: QtBot, desks: tuple[Database, Database, int, int], tmp_path: Path
) -> None:
    mine, _colleague, user_id, _bert = desks
    company_id = new_company(mine, "Bakkerij Jansen", user_id=user_id)
    worker = DatabaseWorker(mine, user_id=user_id)
    window = MainWindow(worker, Settings(str(tmp_path / "settings.ini")), "Anna de Vries")
    qtbot.addWidget(window)
    window.show()
    assert window.live.listener is not None and window.live.listener.listening.wait(5)
    heard: list[object] = []
    window.live.changed.connect(heard.append)
    done: list[int] = []
    worker.run(
        lambda s: svc.update_company(s, company_id, 1, company("Bakkerij Jansen & Zn")),
        done.append,
        commit=True,
    )
    qtbot.waitUntil(lambda: bool(done))
    qtbot.wait(1500)
    assert heard == []
    assert window.live_note.text() == ""
    window.close()


def test_mijn_werk_shows_an_agreement_a_colleague_assigned(
    qtbot: QtBot, desks: tuple[Database, Database, int, int], tmp_path: Path
) -> None:
    mine, colleague, anna, bert = desks
    company_id = new_company(mine, "Bakkerij Jansen", user_id=anna)
    worker = DatabaseWorker(mine, user_id=anna)
    window = MainWindow(worker, Settings(str(tmp_path / "settings.ini")), "Anna de Vries")
    qtbot.addWidget(window)
    window.show()
    assert window.live.listener is not None and window.live.listener.listening.wait(5)
    window.show_page("my_work")
    qtbot.waitUntil(lambda: not worker.busy)
    assert window.page("my_work").items == []

    with colleague.session(bert) as session:  # Bert logs a visit and gives Anna a follow-up
        consultations.log_interaction(
            session,
            company_id,
            InteractionInput(
                occurred_at=utcnow(),
                channel=Channel.VISIT,
                subject="Terras",
                official_ids=[bert],
                agreements=[AgreementInput(description="Vergunning nakijken", assignee_id=anna)],
            ),
        )
        session.commit()
    qtbot.waitUntil(lambda: len(window.page("my_work").items) == 1, timeout=5000)
    assert window.page("my_work").items[0].agreement.description == "Vergunning nakijken"
    window.close()


def test_the_companies_list_follows_colleagues_and_keeps_the_selection(
    qtbot: QtBot, desks: tuple[Database, Database, int, int], tmp_path: Path
) -> None:
    mine, colleague, anna, bert = desks
    ids = [new_company(mine, name, user_id=anna) for name in ("Bakkerij Jansen", "Café De Zwaan")]
    worker = DatabaseWorker(mine, user_id=anna)
    window = MainWindow(worker, Settings(str(tmp_path / "settings.ini")), "Anna de Vries")
    qtbot.addWidget(window)
    window.show()
    assert window.live.listener is not None and window.live.listener.listening.wait(5)
    page = window.companies
    qtbot.waitUntil(lambda: page.model.ids == ids)
    page.table.selectRow(1)  # Café De Zwaan

    with colleague.session(bert) as session:  # a new company sorts before the selected one
        svc.create_company(session, company("Bloemenhuis Aalsmeer"), establishment(), allow_duplicate=True)
        session.commit()
    qtbot.waitUntil(lambda: len(page.model.ids) == 3, timeout=5000)
    qtbot.waitUntil(lambda: "…" not in [page.model.data(page.model.index(i, 0)) for i in range(3)])
    names = [page.model.data(page.model.index(i, 0)) for i in range(3)]
    assert names == ["Bakkerij Jansen", "Bloemenhuis Aalsmeer", "Café De Zwaan"]
    assert page.model.id_at(page.table.currentIndex().row()) == ids[1], "the selected company stays selected"

    with colleague.session(bert) as session:  # within the 5 s: the rows on screen at once
        svc.update_company(session, ids[1], 1, company("Café De Zwaan & Co"))
        session.commit()
    qtbot.waitUntil(lambda: page.model.data(page.model.index(2, 0)) == "Café De Zwaan & Co", timeout=5000)
    assert page.model.id_at(page.table.currentIndex().row()) == ids[1]
    window.close()


def test_the_signals_page_shows_a_colleagues_new_signal(
    qtbot: QtBot, desks: tuple[Database, Database, int, int], tmp_path: Path
) -> None:
    mine, colleague, anna, bert = desks
    with mine.session() as session:
        category_id = categories.save_category(session, "Groen", 5, None)
        session.commit()
    worker = DatabaseWorker(mine, user_id=anna)
    window = MainWindow(worker, Settings(str(tmp_path / "settings.ini")), "Anna de Vries")
    qtbot.addWidget(window)
    window.show()
    assert window.live.listener is not None and window.live.listener.listening.wait(5)
    window.show_page("signals")
    page = window.page("signals")
    qtbot.waitUntil(lambda: not worker.busy)
    assert page.model.ids == []

    with colleague.session(bert) as session:
        signal_id = signals.register_signal(
            session,
            SignalInput(
                category_id=category_id,
                description="Laaghangende tak boven de stoep",
                street="Noordereinde",
                house_number="12",
                postcode="1243jj",
                city="'s-Graveland",
                anonymous=True,
            ),
        )
        session.commit()
    qtbot.waitUntil(lambda: page.model.ids == [signal_id], timeout=5000)
    window.close()
