"""The plain records of a company file, as screens list them and documents draw them.

Frozen dataclasses with no SQLAlchemy and no Qt, so the documents (``views/documents``), the
command line and the tests take them without a database session; the feature's services make them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from models.companies.entities import EstablishmentStatus


@dataclass(frozen=True, kw_only=True)
class EstablishmentRecord:
    id: int
    version: int
    trade_name: str
    establishment_number: str | None
    street: str
    house_number: str
    postcode: str
    city: str
    area_id: int | None
    area: str | None
    sbi_code: str | None
    sector: str | None
    employees: int | None
    status: EstablishmentStatus
    is_main: bool
    phone: str | None
    email: str | None

    @property
    def address(self) -> str:
        return f"{self.street} {self.house_number}, {self.postcode} {self.city}"


@dataclass(frozen=True, kw_only=True)
class ContactRecord:
    id: int
    version: int
    link_id: int
    link_version: int
    first_name: str | None
    name_prefix: str | None
    last_name: str
    role: str | None
    email: str | None
    phone: str | None
    notes: str | None
    other_companies: int

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.name_prefix, self.last_name) if p)


@dataclass(frozen=True, kw_only=True)
class CompanyFile:
    id: int
    version: int
    name: str
    kvk_number: str | None
    legal_name: str | None
    legal_form: str | None
    account_manager_id: int | None
    account_manager: str | None
    email: str | None
    phone: str | None
    website: str | None
    notes: str | None
    archived_at: datetime | None
    updated_at: datetime
    establishments: list[EstablishmentRecord] = field(default_factory=list)
    contacts: list[ContactRecord] = field(default_factory=list)
    # A merged copy (a tombstone): the company it was merged into, and that one's name.
    merged_into_id: int | None = None
    merged_into_name: str | None = None

    @property
    def main(self) -> EstablishmentRecord | None:
        return next(
            (e for e in self.establishments if e.is_main),
            self.establishments[0] if self.establishments else None,
        )
