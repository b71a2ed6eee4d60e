"""A save whose answer was lost with the connection, retried from the banner (issue 19): the new
company was stored once, and the retry finds it instead of making a second."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from models.companies.entities import Company
from models.errors import DatabaseUnavailableError
from tests.views.conftest import closed
from tests.views.test_company_flow import _create_company
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow


def test_a_create_retried_after_a_lost_answer_makes_one_company(
    qtbot, window: MainWindow, worker: DatabaseWorker, monkeypatch
) -> None:
    dialog = _create_company(qtbot, window, worker)
    real_session = worker.database.session
    lost = {"answers": 1}

    @contextmanager
    def session(user_id: int | None = None) -> Iterator:
        with real_session(user_id) as s:
            commit = s.commit

            def committed_then_lost() -> None:
                commit()  # the server stored it ...
                if lost["answers"]:
                    lost["answers"] -= 1  # ... and the answer never came back
                    raise DatabaseUnavailableError(
                        "The database server {path} cannot be reached. Check the network and try again.",
                        path="db.example",
                    )

            s.commit = committed_then_lost  # type: ignore[method-assign]
            yield s

    monkeypatch.setattr(worker.database, "session", session)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.banner.isVisible)
    assert dialog.isVisible()  # nothing typed is lost while the server is away

    qtbot.mouseClick(window.banner.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(dialog))
    qtbot.waitUntil(lambda: window.company.record is not None)
    assert window.company.title.text() == "Bakkerij Van Dijk"
    with real_session() as s:
        assert s.scalar(select(func.count()).select_from(Company)) == 1
