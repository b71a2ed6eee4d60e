"""Moving a local file to a shared server: counts and links equal, search works, nothing merged."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from models.companies.entities import Area, AreaKind, Company
from models.companies.search import SearchService
from models.companies.services import create_company
from models.consultations.entities import Interaction
from models.db import Database, schema_url
from models.desk.entities import KnowledgeArticle
from models.desk.knowledge import search_articles
from models.errors import DomainError
from models.migrations import current_revision, migrate
from models.team.entities import Role, User
from models.tools import demo, transfer
from models.tools.transfer import (
    RowRefusedError,
    TargetNotEmptyError,
    TransferCancelledError,
    TransferReport,
    TransferVerificationError,
    copied_tables,
    copy_database,
)
from tests.conftest import _admin_engine, _create_schema, _drop_schema, postgres_url, schema_of

from .conftest import company, establishment
from .test_migrations import upgrade_to

COMPANIES = 60


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A local file filled by the demo generator once for this module (tests copy it, never change it)."""
    path = tmp_path_factory.mktemp("transfer") / "local.db"
    database = Database(f"sqlite:///{path}")
    migrate(database)
    demo.generate(database, COMPANIES - 1, seed=7)
    # One company made by an official as in the application: the audit trail says who did it.
    with database.session() as session:
        official = session.scalar(select(User.id).where(User.role == Role.BUSINESS_MANAGER).limit(1))
    with database.session(official) as session:
        create_company(session, company("Fietsenmakerij Het Wiel", kvk_number="90004321"), establishment())
        session.commit()
    database.dispose()
    return path


