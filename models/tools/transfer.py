"""Moving a local file to a shared server: every row copied, every link kept, and proof of it.

``copy_database`` copies all data of a local (SQLite) database into a database that holds no
data yet, normally a team's new PostgreSQL server. Nothing is merged: a target with any row in
any table is refused untouched. The tables come from the entities' metadata in dependency
order, so a table added later is copied too; primary keys are kept as they are, so every
foreign key still points at the same row. The search indexes are not copied but rebuilt on
the target (they are derived, and their shape differs per database).

All writing happens in one transaction on the target: a cancel or a failure leaves it as
empty as it was. Before committing, every table is compared: the number of rows, and a
fingerprint of every row's values (so also of every link), read back from the target; plus a
sample of companies whose contact moments and agreements are compared through their joins.
A copy that differs is rolled back, and the report says where.

Why one module of over six hundred lines: the copy, its verification and its report are one
procedure in one transaction; the report's text is models.tools.transfer_text.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import psycopg
from sqlalchemy import (
    Column,
    Connection,
    Integer,
    Table,
    bindparam,
    delete,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from models import fulltext
from models.base import utcnow
from models.companies import search
from models.companies.entities import Company
from models.consultations.entities import Agreement, Interaction
from models.db import Database, database_error, is_connection_error
from models.desk.entities import KnowledgeArticle
from models.desk.knowledge import SEARCH_TABLE as KNOWLEDGE_SEARCH_TABLE
from models.desk.knowledge import document as knowledge_document
from models.errors import DatabaseUnavailableError, DomainError, database_advice
from models.i18n import QT_TRANSLATE_NOOP
from models.migrations import VERSION_TABLE, _current_schema, migrate
from models.schema import metadata
from models.server import audit as server_audit

BATCH = 5000
SAMPLE_COMPANIES = 25
CONTEXT = "transfer"  # of the labels and stages below

# What a person calls the rows of each table (context "transfer"), in the order a report lists
# them; a table added later and not named here is shown by its table name, and copied all the same.
TABLE_LABELS: dict[str, str] = {
    "company": QT_TRANSLATE_NOOP("transfer", "Companies"),
    "establishment": QT_TRANSLATE_NOOP("transfer", "Establishments"),
    "contact": QT_TRANSLATE_NOOP("transfer", "Contact persons"),
    "company_contact": QT_TRANSLATE_NOOP("transfer", "Contact persons linked to companies"),
    "interaction": QT_TRANSLATE_NOOP("transfer", "Contact moments"),
    "interaction_official": QT_TRANSLATE_NOOP("transfer", "Officials at contact moments"),
    "interaction_contact": QT_TRANSLATE_NOOP("transfer", "Contact persons at contact moments"),
    "agreement": QT_TRANSLATE_NOOP("transfer", "Agreements"),
    "attachment": QT_TRANSLATE_NOOP("transfer", "Documents"),
    "attachment_content": QT_TRANSLATE_NOOP("transfer", "Documents' contents"),
    "signal": QT_TRANSLATE_NOOP("transfer", "Signals"),
    "signal_event": QT_TRANSLATE_NOOP("transfer", "Signal history and feedback"),
    "signal_category": QT_TRANSLATE_NOOP("transfer", "Signal categories"),
    "feedback_template": QT_TRANSLATE_NOOP("transfer", "Feedback templates"),
    "signal_reaction": QT_TRANSLATE_NOOP("transfer", "Reporters' reactions"),
    "signal_reaction_reason": QT_TRANSLATE_NOOP("transfer", "Reasons of reactions"),
    "supervision_round": QT_TRANSLATE_NOOP("transfer", "Supervision rounds"),
    "supervision_round_official": QT_TRANSLATE_NOOP("transfer", "Officials on rounds"),
    "observation": QT_TRANSLATE_NOOP("transfer", "Observations"),
    "ambition_plan": QT_TRANSLATE_NOOP("transfer", "Ambition plans"),
    "ambition": QT_TRANSLATE_NOOP("transfer", "Ambitions"),
    "ambition_action": QT_TRANSLATE_NOOP("transfer", "Actions"),
    "action_agreement": QT_TRANSLATE_NOOP("transfer", "Agreements linked to actions"),
    "action_company": QT_TRANSLATE_NOOP("transfer", "Companies linked to actions"),
    "indicator": QT_TRANSLATE_NOOP("transfer", "Indicators"),
    "measurement": QT_TRANSLATE_NOOP("transfer", "Measurements"),
    "respondent": QT_TRANSLATE_NOOP("transfer", "Respondents"),
    "idea": QT_TRANSLATE_NOOP("transfer", "Input (ideas)"),
    "idea_ambition": QT_TRANSLATE_NOOP("transfer", "Input linked to ambitions"),
    "knowledge_article": QT_TRANSLATE_NOOP("transfer", "Knowledge base articles"),
    "desk_question": QT_TRANSLATE_NOOP("transfer", "Desk questions"),
    "area": QT_TRANSLATE_NOOP("transfer", "Areas"),
    "sector": QT_TRANSLATE_NOOP("transfer", "Sectors (SBI)"),
    "app_user": QT_TRANSLATE_NOOP("transfer", "User accounts"),
    "audit_entry": QT_TRANSLATE_NOOP("transfer", "Audit trail entries"),
    "app_setting": QT_TRANSLATE_NOOP("transfer", "Settings"),
}


class TransferCancelledError(DomainError):
    """The person stopped the copy; the target was rolled back."""


class TargetNotEmptyError(DomainError):
    """The target holds data: ``found`` lists (table, rows) of every table that is not empty."""

    def __init__(self, target: str, found: list[tuple[str, int]]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {target} already holds data ({what}). A local file can only be copied "
                "into an empty database, so that nothing on the server is mixed up or overwritten. "
                "Nothing has been changed.",
            ),
            target=target,
            what=describe_rows(found, label),
        )
        self.target = target
        self.found = found


def describe_rows(
    found: Sequence[tuple[str, int]], name: Callable[[str], str], number: Callable[[int], str] = str
) -> str:
    """``3 × Companies, 1 × Areas``: at most six tables, the rest as "…"; ``name`` labels a table."""
    shown = [f"{number(rows)} × {name(table)}" for table, rows in found[:6]]
    return ", ".join(shown) + (", …" if len(found) > 6 else "")


class RowRefusedError(DomainError):
    """The target refused a row of ``table`` (a value its rules do not allow)."""

    def __init__(self, table: str, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "The server refused a row of {what}: {detail}. Nothing has been kept on the server."
            ),
            what=label(table),
            detail=detail,
        )
        self.table = table


class TransferVerificationError(DomainError):
    """The copy on the target differs from the source; it was rolled back. ``report`` says where."""

    def __init__(self, message: str, report: TransferReport, **params: Any) -> None:
        super().__init__(message, **params)
        self.report = report


@dataclass(kw_only=True)
class TableCopy:
    """One table: how many rows the source has, how many were written and read back."""

    table: str
    label: str  # English source text, context "transfer"; the table name for unnamed tables
    source_rows: int
    copied_rows: int = 0
    target_rows: int = 0
    content_equal: bool = False  # every row's values (links included) read back the same
    seconds: float = 0.0

    @property
    def equal(self) -> bool:
        return self.source_rows == self.copied_rows == self.target_rows and self.content_equal


@dataclass(kw_only=True)
class TransferReport:
    source: str
    target: str
    tables: list[TableCopy] = field(default_factory=list)
    started_at: datetime = field(default_factory=utcnow)
    seconds: float = 0.0
    migrated_target: bool = False  # the target's tables were created by this copy
    search_documents: int = 0  # company search documents rebuilt on the target
    knowledge_documents: int = 0
    sample_companies: int = 0  # companies whose contact moments and agreements were compared
    sample_equal: bool = False
    accounts: int = 0  # app_user rows: officials who need a login on the server

    @property
    def rows(self) -> int:
        return sum(t.copied_rows for t in self.tables)

    @property
    def equal(self) -> bool:
        return self.sample_equal and all(t.equal for t in self.tables)

    def table(self, name: str) -> TableCopy:
        return next(t for t in self.tables if t.table == name)

    def in_reading_order(self) -> list[TableCopy]:
        """Companies first, bookkeeping last: the order of ``TABLE_LABELS``, then unnamed tables."""
        order = {name: i for i, name in enumerate(TABLE_LABELS)}
        return sorted(self.tables, key=lambda t: (order.get(t.table, len(order)), t.table))


# Lists a migration fills with sensible defaults (0016: the reasons of a reporter's reaction). A new
# server holds them right after its migration, so they do not make it "in use"; the file holds its
# own copy (the same defaults, or its administrator's changes), which replaces them.
SEEDED_TABLES = ("signal_reaction_reason",)


def copied_tables() -> list[Table]:
    """Every mapped table, parents before children (search indexes and Alembic's table are not mapped)."""
    return [t for t in metadata.sorted_tables if t.name != VERSION_TABLE]


def label(table: str) -> str:
    return TABLE_LABELS.get(table, table)


Progress = Callable[[int, int], None]
Stage = Callable[[str], None]

# The stages ``stage`` is told about, in order (context "transfer").
STAGE_CHECK = QT_TRANSLATE_NOOP("transfer", "Checking both databases…")
STAGE_COPY = QT_TRANSLATE_NOOP("transfer", "Copying…")
STAGE_SEARCH = QT_TRANSLATE_NOOP("transfer", "Rebuilding the search index…")
STAGE_VERIFY = QT_TRANSLATE_NOOP("transfer", "Comparing the copy with the file…")
STAGE_COMMIT = QT_TRANSLATE_NOOP("transfer", "Saving on the server…")


def copy_database(
    source: Database,
    target: Database,
    *,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    stage: Stage | None = None,
) -> TransferReport:
    """Copy every row of ``source`` into the empty ``target``; see the module's docstring.

    ``progress(done, total)`` counts the work: each row once when copied and once when compared,
    and each company once more for its search document. ``is_cancelled()`` is asked between
    batches; ``stage(text)`` is told what is under way (one of the ``STAGE_`` texts).
    """
    started = time.perf_counter()
    tell = stage or (lambda _text: None)
    tell(STAGE_CHECK)
    if source.url == target.url:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "A database cannot be copied into itself."))
    if source.path is not None and not source.path.is_file():
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "The local file {path} does not exist, so there is nothing to copy."),
            path=source.path,
        )
    migrate(source)  # what the application does on opening the file; a backup is made first
    migrated_target = _prepare_target(target)
    report = TransferReport(
        source=source.display_name, target=target.display_name, migrated_target=migrated_target
    )
    tables = copied_tables()
    try:
        with source.engine.connect() as src, target.engine.connect() as dst:
            _snapshot(src)
            counts = {t.name: _count(src, t) for t in tables}
            report.tables = [
                TableCopy(table=t.name, label=label(t.name), source_rows=counts[t.name]) for t in tables
            ]
            report.accounts = counts.get("app_user", 0)
            # Every row counts once when copied and once when compared; every company once more
            # for its search document.
            total = 2 * sum(counts.values()) + counts.get(Company.__tablename__, 0)
            done = 0

            def advance(rows: int) -> None:
                nonlocal done
                done += rows
                if progress is not None:
                    progress(done, total)
                if is_cancelled is not None and is_cancelled():
                    raise TransferCancelledError(
                        QT_TRANSLATE_NOOP(
                            "errors", "The copy was cancelled. Nothing has been kept on the server."
                        )
                    )

            advance(0)
            with dst.begin():
                server_audit.without_trail(dst)  # the file's rows and their history, as they are
                _refuse_data(dst, tables, target)
                for seeded in (t for t in tables if t.name in SEEDED_TABLES):
                    dst.execute(delete(seeded))
                tell(STAGE_COPY)
                digests: dict[str, int] = {}
                foreign_keys = _set_foreign_keys_aside(dst)
                for table, entry in zip(tables, report.tables, strict=True):
                    begun = time.perf_counter()
                    digests[table.name] = _copy_table(src, dst, table, entry, advance)
                    entry.seconds = time.perf_counter() - begun
                _restore_foreign_keys(dst, foreign_keys)
                _set_sequences(dst, tables)
                tell(STAGE_SEARCH)
                report.search_documents, report.knowledge_documents = _rebuild_search(dst, advance)
                tell(STAGE_VERIFY)
                for table, entry in zip(tables, report.tables, strict=True):
                    begun = time.perf_counter()
                    rows, digest = _fingerprint(dst, table, advance)
                    entry.target_rows = rows
                    entry.content_equal = digest == digests[table.name]
                    entry.seconds += time.perf_counter() - begun
                report.sample_companies, report.sample_equal = _compare_sample(src, dst)
                report.seconds = time.perf_counter() - started
                if not report.equal:
                    raise TransferVerificationError(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "The copy on the server differs from the file, so it has not been kept. "
                            "The report shows which data differs.",
                        ),
                        report,
                    )
                tell(STAGE_COMMIT)
            src.rollback()
    except DBAPIError as exc:
        raise _copy_failed(exc, source, target) from exc
    report.seconds = time.perf_counter() - started
    _analyze(target, tables)
    return report


