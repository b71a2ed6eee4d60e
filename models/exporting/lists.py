"""The lists the command line exports (the window exports what a page shows through the same writers).

Each export reads its rows through the service its list in the window uses (ids in the list's
order, then rows a chunk at a time), so it shows what the list shows, under the same
permissions: a desk official's export keeps a reporter shielded and a confidential contact
moment hidden, exactly as the list does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from models.audit import services as audit_log
from models.audit.services import ACTION_LABELS, FIELD_LABELS, KIND_LABELS, AuditFilter, AuditRow
from models.common import fetch_ids
from models.companies import listing
from models.companies.entities import ESTABLISHMENT_STATUS_LABELS, Company
from models.companies.listing import CompanyFilter, CompanyRow, SortKey
from models.consultations.entities import (
    AGREEMENT_STATUS_LABELS,
    RESPONSIBLE_LABELS,
    Agreement,
    AgreementStatus,
    Interaction,
)
from models.consultations.services import is_overdue, visible_agreements
from models.exporting.sheet import ExportColumn, Kind, Translate, in_chunks, sheet_of
from models.exporting.writers import check_target, write_sheet
from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import Permission, requires
from models.progress import SILENT, Progress
from models.rounds import services as rounds
from models.rounds.records import ObservationRecord, RoundRecord
from models.signals import services as signals
from models.signals.entities import SIGNAL_SOURCE_SHORT, SIGNAL_STATUS_LABELS
from models.signals.services import SignalFilter, SignalRow
from models.team.entities import User

ARCHIVED = QT_TRANSLATE_NOOP("labels", "archived")
SHIELDED = QT_TRANSLATE_NOOP("labels", "shielded")
OVERDUE = QT_TRANSLATE_NOOP("labels", "overdue")
YES, NO = QT_TRANSLATE_NOOP("labels", "yes"), QT_TRANSLATE_NOOP("labels", "no")


@dataclass(frozen=True, kw_only=True)
class Exported:
    """What an export wrote: how many rows, to which file."""

    rows: int
    path: Path


def _status(row: CompanyRow) -> str | None:
    if row.archived:
        return ARCHIVED
    return ESTABLISHMENT_STATUS_LABELS[row.status] if row.status else None


# The company list's columns, in the window's order: the window builds its columns from these
# (views/companies/companies_page.py), so the screen and the export cannot drift apart.
COMPANY_COLUMNS: list[ExportColumn[CompanyRow]] = [
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Name"), lambda r: r.name, key=SortKey.NAME),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "KvK"), lambda r: r.kvk_number, Kind.IDENTIFIER, SortKey.KVK),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Address"), lambda r: r.address, key=SortKey.ADDRESS),
    ExportColumn(
        QT_TRANSLATE_NOOP("labels", "Postcode"), lambda r: r.postcode, Kind.IDENTIFIER, SortKey.POSTCODE
    ),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Place"), lambda r: r.city, key=SortKey.CITY),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Area"), lambda r: r.area, key=SortKey.AREA),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Sector"), lambda r: r.sector, key=SortKey.SECTOR),
    ExportColumn(
        QT_TRANSLATE_NOOP("labels", "Account manager"), lambda r: r.account_manager, key=SortKey.MANAGER
    ),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Status"), _status, Kind.LABEL, SortKey.STATUS),
]


@requires(Permission.VIEW_COMPANIES)
def export_companies(
    session: Session,
    flt: CompanyFilter,
    path: Path,
    *,
    translate: Translate,
    progress: Progress = SILENT,
) -> Exported:
    """The company list with ``flt``'s filters and sort, as the window lists it."""
    check_target(path)
    ids = listing.list_company_ids(session, flt)
    records = in_chunks(session, ids, listing.company_rows)
    title = translate("labels", QT_TRANSLATE_NOOP("labels", "Companies"))
    sheet = sheet_of(title, COMPANY_COLUMNS, records, len(ids), translate=translate, progress=progress)
    return Exported(rows=write_sheet(path, sheet), path=path)


# -- signals ----------------------------------------------------------------------------------


SIGNAL_COLUMNS: list[ExportColumn[SignalRow]] = [
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Number"), lambda r: r.number, Kind.IDENTIFIER),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Reported"), lambda r: r.reported_at, Kind.DATETIME),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Category"), lambda r: r.category),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Location"), lambda r: r.address or r.company or r.area),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Description"), lambda r: r.description),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Reporter"), lambda r: r.reporter),  # see export_signals
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Status"), lambda r: SIGNAL_STATUS_LABELS[r.status], Kind.LABEL),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Overdue"), lambda r: YES if r.overdue else NO, Kind.LABEL),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Target date"), lambda r: r.due_date, Kind.DATE),
    ExportColumn(
        QT_TRANSLATE_NOOP("labels", "Source"),
        lambda r: SIGNAL_SOURCE_SHORT[r.source] if r.source else None,
        Kind.LABEL,
    ),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Handler"), lambda r: r.handler),
]


