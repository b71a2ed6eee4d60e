"""The audit trail and the version counters kept by the PostgreSQL server itself.

A login with psql is no longer outside the trail: every table whose entity is ``Versioned``
gets triggers, owned by the schema's owner, that is the tables' owner who ran the migrations
(SECURITY DEFINER, a fixed search path):

- before each inserted or updated row (``ondernemersdesk_stamp``): an update makes
  ``version = old + 1``, ``updated_at = now()`` and ``updated_by_id`` = the acting official, and
  keeps ``created_at`` (only the owner's tools may correct it), whatever the statement said (SQLAlchemy's optimistic lock sets the same version itself, and
  its ``WHERE version = :loaded`` keeps working); an insert by an ordinary login starts at
  version 1, stamped with the login's account; a record's id never changes.
- after each statement (``ondernemersdesk_audit_<table>``, with the statement's transition
  tables): a ``create`` entry per inserted row, a ``delete`` entry per deleted row, and per
  updated row one entry per changed column, read exactly as the application's trail writes them
  on SQLite (``models.audit.values``: the same skipped columns, actions and text forms).

A synchronisation of a set taken along states, per change it sends, when that change was done
offline (``SET LOCAL ondernemersdesk.done_at``, ``mark_offline``): the entries carry it in
``done_at``, clamped to the server's now; any login may state it (it is the laptop's word, as the
moment of a contact moment is), and a malformed one is refused.

Who acts: the account whose username is the session's login (``session_user``); a login
without an account changes nothing. Only a login that could write the trail directly anyway
(the schema's owner or a member of it, a superuser, a login IT granted INSERT on audit_entry:
``TRUSTED_SQL``) may name the official with ``SET LOCAL ondernemersdesk.user_id`` (the application does, for a session with
an official: ``act_for_official``), or set ``ondernemersdesk.audit = off`` for a bulk copy
that carries its own history (the transfer of a local file, the demo data). An ordinary login's
settings are ignored.

No login but the owner writes ``audit_entry``: insert, update, delete and truncate are revoked
from PUBLIC, the installation's group and every role group.

Installed by the owner: after every migration (``models.migrations.migrate``, so tables that a
later revision adds are covered) and by ``models.server.install``. A marker on the functions
(a digest of what would be installed) lets a start check in the query it makes anyway that
nothing needs installing; an ordinary login never tries DDL.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Connection, Date, Float, Integer, String, Table, Text, text
from sqlalchemy.orm import Session, SessionTransaction

from models import schema
from models.audit.values import (
    ARCHIVE,
    ARCHIVE_COLUMN,
    CREATE,
    DELETE,
    DONE_OFFLINE,
    FALSE_TEXT,
    RESTORE,
    SKIPPED_COLUMNS,
    TRUE_TEXT,
    UPDATE,
)
from models.base import CURRENT_USER, UTCDateTime, Versioned
from models.server import roles
from models.team.entities import Role

USER_SETTING = "ondernemersdesk.user_id"
AUDIT_SETTING = "ondernemersdesk.audit"
IMPORT_SETTING = "ondernemersdesk.import_batch"  # the import whose changes these are (models.importing)
# When the change a synchronisation sends was done offline (models.offline.sync), ISO 8601.
OFFLINE_SETTING = "ondernemersdesk.done_at"
PREFIX = "ondernemersdesk_"
ACTOR_FUNCTION = PREFIX + "actor"
UNAUDITED_FUNCTION = PREFIX + "unaudited"
STAMP_FUNCTION = PREFIX + "stamp"
MARKER_FUNCTION = STAMP_FUNCTION  # its comment says which version installed the triggers
TABLE_FUNCTION_PREFIX = PREFIX + "audit_"
TRIGGERS = (STAMP_FUNCTION, PREFIX + "audit_insert", PREFIX + "audit_update", PREFIX + "audit_delete")
MARKER_PREFIX = "ondernemersdesk audit "
_LOCK = 5432014  # pg_advisory_xact_lock: two owners installing at once wait for each other
# The schema in the generated DDL, filled in at install (so the marker does not depend on it).
_SCHEMA = "\x00schema\x00"
_TRUSTED = "audit.trusted"  # per pooled connection: may this login name the official?


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def audited_tables() -> list[Table]:
    """Every table of a ``Versioned`` entity, by name: new ones are covered without a list."""
    tables = {
        m.local_table.name: m.local_table
        for m in schema.Base.registry.mappers
        if issubclass(m.class_, Versioned) and isinstance(m.local_table, Table)
    }
    return [tables[name] for name in sorted(tables)]


def _columns(table: Table) -> list[tuple[str, Any]]:
    """(field as the trail names it, column) in the mapper's order, as the Python trail walks them."""
    mapper = next(m for m in schema.Base.registry.mappers if m.local_table is table)
    return [(attr.key, attr.columns[0]) for attr in mapper.column_attrs if attr.key not in SKIPPED_COLUMNS]


