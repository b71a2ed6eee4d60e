"""Taking a set along, synchronising it, handing it in (the protocol: docs/offline-sync.md).

The local file is a SQLite database of the application's own schema, encrypted by SQLCipher,
with two tables of its own: ``offline_meta`` (the set's definition, who took it, when, the token
of an attempt in flight) and ``offline_base`` (every taken row as it came from the server: the
common ancestor of the three-way merge). Local changes are the rows that differ from their base;
the server's are the rows whose version differs from the base's; what the server no longer holds
is a tombstone. Nothing is written on either side while a conflict lacks its choice.
"""

from __future__ import annotations

import enum
import json
import platform
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    Enum,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    tuple_,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.audit import services as audit_log
from models.audit.values import DONE_OFFLINE
from models.base import Base, UTCDateTime, utcnow
from models.companies import search
from models.companies.entities import Company, Establishment
from models.db import Database, sqlite_url
from models.desk.entities import DeskQuestion, KnowledgeArticle
from models.desk.knowledge import SEARCH_TABLE as KNOWLEDGE_SEARCH_TABLE
from models.desk.knowledge import document as knowledge_document
from models.desk.services import set_search_text as set_question_search_text
from models.errors import DomainError
from models.fulltext import write as write_fulltext
from models.i18n import QT_TRANSLATE_NOOP
from models.matching.normalise import postcode_compact
from models.migrations import HEAD, current_revision, migrate
from models.offline import keys
from models.offline.entities import OfflineChange, OfflineSync
from models.offline.numbers import LOCAL_DRIVER
from models.offline.sets import LOOKUP_TABLES, SET_TABLES, SetDefinition, compute, lookups, table
from models.permissions import requires
from models.rounds.entities import Observation
from models.rounds.services import set_search_text as set_observation_search_text
from models.server import audit as server_audit
from models.signals.entities import Signal
from models.signals.records import signal_number
from models.signals.services import refresh_search_texts as set_signal_search_texts
from models.text import fold

# Columns the merge never compares: bookkeeping, and values derived from others (computed again).
BOOKKEEPING = frozenset({"version", "created_at", "updated_at", "updated_by_id"})
DERIVED = frozenset({"name_folded", "postcode_compact", "search_text", "public_search_text"})
# Columns the base does not keep, so the file holds them once: a document's bytes never change (a
# new version is a new document), so its row is compared by its key alone.
NOT_IN_BASE = {"attachment_content": frozenset({"content"})}
# The bookkeeping's format in ``offline_meta``: a file without the marker (format 1, before
# revision 0019's application) kept every document's bytes in the base again, as hex.
FORMAT = "2"
MINE, THEIRS = "mine", "theirs"
# Kinds of conflict
BOTH_CHANGED, DELETED, ARCHIVED = "both_changed", "deleted", "archived"

Clock = Callable[[], datetime]


class OfflineError(DomainError):
    """Taking along or synchronising cannot go on; the message says why and what to do."""


# What kind of value a field holds, for showing it as a person reads it (``FieldConflict.kind``).
TEXT, REFERENCE, CHOICE, MOMENT, DAY, YES_NO = "text", "reference", "choice", "moment", "day", "yes_no"


@dataclass(frozen=True, kw_only=True)
class FieldConflict:
    """One field both sides changed: its values as compared (``plain``: ISO text for moments and
    days, a choice's stored value, an id). ``kind`` says how to show them; for a reference,
    ``names`` holds what the referred records are called (base, mine, theirs): mine read in the
    local file (a record made offline has a local id), the others on the server."""

    field: str
    base: Any
    mine: Any
    theirs: Any
    kind: str = TEXT
    names: tuple[str | None, str | None, str | None] = (None, None, None)


@dataclass(frozen=True, kw_only=True)
class Conflict:
    """A record changed on both sides (the fields both changed), or changed here and gone or
    archived there. ``key`` is (table, primary key text) — what a resolution names."""

    table: str
    pk: str
    kind: str
    fields: tuple[FieldConflict, ...] = ()
    title: str = ""  # what a person calls the record (its name, subject, description)

    @property
    def key(self) -> tuple[str, str]:
        return (self.table, self.pk)


@dataclass(kw_only=True)
class TakeReport:
    counts: dict[str, int]
    lookups: dict[str, int]
    seconds: float = 0.0


@dataclass(kw_only=True)
class SyncReport:
    """What a synchronisation did, or the conflicts that stopped it (``done`` False)."""

    done: bool = False
    sent: dict[str, int] = field(default_factory=dict)  # table -> records sent up (new or changed)
    created: dict[str, dict[int, int]] = field(default_factory=dict)  # table -> local id -> server id
    received: dict[str, int] = field(default_factory=dict)  # table -> rows written locally
    removed: dict[str, int] = field(default_factory=dict)  # table -> rows gone from the set
    conflicts: list[Conflict] = field(default_factory=list)
    merged: int = 0  # records changed on both sides, merged field by field
    resumed: bool = False  # an earlier attempt had reached the server: nothing sent twice
    counts: dict[str, int] = field(default_factory=dict)  # the set's rows per table, afterwards
    clock_skew: timedelta = timedelta(0)
    numbers: list[str] = field(default_factory=list)  # the signal numbers the server gave (M-…)


