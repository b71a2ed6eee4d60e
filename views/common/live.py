"""Live updates between desks: hear what colleagues change and tell the window.

On PostgreSQL a background thread keeps its OWN connection (autocommit) listening on the
channel that models/notify.py sends to at every commit; it reconnects with back-off when
the connection drops (and then asks for a full refresh: what changed meanwhile is unknown).
Notifications from this desk's own database are its own echo and are ignored. Who sent a
notification is what the server says (the sending session's login, ``models.notify.vouch``),
never what its payload claims.

On SQLite there are no notifications; a timer on the main thread reads the file's
``PRAGMA data_version``, which moves when another program commits to the same file.

Bursts are coalesced: the window hears at most about one change per second.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from sqlalchemy import Engine

from models.db import Database
from models.notify import CHANNEL, Change, identify_sender, local_commits, origin, vouch

log = logging.getLogger(__name__)

COALESCE_MS = 1000  # at most one refresh per this many milliseconds
FIRST_MS = 250  # a burst that starts after a quiet spell: gathered this long first
SQLITE_POLL_MS = 2000
MAX_BACKOFF = 30.0


class PgListener:
    """LISTEN on a connection of its own, on a thread of its own; no Qt here.

    ``deliver(change)`` is called on the listening thread for every colleague's change,
    and with ``Change(everything=True)`` after a reconnect.
    """

    def __init__(
        self,
        engine: Engine,
        deliver: Callable[[Change], None],
        *,
        ignore_origin: str | None = None,
        poll_seconds: float = 0.5,
    ) -> None:
        args, kwargs = engine.dialect.create_connect_args(engine.url)
        self._args, self._kwargs = list(args), dict(kwargs)
        self._kwargs.setdefault("connect_timeout", 5)
        self._kwargs.setdefault("application_name", "ondernemersdesk-live")
        self._deliver = deliver
        self._ignore = ignore_origin
        self._poll = poll_seconds
        self._stop = threading.Event()
        self.listening = threading.Event()  # set while LISTEN is active (tests wait for it)
        self._thread: threading.Thread | None = None
        self.reconnects = 0
        self.schema: str | None = None  # changes to another schema's tables are not ours
        self.backend_pid: int | None = None  # the server process of the listening connection
        self.login: str | None = None  # the listening connection's login (this desk's)

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="ondernemersdesk-live", daemon=True)
        self._thread.start()
        # A program that ends without closing its window (the screenshot command, a
        # terminated session) still stops the thread before the interpreter goes away.
        atexit.register(self.stop)

    def stop(self, wait: float = 5.0) -> None:
        self._stop.set()
        atexit.unregister(self.stop)
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(wait)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        import psycopg  # only a shared server listens; a local file's start does not pay for it

        delay, connected_before = 1.0, False
        while not self._stop.is_set():
            try:
                with psycopg.connect(*self._args, **self._kwargs, autocommit=True) as connection:
                    row = connection.execute("SELECT current_schema(), session_user").fetchone()
                    self.schema, self.login = (row[0], row[1]) if row else (None, None)
                    self.backend_pid = connection.info.backend_pid
                    connection.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    if connected_before:  # what colleagues changed while we were away is unknown
                        self.reconnects += 1
                        self._deliver(Change(everything=True))
                    connected_before, delay = True, 1.0
                    while not self._stop.is_set():
                        # Gathered first: the connection answers no query while notifies() waits.
                        for note in list(connection.notifies(timeout=self._poll, stop_after=1)):
                            self._handle(connection, note.channel, note.payload, note.pid)
            except psycopg.Error as exc:
                log.info("live updates: connection lost (%s); trying again in %.0f s", exc, delay)
            except Exception:  # a listener must never take the window down
                log.exception("live updates: unexpected error")
            finally:
                self.listening.clear()
            if self._stop.wait(delay):
                break
            delay = min(delay * 2, MAX_BACKOFF)

    def _handle(self, connection: Any, channel: str, payload: str, pid: int) -> None:
        if channel != CHANNEL:
            return
        change = Change.parse(payload)
        if change is None or not change:
            return
        if self.schema is not None and change.schema != self.schema:
            return
        import psycopg  # loaded already: only a listener on a server gets here

        try:
            sender = identify_sender(connection, pid)
        except psycopg.Error as exc:  # e.g. accounts this login may not read: the sender stays unknown
            log.info("live updates: the sender of a notice cannot be established (%s)", type(exc).__name__)
            sender = None
        # The own echo: this desk's origin, sent by this desk's login (another login that
        # copies the origin cannot keep this desk from hearing its change).
        if (
            self._ignore is not None
            and change.origin == self._ignore
            and sender
            and sender.login == self.login
        ):
            return
        self._deliver(vouch(change, sender))


class SqliteWatcher:
    """Notices another program's commit to the same SQLite file (``PRAGMA data_version``).

    Called from a timer on the main thread; cheap (one pragma on a connection of its own).
    A commit by this program in the same interval hides a colleague's: the next one shows it.
    """

    def __init__(self, database: Database) -> None:
        self._path = database.path
        self._engine = database.engine
        self._connection: sqlite3.Connection | None = None
        self._version: int | None = None
        self._local = local_commits(self._engine)

    def poll(self) -> bool:
        """True when another program changed the file since the last poll."""
        if self._path is None or not self._path.exists():
            return False
        try:
            if self._connection is None:
                self._connection = sqlite3.connect(self._path, timeout=1, check_same_thread=False)
            version = self._connection.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error:
            self.close()
            return False
        local = local_commits(self._engine)
        changed = self._version is not None and version != self._version and local == self._local
        self._version, self._local = version, local
        return changed

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class LiveUpdates(QObject):
    """The window's ear for colleagues' changes.

    Signals:
        changed(Change): colleagues changed these records (merged over up to a second).
    """

    changed = Signal(object)
    _arrived = Signal(object)  # from the listening thread; queued to the main thread

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._pending: Change | None = None
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._flush)
        self._arrived.connect(self._queue)
        self.listener: PgListener | None = None
        self._watcher: SqliteWatcher | None = None
        self._poll_timer: QTimer | None = None
        self._stopped = False

    def start(self) -> None:
        self._stopped = False
        if self.database.is_sqlite:
            if self.database.path is None or self.database.encrypted:
                return  # an encrypted set taken along: nobody else writes it (see Database.encrypted)
            self._watcher = SqliteWatcher(self.database)
            self._watcher.poll()  # the starting point
            self._poll_timer = QTimer(self)
            self._poll_timer.setInterval(SQLITE_POLL_MS)
            self._poll_timer.timeout.connect(self._poll_sqlite)
            self._poll_timer.start()
            return
        self.listener = PgListener(
            self.database.engine, self._from_thread, ignore_origin=origin(self.database.engine)
        )
        self.listener.start()

    def stop(self) -> None:
        """Stop listening; no thread is left running afterwards."""
        self._stopped = True
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
        if self._poll_timer is not None:
            self._poll_timer.stop()
            self._poll_timer = None
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None
        self._timer.stop()
        self._pending = None

    def _from_thread(self, change: Change) -> None:  # runs on the listening thread
        with contextlib.suppress(RuntimeError):  # the window is gone while the thread winds down
            self._arrived.emit(change)

    def _poll_sqlite(self) -> None:
        if self._watcher is not None and self._watcher.poll():
            self._queue(Change(everything=True))

    @Slot(object)
    def _queue(self, change: Change) -> None:
        if self._stopped:
            return  # a last one from the thread, queued before it stopped
        if self._pending is None:
            self._pending = change
        else:
            self._pending.merge(change)
        if not self._timer.isActive():
            since = (time.monotonic() - self._last) * 1000
            self._timer.start(int(max(FIRST_MS, COALESCE_MS - since)))

    def _flush(self) -> None:
        change, self._pending = self._pending, None
        if change:
            self._last = time.monotonic()
            self.changed.emit(change)
