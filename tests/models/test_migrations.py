"""The schema migrations on both databases: to head, idempotent, in step with the entities,
and never touching a database they do not understand."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

import models.migrations as migrations
from models.base import Base
from models.db import Database, schema_url
from models.errors import DatabaseUnavailableError, SchemaTooNewError
from models.migrations import context_options, current_revision, head_revision, include_object, migrate
from tests.conftest import postgres_url, schema_of
from tests.models.conftest import new_company, new_user

ENTITY_TABLES = {
    "app_user",
    "area",
    "audit_entry",
    "company",
    "company_contact",
    "contact",
    "establishment",
    "sector",
}


@pytest.fixture
def empty(database_url: str) -> Iterator[Database]:
    """An empty, not yet migrated database on each backend."""
    database = Database(database_url)
    yield database
    database.dispose()


def tables(database: Database) -> set[str]:
    with database.engine.connect() as connection:
        options = context_options(connection)
        return set(inspect(connection).get_table_names(schema=options.get("version_table_schema")))


def revisions() -> list[str]:
    """Every revision, oldest first."""
    scripts = ScriptDirectory.from_config(migrations._config())
    return [script.revision for script in reversed(list(scripts.walk_revisions()))]


def upgrade_to(database: Database, revision: str) -> None:
    with database.engine.begin() as connection:
        config = migrations._config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def test_the_revisions_form_one_line() -> None:
    assert revisions()[0] == "0001"
    assert revisions()[-1] == head_revision()
    scripts = ScriptDirectory.from_config(migrations._config())
    assert len(scripts.get_heads()) == 1


def test_migrate_an_empty_database_to_head(empty: Database) -> None:
    assert current_revision(empty) is None

    result = migrate(empty)

    assert (result.before, result.after, result.backup) == (None, head_revision(), None)
    assert current_revision(empty) == head_revision()
    assert ENTITY_TABLES | {"alembic_version", "company_search"} <= tables(empty)
    # The schema works: a company and its search document can be written.
    company_id = new_company(empty, "Bakkerij Jansen")
    with empty.session() as session:
        assert session.execute(text("SELECT count(*) FROM company_search")).scalar() == 1
        assert company_id == 1


def test_migrate_twice_is_a_no_op(empty: Database, tmp_path: Path) -> None:
    migrate(empty)
    new_company(empty, "Bakkerij Jansen")
    before = tables(empty)

    again = migrate(empty)

    assert (again.before, again.after, again.backup) == (head_revision(), head_revision(), None)
    assert tables(empty) == before
    assert not list(tmp_path.glob("*.before-*"))  # nothing to back up when nothing changes
    with empty.session() as session:
        assert session.execute(text("SELECT count(*) FROM company")).scalar() == 1


def test_the_migrations_match_the_entities(db: Database) -> None:
    """Nothing left for autogenerate: the revisions create exactly what the entities declare."""
    with db.engine.connect() as connection, warnings.catch_warnings():
        # SQLite's reflection cannot read an index on an expression (the list's sort indexes,
        # revision 0018) and says so; test_company_list_sorts_read_an_index checks their use.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        context = MigrationContext.configure(
            connection,
            opts={"include_object": include_object, "compare_type": True, **context_options(connection)},
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_include_object_leaves_out_only_the_search_index() -> None:
    for name in ("company_search", "company_search_data", "company_search_idx", "company_search_config"):
        assert not include_object(None, name, "table", True, None)
    for name in ("company", "establishment", "search", "company_contact"):
        assert include_object(None, name, "table", True, None)
    assert include_object(None, "ix_company_name_folded", "index", True, None)


def test_downgrade_and_upgrade_again(db: Database) -> None:
    with db.engine.begin() as connection:
        config = migrations._config()
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert tables(db) <= {"alembic_version"}
    assert current_revision(db) is None
    assert migrate(db).after == head_revision()
    assert tables(db) >= ENTITY_TABLES


def _list_sort_helpers(db: Database) -> list[str]:
    with db.engine.connect() as connection:
        return list(
            connection.scalars(
                text(
                    "SELECT stxname FROM pg_statistic_ext WHERE stxnamespace = current_schema()::regnamespace"
                    " AND stxname = 'st_establishment_city_sort'"
                    " UNION ALL SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
                    " AND indexname = 'ix_company_active_id_name'"
                )
            )
        )


def test_the_list_sort_helpers_come_and_go_with_revision_0021(db: Database) -> None:
    """PostgreSQL plans the list sorted by place with statistics on lower(city), and reads the
    names of a rare value's companies from an index; SQLite has neither."""
    if db.is_sqlite:
        pytest.skip("PostgreSQL's own statistics and index")
    helpers = ["st_establishment_city_sort", "ix_company_active_id_name"]
    assert _list_sort_helpers(db) == helpers
    with db.engine.begin() as connection:
        config = migrations._config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0020")
    assert _list_sort_helpers(db) == []
    assert migrate(db).after == head_revision()
    assert _list_sort_helpers(db) == helpers