# -- values ---------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """A column's value in a form both databases and JSON agree on (for comparing and the base)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return value


def _plain_row(row: Mapping[str, Any]) -> dict[str, Any]:
    return {k: plain(v) for k, v in row.items()}


def _base_row(name: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A row as its base keeps it and as a local row is compared with it."""
    left_out = NOT_IN_BASE.get(name, frozenset())
    return {k: plain(v) for k, v in row.items() if k not in left_out}


def _pk_columns(name: str) -> list[str]:
    return [c.name for c in table(name).primary_key.columns]


def _pk(name: str, row: Mapping[str, Any] | Any) -> str:
    return ",".join(str(row[c]) for c in _pk_columns(name))


def _has_id(name: str) -> bool:
    return _pk_columns(name) == ["id"]


def _references(name: str) -> dict[str, str]:
    """Column -> the set table it points at (only those: lookups keep their ids)."""
    found = {}
    for column in table(name).columns:
        for fk in column.foreign_keys:
            if fk.column.table.name in SET_TABLES:
                found[column.name] = fk.column.table.name
    return found


def _entity(name: str) -> type[Any]:
    for mapper in Base.registry.mappers:
        if mapper.local_table is table(name):
            return mapper.class_
    raise LookupError(name)


# -- the local file ---------------------------------------------------------------------------

LOCAL_DDL = (
    "CREATE TABLE IF NOT EXISTS offline_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS offline_base (tbl TEXT NOT NULL, pk TEXT NOT NULL, version INTEGER, "
    "row TEXT NOT NULL, PRIMARY KEY (tbl, pk))",
    "CREATE TABLE IF NOT EXISTS offline_dirty (tbl TEXT NOT NULL, pk TEXT NOT NULL, PRIMARY KEY (tbl, pk))",
)


def _change_log_ddl(name: str) -> list[str]:
    """The local change log: every row inserted, changed or removed in a set table is noted
    (table, key), so a synchronisation compares only those with their base."""
    columns = _pk_columns(name)

    def key(row: str) -> str:
        return " || ',' || ".join(f"{row}.{c}" for c in columns)

    note = "INSERT OR IGNORE INTO offline_dirty (tbl, pk) VALUES ('{t}', {k});"
    return [
        f"CREATE TRIGGER IF NOT EXISTS offline_log_{name}_insert AFTER INSERT ON {name} BEGIN "
        + note.format(t=name, k=key("NEW"))
        + " END",
        f"CREATE TRIGGER IF NOT EXISTS offline_log_{name}_update AFTER UPDATE ON {name} BEGIN "
        + note.format(t=name, k=key("OLD"))
        + " "
        + note.format(t=name, k=key("NEW"))
        + " END",
        f"CREATE TRIGGER IF NOT EXISTS offline_log_{name}_delete AFTER DELETE ON {name} BEGIN "
        + note.format(t=name, k=key("OLD"))
        + " END",
    ]


def local_url(path: Path, key: str) -> str:
    """The file's URL for SQLCipher: the key given raw (``x'…'``, 32 random bytes), so no key
    derivation runs at each connection (a passphrase costs ~0.5 s each)."""
    # The file's part as a local file's (models.db.sqlite_url): a name holding "?" or "#" goes as a
    # URI filename, percent-encoded, or the URL parser reads the rest as options and opens a shorter name.
    return sqlite_url(path.resolve()).replace("sqlite:///", f"sqlite+pysqlcipher://:x'{key}'@/", 1)


def open_local(path: Path) -> Database:
    """The local file, opened with its key from this computer's keyring."""
    if not path.exists():
        raise OfflineError(
            QT_TRANSLATE_NOOP("errors", "There is no set taken along at {file}."), file=str(path)
        )
    database = Database(local_url(path, keys.load_key(path)))
    try:
        with database.engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master"))
    except Exception as exc:
        database.dispose()
        raise OfflineError(
            QT_TRANSLATE_NOOP("errors", "{file} cannot be opened with the key on this computer."),
            file=str(path),
        ) from exc
    try:
        up_to_date(database)
    except BaseException:
        database.dispose()
        raise
    return database


def up_to_date(database: Database) -> None:
    """A local file taken along by an older version of the application, brought to this one's:
    its schema migrated (no plain backup: only SQLCipher reads it; the server holds what was
    taken), its change log made again (a migration that rebuilds a table drops its triggers), its
    bookkeeping converted, its markers renewed. Every change made offline stays: rows, base and
    change log are carried over as they are. A file of a newer version is refused unchanged."""
    revision = current_revision(database)
    with database.engine.connect() as connection:
        kept_format = _meta(connection).get("format")
    if revision == HEAD and kept_format == FORMAT:
        return
    if kept_format is not None and int(kept_format) > int(FORMAT):
        raise OfflineError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This set was taken along by a newer version of Ondernemersdesk. Install that version "
                "to open it; nothing has been changed.",
            )
        )
    if revision != HEAD:
        migrate(database)
    with database.engine.begin() as connection:
        for name in SET_TABLES:
            for ddl in _change_log_ddl(name):
                connection.execute(text(ddl))
        shrunk = 0
        for name, columns in NOT_IN_BASE.items():  # format 1: the base held them again
            for column in columns:
                shrunk += connection.execute(
                    text(
                        f"UPDATE offline_base SET row = json_remove(row, '$.{column}') "
                        f"WHERE tbl = :t AND json_type(row, '$.{column}') IS NOT NULL"
                    ),
                    {"t": name},
                ).rowcount
        _set_meta(connection, revision=HEAD, format=FORMAT)
    if shrunk:  # give the space back: a file full of scans was three times their size
        with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM")


