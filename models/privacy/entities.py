"""What the privacy functions store: the retention period per kind of record, and a log of what
was anonymised, removed or exported (counts, never the data itself)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, Versioned, utcnow


class RetentionSetting(Versioned, Base):
    """A retention period the administrator changed; a kind without a row keeps its default.

    ``kind`` is a ``models.privacy.kinds.RetentionKind`` value (a plain string here, so a kind
    added later needs no migration)."""

    __tablename__ = "retention_setting"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), unique=True)
    months: Mapped[int] = mapped_column(Integer)


class PrivacyLogEntry(Base):
    """That personal data was anonymised, removed or exported: when, by whom, what kind, how many
    and why. Never which person or what data: the log itself must not become a copy of it."""

    __tablename__ = "privacy_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    action: Mapped[str] = mapped_column(String(20))  # retention | erasure | inzage
    kind: Mapped[str | None] = mapped_column(String(40))
    count: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str | None] = mapped_column(Text)
