"""Attachments: documents kept in a company's file, stored in the database so that a shared
server has them for everyone.

The description (``Attachment``: name, type, size, who added it and when) is a versioned row
with its audit trail like its siblings; the bytes live in ``AttachmentContent``, one row per
attachment, so a file's list never reads them and the trail never copies them. Both go when the
company goes (a foreign key that cascades: an import undone, an erasure), the bytes when their
attachment is removed.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Versioned


class Attachment(Versioned, Base):
    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_company", "company_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"))
    # The contact moment it came with (an e-mail's attachments); None: added to the file itself.
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interaction.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(127))
    size: Mapped[int] = mapped_column(Integer)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class AttachmentContent(Base):
    """The bytes of one attachment (never changed: a new version is a new attachment)."""

    __tablename__ = "attachment_content"

    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachment.id", ondelete="CASCADE"), primary_key=True
    )
    content: Mapped[bytes] = mapped_column(LargeBinary)
