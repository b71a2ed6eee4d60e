"""The rules of monitoring: where an indicator is heading, and how far an ambition's actions are.

Pure functions of plain values (no database, no clock): the dashboard, the indicator chart
and the monitoring report all call them, and the tests pin them down at their boundaries.

The traffic light of an indicator follows its **trend**, not its last value: a straight line
is fitted through the measurements (least squares, the baseline counting as the first
measurement) and projected to the target date. What that projection achieves of the change
the plan asks for (from the starting value to the target, in the indicator's direction)
decides the colour:

- **on track** (groen): the projection reaches the target;
- **at risk** (oranje): it gets at least ``AT_RISK_SHARE`` (half) of the way, too slowly;
- **off track** (rood): less than half, flat while a change is needed, or the wrong way.

Once the target date has passed the trend no longer matters: the last measurement either
reached the target (on track) or not (off track). With fewer than two points there is no
trend and the state is **no data**.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from models.ambitions.entities import ActionStatus, Direction
from models.i18n import QT_TRANSLATE_NOOP

AT_RISK_SHARE = 0.5
# A trend that moves less than this share of the asked change over the whole period is "flat".
FLAT_SHARE = 0.02


class Light(enum.StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    NO_DATA = "no_data"


LIGHT_LABELS = {
    Light.ON_TRACK: QT_TRANSLATE_NOOP("labels", "on track"),
    Light.AT_RISK: QT_TRANSLATE_NOOP("labels", "at risk"),
    Light.OFF_TRACK: QT_TRANSLATE_NOOP("labels", "off track"),
    Light.NO_DATA: QT_TRANSLATE_NOOP("labels", "no data"),
}
# The same colours on screen and on paper.
LIGHT_COLOURS = {
    Light.ON_TRACK: "#1e7d32",
    Light.AT_RISK: "#b26a00",
    Light.OFF_TRACK: "#b3261e",
    Light.NO_DATA: "#5f6368",
}


class Trend(enum.StrEnum):
    RISING = "rising"
    FALLING = "falling"
    FLAT = "flat"
    NONE = "none"


TREND_LABELS = {
    Trend.RISING: QT_TRANSLATE_NOOP("labels", "rising"),
    Trend.FALLING: QT_TRANSLATE_NOOP("labels", "falling"),
    Trend.FLAT: QT_TRANSLATE_NOOP("labels", "flat"),
    Trend.NONE: QT_TRANSLATE_NOOP("labels", "no trend yet"),
}


@dataclass(frozen=True, kw_only=True)
class Assessment:
    light: Light
    trend: Trend
    latest: float | None  # the last measured value
    projected: float | None  # the trend's value on the target date (None without a trend)
    slope_per_year: float | None


def fit_line(points: Sequence[tuple[date, float]]) -> tuple[float, float] | None:
    """Least-squares line through (day, value): ``(slope per day, value at day 0)``, day 0 = first point.

    None for fewer than two points or all points on one day.
    """
    if len(points) < 2:
        return None
    origin = points[0][0]
    xs = [(day - origin).days for day, _ in points]
    ys = [value for _, value in points]
    n = len(points)
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    spread = sum((x - mean_x) ** 2 for x in xs)
    if spread == 0:
        return None
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
    return slope, mean_y - slope * mean_x


def assess(
    measurements: Sequence[tuple[date, float]],
    *,
    target: float,
    target_date: date,
    direction: Direction,
    today: date,
    baseline: float | None = None,
    baseline_date: date | None = None,
) -> Assessment:
    """The traffic light of an indicator from its measurements (see the module's rules)."""
    points = sorted(measurements)
    if baseline is not None and baseline_date is not None and not any(d == baseline_date for d, _ in points):
        points = sorted([(baseline_date, baseline), *points])
    latest = points[-1][1] if points else None
    sign = 1.0 if direction == Direction.HIGHER else -1.0
    line = fit_line(points)
    if line is None:
        return Assessment(
            light=Light.NO_DATA, trend=Trend.NONE, latest=latest, projected=None, slope_per_year=None
        )
    slope, intercept = line
    origin = points[0][0]
    start = baseline if baseline is not None else points[0][1]
    asked = (target - start) * sign  # the change the plan asks for, in the good direction
    span_days = max((target_date - origin).days, (points[-1][0] - origin).days, 1)
    if abs(slope * span_days) <= FLAT_SHARE * max(abs(target - start), abs(start), 1e-9):
        trend = Trend.FLAT
    else:
        trend = Trend.RISING if slope > 0 else Trend.FALLING
    projected = intercept + slope * (target_date - origin).days
    assert latest is not None
    if today > target_date:
        reached = (latest - target) * sign >= 0
        return Assessment(
            light=Light.ON_TRACK if reached else Light.OFF_TRACK,
            trend=trend,
            latest=latest,
            projected=projected,
            slope_per_year=slope * 365,
        )
    if asked <= 0:
        # Already at or beyond the target at the start: hold it.
        holds = (projected - target) * sign >= 0
        light = (
            Light.ON_TRACK if holds else (Light.AT_RISK if (latest - target) * sign >= 0 else Light.OFF_TRACK)
        )
        return Assessment(
            light=light, trend=trend, latest=latest, projected=projected, slope_per_year=slope * 365
        )
    share = (projected - start) * sign / asked
    if share >= 1:
        light = Light.ON_TRACK
    elif share >= AT_RISK_SHARE and trend != Trend.FLAT:
        light = Light.AT_RISK
    else:
        light = Light.OFF_TRACK
    return Assessment(
        light=light, trend=trend, latest=latest, projected=projected, slope_per_year=slope * 365
    )


# -- actions ----------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Progress:
    """How far the actions of an ambition are: done of those that count (dropped do not)."""

    total: int
    done: int
    in_progress: int
    planned: int
    late: int
    dropped: int

    @property
    def counted(self) -> int:
        return self.total - self.dropped

    @property
    def percent(self) -> int | None:
        """Done as a whole percentage of the actions that count; None when there are none."""
        return None if self.counted == 0 else round(100 * self.done / self.counted)


def is_late(status: ActionStatus, due: date | None, today: date) -> bool:
    return status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS) and due is not None and due < today


def progress(actions: Sequence[tuple[ActionStatus, date | None]], today: date) -> Progress:
    """``actions``: (status, due date) of each action of one ambition."""
    count = {status: 0 for status in ActionStatus}
    late = 0
    for status, due in actions:
        count[status] += 1
        late += is_late(status, due, today)
    return Progress(
        total=len(actions),
        done=count[ActionStatus.DONE],
        in_progress=count[ActionStatus.IN_PROGRESS],
        planned=count[ActionStatus.PLANNED],
        late=late,
        dropped=count[ActionStatus.DROPPED],
    )
