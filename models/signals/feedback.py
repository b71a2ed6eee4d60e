"""Feedback to reporters: the templates a letter is made from and the values filled into them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.common import save_record
from models.i18n import QT_TRANSLATE_NOOP, long_date, translate
from models.permissions import Permission, requires
from models.signals.entities import (
    FeedbackTemplate,
    SignalStatus,
)
from models.signals.services import SignalRecord, TransitionInput
from models.validation import (
    Validator,
)

# -- templates --------------------------------------------------------------------------------


# The placeholders a feedback template may use, and what they are filled with.
PLACEHOLDERS: dict[str, str] = {
    "naam": QT_TRANSLATE_NOOP("labels", "the reporter's name"),
    "nummer": QT_TRANSLATE_NOOP("labels", "the signal's number"),
    "datum_melding": QT_TRANSLATE_NOOP("labels", "the date of the report"),
    "datum": QT_TRANSLATE_NOOP("labels", "today's date"),
    "categorie": QT_TRANSLATE_NOOP("labels", "the category"),
    "adres": QT_TRANSLATE_NOOP("labels", "the address"),
    "bevinding": QT_TRANSLATE_NOOP("labels", "what was found"),
    "actie": QT_TRANSLATE_NOOP("labels", "what was done"),
    "planning": QT_TRANSLATE_NOOP("labels", "what is planned"),
    "plandatum": QT_TRANSLATE_NOOP("labels", "when it is planned"),
}


_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True, kw_only=True)
class TemplateRecord:
    id: int
    version: int
    name: str
    status: SignalStatus | None
    body: str
    active: bool


def unknown_placeholders(body: str) -> list[str]:
    return [name for name in _PLACEHOLDER.findall(body) if name.strip() not in PLACEHOLDERS]


def fill_template(body: str, values: Mapping[str, str]) -> str:
    """Put the values in their placeholders, in one pass: a value that itself contains
    ``{naam}`` stays as typed, and nothing in a value is read as anything but text."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1).strip(), m.group(0)), body)


@requires(Permission.VIEW_SIGNALS)
def templates(session: Session, *, include_inactive: bool = False) -> list[TemplateRecord]:
    stmt = select(FeedbackTemplate).order_by(FeedbackTemplate.name)
    if not include_inactive:
        stmt = stmt.where(FeedbackTemplate.active)
    return [
        TemplateRecord(id=t.id, version=t.version, name=t.name, status=t.status, body=t.body, active=t.active)
        for t in session.scalars(stmt)
    ]


@requires(Permission.CONFIGURE_SIGNALS)
def save_template(
    session: Session,
    name: str,
    body: str,
    status: SignalStatus | None = None,
    *,
    template_id: int | None = None,
    expected_version: int | None = None,
    active: bool = True,
) -> int:
    v = Validator()
    v.required("name", name)
    v.max_length("name", name.strip(), 120)
    v.required("body", body)
    unknown = unknown_placeholders(body)
    if unknown:
        v.add(
            "body",
            QT_TRANSLATE_NOOP("errors", "Unknown placeholder {names}. Use one of: {known}."),
            names=", ".join("{" + n + "}" for n in unknown),
            known=", ".join("{" + n + "}" for n in PLACEHOLDERS),
        )
    v.raise_if_any()
    values = {"name": name.strip(), "body": body.strip(), "status": status, "active": active}
    return save_record(session, FeedbackTemplate, template_id, expected_version, values).id


# "Geachte {naam}," for a reporter who left no name.
SALUTATION_UNKNOWN = QT_TRANSLATE_NOOP("letters", "Sir or Madam")


def placeholder_values(record: SignalRecord, data: TransitionInput, today: date) -> dict[str, str]:
    return {
        "naam": record.reporter_name or translate("letters", SALUTATION_UNKNOWN),
        "nummer": record.number,
        "datum_melding": long_date(record.reported_at.date()),
        "datum": long_date(today),
        "categorie": record.category.lower(),
        "adres": record.address,
        "bevinding": data.found.strip(),
        "actie": data.done.strip(),
        "planning": data.planned.strip(),
        "plandatum": long_date(data.planned_on),
    }
