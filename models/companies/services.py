"""Company files: companies, their establishments and contact persons.

Views never see ORM objects: they get plain, frozen records (``CompanyFile``,
``CompanyRow``...) that can cross from the database worker to the window safely.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import BindParameter, Select, bindparam, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from models.base import utcnow
from models.common import created_before, flush_or_conflict, load, load_for_edit
from models.companies import search
from models.companies.entities import (
    Area,
    Company,
    CompanyContact,
    Contact,
    Establishment,
    EstablishmentStatus,
    Sector,
)
from models.companies.records import CompanyFile, ContactRecord, EstablishmentRecord
from models.errors import DomainError, DuplicateCandidate, DuplicateCompanyError, NotFoundError
from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import Permission, requires
from models.team.entities import User
from models.text import fold
from models.validation import (
    Validator,
    check_email,
    check_establishment_number,
    check_house_number,
    check_kvk,
    check_phone,
    check_postcode,
    check_website,
)

# A name at the same postcode at least this similar (0-100) is probably the same company.
SIMILAR_NAME = 88


# -- input ------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class CompanyInput:
    name: str = ""
    kvk_number: str = ""
    legal_name: str = ""
    legal_form: str = ""
    account_manager_id: int | None = None
    email: str = ""
    phone: str = ""
    website: str = ""
    notes: str = ""


@dataclass(kw_only=True)
class EstablishmentInput:
    trade_name: str = ""
    establishment_number: str = ""
    street: str = ""
    house_number: str = ""
    postcode: str = ""
    city: str = ""
    area_id: int | None = None
    sbi_code: str | None = None
    employees: int | None = None
    status: EstablishmentStatus = EstablishmentStatus.ACTIVE
    phone: str = ""
    email: str = ""


@dataclass(kw_only=True)
class ContactInput:
    first_name: str = ""
    name_prefix: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    role: str = ""
    notes: str = ""


# -- output -----------------------------------------------------------------------------------


# -- validation -------------------------------------------------------------------------------


def _validate_company(v: Validator, data: CompanyInput) -> dict:
    values = {
        "name": v.required("name", data.name),
        "kvk_number": v.optional("kvk_number", data.kvk_number, check_kvk),
        "legal_name": data.legal_name.strip() or None,
        "legal_form": data.legal_form.strip() or None,
        "account_manager_id": data.account_manager_id,
        "email": v.optional("email", data.email, check_email),
        "phone": v.optional("phone", data.phone, check_phone),
        "website": v.optional("website", data.website, check_website),
        "notes": data.notes.strip() or None,
    }
    _check_lengths(v, Company, values)
    return values


def _check_lengths(v: Validator, entity: type, values: dict, prefix: str = "") -> None:
    """Every text fits its column: PostgreSQL refuses a longer one, SQLite would quietly keep it."""
    columns = entity.__table__.c  # type: ignore[attr-defined]
    failed = {e.field for e in v.errors}
    for key, value in values.items():
        length = getattr(columns[key].type, "length", None) if key in columns else None
        if isinstance(value, str) and length and prefix + key not in failed:
            v.max_length(prefix + key, value, length)


def _validate_establishment(v: Validator, data: EstablishmentInput, prefix: str = "") -> dict:
    postcode = v.apply(prefix + "postcode", data.postcode, check_postcode) if data.postcode.strip() else None
    if not data.postcode.strip():
        v.required(prefix + "postcode", "")
    house_number = v.required(prefix + "house_number", data.house_number)
    if house_number:
        house_number = v.apply(prefix + "house_number", house_number, check_house_number) or house_number
    if data.employees is not None and data.employees < 0:
        v.add(
            prefix + "employees", QT_TRANSLATE_NOOP("errors", "The number of employees cannot be negative.")
        )
    values = {
        "trade_name": data.trade_name.strip(),
        "establishment_number": v.optional(
            prefix + "establishment_number", data.establishment_number, check_establishment_number
        ),
        "street": v.required(prefix + "street", data.street),
        "house_number": house_number,
        "postcode": postcode,
        "postcode_compact": postcode.replace(" ", "") if postcode else "",
        "city": v.required(prefix + "city", data.city),
        "area_id": data.area_id,
        "sbi_code": data.sbi_code or None,
        "employees": data.employees,
        "status": data.status,
        "phone": v.optional(prefix + "phone", data.phone, check_phone),
        "email": v.optional(prefix + "email", data.email, check_email),
    }
    _check_lengths(v, Establishment, values, prefix)
    return values


def _validate_contact(v: Validator, data: ContactInput) -> dict:
    values = {
        "first_name": data.first_name.strip() or None,
        "name_prefix": data.name_prefix.strip() or None,
        "last_name": v.required("last_name", data.last_name),
        "email": v.optional("email", data.email, check_email),
        "phone": v.optional("phone", data.phone, check_phone),
        "notes": data.notes.strip() or None,
    }
    _check_lengths(v, Contact, values)
    _check_lengths(v, CompanyContact, {"role": data.role.strip()})
    return values


def _check_unique_kvk(session: Session, v: Validator, kvk: str | None, exclude_id: int | None) -> None:
    if not kvk:
        return
    stmt = select(Company.id).where(Company.kvk_number == kvk)
    if exclude_id is not None:
        stmt = stmt.where(Company.id != exclude_id)
    if session.scalar(stmt) is not None:
        v.add("kvk_number", QT_TRANSLATE_NOOP("errors", "Another company already has this KvK number."))


def _check_unique_establishment_number(
    session: Session, v: Validator, number: str | None, exclude_id: int | None, prefix: str = ""
) -> None:
    if not number:
        return
    stmt = select(Establishment.id).where(Establishment.establishment_number == number)
    if exclude_id is not None:
        stmt = stmt.where(Establishment.id != exclude_id)
    if session.scalar(stmt) is not None:
        v.add(
            prefix + "establishment_number",
            QT_TRANSLATE_NOOP("errors", "Another establishment already has this vestigingsnummer."),
        )


# -- duplicates -------------------------------------------------------------------------------


@requires(Permission.VIEW_COMPANIES)
def find_duplicates(
    session: Session, name: str, kvk_number: str | None, postcode: str | None, exclude_id: int | None = None
) -> list[DuplicateCandidate]:
    """Companies that are probably this one: the same KvK number, or a very similar name at the same postcode."""
    found: dict[int, DuplicateCandidate] = {}
    main = aliased(Establishment)
    base = select(Company, main).outerjoin(main, (main.company_id == Company.id) & main.is_main)
    if exclude_id is not None:
        base = base.where(Company.id != exclude_id)
    if kvk_number:
        for company, est in session.execute(base.where(Company.kvk_number == kvk_number)):
            found[company.id] = DuplicateCandidate(
                company_id=company.id,
                name=company.name,
                kvk_number=company.kvk_number,
                address=est.address if est else "",
                reason=QT_TRANSLATE_NOOP("errors", "same KvK number"),
            )
    if postcode and name:
        compact = postcode.replace(" ", "").upper()
        folded = fold(name)
        stmt = (
            select(Company, Establishment)
            .join(Establishment, Establishment.company_id == Company.id)
            .where(Establishment.postcode_compact == compact)
        )
        if exclude_id is not None:
            stmt = stmt.where(Company.id != exclude_id)
        for company, est in session.execute(stmt.limit(500)):
            if company.id in found:
                continue
            names = (company.name_folded, fold(est.trade_name))
            if max(fuzz.token_sort_ratio(folded, n) for n in names) >= SIMILAR_NAME:
                found[company.id] = DuplicateCandidate(
                    company_id=company.id,
                    name=company.name,
                    kvk_number=company.kvk_number,
                    address=est.address,
                    reason=QT_TRANSLATE_NOOP("errors", "similar name at the same postcode"),
                )
    return list(found.values())


# -- companies --------------------------------------------------------------------------------


@requires(Permission.EDIT_COMPANIES)
def create_company(
    session: Session,
    data: CompanyInput,
    main: EstablishmentInput,
    *,
    allow_duplicate: bool = False,
    client_token: str | None = None,
) -> int:
    """Create a company with its main establishment; returns the new company's id.

    Raises ``DuplicateCompanyError`` when it probably exists already, unless the user
    confirmed it does not (``allow_duplicate``); a KvK number is never accepted twice.
    ``client_token``: the form's; a retried create returns the company the first attempt made.
    """
    if (made := created_before(session, Company, client_token)) is not None:
        return made
    v = Validator()
    values = _validate_company(v, data)
    est = _validate_establishment(v, main, prefix="main.")
    _check_unique_establishment_number(session, v, est["establishment_number"], None, prefix="main.")
    if not any(e.field == "kvk_number" for e in v.errors) and values["kvk_number"]:
        duplicates = find_duplicates(session, values["name"], values["kvk_number"], est["postcode"])
        same_kvk = [d for d in duplicates if d.kvk_number == values["kvk_number"]]
        if same_kvk:
            raise DuplicateCompanyError(same_kvk)
    v.raise_if_any()
    if not allow_duplicate:
        duplicates = find_duplicates(session, values["name"], values["kvk_number"], est["postcode"])
        if duplicates:
            raise DuplicateCompanyError(duplicates)
    est["trade_name"] = est["trade_name"] or values["name"]
    try:
        company = Company(**values, name_folded=fold(values["name"]), client_token=client_token)
        session.add(company)
        session.flush()
        session.add(Establishment(company_id=company.id, is_main=True, **est))
        session.flush()
    except IntegrityError:
        # A colleague saved the same KvK number or vestigingsnummer after the checks above.
        session.rollback()
        _raise_if_taken(session, values, est)
        raise
    search.refresh(session, [company.id])
    return company.id


def _raise_if_taken(session: Session, values: dict, est: dict) -> None:
    if values["kvk_number"]:
        duplicates = find_duplicates(session, values["name"], values["kvk_number"], None)
        same_kvk = [d for d in duplicates if d.kvk_number == values["kvk_number"]]
        if same_kvk:
            raise DuplicateCompanyError(same_kvk) from None
    v = Validator()
    _check_unique_establishment_number(session, v, est["establishment_number"], None, prefix="main.")
    v.raise_if_any()


@requires(Permission.EDIT_COMPANIES)
def update_company(session: Session, company_id: int, expected_version: int, data: CompanyInput) -> int:
    """Save the company's own fields; returns its new version."""
    company = load_for_edit(session, Company, company_id, expected_version)
    v = Validator()
    values = _validate_company(v, data)
    _check_unique_kvk(session, v, values["kvk_number"], company_id)
    v.raise_if_any()
    # An establishment that traded under the company's name follows a rename: the user
    # sees one file, not a company called one thing with a shop called another.
    for est in company.establishments:
        if est.trade_name == company.name:
            est.trade_name = values["name"]
    for key, value in values.items():
        setattr(company, key, value)
    company.name_folded = fold(values["name"])
    flush_or_conflict(session, company)
    search.refresh(session, [company_id])
    return company.version


