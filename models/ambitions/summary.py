"""One count of a plan: what the Ambities screen's summary line and the monitoring report's
summary both say, computed here once so they cannot differ.

Counted *as of* a day (the screen: today; the report: the last day of its period): the
indicators' traffic lights from the measurements known that day, the actions that count
(dropped ones do not), how many of them were done by then, late then, and still planned or
in progress; with a period, also how many were completed within it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from models.ambitions.entities import ActionStatus
from models.ambitions.monitoring import Assessment, Light, assess, is_late
from models.ambitions.records import IndicatorRecord, PlanOverview


@dataclass(frozen=True, kw_only=True)
class PlanSummary:
    as_of: date
    since: date | None  # the period's first day, when a period is counted
    ambitions: int
    actions: int  # the actions that count: all but the dropped ones
    done: int  # done by ``as_of``
    late: int
    open: int  # planned or in progress, not late
    done_in_period: int | None
    lights: dict[Light, int]
    respondents: int
    unlinked_ideas: int

    @property
    def percent_done(self) -> int | None:
        return None if self.actions == 0 else round(100 * self.done / self.actions)


def as_of(record: IndicatorRecord, day: date) -> tuple[list[tuple[date, float]], Assessment]:
    """The measurements known on ``day``, and the traffic light they gave then."""
    points = [(m.measured_on, m.value) for m in record.measurements if m.measured_on <= day]
    assessment = assess(
        points,
        target=record.target,
        target_date=record.target_date,
        direction=record.direction,
        today=day,
        baseline=record.baseline,
        baseline_date=record.baseline_date,
    )
    return points, assessment


def plan_summary(overview: PlanOverview, *, as_of_day: date, since: date | None = None) -> PlanSummary:
    actions = [x for a in overview.ambitions for x in a.actions if x.status != ActionStatus.DROPPED]

    def done_by(status: ActionStatus, done_on: date | None, day: date) -> bool:
        return status == ActionStatus.DONE and (done_on is None or done_on <= day)

    late = [x for x in actions if is_late(x.status, x.due_date, as_of_day)]
    lights = Counter(as_of(i, as_of_day)[1].light for a in overview.ambitions for i in a.indicators)
    return PlanSummary(
        as_of=as_of_day,
        since=since,
        ambitions=len(overview.ambitions),
        actions=len(actions),
        done=sum(done_by(x.status, x.done_on, as_of_day) for x in actions),
        late=len(late),
        open=sum(
            x.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
            and not is_late(x.status, x.due_date, as_of_day)
            for x in actions
        ),
        done_in_period=(
            None
            if since is None
            else sum(
                x.status == ActionStatus.DONE and x.done_on is not None and since <= x.done_on <= as_of_day
                for x in actions
            )
        ),
        lights=dict(lights),
        respondents=len(overview.respondents),
        unlinked_ideas=len(overview.unlinked_ideas),
    )