# -- the target ------------------------------------------------------------------------------


def _prepare_target(target: Database) -> bool:
    """Create the tables on a database without any; True when they were created here.

    A database in use is refused before anything happens to it, an upgrade of its schema included.
    """
    target.check()
    try:
        with target.engine.connect() as connection:
            names = set(inspect(connection).get_table_names(schema=_current_schema(connection)))
            _refuse_data(connection, [t for t in copied_tables() if t.name in names], target)
    except DBAPIError as exc:
        raise database_error(exc, target) from exc
    # migrate() refuses a database holding another application's tables, or a newer schema.
    result = migrate(target)
    return not (names - {VERSION_TABLE}) and result.before is None


def _refuse_data(dst: Connection, tables: Sequence[Table], target: Database) -> None:
    """Never merge into, or overwrite, a database that is in use.

    Asked before the schema is touched, and again in the copy's own transaction.
    """
    order = {name: i for i, name in enumerate(TABLE_LABELS)}
    found = [
        (table.name, _count(dst, table))
        for table in sorted(tables, key=lambda t: (order.get(t.name, len(order)), t.name))
        if table.name not in SEEDED_TABLES
        and dst.execute(select(1).select_from(table).limit(1)).first() is not None
    ]
    if found:
        raise TargetNotEmptyError(target.display_name, found)