def value_sql(column_type: Any, expression: str) -> str:
    """SQL giving the text the Python trail writes for a value of this type
    (``models.audit.values.text_value``); run with TimeZone UTC and extra_float_digits 1."""
    if isinstance(column_type, Boolean):
        return f"CASE WHEN {expression} THEN {_literal(TRUE_TEXT)} WHEN NOT {expression} THEN {_literal(FALSE_TEXT)} END"
    if isinstance(column_type, UTCDateTime):
        return (
            f"pg_catalog.to_char({expression}, CASE WHEN pg_catalog.date_trunc('second', {expression}) = {expression} "
            f"""THEN 'YYYY-MM-DD"T"HH24:MI:SS' ELSE 'YYYY-MM-DD"T"HH24:MI:SS.US' END) || '+00:00'"""
        )
    if isinstance(column_type, Date):
        return f"pg_catalog.to_char({expression}, 'YYYY-MM-DD')"
    if isinstance(column_type, Float):
        # Python writes a whole number as 12.0 (up to 1e16), not-a-number as nan, infinity as inf.
        return (
            f"CASE WHEN {expression} = 'NaN'::float8 THEN 'nan' WHEN {expression} = 'Infinity'::float8 THEN 'inf' "
            f"WHEN {expression} = '-Infinity'::float8 THEN '-inf' "
            f"WHEN {expression} = pg_catalog.trunc({expression}) AND abs({expression}) < 1e16 "
            f"THEN pg_catalog.trunc({expression})::numeric::text || '.0' ELSE ({expression})::text END"
        )
    if isinstance(column_type, (Integer, String, Text)):  # String includes the choices (enum_column)
        return f"({expression})::text"
    raise TypeError(f"no text form for the audit trail of a {type(column_type).__name__} column")


_FUNCTION_SETTINGS = (
    f"SET search_path = {_SCHEMA}, pg_temp SET TimeZone = 'UTC' SET DateStyle = 'ISO, YMD' "
    "SET extra_float_digits = 1"
)


# Who may name the official a change is made for, or copy rows with their own history: a login
# that could write the trail directly anyway (INSERT on audit_entry: the tables' owner, a
# superuser, a login IT gave it explicitly) or could become the owner. One definition for the
# triggers, the application (``act_for_official``) and the live updates (``models.notify``);
# ``{login}``, ``{trail}`` and ``{owner}`` are SQL for the login, the audit table's qualified name
# and the tables' owner (``trusted_sql``).
TRUSTED_SQL = (
    "coalesce(pg_catalog.has_table_privilege({login}, {trail}, 'INSERT') "
    "OR pg_catalog.pg_has_role({login}, {owner}, 'MEMBER'), false)"
)


# The owner of the tables: whoever ran the migrations (the schema itself may belong to someone
# else, such as pg_database_owner for ``public``). The trigger functions belong to this role.
_OWNER_SQL = (
    "SELECT relowner FROM pg_catalog.pg_class "
    "WHERE oid = pg_catalog.to_regclass(pg_catalog.quote_ident(current_schema()) || '.audit_entry')"
)