@requires(Permission.EDIT_COMPANIES)
def set_archived(session: Session, company_id: int, expected_version: int, archived: bool) -> int:
    """Archive (hide from lists and search) or restore a company. Nothing is deleted."""
    company = load_for_edit(session, Company, company_id, expected_version)
    if not archived and company.merged_into_id is not None:
        survivor = session.get(Company, company.merged_into_id)
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} was merged into {survivor}: undo the merge to get it back as a file of its own.",
            ),
            name=company.name,
            survivor=survivor.name if survivor else "?",
        )
    if (company.archived_at is not None) != archived:  # archived twice keeps the first date
        company.archived_at = utcnow() if archived else None
        flush_or_conflict(session, company)
    return company.version


@functools.cache
def _file_statements() -> tuple[Select, Select, Select]:
    """The three reads of a company file (the company with the names it shows, its establishments,
    its contact persons), made once: building a statement cost more than running it on a file
    with a few rows, and a statement made once also keeps its compiled form cached."""
    company_id: BindParameter[int] = bindparam("company_id")
    manager = aliased(User)
    survivor = aliased(Company)
    head = (
        select(
            Company.id,
            Company.version,
            Company.name,
            Company.kvk_number,
            Company.legal_name,
            Company.legal_form,
            Company.account_manager_id,
            manager.full_name,
            Company.email,
            Company.phone,
            Company.website,
            Company.notes,
            Company.archived_at,
            Company.updated_at,
            survivor.id,
            survivor.name,
        )
        .outerjoin(manager, manager.id == Company.account_manager_id)
        .outerjoin(survivor, survivor.id == Company.merged_into_id)
        .where(Company.id == company_id)
    )
    establishments = (
        select(
            Establishment.id,
            Establishment.version,
            Establishment.trade_name,
            Establishment.establishment_number,
            Establishment.street,
            Establishment.house_number,
            Establishment.postcode,
            Establishment.city,
            Establishment.area_id,
            Area.name,
            Establishment.sbi_code,
            Sector.name,
            Establishment.employees,
            Establishment.status,
            Establishment.is_main,
            Establishment.phone,
            Establishment.email,
        )
        .outerjoin(Area, Area.id == Establishment.area_id)
        .outerjoin(Sector, Sector.code == Establishment.sbi_code)
        .where(Establishment.company_id == company_id, Establishment.archived_at.is_(None))
        .order_by(Establishment.is_main.desc(), Establishment.trade_name)
    )
    elsewhere = aliased(CompanyContact)
    other = (
        select(func.count())
        .select_from(elsewhere)
        .where(elsewhere.contact_id == Contact.id, elsewhere.company_id != company_id)
        .correlate(Contact)
        .scalar_subquery()
    )
    contacts = (
        select(
            Contact.id,
            Contact.version,
            CompanyContact.id,
            CompanyContact.version,
            Contact.first_name,
            Contact.name_prefix,
            Contact.last_name,
            CompanyContact.role,
            Contact.email,
            Contact.phone,
            Contact.notes,
            other,
        )
        .join(CompanyContact, CompanyContact.contact_id == Contact.id)
        .where(CompanyContact.company_id == company_id, Contact.archived_at.is_(None))
        .order_by(Contact.last_name, Contact.first_name)
    )
    return head, establishments, contacts


