"""Gespreksvoorbereiding: what an official reads before meeting an entrepreneur.

A briefing is a list of sections. Each section draws its part and may raise points for
the "Aandachtspunten" at the top (the few things to bring up first). A later part of the
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
from views.documents import markdown, sections
from views.documents.toolkit import Cell, Column, PdfDocument
from views.documents.words import ACTION_STATUS, CHANNEL, RESPONSIBLE, SIGNAL_STATUS, count, long_date

TITLE = "Gespreksvoorbereiding"
SUMMARY_CHARACTERS = 260  # of a report, in the table of recent contact moments
MOST_SIGNALS = 25  # signals and observations listed each; a hotspot company has hundreds


@dataclass(frozen=True)
class Section:
    render: Callable[[PdfDocument, BriefingData], None]
    attention: Callable[[BriefingData], list[str]] | None = None


# -- sections ---------------------------------------------------------------------------------


def _profile(doc: PdfDocument, briefing: BriefingData) -> None:
    doc.heading("Profiel")
    sections.profile(doc, briefing.company)


def _profile_points(briefing: BriefingData) -> list[str]:
    points = []
    if briefing.company.archived_at is not None:
        points.append("Deze onderneming is gearchiveerd.")
    if not briefing.company.account_manager:
        points.append("Er is geen accountmanager toegewezen.")
    return points


def _establishments(doc: PdfDocument, briefing: BriefingData) -> None:
    sections.establishments(doc, briefing.company)


def _contacts(doc: PdfDocument, briefing: BriefingData) -> None:
    sections.contacts(doc, briefing.company)


def _open_agreements(doc: PdfDocument, briefing: BriefingData) -> None:
    doc.heading("Open afspraken")
    if not briefing.open_agreements:
        doc.note("Er staan geen afspraken open.")
        return
    by_party: dict[Responsible, list[AgreementRecord]] = {party: [] for party in Responsible}
    for agreement in briefing.open_agreements:
        by_party[agreement.responsible].append(agreement)
    titles = {
        Responsible.MUNICIPALITY: "Voor de gemeente",
        Responsible.ENTREPRENEUR: "Voor de ondernemer",
        Responsible.THIRD_PARTY: "Voor een derde",
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
        return ["Er staan geen afspraken open."]
    points = []
    overdue = [a for a in agreements if a.overdue]
    if overdue:
        parties = Counter(a.responsible for a in overdue)
        split = ", ".join(f"{n} van de {RESPONSIBLE[party]}" for party, n in parties.items())
        oldest = min(a.due_date for a in overdue if a.due_date)
        points.append(
            f"{count(len(overdue), 'afspraak is', 'afspraken zijn')} over de uiterste datum: {split}; "
            f"de oudste sinds {long_date(oldest)}."
        )
    soon = [a for a in agreements if sections.is_due_soon(a, briefing.today)]
    if soon:
        points.append(
            f"{count(len(soon), 'afspraak moet', 'afspraken moeten')} binnen {sections.DUE_SOON_DAYS} dagen "
            "zijn uitgevoerd."
        )
    parties = Counter(a.responsible for a in agreements)
    split = ", ".join(f"{n} voor de {RESPONSIBLE[party]}" for party, n in parties.items())
    points.append(f"{count(len(agreements), 'afspraak staat', 'afspraken staan')} open: {split}.")
    return points


def _recent_contacts(doc: PdfDocument, briefing: BriefingData) -> None:
    doc.heading("Contactmomenten in de afgelopen twaalf maanden")
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
            Column("Datum", 1.15),
            Column("Kanaal", 0.95),
            Column("Onderwerp en verslag", 4.4),
            Column("Deelnemers", 2.0),
        ],
        rows,
        empty=f"Geen contact vastgelegd sinds {long_date(briefing.since)}.",
    )


def _contact_points(briefing: BriefingData) -> list[str]:
    last = briefing.last_contact
    if last is None:
        return ["Er is nog geen contact met deze onderneming vastgelegd."]
    days = (briefing.today - last.occurred_at.date()).days
    when = "vandaag" if days == 0 else f"{count(days, 'dag', 'dagen')} geleden"
    point = (
        f"Laatste contact: {long_date(last.occurred_at.date())} ({when}), "
        f"{CHANNEL[last.channel]} over “{last.subject}”."
    )
    points = [point]
    if briefing.recent:
        points.append(
            f"{count(len(briefing.recent), 'contactmoment', 'contactmomenten')} in de afgelopen twaalf maanden."
        )
    return points


def _signals(doc: PdfDocument, briefing: BriefingData) -> None:
    doc.heading("Meldingen en waarnemingen in de afgelopen twaalf maanden")
    doc.table(
        [
            Column("Melding", 0.9),
            Column("Gemeld", 1.1),
            Column("Categorie", 1.6),
            Column("Omschrijving", 3.6),
            Column("Status", 1.3),
        ],
        [
            [
                signal.number,
                long_date(signal.reported_at.astimezone().date(), short=True),
                signal.category,
                signal.description,
                SIGNAL_STATUS[signal.status] + (" (te laat)" if signal.overdue else ""),
            ]
            for signal in briefing.signals[:MOST_SIGNALS]
        ],
        empty="Geen meldingen over deze onderneming.",
    )
    if len(briefing.signals) > MOST_SIGNALS:
        doc.note(f"De {MOST_SIGNALS} nieuwste van {len(briefing.signals)} meldingen in deze periode.")
    doc.table(
        [
            Column("Waargenomen", 1.35),
            Column("Categorie", 1.6),
            Column("Bevinding", 3.05),
            Column("Advies of actie", 2.5),
        ],
        [
            [
                long_date(o.observed_at.astimezone().date(), short=True),
                o.category,
                Cell(o.finding, detail=f"Gesproken met {o.spoke_with}" if o.spoke_with else None),
                o.action or "—",
            ]
            for o in briefing.observations[:MOST_SIGNALS]
        ],
        empty="Geen waarnemingen van toezichthouders bij deze onderneming.",
    )
    if len(briefing.observations) > MOST_SIGNALS:
        doc.note(f"De {MOST_SIGNALS} nieuwste van {len(briefing.observations)} waarnemingen in deze periode.")


def _signal_points(briefing: BriefingData) -> list[str]:
    still_open = briefing.open_signals
    if not still_open:
        return []
    late = sum(1 for s in still_open if s.overdue)
    point = f"{count(len(still_open), 'melding over deze onderneming is', 'meldingen over deze onderneming zijn')} nog in behandeling"
    return [point + (f", waarvan {late} over de termijn." if late else ".")]


def _ambitions(doc: PdfDocument, briefing: BriefingData) -> None:
    doc.heading("Gerelateerde ambities")
    doc.table(
        [Column("Ambitie", 3.0), Column("Actie", 3.4), Column("Status", 1.3), Column("Uiterlijk", 1.3)],
        [
            [
                Cell(a.ambition, detail=a.theme),
                a.action,
                ACTION_STATUS[a.status],
                long_date(a.due_date, short=True) if a.due_date else "—",
            ]
            for a in briefing.actions
        ],
        empty="De onderneming is niet betrokken bij acties van het ambitiedocument.",
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
    doc = PdfDocument(briefing.identity, TITLE, subject=company.name, today=briefing.today)
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
    doc.title(TITLE, subtitle)
    chosen = list(SECTIONS if parts is None else parts)
    points = [point for section in chosen if section.attention for point in section.attention(briefing)]
    if points:
        doc.heading("Aandachtspunten")
        doc.bullets(points)
    for section in chosen:
        section.render(doc, briefing)
    doc.build(out)
