"""The application's own name and icon, and the about dialog a helpdesk asks for."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton

from models.migrations import HEAD
from models.team import identity as identity_service
from models.team.identity import Identity
from views.common.paths import app_version, machine_settings_path
from views.common.settings import Settings
from views.common.worker import DatabaseWorker
from views.shell.about_dialog import AboutDialog, app_icon
from views.shell.main_window import MainWindow
from views.team.identity_dialog import IdentityDialog

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def no_preset_left_behind() -> Iterator[None]:
    yield
    identity_service.set_preset()


def test_the_application_icon_has_every_size() -> None:
    icon = app_icon()
    assert not icon.isNull()
    sizes = {(size.width(), size.height()) for size in icon.availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
    image = icon.pixmap(64, 64).toImage()
    assert image.pixelColor(32, 32).alpha() == 255  # drawn, not an empty square


def test_the_main_window_carries_the_application_icon(window: MainWindow) -> None:
    assert window.windowTitle().endswith("Ondernemersdesk")  # after the page shown: "Ondernemingen – …"
    assert window.windowIcon().cacheKey() != 0
    assert {(s.width(), s.height()) for s in window.windowIcon().availableSizes()} >= {(16, 16), (256, 256)}


def test_the_help_menu_opens_the_about_dialog_with_version_licence_database_and_schema(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    assert window.about_action in window.help_menu.actions()
    window.about_action.trigger()
    about = window.about
    assert isinstance(about, AboutDialog) and about.isVisible()
    qtbot.waitUntil(lambda: about.schema.text() != "bezig met lezen…")

    assert about.windowTitle() == "Over Ondernemersdesk"
    assert about.version.text() == f"Versie {app_version()}"
    assert app_version() not in ("", "?")
    assert "EUPL-1.2" in about.licence.text()
    assert about.database.text() == worker.database.display_name
    assert about.schema.text() == f"{HEAD} (bijgewerkt)"
    assert about.machine.text().endswith("(niet aanwezig)")

    about.copy.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.splitlines()[0] == f"Ondernemersdesk {app_version()}"
    assert "Licentie: EUPL-1.2" in copied
    assert f"Database: {worker.database.display_name}" in copied
    assert f"Schemaversie: {HEAD} (bijgewerkt)" in copied
    about.grab().save(str(Path(worker.database.path or "/tmp/x").parent / "about.png"))
    about.close()


def test_the_help_button_in_the_top_bar_offers_shortcuts_and_about(qtbot, window: MainWindow) -> None:
    button = window.findChild(QPushButton, "helpButton")
    assert button is not None and button.isVisible()
    assert button.accessibleName() == "Help"
    assert button.toolTip() == "Help: sneltoetsen (F1), over Ondernemersdesk"
    assert [a.text() for a in button.menu().actions()] == ["Sneltoetsen", "Over Ondernemersdesk"]


def test_a_database_preset_by_it_is_shown_as_such(
    qtbot, worker: DatabaseWorker, tmp_path: Path, isolated_home: Path
) -> None:
    machine = machine_settings_path()
    machine.parent.mkdir(parents=True, exist_ok=True)
    machine.write_text(f"[database]\nurl = {worker.database.url}\n", encoding="utf-8")
    about = AboutDialog(worker, Settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(about)
    assert "Ingesteld door uw IT-afdeling" in about.database.text()
    assert str(machine) in about.database.text()
    assert about.machine.text() == str(machine)
    qtbot.waitUntil(lambda: about.schema.text().startswith(HEAD))


def test_identity_fields_preset_by_it_cannot_be_edited(qtbot, worker: DatabaseWorker) -> None:
    identity_service.set_preset(name="Gemeente Gooise Meren", colour="#0b6e4f")
    dialog = IdentityDialog(worker, Identity(name="Gemeente Gooise Meren", colour="#0b6e4f"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.rows["name"].isEnabled()
    assert not dialog.rows["colour"].isEnabled()
    assert not dialog.pick.isEnabled()
    assert dialog.rows["address"].isEnabled()
    assert dialog.rows["logo"].isEnabled()
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert "De grijze velden zijn voor deze computer ingesteld door uw IT-afdeling." in notes