def _meta(connection: Connection) -> dict[str, str]:
    return dict(connection.execute(text("SELECT key, value FROM offline_meta")).tuples().all())


def _set_meta(connection: Connection, **values: str | None) -> None:
    for key, value in values.items():
        connection.execute(text("DELETE FROM offline_meta WHERE key = :key"), {"key": key})
        if value is not None:
            connection.execute(
                text("INSERT INTO offline_meta (key, value) VALUES (:key, :value)"),
                {"key": key, "value": value},
            )


def _without_foreign_keys(connection: Connection) -> None:
    """The set is a part of the database: its rows may point at records not taken along (an
    observation's agreement of long ago). Before the transaction's first write."""
    connection.exec_driver_sql("PRAGMA foreign_keys = OFF")


def _write_rows(connection: Connection, name: str, rows: list[dict[str, Any]]) -> None:
    if rows:
        connection.execute(insert(table(name)), rows)


def _delete_rows(connection: Connection, name: str, pks: Iterable[str]) -> None:
    columns = _pk_columns(name)
    t = table(name)
    for pk in pks:
        values = pk.split(",")
        connection.execute(delete(t).where(*[t.c[c] == int(v) for c, v in zip(columns, values, strict=True)]))


def _rebuild_local_search(session: Session) -> None:
    search.rebuild_all(session)
    session.execute(text(f"DELETE FROM {KNOWLEDGE_SEARCH_TABLE}"))
    articles = KnowledgeArticle
    docs = [
        {"id": i, "doc": knowledge_document(q, tags, answer, department)}
        for i, q, tags, answer, department in session.execute(
            select(articles.id, articles.question, articles.tags, articles.answer, articles.department)
        )
    ]
    if docs:
        write_fulltext(session, KNOWLEDGE_SEARCH_TABLE, docs, replace=False)


def _server_revision(server: Database) -> None:
    revision = current_revision(server)
    if revision != HEAD:
        if revision is not None and revision > HEAD:
            raise OfflineError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The server has a newer version of Ondernemersdesk ({server}) than this computer "
                    "({here}). Update the application first; the changes made offline are kept.",
                ),
                server=revision,
                here=HEAD,
            )
        raise OfflineError(
            QT_TRANSLATE_NOOP(
                "errors", "The server has an older database version ({server}); IT must update it first."
            ),
            server=revision or "-",
        )


@requires()
def pending(session: Session) -> int:
    """How many records of the local file (a session on it) differ from what was taken along."""
    connection = session.connection()
    return sum(len(_differences(connection, name)[0]) for name in SET_TABLES)


def _differences(
    connection: Connection, name: str
) -> tuple[list[str], dict[str, dict[str, Any]], dict[str, Any]]:
    """The keys of rows new, changed or removed locally (from the change log, compared with
    their base: a value changed and changed back is no change); those local rows; their base."""
    dirty = list(connection.scalars(text("SELECT pk FROM offline_dirty WHERE tbl = :t"), {"t": name}))
    if not dirty:
        return [], {}, {}
    local = _fetch(connection, name, dirty)
    base = {
        pk: json.loads(row)
        for pk, row in connection.execute(
            text(
                "SELECT pk, row FROM offline_base WHERE tbl = :t AND pk IN (SELECT value FROM json_each(:pks))"
            ),
            {"t": name, "pks": json.dumps(dirty)},
        ).tuples()
    }
    keys = [
        pk
        for pk in dirty
        if (pk in local) != (pk in base) or (pk in local and _base_row(name, local[pk]) != base[pk])
    ]
    return keys, local, base


# -- taking along ---------------------------------------------------------------------------