def trusted_sql(login: str) -> str:
    """``TRUSTED_SQL`` for ``login`` (SQL) on the connection's own schema."""
    return TRUSTED_SQL.format(
        login=login,
        trail="pg_catalog.quote_ident(current_schema()) || '.audit_entry'",
        owner=f"({_OWNER_SQL})",
    )


# Per-row functions carry only the fixed search path: each SET costs a save and restore per call.
_DEFINER = f"SECURITY DEFINER SET search_path = {_SCHEMA}, pg_temp"


def _actor_block() -> str:
    """PL/pgSQL setting ``who`` to the acting official, given ``trusted``; shared by the row and
    the statement triggers."""
    return f"""  IF trusted THEN
    named := nullif(pg_catalog.current_setting({_literal(USER_SETTING)}, true), '');
    IF named !~ '^[0-9]{{1,9}}$' THEN
      RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = '{USER_SETTING} must be a user id, not ' || named;
    END IF;
    who := named::integer;
  ELSE
    SELECT id INTO who FROM {_SCHEMA}.app_user WHERE username = session_user;
    IF who IS NULL THEN
      RAISE EXCEPTION USING ERRCODE = '42501',
        MESSAGE = 'the login ' || session_user || ' has no account in this installation: it may change nothing';
    END IF;
  END IF;"""


# In the triggers (run as their owner, the schema's owner: ``current_user``), cheap per row.
# (their search path starts with the schema).
_TRUSTED = TRUSTED_SQL.format(login="session_user", trail="'audit_entry'", owner="current_user")
_AUDIT_OFF = f"coalesce(pg_catalog.current_setting({_literal(AUDIT_SETTING)}, true), '') = 'off'"


def _common_ddl() -> list[str]:
    s = _SCHEMA
    return [
        f"""CREATE OR REPLACE FUNCTION {s}.{UNAUDITED_FUNCTION}() RETURNS boolean
LANGUAGE sql STABLE {_DEFINER} AS $body$
  SELECT {_AUDIT_OFF} AND ({_TRUSTED})
$body$""",
        # The acting official: the login's own account; for a trusted session the one it names.
        f"""CREATE OR REPLACE FUNCTION {s}.{ACTOR_FUNCTION}() RETURNS integer
LANGUAGE plpgsql STABLE {_DEFINER} AS $body$
DECLARE
  trusted boolean := {_TRUSTED};
  named text;
  who integer;
BEGIN
{_actor_block()}
  RETURN who;
END
$body$""",
        f"""CREATE OR REPLACE FUNCTION {s}.{STAMP_FUNCTION}() RETURNS trigger
LANGUAGE plpgsql {_DEFINER} AS $body$
DECLARE
  trusted boolean := {_TRUSTED};
  named text;
  who integer;
BEGIN
  IF trusted AND (TG_OP = 'INSERT' OR {_AUDIT_OFF}) THEN
    RETURN NEW;  -- the owner's rows go in as given (a copy keeps its bookkeeping)
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.id IS DISTINCT FROM OLD.id THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'the id of a record of ' || TG_TABLE_NAME || ' cannot change';
  END IF;
{_actor_block()}
  IF TG_OP = 'INSERT' THEN
    NEW.version := 1;
    NEW.created_at := now();
  ELSE
    NEW.version := OLD.version + 1;
    IF NOT trusted THEN  -- the owner's tools may correct when a record was made; nobody else
      NEW.created_at := OLD.created_at;
    END IF;
  END IF;
  NEW.updated_at := now();
  NEW.updated_by_id := who;
  RETURN NEW;
END
$body$""",
    ]


