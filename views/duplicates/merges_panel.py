"""The merges of one company's file (its *Wijzigingen*) or of the whole database (the Logboek), each
as one event, with **Samenvoegen ongedaan maken**. Hidden while there is no merge to show."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.duplicates import merge as svc
from models.duplicates.entities import COMPANY, CONTACT
from models.errors import DomainError
from views.common import icons
from views.common.accessibility import name_view
from views.common.text import error_text, format_short_datetime
from views.common.worker import DatabaseWorker


def _all_merges(session: object, company_id: int | None) -> list[svc.MergeRecord]:
    found = svc.merges(session, COMPANY, company_id)  # type: ignore[arg-type]
    if company_id is None:
        found += svc.merges(session, CONTACT)  # type: ignore[arg-type]
        found.sort(key=lambda r: r.merged_at, reverse=True)
    return found


class MergesPanel(QWidget):
    """Signals:
    undone(): a merge was undone (the file or the list around it should read again).
    """

    undone = Signal()

    def __init__(self, worker: DatabaseWorker, company_id: int | None = None, may_undo: bool = True) -> None:
        super().__init__()
        self.worker = worker
        self.company_id = company_id
        self.may_undo = may_undo
        self.records: list[svc.MergeRecord] = []
        caption = QLabel(self.tr("Merges"))
        caption.setObjectName("sectionTitle")
        self.table = QTableWidget(0, 4)
        name_view(self.table, self.tr("Merges"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Merge"), self.tr("Undone")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 135), (1, 140), (2, 420)):
            self.table.setColumnWidth(column, width)
        self.table.setMaximumHeight(130)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.undo_button = QPushButton(icons.icon("mdi6.undo-variant"), self.tr("Undo merge…"))
        self.undo_button.setToolTip(
            self.tr("Give the merged record back its own values and exactly the records moved from it")
        )
        self.undo_button.setEnabled(False)
        self.undo_button.setVisible(may_undo)
        self.undo_button.clicked.connect(self.undo_selected)
        self.message = QLabel()
        self.message.setObjectName("warningBanner")
        self.message.setWordWrap(True)
        self.message.hide()
        bar = QHBoxLayout()
        bar.addWidget(caption)
        bar.addStretch(1)
        bar.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        self.hide()

    def reload(self) -> None:
        company_id = self.company_id
        self.worker.run(lambda s: _all_merges(s, company_id), self._loaded, self._failed)

    def _loaded(self, records: list[svc.MergeRecord]) -> None:
        self.records = records
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            texts = (
                format_short_datetime(record.merged_at),
                record.merged_by or self.tr("(system)"),
                self.tr("%1 merged into %2 (%3 records moved)")
                .replace("%1", record.merged_name)
                .replace("%2", record.survivor_name)
                .replace("%3", str(record.moved)),
                (format_short_datetime(record.undone_at) + f" · {record.undone_by or ''}").strip(" ·")
                if record.undone_at
                else "",
            )
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.setVisible(bool(records))
        self._selection_changed()

    def _failed(self, error: DomainError) -> None:
        self.message.setText(error_text(error))
        self.message.show()
        self.show()

    def selected(self) -> svc.MergeRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        record = self.selected()
        self.undo_button.setEnabled(record is not None and record.undone_at is None)

    def undo_selected(self, *, confirm: bool = True) -> None:
        record = self.selected()
        if record is None or record.undone_at is not None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Undo merge"),
                self.tr(
                    "Undo the merge of %1 into %2? %1 comes back with its own values and the records "
                    "moved from it; what was added to %2 since stays there."
                )
                .replace("%1", record.merged_name)
                .replace("%2", record.survivor_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.message.hide()
        self.worker.run(lambda s: svc.undo(s, record.id), self._undone, self._failed, commit=True)

    def _undone(self, _result: object = None) -> None:
        self.reload()
        self.undone.emit()
