"""Working days: the one calendar every deadline is counted on.

A working day is Monday to Friday and not a holiday. Which days are holidays is a parameter
(``holidays``, a collection of dates), so Dutch public holidays can be plugged in later in one
place: today :data:`NO_HOLIDAYS` is the default and only weekends are skipped.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

NO_HOLIDAYS: frozenset[date] = frozenset()

_DAY = timedelta(days=1)


def is_working_day(day: date, holidays: Collection[date] = NO_HOLIDAYS) -> bool:
    """Monday to Friday, and not one of ``holidays``."""
    return day.weekday() < 5 and day not in holidays


def add_working_days(start: date, days: int, holidays: Collection[date] = NO_HOLIDAYS) -> date:
    """The date ``days`` working days after ``start`` (before it when ``days`` is negative).

    ``start`` itself never counts, so it need not be a working day: one working day after a
    Friday is the Monday. Zero days is ``start`` unchanged.
    """
    step = _DAY if days >= 0 else -_DAY
    remaining = abs(days)
    current = start
    while remaining:
        current += step
        if is_working_day(current, holidays):
            remaining -= 1
    return current


def working_days_between(start: date, end: date, holidays: Collection[date] = NO_HOLIDAYS) -> int:
    """How many working days after ``start`` up to and including ``end``.

    The inverse of :func:`add_working_days` for ``end`` a working day:
    ``working_days_between(d, add_working_days(d, n)) == n``. Negative when ``end`` lies
    before ``start``; zero for the same day.
    """
    if end < start:
        return -working_days_between(end, start, holidays)
    count = 0
    current = start
    while current < end:
        current += _DAY
        if is_working_day(current, holidays):
            count += 1
    return count
