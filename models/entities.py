"""The entities of a company file: companies, establishments, contact persons, areas, officials."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime, Versioned, utcnow
from models.i18n import QT_TRANSLATE_NOOP

LABELS = "labels"


class Role(enum.StrEnum):
    """What an official does; the screen shows the Dutch name."""

    BUSINESS_MANAGER = "business_manager"
    OFFICIAL = "official"
    DESK = "desk"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"


ROLE_LABELS = {
    Role.BUSINESS_MANAGER: QT_TRANSLATE_NOOP("labels", "business manager"),
    Role.OFFICIAL: QT_TRANSLATE_NOOP("labels", "policy officer"),
    Role.DESK: QT_TRANSLATE_NOOP("labels", "desk officer"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("labels", "supervisor"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("labels", "administrator"),
}


class AreaKind(enum.StrEnum):
    KERN = "kern"
    SHOPPING = "shopping"
    BUSINESS_PARK = "business_park"
    NATURE = "nature"


AREA_KIND_LABELS = {
    AreaKind.KERN: QT_TRANSLATE_NOOP("labels", "village or town"),
    AreaKind.SHOPPING: QT_TRANSLATE_NOOP("labels", "shopping area"),
    AreaKind.BUSINESS_PARK: QT_TRANSLATE_NOOP("labels", "business park"),
    AreaKind.NATURE: QT_TRANSLATE_NOOP("labels", "nature area"),
}


class EstablishmentStatus(enum.StrEnum):
    ACTIVE = "active"
    MOVED = "moved"
    CLOSED = "closed"


ESTABLISHMENT_STATUS_LABELS = {
    EstablishmentStatus.ACTIVE: QT_TRANSLATE_NOOP("labels", "active"),
    EstablishmentStatus.MOVED: QT_TRANSLATE_NOOP("labels", "moved"),
    EstablishmentStatus.CLOSED: QT_TRANSLATE_NOOP("labels", "closed"),
}

# Roles a contact person has at a company; free text is allowed, these are offered.
CONTACT_ROLES = (
    QT_TRANSLATE_NOOP("labels", "owner"),
    QT_TRANSLATE_NOOP("labels", "director"),
    QT_TRANSLATE_NOOP("labels", "manager"),
    QT_TRANSLATE_NOOP("labels", "secretary"),
    QT_TRANSLATE_NOOP("labels", "bookkeeper"),
    QT_TRANSLATE_NOOP("labels", "employee"),
)

LEGAL_FORMS = (
    "Eenmanszaak",
    "Vennootschap onder firma",
    "Maatschap",
    "Commanditaire vennootschap",
    "Besloten vennootschap",
    "Naamloze vennootschap",
    "Stichting",
    "Vereniging",
    "Coöperatie",
)


def _enum(kind: type[enum.Enum], name: str) -> Enum:
    # Stored as plain strings with a CHECK, so both databases read them the same way.
    return Enum(kind, name=name, native_enum=False, length=20, values_callable=lambda k: [m.value for m in k])


class User(Versioned, Base):
    """An official (medewerker)."""

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))
    role: Mapped[Role] = mapped_column(_enum(Role, "role"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Area(Versioned, Base):
    """A kern, shopping area, business park or nature area; areas nest (a shopping area in a kern)."""

    __tablename__ = "area"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[AreaKind] = mapped_column(_enum(AreaKind, "area_kind"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"))

    parent: Mapped[Area | None] = relationship(remote_side=[id])


class Sector(Base):
    """An SBI code (Standaard Bedrijfsindeling) with its description."""

    __tablename__ = "sector"

    code: Mapped[str] = mapped_column(String(6), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class Company(Versioned, Base):
    """A company (onderneming): the legal entity whose file the municipality keeps."""

    __tablename__ = "company"
    __table_args__ = (
        # The company list: active companies by name, read from the index alone. Partial, so
        # that "not archived" is not mistaken for a selective filter by the query planner.
        Index(
            "ix_company_active_name",
            "name_folded",
            "id",
            sqlite_where=text("archived_at IS NULL"),
            postgresql_where=text("archived_at IS NULL"),
        ),
        # The few archived companies, so that "not archived" can be checked as "not among
        # these" without reading the whole table (Mijn werk's counts).
        Index(
            "ix_company_archived",
            "id",
            sqlite_where=text("archived_at IS NOT NULL"),
            postgresql_where=text("archived_at IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kvk_number: Mapped[str | None] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(200), index=True)
    legal_name: Mapped[str | None] = mapped_column(String(200))
    legal_form: Mapped[str | None] = mapped_column(String(60))
    account_manager_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))
    website: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    account_manager: Mapped[User | None] = relationship(foreign_keys=[account_manager_id])
    establishments: Mapped[list[Establishment]] = relationship(
        back_populates="company", order_by="(Establishment.is_main.desc(), Establishment.id)"
    )
    contact_links: Mapped[list[CompanyContact]] = relationship(back_populates="company")


class Establishment(Versioned, Base):
    """A place of business (vestiging) of a company in the municipality."""

    __tablename__ = "establishment"
    __table_args__ = (
        Index("ix_establishment_company_main", "company_id", "is_main"),
        Index("ix_establishment_postcode", "postcode_compact"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    establishment_number: Mapped[str | None] = mapped_column(String(12), unique=True)
    trade_name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(120))
    house_number: Mapped[str] = mapped_column(String(20))
    postcode: Mapped[str] = mapped_column(String(7))
    postcode_compact: Mapped[str] = mapped_column(String(6))
    city: Mapped[str] = mapped_column(String(80))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), index=True)
    sbi_code: Mapped[str | None] = mapped_column(ForeignKey("sector.code"), index=True)
    employees: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[EstablishmentStatus] = mapped_column(
        _enum(EstablishmentStatus, "establishment_status"), default=EstablishmentStatus.ACTIVE, index=True
    )
    is_main: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    company: Mapped[Company] = relationship(back_populates="establishments")
    area: Mapped[Area | None] = relationship()
    sector: Mapped[Sector | None] = relationship()

    @property
    def address(self) -> str:
        return f"{self.street} {self.house_number}, {self.postcode} {self.city}"


class Contact(Versioned, Base):
    """A contact person; linked to one or more companies, each time with a role."""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str | None] = mapped_column(String(80))
    name_prefix: Mapped[str | None] = mapped_column(String(20))  # tussenvoegsel: van, de, van der
    last_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(Text)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    company_links: Mapped[list[CompanyContact]] = relationship(back_populates="contact")

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.name_prefix, self.last_name) if part)


class CompanyContact(Versioned, Base):
    """The link between a company and a contact person, with the person's role there."""

    __tablename__ = "company_contact"
    __table_args__ = (UniqueConstraint("company_id", "contact_id", name="uq_company_contact_pair"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"), index=True)
    role: Mapped[str | None] = mapped_column(String(60))

    company: Mapped[Company] = relationship(back_populates="contact_links")
    contact: Mapped[Contact] = relationship(back_populates="company_links")


class AuditEntry(Base):
    """One changed field of one record: who, when, from which value to which."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_record", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)

    user: Mapped[User | None] = relationship()


# -- consultations: contact moments and the agreements made in them --------------------------


class Channel(enum.StrEnum):
    VISIT = "visit"
    PHONE = "phone"
    EMAIL = "email"
    DESK = "desk"
    ROUND = "round"
    MEETING = "meeting"


CHANNEL_LABELS = {
    Channel.VISIT: QT_TRANSLATE_NOOP("labels", "visit"),
    Channel.PHONE: QT_TRANSLATE_NOOP("labels", "phone call"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("labels", "e-mail"),
    Channel.DESK: QT_TRANSLATE_NOOP("labels", "desk"),
    Channel.ROUND: QT_TRANSLATE_NOOP("labels", "round"),
    Channel.MEETING: QT_TRANSLATE_NOOP("labels", "meeting"),
}


class Responsible(enum.StrEnum):
    MUNICIPALITY = "municipality"
    ENTREPRENEUR = "entrepreneur"
    THIRD_PARTY = "third_party"


RESPONSIBLE_LABELS = {
    Responsible.MUNICIPALITY: QT_TRANSLATE_NOOP("labels", "municipality"),
    Responsible.ENTREPRENEUR: QT_TRANSLATE_NOOP("labels", "entrepreneur"),
    Responsible.THIRD_PARTY: QT_TRANSLATE_NOOP("labels", "third party"),
}


class AgreementStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


AGREEMENT_STATUS_LABELS = {
    AgreementStatus.OPEN: QT_TRANSLATE_NOOP("labels", "open"),
    AgreementStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("labels", "in progress"),
    AgreementStatus.DONE: QT_TRANSLATE_NOOP("labels", "done"),
    AgreementStatus.DROPPED: QT_TRANSLATE_NOOP("labels", "dropped"),
}
OPEN_STATUSES = (AgreementStatus.OPEN, AgreementStatus.IN_PROGRESS)
OVERDUE_LABEL = QT_TRANSLATE_NOOP("labels", "overdue")


class Interaction(Versioned, Base):
    """A contact moment (Klantcontact): who spoke with the company, when, how and about what."""

    __tablename__ = "interaction"
    __table_args__ = (Index("ix_interaction_company_time", "company_id", "occurred_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    channel: Mapped[Channel] = mapped_column(_enum(Channel, "channel"))
    subject: Mapped[str] = mapped_column(String(200))
    # The conversation report as Markdown: paragraphs, bullets and bold, readable as plain text.
    report: Mapped[str | None] = mapped_column(Text)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    company: Mapped[Company] = relationship()
    officials: Mapped[list[User]] = relationship(secondary="interaction_official", order_by="User.full_name")
    contacts: Mapped[list[Contact]] = relationship(
        secondary="interaction_contact", order_by="Contact.last_name"
    )
    agreements: Mapped[list[Agreement]] = relationship(back_populates="interaction", order_by="Agreement.id")


class InteractionOfficial(Base):
    __tablename__ = "interaction_official"

    interaction_id: Mapped[int] = mapped_column(
        ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), primary_key=True, index=True)


class InteractionContact(Base):
    __tablename__ = "interaction_contact"

    interaction_id: Mapped[int] = mapped_column(
        ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"), primary_key=True, index=True)


class Agreement(Versioned, Base):
    """What was agreed in a contact moment, who sees to it, and by when. Overdue is derived."""

    __tablename__ = "agreement"
    __table_args__ = (
        # Mijn werk: ordered by due date per official (or the team) and status; the company
        # is in the index so the counts never read the table.
        Index("ix_agreement_assignee_open", "assignee_id", "status", "due_date", "company_id"),
        Index("ix_agreement_company_status", "company_id", "status"),
        Index("ix_agreement_status_due", "status", "due_date", "company_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interaction.id"), index=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    description: Mapped[str] = mapped_column(Text)
    responsible: Mapped[Responsible] = mapped_column(_enum(Responsible, "responsible"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[AgreementStatus] = mapped_column(
        _enum(AgreementStatus, "agreement_status"), default=AgreementStatus.OPEN
    )
    status_note: Mapped[str | None] = mapped_column(Text)
    closed_on: Mapped[date | None] = mapped_column(Date)

    interaction: Mapped[Interaction] = relationship(back_populates="agreements")
    assignee: Mapped[User | None] = relationship(foreign_keys=[assignee_id])


class AppSetting(Base):
    """A setting shared by everyone on this database (the municipality's identity on PDFs)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)
    data: Mapped[bytes | None] = mapped_column(LargeBinary)


# -- the desk (ondernemersloket): the knowledge base and the questions asked at the desk -----


class KnowledgeArticle(Versioned, Base):
    """A standard question and answer for the desk (kennisbankartikel).

    Rules change often, so an article has a validity period and a review date: outside its
    period it is never offered as valid, and past its review date it is marked.
    ``tags`` are kept as one comma-separated text (a handful per article; they are searched
    and counted, never joined on).
    """

    __tablename__ = "knowledge_article"
    __table_args__ = (Index("ix_knowledge_article_review", "review_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    question: Mapped[str] = mapped_column(String(300))
    answer: Mapped[str] = mapped_column(Text)  # Markdown, like a conversation report
    tags: Mapped[str] = mapped_column(String(400), default="")
    department: Mapped[str | None] = mapped_column(String(120))
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    review_on: Mapped[date | None] = mapped_column(Date)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    @property
    def tag_list(self) -> list[str]:
        return [t.strip() for t in self.tags.split(",") if t.strip()]


DESK_CHANNELS = (Channel.DESK, Channel.PHONE, Channel.EMAIL)


class DeskQuestion(Versioned, Base):
    """One question asked at the desk, by phone or by e-mail, and how it was answered.

    Kept apart from ``Interaction`` because a visitor need not be a known company (a starter,
    a citizen): every question is logged here; when the company is known it also becomes a
    contact moment in the company's file (``interaction_id``), and a handover is an
    agreement made in that contact moment (``agreement_id``).
    """

    __tablename__ = "desk_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    channel: Mapped[Channel] = mapped_column(_enum(Channel, "channel"))
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str | None] = mapped_column(Text)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("knowledge_article.id"), index=True)
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"))
    visitor: Mapped[str | None] = mapped_column(String(200))  # who asked, when not a known company
    official_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interaction.id"))
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"))


# -- ambitions: the ambition plan, co-creation input, actions and indicators (issue 5) ----------


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


class InputChannel(enum.StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    IN_PERSON = "in_person"
    MEETING = "meeting"


INPUT_CHANNEL_LABELS = {
    InputChannel.EMAIL: QT_TRANSLATE_NOOP("labels", "e-mail"),
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
    status: Mapped[PlanStatus] = mapped_column(_enum(PlanStatus, "plan_status"), default=PlanStatus.DRAFT)
    adopted_on: Mapped[date | None] = mapped_column(Date)
    introduction: Mapped[str | None] = mapped_column(Text)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("ambition_plan.id"))


class Ambition(Versioned, Base):
    """An ambition of a plan, under a theme, with the official who leads it (kartrekker)."""

    __tablename__ = "ambition"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("ambition_plan.id"), index=True)
    theme: Mapped[str] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The same ambition in the plan's previous version (its actions and indicators move on adoption).
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("ambition.id"))


class Respondent(Versioned, Base):
    """Someone who gave input in the co-creation: a person, an organisation or a known company.

    Not tied to one version of the plan: the input stays when the plan is versioned, and its
    ideas are linked to the ambitions of whichever version they support.
    """

    __tablename__ = "respondent"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    sector: Mapped[RespondentSector] = mapped_column(_enum(RespondentSector, "respondent_sector"))
    size: Mapped[CompanySize | None] = mapped_column(_enum(CompanySize, "company_size"))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"))
    channel: Mapped[InputChannel] = mapped_column(_enum(InputChannel, "input_channel"))
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
        _enum(ActionStatus, "action_status"), default=ActionStatus.PLANNED
    )
    done_on: Mapped[date | None] = mapped_column(Date)


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
    direction: Mapped[Direction] = mapped_column(_enum(Direction, "direction"))
    source: Mapped[IndicatorSource] = mapped_column(
        _enum(IndicatorSource, "indicator_source"), default=IndicatorSource.MANUAL
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


# -- signals: reports by citizens and entrepreneurs, and the feedback they get (issue 4) -------


class SignalSource(enum.StrEnum):
    CITIZEN = "citizen"
    ENTREPRENEUR = "entrepreneur"
    SURVEY = "survey"
    SOCIAL_MEDIA = "social_media"
    SUPERVISOR = "supervisor"


SIGNAL_SOURCE_LABELS = {
    SignalSource.CITIZEN: QT_TRANSLATE_NOOP("labels", "report by a citizen"),
    SignalSource.ENTREPRENEUR: QT_TRANSLATE_NOOP("labels", "report by an entrepreneur"),
    SignalSource.SURVEY: QT_TRANSLATE_NOOP("labels", "resident survey"),
    SignalSource.SOCIAL_MEDIA: QT_TRANSLATE_NOOP("labels", "social media"),
    SignalSource.SUPERVISOR: QT_TRANSLATE_NOOP("labels", "supervisor's own observation"),
}


class SignalStatus(enum.StrEnum):
    """The statuses of Signalen: gemeld → in behandeling → ingepland → afgehandeld (heropend, geannuleerd)."""

    REPORTED = "reported"
    HANDLING = "handling"
    SCHEDULED = "scheduled"
    DONE = "done"
    REOPENED = "reopened"
    CANCELLED = "cancelled"


SIGNAL_STATUS_LABELS = {
    SignalStatus.REPORTED: QT_TRANSLATE_NOOP("labels", "reported"),
    SignalStatus.HANDLING: QT_TRANSLATE_NOOP("labels", "being handled"),
    SignalStatus.SCHEDULED: QT_TRANSLATE_NOOP("labels", "scheduled"),
    SignalStatus.DONE: QT_TRANSLATE_NOOP("labels", "handled"),
    SignalStatus.REOPENED: QT_TRANSLATE_NOOP("labels", "reopened"),
    SignalStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "cancelled"),
}
# Not yet answered: these count against the category's target handling time.
SIGNAL_WAITING = (SignalStatus.REPORTED, SignalStatus.HANDLING, SignalStatus.REOPENED)
SIGNAL_OPEN = (*SIGNAL_WAITING, SignalStatus.SCHEDULED)


class SignalCategory(Versioned, Base):
    """A kind of signal (a tree the administrator keeps) with its target handling time in working days."""

    __tablename__ = "signal_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("signal_category.id"))
    target_days: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Signal(Versioned, Base):
    """A signal (melding): what was reported where, by whom, and where its handling stands.

    ``due_date`` is the category's target counted in working days from the report (or the
    reopening), stored so that "overdue" is an indexed condition; ``search_text`` holds the
    folded words a signal is found by (reporter, address, company, description).
    """

    __tablename__ = "signal"
    __table_args__ = (
        Index("ix_signal_status_due", "status", "due_date"),
        Index("ix_signal_reported_at", "reported_at"),
        # Covering: the hotspot overview counts per area, category or street from the index alone.
        Index("ix_signal_area_period", "area_id", "reported_at", "status", "due_date"),
        Index("ix_signal_category_period", "category_id", "reported_at", "status", "due_date"),
        Index("ix_signal_street_period", "street", "reported_at", "status", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    source: Mapped[SignalSource] = mapped_column(_enum(SignalSource, "signal_source"))
    category_id: Mapped[int] = mapped_column(ForeignKey("signal_category.id"))
    status: Mapped[SignalStatus] = mapped_column(
        _enum(SignalStatus, "signal_status"), default=SignalStatus.REPORTED
    )
    description: Mapped[str] = mapped_column(Text)
    street: Mapped[str | None] = mapped_column(String(120))
    house_number: Mapped[str | None] = mapped_column(String(20))
    postcode: Mapped[str | None] = mapped_column(String(7))
    city: Mapped[str | None] = mapped_column(String(80))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id"), index=True)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    reporter_name: Mapped[str | None] = mapped_column(String(200))
    reporter_phone: Mapped[str | None] = mapped_column(String(20), index=True)  # E.164
    reporter_email: Mapped[str | None] = mapped_column(String(254), index=True)  # normalised, lower case
    wants_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    due_date: Mapped[date | None] = mapped_column(Date)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    search_text: Mapped[str] = mapped_column(Text, default="")

    category: Mapped[SignalCategory] = relationship()


class SignalEvent(Base):
    """One step in a signal's history (ZGW *Status* with *statustoelichting*): who, when, and the
    feedback given to the reporter. Never changed afterwards."""

    __tablename__ = "signal_event"
    __table_args__ = (Index("ix_signal_event_signal", "signal_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    signal_id: Mapped[int] = mapped_column(ForeignKey("signal.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    from_status: Mapped[SignalStatus | None] = mapped_column(_enum(SignalStatus, "signal_status"))
    to_status: Mapped[SignalStatus] = mapped_column(_enum(SignalStatus, "signal_status"))
    found: Mapped[str | None] = mapped_column(Text)  # what was found
    done: Mapped[str | None] = mapped_column(Text)  # what was done
    planned: Mapped[str | None] = mapped_column(Text)  # what is planned
    planned_on: Mapped[date | None] = mapped_column(Date)
    feedback: Mapped[str | None] = mapped_column(Text)  # the message to the reporter, as sent
    template_id: Mapped[int | None] = mapped_column(ForeignKey("feedback_template.id"))


class FeedbackTemplate(Versioned, Base):
    """A feedback text with placeholders ({naam}, {bevinding}, …), offered for one status or all."""

    __tablename__ = "feedback_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    status: Mapped[SignalStatus | None] = mapped_column(_enum(SignalStatus, "signal_status"))
    body: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


# -- supervision rounds and what was observed on them (issue 4) -------------------------------


class Round(Versioned, Base):
    """A supervision round (ronde): a day, an area and the supervisors who walked it."""

    __tablename__ = "supervision_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"))
    title: Mapped[str] = mapped_column(String(200))  # "Winkelstraten Loosdrecht", "Horeca avondronde"
    notes: Mapped[str | None] = mapped_column(Text)


class RoundOfficial(Base):
    __tablename__ = "supervision_round_official"

    round_id: Mapped[int] = mapped_column(
        ForeignKey("supervision_round.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), primary_key=True, index=True)


class Observation(Versioned, Base):
    """What a supervisor saw where on a round, what they advised or did, and whether it needs
    follow-up; the follow-up is an agreement with the entrepreneur or a signal, linked here."""

    __tablename__ = "observation"
    __table_args__ = (
        Index("ix_observation_round", "round_id", "observed_at"),
        Index("ix_observation_company_time", "company_id", "observed_at"),
        Index("ix_observation_period", "observed_at", "area_id", "category_id", "street"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("supervision_round.id"))
    observed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    category_id: Mapped[int] = mapped_column(ForeignKey("signal_category.id"))
    street: Mapped[str | None] = mapped_column(String(120))
    house_number: Mapped[str | None] = mapped_column(String(20))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id"))
    finding: Mapped[str] = mapped_column(Text)
    action: Mapped[str | None] = mapped_column(Text)  # the advice given or the action taken
    spoke_with: Mapped[str | None] = mapped_column(String(200))  # a conversation held, with whom
    follow_up: Mapped[bool] = mapped_column(Boolean, default=False)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"))
    signal_id: Mapped[int | None] = mapped_column(ForeignKey("signal.id"))
