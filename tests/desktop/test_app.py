"""The application object: another database is opened in the same process. The first one is
closed (its form kept as a draft, its engine disposed), the window shows the second one's
companies, and no second program is started."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop import bootstrap
from desktop.app import Application
from models.db import Database, sqlite_url
from models.migrations import migrate
from tests.models.conftest import new_company
from tests.views.conftest import visible
from views.common import draft_store
from views.common.settings import Settings
from views.companies.company_dialogs import CompanyDialog
from views.connection import profiles
from views.connection.connection_dialog import ConnectionDialog
from views.shell.first_run import FirstRunDialog
from views.shell.main_window import MainWindow


def _local_file(path: Path, company: str) -> Path:
    database = Database(sqlite_url(path))
    try:
        migrate(database)
        new_company(database, company)
    finally:
        database.dispose()
    return path


def _first_company(qtbot: QtBot, window: MainWindow, name: str) -> None:
    model = window.companies.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.data(model.index(0, 0)) == name, timeout=5000)


@pytest.fixture
def application(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Application]:
    settings = Settings(str(tmp_path / "settings.ini"))
    first = profiles.local_profile(str(_local_file(tmp_path / "eerste.db", "Bakkerij Eerste")))
    profiles.save_profiles(settings, [first])
    profiles.remember_last(settings, first)
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: pytest.fail("both files exist: no first run"))
    application = Application(settings, bootstrap.connect_at_start)
    yield application
    application.close()


def test_switching_database_in_process(
    qtbot: QtBot, application: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = _local_file(tmp_path / "tweede.db", "Café Tweede")
    assert application.start()
    first_window, first_database, first_worker = application.window, application.database, application.worker
    assert first_window is not None and first_database is not None
    assert first_window.host is application and first_window.live is application.live
    _first_company(qtbot, first_window, "Bakkerij Eerste")
    qtbot.waitUntil(lambda: not first_worker.busy)

    disposed: list[Database] = []
    dispose = first_database.dispose
    monkeypatch.setattr(first_database, "dispose", lambda: disposed.append(first_database) or dispose())
    started: list[object] = []
    monkeypatch.setattr(QProcess, "startDetached", lambda *args: started.append(args) or True)
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))

    # A form with input that is not saved: kept as a draft of the first database.
    first_window.new_company()
    form = visible(first_window, CompanyDialog)
    form.name.setText("Slagerij Half Af")

    def choose_the_second(self: ConnectionDialog) -> int:
        self.chosen, self.password = profiles.local_profile(str(second)), None
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConnectionDialog, "exec", choose_the_second)
    monkeypatch.setattr("views.connection.connection_dialog.QMessageBox.exec", lambda self: 0)
    monkeypatch.setattr(
        "views.connection.connection_dialog.QMessageBox.clickedButton", lambda self: self.defaultButton()
    )
    first_window.findChild(QPushButton, "connectionButton").click()

    window = application.window
    assert window is not None and window is not first_window
    assert application.database is not None and application.database.path == second
    assert application.worker is not first_worker and window.worker is application.worker
    assert window.isVisible() and not first_window.isVisible()
    _first_company(qtbot, window, "Café Tweede")
    assert str(second) in window.statusBar().currentMessage()

    assert disposed == [first_database], "the first database's engine is disposed"
    assert first_database.engine.pool.checkedout() == 0
    assert started == [] and quits == [], "no second process, no quit"
    assert QApplication.instance().quitOnLastWindowClosed()  # restored after the switch
    drafts = draft_store.load_all(str(first_database.path), first_worker.user_id)
    assert [d.values.get("name") for d in drafts] == ["Slagerij Half Af"]
    assert not [w for w in window.findChildren(QMessageBox) if w.isVisible()]


def test_a_switch_the_user_cancels_keeps_the_current_database(
    qtbot: QtBot, application: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert application.start()
    window, database = application.window, application.database
    assert window is not None
    _first_company(qtbot, window, "Bakkerij Eerste")
    # Connecting fails and the user closes the connection dialog that then shows the reason.
    monkeypatch.setattr(ConnectionDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    (tmp_path / "kapot.db").write_bytes(b"")
    broken = profiles.local_profile(str(tmp_path / "kapot.db"))
    monkeypatch.setattr(bootstrap, "open_database", lambda url: (_ for _ in ()).throw(_unavailable()))
    assert not application.switch_database(broken)
    assert application.window is window and application.database is database and window.isVisible()


def _unavailable() -> Exception:
    from models.errors import DatabaseUnavailableError

    return DatabaseUnavailableError("The database {path} cannot be opened.", path="kapot.db")
