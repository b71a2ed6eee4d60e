"""The plain records of interactions and their agreements.

Frozen dataclasses with no SQLAlchemy and no Qt, so the documents (``views/documents``), the
command line and the tests take them without a database session; the feature's services make them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from models.consultations.entities import OPEN_STATUSES, AgreementStatus, Channel, Responsible


@dataclass(frozen=True, kw_only=True)
class AgreementRecord:
    id: int
    version: int
    interaction_id: int
    company_id: int
    company_name: str
    description: str
    responsible: Responsible
    assignee_id: int | None
    assignee: str | None
    due_date: date | None
    status: AgreementStatus
    status_note: str | None
    closed_on: date | None
    made_on: date
    overdue: bool

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


@dataclass(frozen=True, kw_only=True)
class InteractionRecord:
    id: int
    version: int
    company_id: int
    company_version: int
    occurred_at: datetime
    channel: Channel
    subject: str
    report: str
    confidential: bool
    officials: list[tuple[int, str]]
    contacts: list[tuple[int, str]]
    agreements: list[AgreementRecord]
    created_by: str | None

    @property
    def open_agreements(self) -> int:
        return sum(1 for a in self.agreements if a.is_open)
