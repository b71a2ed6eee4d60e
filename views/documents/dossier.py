"""Ondernemersdossier: the whole file of one company on paper.

For the archive, a handover to a colleague or a data-subject request: the profile,
establishments and contact persons, every agreement with its status, and every contact
moment with its full report, newest first; the signals about it (linked to it, or reported
at one of its addresses) when the official may see signals.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from models.consultations.records import AgreementRecord
from models.documents.records import DossierData
from views.documents import sections
from views.documents.toolkit import PdfDocument
from views.documents.words import count, long_date

TITLE = "Ondernemersdossier"


def _agreement_order(agreement: AgreementRecord) -> tuple:
    """Open ones first by due date (no date last), then closed ones, most recently closed first."""
    if agreement.is_open:
        return (0, agreement.due_date is None, agreement.due_date or date.max, agreement.id)
    closed = agreement.closed_on or agreement.made_on
    return (1, False, date.max - closed, agreement.id)


def render_dossier(data: DossierData, out: Path | BinaryIO) -> None:
    """Write the complete file of one company, as it stands on the record's ``today``."""
    company, records, today = data.company, data.interactions, data.today
    doc = PdfDocument(data.identity, TITLE, subject=company.name, today=today)
    doc.title(TITLE, company.name)
    doc.note(f"Stand van zaken op {long_date(today)}.")

    doc.heading("Profiel")
    sections.profile(doc, company)
    if company.notes:
        doc.subheading("Notities")
        doc.paragraph(company.notes)
    sections.establishments(doc, company)
    sections.contacts(doc, company, notes=True)

    agreements = sorted((a for r in records for a in r.agreements), key=_agreement_order)
    open_count = sum(1 for a in agreements if a.is_open)
    doc.heading(f"Afspraken ({len(agreements)})")
    if agreements:
        doc.note(
            f"{count(open_count, 'afspraak staat', 'afspraken staan')} open; open afspraken staan bovenaan."
        )
    sections.agreements_table(
        doc,
        agreements,
        empty="Er zijn geen afspraken vastgelegd.",
        made=True,
        notes=True,
    )

    if data.signals is not None:
        sections.signals_table(doc, data.signals, today)

    doc.heading(f"Contactmomenten ({len(records)})")
    if not records:
        doc.note("Er is nog geen contact met deze onderneming vastgelegd.")
    for record in records:
        sections.interaction_entry(doc, record, company)
    doc.build(out)
