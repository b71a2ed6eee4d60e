"""Two migrations at once on an empty server (issue 19): the second waits for the first's advisory
lock, then finds the schema current, instead of failing on a raw duplicate key."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from sqlalchemy import text

from models.db import Database
from models.migrations import HEAD, MigrationResult, current_revision, migrate, migration_lock


def _waiting_for_the_lock(database: Database, count: int, errors: list[Any]) -> None:
    deadline = time.monotonic() + 30
    with database.engine.connect() as probe:
        while time.monotonic() < deadline:
            waiting = probe.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'advisory' "
                    "AND query LIKE 'SELECT pg_advisory_lock(%'"
                )
            ).scalar()
            if waiting >= count:
                return
            if errors:
                break
            probe.rollback()  # pg_stat_activity is read once per transaction
            time.sleep(0.02)
    pytest.fail(f"the migrations never waited for the lock: {errors}")


def test_two_migrations_at_once_one_waits_and_finds_the_schema_current(pg_schema: str) -> None:
    holder, desks = Database(pg_schema), [Database(pg_schema), Database(pg_schema)]
    results: list[MigrationResult] = []
    errors: list[Any] = []

    def run(database: Database) -> None:
        try:
            results.append(migrate(database))
        except Exception as exc:  # reported by the assertions below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(d,)) for d in desks]
    try:
        with migration_lock(holder):  # both start while a third holds the lock: they queue behind it
            for thread in threads:
                thread.start()
            _waiting_for_the_lock(holder, 2, errors)
        for thread in threads:
            thread.join(timeout=120)
        assert not errors, errors
        assert sorted((r.before or "", r.after) for r in results) == [("", HEAD), (HEAD, HEAD)]
        assert current_revision(holder) == HEAD
    finally:
        for database in (holder, *desks):
            database.dispose()


def test_the_lock_is_reentrant_and_free_afterwards(pg_schema: str) -> None:
    database = Database(pg_schema)
    try:
        with migration_lock(database):
            assert migrate(database).after == HEAD  # admin migrate holds it over migrate and grants
        # Free: another desk's connection takes this schema's lock at once (the same connection would
        # take it again even if held: the lock is reentrant). Counting every advisory lock of the
        # server failed while other schemas' tests on the same server held theirs.
        other = Database(pg_schema)
        with other.engine.connect() as probe:
            key = probe.execute(
                text("SELECT hashtext('ondernemersdesk.migrate.' || current_schema())")
            ).scalar()
            assert probe.execute(text(f"SELECT pg_try_advisory_lock({key})")).scalar() is True
            probe.execute(text(f"SELECT pg_advisory_unlock({key})"))
        other.dispose()
    finally:
        database.dispose()
