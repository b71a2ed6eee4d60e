"""A local file looked after (issue 19, "Files and upgrades that mislead"): an empty file chosen
at start is refused with the choice of another; a damaged file is said at once (quick check) and
in full from the About dialog; the day's backup is made at start and the last N kept; *Herstellen…*
in the window puts a backup back (the current file kept aside); ``admin backup``/``admin restore``."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop import bootstrap, cli
from desktop.app import Application
from models import backups
from models.db import sqlite_url
from tests.desktop.test_app import _first_company, _local_file
from tests.models.test_database_files import damage, names, new_company_in
from views.common.settings import BACKUPS_KEPT, Settings
from views.connection import profiles
from views.connection.connection_dialog import ConnectionDialog
from views.shell.about_dialog import AboutDialog
from views.shell.first_run import FirstRunDialog
from views.shell.restore_dialog import RestoreDialog


def started(tmp_path: Path, path: Path, monkeypatch: pytest.MonkeyPatch) -> Application:
    monkeypatch.setattr(Application, "FILE_CARE_DELAY_MS", 0)
    settings = Settings(str(tmp_path / "settings.ini"))
    settings.set(BACKUPS_KEPT, 3)
    profile = profiles.local_profile(str(path))
    profiles.save_profiles(settings, [profile])
    profiles.remember_last(settings, profile)
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: pytest.fail("the file exists: no first run"))
    return Application(settings, bootstrap.connect_at_start)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: said.append(text))
    return said


def test_an_empty_file_at_start_offers_another(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "leeg.db"
    path.write_bytes(b"")
    reasons: list[str] = []

    def shown(self: ConnectionDialog) -> int:
        reasons.append(self.banner.text())
        return ConnectionDialog.DialogCode.Rejected

    monkeypatch.setattr(ConnectionDialog, "exec", shown)
    application = started(tmp_path, path, monkeypatch)
    try:
        assert not application.start()  # the connection dialog, to choose another; here closed
    finally:
        application.close()
    assert reasons and "is leeg" in reasons[0] and "Kies een ander bestand" in reasons[0]
    assert path.read_bytes() == b""


def test_a_damaged_file_is_said_at_once_and_not_backed_up(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    path = _local_file(tmp_path / "kapot.db", "Bakkerij Eerste")
    for n in range(30):
        new_company_in(path, f"Zaak {n}")
    damage(path)
    application = started(tmp_path, path, monkeypatch)
    try:
        assert application.start()
        qtbot.waitUntil(lambda: bool(warnings), timeout=60_000)
    finally:
        application.close()
    assert "is beschadigd" in warnings[0] and "Herstellen" in warnings[0]
    assert backups.backups(path) == []  # a damaged copy would push the good ones out


def test_the_days_backup_at_start_keeps_the_last_n(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    path = _local_file(tmp_path / "eerste.db", "Bakkerij Eerste")
    made = backups.make_backup(path)
    for day in (27, 28, 29, 30):  # four earlier days' copies
        path.with_name(f"{path.stem}.backup.202611{day}T090000.db").write_bytes(made.read_bytes())
    made.unlink()
    application = started(tmp_path, path, monkeypatch)
    try:
        assert application.start()
        qtbot.waitUntil(
            lambda: application._care is not None and application._care.isFinished(), timeout=60_000
        )
    finally:
        application.close()
    routine = [b for b in backups.backups(path) if b.kind == backups.ROUTINE]
    assert len(routine) == 3 and routine[-1].made.day == 29  # today's and the two newest before it
    assert names(routine[0].path) == ["Bakkerij Eerste"]
    assert warnings == []


def check_in_about(qtbot: QtBot, application: Application) -> str:
    assert application.start()
    window = application.window
    assert window is not None
    window.show_about()
    about = window.about
    assert isinstance(about, AboutDialog) and about.check_button is not None
    qtbot.mouseClick(about.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: about.check_button is not None and about.check_button.isEnabled(), timeout=60_000)
    said = about.check_result.text()
    about.close()
    return said


def test_the_about_dialog_checks_the_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _local_file(tmp_path / "eerste.db", "Bakkerij Eerste")
    for n in range(30):
        new_company_in(path, f"Zaak {n}")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    application = started(tmp_path, path, monkeypatch)
    try:
        assert "in orde" in check_in_about(qtbot, application)
    finally:
        application.close()
    damage(path)
    application = started(tmp_path, path, monkeypatch)
    try:
        said = check_in_about(qtbot, application)
    finally:
        application.close()
    assert "is beschadigd" in said and "Herstellen" in said


def test_restore_from_the_window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _local_file(tmp_path / "eerste.db", "Bakkerij Eerste")
    good = backups.make_backup(path)
    new_company_in(path, "Slagerij Later")
    application = started(tmp_path, path, monkeypatch)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: informed.append(text))
    try:
        assert application.start()
        window = application.window
        assert window is not None
        qtbot.waitUntil(lambda: window.companies.model.rowCount() == 2, timeout=10_000)
        window.show_about()
        about = window.about
        assert about is not None and about.restore_button is not None
        qtbot.mouseClick(about.restore_button, Qt.MouseButton.LeftButton)
        dialog = window.restore_dialog
        assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
        assert dialog.list.topLevelItemCount() == 1
        dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: application.window is not window and application.window is not None, timeout=30_000
        )
        _first_company(qtbot, application.window, "Bakkerij Eerste")  # type: ignore[arg-type]
    finally:
        application.close()
    assert informed and "hersteld" in informed[0]
    assert names(path) == ["Bakkerij Eerste"]
    aside = [b for b in backups.backups(path) if b.kind == backups.BEFORE_RESTORE]
    assert len(aside) == 1 and names(aside[0].path) == ["Bakkerij Eerste", "Slagerij Later"]
    assert good.exists()


def test_admin_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _local_file(tmp_path / "cli.db", "Bakkerij Eerste")
    url = sqlite_url(path)
    assert cli.run(["backup", "--database", url]) == 0
    made = backups.backups(path)
    assert len(made) == 1 and str(made[0].path) in capsys.readouterr().out
    new_company_in(path, "Slagerij Later")
    assert cli.run(["restore", "--database", url]) == 1  # asks for --yes first
    assert names(path) == ["Bakkerij Eerste", "Slagerij Later"]
    assert cli.run(["restore", "--database", url, "--yes"]) == 0
    assert names(path) == ["Bakkerij Eerste"]
    assert "hersteld" in capsys.readouterr().out.lower()
    server = "postgresql://someone@db.example/ondernemersdesk"
    assert cli.run(["backup", "--database", server]) == 1
    assert "pg_dump" in capsys.readouterr().err