@requires()
def take(
    session: Session,
    definition: SetDefinition,
    path: Path,
    *,
    server: Database,
    device: str | None = None,
) -> TakeReport:
    """Copy the set from the server (``session``, as the official) into a new encrypted file at ``path``."""
    start = utcnow()
    if path.exists():
        raise OfflineError(
            QT_TRANSLATE_NOOP(
                "errors", "{file} exists already; choose another file or hand that set in first."
            ),
            file=str(path),
        )
    _server_revision(server)
    user_id = session.info.get("user_id")
    rows = compute(session, definition, user_id)
    fixed = lookups(session)
    server_now = _server_now(session)
    key = keys.new_key(path)
    local = Database(local_url(path, key))
    try:
        migrate(local)
        with local.session() as ls:
            connection = ls.connection()
            _without_foreign_keys(connection)
            for ddl in LOCAL_DDL:
                connection.execute(text(ddl))
            for name in LOOKUP_TABLES:
                connection.execute(delete(table(name)))  # the migrations' seeds: the server's own come
                _write_rows(connection, name, fixed[name])
            for name in SET_TABLES:
                _write_rows(connection, name, rows[name])
                _write_base(connection, name, rows[name])
                for ddl in _change_log_ddl(name):
                    connection.execute(text(ddl))
            _set_meta(
                connection,
                definition=definition.to_json(),
                user_id=str(user_id or ""),
                taken_at=server_now.isoformat(),
                server=server.display_name,
                device=device or platform.node(),
                revision=HEAD,
                format=FORMAT,
            )
            _rebuild_local_search(ls)
            ls.commit()
    except BaseException:
        local.dispose()
        path.unlink(missing_ok=True)
        keys.forget_key(path)
        raise
    local.dispose()
    return TakeReport(
        counts={n: len(rows[n]) for n in SET_TABLES},
        lookups={n: len(fixed[n]) for n in LOOKUP_TABLES},
        seconds=(utcnow() - start).total_seconds(),
    )


def _write_base(connection: Connection, name: str, rows: list[dict[str, Any]]) -> None:
    if rows:
        connection.execute(
            text(
                "INSERT OR REPLACE INTO offline_base (tbl, pk, version, row) VALUES (:tbl, :pk, :version, :row)"
            ),
            [
                {
                    "tbl": name,
                    "pk": _pk(name, r),
                    "version": r.get("version"),
                    "row": json.dumps(_base_row(name, r)),
                }
                for r in rows
            ],
        )


def _server_now(session: Session) -> datetime:
    if session.get_bind().dialect.name == "postgresql":
        now = session.execute(text("SELECT now()")).scalar_one()
        return now.astimezone(UTC)
    return utcnow()


# -- synchronising --------------------------------------------------------------------------


@dataclass(kw_only=True)
class _Planned:
    name: str
    new: list[dict[str, Any]] = field(default_factory=list)
    changed: list[tuple[dict[str, Any], dict[str, Any], int | None]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def _fetch(session: Session | Connection, name: str, pks: list[str]) -> dict[str, dict[str, Any]]:
    if not pks:
        return {}
    t = table(name)
    columns = _pk_columns(name)
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(pks), 500):
        part = [tuple(int(v) for v in pk.split(",")) for pk in pks[start : start + 500]]
        if len(columns) == 1:
            stmt = select(t).where(t.c[columns[0]].in_(bindparam("ids", expanding=True)))
            found.update(
                {
                    _pk(name, r): dict(r)
                    for r in session.execute(stmt, {"ids": [p[0] for p in part]}).mappings()
                }
            )
            continue
        else:
            stmt = select(t).where(tuple_(*[t.c[c] for c in columns]).in_(part))
        found.update({_pk(name, r): dict(r) for r in session.execute(stmt).mappings()})
    return found


def _merge(
    name: str,
    pk: str,
    base: dict[str, Any],
    mine: dict[str, Any],
    theirs: dict[str, Any],
    resolutions: Mapping[tuple[str, ...], str],
) -> tuple[dict[str, Any] | None, Conflict | None]:
    """The three-way merge of one record: the fields to write, or the conflict still open."""
    plain_theirs = _plain_row(theirs)
    changes: dict[str, Any] = {}
    open_fields: list[FieldConflict] = []
    for column, value in mine.items():
        if (
            column in BOOKKEEPING
            or column in DERIVED
            or column in _pk_columns(name)
            or column in NOT_IN_BASE.get(name, ())
        ):
            continue
        b, m, t = base.get(column), plain(value), plain_theirs.get(column)
        if m in (b, t):
            continue  # not changed here, or changed the same way there
        if t == b:
            changes[column] = value
            continue
        choice = resolutions.get((name, pk, column)) or resolutions.get((name, pk)) or resolutions.get(("*",))
        if choice == MINE:
            changes[column] = value
        elif choice != THEIRS:
            open_fields.append(FieldConflict(field=column, base=b, mine=m, theirs=t))
    if open_fields:
        return None, Conflict(
            table=name, pk=pk, kind=BOTH_CHANGED, fields=tuple(open_fields), title=str(_title(mine))
        )
    archived_there = base.get("archived_at") is None and plain_theirs.get("archived_at") is not None
    if archived_there and changes:
        choice = resolutions.get((name, pk)) or resolutions.get(("*",))
        if choice is None:
            return None, Conflict(table=name, pk=pk, kind=ARCHIVED, title=str(_title(mine)))
        if choice == THEIRS:
            return {}, None
    return changes, None


