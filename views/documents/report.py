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
from models.i18n import QT_TRANSLATE_NOOP, translate
from models.numbers import reference
from models.team.records import Identity
from views.documents import markdown, sections
from views.documents.toolkit import PdfDocument
from views.documents.words import CHANNEL, long_date, long_datetime

TITLE = QT_TRANSLATE_NOOP("documents", "Conversation report")
CLOSING = QT_TRANSLATE_NOOP(
    "documents",
    "We trust this informs you well. If anything in this report is not right, please let us know within two weeks.",
)
# How the first sentence says what kind of contact it was.
_HOW = {  # marked here, translated where the sentence is made
    Channel.VISIT: QT_TRANSLATE_NOOP("documents", "we visited you"),
    Channel.PHONE: QT_TRANSLATE_NOOP("documents", "we spoke with you on the phone"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("documents", "we were in touch with you by e-mail"),
    Channel.DESK: QT_TRANSLATE_NOOP("documents", "you spoke with us at the desk"),
    Channel.ROUND: QT_TRANSLATE_NOOP("documents", "we spoke with you during our round"),
    Channel.MEETING: QT_TRANSLATE_NOOP("documents", "we met with you"),
}


def render_report(data: ReportData, out: Path | BinaryIO) -> None:
    """Write the conversation report of one contact moment, dated the record's ``today``."""
    record, company, sender, today = data.interaction, data.company, data.identity, data.today
    title = translate("documents", TITLE)
    doc = PdfDocument(sender, title, subject=f"{company.name} – {record.subject}", today=today, public=True)
    doc.address_block(_addressee(company, record), [sender.name, *sender.address_lines])
    doc.facts(
        [
            (translate("documents", "Date"), long_date(today)),
            (translate("documents", "Subject"), record.subject),
            (translate("documents", "Our reference"), reference("CM", record.id)),
        ]
    )
    doc.spacer(2)
    doc.title(title)
    doc.paragraph(_salutation(record))
    doc.paragraph(
        translate(
            "documents",
            "On {date} {how}. In this report you can read what we discussed and which agreements we made.",
        ).format(date=long_date(record.occurred_at.date()), how=translate("documents", _HOW[record.channel]))
    )
    doc.facts(
        [
            (translate("documents", "Date and time"), long_datetime(record.occurred_at)),
            (translate("documents", "Kind of contact"), CHANNEL[record.channel].capitalize()),
            (translate("documents", "On behalf of the municipality"), sections.officials(record)),
            (translate("documents", "On behalf of the company"), sections.participants(record, company)),
        ]
    )
    doc.heading(translate("documents", "Report"))
    doc.markdown(record.report, empty=translate("documents", "No report of this conversation was recorded."))
    doc.heading(translate("documents", "Agreements"))
    sections.agreements_table(
        doc,
        record.agreements,
        columns=(sections.WHAT, sections.WHO, sections.ASSIGNEE, sections.DUE),
        empty=translate("documents", "No agreements were made in this conversation."),
    )
    _signature(doc, sender, record)
    doc.build(out)


def _addressee(company: CompanyFile, record: InteractionRecord) -> list[str]:
    lines = [company.name]
    if record.contacts:
        lines.append(translate("documents", "for the attention of {name}").format(name=record.contacts[0][1]))
    main = company.main
    if main is not None:
        lines += [f"{main.street} {main.house_number}", f"{main.postcode}  {main.city}"]
    return lines


def _salutation(record: InteractionRecord) -> str:
    if len(record.contacts) == 1:
        return translate("documents", "Dear {name},").format(name=record.contacts[0][1])
    if record.contacts:
        names = [name for _id, name in record.contacts]
        return translate("documents", "Dear {names} and {last},").format(
            names=", ".join(names[:-1]), last=names[-1]
        )
    return translate("documents", "Dear Sir or Madam,")


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
                Paragraph(markdown.plain(translate("documents", CLOSING)), styles.body),
                Paragraph(translate("documents", "Kind regards,"), styles.body),
                Spacer(0, 14 * mm),  # room for a signature
                Paragraph("<br/>".join(lines), styles.body),
            ]
        )
    )
