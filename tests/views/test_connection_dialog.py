"""The connection dialog, clicked through as a person would, and the start when the last profile fails."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desktop import bootstrap
from desktop.memory_keyring import MemoryKeyring
from models.db import Database
from models.errors import AuthenticationError, DatabaseUnavailableError
from models.i18n import QT_TRANSLATE_NOOP
from models.migrations import migrate
from tests.conftest import postgres_url
from tests.desktop.test_profiles import NoKeyring
from tests.views.conftest import closed
from views.common.settings import Settings
from views.connection import profiles
from views.connection.connection_dialog import ConnectionDialog, result_text
from views.connection.password_dialog import PasswordDialog
from views.connection.profiles import Profile
from views.connection.setup_dialog import SetUpDialog

SECRET = "Zeer-Geheim:1@/"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(str(tmp_path / "settings.ini"))


@pytest.fixture
def empty_database() -> Iterator[str]:
    """A new, empty database on the test server (its name)."""
    base = postgres_url()
    name = f"odesk_conn_{uuid.uuid4().hex[:10]}"
    admin = create_engine(
        base.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield name
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            # Roles are cluster-wide: the set-up's group role outlives the database unless dropped.
            roles = connection.scalars(
                text("SELECT rolname FROM pg_roles WHERE rolname LIKE :prefix"),
                {"prefix": f"ondernemersdesk_{name}\\_%"},
            ).all()
            for role in roles:
                connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    yield
    keyring.set_keyring(previous)


def server_address() -> tuple[str, int, str]:
    base = make_url(postgres_url())
    return base.host or "127.0.0.1", base.port or 5432, base.username or "postgres"


def open_dialog(qtbot, settings: Settings, **kwargs: object) -> ConnectionDialog:
    dialog = ConnectionDialog(settings, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_into(qtbot, editor, value: str) -> None:
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, value)


def new_server(qtbot, dialog: ConnectionDialog, database: str, name: str = "Gemeentehuis") -> None:
    host, port, user = server_address()
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, dialog.name, name)
    type_into(qtbot, dialog.host, host)
    dialog.port.setValue(port)
    type_into(qtbot, dialog.database, database)
    type_into(qtbot, dialog.user, user)


def wait_for_test(qtbot, dialog: ConnectionDialog) -> None:
    qtbot.waitUntil(lambda: dialog._job is None and dialog.last_result is not None, timeout=60000)


def test_create_a_server_profile_test_it_set_it_up_and_connect(
    qtbot,
    settings: Settings,
    empty_database: str,
    fake_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    dialog = open_dialog(qtbot, settings)
    assert dialog.list.item(0).text() in ("Local file", "Lokaal bestand")
    assert not dialog.host.isVisible()  # the local file is selected first
    new_server(qtbot, dialog, empty_database)
    type_into(qtbot, dialog.password_edit, "secret-1")
    assert dialog.remember.isEnabled() and dialog.remember.isChecked()

    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.busy.isVisible() or dialog.last_result is not None  # off the UI thread, with a busy bar
    wait_for_test(qtbot, dialog)
    assert dialog.last_result.state == profiles.EMPTY
    assert dialog.outcome.isVisible() and dialog.outcome.text().startswith(
        result_text(dialog.last_result)[:20]
    )
    assert dialog.setup_button.isVisible()

    # Connecting to an empty database is not possible before it is set up.
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.chosen is None

    _, _, user = server_address()

    def fill_set_up() -> None:
        form = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SetUpDialog) and w.isVisible())
        assert form.login_edit.text() == user
        assert not form.password_edit.isEnabled()  # the connection's own login needs no new password
        assert not form.copy.isEnabled()  # there is no local file
        qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
        assert form.isVisible() and form.rows["full_name"].message.isVisible()  # the name is required
        qtbot.keyClicks(form.full_name_edit, "Petra van Dam")
        qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, fill_set_up)
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog._job is None and "Petra" not in dialog.outcome.text(), timeout=60000)
    assert user in dialog.outcome.text()
    assert not dialog.setup_button.isVisible()

    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(dialog), timeout=60000)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen is not None and dialog.chosen.database == empty_database
    assert dialog.password == "secret-1"

    # The profile and the last choice are kept; the password went to the keyring, not the INI file.
    again = Settings(settings.path)
    assert profiles.last_profile(again).name == "Gemeentehuis"
    assert fake_keyring.secrets == {("Ondernemersdesk", dialog.chosen.account): "secret-1"}
    assert "secret-1" not in Path(settings.path).read_text(encoding="utf-8")
    with Database(profiles.url(dialog.chosen)).engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM app_user")).scalar() == 1


def test_a_failing_test_says_why_and_the_form_keeps_its_content(qtbot, settings: Settings) -> None:
    postgres_url()
    dialog = open_dialog(qtbot, settings)
    new_server(qtbot, dialog, "test")
    dialog.port.setValue(1)  # nothing listens there
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    wait_for_test(qtbot, dialog)
    assert dialog.last_result.state == profiles.FAILED
    assert dialog.last_result.message.startswith("The database server {path} cannot be reached")
    assert dialog.outcome.text() == result_text(dialog.last_result)
    assert dialog.host.text() and dialog.port.value() == 1  # nothing typed is lost
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    wait_for_test(qtbot, dialog)
    assert dialog.isVisible() and dialog.chosen is None


def test_messages_under_the_fields(qtbot, settings: Settings) -> None:
    dialog = open_dialog(qtbot, settings)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.rows["host"].message.isVisible()
    assert dialog.rows["database"].message.isVisible()
    assert not dialog.rows["user"].message.isVisible()  # the computer's login is filled in
    assert dialog.isVisible() and dialog.last_result is None


def test_new_and_delete_and_closing_keeps_the_profiles(
    qtbot, settings: Settings, fake_keyring: MemoryKeyring, monkeypatch
) -> None:
    dialog = open_dialog(qtbot, settings)
    new_server(qtbot, dialog, "odesk", name="Eerste")
    new_server(qtbot, dialog, "odesk2", name="Tweede")
    assert [dialog.list.item(i).text() for i in range(1, 3)] == ["Eerste", "Tweede"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closing keeps what was made
    assert [p.name for p in profiles.load_profiles(Settings(settings.path))][1:] == ["Eerste", "Tweede"]

    dialog = open_dialog(qtbot, settings)
    dialog.list.setCurrentRow(1)
    fake_keyring.secrets[("Ondernemersdesk", dialog.profile.account)] = "old"
    assert dialog.password_edit.text() == ""  # read when selected: select again
    dialog.list.setCurrentRow(2)
    dialog.list.setCurrentRow(1)
    assert dialog.password_edit.text() == "old"
    monkeypatch.setattr(
        "views.connection.connection_dialog.QMessageBox.question",
        lambda *a, **k: QMessageBox.StandardButton.Yes,
    )
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())][1:] == ["Tweede"]
    assert fake_keyring.secrets == {}
    assert [p.name for p in profiles.load_profiles(Settings(settings.path))][1:] == ["Tweede"]
    dialog.list.setCurrentRow(0)
    assert not dialog.delete_button.isEnabled()  # the local file stays


def test_without_a_password_store_the_dialog_says_so(
    qtbot,
    settings: Settings,
    no_keyring: None,
    empty_database: str,
) -> None:
    host, port, user = server_address()
    migrate(Database(profiles.url(Profile("x", host=host, port=port, database=empty_database, user=user))))
    dialog = open_dialog(qtbot, settings)
    new_server(qtbot, dialog, empty_database)
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    assert dialog.keyring_note.isVisible()
    assert "password store" in dialog.keyring_note.text() or "wachtwoord" in dialog.keyring_note.text()
    type_into(qtbot, dialog.password_edit, SECRET)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(dialog), timeout=60000)
    assert dialog.password == SECRET  # used for this start only
    assert SECRET not in Path(settings.path).read_text(encoding="utf-8")


def test_a_connection_fixed_by_it_asks_only_the_password(
    qtbot,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ONDERNEMERSDESK_DATABASE", "postgresql://team@server.example:5432/odesk")
    dialog = open_dialog(qtbot, settings)
    assert dialog.fixed_note.isVisible() and "ONDERNEMERSDESK_DATABASE" in dialog.fixed_note.text()
    assert not dialog.list.isVisible()
    assert not dialog.host.isVisible() and not dialog.name.isVisible()
    assert dialog.password_edit.isVisible()


def test_the_dialog_at_a_laptops_size(qtbot, settings: Settings) -> None:
    dialog = open_dialog(qtbot, settings, reason="De databaseserver kan niet worden bereikt.")
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.banner.isVisible()
    assert dialog.width() <= 1366 and dialog.height() <= 700
    assert dialog.minimumSizeHint().height() <= 700


# -- the start ----------------------------------------------------------------------------------


ASKS = QT_TRANSLATE_NOOP("errors", "The server {path} asks for a password. Enter the password and try again.")


class FakeSignedIn:
    user_id = 1
    full_name = "Petra van Dam"


def server_profile(settings: Settings) -> Profile:
    profile = Profile("Team", host="db.example", database="odesk", user="anna")
    profiles.save_profiles(settings, [profile])
    profiles.remember_last(settings, profile)
    return profile


@pytest.mark.parametrize("store", ["keyring", "none"])
def test_the_start_asks_for_a_password_the_store_does_not_hold(
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    fake_keyring: MemoryKeyring,
    store: str,
) -> None:
    if store == "none":
        keyring.set_keyring(NoKeyring())
    profile = server_profile(settings)
    tried: list[str | None] = []

    def open_database(address: str) -> tuple[object, object]:
        tried.append(make_url(address).password)
        if make_url(address).password != SECRET:
            raise AuthenticationError(ASKS, path="postgresql://anna@db.example:5432/odesk")
        return "database", FakeSignedIn()

    asked: list[PasswordDialog] = []

    def answer(self: PasswordDialog) -> int:
        asked.append(self)
        assert self.remember.isEnabled() == (store == "keyring")
        self.edit.setText(SECRET)
        self.check()
        return self.result()

    monkeypatch.setattr(bootstrap, "open_database", open_database)
    monkeypatch.setattr(PasswordDialog, "exec", answer)
    opened = bootstrap.connect_at_start(settings)
    assert opened is not None and opened[0] == "database"
    assert tried == [None, SECRET] and len(asked) == 1
    if store == "keyring":
        assert fake_keyring.secrets == {("Ondernemersdesk", profile.account): SECRET}
    else:
        assert fake_keyring.secrets == {}
    assert SECRET not in Path(settings.path).read_text(encoding="utf-8")


def test_when_the_last_profile_fails_the_start_shows_the_dialog_with_the_reason(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    postgres_url()
    host, _, user = server_address()
    profile = Profile("Team", host=host, port=1, database="test", user=user)
    profiles.save_profiles(settings, [profile])
    profiles.remember_last(settings, profile)
    shown: list[str] = []

    def choose_the_local_file(self: ConnectionDialog) -> int:
        shown.append(self.banner.text())
        assert not self.banner.isHidden()
        assert self.profile.name == "Team"  # the failing profile is selected
        self.list.setCurrentRow(0)
        self.path.setText(str(tmp_path / "eigen.db"))
        self._edited()
        self.connect_to()  # tests the choice off the UI thread first
        while self._job is not None or self.last_result is None:
            QApplication.processEvents()
        QApplication.processEvents()
        return self.result()

    monkeypatch.setattr(ConnectionDialog, "exec", choose_the_local_file)
    monkeypatch.setattr("views.shell.first_run.FirstRunDialog.exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr("views.shell.first_run.FirstRunDialog.with_demo", property(lambda self: False))
    opened = bootstrap.connect_at_start(settings)
    assert opened is not None
    database, signed_in, with_demo, _then_import = opened
    try:
        assert len(shown) == 1 and shown[0]  # the plain reason on top
        assert database.path == tmp_path / "eigen.db" and not with_demo
        assert profiles.last_profile(Settings(settings.path)).is_local
    finally:
        database.dispose()


def test_the_start_asks_for_a_password_by_the_kind_of_failure_not_its_words(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the server refusing the login asks for the password: not any text that says "password"."""
    server_profile(settings)
    monkeypatch.setattr(
        bootstrap,
        "open_database",
        lambda address: (_ for _ in ()).throw(
            DatabaseUnavailableError(
                "The password of {path} expired with the VPN: cannot be reached.", path="x"
            )
        ),
    )
    asked: list[object] = []
    shown: list[str] = []
    monkeypatch.setattr(
        PasswordDialog, "exec", lambda self: asked.append(self) or QDialog.DialogCode.Rejected
    )

    def reject(self: ConnectionDialog) -> int:
        shown.append(self.banner.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ConnectionDialog, "exec", reject)
    assert bootstrap.connect_at_start(settings) is None
    assert asked == [] and len(shown) == 1