def _plan(
    local: Connection, session: Session, resolutions: Mapping[tuple[str, ...], str]
) -> tuple[list[_Planned], list[Conflict], int]:
    plans, conflicts, merged = [], [], 0
    for name in SET_TABLES:
        keys_, rows, base = _differences(local, name)
        plan = _Planned(name=name)
        server_rows = _fetch(session, name, [k for k in keys_ if k in base])
        for pk in keys_:
            if pk not in base:
                plan.new.append(rows[pk])
            elif pk not in rows:
                plan.removed.append(pk)
            elif pk not in server_rows:
                choice = resolutions.get((name, pk)) or resolutions.get(("*",))
                if choice is None or choice == MINE:  # a record gone there is never made again
                    conflicts.append(Conflict(table=name, pk=pk, kind=DELETED, title=str(_title(rows[pk]))))
            else:
                theirs = server_rows[pk]
                if theirs.get("version") != base[pk].get("version"):
                    merged += 1
                changes, conflict = _merge(name, pk, base[pk], rows[pk], theirs, resolutions)
                if conflict is not None:
                    conflicts.append(conflict)
                elif changes:
                    plan.changed.append((rows[pk], changes, theirs.get("version")))
        plans.append(plan)
    return plans, _described(local, session, conflicts), merged


def _kind(name: str, column: str) -> str:
    c = table(name).c[column]
    if audit_log.points_to(name, column):
        return REFERENCE
    if audit_log.choice_labels(name, column) is not None or isinstance(c.type, Enum):
        return CHOICE
    if isinstance(c.type, UTCDateTime | DateTime):
        return MOMENT
    if isinstance(c.type, Date):
        return DAY
    if isinstance(c.type, Boolean):
        return YES_NO
    return TEXT


def _described(local: Connection, session: Session, conflicts: list[Conflict]) -> list[Conflict]:
    """The conflicts with each field's kind, and the names of the records its ids refer to."""
    on_server: set[tuple[str, int]] = set()
    here: set[tuple[str, int]] = set()
    for conflict in conflicts:
        for f in conflict.fields:
            target = audit_log.points_to(conflict.table, f.field)
            if target:
                on_server |= {(target, v) for v in (f.base, f.theirs) if isinstance(v, int)}
                here |= {(target, v) for v in (f.base, f.mine) if isinstance(v, int)}
    server_names = audit_log.record_names(session, on_server) if on_server else {}
    local_names = audit_log.record_names(local, here) if here else {}
    described = []
    for conflict in conflicts:
        fields = []
        for f in conflict.fields:
            target = audit_log.points_to(conflict.table, f.field) or ""
            names: tuple[str | None, str | None, str | None] = (None, None, None)
            if target:
                names = (
                    server_names.get((target, f.base)) or local_names.get((target, f.base)),
                    local_names.get((target, f.mine)),
                    server_names.get((target, f.theirs)),
                )
            fields.append(replace(f, kind=_kind(conflict.table, f.field), names=names))
        described.append(replace(conflict, fields=tuple(fields)))
    return described


def _remap(name: str, values: dict[str, Any], id_map: dict[str, dict[int, int]]) -> dict[str, Any]:
    out = dict(values)
    for column, target in _references(name).items():
        if column in out and out[column] is not None and out[column] in id_map.get(target, {}):
            out[column] = id_map[target][out[column]]
    return out


def _derive(session: Session, obj: Any) -> None:
    if isinstance(obj, Company):
        obj.name_folded = fold(obj.name)
    elif isinstance(obj, Establishment):
        obj.postcode_compact = postcode_compact(obj.postcode)
    elif isinstance(obj, Observation):
        set_observation_search_text(session, obj)
    elif isinstance(obj, Signal):
        set_signal_search_texts(session, obj)
    elif isinstance(obj, DeskQuestion):
        set_question_search_text(session, obj)


def _title(row: Mapping[str, Any]) -> Any:
    """What a person calls a record made offline, in a message."""
    for column in ("name", "trade_name", "subject", "last_name", "description"):
        if row.get(column):
            return row[column]
    return row.get("id", "")


def _company_of(name: str, row: Mapping[str, Any]) -> int | None:
    if name == "company":
        return int(row["id"])
    value = row.get("company_id")
    return int(value) if value is not None else None