def _count(connection: Connection, table: Table) -> int:
    return connection.execute(select(func.count()).select_from(table)).scalar_one()


def _snapshot(src: Connection) -> None:
    """Read the whole file as it is at one moment, even if the application writes to it meanwhile."""
    if src.dialect.name == "sqlite":
        src.exec_driver_sql("BEGIN")
    else:
        src.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")


# -- copying ---------------------------------------------------------------------------------


def _set_foreign_keys_aside(dst: Connection) -> list[tuple[str, str, str]]:
    """On PostgreSQL, drop the foreign keys for the copy; they are added again right after it.

    Checked row by row, the foreign keys cost more than the copy itself (one lookup per link, a
    few million for a large municipality); added again, each is checked with one query over the
    whole table, and every link must still resolve before anything is committed. Only the owner
    of the tables may do this (normally whoever just created them): for anyone else the keys stay
    and are checked row by row. Returns (table, name, definition) of what was dropped.
    """
    if dst.dialect.name != "postgresql":
        if dst.dialect.name == "sqlite":
            dst.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # checked at the commit
        return []
    keys = [
        (table, name, definition)
        for table, name, definition in dst.execute(
            text(
                "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) "
                "FROM pg_constraint c WHERE c.contype = 'f' "
                "AND c.connamespace = current_schema()::regnamespace ORDER BY 1, 2"
            )
        )
    ]
    quote = dst.dialect.identifier_preparer.quote
    savepoint = dst.begin_nested()
    try:
        for table, name, _definition in keys:
            dst.exec_driver_sql(f"ALTER TABLE {table} DROP CONSTRAINT {quote(name)}")
    except DBAPIError:  # not the owner: the keys stay where they are
        savepoint.rollback()
        return []
    savepoint.commit()
    return keys


