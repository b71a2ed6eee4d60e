"""Connection profiles, the password store and "Test connection" against the real server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError, PasswordSetError
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from desktop.bootstrap import database_url
from desktop.memory_keyring import MemoryKeyring
from models.db import Database, check_server_version, database_error
from models.errors import AuthenticationError, DatabaseUnavailableError, ValidationError
from models.migrations import migrate
from tests.conftest import postgres_url
from views.common.paths import default_database_path
from views.common.settings import DATABASE_URL, Settings
from views.connection import profiles
from views.connection.profiles import Profile

SECRET = "Ge#heim:w@chtwoord/%?"


class NoKeyring(KeyringBackend):
    """A computer without a password store: every call fails as keyring's fail backend does."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise NoKeyringError("No recommended backend was available.")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("No recommended backend was available.")

    def delete_password(self, service: str, username: str) -> None:
        raise NoKeyringError("No recommended backend was available.")


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    yield
    keyring.set_keyring(previous)


def server(**changes: object) -> Profile:
    base = make_url(postgres_url())
    profile = Profile(
        "Gemeentehuis",
        host=base.host or "127.0.0.1",
        port=base.port or 5432,
        database=base.database or "test",
        user=base.username or "postgres",
        sslmode="prefer",
    )
    for key, value in changes.items():
        setattr(profile, key, value)
    return profile


# -- stored profiles ---------------------------------------------------------------------------


def test_profiles_round_trip_without_the_password(isolated_home: Path, fake_keyring: MemoryKeyring) -> None:
    settings = Settings()
    assert [p.name for p in profiles.load_profiles(settings)] == [profiles.LOCAL_NAME]
    team = Profile(
        "Team Wijdemeren",
        host="db.wijdemeren.nl",
        port=6432,
        database="odesk",
        user="anna",
        sslmode="verify-full",
    )
    profiles.save_profiles(settings, [team])
    assert profiles.store_password(team, SECRET)
    profiles.remember_last(settings, team)

    again = Settings()
    loaded = profiles.load_profiles(again)
    assert loaded[0].is_local and loaded[0].file() == default_database_path()
    assert loaded[1] == team
    assert profiles.last_profile(again) == team
    ini = Path(again.path).read_text(encoding="utf-8")
    assert "db.wijdemeren.nl" in ini
    assert SECRET not in ini and "Ge#heim" not in ini and "heim" not in ini
    assert fake_keyring.secrets == {("Ondernemersdesk", "anna@db.wijdemeren.nl:6432/odesk"): SECRET}
    # The start uses the last profile, with the password from the store.
    address = make_url(database_url(again))
    assert (address.host, address.port, address.database, address.username) == (
        "db.wijdemeren.nl",
        6432,
        "odesk",
        "anna",
    )
    assert address.password == SECRET
    assert address.query["sslmode"] == "verify-full"
    profiles.forget_password(team)
    assert fake_keyring.secrets == {}


def test_url_quotes_any_password() -> None:
    profile = Profile("x", host="server", database="db", user="an na")
    address = profiles.url(profile, SECRET)
    assert Database(address).engine.url.password == SECRET
    assert SECRET not in Database(address).display_name
    assert profiles.url(profiles.local_profile("/data/x.db")) == "sqlite:////data/x.db"


def test_an_older_versions_address_becomes_a_profile(isolated_home: Path) -> None:
    settings = Settings()
    settings.set(DATABASE_URL, "postgresql://bert@oud.example:5433/desk?sslmode=require")
    last = profiles.last_profile(settings)
    assert (last.host, last.port, last.database, last.user, last.sslmode) == (
        "oud.example",
        5433,
        "desk",
        "bert",
        "require",
    )


def test_a_connection_preset_by_it_is_fixed(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch, fake_keyring: MemoryKeyring
) -> None:
    monkeypatch.setenv("ONDERNEMERSDESK_DATABASE", "postgresql://team@server.example/odesk")
    settings = Settings()
    preset = profiles.last_profile(settings)
    assert preset.is_fixed and preset.user == "team" and preset.host == "server.example"
    assert make_url(profiles.url(preset, "pw")).password == "pw"
    assert profiles.store_password(preset, "pw")
    assert fake_keyring.secrets == {("Ondernemersdesk", "team@server.example:5432/odesk"): "pw"}