def _up(
    session: Session,
    plans: list[_Planned],
    *,
    token: str,
    meta: dict[str, str],
    skew: timedelta,
    now: datetime,
) -> tuple[dict[str, dict[int, int]], dict[str, int]]:
    """Every planned change in the server's transaction, with the receipt; committed by the caller."""
    id_map: dict[str, dict[int, int]] = {}
    sent: dict[str, int] = {}
    done: list[tuple[str, int, str, datetime]] = []
    companies: set[int] = set()
    taken_at = datetime.fromisoformat(meta["taken_at"])

    def when(row: Mapping[str, Any]) -> datetime:
        moment = row.get("updated_at") or row.get("created_at") or now + skew
        corrected = moment - skew if isinstance(moment, datetime) else now
        return min(max(corrected, taken_at), now)

    for plan in plans:
        entity = _entity(plan.name)
        columns = [c.name for c in table(plan.name).columns]
        for row in plan.new:
            values = _remap(plan.name, {c: row[c] for c in columns if c not in BOOKKEEPING}, id_map)
            local_id = values.pop("id", None) if _has_id(plan.name) else None
            if not _has_id(plan.name) and session.get(
                entity, tuple(values[c] for c in _pk_columns(plan.name))
            ):
                continue  # the link is there already
            obj = entity(**values)
            _derive(session, obj)
            session.add(obj)
            moment = when(row)
            # One flush per record: the server gives it its id, and the trail's entries say when
            # it was made offline (the setting holds for a whole statement).
            server_audit.mark_offline(session, moment)
            try:
                session.flush()
            except IntegrityError as exc:
                raise OfflineError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The server refused what was made offline ({records}): a colleague may have "
                        "added the same meanwhile (a KvK number or vestigingsnummer). Nothing was sent; "
                        "change it here and synchronise again.",
                    ),
                    records=str(_title(row)),
                ) from exc
            if local_id is not None:
                id_map.setdefault(plan.name, {})[int(local_id)] = obj.id
            company = obj.id if plan.name == "company" else getattr(obj, "company_id", None)
            if company is not None:
                companies.add(int(company))
            done.append((plan.name, getattr(obj, "id", 0) or 0, "create", moment))
            sent[plan.name] = sent.get(plan.name, 0) + 1
        held: list[Any] = []  # the rows to change, read in one statement per chunk (held: the
        if plan.changed and _has_id(plan.name):  # session's identity map keeps them only weakly)
            wanted = [int(_pk(plan.name, row)) for row, _changes, _version in plan.changed]
            for start in range(0, len(wanted), 500):
                held += session.scalars(
                    select(entity).where(entity.id.in_(wanted[start : start + 500]))
                ).all()
        for row, changes, version in plan.changed:
            key = tuple(int(v) for v in _pk(plan.name, row).split(","))
            obj = session.get(entity, key if len(key) > 1 else key[0])
            if obj is None or getattr(obj, "version", version) != version:
                raise OfflineError(
                    QT_TRANSLATE_NOOP(
                        "errors", "A colleague changed the same records just now; synchronise again."
                    )
                )
            for column, value in _remap(plan.name, changes, id_map).items():
                setattr(obj, column, value)
            _derive(session, obj)
            moment = when(row)
            server_audit.mark_offline(session, moment)
            session.flush()  # per record: its trail entries carry its own moment
            done.append((plan.name, key[0], "update", moment))
            sent[plan.name] = sent.get(plan.name, 0) + 1
            if (company := _company_of(plan.name, row)) is not None:
                companies.add(company)
    for plan in reversed(plans):
        entity = _entity(plan.name)
        for pk in plan.removed:
            key = tuple(int(v) for v in pk.split(","))
            obj = session.get(entity, key if len(key) > 1 else key[0])
            if obj is not None:
                session.delete(obj)
                server_audit.mark_offline(session, now)  # when it was removed is not kept offline
                session.flush()
                done.append((plan.name, key[0], "remove", now))
                sent[plan.name] = sent.get(plan.name, 0) + 1
    server_audit.mark_offline(session, None)  # what follows is the synchronisation's own doing
    if companies:
        search.refresh(session, sorted(companies))
    receipt = OfflineSync(
        token=token,
        user_id=session.info.get("user_id"),
        device=meta.get("device", "")[:120],
        taken_at=taken_at,
        synced_at=now,
        clock_skew_seconds=int(skew.total_seconds()),
        changes=len(done),
        id_map=json.dumps({t: {str(k): v for k, v in m.items()} for t, m in id_map.items()}),
    )
    session.add(receipt)
    session.flush()
    if done:
        session.execute(
            insert(OfflineChange.__table__),
            [
                {"sync_id": receipt.id, "entity": n, "entity_id": i, "action": a, "done_at": d}
                for n, i, a, d in done
            ],
        )
    return id_map, sent


def _receipt(session: Session, token: str) -> dict[str, dict[int, int]] | None:
    found = session.scalar(select(OfflineSync.id_map).where(OfflineSync.token == token))
    if found is None:
        return None
    return {t: {int(k): int(v) for k, v in m.items()} for t, m in json.loads(found).items()}


