"""The server's connection is killed (pg_terminate_backend) while a form saves: nothing typed is
lost, the form says so, saves by itself once the server answers again, and never twice."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

from models.audit.entities import AuditEntry
from models.companies import services as svc
from models.db import Database
from models.migrations import migrate
from models.team.entities import Role, User
from tests.views.conftest import closed, visible
from tests.views.test_conflict_merge import _company
from views.common.worker import DatabaseWorker
from views.companies.company_dialogs import CompanyDialog
from views.shell.main_window import MainWindow


@pytest.fixture
def seeded_db(pg_schema: str) -> Iterator[Database]:
    """The GUI fixtures' database, on PostgreSQL this time."""
    database = Database(pg_schema)
    migrate(database)
    with database.session() as session:
        session.add(User(username="pvdam", full_name="Petra van Dam", role=Role.BUSINESS_MANAGER))
        session.commit()
    yield database
    database.dispose()


@pytest.fixture
def admin(pg_schema: str) -> Iterator[Any]:
    """A connection of the server's administrator, outside the application's pool."""
    engine = create_engine(pg_schema.split("?")[0].replace("postgresql://", "postgresql+psycopg://", 1))
    yield engine
    engine.dispose()


def terminate(admin: Any, pid: int) -> None:
    with admin.begin() as connection:
        assert connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()


def open_edit(qtbot, window: MainWindow, company_id: int) -> CompanyDialog:
    window.open_company(company_id)
    qtbot.waitUntil(lambda: window.company.record is not None)
    qtbot.mouseClick(window.company.edit_button, Qt.MouseButton.LeftButton)
    return visible(window.company, CompanyDialog)


def saved_state(
    worker: DatabaseWorker, company_id: int
) -> tuple[svc.CompanyFile, list[tuple[int, str, str]]]:
    with worker.database.session() as session:
        record = svc.company_file(session, company_id)
        trail = session.execute(
            select(AuditEntry.user_id, AuditEntry.field, AuditEntry.new_value).where(
                AuditEntry.entity == "company",
                AuditEntry.entity_id == company_id,
                AuditEntry.action == "update",
            )
        ).all()
    return record, [tuple(row) for row in trail]


def test_connection_killed_mid_save_keeps_everything_and_saves_once(
    qtbot, window: MainWindow, worker: DatabaseWorker, admin: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    company_id = _company(worker)
    dialog = open_edit(qtbot, window, company_id)
    version_before = dialog.record.version

    # The first save stops with its transaction open until the test has killed its backend.
    in_transaction, go_on = threading.Event(), threading.Event()
    pids: list[int] = []
    real_update = svc.update_company
    calls = {"n": 0}

    def update_company(session: Session, *args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        result = real_update(session, *args, **kwargs)
        if calls["n"] == 1:
            session.flush()
            pids.append(session.execute(text("SELECT pg_backend_pid()")).scalar())
            in_transaction.set()
            go_on.wait(10)
        return result

    monkeypatch.setattr(svc, "update_company", update_company)

    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Cafe De Zwaan VOF")
    dialog.notes.setPlainText("Terras aan de gracht.\nNieuwe eigenaar per 1 december: Jan Smit.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(in_transaction.is_set)
    terminate(admin, pids[0])
    go_on.set()

    # The form stays with everything typed, and says the server could not be reached.
    qtbot.waitUntil(lambda: dialog.waiting_for_connection)
    assert dialog.isVisible()
    assert dialog.banner.isVisible() and "bereikbaar" in dialog.banner.text()
    assert dialog.name.text() == "Cafe De Zwaan VOF"
    assert "Jan Smit" in dialog.notes.toPlainText()
    qtbot.waitUntil(window.banner.isVisible)
    record, _ = saved_state(worker, company_id)
    assert record.name == "Café De Zwaan" and record.version == version_before

    # The retry (a few seconds later, by itself) saves it.
    qtbot.waitUntil(closed(dialog), timeout=10000)
    worker.wait()
    assert calls["n"] == 2
    record, trail = saved_state(worker, company_id)
    assert record.name == "Cafe De Zwaan VOF" and "Jan Smit" in (record.notes or "")
    assert record.version == version_before + 1
    assert [row for row in trail if row[1] == "name"] == [(1, "name", "Cafe De Zwaan VOF")]
    qtbot.waitUntil(lambda: not window.banner.isVisible())


def test_an_answer_lost_after_the_commit_is_not_saved_twice(
    qtbot, window: MainWindow, worker: DatabaseWorker, admin: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    company_id = _company(worker)
    dialog = open_edit(qtbot, window, company_id)
    version_before = dialog.record.version
    real_update = svc.update_company
    calls = {"n": 0}

    def update_company(session: Session, *args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        result = real_update(session, *args, **kwargs)
        if calls["n"] == 1:
            # The save reaches the server and commits; then the line breaks before the answer.
            session.commit()
            terminate(admin, session.execute(text("SELECT pg_backend_pid()")).scalar())
            session.execute(text("SELECT 1"))
        return result

    monkeypatch.setattr(svc, "update_company", update_company)
    dialog.phone.setText("035 656 1234")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.waiting_for_connection)
    assert dialog.phone.text() == "035 656 1234"

    # The retry meets "changed since opened" — by this very save: no merge dialog, just saved.
    qtbot.waitUntil(closed(dialog), timeout=10000)
    assert dialog.conflict_dialog is None
    worker.wait()
    record, trail = saved_state(worker, company_id)
    assert record.version == version_before + 1
    assert len([row for row in trail if row[1] == "phone"]) == 1


def test_a_killed_idle_connection_is_replaced_without_the_user_noticing(
    qtbot, window: MainWindow, worker: DatabaseWorker, admin: Any
) -> None:
    company_id = _company(worker)
    dialog = open_edit(qtbot, window, company_id)
    pids: list[int] = []
    worker.run(lambda s: s.execute(text("SELECT pg_backend_pid()")).scalar(), pids.append)
    qtbot.waitUntil(lambda: bool(pids))
    terminate(admin, pids[0])

    dialog.website.setText("https://dezwaan.nl")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(dialog))
    assert not window.banner.isVisible()
    record, _ = saved_state(worker, company_id)
    assert record.website == "https://dezwaan.nl"
    with worker.database.session() as session:
        assert session.scalar(select(func.count()).select_from(User)) == 2
