"""The kinds of record whose personal data have a retention period, with their defaults and sources.

The defaults follow the VNG Selectielijst gemeenten en intergemeentelijke organen 2020 where it
names the record, and common practice (Signalen, the open-source system of Amsterdam and other
municipalities) where it does not; every rule says which (``basis``), so the privacy officer can
check it. A period is counted in months from the moment the record's purpose ended: a signal's
closing, a desk question's date, a contact person's archiving, a round's observation.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from models.i18n import QT_TRANSLATE_NOOP

ANONYMISE = "anonymise"
REMOVE = "remove"


class RetentionKind(enum.StrEnum):
    SIGNAL_REPORTER = "signal_reporter"  # a closed signal's reporter: name, phone, e-mail
    SIGNAL = "signal"  # a handled signal, with its history and feedback
    SIGNAL_CANCELLED = "signal_cancelled"  # a cancelled signal
    DESK_VISITOR = "desk_visitor"  # a desk question of a visitor without a company
    CONTACT_ARCHIVED = "contact_archived"  # a contact person no longer linked (archived)
    ROUND_CONVERSATION = "round_conversation"  # whom a supervisor spoke with on a round


@dataclass(frozen=True, kw_only=True)
class KindInfo:
    label: str
    action: str
    default_months: int
    basis: str


KINDS: dict[RetentionKind, KindInfo] = {
    RetentionKind.SIGNAL_REPORTER: KindInfo(
        label=QT_TRANSLATE_NOOP("labels", "Reporters' contact details of closed signals"),
        action=ANONYMISE,
        default_months=12,
        basis=QT_TRANSLATE_NOOP(
            "labels",
            "Common practice (Signalen, Amsterdam and other municipalities): reporters anonymised "
            "a year after closing; AVG article 5(1)(e)",
        ),
    ),
    RetentionKind.SIGNAL: KindInfo(
        label=QT_TRANSLATE_NOOP("labels", "Handled signals"),
        action=REMOVE,
        default_months=60,
        basis=QT_TRANSLATE_NOOP(
            "labels", "VNG Selectielijst gemeenten 2020 and common practice: destroyed 5 years after closing"
        ),
    ),
    RetentionKind.SIGNAL_CANCELLED: KindInfo(
        label=QT_TRANSLATE_NOOP("labels", "Cancelled signals"),
        action=REMOVE,
        default_months=12,
        basis=QT_TRANSLATE_NOOP(
            "labels",
            "VNG Selectielijst gemeenten 2020 and common practice: destroyed 1 year after cancelling",
        ),
    ),
    RetentionKind.DESK_VISITOR: KindInfo(
        label=QT_TRANSLATE_NOOP("labels", "Desk questions of visitors without a company"),
        action=REMOVE,
        default_months=12,
        basis=QT_TRANSLATE_NOOP(
            "labels",
            "VNG Selectielijst gemeenten 2020 and common practice: questions answered at once, "
            "destroyed 1 year after they were asked",
        ),
    ),
    RetentionKind.CONTACT_ARCHIVED: KindInfo(
        label=QT_TRANSLATE_NOOP("labels", "Archived contact persons"),
        action=ANONYMISE,
        default_months=24,
        basis=QT_TRANSLATE_NOOP(
            "labels",
            "Common practice for relationship management: 2 years after the relationship ended; "
            "AVG article 5(1)(e)",
        ),
    ),
    RetentionKind.ROUND_CONVERSATION: KindInfo(
        label=QT_TRANSLATE_NOOP("labels", "Names of people spoken with on rounds"),
        action=ANONYMISE,
        default_months=24,
        basis=QT_TRANSLATE_NOOP(
            "labels",
            "Common practice: the name is needed while the follow-up runs; the observation itself "
            "is kept; AVG article 5(1)(e)",
        ),
    ),
}

ACTION_LABELS = {
    ANONYMISE: QT_TRANSLATE_NOOP("labels", "anonymise"),
    REMOVE: QT_TRANSLATE_NOOP("labels", "remove"),
}

MIN_MONTHS, MAX_MONTHS = 1, 1200


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier; the month's last day when it is shorter (31 May - 3 = 28/29 Feb)."""
    index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")
