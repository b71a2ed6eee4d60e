"""Dutch words and dates for the PDFs, without Qt.

Why not ``views.common.text`` (Qt's translator and ``QLocale``)? The documents are made from the
command line and from worker threads too, where no translator may be installed, and a PDF
is always a Dutch document: it is sent to Dutch entrepreneurs and filed in a Dutch
archive, whatever language the official's screen speaks. The domain words come from the same
catalogue the window uses (``models.i18n.dutch`` reads the .ts catalogue the window's .qm is
compiled from, without Qt), keyed by the enums' labels, so a word is translated in the .ts file and nowhere else;
``tests/views/test_pdf.py`` checks that every member has its word.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TypeVar

from models.ambitions.entities import ACTION_STATUS_LABELS
from models.companies.entities import AREA_KIND_LABELS, CONTACT_ROLES, ESTABLISHMENT_STATUS_LABELS
from models.consultations.entities import AGREEMENT_STATUS_LABELS, CHANNEL_LABELS, RESPONSIBLE_LABELS
from models.i18n import MONTHS, SHORT_MONTHS, dutch, dutch_date
from models.signals.entities import SIGNAL_STATUS_LABELS

__all__ = ["MONTHS", "SHORT_MONTHS", "dutch_date"]

K = TypeVar("K")


def _words(labels: Mapping[K, str]) -> dict[K, str]:
    """``{member: Dutch word}`` from the enum's (English, marked) labels."""
    return {member: dutch("labels", label) for member, label in labels.items()}


def _roles(roles: Iterable[str]) -> dict[str, str]:
    return {role: dutch("labels", role) for role in roles}


CHANNEL = _words(CHANNEL_LABELS)
RESPONSIBLE = _words(RESPONSIBLE_LABELS)
AGREEMENT_STATUS = _words(AGREEMENT_STATUS_LABELS)
SIGNAL_STATUS = _words(SIGNAL_STATUS_LABELS)
ACTION_STATUS = _words(ACTION_STATUS_LABELS)
ESTABLISHMENT_STATUS = _words(ESTABLISHMENT_STATUS_LABELS)
AREA_KIND = _words(AREA_KIND_LABELS)
# Contact roles are free text; the ones the form offers are stored as English source labels.
CONTACT_ROLE = _roles(CONTACT_ROLES)


def local(value: datetime) -> datetime:
    """A stored moment (UTC) in this computer's time zone; a naive one is taken as it is."""
    return value.astimezone() if value.tzinfo is not None else value


def dutch_time(value: datetime) -> str:
    """``14.05 uur``: the Dutch way of writing a time in a letter."""
    moment = local(value)
    return f"{moment.hour}.{moment.minute:02d} uur"


def dutch_datetime(value: datetime | None, *, short: bool = False) -> str:
    """``22 november 2026, 14.05 uur``."""
    if value is None:
        return ""
    moment = local(value)
    return f"{dutch_date(moment.date(), short=short)}, {dutch_time(moment)}"


def contact_role(role: str | None) -> str:
    if not role:
        return ""
    return CONTACT_ROLE.get(role, role)


def count(n: int, one: str, many: str) -> str:
    """``1 afspraak``, ``3 afspraken``."""
    return f"{n} {one if n == 1 else many}"