def _names_words(db: Database) -> list[str]:
    with db.engine.connect() as connection:
        return list(
            connection.scalars(
                text(
                    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                    " AND tablename = 'company_search_word'"
                    " UNION ALL SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
                    " AND indexname IN ('ix_company_search_names', 'ix_company_search_word_trgm')"
                    " UNION ALL SELECT tgname FROM pg_trigger WHERE tgrelid = 'company_search'::regclass"
                    " AND NOT tgisinternal ORDER BY 1"
                )
            )
        )


def test_the_names_words_come_and_go_with_revision_0022(db: Database) -> None:
    """PostgreSQL matches a misspelt name against the names' words, kept by triggers, and finds their
    companies in an index of them; the upgrade fills the table from the documents there are."""
    if db.is_sqlite:
        pytest.skip("PostgreSQL's own table, index and triggers")
    helpers = [
        "company_search_word",
        "company_search_words_kept_delete",
        "company_search_words_kept_insert",
        "company_search_words_kept_update",
        "ix_company_search_names",
        "ix_company_search_word_trgm",
    ]
    assert _names_words(db) == helpers
    with db.engine.begin() as connection:
        config = migrations._config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0021")
    new_company(db, "Bakkerij Jansen")
    assert _names_words(db) == []
    assert migrate(db).after == head_revision()
    assert _names_words(db) == helpers
    with db.engine.connect() as connection:
        words = set(connection.scalars(text("SELECT word FROM company_search_word")))
    assert {"bakkerij", "jansen"} <= words


# -- a database this version does not understand --------------------------------------------------


