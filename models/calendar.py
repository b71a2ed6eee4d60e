"""Working days: the one calendar every deadline is counted on.

A working day is Monday to Friday and not a Dutch public holiday as the ``holidays`` library
lists them for any year (Nieuwjaarsdag, Goede Vrijdag, Pasen, Koningsdag, Bevrijdingsdag in
lustrum years, Hemelvaartsdag, Pinksteren, Kerstmis): moving feasts are computed, not typed in,
and a handling deadline counted over Christmas skips it. Which days are holidays stays a
parameter (``holidays``, a collection of dates), so a test or a municipality's own closing days
can pass another set; :data:`NO_HOLIDAYS` skips only weekends.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta
from functools import cache

NO_HOLIDAYS: frozenset[date] = frozenset()


@cache
def dutch_holidays() -> Collection[date]:
    """The Dutch public holidays of every year, computed for a year when it is first asked."""
    import holidays as holiday_calendars  # ~0.1 s: imported when a deadline is first counted, not at start

    return holiday_calendars.country_holidays("NL")


def _default(holidays: Collection[date] | None) -> Collection[date]:
    return dutch_holidays() if holidays is None else holidays


_DAY = timedelta(days=1)


def is_working_day(day: date, holidays: Collection[date] | None = None) -> bool:
    """Monday to Friday, and not one of ``holidays`` (default: the Dutch public holidays)."""
    return day.weekday() < 5 and day not in _default(holidays)


def add_working_days(start: date, days: int, holidays: Collection[date] | None = None) -> date:
    """The date ``days`` working days after ``start`` (before it when ``days`` is negative).

    ``start`` itself never counts, so it need not be a working day: one working day after a
    Friday is the Monday. Zero days is ``start`` unchanged.
    """
    holidays = _default(holidays)
    step = _DAY if days >= 0 else -_DAY
    remaining = abs(days)
    current = start
    while remaining:
        current += step
        if is_working_day(current, holidays):
            remaining -= 1
    return current


def working_days_between(start: date, end: date, holidays: Collection[date] | None = None) -> int:
    """How many working days after ``start`` up to and including ``end``.

    The inverse of :func:`add_working_days` for ``end`` a working day:
    ``working_days_between(d, add_working_days(d, n)) == n``. Negative when ``end`` lies
    before ``start``; zero for the same day.
    """
    holidays = _default(holidays)
    if end < start:
        return -working_days_between(end, start, holidays)
    count = 0
    current = start
    while current < end:
        current += _DAY
        if is_working_day(current, holidays):
            count += 1
    return count
