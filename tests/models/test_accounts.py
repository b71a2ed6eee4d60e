"""Accounts: signing in, the administrator creating, changing, deactivating and reactivating them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import select, text

from models import lookups
from models.db import Database
from models.errors import DomainError, PermissionDeniedError, ValidationError
from models.permissions import ROLE_PERMISSIONS
from models.server import install as server_install
from models.server import roles as server_roles
from models.team import services as accounts
from models.team.entities import Role, User
from tests.models.conftest import new_company, new_user


@pytest.fixture
def db(db: Database) -> Iterator[Database]:
    """On PostgreSQL: the installation's groups and account functions, and every login made here
    dropped after (roles belong to the whole server, so each test's logins carry a unique ending)."""
    if db.is_sqlite:
        yield db
        return
    with db.session() as session:
        group = server_install.install(session)
        session.commit()
    try:
        yield db
    finally:
        drop_roles(db, [group, *_LOGINS])
        _LOGINS.clear()


_LOGINS: list[str] = []
SUFFIX = uuid.uuid4().hex[:6]


def login(name: str) -> str:
    """A login unique to this test run (server roles are shared by every test schema)."""
    unique = f"{name}_{SUFFIX}"
    _LOGINS.append(unique)
    return unique


def drop_roles(db: Database, names: list[str]) -> None:
    with db.engine.begin() as connection:
        for name in names:
            if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar():
                q = server_roles.quote(name)
                connection.execute(text(f"REASSIGN OWNED BY {q} TO CURRENT_USER"))
                connection.execute(text(f"DROP OWNED BY {q}"))
                connection.execute(text(f"DROP ROLE {q}"))


def _as(db: Database, user_id: int | None, task):
    with db.session(user_id) as session:
        result = task(session)
        session.commit()
        return result


def test_on_a_local_file_the_first_official_administers(sqlite_db: Database) -> None:
    first = _as(sqlite_db, None, lambda s: accounts.sign_in(s, ("pvdam", "Petra van Dam")))
    assert first.role is Role.ADMINISTRATOR and first.full_name == "Petra van Dam"
    assert first.permissions == ROLE_PERMISSIONS[Role.ADMINISTRATOR]
    second = _as(sqlite_db, None, lambda s: accounts.sign_in(s, ("kjansen", "Kees Jansen")))
    assert second.role is Role.BUSINESS_MANAGER
    again = _as(sqlite_db, None, lambda s: accounts.sign_in(s, ("pvdam", "whatever")))
    assert again.user_id == first.user_id


def test_a_deactivated_official_cannot_sign_in_and_their_work_stays(db: Database) -> None:
    admin = _as(
        db,
        None,
        lambda s: accounts.create_account(
            s, login("beheer"), "Bea Heer", Role.ADMINISTRATOR, password="geheim123"
        ),
    )
    kbos = login("kbos")
    karin = _as(
        db,
        admin,
        lambda s: accounts.create_account(s, kbos, "Karin Bos", Role.BUSINESS_MANAGER, password="geheim123"),
    )
    company_id = new_company(db, user_id=karin)
    _as(db, admin, lambda s: accounts.deactivate_account(s, karin))
    with db.session() as session:
        assert [c.label for c in lookups.officials(session)] == ["Bea Heer"]
        assert "Karin Bos" in [c.label for c in lookups.officials(session, include_inactive=True)]
        from models.companies.entities import Company

        assert session.get(Company, company_id).updated_by_id == karin
    if db.is_sqlite:
        with pytest.raises(DomainError, match="deactivated"):
            _as(db, None, lambda s: accounts.sign_in(s, (kbos, "Karin Bos")))
    _as(db, admin, lambda s: accounts.reactivate_account(s, karin))
    assert [r.active for r in _as(db, admin, accounts.list_accounts)] == [True, True]


def test_never_yourself_never_the_last_administrator(db: Database) -> None:
    admin = _as(
        db,
        None,
        lambda s: accounts.create_account(
            s, login("beheer"), "Bea Heer", Role.ADMINISTRATOR, password="geheim123"
        ),
    )
    with pytest.raises(DomainError, match="own account"):
        _as(db, admin, lambda s: accounts.deactivate_account(s, admin))
    with pytest.raises(DomainError, match="last active administrator"):
        _as(db, None, lambda s: accounts.deactivate_account(s, admin))
    version = _as(db, None, lambda s: s.get(User, admin).version)
    with pytest.raises(DomainError, match="last active administrator"):
        _as(db, admin, lambda s: accounts.update_account(s, admin, version, "Bea Heer", None, Role.DESK))
    other = _as(
        db,
        admin,
        lambda s: accounts.create_account(
            s, login("tweede"), "Tim Wee", Role.ADMINISTRATOR, password="geheim123"
        ),
    )
    _as(db, other, lambda s: accounts.deactivate_account(s, admin))


def test_accounts_are_validated_in_place_and_versioned(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        _as(
            db,
            None,
            lambda s: accounts.create_account(
                s, "Petra van Dam", "", Role.DESK, email="geen-adres", password="geheim123"
            ),
        )
    assert {e.field for e in caught.value.errors} == {"username", "full_name", "email"}
    user_id = _as(
        db,
        None,
        lambda s: accounts.create_account(
            s, login("pvdam"), "Petra van Dam", Role.DESK, password="geheim123"
        ),
    )
    with pytest.raises(ValidationError) as caught:
        _as(db, None, lambda s: accounts.create_account(s, "PVDAM", "Petra", Role.DESK, password="geheim123"))
    assert caught.value.for_field("username") is not None
    record = _as(db, None, accounts.list_accounts)[0]
    version = _as(
        db,
        None,
        lambda s: accounts.update_account(
            s, user_id, record.version, "Petra de Vries", "p@gemeente.nl", "official"
        ),
    )
    assert version == record.version + 1
    from models.errors import ConflictError

    with pytest.raises(ConflictError):
        _as(db, None, lambda s: accounts.update_account(s, user_id, record.version, "X", None, Role.DESK))
    after = _as(db, None, accounts.list_accounts)[0]
    assert (after.full_name, after.email, after.role) == ("Petra de Vries", "p@gemeente.nl", Role.OFFICIAL)


def test_only_an_administrator_manages_accounts(db: Database) -> None:
    manager = new_user(db, "pvdam", "Petra van Dam", Role.BUSINESS_MANAGER)
    with pytest.raises(PermissionDeniedError):
        _as(
            db,
            manager,
            lambda s: accounts.create_account(
                s, login("kbos"), "Karin Bos", Role.ADMINISTRATOR, password="x" * 9
            ),
        )
    with pytest.raises(PermissionDeniedError):
        _as(db, manager, lambda s: accounts.deactivate_account(s, manager))


def test_a_local_file_has_no_passwords(sqlite_db: Database) -> None:
    user_id = new_user(sqlite_db, "pvdam", "Petra van Dam")
    with pytest.raises(DomainError, match="no passwords"):
        _as(sqlite_db, None, lambda s: accounts.set_password(s, user_id, "geheim123"))
    with sqlite_db.session() as session:
        assert session.scalar(select(User.username)) == "pvdam"


def test_an_administrator_does_not_demote_themselves(db: Database) -> None:
    """Another administrator does it: on a shared server the server's account functions refuse
    a caller whose own account no longer says administrator, so the rule is the same on both."""
    first = _as(
        db,
        None,
        lambda s: accounts.create_account(
            s, login("beheer"), "Bea Heer", Role.ADMINISTRATOR, password="geheim123"
        ),
    )
    second = _as(
        db,
        first,
        lambda s: accounts.create_account(
            s, login("tweede"), "Tim Wee", Role.ADMINISTRATOR, password="geheim123"
        ),
    )
    version = _as(db, None, lambda s: s.get(User, first).version)
    with pytest.raises(DomainError, match="your own administrator role"):
        _as(db, first, lambda s: accounts.update_account(s, first, version, "Bea Heer", None, Role.DESK))
    _as(db, second, lambda s: accounts.update_account(s, first, version, "Bea Heer", None, Role.DESK))
    assert {r.username: r.role for r in _as(db, second, accounts.list_accounts)}[
        f"beheer_{SUFFIX}"
    ] is Role.DESK
