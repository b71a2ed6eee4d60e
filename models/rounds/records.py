"""The plain records of rounds, observations and the rounds' reports.

Frozen dataclasses with no SQLAlchemy and no Qt, so the documents (``views/documents``), the
command line and the tests take them without a database session; the feature's services make them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from models.consultations.records import AgreementRecord


@dataclass(frozen=True, kw_only=True)
class ObservationRecord:
    id: int
    version: int
    round_id: int
    observed_at: datetime
    category_id: int
    category: str
    street: str | None
    house_number: str | None
    area_id: int | None
    area: str | None
    company_id: int | None
    company: str | None
    finding: str
    action: str | None
    spoke_with: str | None
    follow_up: bool
    agreement_id: int | None
    signal_id: int | None
    postcode: str | None = None
    place: str | None = None
    contact_id: int | None = None  # the contact person spoken with, when one of the company's

    @property
    def location(self) -> str:
        """The street and what tells two streets of one name apart: "Kerkstraat 1, 1234 AB Loosdrecht"."""
        street = " ".join(p for p in (self.street, self.house_number) if p)
        where = " ".join(p for p in (self.postcode, self.place) if p)
        return ", ".join(p for p in (street, where) if p)

    @property
    def followed_up(self) -> bool:
        return self.agreement_id is not None or self.signal_id is not None


@dataclass(frozen=True, kw_only=True)
class RoundRecord:
    id: int
    version: int
    held_on: date
    title: str
    area_id: int | None
    area: str | None
    notes: str | None
    officials: list[tuple[int, str]]
    observations: list[ObservationRecord]

    @property
    def open_follow_ups(self) -> int:
        return sum(1 for o in self.observations if o.follow_up and not o.followed_up)


@dataclass(frozen=True, kw_only=True)
class DailyReport:
    day: date
    rounds: list[RoundRecord]
    agreements: list[AgreementRecord]  # made on the rounds of the day
    per_category: list[tuple[str, int]]  # most first

    @property
    def observation_count(self) -> int:
        return sum(len(r.observations) for r in self.rounds)


@dataclass(frozen=True, kw_only=True)
class EntrepreneurReport:
    company_id: int
    since: date
    until: date
    observations: list[tuple[RoundRecord, ObservationRecord]]
    agreements: list[AgreementRecord]
