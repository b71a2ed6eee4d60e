"""What the one database worker makes of a failure: a bug in a query is a crash report with
its details, never "the database is unavailable" with a form retrying for ever; a server that
does not answer is the retry banner."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from models.db import Database
from models.errors import DatabaseUnavailableError, DomainError
from views.common.worker import DatabaseWorker


@dataclass
class Outcome:
    results: list[Any] = field(default_factory=list)
    failures: list[DomainError] = field(default_factory=list)
    bugs: list[BaseException] = field(default_factory=list)
    unavailable: list[DomainError] = field(default_factory=list)


def run(qtbot, worker: DatabaseWorker, task: Callable[[Session], Any]) -> Outcome:
    outcome = Outcome()
    worker.bug.connect(outcome.bugs.append)
    worker.unavailable.connect(lambda _op, error: outcome.unavailable.append(error))
    worker.run(task, outcome.results.append, outcome.failures.append)
    qtbot.waitUntil(lambda: not worker.busy, timeout=60_000)
    return outcome


@pytest.fixture
def db_worker(db: Database) -> Iterator[DatabaseWorker]:
    worker = DatabaseWorker(db)
    yield worker
    worker.wait()


def test_a_missing_column_is_a_bug_with_details_not_a_lost_connection(
    qtbot, db_worker: DatabaseWorker
) -> None:
    outcome = run(
        qtbot, db_worker, lambda session: session.execute(text("select nonexistent from company")).all()
    )
    assert outcome.unavailable == [] and outcome.failures == [] and outcome.results == []
    assert len(outcome.bugs) == 1
    bug = outcome.bugs[0]
    assert not isinstance(bug, DomainError)
    assert "nonexistent" in bug.details  # type: ignore[attr-defined] - what the crash report shows


def _currval_before_nextval(session: Session) -> Any:
    session.execute(text("CREATE TEMPORARY SEQUENCE never_used"))
    return session.execute(text("SELECT currval('never_used')")).scalar()


def test_a_server_error_of_the_operational_kind_is_still_a_bug(qtbot, pg_schema: str) -> None:
    """psycopg files SQLSTATE 55000 (object not in prerequisite state) under OperationalError,
    like a lost connection: its code says it is a bug in the query."""
    database = Database(pg_schema)
    worker = DatabaseWorker(database)
    try:
        outcome = run(qtbot, worker, _currval_before_nextval)
    finally:
        worker.wait()
        database.dispose()
    assert outcome.unavailable == [] and outcome.failures == []
    assert len(outcome.bugs) == 1 and "55000" in outcome.bugs[0].details  # type: ignore[attr-defined]


def test_a_server_that_does_not_answer_is_the_retry_banner(qtbot) -> None:
    database = Database("postgresql://nobody@127.0.0.1:1/x")
    worker = DatabaseWorker(database)
    try:
        outcome = run(qtbot, worker, lambda session: session.execute(text("select 1")).scalar())
    finally:
        worker.wait()
        database.dispose()
    assert outcome.bugs == []
    assert len(outcome.unavailable) == 1 and isinstance(outcome.unavailable[0], DatabaseUnavailableError)
    assert outcome.failures == outcome.unavailable
    assert outcome.unavailable[0].message.startswith("The database server {path} cannot be reached.")
