"""The first screen of the company list in one plain SQL query, on a connection of the driver's
own, without SQLAlchemy: the start shows it while the database stack still loads (issue 20: a
cold start to the first rows of the list within three times an empty Qt window).

It is the list as the window opens it (every company not archived, by name: ``CompanyFilter()``),
read from the same index, made into the same lines (``company_row``); tests/models/
test_first_rows.py holds it to ``listing.list_company_ids`` and ``listing.company_rows``.
It reads only a database that is already at this version's schema (one query, no Alembic), and
only for an official who may open it: an account that is switched off gets nothing here, as at
sign-in. Anything else (a new file, an older or newer schema, a server that refuses, a set
taken along) is left to the start proper, which asks, migrates or explains.

A server is read through libpq itself (``ctypes``), the library psycopg ships and uses: importing
psycopg costs ~100 ms of the interpreter (asyncio, ssl, its type adapters), which on a server was
a third of the start to the first rows; libpq's own connection string, password file and TLS
rules apply as they do in psycopg. Without that library at hand (another installation of
psycopg), psycopg reads them.
"""

from __future__ import annotations

import ctypes
import functools
import getpass
import importlib.util
import logging
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from models.companies.rows import CompanyRow, company_row
from models.schema_version import HEAD, VERSION_TABLE

log = logging.getLogger(__name__)

FIRST_SCREEN = 60  # lines: more than a 1366x768 screen (or a tall one) shows at once

_ROWS = f"""
SELECT c.id, c.name, c.kvk_number, c.archived_at IS NOT NULL,
       m.street, m.house_number, m.postcode, m.city, m.status,
       a.name, s.name, u.full_name
FROM (SELECT id FROM company WHERE archived_at IS NULL ORDER BY name_folded, id LIMIT {FIRST_SCREEN}) AS f
JOIN company c ON c.id = f.id
LEFT JOIN establishment m ON m.company_id = c.id AND m.is_main
LEFT JOIN area a ON a.id = m.area_id
LEFT JOIN sector s ON s.code = m.sbi_code
LEFT JOIN app_user u ON u.id = c.account_manager_id
ORDER BY c.name_folded, c.id
"""

_VERSION = f"SELECT version_num FROM {VERSION_TABLE}"

# Whether the official may open the database, as the sign-in decides (models/team/services.py):
# on a server the login's active account; on a local file any account but a switched-off one.
_MAY_OPEN_SERVER = "SELECT count(*) FROM app_user WHERE username = current_user AND active"
_MAY_OPEN_LOCAL = "SELECT count(*) = 0 FROM app_user WHERE username = ? AND NOT active"


def first_rows(address: str) -> list[CompanyRow] | None:
    """The first screen of the list at ``address`` (a database URL as the settings hold it);
    None when it cannot be read this way (see the module's docstring). Never raises: the start
    proper meets the same problem and says it."""
    try:
        scheme = urlsplit(address).scheme
        if scheme == "sqlite":
            return _from_file(address)
        if scheme in ("postgresql", "postgresql+psycopg", "postgres"):
            return _from_server(address)
    except Exception:  # the start proper says what is wrong
        log.debug("no early first rows", exc_info=True)
    return None


def _file(address: str) -> Path | None:
    """The file of ``sqlite:///path`` (no in-memory database, no query string)."""
    parts = urlsplit(address)
    path = unquote(parts.path)
    if parts.netloc or parts.query or not path.startswith("/") or path in ("/", "/:memory:"):
        return None
    return Path(path[1:])  # sqlite:////abs/file or sqlite:///relative/file, as SQLAlchemy reads it


def _from_file(address: str) -> list[CompanyRow] | None:
    path = _file(address)
    if path is None or not path.is_file():  # a first start: the start proper asks what to make
        return None
    # Read-only: the start proper backs the file up before any change, and migrates it.
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        cursor = connection.cursor()
        if not _at_head(cursor):
            return None
        if not cursor.execute(_MAY_OPEN_LOCAL, (getpass.getuser(),)).fetchone()[0]:
            return None
        return [company_row(r) for r in cursor.execute(_ROWS).fetchall()]
    finally:
        connection.close()


def _from_server(address: str) -> list[CompanyRow] | None:
    parts = urlsplit(address)
    conninfo = parts._replace(scheme="postgresql").geturl()
    libpq = _libpq()
    if libpq is None:
        return _through_psycopg(conninfo)
    given = {key for key, _value in parse_qsl(parts.query)}
    extra = [
        f"{k}={v}" for k, v in (("connect_timeout", "10"), ("client_encoding", "UTF8")) if k not in given
    ]
    if extra:
        conninfo += ("&" if parts.query else "?") + "&".join(extra)
    with _Connection(libpq, conninfo) as connection:
        return _read_server(connection)


