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
