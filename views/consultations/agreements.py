"""How agreements look wherever they are listed: colours by urgency, status actions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTreeWidgetItem, QWidget

from models.consultations.entities import (
    AGREEMENT_STATUS_LABELS,
    OVERDUE_LABEL,
    RESPONSIBLE_LABELS,
    AgreementStatus,
)
from models.consultations.services import TRANSITIONS, AgreementRecord, week_end
from views.common import icons
from views.common.text import format_short_date, label
from views.common.worker import DatabaseWorker
from views.consultations.interaction_dialogs import AgreementStatusDialog

OVERDUE = QColor("#b3261e")
DUE_SOON = QColor("#b26a00")
DONE = QColor("#1e7d32")
MUTED = QColor("#6b7280")


def urgency_colour(record: AgreementRecord, today: date) -> QColor | None:
    """Overdue red, due this week amber, done green: the same everywhere in the application."""
    if record.status is AgreementStatus.DONE:
        return DONE
    if record.status is AgreementStatus.DROPPED:
        return MUTED
    if record.overdue:
        return OVERDUE
    if record.due_date is not None and record.due_date <= week_end(today):
        return DUE_SOON
    return None


def due_soon(record: AgreementRecord, today: date) -> bool:
    return urgency_colour(record, today) is DUE_SOON


def status_text(record: AgreementRecord, today: date | None = None) -> str:
    """The status in words, with what its colour says: overdue, or (given ``today``) due this week;
    the colour is never the only sign."""
    text = label(AGREEMENT_STATUS_LABELS[record.status])
    if record.overdue:
        return text + " · " + label(OVERDUE_LABEL)
    if today is not None and due_soon(record, today):
        return text + " · " + QCoreApplication.translate("agreements", "due this week")
    return text


def urgency_text(record: AgreementRecord, today: date) -> str:
    """ "overdue" or "due this week" (what the colour says), or "" when neither."""
    if record.overdue:
        return label(OVERDUE_LABEL)
    if due_soon(record, today):
        return QCoreApplication.translate("agreements", "due this week")
    return ""


def responsible_text(record: AgreementRecord) -> str:
    return label(RESPONSIBLE_LABELS[record.responsible])


def due_text(record: AgreementRecord) -> str:
    return format_short_date(record.due_date) if record.due_date else "—"


def paint(item: QTreeWidgetItem, record: AgreementRecord, today: date) -> None:
    colour = urgency_colour(record, today)
    if colour is not None:
        for column in range(item.columnCount()):
            item.setForeground(column, QBrush(colour))


_ORDER = (AgreementStatus.IN_PROGRESS, AgreementStatus.DONE, AgreementStatus.DROPPED, AgreementStatus.OPEN)


def actions(status: AgreementStatus) -> list[AgreementStatus]:
    """The statuses an agreement can move to, in the order the buttons show them."""
    return sorted(TRANSITIONS[status], key=_ORDER.index)


class AgreementActions(QWidget):
    """The buttons that move the selected agreement on.

    Signals:
        changed(): an agreement's status was saved.
    """

    changed = Signal()

    def __init__(self, worker: DatabaseWorker) -> None:
        super().__init__()
        self.worker = worker
        self.record: AgreementRecord | None = None
        texts = {
            AgreementStatus.IN_PROGRESS: (self.tr("Start"), "mdi6.progress-clock"),
            AgreementStatus.DONE: (self.tr("Complete…"), "mdi6.check-circle-outline"),
            AgreementStatus.DROPPED: (self.tr("Drop…"), "mdi6.close-circle-outline"),
            AgreementStatus.OPEN: (self.tr("Reopen"), "mdi6.restore"),
        }
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[AgreementStatus, QPushButton] = {}
        for status in _ORDER:
            text, icon = texts[status]
            button = QPushButton(icons.icon(icon), text)
            button.clicked.connect(lambda _checked=False, s=status: self.change_status(s))
            self.buttons[status] = button
            layout.addWidget(button)
        self.set_record(None)

    def set_record(self, record: AgreementRecord | None) -> None:
        """Every button keeps its place whatever is selected (a click where "Complete…" was never
        lands on "Drop…"); what does not apply to this agreement is disabled, not hidden."""
        self.record = record
        allowed = set(actions(record.status)) if record else set()
        for status, button in self.buttons.items():
            button.setEnabled(status in allowed)

    def change_status(self, status: AgreementStatus) -> None:
        if self.record is None:
            return
        dialog = AgreementStatusDialog(self.worker, self.record, status, self.window())
        dialog.saved.connect(lambda _r: self.changed.emit())
        dialog.open()
