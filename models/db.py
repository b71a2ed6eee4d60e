"""Opening a database, one unit of work per user action, and what a broken connection means.

A database URL chooses the backend: ``sqlite:///path`` for the local file (the default) or
``postgresql://user@host/db`` for a team's shared server.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from models import notify, schema
from models.audit import trail
from models.base import CURRENT_USER
from models.errors import DatabaseUnavailableError
from models.i18n import QT_TRANSLATE_NOOP


def normalise_url(url: str) -> str:
    """Accept ``postgresql://`` and ``postgres://`` and use psycopg 3 for them."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise DatabaseUnavailableError(
            QT_TRANSLATE_NOOP("errors", "'{url}' is not a database address."), url=url
        ) from None
    if parsed.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if not (parsed.drivername.startswith("sqlite") or parsed.drivername == "postgresql+psycopg"):
        raise DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors", "Only SQLite files and PostgreSQL servers are supported, not '{kind}'."
            ),
            kind=parsed.drivername,
        )
    return parsed.render_as_string(hide_password=False)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _sqlite_path(parsed: URL) -> Path | None:
    """The file of a SQLite URL; also of ``sqlite:///file:/path/x.db?mode=ro&uri=true``."""
    database = parsed.database
    if not database or database == ":memory:":
        return None
    if parsed.query.get("uri") in ("true", "1") and database.startswith("file:"):
        location = urlsplit(database).path
        return Path(unquote(location)) if location and location != ":memory:" else None
    return Path(database)


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA cache_size = -65536")
    cursor.close()


