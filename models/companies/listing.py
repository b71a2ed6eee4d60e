"""The company list: every company of the municipality, filtered and sorted in the query, fetched a page at a time."""

from __future__ import annotations

import enum
import itertools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ARRAY, ColumnElement, Dialect, Integer, Select, any_, bindparam, cast, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased
from sqlalchemy.sql.expression import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from models.common import fetch_ids
from models.companies.entities import (
    Area,
    Company,
    Establishment,
    EstablishmentStatus,
    Sector,
)
from models.companies.rows import CompanyRow, company_row
from models.companies.sort_keys import LeadingNumber
from models.errors import NotFoundError
from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import Permission, requires
from models.team.entities import User

# A name at the same postcode at least this similar (0-100) is probably the same company.


# -- the company list -------------------------------------------------------------------------


class SortKey(enum.StrEnum):
    NAME = "name"
    KVK = "kvk"
    ADDRESS = "address"
    POSTCODE = "postcode"
    CITY = "city"
    AREA = "area"
    SECTOR = "sector"
    MANAGER = "manager"
    STATUS = "status"


@dataclass(frozen=True, kw_only=True)
class CompanyFilter:
    area_id: int | None = None
    sbi_code: str | None = None
    status: EstablishmentStatus | None = None
    account_manager_id: int | None = None
    include_archived: bool = False
    sort: SortKey = SortKey.NAME
    descending: bool = False


# A value held by at most this many companies is fetched whole and sorted by name for the first
# screen of the list sorted by that column (PostgreSQL); one held by more is read by walking the
# name index, picking that value's companies ("actief", 223,000 of 250,000: fetched and sorted
# 505 ms, walked a few). Up to about 7,000 PostgreSQL fetches a value's companies one by one from
# the index of names by id (revision 0021), 6,163 in 27 ms; above it, it reads the whole company
# table for them (8,077 in 118 ms), slower than the walk. First screen at 250,000, median of 3:
# sector descending 201 -> 17 ms, area descending 88 -> 49 ms at 7,000; at 12,000 sector
# ascending went 56 -> 167 ms.
FETCH_AND_SORT_AT_MOST = 7_000


