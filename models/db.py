"""Opening a database, one unit of work per user action, and what a broken connection means.

A database URL chooses the backend: ``sqlite:///path`` for the local file (the default) or
``postgresql://user@host/db`` for a team's shared server.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from models import diagnostics, notify, schema
from models.audit import trail
from models.base import CURRENT_USER
from models.errors import (
    AuthenticationError,
    ConstraintError,
    DatabaseBugError,
    DatabasePermissionError,
    DatabaseUnavailableError,
    DiskFullError,
    DomainError,
    TransactionConflictError,
    UnencryptedServerError,
)
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
    if parsed.drivername.startswith("sqlite"):
        _understood_sqlite_options(url, parsed)
    if not (parsed.drivername.startswith("sqlite") or parsed.drivername == "postgresql+psycopg"):
        raise DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors", "Only SQLite files and PostgreSQL servers are supported, not '{kind}'."
            ),
            kind=parsed.drivername,
        )
    return parsed.render_as_string(hide_password=False)


# What may follow "?" in a SQLite address: pysqlite's connection options, and with ``uri=true`` the
# options of SQLite's URI filenames (https://www.sqlite.org/uri.html).
SQLITE_OPTIONS = frozenset(
    {"timeout", "isolation_level", "detect_types", "check_same_thread", "cached_statements", "uri"}
    | {"cipher", "kdf_iter", "cipher_page_size", "cipher_use_hmac"}  # SQLCipher's (models/offline)
)
SQLITE_URI_OPTIONS = frozenset({"mode", "cache", "immutable", "nolock", "vfs", "psow", "modeof"})


def _understood_sqlite_options(url: str, parsed: URL) -> None:
    """Refuse a SQLite address whose "?" is part of the file's name, not options: typed as
    ``sqlite:////map/klanten?mode=ro.db`` (on the command line, in IT's preset) it would open, and
    create, ``/map/klanten``. The message gives the address to type instead."""
    _path, mark, options = url.partition("?")
    if not mark:
        return
    known = SQLITE_OPTIONS | (SQLITE_URI_OPTIONS if parsed.query.get("uri") in ("true", "1") else set())
    pairs = [part.partition("=") for part in options.split("&")]
    if all(equals and key in known for key, equals, _value in pairs):
        return
    shown = parsed.render_as_string(hide_password=True)  # never a key or a password in a message
    if not url.startswith("sqlite:///"):
        raise DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "In the address {url} the part after '?' would be read as options, and another file opened.",
            ),
            url=shown,
        )
    raise DatabaseUnavailableError(
        QT_TRANSLATE_NOOP(
            "errors",
            "In the address {url} the part after '?' would be read as options, and another file "
            "opened. If '?' is part of the file's name, give the address as {address}",
        ),
        url=url,
        address=sqlite_url(Path(url.removeprefix("sqlite:///"))),
    )


def schema_url(url: str, *schemas: str) -> str:
    """A PostgreSQL URL whose connections find their tables in ``schemas`` (in that order), then in
    ``public`` (where the pg_trgm extension lives): ``options=-csearch_path=…`` in the URL, so every
    connection of every engine made from it starts there. Any other option of ``url`` is kept.
    One schema of its own per benchmark, load test or test, beside the application's own tables."""
    search_path = ",".join((*schemas, "public"))
    parsed = make_url(url).update_query_dict({"options": f"-csearch_path={search_path}"})
    return parsed.render_as_string(hide_password=False)


def sqlite_url(path: Path) -> str:
    """The URL of a local file. A path holding ``?``, ``#`` or ``%`` goes as a URI filename with
    those percent-encoded: written plainly, the URL parser takes ``?…`` for options and
    SQLite would open (and create) a file by a shorter name."""
    name = str(path)
    if not any(c in name for c in "?#%"):
        return f"sqlite:///{name}"
    location = quote(Path(path).as_posix(), safe="/:")
    if not location.startswith("/"):  # C:/…: a URI path starts with a slash
        location = "/" + location
    return f"sqlite:///file:{location}?uri=true"


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
    # Check every page's cells as the page is read from disk: without it a damaged page's cell
    # pointers are masked into the page and the cell decoded from whatever memory follows the
    # page buffer, so a damaged index could be read as healthy (and its damage spread by writes).
    cursor.execute("PRAGMA cell_size_check = ON")
    cursor.close()


@dataclass(frozen=True)
class ConnectionSecurity:
    """Whether the connection to a server is encrypted, and with which protocol (``TLSv1.3``)."""

    encrypted: bool
    protocol: str = ""


