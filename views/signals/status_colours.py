"""The colour of a signal's status in lists (overdue red, done green, as everywhere), apart from the
signal's detail view so that a list (Mijn werk, a company's signals) does not import the detail and
the documents it prints."""

from __future__ import annotations

from PySide6.QtGui import QColor

from models.signals.entities import SignalStatus
from views.consultations.agreements import DONE, MUTED, OVERDUE

SCHEDULED_COLOUR = QColor("#1f5fa8")


def colour_of(status: SignalStatus, overdue: bool) -> QColor | None:
    if overdue:
        return OVERDUE
    if status is SignalStatus.DONE:
        return DONE
    if status is SignalStatus.CANCELLED:
        return MUTED
    if status is SignalStatus.SCHEDULED:
        return SCHEDULED_COLOUR
    return None
