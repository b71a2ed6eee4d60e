"""Terugkoppeling: the letter that tells a reporter what was found and what was done or planned.

The feedback text is the one kept in the signal's history, as the official wrote it (from a
template, edited by hand). It is set as plain paragraphs: nothing a person typed, nor a value
a template placeholder put in, is ever read as markup.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer
from sqlalchemy.orm import Session

from models.signals import services as signals
from models.team.entities import User
from models.team.identity import identity
from views.pdf import markdown
from views.pdf.dutch import SIGNAL_STATUS, dutch_date
from views.pdf.toolkit import PdfDocument

TITLE = "Terugkoppeling op uw melding"
STATUS = SIGNAL_STATUS


def build_feedback_letter(session: Session, event_id: int, out: Path | BinaryIO, *, today: date) -> None:
    """Write the letter with the feedback of one step in a signal's history."""
    step = signals.event(session, event_id)
    record = signals.signal(session, step.signal_id, today=today)
    sender = identity(session)
    doc = PdfDocument(sender, TITLE, subject=f"Melding {record.number}", today=today)
    to = [record.reporter_name or "De melder"]
    if record.reporter_email:
        to.append(f"per e-mail: {record.reporter_email}")
    doc.address_block(to, [sender.name, *sender.address_lines])
    doc.facts(
        [
            ("Datum", dutch_date(today)),
            ("Onderwerp", f"Uw melding over {record.category.lower()}"),
            ("Ons kenmerk", record.number),
            ("Uw melding van", dutch_date(record.reported_at.astimezone().date())),
        ]
    )
    doc.spacer(2)
    doc.title(TITLE)
    for part in (step.feedback or "").split("\n\n"):
        doc.paragraph(part)
    doc.heading("Uw melding")
    facts = [
        ("Onderwerp", record.category),
        ("Locatie", record.address or record.area or record.company),
        ("Omschrijving", record.description),
        ("Stand van zaken", STATUS[step.to_status]),
    ]
    if step.planned_on is not None:
        facts.append(("Gepland", f"{step.planned or ''} – {dutch_date(step.planned_on)}".strip(" –")))
    doc.facts(facts)
    official = session.get(User, step.user_id) if step.user_id else None
    name = sender.sender_name.strip() or (official.full_name if official else "")
    role = sender.sender_role.strip() if sender.sender_name.strip() else ""
    lines = [f"<b>{markdown.plain(name)}</b>"] if name else []
    lines += [markdown.plain(line) for line in (role, sender.name) if line]
    doc.add(
        KeepTogether(
            [
                Spacer(0, 2 * mm),
                Paragraph(
                    markdown.plain(
                        f"Hebt u nog vragen over uw melding, neem dan contact met ons op en noem het "
                        f"kenmerk {record.number}."
                    ),
                    doc.styles.body,
                ),
                Paragraph("Met vriendelijke groet,", doc.styles.body),
                Spacer(0, 10 * mm),
                Paragraph("<br/>".join(lines), doc.styles.body),
            ]
        )
    )
    doc.build(out)