def connection_security(session: Session) -> ConnectionSecurity | None:
    """How this session's connection travels: None for a local file (no network). The driver says
    whether TLS is in use (libpq's PQsslInUse); the server, which protocol its end speaks."""
    dbapi = session.connection().connection.dbapi_connection
    pgconn = getattr(dbapi, "pgconn", None)
    if pgconn is None:
        return None
    if not pgconn.ssl_in_use:
        return ConnectionSecurity(encrypted=False)
    protocol = session.execute(text("SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar()
    return ConnectionSecurity(encrypted=True, protocol=str(protocol or ""))


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
        # A set taken along (SQLCipher, models/offline): only this engine's SQLite may open the
        # file. Another SQLite library in the process (the standard sqlite3 module of a watcher,
        # a check, a backup) would release this one's POSIX locks when it closes the file, the
        # way SQLite's "how to corrupt" page warns, and could not read the pages anyway.
        self.encrypted = parsed.drivername == "sqlite+pysqlcipher"
        if self.is_sqlite:
            self.engine: Engine = create_engine(
                self.url,
                echo=echo,
                hide_parameters=True,  # see below
                connect_args={"check_same_thread": False, "timeout": 15},
            )
            event.listen(self.engine, "connect", _sqlite_on_connect)
        else:
            self.engine = create_engine(
                self.url,
                echo=echo,
                pool_pre_ping=True,
                pool_size=2,
                # A failed statement's text goes to the log and the crash report, which users are
                # asked to send on: without the values typed (a reporter's name, phone, e-mail).
                hide_parameters=True,
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
        except DBAPIError as exc:
            session.rollback()
            raise database_error(exc, self) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def check(self) -> None:
        """Open a connection once, turning every failure into a message for a person."""
        if self.path is not None:
            _check_sqlite_file(self.path, encrypted=self.encrypted)
        try:
            with self.engine.connect() as connection:
                if self.is_sqlite:
                    connection.execute(text("SELECT 1"))
                else:
                    version = connection.execute(
                        text("SELECT current_setting('server_version_num')")
                    ).scalar()
        except DBAPIError as exc:
            raise database_error(exc, self) from exc
        if not self.is_sqlite:
            check_server_version(int(version or 0), self)

    def dispose(self) -> None:
        self.engine.dispose()


def _check_sqlite_file(path: Path, *, encrypted: bool = False) -> None:
    """A person's message for a file that cannot be a database. An encrypted one (a set taken
    along) has no plain header: its first bytes are the cipher's salt; its key proves it."""
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
        if not header:
            # SQLite would take an empty file for a new database and the start would fill it:
            # an empty file is a mistake (a wrong choice, a copy cut short), never a database.
            raise DatabaseUnavailableError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The file {path} is empty: it is not an Ondernemersdesk database. "
                    "Choose another file, or restore a backup.",
                ),
                path=path,
            )
        if header != b"SQLite format 3\x00" and not encrypted:
            raise DatabaseUnavailableError(
                QT_TRANSLATE_NOOP("errors", "The file {path} is not an Ondernemersdesk database."), path=path
            )
        _writable_companions(path)


def _writable_companions(path: Path) -> None:
    """A database file that may be written again, whose ``-wal``/``-shm`` files were left read-only
    (SQLite gives them the file's mode when it made them while the file was read-only): SQLite
    would then open the database read-only. Give them back the file's mode when they are ours;
    say what is wrong when they are not."""
    if not os.access(path, os.W_OK):
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if not companion.exists() or os.access(companion, os.W_OK):
            continue
        try:
            companion.chmod(mode | stat.S_IWUSR)
        except OSError:
            raise DatabasePermissionError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database {path} may be written, but its companion file {companion} may not, so "
                    "the database would open read-only. Make {companion} writable (or ask whoever owns "
                    "it), then open the database again.",
                ),
                path=path,
                companion=companion,
            ) from None


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


def _first_line(error: BaseException) -> str:
    return next(iter(str(error).strip().splitlines()), "")


def is_driver_error(exc: BaseException) -> bool:
    """Whether the database said this (through SQLAlchemy, or straight from the driver: COPY)."""
    psycopg = sys.modules.get("psycopg")  # never imported here: a local file's start does not pay for it
    return isinstance(exc, (DBAPIError, sqlite3.Error)) or (
        psycopg is not None and isinstance(exc, psycopg.Error)
    )


def database_error(exc: BaseException, database: Database | None = None) -> DomainError | DatabaseBugError:
    """What a failure of the database means, by its code: one of the kinds in models.errors.

    PostgreSQL's SQLSTATE and SQLite's result code decide, never the wording (which the server
    translates and SQLAlchemy's class does not tell: psycopg files a lost connection and a query
    bug alike under OperationalError). The one exception is libpq failing to connect at all,
    which has no code (see ``_libpq_failure``).
    """
    original = getattr(exc, "orig", None) or exc
    where = database.display_name if database else ""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return _unreachable(where)  # SQLAlchemy saw the connection break
    if isinstance(original, sqlite3.Error):
        return _sqlite_error(original, where)
    sqlstate = getattr(original, "sqlstate", None) or getattr(original, "pgcode", None)  # psycopg 3; 2
    if sqlstate:
        return _server_error(str(sqlstate), original, where)
    psycopg = sys.modules.get("psycopg")
    if psycopg is not None and isinstance(original, psycopg.OperationalError):
        return _libpq_failure(original, where)
    return DatabaseBugError(type(original).__name__, diagnostics.safe_text(original))


