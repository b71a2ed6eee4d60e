"""Importgeschiedenis: who imported which file when, the counts per class, the error report again,
and *Import terugdraaien*."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.errors import DomainError
from models.importing.classify import CLASS_LABELS, RowClass
from models.importing.report import write_report
from models.importing.run import BatchSummary, batch_report, history
from models.importing.undo import UndoResult, undo_import
from models.progress import Progress
from views.common.accessibility import name_view
from views.common.long_work import LongWorkDialog
from views.common.screen import fit_to_screen
from views.common.text import error_text, format_datetime, label
from views.common.worker import DatabaseWorker
from views.importing.import_wizard import report_text


class ImportHistoryDialog(QDialog):
    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.batches: list[BatchSummary] = []
        self.work: LongWorkDialog | None = None
        self.setWindowTitle(self.tr("Import history"))
        fit_to_screen(self, 1000, 520)  # a large scale: what the screen has
        self.table = QTableWidget(0, 6 + len(RowClass))
        name_view(self.table, self.tr("Imports"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("When"),
                self.tr("By"),
                self.tr("File"),
                self.tr("Rows"),
                *(label(CLASS_LABELS[k]) for k in RowClass),
                self.tr("Undone"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setColumnWidth(3, 200)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.report_button = QPushButton(self.tr("Save the error report…"))
        self.report_button.clicked.connect(lambda: self.save_report())
        self.undo_button = QPushButton(self.tr("Undo import…"))
        self.undo_button.clicked.connect(lambda: self.undo())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.worker.run(history, self._loaded, self._failed)

    def _failed(self, error: DomainError) -> None:
        self.message.setText(error_text(error))

    def _loaded(self, batches: list[BatchSummary]) -> None:
        self.batches = batches
        self.table.setRowCount(len(batches))
        for row, batch in enumerate(batches):
            values = [
                str(batch.id),
                format_datetime(batch.at),
                batch.user or "",
                batch.file_name,
                str(batch.rows),
                *(str(batch.counts.get(k.value, 0)) for k in RowClass),
                format_datetime(batch.undone_at) if batch.undone_at else "",
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if batches:
            self.table.selectRow(0)

    def selected(self) -> BatchSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def save_report(self, path: Path | None = None) -> None:
        batch = self.selected()
        if batch is None:
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the error report"), f"foutenrapport-import-{batch.id}.csv", "CSV (*.csv)"
            )
            if not name:
                return
            path = Path(name)
        target = path

        def write(rows: list) -> None:
            write_report(rows, target, translate=report_text)

        self.worker.run(lambda s: batch_report(s, batch.id), write, self._failed)

    def undo(self, confirmed: bool = False) -> None:
        batch = self.selected()
        if batch is None or batch.undone_at is not None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Undo import"),
                self.tr(
                    "Undo import %1 (%2)? The companies it added are removed and the fields it changed set back. "
                    "Records someone changed since are left as they are."
                )
                .replace("%1", str(batch.id))
                .replace("%2", batch.file_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        number = batch.id

        def task(session: Session, progress: Progress) -> UndoResult:
            return undo_import(session, number, progress)

        self.work = LongWorkDialog(
            self.worker,
            title=self.tr("Undo import"),
            text=self.tr("Undoing import %1…").replace("%1", str(number)),
            task=task,
            on_success=self._undone,
            on_failure=self._failed,
            commit=True,
            parent=self,
        )

    def _undone(self, result: UndoResult) -> None:
        lines = [
            self.tr("Import %1 undone: %2 records removed, %3 records set back.")
            .replace("%1", str(result.batch_id))
            .replace("%2", str(result.removed))
            .replace("%3", str(result.restored))
        ]
        if result.refused:
            lines.append(self.tr("Left as they are, because they were changed after the import:"))
            lines += [
                f"• {r.name} ({r.changed_by or '?'}, {format_datetime(r.changed_at) if r.changed_at else ''})"
                for r in result.refused
            ]
        self.message.setText("\n".join(lines))
        self.reload()
