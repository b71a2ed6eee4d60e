"""The import wizard, clicked through: a file, its columns, the Proefimport, decisions, the import,
and undoing it from the history."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from models.companies.entities import Company
from models.db import Database
from models.importing.classify import Decision, RowClass
from views.common.worker import DatabaseWorker
from views.importing.history_dialog import ImportHistoryDialog
from views.importing.import_wizard import ImportWizard, TrialModel

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def _companies(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Company)) or 0


def test_file_mapping_trial_import_and_undo(
    qtbot: QtBot, qtmodeltester, worker: DatabaseWorker, seeded_db: Database, tmp_path: Path
) -> None:
    before = _companies(seeded_db)
    wizard = ImportWizard(worker)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_path(FIXTURES / "bedrijven_excel.csv")
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1, timeout=10000)
    assert "Bedrijfsnaam" in [
        wizard.columns.cellWidget(i, 0).text() for i in range(wizard.columns.rowCount())
    ]
    assert wizard.mapping().columns[:3] == ["kvk_number", "establishment_number", "name"]
    wizard.grab().save(str(tmp_path / "mapping.png"))

    wizard.next_button.click()  # Proefimport
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2, timeout=10000)
    assert _companies(seeded_db) == before  # the trial wrote nothing
    assert wizard.trial is not None
    qtmodeltester.check(wizard.model)
    assert "fout: 2" in wizard.summary.text() and "overgeslagen: 2" in wizard.summary.text()
    wizard.filter.setCurrentIndex(wizard.filter.findData(RowClass.ERROR.value))
    assert [r.number for r in wizard.model.rows] == [9, 12]
    details = wizard.model.index(0, TrialModel.COL_DETAILS).data()
    assert "KvK nr" in details and "wetenschappelijke" in details
    # The selected row's details in full under the table (the column cuts a long one off).
    wizard.table.selectRow(0)
    assert wizard.details.text() == details and wizard.details.isVisibleTo(wizard)
    report = tmp_path / "fouten.csv"
    wizard.save_report(report)
    with report.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0] == ["Rij", "Kolom", "Waarde", "Probleem"]
    assert ["9", "KvK nr", "8.77E+07"] in [r[:3] for r in rows[1:]]
    assert any("geen van de kernen" in r[3] for r in rows[1:])  # a warning, in Dutch

    wizard.filter.setCurrentIndex(wizard.filter.findData(RowClass.POSSIBLE_DUPLICATE.value))
    # Row 11 repeats row 10. Row 10 shares only its phone number with row 5's company, under
    # another name: a switchboard, not a duplicate (models.matching.compare), so it is new.
    assert [r.number for r in wizard.model.rows] == [11]
    assert wizard.model.index(0, TrialModel.COL_DECISION).data() == "overslaan"
    wizard.table.selectRow(0)
    wizard.row_decision.setCurrentIndex(wizard.row_decision.findData(Decision.NEW))
    qtbot.mouseClick(wizard.findChild(QPushButton, "decide_selected"), Qt.MouseButton.LeftButton)
    assert wizard.model.index(0, TrialModel.COL_DECISION).data() == "als nieuw importeren"
    wizard.grab().save(str(tmp_path / "trial.png"))

    wizard.next_button.click()  # Importeren
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 3, timeout=10000)
    assert wizard.outcome is not None
    assert "Import 1" in wizard.result_title.text()
    added = _companies(seeded_db) - before
    assert added == 5  # rows 5, 7, 10, 11 (decided: new) and 13

    history = ImportHistoryDialog(worker)
    qtbot.addWidget(history)
    qtbot.waitUntil(lambda: history.table.rowCount() == 1, timeout=10000)
    assert history.table.item(0, 3).text() == "bedrijven_excel.csv"
    history.undo(confirmed=True)
    qtbot.waitUntil(lambda: "teruggedraaid" in history.message.text(), timeout=10000)
    assert _companies(seeded_db) == before


def test_the_first_start_offers_to_import(qtbot: QtBot, tmp_path: Path) -> None:
    from views.shell.first_run import FirstRunDialog

    dialog = FirstRunDialog(tmp_path / "nieuw.db")
    qtbot.addWidget(dialog)
    assert "nu importeren" in dialog.import_now.text()
    dialog.import_now.setChecked(True)
    assert dialog.then_import and not dialog.with_demo
