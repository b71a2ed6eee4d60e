"""Contact moments (consultations) and the agreements made in them."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime, Versioned, enum_column
from models.companies.entities import Contact
from models.i18n import QT_TRANSLATE_NOOP
from models.team.entities import User

if TYPE_CHECKING:
    from models.companies.entities import Company


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
    # The uuid the form made once: a create retried after a lost answer finds the first (issue 19).
    client_token: Mapped[str | None] = mapped_column(String(36))
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    channel: Mapped[Channel] = mapped_column(enum_column(Channel, "channel"))
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
    responsible: Mapped[Responsible] = mapped_column(enum_column(Responsible, "responsible"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[AgreementStatus] = mapped_column(
        enum_column(AgreementStatus, "agreement_status"), default=AgreementStatus.OPEN
    )
    status_note: Mapped[str | None] = mapped_column(Text)
    closed_on: Mapped[date | None] = mapped_column(Date)

    interaction: Mapped[Interaction] = relationship(back_populates="agreements")
    assignee: Mapped[User | None] = relationship(foreign_keys=[assignee_id])


Index("uq_interaction_client_token", Interaction.client_token, unique=True)