def _through_psycopg(conninfo: str) -> list[CompanyRow] | None:
    import psycopg  # here: only a start on a server without libpq at hand pays for it

    with psycopg.connect(conninfo, connect_timeout=10, autocommit=True) as connection:
        return _read_server(connection.cursor())


def _read_server(cursor: Any) -> list[CompanyRow] | None:
    if not _at_head(cursor):
        return None
    if not cursor.execute(_MAY_OPEN_SERVER).fetchone()[0]:
        return None
    return [company_row(r) for r in cursor.execute(_ROWS).fetchall()]


# -- libpq without psycopg -------------------------------------------------------------------

_CONNECTION_OK = 0  # ConnStatusType
_TUPLES_OK = 2  # ExecStatusType
# The columns' types by their oid (pg_type): bool, int8, int2, int4 are made what psycopg makes
# them; every other column of these queries is text.
_VALUES: dict[int, Callable[[str], object]] = {16: lambda v: v == "t", 20: int, 21: int, 23: int}


@functools.cache
def _libpq() -> Any | None:
    """psycopg's own libpq (the psycopg-binary package's, found without importing it), its
    functions declared; None when it is not found or not loaded."""
    spec = importlib.util.find_spec("psycopg_binary")
    if spec is None or not spec.submodule_search_locations:
        return None
    package = Path(next(iter(spec.submodule_search_locations)))
    # Where the wheels put it: Linux and Windows beside the package (psycopg_binary.libs), macOS
    # inside it (.dylibs); a bundle (PyInstaller) keeps the same folders.
    names = ("libpq*.dll",) if sys.platform == "win32" else ("libpq*.so*", "libpq*.dylib")
    folders = (package.parent / "psycopg_binary.libs", package / ".dylibs", package.parent)
    found = sorted(path for folder in folders for name in names for path in folder.glob(name))
    if not found:
        return None
    try:
        libpq = ctypes.CDLL(str(found[0]))
    except OSError:
        log.debug("libpq at %s not loaded", found[0], exc_info=True)
        return None
    pointer, text, number = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    for name, result, arguments in (
        ("PQconnectdb", pointer, [text]),
        ("PQstatus", number, [pointer]),
        ("PQfinish", None, [pointer]),
        ("PQexec", pointer, [pointer, text]),
        ("PQresultStatus", number, [pointer]),
        ("PQntuples", number, [pointer]),
        ("PQnfields", number, [pointer]),
        ("PQftype", ctypes.c_uint, [pointer, number]),
        ("PQgetisnull", number, [pointer, number, number]),
        ("PQgetvalue", text, [pointer, number, number]),
        ("PQclear", None, [pointer]),
    ):
        function = getattr(libpq, name)
        function.restype, function.argtypes = result, arguments
    return libpq


class _Connection:
    """A libpq connection that reads as a DB-API cursor does (``execute`` then ``fetchall`` or
    ``fetchone``), for the few queries above: each in its own transaction, as autocommit does."""

    def __init__(self, libpq: Any, conninfo: str) -> None:
        self._pq = libpq
        self._conn = libpq.PQconnectdb(conninfo.encode())
        self._rows: list[tuple[object, ...]] = []
        if libpq.PQstatus(self._conn) != _CONNECTION_OK:
            self.close()
            raise ConnectionError("the server could not be reached or refused")  # said by the start proper

    def __enter__(self) -> _Connection:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._conn:
            self._pq.PQfinish(self._conn)
            self._conn = None

    def execute(self, sql: str) -> _Connection:
        pq = self._pq
        result = pq.PQexec(self._conn, sql.encode())
        try:
            if pq.PQresultStatus(result) != _TUPLES_OK:
                raise LookupError("the query failed")  # no such table, no rights: not read here
            columns = range(pq.PQnfields(result))
            make = [_VALUES.get(pq.PQftype(result, c), str) for c in columns]
            self._rows = [
                tuple(
                    None if pq.PQgetisnull(result, r, c) else make[c](pq.PQgetvalue(result, r, c).decode())
                    for c in columns
                )
                for r in range(pq.PQntuples(result))
            ]
        finally:
            pq.PQclear(result)  # a null result (out of memory) is ignored by PQclear
        return self

    def fetchall(self) -> list[tuple[object, ...]]:
        return self._rows

    def fetchone(self) -> tuple[object, ...] | None:
        return self._rows[0] if self._rows else None


def _at_head(cursor: Any) -> bool:
    try:
        found = cursor.execute(_VERSION).fetchall()
    except Exception:  # no version table: an empty database, which the start proper migrates
        return False
    return [tuple(r) for r in found] == [(HEAD,)]
