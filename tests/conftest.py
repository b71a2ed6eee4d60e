"""Shared fixtures: every test runs offscreen, in temporary folders, with a fake keyring,
on a database of its own — SQLite always, PostgreSQL when ``ONDERNEMERSDESK_TEST_PG`` names a server.
A migrated one (``db``, ``sqlite_db``) is migrated once per test process and handed to each test
as it was right after migrating: a copy of the file, or the schema emptied after the test before.

Under CI (``CI=true``) an unreachable PostgreSQL server fails the run instead of skipping.

Python's cyclic garbage is collected on the main thread only, as in the application
(views/common/garbage.py): between tests, and by the application's timer while a test waits. A
test that leaves a thread of its own running fails. Under pytest-xdist a worker that crashes
leaves the stacks of all its threads and the tests it ran last in a file the run prints.
"""

from __future__ import annotations

import faulthandler
import gc
import os
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url

from desktop.memory_keyring import MemoryKeyring, in_memory
from models.db import Database, schema_url
from models.migrations import HEAD, VERSION_TABLE, migrate
from views.common.garbage import collect_due

PG_ENV = "ONDERNEMERSDESK_TEST_PG"
_pg_checked: dict[str, str | None] = {}


# -- crashes: where the stacks go, and what is left behind -----------------------------------------

_FAULT_DIR = "ondernemersdesk_fault_dir"  # the key in a worker's workerinput
_fault_dir_key = pytest.StashKey[Path]()  # the folder, on the controller
_fault_log: dict[str, Any] = {}  # the file, on a worker
_SHOW_LAST_TESTS = 12


@pytest.hookimpl(trylast=True)  # after pytest's own faulthandler, which writes to stderr
def pytest_configure(config: pytest.Config) -> None:
    # The automatic collector would run in whichever thread allocates: the database worker, a job.
    gc.disable()
    workerinput = getattr(config, "workerinput", None)
    if workerinput is None:  # the controller of an xdist run, or a run in one process
        if config.pluginmanager.hasplugin("xdist"):
            config.stash[_fault_dir_key] = Path(tempfile.mkdtemp(prefix="ondernemersdesk-faults-"))
        return
    if _FAULT_DIR in workerinput:
        # A worker's stderr reaches the log only in part: faulthandler writes every thread's stack
        # to a file of this worker's, which the controller prints when the worker goes down.
        log = open(Path(workerinput[_FAULT_DIR]) / f"{workerinput['workerid']}.log", "w")  # noqa: SIM115
        faulthandler.enable(log, all_threads=True)
        _fault_log["file"] = log


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    directory = node.config.stash.get(_fault_dir_key, None)
    if directory is not None:
        node.workerinput[_FAULT_DIR] = str(directory)


def pytest_runtest_logstart(nodeid: str) -> None:
    log = _fault_log.get("file")
    if log is not None:
        log.write(f"running {nodeid}\n")
        log.flush()


def _show_fault_log(config: pytest.Config, path: Path) -> None:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    ran = [line for line in lines if line.startswith("running ")]
    dump = [line for line in lines if not line.startswith("running ")]
    if not dump:
        return
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    write = reporter.write_line if reporter is not None else print
    write(f"---- {path.stem} crashed; the tests it ran last, then every thread's stack ({path}) ----")
    for line in ran[-_SHOW_LAST_TESTS:] + dump:
        write(line)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object | None) -> None:
    directory = node.config.stash.get(_fault_dir_key, None)
    if error is not None and directory is not None:
        path = directory / f"{node.gateway.id}.log"
        if path.exists():
            _show_fault_log(node.config, path)
            path.rename(path.with_suffix(".shown"))


def pytest_unconfigure(config: pytest.Config) -> None:
    log = _fault_log.pop("file", None)
    if log is not None:
        faulthandler.disable()
        log.close()
    directory = config.stash.get(_fault_dir_key, None)
    if directory is not None:
        for path in sorted(directory.glob("*.log")):  # a worker that crashed unnoticed
            _show_fault_log(config, path)
        if not list(directory.glob("*.shown")):
            shutil.rmtree(directory, ignore_errors=True)


def pytest_collection_finish(session: pytest.Session) -> None:
    """What the collection imported lives as long as the process: moved out of the collector's way,
    a full collection (``admin`` in tests/desktop/test_cli.py makes one per command) looks only at
    what tests made (0.6 s each before, under load)."""
    gc.collect()
    gc.freeze()


