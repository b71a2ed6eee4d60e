"""Where signals and observations pile up: ranked by area, street or category, and a trend per week.

This is how enforcement explains why it enforces where it does ("waarom wij hier handhaven").
Everything is counted in the database (GROUP BY over indexed columns), so a year of 200,000
signals and 100,000 observations is summarised without reading the rows.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, String, case, func, literal, select, union_all
from sqlalchemy.orm import InstrumentedAttribute, Session

from models.base import local_day_start
from models.companies.entities import Area
from models.hotspots.records import Hotspot, Satisfaction, WeekCount
from models.permissions import Permission, requires
from models.rounds.entities import Observation
from models.signals.entities import SIGNAL_WAITING, Signal, SignalCategory, SignalReaction

GROUPS = ("area", "street", "category")


def _bounds(since: date, until: date) -> tuple[datetime, datetime]:
    start = local_day_start(since)
    end = local_day_start(until + timedelta(days=1))
    return start, end


@requires(Permission.VIEW_SIGNALS)
def hotspots(
    session: Session, since: date, until: date, group: str = "area", *, today: date, limit: int = 50
) -> list[Hotspot]:
    """The places (or categories) with the most signals and observations in the period, most first.

    A street is counted per place: per area it lies in, or per place in its address when no
    area is known, so two Kerkstraten in two kernen are two rows."""
    start, end = _bounds(since, until)
    if group == "street":
        return _streets(session, start, end, today=today, limit=limit)
    s_key = {"area": Signal.area_id, "street": Signal.street, "category": Signal.category_id}[group]
    o_key = {"area": Observation.area_id, "street": Observation.street, "category": Observation.category_id}[
        group
    ]
    signals = (
        select(
            s_key.label("key"),
            func.count().label("signals"),
            literal(0).label("observations"),
            func.count().filter(Signal.status.in_(SIGNAL_WAITING), Signal.due_date < today).label("overdue"),
        )
        .where(Signal.reported_at >= start, Signal.reported_at < end)
        .group_by(s_key)
    )
    observations = (
        select(o_key.label("key"), literal(0), func.count(), literal(0))
        .where(Observation.observed_at >= start, Observation.observed_at < end)
        .group_by(o_key)
    )
    both = union_all(signals, observations).subquery()
    rows = session.execute(
        select(
            both.c.key,
            func.sum(both.c.signals),
            func.sum(both.c.observations),
            func.sum(both.c.overdue),
        )
        .where(both.c.key.is_not(None))
        .group_by(both.c.key)
        .order_by((func.sum(both.c.signals) + func.sum(both.c.observations)).desc(), both.c.key)
        .limit(limit)
    ).all()
    labels: dict[object, str] = {}
    keys = [r[0] for r in rows]
    if group == "area" and keys:
        labels = dict(session.execute(select(Area.id, Area.name).where(Area.id.in_(keys))).tuples().all())
    elif group == "category" and keys:
        labels = dict(
            session.execute(select(SignalCategory.id, SignalCategory.name).where(SignalCategory.id.in_(keys)))
            .tuples()
            .all()
        )
    return [
        Hotspot(
            key=key,
            label=labels.get(key, str(key)),
            signals=int(s or 0),
            observations=int(o or 0),
            overdue=int(late or 0),
        )
        for key, s, o, late in rows
    ]


def _streets(session: Session, start: datetime, end: datetime, *, today: date, limit: int) -> list[Hotspot]:
    signals = (
        select(
            Signal.street.label("street"),
            Signal.area_id.label("area_id"),
            # The place in the address only where no area says where the street is.
            case((Signal.area_id.is_(None), Signal.city), else_=None).label("city"),
            func.count().label("signals"),
            literal(0).label("observations"),
            func.count().filter(Signal.status.in_(SIGNAL_WAITING), Signal.due_date < today).label("overdue"),
        )
        .where(Signal.reported_at >= start, Signal.reported_at < end, Signal.street.is_not(None))
        .group_by(Signal.street, Signal.area_id, case((Signal.area_id.is_(None), Signal.city), else_=None))
    )
    # Only the observation's own area: every role reads hotspots, not every role reads the rounds.
    observed_area = Observation.area_id
    observations = (
        select(
            Observation.street,
            observed_area,
            literal(None, type_=String),
            literal(0),
            func.count(),
            literal(0),
        )
        .where(
            Observation.observed_at >= start, Observation.observed_at < end, Observation.street.is_not(None)
        )
        .group_by(Observation.street, observed_area)
    )
    both = union_all(signals, observations).subquery()
    total = func.sum(both.c.signals) + func.sum(both.c.observations)
    rows = session.execute(
        select(
            both.c.street,
            both.c.area_id,
            both.c.city,
            func.sum(both.c.signals),
            func.sum(both.c.observations),
            func.sum(both.c.overdue),
        )
        .group_by(both.c.street, both.c.area_id, both.c.city)
        .order_by(total.desc(), both.c.street, both.c.area_id, both.c.city)
        .limit(limit)
    ).all()
    places = _area_places(session, {r[1] for r in rows if r[1] is not None})
    return [
        Hotspot(
            key=street,
            label=", ".join(p for p in (street, *(places.get(area_id, ()) if area_id else (city,))) if p),
            signals=int(s or 0),
            observations=int(o or 0),
            overdue=int(late or 0),
            area_id=area_id,
            city=city if area_id is None else None,
        )
        for street, area_id, city, s, o, late in rows
    ]


def _area_places(session: Session, area_ids: set[int]) -> dict[int, tuple[str, ...]]:
    """How each area names where a street lies: its kern, then the area itself when it is a part
    of the kern ("Loosdrecht, Winkelgebied Oud-Loosdrecht")."""
    if not area_ids:
        return {}
    areas = {a.id: (a.name, a.parent_id) for a in session.execute(select(Area.id, Area.name, Area.parent_id))}
    places: dict[int, tuple[str, ...]] = {}
    for area_id in area_ids:
        chain: list[str] = []
        current: int | None = area_id
        while current is not None and current in areas and len(chain) < 10:
            name, current = areas[current]
            chain.append(name)
        places[area_id] = tuple(reversed(chain))
    return places


@requires(Permission.VIEW_SIGNALS)
def satisfaction(
    session: Session, since: date, until: date, group: str = "area", *, limit: int = 50
) -> tuple[list[Satisfaction], Satisfaction]:
    """Reporters' reactions recorded in the period per area, street or category of their signal,
    most reactions first, and the total over all of them: how many, and how many tevreden."""
    start, end = _bounds(since, until)
    key = {"area": Signal.area_id, "street": Signal.street, "category": Signal.category_id}[group]
    satisfied = func.count().filter(SignalReaction.satisfied)
    base = (
        select(func.count(), satisfied)
        .select_from(SignalReaction)
        .join(Signal, Signal.id == SignalReaction.signal_id)
        .where(SignalReaction.at >= start, SignalReaction.at < end)
    )
    total_row = session.execute(base).one()
    rows = session.execute(
        base.add_columns(key)
        .where(key.is_not(None))
        .group_by(key)
        .order_by(func.count().desc(), key)
        .limit(limit)
    ).all()
    keys = [r[2] for r in rows]
    labels = _labels(session, group, keys)
    total = Satisfaction(
        key=None, label="", reactions=int(total_row[0] or 0), satisfied=int(total_row[1] or 0)
    )
    return [
        Satisfaction(key=k, label=labels.get(k, str(k)), reactions=int(n), satisfied=int(happy or 0))
        for n, happy, k in rows
    ], total


def _labels(session: Session, group: str, keys: list[object]) -> dict[object, str]:
    if group == "area" and keys:
        return dict(session.execute(select(Area.id, Area.name).where(Area.id.in_(keys))).tuples().all())
    if group == "category" and keys:
        return dict(
            session.execute(select(SignalCategory.id, SignalCategory.name).where(SignalCategory.id.in_(keys)))
            .tuples()
            .all()
        )
    return {}


@requires(Permission.VIEW_SIGNALS)
def weekly_trend(session: Session, since: date, until: date) -> list[WeekCount]:
    """Signals and observations per week (Monday to Sunday) of the period, every week listed."""
    start, end = _bounds(since, until)
    sqlite = session.get_bind().dialect.name == "sqlite"

    def day_of(column: InstrumentedAttribute[datetime]) -> ColumnElement[str]:
        # The day as text (YYYY-MM-DD) in UTC; the week is derived below, the same on both databases.
        return func.date(column) if sqlite else func.to_char(column, "YYYY-MM-DD")

    counts: dict[date, list[int]] = {}
    for column, table_time, index in (
        (Signal.reported_at, Signal.reported_at, 0),
        (Observation.observed_at, Observation.observed_at, 1),
    ):
        day = day_of(column)
        for text, n in session.execute(
            select(day, func.count()).where(table_time >= start, table_time < end).group_by(day)
        ):
            found = date.fromisoformat(str(text)[:10])
            monday = found - timedelta(days=found.weekday())
            counts.setdefault(monday, [0, 0])[index] += n
    first = since - timedelta(days=since.weekday())
    weeks = []
    current = first
    while current <= until:
        signals, observations = counts.get(current, [0, 0])
        weeks.append(WeekCount(week=current, signals=signals, observations=observations))
        current += timedelta(days=7)
    return weeks
