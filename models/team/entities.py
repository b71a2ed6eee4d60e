"""Officials (medewerkers), their roles, and the settings shared by everyone on one database."""

from __future__ import annotations

from sqlalchemy import Boolean, Index, LargeBinary, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Versioned, enum_column
from models.i18n import QT_TRANSLATE_NOOP
from models.roles import Role as Role  # defined without SQLAlchemy: see models/roles.py

ROLE_LABELS = {
    Role.BUSINESS_MANAGER: QT_TRANSLATE_NOOP("labels", "business manager"),
    Role.OFFICIAL: QT_TRANSLATE_NOOP("labels", "policy officer"),
    Role.DESK: QT_TRANSLATE_NOOP("labels", "desk officer"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("labels", "supervisor"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("labels", "administrator"),
}


class User(Versioned, Base):
    """An official (medewerker)."""

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


# The company list sorted by account manager reads the officials in this order (revision 0018).
Index("ix_app_user_sort_name", func.lower(User.full_name))


class AppSetting(Base):
    """A setting shared by everyone on this database (the municipality's identity on PDFs)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)
    data: Mapped[bytes | None] = mapped_column(LargeBinary)
