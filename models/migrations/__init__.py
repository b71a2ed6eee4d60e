"""Schema migrations (Alembic), run at start; a local file is backed up first.

The same revisions run on SQLite (batch mode) and PostgreSQL. A database whose revision
this version does not know was made by a newer application and is refused, never touched.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, inspect
from sqlalchemy.exc import DBAPIError

from models import backups
from models.db import Database, database_error
from models.errors import DatabasePermissionError, DatabaseUnavailableError, SchemaTooNewError
from models.i18n import QT_TRANSLATE_NOOP
from models.schema_version import HEAD, VERSION_TABLE
from models.server import audit as server_audit

HERE = Path(__file__).resolve().parent
# Substring indexes kept outside the ORM (FTS5 and its shadow tables, or pg_trgm tables).
# The full-text indexes the migrations make per dialect (0001, 0003, 0011, 0012); Alembic's
# comparison skips them, and the pg_trgm indexes on the lists' search texts (0011, 0012: PostgreSQL
# only, not an entity's).
SEARCH_TABLES = (
    "company_search",
    "knowledge_search",
    "signal_search",
    "signal_public_search",
    "observation_search",
    "desk_question_search",
)
SEARCH_INDEXES = (
    "ix_signal_search_text",
    "ix_signal_public_search_text",
    "ix_observation_search_text",
    "ix_desk_question_search_text",
)
# An index on an expression written differently per database (the house number's leading digits,
# revision 0018): PostgreSQL prints it back rewritten, so a comparison would always differ.
# An index PostgreSQL only (revision 0021: company names by id for the list sorted by a rare
# value); on SQLite, where the table is already kept by id, it would lure the planner into scans.
UNCOMPARABLE_INDEXES = ("ix_establishment_main_address", "ix_company_active_id_name")

# Alembic is imported where a migration really runs, not at start-up: see HEAD.


def _config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(HERE))
    return config


def _scripts() -> Any:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    return _scripts().get_current_head() or ""


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """What Alembic compares with the entities: not the search index, which is dialect-specific
    (FTS5 and its shadow tables on SQLite, pg_trgm on PostgreSQL) and lives outside the ORM, nor
    Alembic's own version table (in an explicit schema on PostgreSQL, see ``context_options``)."""
    if type_ == "index" and name in (*SEARCH_INDEXES, *UNCOMPARABLE_INDEXES):
        return False
    if type_ != "table" or not name:
        return True
    return not any(name == t or name.startswith(t + "_") for t in (VERSION_TABLE, *SEARCH_TABLES))


def context_options(connection: Connection) -> dict[str, Any]:
    """On PostgreSQL the version table lives in the schema new tables are created in.

    Left to the search path, an ``alembic_version`` in a later schema (``public``) would be taken
    for this schema's: the database would count as migrated while its tables are missing, and
    every query would read the other schema's tables.
    """
    schema = _current_schema(connection)
    return {"version_table_schema": schema} if schema else {}


def _current_schema(connection: Connection) -> str | None:
    if connection.dialect.name != "postgresql":
        return None
    return connection.exec_driver_sql("SELECT current_schema()").scalar()


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    try:
        with db.engine.connect() as connection:
            return MigrationContext.configure(
                connection, opts=context_options(connection)
            ).get_current_revision()
    except DBAPIError as exc:
        raise database_error(exc, db) from exc


@dataclass(kw_only=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


# Two ``admin migrate`` (or two desks' first start) at once on an empty server: the second created
# the same tables and failed on a raw duplicate key. The one that comes second now waits for this
# lock, then finds the schema current. Taken per schema, by a connection of its own.
_LOCK_KEY = "SELECT hashtext('ondernemersdesk.migrate.' || current_schema())"
_held = threading.local()


@contextmanager
def migration_lock(db: Database) -> Iterator[None]:
    """Hold PostgreSQL's advisory lock of this schema's migrations until the block ends (SQLite:
    its own file lock serialises writers, nothing to do). Re-entrant within a thread, so that
    ``admin migrate`` can hold it over the migration and the server's grants that follow."""
    depth = getattr(_held, "depth", 0)
    if db.is_sqlite or depth:
        _held.depth = depth + 1
        try:
            yield
        finally:
            _held.depth = depth
        return
    try:
        connection = db.engine.connect()
    except DBAPIError as exc:
        raise database_error(exc, db) from exc
    try:
        key = int(connection.exec_driver_sql(_LOCK_KEY).scalar_one())
        connection.exec_driver_sql(f"SELECT pg_advisory_lock({key})")
        connection.commit()  # the lock is the session's: no transaction stays open meanwhile
        _held.depth = 1
        try:
            yield
        finally:
            _held.depth = 0
            connection.exec_driver_sql(f"SELECT pg_advisory_unlock({key})")
            connection.commit()
    except DBAPIError as exc:
        raise database_error(exc, db) from exc
    finally:
        connection.close()


def migrate(db: Database, backup_dir: Path | None = None) -> MigrationResult:
    """Bring the schema to this version's head; refuse a database made by a newer version."""
    db.check()
    stamped, trail_installed = _stamped(db)
    if stamped == HEAD and trail_installed:
        return MigrationResult(before=HEAD, after=HEAD, backup=None)
    with migration_lock(db):  # one at a time; the one that waited finds the work done
        return _migrate(db, backup_dir)


def _migrate(db: Database, backup_dir: Path | None) -> MigrationResult:
    stamped, trail_installed = _stamped(db)
    if stamped == HEAD:
        if not trail_installed:
            _install_server_trail(db)
        return MigrationResult(before=HEAD, after=HEAD, backup=None)
    before = current_revision(db)
    head = head_revision()
    scripts = _scripts()
    if before is not None and before not in {s.revision for s in scripts.walk_revisions()}:
        raise SchemaTooNewError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This database was created by a newer version of Ondernemersdesk (schema {revision}). "
                "Install the newer version to open it; nothing has been changed.",
            ),
            revision=before,
        )
    if before == head:
        if not trail_installed:
            _install_server_trail(db)
        return MigrationResult(before=before, after=head, backup=None)
    if before is not None and not db.is_sqlite:
        _require_owner(db, before, head)
    if before is None and _holds_tables(db):
        raise DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} holds the tables of another application: "
                "it is not an Ondernemersdesk database. Nothing has been changed.",
            ),
            path=db.display_name,
        )
    backup = None
    # An encrypted set taken along is not copied: the backup's sqlite3 cannot read it (and must
    # not open it, see Database.encrypted); the server holds what was taken.
    if before is not None and db.path is not None and db.path.exists() and not db.encrypted:
        backup = backup_sqlite(db.path, backup_dir or db.path.parent, before)
    from alembic import command

    try:
        with db.engine.begin() as connection:
            config = _config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            if not db.is_sqlite:  # tables a revision added are audited from the start
                server_audit.install(connection)
    except DBAPIError as exc:
        raise database_error(exc, db) from exc
    return MigrationResult(before=before, after=head, backup=backup)