def _stamp(database: Database, revision: str) -> None:
    with database.engine.begin() as connection:
        schema = context_options(connection).get("version_table_schema")
        table = f"{schema}.alembic_version" if schema else "alembic_version"
        connection.execute(text(f"UPDATE {table} SET version_num = :r"), {"r": revision})
        connection.execute(text("CREATE TABLE future_feature (id INTEGER PRIMARY KEY)"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_newer_schema_is_refused_and_left_unchanged(empty: Database) -> None:
    migrate(empty)
    new_company(empty, "Bakkerij Jansen")
    _stamp(empty, "0042_from_the_future")
    empty.dispose()
    folder = empty.path.parent if empty.path else None
    files_before = sorted(folder.iterdir()) if folder else []
    digest = _digest(empty.path) if empty.path else None
    tables_before = tables(empty)

    with pytest.raises(SchemaTooNewError) as info:
        migrate(empty)

    assert info.value.params == {"revision": "0042_from_the_future"}
    assert "0042_from_the_future" in str(info.value)
    assert "nothing has been changed" in str(info.value)
    assert current_revision(empty) == "0042_from_the_future"
    assert tables(empty) == tables_before
    empty.dispose()
    if folder is not None:
        assert sorted(folder.iterdir()) == files_before  # no backup, no journal left behind
        assert _digest(empty.path) == digest


def test_a_database_of_another_application_is_refused(empty: Database) -> None:
    with empty.engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)"))
        connection.execute(text("INSERT INTO invoices VALUES (1, 100)"))
    with pytest.raises(DatabaseUnavailableError) as info:
        migrate(empty)
    assert "not an Ondernemersdesk database" in str(info.value)
    assert tables(empty) == {"invoices"}


# -- SQLite: a backup before every migration ------------------------------------------------------


def test_backup_sqlite_makes_a_consistent_copy(tmp_path: Path) -> None:
    path = tmp_path / "ondernemersdesk.db"
    database = Database(f"sqlite:///{path}")
    migrate(database)
    new_user(database, "anna", "Anna de Vries")
    new_company(database, "Bakkerij Jansen")
    # The rows are still in the write-ahead log while the engine is open.
    backups = tmp_path / "backups"
    copy = migrations.backup_sqlite(path, backups, "0001")
    database.dispose()

    assert copy.parent == backups
    assert copy.name.startswith("ondernemersdesk.before-0001.")
    assert copy.suffix == ".db"
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT name FROM company").fetchall() == [("Bakkerij Jansen",)]
        assert connection.execute("SELECT username FROM app_user").fetchall() == [("anna",)]
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (head_revision(),)
        ]
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_an_older_database_is_migrated_and_a_local_file_backed_up_first(
    empty: Database, tmp_path: Path
) -> None:
    first = revisions()[0]
    upgrade_to(empty, first)
    # Plain SQL with the first revision's columns: the entities of today have columns it lacks.
    with empty.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO company (name, name_folded, version, created_at, updated_at) "
                "VALUES ('Bakkerij Jansen', 'bakkerij jansen', 1, :now, :now)"
            ),
            {"now": datetime.now(UTC)},
        )

    result = migrate(empty, backup_dir=tmp_path / "backups")

    assert (result.before, result.after) == (first, head_revision())
    assert current_revision(empty) == head_revision()
    if empty.path is None:
        assert result.backup is None  # a server has its own backups
        return
    assert result.backup is not None and result.backup.parent == tmp_path / "backups"
    assert result.backup.name.startswith(f"ondernemersdesk.before-{first}.")
    with sqlite3.connect(result.backup) as connection:
        assert connection.execute("SELECT name FROM company").fetchall() == [("Bakkerij Jansen",)]
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [(first,)]


def test_the_backup_goes_next_to_the_database_by_default(tmp_path: Path) -> None:
    path = tmp_path / "ondernemersdesk.db"
    database = Database(f"sqlite:///{path}")
    upgrade_to(database, revisions()[0])
    result = migrate(database)
    database.dispose()
    assert result.backup is not None and result.backup.parent == tmp_path


# -- PostgreSQL: one schema per database ----------------------------------------------------------


def test_a_schema_is_migrated_even_when_the_search_path_shows_a_migrated_one(pg_schema: str) -> None:
    """The version table of another schema on the search path (here: the fixture's) must not
    make this schema count as migrated."""
    first = Database(pg_schema)
    migrate(first)
    new_company(first, "In het eerste schema")
    first.dispose()

    base = postgres_url()
    other = f"t_{uuid.uuid4().hex[:12]}"
    first_schema = schema_of(pg_schema)
    admin = create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {other}"))
    try:
        url = schema_url(base, other, first_schema)
        second = Database(url)
        try:
            assert current_revision(second) is None
            assert migrate(second).before is None
            assert tables(second) >= ENTITY_TABLES
            with second.session() as session:
                assert session.execute(text("SELECT count(*) FROM company")).scalar() == 0
        finally:
            second.dispose()
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {other} CASCADE"))
        admin.dispose()
