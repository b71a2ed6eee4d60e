"""Inzage: everything the municipality holds about one person, for that person (AVG article 15).

Made from the plain dossier of ``models.privacy`` (the records found, each with its fields, and
the audit trail of those records); nothing is looked up while drawing. Field names and titles
come from the catalogue in Dutch (``models.i18n.translate``), like every document's words.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from models.i18n import QT_TRANSLATE_NOOP, translate
from models.privacy.dossier import (
    AUDIT_TITLE,
    F_BY,
    F_CHANGE,
    F_DATE,
    F_FIELD,
    F_NEW,
    F_OLD,
    F_RECORD,
    Dossier,
)
from views.documents.toolkit import Column, PdfDocument, Value
from views.documents.words import long_date, long_datetime

TITLE = QT_TRANSLATE_NOOP("documents", "Access to personal data")
_AUDIT_COLUMNS = (F_DATE, F_RECORD, F_CHANGE, F_FIELD, F_OLD, F_NEW, F_BY)


def _asked(dossier: Dossier) -> list[tuple[str, Value]]:
    query = dossier.query
    asked = [
        (translate("labels", "Name"), query.name.strip()),
        (translate("labels", "Phone"), query.phone.strip()),
        (translate("labels", "E-mail"), query.email.strip()),
    ]
    return [(key, value) for key, value in asked if value]


def render_inzage(dossier: Dossier, out: Path | BinaryIO) -> None:
    """Write the person's dossier: what was searched for, every record found, the audit trail."""
    today = dossier.made_at.astimezone().date()
    title = translate("documents", TITLE)
    doc = PdfDocument(dossier.identity, title, subject=dossier.query.name or dossier.query.email, today=today)
    doc.title(title, dossier.query.name or dossier.query.email or dossier.query.phone)
    doc.note(
        translate(
            "documents",
            "Overview of the personal data {municipality} keeps in Ondernemersdesk, made on {moment} by {official}.",
        ).format(
            municipality=dossier.identity.name,
            moment=long_datetime(dossier.made_at),
            official=dossier.made_by,
        )
    )
    doc.heading(translate("documents", "Searched for"))
    doc.facts(_asked(dossier))
    records = [s for s in dossier.sections if s.title != AUDIT_TITLE]
    if not records:
        doc.note(translate("documents", "No data about this person was found."))
    for section in records:
        doc.heading(f"{translate('labels', section.title)} ({len(section.records)})")
        for record in section.records:
            with doc.together():
                doc.facts([(translate("labels", key), value) for key, value in record.items()])
                doc.spacer(2)
    trail = next((s for s in dossier.sections if s.title == AUDIT_TITLE), None)
    if trail is not None:
        doc.heading(f"{translate('labels', trail.title)} ({len(trail.records)})")
        doc.note(
            translate("documents", "Every change of these data: when, by whom, from which value to which.")
        )
        widths = (1.4, 1.1, 0.9, 1.1, 1.6, 1.6, 1.2)
        doc.table(
            [
                Column(translate("labels", key), width)
                for key, width in zip(_AUDIT_COLUMNS, widths, strict=True)
            ],
            [[record.get(key, "") for key in _AUDIT_COLUMNS] for record in trail.records],
        )
    doc.spacer(4)
    doc.note(
        translate(
            "documents",
            "This overview was made on {date} under article 15 of the General Data Protection Regulation "
            "(GDPR). If any data is not right, or you want it erased, please contact the municipality.",
        ).format(date=long_date(today))
    )
    doc.build(out)
