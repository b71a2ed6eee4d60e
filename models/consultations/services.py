"""Consultations: contact moments, what was agreed in them, and who follows it up.

Overdue is never stored: an agreement is overdue when it is still open or in progress and
its due date lies before today. ``today`` is always a parameter, so the rule can be tested
at its boundary and a report can be made "as of" a date.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    CompoundSelect,
    Connection,
    Select,
    String,
    bindparam,
    delete,
    func,
    insert,
    literal,
    literal_column,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from models.base import utcnow
from models.common import conflict, created_before, flush_or_conflict, load, load_for_edit
from models.companies.entities import Company, CompanyContact, Contact
from models.consultations.entities import (
    OPEN_STATUSES,
    Agreement,
    AgreementStatus,
    Channel,
    Interaction,
    InteractionContact,
    InteractionOfficial,
    Responsible,
)
from models.consultations.records import AgreementRecord, InteractionRecord
from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import Permission, allowed, requires
from models.team.entities import User
from models.validation import Validator

# Which status may follow which. Reopening a closed agreement is allowed: things come back.
TRANSITIONS: dict[AgreementStatus, set[AgreementStatus]] = {
    AgreementStatus.OPEN: {AgreementStatus.IN_PROGRESS, AgreementStatus.DONE, AgreementStatus.DROPPED},
    AgreementStatus.IN_PROGRESS: {AgreementStatus.OPEN, AgreementStatus.DONE, AgreementStatus.DROPPED},
    AgreementStatus.DONE: {AgreementStatus.OPEN},
    AgreementStatus.DROPPED: {AgreementStatus.OPEN},
}
NEEDS_NOTE = {AgreementStatus.DONE, AgreementStatus.DROPPED}


def is_overdue(status: AgreementStatus, due: date | None, today: date) -> bool:
    return status in OPEN_STATUSES and due is not None and due < today


def week_end(today: date) -> date:
    """The Sunday that ends today's week (Dutch weeks start on Monday)."""
    return today + timedelta(days=6 - today.weekday())


# -- input ------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class AgreementInput:
    description: str = ""
    responsible: Responsible = Responsible.MUNICIPALITY
    assignee_id: int | None = None
    due_date: date | None = None
    id: int | None = None  # an existing agreement being edited
    version: int | None = None


@dataclass(kw_only=True)
class InteractionInput:
    occurred_at: datetime | None = None
    channel: Channel = Channel.VISIT
    subject: str = ""
    report: str = ""
    official_ids: list[int] = field(default_factory=list)
    contact_ids: list[int] = field(default_factory=list)
    confidential: bool = False
    agreements: list[AgreementInput] = field(default_factory=list)


# -- output -----------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class WorkItem:
    """One line of "Mijn werk": an open agreement and where it stands."""

    agreement: AgreementRecord
    bucket: str  # "overdue", "this_week", "later", "no_date"


BUCKETS = ("overdue", "this_week", "later", "no_date")


def bucket_of(due: date | None, today: date) -> str:
    if due is None:
        return "no_date"
    if due < today:
        return "overdue"
    if due <= week_end(today):
        return "this_week"
    return "later"


# -- who sees confidential contact moments ----------------------------------------------------


@requires()
def sees_confidential(session: Session) -> bool:
    """Whether this official may see confidential contact moments (and their agreements): the
    roles that read contact moments. On a shared server row-level security hides them from the
    others as well (``models.server.privileges``); the services say the same on both databases."""
    return allowed(session, Permission.VIEW_CONSULTATIONS)


@requires()
def visible_interactions(session: Session) -> list[ColumnElement[bool]]:
    """The conditions that leave out what this official may not see, for a query over ``Interaction``."""
    return [] if sees_confidential(session) else [Interaction.confidential.is_(False)]


@requires()
def visible_agreements(session: Session) -> list[ColumnElement[bool]]:
    """Likewise for ``Agreement``: those made in a confidential contact moment go with it."""
    if sees_confidential(session):
        return []
    return [Agreement.interaction_id.in_(select(Interaction.id).where(Interaction.confidential.is_(False)))]


