"""The plain records the services return: what a screen lists and a document draws.

Frozen dataclasses with no SQLAlchemy and no Qt, so the PDF layer (``views/pdf``), the command
line and the tests can take them without a database session. The services in
``models/services`` make them (and import them from here, so ``from models.companies.services
import CompanyFile`` keeps working); what each document shows is in ``models/documents.py``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from models.ambitions.entities import (
    ActionStatus,
    CompanySize,
    Direction,
    IndicatorSource,
    InputChannel,
    PlanStatus,
    RespondentSector,
)
from models.ambitions.monitoring import Assessment, Progress
from models.companies.entities import EstablishmentStatus
from models.consultations.entities import OPEN_STATUSES, AgreementStatus, Channel, Responsible
from models.signals.entities import SignalStatus

# -- identity ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Identity:
    name: str = "Gemeente Wijdemeren"
    address: str = "Rading 1\n1231 KB Loosdrecht\nwww.wijdemeren.nl"
    colour: str = "#1f5fa8"
    sender_name: str = ""
    sender_role: str = ""
    confidentiality: str = "Vertrouwelijk"
    logo: bytes | None = None  # PNG or JPEG

    @property
    def address_lines(self) -> list[str]:
        return [line for line in self.address.splitlines() if line.strip()]


# -- companies -----------------------------------------------------------------------------


@dataclass(frozen=True)
class EstablishmentRecord:
    id: int
    version: int
    trade_name: str
    establishment_number: str | None
    street: str
    house_number: str
    postcode: str
    city: str
    area_id: int | None
    area: str | None
    sbi_code: str | None
    sector: str | None
    employees: int | None
    status: EstablishmentStatus
    is_main: bool
    phone: str | None
    email: str | None

    @property
    def address(self) -> str:
        return f"{self.street} {self.house_number}, {self.postcode} {self.city}"


@dataclass(frozen=True)
class ContactRecord:
    id: int
    version: int
    link_id: int
    link_version: int
    first_name: str | None
    name_prefix: str | None
    last_name: str
    role: str | None
    email: str | None
    phone: str | None
    notes: str | None
    other_companies: int

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.name_prefix, self.last_name) if p)


@dataclass(frozen=True)
class CompanyFile:
    id: int
    version: int
    name: str
    kvk_number: str | None
    legal_name: str | None
    legal_form: str | None
    account_manager_id: int | None
    account_manager: str | None
    email: str | None
    phone: str | None
    website: str | None
    notes: str | None
    archived_at: datetime | None
    updated_at: datetime
    establishments: list[EstablishmentRecord] = field(default_factory=list)
    contacts: list[ContactRecord] = field(default_factory=list)

    @property
    def main(self) -> EstablishmentRecord | None:
        return next(
            (e for e in self.establishments if e.is_main),
            self.establishments[0] if self.establishments else None,
        )


# -- consultations -------------------------------------------------------------------------


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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


# -- rounds --------------------------------------------------------------------------------


@dataclass(frozen=True)
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

    @property
    def location(self) -> str:
        return " ".join(p for p in (self.street, self.house_number) if p)

    @property
    def followed_up(self) -> bool:
        return self.agreement_id is not None or self.signal_id is not None


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class DailyReport:
    day: date
    rounds: list[RoundRecord]
    agreements: list[AgreementRecord]  # made on the rounds of the day
    per_category: list[tuple[str, int]]  # most first

    @property
    def observation_count(self) -> int:
        return sum(len(r.observations) for r in self.rounds)


@dataclass(frozen=True)
class EntrepreneurReport:
    company_id: int
    since: date
    until: date
    observations: list[tuple[RoundRecord, ObservationRecord]]
    agreements: list[AgreementRecord]


# -- signals -------------------------------------------------------------------------------


def signal_number(signal_id: int) -> str:
    return f"M-{signal_id}"


@dataclass(frozen=True)
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

    @property
    def number(self) -> str:
        return signal_number(self.id)


# -- hotspots ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hotspot:
    key: int | str | None  # the area id, the street name or the category id
    label: str
    signals: int
    observations: int
    overdue: int

    @property
    def total(self) -> int:
        return self.signals + self.observations


@dataclass(frozen=True)
class WeekCount:
    week: date  # the Monday the week starts
    signals: int
    observations: int


# -- desk ----------------------------------------------------------------------------------


class ArticleState(enum.StrEnum):
    VALID = "valid"
    PAST_REVIEW = "past_review"
    UPCOMING = "upcoming"
    EXPIRED = "expired"


@dataclass(frozen=True)
class ArticleRecord:
    id: int
    version: int
    question: str
    answer: str
    tags: tuple[str, ...]
    department: str | None
    valid_from: date | None
    valid_until: date | None
    review_on: date | None
    state: ArticleState
    archived: bool
    score: float = 0.0

    @property
    def is_valid(self) -> bool:
        return self.state in (ArticleState.VALID, ArticleState.PAST_REVIEW) and not self.archived

    @property
    def needs_review(self) -> bool:
        return self.state in (ArticleState.PAST_REVIEW, ArticleState.EXPIRED) and not self.archived


# -- ambitions -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanRecord:
    id: int
    version: int
    title: str
    number: int
    status: PlanStatus
    adopted_on: date | None
    introduction: str
    previous_id: int | None

    @property
    def editable(self) -> bool:
        return self.status == PlanStatus.DRAFT


@dataclass(frozen=True)
class ActionRecord:
    id: int
    version: int
    ambition_id: int
    title: str
    description: str
    owner_id: int | None
    owner: str | None
    start_date: date | None
    due_date: date | None
    status: ActionStatus
    done_on: date | None
    late: bool
    companies: list[tuple[int, str]]
    agreements: list[tuple[int, str]]


@dataclass(frozen=True)
class MeasurementRecord:
    id: int | None  # None: a computed value
    version: int
    measured_on: date
    value: float
    note: str


@dataclass(frozen=True)
class IndicatorRecord:
    id: int
    version: int
    ambition_id: int
    name: str
    unit: str
    baseline: float | None
    baseline_date: date | None
    target: float
    target_date: date
    direction: Direction
    source: IndicatorSource
    area_id: int | None
    area: str | None
    plausible_min: float | None
    plausible_max: float | None
    measurements: list[MeasurementRecord]
    assessment: Assessment

    @property
    def computed(self) -> bool:
        return self.source != IndicatorSource.MANUAL


@dataclass(frozen=True)
class IdeaRecord:
    id: int
    version: int
    respondent_id: int
    respondent: str
    sector: RespondentSector
    text: str
    received_on: date | None
    ambition_ids: list[int]


@dataclass(frozen=True)
class RespondentRecord:
    id: int
    version: int
    name: str
    sector: RespondentSector
    size: CompanySize | None
    area_id: int | None
    area: str | None
    channel: InputChannel
    company_id: int | None
    company: str | None
    ideas: list[IdeaRecord]


@dataclass(frozen=True)
class Support:
    """Who supports an ambition: how many respondents, and from which sectors and sizes."""

    respondents: int
    ideas: int
    sectors: dict[RespondentSector, int]
    sizes: dict[CompanySize, int]


@dataclass(frozen=True)
class AmbitionRecord:
    id: int
    version: int
    plan_id: int
    theme: str
    title: str
    description: str
    lead_id: int | None
    lead: str | None
    position: int
    actions: list[ActionRecord]
    indicators: list[IndicatorRecord]
    ideas: list[IdeaRecord]
    progress: Progress
    support: Support


@dataclass(frozen=True)
class PlanOverview:
    """Everything about one version of the plan: the dashboard and both PDFs read this."""

    plan: PlanRecord
    ambitions: list[AmbitionRecord]
    respondents: list[RespondentRecord]
    today: date

    @property
    def ideas(self) -> list[IdeaRecord]:
        return [idea for r in self.respondents for idea in r.ideas]

    @property
    def unlinked_ideas(self) -> list[IdeaRecord]:
        """Ideas linked to no ambition of this version of the plan."""
        mine = {a.id for a in self.ambitions}
        return [idea for idea in self.ideas if not mine.intersection(idea.ambition_ids)]

    def ambition(self, ambition_id: int) -> AmbitionRecord | None:
        return next((a for a in self.ambitions if a.id == ambition_id), None)

    def indicator(self, indicator_id: int) -> IndicatorRecord | None:
        return next((i for a in self.ambitions for i in a.indicators if i.id == indicator_id), None)


@dataclass(frozen=True)
class CompanyAction:
    """An action of the plan in force (or a draft, when none is adopted) that involves a company."""

    theme: str
    ambition: str
    action: str
    status: ActionStatus
    due_date: date | None