def _restore_foreign_keys(dst: Connection, keys: Sequence[tuple[str, str, str]]) -> None:
    quote = dst.dialect.identifier_preparer.quote
    for table, name, definition in keys:
        dst.exec_driver_sql(f"ALTER TABLE {table} ADD CONSTRAINT {quote(name)} {definition}")


def _self_references(table: Table) -> list[Column]:
    """Nullable columns that point into their own table (a parent area, a previous plan).

    They are written after all rows of the table exist, so that a row may refer to one with a
    higher id (or to itself) whatever the order of the rows.
    """
    return [
        column
        for column in table.columns
        if column.nullable and any(fk.column.table is table for fk in column.foreign_keys)
    ]


def _primary_key(table: Table) -> list[Column]:
    return list(table.primary_key.columns)


def _copy_table(
    src: Connection, dst: Connection, table: Table, entry: TableCopy, advance: Callable[[int], None]
) -> int:
    """Write the table's rows to the target in batches; returns the fingerprint of what was read."""
    deferred = _self_references(table)
    deferred_names = {c.name for c in deferred}
    pk = _primary_key(table)
    names = [c.name for c in table.columns]
    later: list[dict[str, Any]] = []
    digest = 0
    writer = _copy_writer(dst, table) if dst.dialect.name == "postgresql" else None
    result = src.execution_options(yield_per=BATCH).execute(select(table).order_by(*pk))
    for rows in result.partitions():
        batch: list[dict[str, Any]] = []
        for row in rows:
            digest = (digest + _row_hash(row)) % _MODULUS
            values = dict(zip(names, row, strict=True))
            if deferred:
                pending = {name: values[name] for name in deferred_names if values[name] is not None}
                if pending:
                    later.append({**{f"pk_{c.name}": values[c.name] for c in pk}, **pending})
                    values.update(dict.fromkeys(pending))
            batch.append(values)
        try:
            if writer is not None:
                writer(batch)
            else:
                dst.execute(insert(table), batch)
        except DBAPIError as exc:
            if is_connection_error(exc):
                raise
            raise _row_refused(exc.orig, table) from exc
        except psycopg.Error as exc:  # COPY goes to the driver itself, unwrapped by SQLAlchemy
            if is_connection_error(exc):
                raise DBAPIError.instance(None, None, exc, psycopg.Error) from exc
            raise _row_refused(exc, table) from exc
        entry.copied_rows += len(batch)
        advance(len(batch))
    for column in deferred:
        links = [
            {**{key: value for key, value in row.items() if key.startswith("pk_")}, "link": row[column.name]}
            for row in later
            if row.get(column.name) is not None
        ]
        if links:
            # Columns with an ``onupdate`` (updated_at) keep the value copied: set to themselves.
            unchanged = {c.name: c for c in table.columns if c.onupdate is not None}
            stmt = update(table).where(*(c == bindparam(f"pk_{c.name}") for c in pk))
            dst.execute(stmt.values({**unchanged, column.name: bindparam("link")}), links)
    return digest


