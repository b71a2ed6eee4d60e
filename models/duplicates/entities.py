"""What the duplicates feature stores: the pairs a person said are not the same ("Geen dubbel"),
and every merge with exactly what it moved, so that the merge can be undone."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, utcnow

# The kinds of record that can be merged (``DuplicateDecision.kind``, ``MergeLog.kind``).
COMPANY, CONTACT = "company", "contact"


class DuplicateDecision(Base):
    """Two records a person decided are not the same: the pair is not offered again.

    The pair is stored in id order (``low_id`` < ``high_id``), so it is one row whichever of the
    two it was decided from."""

    __tablename__ = "duplicate_decision"
    __table_args__ = (UniqueConstraint("kind", "low_id", "high_id", name="uq_duplicate_decision_pair"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    low_id: Mapped[int] = mapped_column(Integer)
    high_id: Mapped[int] = mapped_column(Integer)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class MergeLog(Base):
    """One merge: which record survived, which was merged into it, by whom and when, the values
    both had before (JSON, to give them back on undo) and what the merge set on the survivor."""

    __tablename__ = "merge_log"
    __table_args__ = (
        Index("ix_merge_log_survivor", "kind", "survivor_id"),
        Index("ix_merge_log_merged", "kind", "merged_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    survivor_id: Mapped[int] = mapped_column(Integer)
    merged_id: Mapped[int] = mapped_column(Integer)
    survivor_name: Mapped[str] = mapped_column(String(200))
    merged_name: Mapped[str] = mapped_column(String(200))
    merged_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    merged_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    survivor_before: Mapped[str] = mapped_column(Text)  # JSON: field -> value before the merge
    survivor_after: Mapped[str] = mapped_column(Text)  # JSON: field -> value the merge set
    merged_before: Mapped[str] = mapped_column(Text)  # JSON: the copy's own fields
    moved: Mapped[int] = mapped_column(Integer, default=0)  # how many linked records moved
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class MergeMove(Base):
    """One linked record a merge moved: its table, the column that pointed to the copy, and its
    key (JSON of the primary key's columns), so that undo gives back exactly these."""

    __tablename__ = "merge_move"
    __table_args__ = (Index("ix_merge_move_log", "merge_log_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    merge_log_id: Mapped[int] = mapped_column(ForeignKey("merge_log.id"))
    table_name: Mapped[str] = mapped_column(String(60))
    column_name: Mapped[str] = mapped_column(String(60))
    row_key: Mapped[str] = mapped_column(String(200))
