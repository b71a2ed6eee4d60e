"""Roles in the window: the administrator manages accounts; a desk employee works without the
parts their role does not reach (hidden, and refused by the services anyway)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from models.db import Database
from models.errors import PermissionDeniedError
from models.permissions import PERMISSION_LABELS, ROLE_PERMISSIONS, Permission
from models.team import services as accounts
from models.team.entities import Role, User
from tests.models.conftest import new_company
from views.common.settings import Settings
from views.common.worker import DatabaseWorker
from views.consultations.timeline import TimelineView
from views.shell.main_window import PAGE_ROLE, MainWindow
from views.shell.pages import PAGES
from views.team.accounts_page import ROLE_ORDER, AccountDialog, AccountsPage

SCREEN = (1366, 768)


def _window(qtbot, database: Database, user_id: int, tmp_path: Path) -> MainWindow:
    worker = DatabaseWorker(database, user_id)
    with database.session() as session:
        username = session.get(User, user_id).username
        signed_in = accounts.sign_in(session, (username, ""))
    window = MainWindow(worker, Settings(str(tmp_path / "settings.ini")), signed_in.full_name, signed_in)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitUntil(lambda: not worker.busy)
    return window


def _pages(window: MainWindow) -> set[str]:
    return {window.nav.item(i).data(PAGE_ROLE) for i in range(window.nav.count())} - {None}


def test_the_administrator_manages_accounts(qtbot, seeded_db: Database, tmp_path: Path, monkeypatch) -> None:
    window = _window(qtbot, seeded_db, 1, tmp_path)
    assert {"accounts", "audit", "settings", "my_work", "desk"} <= _pages(window)
    window.show_page("accounts")
    page = window.pages.currentWidget()
    assert isinstance(page, AccountsPage)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert page.table.item(0, 0).text() == "Petra van Dam"
    assert not page.deactivate_button.isEnabled() or page.current() is None  # never yourself

    # The matrix is the role table itself.
    for row, permission in enumerate(PERMISSION_LABELS):
        for column, role in enumerate(ROLE_ORDER):
            shown = page.matrix.item(row, column + 1).data(Qt.ItemDataRole.UserRole)
            assert shown == (permission in ROLE_PERMISSIONS[role])

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, AccountDialog) and dialog.password is None  # a local file has no passwords
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # empty: told in place, stays open
    qtbot.waitUntil(lambda: dialog.rows["username"].message.isVisible())
    assert dialog.isVisible() and dialog.rows["full_name"].message.isVisible()
    qtbot.keyClicks(dialog.username, "dbalie")
    qtbot.keyClicks(dialog.full_name, "Dora de Balie")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.DESK.value))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    page.select(next(r.id for r in page.records if r.username == "dbalie"))
    window.grab().save(str(tmp_path / "accounts.png"))
    page.tabs.setCurrentIndex(1)
    window.grab().save(str(tmp_path / "permissions.png"))
    page.tabs.setCurrentIndex(0)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert page.deactivate_button.isEnabled()
    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(not r.active for r in page.records))
    dora = next(r for r in page.records if r.username == "dbalie")
    assert not dora.active and page.reactivate_button.isEnabled()
    with seeded_db.session() as session:
        assert session.get(User, dora.id).active is False


def test_a_desk_employee_sees_the_file_without_the_reports(
    qtbot, seeded_db: Database, tmp_path: Path
) -> None:
    company_id = new_company(seeded_db, "Bakkerij Jansen")
    with seeded_db.session() as session:
        desk = User(username="dbalie", full_name="Dora de Balie", role=Role.DESK)
        session.add(desk)
        session.commit()
        desk_id = desk.id
    window = _window(qtbot, seeded_db, desk_id, tmp_path)
    pages = _pages(window)
    assert {"companies", "desk", "knowledge", "signals", "ambitions"} <= pages
    assert not pages & {"my_work", "audit", "accounts", "settings", "rounds"}
    assert not window.companies.new_button.isVisible()

    window.open_company(company_id)
    qtbot.waitUntil(lambda: window.company.record is not None and not window.worker.busy)
    company = window.company
    assert company.title.text() == "Bakkerij Jansen"
    assert not isinstance(company.tabs.widget(0), TimelineView)
    assert isinstance(company.tabs.widget(0), QLabel)
    visible_buttons = {b.text() for b in company.findChildren(QPushButton) if b.isVisible()}
    assert not visible_buttons & {
        company.edit_button.text(),
        company.history_button.text(),
        company.briefing_button.text(),
    }
    assert not [w for w in window.findChildren(QMessageBox) if w.isVisible()]  # no refusal popped up
    window.grab().save(str(tmp_path / "desk-company.png"))
    assert Permission.VIEW_CONSULTATIONS not in window.signed_in.permissions

    # Signals: reported and viewed by everyone; moving and correcting them is for those who handle them.
    window.show_page("signals")
    qtbot.waitUntil(lambda: not window.worker.busy)
    assert window.page("signals").new_button.isVisible()
    assert (
        not window.page("signals").settings_button.isVisible()
        and not window.page("signals").detail.may_handle
    )


def test_every_role_can_visit_every_page_it_is_offered(
    qtbot, seeded_db: Database, tmp_path: Path, monkeypatch
) -> None:
    """No crash and no refusal anywhere a role is shown: each page it sees loads without asking
    a service for something the role may not have (which would leave a part silently empty)."""
    import models.permissions as permissions

    refused: list[tuple[Role, str]] = []
    current: list[Role] = []
    original = permissions.check

    def recording_check(session, *needed):
        try:
            original(session, *needed)
        except PermissionDeniedError as error:
            refused.append((current[-1] if current else None, error.permission))
            raise

    monkeypatch.setattr(permissions, "check", recording_check)
    company_id = new_company(seeded_db, "Bakkerij Jansen")
    with seeded_db.session() as session:
        users = {}
        for role in Role:
            user = User(username=f"u_{role.value}", full_name=f"Official {role.value}", role=role)
            session.add(user)
            session.flush()
            users[role] = user.id
        session.commit()
    for role, user_id in users.items():
        current.append(role)
        window = _window(qtbot, seeded_db, user_id, tmp_path)
        bugs: list[BaseException] = []
        window.worker.bug.connect(bugs.append)
        for page in sorted(_pages(window) - {"company", "settings"}):
            window.show_page(page)
            qtbot.waitUntil(lambda w=window: not w.worker.busy)
        window.open_company(company_id)
        qtbot.waitUntil(lambda w=window: w.company.record is not None and not w.worker.busy)
        assert bugs == [], role
        assert refused == [], refused
        assert not [w for w in window.findChildren(QMessageBox) if w.isVisible()], role
        if "knowledge" in _pages(window):
            writes = Permission.EDIT_KNOWLEDGE in ROLE_PERMISSIONS[role]
            assert window.page("knowledge").new_button.isVisibleTo(window.page("knowledge")) == writes, role
        edits_plans = Permission.EDIT_AMBITIONS in ROLE_PERMISSIONS[role]
        assert (
            window.page("ambitions").new_plan_button.isVisibleTo(window.page("ambitions")) == edits_plans
        ), role  # no plan yet
        expected = {p.key for p in PAGES if p.permission is None or p.permission in ROLE_PERMISSIONS[role]}
        assert _pages(window) - {"company"} == expected, role
        window.close()