def _copy_writer(dst: Connection, table: Table) -> Callable[[list[dict[str, Any]]], None]:
    """PostgreSQL's COPY, with each value as the column's type would bind it (enum → stored text).

    An executemany sends the rows one by one; COPY streams a batch in one statement (for a
    quarter million companies: seconds instead of minutes).
    """
    dialect = dst.dialect
    columns = list(table.columns)
    processors = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    quoted = ", ".join(dialect.identifier_preparer.quote(c.name) for c in columns)
    sql = f"COPY {dialect.identifier_preparer.format_table(table)} ({quoted}) FROM STDIN"
    driver = dst.connection.driver_connection
    assert driver is not None

    def write(batch: list[dict[str, Any]]) -> None:
        with driver.cursor() as cursor, cursor.copy(sql) as copy:
            for row in batch:
                copy.write_row(
                    [
                        value if process is None or value is None else process(value)
                        for value, process in zip((row[c.name] for c in columns), processors, strict=True)
                    ]
                )

    return write


_MODULUS = 1 << 64


def _row_hash(row: Iterable[Any]) -> int:
    """A row's values as a number; summed per table, so the order of reading does not matter.

    Python's own hash of the values as both sides return them (str, int, float, bool, date, UTC
    datetime, enum, bytes): equal values hash equal within this process, and it costs a fraction
    of hashing their text.
    """
    return hash(tuple(row)) % _MODULUS


def _fingerprint(dst: Connection, table: Table, advance: Callable[[int], None]) -> tuple[int, int]:
    rows, digest = 0, 0
    result = dst.execution_options(yield_per=BATCH).execute(select(table))
    for batch in result.partitions():
        for row in batch:
            digest = (digest + _row_hash(row)) % _MODULUS
        rows += len(batch)
        advance(len(batch))
    return rows, digest


