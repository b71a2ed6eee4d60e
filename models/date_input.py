"""Reading a date the way Dutch people type one (and English words, for the English interface).

``15-12-2026``, ``15/12/26``, ``15-12`` (this year), ``151226``, ``15122026``, ``1512``,
``15 dec``, ``15 december 2026``, ``di 15 december 2026`` (as the field shows it back),
``2026-12-15``, ``vandaag``, ``morgen``, ``overmorgen``, ``gisteren``, ``eergisteren``,
``+7`` / ``-3`` (days from today), ``+2w`` (weeks). An empty text is "no date"; anything
else that cannot be read is an error, never a guess and never an empty value.

Written here rather than taken from a library: ``dateparser`` reads Dutch month names and
"morgen", but not the digit runs (``151226``) or ``+7`` the desk types, and brings regex
tables for 200 languages and its own time-zone stack for what fits in one page; the standard
library's ``strptime`` depends on the process locale for month names.

The English words (``15 Dec``, ``today``, ``tomorrow``, ``Tue``) are read in either language:
none of them means something else in Dutch, and an official may type what they are used to.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from models.errors import DomainError
from models.i18n import ENGLISH, ENGLISH_MONTHS, MONTHS, QT_TRANSLATE_NOOP, language

# Words for a day relative to today.
RELATIVE_DAYS = {
    "eergisteren": -2,
    "gisteren": -1,
    "vandaag": 0,
    "nu": 0,
    "morgen": 1,
    "overmorgen": 2,
    "yesterday": -1,
    "today": 0,
    "now": 0,
    "tomorrow": 1,
}

# Weekday names and abbreviations that may precede a date ("di 15 december 2026"); ignored.
WEEKDAYS = (
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "ma",
    "di",
    "wo",
    "do",
    "vr",
    "za",
    "zo",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
)
SHORT_WEEKDAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")
ENGLISH_SHORT_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _month_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for number, name in enumerate(MONTHS, start=1):
        names[name] = number
        names[name[:3]] = number
    for number, name in enumerate(ENGLISH_MONTHS, start=1):
        names.setdefault(name.lower(), number)
        names.setdefault(name[:3].lower(), number)
    names["mrt"] = 3
    names["sept"] = 9
    return names


MONTH_NAMES = _month_names()

_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DIGITS = re.compile(r"^\d{4}$|^\d{6}$|^\d{8}$")
_WORDS = re.compile(r"^(\d{1,2})\s*([a-z]+)\.?(?:\s+(\d{2}|\d{4}))?$")
_OFFSET = re.compile(r"^([+-])\s*(\d{1,4})\s*(d|dag|dagen|day|days|w|wk|week|weken|weeks)?$")


class UnreadableDateError(DomainError):
    """The text is not a date this module can read, or not a day that exists."""


def _year(text: str | None, today: date) -> int:
    if text is None:
        return today.year
    number = int(text)
    return 2000 + number if len(text) == 2 else number


def _make(day: int, month: int, year: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise UnreadableDateError(
            QT_TRANSLATE_NOOP("errors", "“{text}” is not a day of the calendar."), text=text
        ) from None


def _without_weekday(text: str) -> str:
    first, _, rest = text.partition(" ")
    first = first.rstrip(".,")
    return rest.strip() if rest and first in WEEKDAYS else text


def read_date(text: str, today: date) -> date | None:
    """The date ``text`` means, counted from ``today``; None for an empty text.

    Raises UnreadableDateError, with the text in its message, for anything else."""
    typed = text.strip()
    if not typed:
        return None
    cleaned = _without_weekday(" ".join(typed.lower().split()))
    if cleaned in RELATIVE_DAYS:
        return today + timedelta(days=RELATIVE_DAYS[cleaned])
    if match := _OFFSET.match(cleaned):
        sign, amount, unit = match.groups()
        days = int(amount) * (7 if unit and unit.startswith("w") else 1)
        try:
            return today + timedelta(days=days if sign == "+" else -days)
        except OverflowError:
            pass
    elif match := _ISO.match(cleaned):
        year, month, day = (int(part) for part in match.groups())
        return _make(day, month, year, typed)
    elif match := _NUMERIC.match(cleaned):
        day_text, month_text, year_text = match.groups()
        return _make(int(day_text), int(month_text), _year(year_text, today), typed)
    elif _DIGITS.match(cleaned):
        year_text = cleaned[4:] or None
        return _make(int(cleaned[:2]), int(cleaned[2:4]), _year(year_text, today), typed)
    elif match := _WORDS.match(cleaned):
        day_text, month_word, year_text = match.groups()
        named = MONTH_NAMES.get(month_word)
        if named is not None:
            return _make(int(day_text), named, _year(year_text, today), typed)
    raise UnreadableDateError(
        QT_TRANSLATE_NOOP(
            "errors", "“{text}” cannot be read as a date. Type for example 15-12-2026, 15 dec, morgen or +7."
        ),
        text=typed,
    )


def spoken_date(value: date) -> str:
    """``di 15 december 2026``: what the field understood, with the weekday to check it by
    (``Tue 15 December 2026`` in English)."""
    if language() == ENGLISH:
        weekday, month = ENGLISH_SHORT_WEEKDAYS[value.weekday()], ENGLISH_MONTHS[value.month - 1]
        return f"{weekday} {value.day} {month} {value.year}"
    return f"{SHORT_WEEKDAYS[value.weekday()]} {value.day} {MONTHS[value.month - 1]} {value.year}"


def typed_date(value: date) -> str:
    """``15-12-2026``: how the field writes a date back into itself."""
    return f"{value.day:02d}-{value.month:02d}-{value.year}"