# -- validation -------------------------------------------------------------------------------


def _validate(session: Session, data: InteractionInput, now: datetime) -> Validator:
    v = Validator()
    if data.occurred_at is None:
        v.add("occurred_at", QT_TRANSLATE_NOOP("errors", "When did the contact take place?"))
    elif data.occurred_at > now + timedelta(days=1):
        v.add("occurred_at", QT_TRANSLATE_NOOP("errors", "A contact moment cannot lie in the future."))
    v.required("subject", data.subject)
    v.max_length("subject", data.subject.strip(), 200)
    for index, agreement in enumerate(data.agreements):
        prefix = f"agreements.{index}."
        if not agreement.description.strip():
            v.add(prefix + "description", QT_TRANSLATE_NOOP("errors", "Describe what was agreed."))
        if (
            agreement.due_date is not None
            and data.occurred_at is not None
            and agreement.due_date < data.occurred_at.date()
        ):
            v.add(
                prefix + "due_date",
                QT_TRANSLATE_NOOP("errors", "The due date lies before the contact moment."),
            )
        if (
            agreement.id is None
            and agreement.responsible is Responsible.MUNICIPALITY
            and agreement.assignee_id is None
        ):
            # An agreement the municipality owes is in somebody's Mijn werk, or it is forgotten.
            v.add(
                prefix + "assignee_id",
                QT_TRANSLATE_NOOP(
                    "errors", "Choose the official who carries out this agreement for the municipality."
                ),
            )
        if agreement.assignee_id is not None:
            assignee = session.get(User, agreement.assignee_id)
            if assignee is None or not assignee.active:
                v.add(
                    prefix + "assignee_id",
                    QT_TRANSLATE_NOOP("errors", "This colleague is no longer active; choose another."),
                )
    return v


def _check_company(session: Session, company_id: int, expected_version: int | None) -> Company:
    company = load(session, Company, company_id)
    if company.archived_at is not None:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} was archived meanwhile. Restore the company to log contact with it; what you typed is kept.",
            ),
            name=company.name,
        )
    if expected_version is not None and company.version != expected_version:
        raise conflict(session, company)
    return company


def _set_people(
    session: Session,
    interaction_id: int,
    official_ids: list[int],
    contact_ids: list[int],
    *,
    new: bool = False,
) -> None:
    """Who took part. A new contact moment has nobody yet: nothing is removed (the desk and a
    supervisor, who record contact moments but never change them, may add people, not remove them)."""
    if not new:
        session.execute(
            delete(InteractionOfficial).where(InteractionOfficial.interaction_id == interaction_id)
        )
        session.execute(delete(InteractionContact).where(InteractionContact.interaction_id == interaction_id))
    if official_ids:
        session.execute(
            insert(InteractionOfficial),
            [{"interaction_id": interaction_id, "user_id": uid} for uid in dict.fromkeys(official_ids)],
        )
    if contact_ids:
        session.execute(
            insert(InteractionContact),
            [{"interaction_id": interaction_id, "contact_id": cid} for cid in dict.fromkeys(contact_ids)],
        )


def _apply_agreements(
    session: Session, interaction: Interaction, items: list[AgreementInput], *, new: bool = False
) -> None:
    existing = {} if new else {a.id: a for a in interaction.agreements}
    for item in items:
        values = {
            "description": item.description.strip(),
            "responsible": item.responsible,
            "assignee_id": item.assignee_id,
            "due_date": item.due_date,
        }
        if item.id is None:
            session.add(Agreement(interaction_id=interaction.id, company_id=interaction.company_id, **values))
            continue
        agreement = existing.get(item.id)
        if agreement is None:
            continue
        if item.version is not None and agreement.version != item.version:
            raise conflict(session, agreement)
        for key, value in values.items():
            setattr(agreement, key, value)


# -- use cases --------------------------------------------------------------------------------


