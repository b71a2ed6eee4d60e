"""Accounts on a shared server without CREATEROLE for people (issue 14, findings 1 and 4).

Each case connects as the login concerned (a second engine with that login's URL; the test
server trusts every login) and shows what the server itself refuses, or what it changed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from models.db import Database
from models.errors import DomainError, ValidationError
from models.server import accounts as server_accounts
from models.server import roles as server_roles
from models.server.install import reinstall as install_server
from models.setup import set_up_database
from models.team import services as accounts
from models.team.entities import Role, User

SUFFIX = uuid.uuid4().hex[:6]


@dataclass
class Installation:
    database: Database
    made: list[str]  # logins and roles made by the test, dropped after it

    def login(self, name: str) -> str:
        unique = f"{name}_{SUFFIX}"
        self.made.append(unique)
        return unique


@pytest.fixture
def installation(pg_schema: str) -> Iterator[Installation]:
    database = Database(pg_schema)
    made: list[str] = []
    try:
        yield Installation(database, made)
    finally:
        database.dispose()
        drop_roles(pg_schema, made)


def drop_roles(url: str, names: list[str]) -> None:
    """As the test server's superuser: the groups of the installation go with the schema
    (tests/conftest.py), the logins made here go now."""
    database = Database(url)
    try:
        with database.engine.begin() as connection:
            for name in reversed(names):
                if connection.execute(
                    text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
                ).scalar():
                    q = server_roles.quote(name)
                    connection.execute(text(f"REASSIGN OWNED BY {q} TO CURRENT_USER"))
                    connection.execute(text(f"DROP OWNED BY {q}"))
                    connection.execute(text(f"DROP ROLE {q}"))
    finally:
        database.dispose()


def as_login(database: Database, login: str) -> Database:
    url = make_url(database.url).set(username=login, password=None)
    return Database(url.render_as_string(hide_password=False))


def set_up(installation: Installation) -> tuple[str, int]:
    admin = installation.login("beheer")
    admin_id = set_up_database(
        installation.database, username=admin, full_name="Bea Heer", password="Beheer-wachtwoord-1"
    )
    return admin, admin_id


def names(database: Database) -> dict[str, str]:
    with database.session() as session:
        return {
            "owner": session.execute(text("SELECT current_user")).scalar_one(),
            "schema": server_roles.current_schema(session),
            "group": server_roles.group_name(session),
            "accounts": server_accounts.accounts_role_name(session),
            **{role.value: server_roles.role_group_name(session, role) for role in Role},
        }


def refused(database: Database, statement: str, **params: Any) -> str:
    """The SQLSTATE with which the server refuses ``statement``."""
    with database.engine.connect() as connection, pytest.raises(DBAPIError) as caught:
        connection.execute(text(statement), params)
    return str(caught.value.orig.sqlstate)  # type: ignore[union-attr]


def memberships(database: Database, login: str) -> set[tuple[str, bool, str]]:
    """The login's direct memberships: (group, admin option, granted by)."""
    with database.engine.connect() as connection:
        return {
            tuple(row)  # type: ignore[misc]
            for row in connection.execute(
                text(
                    "SELECT g.rolname, m.admin_option, b.rolname FROM pg_auth_members m "
                    "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                    "JOIN pg_roles b ON b.oid = m.grantor WHERE u.rolname = :n"
                ),
                {"n": login},
            )
        }


def snapshot(database: Database, login: str) -> tuple[Any, ...]:
    """Everything the server keeps about a role: its attributes, its password's verifier, its
    memberships both ways (read by the test server's superuser)."""
    with database.engine.connect() as connection:
        attributes = connection.execute(
            text(
                "SELECT rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication, "
                "rolbypassrls, rolconnlimit, rolpassword, rolvaliduntil FROM pg_authid WHERE rolname = :n"
            ),
            {"n": login},
        ).one()
        members = connection.execute(
            text(
                "SELECT g.rolname, u.rolname, m.admin_option FROM pg_auth_members m "
                "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                "WHERE g.rolname = :n OR u.rolname = :n ORDER BY 1, 2"
            ),
            {"n": login},
        ).all()
    return tuple(attributes), tuple(map(tuple, members))


def attribute(database: Database, login: str, column: str) -> Any:
    with database.engine.connect() as connection:
        return connection.execute(
            text(f"SELECT {column} FROM pg_roles WHERE rolname = :n"), {"n": login}
        ).scalar_one()