def test_validation_names_each_field() -> None:
    taken = Profile("Server")
    bad = Profile(" server ", host="my host", port=0, database="", user="")
    with pytest.raises(ValidationError) as info:
        profiles.validate(bad, [taken, bad])
    assert {e.field for e in info.value.errors} == {"name", "host", "port", "database", "user"}
    profiles.validate(server(), [taken])


# -- the password store ------------------------------------------------------------------------


def test_the_password_goes_to_the_keyring(fake_keyring: MemoryKeyring) -> None:
    profile = server()
    assert profiles.keyring_available()
    assert profiles.stored_password(profile) is None
    assert profiles.store_password(profile, SECRET)
    assert profiles.stored_password(profile) == SECRET
    assert list(fake_keyring.secrets) == [("Ondernemersdesk", profile.account)]
    assert not profiles.store_password(profiles.local_profile(), SECRET)  # a file has no password


def test_without_a_keyring_nothing_is_stored(no_keyring: None, isolated_home: Path) -> None:
    profile = server()
    assert not profiles.keyring_available()
    assert not profiles.store_password(profile, SECRET)
    assert profiles.stored_password(profile) is None
    profiles.forget_password(profile)  # no error either


def test_keyrings_fail_backend_counts_as_none() -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not profiles.keyring_available()
        assert not profiles.store_password(server(), SECRET)
    finally:
        keyring.set_keyring(previous)


# -- test connection -----------------------------------------------------------------------------


def test_a_good_server_with_our_schema(pg_schema: str) -> None:
    migrate(Database(pg_schema))
    profile = profiles.profile_from_url(pg_schema, "x")
    assert profile is not None
    profile.fixed_url = pg_schema  # the schema of this test, through the connection's options
    result = profiles.test_connection(profile)
    assert result.state == profiles.CURRENT and result.ok
    assert result.server_version.split(".")[0].isdigit()
    assert result.message.format(**result.params).startswith("Connected to postgresql://")


def test_an_empty_database_is_recognised(pg_schema: str) -> None:
    profile = Profile("x", fixed_url=pg_schema)
    result = profiles.test_connection(profile)
    assert result.state == profiles.EMPTY and result.ok
    assert "empty" in result.message


def test_another_applications_tables_are_recognised(pg_schema: str) -> None:
    engine = create_engine(pg_schema.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer)"))
    engine.dispose()
    result = profiles.test_connection(Profile("x", fixed_url=pg_schema))
    assert result.state == profiles.FOREIGN and not result.ok


