"""The ambition plan, co-creation input, actions, indicators and their measurements."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Versioned, enum_column, reference_index
from models.i18n import QT_TRANSLATE_NOOP


class PlanStatus(enum.StrEnum):
    DRAFT = "draft"
    ADOPTED = "adopted"
    SUPERSEDED = "superseded"


PLAN_STATUS_LABELS = {
    PlanStatus.DRAFT: QT_TRANSLATE_NOOP("labels", "draft"),
    PlanStatus.ADOPTED: QT_TRANSLATE_NOOP("labels", "adopted"),
    PlanStatus.SUPERSEDED: QT_TRANSLATE_NOOP("labels", "superseded"),
}

# Themes offered for an ambition; free text is allowed.
AMBITION_THEMES = (
    QT_TRANSLATE_NOOP("labels", "business climate"),
    QT_TRANSLATE_NOOP("labels", "accessibility"),
    QT_TRANSLATE_NOOP("labels", "labour market"),
    QT_TRANSLATE_NOOP("labels", "sustainability"),
    QT_TRANSLATE_NOOP("labels", "town centres"),
)


class RespondentSector(enum.StrEnum):
    PUBLIC = "public"
    PRIVATE = "private"


RESPONDENT_SECTOR_LABELS = {
    RespondentSector.PUBLIC: QT_TRANSLATE_NOOP("labels", "public sector"),
    RespondentSector.PRIVATE: QT_TRANSLATE_NOOP("labels", "private sector"),
}


class CompanySize(enum.StrEnum):
    SELF_EMPLOYED = "self_employed"
    SME = "sme"
    LARGE = "large"
    STARTER = "starter"


COMPANY_SIZE_LABELS = {
    CompanySize.SELF_EMPLOYED: QT_TRANSLATE_NOOP("labels", "self-employed"),
    CompanySize.SME: QT_TRANSLATE_NOOP("labels", "small or medium-sized"),
    CompanySize.LARGE: QT_TRANSLATE_NOOP("labels", "large company"),
    CompanySize.STARTER: QT_TRANSLATE_NOOP("labels", "starter"),
}


class BusinessStage(enum.StrEnum):
    """Whether a respondent's business is just starting or established, apart from its size."""

    STARTER = "starter"
    ESTABLISHED = "established"


BUSINESS_STAGE_LABELS = {
    BusinessStage.STARTER: QT_TRANSLATE_NOOP("labels", "starting business"),
    BusinessStage.ESTABLISHED: QT_TRANSLATE_NOOP("labels", "established business"),
}


class InputChannel(enum.StrEnum):
    EMAIL = "email"
    WRITTEN = "written"  # a letter or a form
    PHONE = "phone"
    IN_PERSON = "in_person"
    MEETING = "meeting"


INPUT_CHANNEL_LABELS = {
    InputChannel.EMAIL: QT_TRANSLATE_NOOP("labels", "e-mail"),
    InputChannel.WRITTEN: QT_TRANSLATE_NOOP("labels", "in writing (letter or form)"),
    InputChannel.PHONE: QT_TRANSLATE_NOOP("labels", "phone call"),
    InputChannel.IN_PERSON: QT_TRANSLATE_NOOP("labels", "face to face"),
    InputChannel.MEETING: QT_TRANSLATE_NOOP("labels", "meeting"),
}


class ActionStatus(enum.StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


ACTION_STATUS_LABELS = {
    ActionStatus.PLANNED: QT_TRANSLATE_NOOP("labels", "planned"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("labels", "in progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("labels", "done"),
    ActionStatus.DROPPED: QT_TRANSLATE_NOOP("labels", "dropped"),
}


class Direction(enum.StrEnum):
    HIGHER = "higher"
    LOWER = "lower"


DIRECTION_LABELS = {
    Direction.HIGHER: QT_TRANSLATE_NOOP("labels", "higher is better"),
    Direction.LOWER: QT_TRANSLATE_NOOP("labels", "lower is better"),
}


class IndicatorSource(enum.StrEnum):
    """Where an indicator's values come from: typed in, or counted in the application's own data."""

    MANUAL = "manual"
    CONTACT_MOMENTS = "contact_moments"  # contact moments per quarter with companies in one kern
    OPEN_AGREEMENTS = "open_agreements"  # agreements open at the end of each quarter
    SIGNALS = "signals"  # signals reported per quarter in one kern (and the areas inside it)


INDICATOR_SOURCE_LABELS = {
    IndicatorSource.MANUAL: QT_TRANSLATE_NOOP("labels", "measurements entered by hand"),
    IndicatorSource.CONTACT_MOMENTS: QT_TRANSLATE_NOOP("labels", "contact moments per quarter in a kern"),
    IndicatorSource.OPEN_AGREEMENTS: QT_TRANSLATE_NOOP(
        "labels", "open agreements at the end of each quarter"
    ),
    IndicatorSource.SIGNALS: QT_TRANSLATE_NOOP("labels", "signals per quarter in a kern"),
}


class AmbitionPlan(Versioned, Base):
    """One version of the ambition document: a draft, adopted on a date, or superseded by a later one."""

    __tablename__ = "ambition_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    number: Mapped[int] = mapped_column(Integer)  # version 1, 2, … of the plan
    status: Mapped[PlanStatus] = mapped_column(
        enum_column(PlanStatus, "plan_status"), default=PlanStatus.DRAFT
    )
    adopted_on: Mapped[date | None] = mapped_column(Date)
    introduction: Mapped[str | None] = mapped_column(Text)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("ambition_plan.id"))
    # The kartrekker of the whole plan: ambtelijk (an official) and bestuurlijk (a portfolio holder).
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    portfolio_holder: Mapped[str | None] = mapped_column(String(200))
    portfolio: Mapped[str | None] = mapped_column(String(200))


class Ambition(Versioned, Base):
    """An ambition of a plan, under a theme, with the official who leads it (kartrekker)."""

    __tablename__ = "ambition"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("ambition_plan.id"), index=True)
    theme: Mapped[str] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))  # kartrekker ambtelijk
    # The kartrekker bestuurlijk: the portfolio holder (wethouder) by name, and the portfolio.
    portfolio_holder: Mapped[str | None] = mapped_column(String(200))
    portfolio: Mapped[str | None] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The same ambition in the plan's previous version (its actions and indicators move on adoption).
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("ambition.id"))


