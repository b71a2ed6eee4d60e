"""Helpers for the domain tests: officials, areas, sectors and companies made in one line."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select

from models.audit.entities import AuditEntry
from models.companies.entities import Area, AreaKind, Sector
from models.companies.services import CompanyInput, ContactInput, EstablishmentInput, create_company
from models.db import Database, schema_url
from models.migrations import migrate
from models.team.entities import Role, User
from tests.conftest import _admin_engine, _create_schema, _drop_schema, _MigratedSchemas, postgres_url


def establishment(**values: Any) -> EstablishmentInput:
    """A valid establishment; give only what the test is about."""
    defaults = EstablishmentInput(
        street="Noordereinde", house_number="12", postcode="1243 JJ", city="'s-Graveland"
    )
    return replace(defaults, **values)


def company(name: str = "Bakkerij Jansen", **values: Any) -> CompanyInput:
    return CompanyInput(name=name, **values)


def contact(last_name: str = "Jansen", **values: Any) -> ContactInput:
    return ContactInput(last_name=last_name, **values)


def new_company(
    db: Database,
    name: str = "Bakkerij Jansen",
    *,
    user_id: int | None = None,
    allow_duplicate: bool = False,
    main: EstablishmentInput | None = None,
    **values: Any,
) -> int:
    """Create a company with a main establishment in its own committed unit of work."""
    with db.session(user_id=user_id) as session:
        company_id = create_company(
            session, company(name, **values), main or establishment(), allow_duplicate=allow_duplicate
        )
        session.commit()
    return company_id


def new_user(db: Database, username: str, full_name: str, role: Role = Role.BUSINESS_MANAGER) -> int:
    with db.session() as session:
        user = User(username=username, full_name=full_name, role=role)
        session.add(user)
        session.commit()
        return user.id


def new_area(db: Database, name: str, kind: AreaKind = AreaKind.KERN, parent_id: int | None = None) -> int:
    with db.session() as session:
        area = Area(name=name, kind=kind, parent_id=parent_id)
        session.add(area)
        session.commit()
        return area.id


def new_sector(db: Database, code: str, name: str) -> str:
    with db.session() as session:
        session.add(Sector(code=code, name=name))
        session.commit()
    return code


def audit_entries(db: Database, entity: str, entity_id: int) -> list[AuditEntry]:
    with db.session() as session:
        return list(
            session.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
                .order_by(AuditEntry.id)
            )
        )


@pytest.fixture
def anna(db: Database) -> int:
    return new_user(db, "anna", "Anna de Vries")


@pytest.fixture
def bert(db: Database) -> int:
    return new_user(db, "bert", "Bert Bakker")


@pytest.fixture
def desks(_migrated_schemas: _MigratedSchemas) -> Iterator[tuple[Database, Database]]:
    """Two desks on one migrated PostgreSQL schema, each with its own engine and connections: the
    ``db`` fixture's schema, migrated once per test process and emptied after each test."""
    url = _migrated_schemas.acquire()
    first, second = Database(url), Database(url)
    try:
        migrate(first)  # finds it up to date: one query
        yield first, second
    finally:
        first.dispose()
        second.dispose()
        _migrated_schemas.release()


class _ServerSchemas(_MigratedSchemas):
    """A schema set up as the owner sets up a shared server (roles, privileges, the server's audit
    trail), once per test process and emptied after each test; dropped and made again after a test
    that changed more than its rows (see ``_MigratedSchemas``)."""

    def prepare(self, database: Database, schema: str) -> None:
        from models.server import install as server_install

        migrate(database)
        with database.session() as session:
            server_install.install(session)
            session.commit()


@pytest.fixture(scope="session")
def _server_schemas() -> Iterator[_ServerSchemas]:
    schemas = _ServerSchemas()
    yield schemas
    schemas.close()


@contextmanager
def module_database(kind: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A migrated database of this kind for a module's tests that only read it."""
    admin = schema = None
    if kind == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('module') / 'module.db'}"
    else:
        base = postgres_url()
        admin = _admin_engine(base)
        schema = _create_schema(admin)
        url = schema_url(base, schema)
    database = Database(url)
    try:
        migrate(database)
        yield database
    finally:
        database.dispose()
        if admin is not None and schema is not None:
            _drop_schema(admin, schema)
            admin.dispose()