def test_a_newer_and_an_older_schema(pg_schema: str) -> None:
    migrate(Database(pg_schema))
    engine = create_engine(pg_schema.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    assert profiles.test_connection(Profile("x", fixed_url=pg_schema)).state == profiles.NEWER
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0006'"))
    engine.dispose()
    assert profiles.test_connection(Profile("x", fixed_url=pg_schema)).state == profiles.OUTDATED


def failure(profile: Profile) -> str:
    result = profiles.test_connection(profile)
    assert result.state == profiles.FAILED and not result.ok
    assert isinstance(result.error, DatabaseUnavailableError)
    return result.message


def test_an_unknown_database() -> None:
    message = failure(server(database=f"nope_{uuid.uuid4().hex[:8]}"))
    assert message == "The database on server {path} does not exist."


def test_nothing_listens_on_the_port() -> None:
    postgres_url()
    assert failure(server(host="127.0.0.1", port=1)).startswith(
        "The database server {path} cannot be reached."
    )


def test_an_unknown_server_name() -> None:
    postgres_url()
    assert failure(server(host="no-such-server.invalid")).startswith(
        "The server name in {path} is not known."
    )


def test_an_unknown_login() -> None:
    login = f"nobody_{uuid.uuid4().hex[:8]}"
    result = profiles.test_connection(server(user=login))
    assert result.message == "The server {path} does not know the login {user}."
    assert result.params["user"] == login
    assert "postgresql://" + login in result.params["path"]


def test_ssl_required_by_the_profile_but_not_offered() -> None:
    # The test server has no SSL; a profile that requires it is told so.
    assert failure(server(sslmode="require")).startswith(
        "The server {path} does not offer encrypted (SSL) connections"
    )


def test_the_same_texts_at_start() -> None:
    """Opening a database meets the very same texts (models.db.database_error), and an unknown
    login is a refused login: the start asks for the password (or another connection)."""
    login = f"nobody_{uuid.uuid4().hex[:8]}"
    with pytest.raises(AuthenticationError) as info:
        Database(profiles.url(server(user=login))).check()
    assert info.value.message == "The server {path} does not know the login {user}."


def test_the_local_file(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.db"
    result = profiles.test_connection(profiles.local_profile(str(path)))
    assert result.state == profiles.NEW_FILE and result.ok
    assert not path.exists()  # testing creates nothing
    migrate(Database(profiles.url(profiles.local_profile(str(path)))))
    assert profiles.test_connection(profiles.local_profile(str(path))).state == profiles.CURRENT
    path.with_name("kapot.db").write_bytes(b"not a database at all, really")
    broken = profiles.test_connection(profiles.local_profile(str(path.with_name("kapot.db"))))
    assert broken.message == "The file {path} is not an Ondernemersdesk database."


# -- the server's own texts, for what trust authentication cannot produce ------------------------


def failed_to_connect(detail: str, kind: type[psycopg.OperationalError] = psycopg.OperationalError) -> Any:
    """What libpq's failure to connect is: no SQLSTATE, only psycopg's type and the text."""
    return database_error(OperationalError("x", {}, kind(detail)))


def classify(detail: str) -> str:
    return failed_to_connect(detail).message


class NeedsPassword:
    """A failed connection's state as psycopg keeps it (``pgconn``): the server asked for a password."""

    needs_password = True


def test_server_messages_are_classified() -> None:
    prefix = 'connection failed: connection to server at "10.0.0.5", port 5432 failed: '
    assert classify(prefix + 'FATAL:  password authentication failed for user "anna"') == (
        "The server {path} refused the user name or password."
    )
    asks = psycopg.OperationalError(prefix + "fe_sendauth: no password supplied", pgconn=NeedsPassword())
    assert database_error(OperationalError("x", {}, asks)).message.startswith(
        "The server {path} asks for a password"
    )
    assert classify(
        prefix
        + 'FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "anna", database "odesk", no encryption'
    ).startswith("The server {path} only accepts encrypted connections")
    assert classify(  # before PostgreSQL 14
        prefix + 'FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "anna", database "odesk", SSL off'
    ).startswith("The server {path} only accepts encrypted connections")
    assert classify(
        prefix
        + 'FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "anna", database "odesk", SSL encryption'
    ).startswith("The server {path} does not let this login connect")
    assert classify(prefix + "server does not support SSL, but SSL was required").startswith(
        "The server {path} does not offer encrypted (SSL)"
    )
    assert failed_to_connect(prefix + "timeout expired", psycopg.errors.ConnectionTimeout).message.startswith(
        "The database server {path} did not answer in time."
    )
    assert classify("failed to resolve host 'x.invalid': [Errno -2] Name or service not known").startswith(
        "The server name in {path} is not known."
    )
    assert classify(prefix + "SSL error: certificate verify failed").startswith(
        "The identity of server {path}"
    )
    assert classify(
        prefix + 'root certificate file "/home/a/.postgresql/root.crt" does not exist'
    ).startswith("The identity of server {path}")
    role = failed_to_connect(prefix + 'FATAL:  role "anna" is not permitted to log in')
    assert role.message.startswith("The server {path} does not let the login {user} sign in")
    assert role.params["user"] == "anna"
    assert classify(prefix + "FATAL:  sorry, too many clients already").startswith(
        "The server {path} is busy"
    )


def test_a_server_that_is_too_old() -> None:
    with pytest.raises(DatabaseUnavailableError) as info:
        check_server_version(120015)
    assert info.value.params == {"path": "", "version": "12.15", "minimum": "13"}
    assert "too old" in info.value.message
    with pytest.raises(DatabaseUnavailableError) as info:
        check_server_version(90624)
    assert info.value.params["version"] == "9.6.24"
    check_server_version(130000)
    check_server_version(170002)