def _own_threads() -> set[threading.Thread]:
    """The Python threads running now; not Qt's (a thread pool's, seen as a dummy by Python)."""
    return {t for t in threading.enumerate() if not isinstance(t, threading._DummyThread)}


@pytest.fixture(autouse=True)
def _left_behind() -> Iterator[None]:
    """After the test and every fixture's teardown: what was deleted later is deleted now, garbage
    is collected here on the main thread, and a thread the test started must have ended."""
    before = _own_threads()
    yield
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    collect_due()
    deadline = time.monotonic() + 5
    while (left := _own_threads() - before) and time.monotonic() < deadline:
        for thread in left:
            thread.join(0.1)
    assert not left, f"the test left threads running: {sorted(t.name for t in left)}"


@pytest.fixture(autouse=True)
def fake_keyring() -> Iterator[MemoryKeyring]:
    """Secrets go to a keyring in memory (the benchmark's too), never to the computer's own."""
    with in_memory() as backend:
        yield backend


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


def schema_of(url: str) -> str:
    """The schema a URL made by ``schema_url`` (``pg_schema``, ``db``) finds its tables in."""
    return str(make_url(url).query["options"]).removeprefix("-csearch_path=").split(",")[0]


def _admin_engine(base: str) -> Engine:
    return create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))


def _create_schema(admin: Engine) -> str:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    return schema


def _drop_schema(admin: Engine, schema: str) -> None:
    with admin.begin() as connection:
        connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        # Roles are cluster-wide: the groups a set-up made for this schema (models/server/roles.py
        # names them after database and schema) would outlive it.
        for role in connection.scalars(
            text("SELECT rolname FROM pg_roles WHERE rolname LIKE :prefix"),
            {"prefix": _role_prefix(connection, schema)},
        ).all():
            connection.execute(text(f'DROP OWNED BY "{role}"'))
            connection.execute(text(f'DROP ROLE "{role}"'))


def _role_prefix(connection: Connection, schema: str) -> str:
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    return f"ondernemersdesk\\_{database}\\_{schema}\\_%"


@pytest.fixture
def pg_schema() -> Iterator[str]:
    """A fresh, empty schema on the test server; its URL is yielded, the schema dropped after."""
    base = postgres_url()
    admin = _admin_engine(base)
    schema = _create_schema(admin)
    try:
        yield schema_url(base, schema)
    finally:
        _drop_schema(admin, schema)
        admin.dispose()


