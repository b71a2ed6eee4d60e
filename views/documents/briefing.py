"""Gespreksvoorbereiding: what an official reads before meeting an entrepreneur.

A briefing is a list of sections. Each section draws its part and may raise points for
the translate("documents", "Points of attention") at the top (the few things to bring up first). A later part of the
product adds its own section (as signals and observations, and related ambitions, were added):
what it draws is fetched first, into ``BriefingData`` by ``models.documents.services.briefing``,
and the section only reads that record.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from models.consultations.entities import Responsible
from models.consultations.records import AgreementRecord
from models.documents.records import BriefingData
from models.i18n import QT_TRANSLATE_NOOP, translate
from views.documents import markdown, sections
from views.documents.toolkit import Cell, Column, PdfDocument
from views.documents.words import ACTION_STATUS, CHANNEL, RESPONSIBLE, SIGNAL_STATUS, count, long_date

TITLE = QT_TRANSLATE_NOOP("documents", "Briefing")
SUMMARY_CHARACTERS = 260  # of a report, in the table of recent contact moments
MOST_SIGNALS = 25  # signals and observations listed each; a hotspot company has hundreds


@dataclass(frozen=True)
class Section:
    render: Callable[[PdfDocument, BriefingData], None]
    attention: Callable[[BriefingData], list[str]] | None = None


# -- sections ---------------------------------------------------------------------------------


def _profile(doc: PdfDocument, briefing: BriefingData) -> None:
    doc.heading(translate("documents", "Profile"))
    sections.profile(doc, briefing.company)


def _profile_points(briefing: BriefingData) -> list[str]:
    points = []
    if briefing.company.archived_at is not None:
        points.append(translate("documents", "This company is archived."))
    if not briefing.company.account_manager:
        points.append(translate("documents", "No account manager is assigned."))
    return points


def _establishments(doc: PdfDocument, briefing: BriefingData) -> None:
    sections.establishments(doc, briefing.company)


def _contacts(doc: PdfDocument, briefing: BriefingData) -> None:
    sections.contacts(doc, briefing.company)


def _open_agreements(doc: PdfDocument, briefing: BriefingData) -> None:
    doc.heading(translate("documents", "Open agreements"))
    if not briefing.open_agreements:
        doc.note(translate("documents", "There are no open agreements."))
        return
    by_party: dict[Responsible, list[AgreementRecord]] = {party: [] for party in Responsible}
    for agreement in briefing.open_agreements:
        by_party[agreement.responsible].append(agreement)
    titles = {
        Responsible.MUNICIPALITY: translate("documents", "For the municipality"),
        Responsible.ENTREPRENEUR: translate("documents", "For the entrepreneur"),
        Responsible.THIRD_PARTY: translate("documents", "For a third party"),
    }
    for party, agreements in by_party.items():
        if agreements:
            doc.subheading(f"{titles[party]} ({len(agreements)})")
            sections.agreements_table(
                doc,
                agreements,
                columns=(sections.WHAT, sections.ASSIGNEE, sections.DUE, sections.STATUS),
                made=True,
            )


def _agreement_points(briefing: BriefingData) -> list[str]:
    agreements = briefing.open_agreements
    if not agreements:
        return [translate("documents", "There are no open agreements.")]
    points = []
    overdue = [a for a in agreements if a.overdue]
    if overdue:
        parties = Counter(a.responsible for a in overdue)
        split = ", ".join(
            translate("documents", "{count} of the {party}").format(count=n, party=RESPONSIBLE[party])
            for party, n in parties.items()
        )
        oldest = min(a.due_date for a in overdue if a.due_date)
        points.append(
            translate(
                "documents", "{agreements} past the due date: {split}; the oldest since {date}."
            ).format(
                agreements=count(
                    len(overdue),
                    translate("documents", "agreement is"),
                    translate("documents", "agreements are"),
                ),
                split=split,
                date=long_date(oldest),
            )
        )
    soon = [a for a in agreements if sections.is_due_soon(a, briefing.today)]
    if soon:
        points.append(
            translate("documents", "{agreements} be carried out within {days} days.").format(
                agreements=count(
                    len(soon),
                    translate("documents", "agreement must"),
                    translate("documents", "agreements must"),
                ),
                days=sections.DUE_SOON_DAYS,
            )
        )
    parties = Counter(a.responsible for a in agreements)
    split = ", ".join(
        translate("documents", "{count} for the {party}").format(count=n, party=RESPONSIBLE[party])
        for party, n in parties.items()
    )
    points.append(
        translate("documents", "{agreements} open: {split}.").format(
            agreements=count(
                len(agreements),
                translate("documents", "agreement is", "open"),
                translate("documents", "agreements are", "open"),
            ),
            split=split,
        )
    )
    return points


def _recent_contacts(doc: PdfDocument, briefing: BriefingData) -> None:
    doc.heading(translate("documents", "Contact moments in the past twelve months"))
    rows = []
    for record in briefing.recent:
        summary = markdown.summary(record.report)
        if len(summary) > SUMMARY_CHARACTERS:
            summary = summary[:SUMMARY_CHARACTERS].rsplit(" ", 1)[0].rstrip(",;:.") + " …"
        people = [name for _id, name in record.officials] + [name for _id, name in record.contacts]
        rows.append(
            [
                long_date(record.occurred_at.date(), short=True),
                CHANNEL[record.channel],
                Cell(record.subject, bold=True, detail=summary or None),
                ", ".join(people),
            ]
        )
    doc.table(
        [
            Column(translate("documents", "Date"), 1.15),
            Column(translate("documents", "Channel"), 0.95),
            Column(translate("documents", "Subject and report"), 4.4),
            Column(translate("documents", "Participants"), 2.0),
        ],
        rows,
        empty=translate("documents", "No contact recorded since {date}.").format(
            date=long_date(briefing.since)
        ),
    )


def _contact_points(briefing: BriefingData) -> list[str]:
    last = briefing.last_contact
    if last is None:
        return [translate("documents", "No contact with this company has been recorded yet.")]
    days = (briefing.today - last.occurred_at.date()).days
    if days == 0:
        when = translate("documents", "today")
    else:
        when = translate("documents", "{days} ago").format(
            days=count(days, translate("documents", "day"), translate("documents", "days"))
        )
    point = translate("documents", "Last contact: {date} ({when}), {channel} about “{subject}”.").format(
        date=long_date(last.occurred_at.date()),
        when=when,
        channel=CHANNEL[last.channel],
        subject=last.subject,
    )
    points = [point]
    if briefing.recent:
        points.append(
            translate("documents", "{moments} in the past twelve months.").format(
                moments=count(
                    len(briefing.recent),
                    translate("documents", "contact moment"),
                    translate("documents", "contact moments"),
                )
            )
        )
    return points


def _signals(doc: PdfDocument, briefing: BriefingData) -> None:
    doc.heading(translate("documents", "Signals and observations in the past twelve months"))
    doc.table(
        [
            Column(translate("documents", "Signal"), 0.9),
            Column(translate("documents", "Reported"), 1.1),
            Column(translate("documents", "Category"), 1.6),
            Column(translate("documents", "Description"), 3.6),
            Column(translate("documents", "Status"), 1.3),
        ],
        [
            [
                signal.number,
                long_date(signal.reported_at.astimezone().date(), short=True),
                signal.category,
                signal.description,
                SIGNAL_STATUS[signal.status]
                + (" (" + translate("documents", "overdue") + ")" if signal.overdue else ""),
            ]
            for signal in briefing.signals[:MOST_SIGNALS]
        ],
        empty=translate("documents", "No signals about this company."),
    )
    if len(briefing.signals) > MOST_SIGNALS:
        doc.note(
            translate("documents", "The {shown} newest of {count} signals in this period.").format(
                shown=MOST_SIGNALS, count=len(briefing.signals)
            )
        )
    doc.table(
        [
            Column(translate("documents", "Observed"), 1.35),
            Column(translate("documents", "Category"), 1.6),
            Column(translate("documents", "Finding"), 3.05),
            Column(translate("documents", "Advice or action"), 2.5),
        ],
        [
            [
                long_date(o.observed_at.astimezone().date(), short=True),
                o.category,
                Cell(
                    o.finding,
                    detail=translate("documents", "Spoke with {name}").format(name=o.spoke_with)
                    if o.spoke_with
                    else None,
                ),
                o.action or "—",
            ]
            for o in briefing.observations[:MOST_SIGNALS]
        ],
        empty=translate("documents", "No observations by supervisors at this company."),
    )
    if len(briefing.observations) > MOST_SIGNALS:
        doc.note(
            translate("documents", "The {shown} newest of {count} observations in this period.").format(
                shown=MOST_SIGNALS, count=len(briefing.observations)
            )
        )


def _signal_points(briefing: BriefingData) -> list[str]:
    still_open = briefing.open_signals
    if not still_open:
        return []
    late = sum(1 for s in still_open if s.overdue)
    signals = count(
        len(still_open),
        translate("documents", "signal about this company is"),
        translate("documents", "signals about this company are"),
    )
    if late:
        return [
            translate(
                "documents", "{signals} still being handled, {late} of them past the target date."
            ).format(signals=signals, late=late)
        ]
    return [translate("documents", "{signals} still being handled.").format(signals=signals)]


def _ambitions(doc: PdfDocument, briefing: BriefingData) -> None:
    doc.heading(translate("documents", "Related ambitions"))
    doc.table(
        [
            Column(translate("documents", "Ambition"), 3.0),
            Column(translate("documents", "Action"), 3.4),
            Column(translate("documents", "Status"), 1.3),
            Column(translate("documents", "Due"), 1.3),
        ],
        [
            [
                Cell(a.ambition, detail=a.theme),
                a.action,
                ACTION_STATUS[a.status],
                long_date(a.due_date, short=True) if a.due_date else "—",
            ]
            for a in briefing.actions
        ],
        empty=translate("documents", "The company is not involved in actions of the ambition plan."),
    )


PROFILE = Section(_profile, _profile_points)
OPEN_AGREEMENTS = Section(_open_agreements, _agreement_points)
RECENT_CONTACTS = Section(_recent_contacts, _contact_points)
SIGNALS = Section(_signals, _signal_points)
AMBITIONS = Section(_ambitions)
ESTABLISHMENTS = Section(_establishments)
CONTACTS = Section(_contacts)

# The order on paper. Append or insert a Section to add a part to every briefing.
SECTIONS: list[Section] = [
    PROFILE,
    OPEN_AGREEMENTS,
    RECENT_CONTACTS,
    SIGNALS,
    AMBITIONS,
    ESTABLISHMENTS,
    CONTACTS,
]


def render_briefing(
    briefing: BriefingData, out: Path | BinaryIO, *, parts: Sequence[Section] | None = None
) -> None:
    """Write the briefing of one company, as of its ``today`` (overdue, the last twelve months)."""
    company = briefing.company
    title = translate("documents", TITLE)
    doc = PdfDocument(briefing.identity, title, subject=company.name, today=briefing.today)
    main = company.main
    subtitle = " · ".join(
        part
        for part in (
            company.name,
            f"KvK {company.kvk_number}" if company.kvk_number else "",
            main.address if main else "",
        )
        if part
    )
    doc.title(title, subtitle)
    chosen = list(SECTIONS if parts is None else parts)
    points = [point for section in chosen if section.attention for point in section.attention(briefing)]
    if points:
        doc.heading(translate("documents", "Points of attention"))
        doc.bullets(points)
    for section in chosen:
        section.render(doc, briefing)
    doc.build(out)
