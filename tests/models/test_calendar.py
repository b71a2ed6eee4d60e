"""The one calendar: working days skip weekends and Dutch public holidays."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from models.calendar import (
    NO_HOLIDAYS,
    add_working_days,
    dutch_holidays,
    is_working_day,
    working_days_between,
)

MONDAY = date(2026, 11, 23)
FRIDAY = date(2026, 11, 27)
SATURDAY = date(2026, 11, 28)
SUNDAY = date(2026, 11, 29)
NEXT_MONDAY = date(2026, 11, 30)


def test_monday_to_friday_are_working_days_the_weekend_is_not() -> None:
    assert [is_working_day(MONDAY + timedelta(days=d)) for d in range(7)] == [True] * 5 + [False] * 2


def test_adding_skips_the_weekend() -> None:
    assert add_working_days(FRIDAY, 1) == NEXT_MONDAY
    assert add_working_days(MONDAY, 4) == FRIDAY
    assert add_working_days(MONDAY, 5) == NEXT_MONDAY
    assert add_working_days(MONDAY, 10) == date(2026, 12, 7)
    assert add_working_days(SATURDAY, 1) == NEXT_MONDAY
    assert add_working_days(SUNDAY, 1) == NEXT_MONDAY


def test_zero_days_is_the_day_itself_even_in_a_weekend() -> None:
    assert add_working_days(MONDAY, 0) == MONDAY
    assert add_working_days(SATURDAY, 0) == SATURDAY


def test_negative_days_count_back() -> None:
    assert add_working_days(NEXT_MONDAY, -1) == FRIDAY
    assert add_working_days(NEXT_MONDAY, -5) == MONDAY
    assert add_working_days(SUNDAY, -1) == FRIDAY


def test_counting_between_two_days() -> None:
    assert working_days_between(MONDAY, MONDAY) == 0
    assert working_days_between(MONDAY, FRIDAY) == 4
    assert working_days_between(FRIDAY, SUNDAY) == 0
    assert working_days_between(FRIDAY, NEXT_MONDAY) == 1
    assert working_days_between(NEXT_MONDAY, FRIDAY) == -1
    assert working_days_between(MONDAY, date(2026, 12, 7)) == 10


@pytest.mark.parametrize("days", [0, 1, 3, 5, 7, 12, 40])
def test_counting_undoes_adding(days: int) -> None:
    for start in (MONDAY + timedelta(days=d) for d in range(7)):
        assert working_days_between(start, add_working_days(start, days)) == days


def test_holidays_plug_in_as_a_set_of_dates() -> None:
    christmas = {date(2026, 12, 25), date(2026, 12, 26)}  # Friday and Saturday
    thursday = date(2026, 12, 24)
    assert frozenset() == NO_HOLIDAYS
    assert is_working_day(date(2026, 12, 25), NO_HOLIDAYS)
    assert not is_working_day(date(2026, 12, 25), christmas)
    assert add_working_days(thursday, 1, NO_HOLIDAYS) == date(2026, 12, 25)
    assert add_working_days(thursday, 1, christmas) == date(2026, 12, 28)
    assert add_working_days(date(2026, 12, 28), -1, christmas) == thursday
    assert working_days_between(thursday, date(2026, 12, 28), christmas) == 1


def test_dutch_public_holidays_are_not_working_days_by_default() -> None:
    # Christmas 2026 is Friday 25 and Saturday 26 December: one working day after Thursday the
    # 24th is Monday the 28th.
    assert not is_working_day(date(2026, 12, 25))
    assert add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 28)
    # Easter Monday, Ascension Day, Whit Monday and King's Day 2027.
    for day in (date(2027, 3, 29), date(2027, 5, 6), date(2027, 5, 17), date(2027, 4, 27)):
        assert not is_working_day(day), day
    # New Year's Day 2027 is a Friday: five working days from Wednesday 30 December 2026.
    assert add_working_days(date(2026, 12, 30), 5) == date(2027, 1, 7)
    assert working_days_between(date(2026, 12, 24), date(2026, 12, 28)) == 1


def test_the_holiday_calendar_knows_any_year() -> None:
    holidays = dutch_holidays()
    assert date(2031, 12, 25) in holidays
    assert date(2031, 12, 24) not in holidays
    assert date(1999, 1, 1) in holidays
