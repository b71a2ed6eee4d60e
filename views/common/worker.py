"""One serialized database worker: every database task runs on one background thread.

A task gets its own session (one unit of work) and either commits or rolls back; its
result or error comes back to the main thread through a queued signal, so widgets are
only ever touched on the main thread. A single thread keeps SQLite happy and makes the
order of a user's actions the order of their effects.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from sqlalchemy.orm import Session

from models.db import Database, database_error, is_driver_error
from models.errors import DatabaseUnavailableError, DomainError

log = logging.getLogger(__name__)

Task = Callable[[Session], Any]


@dataclass
class Operation:
    """A user's action on the database, with what to do when it succeeds or fails.

    ``commit``: write the session when the task returns. ``on_failure`` gets domain errors
    (a person's mistake or the environment); anything else is a bug and goes to the crash
    handler. What the database said is classified by its code first (models.db.database_error):
    an unreachable server also raises ``unavailable`` (the banner, whose retry runs the same
    operation again); a query the database cannot run (no such column) is a bug.
    """

    task: Task
    on_success: Callable[[Any], None] | None = None
    on_failure: Callable[[DomainError], None] | None = None
    commit: bool = False
    id: int = field(default_factory=itertools.count(1).__next__)


class _Signals(QObject):
    finished = Signal(int, object)  # operation id, result
    failed = Signal(int, object)  # operation id, exception


class _Runner(QRunnable):
    def __init__(self, worker: DatabaseWorker, op: Operation) -> None:
        super().__init__()
        self.worker, self.op = worker, op
        self.setAutoDelete(True)

    def run(self) -> None:  # runs on the worker thread
        try:
            with self.worker.database.session(self.worker.user_id) as session:
                result = self.op.task(session)
                if self.op.commit:
                    session.commit()
        except BaseException as failure:  # every failure is reported to the main thread
            exc = failure
            if is_driver_error(failure):  # the database said it outside the session (an engine, COPY)
                exc = database_error(failure, self.worker.database)
                exc.__cause__ = failure
            if not isinstance(exc, DomainError):
                exc.details = "".join(traceback.format_exception(exc))  # type: ignore[attr-defined]
            self.worker.signals.failed.emit(self.op.id, exc)
            return
        self.worker.signals.finished.emit(self.op.id, result)


class DatabaseWorker(QObject):
    """Runs operations one after another on one thread.

    Signals:
        unavailable(Operation, DatabaseUnavailableError): the database could not be reached.
        available(): an operation succeeded after the database had been unavailable.
        busy_changed(bool): whether operations are waiting or running.
        bug(BaseException): a task raised something that is not a domain error.
    """

    unavailable = Signal(object, object)
    available = Signal()
    busy_changed = Signal(bool)
    bug = Signal(object)

    def __init__(self, database: Database, user_id: int | None = None) -> None:
        super().__init__()
        self.database = database
        self.user_id = user_id
        self.signals = _Signals()
        self.signals.finished.connect(self._finished)
        self.signals.failed.connect(self._failed)
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)
        self._pending: dict[int, Operation] = {}
        self._was_unavailable = False

    def submit(self, op: Operation) -> Operation:
        self._pending[op.id] = op
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Runner(self, op))
        return op

    def run(
        self,
        task: Task,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[DomainError], None] | None = None,
        *,
        commit: bool = False,
    ) -> Operation:
        return self.submit(Operation(task, on_success, on_failure, commit))

    def retry(self, op: Operation) -> Operation:
        return self.submit(Operation(op.task, op.on_success, op.on_failure, op.commit))

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every queued task ran (tests, shutdown, the screenshot command)."""
        return self._pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def _done(self, op_id: int) -> Operation | None:
        op = self._pending.pop(op_id, None)
        if not self._pending:
            self.busy_changed.emit(False)
        return op

    @Slot(int, object)
    def _finished(self, op_id: int, result: object) -> None:
        op = self._done(op_id)
        if self._was_unavailable:
            self._was_unavailable = False
            self.available.emit()
        if op is not None and op.on_success is not None:
            _deliver(op.on_success, result)

    @Slot(int, object)
    def _failed(self, op_id: int, exc: BaseException) -> None:
        op = self._done(op_id)
        if op is None:
            return
        if isinstance(exc, DatabaseUnavailableError):
            self._was_unavailable = True
            self.unavailable.emit(op, exc)
        if isinstance(exc, DomainError):
            if op.on_failure is not None:
                _deliver(op.on_failure, exc)
            return
        log.error("database task failed:\n%s", getattr(exc, "details", repr(exc)))
        self.bug.emit(exc)


def _deliver(callback: Callable[[Any], None], value: object) -> None:
    """Hand a result to the screen that asked for it, unless that screen is gone meanwhile
    (a window closed while its query ran): then there is nobody to show it to."""
    try:
        callback(value)
    except RuntimeError as exc:
        if "already deleted" not in str(exc):
            raise
        log.debug("result dropped, its widget is gone: %s", exc)