def password_is(database: Database, login: str, password: str) -> bool:
    """Whether the server's SCRAM-SHA-256 verifier of ``login`` was made from ``password``
    (RFC 5802: StoredKey = H(HMAC(PBKDF2(password, salt, i), "Client Key"))). The test server
    trusts every login, so this is how a test sees which password the server would accept."""
    with database.engine.connect() as connection:
        stored = connection.execute(
            text("SELECT rolpassword FROM pg_authid WHERE rolname = :n"), {"n": login}
        ).scalar_one()
    method, parameters, keys = stored.split("$")
    assert method == "SCRAM-SHA-256"
    iterations, salt = parameters.split(":")
    stored_key = keys.split(":")[0]
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), base64.b64decode(salt), int(iterations))
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    return base64.b64encode(hashlib.sha256(client_key).digest()).decode() == stored_key


def verifier(database: Database, login: str, password: str) -> str:
    with database.session() as session:
        return server_accounts._verifier(session, login, password)


def _as(database: Database, user_id: int | None, task: Any) -> Any:
    with database.session(user_id) as session:
        result = task(session)
        session.commit()
        return result


# -- finding 1: the administrator's login cannot take over the server -----------------------------


def test_an_administrator_login_cannot_take_over_the_server(installation: Installation) -> None:
    database = installation.database
    admin, admin_id = set_up(installation)
    n = names(database)
    desk = installation.login("balie")
    _as(
        database,
        admin_id,
        lambda s: accounts.create_account(s, desk, "Dora", Role.DESK, password="Balie-wachtwoord"),
    )
    owner_before = snapshot(database, n["owner"])
    sneaky = installation.login("stiekem")

    as_admin = as_login(database, admin)
    try:
        attacks = {
            "execute programs on the server": f'GRANT pg_execute_server_program TO "{admin}"',
            "a shell as the server's OS user": "COPY app_setting (key) FROM PROGRAM 'id'",
            "become the owner": f'GRANT "{n["owner"]}" TO "{admin}"',
            "take the owner's password": f"ALTER ROLE \"{n['owner']}\" PASSWORD 'overgenomen'",
            "read all data": f'GRANT pg_read_all_data TO "{admin}"',
            "make a login": f"CREATE ROLE {sneaky} LOGIN PASSWORD 'x'",
            "act as the accounts role": f'SET ROLE "{n["accounts"]}"',
            "give oneself CREATEROLE": f'ALTER ROLE "{admin}" CREATEROLE',
            "make a desk login administrator": f'GRANT "{n["administrator"]}" TO "{desk}"',
            "rewrite history": "DELETE FROM audit_entry",
        }
        for attack, statement in attacks.items():
            assert refused(as_admin, statement) == "42501", attack
        with as_admin.session() as session:  # and yet it is the administrator
            assert accounts.sign_in(session, (admin, "")).role is Role.ADMINISTRATOR
    finally:
        as_admin.dispose()

    assert not attribute(database, admin, "rolcreaterole")
    assert memberships(database, admin) == {(n["administrator"], False, n["accounts"])}
    assert snapshot(database, n["owner"]) == owner_before
    with database.session() as session:
        assert not server_roles.role_exists(session, sneaky)


