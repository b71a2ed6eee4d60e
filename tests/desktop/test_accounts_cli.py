"""First use and accounts from the command line: ``admin migrate --administrator`` and ``admin account``."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import text

from models.db import Database
from models.server import roles as server_roles
from tests.desktop.test_cli import admin


def test_first_administrator_and_accounts_on_a_local_file(tmp_path: Path, isolated_home: Path) -> None:
    url = f"sqlite:///{tmp_path / 'accounts.db'}"
    result = admin("migrate", "--database", url, "--administrator", "beheer", env_home=isolated_home)
    assert result.returncode == 1 and "--full-name" in result.stderr and "Traceback" not in result.stderr
    result = admin(
        "migrate",
        "--database",
        url,
        "--administrator",
        "beheer",
        "--full-name",
        "Bea Heer",
        env_home=isolated_home,
    )
    assert result.returncode == 0, result.stderr
    again = admin(
        "migrate",
        "--database",
        url,
        "--administrator",
        "ander",
        "--full-name",
        "Ander",
        env_home=isolated_home,
    )
    assert again.returncode == 1 and "Bea Heer" in again.stderr and "Traceback" not in again.stderr

    made = admin(
        "account",
        "create",
        "pvdam",
        "--full-name",
        "Petra van Dam",
        "--role",
        "desk",
        "--database",
        url,
        env_home=isolated_home,
        user="beheer",
    )
    assert made.returncode == 0, made.stderr
    # Someone else at this computer signs in as a business manager: accounts are not theirs to manage.
    intruder = admin("account", "list", "--database", url, env_home=isolated_home, user="indringer")
    assert intruder.returncode == 1 and "Traceback" not in intruder.stderr
    assert "Alleen een beheerder mag accounts beheren" in intruder.stderr
    bad = admin(
        "account",
        "create",
        "Petra van Dam",
        "--full-name",
        "",
        "--database",
        url,
        env_home=isolated_home,
        user="beheer",
    )
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    gone = admin("account", "deactivate", "pvdam", "--database", url, env_home=isolated_home, user="beheer")
    assert gone.returncode == 0, gone.stderr
    listing = admin("account", "list", "--database", url, env_home=isolated_home, user="beheer")
    assert listing.returncode == 0, listing.stderr
    lines = {line.split()[0]: line for line in listing.stdout.splitlines()}
    assert "beheerder" in lines["beheer"] and "baliemedewerker" in lines["pvdam"]
    assert lines["beheer"].split()[-1] in ("actief", "active")
    assert lines["pvdam"].split()[-1] in ("gedeactiveerd", "deactivated")
    unknown = admin(
        "account", "reactivate", "niemand", "--database", url, env_home=isolated_home, user="beheer"
    )
    assert unknown.returncode == 1 and "niemand" in unknown.stderr
    last = admin("account", "deactivate", "beheer", "--database", url, env_home=isolated_home, user="beheer")
    assert last.returncode == 1 and "Traceback" not in last.stderr


def test_first_use_of_a_shared_server(pg_schema: str, isolated_home: Path, monkeypatch) -> None:
    login = f"cli_{uuid.uuid4().hex[:6]}"
    database = Database(pg_schema)
    try:
        monkeypatch.setenv("ONDERNEMERSDESK_ADMIN_PASSWORD", "geheim-123")
        result = admin(
            "migrate",
            "--database",
            pg_schema,
            "--administrator",
            login,
            "--full-name",
            "Bea Heer",
            env_home=isolated_home,
        )
        assert result.returncode == 0, result.stderr
        with database.session() as session:
            assert session.execute(
                text("SELECT rolcanlogin AND NOT rolsuper FROM pg_roles WHERE rolname = :n"), {"n": login}
            ).scalar_one()
    finally:
        with database.session() as session:
            group = server_roles.group_name(session)
        with database.engine.begin() as connection:
            for name in (login, group):
                if connection.execute(
                    text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
                ).scalar():
                    q = server_roles.quote(name)
                    connection.execute(text(f"REASSIGN OWNED BY {q} TO CURRENT_USER"))
                    connection.execute(text(f"DROP OWNED BY {q}"))
                    connection.execute(text(f"DROP ROLE {q}"))
        database.dispose()


def test_admin_migrate_by_the_owner_takes_createrole_from_earlier_logins(
    pg_schema: str, isolated_home: Path
) -> None:
    """The upgrade of a shared server: ``admin migrate`` run by the owner brings the logins an
    earlier version made (an administrator with CREATEROLE and ADMIN OPTION) in line; run by
    an official's login it changes nothing on the server and fails on nothing."""
    from sqlalchemy.engine import make_url

    from models.server import accounts as server_accounts
    from models.setup import set_up_database
    from models.team.entities import Role, User

    suffix = uuid.uuid4().hex[:6]
    admin_login, old_admin = f"cli_{suffix}", f"oud_{suffix}"
    database = Database(pg_schema)
    try:
        set_up_database(database, username=admin_login, full_name="Bea Heer", password="geheim-123")
        with database.session() as session:
            group = server_roles.group_name(session)
            admins = server_roles.admin_group_name(session)
            accounts_role = server_accounts.accounts_role_name(session)
            session.add(User(username=old_admin, full_name="Oud Beheer", role=Role.ADMINISTRATOR))
            session.commit()
        with database.engine.begin() as connection:
            connection.execute(text(f"CREATE ROLE {old_admin} LOGIN CREATEROLE"))
            connection.execute(text(f'GRANT "{group}" TO {old_admin} WITH ADMIN OPTION'))

        result = admin("migrate", "--database", pg_schema, env_home=isolated_home)
        assert result.returncode == 0, result.stderr
        with database.engine.connect() as connection:
            assert not connection.execute(
                text("SELECT rolcreaterole FROM pg_roles WHERE rolname = :n"), {"n": old_admin}
            ).scalar_one()
            assert connection.execute(
                text(
                    "SELECT g.rolname, m.admin_option, b.rolname FROM pg_auth_members m "
                    "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                    "JOIN pg_roles b ON b.oid = m.grantor WHERE u.rolname = :n"
                ),
                {"n": old_admin},
            ).all() == [(admins, False, accounts_role)]

        as_admin = make_url(pg_schema).set(username=admin_login).render_as_string(hide_password=False)
        by_official = admin("migrate", "--database", as_admin, env_home=isolated_home)
        assert by_official.returncode == 0, by_official.stderr
        assert len(by_official.stdout.splitlines()) == len(result.stdout.splitlines()) - 1
    finally:
        with database.engine.begin() as connection:
            for name in (admin_login, old_admin):
                if connection.execute(
                    text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
                ).scalar():
                    connection.execute(text(f"DROP OWNED BY {name}"))
                    connection.execute(text(f"DROP ROLE {name}"))
        database.dispose()
