"""Hotspot aggregation: signals and observations counted per area, street and category, and per week."""

from __future__ import annotations

from datetime import UTC, date, datetime

from models.companies.entities import AreaKind
from models.db import Database
from models.hotspots import services as hotspots
from models.rounds import services as rounds
from models.rounds.services import ObservationInput, RoundInput
from models.signals import categories
from models.signals import services as signals
from models.signals.services import SignalInput
from tests.models.conftest import new_area

TODAY = date(2026, 11, 23)


def test_hotspots_rank_areas_streets_and_categories(db: Database, anna: int) -> None:
    centre = new_area(db, "Loosdrecht")
    park = new_area(db, "Bedrijventerrein")
    with db.session(user_id=anna) as session:
        afval = categories.save_category(session, "Zwerfafval", 3)
        terras = categories.save_category(session, "Terras", 5)

        def report(category: int, area: int, street: str, day: date) -> None:
            signals.register_signal(
                session,
                SignalInput(
                    category_id=category,
                    description="x",
                    street=street,
                    area_id=area,
                    reported_at=datetime(day.year, day.month, day.day, 12, tzinfo=UTC),
                ),
                today=day,
            )

        for _ in range(3):
            report(afval, centre, "Kerkstraat", date(2026, 11, 2))
        report(terras, centre, "Dorpsstraat", date(2026, 11, 10))
        report(afval, park, "Industrieweg", date(2026, 11, 17))
        report(afval, park, "Industrieweg", date(2025, 1, 1))  # outside the period
        round_id = rounds.save_round(
            session,
            RoundInput(
                held_on=date(2026, 11, 11), title="Ronde", area_id=park, notes="", official_ids=[anna]
            ),
        )
        for _ in range(4):
            rounds.add_observation(
                session,
                round_id,
                ObservationInput(
                    observed_at=datetime(2026, 11, 11, 10, tzinfo=UTC),
                    category_id=terras,
                    street="Industrieweg",
                    area_id=park,
                    finding="y",
                ),
            )
        session.commit()
        by_area = hotspots.hotspots(session, date(2026, 11, 1), date(2026, 11, 30), "area", today=TODAY)
        by_street = hotspots.hotspots(session, date(2026, 11, 1), date(2026, 11, 30), "street", today=TODAY)
        by_category = hotspots.hotspots(
            session, date(2026, 11, 1), date(2026, 11, 30), "category", today=TODAY
        )
        trend = hotspots.weekly_trend(session, date(2026, 11, 1), date(2026, 11, 30))
    assert [(h.label, h.signals, h.observations) for h in by_area] == [
        ("Bedrijventerrein", 1, 4),
        ("Loosdrecht", 4, 0),
    ]
    assert by_area[1].overdue == 4  # three days' target long passed on 23 November, none answered
    assert [(h.label, h.total) for h in by_street] == [
        ("Industrieweg, Bedrijventerrein", 5),
        ("Kerkstraat, Loosdrecht", 3),
        ("Dorpsstraat, Loosdrecht", 1),
    ]
    assert [(h.key, h.signals, h.observations) for h in by_category] == [(terras, 1, 4), (afval, 4, 0)]
    assert trend[0].week == date(2026, 10, 26) and trend[-1].week == date(2026, 11, 30)
    assert {w.week: (w.signals, w.observations) for w in trend}[date(2026, 11, 9)] == (1, 4)
    assert sum(w.signals for w in trend) == 5


def test_two_streets_of_one_name_in_two_places_are_two_hotspots(db: Database, anna: int) -> None:
    loosdrecht = new_area(db, "Loosdrecht")
    winkels = new_area(db, "Winkelgebied Oud-Loosdrecht", AreaKind.SHOPPING, parent_id=loosdrecht)
    kortenhoef = new_area(db, "Kortenhoef")
    with db.session(user_id=anna) as session:
        afval = categories.save_category(session, "Zwerfafval", 3)

        def report(street: str, area: int | None = None, city: str = "") -> None:
            signals.register_signal(
                session,
                SignalInput(
                    category_id=afval,
                    description="x",
                    street=street,
                    area_id=area,
                    city=city,
                    postcode="" if area else "1241 AA",
                    reported_at=datetime(2026, 11, 2, 12, tzinfo=UTC),
                ),
                today=TODAY,
            )

        for _ in range(2):
            report("Kerkstraat", winkels)
        for _ in range(3):
            report("Kerkstraat", kortenhoef)
        report("Kerkstraat", city="Nederhorst den Berg")
        session.commit()
        rows = hotspots.hotspots(session, date(2026, 11, 1), date(2026, 11, 30), "street", today=TODAY)
    assert [(h.label, h.total) for h in rows] == [
        ("Kerkstraat, Kortenhoef", 3),
        ("Kerkstraat, Loosdrecht, Winkelgebied Oud-Loosdrecht", 2),
        ("Kerkstraat, Nederhorst den Berg", 1),
    ]
    with db.session(user_id=anna) as session:
        for row in rows:
            flt = signals.SignalFilter(street=str(row.key), area_id=row.area_id, city=row.city)
            assert len(signals.find_signals(session, flt, today=TODAY)) == row.total
