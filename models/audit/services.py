"""Reading the audit trail (logboek): who changed what and when, from which value to which.

The trail itself is written by ``models.audit.trail`` in the transaction of every change; this
module only reads it, for the whole database or for one record (a company with its
establishments and contact links), filtered by person, period and kind of record, and
exports it. A trail of a busy shared database holds millions of lines, so the list works
like the company list: the ids in order first (one indexed query), the lines a page at a time.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Select, and_, or_, select
from sqlalchemy.orm import Session

from models.ambitions.entities import (
    ACTION_STATUS_LABELS,
    COMPANY_SIZE_LABELS,
    DIRECTION_LABELS,
    INDICATOR_SOURCE_LABELS,
    INPUT_CHANNEL_LABELS,
    PLAN_STATUS_LABELS,
    RESPONDENT_SECTOR_LABELS,
    ActionStatus,
    CompanySize,
    Direction,
    IndicatorSource,
    InputChannel,
    PlanStatus,
    RespondentSector,
)
from models.audit.entities import AuditEntry
from models.base import Base, Versioned, local_day_start
from models.companies.entities import (
    AREA_KIND_LABELS,
    ESTABLISHMENT_STATUS_LABELS,
    AreaKind,
    Company,
    CompanyContact,
    Contact,
    Establishment,
    EstablishmentStatus,
)
from models.consultations.entities import (
    AGREEMENT_STATUS_LABELS,
    CHANNEL_LABELS,
    RESPONSIBLE_LABELS,
    Agreement,
    AgreementStatus,
    Channel,
    Interaction,
    Responsible,
)
from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import Permission, allowed, check, requires
from models.signals.entities import SIGNAL_SOURCE_LABELS, SIGNAL_STATUS_LABELS, SignalSource, SignalStatus
from models.signals.records import signal_number
from models.team.entities import ROLE_LABELS, Role, User

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
    "attachment": QT_TRANSLATE_NOOP("labels", "document"),
    "signal_category": QT_TRANSLATE_NOOP("labels", "signal category"),
    "feedback_template": QT_TRANSLATE_NOOP("labels", "feedback template"),
    "signal_reaction": QT_TRANSLATE_NOOP("labels", "reporter's reaction"),
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
    # Every other column a person can change, so the Logboek never shows a column's name.
    "id": QT_TRANSLATE_NOOP("labels", "number"),
    "merged_into_id": QT_TRANSLATE_NOOP("labels", "merged into"),
    "body": QT_TRANSLATE_NOOP("labels", "text"),
    "parent_id": QT_TRANSLATE_NOOP("labels", "part of"),
    "sector": QT_TRANSLATE_NOOP("labels", "sector"),
    "size": QT_TRANSLATE_NOOP("labels", "size"),
    "company_id": QT_TRANSLATE_NOOP("labels", "company"),
    "ambition_id": QT_TRANSLATE_NOOP("labels", "ambition"),
    "title": QT_TRANSLATE_NOOP("labels", "title"),
    "owner_id": QT_TRANSLATE_NOOP("labels", "owner"),
    "start_date": QT_TRANSLATE_NOOP("labels", "start date"),
    "done_on": QT_TRANSLATE_NOOP("labels", "done on"),
    "username": QT_TRANSLATE_NOOP("labels", "login name"),
    "interaction_id": QT_TRANSLATE_NOOP("labels", "contact moment"),
    "question": QT_TRANSLATE_NOOP("labels", "question"),
    "answer": QT_TRANSLATE_NOOP("labels", "answer"),
    "tags": QT_TRANSLATE_NOOP("labels", "keywords"),
    "department": QT_TRANSLATE_NOOP("labels", "department"),
    "valid_from": QT_TRANSLATE_NOOP("labels", "valid from"),
    "valid_until": QT_TRANSLATE_NOOP("labels", "valid until"),
    "review_on": QT_TRANSLATE_NOOP("labels", "review on"),
    "plan_id": QT_TRANSLATE_NOOP("labels", "ambition plan"),
    "theme": QT_TRANSLATE_NOOP("labels", "theme"),
    "lead_id": QT_TRANSLATE_NOOP("labels", "lead"),
    "position": QT_TRANSLATE_NOOP("labels", "position"),
    "previous_id": QT_TRANSLATE_NOOP("labels", "previous version"),
    "unit": QT_TRANSLATE_NOOP("labels", "unit"),
    "baseline": QT_TRANSLATE_NOOP("labels", "starting value"),
    "baseline_date": QT_TRANSLATE_NOOP("labels", "starting date"),
    "target": QT_TRANSLATE_NOOP("labels", "target value"),
    "target_date": QT_TRANSLATE_NOOP("labels", "target date"),
    "direction": QT_TRANSLATE_NOOP("labels", "direction"),
    "source": QT_TRANSLATE_NOOP("labels", "source"),
    "plausible_min": QT_TRANSLATE_NOOP("labels", "lowest plausible value"),
    "plausible_max": QT_TRANSLATE_NOOP("labels", "highest plausible value"),
    "target_days": QT_TRANSLATE_NOOP("labels", "working days to handle"),
    "reported_at": QT_TRANSLATE_NOOP("labels", "reported at"),
    "category_id": QT_TRANSLATE_NOOP("labels", "category"),
    "anonymous": QT_TRANSLATE_NOOP("labels", "anonymous"),
    "reporter_name": QT_TRANSLATE_NOOP("labels", "reporter's name"),
    "reporter_phone": QT_TRANSLATE_NOOP("labels", "reporter's phone"),
    "reporter_email": QT_TRANSLATE_NOOP("labels", "reporter's e-mail"),
    "reporter_address": QT_TRANSLATE_NOOP("labels", "reporter's postal address"),
    "handler_id": QT_TRANSLATE_NOOP("labels", "handler"),
    "wants_contact": QT_TRANSLATE_NOOP("labels", "wants to be contacted"),
    "closed_at": QT_TRANSLATE_NOOP("labels", "closed at"),
    "search_text": QT_TRANSLATE_NOOP("labels", "search text"),
    "respondent_id": QT_TRANSLATE_NOOP("labels", "respondent"),
    "text": QT_TRANSLATE_NOOP("labels", "text"),
    "received_on": QT_TRANSLATE_NOOP("labels", "received on"),
    "held_on": QT_TRANSLATE_NOOP("labels", "held on"),
    "round_id": QT_TRANSLATE_NOOP("labels", "round"),
    "observed_at": QT_TRANSLATE_NOOP("labels", "observed at"),
    "finding": QT_TRANSLATE_NOOP("labels", "finding"),
    "action": QT_TRANSLATE_NOOP("labels", "advice or action"),
    "spoke_with": QT_TRANSLATE_NOOP("labels", "spoke with"),
    "follow_up": QT_TRANSLATE_NOOP("labels", "follow-up needed"),
    "agreement_id": QT_TRANSLATE_NOOP("labels", "agreement"),
    "signal_id": QT_TRANSLATE_NOOP("labels", "signal"),
    "number": QT_TRANSLATE_NOOP("labels", "number"),
    "adopted_on": QT_TRANSLATE_NOOP("labels", "adopted on"),
    "introduction": QT_TRANSLATE_NOOP("labels", "introduction"),
    "contact_id": QT_TRANSLATE_NOOP("labels", "contact person"),
    "asked_at": QT_TRANSLATE_NOOP("labels", "asked at"),
    "article_id": QT_TRANSLATE_NOOP("labels", "knowledge article"),
    "visitor": QT_TRANSLATE_NOOP("labels", "visitor"),
    "official_id": QT_TRANSLATE_NOOP("labels", "official"),
    "indicator_id": QT_TRANSLATE_NOOP("labels", "indicator"),
    "measured_on": QT_TRANSLATE_NOOP("labels", "measured on"),
    "value": QT_TRANSLATE_NOOP("labels", "value"),
    "note": QT_TRANSLATE_NOOP("labels", "note"),
    "media_type": QT_TRANSLATE_NOOP("labels", "file type"),
    "reopens": QT_TRANSLATE_NOOP("labels", "asks to reopen"),
    "at": QT_TRANSLATE_NOOP("labels", "when"),
    "user_id": QT_TRANSLATE_NOOP("labels", "recorded by"),
    "satisfied": QT_TRANSLATE_NOOP("labels", "satisfied"),
    "reason_id": QT_TRANSLATE_NOOP("labels", "reason"),
    "comment": QT_TRANSLATE_NOOP("labels", "reporter's words"),
    "stage": QT_TRANSLATE_NOOP("labels", "starter or established"),
    "portfolio_holder": QT_TRANSLATE_NOOP("labels", "portfolio holder"),
    "portfolio": QT_TRANSLATE_NOOP("labels", "portfolio"),
    "place": QT_TRANSLATE_NOOP("labels", "place"),
    "added_by_id": QT_TRANSLATE_NOOP("labels", "added by"),
}

# How each kind of record is named in the trail: the column that says which one it is (a
# contact person by their full name, a signal by its number: see ``_record_names``).
NAME_COLUMNS: dict[str, str] = {
    "company": "name",
    "establishment": "trade_name",
    "interaction": "subject",
    "agreement": "description",
    "app_user": "full_name",
    "area": "name",
    "signal_category": "name",
    "feedback_template": "name",
    "supervision_round": "title",
    "observation": "finding",
    "knowledge_article": "question",
    "desk_question": "question",
    "ambition_plan": "title",
    "ambition": "title",
    "ambition_action": "title",
    "respondent": "name",
    "idea": "text",
    "indicator": "name",
    "retention_setting": "kind",
    "attachment": "name",
}
NAME_LENGTH = 80  # a long question or finding is named by its beginning

# The choices a column holds, named as on screen: a status is "afgehandeld", never "done".
ENUM_LABELS: dict[type[enum.Enum], dict[Any, str]] = {
    AgreementStatus: AGREEMENT_STATUS_LABELS,
    Channel: CHANNEL_LABELS,
    Responsible: RESPONSIBLE_LABELS,
    SignalStatus: SIGNAL_STATUS_LABELS,
    SignalSource: SIGNAL_SOURCE_LABELS,
    AreaKind: AREA_KIND_LABELS,
    EstablishmentStatus: ESTABLISHMENT_STATUS_LABELS,
    Role: ROLE_LABELS,
    PlanStatus: PLAN_STATUS_LABELS,
    RespondentSector: RESPONDENT_SECTOR_LABELS,
    CompanySize: COMPANY_SIZE_LABELS,
    InputChannel: INPUT_CHANNEL_LABELS,
    ActionStatus: ACTION_STATUS_LABELS,
    Direction: DIRECTION_LABELS,
    IndicatorSource: INDICATOR_SOURCE_LABELS,
}


def _column(entity: str, field: str | None) -> Any:
    table = Base.metadata.tables.get(entity)
    if table is None or field is None or field not in table.c:
        return None
    return table.c[field]


def _enum_labels(entity: str, field: str | None) -> dict[str, str] | None:
    """For a choice column: stored value → the label source text (translated on screen)."""
    column = _column(entity, field)
    kind = getattr(getattr(column, "type", None), "enum_class", None)
    labels = ENUM_LABELS.get(kind) if kind is not None else None
    return {str(member.value): text for member, text in labels.items()} if labels else None


def choice_labels(entity: str, field: str | None) -> dict[str, str] | None:
    """For a choice column: stored value → the label source text (translated on screen)."""
    return _enum_labels(entity, field)


def points_to(entity: str, field: str | None) -> str | None:
    """The table a column refers to (its foreign key), for an id shown as a name."""
    return _points_to(entity, field)


@requires()  # names only, of records the caller already holds (the sync's conflicts)
def record_names(
    session: Session | Connection, records: Iterable[tuple[str, int]]
) -> dict[tuple[str, int], str]:
    """(table, id) → what a person calls that record (a name, a subject, a signal's number);
    records without a name are left out. Reads only the named records' tables."""
    return _record_names(session, records)


def _points_to(entity: str, field: str | None) -> str | None:
    """The table a column refers to (its foreign key), for an id shown as a name."""
    column = _column(entity, field)
    if column is None:
        return None
    return next((fk.column.table.name for fk in column.foreign_keys), None)


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
    # The values are label source texts of a choice ("done" → translated "afgehandeld").
    labelled: bool = False
    # A change made offline and synchronised (``at``) later: when it was done (issue 22,
    # ``audit_entry.done_at``, stated by the synchronisation).
    done_offline: datetime | None = None


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


# What a company's change history shows (``company_records``): the file itself, its
# establishments, its contact persons and their links, and its contact moments with their
# agreements (for those who may read contact moments); the rest of the trail is the
# administrator's (Permission.VIEW_AUDIT_LOG).
CONSULTATION_KINDS = frozenset({"interaction", "agreement"})
COMPANY_KINDS = frozenset({"company", "establishment", "company_contact", "contact"}) | CONSULTATION_KINDS


def _readable_kinds(session: Session) -> frozenset[str]:
    """The kinds of a company's file this official may read the history of."""
    if allowed(session, Permission.VIEW_CONSULTATIONS):
        return COMPANY_KINDS
    return COMPANY_KINDS - CONSULTATION_KINDS


def _check_scope(session: Session, flt: AuditFilter) -> None:
    """Reading one company's history needs VIEW_COMPANY_HISTORY (the decorator checks that);
    anything wider is the whole database's trail."""
    if not flt.records or any(kind not in _readable_kinds(session) for kind, _ in flt.records):
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
    links = session.execute(
        select(CompanyContact.id, CompanyContact.contact_id).where(CompanyContact.company_id == company_id)
    ).all()
    records += [("company_contact", link_id) for link_id, _ in links]
    # A contact person's own details (name, e-mail) are part of every file they are linked to.
    records += [("contact", contact_id) for contact_id in sorted({c for _, c in links})]
    if allowed(session, Permission.VIEW_CONSULTATIONS):
        interactions = select(Interaction.id).where(Interaction.company_id == company_id)
        records += [("interaction", i) for i in session.scalars(interactions)]
        records += [
            ("agreement", i)
            for i in session.scalars(select(Agreement.id).where(Agreement.interaction_id.in_(interactions)))
        ]
    return tuple(records)


@requires(Permission.VIEW_COMPANY_HISTORY)
def entry_rows(session: Session, ids: list[int]) -> list[AuditRow]:
    """The lines with these ids, in the order of ``ids``, each with who and which record."""
    if not ids:
        return []
    stmt = select(AuditEntry).where(AuditEntry.id.in_(ids))
    if not allowed(session, Permission.VIEW_AUDIT_LOG):
        stmt = stmt.where(AuditEntry.entity.in_(_readable_kinds(session)))
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
        if value is None:
            return None
        choices = _enum_labels(entry.entity, entry.field)
        if choices is not None:
            return choices.get(value, value)
        return values.get((entry.entity, entry.field, value), value)

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
            labelled=_enum_labels(e.entity, e.field) is not None,
            done_offline=e.done_at,
        )
        for i in ids
        if (e := entries.get(i)) is not None
    ]


