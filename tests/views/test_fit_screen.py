"""Everything fits a 1366×768 laptop with a taskbar: 1366×720 for a window.

Every page of the registry (views/shell/pages.py), a company's file, Brandpunten and its click
through to Meldingen, the desk after each *Vastleggen*, and every dialog class of ``views`` (found
by subclass discovery, so a new dialog is covered or this test says it is not) is opened at that
size, filled from a demo database; none may make the window grow past 1366×720 or need more than
that, and no widget may lie outside it. Content in a scroll area may: it scrolls into view.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialog, QWidget
from sqlalchemy import select

import views
from models.db import Database
from models.permissions import ROLE_PERMISSIONS
from models.team.entities import Role, User
from models.team.services import SignedIn
from models.tools import demo
from views.common.settings import Settings
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow
from views.shell.pages import PAGES

LIMIT = QSize(1366, 720)


def _fits(size: QSize) -> bool:
    return size.width() <= LIMIT.width() and size.height() <= LIMIT.height()


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Whether ``widget`` is content of a scroll area under ``top`` (it may lie outside: it scrolls)."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not top:
        if isinstance(parent, QAbstractScrollArea) and child is parent.viewport():
            return True
        child, parent = parent, parent.parentWidget()
    return False


def outside(top: QWidget) -> list[str]:
    """The visible widgets of ``top`` that lie (partly) outside it."""
    bounds = top.rect().adjusted(-1, -1, 1, 1)
    found = []
    for widget in top.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisibleTo(top) or _scrolled(widget, top):
            continue
        where = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        if not bounds.contains(where):
            found.append(f"{type(widget).__name__} {widget.objectName()!r} at {where.getRect()}")
    return found


def settle(worker: DatabaseWorker, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: not worker.busy, timeout=20_000)
    QApplication.processEvents()


def check_window(window: QWidget, what: str) -> None:
    assert _fits(window.size()), f"{what}: the window grew to {window.width()}×{window.height()}"
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert _fits(least), f"{what}: needs at least {least.width()}×{least.height()}"
    assert not outside(window), f"{what}: outside the window: {outside(window)}"


@pytest.fixture
def demo_db(sqlite_db: Database) -> Database:
    demo.generate(sqlite_db, 60, seed=4, today=date.today())
    return sqlite_db


@pytest.fixture
def admin_id(demo_db: Database) -> int:
    with demo_db.session() as session:
        found = session.scalar(select(User.id).where(User.role == Role.ADMINISTRATOR).order_by(User.id))
    assert found is not None
    return found


@pytest.fixture
def demo_worker(demo_db: Database, admin_id: int) -> Iterator[DatabaseWorker]:
    worker = DatabaseWorker(demo_db, user_id=admin_id)
    yield worker
    worker.wait()


@pytest.fixture
def laptop(qtbot: Any, demo_worker: DatabaseWorker, admin_id: int, tmp_path: Path) -> MainWindow:
    signed_in = SignedIn(
        user_id=admin_id,
        username="beheer",
        full_name="Beheerder",
        role=Role.ADMINISTRATOR,
        permissions=ROLE_PERMISSIONS[Role.ADMINISTRATOR],
    )
    window = MainWindow(demo_worker, Settings(str(tmp_path / "settings.ini")), "Beheerder", signed_in)
    qtbot.addWidget(window)
    window.resize(LIMIT)
    window.show()
    settle(demo_worker, qtbot)
    return window


def test_the_first_window_asks_no_more_than_the_screen_has(
    qtbot: Any, worker: DatabaseWorker, tmp_path: Path
) -> None:
    window = MainWindow(worker, Settings(str(tmp_path / "settings.ini")), "Petra van Dam")
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height() - 30  # and its title bar


def test_every_page_fits_1366_by_720(qtbot: Any, laptop: MainWindow, demo_worker: DatabaseWorker) -> None:
    check_window(laptop, "the first window")
    for info in PAGES:
        if info.dialog:
            continue
        laptop.show_page(info.key)
        settle(demo_worker, qtbot)
        check_window(laptop, info.key)
    # A company's file with its timeline.
    with demo_worker.database.session() as session:
        from models.companies.entities import Company

        zwaan = session.scalar(select(Company.id).where(Company.kvk_number == demo.ZWAAN_KVK))
    assert zwaan is not None
    laptop.open_company(zwaan)
    qtbot.waitUntil(lambda: laptop.company.record is not None, timeout=20_000)
    settle(demo_worker, qtbot)
    check_window(laptop, "a company's file")


def _zwaan(worker: DatabaseWorker) -> int:
    from models.companies.entities import Company

    with worker.database.session() as session:
        found = session.scalar(select(Company.id).where(Company.kvk_number == demo.ZWAAN_KVK))
    assert found is not None
    return found


def test_hotspots_and_the_click_through_to_signals_fit(
    qtbot: Any, laptop: MainWindow, demo_worker: DatabaseWorker
) -> None:
    from views.hotspots.hotspots_page import HotspotsPage

    laptop.show_page("hotspots")
    settle(demo_worker, qtbot)
    page = laptop.page_as("hotspots", HotspotsPage)
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() > 0, timeout=20_000)
    check_window(laptop, "Brandpunten")
    for group in range(page.group.count()):
        page.group.setCurrentIndex(group)
        settle(demo_worker, qtbot)
        check_window(laptop, f"Brandpunten, grouping {group}")
    page.table.itemActivated.emit(page.table.topLevelItem(0), 1)
    settle(demo_worker, qtbot)
    assert laptop.pages.currentWidget() is laptop.page("signals")
    check_window(laptop, "Meldingen from Brandpunten")


def test_the_desk_does_not_grow_the_window_when_questions_are_logged(
    qtbot: Any, laptop: MainWindow, demo_worker: DatabaseWorker
) -> None:
    from views.desk.desk_page import DeskPage

    laptop.show_page("desk")
    settle(demo_worker, qtbot)
    desk = laptop.page_as("desk", DeskPage)
    desk.show_company(_zwaan(demo_worker))
    qtbot.waitUntil(lambda: desk.summary is not None, timeout=20_000)
    settle(demo_worker, qtbot)
    check_window(laptop, "the desk with a company")
    for n in range(3):
        desk.question.setPlainText(f"Mag het terras tijdens de kermis langer open? ({n})")
        desk.save_button.click()
        settle(demo_worker, qtbot)
        assert desk.question.toPlainText() == "", desk.banner.text()
        check_window(laptop, f"the desk after Vastleggen {n + 1}")
