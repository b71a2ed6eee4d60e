"""The cold start stays light (issue 20): the first screen shows with Qt alone (and without the Qt
classes it does not show: the style's, the message box's), and the first rows of the company list
in it without the database stack, from a local file or a server (without psycopg either); the main
window with the company list's first rows comes without the modules only later work needs (PDFs,
the migrations' Alembic, the password store, qtawesome's binding layer, the spreadsheet writers).
Checked in a process of its own: this one has imported everything long since."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from models.db import Database
from models.team.entities import Role, User
from tests.desktop.test_cli import ROOT
from tests.models.conftest import new_company


def test_the_first_screen_needs_qt_alone_and_the_window_no_documents_nor_migrations(
    db: Database, tmp_path: Path, isolated_home: Path
) -> None:
    new_company(db, "Bakkerij Van Dam")
    if not db.is_sqlite:  # the server's login signs in like an official
        with db.session() as session:
            login = session.scalar(text("SELECT current_user"))
            session.add(User(username=login, full_name="Beheer", role=Role.ADMINISTRATOR))
            session.commit()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ONDERNEMERSDESK_DATABASE": db.url,
        "XDG_DATA_HOME": str(isolated_home / "data"),
        "XDG_CONFIG_HOME": str(isolated_home / "config"),
    }
    child = subprocess.run(
        [sys.executable, "-m", "tests.desktop.cold_start_child", str(tmp_path / "settings.ini")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert child.returncode == 0, child.stderr[-3000:]
    said = {line.split()[0]: line.split()[1:] for line in child.stdout.splitlines() if line.strip()}
    # Not even SQLAlchemy: the first screen is Qt and our own light modules; nor the Python classes
    # of Qt's namespace (its ~90 enums: the first screen uses none), of the application's style (a
    # search among the application's children once made them, and their ~100 enums) or of the
    # crash report's dialog (made only when there is something to report).
    assert said["shell"] == []
    assert said["first"] == ["Bakkerij", "Van", "Dam"]  # the first rows of the list, in the first screen
    # Read in plain SQL, before the database stack (on a server: libpq alone); Qt's namespace is
    # made meanwhile, once the first frame shows (its icons, the system's contrast).
    assert set(said["rows"]) <= {"Qt"}
    window = set(said["window"])
    assert "sqlalchemy" in window  # the list's rows did come from the database
    # On a server the window uses psycopg, and asks the password store for the login's password.
    assert not window & {
        "reportlab",
        "alembic",
        "qtawesome",
        "qtpy",
        "openpyxl",
        "xlsxwriter",
        *(["psycopg", "keyring"] if db.is_sqlite else []),
    }
