"""Reading the audit trail (logboek): who changed what and when, from which value to which.

The trail itself is written by ``models.audit.trail`` in the transaction of every change; this
module only reads it, for the whole database or for one record (a company with its
establishments and contact links), filtered by person, period and kind of record, and
exports it. A trail of a busy shared database holds millions of lines, so the list works
like the company list: the ids in order first (one indexed query), the lines a page at a time.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import IO, Any

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session

from models.audit.entities import AuditEntry
from models.base import Base, Versioned, local_day_start
from models.companies.entities import Area, Company, CompanyContact, Contact, Establishment
from models.consultations.entities import Agreement, Interaction
from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import Permission, allowed, check, requires
from models.team.entities import User

# The kinds of record a person recognises, in the order the filter offers them. Rows of
# other tables (added by later parts of the application) are listed under their table name.
KIND_LABELS: dict[str, str] = {
    "company": QT_TRANSLATE_NOOP("labels", "company"),
    "establishment": QT_TRANSLATE_NOOP("labels", "establishment"),
    "contact": QT_TRANSLATE_NOOP("labels", "contact person"),
    "company_contact": QT_TRANSLATE_NOOP("labels", "contact person's role"),
    "retention_setting": QT_TRANSLATE_NOOP("labels", "retention period"),
    "interaction": QT_TRANSLATE_NOOP("labels", "contact moment"),
    "agreement": QT_TRANSLATE_NOOP("labels", "agreement"),
    "app_user": QT_TRANSLATE_NOOP("labels", "official"),
    "area": QT_TRANSLATE_NOOP("labels", "area"),
    "signal": QT_TRANSLATE_NOOP("labels", "signal"),
    "signal_category": QT_TRANSLATE_NOOP("labels", "signal category"),
    "feedback_template": QT_TRANSLATE_NOOP("labels", "feedback template"),
    "signal_reaction": QT_TRANSLATE_NOOP("labels", "reporter's reaction"),
    "attachment": QT_TRANSLATE_NOOP("labels", "document in a file"),
    "signal_reaction_reason": QT_TRANSLATE_NOOP("labels", "reason of a reaction"),
    "supervision_round": QT_TRANSLATE_NOOP("labels", "supervision round"),
    "observation": QT_TRANSLATE_NOOP("labels", "observation"),
    "knowledge_article": QT_TRANSLATE_NOOP("labels", "knowledge article"),
    "desk_question": QT_TRANSLATE_NOOP("labels", "desk question"),
    "ambition_plan": QT_TRANSLATE_NOOP("labels", "ambition plan"),
    "ambition": QT_TRANSLATE_NOOP("labels", "ambition"),
    "ambition_action": QT_TRANSLATE_NOOP("labels", "action"),
    "respondent": QT_TRANSLATE_NOOP("labels", "respondent"),
    "idea": QT_TRANSLATE_NOOP("labels", "idea"),
    "indicator": QT_TRANSLATE_NOOP("labels", "indicator"),
    "measurement": QT_TRANSLATE_NOOP("labels", "measurement"),
}
ACTION_LABELS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("labels", "created"),
    "update": QT_TRANSLATE_NOOP("labels", "changed"),
    "archive": QT_TRANSLATE_NOOP("labels", "archived"),
    "restore": QT_TRANSLATE_NOOP("labels", "restored"),
    "delete": QT_TRANSLATE_NOOP("labels", "deleted"),
}
BOOLEAN_LABELS: dict[str, str] = {
    "True": QT_TRANSLATE_NOOP("labels", "yes"),
    "False": QT_TRANSLATE_NOOP("labels", "no"),
}
# Column names as a person calls them; a column not listed here is shown by its name.
FIELD_LABELS: dict[str, str] = {
    "kind": QT_TRANSLATE_NOOP("labels", "kind"),
    "months": QT_TRANSLATE_NOOP("labels", "months"),
    "name": QT_TRANSLATE_NOOP("labels", "name"),
    "legal_name": QT_TRANSLATE_NOOP("labels", "legal name"),
    "legal_form": QT_TRANSLATE_NOOP("labels", "legal form"),
    "kvk_number": QT_TRANSLATE_NOOP("labels", "KvK number"),
    "account_manager_id": QT_TRANSLATE_NOOP("labels", "account manager"),
    "email": QT_TRANSLATE_NOOP("labels", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("labels", "phone"),
    "website": QT_TRANSLATE_NOOP("labels", "website"),
    "notes": QT_TRANSLATE_NOOP("labels", "notes"),
    "archived_at": QT_TRANSLATE_NOOP("labels", "archived"),
    "establishment_number": QT_TRANSLATE_NOOP("labels", "vestigingsnummer"),
    "trade_name": QT_TRANSLATE_NOOP("labels", "trade name"),
    "street": QT_TRANSLATE_NOOP("labels", "street"),
    "house_number": QT_TRANSLATE_NOOP("labels", "house number"),
    "postcode": QT_TRANSLATE_NOOP("labels", "postcode"),
    "city": QT_TRANSLATE_NOOP("labels", "place"),
    "area_id": QT_TRANSLATE_NOOP("labels", "area"),
    "sbi_code": QT_TRANSLATE_NOOP("labels", "sector"),
    "employees": QT_TRANSLATE_NOOP("labels", "employees"),
    "status": QT_TRANSLATE_NOOP("labels", "status"),
    "is_main": QT_TRANSLATE_NOOP("labels", "main establishment"),
    "first_name": QT_TRANSLATE_NOOP("labels", "first name"),
    "name_prefix": QT_TRANSLATE_NOOP("labels", "prefix"),
    "last_name": QT_TRANSLATE_NOOP("labels", "last name"),
    "role": QT_TRANSLATE_NOOP("labels", "role"),
    "occurred_at": QT_TRANSLATE_NOOP("labels", "date and time"),
    "channel": QT_TRANSLATE_NOOP("labels", "channel"),
    "subject": QT_TRANSLATE_NOOP("labels", "subject"),
    "report": QT_TRANSLATE_NOOP("labels", "report"),
    "confidential": QT_TRANSLATE_NOOP("labels", "confidential"),
    "description": QT_TRANSLATE_NOOP("labels", "description"),
    "responsible": QT_TRANSLATE_NOOP("labels", "responsible"),
    "assignee_id": QT_TRANSLATE_NOOP("labels", "assigned to"),
    "due_date": QT_TRANSLATE_NOOP("labels", "due date"),
    "status_note": QT_TRANSLATE_NOOP("labels", "status note"),
    "closed_on": QT_TRANSLATE_NOOP("labels", "closed on"),
    "full_name": QT_TRANSLATE_NOOP("labels", "name"),
    "active": QT_TRANSLATE_NOOP("labels", "active"),
}

# How each kind of record is named in the trail: the column that says which one it is.
_NAMES: dict[str, Any] = {
    "company": Company.name,
    "establishment": Establishment.trade_name,
    "contact": Contact.last_name,
    "interaction": Interaction.subject,
    "agreement": Agreement.description,
    "app_user": User.full_name,
}


@dataclass(frozen=True, kw_only=True)
class AuditFilter:
    """Which lines of the trail to show. ``records``: only these (kind, id) records."""

    user_id: int | None = None
    kind: str | None = None
    since: date | None = None
    until: date | None = None
    records: tuple[tuple[str, int], ...] = field(default_factory=tuple)


@dataclass(frozen=True, kw_only=True)
class AuditRow:
    id: int
    at: datetime
    user: str | None
    kind: str
    record_id: int
    record: str
    action: str
    field: str | None
    old_value: str | None
    new_value: str | None


def _query(flt: AuditFilter) -> Select:
    stmt = select(AuditEntry.id)
    if flt.user_id is not None:
        stmt = stmt.where(AuditEntry.user_id == flt.user_id)
    if flt.kind:
        stmt = stmt.where(AuditEntry.entity == flt.kind)
    if flt.since:
        stmt = stmt.where(AuditEntry.at >= local_day_start(flt.since))
    if flt.until:
        stmt = stmt.where(AuditEntry.at < local_day_start(flt.until + timedelta(days=1)))
    if flt.records:
        by_kind: dict[str, list[int]] = {}
        for kind, record_id in flt.records:
            by_kind.setdefault(kind, []).append(record_id)
        stmt = stmt.where(
            or_(*(and_(AuditEntry.entity == k, AuditEntry.entity_id.in_(ids)) for k, ids in by_kind.items()))
        )
    return stmt


# What a company's change history shows (``company_records``); the rest of the trail is the
# administrator's (Permission.VIEW_AUDIT_LOG).
COMPANY_KINDS = frozenset({"company", "establishment", "company_contact"})


def _check_scope(session: Session, flt: AuditFilter) -> None:
    """Reading one company's history needs VIEW_COMPANY_HISTORY (the decorator checks that);
    anything wider is the whole database's trail."""
    if not flt.records or any(kind not in COMPANY_KINDS for kind, _ in flt.records):
        check(session, Permission.VIEW_AUDIT_LOG)


