"""Meldingen in a company's file: the signals about it, linked to it or reported at one of its
establishments' addresses (the same service as the briefing and the dossier)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from models.errors import DomainError
from models.signals import services as svc
from models.signals.records import SignalRow
from views.common import icons
from views.common.table_model import Column, LazyTableModel, table_view
from views.common.text import error_text, format_short_date, format_short_datetime
from views.common.worker import DatabaseWorker
from views.signals.signal_dialogs import status_text
from views.signals.status_colours import colour_of


class CompanySignalsModel(LazyTableModel[SignalRow]):
    def __init__(self) -> None:
        super().__init__(None, [], None, lambda r: r.id)
        self.columns = [
            Column[SignalRow](self.tr("Number"), lambda r: r.number, 80),
            Column[SignalRow](self.tr("Reported"), lambda r: format_short_datetime(r.reported_at), 145),
            Column[SignalRow](self.tr("Category"), lambda r: r.category, 130),
            Column[SignalRow](self.tr("Location"), lambda r: r.address or r.area, 190),
            Column[SignalRow](self.tr("Description"), lambda r: r.description.replace("\n", " "), 240),
            Column[SignalRow](self.tr("Status"), self._status, 130),
            Column[SignalRow](self.tr("Target date"), lambda r: format_short_date(r.due_date), 100),
        ]

    def _status(self, row: SignalRow) -> str:
        text = status_text(row.status)
        return text + " · " + self.tr("overdue") if row.overdue else text

    def foreground(self, row: SignalRow) -> QColor | None:
        return colour_of(row.status, row.overdue)


class CompanySignalsView(QWidget):
    """Signals:
    open_signal(int): show this signal on the Meldingen page.
    loaded(int): the signals were read; how many there are.
    """

    open_signal = Signal(int)
    loaded = Signal(int)

    def __init__(self, worker: DatabaseWorker) -> None:
        super().__init__()
        self.worker = worker
        self.company_id: int | None = None
        self.model = CompanySignalsModel()
        self.table = table_view(self.model, self.tr("Signals of this company"))
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.open_button = QPushButton(icons.icon("mdi6.open-in-app"), self.tr("Open in Signals"))
        self.open_button.setToolTip(self.tr("Show the selected signal with its history on the Signals page"))
        self.open_button.clicked.connect(self.open_selected)
        self.empty = QLabel(
            self.tr(
                "No signals about this company: none is linked to it, and none was reported at the "
                "address of one of its establishments."
            )
        )
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.note = QLabel(
            self.tr("Linked to this company, or reported at the address of one of its establishments.")
        )
        self.note.setObjectName("muted")

        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)
        self._selection_changed()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

    def open(self, company_id: int) -> None:
        self.company_id = company_id
        self.worker.run(
            lambda s: svc.company_signals(s, company_id, today=date.today()),
            lambda rows: self._show(company_id, rows),
            self._failed,
        )

    def _show(self, company_id: int, rows: list[SignalRow]) -> None:
        if company_id != self.company_id:
            return
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self._selection_changed()
        self.loaded.emit(len(rows))

    def _failed(self, error: DomainError) -> None:
        self.empty.setText(error_text(error))
        self.stack.setCurrentWidget(self.empty)

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self.table.currentIndex().isValid())

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        signal_id = self.model.id_at(index.row()) if index.isValid() else None
        if signal_id is not None:
            self.open_signal.emit(signal_id)