def _list_queries(session: Session, flt: CompanyFilter, first_screen: bool = False) -> Iterator[Select]:
    """The list's ids in display order as queries whose results follow each other: the
    companies with a value in the sort column (per value where the values are few), then (when
    the column can be empty) those without one, by name. Empty values come last in both directions, the same on both
    databases, and each part is ordered exactly as an index of revision 0018 is, so that the
    first screen is read from that index instead of sorting 250,000 rows (a sort by "NULLS
    LAST" or across an outer join cannot be read from an index on SQLite or PostgreSQL).

    The queries are made as they are asked for: the first screen stops asking once it is full, and
    deciding how to read a value's companies counts them (``_few``)."""
    main = aliased(Establishment)
    manager = aliased(User)
    stmt = select(Company.id)
    # Join the main establishment only when a filter or the sort needs it: the plain list
    # (all companies by name) then reads one index, ten times faster at 250,000 companies.
    needs_main = (
        flt.area_id is not None
        or flt.sbi_code is not None
        or flt.status is not None
        or flt.sort
        in (SortKey.ADDRESS, SortKey.POSTCODE, SortKey.CITY, SortKey.STATUS, SortKey.AREA, SortKey.SECTOR)
    )
    if needs_main:
        # Every company keeps one main establishment (the services see to it): an inner join
        # lets the database start from an establishment index when filtering or sorting.
        stmt = stmt.join(main, (main.company_id == Company.id) & main.is_main)
    if not flt.include_archived:
        stmt = stmt.where(Company.archived_at.is_(None))
    if flt.area_id is not None:
        # An area includes the areas inside it, at any depth (a market square in a shopping
        # area in a kern).
        tree = select(Area.id).where(Area.id == flt.area_id).cte("area_tree", recursive=True)
        tree = tree.union_all(select(Area.id).where(Area.parent_id == tree.c.id))
        stmt = stmt.where(main.area_id.in_(select(tree.c.id)))
    if flt.sbi_code:
        stmt = stmt.where(main.sbi_code == flt.sbi_code)
    if flt.status is not None:
        stmt = stmt.where(main.status == flt.status)
    if flt.account_manager_id is not None:
        stmt = stmt.where(Company.account_manager_id == flt.account_manager_id)
    name: ColumnElement[Any] | InstrumentedAttribute[str] = Company.name_folded
    if (
        flt.area_id is not None
        or flt.sbi_code
        or flt.status is not None
        or flt.account_manager_id is not None
    ):
        # Sorting on an expression keeps SQLite from walking the whole name index in order
        # and filtering as it goes; it starts from the filter's own index and sorts the few
        # thousand rows left instead (1.0 s -> 0.05 s for one sector of 250,000 companies).
        name = func.coalesce(Company.name_folded, "")

    def ordered(stmt: Select, columns: list[Any]) -> Select:
        return stmt.order_by(*(c.desc() if flt.descending else c.asc() for c in [*columns, name, Company.id]))

    # Text as a person reads it: "amersfoort" before "Baarn", "Kerkstraat 9" before "Kerkstraat 10".
    # Keys that are never empty: one query.
    never_empty: dict[SortKey, list[Any]] = {
        SortKey.NAME: [],
        SortKey.ADDRESS: [func.lower(main.street), LeadingNumber(main.house_number), main.house_number],
        SortKey.POSTCODE: [main.postcode_compact],
        SortKey.CITY: [func.lower(main.city)],
    }
    if flt.sort is SortKey.CITY and first_screen and session.get_bind().dialect.name == "postgresql":
        # A municipality has a handful of places, each with tens of thousands of companies: one
        # query sorts the whole first place by name before showing anything (290-340 ms at
        # 250,000 companies). One query per place walks the name index and picks that place's
        # companies (15-18 ms), a plan PostgreSQL chooses only with the statistics on
        # lower(city) of revision 0021. The places come from the city index, one seek each.
        city = func.lower(main.city)
        yield from (ordered(stmt.where(city == value), []) for value in _cities(session, flt.descending))
        return
    if flt.sort in never_empty:
        yield ordered(stmt, never_empty[flt.sort])
        return

    # Keys with few values (a status, an area, a sector), for the first screen: a query per value,
    # in the order of the values, each listing its companies by name. One query would sort every
    # company by the value and the name first (0.6-1.0 s at 250,000 companies: no index spans both
    # tables, and SQLite does not start from the few values); one per value reads the first
    # screen from the name index or the value's own index and sorts no more than that value's
    # companies. The whole list is one sort again: a query per value would read the name index
    # once for each value on PostgreSQL (4-6 s instead of 2 s).
    def one_value(column: InstrumentedAttribute[Any], values: list[Any]) -> Select:
        """One value's companies by name (or a few values' that sort alike). Those of a value few
        companies have are fetched whole and sorted; those of a common value are read by walking
        the name index, picking that value's companies. PostgreSQL walks when the name is sorted
        on the column itself and fetches when on an expression of it; SQLite started from the
        value's own index for "actief" (223,000 of 250,000 companies), sorting them all (87 ms,
        the first screen sorted by status 131-158 ms), where a walk takes 0.2 ms: with that
        index hidden ("+ status") it walks."""
        holds_it = column == values[0] if len(values) == 1 else column.in_(values)
        of_value = stmt.where(holds_it)
        dialect = session.get_bind().dialect.name
        if dialect == "sqlite":
            # Only without a filter (the name index is then what the list is sorted by) and for the
            # first screen (the whole list by area is read per value on SQLite too).
            if not first_screen or name is not Company.name_folded or _few(session, main, holds_it):
                return ordered(of_value, [])
            hidden = UnaryExpression(column.expression, operator=custom_op("+"), type_=column.type)
            return ordered(stmt.where(hidden == values[0] if len(values) == 1 else hidden.in_(values)), [])
        if not _few(session, main, holds_it):
            return ordered(of_value, []).execution_options(**{PLANNER: _WALK})
        by_name = func.coalesce(Company.name_folded, "")  # the name itself: it is never empty
        return of_value.order_by(
            *(c.desc() if flt.descending else c.asc() for c in [by_name, Company.id])
        ).execution_options(**{PLANNER: _FETCH})

    if flt.sort is SortKey.STATUS:
        if not first_screen:
            yield ordered(stmt, [main.status])
            return
        statuses = sorted(EstablishmentStatus, key=lambda s: s.value, reverse=flt.descending)
        yield from (one_value(main.status, [status]) for status in statuses)
        return
    if flt.sort in (SortKey.AREA, SortKey.SECTOR):
        column, lookup_id, lookup_name = (
            (main.area_id, Area.id, Area.name)
            if flt.sort is SortKey.AREA
            else (main.sbi_code, Sector.code, Sector.name)
        )
        empty = ordered(stmt.where(column.is_(None)), [])
        # SQLite reads the whole list by area through the sector index, which lacks the area (a
        # lookup per row: 1.5 s instead of 0.5 s at 250,000 companies): per value there too.
        per_value = first_screen or (flt.sort is SortKey.AREA and session.get_bind().dialect.name == "sqlite")
        if not per_value:
            lookup = aliased(Area) if flt.sort is SortKey.AREA else aliased(Sector)
            joined = stmt.join(lookup, getattr(lookup, lookup_id.key) == column)
            yield from (ordered(joined, [func.lower(getattr(lookup, lookup_name.key))]), empty)
            return
        names = session.execute(select(lookup_id, func.lower(lookup_name)).order_by(func.lower(lookup_name)))
        groups = [[key for key, _ in same] for _, same in itertools.groupby(names, key=lambda r: r[1])]
        if flt.descending:
            groups.reverse()
        yield from (one_value(column, group) for group in groups)
        yield empty
        return
    # Keys that can be empty: those with a value (an inner join), then those without.
    if flt.sort is SortKey.KVK:
        valued = stmt.where(Company.kvk_number.is_not(None))
        key: list[Any] = [Company.kvk_number]
        empty = stmt.where(Company.kvk_number.is_(None))
    else:
        valued = stmt.join(manager, manager.id == Company.account_manager_id)
        key = [func.lower(manager.full_name)]
        empty = stmt.where(Company.account_manager_id.is_(None))
    yield from (ordered(valued, key), ordered(empty, []))