@requires(Permission.RECORD_CONSULTATIONS)
def log_interaction(
    session: Session,
    company_id: int,
    data: InteractionInput,
    *,
    company_version: int | None = None,
    client_token: str | None = None,
) -> int:
    """Record a contact moment with its agreements; returns its id.

    ``company_version`` is the version of the company file the user was looking at: when
    a colleague changed or archived the company meanwhile, the user is told before saving.
    ``client_token``: the form's; a retried create returns the contact moment the first attempt made.
    """
    if (made := created_before(session, Interaction, client_token)) is not None:
        return made
    now = utcnow()
    v = _validate(session, data, now)
    v.raise_if_any()
    _check_company(session, company_id, company_version)
    interaction = Interaction(
        company_id=company_id,
        occurred_at=data.occurred_at,
        channel=data.channel,
        subject=data.subject.strip(),
        report=data.report.strip() or None,
        confidential=data.confidential,
        client_token=client_token,
    )
    session.add(interaction)
    session.flush()
    _set_people(session, interaction.id, data.official_ids, data.contact_ids, new=True)
    _apply_agreements(session, interaction, data.agreements, new=True)
    session.flush()
    return interaction.id


@requires(Permission.RECORD_CONSULTATIONS)
def update_interaction(
    session: Session, interaction_id: int, expected_version: int, data: InteractionInput
) -> int:
    """Save changes to a contact moment; agreements left out of ``data`` are kept as they are."""
    interaction = load_for_edit(session, Interaction, interaction_id, expected_version)
    v = _validate(session, data, utcnow())
    v.raise_if_any()
    _check_company(session, interaction.company_id, None)
    interaction.occurred_at = data.occurred_at  # type: ignore[assignment]
    interaction.channel = data.channel
    interaction.subject = data.subject.strip()
    interaction.report = data.report.strip() or None
    interaction.confidential = data.confidential
    # Touch the row so its version moves even when only people or agreements changed.
    interaction.updated_at = utcnow()
    flush_or_conflict(session, interaction)
    _set_people(session, interaction.id, data.official_ids, data.contact_ids)
    _apply_agreements(session, interaction, data.agreements)
    session.flush()
    return interaction.version


@requires(Permission.RECORD_CONSULTATIONS)
def set_agreement_status(
    session: Session,
    agreement_id: int,
    expected_version: int,
    status: AgreementStatus,
    note: str = "",
    *,
    today: date | None = None,
) -> int:
    """Move an agreement on; completing or dropping it needs a short note of what was done."""
    agreement = load_for_edit(session, Agreement, agreement_id, expected_version)
    v = Validator()
    if status != agreement.status and status not in TRANSITIONS[agreement.status]:
        v.add("status", QT_TRANSLATE_NOOP("errors", "This status cannot follow the current one."))
    if status in NEEDS_NOTE and not note.strip():
        v.add("note", QT_TRANSLATE_NOOP("errors", "Write down briefly what was done or why it was dropped."))
    v.raise_if_any()
    agreement.status = status
    agreement.status_note = note.strip() or agreement.status_note
    agreement.closed_on = (today or date.today()) if status in NEEDS_NOTE else None
    flush_or_conflict(session, agreement)
    return agreement.version


def _agreement_columns() -> Select:
    """An agreement as one plain row with the names it is shown with (its assignee, its company,
    the day of its contact moment): no ORM objects for lists that only read."""
    return (
        select(
            Agreement.id,
            Agreement.version,
            Agreement.interaction_id,
            Agreement.company_id,
            Company.name,
            Agreement.description,
            Agreement.responsible,
            Agreement.assignee_id,
            User.full_name,
            Agreement.due_date,
            Agreement.status,
            Agreement.status_note,
            Agreement.closed_on,
            Interaction.occurred_at,
        )
        .join(Company, Company.id == Agreement.company_id)
        .join(Interaction, Interaction.id == Agreement.interaction_id)
        .outerjoin(User, User.id == Agreement.assignee_id)
    )


