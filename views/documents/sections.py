"""Parts of a company's documents that look the same wherever they appear.

The profile, the establishments and contact persons, an agreements table and one contact
moment are drawn here once, so the briefing, the company file and the conversation report
show a due date, a status or a participant the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from models.companies.records import CompanyFile
from models.consultations.entities import AgreementStatus
from models.consultations.records import AgreementRecord, InteractionRecord
from models.i18n import translate
from models.signals.records import SignalRow
from models.validation import format_phone
from views.documents.toolkit import DONE, DUE_SOON, OVERDUE, Cell, Column, PdfDocument
from views.documents.words import (
    AGREEMENT_STATUS,
    CHANNEL,
    ESTABLISHMENT_STATUS,
    RESPONSIBLE,
    SIGNAL_STATUS,
    contact_role,
    count,
    long_date,
    long_datetime,
)

# An open agreement due within this many days is translate("documents", "soon") (amber), as on screen.
DUE_SOON_DAYS = 7

# Agreement table columns, chosen per document.
WHAT, WHO, ASSIGNEE, DUE, STATUS = "what", "who", "assignee", "due", "status"


def _agreement_columns() -> dict[str, Column]:
    return {
        WHAT: Column(translate("documents", "Agreement"), 2.6),
        WHO: Column(translate("documents", "Who"), width=23),
        ASSIGNEE: Column(translate("documents", "Assignee"), 1.0),
        DUE: Column(translate("documents", "Due"), width=27),
        STATUS: Column(translate("documents", "Status"), width=24),
    }


def is_due_soon(agreement: AgreementRecord, today: date) -> bool:
    return (
        agreement.is_open
        and not agreement.overdue
        and agreement.due_date is not None
        and agreement.due_date <= today + timedelta(days=DUE_SOON_DAYS)
    )


def due_cell(agreement: AgreementRecord, today: date, *, public: bool = False) -> Cell:
    """The due date, red when overdue and amber when close, with the words for it; to a citizen or
    an entrepreneur (``public``) the date alone."""
    if agreement.due_date is None:
        return Cell(translate("documents", "no date"), muted=True)
    text = long_date(agreement.due_date, short=True)
    if public:
        return Cell(text, muted=not agreement.is_open)
    if agreement.overdue:
        days = (today - agreement.due_date).days
        return Cell(
            text,
            colour=OVERDUE,
            bold=True,
            detail=translate("documents", "{days} overdue").format(
                days=count(days, translate("documents", "day"), translate("documents", "days"))
            ),
        )
    if is_due_soon(agreement, today):
        return Cell(text, colour=DUE_SOON, bold=True, detail=translate("documents", "soon"))
    return Cell(text, muted=not agreement.is_open)


def status_cell(agreement: AgreementRecord, *, public: bool = False) -> Cell:
    word = AGREEMENT_STATUS[agreement.status]
    closed = (
        translate("documents", "on {date}").format(date=long_date(agreement.closed_on, short=True))
        if agreement.closed_on
        else None
    )
    if agreement.status == AgreementStatus.DONE:
        return Cell(word, colour=DONE, bold=True, detail=closed)
    if agreement.status == AgreementStatus.DROPPED:
        return Cell(word, muted=True, detail=closed)
    if agreement.overdue and not public:
        return Cell(word, colour=OVERDUE, bold=True)
    return Cell(word)


def agreements_table(
    doc: PdfDocument,
    agreements: Sequence[AgreementRecord],
    *,
    columns: Sequence[str] = (WHAT, WHO, ASSIGNEE, DUE, STATUS),
    empty: str | None = None,
    made: bool = False,
    notes: bool = False,
) -> None:
    """Agreements as a table.

    Under each description, quietly: ``made`` adds the day it was agreed, ``notes`` what
    was recorded when it was completed or dropped.
    """

    def what(agreement: AgreementRecord) -> Cell:
        details = []
        if made:
            details.append(
                translate("documents", "agreed on {date}").format(
                    date=long_date(agreement.made_on, short=True)
                )
            )
        if notes and agreement.status_note:
            details.append(translate("documents", "note: {note}").format(note=agreement.status_note))
        return Cell(agreement.description, detail=" · ".join(details) or None)

    def value(agreement: AgreementRecord, key: str) -> Cell | str | None:
        if key == WHAT:
            return what(agreement)
        if key == WHO:
            return RESPONSIBLE[agreement.responsible]
        if key == ASSIGNEE:
            return agreement.assignee
        if key == DUE:
            return due_cell(agreement, doc.today, public=doc.public)
        return status_cell(agreement, public=doc.public)

    doc.table(
        [_agreement_columns()[key] for key in columns],
        [[value(a, key) for key in columns] for a in agreements],
        empty=empty,
    )


def profile(doc: PdfDocument, company: CompanyFile) -> None:
    main = company.main
    sector = None
    if main is not None and main.sbi_code:
        sector = f"{main.sector} ({main.sbi_code})" if main.sector else main.sbi_code
    left: list[tuple[str, str | None]] = [
        (translate("documents", "Name"), company.name),
        (translate("documents", "KvK number"), company.kvk_number),
        (translate("documents", "Legal form"), company.legal_form),
    ]
    if company.legal_name and company.legal_name != company.name:
        left.insert(1, (translate("documents", "Registered name"), company.legal_name))
    left += [
        (translate("documents", "Main establishment"), main.address if main else None),
        (translate("documents", "Area"), main.area if main else None),
        (translate("documents", "Sector"), sector),
    ]
    employees = sum(e.employees or 0 for e in company.establishments)
    right: list[tuple[str, str | None]] = [
        (translate("documents", "Account manager"), company.account_manager),
        (translate("documents", "Phone"), format_phone(company.phone)),
        (translate("documents", "E-mail"), company.email),
        (translate("documents", "Website"), company.website),
        (translate("documents", "Establishments"), str(len(company.establishments))),
        (translate("documents", "Employees"), str(employees) if employees else None),
    ]
    # The left column (who and where) is read first, then the right (how to reach them).
    doc.facts([*left, *right], columns=2)
    if company.archived_at is not None:
        doc.note(
            translate("documents", "This company was archived on {date}.").format(
                date=long_date(company.archived_at.date())
            )
        )


def establishments(doc: PdfDocument, company: CompanyFile) -> None:
    doc.heading(translate("documents", "Establishments"))
    rows = []
    for e in company.establishments:
        details = [
            translate("documents", "establishment no. {number}").format(number=e.establishment_number)
            if e.establishment_number
            else "",
            "",
        ]
        if e.is_main and len(company.establishments) > 1:
            details[1] = translate("documents", "main establishment")
        contact = ", ".join(p for p in (format_phone(e.phone), e.email) if p)
        rows.append(
            [
                Cell(e.trade_name, bold=e.is_main, detail=" · ".join(d for d in details if d) or None),
                Cell(e.address, detail=contact or None),
                e.area,
                Cell(e.sector, detail=e.sbi_code) if e.sector else e.sbi_code,
                str(e.employees) if e.employees is not None else None,
                ESTABLISHMENT_STATUS[e.status],
            ]
        )
    doc.table(
        [
            Column(translate("documents", "Trade name"), 1.3),
            Column(translate("documents", "Address"), 1.4),
            Column(translate("documents", "Area"), 0.8),
            Column(translate("documents", "Sector"), 1.0),
            Column(translate("documents", "People"), align="right", width=17),
            Column(translate("documents", "Status"), width=17),
        ],
        rows,
        empty=translate("documents", "No establishments registered."),
    )


def contacts(doc: PdfDocument, company: CompanyFile, *, notes: bool = False) -> None:
    doc.heading(translate("documents", "Contact persons"))
    doc.table(
        [
            Column(translate("documents", "Name"), 1.6),
            Column(translate("documents", "Role"), 1.0),
            Column(translate("documents", "Phone"), width=28),
            Column(translate("documents", "E-mail"), 1.6),
        ],
        [
            [
                Cell(c.full_name, detail=c.notes if notes and c.notes else None),
                contact_role(c.role),
                format_phone(c.phone),
                c.email,
            ]
            for c in company.contacts
        ],
        empty=translate("documents", "No contact persons registered."),
    )


def signals_table(doc: PdfDocument, signals: Sequence[SignalRow], today: date) -> None:
    """Every signal about a company, newest first: where, what, and where its handling stands."""
    doc.heading(translate("documents", "Signals ({count})").format(count=len(signals)))
    doc.table(
        [
            Column(translate("documents", "Signal"), width=20),
            Column(translate("documents", "Reported"), width=24),
            Column(translate("documents", "Category"), 1.2),
            Column(translate("documents", "Description"), 2.8),
            Column(translate("documents", "Address"), 1.4),
            Column(translate("documents", "Status"), 1.1),
        ],
        [
            [
                signal.number,
                long_date(signal.reported_at.astimezone().date(), short=True),
                signal.category,
                signal.description,
                signal.address,
                Cell(
                    SIGNAL_STATUS[signal.status],
                    detail=translate("documents", "overdue") if signal.overdue else None,
                    colour=OVERDUE if signal.overdue else None,
                ),
            ]
            for signal in signals
        ],
        empty=translate("documents", "There are no signals about this company."),
    )


def officials(record: InteractionRecord) -> str:
    return ", ".join(name for _id, name in record.officials)


def participants(record: InteractionRecord, company: CompanyFile | None = None) -> str:
    """Contact persons of the company who took part, with their role when it is known."""
    roles = {c.id: contact_role(c.role) for c in company.contacts} if company else {}
    return ", ".join(f"{name} ({roles[cid]})" if roles.get(cid) else name for cid, name in record.contacts)


def interaction_heading(record: InteractionRecord) -> str:
    return f"{long_date(record.occurred_at.date())} · {CHANNEL[record.channel]} · {record.subject}"


def interaction_entry(doc: PdfDocument, record: InteractionRecord, company: CompanyFile) -> None:
    """One contact moment in full: when, who, the report, and what was agreed."""
    doc.subheading(interaction_heading(record))
    meta = [long_datetime(record.occurred_at)]
    if record.officials:
        meta.append(translate("documents", "Municipality: {names}").format(names=officials(record)))
    if record.contacts:
        meta.append(translate("documents", "Company: {names}").format(names=participants(record, company)))
    if record.confidential:
        meta.append(translate("documents", "confidential"))
    doc.paragraph(" · ".join(meta), doc.styles.meta)
    doc.markdown(record.report, empty=translate("documents", "No report recorded."))
    if record.agreements:
        agreements_table(doc, record.agreements, columns=(WHAT, WHO, ASSIGNEE, DUE, STATUS), notes=True)
