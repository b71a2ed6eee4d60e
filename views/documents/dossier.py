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
from models.i18n import QT_TRANSLATE_NOOP, translate
from views.documents import sections
from views.documents.toolkit import PdfDocument
from views.documents.words import count, long_date

TITLE = QT_TRANSLATE_NOOP("documents", "Company file")


def _agreement_order(agreement: AgreementRecord) -> tuple:
    """Open ones first by due date (no date last), then closed ones, most recently closed first."""
    if agreement.is_open:
        return (0, agreement.due_date is None, agreement.due_date or date.max, agreement.id)
    closed = agreement.closed_on or agreement.made_on
    return (1, False, date.max - closed, agreement.id)


def render_dossier(data: DossierData, out: Path | BinaryIO) -> None:
    """Write the complete file of one company, as it stands on the record's ``today``."""
    company, records, today = data.company, data.interactions, data.today
    title = translate("documents", TITLE)
    doc = PdfDocument(data.identity, title, subject=company.name, today=today)
    doc.title(title, company.name)
    doc.note(translate("documents", "As it stands on {date}.").format(date=long_date(today)))

    doc.heading(translate("documents", "Profile"))
    sections.profile(doc, company)
    if company.notes:
        doc.subheading(translate("documents", "Notes"))
        doc.paragraph(company.notes)
    sections.establishments(doc, company)
    sections.contacts(doc, company, notes=True)

    agreements = sorted((a for r in records for a in r.agreements), key=_agreement_order)
    open_count = sum(1 for a in agreements if a.is_open)
    doc.heading(translate("documents", "Agreements ({count})").format(count=len(agreements)))
    if agreements:
        doc.note(
            translate("documents", "{agreements} open; open agreements are at the top.").format(
                agreements=count(
                    open_count,
                    translate("documents", "agreement is", "open"),
                    translate("documents", "agreements are", "open"),
                )
            )
        )
    sections.agreements_table(
        doc,
        agreements,
        empty=translate("documents", "No agreements have been recorded."),
        made=True,
        notes=True,
    )

    if data.signals is not None:
        sections.signals_table(doc, data.signals, today)

    doc.heading(translate("documents", "Contact moments ({count})").format(count=len(records)))
    if not records:
        doc.note(translate("documents", "No contact with this company has been recorded yet."))
    for record in records:
        sections.interaction_entry(doc, record, company)
    doc.build(out)
