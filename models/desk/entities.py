"""The desk (ondernemersloket): the knowledge base and the questions asked at the desk."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, Versioned, enum_column, reference_index
from models.consultations.entities import Channel


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
    agreement made in that contact moment (``agreement_id``). ``search_text`` holds the folded
    words it is found by (the question, the answer, who asked), indexed by revision 0012.
    """

    __tablename__ = "desk_question"
    # What a removed contact person, contact moment or agreement is looked for by (revision 0023).
    __table_args__ = tuple(
        reference_index("desk_question", c) for c in ("contact_id", "interaction_id", "agreement_id")
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    channel: Mapped[Channel] = mapped_column(enum_column(Channel, "channel"))
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str | None] = mapped_column(Text)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("knowledge_article.id"), index=True)
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"))
    visitor: Mapped[str | None] = mapped_column(String(200))  # who asked, when not a known company
    official_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interaction.id"))
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"))
    search_text: Mapped[str] = mapped_column(Text, default="")
    # The uuid the form made once: a log retried after a lost answer finds the first (issue 19).
    client_token: Mapped[str | None] = mapped_column(String(36))


Index("uq_desk_question_client_token", DeskQuestion.client_token, unique=True)