@requires(Permission.VIEW_COMPANY_HISTORY)
def entry_ids(session: Session, flt: AuditFilter, *, limit: int | None = None) -> list[int]:
    """The ids of the matching lines, newest first."""
    _check_scope(session, flt)
    stmt = _query(flt).order_by(AuditEntry.id.desc())
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


@requires(Permission.VIEW_COMPANY_HISTORY)
def company_records(session: Session, company_id: int) -> tuple[tuple[str, int], ...]:
    """The records that make up a company's file in the trail: the company (and the companies
    merged into it), its establishments and the links to its contact persons."""
    records = [("company", company_id)]
    # The history of a company merged into this one (models.duplicates) is part of this file now.
    records += [
        ("company", i)
        for i in session.scalars(select(Company.id).where(Company.merged_into_id == company_id))
    ]
    records += [
        ("establishment", i)
        for i in session.scalars(select(Establishment.id).where(Establishment.company_id == company_id))
    ]
    records += [
        ("company_contact", i)
        for i in session.scalars(select(CompanyContact.id).where(CompanyContact.company_id == company_id))
    ]
    return tuple(records)


@requires(Permission.VIEW_COMPANY_HISTORY)
def entry_rows(session: Session, ids: list[int]) -> list[AuditRow]:
    """The lines with these ids, in the order of ``ids``, each with who and which record."""
    if not ids:
        return []
    stmt = select(AuditEntry).where(AuditEntry.id.in_(ids))
    if not allowed(session, Permission.VIEW_AUDIT_LOG):
        stmt = stmt.where(AuditEntry.entity.in_(COMPANY_KINDS))
    entries = {e.id: e for e in session.scalars(stmt)}
    users = dict(
        session.execute(
            select(User.id, User.full_name).where(
                User.id.in_({e.user_id for e in entries.values() if e.user_id is not None})
            )
        )
        .tuples()
        .all()
    )
    names = _record_names(session, ((e.entity, e.entity_id) for e in entries.values()))
    values = _value_names(session, entries.values())

    def shown(entry: AuditEntry, value: str | None) -> str | None:
        return values.get((entry.field, value), value) if value is not None else None

    return [
        AuditRow(
            id=e.id,
            at=e.at,
            user=users.get(e.user_id) if e.user_id is not None else None,
            kind=e.entity,
            record_id=e.entity_id,
            record=names.get((e.entity, e.entity_id), f"#{e.entity_id}"),
            action=e.action,
            field=e.field,
            old_value=shown(e, e.old_value),
            new_value=shown(e, e.new_value),
        )
        for i in ids
        if (e := entries.get(i)) is not None
    ]


