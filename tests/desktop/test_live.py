"""The listener's machinery: SQLite's file watch, coalescing, reconnecting, stopping."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from models.db import Database
from models.migrations import migrate
from models.notify import Change, origin
from tests.models.conftest import new_company
from views.common import live
from views.common.live import LiveUpdates, PgListener, SqliteWatcher


@pytest.fixture
def two_programs(tmp_path) -> Iterator[tuple[Database, Database]]:
    """Two programs on one SQLite file (a shared folder): two Database objects."""
    url = f"sqlite:///{tmp_path / 'gedeeld.db'}"
    mine, other = Database(url), Database(url)
    migrate(mine)
    yield mine, other
    mine.dispose()
    other.dispose()


def test_sqlite_watch_tells_another_programs_commit_from_our_own(
    two_programs: tuple[Database, Database],
) -> None:
    mine, other = two_programs
    watcher = SqliteWatcher(mine)
    assert watcher.poll() is False  # the starting point
    new_company(mine, "Eigen wijziging")
    assert watcher.poll() is False, "our own commit is no colleague's change"
    new_company(other, "Bakkerij Jansen")
    assert watcher.poll() is True
    assert watcher.poll() is False
    watcher.close()


def test_bursts_are_coalesced_into_one_refresh(qtbot, two_programs: tuple[Database, Database]) -> None:
    updates = LiveUpdates(two_programs[0])
    heard: list[Change] = []
    updates.changed.connect(heard.append)
    for i in range(30):
        change = Change()
        change.add("company", i, i)
        updates._queue(change)
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=10000)  # a loaded machine is slow
    qtbot.wait(1200)
    assert len(heard) == 1
    assert heard[0].kinds["company"] == set(range(30))
    updates.stop()


def test_the_listener_reconnects_and_asks_for_a_full_refresh(pg_schema: str, monkeypatch) -> None:
    monkeypatch.setattr(live, "MAX_BACKOFF", 0.2)
    database = Database(pg_schema)
    migrate(database)
    heard: list[Change] = []
    listener = PgListener(
        database.engine, heard.append, ignore_origin=origin(database.engine), poll_seconds=0.1
    )
    listener.start()
    try:
        assert listener.listening.wait(5)
        with database.engine.begin() as connection:  # the server drops the connection
            connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": listener.backend_pid})
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not any(c.everything for c in heard):
            time.sleep(0.05)
        assert any(c.everything for c in heard)
        assert listener.reconnects >= 1
        assert listener.listening.wait(5)
    finally:
        listener.stop()
        database.dispose()
    assert not listener.running
