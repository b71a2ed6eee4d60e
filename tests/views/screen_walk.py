"""One walk through every screen and every dialog, shared by the checks that need them all.

tests/views/test_fit_screen.py (everything fits 1366×720) and tests/views/test_accessibility.py
(every control named, Tab goes round) each walked all pages and all ~60 dialogs of a demo window
on their own. Here each page and each dialog is opened once per test process, every check runs on
it while it is open, and each check's problems are kept apart, worded as its test words them; the
tests then assert on their own list. The window is closed when the walk ends: nothing of it runs on
while other tests do.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import select

from models.db import Database
from models.permissions import ROLE_PERMISSIONS
from models.team.entities import Role, User
from models.team.services import SignedIn
from models.tools import demo
from tests.conftest import _migrated_copy
from views.common import screen
from views.common.settings import Settings
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow
from views.shell.pages import PAGES

LIMIT = QSize(1366, 720)
DEMO_COMPANIES, DEMO_SEED = 60, 4


def laptop_available(widget: QWidget | None = None) -> QSize:
    """What a 1366×768 laptop with a 40 px taskbar leaves a window (the tests' own offscreen
    screen is 800×800)."""
    return QSize(1366, 728) - screen.FRAME


def demo_template(folder: Path, migrated: Path) -> Path:
    """The walk's demo database, made once per test process: a migrated file filled with the demo
    (the same seed and day each time, so every copy holds the same records)."""
    path = folder / "demo.db"
    shutil.copyfile(migrated, path)
    database = Database(f"sqlite:///{path}")
    try:
        demo.generate(database, DEMO_COMPANIES, seed=DEMO_SEED, today=date.today())
    finally:
        database.dispose()
    assert not path.with_name(path.name + "-wal").exists(), "the copy would miss what the WAL holds"
    return path


def administrator(database: Database) -> int:
    with database.session() as session:
        found = session.scalar(select(User.id).where(User.role == Role.ADMINISTRATOR).order_by(User.id))
    assert found is not None
    return found


def laptop_window(worker: DatabaseWorker, admin_id: int, settings: Path) -> MainWindow:
    """The administrator's window at the laptop's 1366×720."""
    window = administrators_window(worker, admin_id, settings)
    window.resize(LIMIT)
    return window


def administrators_window(worker: DatabaseWorker, admin_id: int, settings: Path) -> MainWindow:
    """The window as the administrator sees it: every screen and button is hers."""
    signed_in = SignedIn(
        user_id=admin_id,
        username="beheer",
        full_name="Beheerder",
        role=Role.ADMINISTRATOR,
        permissions=ROLE_PERMISSIONS[Role.ADMINISTRATOR],
    )
    return MainWindow(worker, Settings(str(settings)), "Beheerder", signed_in)


def caught(check: Callable[..., None], *args: Any) -> list[str]:
    """A check that asserts, as a list of what it found (its message; none when it passed)."""
    try:
        check(*args)
    except AssertionError as problem:
        return [str(problem)]
    return []


@dataclass
class Walked:
    """What each check found on the screens walked."""

    fit: list[str] = field(default_factory=list)
    accessibility: list[str] = field(default_factory=list)
    opened: list[str] = field(default_factory=list)  # the screens or dialogs, in the order opened


@dataclass
class _Laptop:
    window: MainWindow
    worker: DatabaseWorker
    admin_id: int
    folder: Path
    qtbot: QtBot


@contextmanager
def _laptop(request: pytest.FixtureRequest, template: Path, folder: Path) -> Iterator[_Laptop]:
    """A window on a copy of the demo, on the laptop's screen; closed and deleted afterwards."""
    qtbot = QtBot(request)
    with pytest.MonkeyPatch.context() as patch:
        # The screen a window opens on is a 1366×768 laptop with a 40 px taskbar.
        patch.setattr(screen, "available", laptop_available)
        database = _migrated_copy(template, folder)  # a copy of the demo, as the db fixture copies
        admin_id = administrator(database)
        worker = DatabaseWorker(database, user_id=admin_id)
        window = laptop_window(worker, admin_id, folder / "settings.ini")
        try:
            window.show()
            settle(worker, qtbot)
            yield _Laptop(window, worker, admin_id, folder, qtbot)
        finally:
            window.close()
            window.deleteLater()
            worker.wait()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            database.dispose()


def settle(worker: DatabaseWorker, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: not worker.busy, timeout=20_000)
    QApplication.processEvents()


def walk_pages(request: pytest.FixtureRequest, template: Path, folder: Path) -> Walked:
    """Every page of the registry, then a company's file: each checked for fit and accessibility."""
    from tests.views import test_accessibility as accessibility
    from tests.views import test_fit_screen as fit

    walked = Walked()
    with _laptop(request, template, folder) as laptop:
        window, worker, qtbot = laptop.window, laptop.worker, laptop.qtbot
        walked.fit += caught(fit.check_window, window, "the first window")

        def check(what: str) -> None:
            walked.opened.append(what)
            walked.fit += caught(fit.check_window, window, what)
            accessibility.check(window, what, qtbot, walked.accessibility)

        for info in PAGES:
            if info.dialog:
                continue
            window.show_page(info.key)
            settle(worker, qtbot)
            check(info.key)
        window.open_company(fit._zwaan(worker))
        qtbot.waitUntil(lambda: window.company.record is not None, timeout=20_000)
        settle(worker, qtbot)
        check("a company's file")
    return walked


def dialog_key(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def walk_dialogs(request: pytest.FixtureRequest, template: Path, folder: Path) -> Walked:
    """Every dialog class of ``views`` that has an opener (test_fit_screen.py fails for one that
    has none), opened on the window: each checked for fit and accessibility while it is open."""
    from tests.views import test_accessibility as accessibility
    from tests.views import test_fit_screen as fit

    walked = Walked()
    factories = fit._factories()
    with _laptop(request, template, folder) as laptop:
        worker, qtbot = laptop.worker, laptop.qtbot
        demo_data = fit.Demo(worker, laptop.admin_id, laptop.window, folder)
        for cls in fit.dialog_classes():
            key = dialog_key(cls)
            if key in fit.ABSTRACT or key not in factories:
                continue
            dialog: QDialog = factories[key](demo_data)
            walked.opened.append(key)
            if type(dialog) is not cls:
                walked.fit.append(f"{key}: its opener made a {type(dialog).__name__}")
            # Not left to a qtbot: each dialog is deleted below, and closing a deleted one at
            # teardown failed whenever its Python wrapper outlived it (timing on a loaded machine).
            dialog.show()
            QApplication.processEvents()
            if not isinstance(dialog, QProgressDialog):  # a progress dialog closes when its work ends
                settle(worker, qtbot)
            walked.fit += _dialog_fit(dialog, key)
            accessibility.check(dialog, key, qtbot, walked.accessibility)
            demo_data.busy.set()
            settle(worker, qtbot)
            if isValid(dialog):
                dialog.hide()
                dialog.deleteLater()
    return walked


def _dialog_fit(dialog: QWidget, key: str) -> list[str]:
    from tests.views.test_fit_screen import _fits, outside

    least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    if not _fits(dialog.size()):
        return [f"{key} opens at {dialog.width()}×{dialog.height()}"]
    if not _fits(least):
        return [f"{key} needs at least {least.width()}×{least.height()}"]
    # At the most the laptop gives it, nothing may lie outside.
    dialog.resize(dialog.size().boundedTo(LIMIT))
    QApplication.processEvents()
    if outside(dialog):
        return [f"{key}: outside the dialog: {outside(dialog)}"]
    return []
