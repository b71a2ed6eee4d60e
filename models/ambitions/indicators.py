"""Indicators and their measurements: what the ambitions' effect is monitored by, entered or computed.

Computed indicators count the application's own data per quarter: the contact moments with
companies whose main establishment lies in a kern, the signals in a kern, and the agreements
open at the end of each quarter. They are computed when read (never stored), so they are always
current; the assessment against baseline and target is models.ambitions.monitoring's."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import extract, func, or_, select
from sqlalchemy.orm import Session

from models.ambitions.entities import (
    Ambition,
    Direction,
    Indicator,
    IndicatorSource,
    Measurement,
)
from models.ambitions.records import (
    MeasurementRecord,
)
from models.common import load, load_for_edit, save_record
from models.companies.entities import Area, Establishment
from models.consultations.entities import Agreement, Interaction
from models.consultations.services import visible_agreements, visible_interactions
from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import Permission, requires
from models.signals.entities import Signal, SignalStatus
from models.validation import Validator

# How far back a computed indicator looks when it has no baseline date.


# How far back a computed indicator looks when it has no baseline date.
COMPUTED_HISTORY_YEARS = 3
# Computed indicators that count within one kern (the indicator's area).
PER_KERN = (IndicatorSource.CONTACT_MOMENTS, IndicatorSource.SIGNALS)


class ImplausibleValue(DomainError):
    """A measurement outside the indicator's plausible range: the user confirms or corrects it."""


@dataclass(kw_only=True)
class IndicatorInput:
    name: str = ""
    unit: str = ""
    baseline: float | None = None
    baseline_date: date | None = None
    target: float | None = None
    target_date: date | None = None
    direction: Direction = Direction.HIGHER
    source: IndicatorSource = IndicatorSource.MANUAL
    area_id: int | None = None
    plausible_min: float | None = None
    plausible_max: float | None = None


# -- indicators and measurements --------------------------------------------------------------


@requires(Permission.EDIT_AMBITIONS)
def save_indicator(
    session: Session,
    ambition_id: int,
    data: IndicatorInput,
    indicator_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    load(session, Ambition, ambition_id)
    v = Validator()
    v.required("name", data.name)
    v.max_length("name", data.name.strip(), 200)
    v.required("unit", data.unit)
    v.max_length("unit", data.unit.strip(), 40)
    if data.target is None:
        v.add("target", QT_TRANSLATE_NOOP("errors", "What value should the indicator reach?"))
    if data.target_date is None:
        v.add("target_date", QT_TRANSLATE_NOOP("errors", "By which date should the target be reached?"))
    elif data.baseline_date is not None and data.target_date <= data.baseline_date:
        v.add("target_date", QT_TRANSLATE_NOOP("errors", "The target date must lie after the baseline date."))
    if data.baseline is not None and data.baseline_date is None:
        v.add("baseline_date", QT_TRANSLATE_NOOP("errors", "On which date was the baseline measured?"))
    if data.source == IndicatorSource.CONTACT_MOMENTS and data.area_id is None:
        v.add("area_id", QT_TRANSLATE_NOOP("errors", "Choose the kern whose contact moments are counted."))
    if data.source == IndicatorSource.SIGNALS and data.area_id is None:
        v.add("area_id", QT_TRANSLATE_NOOP("errors", "Choose the kern whose signals are counted."))
    if (
        data.plausible_min is not None
        and data.plausible_max is not None
        and data.plausible_min > data.plausible_max
    ):
        v.add(
            "plausible_max", QT_TRANSLATE_NOOP("errors", "The highest plausible value is below the lowest.")
        )
    v.raise_if_any()
    values = {
        "name": data.name.strip(),
        "unit": data.unit.strip(),
        "baseline": data.baseline,
        "baseline_date": data.baseline_date,
        "target": data.target,
        "target_date": data.target_date,
        "direction": data.direction,
        "source": data.source,
        "area_id": data.area_id if data.source in PER_KERN else None,
        "plausible_min": data.plausible_min,
        "plausible_max": data.plausible_max,
    }
    new = {"ambition_id": ambition_id}
    return save_record(session, Indicator, indicator_id, expected_version, values, new=new).id


@requires(Permission.EDIT_AMBITIONS)
def add_measurement(
    session: Session,
    indicator_id: int,
    measured_on: date | None,
    value: float | None,
    note: str = "",
    *,
    confirmed: bool = False,
    today: date | None = None,
) -> int:
    """Record a value; one outside the plausible range needs ``confirmed`` (the user was warned)."""
    indicator = load(session, Indicator, indicator_id)
    if indicator.source != IndicatorSource.MANUAL:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors", "This indicator is counted from the application's data; it takes no input."
            )
        )
    v = Validator()
    if measured_on is None:
        v.add("measured_on", QT_TRANSLATE_NOOP("errors", "On which date was this measured?"))
    elif measured_on > (today or date.today()):
        v.add("measured_on", QT_TRANSLATE_NOOP("errors", "A measurement cannot lie in the future."))
    if value is None:
        v.add("value", QT_TRANSLATE_NOOP("errors", "Enter the measured value."))
    v.raise_if_any()
    assert value is not None and measured_on is not None
    low, high = indicator.plausible_min, indicator.plausible_max
    if not confirmed and ((low is not None and value < low) or (high is not None and value > high)):
        raise ImplausibleValue(
            QT_TRANSLATE_NOOP(
                "errors",
                "{value} lies outside the plausible range of this indicator ({low} to {high}). Is it right?",
            ),
            value=_number(value),
            low=_number(low) if low is not None else "…",
            high=_number(high) if high is not None else "…",
        )
    measurement = Measurement(
        indicator_id=indicator_id, measured_on=measured_on, value=value, note=note.strip() or None
    )
    session.add(measurement)
    session.flush()
    return measurement.id


