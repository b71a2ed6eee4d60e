"""Terugkoppeling: the letter that tells a reporter what was found and what was done or planned.

The feedback text is the one kept in the signal's history, as the official wrote it (from a
template, edited by hand). It is set as plain paragraphs: nothing a person typed, nor a value
a template placeholder put in, is ever read as markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from models.documents.records import FeedbackLetterData
from models.i18n import QT_TRANSLATE_NOOP, translate
from views.documents import markdown
from views.documents.toolkit import PdfDocument
from views.documents.words import SIGNAL_STATUS, long_date

TITLE = QT_TRANSLATE_NOOP("documents", "Feedback on your report")
STATUS = SIGNAL_STATUS


def render_feedback_letter(letter: FeedbackLetterData, out: Path | BinaryIO) -> None:
    """Write the letter with the feedback of one step in a signal's history."""
    sender, today = letter.identity, letter.today
    title = translate("documents", TITLE)
    subject = translate("documents", "Signal {number}").format(number=letter.number)
    doc = PdfDocument(sender, title, subject=subject, today=today, public=True)
    to = [letter.reporter_name or translate("documents", "The reporter")]
    if letter.reporter_address:  # a letter by post: the address as the reporter gave it
        to.extend(part.strip() for part in letter.reporter_address.split(",") if part.strip())
    elif letter.reporter_email:
        to.append(translate("documents", "by e-mail: {address}").format(address=letter.reporter_email))
    doc.address_block(to, [sender.name, *sender.address_lines])
    doc.facts(
        [
            (translate("documents", "Date"), long_date(today)),
            (
                translate("documents", "Subject"),
                translate("documents", "Your report about {category}").format(
                    category=letter.category.lower()
                ),
            ),
            (translate("documents", "Our reference"), letter.number),
            (translate("documents", "Your report of"), long_date(letter.reported_on)),
        ]
    )
    doc.spacer(2)
    doc.title(title)
    for part in letter.feedback.split("\n\n"):
        doc.paragraph(part)
    doc.heading(translate("documents", "Your report"))
    facts = [
        (translate("documents", "Subject"), letter.category),
        (translate("documents", "Location"), letter.location),
        (translate("documents", "Description"), letter.description),
        (translate("documents", "Status", "letter"), STATUS[letter.status]),
    ]
    if letter.planned_on is not None:
        facts.append(
            (
                translate("documents", "Planned"),
                f"{letter.planned or ''} – {long_date(letter.planned_on)}".strip(" –"),
            )
        )
    doc.facts(facts)
    name = sender.sender_name.strip() or letter.official
    role = sender.sender_role.strip() if sender.sender_name.strip() else ""
    lines = [f"<b>{markdown.plain(name)}</b>"] if name else []
    lines += [markdown.plain(line) for line in (role, sender.name) if line]
    doc.add(
        KeepTogether(
            [
                Spacer(0, 2 * mm),
                Paragraph(
                    markdown.plain(
                        translate(
                            "documents",
                            "If you have any questions about your report, please contact us and quote the "
                            "reference {number}.",
                        ).format(number=letter.number)
                    ),
                    doc.styles.body,
                ),
                Paragraph(translate("documents", "Kind regards,"), doc.styles.body),
                Spacer(0, 10 * mm),
                Paragraph("<br/>".join(lines), doc.styles.body),
            ]
        )
    )
    doc.build(out)
