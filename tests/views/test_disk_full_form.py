"""A full disk while saving a form (issue 19): said as a full disk, in Dutch, never "disk I/O
error"; what was typed stays and is saved by itself once there is room."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from models.companies import services as svc
from models.db import disk_full
from tests.views.conftest import closed
from tests.views.test_conflict_merge import _company, open_edit
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow


def test_a_full_disk_keeps_the_form_and_saves_once_there_is_room(
    qtbot, window: MainWindow, worker: DatabaseWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    company_id = _company(worker)
    dialog = open_edit(qtbot, window, company_id)
    dialog.name.setText("Café De Zwaan VOF")
    real_session = worker.database.session
    full = {"on": True}
    where = Path(str(worker.database.path))

    def session(user_id=None):
        if full["on"]:
            raise disk_full(where)
        return real_session(user_id)

    monkeypatch.setattr(worker.database, "session", session)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.waiting_for_connection)
    said = dialog.banner.text()
    assert f"De schijf met {where} is vol" in said and "zodra er ruimte is" in said and "ingevoerd" in said
    assert "I/O" not in said and "verbinding" not in said
    assert dialog.name.text() == "Café De Zwaan VOF"

    full["on"] = False  # room made: the next try saves
    qtbot.waitUntil(closed(dialog), timeout=30_000)
    worker.wait()
    with worker.database.session() as s:
        assert svc.company_file(s, company_id).name == "Café De Zwaan VOF"
