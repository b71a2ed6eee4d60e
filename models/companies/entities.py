"""A company file: companies, establishments, contact persons, areas and sectors."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, func, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime, Versioned, enum_column

# Re-exported: one line of the list is plain Python (models/companies/rows.py), read before SQLAlchemy loads.
from models.companies.rows import ESTABLISHMENT_STATUS_LABELS as ESTABLISHMENT_STATUS_LABELS
from models.companies.rows import EstablishmentStatus as EstablishmentStatus
from models.companies.sort_keys import LeadingNumber
from models.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from models.team.entities import User


class AreaKind(enum.StrEnum):
    KERN = "kern"
    SHOPPING = "shopping"
    BUSINESS_PARK = "business_park"
    NATURE = "nature"


AREA_KIND_LABELS = {
    AreaKind.KERN: QT_TRANSLATE_NOOP("labels", "village or town"),
    AreaKind.SHOPPING: QT_TRANSLATE_NOOP("labels", "shopping area"),
    AreaKind.BUSINESS_PARK: QT_TRANSLATE_NOOP("labels", "business park"),
    AreaKind.NATURE: QT_TRANSLATE_NOOP("labels", "nature area"),
}


# Roles a contact person has at a company; free text is allowed, these are offered.
CONTACT_ROLES = (
    QT_TRANSLATE_NOOP("labels", "owner"),
    QT_TRANSLATE_NOOP("labels", "director"),
    QT_TRANSLATE_NOOP("labels", "manager"),
    QT_TRANSLATE_NOOP("labels", "secretary"),
    QT_TRANSLATE_NOOP("labels", "bookkeeper"),
    QT_TRANSLATE_NOOP("labels", "employee"),
)

LEGAL_FORMS = (
    "Eenmanszaak",
    "Vennootschap onder firma",
    "Maatschap",
    "Commanditaire vennootschap",
    "Besloten vennootschap",
    "Naamloze vennootschap",
    "Stichting",
    "Vereniging",
    "Coöperatie",
)


class Area(Versioned, Base):
    """A kern, shopping area, business park or nature area; areas nest (a shopping area in a kern)."""

    __tablename__ = "area"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[AreaKind] = mapped_column(enum_column(AreaKind, "area_kind"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"))

    parent: Mapped[Area | None] = relationship(remote_side=[id])


class Sector(Base):
    """An SBI code (Standaard Bedrijfsindeling) with its description."""

    __tablename__ = "sector"

    code: Mapped[str] = mapped_column(String(6), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class Company(Versioned, Base):
    """A company (onderneming): the legal entity whose file the municipality keeps."""

    __tablename__ = "company"
    __table_args__ = (
        # The company list: active companies by name, read from the index alone. Partial, so
        # that "not archived" is not mistaken for a selective filter by the query planner.
        Index(
            "ix_company_active_name",
            "name_folded",
            "id",
            sqlite_where=text("archived_at IS NULL"),
            postgresql_where=text("archived_at IS NULL"),
        ),
        # The few archived companies, so that "not archived" can be checked as "not among
        # these" without reading the whole table (Mijn werk's counts).
        Index(
            "ix_company_archived",
            "id",
            sqlite_where=text("archived_at IS NOT NULL"),
            postgresql_where=text("archived_at IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The uuid the form made once: a create retried after a lost answer finds the first (issue 19).
    client_token: Mapped[str | None] = mapped_column(String(36))
    kvk_number: Mapped[str | None] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(200), index=True)
    legal_name: Mapped[str | None] = mapped_column(String(200))
    legal_form: Mapped[str | None] = mapped_column(String(60))
    account_manager_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    # Indexed: matching finds the companies that share a phone number or e-mail address with
    # one file (models.matching.profiles.companies_near, the duplicates badge).
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(20), index=True)
    website: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Set on a company merged into another (models.duplicates): the tombstone that points to the
    # survivor, archived, so that its old name and KvK number still lead there.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("company.id"), index=True)

    account_manager: Mapped[User | None] = relationship(foreign_keys=[account_manager_id])
    establishments: Mapped[list[Establishment]] = relationship(
        back_populates="company", order_by="(Establishment.is_main.desc(), Establishment.id)"
    )
    contact_links: Mapped[list[CompanyContact]] = relationship(back_populates="company")


class Establishment(Versioned, Base):
    """A place of business (vestiging) of a company in the municipality."""

    __tablename__ = "establishment"
    __table_args__ = (
        Index("ix_establishment_company_main", "company_id", "is_main"),
        Index("ix_establishment_postcode", "postcode_compact"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    establishment_number: Mapped[str | None] = mapped_column(String(12), unique=True)
    trade_name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(120))
    house_number: Mapped[str] = mapped_column(String(20))
    postcode: Mapped[str] = mapped_column(String(7))
    postcode_compact: Mapped[str] = mapped_column(String(6))
    city: Mapped[str] = mapped_column(String(80))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), index=True)
    sbi_code: Mapped[str | None] = mapped_column(ForeignKey("sector.code"), index=True)
    employees: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[EstablishmentStatus] = mapped_column(
        enum_column(EstablishmentStatus, "establishment_status"),
        default=EstablishmentStatus.ACTIVE,
        index=True,
    )
    is_main: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str | None] = mapped_column(String(20), index=True)
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    company: Mapped[Company] = relationship(back_populates="establishments")
    area: Mapped[Area | None] = relationship()
    sector: Mapped[Sector | None] = relationship()

    @property
    def address(self) -> str:
        return f"{self.street} {self.house_number}, {self.postcode} {self.city}"


class Contact(Versioned, Base):
    """A contact person; linked to one or more companies, each time with a role."""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str | None] = mapped_column(String(80))
    name_prefix: Mapped[str | None] = mapped_column(String(20))  # tussenvoegsel: van, de, van der
    last_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(Text)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Set on a contact person merged into another (models.duplicates).
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"), index=True)

    company_links: Mapped[list[CompanyContact]] = relationship(back_populates="contact")

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.name_prefix, self.last_name) if part)


class CompanyContact(Versioned, Base):
    """The link between a company and a contact person, with the person's role there."""

    __tablename__ = "company_contact"
    __table_args__ = (UniqueConstraint("company_id", "contact_id", name="uq_company_contact_pair"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"), index=True)
    role: Mapped[str | None] = mapped_column(String(60))

    company: Mapped[Company] = relationship(back_populates="contact_links")
    contact: Mapped[Contact] = relationship(back_populates="company_links")


Index("uq_company_client_token", Company.client_token, unique=True)

# The company list sorted by a column (models.companies.listing, revision 0018): each index holds
# the sort key exactly as the list's query writes it, so that the first screen is read from the
# index in order instead of sorting every company first. Only main establishments: the list shows
# a company's main establishment.
_MAIN_ONLY: dict[str, Any] = {"sqlite_where": text("is_main = 1"), "postgresql_where": text("is_main")}
Index(
    "ix_establishment_main_address",
    func.lower(Establishment.street),
    LeadingNumber(Establishment.house_number),
    Establishment.house_number,
    Establishment.company_id,
    **_MAIN_ONLY,
)
Index("ix_establishment_main_city", func.lower(Establishment.city), Establishment.company_id, **_MAIN_ONLY)
Index("ix_establishment_main_area", Establishment.area_id, Establishment.company_id, **_MAIN_ONLY)
Index("ix_establishment_main_sector", Establishment.sbi_code, Establishment.company_id, **_MAIN_ONLY)
Index("ix_area_sort_name", func.lower(Area.name))
Index("ix_sector_sort_name", func.lower(Sector.name))