# Columns that hold the id of an official or an area: the trail shows the name instead.
_USER_FIELDS = {"account_manager_id", "assignee_id"}
_AREA_FIELDS = {"area_id"}


def _value_names(session: Session, entries: Iterable[AuditEntry]) -> dict[tuple[str | None, str], str]:
    users: set[int] = set()
    areas: set[int] = set()
    for e in entries:
        for value in (e.old_value, e.new_value):
            if value and value.isdigit():
                if e.field in _USER_FIELDS:
                    users.add(int(value))
                elif e.field in _AREA_FIELDS:
                    areas.add(int(value))
    names: dict[tuple[str | None, str], str] = {}
    if users:
        for user_id, name in session.execute(
            select(User.id, User.full_name).where(User.id.in_(users))
        ).tuples():
            names.update({(f, str(user_id)): name for f in _USER_FIELDS})
    if areas:
        for area_id, name in session.execute(select(Area.id, Area.name).where(Area.id.in_(areas))).tuples():
            names.update({(f, str(area_id)): name for f in _AREA_FIELDS})
    return names


def _record_names(session: Session, records: Iterable[tuple[str, int]]) -> dict[tuple[str, int], str]:
    wanted: dict[str, set[int]] = {}
    for kind, record_id in records:
        wanted.setdefault(kind, set()).add(record_id)
    names: dict[tuple[str, int], str] = {}
    for kind, ids in wanted.items():
        column = _NAMES.get(kind)
        if column is not None:
            entity = column.class_
            rows = session.execute(select(entity.id, column).where(entity.id.in_(ids))).tuples()
            names.update({(kind, record_id): str(name) for record_id, name in rows if name})
        elif kind == "company_contact":
            rows = session.execute(
                select(CompanyContact.id, Contact.first_name, Contact.name_prefix, Contact.last_name)
                .join(Contact, Contact.id == CompanyContact.contact_id)
                .where(CompanyContact.id.in_(ids))
            ).tuples()
            names.update(
                {
                    (kind, i): " ".join(p for p in (first, prefix, last) if p)
                    for i, first, prefix, last in rows
                }
            )
    return names


