"""The plain records of the signal list.

Frozen dataclasses with no SQLAlchemy and no Qt, so the documents (``views/documents``), the
command line and the tests take them without a database session; the feature's services make them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from models.numbers import reference
from models.signals.entities import SignalSource, SignalStatus


def signal_number(signal_id: int) -> str:
    return reference("M", signal_id)


@dataclass(frozen=True, kw_only=True)
class SignalRow:
    """One line of the signal list."""

    id: int
    reported_at: datetime
    status: SignalStatus
    category: str
    description: str
    address: str
    area: str | None
    company: str | None
    reporter: str | None
    due_date: date | None
    overdue: bool
    shielded: bool = False  # there is a reporter, whose name the official's role may not read
    source: SignalSource | None = None
    handler: str | None = None  # the behandelaar's name

    @property
    def number(self) -> str:
        return signal_number(self.id)
