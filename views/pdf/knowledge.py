"""Informatieblad: a knowledge article on paper, to hand out at the desk or send along.

A handout outlives the day it is printed, so it says when it was made and until when the
answer holds; an article that is not valid on that day is marked so on every line that
matters, never printed as if it were current.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from models.desk import services as desk
from models.desk.services import ArticleState
from models.team.identity import identity
from views.pdf.dutch import dutch_date
from views.pdf.toolkit import OVERDUE, Cell, PdfDocument, Value

TITLE = "Informatieblad"


def validity(record: desk.ArticleRecord) -> Cell:
    """How long the answer holds, in words; red when it does not hold today."""
    if record.state is ArticleState.EXPIRED:
        until = dutch_date(record.valid_until)
        return Cell(f"Verlopen: gold tot en met {until}; dit antwoord geldt niet meer", OVERDUE, bold=True)
    if record.state is ArticleState.UPCOMING:
        return Cell(f"Geldt pas vanaf {dutch_date(record.valid_from)}", OVERDUE, bold=True)
    if record.valid_until is not None:
        return Cell(f"Geldt tot en met {dutch_date(record.valid_until)}")
    return Cell("Geldt tot nader bericht")


def build_article(session: Session, article_id: int, out: Path | BinaryIO, *, today: date) -> None:
    """Write one knowledge article as a handout, as it stands on ``today``."""
    record = desk.article(session, article_id, today=today)
    # A handout is public: no confidentiality marking in its footer.
    sender = replace(identity(session), confidentiality="")
    doc = PdfDocument(sender, TITLE, subject=record.question, today=today)
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
    doc.note(
        f"Deze informatie is afgedrukt op {dutch_date(today)}. Regels veranderen soms snel; "
        "vraag bij twijfel het ondernemersloket naar de actuele stand."
    )
    doc.build(out)