@requires(Permission.VIEW_COMPANIES)
def company_file(session: Session, company_id: int) -> CompanyFile:
    """What a company's file shows above and beside its timeline, in three queries of plain rows
    (no ORM objects: the page only reads them)."""
    head, establishments, contacts = _file_statements()
    session.flush()  # what is pending in the session is read too, as its own execute would
    connection = session.connection()
    params = {"company_id": company_id}
    row = connection.execute(head, params).first()
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This company no longer exists."))
    return CompanyFile(
        id=row[0],
        version=row[1],
        name=row[2],
        kvk_number=row[3],
        legal_name=row[4],
        legal_form=row[5],
        account_manager_id=row[6],
        account_manager=row[7],
        email=row[8],
        phone=row[9],
        website=row[10],
        notes=row[11],
        archived_at=row[12],
        updated_at=row[13],
        establishments=[
            EstablishmentRecord(
                id=e[0],
                version=e[1],
                trade_name=e[2],
                establishment_number=e[3],
                street=e[4],
                house_number=e[5],
                postcode=e[6],
                city=e[7],
                area_id=e[8],
                area=e[9] if e[8] else None,
                sbi_code=e[10],
                sector=e[11],
                employees=e[12],
                status=e[13],
                is_main=e[14],
                phone=e[15],
                email=e[16],
            )
            for e in connection.execute(establishments, params).all()
        ],
        contacts=[
            ContactRecord(
                id=c[0],
                version=c[1],
                link_id=c[2],
                link_version=c[3],
                first_name=c[4],
                name_prefix=c[5],
                last_name=c[6],
                role=c[7],
                email=c[8],
                phone=c[9],
                notes=c[10],
                other_companies=c[11],
            )
            for c in connection.execute(contacts, params).all()
        ],
        merged_into_id=row[14],
        merged_into_name=row[15],
    )