class Respondent(Versioned, Base):
    """Someone who gave input in the co-creation: a person, an organisation or a known company.

    Not tied to one version of the plan: the input stays when the plan is versioned, and its
    ideas are linked to the ambitions of whichever version they support.
    """

    __tablename__ = "respondent"
    # What a removed company (an import undone) is looked for by (revision 0023).
    __table_args__ = (reference_index("respondent", "company_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    sector: Mapped[RespondentSector] = mapped_column(enum_column(RespondentSector, "respondent_sector"))
    size: Mapped[CompanySize | None] = mapped_column(enum_column(CompanySize, "company_size"))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"))
    channel: Mapped[InputChannel] = mapped_column(enum_column(InputChannel, "input_channel"))
    stage: Mapped[BusinessStage | None] = mapped_column(enum_column(BusinessStage, "business_stage"))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id"))


class Idea(Versioned, Base):
    """An idea or suggestion of a respondent (inbreng), linked to the ambitions it supports."""

    __tablename__ = "idea"

    id: Mapped[int] = mapped_column(primary_key=True)
    respondent_id: Mapped[int] = mapped_column(ForeignKey("respondent.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    received_on: Mapped[date | None] = mapped_column(Date)


class IdeaAmbition(Base):
    __tablename__ = "idea_ambition"

    idea_id: Mapped[int] = mapped_column(ForeignKey("idea.id", ondelete="CASCADE"), primary_key=True)
    ambition_id: Mapped[int] = mapped_column(ForeignKey("ambition.id"), primary_key=True, index=True)


class Action(Versioned, Base):
    """Work that carries out an ambition: who, from when until when, and where it stands."""

    __tablename__ = "ambition_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    ambition_id: Mapped[int] = mapped_column(ForeignKey("ambition.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    start_date: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(
        enum_column(ActionStatus, "action_status"), default=ActionStatus.PLANNED
    )
    done_on: Mapped[date | None] = mapped_column(Date)
    # The indicator this action should move (one of its ambition's, or none).
    indicator_id: Mapped[int | None] = mapped_column(ForeignKey("indicator.id"), index=True)


class ActionCompany(Base):
    __tablename__ = "action_company"

    action_id: Mapped[int] = mapped_column(
        ForeignKey("ambition_action.id", ondelete="CASCADE"), primary_key=True
    )
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), primary_key=True, index=True)


class ActionAgreement(Base):
    __tablename__ = "action_agreement"

    action_id: Mapped[int] = mapped_column(
        ForeignKey("ambition_action.id", ondelete="CASCADE"), primary_key=True
    )
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), primary_key=True, index=True)


class Indicator(Versioned, Base):
    """What is monitored for an ambition: a unit, where it starts, where it should be by when."""

    __tablename__ = "indicator"

    id: Mapped[int] = mapped_column(primary_key=True)
    ambition_id: Mapped[int] = mapped_column(ForeignKey("ambition.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(40))
    baseline: Mapped[float | None] = mapped_column(Float)
    baseline_date: Mapped[date | None] = mapped_column(Date)
    target: Mapped[float] = mapped_column(Float)
    target_date: Mapped[date] = mapped_column(Date)
    direction: Mapped[Direction] = mapped_column(enum_column(Direction, "direction"))
    source: Mapped[IndicatorSource] = mapped_column(
        enum_column(IndicatorSource, "indicator_source"), default=IndicatorSource.MANUAL
    )
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"))  # the kern of a counted indicator
    plausible_min: Mapped[float | None] = mapped_column(Float)
    plausible_max: Mapped[float | None] = mapped_column(Float)


class Measurement(Versioned, Base):
    """A value of an indicator on a date."""

    __tablename__ = "measurement"
    __table_args__ = (Index("ix_measurement_indicator_date", "indicator_id", "measured_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"))
    measured_on: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str | None] = mapped_column(String(300))


# One draft at a time (issue 19): two officials pressing *Nieuwe versie* at once made two drafts of
# the same number. ``new_version`` tells the second who made the draft.
Index(
    "uq_ambition_plan_one_draft",
    AmbitionPlan.status,
    unique=True,
    sqlite_where=text("status = 'draft'"),
    postgresql_where=text("status = 'draft'"),
)