@requires()
def synchronise(
    session: Session,
    path: Path,
    *,
    server: Database,
    resolutions: Mapping[tuple[str, ...], str] | None = None,
    clock: Clock = utcnow,
) -> SyncReport:
    """Send the local file's changes up and bring the set's changes down (docs/offline-sync.md).

    ``session``: the server's, as the official who took the set along. ``resolutions``: the
    choice per conflict — ``{(table, pk, field): "mine"|"theirs"}``, ``{(table, pk): …}`` for a
    whole record, ``{("*",): …}`` for all. With a conflict left open nothing is written and the
    report lists the conflicts.
    """
    _server_revision(server)
    local = open_local(path)
    try:
        return _synchronise(session, local, server, resolutions or {}, clock)
    finally:
        local.dispose()


def _synchronise(
    session: Session,
    local: Database,
    server: Database,
    resolutions: Mapping[tuple[str, ...], str],
    clock: Clock,
) -> SyncReport:
    report = SyncReport()
    server_now = _server_now(session)
    report.clock_skew = skew = clock() - server_now
    with local.session() as ls:
        connection = ls.connection()
        meta = _meta(connection)
        token = meta.get("in_flight")
        id_map = _receipt(session, token) if token else None
        if id_map is None:
            plans, report.conflicts, report.merged = _plan(connection, session, resolutions)
            if report.conflicts:
                return report
            if any(p.new or p.changed or p.removed for p in plans):
                if token is None:
                    token = str(uuid.uuid4())
                    _set_meta(connection, in_flight=token)
                    ls.commit()  # the token is kept before anything is sent
                    connection = ls.connection()
                try:
                    id_map, report.sent = _up(
                        session, plans, token=token, meta=meta, skew=skew, now=server_now
                    )
                finally:
                    session.info.pop(DONE_OFFLINE, None)  # a failed attempt leaves no moment behind
                session.commit()
            else:
                id_map = {}
                session.rollback()  # nothing sent: end the reading transaction
        else:
            report.resumed = True
        report.created = id_map
    _down(session, local, report, id_map)
    return report


def _down(session: Session, local: Database, report: SyncReport, id_map: dict[str, dict[int, int]]) -> None:
    """The set looked at again on the server (keys and versions), every row changed there or here
    read whole and written locally, rows gone from the set removed; the count check; the base and
    the change log renewed — all in one local transaction."""
    with local.session() as ls:
        connection = ls.connection()
        _without_foreign_keys(connection)
        meta = _meta(connection)
        definition = SetDefinition.from_json(meta["definition"])
        user_id = int(meta["user_id"]) if meta.get("user_id") else None
        now = compute(session, definition, user_id, keys_only=True)
        for name in reversed(SET_TABLES):  # records made offline: replaced by their server rows
            made = [str(i) for i in id_map.get(name, {})]
            if made:
                _delete_rows(connection, name, made)
        dirty: dict[str, set[str]] = {}
        for name, pk in connection.execute(text("SELECT tbl, pk FROM offline_dirty")).tuples():
            dirty.setdefault(name, set()).add(pk)
        plan: dict[str, tuple[dict[str, Any], list[str], list[str]]] = {}
        for name in SET_TABLES:
            versions: dict[str, int | None] = {
                pk: version
                for pk, version in connection.execute(
                    text("SELECT pk, version FROM offline_base WHERE tbl = :t"), {"t": name}
                ).tuples()
            }
            fresh = {_pk(name, r): r.get("version") for r in now[name]}
            wanted = [
                pk
                for pk, version in fresh.items()
                if pk not in versions or versions[pk] != version or pk in dirty.get(name, ())
            ]
            gone = [pk for pk in versions if pk not in fresh]
            gone += [pk for pk in dirty.get(name, ()) if pk not in fresh and pk not in versions]
            plan[name] = (fresh, wanted, gone)
        full = compute(session, definition, user_id) if any(p[1] for p in plan.values()) else {}
        session.rollback()
        touched: set[int] = set()
        for name in SET_TABLES:
            fresh, wanted, gone = plan[name]
            by_pk = {_pk(name, r): r for r in full.get(name, [])}
            written = [by_pk[pk] for pk in wanted if pk in by_pk]
            _delete_rows(connection, name, [*gone, *wanted])
            _write_rows(connection, name, written)
            if gone:
                connection.execute(
                    text(
                        "DELETE FROM offline_base WHERE tbl = :t AND pk IN (SELECT value FROM json_each(:pks))"
                    ),
                    {"t": name, "pks": json.dumps(gone)},
                )
                report.removed[name] = len(gone)
            _write_base(connection, name, written)
            if written:
                report.received[name] = len(written)
            touched |= {c for r in written if (c := _company_of(name, r)) is not None}
            local_count = connection.execute(select(func.count()).select_from(table(name))).scalar_one()
            if local_count != len(fresh):
                ls.rollback()
                raise OfflineError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The check after synchronising found {local} rows of {table} here and {server} on "
                        "the server; nothing was changed here. Synchronise again.",
                    ),
                    table=name,
                    local=local_count,
                    server=len(fresh),
                )
            report.counts[name] = local_count
        if touched:
            search.refresh(ls, sorted(touched))
        connection.execute(text("DELETE FROM offline_dirty"))
        _set_meta(connection, in_flight=None, last_sync=utcnow().isoformat())
        ls.commit()
    report.done = True


