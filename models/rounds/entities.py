"""Supervision rounds and what was observed on them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, Versioned, reference_index


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
    follow-up; the follow-up is an agreement with the entrepreneur or a signal, linked here.

    ``search_text`` holds the folded words it is found by (address, company, finding, advice, with
    whom was spoken), indexed by revision 0012.
    """

    __tablename__ = "observation"
    __table_args__ = (
        Index("ix_observation_round", "round_id", "observed_at"),
        Index("ix_observation_company_time", "company_id", "observed_at"),
        Index("ix_observation_period", "observed_at", "area_id", "category_id", "street"),
        # What a removed signal, agreement or contact person is looked for by (revision 0023).
        *(reference_index("observation", c) for c in ("signal_id", "agreement_id", "contact_id")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The uuid the form made once: a create retried after a lost answer finds the first (issue 19).
    client_token: Mapped[str | None] = mapped_column(String(36))
    round_id: Mapped[int] = mapped_column(ForeignKey("supervision_round.id"))
    observed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    category_id: Mapped[int] = mapped_column(ForeignKey("signal_category.id"))
    street: Mapped[str | None] = mapped_column(String(120))
    house_number: Mapped[str | None] = mapped_column(String(20))
    # Two streets of one name exist in a municipality of several kernen: the postcode or the place says which.
    postcode: Mapped[str | None] = mapped_column(String(7))
    place: Mapped[str | None] = mapped_column(String(120))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id"))
    finding: Mapped[str] = mapped_column(Text)
    action: Mapped[str | None] = mapped_column(Text)  # the advice given or the action taken
    spoke_with: Mapped[str | None] = mapped_column(String(200))  # a conversation held, with whom
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"))  # … when a contact person
    follow_up: Mapped[bool] = mapped_column(Boolean, default=False)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"))
    signal_id: Mapped[int | None] = mapped_column(ForeignKey("signal.id"))
    search_text: Mapped[str] = mapped_column(Text, default="")


Index("uq_observation_client_token", Observation.client_token, unique=True)
