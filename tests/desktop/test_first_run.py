"""The very first start: where the database lives, and demonstration data with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from sqlalchemy import func, select

from desktop.bootstrap import database_url, generate_demo
from models.companies.entities import Company
from models.db import Database
from views.common.paths import default_database_path
from views.common.worker import DatabaseWorker
from views.shell.first_run import FirstRunDialog


def test_the_dialog_says_where_the_database_is_and_offers_demo_data(qtbot, isolated_home: Path) -> None:
    path = default_database_path()
    assert str(path).startswith(str(isolated_home))  # the tests never touch the real user's files
    dialog = FirstRunDialog(path)
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Uw database wordt op deze computer aangemaakt" in shown
    assert str(path) in shown
    assert dialog.demo.isChecked() and dialog.with_demo
    assert "demonstratiegegevens" in dialog.demo.text()
    dialog.empty.setChecked(True)
    assert not dialog.with_demo


def test_default_url_is_the_local_file_unless_the_environment_says_otherwise(monkeypatch) -> None:
    assert database_url(None) == f"sqlite:///{default_database_path()}"
    monkeypatch.setenv("ONDERNEMERSDESK_DATABASE", "postgresql://team@server/odesk")
    assert database_url(None) == "postgresql://team@server/odesk"


def test_demo_data_are_made_with_a_progress_dialog(qtbot, sqlite_db: Database) -> None:
    worker = DatabaseWorker(sqlite_db)
    seen: list[int] = []
    QTimer.singleShot(0, lambda: seen.append(1))
    assert generate_demo(worker, 120)
    with sqlite_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Company)) == 120
    assert seen
