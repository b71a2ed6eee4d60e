"""Matching profiles of the companies in the database, read with plain selects.

The import builds a profile of every existing company once and the duplicate search one of
every company; both must be fast at 250,000 companies, so rows are read in chunks of ids with
Core selects (no ORM objects) and grouped per company here.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, String, any_, bindparam, func, or_, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import InstrumentedAttribute, Session

from models.companies.entities import Company, Establishment
from models.matching.compare import Profile
from models.matching.normalise import house_number_key
from models.progress import SILENT, Progress

CHUNK = 5000


def _profiles_for(session: Session, ids: Sequence[int]) -> Iterator[Profile]:
    companies = session.execute(
        select(
            Company.id,
            Company.kvk_number,
            Company.name,
            Company.legal_name,
            Company.email,
            Company.phone,
            Company.archived_at,
        )
        .where(Company.id.in_(ids))
        .order_by(Company.id)
    ).all()
    establishments: dict[int, list] = defaultdict(list)
    for row in session.execute(
        select(
            Establishment.company_id,
            Establishment.establishment_number,
            Establishment.trade_name,
            Establishment.postcode_compact,
            Establishment.house_number,
            Establishment.email,
            Establishment.phone,
        ).where(Establishment.company_id.in_(ids))
    ):
        establishments[row.company_id].append(row)
    for company in companies:
        ests = establishments.get(company.id, ())
        names = [company.name, company.legal_name, *(e.trade_name for e in ests)]
        yield Profile(
            key=company.id,
            kvk_number=company.kvk_number,
            establishment_numbers=frozenset(e.establishment_number for e in ests if e.establishment_number),
            names=tuple(n for n in dict.fromkeys(names) if n),
            addresses=frozenset(
                (e.postcode_compact, house_number_key(e.house_number)) for e in ests if e.postcode_compact
            ),
            postcodes=frozenset(e.postcode_compact for e in ests if e.postcode_compact),
            phones=frozenset(p for p in (company.phone, *(e.phone for e in ests)) if p),
            emails=frozenset(m.lower() for m in (company.email, *(e.email for e in ests)) if m),
            archived=company.archived_at is not None,
        )


def company_profiles(session: Session, company_ids: Iterable[int] | None = None) -> Iterator[Profile]:
    """The profile of every company (``company_ids`` None) or of the given ones, by id."""
    if company_ids is None:
        last = 0
        while True:
            ids = session.scalars(
                select(Company.id).where(Company.id > last).order_by(Company.id).limit(CHUNK)
            ).all()
            if not ids:
                return
            yield from _profiles_for(session, ids)
            last = ids[-1]
    else:
        wanted = sorted(set(company_ids))
        for start in range(0, len(wanted), CHUNK):
            yield from _profiles_for(session, wanted[start : start + CHUNK])


def among(
    session: Session, column: ColumnElement[Any] | InstrumentedAttribute[Any], values: Iterable[str]
) -> ColumnElement[bool] | None:
    """The condition that finds the rows whose ``column`` is one of ``values``, through its index,
    with the values as one parameter: on PostgreSQL an array (``= ANY``), on SQLite a JSON list
    read by ``json_each``. IN lists of a thousand were a statement each, and SQLAlchemy binds every
    value apart: 50,000 KvK numbers took 0.8 s on PostgreSQL, now 0.35 s; 100,000 rows of a file
    spent 2-3 s in those lists on SQLite, even in an empty database. None when there are no values."""
    ordered = sorted(values)
    if not ordered:
        return None
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam("values", ordered, type_=ARRAY(String)))
    listed = func.json_each(json.dumps(ordered)).table_valued("value")
    return column.in_(select(listed.c.value))


def companies_sharing(
    session: Session, profiles: Iterable[Profile], progress: Progress = SILENT
) -> list[int]:
    """Ids of the companies that share a KvK number, vestigingsnummer, postcode, phone number or
    e-mail address with any of ``profiles`` (the rows of a file being imported), in order: the
    only ones ``MatchIndex`` would compare with them. Through the indexes, one query per kind of
    value (``among``), except e-mail addresses: they are compared in lower case, as the profiles hold them
    (a stored ``Info@…`` is ``info@…``), which no index serves, so every address is read once
    and lowered here (the databases' ``lower()`` leaves ``Ü`` as it is on SQLite). ``progress``
    is told between the queries, and may cancel."""
    kvks: set[str] = set()
    numbers: set[str] = set()
    postcodes: set[str] = set()
    phones: set[str] = set()
    emails: set[str] = set()
    for profile in profiles:
        if profile.kvk_number:
            kvks.add(profile.kvk_number)
        numbers |= profile.establishment_numbers
        postcodes |= profile.postcodes
        phones |= profile.phones
        emails |= profile.emails
    found: set[int] = set()
    for owner, column, values in (
        (Company.id, Company.kvk_number, kvks),
        (Establishment.company_id, Establishment.establishment_number, numbers),
        (Establishment.company_id, Establishment.postcode_compact, postcodes),
        (Establishment.company_id, Establishment.phone, phones),
        (Company.id, Company.phone, phones),
    ):
        condition = among(session, column, values)
        if condition is not None:
            progress.step(0, 0)
            found.update(session.scalars(select(owner).where(condition)))
    for owner, column in ((Company.id, Company.email), (Establishment.company_id, Establishment.email)):
        if emails:
            progress.step(0, 0)
            found.update(
                key
                for key, email in session.execute(select(owner, column).where(column.is_not(None)))
                if email.lower() in emails
            )
    return sorted(found)


def companies_near(session: Session, profile: Profile) -> list[int]:
    """Ids of the companies that share something exact with ``profile`` (its KvK number, a
    vestigingsnummer, a postcode, a phone number or an e-mail address): the only ones that can
    be a match, found through indexes for one company at a time."""
    company_terms = []
    establishment_terms = []
    if profile.kvk_number:
        company_terms.append(Company.kvk_number == profile.kvk_number)
    if profile.phones:
        company_terms.append(Company.phone.in_(profile.phones))
        establishment_terms.append(Establishment.phone.in_(profile.phones))
    if profile.emails:
        company_terms.append(Company.email.in_(profile.emails))
        establishment_terms.append(Establishment.email.in_(profile.emails))
    if profile.establishment_numbers:
        establishment_terms.append(Establishment.establishment_number.in_(profile.establishment_numbers))
    if profile.postcodes:
        establishment_terms.append(Establishment.postcode_compact.in_(profile.postcodes))
    found: set[int] = set()
    if company_terms:
        found.update(session.scalars(select(Company.id).where(or_(*company_terms))))
    if establishment_terms:
        found.update(
            session.scalars(select(Establishment.company_id).where(or_(*establishment_terms)).distinct())
        )
    found.discard(profile.key)
    return sorted(found)
