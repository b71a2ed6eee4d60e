"""The plain records of the ambition plan: ambitions, input, actions, indicators, measurements.

Frozen dataclasses with no SQLAlchemy and no Qt, so the documents (``views/documents``), the
command line and the tests take them without a database session; the feature's services make them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.ambitions.entities import (
    ActionStatus,
    BusinessStage,
    CompanySize,
    Direction,
    IndicatorSource,
    InputChannel,
    PlanStatus,
    RespondentSector,
)
from models.ambitions.monitoring import Assessment, Progress


@dataclass(frozen=True, kw_only=True)
class PlanRecord:
    id: int
    version: int
    title: str
    number: int
    status: PlanStatus
    adopted_on: date | None
    introduction: str
    previous_id: int | None
    # The kartrekker of the whole plan: ambtelijk (an official) and bestuurlijk (a portfolio holder).
    lead_id: int | None = None
    lead: str | None = None
    portfolio_holder: str = ""
    portfolio: str = ""

    @property
    def editable(self) -> bool:
        return self.status == PlanStatus.DRAFT


@dataclass(frozen=True, kw_only=True)
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
    indicator_id: int | None = None  # the indicator this action should move
    indicator: str | None = None


@dataclass(frozen=True, kw_only=True)
class MeasurementRecord:
    id: int | None  # None: a computed value
    version: int
    measured_on: date
    value: float
    note: str


@dataclass(frozen=True, kw_only=True)
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


@dataclass(frozen=True, kw_only=True)
class IdeaRecord:
    id: int
    version: int
    respondent_id: int
    respondent: str
    sector: RespondentSector
    text: str
    received_on: date | None
    ambition_ids: list[int]


@dataclass(frozen=True, kw_only=True)
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
    stage: BusinessStage | None = None  # starter or established, apart from the size


@dataclass(frozen=True, kw_only=True)
class Support:
    """Who supports an ambition: how many respondents, and from which sectors and sizes."""

    respondents: int
    ideas: int
    sectors: dict[RespondentSector, int]
    sizes: dict[CompanySize, int]


@dataclass(frozen=True, kw_only=True)
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
    portfolio_holder: str = ""  # the kartrekker bestuurlijk
    portfolio: str = ""


@dataclass(frozen=True, kw_only=True)
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

    def actions_on(self, indicator_id: int) -> list[ActionRecord]:
        """The actions that name this indicator as the one they should move."""
        return [x for a in self.ambitions for x in a.actions if x.indicator_id == indicator_id]


@dataclass(frozen=True, kw_only=True)
class CompanyAction:
    """An action of the plan in force (or a draft, when none is adopted) that involves a company."""

    theme: str
    ambition: str
    action: str
    status: ActionStatus
    due_date: date | None


@dataclass(frozen=True, kw_only=True)
class MyAction:
    """An open action assigned to an official, for their Mijn werk: with its ambition and plan."""

    action: ActionRecord
    ambition: str
    plan_id: int
