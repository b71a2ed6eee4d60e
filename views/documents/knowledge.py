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
from models.i18n import QT_TRANSLATE_NOOP, translate
from models.team.records import Identity
from views.documents.toolkit import OVERDUE, Cell, PdfDocument, Value
from views.documents.words import long_date

TITLE = QT_TRANSLATE_NOOP("documents", "Handout")


def validity(record: ArticleRecord) -> Cell:
    """How long the answer holds, in words; red when it does not hold today."""
    if record.state is ArticleState.EXPIRED:
        until = long_date(record.valid_until)
        return Cell(
            translate(
                "documents", "Expired: valid up to and including {date}; this answer no longer holds"
            ).format(date=until),
            OVERDUE,
            bold=True,
        )
    if record.state is ArticleState.UPCOMING:
        return Cell(
            translate("documents", "Valid only from {date}").format(date=long_date(record.valid_from)),
            OVERDUE,
            bold=True,
        )
    if record.valid_until is not None:
        return Cell(
            translate("documents", "Valid up to and including {date}").format(
                date=long_date(record.valid_until)
            )
        )
    return Cell(translate("documents", "Valid until further notice"))


def _contact(doc: PdfDocument, sender: Identity) -> None:
    """How the entrepreneur reaches the municipality: its address, phone, website and e-mail."""
    facts: list[tuple[str, Value]] = [(translate("documents", "Municipality"), sender.name)]
    if sender.is_set and sender.address_lines:
        facts.append((translate("documents", "Address"), ", ".join(sender.address_lines)))
    facts += [
        (label, value)
        for label, value in (
            (translate("documents", "Phone"), sender.phone),
            (translate("documents", "Website"), sender.website),
            (translate("documents", "E-mail"), sender.email),
        )
        if value
    ]
    with doc.together():
        doc.heading(translate("documents", "Contact"))
        doc.facts(facts)


def render_article(sheet: ArticleSheetData, out: Path | BinaryIO) -> None:
    """Write one knowledge article as a handout, as it stands on the record's ``today``."""
    record, today = sheet.article, sheet.today
    sender = sheet.identity
    doc = PdfDocument(
        sender, translate("documents", TITLE), subject=record.question, today=today, public=True
    )
    doc.title(record.question)
    facts: list[tuple[str, Value]] = [(translate("documents", "Validity"), validity(record))]
    if record.department:
        facts.append((translate("documents", "More information"), f"{sender.name}, {record.department}"))
    if record.tags:
        facts.append((translate("documents", "Topics"), ", ".join(record.tags)))
    doc.facts(facts)
    doc.spacer(2)
    doc.heading(translate("documents", "Answer"))
    doc.markdown(record.answer)
    doc.spacer(4)
    _contact(doc, sender)
    doc.note(
        translate(
            "documents",
            "This information was printed on {date}. Rules sometimes change quickly; when in doubt, ask "
            "the business desk how things stand now.",
        ).format(date=long_date(today))
    )
    doc.build(out)
