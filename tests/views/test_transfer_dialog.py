"""The copy to the server as a person does it: read what happens, start, wait, read the report."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from sqlalchemy import func, select

from models.companies.entities import Company, Establishment
from models.consultations.entities import Interaction
from models.db import Database
from models.migrations import migrate
from models.tools import demo
from models.tools.transfer import copied_tables
from tests.views.conftest import closed
from views.connection.transfer_dialog import TransferDialog

COMPANIES = 15


@pytest.fixture(scope="module")
def local_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("transfer-gui") / "local.db"
    database = Database(f"sqlite:///{path}")
    migrate(database)
    demo.generate(database, COMPANIES, seed=3)
    database.dispose()
    return path


@pytest.fixture
def server(pg_schema: str) -> Iterator[Database]:
    database = Database(pg_schema)
    yield database
    database.dispose()


def _count(database: Database, entity: type) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(entity))


def _cells(dialog: TransferDialog) -> dict[str, list[str]]:
    table = dialog.table
    return {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 5)]
        for r in range(table.rowCount())
    }


def test_copy_shows_the_report_and_is_accepted(
    qtbot, local_file: Path, server: Database, pg_schema: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = TransferDialog(f"sqlite:///{local_file}", pg_schema)
    qtbot.addWidget(dialog)
    dialog.show()
    assert str(local_file) in dialog.source_label.text()
    assert "Kopiëren" in dialog.start_button.text()
    assert not dialog.table.isVisible()

    with qtbot.waitSignal(dialog.copied, timeout=180000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        assert dialog.progress.isVisible()

    source = Database(f"sqlite:///{local_file}")
    try:
        cells = _cells(dialog)
        assert cells["Ondernemingen"][:2] == [str(COMPANIES), str(COMPANIES)]
        assert cells["Ondernemingen"][3] == "gelijk"
        assert int(cells["Vestigingen"][1].replace(".", "")) == _count(source, Establishment)
        assert int(cells["Contactmomenten"][1].replace(".", "")) == _count(source, Interaction)
        assert dialog.table.rowCount() == len(copied_tables())
        assert {row[3] for row in cells.values()} == {"gelijk"}
        assert _count(server, Company) == COMPANIES
        assert "gekopieerd" in dialog.status.text()
        assert "login" in dialog.summary.text()
    finally:
        source.dispose()

    # Save report…: a CSV a spreadsheet opens.
    saved = tmp_path / "verslag.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(saved), "CSV (*.csv)"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with saved.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][0] == "Wat"
    assert ["Ondernemingen", str(COMPANIES), str(COMPANIES)] == rows[1][:3]

    assert dialog.close_button.isVisible() and not dialog.start_button.isVisible()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_server_with_data_is_refused_and_the_dialog_stays(qtbot, local_file: Path, pg_schema: str) -> None:
    first = TransferDialog(f"sqlite:///{local_file}", pg_schema)
    qtbot.addWidget(first)
    first.show()
    with qtbot.waitSignal(first.copied, timeout=180000):
        qtbot.mouseClick(first.start_button, Qt.MouseButton.LeftButton)
    first.accept()

    again = TransferDialog(f"sqlite:///{local_file}", pg_schema)
    qtbot.addWidget(again)
    again.show()
    qtbot.mouseClick(again.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not again.running, timeout=180000)
    assert again.isVisible()
    assert "bevat al gegevens" in again.status.text()
    assert again.start_button.isVisible() and again.start_button.text() == "Opnieuw proberen"
    qtbot.mouseClick(again.cancel_button, Qt.MouseButton.LeftButton)
    assert again.result() == QDialog.DialogCode.Rejected


def test_cancel_leaves_the_server_empty(qtbot, local_file: Path, server: Database, pg_schema: str) -> None:
    dialog = TransferDialog(f"sqlite:///{local_file}", pg_schema)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.text() == "Kopiëren afbreken"
    qtbot.mouseClick(
        dialog.cancel_button, Qt.MouseButton.LeftButton
    )  # asked at once, honoured between batches
    qtbot.waitUntil(lambda: not dialog.running, timeout=180000)
    assert dialog.isVisible()
    assert "afgebroken" in dialog.status.text()
    assert _count(server, Company) == 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_closing_while_copying_cancels_first(
    qtbot, local_file: Path, server: Database, pg_schema: str
) -> None:
    dialog = TransferDialog(f"sqlite:///{local_file}", pg_schema)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    dialog.close()  # the window's close button: the copy is stopped, then the dialog goes
    assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
    qtbot.waitUntil(closed(dialog), timeout=180000)
    assert not dialog.running
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert _count(server, Company) == 0
