"""The audit trail: one row per changed field of any record."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime, utcnow

if TYPE_CHECKING:
    from models.team.entities import User


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
    # The import (models.importing) that made this change, if one did; undo reads its entries.
    import_batch_id: Mapped[int | None] = mapped_column(Integer, index=True)
    # When the change was done offline, for a change a synchronisation sent up (``at`` is when
    # it reached the server); empty for every other change (issue 22, models.offline.sync).
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    user: Mapped[User | None] = relationship()