# What a test may change in its schema beyond rows: tables, columns, defaults, constraints, indexes,
# triggers, functions, policies, types, comments, owners and privileges, the schema's roles and the
# version table. Any change, and the schema is dropped instead of emptied (see _MigratedSchemas).
_SCHEMA_FINGERPRINT = """
WITH ns AS (SELECT oid, nspname FROM pg_namespace WHERE nspname = :schema)
SELECT md5(concat_ws('|',
  (SELECT string_agg(concat_ws(',', c.relname, c.relkind, c.relowner, c.relacl::text, c.relrowsecurity,
                               c.relforcerowsecurity, c.relpersistence, c.relreplident), ';' ORDER BY c.relname)
     FROM pg_class c JOIN ns ON c.relnamespace = ns.oid),
  (SELECT string_agg(concat_ws(',', c.relname, a.attnum, a.attname, a.atttypid, a.atttypmod, a.attnotnull,
                               a.attisdropped, a.attgenerated, a.attidentity, a.attacl::text,
                               pg_get_expr(d.adbin, d.adrelid)), ';' ORDER BY c.relname, a.attnum)
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN ns ON c.relnamespace = ns.oid
     LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.attnum > 0),
  (SELECT string_agg(concat_ws(',', c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)),
                     ';' ORDER BY c.conrelid::regclass::text, c.conname)
     FROM pg_constraint c JOIN ns ON c.connamespace = ns.oid),
  (SELECT string_agg(i.indexdef, ';' ORDER BY i.indexname) FROM pg_indexes i WHERE i.schemaname = :schema),
  (SELECT string_agg(concat_ws(',', t.tgrelid::regclass::text, t.tgname, t.tgenabled,
                               pg_get_triggerdef(t.oid)), ';' ORDER BY t.tgrelid::regclass::text, t.tgname)
     FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN ns ON c.relnamespace = ns.oid),
  (SELECT string_agg(concat_ws(',', p.proname, p.oid::regprocedure::text, md5(p.prosrc), p.proowner,
                               p.proacl::text, p.prosecdef, p.proconfig::text), ';' ORDER BY p.oid::regprocedure::text)
     FROM pg_proc p JOIN ns ON p.pronamespace = ns.oid),
  (SELECT string_agg(concat_ws(',', c.relname, p.polname, p.polcmd, p.polpermissive, p.polroles::text,
                               pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid)),
                     ';' ORDER BY c.relname, p.polname)
     FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN ns ON c.relnamespace = ns.oid),
  (SELECT string_agg(concat_ws(',', t.typname, t.typowner, t.typacl::text,
                               (SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
                                  FROM pg_enum e WHERE e.enumtypid = t.oid)), ';' ORDER BY t.typname)
     FROM pg_type t JOIN ns ON t.typnamespace = ns.oid),
  (SELECT string_agg(concat_ws(',', s.sequencename, s.data_type, s.start_value, s.increment_by,
                               s.cycle, s.cache_size), ';' ORDER BY s.sequencename)
     FROM pg_sequences s WHERE s.schemaname = :schema),
  (SELECT string_agg(concat_ws(',', d.classoid, d.objoid, d.objsubid, d.description), ';'
                     ORDER BY d.classoid, d.objoid, d.objsubid)
     FROM pg_description d JOIN pg_class c ON c.oid = d.objoid JOIN ns ON c.relnamespace = ns.oid),
  (SELECT concat_ws(',', n.nspowner, n.nspacl::text) FROM pg_namespace n JOIN ns ON n.oid = ns.oid),
  (SELECT string_agg(concat_ws(',', a.defaclrole, a.defaclobjtype, a.defaclacl::text), ';'
                     ORDER BY a.defaclrole, a.defaclobjtype)
     FROM pg_default_acl a JOIN ns ON a.defaclnamespace = ns.oid),
  (SELECT string_agg(r.rolname, ';' ORDER BY r.rolname) FROM pg_roles r WHERE r.rolname LIKE :roles)
))
"""


class _MigratedSchemas:
    """The ``db`` fixture's PostgreSQL schema: migrated once per test process and emptied after each
    test, instead of a new schema migrated per test (1.5 s or more of DDL each, some 170 tests).

    Emptied means as a fresh migration leaves it: every table but the version table truncated and
    every sequence restarted. Only when the test changed rows alone: anything else it changed in the
    schema (``_SCHEMA_FINGERPRINT``: a set-up's roles and privileges, policies, triggers, columns)
    and the schema is dropped as ``pg_schema`` drops it, and the next test gets a new one."""

    def __init__(self) -> None:
        self.admin: Engine | None = None
        self.schema: str | None = None
        self.fingerprint = ""
        self.base = ""

    def acquire(self) -> str:
        if self.admin is None:
            self.base = postgres_url()
            self.admin = _admin_engine(self.base)
        if self.schema is None:
            schema = _create_schema(self.admin)
            database = Database(schema_url(self.base, schema))
            try:
                self.prepare(database, schema)
            finally:
                database.dispose()
            self.schema, self.fingerprint = schema, self._fingerprint(schema)
        return schema_url(self.base, self.schema)

    def prepare(self, database: Database, schema: str) -> None:
        """What every test finds in the schema (a subclass may set up more)."""
        migrate(database)

    def _fingerprint(self, schema: str) -> str:
        assert self.admin is not None
        with self.admin.connect() as connection:
            roles = _role_prefix(connection, schema)
            found = connection.execute(text(_SCHEMA_FINGERPRINT), {"schema": schema, "roles": roles})
            return str(found.scalar_one())

    def release(self) -> None:
        """After a test: empty the schema, or drop it when the test changed more than its rows."""
        assert self.admin is not None and self.schema is not None
        schema = self.schema
        try:
            if self._fingerprint(schema) == self.fingerprint and self._empty(schema):
                self.refill(schema)
                return
        except Exception:  # a lock held by a connection the test left open, a broken schema
            pass
        self.schema = None
        self.drop(schema)

    def refill(self, schema: str) -> None:
        """After emptying: the rows ``prepare`` made (none here)."""

    def drop(self, schema: str) -> None:
        assert self.admin is not None
        _drop_schema(self.admin, schema)

    def _empty(self, schema: str) -> bool:
        assert self.admin is not None
        with self.admin.begin() as connection:
            connection.execute(text("SET LOCAL lock_timeout = '5s'"))
            tables = connection.scalars(
                text("SELECT tablename FROM pg_tables WHERE schemaname = :schema AND tablename <> :version"),
                {"schema": schema, "version": VERSION_TABLE},
            ).all()
            filled = connection.scalars(
                text(
                    " UNION ALL ".join(
                        f"SELECT '{t}' WHERE EXISTS (SELECT 1 FROM {schema}.\"{t}\")" for t in tables
                    )
                )
            ).all()
            if filled:
                names = ", ".join(f'{schema}."{t}"' for t in filled)
                connection.execute(text(f"TRUNCATE {names} CASCADE"))
            for sequence in connection.scalars(
                text(
                    "SELECT sequencename FROM pg_sequences WHERE schemaname = :schema AND last_value IS NOT NULL"
                ),
                {"schema": schema},
            ).all():
                connection.execute(text(f'ALTER SEQUENCE {schema}."{sequence}" RESTART'))
            versions = connection.scalars(text(f"SELECT version_num FROM {schema}.{VERSION_TABLE}")).all()
        return versions == [HEAD]

    def close(self) -> None:
        if self.admin is not None:
            if self.schema is not None:
                self.drop(self.schema)
            self.admin.dispose()


