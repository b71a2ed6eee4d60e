"""The accounts page on a shared server: another application's login is refused at the login
field, with everything typed kept (issue 14, finding 4)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from sqlalchemy import text
from sqlalchemy.engine import make_url

from models.db import Database
from models.errors import FieldError
from models.server import accounts as server_accounts
from models.setup import set_up_database
from views.common.text import field_error_text
from views.common.worker import DatabaseWorker
from views.team.accounts_page import AccountDialog, AccountsPage


def _role(database: Database, login: str) -> tuple:
    with database.engine.connect() as connection:
        return tuple(
            connection.execute(
                text(
                    "SELECT rolcanlogin, rolcreatedb, rolpassword, "
                    "(SELECT count(*) FROM pg_auth_members m WHERE m.member = a.oid) "
                    "FROM pg_authid a WHERE rolname = :n"
                ),
                {"n": login},
            ).one()
        )


def test_a_foreign_login_is_refused_at_the_login_field(qtbot, pg_schema: str) -> None:
    suffix = uuid.uuid4().hex[:6]
    admin, foreign = f"gui_{suffix}", f"kassa_{suffix}"
    database = Database(pg_schema)
    as_admin: Database | None = None
    worker: DatabaseWorker | None = None
    try:
        admin_id = set_up_database(
            database, username=admin, full_name="Bea Heer", password="Beheer-wachtwoord"
        )
        with database.engine.begin() as connection:
            connection.execute(text(f"CREATE ROLE {foreign} LOGIN CREATEDB PASSWORD 'van-de-kassa'"))
        before = _role(database, foreign)
        as_admin = Database(make_url(pg_schema).set(username=admin).render_as_string(hide_password=False))
        worker = DatabaseWorker(as_admin, admin_id)
        page = AccountsPage(worker, admin_id)
        qtbot.addWidget(page)
        page.show()
        page.activated()
        qtbot.waitUntil(lambda: page.table.rowCount() == 1)

        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        dialog = page.dialog
        assert isinstance(dialog, AccountDialog) and dialog.password is not None and dialog.repeat is not None
        qtbot.keyClicks(dialog.username, foreign)
        qtbot.keyClicks(dialog.full_name, "Kees Kassa")
        qtbot.keyClicks(dialog.password, "Nieuw-wachtwoord")
        qtbot.keyClicks(dialog.repeat, "Nieuw-wachtwoord")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.rows["username"].message.isVisible())

        shown = dialog.rows["username"].message.text()
        assert shown == field_error_text(
            FieldError(field="username", message=server_accounts.FOREIGN_LOGIN, params={"login": foreign})
        )
        assert foreign in shown
        assert dialog.isVisible()  # nothing typed is lost
        assert (dialog.username.text(), dialog.full_name.text(), dialog.password.text()) == (
            foreign,
            "Kees Kassa",
            "Nieuw-wachtwoord",
        )
        assert not dialog.rows["full_name"].message.isVisible()
        qtbot.waitUntil(lambda: not worker.busy)
        assert page.table.rowCount() == 1  # no account made
        assert _role(database, foreign) == before  # and the other application's login untouched
        dialog.reject()
    finally:
        if worker is not None:
            worker.wait()
        if as_admin is not None:
            as_admin.dispose()
        with database.engine.begin() as connection:
            for name in (foreign, admin):
                if connection.execute(
                    text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
                ).scalar():
                    connection.execute(text(f"DROP OWNED BY {name}"))
                    connection.execute(text(f"DROP ROLE {name}"))
        database.dispose()