def _set_sequences(dst: Connection, tables: Sequence[Table]) -> None:
    """Move every id sequence past the highest id copied, so new records get fresh ids."""
    if dst.dialect.name != "postgresql":
        return  # SQLite hands out max(rowid) + 1 by itself
    for table in tables:
        pk = _primary_key(table)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer):
            continue
        sequence = dst.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": dst.dialect.identifier_preparer.format_table(table), "column": pk[0].name},
        ).scalar()
        if sequence is None:
            continue
        highest = dst.execute(select(func.max(pk[0]))).scalar()
        if highest is None:
            dst.execute(text("SELECT setval(:sequence, 1, false)"), {"sequence": sequence})
        else:
            dst.execute(
                text("SELECT setval(:sequence, :value, true)"), {"sequence": sequence, "value": highest}
            )


def _rebuild_search(dst: Connection, advance: Callable[[int], None]) -> tuple[int, int]:
    """The search documents of every company and knowledge article, made on the target itself
    (``search.rebuild_all``, with progress and cancel between batches)."""
    session = Session(bind=dst, autoflush=False)
    try:
        companies = search.rebuild_all(session, BATCH, advance)
        session.execute(text(f"DELETE FROM {KNOWLEDGE_SEARCH_TABLE}"))
        articles = KnowledgeArticle
        docs = [
            {"id": article_id, "doc": knowledge_document(question, tags, answer, department)}
            for article_id, question, tags, answer, department in session.execute(
                select(articles.id, articles.question, articles.tags, articles.answer, articles.department)
            )
        ]
        for start in range(0, len(docs), BATCH):
            fulltext.write(session, KNOWLEDGE_SEARCH_TABLE, docs[start : start + BATCH], replace=False)
        session.flush()
        return companies, len(docs)
    finally:
        session.close()


def _compare_sample(src: Connection, dst: Connection) -> tuple[int, bool]:
    """For companies spread over the file: their contact moments and those moments' agreements,
    read through the joins on both sides, must be the same."""
    company, interaction, agreement = (
        Company.__table__,
        Interaction.__table__,
        Agreement.__table__,
    )
    ids = [row[0] for row in src.execute(select(company.c.id).order_by(company.c.id))]
    if not ids:
        return 0, True
    step = max(1, len(ids) // SAMPLE_COMPANIES)
    sample = ids[::step][:SAMPLE_COMPANIES]
    if ids[-1] not in sample:
        sample.append(ids[-1])
    stmt = (
        select(
            company.c.id,
            company.c.name,
            interaction.c.id,
            interaction.c.subject,
            interaction.c.occurred_at,
            agreement.c.id,
            agreement.c.description,
            agreement.c.status,
        )
        .select_from(company)
        .outerjoin(interaction, interaction.c.company_id == company.c.id)
        .outerjoin(agreement, agreement.c.interaction_id == interaction.c.id)
        .where(company.c.id.in_(sample))
    )

    def read(connection: Connection) -> list[tuple]:
        return sorted((tuple(row) for row in connection.execute(stmt)), key=repr)

    return len(sample), read(src) == read(dst)


def _analyze(target: Database, tables: Sequence[Table]) -> None:
    """Fresh planner statistics of the copied tables, so the server knows they are no longer empty.

    Named one by one: a bare ANALYZE on PostgreSQL would walk every schema of the database.
    """
    names = [t.name for t in tables] + [search.TABLE, KNOWLEDGE_SEARCH_TABLE]
    try:
        with target.engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.exec_driver_sql("ANALYZE " + ", ".join(names))
            else:
                connection.exec_driver_sql("ANALYZE")
    except DBAPIError:  # statistics are a courtesy; the copy itself is committed
        pass


# -- errors ----------------------------------------------------------------------------------


def _row_refused(error: BaseException | None, table: Table) -> DomainError:
    return RowRefusedError(table.name, next(iter(str(error).strip().splitlines()), ""))


def _copy_failed(exc: DBAPIError, source: Database, target: Database) -> DomainError:
    """A broken connection in plain words, about the database it broke with; anything else the
    target refused (a link that does not resolve, a value too long), with its reason."""
    original = getattr(exc, "orig", exc)
    from_sqlite = "sqlite" in type(original).__module__
    broken = database_error(
        exc, source if from_sqlite and source.is_sqlite and not target.is_sqlite else target
    )
    if isinstance(exc, IntegrityError) or not isinstance(broken, DatabaseUnavailableError):
        advice = database_advice(exc)  # a known code (disk full, damaged file): what to do
        if advice is not None:
            return advice
        return DomainError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server could not store the copy: {detail}. Nothing has been kept on the server.",
            ),
            detail=next(iter(str(original).strip().splitlines()), ""),
        )
    return broken
