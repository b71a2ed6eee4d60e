"""Whether the connection to the server is encrypted is shown, and IT can require it (issue 14,
finding 7a). The test server offers no TLS (``SHOW ssl`` is off): an ordinary connection says
"niet versleuteld", one that IT requires to be encrypted is refused before anything is sent.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine, text

from models.db import Database, connection_security
from models.errors import UnencryptedServerError
from models.migrations import migrate
from tests.conftest import postgres_url
from tests.views.test_connection_dialog import new_server, open_dialog, wait_for_test
from views.common.paths import machine_settings_path
from views.common.settings import Settings
from views.common.worker import DatabaseWorker
from views.connection import profiles
from views.shell.about_dialog import AboutDialog
from views.shell.main_window import MainWindow

SCREENSHOTS = os.environ.get(
    "ONDERNEMERSDESK_SCREENSHOTS"
)  # a folder: the dialogs are saved there to look at
REFUSED_BY_IT = "je IT-afdeling"  # in the Dutch message of a server refused for offering no encryption


@pytest.fixture
def plaintext_server() -> str:
    """The test server's URL, after making sure it offers no TLS (what these tests are about)."""
    url = postgres_url()
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as connection:
        ssl = connection.execute(text("SHOW ssl")).scalar()
    engine.dispose()
    if ssl != "off":
        pytest.skip("the test server offers TLS; these cases need one that does not")
    return url


def _machine_file(lines: str) -> Path:
    path = machine_settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(lines, encoding="utf-8")
    return path


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(str(tmp_path / "settings.ini"))


def _save(dialog, name: str) -> None:
    if SCREENSHOTS:
        dialog.resize(dialog.size().boundedTo(dialog.screen().availableSize()))
        dialog.grab().save(str(Path(SCREENSHOTS) / f"{name}.png"))


def test_an_ordinary_connection_says_it_is_not_encrypted(
    qtbot, settings: Settings, plaintext_server: str
) -> None:
    dialog = open_dialog(qtbot, settings)
    new_server(qtbot, dialog, "test")
    assert dialog.sslmode.currentData() == "prefer" and not dialog.ssl_note.isVisible()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    wait_for_test(qtbot, dialog)
    result = dialog.last_result
    assert result is not None and result.ok and result.security is not None
    assert not result.security.encrypted
    assert "De verbinding is niet versleuteld" in dialog.outcome.text()
    assert "#fff4e0" in dialog.outcome.styleSheet()  # amber: look out, not "all is well" green
    _save(dialog, "connection-not-encrypted")


def test_it_requires_encryption_and_a_plaintext_server_is_refused(
    qtbot, settings: Settings, plaintext_server: str
) -> None:
    _machine_file("[database]\nrequire_encryption = yes\n")
    settings = Settings(settings.path)  # the machine file is read when settings are opened
    rule = profiles.encryption_rule(settings)
    assert rule.required and rule.sslmode == "require"

    dialog = open_dialog(qtbot, settings)
    new_server(qtbot, dialog, "test")
    # Only the encrypted choices are offered, and the dialog says who decided.
    offered = [dialog.sslmode.itemData(i) for i in range(dialog.sslmode.count())]
    assert offered == ["require", "verify-full"]
    assert dialog.ssl_note.isVisible() and "IT-afdeling" in dialog.ssl_note.text()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    wait_for_test(qtbot, dialog)
    result = dialog.last_result
    assert result is not None and not result.ok
    assert isinstance(result.error, UnencryptedServerError)
    assert REFUSED_BY_IT in dialog.outcome.text() and "er is niets verzonden" in dialog.outcome.text()
    _save(dialog, "connection-encryption-required")
    # A profile stored earlier with "when the server offers it" gets no plaintext connection either.
    stored = profiles.Profile("Oud", host="127.0.0.1", database="test", user="postgres", sslmode="prefer")
    assert "sslmode=require" in rule.apply(profiles.url(stored))
    assert profiles.test_connection(stored, None, rule).error is not None


def test_a_root_certificate_means_a_verified_server(tmp_path: Path) -> None:
    ca = tmp_path / "gemeente-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    _machine_file(f"[database]\nroot_certificate = {ca}\n")
    rule = profiles.encryption_rule(Settings(str(tmp_path / "settings.ini")))
    assert rule.required and rule.sslmode == "verify-full"
    address = rule.apply("postgresql://anna@db.gemeente.local/odesk?sslmode=require")
    assert "sslmode=verify-full" in address and f"sslrootcert={ca}" in address.replace("%2F", "/")
    assert rule.apply("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"
    assert profiles.NO_RULE.apply("postgresql://a@b/c") == "postgresql://a@b/c"


def test_the_status_bar_and_the_about_dialog_say_it(
    qtbot, plaintext_server: str, pg_schema: str, tmp_path: Path
) -> None:
    database = Database(pg_schema)
    migrate(database)
    with database.session() as session:
        security = connection_security(session)
    assert security is not None and not security.encrypted
    worker = DatabaseWorker(database)
    window = MainWindow(worker, Settings(str(tmp_path / "settings.ini")), "Petra van Dam")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.security_note.isVisible(), timeout=30_000)
    assert window.security_note.text() == "Verbinding: niet versleuteld"
    about = AboutDialog(worker, Settings(str(tmp_path / "settings.ini")), window)
    qtbot.addWidget(about)
    qtbot.waitUntil(lambda: about.security.text() == "Niet versleuteld", timeout=30_000)
    assert "Verbinding: Niet versleuteld" in about.details()
    worker.wait()
    window.close()
    database.dispose()


def test_a_local_file_has_no_network(qtbot, window: MainWindow) -> None:
    assert not window.security_note.isVisible()
    about = AboutDialog(window.worker, window.settings, window)
    qtbot.addWidget(about)
    assert about.security.text() == "lokaal bestand, geen netwerk"


@pytest.fixture(autouse=True)
def _no_machine_file_left() -> Iterator[None]:
    yield
    path = machine_settings_path()
    if path.exists():
        path.unlink()