def _few(session: Session, main: type[Establishment], holds_it: ColumnElement[bool]) -> bool:
    """Whether few enough companies hold the value to fetch them all and sort them by name,
    counted no further than that (a count of "actief" would read 223,000 entries). The main
    establishments are counted without the list's filters: the value's own index answers in a few
    milliseconds, where joining the companies made PostgreSQL read all of them (260 ms); a
    filter only makes the value rarer than counted, and the name index is walked as before."""
    capped = select(main.id).where(main.is_main, holds_it).limit(FETCH_AND_SORT_AT_MOST).subquery()
    return (session.scalar(select(func.count()).select_from(capped)) or 0) < FETCH_AND_SORT_AT_MOST


def _cities(session: Session, descending: bool) -> Iterator[str]:
    """The lowercased places of the main establishments in order, each found by one seek in the
    city index (revision 0018) after the one before, instead of reading all 250,000 entries; the
    next only when asked for (a first screen stops after a few places)."""
    main = aliased(Establishment)
    city = func.lower(main.city)
    nearest = func.max(city) if descending else func.min(city)
    last: str | None = None
    while True:
        probe = select(nearest).where(main.is_main)
        if last is not None:
            probe = probe.where(city < last if descending else city > last)
        last = session.scalar(probe)
        if last is None:
            return
        yield last


@requires(Permission.VIEW_COMPANIES)
def list_company_ids(session: Session, flt: CompanyFilter, limit: int | None = None) -> list[int]:
    """The ids matching the filter, in display order; only the first ``limit`` when given.

    All of them: 250,000 ints are ~2 MB, cheap to hold, and the table then knows its length at
    once and fetches rows only as they scroll into view. The first few: what the list shows
    while the whole order is still being sorted (read from an index, never a sort of the whole)."""
    ids: list[int] = []
    # The next query is asked for only while the screen is not full: making it may count.
    for part in _list_queries(session, flt, first_screen=limit is not None):
        if limit is not None:
            part = part.limit(limit - len(ids))
        ids += _fetch_ids(session, part)
        if limit is not None and len(ids) >= limit:
            break
    return ids


# The execution option of a first screen's query for one value on PostgreSQL: the planner's
# settings it runs with (see _fetch_ids).
PLANNER = "list_planner_settings"
# A walk of the name index for a common value's companies, without parallel workers: two workers
# each walking part of the index for "verhuisd" (9,810 of 250,000 companies, the first screen
# sorted by status descending) read 15,592 companies and 69,305 buffers before their first 200 were
# merged, one walk 4,444 and 22,405 (84 -> 20 ms in the server).
_WALK = (("max_parallel_workers_per_gather", "0"),)
# A rare value's companies fetched by id and sorted, without a hash join: with one PostgreSQL read
# the whole company table to join them (its first area sorted descending, 6,163 companies:
# 11,227 buffers, 90-119 ms) where looking each up by id reads more buffers but no table
# (37-42 ms); as the comment of FETCH_AND_SORT_AT_MOST expected, but without VACUUM's visibility
# map the planner priced those lookups above the table.
_FETCH = (("enable_hashjoin", "off"),)


def _fetch_ids(session: Session, part: Select) -> list[int]:
    """The ids a query of ``_list_queries`` selects, with the planner's settings it asks for set
    for it alone (and set back after: the whole order, one sort of every company, wants them)."""
    settings: tuple[tuple[str, str], ...] = part.get_execution_options().get(PLANNER, ())
    if not settings:
        return fetch_ids(session, part)
    before = session.execute(
        select(
            *(func.current_setting(name) for name, _ in settings),
            *(func.set_config(name, value, True) for name, value in settings),
        )
    ).one()
    ids = fetch_ids(session, part)
    # (After an error the transaction is rolled back, and the settings with it.)
    session.execute(
        select(*(func.set_config(name, old, True) for (name, _), old in zip(settings, before, strict=False)))
    )
    return ids


