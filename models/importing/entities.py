"""An import: who brought which file in when, what it did per class, and what undo needs.

The records an import created or changed are found through the audit trail, whose entries carry
the import's number (``audit_entry.import_batch_id``), written in the same transaction as the rows.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, utcnow


class ImportBatch(Base):
    """One import that was written (a trial run writes nothing, this included)."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    file_name: Mapped[str] = mapped_column(String(260))
    file_kind: Mapped[str] = mapped_column(String(10))
    rows: Mapped[int] = mapped_column(Integer, default=0)
    # JSON: {class: count}, {field: column} and the error report's rows [[row, column, value, problem]]
    counts: Mapped[str] = mapped_column(Text, default="{}")
    mapping: Mapped[str] = mapped_column(Text, default="{}")
    report: Mapped[str] = mapped_column(Text, default="[]")
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class ImportMapping(Base):
    """A mapping once made, remembered for files with the same columns (keyed by their folded header)."""

    __tablename__ = "import_mapping"

    id: Mapped[int] = mapped_column(primary_key=True)
    header_key: Mapped[str] = mapped_column(String(64), unique=True)
    mapping: Mapped[str] = mapped_column(Text)
    defaults: Mapped[str] = mapped_column(Text, default="{}")
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