def _table_ddl(table: Table) -> list[str]:
    s, name = _SCHEMA, table.name
    q = f"{s}.{roles.quote(name)}"
    function = f"{s}.{roles.quote(TABLE_FUNCTION_PREFIX + name)}"
    changes = []
    for position, (field, column) in enumerate(_columns(table), start=1):
        c = roles.quote(column.name)
        changed = f"o.{c} IS DISTINCT FROM n.{c}"
        # Only a changed column's values are written out (most of a row's columns are not).
        old = f"CASE WHEN {changed} THEN {value_sql(column.type, f'o.{c}')} END"
        new = f"CASE WHEN {changed} THEN {value_sql(column.type, f'n.{c}')} END"
        action = (
            f"CASE WHEN n.{c} IS NULL THEN {_literal(RESTORE)} ELSE {_literal(ARCHIVE)} END"
            if field == ARCHIVE_COLUMN
            else _literal(UPDATE)
        )
        changes.append(f"({position}, {action}, {_literal(field)}, {old}, {new}, {changed})")
    columns = "at, user_id, entity, entity_id, action, import_batch_id, done_at"
    values = ",\n      ".join(changes)
    body = f"""CREATE OR REPLACE FUNCTION {function}() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {_FUNCTION_SETTINGS} AS $body$
DECLARE
  who integer;
  batch integer;
  named_batch text;
  done timestamptz;
  named_done text;
BEGIN
  IF {s}.{UNAUDITED_FUNCTION}() THEN
    RETURN NULL;
  END IF;
  who := {s}.{ACTOR_FUNCTION}();
  -- An import marks its changes with its number: only an import of the acting official's own.
  named_batch := pg_catalog.current_setting({_literal(IMPORT_SETTING)}, true);
  IF named_batch ~ '^[0-9]{{1,9}}$' THEN
    SELECT b.id INTO batch FROM {s}.import_batch b
     WHERE b.id = named_batch::integer AND b.user_id IS NOT DISTINCT FROM who AND b.undone_at IS NULL;
  END IF;
  -- A synchronisation states when the change it sends was done offline: never after now.
  named_done := nullif(pg_catalog.current_setting({_literal(OFFLINE_SETTING)}, true), '');
  IF named_done IS NOT NULL THEN
    IF named_done !~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}[T ][0-9:.]+(Z|[+-][0-9:]+)$' THEN
      RAISE EXCEPTION USING ERRCODE = '22023',
        MESSAGE = '{OFFLINE_SETTING} must be a moment in ISO 8601 with its offset, not ' || named_done;
    END IF;
    done := LEAST(named_done::timestamptz, now());
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO {s}.audit_entry ({columns})
    SELECT now(), who, {_literal(name)}, n.id, {_literal(CREATE)}, batch, done FROM new_rows n ORDER BY n.id;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO {s}.audit_entry ({columns})
    SELECT now(), who, {_literal(name)}, o.id, {_literal(DELETE)}, batch, done FROM old_rows o ORDER BY o.id;
  ELSE
    INSERT INTO {s}.audit_entry ({columns}, field, old_value, new_value)
    SELECT now(), who, {_literal(name)}, n.id, c.action, batch, done, c.field, c.old_value, c.new_value
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    CROSS JOIN LATERAL (VALUES
      {values}
    ) AS c(position, action, field, old_value, new_value, changed)
    WHERE c.changed
    ORDER BY n.id, c.position;
  END IF;
  RETURN NULL;
END
$body$"""
    return [
        body,
        f"DROP TRIGGER IF EXISTS {TRIGGERS[0]} ON {q}",
        f"CREATE TRIGGER {TRIGGERS[0]} BEFORE INSERT OR UPDATE ON {q} "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.{STAMP_FUNCTION}()",
        f"DROP TRIGGER IF EXISTS {TRIGGERS[1]} ON {q}",
        f"CREATE TRIGGER {TRIGGERS[1]} AFTER INSERT ON {q} REFERENCING NEW TABLE AS new_rows "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {function}()",
        f"DROP TRIGGER IF EXISTS {TRIGGERS[2]} ON {q}",
        f"CREATE TRIGGER {TRIGGERS[2]} AFTER UPDATE ON {q} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {function}()",
        f"DROP TRIGGER IF EXISTS {TRIGGERS[3]} ON {q}",
        f"CREATE TRIGGER {TRIGGERS[3]} AFTER DELETE ON {q} REFERENCING OLD TABLE AS old_rows "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {function}()",
    ]