# -- establishments ---------------------------------------------------------------------------


@requires(Permission.EDIT_COMPANIES)
def add_establishment(session: Session, company_id: int, data: EstablishmentInput) -> int:
    company = load(session, Company, company_id)
    v = Validator()
    values = _validate_establishment(v, data)
    _check_unique_establishment_number(session, v, values["establishment_number"], None)
    v.raise_if_any()
    values["trade_name"] = values["trade_name"] or company.name
    has_main = session.scalar(
        select(func.count()).where(
            Establishment.company_id == company_id, Establishment.is_main, Establishment.archived_at.is_(None)
        )
    )
    est = Establishment(company_id=company_id, is_main=not has_main, **values)
    session.add(est)
    session.flush()
    search.refresh(session, [company_id])
    return est.id


@requires(Permission.EDIT_COMPANIES)
def update_establishment(
    session: Session, establishment_id: int, expected_version: int, data: EstablishmentInput
) -> int:
    est = load_for_edit(session, Establishment, establishment_id, expected_version)
    search.lock(session, [est.company_id])  # company first, then the establishment (see search.lock)
    v = Validator()
    values = _validate_establishment(v, data)
    _check_unique_establishment_number(session, v, values["establishment_number"], establishment_id)
    v.raise_if_any()
    values["trade_name"] = values["trade_name"] or est.company.name
    for key, value in values.items():
        setattr(est, key, value)
    flush_or_conflict(session, est)
    search.refresh(session, [est.company_id])
    return est.version


