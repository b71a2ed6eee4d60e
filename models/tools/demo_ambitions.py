"""Demo ambition plan: Wijdemeren's economic agenda, written with its entrepreneurs.

Part of the demo generator (``models.tools.demo``). What is made, relative to ``today`` like the
consultations, so the monitoring always looks current:

- the plan in two versions: version 1 adopted about two and a half years ago and superseded,
  version 2 (one ambition sharpened) adopted a year ago and in force;
- about 35 respondents of the co-creation (some of them demo companies, the rest
  organisations and self-employed people, public and private) with about 80 ideas, most
  linked to the ambitions and a few not yet linked;
- three to five actions per ambition with owners, dates and statuses (some late), some
  linked to companies and the agreements made with them;
- indicators with three years of measurements, chosen so the dashboard shows every colour,
  and two indicators counted from the application's own data.

Rows go in with Core inserts and explicit ids, like the rest of the demo: no audit trail,
and the same rows for the same seed and ``today``.

Why somewhat over six hundred lines: most of it is the plan's text (themes, ambitions, ideas,
actions and indicators written out), which the generator walks in one deterministic order.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from models.ambitions.entities import (
    Action,
    ActionAgreement,
    ActionCompany,
    ActionStatus,
    Ambition,
    AmbitionPlan,
    BusinessStage,
    CompanySize,
    Direction,
    Idea,
    IdeaAmbition,
    Indicator,
    IndicatorSource,
    InputChannel,
    Measurement,
    PlanStatus,
    Respondent,
    RespondentSector,
)
from models.ambitions.indicators import contact_moments_series
from models.companies.entities import Area, AreaKind, Company
from models.consultations.entities import Agreement
from models.team.entities import Role

PLAN_TITLE = "Koers op ondernemen – economische agenda Wijdemeren"
INTRODUCTION = (
    "Deze agenda is geschreven samen met ondernemers, ondernemersverenigingen, onderwijs en "
    "maatschappelijke organisaties. Ruim dertig respondenten gaven hun ideeën via gesprekken, "
    "bijeenkomsten, telefoon en e-mail. De ambities hieronder zijn daaruit gekozen; elke ambitie "
    "heeft een kartrekker die de acties aanstuurt en de voortgang bewaakt."
)

# theme, title, description, ideas supporting it
_AMBITIONS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "vestigingsklimaat",
        "Ruimte voor lokale bedrijven om te groeien",
        "Bedrijven die in Wijdemeren willen blijven en groeien, vinden hier een plek: op de bestaande "
        "bedrijventerreinen, door herstructurering en door slimmer gebruik van bestaande panden.",
        (
            "Houd kavels op bedrijventerrein Ter Sype vrij voor lokale bedrijven",
            "Sta bedrijfswoningen toe bij kleine bedrijven aan huis",
            "Maak een overzicht van leegstaande bedrijfsruimte in alle kernen",
            "Geef voorrang aan bedrijven die al in de gemeente gevestigd zijn",
            "Help bij de zoektocht naar een groter pand in plaats van vertrek naar Hilversum",
        ),
    ),
    (
        "vestigingsklimaat",
        "Eén loket voor ondernemers, binnen vijf werkdagen antwoord",
        "Ondernemers hebben één aanspreekpunt bij de gemeente. Vragen worden binnen vijf werkdagen "
        "beantwoord en afspraken worden nagekomen.",
        (
            "Eén vast aanspreekpunt bij de gemeente voor elke ondernemer",
            "Vergunningen sneller afhandelen, liefst digitaal",
            "Laat weten wat er met een melding gebeurt",
            "Bedrijfsbezoeken door de wethouder elk jaar",
        ),
    ),
    (
        "bereikbaarheid",
        "Goed bereikbare kernen en bedrijventerreinen",
        "Vrachtverkeer, klanten en personeel bereiken de kernen en bedrijventerreinen vlot en veilig, "
        "ook tijdens werk aan de wegen en bruggen.",
        (
            "Betere bewegwijzering naar de bedrijventerreinen",
            "Stem wegwerkzaamheden af met de ondernemers in de straat",
            "Meer parkeerplaatsen bij de winkels in Kortenhoef",
            "Snel internet (glasvezel) op alle bedrijventerreinen",
            "Busverbinding naar Hilversum ook in de avond",
        ),
    ),
    (
        "arbeidsmarkt",
        "Jongeren vinden werk en stage bij lokale bedrijven",
        "Samen met scholen en bedrijven zorgen we dat jongeren de lokale bedrijven kennen en daar hun "
        "stage of eerste baan vinden.",
        (
            "Een banenmarkt voor jongeren in het voorjaar",
            "Stageplekken van verschillende bedrijven delen",
            "Gastlessen door ondernemers op de basisscholen",
            "Huisvesting voor jonge werknemers",
        ),
    ),
    (
        "duurzaamheid",
        "Verduurzaming van bedrijventerreinen en jachthavens",
        "Bedrijven en jachthavens besparen energie en wekken die zelf op. De gemeente helpt met "
        "advies, collectieve inkoop en het wegnemen van regels die in de weg zitten.",
        (
            "Collectieve inkoop van zonnepanelen voor bedrijfsdaken",
            "Laadpalen bij de jachthavens voor elektrische boten",
            "Gratis energiescan voor kleine bedrijven",
            "Een duurzaamheidsprijs voor ondernemers",
        ),
    ),
    (
        "centrumgebieden",
        "Levendige winkelkernen zonder leegstand",
        "De winkelgebieden van Loosdrecht en Kortenhoef blijven aantrekkelijk: weinig leegstand, een "
        "goed verzorgde openbare ruimte en evenementen die bezoekers trekken.",
        (
            "Pop-upwinkels in leegstaande panden",
            "Een centrummanager voor Oud-Loosdrecht",
            "Meer groen en bankjes in de winkelstraat",
            "Gezamenlijke activiteiten op koopzondagen",
            "Gevelverbetering met een subsidie",
        ),
    ),
    (
        "recreatie en toerisme",
        "Recreatie en toerisme rond de plassen versterken",
        "De Loosdrechtse Plassen trekken meer bezoekers buiten het hoogseizoen, met aandacht voor natuur "
        "en voor de ondernemers rond het water.",
        (
            "Fiets- en vaarroutes langs de ondernemers aan het water",
            "Seizoen verlengen met evenementen in het najaar",
            "Eén promotiewebsite voor heel Wijdemeren",
        ),
    ),
)
# Ideas that did not (yet) find a place in an ambition.
_LOOSE_IDEAS = (
    "Een ondernemersprijs voor de beste starter",
    "Minder regels voor evenementen op eigen terrein",
    "Zorg dat de markt op zaterdag blijft",
    "Betaalbare woningen voor ouderen in de kern",
)

_ORGANISATIONS: tuple[tuple[str, RespondentSector, CompanySize | None], ...] = (
    ("Ondernemersvereniging Loosdrecht", RespondentSector.PRIVATE, None),
    ("Ondernemersvereniging Kortenhoef-Ankeveen", RespondentSector.PRIVATE, None),
    ("Stichting Promotie Wijdemeren", RespondentSector.PRIVATE, None),
    ("Basisschool De Regenboog", RespondentSector.PUBLIC, None),
    ("ROC Amstelland, locatie Hilversum", RespondentSector.PUBLIC, None),
    ("Recreatieschap Stichtse Groenlanden", RespondentSector.PUBLIC, None),
    ("Natuurmonumenten, regio Vechtplassen", RespondentSector.PUBLIC, None),
    ("Vereniging Jachthavens Loosdrecht", RespondentSector.PRIVATE, None),
    ("Regio Gooi en Vechtstreek", RespondentSector.PUBLIC, None),
    ("Woningcorporatie Het Gooi", RespondentSector.PUBLIC, None),
)
_PEOPLE = (
    ("Sanne Bos, tekstschrijver", CompanySize.SELF_EMPLOYED),
    ("Mark van Leeuwen, timmerman", CompanySize.SELF_EMPLOYED),
    ("Fatima El Amrani, fotograaf", CompanySize.SELF_EMPLOYED),
    ("Pieter de Graaf, hovenier", CompanySize.SELF_EMPLOYED),
    ("Lotte Hendriks, webwinkel", CompanySize.STARTER),
    ("Daan Visser, fietsenmaker", CompanySize.STARTER),
    ("Ingrid Smit, coach", CompanySize.SELF_EMPLOYED),
    ("Ruud Kok, installateur", CompanySize.SELF_EMPLOYED),
)

# The portfolio holders (kartrekker bestuurlijk): fictional aldermen and their portfolios.
_ALDERMEN = (
    ("J. de Boer", "Economische zaken"),
    ("M. Yilmaz", "Ruimte en mobiliteit"),
    ("H. Verbeek", "Werk en participatie"),
)


def _stage(size: CompanySize | None) -> BusinessStage:
    return BusinessStage.STARTER if size == CompanySize.STARTER else BusinessStage.ESTABLISHED


# action title, months from adoption to start, months to due, chance it is done by now
_ACTIONS: tuple[tuple[str, ...], ...] = (
    (
        "Inventarisatie van vrije bedrijfsruimte in alle kernen",
        "Herstructureringsplan bedrijventerrein Ter Sype",
        "Vestigingsgesprekken met groeiende bedrijven",
        "Regels voor bedrijven aan huis verruimen",
    ),
    (
        "Ondernemersloket met vast aanspreekpunt per bedrijf",
        "Afspraken uit bedrijfsbezoeken binnen de termijn afronden",
        "Digitaal aanvragen van evenementenvergunningen",
        "Jaarlijkse bedrijfsbezoeken door de wethouder",
    ),
    (
        "Bewegwijzering bedrijventerreinen vernieuwen",
        "Werkzaamhedenoverleg met ondernemers per project",
        "Glasvezel naar bedrijventerrein Kortenhoef",
    ),
    (
        "Banenmarkt voor jongeren",
        "Stagebank van lokale bedrijven",
        "Gastlessen door ondernemers op basisscholen",
        "Onderzoek naar huisvesting voor jonge werknemers",
    ),
    (
        "Collectieve inkoop zonnepanelen",
        "Energiescans voor kleine bedrijven",
        "Laadpunten bij de jachthavens",
    ),
    (
        "Pop-upregeling voor leegstaande winkels",
        "Centrummanager Oud-Loosdrecht aanstellen",
        "Subsidie voor gevelverbetering",
        "Vergroening winkelstraat Kortenhoef",
        "Evenementenkalender winkelgebieden",
    ),
    (
        "Routes langs ondernemers aan het water",
        "Najaarsprogramma om het seizoen te verlengen",
    ),
)

# Indicators: ambition index, name, unit, baseline, target, direction, yearly change, noise,
# plausible range. The changes are chosen to show every state of the traffic light.
_INDICATORS: tuple[tuple[Any, ...], ...] = (
    (
        0,
        "Bedrijven die binnen de gemeente verhuisden in plaats van vertrokken",
        "% van de verhuizers",
        48.0,
        70.0,
        Direction.HIGHER,
        6.5,
        1.5,
        (0, 100),
    ),
    (1, "Vragen beantwoord binnen vijf werkdagen", "%", 62.0, 90.0, Direction.HIGHER, 4.0, 2.0, (0, 100)),
    (
        2,
        "Tevredenheid over bereikbaarheid (ondernemerspeiling)",
        "rapportcijfer",
        6.4,
        7.5,
        Direction.HIGHER,
        0.05,
        0.1,
        (1, 10),
    ),
    (
        3,
        "Stageplaatsen bij lokale bedrijven",
        "plaatsen",
        85.0,
        150.0,
        Direction.HIGHER,
        17.0,
        4.0,
        (0, 1000),
    ),
    (
        4,
        "Bedrijven met zonnepanelen op bedrijventerreinen",
        "% van de bedrijven",
        18.0,
        45.0,
        Direction.HIGHER,
        7.0,
        1.5,
        (0, 100),
    ),
    (
        5,
        "Winkelleegstand Loosdrecht en Kortenhoef",
        "% van de panden",
        11.5,
        6.0,
        Direction.LOWER,
        -0.6,
        0.4,
        (0, 60),
    ),
    (
        6,
        "Overnachtingen buiten het hoogseizoen",
        "overnachtingen",
        41000.0,
        55000.0,
        Direction.HIGHER,
        1800.0,
        900.0,
        (0, 500000),
    ),
)


def _max_id(session: Session, column: Any) -> int:
    return session.scalar(select(func.max(column))) or 0


def _at(day: date) -> datetime:
    return datetime.combine(day, time(10, 0), tzinfo=UTC)


def _months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    return date(year, month % 12 + 1, min(day.day, 28))


class _Ids:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.next: dict[type, int] = {}

    def take(self, entity: type) -> int:
        if entity not in self.next:
            self.next[entity] = _max_id(self.session, entity.id) + 1  # type: ignore[attr-defined]
        value = self.next[entity]
        self.next[entity] += 1
        return value


def write(session: Session, seed: int, today: date, staff: dict[Role, list[int]]) -> None:
    """Add the demo ambition plan to the demo being generated (same transaction)."""
    rng = random.Random(seed * 7919 + 5)
    ids = _Ids(session)
    rows: dict[type, list[dict[str, Any]]] = {}

    def add(entity: type, created: date, **values: Any) -> int:
        row_id = ids.take(entity)
        stamp = _at(min(created, today))
        rows.setdefault(entity, []).append(
            {
                "id": row_id,
                "version": 1,
                "created_at": stamp,
                "updated_at": stamp,
                "updated_by_id": None,
                **values,
            }
        )
        return row_id

    def link(entity: type, **values: Any) -> None:
        rows.setdefault(entity, []).append(values)

    leads = staff.get(Role.BUSINESS_MANAGER, []) + staff.get(Role.OFFICIAL, [])
    owners: Sequence[int | None] = leads or [None]
    first_adopted = _months(today, -30)
    second_adopted = _months(today, -12)
    co_creation = _months(first_adopted, -5)

    # -- the plan in two versions
    v1 = add(
        AmbitionPlan,
        co_creation,
        title=PLAN_TITLE,
        number=1,
        status=PlanStatus.SUPERSEDED,
        adopted_on=first_adopted,
        introduction=INTRODUCTION,
        previous_id=None,
        lead_id=leads[0] if leads else None,
        portfolio_holder=_ALDERMEN[0][0],
        portfolio=_ALDERMEN[0][1],
    )
    v2 = add(
        AmbitionPlan,
        _months(second_adopted, -2),
        title=PLAN_TITLE,
        number=2,
        status=PlanStatus.ADOPTED,
        adopted_on=second_adopted,
        introduction=INTRODUCTION,
        previous_id=v1,
        lead_id=leads[0] if leads else None,
        portfolio_holder=_ALDERMEN[0][0],
        portfolio=_ALDERMEN[0][1],
    )
    current: list[int] = []
    for position, (theme, title, description, _ideas) in enumerate(_AMBITIONS, start=1):
        lead = leads[(position - 1) % len(leads)] if leads else None
        old_title = "Eén loket voor ondernemers" if position == 2 else title
        old = add(
            Ambition,
            co_creation,
            plan_id=v1,
            theme=theme,
            title=old_title,
            description=description,
            lead_id=lead,
            portfolio_holder=_ALDERMEN[position % len(_ALDERMEN)][0],
            portfolio=_ALDERMEN[position % len(_ALDERMEN)][1],
            position=position,
            previous_id=None,
        )
        current.append(
            add(
                Ambition,
                _months(second_adopted, -2),
                plan_id=v2,
                theme=theme,
                title=title,
                description=description,
                lead_id=lead,
                portfolio_holder=_ALDERMEN[position % len(_ALDERMEN)][0],
                portfolio=_ALDERMEN[position % len(_ALDERMEN)][1],
                position=position,
                previous_id=old,
            )
        )

    # -- the co-creation: respondents and their ideas
    kernen = list(
        session.execute(select(Area.id).where(Area.kind == AreaKind.KERN).order_by(Area.id)).scalars()
    )
    companies = list(
        session.execute(select(Company.id, Company.name).order_by(Company.id).limit(60)).tuples()
    )
    chosen = rng.sample(companies[1:], min(17, max(len(companies) - 1, 0)))
    respondents: list[tuple[int, RespondentSector]] = []
    channels = list(InputChannel)
    for company_id, name in chosen:
        size: CompanySize | None = rng.choice(
            (CompanySize.SME, CompanySize.SME, CompanySize.SME, CompanySize.LARGE, CompanySize.STARTER)
        )
        respondents.append(
            (
                add(
                    Respondent,
                    co_creation,
                    name=name,
                    sector=RespondentSector.PRIVATE,
                    size=size,
                    area_id=rng.choice(kernen) if kernen else None,
                    channel=rng.choice(channels),
                    company_id=company_id,
                    stage=_stage(size),
                ),
                RespondentSector.PRIVATE,
            )
        )
    for name, sector, size in _ORGANISATIONS:
        respondents.append(
            (
                add(
                    Respondent,
                    co_creation,
                    name=name,
                    sector=sector,
                    size=size,
                    area_id=rng.choice(kernen) if kernen else None,
                    channel=rng.choice((InputChannel.MEETING, InputChannel.EMAIL, InputChannel.IN_PERSON)),
                    company_id=None,
                    stage=None,
                ),
                sector,
            )
        )
    for name, size in _PEOPLE:
        respondents.append(
            (
                add(
                    Respondent,
                    co_creation,
                    name=name,
                    sector=RespondentSector.PRIVATE,
                    size=size,
                    area_id=rng.choice(kernen) if kernen else None,
                    channel=rng.choice(channels),
                    company_id=None,
                    stage=_stage(size),
                ),
                RespondentSector.PRIVATE,
            )
        )
    for index, (_theme, _title, _description, ideas) in enumerate(_AMBITIONS):
        for idea_text in ideas:
            for _ in range(rng.randint(1, 3)):
                respondent_id, _sector = rng.choice(respondents)
                received = co_creation + timedelta(days=rng.randint(0, 120))
                idea_id = add(
                    Idea, received, respondent_id=respondent_id, text=idea_text, received_on=received
                )
                link(IdeaAmbition, idea_id=idea_id, ambition_id=current[index])
                if rng.random() < 0.25:  # an idea that supports a second ambition too
                    other = rng.randrange(len(current))
                    if other != index:
                        link(IdeaAmbition, idea_id=idea_id, ambition_id=current[other])
    for idea_text in _LOOSE_IDEAS:
        respondent_id, _sector = rng.choice(respondents)
        received = co_creation + timedelta(days=rng.randint(0, 120))
        add(Idea, received, respondent_id=respondent_id, text=idea_text, received_on=received)

    # -- actions
    company_ids = [c for c, _name in chosen]
    for index, titles in enumerate(_ACTIONS):
        for number, title in enumerate(titles):
            start = _months(first_adopted, rng.randint(0, 20))
            due = _months(start, rng.randint(4, 18))
            if due < today - timedelta(days=60):
                status = rng.choices(
                    (ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.DROPPED), (75, 20, 5)
                )[0]
            elif start <= today:
                status = rng.choices((ActionStatus.IN_PROGRESS, ActionStatus.DONE), (80, 20))[0]
            else:
                status = ActionStatus.PLANNED
            done_on = (
                min(due - timedelta(days=rng.randint(0, 40)), today) if status == ActionStatus.DONE else None
            )
            action_id = add(
                Action,
                start - timedelta(days=20),
                ambition_id=current[index],
                title=title,
                description=None,
                owner_id=owners[(index + number) % len(owners)],
                start_date=start,
                due_date=due,
                status=status,
                done_on=done_on,
                indicator_id=None,  # the first action of an ambition names its indicator (below)
            )
            if company_ids and number % 2 == 0:
                linked = rng.sample(company_ids, min(len(company_ids), rng.randint(1, 3)))
                for company_id in linked:
                    link(ActionCompany, action_id=action_id, company_id=company_id)
                agreement = session.scalar(
                    select(Agreement.id)
                    .where(Agreement.company_id.in_(linked))
                    .order_by(Agreement.id.desc())
                    .limit(1)
                )
                if agreement is not None:
                    link(ActionAgreement, action_id=action_id, agreement_id=agreement)

    # -- indicators with three years of measurements
    baseline_day = date(first_adopted.year - 1, 12, 31)
    moved: dict[int, int] = {}  # ambition → the indicator its first action should move
    for index, name, unit, baseline, target, direction, change, noise, (low, high) in _INDICATORS:
        indicator_id = add(
            Indicator,
            first_adopted,
            ambition_id=current[index],
            name=name,
            unit=unit,
            baseline=baseline,
            baseline_date=baseline_day,
            target=target,
            target_date=date(first_adopted.year + 4, 12, 31),
            direction=direction,
            source=IndicatorSource.MANUAL,
            area_id=None,
            plausible_min=low,
            plausible_max=high,
        )
        moved.setdefault(current[index], indicator_id)
        # Twice a year, at the end of June and of December.
        days = [
            date(y, m, d)
            for y in range(baseline_day.year + 1, today.year + 1)
            for m, d in ((6, 30), (12, 31))
        ]
        for day in (d for d in days if d <= today):
            years = (day - baseline_day).days / 365.25
            value = round(baseline + change * years + rng.uniform(-noise, noise), 1)
            add(
                Measurement, day, indicator_id=indicator_id, measured_on=day, value=max(value, 0.0), note=None
            )
    by_name = dict(
        session.execute(select(Area.name, Area.id).where(Area.kind == AreaKind.KERN)).tuples().all()
    )
    kern_name = "Nieuw-Loosdrecht" if "Nieuw-Loosdrecht" in by_name else next(iter(sorted(by_name)), None)
    kern = by_name.get(kern_name) if kern_name else None
    if kern is not None:
        # The target: a third more contact than in the last complete quarter.
        counted = contact_moments_series(session, kern, date(today.year - 1, 1, 1), today)
        recent = counted[-1][1] if counted else 10.0
        add(
            Indicator,
            first_adopted,
            ambition_id=current[1],
            name=f"Contactmomenten met ondernemers in {kern_name}",
            unit="per kwartaal",
            baseline=None,
            baseline_date=date(today.year - 3, 1, 1),
            target=float(round(max(recent, 10.0) * 1.33)),
            target_date=date(first_adopted.year + 4, 12, 31),
            direction=Direction.HIGHER,
            source=IndicatorSource.CONTACT_MOMENTS,
            area_id=kern,
            plausible_min=None,
            plausible_max=None,
        )
    add(
        Indicator,
        first_adopted,
        ambition_id=current[1],
        name="Openstaande afspraken met ondernemers",
        unit="afspraken",
        baseline=None,
        baseline_date=date(today.year - 3, 1, 1),
        target=0.0,
        target_date=date(first_adopted.year + 4, 12, 31),
        direction=Direction.LOWER,
        source=IndicatorSource.OPEN_AGREEMENTS,
        area_id=None,
        plausible_min=None,
        plausible_max=None,
    )

    first_actions: set[int] = set()
    for row in rows.get(Action, []):
        if row["ambition_id"] in moved and row["ambition_id"] not in first_actions:
            row["indicator_id"] = moved[row["ambition_id"]]
            first_actions.add(row["ambition_id"])
    for entity in (
        AmbitionPlan,
        Ambition,
        Respondent,
        Idea,
        IdeaAmbition,
        Indicator,  # before the actions that name them
        Measurement,
        Action,
        ActionCompany,
        ActionAgreement,
    ):
        if rows.get(entity):
            session.execute(insert(entity.__table__), rows[entity])
    if session.get_bind().dialect.name != "sqlite":
        for entity in (AmbitionPlan, Ambition, Respondent, Idea, Action, Indicator, Measurement):
            table = entity.__tablename__
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
                )
            )
