"""The period a monitoring report covers, asked before the report is made."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from views.common.date_field import DateField


class MonitoringPeriodDialog(QDialog):
    """The period a monitoring report covers: from the first of January until today, or as chosen.

    Signals:
        chosen(object, object): the first and the last day of the period.
    """

    chosen = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Monitoring report"))
        today = date.today()
        self.since = DateField(date(today.year, 1, 1))
        self.until = DateField(today)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.since)
        form.addRow(self.tr("Up to and including"), self.until)
        form.addRow(self.message)
        make = QPushButton(self.tr("Make report"))
        make.setDefault(True)
        make.setObjectName("primary")
        make.clicked.connect(self._make)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(make)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def _make(self) -> None:
        unreadable = next((f for f in (self.since, self.until) if not f.is_valid()), None)
        if unreadable is not None:
            unreadable.setFocus()  # the field itself says what it cannot read
            return
        since, until = self.since.value(), self.until.value()
        if since is None or until is None or until < since:
            self.message.setText(self.tr("Choose a first and a last day; the last not before the first."))
            self.message.setVisible(True)
            return
        self.accept()
        self.chosen.emit(since, until)
