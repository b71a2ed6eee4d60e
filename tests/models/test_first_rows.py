"""The start's first screen of the company list (models/companies/first_rows.py), read in plain SQL
before the database stack loads, is the list the window then shows: the same companies in the
same order, line for line; and it is only read from a database the start proper would open as it is."""

from __future__ import annotations

import getpass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text, update

from models.companies import first_rows as first_rows_module
from models.companies import listing
from models.companies.entities import Company
from models.companies.first_rows import FIRST_SCREEN, first_rows
from models.companies.listing import CompanyFilter
from models.db import Database, sqlite_url
from models.team.entities import Role, User
from models.tools import demo
from tests.models.conftest import new_company


def listed(db: Database) -> list[listing.CompanyRow]:
    with db.session() as session:
        ids = listing.list_company_ids(session, CompanyFilter(), limit=FIRST_SCREEN)
        return listing.company_rows(session, ids)


def test_the_first_rows_are_the_lists_first_screen_line_for_line(db: Database) -> None:
    demo.generate(db, 70, seed=3)
    new_company(db, "aannemer zonder hoofdletter")  # folded, as the list sorts
    with db.session() as session:
        first = session.scalar(text("SELECT id FROM company ORDER BY name_folded, id LIMIT 1"))
        session.execute(update(Company).where(Company.id == first).values(archived_at=datetime.now(UTC)))
        if not db.is_sqlite:  # the server's login signs in like an official
            session.add(
                User(
                    username=session.scalar(text("SELECT current_user")),
                    full_name="Beheer",
                    role=Role.ADMINISTRATOR,
                )
            )
        session.commit()

    rows = first_rows(db.url)

    assert rows is not None
    assert len(rows) == FIRST_SCREEN
    assert rows == listed(db)
    assert first not in [r.id for r in rows]  # archived: not in the list as it opens
    assert any(r.area and r.sector and r.account_manager and r.status for r in rows)


def test_nothing_is_read_from_a_database_the_start_would_migrate_or_refuse(db: Database) -> None:
    new_company(db, "Bakkerij Van Dam")
    if not db.is_sqlite:
        # A server login without an account of its own (or with a switched-off one) is refused at sign-in.
        assert first_rows(db.url) is None
        with db.session() as session:
            login = session.scalar(text("SELECT current_user"))
            session.add(User(username=login, full_name="Beheer", role=Role.ADMINISTRATOR, active=False))
            session.commit()
        assert first_rows(db.url) is None
        with db.session() as session:
            session.execute(update(User).where(User.username == login).values(active=True))
            session.commit()
    else:
        with db.session() as session:  # this computer's account, switched off
            session.add(
                User(username=getpass.getuser(), full_name="Petra", role=Role.ADMINISTRATOR, active=False)
            )
            session.commit()
        assert first_rows(db.url) is None
        with db.session() as session:
            session.execute(update(User).where(User.username == getpass.getuser()).values(active=True))
            session.commit()
    assert [r.name for r in first_rows(db.url) or []] == ["Bakkerij Van Dam"]

    with db.session() as session:  # an older schema: the start proper backs up and migrates first
        session.execute(text("UPDATE alembic_version SET version_num = '0018'"))
        session.commit()
    assert first_rows(db.url) is None


def test_a_missing_file_is_left_to_the_first_run_and_not_made(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.db"
    assert first_rows(sqlite_url(path)) is None
    assert not path.exists()  # the first-run question decides what it becomes
    assert first_rows("sqlite://") is None  # in memory: nothing to read before the start
    assert first_rows("mysql://elders/db") is None


def test_without_libpq_at_hand_psycopg_reads_the_servers_first_rows(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The start reads a server through psycopg's libpq, found beside psycopg-binary; another
    installation of psycopg (its own libpq elsewhere) reads the same rows through psycopg."""
    if db.is_sqlite:
        pytest.skip("a server's first rows")
    new_company(db, "Bakkerij Van Dam")
    with db.session() as session:
        login = session.scalar(text("SELECT current_user"))
        session.add(User(username=login, full_name="Beheer", role=Role.ADMINISTRATOR))
        session.commit()
    through_libpq = first_rows(db.url)
    monkeypatch.setattr(first_rows_module, "_libpq", lambda: None)
    assert first_rows(db.url) == through_libpq == listed(db)


def test_a_server_that_does_not_answer_gives_no_first_rows_and_no_error() -> None:
    """The start proper meets the same server and says what is wrong."""
    assert first_rows("postgresql://nobody@127.0.0.1:1/nothing") is None
