"""The server's receipts of synchronisations: what came in from a laptop, and when it was done."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, utcnow


class OfflineSync(Base):
    """One synchronisation that sent changes up, committed with them (revision 0017).

    ``token`` is chosen by the laptop before it sends anything: a repeated attempt whose first
    answer was lost finds this receipt and sends nothing again. ``id_map`` (JSON) says which
    server id each record made offline got: ``{"table": {"local id": server id}}``.
    """

    __tablename__ = "offline_sync"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(36), unique=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    device: Mapped[str] = mapped_column(String(120), default="")
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime())
    synced_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    clock_skew_seconds: Mapped[int] = mapped_column(Integer, default=0)
    changes: Mapped[int] = mapped_column(Integer, default=0)
    id_map: Mapped[str] = mapped_column(Text, default="{}")


class OfflineChange(Base):
    """One record changed offline and sent up: when it was done (server time), by which sync."""

    __tablename__ = "offline_change"
    __table_args__ = (Index("ix_offline_change_record", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sync_id: Mapped[int] = mapped_column(ForeignKey("offline_sync.id", ondelete="CASCADE"), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))  # create, update, remove
    done_at: Mapped[datetime] = mapped_column(UTCDateTime())
