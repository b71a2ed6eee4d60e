"""Gespreksverslag: the letter that tells an entrepreneur what was discussed and agreed.

Sent to the company, so it reads as a letter: addressee, date, what the conversation was
about, the report as written, the agreements with who does what by when, and a sender who
signs it. The entrepreneur is invited to correct it within two weeks.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from models.companies.records import CompanyFile
from models.consultations.entities import Channel
from models.consultations.records import InteractionRecord
from models.documents.records import ReportData
from models.team.records import Identity
from views.documents import markdown, sections
from views.documents.toolkit import PdfDocument
from views.documents.words import CHANNEL, long_date, long_datetime

TITLE = "Gespreksverslag"
CLOSING = (
    "Wij vertrouwen erop u hiermee goed te hebben geïnformeerd. Klopt er iets niet in dit verslag, "
    "laat het ons dan binnen twee weken weten."
)
# How the first sentence says what kind of contact it was.
_HOW = {
    Channel.VISIT: "bezochten wij u",
    Channel.PHONE: "spraken wij u telefonisch",
    Channel.EMAIL: "hadden wij per e-mail contact met u",
    Channel.DESK: "sprak u ons aan de balie",
    Channel.ROUND: "spraken wij u tijdens onze ronde",
    Channel.MEETING: "hadden wij overleg met u",
}


def render_report(data: ReportData, out: Path | BinaryIO) -> None:
    """Write the conversation report of one contact moment, dated the record's ``today``."""
    record, company, sender, today = data.interaction, data.company, data.identity, data.today
    doc = PdfDocument(sender, TITLE, subject=f"{company.name} – {record.subject}", today=today, public=True)
    doc.address_block(_addressee(company, record), [sender.name, *sender.address_lines])
    doc.facts(
        [
            ("Datum", long_date(today)),
            ("Onderwerp", record.subject),
            ("Ons kenmerk", f"CM-{record.id}"),
        ]
    )
    doc.spacer(2)
    doc.title(TITLE)
    doc.paragraph(_salutation(record))
    doc.paragraph(
        f"Op {long_date(record.occurred_at.date())} {_HOW[record.channel]}. In dit verslag leest u wat wij "
        "hebben besproken en welke afspraken wij hebben gemaakt."
    )
    doc.facts(
        [
            ("Datum en tijd", long_datetime(record.occurred_at)),
            ("Soort contact", CHANNEL[record.channel].capitalize()),
            ("Namens de gemeente", sections.officials(record)),
            ("Namens de onderneming", sections.participants(record, company)),
        ]
    )
    doc.heading("Verslag")
    doc.markdown(record.report, empty="Van dit gesprek is geen verslag vastgelegd.")
    doc.heading("Afspraken")
    sections.agreements_table(
        doc,
        record.agreements,
        columns=(sections.WHAT, sections.WHO, sections.ASSIGNEE, sections.DUE),
        empty="In dit gesprek zijn geen afspraken gemaakt.",
    )
    _signature(doc, sender, record)
    doc.build(out)


def _addressee(company: CompanyFile, record: InteractionRecord) -> list[str]:
    lines = [company.name]
    if record.contacts:
        lines.append(f"t.a.v. {record.contacts[0][1]}")
    main = company.main
    if main is not None:
        lines += [f"{main.street} {main.house_number}", f"{main.postcode}  {main.city}"]
    return lines


def _salutation(record: InteractionRecord) -> str:
    if len(record.contacts) == 1:
        return f"Beste {record.contacts[0][1]},"
    if record.contacts:
        names = [name for _id, name in record.contacts]
        return f"Beste {', '.join(names[:-1])} en {names[-1]},"
    return "Geachte heer, mevrouw,"


def _signature(doc: PdfDocument, sender: Identity, record: InteractionRecord) -> None:
    """The closing words and the sender, kept on one page with room to sign."""
    name = sender.sender_name.strip() or (record.officials[0][1] if record.officials else "")
    role = sender.sender_role.strip() if sender.sender_name.strip() else ""
    lines = [f"<b>{markdown.plain(name)}</b>"] if name else []
    lines += [markdown.plain(line) for line in (role, sender.name) if line]
    styles = doc.styles
    doc.add(
        KeepTogether(
            [
                Spacer(0, 2 * mm),
                Paragraph(markdown.plain(CLOSING), styles.body),
                Paragraph("Met vriendelijke groet,", styles.body),
                Spacer(0, 14 * mm),  # room for a signature
                Paragraph("<br/>".join(lines), styles.body),
            ]
        )
    )