def test_quitting_from_the_dialog_at_start(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    profile = server_profile(settings)
    profile.port = 1
    monkeypatch.setattr(
        bootstrap,
        "open_database",
        lambda address: (_ for _ in ()).throw(
            DatabaseUnavailableError("The database server {path} cannot be reached.", path="x")
        ),
    )
    monkeypatch.setattr(ConnectionDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert bootstrap.connect_at_start(settings) is None


def test_the_main_window_opens_the_dialog(qtbot, window, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[ConnectionDialog] = []
    monkeypatch.setattr(
        ConnectionDialog, "exec", lambda self: opened.append(self) or QDialog.DialogCode.Rejected
    )
    button = window.findChild(QPushButton, "connectionButton")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].settings is window.settings


@pytest.mark.parametrize("answer", ["now", "later"])
def test_choosing_another_connection_switches_after_asking(
    qtbot, window, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    """The window asks its host to switch (in this process; tests/desktop/test_app.py shows the
    switch itself), and only when the user says now; later, the choice waits for the next start."""
    chosen = profiles.local_profile()
    switched: list[tuple[Profile, str | None]] = []

    def accept(self: ConnectionDialog) -> int:
        self.chosen, self.password = chosen, None
        return QDialog.DialogCode.Accepted

    def click(self: QMessageBox) -> QPushButton:
        return self.defaultButton() if answer == "now" else self.buttons()[-1]

    monkeypatch.setattr(ConnectionDialog, "exec", accept)
    monkeypatch.setattr("views.connection.connection_dialog.QMessageBox.exec", lambda self: 0)
    monkeypatch.setattr("views.connection.connection_dialog.QMessageBox.clickedButton", click)
    monkeypatch.setattr(
        window.host,
        "switch_database",
        lambda profile, password=None: switched.append((profile, password)) or True,
    )
    window.findChild(QPushButton, "connectionButton").click()
    assert switched == ([(chosen, None)] if answer == "now" else [])


def test_switching_between_profiles_keeps_each_ones_fields(qtbot, settings: Settings) -> None:
    profiles.save_profiles(
        settings,
        [
            Profile("Een", host="een.example", port=5433, database="odesk", user="anna", sslmode="require"),
            Profile("Twee", host="twee.example", database="desk", user="bert"),
        ],
    )
    dialog = open_dialog(qtbot, settings, current="Een")
    assert dialog.host.text() == "een.example" and dialog.port.value() == 5433
    dialog.list.setCurrentRow(2)
    assert (dialog.host.text(), dialog.database.text(), dialog.user.text()) == (
        "twee.example",
        "desk",
        "bert",
    )
    dialog.list.setCurrentRow(1)
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text(), dialog.user.text()) == (
        "een.example",
        5433,
        "odesk",
        "anna",
    )
    assert dialog.sslmode.currentData() == "require"
    assert [(p.host, p.database) for p in dialog.profiles[1:]] == [
        ("een.example", "odesk"),
        ("twee.example", "desk"),
    ]


def test_set_up_with_a_copy_of_the_local_file_first(
    qtbot,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    local = profiles.local_profile().file()
    migrate(Database(profiles.url(profiles.local_profile())))
    assert local.exists()
    calls: list[tuple[str, object]] = []

    class FakeTransfer:
        def __init__(self, source_url: str, target_url: str, parent: object = None) -> None:
            calls.append(("copy", (source_url, target_url)))

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted

    def set_up_database(
        database: Database, *, username: str, full_name: str, password: str | None = None
    ) -> int:
        calls.append(("set up", (database.url, username, full_name, password)))
        return 1

    monkeypatch.setattr("views.connection.transfer_dialog.TransferDialog", FakeTransfer)
    monkeypatch.setattr("models.setup.set_up_database", set_up_database)
    profiles.save_profiles(settings, [Profile("Team", host="db.example", database="odesk", user="beheer")])
    dialog = open_dialog(qtbot, settings, current="Team")
    type_into(qtbot, dialog.password_edit, "pw")

    def fill() -> None:
        form = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SetUpDialog) and w.isVisible())
        assert form.copy.isEnabled()
        qtbot.keyClicks(form.full_name_edit, "Petra van Dam")
        type_into(qtbot, form.login_edit, "petra")
        assert form.password_edit.isEnabled()  # another login than the connection's: a new login
        qtbot.keyClicks(form.password_edit, "start123")
        form.copy.setChecked(True)
        qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, fill)
    dialog.set_up()
    qtbot.waitUntil(lambda: len(calls) == 2 and dialog._job is None, timeout=10000)
    assert calls[0] == ("copy", (f"sqlite:///{local}", profiles.url(dialog.profile, "pw")))
    assert calls[1][0] == "set up" and calls[1][1][1:] == ("petra", "Petra van Dam", "start123")
    assert "petra" in dialog.outcome.text()