def _rows_select(ids: ColumnElement[Any] | None = None) -> Select:
    """The columns ``company_row`` reads (models/companies/rows.py), in its order; with ``ids`` (an
    array) the main establishments are picked by it too (see ``_rows_sql``)."""
    main = aliased(Establishment)
    of_main = (main.company_id == Company.id) & main.is_main
    if ids is not None:
        of_main &= main.company_id == any_(ids)
    return (
        select(
            Company.id,
            Company.name,
            Company.kvk_number,
            Company.archived_at.is_not(None),
            main.street,
            main.house_number,
            main.postcode,
            main.city,
            main.status,
            Area.name,
            Sector.name,
            User.full_name,
        )
        .outerjoin(main, of_main)
        .outerjoin(Area, Area.id == main.area_id)
        .outerjoin(Sector, Sector.code == main.sbi_code)
        .outerjoin(User, User.id == Company.account_manager_id)
    )


def company_rows_query(ids: list[int]) -> Select:
    """The list lines of these companies as one query (the benchmark runs it in plain SQL)."""
    return _rows_select().where(Company.id.in_(ids))


# Written once per database and number of ids: scrolling to the end of 250,000 companies asks for
# 1,250 pages of rows, and making the statement anew for each cost as much as running it.
_ROWS_SQL: dict[tuple[str, str, int], tuple[str, list[str], list[int]]] = {}


def _rows_sql(dialect: Dialect, count: int) -> tuple[str, list[str], list[int]]:
    """The rows statement for ``count`` ids in the driver's own words: its text, its parameters'
    names and which id each parameter takes."""
    if dialect.name == "postgresql":
        # One array of ids instead of a parameter per id: the same short statement for every
        # page, which psycopg parses once and the server prepares once (a list of 200
        # parameters was parsed anew and planned for each page); the main establishments are
        # picked by the array too, in one index scan joined by hash instead of a lookup per
        # company (a page of 200 at 250,000 companies: 1,763 -> 1,622 buffers, 4.7 -> 3.0-3.4 ms
        # in the server, and psycopg's parsing of the statement, a fifth of the time, gone).
        key = (dialect.name, str(dialect.paramstyle), 0)
        if key not in _ROWS_SQL:
            ids = cast(bindparam("ids"), ARRAY(Integer))
            compiled = _rows_select(ids).where(Company.id == any_(ids)).compile(dialect=dialect)
            _ROWS_SQL[key] = (str(compiled), ["ids"], [])
        return _ROWS_SQL[key]
    key = (dialect.name, str(dialect.paramstyle), count)
    if key not in _ROWS_SQL:
        # Each id placeholder is compiled with its own position as the value, to map them back.
        compiled = company_rows_query(list(range(count))).compile(
            dialect=dialect, compile_kwargs={"render_postcompile": True}
        )
        params = compiled.construct_params()
        names = list(compiled.positiontup or ()) if compiled.positional else list(params)
        _ROWS_SQL[key] = (str(compiled), names, [params[name] for name in names])
    return _ROWS_SQL[key]


@requires(Permission.VIEW_COMPANIES)
def company_rows(session: Session, ids: list[int]) -> list[CompanyRow]:
    """The list lines of these companies, in the order of ``ids``.

    Read through the driver's cursor, not SQLAlchemy's result rows: scrolling 250,000 companies
    fetches them all, and the rows' processing was most of the time beside the query itself."""
    if not ids:
        return []
    sql, names, positions = _rows_sql(session.get_bind().dialect, len(ids))
    args: Sequence[Any] | Mapping[str, Any]
    if not positions:  # PostgreSQL: the ids as one array
        args = {names[0]: ids}
    else:
        values = [ids[p] for p in positions]
        args = values if session.get_bind().dialect.positional else dict(zip(names, values, strict=True))
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(sql, args)
        found = cursor.fetchall()
    finally:
        cursor.close()
    by_id = {r[0]: company_row(r) for r in found}
    return [by_id[i] for i in ids if i in by_id]


@requires(Permission.VIEW_COMPANIES)
def company_id_by_kvk(session: Session, kvk_number: str) -> int:
    company_id = session.scalar(select(Company.id).where(Company.kvk_number == kvk_number.strip()))
    if company_id is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "No company with KvK number {kvk}."), kvk=kvk_number)
    return company_id
