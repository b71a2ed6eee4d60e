"""Opening a database: every way it can fail becomes a message for a person, never a traceback."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import traceback
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from models.companies import services as svc
from models.companies.search import SearchService
from models.db import Database, database_error, normalise_url
from models.errors import DatabasePermissionError, DatabaseUnavailableError, DomainError
from models.lookups import company_count
from models.migrations import migrate
from tests.models.conftest import company, establishment, new_company

ROOT = Path(__file__).resolve().parents[2]


def open_and_migrate(url: str) -> Database:
    database = Database(url)
    try:
        migrate(database)
    finally:
        database.dispose()
    return database


def assert_plain(error: DomainError) -> None:
    """A message a person can read: one line, no driver names, no SQL, no traceback."""
    text = str(error)
    assert "\n" not in text
    for technical in (
        "Traceback",
        "psycopg",
        "sqlalchemy",
        "OperationalError",
        "Background on this error",
        "SELECT",
    ):
        assert technical not in text, text


# -- addresses ------------------------------------------------------------------------------------


def test_unreachable_server() -> None:
    with pytest.raises(DatabaseUnavailableError) as info:
        open_and_migrate("postgresql://nobody@127.0.0.1:1/x")
    assert str(info.value) == (
        "The database server postgresql://nobody@127.0.0.1:1/x cannot be reached. Check the network and try again."
    )
    assert info.value.message.startswith("The database server {path} cannot be reached")
    assert_plain(info.value)


def test_the_password_is_never_shown() -> None:
    database = Database("postgres://anna:geheim@127.0.0.1:1/x")
    assert database.url.startswith("postgresql+psycopg://anna:geheim@")
    assert "geheim" not in database.display_name
    with pytest.raises(DatabaseUnavailableError) as info:
        database.check()
    assert "geheim" not in str(info.value)
    assert_plain(info.value)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("mysql://root@localhost/x", "Only SQLite files and PostgreSQL servers are supported, not 'mysql'."),
        (
            "oracle+cx_oracle://u@h/x",
            "Only SQLite files and PostgreSQL servers are supported, not 'oracle+cx_oracle'.",
        ),
        ("garbage", "'garbage' is not a database address."),
        ("", "'' is not a database address."),
        ("://", "'://' is not a database address."),
        ("postgresql://anna@server:poort/x", "'postgresql://anna@server:poort/x' is not a database address."),
    ],
)
def test_what_is_no_supported_database_address(url: str, expected: str) -> None:
    with pytest.raises(DatabaseUnavailableError) as info:
        Database(url)
    assert str(info.value) == expected
    assert_plain(info.value)


def test_urls_are_normalised_to_psycopg() -> None:
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgresql+psycopg2://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"


# -- files ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [os.urandom(8192), b"hello, this is a text file", b"SQLite format 3\x00" + os.urandom(8192)],
    ids=["random", "text", "damaged"],
)
def test_a_file_that_is_not_a_database(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "report.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseUnavailableError) as info:
        open_and_migrate(f"sqlite:///{path}")
    assert str(info.value) == f"The file {path} is not an Ondernemersdesk database."
    assert_plain(info.value)
    assert path.read_bytes() == content  # untouched


def test_a_folder_is_no_database_file(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailableError) as info:
        open_and_migrate(f"sqlite:///{tmp_path}")
    assert str(info.value) == f"The database file {tmp_path} cannot be opened."


def test_a_missing_folder_is_made_or_explained(tmp_path: Path) -> None:
    nested = tmp_path / "a" / "b" / "ondernemersdesk.db"
    open_and_migrate(f"sqlite:///{nested}")
    assert nested.exists()

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DatabaseUnavailableError) as info:
        open_and_migrate(f"sqlite:///{blocker / 'sub' / 'x.db'}")
    assert str(info.value) == f"The folder {blocker / 'sub'} does not exist and cannot be created."


# -- read-only ------------------------------------------------------------------------------------


def test_a_read_only_database_can_be_read_but_not_saved(tmp_path: Path) -> None:
    """Opened read-only (SQLite's mode=ro: what a file the user may not write behaves like)."""
    path = tmp_path / "gedeeld.db"
    writable = Database(f"sqlite:///{path}")
    migrate(writable)
    new_company(writable, "Bakkerij Jansen")
    writable.dispose()

    database = Database(f"sqlite:///file:{path}?mode=ro&uri=true")
    assert database.path == path
    assert database.display_name == str(path)
    try:
        migrate(database)  # up to date: nothing to write
        with database.session() as session:
            assert company_count(session) == 1
            assert [h.name for h in SearchService(session).search("jansen")] == ["Bakkerij Jansen"]
        # A refusal, not a lost connection: a form would otherwise wait for it to come back for ever.
        with pytest.raises(DatabasePermissionError) as info, database.session() as session:
            svc.create_company(session, company("Pietersen"), establishment(postcode="1234 AB"))
            session.commit()
        assert str(info.value) == f"The database {path} is read-only: changes cannot be saved."
        assert_plain(info.value)
    finally:
        database.dispose()
    assert not (Path.cwd() / "file:").exists()


_READ_ONLY_SCRIPT = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from models.db import Database
    from models.errors import DatabasePermissionError
    from models.migrations import migrate
    from models.companies import services as svc

    database = Database({url!r})
    try:
        migrate(database)
        with database.session() as session:
            svc.create_company(
                session,
                svc.CompanyInput(name="Pietersen"),
                svc.EstablishmentInput(street="Kerkstraat", house_number="1", postcode="1234 AB", city="Baarn"),
            )
            session.commit()
    except DatabasePermissionError as exc:
        print(exc)
    else:
        print("SAVED")
    """
)


def test_a_read_only_file_in_a_read_only_folder() -> None:
    """chmod as the brief of a municipality's shared folder would set it. Root ignores file
    modes, so as root the check runs in a child process under the unprivileged 'nobody'.

    In a folder of its own outside pytest's: another pytest run on the machine makes
    pytest-of-root private again (0700), which would lock 'nobody' out half-way."""
    tmp_path = Path(tempfile.mkdtemp(prefix="ondernemersdesk-readonly-"))
    tmp_path.chmod(0o755)
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    path = folder / "ondernemersdesk.db"
    open_and_migrate(f"sqlite:///{path}")
    script = tmp_path / "save.py"
    script.write_text(_READ_ONLY_SCRIPT.format(root=str(ROOT), url=f"sqlite:///{path}"))
    command = [sys.executable, str(script)]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip(
                "running as root, which ignores file modes, and setpriv is not there to drop privileges"
            )
        command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        script.chmod(0o644)
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=tmp_path)
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)
        shutil.rmtree(tmp_path, ignore_errors=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"The database {path} is read-only: changes cannot be saved."


# -- failures inside a unit of work ---------------------------------------------------------------


def test_a_lost_connection_inside_a_session_becomes_a_message(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'x.db'}")
    try:
        with pytest.raises(DatabaseUnavailableError) as info, database.session():
            raise OperationalError("SELECT 1", {}, sqlite_error("database is locked", sqlite3.SQLITE_BUSY))
        assert str(info.value) == (
            f"The database {tmp_path / 'x.db'} is in use by another program. Try again in a moment."
        )
        with pytest.raises(ZeroDivisionError), database.session():
            raise ZeroDivisionError  # a bug stays a bug
    finally:
        database.dispose()


def sqlite_error(detail: str, code: int) -> sqlite3.Error:
    """An error of SQLite as the driver raises it: its result code tells what happened."""
    error = sqlite3.OperationalError(detail)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


def test_every_known_failure_is_explained() -> None:
    def message(error: Exception) -> str:
        return database_error(OperationalError("x", {}, error)).message  # type: ignore[union-attr]

    assert message(psycopg.OperationalError("connection to server failed: Connection refused")).startswith(
        "The database server"
    )
    assert message(
        psycopg.OperationalError('FATAL: password authentication failed for user "anna"')
    ).startswith("The server")
    assert message(psycopg.OperationalError('FATAL: database "x" does not exist')).startswith(
        "The database on server"
    )
    assert message(sqlite_error("attempt to write a readonly database", sqlite3.SQLITE_READONLY)).endswith(
        "is read-only: changes cannot be saved."
    )
    assert message(sqlite_error("unable to open database file", sqlite3.SQLITE_CANTOPEN)) == (
        "The database file {path} cannot be opened."
    )
    assert message(sqlite_error("file is not a database", sqlite3.SQLITE_NOTADB)) == (
        "The file {path} is not an Ondernemersdesk database."
    )
    assert message(sqlite_error("disk I/O error", sqlite3.SQLITE_IOERR | 10 << 8)) == (  # SQLITE_IOERR_READ
        "The database file {path} cannot be opened."
    )
    assert message(sqlite_error("database or disk is full", sqlite3.SQLITE_FULL)).startswith(
        "The disk holding"
    )


def test_a_failed_statement_does_not_carry_the_values_typed(db: Database) -> None:
    """The error's text reaches the log and the crash report, which users are asked to send on:
    the values of a failed statement (a reporter's phone number here) are not in it."""
    phone = "06" + "12345678"  # built here, so the traceback's source line does not show it
    with db.session() as session, pytest.raises(Exception) as info:
        session.execute(text("SELECT :phone AS x FROM no_such_table"), {"phone": phone})
    report = "".join(traceback.format_exception(info.value))  # what the crash report shows, causes too
    assert "no_such_table" in report
    assert "0612345678" not in report
