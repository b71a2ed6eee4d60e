"""The declarative base every entity shares: constraint names, UTC times, versions."""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import DateTime, Enum, ForeignKey, Index, Integer, MetaData, Table, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

from models.roles import CURRENT_USER as CURRENT_USER  # defined without SQLAlchemy: see models/roles.py

# Stable constraint names, so that migrations can refer to them on both databases.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# The translation context of every label table (enum value -> Dutch text on screen).
LABELS = "labels"


def reference_index(table: str, column: str) -> Index:
    """The index of the rows of ``table`` that refer to another row through ``column``, only those
    where it is set: what the database reads to check that a row being removed is no longer
    referred to (revision 0023). Unindexed, every removal read the whole table."""
    where = text(f"{column} IS NOT NULL")
    return Index(
        f"ix_{table}_{column.removesuffix('_id')}", column, sqlite_where=where, postgresql_where=where
    )


def enum_column(kind: type[enum.Enum], name: str) -> Enum:
    """An enum column stored as plain strings with a CHECK, so both databases read it the same way."""
    return Enum(kind, name=name, native_enum=False, length=20, values_callable=lambda k: [m.value for m in k])


def utcnow() -> datetime:
    return datetime.now(UTC)


def local_day_start(day: date) -> datetime:
    """Midnight at the start of ``day`` where the user is, in UTC: the bound of a period a
    person chooses by date, while moments are stored in UTC."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that is always stored and returned in UTC (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    if TYPE_CHECKING:
        # Every entity is mapped to one table (DeclarativeBase only promises a FromClause).
        __table__: ClassVar[Table]


class Versioned:
    """An editable row: a version counter for optimistic locking and who touched it last.

    SQLAlchemy adds ``WHERE version = :loaded`` to every UPDATE, so two officials saving
    the same row can never overwrite each other silently.
    """

    if TYPE_CHECKING:
        # Given by the entity this is mixed into (as DeclarativeBase declares it).
        __tablename__: Any

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), nullable=False, default=utcnow, onupdate=utcnow
    )

    @declared_attr
    def updated_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("app_user.id"), nullable=True)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # __table__ is the entity's (Base's); a mixin cannot declare it compatibly with DeclarativeBase.
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