def _core(session: Session) -> Connection:
    """The session's connection, for lists that only read plain rows: its rows skip the ORM's
    result processing, most of Mijn werk's time beside the query itself (what is still pending
    in the session is written first, as the session's own ``execute`` would)."""
    session.flush()
    return session.connection()


def _agreement_rows(
    session: Session, stmt: Select, today: date, params: dict[str, object] | None = None
) -> list[AgreementRecord]:
    """The records of the agreements ``stmt`` (made from ``_agreement_columns``) selects, in its order."""
    return [
        AgreementRecord(
            id=aid,
            version=version,
            interaction_id=interaction_id,
            company_id=company_id,
            company_name=company_name or "",
            description=description,
            responsible=responsible,
            assignee_id=assignee_id,
            assignee=assignee,
            due_date=due_date,
            status=status,
            status_note=status_note,
            closed_on=closed_on,
            made_on=made.date(),
            overdue=is_overdue(status, due_date, today),
        )
        for (
            aid,
            version,
            interaction_id,
            company_id,
            company_name,
            description,
            responsible,
            assignee_id,
            assignee,
            due_date,
            status,
            status_note,
            closed_on,
            made,
        ) in _core(session).execute(stmt, params).all()
    ]


def _agreement_records(session: Session, rows: list[Agreement], today: date) -> list[AgreementRecord]:
    """The records of agreements already loaded as objects (the rounds' reports), in their order."""
    if not rows:
        return []
    stmt = _agreement_columns().where(Agreement.id.in_([a.id for a in rows]))
    found = {r.id: r for r in _agreement_rows(session, stmt, today)}
    return [found[a.id] for a in rows]


@dataclass(frozen=True, kw_only=True)
class TimelinePage:
    """Part of a company's timeline: ``records`` from ``offset`` on, of ``total`` contact moments."""

    records: list[InteractionRecord]
    offset: int
    total: int

    @property
    def complete(self) -> bool:
        return self.offset + len(self.records) >= self.total


def _timeline_params(
    company_id: int, channels: set[Channel] | None, since: date | None, until: date | None
) -> dict[str, object]:
    """The values of the timeline's filters, for the statements of ``_timeline_statements``."""
    params: dict[str, object] = {"company_id": company_id}
    if channels:
        params["channels"] = sorted(channels)
    if since is not None:
        params["since"] = datetime.combine(since, datetime.min.time()).astimezone()
    if until is not None:
        params["until"] = datetime.combine(until + timedelta(days=1), datetime.min.time()).astimezone()
    return params


def _timeline_where(params: dict[str, object]) -> list[ColumnElement[bool]]:
    where = [Interaction.company_id == bindparam("company_id"), Interaction.archived_at.is_(None)]
    if "channels" in params:
        where.append(Interaction.channel.in_(bindparam("channels", expanding=True)))
    if "since" in params:
        where.append(Interaction.occurred_at >= bindparam("since", type_=Interaction.occurred_at.type))
    if "until" in params:
        where.append(Interaction.occurred_at < bindparam("until", type_=Interaction.occurred_at.type))
    return where


@dataclass(frozen=True)
class _TimelineStatements:
    moments: Select
    count: Select
    people: CompoundSelect
    agreements: Select


_TIMELINE_STATEMENTS: dict[tuple[str, ...], _TimelineStatements] = {}


