"""A local file's daily retention run: started with the window, off the UI thread, at most once a
day, and written in the privacy log as done by the application itself."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop import bootstrap
from desktop.app import Application, retention_at_start
from models.db import Database, sqlite_url
from models.migrations import migrate
from models.signals.entities import SignalStatus
from tests.models.test_privacy import _category, _signal
from views.common.settings import Settings
from views.connection import profiles
from views.shell.first_run import FirstRunDialog


def _log(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT action, kind, count, user_id, reason FROM privacy_log").fetchall()


def test_the_window_starts_the_daily_run_on_a_local_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "lokaal.db"
    database = Database(sqlite_url(path))
    migrate(database)
    category_id = _category(database)
    old = _signal(database, category_id, status=SignalStatus.DONE, closed=date(2020, 1, 6))
    recent = _signal(database, category_id, name="Piet Bos", status=SignalStatus.DONE)
    database.dispose()

    settings = Settings(str(tmp_path / "settings.ini"))
    profile = profiles.local_profile(str(path))
    profiles.save_profiles(settings, [profile])
    profiles.remember_last(settings, profile)
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: pytest.fail("the file exists: no first run"))
    application = Application(settings, bootstrap.connect_at_start)
    try:
        assert application.start()
        assert application.window is not None and application.window.isVisible()
        qtbot.waitUntil(lambda: bool(_log(path)), timeout=10000)
    finally:
        application.close()
    assert _log(path) == [("retention", "signal", 1, None, None)]  # by the application, no data
    with sqlite3.connect(path) as connection:
        assert [r[0] for r in connection.execute("SELECT id FROM signal")] == [recent]
    assert old != recent

    database = Database(sqlite_url(path))  # the same day again: not run twice
    try:
        assert retention_at_start(database) is None
    finally:
        database.dispose()
    assert len(_log(path)) == 1
