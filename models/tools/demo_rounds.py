"""Demo supervision rounds: rounds on most working days of the last months, with observations.

Part of the demo generator (``models.tools.demo``), like ``models.tools.demo_signals``: dates are
relative to ``today``; supervisors walk their areas and note what they see at the companies there
and in the streets, some of it needing follow-up. A round is held where its kind belongs (shopping
streets, a nature area), at the hours it belongs to (the catering round in the evening, local time),
and visits the companies it is about (cafés and restaurants on the catering round).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models.companies.entities import AreaKind, Company, Establishment
from models.rounds.entities import Observation, Round, RoundOfficial
from models.rounds.services import search_text
from models.signals.entities import SignalCategory
from models.team.entities import Role
from models.tools.bulk import bulk_insert, versioned_row

BATCH = 20_000
ROUND_DAYS = 120
OBSERVATIONS_PER_COMPANY = 0.4


@dataclass(frozen=True)
class _Kind:
    """A kind of round: its name, what it looks at, where, when, and which companies it visits."""

    title: str
    categories: tuple[str, ...]
    places: tuple[AreaKind, ...]  # the kinds of area it is held in (the kern itself: KERN)
    sectors: tuple[str, ...]  # SBI code prefixes of the companies it visits (none: only streets)
    hours: tuple[int, ...]  # when it starts, local time


_ROUND_KINDS = (
    _Kind(
        "Winkelstraten",
        ("Terras en uitstalling", "Fout parkeren en bevoorrading", "Zwerfafval"),
        (AreaKind.SHOPPING, AreaKind.KERN),
        ("47", "1071"),
        (10, 11, 14),
    ),
    _Kind(
        "Horeca avondronde",
        ("Geluid horeca", "Terras en uitstalling", "Zwerfafval"),
        (AreaKind.SHOPPING, AreaKind.KERN),
        ("5610", "5630", "5510"),
        (20, 21),
    ),
    _Kind(
        "Supermarkten en bevoorrading",
        ("Fout parkeren en bevoorrading", "Volle container", "Zwerfafval"),
        (AreaKind.SHOPPING, AreaKind.KERN),
        ("4711", "472"),
        (7, 8),
    ),
    _Kind(
        "Sportparken",
        ("Zwerfafval", "Onkruid en maaien", "Straatverlichting"),
        (AreaKind.KERN,),
        (),
        (10, 14, 19),
    ),
    _Kind(
        "Natuurgebied en jachthavens",
        ("Illegaal gedumpt afval", "Bomen en takken", "Zwerfafval"),
        (AreaKind.NATURE,),
        ("3012", "3315", "5520", "5530", "7721"),
        (9, 13),
    ),
)
_FINDINGS = {
    "Terras en uitstalling": (
        "Terras staat tot over de stoeprand",
        "Uitstalling blokkeert de doorloop",
        "Reclamebord midden op de stoep",
    ),
    "Fout parkeren en bevoorrading": (
        "Vrachtwagen lost op de stoep buiten de laadtijden",
        "Fietsen voor de ingang blokkeren de doorgang",
    ),
    "Zwerfafval": ("Veel zwerfafval rond de ingang", "Afval naast de bak bij het bankje"),
    "Geluid horeca": ("Muziek ook buiten goed hoorbaar na 23.00 uur", "Deur staat open bij livemuziek"),
    "Volle container": ("Bedrijfsafval naast de volle container", "Container niet afgesloten"),
    "Onkruid en maaien": ("Onkruid tussen de tegels bij de ingang",),
    "Straatverlichting": ("Lantaarn bij het parkeerterrein brandt niet",),
    "Illegaal gedumpt afval": ("Gedumpt tuinafval langs het fietspad", "Oude koelkast bij de steiger"),
    "Bomen en takken": ("Tak hangt over het wandelpad",),
}
_ADVICE = (
    "Ondernemer gewezen op de regels; wordt vandaag opgelost",
    "Advies gegeven; volgende ronde controle",
    "Zelf opgeruimd",
    "Doorgegeven aan de buitendienst",
    "Met de bedrijfsleider besproken",
)


def write(session: Session, builder: Any, seed: int, today: date) -> int:
    """Rounds on most working days of the last months, each with observations in its area."""
    rng = random.Random(seed * 104729 + 5)
    supervisors = builder.staff.get(Role.SUPERVISOR, []) or [
        uid for ids in builder.staff.values() for uid in ids
    ]
    categories = dict(session.execute(select(SignalCategory.name, SignalCategory.id)).tuples().all())
    places: dict[AreaKind, list[Any]] = {AreaKind.KERN: list(builder.kern_places.values())}
    for children in builder.child_places.values():
        for area_kind, group in children.items():
            places.setdefault(area_kind, []).extend(group)
    by_area: dict[int, list[Any]] = {}
    for row in session.execute(
        select(
            Company.id,
            Company.name,
            Establishment.street,
            Establishment.house_number,
            Establishment.area_id,
            Establishment.sbi_code,
        )
        .join(Establishment, Establishment.company_id == Company.id)
        .where(Establishment.is_main, Establishment.area_id.is_not(None))
        .order_by(Company.id)
        .limit(20_000)
    ):
        by_area.setdefault(row[4], []).append(row)
    total = max(60, round(builder.companies * OBSERVATIONS_PER_COMPANY))
    days = [today - timedelta(days=d) for d in range(ROUND_DAYS) if (today - timedelta(days=d)).weekday() < 5]
    per_day = max(1, total // (len(days) * 8))
    next_round = (session.scalar(select(Round.id).order_by(Round.id.desc()).limit(1)) or 0) + 1
    next_obs = (session.scalar(select(Observation.id).order_by(Observation.id.desc()).limit(1)) or 0) + 1
    round_rows, official_rows, observation_rows = [], [], []
    # Nothing is observed later than now: today's evening round has not been walked yet.
    now = min(datetime.now(UTC), datetime.combine(today, time(23, 59)).astimezone(UTC))
    made = 0
    for day in days:
        for _ in range(per_day + (1 if rng.random() < 0.5 else 0)):
            if made >= total:
                break
            kind = _ROUND_KINDS[rng.randrange(len(_ROUND_KINDS))]
            kinds = kind.categories
            where = [p for area_kind in kind.places for p in places.get(area_kind, [])]
            place = where[rng.randrange(len(where))]
            # The hour on the municipality's clock (the computer's time zone), stored in UTC.
            at = datetime.combine(day, time(rng.choice(kind.hours), rng.choice((0, 15, 30)))).astimezone(UTC)
            if at + timedelta(minutes=10) > now:  # not even its first observation made yet
                continue
            round_rows.append(
                versioned_row(
                    id=next_round,
                    held_on=day,
                    area_id=place.area_id,
                    title=f"{kind.title} {place.kern.name}",
                    notes=None,
                    at=at,
                )
            )
            for uid in rng.sample(supervisors, min(len(supervisors), rng.choice((1, 2, 2)))):
                official_rows.append({"round_id": next_round, "user_id": uid})
            local = [
                c for c in by_area.get(place.area_id, []) if c[5] and c[5].startswith(kind.sectors or ("-",))
            ]
            for index in range(rng.randrange(4, 13)):
                category = kinds[rng.randrange(len(kinds))]
                company = local[rng.randrange(len(local))] if local and rng.random() < 0.65 else None
                if company is not None:  # a company once a round; the rest is seen in the street
                    local.remove(company)
                street = company[2] if company else place.streets[rng.randrange(len(place.streets))]
                number = company[3] if company else None
                spoke = company is not None and rng.random() < 0.45
                moment = at + timedelta(minutes=12 * index + rng.randrange(10))
                if moment > now:
                    break
                finding, action = rng.choice(_FINDINGS[category]), rng.choice(_ADVICE)
                spoke_with = (
                    rng.choice(("de eigenaar", "de bedrijfsleider", "een medewerker")) if spoke else None
                )
                observation_rows.append(
                    versioned_row(
                        id=next_obs,
                        round_id=next_round,
                        observed_at=moment,
                        category_id=categories[category],
                        street=street,
                        house_number=number,
                        area_id=place.area_id,
                        company_id=company[0] if company else None,
                        finding=finding,
                        action=action,
                        spoke_with=spoke_with,
                        search_text=search_text(
                            street, number, company[1] if company else None, finding, action, spoke_with
                        ),
                        follow_up=rng.random() < (0.25 if day >= today - timedelta(days=14) else 0.05),
                        agreement_id=None,
                        signal_id=None,
                        at=moment,
                    )
                )
                next_obs += 1
                made += 1
            next_round += 1
    bulk_insert(session, Round, round_rows)
    bulk_insert(session, RoundOfficial, official_rows)
    for start in range(0, len(observation_rows), BATCH):
        bulk_insert(session, Observation, observation_rows[start : start + BATCH])
    if session.get_bind().dialect.name == "postgresql":
        for table in ("supervision_round", "observation"):
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
                )
            )
    return made