def is_connection_error(exc: BaseException) -> bool:
    return isinstance(database_error(exc), DatabaseUnavailableError)


def _unreachable(where: str) -> DatabaseUnavailableError:
    return DatabaseUnavailableError(
        QT_TRANSLATE_NOOP(
            "errors", "The database server {path} cannot be reached. Check the network and try again."
        ),
        path=where,
    )


def _authentication(where: str) -> AuthenticationError:
    return AuthenticationError(
        QT_TRANSLATE_NOOP("errors", "The server {path} refused the user name or password."), path=where
    )


def _read_only(where: str) -> DatabasePermissionError:
    return DatabasePermissionError(
        QT_TRANSLATE_NOOP("errors", "The database {path} is read-only: changes cannot be saved."), path=where
    )


# SQLSTATE classes and codes (https://www.postgresql.org/docs/current/errcodes-appendix.html).
_UNREACHABLE_CLASSES = ("08", "53", "58")  # connection exception, insufficient resources, system error
_UNREACHABLE_STATES = ("57P01", "57P02", "57P03", "57014")  # shut down, crashed, starting; cancelled
_CONFLICT_STATES = ("40001", "40P01", "55P03")  # serialization failure, deadlock, lock not available
_PERMISSION_STATES = ("42501", "25006")  # insufficient privilege; a read-only (standby) server


def _server_error(sqlstate: str, original: BaseException, where: str) -> DomainError | DatabaseBugError:
    kind = sqlstate[:2]
    if kind == "28":
        return _authentication(where)
    if sqlstate == "53300":
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server {path} is busy: it has too many connections open. Try again in a moment.",
            ),
            path=where,
        )
    if sqlstate == "3D000":
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP("errors", "The database on server {path} does not exist."), path=where
        )
    if kind in _UNREACHABLE_CLASSES or sqlstate in _UNREACHABLE_STATES:
        return _unreachable(where)
    if sqlstate == "25006":
        return _read_only(where)
    if sqlstate in _PERMISSION_STATES:
        return DatabasePermissionError(
            QT_TRANSLATE_NOOP(
                "errors", "Your login may not do this in the database {path}. Ask your administrator."
            ),
            path=where,
        )
    if sqlstate in _CONFLICT_STATES:
        return TransactionConflictError()
    if kind == "23":
        return ConstraintError()
    # Its primary message, never the DETAIL that holds the row's values (models/diagnostics.py).
    return DatabaseBugError(f"SQLSTATE {sqlstate}", diagnostics.server_message(original))


# SQLite reports a full disk as SQLITE_FULL where it writes the database or its journal, but as one
# of these I/O errors where it grows the shared-memory index or syncs; its errno (ENOSPC) does not
# reach Python. These codes together with a disk that has no room left mean a full disk.
_WRITE_IOERRS = frozenset(
    getattr(sqlite3, name, -1)
    for name in (
        "SQLITE_IOERR",
        "SQLITE_IOERR_WRITE",
        "SQLITE_IOERR_FSYNC",
        "SQLITE_IOERR_DIR_FSYNC",
        "SQLITE_IOERR_TRUNCATE",
        "SQLITE_IOERR_SHMSIZE",
        "SQLITE_IOERR_SHMMAP",
        "SQLITE_IOERR_SHMOPEN",
        "SQLITE_IOERR_MMAP",
        "SQLITE_IOERR_DELETE",
    )
)
# Less free room than this on the disk of a file whose write failed: the disk is full.
FULL_BELOW_BYTES = 1024 * 1024


def disk_is_full(where: str | Path) -> bool:
    """Whether the disk holding ``where`` (a file, or a folder) has (almost) no room left."""
    folder = Path(where)
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW_BYTES
    except OSError:
        return False


def disk_full(where: str | Path) -> DiskFullError:
    return DiskFullError(
        QT_TRANSLATE_NOOP("errors", "The disk holding {path} is full. Make room, then try again."),
        path=where,
    )


