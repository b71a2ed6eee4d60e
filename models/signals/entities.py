"""Signals (meldingen) by citizens and entrepreneurs, their history and the feedback they get."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime, Versioned, enum_column, utcnow
from models.i18n import QT_TRANSLATE_NOOP


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


# The same, short enough for a list's column and filter.
SIGNAL_SOURCE_SHORT = {
    SignalSource.CITIZEN: QT_TRANSLATE_NOOP("labels", "citizen"),
    SignalSource.ENTREPRENEUR: QT_TRANSLATE_NOOP("labels", "entrepreneur"),
    SignalSource.SURVEY: QT_TRANSLATE_NOOP("labels", "survey"),
    SignalSource.SOCIAL_MEDIA: QT_TRANSLATE_NOOP("labels", "social media"),
    SignalSource.SUPERVISOR: QT_TRANSLATE_NOOP("labels", "supervisor"),
}


class SignalStatus(enum.StrEnum):
    """The statuses of Signalen: gemeld → in behandeling → ingepland → afgehandeld (heropend, geannuleerd)."""

    REPORTED = "reported"
    HANDLING = "handling"
    SCHEDULED = "scheduled"
    DONE = "done"
    REOPENED = "reopened"
    CANCELLED = "cancelled"
    # A reporter not satisfied with the handling, for a reason that warrants it: a handler accepts
    # (the signal is handled again) or declines (closed again, with the reason).
    REOPEN_REQUESTED = "reopen_requested"


SIGNAL_STATUS_LABELS = {
    SignalStatus.REPORTED: QT_TRANSLATE_NOOP("labels", "reported"),
    SignalStatus.HANDLING: QT_TRANSLATE_NOOP("labels", "being handled"),
    SignalStatus.SCHEDULED: QT_TRANSLATE_NOOP("labels", "scheduled"),
    SignalStatus.DONE: QT_TRANSLATE_NOOP("labels", "handled"),
    SignalStatus.REOPENED: QT_TRANSLATE_NOOP("labels", "reopened"),
    SignalStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "cancelled"),
    SignalStatus.REOPEN_REQUESTED: QT_TRANSLATE_NOOP("labels", "request to reopen"),
}
# Not yet answered: these count against the category's target handling time.
SIGNAL_WAITING = (
    SignalStatus.REPORTED,
    SignalStatus.HANDLING,
    SignalStatus.REOPENED,
    SignalStatus.REOPEN_REQUESTED,
)
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

    ``reported_at`` is when the signal came in (a call taken earlier is entered afterwards with its
    own time); ``due_date`` is the category's target counted in working days from the report (or the
    reopening), stored so that "overdue" is an indexed condition; ``search_text`` holds the
    folded words a signal is found by (reporter, address, company, description), and
    ``public_search_text`` the same without the reporter, for the roles that may not read who
    reported it (both indexed, revisions 0011 and 0012).
    """

    __tablename__ = "signal"
    __table_args__ = (
        Index("ix_signal_status_due", "status", "due_date"),
        Index("ix_signal_reported_at", "reported_at"),
        # Covering: the hotspot overview counts per area, category or street from the index alone.
        Index("ix_signal_area_period", "area_id", "reported_at", "status", "due_date"),
        Index("ix_signal_category_period", "category_id", "reported_at", "status", "due_date"),
        Index("ix_signal_street_period", "street", "reported_at", "status", "due_date"),
        # A handler's open signals (Mijn werk, the list's filter).
        Index("ix_signal_handler_status", "handler_id", "status"),
        # The signals at a company's addresses (its file's Meldingen, briefing and dossier).
        Index("ix_signal_postcode_number", "postcode", "house_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The uuid the form made once: a create retried after a lost answer finds the first (issue 19).
    client_token: Mapped[str | None] = mapped_column(String(36))
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    source: Mapped[SignalSource] = mapped_column(enum_column(SignalSource, "signal_source"))
    category_id: Mapped[int] = mapped_column(ForeignKey("signal_category.id"))
    status: Mapped[SignalStatus] = mapped_column(
        enum_column(SignalStatus, "signal_status"), default=SignalStatus.REPORTED
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
    # A postal address for a reporter without e-mail (one free text: street, number, postcode, place).
    reporter_address: Mapped[str | None] = mapped_column(String(300))
    wants_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    # The behandelaar: the official who handles it (in their Mijn werk); None: not yet assigned.
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    due_date: Mapped[date | None] = mapped_column(Date)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    search_text: Mapped[str] = mapped_column(Text, default="")
    public_search_text: Mapped[str] = mapped_column(Text, default="")

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
    from_status: Mapped[SignalStatus | None] = mapped_column(enum_column(SignalStatus, "signal_status"))
    to_status: Mapped[SignalStatus] = mapped_column(enum_column(SignalStatus, "signal_status"))
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
    status: Mapped[SignalStatus | None] = mapped_column(enum_column(SignalStatus, "signal_status"))
    body: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


Index("uq_signal_client_token", Signal.client_token, unique=True)


class ReactionReason(Versioned, Base):
    """A standard reason for a reporter's reaction to the handling (the administrator's list);
    ``reopens``: "niet tevreden" for this reason asks for the signal to be reopened."""

    __tablename__ = "signal_reaction_reason"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    reopens: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SignalReaction(Versioned, Base):
    """The reporter's reaction to a handled signal (tevreden / niet tevreden), as a handler recorded it.

    Counted per category, area and period on the hotspots page; the free text is the reporter's
    own words, read only by the roles that handle signals."""

    __tablename__ = "signal_reaction"
    __table_args__ = (
        Index("ix_signal_reaction_signal", "signal_id", "at"),
        Index("ix_signal_reaction_at", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    signal_id: Mapped[int] = mapped_column(ForeignKey("signal.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    satisfied: Mapped[bool] = mapped_column(Boolean)
    reason_id: Mapped[int | None] = mapped_column(ForeignKey("signal_reaction_reason.id"))
    comment: Mapped[str | None] = mapped_column(Text)