@pytest.fixture
def source(demo_file: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{demo_file}")
    yield database
    database.dispose()


@pytest.fixture
def target(pg_schema: str) -> Iterator[Database]:
    database = Database(pg_schema)
    yield database
    database.dispose()


@dataclass
class Copied:
    """The demo file copied once into an empty server: the server, the report, the progress seen."""

    target: Database
    report: TransferReport
    seen: list[tuple[int, int]]


@pytest.fixture(scope="module")
def copied(demo_file: Path) -> Iterator[Copied]:
    """One copy for the tests that only read the server it made (each copied and migrated its own)."""
    base = postgres_url()
    admin = _admin_engine(base)
    schema = _create_schema(admin)
    source, target = Database(f"sqlite:///{demo_file}"), Database(schema_url(base, schema))
    try:
        seen: list[tuple[int, int]] = []
        report = copy_database(source, target, progress=lambda done, total: seen.append((done, total)))
        yield Copied(target, report, seen)
    finally:
        source.dispose()
        target.dispose()
        _drop_schema(admin, schema)
        admin.dispose()


def _rows(database: Database, table) -> set[tuple]:
    """Each row as (primary key, every foreign key column): the links a copy must keep."""
    linked = [c for c in table.columns if c.foreign_keys]
    columns = [*table.primary_key.columns, *linked]
    with database.engine.connect() as connection:
        return {tuple(row) for row in connection.execute(select(*columns))}


def _counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as connection:
        return {
            t.name: connection.execute(select(func.count()).select_from(t)).scalar_one()
            for t in copied_tables()
        }


def _kept(database: Database) -> dict[str, int]:
    """Rows per table but the lists a migration fills: a server as migrated holds those."""
    return {name: n for name, n in _counts(database).items() if name not in transfer.SEEDED_TABLES}


def test_copy_keeps_every_row_and_link(source: Database, copied: Copied) -> None:
    target, report, seen = copied.target, copied.report, copied.seen

    assert isinstance(report, TransferReport)
    assert report.equal and report.migrated_target
    source_counts, target_counts = _counts(source), _counts(target)
    assert source_counts == target_counts
    assert source_counts["company"] == COMPANIES
    # The demo fills what matters: not a copy of empty tables.
    for name in (
        "establishment",
        "contact",
        "interaction",
        "agreement",
        "signal",
        "signal_event",
        "ambition",
        "knowledge_article",
        "desk_question",
        "observation",
        "audit_entry",
    ):
        assert source_counts[name] > 0, name
    for table in copied_tables():
        assert _rows(source, table) == _rows(target, table), table.name
        entry = report.table(table.name)
        assert entry.source_rows == entry.copied_rows == entry.target_rows == source_counts[table.name]
        assert entry.content_equal
    assert report.rows == sum(source_counts.values())
    assert report.accounts == source_counts["app_user"] > 0
    assert report.search_documents == COMPANIES
    assert report.sample_equal and report.sample_companies > 10
    assert report.table("company").label == "Companies"
    with target.engine.connect() as connection:  # who did what stays attributed
        who = (
            connection.execute(
                text("SELECT DISTINCT u.username FROM audit_entry a JOIN app_user u ON u.id = a.user_id")
            )
            .scalars()
            .all()
        )
    assert len(who) == 1
    # Progress: rows counted once copied and once compared, companies once more (search), up to the total.
    assert seen[-1][0] == seen[-1][1] == 2 * report.rows + COMPANIES
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_copied_companies_are_found_and_new_records_get_fresh_ids(source: Database, target: Database) -> None:
    copy_database(source, target)
    with source.session() as session:
        name, kvk = session.execute(
            select(Company.name, Company.kvk_number).order_by(Company.id.desc())
        ).first()
        highest = session.scalar(select(func.max(Company.id)))
        question = session.scalar(select(KnowledgeArticle.question).order_by(KnowledgeArticle.id))
    with target.session() as session:
        hits = SearchService(session).search(name)
        assert name in [h.name for h in hits]
        if kvk:
            assert SearchService(session).search(kvk)[0].name == name
        assert search_articles(
            session, question, today=date.today(), include_invalid=True
        )  # the knowledge base's own index was rebuilt
    # A record made on the server after the copy gets an id past every copied one.
    with target.session() as session:
        new_id = create_company(
            session, company("Nieuwe Zaak Na Verhuizing"), establishment(postcode="1243 JK")
        )
        session.commit()
        assert new_id > highest
    with target.session() as session:
        assert SearchService(session).search("nieuwe zaak na")[0].name == "Nieuwe Zaak Na Verhuizing"
        users = session.scalar(select(func.max(User.id)))
        new_user = User(username="nieuw.server", full_name="Nieuw Op Server", role=Role.ADMINISTRATOR)
        session.add(new_user)
        session.flush()
        assert new_user.id > users
        interaction_max = session.scalar(select(func.max(Interaction.id)))
        assert (
            session.scalar(text("SELECT nextval(pg_get_serial_sequence('interaction', 'id'))"))
            > interaction_max
        )


def test_target_with_data_is_refused_and_left_untouched(source: Database, target: Database) -> None:
    migrate(target)
    with target.session() as session:
        create_company(session, company("Al Op De Server"), establishment())
        session.commit()
    before = _counts(target)

    with pytest.raises(DomainError) as raised:
        copy_database(source, target)

    assert "already holds data" in raised.value.message
    assert ("company", 1) in raised.value.found and ("establishment", 1) in raised.value.found
    assert "1 × Companies" in raised.value.params["what"]
    assert _counts(target) == before
    with target.session() as session:
        assert session.scalars(select(Company.name)).all() == ["Al Op De Server"]


def test_cancel_leaves_the_target_empty(source: Database, target: Database) -> None:
    calls = {"n": 0}

    def cancel_after_a_while() -> bool:
        calls["n"] += 1
        return calls["n"] > 8  # part of the tables have been written by then

    with pytest.raises(TransferCancelledError):
        copy_database(source, target, is_cancelled=cancel_after_a_while)

    assert calls["n"] > 8
    assert set(_kept(target).values()) == {0}
    with target.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM company_search")).scalar_one() == 0
    # An empty server stays usable for a next attempt.
    report = copy_database(source, target)
    assert report.equal and not report.migrated_target


def test_into_an_empty_sqlite_file_too(source: Database, tmp_path: Path) -> None:
    """Any empty database will do as target (the same code without COPY)."""
    target = Database(f"sqlite:///{tmp_path / 'copy.db'}")
    try:
        report = copy_database(source, target)
        assert report.equal
        assert _counts(target) == _counts(source)
        for table in copied_tables():
            assert _rows(source, table) == _rows(target, table), table.name
        with target.session() as session:
            name = session.scalar(select(Company.name).order_by(Company.id))
            assert name in [h.name for h in SearchService(session).search(name)]
    finally:
        target.dispose()


def test_a_database_is_not_copied_into_itself(source: Database) -> None:
    with pytest.raises(DomainError):
        copy_database(source, Database(source.url))


def test_a_missing_file_is_not_created(tmp_path: Path, target: Database) -> None:
    missing = tmp_path / "weg.db"
    with pytest.raises(DomainError) as raised:
        copy_database(Database(f"sqlite:///{missing}"), target)
    assert "does not exist" in raised.value.message
    assert not missing.exists()


def test_self_references_in_any_order(tmp_path: Path, target: Database) -> None:
    """A parent area with a higher id than its child still arrives linked."""
    local = Database(f"sqlite:///{tmp_path / 'areas.db'}")
    migrate(local)
    try:
        with local.session() as session:
            child = Area(name="Winkelgebied Centrum", kind=AreaKind.SHOPPING)
            session.add(child)
            session.flush()
            parent = Area(name="Kern Dorp", kind=AreaKind.KERN)
            session.add(parent)
            session.flush()
            child.parent_id = parent.id
            session.commit()
            child_id, parent_id = child.id, parent.id
        assert parent_id > child_id
        report = copy_database(local, target)
        assert report.equal
        with target.session() as session:
            assert session.get(Area, child_id).parent_id == parent_id
    finally:
        local.dispose()


def test_a_copy_that_differs_is_not_kept(
    source: Database, target: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Verification reads the copy back: a value changed on the way is found, and nothing is kept."""
    rebuild = transfer._rebuild_search

    def rebuild_and_spoil(dst, advance):
        dst.execute(text("UPDATE agreement SET description = description || '!' WHERE id = 1"))
        return rebuild(dst, advance)

    monkeypatch.setattr(transfer, "_rebuild_search", rebuild_and_spoil)
    with pytest.raises(TransferVerificationError) as raised:
        copy_database(source, target)

    report = raised.value.report
    assert not report.equal
    assert [t.table for t in report.tables if not t.equal] == ["agreement"]
    assert report.table("agreement").target_rows == report.table("agreement").source_rows
    assert set(_kept(target).values()) == {0}


def test_a_server_copied_back_into_a_file_is_the_same(
    source: Database, copied: Copied, tmp_path: Path
) -> None:
    """Round trip: file → server → new file; the server is read as one snapshot."""
    back = Database(f"sqlite:///{tmp_path / 'back.db'}")
    try:
        report = copy_database(copied.target, back)
        assert report.equal
        for table in copied_tables():
            assert _rows(source, table) == _rows(back, table), table.name
    finally:
        back.dispose()


def test_an_older_server_in_use_is_refused_before_its_schema_is_upgraded(
    source: Database, target: Database
) -> None:
    upgrade_to(target, "0006")
    with target.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO area (name, kind, version, created_at, updated_at) "
                "VALUES ('Kern Dorp', 'kern', 1, now(), now())"
            )
        )

    with pytest.raises(TargetNotEmptyError) as raised:
        copy_database(source, target)

    assert raised.value.found == [("area", 1)]
    assert current_revision(target) == "0006"


FOREIGN_KEYS = (
    "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
    "WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace ORDER BY 1, 2"
)


@pytest.mark.parametrize("backend", ["postgresql"])
def test_the_servers_foreign_keys_are_all_back(copied: Copied, db: Database) -> None:
    """The copy sets the server's foreign keys aside while it writes: afterwards they are all there,
    as a migration makes them (``db``: a server schema as migrated)."""
    with db.engine.connect() as connection:
        migrated = connection.execute(text(FOREIGN_KEYS)).all()
    assert len(migrated) > 40

    with copied.target.engine.connect() as connection:
        assert connection.execute(text(FOREIGN_KEYS)).all() == migrated


def test_a_link_that_does_not_resolve_stops_the_copy(tmp_path: Path, target: Database) -> None:
    """A file with a dangling link (written with its checks off) is refused as a whole by the server."""
    path = tmp_path / "dangling.db"
    local = Database(f"sqlite:///{path}")
    migrate(local)
    with local.session() as session:
        create_company(session, company("Bakkerij Jansen"), establishment())
        session.commit()
    local.dispose()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute("UPDATE establishment SET company_id = 999")
    raw.commit()
    raw.close()

    local = Database(f"sqlite:///{path}")
    try:
        with pytest.raises(DomainError) as raised:
            copy_database(local, target)
    finally:
        local.dispose()

    assert "could not store the copy" in raised.value.message
    assert "fk_establishment_company_id_company" in raised.value.params["detail"]
    assert set(_kept(target).values()) == {0}


def test_a_value_the_server_does_not_allow_names_its_table(tmp_path: Path, target: Database) -> None:
    """SQLite keeps a text longer than its column; PostgreSQL refuses it, and the copy says where."""
    path = tmp_path / "long.db"
    local = Database(f"sqlite:///{path}")
    migrate(local)
    with local.session() as session:
        create_company(session, company("Bakkerij Jansen"), establishment())
        session.commit()
    local.dispose()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE establishment SET postcode = '1243 JJ en nog veel meer'")
    raw.commit()
    raw.close()

    local = Database(f"sqlite:///{path}")
    try:
        with pytest.raises(RowRefusedError) as raised:
            copy_database(local, target)
    finally:
        local.dispose()

    assert raised.value.table == "establishment"
    assert raised.value.params["what"] == "Establishments"
    assert "too long" in raised.value.params["detail"]
    assert set(_kept(target).values()) == {0}


def test_a_login_that_does_not_own_the_tables_copies_with_the_keys_in_place(
    source: Database, target: Database, pg_schema: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """IT created the schema; the administrator copies with a login that may write, not alter."""
    set_aside = transfer._set_foreign_keys_aside
    kept: list[list] = []
    monkeypatch.setattr(
        transfer, "_set_foreign_keys_aside", lambda dst: kept.append(set_aside(dst)) or kept[-1]
    )
    migrate(target)
    schema = schema_of(pg_schema)
    login = f"copier_{schema}"
    with target.engine.begin() as connection:
        for statement in (
            f"CREATE ROLE {login} LOGIN",
            f"GRANT USAGE ON SCHEMA {schema} TO {login}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {login}",
            f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {schema} TO {login}",
        ):
            connection.exec_driver_sql(statement)
    copier = Database(pg_schema.replace("postgresql://postgres@", f"postgresql://{login}@", 1))
    try:
        report = copy_database(source, copier)
        assert report.equal
        assert kept == [[]]  # the keys stayed: checked row by row
        with copier.session() as session:
            assert session.scalar(select(func.count()).select_from(Company)) == COMPANIES
    finally:
        copier.dispose()
        with target.engine.begin() as connection:
            connection.exec_driver_sql(f"DROP OWNED BY {login}")
            connection.exec_driver_sql(f"DROP ROLE {login}")