@requires(Permission.VIEW_COMPANY_HISTORY)
def iter_rows(session: Session, flt: AuditFilter, *, page: int = 1000) -> Iterator[AuditRow]:
    """Every matching line, newest first, a page at a time (for exports of any size)."""
    ids = entry_ids(session, flt)
    for start in range(0, len(ids), page):
        yield from entry_rows(session, ids[start : start + page])


@requires(Permission.VIEW_COMPANY_HISTORY)
def export_csv(
    session: Session, flt: AuditFilter, out: IO[str], headers: list[str], translate: Any = str
) -> int:
    """Write the matching lines as CSV (semicolons, as Dutch spreadsheets expect); returns the
    number of lines. ``headers`` and ``translate`` (for kinds, actions and fields) come from the
    caller, which knows the user's language."""
    writer = csv.writer(out, delimiter=";")
    writer.writerow(headers)
    count = 0
    for row in iter_rows(session, flt):
        writer.writerow(
            [
                row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                row.user or "",
                translate(KIND_LABELS.get(row.kind, row.kind)),
                row.record,
                translate(ACTION_LABELS.get(row.action, row.action)),
                translate(FIELD_LABELS.get(row.field, row.field)) if row.field else "",
                row.old_value or "",
                row.new_value or "",
            ]
        )
        count += 1
    return count


def kinds() -> list[str]:
    """Every kind of record the trail can hold, for the filter: the known kinds in their
    order, then the other versioned tables (each change to them is audited too)."""
    tables = sorted(m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, Versioned))
    return [k for k in KIND_LABELS if k in tables] + [t for t in tables if t not in KIND_LABELS]
