"""The cold start stays light (issue 20): the first screen shows with Qt alone, and the first rows of
the company list in it without the database stack; the main window
with the company list's first rows comes without the modules only later work needs (PDFs, the
migrations' Alembic, the password store, qtawesome's binding layer, the spreadsheet writers).
Checked in a process of its own: this one has imported everything long since."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from models.db import Database, sqlite_url
from models.migrations import migrate
from tests.desktop.test_cli import ROOT
from tests.models.conftest import new_company


def test_the_first_screen_needs_qt_alone_and_the_window_no_documents_nor_migrations(
    tmp_path: Path, isolated_home: Path
) -> None:
    path = tmp_path / "start.db"
    database = Database(sqlite_url(path))
    try:
        migrate(database)
        new_company(database, "Bakkerij Van Dam")
    finally:
        database.dispose()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ONDERNEMERSDESK_DATABASE": sqlite_url(path),
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
    assert said["shell"] == []  # not even SQLAlchemy: the first screen is Qt and our own light modules
    assert said["first"] == ["Bakkerij", "Van", "Dam"]  # the first rows of the list, in the first screen
    assert said["rows"] == []  # read in plain SQL, before the database stack
    window = set(said["window"])
    assert "sqlalchemy" in window  # the list's rows did come from the database
    assert not window & {
        "reportlab",
        "alembic",
        "keyring",
        "qtawesome",
        "qtpy",
        "psycopg",
        "openpyxl",
        "xlsxwriter",
    }
