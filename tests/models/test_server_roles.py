"""Least-privilege roles on the real PostgreSQL server, and first use of an empty database."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, ProgrammingError

from models.db import Database
from models.errors import DomainError
from models.server import accounts as server_accounts
from models.server import roles as server_roles
from models.setup import set_up_database
from models.team import services as accounts
from models.team.entities import Role, User

SUFFIX = uuid.uuid4().hex[:6]


@pytest.fixture
def server(pg_schema: str) -> Iterator[tuple[Database, list[str]]]:
    """An empty schema on the test server; every role the test makes is dropped after."""
    database = Database(pg_schema)
    made: list[str] = []
    try:
        yield database, made
    finally:
        with database.session() as session:
            group = server_roles.group_name(session)
            admins = server_roles.admin_group_name(session)
        with database.engine.begin() as connection:
            for name in [*made, admins, group]:
                if connection.execute(
                    text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
                ).scalar():
                    q = server_roles.quote(name)
                    connection.execute(text(f"REASSIGN OWNED BY {q} TO CURRENT_USER"))
                    connection.execute(text(f"DROP OWNED BY {q}"))
                    connection.execute(text(f"DROP ROLE {q}"))
        database.dispose()


def _as_login(database: Database, login: str) -> Database:
    """The same database and schema, connected as ``login`` (the test server trusts every login)."""
    url = make_url(database.url).set(username=login, password=None)
    return Database(url.render_as_string(hide_password=False))


def test_first_use_creates_schema_group_and_administrator(server: tuple[Database, list[str]]) -> None:
    database, made = server
    admin_login = f"beheer_{SUFFIX}"
    made.append(admin_login)
    admin_id = set_up_database(database, username=admin_login, full_name="Bea Heer", password="geheim-123")
    with database.session() as session:
        attributes = session.execute(
            text("SELECT rolsuper, rolcreaterole, rolcanlogin FROM pg_roles WHERE rolname = :n"),
            {"n": admin_login},
        ).one()
        assert tuple(attributes) == (False, False, True)  # no CREATEROLE for people
        group = server_roles.group_name(session)
        assert len(group) <= 63
        # In the administrators' group only, without ADMIN OPTION on anything.
        assert session.execute(
            text(
                "SELECT g.rolname, m.admin_option FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :u"
            ),
            {"u": admin_login},
        ).all() == [(server_roles.admin_group_name(session), False)]
    with pytest.raises(DomainError, match="already has an administrator"):
        set_up_database(database, username=f"ander_{SUFFIX}", full_name="Ander", password="geheim-123")

    # The administrator signs in with their own login and manages accounts without being superuser.
    as_admin = _as_login(database, admin_login)
    try:
        with as_admin.session() as session:
            signed_in = accounts.sign_in(session, ("somebody", "Somebody"))
            assert (signed_in.user_id, signed_in.role) == (admin_id, Role.ADMINISTRATOR)
        official_login = f"pvdam_{SUFFIX}"
        made.append(official_login)
        with as_admin.session(admin_id) as session:
            official_id = accounts.create_account(
                session, official_login, "Petra van Dam", Role.BUSINESS_MANAGER, password="geheim-456"
            )
            session.commit()
    finally:
        as_admin.dispose()

    as_official = _as_login(database, official_login)
    try:
        with as_official.session() as session:
            me = accounts.sign_in(session, ("x", "x"))
            assert me.user_id == official_id and me.role is Role.BUSINESS_MANAGER
            # reads and writes data
            session.execute(text("UPDATE company SET name = name"))
            session.execute(text("SELECT count(*) FROM company")).scalar_one()
            session.commit()
        assert not _attribute(database, official_login, "rolsuper")
        assert not _attribute(database, official_login, "rolcreaterole")
        for statement in (
            "CREATE TABLE sneaky (id int)",
            "UPDATE audit_entry SET new_value = 'x'",
            "DELETE FROM audit_entry",
            "UPDATE alembic_version SET version_num = 'x'",
            "CREATE ROLE sneaky_" + SUFFIX,
            # no way to become administrator, or to change the settings, with psql
            "UPDATE app_user SET role = 'administrator'",
            "INSERT INTO app_setting (key, value) VALUES ('x', 'y')",
        ):
            with as_official.session() as session, pytest.raises(ProgrammingError, match="permission denied"):
                session.execute(text(statement))
        with as_official.session() as session:  # the audit trail can be added to and read
            assert session.execute(text("SELECT count(*) FROM audit_entry")).scalar_one() > 0
        # The official may not manage accounts: refused by the service before the server is asked.
        with as_official.session(official_id) as session, pytest.raises(DomainError):
            accounts.deactivate_account(session, admin_id)
    finally:
        as_official.dispose()

    # Deactivated: the login cannot connect any more (trust authentication still refuses NOLOGIN).
    with database.session(admin_id) as session:
        accounts.deactivate_account(session, official_id)
        session.commit()
    assert not _attribute(database, official_login, "rolcanlogin")
    again = _as_login(database, official_login)
    try:
        with pytest.raises(OperationalError, match="not permitted to log in"), again.engine.connect():
            pass
    finally:
        again.dispose()
    with database.session(admin_id) as session:
        accounts.reactivate_account(session, official_id)
        session.commit()
    assert _attribute(database, official_login, "rolcanlogin")


def test_an_unknown_login_is_refused(server: tuple[Database, list[str]]) -> None:
    database, made = server
    admin_login = f"beheer2_{SUFFIX}"
    made.append(admin_login)
    set_up_database(database, username=admin_login, full_name="Bea Heer", password="geheim-123")
    stranger = f"vreemd_{SUFFIX}"
    made.append(stranger)
    with database.engine.begin() as connection:
        connection.execute(text(f"CREATE ROLE {stranger} LOGIN"))
        connection.execute(text(f"GRANT {server_roles.quote(_group(database))} TO {stranger}"))
    as_stranger = _as_login(database, stranger)
    try:
        with as_stranger.session() as session, pytest.raises(DomainError, match="has no account"):
            accounts.sign_in(session, (stranger, "Vreemd"))
    finally:
        as_stranger.dispose()


def test_the_connected_owner_can_be_the_first_administrator(server: tuple[Database, list[str]]) -> None:
    database, _made = server
    with database.session() as session:
        owner = session.execute(text("SELECT current_user")).scalar_one()
    user_id = set_up_database(database, username=owner, full_name="Eigenaar")
    with database.session() as session:
        assert accounts.sign_in(session, (owner, "")).user_id == user_id


def _group(database: Database) -> str:
    with database.session() as session:
        return server_roles.group_name(session)


def _attribute(database: Database, login: str, column: str) -> bool:
    engine = create_engine(database.url)
    try:
        with engine.connect() as connection:
            return connection.execute(
                text(f"SELECT {column} FROM pg_roles WHERE rolname = :n"), {"n": login}
            ).scalar_one()
    finally:
        engine.dispose()


@pytest.fixture(autouse=True)
def _needs_postgresql() -> None:
    import os

    if not os.environ.get("ONDERNEMERSDESK_TEST_PG"):
        pytest.skip("needs the PostgreSQL test server (ONDERNEMERSDESK_TEST_PG)")


def test_a_local_file_copied_to_the_server_gets_its_server_administrator(
    server: tuple[Database, list[str]], tmp_path
) -> None:
    """The copied file's own administrator (the laptop's account) has no login here, so setting
    up the server after the copy makes the first server administrator, keeping every account."""
    from models.lookups import ensure_user
    from models.migrations import migrate
    from models.tools.transfer import copy_database

    database, made = server
    local = Database(f"sqlite:///{tmp_path / 'laptop.db'}")
    migrate(local)
    with local.session() as session:
        laptop_admin = ensure_user(session, f"laptop_{SUFFIX}", "Laptop Eigenaar")
        session.commit()
    copy_database(local, database)
    local.dispose()

    admin_login = f"beheer_{SUFFIX}"
    made.append(admin_login)
    admin_id = set_up_database(database, username=admin_login, full_name="Bea Heer", password="geheim-123")
    assert admin_id != laptop_admin
    with database.session() as session:
        rows = {u.username: (u.role, u.active) for u in session.scalars(select(User))}
    assert rows[f"laptop_{SUFFIX}"] == (Role.ADMINISTRATOR, True)  # kept; a server login is given later
    assert rows[admin_login] == (Role.ADMINISTRATOR, True)
    with pytest.raises(DomainError, match="already has an administrator"):
        set_up_database(database, username=f"ander_{SUFFIX}", full_name="Ander", password="geheim-123")


def test_passwords_reach_the_server_only_as_a_scram_verifier(server: tuple[Database, list[str]]) -> None:
    """A statement carrying the password itself would leave it in the server's log and in the
    error of a failed statement; the server gets a SCRAM verifier made on this computer."""
    database, made = server
    admin_login = f"beheer3_{SUFFIX}"
    made.append(admin_login)
    admin_id = set_up_database(database, username=admin_login, full_name="Bea Heer", password="geheim-123")
    with database.session(admin_id) as session:  # an account without a server login, as after a copy
        session.add(User(username=f"kopie_{SUFFIX}", full_name="Kees Kopie", role=Role.DESK))
        session.commit()
    made.append(f"kopie_{SUFFIX}")
    with database.session(admin_id) as session:
        copied = session.scalar(select(User.id).where(User.username == f"kopie_{SUFFIX}"))
        accounts.set_password(session, copied, "Kanarie-Wachtwoord-1")  # makes the missing login
        accounts.set_password(session, admin_id, "Kanarie-Wachtwoord-2")
        session.commit()
    with database.session() as session:  # the test server's superuser may read the verifiers
        stored = session.scalars(
            text("SELECT rolpassword FROM pg_authid WHERE rolname IN (:a, :b)"),
            {"a": admin_login, "b": f"kopie_{SUFFIX}"},
        ).all()
        assert len(stored) == 2 and all(p.startswith("SCRAM-SHA-256$") for p in stored)
        assert _attribute(database, f"kopie_{SUFFIX}", "rolcanlogin")
    with database.session() as session, pytest.raises(DomainError) as failed:  # not one of ours: refused
        server_accounts.set_password(session, f"niemand_{SUFFIX}", "Kanarie-Wachtwoord-3")
    assert "Kanarie" not in str(failed.value) and failed.value.__cause__ is None
