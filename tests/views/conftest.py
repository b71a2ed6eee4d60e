"""GUI fixtures: one translated, styled application; a main window on a fresh database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from desktop.bootstrap import install_translations, stylesheet
from models.companies.entities import Area, AreaKind, Sector
from models.db import Database
from models.i18n import DEFAULT_LANGUAGE, LANGUAGES
from models.team.entities import Role, User
from tests.views import screen_walk
from views.common.garbage import collect_on_main_thread
from views.common.settings import Settings
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def dutch_application(qapp: QApplication) -> QApplication:
    install_translations(qapp)
    qapp.setStyleSheet(stylesheet())
    collect_on_main_thread(qapp)  # as the application does (desktop/bootstrap.py)
    return qapp


@pytest.fixture(scope="session")
def demo_template(_migrated_sqlite: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database of the screen walks, made once per test process; tests get copies."""
    return screen_walk.demo_template(tmp_path_factory.mktemp("demo"), _migrated_sqlite)


@pytest.fixture(scope="session")
def page_walk(
    request: pytest.FixtureRequest,
    dutch_application: QApplication,
    demo_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> screen_walk.Walked:
    """Every page and a company's file, opened once per test process for all their checks."""
    return screen_walk.walk_pages(request, demo_template, tmp_path_factory.mktemp("page-walk"))


@pytest.fixture(scope="session")
def dialog_walk(
    request: pytest.FixtureRequest,
    dutch_application: QApplication,
    demo_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> screen_walk.Walked:
    """Every dialog class, opened once per test process for all their checks."""
    return screen_walk.walk_dialogs(request, demo_template, tmp_path_factory.mktemp("dialog-walk"))


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The test runs once in each language of the interface (ask for it before ``window``);
    the application speaks Dutch again afterwards."""
    install_translations(qapp, request.param)
    yield request.param
    install_translations(qapp, DEFAULT_LANGUAGE)


@pytest.fixture
def seeded_db(sqlite_db: Database) -> Database:
    """A database with what forms offer: an official, a kern with a shopping area, two sectors."""
    with sqlite_db.session() as session:
        # The window's official (user 1) administers: every screen and button is hers to test.
        # What the other roles see is tested in tests/views/test_roles_flow.py.
        session.add(User(username="pvdam", full_name="Petra van Dam", role=Role.ADMINISTRATOR))
        kern = Area(name="'s-Graveland", kind=AreaKind.KERN)
        session.add(kern)
        session.flush()
        session.add(Area(name="Winkelgebied Noordereinde", kind=AreaKind.SHOPPING, parent_id=kern.id))
        session.add_all(
            [Sector(code="1071", name="Brood- en banketbakkerijen"), Sector(code="5630", name="Cafés")]
        )
        session.commit()
    return sqlite_db


@pytest.fixture
def worker(seeded_db: Database) -> Iterator[DatabaseWorker]:
    worker = DatabaseWorker(seeded_db, user_id=1)
    yield worker
    worker.wait()


@pytest.fixture
def window(qtbot, worker: DatabaseWorker, tmp_path: Path) -> MainWindow:
    window = MainWindow(worker, Settings(str(tmp_path / "settings.ini")), "Petra van Dam")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: not worker.busy)
    return window


def closed(dialog: QWidget) -> Callable[[], bool]:
    """For ``qtbot.waitUntil``: the dialog is shut, hidden or already deleted (the contact moment,
    signal and action dialogs delete themselves when closed)."""
    return lambda: not isValid(dialog) or not dialog.isVisible()


def visible(parent: QWidget, kind: type) -> QWidget:
    """The one visible widget of this kind under parent (an open dialog)."""
    found = [w for w in parent.findChildren(kind) if w.isVisible()]
    assert len(found) == 1, f"expected one visible {kind.__name__}, found {len(found)}"
    return found[0]


def handle_signal(qtbot: Any, window: QWidget, detail: Any, done: str, feedback: str) -> None:
    """*Afhandelen…* on the signal shown: what was done typed, the feedback set, saved."""
    from models.signals.entities import SignalStatus
    from views.signals.signal_dialogs import TransitionDialog

    qtbot.mouseClick(detail.buttons[SignalStatus.DONE], Qt.MouseButton.LeftButton)
    dialog = visible(window, TransitionDialog)
    dialog.done_text.setFocus()
    qtbot.keyClicks(dialog.done_text, done)
    dialog.feedback.setPlainText(feedback)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.record.status is SignalStatus.DONE, timeout=10000)


def add_agreement(qtbot: Any, dialog: Any, description: str, responsible: Any, due: date) -> Any:
    """*Afspraak toevoegen* in a contact moment's form: a row filled in; returns the row."""
    qtbot.mouseClick(dialog.add_agreement_button, Qt.MouseButton.LeftButton)
    row = dialog.agreement_rows[-1]
    row.description.clear()
    qtbot.keyClicks(row.description, description)
    row.responsible.setCurrentIndex(row.responsible.findData(responsible.value))
    row.due.set_value(due)
    return row


def contact_form(qtbot: Any, page: Any, first: str, prefix: str, last: str, email: str) -> Any:
    """*Contactpersoon toevoegen* in a company's file, the names and e-mail typed; not saved yet."""
    from views.companies.company_dialogs import ContactDialog

    page.tabs.setCurrentWidget(page.contacts)
    qtbot.mouseClick(page.contact_add, Qt.MouseButton.LeftButton)
    dialog = visible(page, ContactDialog)
    for field, text in (
        (dialog.first_name, first),
        (dialog.name_prefix, prefix),
        (dialog.last_name, last),
        (dialog.email, email),
    ):
        field.clear()
        qtbot.keyClicks(field, text)
    return dialog
