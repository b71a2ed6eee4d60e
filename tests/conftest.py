"""Shared fixtures: every test runs offscreen, in temporary folders, with a fake keyring,
on a fresh database — SQLite always, PostgreSQL when ``ONDERNEMERSDESK_TEST_PG`` names a server.

Under CI (``CI=true``) an unreachable PostgreSQL server fails the run instead of skipping.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import create_engine, text

from models.db import Database
from models.migrations import migrate

PG_ENV = "ONDERNEMERSDESK_TEST_PG"
_pg_checked: dict[str, str | None] = {}


class FakeKeyring(KeyringBackend):
    """A keyring that keeps secrets in memory, so tests can look at what was stored."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def fake_keyring() -> Iterator[FakeKeyring]:
    previous = keyring.get_keyring()
    backend = FakeKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings and data go to a temp folder, never to the real user's."""
    home = tmp_path / "home"
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        (home / sub).mkdir(parents=True)
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("ONDERNEMERSDESK_DATABASE", raising=False)
    # No machine-wide settings of the computer running the tests, no identity preset by IT.
    monkeypatch.setenv("ONDERNEMERSDESK_MACHINE_SETTINGS", str(home / "machine" / "ondernemersdesk.ini"))
    for var in [v for v in os.environ if v.startswith("ONDERNEMERSDESK_IDENTITY_")]:
        monkeypatch.delenv(var)
    return home


def postgres_url() -> str:
    """The test server's URL, or skip (locally) / fail (under CI) with the reason."""
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {PG_ENV} is not set: the PostgreSQL cases must run under CI")
        pytest.skip(f"PostgreSQL cases need {PG_ENV}=postgresql://user@host/db (set by .ci/run)")
    if url not in _pg_checked:
        try:
            engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
            with engine.begin() as connection:
                # Two test processes may get here at once: IF NOT EXISTS is not atomic, and the
                # loser of the race gets a unique violation although the extension is there.
                connection.execute(text("SELECT pg_advisory_xact_lock(5432001)"))
                connection.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
            engine.dispose()
            _pg_checked[url] = None
        except Exception as exc:  # any failure means the server is not usable
            _pg_checked[url] = f"{type(exc).__name__}: {exc}"
    problem = _pg_checked[url]
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL at {url} is unreachable under CI: {problem}")
        pytest.skip(f"PostgreSQL at {url} is unreachable: {problem}")
    return url


def _pg_schema_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema},public"


@pytest.fixture
def pg_schema() -> Iterator[str]:
    """A fresh, empty schema on the test server; its URL is yielded, the schema dropped after."""
    base = postgres_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield _pg_schema_url(base, schema)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
            # Roles are cluster-wide: the groups a set-up made for this schema (models/server/roles.py
            # names them after database and schema) would outlive it.
            database = connection.execute(text("SELECT current_database()")).scalar_one()
            for role in connection.scalars(
                text("SELECT rolname FROM pg_roles WHERE rolname LIKE :prefix"),
                {"prefix": f"ondernemersdesk\\_{database}\\_{schema}\\_%"},
            ).all():
                connection.execute(text(f'DROP OWNED BY "{role}"'))
                connection.execute(text(f'DROP ROLE "{role}"'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ondernemersdesk.db'}"
    else:
        yield request.getfixturevalue("pg_schema")


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    """A migrated, empty database on each backend."""
    database = Database(database_url)
    migrate(database)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """A migrated SQLite database, for tests that need only one backend (GUI flows)."""
    database = Database(f"sqlite:///{tmp_path / 'ondernemersdesk.db'}")
    migrate(database)
    yield database
    database.dispose()


# The longest tests (building the installer bundle, the benchmark) start first: handed out last,
# one of them alone made the last two minutes of a run, with the other workers idle.
_LONG_FIRST = ("tests/installer/", "tests/desktop/test_bench.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: not item.nodeid.startswith(_LONG_FIRST))  # stable: the rest keep their order