def _value_names(session: Session, entries: Iterable[AuditEntry]) -> dict[tuple[str, str | None, str], str]:
    """Ids in the trail's values (an official, an area, a company, a category…) as the names of
    what they point to: (entity, field, stored value) → name."""
    pointers: dict[tuple[str, str | None], str] = {}
    wanted: list[tuple[str, int]] = []
    found: list[tuple[str, str | None, str, str, int]] = []
    for e in entries:
        key = (e.entity, e.field)
        if key not in pointers:
            pointers[key] = _points_to(e.entity, e.field) or ""
        target = pointers[key]
        if not target:
            continue
        for value in (e.old_value, e.new_value):
            if value and value.isdigit():
                wanted.append((target, int(value)))
                found.append((e.entity, e.field, value, target, int(value)))
    names = _record_names(session, wanted)
    return {
        (entity, field, value): names[(target, target_id)]
        for entity, field, value, target, target_id in found
        if (target, target_id) in names
    }


def _full_name(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)


def _record_names(
    session: Session | Connection, records: Iterable[tuple[str, int]]
) -> dict[tuple[str, int], str]:
    wanted: dict[str, set[int]] = {}
    for kind, record_id in records:
        wanted.setdefault(kind, set()).add(record_id)
    names: dict[tuple[str, int], str] = {}
    for kind, ids in wanted.items():
        table = Base.metadata.tables.get(kind)
        column = NAME_COLUMNS.get(kind)
        if kind == "signal":
            names.update({(kind, i): signal_number(i) for i in ids})
        elif table is not None and column is not None:
            rows = session.execute(select(table.c.id, table.c[column]).where(table.c.id.in_(ids))).tuples()
            for record_id, name in rows:
                if name:
                    text = str(name)
                    names[(kind, record_id)] = (
                        text if len(text) <= NAME_LENGTH else text[: NAME_LENGTH - 1] + "…"
                    )
        elif kind == "contact":
            rows = session.execute(
                select(Contact.id, Contact.first_name, Contact.name_prefix, Contact.last_name).where(
                    Contact.id.in_(ids)
                )
            ).tuples()
            names.update({(kind, i): _full_name(*parts) for i, *parts in rows})
        elif kind == "company_contact":
            rows = session.execute(
                select(CompanyContact.id, Contact.first_name, Contact.name_prefix, Contact.last_name)
                .join(Contact, Contact.id == CompanyContact.contact_id)
                .where(CompanyContact.id.in_(ids))
            ).tuples()
            names.update({(kind, i): _full_name(*parts) for i, *parts in rows})
    return names


@requires(Permission.VIEW_COMPANY_HISTORY)
def iter_rows(session: Session, flt: AuditFilter, *, page: int = 1000) -> Iterator[AuditRow]:
    """Every matching line, newest first, a page at a time (for exports of any size)."""
    ids = entry_ids(session, flt)
    for start in range(0, len(ids), page):
        yield from entry_rows(session, ids[start : start + page])


def kinds() -> list[str]:
    """Every kind of record the trail can hold, for the filter: the known kinds in their
    order, then the other versioned tables (each change to them is audited too)."""
    tables = sorted(m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, Versioned))
    return [k for k in KIND_LABELS if k in tables] + [t for t in tables if t not in KIND_LABELS]
