"""Mijn werk's signals: the open signals the official handles, the first target date first,
beside their agreements (a section of its own on that page)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.signals import services as svc
from models.signals.records import SignalRow
from views.common import icons
from views.common.table_model import table_view
from views.common.text import format_number
from views.common.worker import DatabaseWorker
from views.signals.company_signals import CompanySignalsModel

ROWS_SHOWN = 4  # the table's height in rows; more scroll


class MySignalsSection(QWidget):
    """Signals:
    open_signal(int): show this signal on the Meldingen page.
    loaded(int): this many open signals are the official's.
    """

    open_signal = Signal(int)
    loaded = Signal(int)

    def __init__(self, worker: DatabaseWorker) -> None:
        super().__init__()
        self.worker = worker
        self._ticket = 0
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.model = CompanySignalsModel()
        self.table = table_view(self.model, self.tr("My signals"))
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height() + ROWS_SHOWN * row_height + 4
        )
        self.empty = QLabel(
            self.tr("No open signals of yours. Signals you are made the handler of appear here.")
        )
        self.empty.setObjectName("muted")
        self.open_button = QPushButton(icons.icon("mdi6.open-in-app"), self.tr("Open signal"))
        self.open_button.clicked.connect(self.open_selected)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._show(self._ticket, [])

    def reload(self) -> None:
        me = self.worker.user_id
        if me is None:
            return
        self._ticket += 1
        ticket, today = self._ticket, date.today()
        self.worker.run(lambda s: svc.my_signals(s, me, today=today), lambda rows: self._show(ticket, rows))

    def _show(self, ticket: int, rows: list[SignalRow]) -> None:
        if ticket != self._ticket:
            return
        self.model.set_rows(rows)
        overdue = sum(1 for row in rows if row.overdue)
        text = self.tr("My signals: %1 open").replace("%1", format_number(len(rows)))
        if overdue:
            text += " · " + self.tr("%1 overdue").replace("%1", format_number(overdue))
        self.title.setText(text)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._selection_changed()
        self.loaded.emit(len(rows))

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self.table.currentIndex().isValid())

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        signal_id = self.model.id_at(index.row()) if index.isValid() else None
        if signal_id is not None:
            self.open_signal.emit(signal_id)