def _timeline_statements(params: dict[str, object], paged: bool) -> _TimelineStatements:
    """The timeline's statements for these filters, made once per kind of filter: building them
    cost more than running them for a page of a file (a statement made once also keeps its
    compiled form in SQLAlchemy's cache)."""
    key = (*sorted(params), "paged" if paged else "whole")
    made = _TIMELINE_STATEMENTS.get(key)
    if made is not None:
        return made
    where = _timeline_where(params)
    moments = (
        select(
            Interaction.id,
            Interaction.version,
            Interaction.occurred_at,
            Interaction.channel,
            Interaction.subject,
            Interaction.report,
            Interaction.confidential,
            User.full_name,
        )
        .outerjoin(User, User.id == Interaction.updated_by_id)
        .where(*where)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
    )
    if paged:
        moments = moments.limit(bindparam("limit")).offset(bindparam("offset"))
    ids: BindParameter[int] = bindparam("ids", expanding=True, literal_execute=True)
    # Who took part, officials and contact persons in one read: (moment, kind, id, names…).
    people: CompoundSelect = union_all(
        select(
            InteractionOfficial.interaction_id,
            literal(0),
            User.id,
            User.full_name,
            literal(None, String),
            literal(None, String),
        )
        .join(User, User.id == InteractionOfficial.user_id)
        .where(InteractionOfficial.interaction_id.in_(ids)),
        select(
            InteractionContact.interaction_id,
            literal(1),
            Contact.id,
            Contact.last_name,
            Contact.first_name,
            Contact.name_prefix,
        )
        .join(Contact, Contact.id == InteractionContact.contact_id)
        .where(InteractionContact.interaction_id.in_(ids)),
    ).order_by(literal_column("2"), literal_column("4"))
    made = _TimelineStatements(
        moments=moments,
        count=select(func.count()).select_from(Interaction).where(*where),
        people=people,
        agreements=_agreement_columns().where(Agreement.interaction_id.in_(ids)).order_by(Agreement.id),
    )
    _TIMELINE_STATEMENTS[key] = made
    return made


def _timeline_records(
    session: Session,
    company_id: int,
    params: dict[str, object],
    today: date,
    *,
    offset: int = 0,
    limit: int | None = None,
    company_version: int | None = None,
) -> list[InteractionRecord]:
    """Three queries of plain rows whatever the number of entries (moments, the people who took
    part, agreements with their names), none building ORM objects; a fourth for the company's
    version when the caller did not read it with the file."""
    connection = _core(session)
    if company_version is None:
        company_version = connection.scalar(_company_version(), {"company_id": company_id})
        if company_version is None:
            load(session, Company, company_id)  # says "no longer exists"
    statements = _timeline_statements(params, limit is not None)
    if limit is not None:
        params = {**params, "limit": limit, "offset": offset}
    moments = connection.execute(statements.moments, params).all()
    if not moments:
        return []
    ids: dict[str, object] = {"ids": [m[0] for m in moments]}
    officials: dict[int, list[tuple[int, str]]] = defaultdict(list)
    contacts: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for iid, kind, pid, last, first, prefix in connection.execute(statements.people, ids).all():
        if kind:
            # As Contact.full_name writes it.
            contacts[iid].append((pid, " ".join(part for part in (first, prefix, last) if part)))
        else:
            officials[iid].append((pid, last))
    agreements: dict[int, list[AgreementRecord]] = defaultdict(list)
    for record in _agreement_rows(session, statements.agreements, today, ids):
        agreements[record.interaction_id].append(record)
    return [
        InteractionRecord(
            id=iid,
            version=version,
            company_id=company_id,
            company_version=company_version or 0,
            occurred_at=occurred_at,
            channel=channel,
            subject=subject,
            report=report or "",
            confidential=confidential,
            officials=officials[iid],
            contacts=contacts[iid],
            agreements=agreements[iid],
            created_by=author,
        )
        for iid, version, occurred_at, channel, subject, report, confidential, author in moments
    ]


@functools.cache
def _company_version() -> Select:
    return select(Company.version).where(Company.id == bindparam("company_id"))


