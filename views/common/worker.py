"""Work off the UI thread, in two forms with one way of sorting failures.

``DatabaseWorker``: every task on the open database runs on one serialized background thread.
``BackgroundJob``: long work that cannot be such a task because it runs before any database is
open (a connection test, setting up a server) or across two databases (copying a local file to
a server); it reports progress and can be cancelled. Both sort a failure the same way
(``classified``): a domain error for a person, a database failure by its code, anything else a
bug with its traceback.

The worker:

A task gets its own session (one unit of work) and either commits or rolls back; its
result or error comes back to the main thread through a queued signal, so widgets are
only ever touched on the main thread. A single thread keeps SQLite happy and makes the
order of a user's actions the order of their effects.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool, Signal, Slot
from sqlalchemy.orm import Session

from models.db import Database, database_error, is_driver_error
from models.diagnostics import describe, report
from models.errors import DatabaseUnavailableError, DomainError, database_advice

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


def classified(failure: BaseException, database: Database | None = None) -> BaseException:
    """A failure as the screens take it: a ``DomainError`` (a person's mistake or the
    environment: shown plainly), or a bug carrying its traceback as ``details`` (a crash report).
    A driver's error is sorted by its code first (models.db.database_error)."""
    exc = failure
    if is_driver_error(failure):  # the database said it outside a session (an engine, COPY)
        exc = database_error(failure, database)
        exc.__cause__ = failure
    if not isinstance(exc, DomainError):
        exc = database_advice(failure) or exc  # a code the database is known to mean: what to do
    if not isinstance(exc, DomainError):
        exc.details = report(exc)  # type: ignore[attr-defined]  # without any field's value
    return exc


class _Runner(QRunnable):
    """One operation on the worker thread; Qt deletes it there when it has run. So it lets go of
    the operation as it starts: the main thread holds the operation (its task's closure, a
    screen's widgets among what that holds) and what it returned or raised until a later
    operation has reported (``DatabaseWorker._keep``), so the last reference to any of it is
    dropped on the main thread. Qt objects must die on the thread they live on: freed here, a
    rare crash in a later garbage collection was the symptom."""

    def __init__(self, worker: DatabaseWorker, op: Operation) -> None:
        super().__init__()
        self.worker: DatabaseWorker | None = worker
        self.op: Operation | None = op
        self.setAutoDelete(True)

    def run(self) -> None:  # runs on the worker thread
        worker, op = self.worker, self.op
        self.worker = self.op = None
        assert worker is not None and op is not None
        try:
            with worker.database.session(worker.user_id) as session:
                result = op.task(session)
                if op.commit:
                    session.commit()
        except BaseException as failure:  # every failure is reported to the main thread
            worker.signals.failed.emit(op.id, classified(failure, worker.database))
            return
        worker.signals.finished.emit(op.id, result)


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
        self._recent: tuple[object, ...] = ()  # the last reported operation and its outcome
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
        done = self._pool.waitForDone(msecs)
        if done:
            self._recent = ()  # every operation has returned: let go of the last one here
        return done

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def _keep(self, *outcome: object) -> None:
        """Hold the reported operation and its outcome until the next report: one thread runs the
        operations in order, so by then this one's run has returned on the worker thread and the
        last reference is dropped here, on the main thread (see ``_Runner``)."""
        self._recent = outcome

    def _done(self, op_id: int) -> Operation | None:
        op = self._pending.pop(op_id, None)
        if not self._pending:
            self.busy_changed.emit(False)
        return op

    @Slot(int, object)
    def _finished(self, op_id: int, result: object) -> None:
        op = self._done(op_id)
        self._keep(op, result)
        if self._was_unavailable:
            self._was_unavailable = False
            self.available.emit()
        if op is not None and op.on_success is not None:
            _deliver(op.on_success, result)

    @Slot(int, object)
    def _failed(self, op_id: int, exc: BaseException) -> None:
        op = self._done(op_id)
        self._keep(op, exc)
        if op is None:
            return
        if isinstance(exc, DatabaseUnavailableError):
            self._was_unavailable = True
            self.unavailable.emit(op, exc)
        if isinstance(exc, DomainError):
            if op.on_failure is not None:
                _deliver(op.on_failure, exc)
            return
        log.error("database task failed:\n%s", getattr(exc, "details", None) or report(exc))
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


class BackgroundJob(QThread):
    """One long call off the UI thread that is not a task on the open database (see the module's
    docstring). ``call`` gets the job itself, to report progress and to see a cancel.

    A bug is logged with its traceback and handed on as a ``DomainError`` that says so in one
    line: the dialog that started the job stays usable, and the details are in the log file.

    Signals:
        progressed(int, int): the work done and in all.
        staged(str): what is under way now (an English text the caller translates).
        finished_with(object, object): the result or None, the DomainError or None.
    """

    progressed = Signal(int, int)
    staged = Signal(str)
    finished_with = Signal(object, object)

    def __init__(self, call: Callable[[BackgroundJob], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.call = call
        self.cancelled = threading.Event()

    def run(self) -> None:  # on the job's own thread
        try:
            result = self.call(self)
        except BaseException as failure:
            exc = classified(failure)
            if not isinstance(exc, DomainError):
                log.error("background job failed:\n%s", getattr(exc, "details", None) or report(exc))
                unexpected = QCoreApplication.translate(
                    "cli", "Unexpected error: %1 (details in the log file)"
                )
                exc = DomainError(unexpected.replace("%1", describe(failure)))
            self.finished_with.emit(None, exc)
        else:
            self.finished_with.emit(result, None)
