"""The traffic light of an indicator and the progress of an ambition's actions: pure rules."""

from __future__ import annotations

from datetime import date

import pytest

from models.ambitions.entities import ActionStatus, Direction
from models.ambitions.monitoring import Light, Trend, assess, fit_line, progress

TODAY = date(2026, 11, 23)
TARGET_DATE = date(2028, 12, 31)


def yearly(*values: float, start: int = 2022) -> list[tuple[date, float]]:
    return [(date(start + i, 12, 31), v) for i, v in enumerate(values)]


def light(points, target=100.0, direction=Direction.HIGHER, today=TODAY, **kw) -> Light:
    return assess(
        points, target=target, target_date=TARGET_DATE, direction=direction, today=today, **kw
    ).light


def test_a_straight_line_is_found_exactly() -> None:
    slope, intercept = fit_line([(date(2026, 1, 1), 10.0), (date(2026, 1, 11), 30.0)])
    assert slope == pytest.approx(2.0)
    assert intercept == pytest.approx(10.0)
    assert fit_line([(date(2026, 1, 1), 1.0)]) is None
    assert fit_line([(date(2026, 1, 1), 1.0), (date(2026, 1, 1), 2.0)]) is None


def test_rising_fast_enough_is_on_track() -> None:
    # 50, 60, 70, 80 at the end of 2022-2025: +10 a year, about 110 at the end of 2028.
    result = assess(
        yearly(50, 60, 70, 80), target=100, target_date=TARGET_DATE, direction=Direction.HIGHER, today=TODAY
    )
    assert result.light == Light.ON_TRACK
    assert result.trend == Trend.RISING
    assert result.projected == pytest.approx(110, abs=0.1)
    assert result.latest == 80


def test_rising_too_slowly_is_at_risk_and_far_too_slowly_off_track() -> None:
    assert light(yearly(50, 56, 62, 68)) == Light.AT_RISK  # projected ~86: 72% of the way
    assert light(yearly(50, 52, 54, 56)) == Light.OFF_TRACK  # projected ~62: 24% of the way


def test_falling_when_higher_is_better_is_off_track() -> None:
    result = assess(
        yearly(80, 75, 70), target=100, target_date=TARGET_DATE, direction=Direction.HIGHER, today=TODAY
    )
    assert result.trend == Trend.FALLING
    assert result.light == Light.OFF_TRACK


def test_falling_when_lower_is_better_is_on_track() -> None:
    # Vacancy in the shopping street from 12% to 6%: falling 1.5 a year reaches it.
    assert light(yearly(12, 10.5, 9, 7.5), target=6, direction=Direction.LOWER) == Light.ON_TRACK
    assert light(yearly(12, 12.5, 13), target=6, direction=Direction.LOWER) == Light.OFF_TRACK


def test_flat_while_a_change_is_asked_is_off_track() -> None:
    result = assess(
        yearly(50, 50, 50, 50), target=100, target_date=TARGET_DATE, direction=Direction.HIGHER, today=TODAY
    )
    assert result.trend == Trend.FLAT
    assert result.light == Light.OFF_TRACK


def test_flat_at_a_target_already_reached_is_on_track() -> None:
    assert (
        light(yearly(100, 100, 100), target=100, baseline=100.0, baseline_date=date(2022, 12, 31))
        == Light.ON_TRACK
    )


def test_no_data_without_two_points() -> None:
    result = assess([], target=100, target_date=TARGET_DATE, direction=Direction.HIGHER, today=TODAY)
    assert result.light == Light.NO_DATA
    assert result.trend == Trend.NONE
    assert result.latest is None
    assert light(yearly(50)) == Light.NO_DATA


def test_the_baseline_counts_as_the_first_point() -> None:
    points = [(date(2025, 12, 31), 60.0)]
    assert light(points) == Light.NO_DATA
    assert light(points, baseline=40.0, baseline_date=date(2024, 12, 31)) == Light.ON_TRACK  # +20 a year


def test_after_the_target_date_only_the_last_value_counts() -> None:
    after = date(2029, 3, 1)
    assert light(yearly(50, 70, 101), today=after) == Light.ON_TRACK
    assert light(yearly(50, 70, 99), today=after) == Light.OFF_TRACK


def test_progress_counts_done_of_what_is_not_dropped() -> None:
    today = date(2026, 6, 1)
    result = progress(
        [
            (ActionStatus.DONE, date(2026, 1, 1)),
            (ActionStatus.IN_PROGRESS, date(2026, 5, 1)),  # late
            (ActionStatus.PLANNED, date(2026, 9, 1)),
            (ActionStatus.DROPPED, date(2026, 1, 1)),  # never late, not counted
            (ActionStatus.PLANNED, None),
        ],
        today,
    )
    assert (result.total, result.done, result.in_progress, result.planned, result.late, result.dropped) == (
        5,
        1,
        1,
        2,
        1,
        1,
    )
    assert result.percent == 25
    assert progress([], today).percent is None
    assert progress([(ActionStatus.DROPPED, None)], today).percent is None
