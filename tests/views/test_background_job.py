"""Work before or across databases runs as a BackgroundJob and sorts its failures like the
database worker: a person's message stays a person's message, a database failure is told by its
code, a bug is logged with its traceback and the dialog that started the job stays usable."""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from models.errors import DatabaseBugError, DomainError, ValidationError
from views.common.worker import BackgroundJob, classified


def _run(qtbot, call: Any) -> tuple[Any, Any, list[tuple[int, int]]]:
    job = BackgroundJob(call)
    progress: list[tuple[int, int]] = []
    job.progressed.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(job.finished_with, timeout=60000) as blocker:
        job.start()
    job.wait()
    result, error = blocker.args
    return result, error, progress


def test_the_result_and_the_progress_come_back(qtbot) -> None:
    def count(job: BackgroundJob) -> int:
        for done in range(1, 4):
            job.progressed.emit(done, 3)
        return 42

    result, error, progress = _run(qtbot, count)
    assert (result, error) == (42, None)
    assert progress == [(1, 3), (2, 3), (3, 3)]


def test_a_person_s_message_stays_one(qtbot) -> None:
    def refuse(_job: BackgroundJob) -> None:
        raise ValidationError([])

    result, error, _ = _run(qtbot, refuse)
    assert result is None and isinstance(error, ValidationError)


def test_a_bug_is_logged_with_its_traceback_and_told_in_one_line(
    qtbot,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(_job: BackgroundJob) -> None:
        raise KeyError("profile")

    with caplog.at_level(logging.ERROR, logger="views.common.worker"):
        result, error, _ = _run(qtbot, broken)
    assert result is None and type(error) is DomainError
    assert "KeyError" in error.message and "log" in error.message
    assert "Traceback" in caplog.text and "broken" in caplog.text


def test_a_database_failure_is_sorted_by_its_code(tmp_path) -> None:
    """A query the database cannot run (no such column) is a bug, not "unavailable"."""
    engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.connect() as connection:
        connection.execute(text("CREATE TABLE t (a INTEGER)"))
        with pytest.raises(Exception) as info:
            connection.execute(text("SELECT b FROM t"))
    assert isinstance(info.value.orig, sqlite3.OperationalError)
    assert isinstance(classified(info.value), DatabaseBugError)