@requires(Permission.VIEW_SIGNALS)
def export_signals(
    session: Session,
    flt: SignalFilter,
    path: Path,
    *,
    translate: Translate,
    today: date,
    progress: Progress = SILENT,
) -> Exported:
    """The signals as the Meldingen list shows them with ``flt``; shielded reporters stay shielded."""
    check_target(path)
    ids = signals.find_signals(session, flt, today=today)
    records = in_chunks(session, ids, lambda s, chunk: signals.signal_rows(s, chunk, today=today))
    # A shielded reporter reads "shielded" in the reader's language; a name is never translated.
    shielded = translate("labels", SHIELDED)
    columns = [
        ExportColumn[SignalRow](c.header, lambda r: shielded if r.shielded else r.reporter)
        if c.header == "Reporter"
        else c
        for c in SIGNAL_COLUMNS
    ]
    title = translate("labels", QT_TRANSLATE_NOOP("labels", "Signals"))
    sheet = sheet_of(title, columns, records, len(ids), translate=translate, progress=progress)
    return Exported(rows=write_sheet(path, sheet), path=path)


# -- audit trail ------------------------------------------------------------------------------


def audit_columns(translate: Translate) -> list[ExportColumn[AuditRow]]:
    """The Logboek's columns; an old or new value that is a choice (a status, a channel) in the
    reader's words, as the page shows it, and any other value as it was typed."""

    def value(text: str | None, labelled: bool) -> str | None:
        return translate("labels", text) if labelled and text else text

    return [
        *AUDIT_COLUMNS[:-2],
        ExportColumn(QT_TRANSLATE_NOOP("labels", "Old value"), lambda r: value(r.old_value, r.labelled)),
        ExportColumn(QT_TRANSLATE_NOOP("labels", "New value"), lambda r: value(r.new_value, r.labelled)),
    ]


AUDIT_COLUMNS: list[ExportColumn[AuditRow]] = [
    ExportColumn(QT_TRANSLATE_NOOP("labels", "When"), lambda r: r.at, Kind.DATETIME),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Who"), lambda r: r.user),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Kind"), lambda r: KIND_LABELS.get(r.kind, r.kind), Kind.LABEL),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Changed record"), lambda r: r.record),
    ExportColumn(
        QT_TRANSLATE_NOOP("labels", "What"), lambda r: ACTION_LABELS.get(r.action, r.action), Kind.LABEL
    ),
    ExportColumn(
        QT_TRANSLATE_NOOP("labels", "Field"),
        lambda r: FIELD_LABELS.get(r.field, r.field) if r.field else None,
        Kind.LABEL,
    ),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Old value"), lambda r: r.old_value),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "New value"), lambda r: r.new_value),
]


@requires(Permission.VIEW_COMPANY_HISTORY)
def export_audit(
    session: Session, flt: AuditFilter, path: Path, *, translate: Translate, progress: Progress = SILENT
) -> Exported:
    """The audit trail (Logboek) with ``flt``, newest first as the page lists it."""
    check_target(path)
    ids = audit_log.entry_ids(session, flt)
    records = in_chunks(session, ids, audit_log.entry_rows)
    title = translate("labels", QT_TRANSLATE_NOOP("labels", "Audit trail"))
    sheet = sheet_of(
        title, audit_columns(translate), records, len(ids), translate=translate, progress=progress
    )
    return Exported(rows=write_sheet(path, sheet), path=path)


# -- agreements -------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class AgreementFilter:
    """Which agreements: by status, assignee, company and due date (inclusive)."""

    statuses: tuple[AgreementStatus, ...] = ()  # none: every status
    assignee_id: int | None = None
    company_id: int | None = None
    due_from: date | None = None
    due_until: date | None = None


@dataclass(frozen=True, kw_only=True)
class AgreementLine:
    id: int
    company: str
    kvk_number: str | None
    made_on: date
    description: str
    responsible: str
    assignee: str | None
    due_date: date | None
    status: str
    overdue: bool
    status_note: str | None
    closed_on: date | None


AGREEMENT_COLUMNS: list[ExportColumn[AgreementLine]] = [
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Company"), lambda r: r.company),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "KvK"), lambda r: r.kvk_number, Kind.IDENTIFIER),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Agreed on"), lambda r: r.made_on, Kind.DATE),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Agreement"), lambda r: r.description),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Responsible"), lambda r: r.responsible, Kind.LABEL),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Assigned to"), lambda r: r.assignee),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Due"), lambda r: r.due_date, Kind.DATE),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Status"), lambda r: r.status, Kind.LABEL),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Overdue"), lambda r: YES if r.overdue else NO, Kind.LABEL),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Note"), lambda r: r.status_note),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Closed on"), lambda r: r.closed_on, Kind.DATE),
]