@requires(Permission.EDIT_AMBITIONS)
def delete_measurement(session: Session, measurement_id: int, expected_version: int) -> None:
    """A measurement entered by mistake is removed (the audit trail keeps that it was there)."""
    measurement = load_for_edit(session, Measurement, measurement_id, expected_version)
    session.delete(measurement)
    session.flush()


def _number(value: float) -> str:
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def quarter_ends(since: date, until: date) -> list[date]:
    """The last day of every quarter that ends after ``since`` and on or before ``until``."""
    result: list[date] = []
    year, quarter = since.year, (since.month - 1) // 3
    while True:
        month = quarter * 3 + 3
        end = date(year + (month // 12), month % 12 + 1, 1) - timedelta(days=1)
        if end > until:
            return result
        if end >= since:
            result.append(end)
        quarter += 1
        if quarter == 4:
            year, quarter = year + 1, 0


def _start_of(indicator: Indicator, today: date) -> date:
    return indicator.baseline_date or date(today.year - COMPUTED_HISTORY_YEARS, 1, 1)


def _utc(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


@requires(Permission.VIEW_AMBITIONS)
def contact_moments_series(
    session: Session, kern_id: int, since: date, until: date
) -> list[tuple[date, float]]:
    """Contact moments per completed quarter with companies whose main establishment lies in the kern.

    One grouped query (per month) whatever the number of contact moments.
    """
    ends = quarter_ends(since, until)
    if not ends:
        return []
    first = date(ends[0].year, ends[0].month - 2, 1)
    year, month = extract("year", Interaction.occurred_at), extract("month", Interaction.occurred_at)
    # The kern's companies first, then their contact moments through the (company, time) index:
    # three times faster than joining every contact moment of the period to its establishment.
    companies = (
        select(Establishment.company_id)
        .join(Area, Area.id == Establishment.area_id)
        .where(Establishment.is_main, or_(Area.id == kern_id, Area.parent_id == kern_id))
    )
    rows = session.execute(
        select(year, month, func.count())
        .select_from(Interaction)
        .where(
            Interaction.company_id.in_(companies),
            Interaction.archived_at.is_(None),
            *visible_interactions(session),
            Interaction.occurred_at >= _utc(first),
            Interaction.occurred_at < _utc(ends[-1] + timedelta(days=1)),
        )
        .group_by(year, month)
    )
    per_quarter: Counter[tuple[int, int]] = Counter()
    for y, m, n in rows:
        per_quarter[(int(y), (int(m) - 1) // 3)] += n
    return [(end, float(per_quarter[(end.year, (end.month - 1) // 3)])) for end in ends]


@requires(Permission.VIEW_AMBITIONS)
def signals_series(session: Session, kern_id: int, since: date, until: date) -> list[tuple[date, float]]:
    """Signals reported per completed quarter in the kern or an area inside it (cancelled ones,
    reports that turned out to be no report, left out). One grouped query through the
    (area, reported_at, status) index."""
    ends = quarter_ends(since, until)
    if not ends:
        return []
    first = date(ends[0].year, ends[0].month - 2, 1)
    areas = select(Area.id).where(or_(Area.id == kern_id, Area.parent_id == kern_id))
    year, month = extract("year", Signal.reported_at), extract("month", Signal.reported_at)
    rows = session.execute(
        select(year, month, func.count())
        .select_from(Signal)
        .where(
            Signal.area_id.in_(areas),
            Signal.reported_at >= _utc(first),
            Signal.reported_at < _utc(ends[-1] + timedelta(days=1)),
            Signal.status != SignalStatus.CANCELLED,
        )
        .group_by(year, month)
    )
    per_quarter: Counter[tuple[int, int]] = Counter()
    for y, m, n in rows:
        per_quarter[(int(y), (int(m) - 1) // 3)] += n
    return [(end, float(per_quarter[(end.year, (end.month - 1) // 3)])) for end in ends]


@requires(Permission.VIEW_AMBITIONS)
def open_agreements_series(session: Session, since: date, until: date) -> list[tuple[date, float]]:
    """Agreements open at the end of every quarter, and today: made by then and not yet closed.

    Counted from two grouped queries (made per month, closed per month) and two for the month
    of today, however many quarters and agreements there are.
    """
    ends = quarter_ends(since, until)
    if not ends or ends[-1] != until:
        ends.append(until)
    visible = visible_agreements(session)  # not those of confidential contact moments, for the desk
    made_year, made_month = extract("year", Agreement.created_at), extract("month", Agreement.created_at)
    made: dict[tuple[int, int], int] = {
        (int(y), int(m)): n
        for y, m, n in session.execute(
            select(made_year, made_month, func.count())
            .select_from(Agreement)
            .where(*visible)
            .group_by(made_year, made_month)
        )
    }
    closed_year, closed_month = extract("year", Agreement.closed_on), extract("month", Agreement.closed_on)
    closed: dict[tuple[int, int], int] = {
        (int(y), int(m)): n
        for y, m, n in session.execute(
            select(closed_year, closed_month, func.count())
            .select_from(Agreement)
            .where(Agreement.closed_on.is_not(None), *visible)
            .group_by(closed_year, closed_month)
        )
    }
    result = []
    for end in ends:
        key = (end.year, end.month)
        if (end + timedelta(days=1)).day == 1:  # a month's last day: whole months only
            opened = sum(n for k, n in made.items() if k <= key)
            shut = sum(n for k, n in closed.items() if k <= key)
        else:  # today, mid-month: that month's rows up to today counted exactly
            month_start = date(end.year, end.month, 1)
            opened = sum(n for k, n in made.items() if k < key) + (
                session.scalar(
                    select(func.count())
                    .select_from(Agreement)
                    .where(
                        Agreement.created_at >= _utc(month_start),
                        Agreement.created_at < _utc(end + timedelta(days=1)),
                        *visible,
                    )
                )
                or 0
            )
            shut = sum(n for k, n in closed.items() if k < key) + (
                session.scalar(
                    select(func.count())
                    .select_from(Agreement)
                    .where(Agreement.closed_on >= month_start, Agreement.closed_on <= end, *visible)
                )
                or 0
            )
        result.append((end, float(opened - shut)))
    return result


@requires(Permission.VIEW_AMBITIONS)
def indicator_series(
    session: Session, indicator: Indicator, stored: list[Measurement], today: date
) -> list[MeasurementRecord]:
    if indicator.source == IndicatorSource.MANUAL:
        return [
            MeasurementRecord(
                id=m.id, version=m.version, measured_on=m.measured_on, value=m.value, note=m.note or ""
            )
            for m in stored
        ]
    since = _start_of(indicator, today)
    if indicator.source == IndicatorSource.CONTACT_MOMENTS and indicator.area_id is not None:
        points = contact_moments_series(session, indicator.area_id, since, today)
    elif indicator.source == IndicatorSource.SIGNALS and indicator.area_id is not None:
        points = signals_series(session, indicator.area_id, since, today)
    else:
        points = open_agreements_series(session, since, today)
    return [
        MeasurementRecord(id=None, version=0, measured_on=day, value=value, note="") for day, value in points
    ]
