"""The words and dates of the PDFs, without Qt.

Why not ``views.common.text`` (Qt's translator and ``QLocale``)? The documents are made from the
command line and from worker threads too, where no translator may be installed. They speak the
language chosen for the process (``models.i18n.set_language``: Dutch unless the official chose
English); the words come from the same catalogue the window uses (``models.i18n.translate`` reads
the .ts catalogue the window's .qm is compiled from, without Qt), keyed by the enums' labels, so a
word is translated in the .ts file and nowhere else; ``tests/views/test_pdf.py`` checks that every
member has its word.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import Generic, TypeVar

from models.ambitions.entities import ACTION_STATUS_LABELS
from models.companies.entities import AREA_KIND_LABELS, CONTACT_ROLES, ESTABLISHMENT_STATUS_LABELS
from models.consultations.entities import AGREEMENT_STATUS_LABELS, CHANNEL_LABELS, RESPONSIBLE_LABELS
from models.i18n import MONTHS, SHORT_MONTHS, clock_time, long_date, translate
from models.signals.entities import SIGNAL_STATUS_LABELS

__all__ = ["MONTHS", "SHORT_MONTHS", "long_date"]

K = TypeVar("K")


class _Words(Mapping[K, str], Generic[K]):
    """``{member: word}`` from the enum's (English, marked) labels, in the language of the moment
    (looked up when read, so a language chosen after import is the one spoken)."""

    def __init__(self, labels: Mapping[K, str]) -> None:
        self._labels = labels

    def __getitem__(self, key: K) -> str:
        return translate("labels", self._labels[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)


def _words(labels: Mapping[K, str]) -> Mapping[K, str]:
    return _Words(labels)


def _roles(roles: Iterable[str]) -> Mapping[str, str]:
    return _Words({role: role for role in roles})


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


def time_of_day(value: datetime) -> str:
    """``14.05 uur``: the Dutch way of writing a time in a letter (``14:05`` in English)."""
    moment = local(value)
    return clock_time(moment.hour, moment.minute)


def long_datetime(value: datetime | None, *, short: bool = False) -> str:
    """``22 november 2026, 14.05 uur``."""
    if value is None:
        return ""
    moment = local(value)
    return f"{long_date(moment.date(), short=short)}, {time_of_day(moment)}"


def contact_role(role: str | None) -> str:
    if not role:
        return ""
    return CONTACT_ROLE.get(role, role)


def count(n: int, one: str, many: str) -> str:
    """``1 afspraak``, ``3 afspraken``."""
    return f"{n} {one if n == 1 else many}"