def test_a_non_superuser_owner_installs_and_stays_out_of_reach(installation: Installation) -> None:
    """A managed server (no superuser for IT): the owner has CREATEROLE, sets up, and neither it
    nor anything of it can be taken by the administrator it made."""
    database = installation.database
    owner = installation.login("eigenaar")
    with database.engine.begin() as connection:
        schema = connection.execute(text("SELECT current_schema()")).scalar_one()
        connection.execute(text(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD 'van-de-eigenaar'"))
        connection.execute(text(f"ALTER SCHEMA {schema} OWNER TO {owner}"))
    as_owner = as_login(database, owner)
    try:
        admin = installation.login("beheer")
        admin_id = set_up_database(
            as_owner, username=admin, full_name="Bea Heer", password="Beheer-wachtwoord-1"
        )
        n = names(as_owner)
        assert n["owner"] == owner
        assert install_server(as_owner)  # again, as on every upgrade: nothing breaks
        with database.engine.connect() as connection:  # the functions belong to the accounts role
            owners = connection.execute(
                text(
                    "SELECT DISTINCT pg_get_userbyid(proowner) FROM pg_proc "
                    "WHERE pronamespace = CAST(:s AS regnamespace) AND proname LIKE 'account\\_%'"
                ),
                {"s": schema},
            ).all()
        assert owners == [(n["accounts"],)]
    finally:
        as_owner.dispose()

    before = snapshot(database, owner)
    as_admin = as_login(database, admin)
    try:
        assert refused(as_admin, f'GRANT "{owner}" TO "{admin}"') == "42501"
        assert refused(as_admin, f"ALTER ROLE \"{owner}\" PASSWORD 'overgenomen'") == "42501"
        assert (
            refused(
                as_admin,
                f'SELECT "{schema}".account_set_password(:login, :verifier)',
                login=owner,
                verifier=verifier(database, owner, "Overgenomen-1"),
            )
            == "42501"
        )
        official = installation.login("pvdam")
        _as(
            as_admin,
            admin_id,
            lambda s: accounts.create_account(
                s, official, "Petra", Role.OFFICIAL, password="Petra-wachtwoord"
            ),
        )
    finally:
        as_admin.dispose()
    assert snapshot(database, owner) == before
    assert memberships(database, official) == {(n["official"], False, n["accounts"])}


# -- the administrator's work, through the services, as their own login ---------------------------


def test_the_administrator_manages_an_official_with_their_own_login(installation: Installation) -> None:
    database = installation.database
    admin, admin_id = set_up(installation)
    n = names(database)
    official = installation.login("pvdam")
    as_admin = as_login(database, admin)
    try:
        official_id = _as(
            as_admin,
            admin_id,
            lambda s: accounts.create_account(
                s, official, "Petra van Dam", Role.BUSINESS_MANAGER, password="Eerste-wachtwoord"
            ),
        )
        assert memberships(database, official) == {(n["business_manager"], False, n["accounts"])}
        assert attribute(database, official, "rolcanlogin") and not attribute(
            database, official, "rolcreaterole"
        )
        assert password_is(database, official, "Eerste-wachtwoord")
        as_official = as_login(database, official)
        try:
            with as_official.session() as session:
                assert accounts.sign_in(session, ("", "")).role is Role.BUSINESS_MANAGER
        finally:
            as_official.dispose()

        version = _as(as_admin, admin_id, lambda s: s.get(User, official_id).version)
        _as(
            as_admin,
            admin_id,
            lambda s: accounts.update_account(s, official_id, version, "Petra van Dam", None, Role.OFFICIAL),
        )
        assert memberships(database, official) == {(n["official"], False, n["accounts"])}

        _as(as_admin, admin_id, lambda s: accounts.set_password(s, official_id, "Tweede-wachtwoord"))
        assert password_is(database, official, "Tweede-wachtwoord")

        _as(as_admin, admin_id, lambda s: accounts.deactivate_account(s, official_id))
        assert not attribute(database, official, "rolcanlogin")
        gone = as_login(database, official)
        try:
            with pytest.raises(OperationalError, match="not permitted to log in"), gone.engine.connect():
                pass
        finally:
            gone.dispose()
        _as(as_admin, admin_id, lambda s: accounts.reactivate_account(s, official_id))
        assert attribute(database, official, "rolcanlogin")
        assert memberships(database, official) == {(n["official"], False, n["accounts"])}

        version = _as(as_admin, admin_id, lambda s: s.get(User, official_id).version)
        _as(
            as_admin,
            admin_id,
            lambda s: accounts.update_account(
                s, official_id, version, "Petra van Dam", None, Role.ADMINISTRATOR
            ),
        )
    finally:
        as_admin.dispose()
    # A second administrator: in the administrators' group, still without CREATEROLE or ADMIN OPTION.
    assert memberships(database, official) == {(n["administrator"], False, n["accounts"])}
    assert not attribute(database, official, "rolcreaterole")


# -- the functions themselves, called with psql-level SQL ------------------------------------------


def test_the_account_functions_refuse_what_is_not_theirs(installation: Installation) -> None:
    database = installation.database
    admin, admin_id = set_up(installation)
    n = names(database)
    desk = installation.login("balie")
    desk_id = _as(
        database,
        admin_id,
        lambda s: accounts.create_account(s, desk, "Dora", Role.DESK, password="Balie-wachtwoord"),
    )
    foreign = installation.login("ander")
    with database.engine.begin() as connection:
        connection.execute(text(f"CREATE ROLE {foreign} LOGIN PASSWORD 'van-een-ander'"))
    with (
        database.session() as session
    ):  # even with an account of that name (an administrator may write app_user)
        session.add(User(username=foreign, full_name="Ander", role=Role.DESK))
        session.commit()
    before = {name: snapshot(database, name) for name in (foreign, n["owner"], desk)}
    schema = f'"{n["schema"]}"'
    call = {
        "set_password": f"SELECT {schema}.account_set_password(:login, :verifier)",
        "sync": f"SELECT {schema}.account_sync_login(:login)",
        "create": f"SELECT {schema}.account_create_login(:login, :verifier)",
    }

    as_admin = as_login(database, admin)
    try:
        for target in (
            foreign,
            n["owner"],
            n["accounts"],
            n["administrator"],
            n["group"],
            "pg_read_all_data",
        ):
            assert (
                refused(
                    as_admin,
                    call["set_password"],
                    login=target,
                    verifier=verifier(database, target, "Geheim-123"),
                )
                == "42501"
            ), target
            assert refused(as_admin, call["sync"], login=target) == "42501", target
            assert (
                refused(
                    as_admin, call["create"], login=target, verifier=verifier(database, target, "Geheim-123")
                )
                == "42501"
            ), target
        with as_admin.session() as session:
            states = {
                t: server_accounts.login_state(session, t) for t in (foreign, n["owner"], desk, "niemand")
            }
        assert states == {
            foreign: "foreign",
            n["owner"]: "foreign",
            desk: "ours",
            "niemand": "free",
        }
        # A password, not a verifier: refused, so it never reaches the server's statements.
        assert refused(as_admin, call["set_password"], login=desk, verifier="Balie-wachtwoord-2") == "22023"
    finally:
        as_admin.dispose()

    # A desk login calling the functions directly.
    as_desk = as_login(database, desk)
    try:
        for statement in call.values():
            assert (
                refused(as_desk, statement, login=desk, verifier=verifier(database, desk, "Geheim-123"))
                == "42501"
            )
    finally:
        as_desk.dispose()

    # An administrator's login whose account is no longer an active administrator (changed with
    # psql, the login not yet following): the functions ask app_user, not only the group.
    second = installation.login("tweede")
    _as(
        database,
        admin_id,
        lambda s: accounts.create_account(s, second, "Tim", Role.ADMINISTRATOR, password="Tweede-wachtwoord"),
    )
    for change in ("role = 'desk'", "active = false"):
        with database.engine.begin() as connection:
            connection.execute(
                text("UPDATE app_user SET role = 'administrator', active = true WHERE username = :u"),
                {"u": second},
            )
            connection.execute(text(f"UPDATE app_user SET {change} WHERE username = :u"), {"u": second})
        as_second = as_login(database, second)
        try:
            assert (
                refused(
                    as_second,
                    call["set_password"],
                    login=desk,
                    verifier=verifier(database, desk, "Geheim-123"),
                )
                == "42501"
            ), change
        finally:
            as_second.dispose()

    after = {name: snapshot(database, name) for name in before}
    assert after == before
    assert password_is(database, desk, "Balie-wachtwoord") and desk_id


# -- finding 4: a foreign login is never adopted -------------------------------------------------------


def test_a_foreign_login_is_refused_and_left_untouched(installation: Installation) -> None:
    """Another application's login on the same server: creating an account with its name is
    refused at the login field, and nothing about it changes."""
    database = installation.database
    admin, admin_id = set_up(installation)
    other_group = installation.login("kassa_app")
    foreign = installation.login("kassa")
    bare = installation.login("kale")
    with database.engine.begin() as connection:
        connection.execute(text(f"CREATE ROLE {other_group} NOLOGIN"))
        connection.execute(
            text(f"CREATE ROLE {foreign} LOGIN CREATEDB CONNECTION LIMIT 3 PASSWORD 'van-de-kassa'")
        )
        connection.execute(text(f"GRANT {other_group} TO {foreign}"))
        connection.execute(
            text(f"CREATE ROLE {bare} LOGIN PASSWORD 'van-it'")
        )  # made by IT for something else
    before = {name: snapshot(database, name) for name in (foreign, bare)}

    as_admin = as_login(database, admin)
    try:
        for login in (foreign, bare):
            with pytest.raises(ValidationError) as caught:
                _as(
                    as_admin,
                    admin_id,
                    lambda s, login=login: accounts.create_account(
                        s, login, "Kees Kassa", Role.DESK, password="Nieuw-wachtwoord"
                    ),
                )
            error = caught.value.for_field("username")
            assert error is not None and error.message == server_accounts.FOREIGN_LOGIN
            assert error.message.format(**error.params) == (
                f"The login '{login}' already exists on this server and belongs to something else: "
                "choose another login, or ask IT."
            )
        with as_admin.session() as session:
            assert session.scalar(select(User.id).where(User.username.in_([foreign, bare]))) is None

        # An account copied from a local file under that name: its server login is not ours to change.
        with database.session() as session:
            session.add(User(username=foreign, full_name="Kees Kassa", role=Role.DESK))
            session.commit()
            copied = session.scalar(select(User.id).where(User.username == foreign))
        with pytest.raises(DomainError) as refused_password:
            _as(as_admin, admin_id, lambda s: accounts.set_password(s, copied, "Nieuw-wachtwoord"))
        assert refused_password.value.message == server_accounts.FOREIGN_PASSWORD
        _as(as_admin, admin_id, lambda s: accounts.deactivate_account(s, copied))  # the account only
        _as(as_admin, admin_id, lambda s: accounts.reactivate_account(s, copied))
    finally:
        as_admin.dispose()
    assert {name: snapshot(database, name) for name in (foreign, bare)} == before


# -- the upgrade of an earlier installation ------------------------------------------------------------


def test_the_upgrade_takes_createrole_away_and_puts_logins_in_their_role_group(
    installation: Installation,
) -> None:
    """Logins as an earlier version made them (administrators with CREATEROLE and ADMIN OPTION on
    the installation's group, everyone a direct member of it) are brought in line by ``admin
    migrate`` run by the owner; a login in the group without an account keeps its membership."""
    database = installation.database
    admin, admin_id = set_up(installation)
    n = names(database)
    old_admin, old_desk, stranger = (installation.login(x) for x in ("oudbeheer", "oudbalie", "vreemd"))
    with database.engine.begin() as connection:
        for statement in (
            f"CREATE ROLE {old_admin} LOGIN CREATEROLE PASSWORD 'oud'",
            f'GRANT "{n["group"]}" TO {old_admin} WITH ADMIN OPTION',
            f'GRANT "{n["administrator"]}" TO {old_admin} WITH ADMIN OPTION',
            f"CREATE ROLE {old_desk} NOLOGIN PASSWORD 'oud'",  # deactivated
            f'GRANT "{n["group"]}" TO {old_desk}',
            f"CREATE ROLE {stranger} LOGIN",
            f'GRANT "{n["group"]}" TO {stranger} WITH ADMIN OPTION',
        ):
            connection.execute(text(statement))
    with database.session() as session:
        session.add(User(username=old_admin, full_name="Oud Beheer", role=Role.ADMINISTRATOR))
        session.add(User(username=old_desk, full_name="Oud Balie", role=Role.DESK, active=False))
        session.commit()

    assert install_server(database)

    assert not attribute(database, old_admin, "rolcreaterole")
    assert memberships(database, old_admin) == {(n["administrator"], False, n["accounts"])}
    assert memberships(database, old_desk) == {(n["desk"], False, n["accounts"])}
    assert not attribute(database, old_desk, "rolcanlogin")  # still deactivated
    assert {(g, a) for g, a, _by in memberships(database, stranger)} == {(n["group"], False)}

    # The earlier administrator now works through the functions like any other.
    as_old_admin = as_login(database, old_admin)
    try:
        assert refused(as_old_admin, f"CREATE ROLE x_{SUFFIX}") == "42501"
        with as_old_admin.session() as session:
            old_admin_id = accounts.sign_in(session, ("", "")).user_id
            desk_id = session.scalar(select(User.id).where(User.username == old_desk))
        _as(as_old_admin, old_admin_id, lambda s: accounts.reactivate_account(s, desk_id))
        _as(as_old_admin, old_admin_id, lambda s: accounts.set_password(s, desk_id, "Nieuw-wachtwoord"))
    finally:
        as_old_admin.dispose()
    assert attribute(database, old_desk, "rolcanlogin") and password_is(
        database, old_desk, "Nieuw-wachtwoord"
    )
    assert admin_id


@pytest.fixture(autouse=True)
def _needs_postgresql() -> None:
    import os

    if not os.environ.get("ONDERNEMERSDESK_TEST_PG"):
        pytest.skip("needs the PostgreSQL test server (ONDERNEMERSDESK_TEST_PG)")