class Database:
    """An engine and the sessions made from it. One instance per opened database."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        # Every change through any session is audited and announced to the other desks: the
        # listeners are installed here, with the first database, whoever opens it (window,
        # command line, script, test). The audit entries are written before the notice is sent.
        trail.install()
        notify.install()
        self.metadata = schema.metadata  # every feature's tables, mapped before the first query
        self.url = normalise_url(url)
        parsed = make_url(self.url)
        self.is_sqlite = parsed.drivername.startswith("sqlite")
        self.path: Path | None = _sqlite_path(parsed) if self.is_sqlite else None
        if self.is_sqlite:
            self.engine: Engine = create_engine(
                self.url, echo=echo, connect_args={"check_same_thread": False, "timeout": 15}
            )
            event.listen(self.engine, "connect", _sqlite_on_connect)
        else:
            self.engine = create_engine(
                self.url,
                echo=echo,
                pool_pre_ping=True,
                pool_size=2,
                connect_args={"connect_timeout": 5, "application_name": "ondernemersdesk"},
            )
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return str(self.path)
        url = make_url(self.url)
        if (
            not self.is_sqlite
        ):  # postgresql://user@host:port/db: the driver and options are none of the reader's business
            url = url.set(drivername="postgresql", query={})
        return url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self, user_id: int | None = None) -> Iterator[Session]:
        """One unit of work: commits only when told to, rolls back otherwise."""
        session = self._sessions()
        session.info[CURRENT_USER] = user_id
        try:
            yield session
        except (OperationalError, DBAPIError) as exc:
            session.rollback()
            if is_connection_error(exc):
                raise unavailable(exc, self) from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def check(self) -> None:
        """Open a connection once, turning every failure into a message for a person."""
        if self.path is not None:
            _check_sqlite_file(self.path)
        try:
            with self.engine.connect() as connection:
                if self.is_sqlite:
                    connection.execute(text("SELECT 1"))
                else:
                    version = connection.execute(
                        text("SELECT current_setting('server_version_num')")
                    ).scalar()
        except DBAPIError as exc:
            raise unavailable(exc, self) from exc
        if not self.is_sqlite:
            check_server_version(int(version or 0), self)

    def dispose(self) -> None:
        self.engine.dispose()


def _check_sqlite_file(path: Path) -> None:
    folder = path.parent
    if not folder.exists():
        try:
            folder.mkdir(parents=True)
        except OSError:
            raise DatabaseUnavailableError(
                QT_TRANSLATE_NOOP("errors", "The folder {path} does not exist and cannot be created."),
                path=folder,
            ) from None
    if path.exists():
        try:
            with path.open("rb") as handle:
                header = handle.read(16)
        except OSError:  # a folder, or a file this user may not read
            raise DatabaseUnavailableError(
                QT_TRANSLATE_NOOP("errors", "The database file {path} cannot be opened."), path=path
            ) from None
        if header and header != b"SQLite format 3\x00":
            raise DatabaseUnavailableError(
                QT_TRANSLATE_NOOP("errors", "The file {path} is not an Ondernemersdesk database."), path=path
            )


def is_connection_error(exc: BaseException) -> bool:
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    return isinstance(exc, OperationalError)


# The oldest PostgreSQL release the application supports (server_version_num: 130000 is 13.0).
MINIMUM_SERVER_VERSION = 130000


def server_version_text(version_num: int) -> str:
    """``150020`` -> ``15.20``; ``90624`` (before release 10) -> ``9.6.24``."""
    if version_num >= 100000:
        return f"{version_num // 10000}.{version_num % 10000}"
    return f"{version_num // 10000}.{version_num // 100 % 100}.{version_num % 100}"


def check_server_version(version_num: int, database: Database | None = None) -> None:
    """Refuse a PostgreSQL server older than ``MINIMUM_SERVER_VERSION``, in plain words."""
    if version_num and version_num < MINIMUM_SERVER_VERSION:
        raise DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server {path} runs PostgreSQL {version}, which is too old: "
                "Ondernemersdesk needs PostgreSQL {minimum} or newer. Ask your administrator to upgrade the server.",
            ),
            path=database.display_name if database else "",
            version=server_version_text(version_num),
            minimum=server_version_text(MINIMUM_SERVER_VERSION).split(".")[0],
        )


def _quoted(pattern: str, detail: str) -> str:
    """The name in quotes after ``pattern`` in a server message (``role "anna" does not exist``)."""
    found = re.search(pattern + r'\s*"([^"]*)"', detail, re.IGNORECASE)
    return found.group(1) if found else ""


def unavailable(exc: BaseException, database: Database | None = None) -> DatabaseUnavailableError:
    """Say in plain words why the database cannot be used.

    The one place the driver's messages become texts for a person: opening a database at start
    and "Test connection" in the connection dialog (views.connection.profiles) both come here.
    """
    original = str(getattr(exc, "orig", exc))
    detail = original.lower()
    where = database.display_name if database else ""
    if "file is not a database" in detail or "file is encrypted" in detail:
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP("errors", "The file {path} is not an Ondernemersdesk database."), path=where
        )
    if "readonly" in detail or "read-only" in detail:
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP("errors", "The database {path} is read-only: changes cannot be saved."),
            path=where,
        )
    if "unable to open database" in detail:
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP("errors", "The database file {path} cannot be opened."), path=where
        )
    if "database is locked" in detail:
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors", "The database {path} is in use by another program. Try again in a moment."
            ),
            path=where,
        )
    if "server does not support ssl" in detail:
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server {path} does not offer encrypted (SSL) connections, but this connection requires them. "
                "Choose another SSL mode or ask your administrator to switch SSL on.",
            ),
            path=where,
        )
    if "no pg_hba.conf entry" in detail and ("no encryption" in detail or "ssl off" in detail):
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server {path} only accepts encrypted connections: choose 'Required' for Encryption (SSL).",
            ),
            path=where,
        )
    if "certificate" in detail and ("verify" in detail or "root certificate file" in detail):
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The identity of server {path} could not be verified: its SSL certificate is not trusted "
                "on this computer. Ask your administrator.",
            ),
            path=where,
        )
    if "no pg_hba.conf entry" in detail:
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server {path} does not let this login connect from this computer. Ask your administrator.",
            ),
            path=where,
        )
    if "password authentication failed" in detail:
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP("errors", "The server {path} refused the user name or password."), path=where
        )
    if "no password supplied" in detail:
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors", "The server {path} asks for a password. Enter the password and try again."
            ),
            path=where,
        )
    if "is not permitted to log in" in detail:
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server {path} does not let the login {user} sign in: the account may have been deactivated.",
            ),
            path=where,
            user=_quoted("role", original),
        )
    if "does not exist" in detail and re.search(r'role\s+"', detail):
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP("errors", "The server {path} does not know the login {user}."),
            path=where,
            user=_quoted("role", original),
        )
    if "too many" in detail and ("clients" in detail or "connections" in detail):
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server {path} is busy: it has too many connections open. Try again in a moment.",
            ),
            path=where,
        )
    if any(
        word in detail
        for word in (
            "could not translate host",
            "failed to resolve host",
            "name or service not known",
            "nodename nor servname",
            "no such host is known",
            "temporary failure in name resolution",
        )
    ):
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors", "The server name in {path} is not known. Check the spelling of the server's name."
            ),
            path=where,
        )
    if "timeout expired" in detail or "timed out" in detail:
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database server {path} did not answer in time. Check the network (VPN) and the server's name.",
            ),
            path=where,
        )
    if "does not exist" in detail and "database" in detail:
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP("errors", "The database on server {path} does not exist."), path=where
        )
    if any(
        word in detail
        for word in (
            "connection refused",
            "could not translate host",
            "timeout",
            "timed out",
            "no route",
            "name or service not known",
            "server closed the connection",
            "connection failed",
            "terminating connection",
            "network is unreachable",
        )
    ):
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors", "The database server {path} cannot be reached. Check the network and try again."
            ),
            path=where,
        )
    return DatabaseUnavailableError(
        QT_TRANSLATE_NOOP("errors", "The database {path} cannot be used: {detail}"),
        path=where,
        detail=next(iter(str(getattr(exc, "orig", exc)).strip().splitlines()), ""),
    )