@requires(Permission.VIEW_CONSULTATIONS)
def timeline(
    session: Session,
    company_id: int,
    *,
    today: date,
    channels: set[Channel] | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[InteractionRecord]:
    """The company's contact moments with their agreements, newest first (all of them: the
    documents; the window reads them a page at a time with ``timeline_page``)."""
    return _timeline_records(session, company_id, _timeline_params(company_id, channels, since, until), today)


# About two screens of the timeline at 1366×768: the first shows at once, the next page is read
# as one scrolls near the end of those shown (fewer rows first: the file opens sooner).
TIMELINE_PAGE = 50


@requires(Permission.VIEW_CONSULTATIONS)
def timeline_page(
    session: Session,
    company_id: int,
    *,
    today: date,
    offset: int = 0,
    limit: int = TIMELINE_PAGE,
    channels: set[Channel] | None = None,
    since: date | None = None,
    until: date | None = None,
    company_version: int | None = None,
) -> TimelinePage:
    """``limit`` contact moments of the company's timeline from ``offset`` on, newest first, and
    how many there are in all: the window shows the first at once and reads on as one scrolls.
    ``company_version``: the file's, when it was read in the same go (one query fewer)."""
    params = _timeline_params(company_id, channels, since, until)
    records = _timeline_records(
        session, company_id, params, today, offset=offset, limit=limit, company_version=company_version
    )
    if offset == 0 and len(records) < limit:
        total = len(records)
    else:
        total = _core(session).scalar(_timeline_statements(params, True).count, params) or 0
    return TimelinePage(records=records, offset=offset, total=total)


@requires(Permission.VIEW_CONSULTATIONS)
def interaction(session: Session, interaction_id: int, *, today: date) -> InteractionRecord:
    found = load(session, Interaction, interaction_id)
    return next(r for r in timeline(session, found.company_id, today=today) if r.id == interaction_id)


@requires(Permission.VIEW_CONTACT_SUMMARY)
def open_agreements(session: Session, company_id: int, *, today: date) -> list[AgreementRecord]:
    """The company's open agreements (those of a confidential contact moment only for the roles
    that read contact moments): part of the contact summary the desk sees."""
    stmt = (
        _agreement_columns()
        .where(
            Agreement.company_id == company_id,
            Agreement.status.in_(OPEN_STATUSES),
            *visible_agreements(session),  # the desk's summary reads these too
        )
        .order_by(Agreement.due_date.is_(None), Agreement.due_date, Agreement.id)
    )
    return _agreement_rows(session, stmt, today)


@dataclass(frozen=True, kw_only=True)
class RecentContact:
    """When and about what a company was contacted lately: the summary, never the report."""

    moments: list[tuple[datetime, Channel, str]]  # (when, channel, subject), newest first
    count: int  # every contact moment of the company this official may see


@requires(Permission.VIEW_CONTACT_SUMMARY)
def recent_contact(session: Session, company_id: int, *, limit: int) -> RecentContact:
    """The last ``limit`` contact moments of a company as when, channel and subject. A confidential
    contact moment is left out for the roles that do not read contact moments (on a shared server
    its row is not even visible to them), and no report is read."""
    where = (
        Interaction.company_id == company_id,
        Interaction.archived_at.is_(None),
        *visible_interactions(session),
    )
    rows = session.execute(
        select(Interaction.occurred_at, Interaction.channel, Interaction.subject)
        .where(*where)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(limit)
    ).tuples()
    count = session.scalar(select(func.count()).select_from(Interaction).where(*where)) or 0
    return RecentContact(moments=list(rows), count=count)


@dataclass(frozen=True, kw_only=True)
class WorkList:
    """What "Mijn werk" shows: the most urgent open agreements, and how many there are in all."""

    items: list[WorkItem]
    counts: dict[str, int]  # per bucket, over every open agreement in scope, listed or not

    @property
    def total(self) -> int:
        return sum(self.counts.values())


WORK_LIMIT = 2_000


@requires(Permission.VIEW_CONSULTATIONS)
def my_work(
    session: Session,
    user_ids: list[int] | None,
    *,
    today: date,
    include_later: bool = True,
    limit: int = WORK_LIMIT,
    counted: bool = True,
) -> WorkList:
    """Open agreements assigned to these officials (None: the whole team), most urgent first.

    A team has tens of thousands of open agreements; nobody reads more than ``limit`` of
    them, so only the most urgent are listed, while the counts per bucket cover them all.
    Why one query per status: with a single status the (assignee, status, due date) and
    (status, due date) indexes deliver the rows already in due-date order, so each query
    stops after ``limit`` rows instead of sorting every open agreement of the team.

    ``counted=False``: the list without the counts (empty), which read every open agreement of
    the team (65 ms of 170 on PostgreSQL at 250,000 companies): the page shows the list first and
    asks for the counts (``work_counts``) after it.
    """
    scope = _work_scope(user_ids)
    counts = work_counts(session, user_ids, today=today) if counted else {}
    if limit <= 0:
        return WorkList(items=[], counts=counts)

    def most_urgent(*conditions: ColumnElement[bool], dated: bool, wanted: int) -> list[AgreementRecord]:
        """The rows of the ``wanted`` most urgent in one query: the ids picked per status
        (a subquery) and joined to the columns shown, instead of a second query naming 2,000 ids
        (whose statement alone took psycopg 15-20 ms to read)."""
        order = (Agreement.due_date, Agreement.id) if dated else (Agreement.id,)
        parts = [
            select(Agreement.id, Agreement.due_date)
            .where(Agreement.status == status, *scope, *conditions)
            .order_by(*order)
            .limit(wanted)
            .subquery()
            for status in OPEN_STATUSES
        ]
        merged = union_all(*(select(part.c.id, part.c.due_date) for part in parts)).subquery()
        merged_order = (merged.c.due_date, merged.c.id) if dated else (merged.c.id,)
        picked = select(merged.c.id).order_by(*merged_order).limit(wanted).subquery()
        stmt = _agreement_columns().join(picked, picked.c.id == Agreement.id).order_by(*order)
        return _agreement_rows(session, stmt, today)

    dated: list[ColumnElement[bool]] = [Agreement.due_date.is_not(None)]
    if not include_later:
        dated.append(Agreement.due_date <= week_end(today))
    records = most_urgent(*dated, dated=True, wanted=limit)
    if include_later and len(records) < limit:
        records += most_urgent(Agreement.due_date.is_(None), dated=False, wanted=limit - len(records))
    return WorkList(
        items=[WorkItem(agreement=r, bucket=bucket_of(r.due_date, today)) for r in records], counts=counts
    )


def _work_scope(user_ids: list[int] | None) -> list[ColumnElement[bool]]:
    # "Of a company that is not archived", as "not among the few archived ones": read from
    # the indexes alone, where a join would visit the company of every open agreement.
    archived = select(Company.id).where(Company.archived_at.is_not(None))
    scope: list[ColumnElement[bool]] = [Agreement.company_id.not_in(archived)]
    if user_ids is not None:
        scope.append(Agreement.assignee_id.in_(user_ids))
    return scope


@requires(Permission.VIEW_CONSULTATIONS)
def work_counts(session: Session, user_ids: list[int] | None, *, today: date) -> dict[str, int]:
    """How many open agreements of these officials (None: the whole team) are in each bucket."""
    end = week_end(today)
    row = (
        _core(session)
        .execute(
            select(
                func.count().filter(Agreement.due_date < today),
                func.count().filter(Agreement.due_date >= today, Agreement.due_date <= end),
                func.count().filter(Agreement.due_date > end),
                func.count().filter(Agreement.due_date.is_(None)),
            ).where(Agreement.status.in_(OPEN_STATUSES), *_work_scope(user_ids))
        )
        .one()
    )
    return dict(zip(BUCKETS, (n or 0 for n in row), strict=True))


@requires(Permission.VIEW_CONSULTATIONS)
def overdue_count(session: Session, user_id: int, *, today: date) -> int:
    """How many of this official's agreements are overdue (said at start)."""
    return my_work(session, [user_id], today=today, limit=0).counts["overdue"]


@requires(Permission.VIEW_COMPANIES)
def company_contacts(session: Session, company_id: int) -> list[tuple[int, str]]:
    """The contact persons who can take part in a contact moment with this company."""
    rows = session.scalars(
        select(Contact)
        .join(CompanyContact, CompanyContact.contact_id == Contact.id)
        .where(CompanyContact.company_id == company_id, Contact.archived_at.is_(None))
        .order_by(Contact.last_name, Contact.first_name)
    )
    return [(c.id, c.full_name) for c in rows]