@cache
def _template() -> tuple[str, ...]:
    statements = _common_ddl()
    for table in audited_tables():
        statements += _table_ddl(table)
    return tuple(statements)


@cache
def marker() -> str:
    """What this version installs, as a short digest (stored as the stamp function's comment)."""
    return MARKER_PREFIX + hashlib.sha256("\n".join(_template()).encode()).hexdigest()[:16]


def marker_sql(schema_expression: str) -> str:
    """A scalar SQL expression: the marker installed in the schema (NULL when none)."""
    return (
        "pg_catalog.obj_description(pg_catalog.to_regprocedure("
        f"pg_catalog.quote_ident({schema_expression}) || '.{MARKER_FUNCTION}()'), 'pg_proc')"
    )


def installed_marker(connection: Connection) -> str | None:
    return connection.execute(text(f"SELECT {marker_sql('current_schema()')}")).scalar()


def may_install(connection: Connection) -> bool:
    """Whether the connected login acts as the schema's owner (only the owner installs)."""
    return bool(
        connection.execute(
            text(
                f"SELECT pg_catalog.pg_has_role(current_user, owner, 'USAGE') FROM ({_OWNER_SQL}) AS o(owner)"
            )
        ).scalar()
    )


def owner_login(connection: Connection) -> str | None:
    """The name of the schema's owner (who upgrades it)."""
    return connection.execute(
        text(f"SELECT pg_catalog.pg_get_userbyid(o.owner) FROM ({_OWNER_SQL}) AS o(owner)")
    ).scalar()


def install(connection: Connection, *, force: bool = False) -> bool:
    """Install the triggers when they are missing or out of date (or ``force``), and revoke the
    trail from every login; returns whether the triggers were (re)installed. Run by the schema's
    owner, in the caller's transaction; safe to run again."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:k, hashtext(current_schema()))"), {"k": _LOCK})
    schema_name = connection.execute(text("SELECT current_schema()")).scalar_one()
    s = roles.quote(schema_name)
    installed = force or installed_marker(connection) != marker() or bool(tables_without_triggers(connection))
    if installed:
        for statement in _template():
            connection.exec_driver_sql(statement.replace(_SCHEMA, s))
        _drop_stale_functions(connection, s, schema_name)
        owner = connection.execute(
            text(f"SELECT owner::regrole::text FROM ({_OWNER_SQL}) AS o(owner)")
        ).scalar_one()
        for function in _functions(connection, schema_name):
            connection.exec_driver_sql(f"ALTER FUNCTION {function} OWNER TO {owner}")
            connection.exec_driver_sql(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
        connection.exec_driver_sql(f"COMMENT ON FUNCTION {s}.{MARKER_FUNCTION}() IS {_literal(marker())}")
    _revoke_trail(connection, s)
    return installed


def _functions(connection: Connection, schema_name: str) -> list[str]:
    return list(
        connection.execute(
            text(
                "SELECT p.oid::regprocedure::text FROM pg_catalog.pg_proc p "
                "JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
                "WHERE n.nspname = :schema AND p.proname LIKE :prefix"
            ),
            {"schema": schema_name, "prefix": PREFIX.replace("_", "\\_") + "%"},
        ).scalars()
    )


def _drop_stale_functions(connection: Connection, s: str, schema_name: str) -> None:
    """Functions of tables no longer audited (a later revision dropped the table)."""
    wanted = {TABLE_FUNCTION_PREFIX + t.name for t in audited_tables()}
    for name in connection.execute(
        text(
            "SELECT p.proname FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = :schema AND p.proname LIKE :prefix"
        ),
        {"schema": schema_name, "prefix": TABLE_FUNCTION_PREFIX.replace("_", "\\_") + "%"},
    ).scalars():
        if name not in wanted:
            connection.exec_driver_sql(f"DROP FUNCTION {s}.{roles.quote(name)}() CASCADE")


def _groups(connection: Connection) -> list[str]:
    """The installation's group and its role groups, as far as they exist yet."""
    with Session(bind=connection) as session:
        names = [roles.group_name(session), *(roles.role_group_name(session, role) for role in Role)]
        return [name for name in names if roles.role_exists(session, name)]


