"""Synchronising by itself never interrupts (issue 22): when the server answers again the sync
starts on its own; if it meets a clash it stops before it and the banner says so, with
*Bekijken…* to open the choice when the official is ready. What they were typing stays."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.app import Application
from models.companies.entities import Company
from models.consultations.entities import Interaction
from models.db import Database
from models.offline import sync
from models.offline.sets import COMPANIES, SetDefinition
from tests.views.conftest import visible
from tests.views.test_offline_window import (  # noqa: F401 (the fixture)
    _choose_mine,
    _fill,
    _offline_change,
    _window,
    application,
)
from views.common.conflict_dialog import ConflictDialog
from views.companies.company_dialogs import CompanyDialog
from views.shell.main_window import MainWindow


def _offline_window(
    qtbot: QtBot, app: Application, db: Database, s: dict[str, Any], path: Path
) -> MainWindow:
    window = _window(app)
    with db.session(s["official"]) as session:
        sync.take(session, SetDefinition(kind=COMPANIES, company_ids=tuple(s["companies"])), path, server=db)
    window.offline._taken(str(path))
    window.offline.work_offline(path)
    qtbot.waitUntil(lambda: app.window is not window, timeout=20000)
    return _window(app)


def _typing(qtbot: QtBot, window: MainWindow, company_id: int, text: str) -> CompanyDialog:
    """The official opens a company's form and types in it, without saving."""
    window.open_company(company_id)
    page = window.company
    qtbot.waitUntil(lambda: page.record is not None and page.record.id == company_id)
    page.edit_button.click()
    form = visible(window, CompanyDialog)
    form.notes.setPlainText(text)
    return form


def _idle(window: MainWindow) -> bool:
    controls = window.offline
    return controls.job is None and controls.probe is None


def test_an_automatic_sync_that_meets_a_clash_waits_in_the_banner_and_keeps_the_typing(
    qtbot: QtBot,
    application: Application,  # noqa: F811
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    fake_keyring: Any,
    tmp_path: Path,
) -> None:
    s = _fill(db)
    first, second = s["companies"]
    assert application.start()
    offline = _offline_window(qtbot, application, db, s, tmp_path / "ronde.odset")
    controls, banner = offline.offline, offline.offline.banner
    _offline_change(qtbot, offline, first)
    with db.session() as session:  # a colleague changes the same notes meanwhile
        company = session.get(Company, first)
        assert company is not None
        company.notes = "Server: collega's notitie"
        session.commit()

    # The official is typing in another company's form when the server answers again.
    form = _typing(qtbot, offline, second, "Halverwege getypt")
    interrupted: list[str] = []
    monkeypatch.setattr(ConflictDialog, "exec", lambda self: interrupted.append("conflict") or 0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: interrupted.append("question") or 0)
    controls.refresh()
    qtbot.waitUntil(lambda: controls.state is not None and controls.state.waiting == 3, timeout=10000)
    controls._try_server()
    qtbot.waitUntil(lambda: banner.review.isVisible(), timeout=30000)
    assert _idle(offline)
    assert interrupted == [], "nothing opened in the middle of the work"
    assert form.isVisible() and form.notes.toPlainText() == "Halverwege getypt"
    assert "1 " in banner.text.text() and ("clash" in banner.text.text() or "botst" in banner.text.text())
    assert banner.review.text() in ("Review…", "Bekijken…")
    controls._try_server()  # a minute later: the clash still waits for a look, nothing runs again
    assert controls.probe is None and controls.job is None
    with db.session() as session:  # it stopped before the clash: nothing was sent
        assert session.scalar(select(func.count()).select_from(Interaction)) == 0
    form.reject()

    # When ready, Bekijken… shows the clash and synchronises with the choice made.
    shown: list[ConflictDialog] = []
    _choose_mine(monkeypatch, shown)
    banner.review.click()
    qtbot.waitUntil(lambda: controls.last_report is not None, timeout=30000)
    assert len(shown) == 1 and controls.last_report.done
    qtbot.waitUntil(lambda: not banner.review.isVisible(), timeout=10000)
    with db.session() as session:
        assert session.get(Company, first).notes == "Hier: nieuwe openingstijden"
    for box in offline.findChildren(QMessageBox):
        box.close()

    # An automatic sync that goes through says so in the banner and the status bar, not in a box.
    controls.last_report = None
    form = _typing(qtbot, offline, second, "Weer halverwege")
    done: list[bool] = []
    offline.worker.run(
        lambda session: setattr(session.get(Company, first), "website", "https://winkel1.example"),
        lambda _r: done.append(True),
        commit=True,
    )
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    controls.refresh()
    qtbot.waitUntil(lambda: controls.state is not None and controls.state.waiting == 1, timeout=10000)
    controls._try_server()
    qtbot.waitUntil(lambda: controls.last_report is not None, timeout=30000)
    assert controls.last_report.done
    assert not [box for box in offline.findChildren(QMessageBox) if box.isVisible()], "no box"

    assert form.isVisible() and form.notes.toPlainText() == "Weer halverwege"
    assert "ynchronis" in offline.statusBar().currentMessage()
    with db.session() as session:
        assert session.get(Company, first).website == "https://winkel1.example"
    form.reject()