def file_error(exc: OSError, path: Path) -> DomainError:
    """What a failed write of a file next to the database (a backup, its copy) means, by errno."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return disk_full(path)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DatabasePermissionError(
            QT_TRANSLATE_NOOP("errors", "The file {path} may not be written here."), path=path
        )
    return DatabaseUnavailableError(
        QT_TRANSLATE_NOOP("errors", "The file {path} cannot be written."), path=path
    )


def sqlite_file_error(original: sqlite3.Error, path: Path) -> DomainError | DatabaseBugError:
    """What a failure of SQLite on a file opened outside an engine (a copy, a check) means."""
    return _sqlite_error(original, str(path))


def _sqlite_error(original: sqlite3.Error, where: str) -> DomainError | DatabaseBugError:
    """By SQLite's result code (https://sqlite.org/rescode.html): its low byte is the primary code."""
    code = getattr(original, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors", "The database {path} is in use by another program. Try again in a moment."
            ),
            path=where,
        )
    if primary == sqlite3.SQLITE_FULL or (code in _WRITE_IOERRS and disk_is_full(where)):
        return disk_full(where)
    if primary in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_PROTOCOL):
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP("errors", "The database file {path} cannot be opened."), path=where
        )
    if primary == sqlite3.SQLITE_NOTADB:
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP("errors", "The file {path} is not an Ondernemersdesk database."), path=where
        )
    if primary == sqlite3.SQLITE_CORRUPT:  # a database, damaged: what to do, not "not a database"
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database file {path} is damaged. Do not go on working in it: restore the last good backup "
                "(Help, About Ondernemersdesk: Restore…), or ask your IT department for help.",
            ),
            path=where,
        )
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH):
        return _read_only(where)
    if primary == sqlite3.SQLITE_CONSTRAINT:
        return ConstraintError()
    name = getattr(original, "sqlite_errorname", None) or type(original).__name__
    return DatabaseBugError(name, _first_line(original))


def _libpq_failure(original: Exception, where: str) -> DomainError:
    """libpq could not connect: no SQLSTATE (libpq keeps the server's code of a refused start-up
    to itself, and a refused TCP connection, an unknown host or an SSL failure never had one).
    psycopg's type and the failed connection's state tell what they can; the text only the rest."""
    psycopg = sys.modules["psycopg"]
    if isinstance(original, psycopg.errors.ConnectionTimeout):
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database server {path} did not answer in time. Check the network (VPN) and the server's name.",
            ),
            path=where,
        )
    pgconn = getattr(original, "pgconn", None)
    if pgconn is not None and getattr(pgconn, "needs_password", False):
        return AuthenticationError(
            QT_TRANSLATE_NOOP(
                "errors", "The server {path} asks for a password. Enter the password and try again."
            ),
            path=where,
        )
    return _libpq_reason(str(original), where)


def _quoted(pattern: str, detail: str) -> str:
    """The name in quotes after ``pattern`` in a server message (``role "anna" does not exist``)."""
    found = re.search(pattern + r'\s*"([^"]*)"', detail, re.IGNORECASE)
    return found.group(1) if found else ""


def _libpq_reason(original: str, where: str) -> DomainError:
    """The one place the wording of an error decides: libpq's connection failures carry nothing
    else (no SQLSTATE, one exception type), yet "Test connection" must say which of them it was.
    libpq's own texts are English; a server's FATAL is in the server's language (lc_messages), and
    an unmatched text is still what it always is here: the server could not be reached."""
    detail = original.lower()
    if "server does not support ssl" in detail:
        return UnencryptedServerError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server {path} does not offer encrypted (SSL) connections, but this connection requires them. "
                "Choose another SSL mode or ask your administrator to switch SSL on.",
            ),
            path=where,
        )
    if "no pg_hba.conf entry" in detail and ("no encryption" in detail or "ssl off" in detail):
        return DatabasePermissionError(
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
        return DatabasePermissionError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server {path} does not let this login connect from this computer. Ask your administrator.",
            ),
            path=where,
        )
    if "password authentication failed" in detail:
        return _authentication(where)
    if "is not permitted to log in" in detail:
        return DatabasePermissionError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server {path} does not let the login {user} sign in: the account may have been deactivated.",
            ),
            path=where,
            user=_quoted("role", original),
        )
    if "does not exist" in detail and re.search(r'role\s+"', detail):
        return AuthenticationError(
            QT_TRANSLATE_NOOP("errors", "The server {path} does not know the login {user}."),
            path=where,
            user=_quoted("role", original),
        )
    if "does not exist" in detail and "database" in detail:
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP("errors", "The database on server {path} does not exist."), path=where
        )
    if "too many clients" in detail or "too many connections" in detail:
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server {path} is busy: it has too many connections open. Try again in a moment.",
            ),
            path=where,
        )
    if "resolve host" in detail or "translate host" in detail or "name or service not known" in detail:
        return DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors", "The server name in {path} is not known. Check the spelling of the server's name."
            ),
            path=where,
        )
    return _unreachable(where)