def _stamped(db: Database) -> tuple[str | None, bool]:
    """The revision in the version table (None when there is none yet) and, on PostgreSQL,
    whether the server's audit triggers of this version are installed: read with one query."""
    try:
        with db.engine.connect() as connection:
            schema = _current_schema(connection)
            if not schema:
                return connection.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").scalar(), True
            row = connection.exec_driver_sql(
                f"SELECT version_num, {server_audit.marker_sql('current_schema()')} "
                f'FROM "{schema}".{VERSION_TABLE}'
            ).first()
            return (row[0], row[1] == server_audit.marker()) if row else (None, False)
    except DBAPIError:
        return None, False  # no version table (a new database), or unreadable: the full path decides


def _install_server_trail(db: Database) -> None:
    """The server's audit triggers of this version, installed by the schema's owner; anyone else
    may not work on the database until the owner has (their changes would go unrecorded)."""
    try:
        with db.engine.begin() as connection:
            if not server_audit.may_install(connection):
                raise DatabasePermissionError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The audit trail on the server {path} is not up to date for this version of "
                        "Ondernemersdesk, so changes cannot be recorded yet. Ask your administrator to run "
                        "'python main.py admin migrate' as the database owner.",
                    ),
                    path=db.display_name,
                )
            server_audit.install(connection)
    except DBAPIError as exc:
        raise database_error(exc, db) from exc


def _require_owner(db: Database, before: str, head: str) -> None:
    """Only the schema's owner upgrades a shared server: anyone else would meet "must be owner of
    …" half-way (and must never try DDL). Tell them who must do what, with the command."""
    from sqlalchemy.engine import make_url

    try:
        with db.engine.connect() as connection:
            if server_audit.may_install(connection):
                return
            owner = server_audit.owner_login(connection)
    except DBAPIError as exc:
        raise database_error(exc, db) from exc
    address = make_url(db.url).set(drivername="postgresql", username=owner or None, password=None, query={})
    raise DatabasePermissionError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database on the server {path} has schema {revision}, and this version of Ondernemersdesk "
            "needs {head}. Your login may not upgrade it: ask your administrator to upgrade the database "
            "first, as its owner, with: python main.py admin migrate --database {address} "
            "Nothing has been changed.",
        ),
        path=db.display_name,
        revision=before,
        head=head,
        address=address.render_as_string(hide_password=True),
    )


def _holds_tables(db: Database) -> bool:
    """Whether a database without a schema revision has tables nonetheless (not ours to change)."""
    try:
        with db.engine.connect() as connection:
            names = inspect(connection).get_table_names(schema=_current_schema(connection))
    except DBAPIError as exc:
        raise database_error(exc, db) from exc
    return bool(set(names) - {VERSION_TABLE})  # an empty version table is left by a downgrade


def sqlite_backups(path: Path, folder: Path | None = None) -> list[Path]:
    """The copies made of this file, before a migration and routinely (``models.backups``): they
    keep whatever it held then, so an erasure or a retention run does not reach them; the privacy
    commands name them."""
    return sorted(b.path for b in backups.backups(path, folder))


def backup_sqlite(path: Path, folder: Path, revision: str) -> Path:
    """A consistent copy through SQLite's backup API (safe while WAL holds recent writes), written
    under a temporary name and renamed when complete: a kill leaves no empty "backup"."""
    return backups.make_backup(path, f"before-{revision}", folder)