# -- handing in -----------------------------------------------------------------------------


def changes_waiting(path: Path) -> int:
    """How many records of the set at ``path`` wait to be synchronised (an attempt in flight counts)."""
    local = open_local(path)
    try:
        with local.session() as ls:
            connection = ls.connection()
            waiting = sum(len(_differences(connection, n)[0]) for n in SET_TABLES)
            return waiting + (1 if _meta(connection).get("in_flight") else 0)
    finally:
        local.dispose()


def hand_in(path: Path) -> None:
    """*Terugzetten*: remove the local file and its key, only when nothing waits."""
    waiting = changes_waiting(path)
    if waiting:
        raise OfflineError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{count} changes made offline have not been synchronised yet; synchronise first, "
                "then hand the set in.",
            ),
            count=waiting,
        )
    for companion in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        companion.unlink(missing_ok=True)
    keys.forget_key(path)


# -- the window's side: the local file as a working database, its state, a sync from a URL ----


def is_local_copy(url: str) -> bool:
    """Whether ``url`` is a set taken along (an encrypted local file), not a team's database."""
    return url.startswith(LOCAL_DRIVER + ":")


def url_of(path: Path) -> str:
    """The working address of the set at ``path``, with its key from this computer's keyring."""
    return local_url(path, keys.load_key(path))


def sign_in_local(database: Database) -> Any:
    """The official who took the set along, signed in on its local file (never the OS account:
    the file holds the server's officials). A file an older version took along is brought up to
    date first (``up_to_date``)."""
    from models.permissions import permissions_of
    from models.team.entities import User
    from models.team.services import SignedIn

    up_to_date(database)
    with database.session() as session:
        meta = _meta(session.connection())
        user = session.get(User, int(meta["user_id"])) if meta.get("user_id") else None
        if user is None:
            raise OfflineError(QT_TRANSLATE_NOOP("errors", "This set taken along names no official."))
        return SignedIn(
            user_id=user.id,
            username=user.username,
            full_name=user.full_name,
            role=user.role,
            permissions=permissions_of(user.role),
        )


@dataclass(frozen=True, kw_only=True)
class LocalState:
    """What the window says about a set taken along: since when, how many changes wait."""

    taken_at: datetime
    last_sync: datetime | None
    waiting: int
    server: str
    definition: SetDefinition


@requires()
def local_state(session: Session) -> LocalState:
    """The state of the local file ``session`` works on."""
    connection = session.connection()
    meta = _meta(connection)
    waiting = sum(len(_differences(connection, n)[0]) for n in SET_TABLES)
    last = meta.get("last_sync")
    return LocalState(
        taken_at=datetime.fromisoformat(meta["taken_at"]),
        last_sync=datetime.fromisoformat(last) if last else None,
        waiting=waiting + (1 if meta.get("in_flight") else 0),
        server=meta.get("server", ""),
        definition=SetDefinition.from_json(meta["definition"]),
    )


def reachable(server_url: str) -> bool:
    """Whether the team's server answers now (a short try; for synchronising automatically)."""
    server = Database(server_url)
    try:
        with server.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return True
    except Exception:
        return False
    finally:
        server.dispose()


def synchronise_with(
    server_url: str,
    path: Path,
    *,
    resolutions: Mapping[tuple[str, ...], str] | None = None,
    os_login: tuple[str, str] = ("", ""),
) -> SyncReport:
    """``synchronise`` against the server at ``server_url``, as the official who took the set along.

    On PostgreSQL the login must be that official's (the server's roles and audit apply to it);
    on a local file (a single desk) the file says who it is."""
    from models.team.services import sign_in

    local = open_local(path)
    try:
        with local.session() as ls:
            meta = _meta(ls.connection())
    finally:
        local.dispose()
    owner = int(meta["user_id"]) if meta.get("user_id") else None
    server = Database(server_url)
    try:
        user_id = owner
        if not server.is_sqlite:
            with server.session() as session:
                user_id = sign_in(session, os_login).user_id
                session.rollback()
            if user_id != owner:
                raise OfflineError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This set was taken along by another official; synchronise it with their login.",
                    )
                )
        with server.session(user_id) as session:
            report = synchronise(session, path, server=server, resolutions=resolutions)
            if report.done and report.created.get("signal"):
                report.numbers = [signal_number(i) for i in sorted(report.created["signal"].values())]
            return report
    finally:
        server.dispose()
