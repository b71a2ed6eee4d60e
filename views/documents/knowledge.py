"""Informatieblad: a knowledge article on paper, to hand out at the desk or send along.

A handout outlives the day it is printed, so it says when it was made and until when the
answer holds; an article that is not valid on that day is marked so on every line that
matters, never printed as if it were current.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from models.desk.records import ArticleRecord, ArticleState
from models.documents.records import ArticleSheetData
from models.team.records import Identity
from views.documents.toolkit import OVERDUE, Cell, PdfDocument, Value
from views.documents.words import long_date

TITLE = "Informatieblad"


def validity(record: ArticleRecord) -> Cell:
    """How long the answer holds, in words; red when it does not hold today."""
    if record.state is ArticleState.EXPIRED:
        until = long_date(record.valid_until)
        return Cell(f"Verlopen: gold tot en met {until}; dit antwoord geldt niet meer", OVERDUE, bold=True)
    if record.state is ArticleState.UPCOMING:
        return Cell(f"Geldt pas vanaf {long_date(record.valid_from)}", OVERDUE, bold=True)
    if record.valid_until is not None:
        return Cell(f"Geldt tot en met {long_date(record.valid_until)}")
    return Cell("Geldt tot nader bericht")


def _contact(doc: PdfDocument, sender: Identity) -> None:
    """How the entrepreneur reaches the municipality: its address, phone, website and e-mail."""
    facts: list[tuple[str, Value]] = [("Gemeente", sender.name)]
    if sender.is_set and sender.address_lines:
        facts.append(("Adres", ", ".join(sender.address_lines)))
    facts += [
        (label, value)
        for label, value in (
            ("Telefoon", sender.phone),
            ("Website", sender.website),
            ("E-mail", sender.email),
        )
        if value
    ]
    with doc.together():
        doc.heading("Contact")
        doc.facts(facts)


def render_article(sheet: ArticleSheetData, out: Path | BinaryIO) -> None:
    """Write one knowledge article as a handout, as it stands on the record's ``today``."""
    record, today = sheet.article, sheet.today
    sender = sheet.identity
    doc = PdfDocument(sender, TITLE, subject=record.question, today=today, public=True)
    doc.title(record.question)
    facts: list[tuple[str, Value]] = [("Geldigheid", validity(record))]
    if record.department:
        facts.append(("Meer informatie", f"{sender.name}, {record.department}"))
    if record.tags:
        facts.append(("Onderwerpen", ", ".join(record.tags)))
    doc.facts(facts)
    doc.spacer(2)
    doc.heading("Antwoord")
    doc.markdown(record.answer)
    doc.spacer(4)
    _contact(doc, sender)
    doc.note(
        f"Deze informatie is afgedrukt op {long_date(today)}. Regels veranderen soms snel; "
        "vraag bij twijfel het ondernemersloket naar de actuele stand."
    )
    doc.build(out)