@requires(Permission.EDIT_COMPANIES)
def make_main_establishment(session: Session, establishment_id: int) -> None:
    """The main establishment gives the company its address in lists and search."""
    est = load(session, Establishment, establishment_id)
    if est.archived_at is not None:  # gone from the file: someone archived it meanwhile
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
    for other in session.scalars(select(Establishment).where(Establishment.company_id == est.company_id)):
        other.is_main = other.id == establishment_id
    session.flush()


@requires(Permission.EDIT_COMPANIES)
def archive_establishment(session: Session, establishment_id: int, expected_version: int) -> None:
    est = load_for_edit(session, Establishment, establishment_id, expected_version)
    search.lock(session, [est.company_id])
    remaining = session.scalar(
        select(func.count()).where(
            Establishment.company_id == est.company_id,
            Establishment.archived_at.is_(None),
            Establishment.id != est.id,
        )
    )
    if not remaining:
        v = Validator()
        v.add(
            "establishment",
            QT_TRANSLATE_NOOP(
                "errors", "A company keeps at least one establishment; archive the company instead."
            ),
        )
        v.raise_if_any()
    est.archived_at = utcnow()
    if est.is_main:
        est.is_main = False
        successor = session.scalars(
            select(Establishment)
            .where(
                Establishment.company_id == est.company_id,
                Establishment.archived_at.is_(None),
                Establishment.id != est.id,
            )
            .order_by(Establishment.id)
        ).first()
        if successor is not None:
            successor.is_main = True
    flush_or_conflict(session, est)
    search.refresh(session, [est.company_id])


# -- contact persons --------------------------------------------------------------------------


@requires(Permission.EDIT_COMPANIES)
def add_contact(session: Session, company_id: int, data: ContactInput) -> int:
    load(session, Company, company_id)
    v = Validator()
    values = _validate_contact(v, data)
    v.raise_if_any()
    contact = Contact(**values)
    session.add(contact)
    session.flush()
    session.add(CompanyContact(company_id=company_id, contact_id=contact.id, role=data.role.strip() or None))
    search.refresh(session, [company_id])
    return contact.id


@requires(Permission.EDIT_COMPANIES)
def update_contact(
    session: Session,
    contact_id: int,
    expected_version: int,
    link_id: int,
    link_version: int,
    data: ContactInput,
) -> None:
    contact = load_for_edit(session, Contact, contact_id, expected_version)
    link = load_for_edit(session, CompanyContact, link_id, link_version)
    if link.contact_id != contact_id:  # the link of another person: never change their role
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
    v = Validator()
    values = _validate_contact(v, data)
    v.raise_if_any()
    for key, value in values.items():
        setattr(contact, key, value)
    link.role = data.role.strip() or None
    flush_or_conflict(session, contact)
    company_ids = session.scalars(
        select(CompanyContact.company_id).where(CompanyContact.contact_id == contact_id)
    )
    search.refresh(session, company_ids)


@requires(Permission.EDIT_COMPANIES)
def remove_contact(session: Session, link_id: int, link_version: int) -> None:
    """Take a contact person off this company's file; a person linked nowhere else is archived."""
    link = load_for_edit(session, CompanyContact, link_id, link_version)
    contact = link.contact
    company_id = link.company_id
    session.delete(link)
    session.flush()
    if not session.scalar(select(func.count()).where(CompanyContact.contact_id == contact.id)):
        contact.archived_at = utcnow()
    session.flush()
    search.refresh(session, [company_id])
