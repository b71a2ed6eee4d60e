"""Failures are told apart by their code (PostgreSQL's SQLSTATE, SQLite's result code), never by
their wording: each kind has one behaviour (see models/errors.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest
from psycopg import errors as pg
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError

from models.db import Database, database_error
from models.errors import (
    AuthenticationError,
    ConstraintError,
    DatabaseBugError,
    DatabasePermissionError,
    DatabaseUnavailableError,
    DomainError,
    TransactionConflictError,
)


def wrapped(error: BaseException) -> DBAPIError:
    """The driver's error as SQLAlchemy hands it on."""
    return OperationalError("SELECT 1", {}, error)


def server(sqlstate: str, message: str = "the server's words, in any language") -> DBAPIError:
    return wrapped(pg.lookup(sqlstate)(message))


@pytest.mark.parametrize(
    ("sqlstate", "kind"),
    [
        ("08006", DatabaseUnavailableError),  # connection failure
        ("08001", DatabaseUnavailableError),
        ("57P01", DatabaseUnavailableError),  # the administrator shut the server down
        ("53300", DatabaseUnavailableError),  # too many connections
        ("28P01", AuthenticationError),  # wrong password
        ("28000", AuthenticationError),
        ("42501", DatabasePermissionError),  # insufficient privilege
        ("25006", DatabasePermissionError),  # a read-only server (a standby)
        ("40001", TransactionConflictError),  # serialization failure
        ("40P01", TransactionConflictError),  # deadlock
        ("23505", ConstraintError),  # unique violation
        ("23503", ConstraintError),  # foreign key violation
        ("42703", DatabaseBugError),  # undefined column
        ("42P01", DatabaseBugError),  # undefined table
        ("42601", DatabaseBugError),  # syntax error
        ("55000", DatabaseBugError),  # an OperationalError to psycopg, a bug all the same
        ("22P02", DatabaseBugError),  # invalid text representation
    ],
)
def test_server_errors_by_sqlstate(sqlstate: str, kind: type) -> None:
    error = database_error(server(sqlstate))
    assert type(error) is kind


def test_a_wrong_password_asks_for_the_password_whatever_the_servers_language() -> None:
    error = database_error(server("28P01", 'FATAL:  wachtwoord-authenticatie mislukt voor gebruiker "anna"'))
    assert isinstance(error, AuthenticationError)
    assert error.message == "The server {path} refused the user name or password."


def test_the_words_of_a_failure_do_not_make_it_a_lost_connection() -> None:
    """A bug whose text happens to say "connection" or "timeout" is still a bug."""
    error = database_error(server("42703", 'column "connection_timeout" does not exist'))
    assert isinstance(error, DatabaseBugError) and not isinstance(error, DomainError)
    assert "42703" in str(error)


def test_a_connection_sqlalchemy_saw_break_is_unavailable() -> None:
    error = OperationalError("SELECT 1", {}, Exception("whatever"), connection_invalidated=True)
    assert isinstance(database_error(error), DatabaseUnavailableError)


def test_an_error_of_unknown_origin_is_a_bug() -> None:
    error = database_error(OperationalError("SELECT 1", {}, Exception("database is locked")))
    assert isinstance(error, DatabaseBugError)


# -- SQLite: real errors of the driver ----------------------------------------------------------


def sqlite_failure(tmp_path: Path, kind: str) -> sqlite3.Error:
    path = tmp_path / "x.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x INTEGER PRIMARY KEY)")
    try:
        if kind == "no such column":
            holder.execute("SELECT nonexistent FROM t")
        elif kind == "busy":
            holder.execute("BEGIN EXCLUSIVE")
            sqlite3.connect(path, timeout=0).execute("INSERT INTO t VALUES (1)")
        elif kind == "constraint":
            holder.execute("INSERT INTO t VALUES (1)")
            holder.execute("INSERT INTO t VALUES (1)")
        elif kind == "read-only":
            sqlite3.connect(f"file:{path}?mode=ro", uri=True).execute("INSERT INTO t VALUES (2)")
        elif kind == "cannot open":
            sqlite3.connect(tmp_path / "missing" / "x.db").execute("SELECT 1")
        elif kind == "not a database":
            (tmp_path / "text.db").write_bytes(b"not a database " * 400)
            sqlite3.connect(tmp_path / "text.db").execute("SELECT * FROM sqlite_master")
    except sqlite3.Error as exc:
        return exc
    finally:
        holder.close()
    raise AssertionError(f"no failure for {kind}")


@pytest.mark.parametrize(
    ("kind", "expected", "message"),
    [
        ("no such column", DatabaseBugError, None),
        (
            "busy",
            DatabaseUnavailableError,
            "The database {path} is in use by another program. Try again in a moment.",
        ),
        ("constraint", ConstraintError, None),
        ("read-only", DatabasePermissionError, "The database {path} is read-only: changes cannot be saved."),
        ("cannot open", DatabaseUnavailableError, "The database file {path} cannot be opened."),
        ("not a database", DatabaseUnavailableError, "The file {path} is not an Ondernemersdesk database."),
    ],
)
def test_sqlite_errors_by_result_code(tmp_path: Path, kind: str, expected: type, message: str | None) -> None:
    error = database_error(wrapped(sqlite_failure(tmp_path, kind)))
    assert type(error) is expected
    if message is not None:
        assert isinstance(error, DomainError) and error.message == message


def test_a_missing_column_in_a_unit_of_work_is_a_bug_on_sqlite(tmp_path: Path) -> None:
    from models.migrations import migrate

    database = Database(f"sqlite:///{tmp_path / 'x.db'}")
    migrate(database)
    try:
        with pytest.raises(Exception) as info, database.session() as session:
            session.execute(text("select nonexistent from company")).all()
        assert not isinstance(info.value, DomainError), info.value
        assert "SQLITE_ERROR" in str(info.value)
    finally:
        database.dispose()


# -- libpq's own failures: no SQLSTATE, told by psycopg's type and the connection's state -------


class _FailedConnection:
    """What psycopg keeps of a connection libpq could not make (its ``pgconn``)."""

    def __init__(self, *, needs_password: bool) -> None:
        self.needs_password = needs_password


def test_no_password_given_is_known_by_the_connection_state() -> None:
    error = psycopg.OperationalError(
        "fe_sendauth: no password supplied", pgconn=_FailedConnection(needs_password=True)
    )
    classified = database_error(wrapped(error))
    assert isinstance(classified, AuthenticationError)
    assert classified.message.startswith("The server {path} asks for a password")


def test_a_connect_timeout_is_known_by_its_type() -> None:
    classified = database_error(wrapped(pg.ConnectionTimeout("connection timeout expired")))
    assert isinstance(classified, DatabaseUnavailableError)
    assert classified.message.startswith("The database server {path} did not answer in time.")


def test_a_real_unreachable_server() -> None:
    database = Database("postgresql://nobody@127.0.0.1:1/x")
    try:
        with pytest.raises(DatabaseUnavailableError) as info:
            database.check()
    finally:
        database.dispose()
    assert info.value.message.startswith("The database server {path} cannot be reached.")