def _agreement_lines(session: Session, ids: list[int], today: date) -> list[AgreementLine]:
    assignee = aliased(User)
    rows = session.execute(
        select(Agreement, Company.name, Company.kvk_number, Interaction.occurred_at, assignee.full_name)
        .join(Company, Company.id == Agreement.company_id)
        .join(Interaction, Interaction.id == Agreement.interaction_id)
        .outerjoin(assignee, assignee.id == Agreement.assignee_id)
        .where(Agreement.id.in_(ids))
    ).tuples()
    by_id = {
        a.id: AgreementLine(
            id=a.id,
            company=company,
            kvk_number=kvk,
            made_on=occurred.astimezone().date(),
            description=a.description,
            responsible=RESPONSIBLE_LABELS[a.responsible],
            assignee=name,
            due_date=a.due_date,
            status=AGREEMENT_STATUS_LABELS[a.status],
            overdue=is_overdue(a.status, a.due_date, today),
            status_note=a.status_note,
            closed_on=a.closed_on,
        )
        for a, company, kvk, occurred, name in rows
    }
    return [by_id[i] for i in ids if i in by_id]


@requires(Permission.VIEW_CONSULTATIONS)
def export_agreements(
    session: Session,
    flt: AgreementFilter,
    path: Path,
    *,
    translate: Translate,
    today: date,
    progress: Progress = SILENT,
) -> Exported:
    """Agreements of every company, by due date (none last), leaving out those of confidential
    contact moments for whoever may not read them."""
    check_target(path)
    stmt = select(Agreement.id).where(*visible_agreements(session))
    if flt.statuses:
        stmt = stmt.where(Agreement.status.in_(flt.statuses))
    if flt.assignee_id is not None:
        stmt = stmt.where(Agreement.assignee_id == flt.assignee_id)
    if flt.company_id is not None:
        stmt = stmt.where(Agreement.company_id == flt.company_id)
    if flt.due_from is not None:
        stmt = stmt.where(Agreement.due_date >= flt.due_from)
    if flt.due_until is not None:
        stmt = stmt.where(Agreement.due_date <= flt.due_until)
    ids = fetch_ids(session, stmt.order_by(Agreement.due_date.asc().nulls_last(), Agreement.id))
    records = in_chunks(session, ids, lambda s, chunk: _agreement_lines(s, chunk, today))
    title = translate("labels", QT_TRANSLATE_NOOP("labels", "Agreements"))
    sheet = sheet_of(title, AGREEMENT_COLUMNS, records, len(ids), translate=translate, progress=progress)
    return Exported(rows=write_sheet(path, sheet), path=path)


# -- observations -----------------------------------------------------------------------------

ObservationLine = tuple[RoundRecord, ObservationRecord]

OBSERVATION_COLUMNS: list[ExportColumn[ObservationLine]] = [
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Round"), lambda r: r[0].title),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Observed"), lambda r: r[1].observed_at, Kind.DATETIME),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Category"), lambda r: r[1].category),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Where"), lambda r: r[1].location or r[1].area),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Company"), lambda r: r[1].company),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Finding"), lambda r: r[1].finding),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Advice or action"), lambda r: r[1].action),
    ExportColumn(QT_TRANSLATE_NOOP("labels", "Spoke with"), lambda r: r[1].spoke_with),
    ExportColumn(
        QT_TRANSLATE_NOOP("labels", "Follow-up"), lambda r: YES if r[1].follow_up else NO, Kind.LABEL
    ),
]


@requires(Permission.VIEW_ROUNDS)
def export_observations(
    session: Session,
    path: Path,
    *,
    since: date,
    until: date,
    translate: Translate,
    progress: Progress = SILENT,
) -> Exported:
    """The observations of the rounds held from ``since`` to ``until``, a month of rounds at a time."""
    check_target(path)

    def lines() -> Iterator[ObservationLine]:
        start = since
        while start <= until:
            end = min(start + timedelta(days=30), until)
            for held in reversed(rounds.rounds_between(session, start, end)):  # oldest first
                for observation in sorted(held.observations, key=lambda o: (o.observed_at, o.id)):
                    yield held, observation
            start = end + timedelta(days=1)

    title = translate("labels", QT_TRANSLATE_NOOP("labels", "Observations"))
    sheet = sheet_of(title, OBSERVATION_COLUMNS, lines(), 0, translate=translate, progress=progress)
    return Exported(rows=write_sheet(path, sheet), path=path)