def _revoke_trail(connection: Connection, s: str) -> None:
    grantees = ", ".join(["PUBLIC", *(roles.quote(g) for g in _groups(connection))])
    connection.exec_driver_sql(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {s}.audit_entry FROM {grantees}")
    sequence = connection.execute(
        text("SELECT pg_catalog.pg_get_serial_sequence(:table, 'id')"), {"table": f"{s}.audit_entry"}
    ).scalar()
    if sequence:  # nextval by hand would leave gaps in the trail's numbering
        connection.exec_driver_sql(f"REVOKE USAGE, UPDATE ON SEQUENCE {sequence} FROM {grantees}")


# -- the application's side ---------------------------------------------------------------------


def act_for_official(session: Session, _transaction: SessionTransaction, connection: Connection) -> None:
    """At the start of every transaction of a session with an official, on a connection whose
    login may name the official (the owner's tools, the tests, the system): tell the triggers
    who acts. Costs nothing on an ordinary login's connection after its first transaction (the
    server would ignore the setting; the triggers take the login's own account)."""
    if connection.dialect.name != "postgresql":
        return
    user_id = session.info.get(CURRENT_USER)
    if user_id is None:
        return
    trusted = connection.info.get(_TRUSTED)
    if trusted is None:
        trusted = connection.info[_TRUSTED] = bool(
            connection.execute(text("SELECT " + trusted_sql("session_user"))).scalar()
        )
    if trusted:
        connection.execute(
            text("SELECT pg_catalog.set_config(:name, :value, true)"),
            {"name": USER_SETTING, "value": str(int(user_id))},
        )


def without_trail(connection: Connection) -> None:
    """For the rest of this transaction, rows copied or generated in bulk get no audit entries
    and keep their own bookkeeping (a local file's history copied to the server, demo data).
    Honoured only for a login that could write the trail directly (``TRUSTED_SQL``); nothing on SQLite."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_catalog.set_config(:name, 'off', true)"), {"name": AUDIT_SETTING})


def mark_import(connection: Connection, batch_id: int | None) -> None:
    """For the rest of this transaction (or until called with None), the trail's entries are
    marked as made by this import (``audit_entry.import_batch_id``); nothing on SQLite, where
    the importer writes its entries itself."""
    if connection.dialect.name == "postgresql":
        connection.execute(
            text("SELECT pg_catalog.set_config(:name, :value, true)"),
            {"name": IMPORT_SETTING, "value": "" if batch_id is None else str(int(batch_id))},
        )


def mark_offline(session: Session, done_at: datetime | None) -> None:
    """Until called with None, the trail's entries of this session's changes say they were done
    offline at ``done_at`` (``audit_entry.done_at``): on PostgreSQL for the rest of the
    transaction, read by the triggers (any login: the moment is clamped to the server's now);
    on SQLite the application's trail writes it. Flush before changing the moment."""
    if done_at is None:
        session.info.pop(DONE_OFFLINE, None)
    else:
        session.info[DONE_OFFLINE] = done_at
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_catalog.set_config(:name, :value, true)"),
            {
                "name": OFFLINE_SETTING,
                "value": "" if done_at is None else done_at.astimezone(UTC).isoformat(),
            },
        )


def tables_without_triggers(connection: Connection) -> list[str]:
    """The audited tables lacking one of the triggers (for a check by IT or a test)."""
    rows = connection.execute(
        text(
            "SELECT c.relname, count(t.tgname) FROM pg_catalog.pg_class c "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "LEFT JOIN pg_catalog.pg_trigger t ON t.tgrelid = c.oid AND t.tgname = ANY(:names) AND t.tgenabled <> 'D' "
            "WHERE n.nspname = current_schema() AND c.relname = ANY(:tables) GROUP BY c.relname"
        ),
        {"names": list(TRIGGERS), "tables": [t.name for t in audited_tables()]},
    ).tuples()
    counts = dict(rows.all())
    return [t.name for t in audited_tables() if counts.get(t.name, 0) != len(TRIGGERS)]
