"""Upgrading, as an administrator or a new version meets it: an older database is migrated (a local
file after a backup), and a database of a newer version is refused with a clear message, untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from sqlalchemy import text

from desktop.bootstrap import open_database
from models.db import Database
from models.errors import SchemaTooNewError
from models.migrations import HEAD, current_revision, migrate
from tests.desktop.test_cli import admin
from tests.models.conftest import new_company
from tests.models.test_migrations import _stamp, upgrade_to
from views.common.text import error_text


def test_an_older_local_database_is_backed_up_then_migrated(tmp_path: Path, isolated_home: Path) -> None:
    path = tmp_path / "ondernemersdesk.db"
    old = Database(f"sqlite:///{path}")
    upgrade_to(old, "0001")  # as the first release left it
    with old.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO company (name, name_folded, version, created_at, updated_at) "
                "VALUES ('Bakkerij Jansen', 'bakkerij jansen', 1, '2026-01-05', '2026-01-05')"
            )
        )
    old.dispose()

    result = admin("migrate", "--database", f"sqlite:///{path}", env_home=isolated_home)

    assert result.returncode == 0, result.stderr
    assert f"staat nu op schema {HEAD} (was: 0001)" in result.stdout
    backups = list(tmp_path.glob("ondernemersdesk.before-0001.*.db"))
    assert len(backups) == 1
    assert str(backups[0]) in result.stdout  # the administrator is told where the copy is
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert copy.execute("SELECT name FROM company").fetchall() == [("Bakkerij Jansen",)]
    upgraded = Database(f"sqlite:///{path}")
    assert current_revision(upgraded) == HEAD
    with upgraded.session() as session:
        assert session.execute(text("SELECT name FROM company")).scalars().all() == ["Bakkerij Jansen"]
    upgraded.dispose()


def _newer_database(path: Path) -> Database:
    database = Database(f"sqlite:///{path}")
    migrate(database)
    new_company(database, "Café De Zwaan")
    _stamp(database, "0099_from_a_newer_version")
    database.dispose()
    return database


def test_a_newer_database_is_refused_by_the_command_line(tmp_path: Path, isolated_home: Path) -> None:
    path = tmp_path / "ondernemersdesk.db"
    _newer_database(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    files = sorted(tmp_path.iterdir())

    result = admin("migrate", "--database", f"sqlite:///{path}", env_home=isolated_home)

    assert result.returncode == 1
    assert "nieuwere versie van Ondernemersdesk" in result.stderr
    assert "0099_from_a_newer_version" in result.stderr
    assert "Traceback" not in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert sorted(tmp_path.iterdir()) == files  # no backup, no journal: nothing was touched


def test_a_newer_database_is_refused_at_start(tmp_path: Path, qapp) -> None:
    """What the window's start-up (bootstrap.run_gui) shows in its message box."""
    path = tmp_path / "ondernemersdesk.db"
    _newer_database(path)
    try:
        open_database(f"sqlite:///{path}")
    except SchemaTooNewError as error:
        message = error_text(error)
    else:
        raise AssertionError("a newer database was opened")
    assert message.startswith("Deze database is gemaakt door een nieuwere versie van Ondernemersdesk")
    assert "0099_from_a_newer_version" in message