@pytest.fixture(scope="session")
def _migrated_schemas() -> Iterator[_MigratedSchemas]:
    schemas = _MigratedSchemas()
    yield schemas
    schemas.close()


@pytest.fixture(scope="session")
def _migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated once per test process; each test gets a copy (see ``db``)."""
    path = tmp_path_factory.mktemp("migrated") / "ondernemersdesk.db"
    database = Database(f"sqlite:///{path}")
    migrate(database)
    database.dispose()
    assert not path.with_name(path.name + "-wal").exists(), "the copy would miss what the WAL holds"
    return path


def _migrated_copy(template: Path, tmp_path: Path) -> Database:
    path = tmp_path / "ondernemersdesk.db"
    shutil.copyfile(template, path)
    database = Database(f"sqlite:///{path}")
    migrate(database)  # finds it up to date: one query
    return database


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    """Each backend in turn: the parameter of ``database_url`` and ``db``."""
    return str(request.param)


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database on each backend."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'ondernemersdesk.db'}"
    else:
        yield request.getfixturevalue("pg_schema")


@pytest.fixture
def db(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database on each backend: a copy of a file migrated once (SQLite), or a
    schema migrated once and emptied after each test (PostgreSQL, see ``_MigratedSchemas``)."""
    if backend == "sqlite":
        database = _migrated_copy(request.getfixturevalue("_migrated_sqlite"), tmp_path)
        yield database
        database.dispose()
        return
    schemas: _MigratedSchemas = request.getfixturevalue("_migrated_schemas")
    database = Database(schemas.acquire())
    try:
        migrate(database)  # finds it up to date: one query
        yield database
    finally:
        database.dispose()
        schemas.release()


@pytest.fixture
def sqlite_db(_migrated_sqlite: Path, tmp_path: Path) -> Iterator[Database]:
    """A migrated SQLite database, for tests that need only one backend (GUI flows)."""
    database = _migrated_copy(_migrated_sqlite, tmp_path)
    yield database
    database.dispose()


# The longest tests start first: handed out last, one of them alone made the last minutes of a run,
# with the other worker idle (the longest single test bounds a run on two workers). Under
# pytest-xdist (``--dist worksteal``) the first half of this order goes to one worker, which runs it
# from the front (a worker that runs out takes the other's tail): the tests that share a walk through
# every screen (tests/views/screen_walk.py) follow each other there, so that walk is made once.
_LONG_FIRST = (
    "tests/installer/",
    "tests/desktop/test_bench.py",
    "tests/models/test_offline.py::test_connection_lost_at_every_step",
    "tests/views/test_zoom.py",
    "tests/views/test_fit_screen.py::test_every_page_fits",
    "tests/views/test_accessibility.py::test_every_page_names",
    "tests/views/test_fit_screen.py::test_every_dialog_fits",
    "tests/views/test_accessibility.py::test_every_dialog_names",
)


def _first(item: pytest.Item) -> int:
    return next((n for n, start in enumerate(_LONG_FIRST) if item.nodeid.startswith(start)), len(_LONG_FIRST))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=_first)  # stable: the rest keep their order
