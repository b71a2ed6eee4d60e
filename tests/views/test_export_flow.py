"""Exporteren… as an official clicks it: the file dialog, the progress, the file as the list shows it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from models.companies import listing
from models.companies import services as svc
from models.consultations import services as consultations
from models.consultations.entities import Responsible
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow


def _companies(worker: DatabaseWorker) -> None:
    with worker.database.session(user_id=1) as session:
        for name, kvk, number in (
            ("Café De Zwaan", "69599084", "12"),
            ("Bakkerij Jansen", "01234567", "3"),
            ("Atelier Noord", "55443322", "40"),
        ):
            svc.create_company(
                session,
                svc.CompanyInput(name=name, kvk_number=kvk),
                svc.EstablishmentInput(
                    street="Noordereinde", house_number=number, postcode="1243 JJ", city="'s-Graveland"
                ),
            )
        session.commit()


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path, chosen: str = "") -> list[str]:
    """The file dialog answers ``path`` (as if typed, without a suffix when so given)."""
    asked: list[str] = []

    def answer(parent, caption, suggested, filters):
        asked.append(filters)
        return str(path), chosen or filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def test_export_the_company_list_as_sorted_on_screen(
    qtbot, window: MainWindow, worker: DatabaseWorker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _companies(worker)
    window.show_page("companies")
    page = window.page("companies")
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    with qtbot.waitSignal(page.loaded):
        page.table.horizontalHeader().sectionClicked.emit(1)  # sort on KvK
    qtbot.waitUntil(lambda: page.model.row(2) is not None)
    shown = [[page.model.index(r, c).data() for c in range(2)] for r in range(3)]
    assert [kvk for _, kvk in shown] == ["01234567", "55443322", "69599084"]

    asked = _save_as(monkeypatch, tmp_path / "bedrijven")  # typed without .xlsx
    assert page.exporter.button.text() == "Exporteren…"
    with qtbot.waitSignal(page.exporter.exported, timeout=10000) as done:
        qtbot.mouseClick(page.exporter.button, Qt.MouseButton.LeftButton)
    assert ".xlsx" in asked[0] and ".csv" in asked[0]
    assert done.args == [str(tmp_path / "bedrijven.xlsx"), 3]
    sheet = openpyxl.load_workbook(tmp_path / "bedrijven.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert list(rows[0]) == headers  # the screen's columns, header for header
    assert [list(r[:2]) for r in rows[1:]] == shown
    assert "3 rijen opgeslagen" in window.statusBar().currentMessage()


def test_export_my_work_to_csv_with_each_agreement_under_its_company(
    qtbot, window: MainWindow, worker: DatabaseWorker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _companies(worker)
    due = date.today() + timedelta(days=10)
    with worker.database.session(user_id=1) as session:
        company_id = listing.company_id_by_kvk(session, "01234567")
        consultations.log_interaction(
            session,
            company_id,
            consultations.InteractionInput(
                occurred_at=datetime.now(UTC) - timedelta(days=1),
                subject="Terras",
                agreements=[
                    consultations.AgreementInput(
                        description="=Vergunning sturen",
                        responsible=Responsible.MUNICIPALITY,
                        assignee_id=1,
                        due_date=due,
                    )
                ],
            ),
        )
        session.commit()
    window.show_page("my_work")
    page = window.page("my_work")
    page.reload()
    # Exporting waits for the whole list (the first screenful is shown before it).
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 1 and page.exporter.button.isEnabled())

    target = tmp_path / "mijn werk.csv"
    _save_as(monkeypatch, target)
    with qtbot.waitSignal(page.exporter.exported, timeout=10000):
        qtbot.mouseClick(page.exporter.button, Qt.MouseButton.LeftButton)
    lines = target.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[0].startswith("Onderneming;Onderneming / afspraak;")
    assert lines[1].startswith("Bakkerij Jansen;'=Vergunning sturen;gemeente;Petra van Dam;")
    assert due.strftime("%d-%m-%Y") in lines[1]  # the due date as a date Excel reads
