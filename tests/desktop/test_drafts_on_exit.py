"""Drafts kept on every way the application ends (issue 19, "Typed work lost"): SIGTERM and
``QApplication.quit()`` (Qt closes the dialogs before ``aboutToQuit``), and kill -9 (only what the
autosave wrote survives). Each runs the application in a child process with a form typed in,
ends it from outside, and looks at what the next start offers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.db import Database, sqlite_url
from models.migrations import migrate
from models.team.entities import Role, User
from tests.desktop.draft_child import TYPED
from tests.models.conftest import new_company
from views.common import draft_store as store
from views.common.settings import Settings
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def database_file(tmp_path: Path) -> Path:
    path = tmp_path / "ondernemersdesk.db"
    database = Database(sqlite_url(path))
    migrate(database)
    with database.session() as session:
        session.add(User(username="pvdam", full_name="Petra van Dam", role=Role.ADMINISTRATOR))
        session.commit()
    new_company(database, "Café De Zwaan")
    database.dispose()
    return path


def start(path: Path, how: str, *, as_main: bool = False) -> subprocess.Popen[str]:
    """The child with the form typed in; ``as_main``: started as ``python main.py`` starts."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.desktop.draft_child", str(path), how, *(["main"] if as_main else [])],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            **({"ONDERNEMERSDESK_DATABASE": sqlite_url(path)} if as_main else {}),
        },
    )
    assert child.stdout is not None
    line = child.stdout.readline()  # blocks until the form holds the text (or the child died)
    assert line.strip() == "typed", child.communicate()[1]
    return child


def drafts(path: Path, user_id: int = 1) -> list[store.Draft]:
    return store.load_all(str(path), user_id)


def signed_in(path: Path) -> int:
    """The official ``python main.py`` signed in on the local file: the computer's user, added
    as the second after Petra van Dam."""
    database = Database(sqlite_url(path))
    try:
        with database.session() as session:
            return max(session.scalars(select(User.id)))
    finally:
        database.dispose()


def offered_at_next_start(qtbot: QtBot, path: Path, tmp_path: Path, user_id: int = 1) -> None:
    database = Database(sqlite_url(path))
    worker = DatabaseWorker(database, user_id=user_id)
    try:
        window = MainWindow(worker, Settings(str(tmp_path / "next.ini")), "Petra van Dam")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: not worker.busy)
        assert window.drafts.isVisible()
        assert TYPED[:20] in window.drafts.text.text()
        window.drafts.autosave_timer.stop()
    finally:
        worker.wait()
        database.dispose()


@pytest.mark.parametrize("how", ["sigterm", "quit"])
def test_an_open_form_is_kept_when_the_application_is_ended(
    qtbot: QtBot, database_file: Path, tmp_path: Path, how: str
) -> None:
    child = start(database_file, "wait" if how == "sigterm" else "quit")
    if how == "sigterm":
        child.send_signal(signal.SIGTERM)
    _out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    kept = drafts(database_file)
    assert [d.values["name"] for d in kept] == [TYPED]
    assert kept[0].kind == "company" and kept[0].original and kept[0].original["name"] == "Café De Zwaan"
    offered_at_next_start(qtbot, database_file, tmp_path)


@pytest.mark.parametrize("how", ["sigterm", "quit"])
def test_an_open_form_is_kept_when_the_application_started_as_main_py_is_ended(
    qtbot: QtBot, database_file: Path, tmp_path: Path, how: str
) -> None:
    """The same through the whole start (the first screen before the database stack, then the main
    window in its place, views/shell/start_shell.py): the drafts and the quit handling still hold."""
    child = start(database_file, "wait" if how == "sigterm" else "quit", as_main=True)
    if how == "sigterm":
        child.send_signal(signal.SIGTERM)
    _out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    user_id = signed_in(database_file)
    assert [d.values["name"] for d in drafts(database_file, user_id)] == [TYPED]
    offered_at_next_start(qtbot, database_file, tmp_path, user_id)


def test_kill_9_loses_at_most_the_last_seconds_of_typing_when_started_as_main_py(
    qtbot: QtBot, database_file: Path, tmp_path: Path
) -> None:
    child = start(database_file, "wait", as_main=True)
    user_id = signed_in(database_file)
    try:
        qtbot.waitUntil(
            lambda: any(d.values.get("name") == TYPED for d in drafts(database_file, user_id)),
            timeout=120_000,
        )
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=120)
    assert child.returncode == -signal.SIGKILL
    offered_at_next_start(qtbot, database_file, tmp_path, user_id)


def test_kill_9_loses_at_most_the_last_seconds_of_typing(
    qtbot: QtBot, database_file: Path, tmp_path: Path
) -> None:
    child = start(database_file, "wait")
    try:
        # The autosave writes the form within a few seconds: wait for it as long as it takes.
        qtbot.waitUntil(
            lambda: any(d.values.get("name") == TYPED for d in drafts(database_file)), timeout=120_000
        )
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=120)
    assert child.returncode == -signal.SIGKILL
    files = list(store.drafts_dir().glob("*.json"))
    assert len(files) == 1 and json.loads(files[0].read_text(encoding="utf-8"))["values"]["name"] == TYPED
    assert not [p for p in store.drafts_dir().iterdir() if p.suffix == ".tmp"]  # written atomically
    offered_at_next_start(qtbot, database_file, tmp_path)
