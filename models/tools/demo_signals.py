"""Demo signals: two years of meldingen with their history and the feedback reporters got.

Part of the demo generator (``models.tools.demo``), like ``models.tools.demo_consultations``: dates are
relative to ``today``, so there are always signals reported this morning, signals overdue
against their category's target, scheduled ones waiting for next month's maintenance round,
and long-closed ones. Signals cluster as they do in a real municipality: a few streets with
a problem (a busy terrace, a dumping spot, a row of weak trees) give a large share of their
category, so the hotspots are real.

Every reporter who asked for contact got feedback at each step, written from the same
templates an official would use. About one reporter in six calls again, so recognising a
reporter by phone or e-mail finds earlier signals. Scale: about 0.8 signal per company, so
250,000 companies give 200,000 signals (the benchmark's figure).
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from models.calendar import add_working_days
from models.companies.entities import Company, Establishment
from models.i18n import long_date, translate
from models.signals.entities import (
    FeedbackTemplate,
    ReactionReason,
    Signal,
    SignalCategory,
    SignalEvent,
    SignalReaction,
    SignalSource,
    SignalStatus,
)
from models.signals.feedback import SALUTATION_UNKNOWN, fill_template
from models.signals.services import format_address, public_search_text, search_text, signal_number
from models.team.entities import Role
from models.tools.bulk import bulk_insert, versioned_row

S = SignalStatus
HISTORY_DAYS = 730
SIGNALS_PER_COMPANY = 0.8
MIN_SIGNALS = 150
REPEAT_SHARE = 0.16
BATCH = 20_000

# name, target working days, children (name, days, what was found, what was done, what is planned)
_TREE: tuple[tuple[str, int | None, tuple[tuple[str, int, str, str, str], ...]], ...] = (
    (
        "Openbaar groen",
        None,
        (
            (
                "Bomen en takken",
                10,
                "een laaghangende tak boven de stoep, niet gevaarlijk",
                "de tak is gesnoeid",
                "de snoeironde van de groenploeg",
            ),
            (
                "Onkruid en maaien",
                15,
                "hoog opgeschoten onkruid langs de stoeprand",
                "het onkruid is verwijderd",
                "de maaironde in deze wijk",
            ),
        ),
    ),
    (
        "Afval",
        None,
        (
            (
                "Zwerfafval",
                3,
                "zwerfafval rond de bank en de prullenbak",
                "het afval is opgeruimd",
                "een extra veegronde",
            ),
            (
                "Illegaal gedumpt afval",
                2,
                "gedumpt huisraad naast de container",
                "het afval is opgehaald",
                "het ophalen door de reinigingsdienst",
            ),
            ("Volle container", 2, "een overvolle glasbak", "de container is geleegd", "een extra lediging"),
        ),
    ),
    (
        "Wegen en verlichting",
        None,
        (
            (
                "Losliggende tegels",
                10,
                "een paar losliggende stoeptegels",
                "de tegels zijn opnieuw gelegd",
                "het herstel door de stratenmakers",
            ),
            (
                "Straatverlichting",
                5,
                "een lantaarnpaal die niet brandt",
                "de lamp is vervangen",
                "de reparatie door de netbeheerder",
            ),
        ),
    ),
    (
        "Overlast",
        None,
        (
            (
                "Geluid horeca",
                5,
                "muziek na sluitingstijd bij een horecazaak",
                "de ondernemer is aangesproken op de regels",
                "een controle tijdens de avondronde",
            ),
            (
                "Terras en uitstalling",
                5,
                "een terras dat de vrije doorloop van 1,5 meter blokkeert",
                "de ondernemer heeft het terras teruggezet",
                "een controle door de toezichthouder",
            ),
            (
                "Fout parkeren en bevoorrading",
                5,
                "bevoorrading op de stoep tijdens winkeltijden",
                "de vervoerder is gewezen op de laad- en lostijden",
                "een gesprek met de ondernemers",
            ),
        ),
    ),
)
_COMPANY_CATEGORIES = {"Geluid horeca", "Terras en uitstalling", "Fout parkeren en bevoorrading"}

TEMPLATES: tuple[tuple[str, SignalStatus | None, str], ...] = (
    (
        "In behandeling genomen",
        S.HANDLING,
        "Beste {naam},\n\nDank voor uw melding van {datum_melding} over {categorie} bij {adres}. "
        "Wij hebben uw melding in behandeling genomen en laten u weten wat wij aantreffen en doen.\n\n"
        "Met vriendelijke groet,",
    ),
    (
        "Ingepland, niet spoedeisend",
        S.SCHEDULED,
        "Beste {naam},\n\nOp {datum_melding} meldde u ons {categorie} bij {adres}. Wij zijn gaan kijken. "
        "Wat wij aantroffen: {bevinding}. Dit is niet spoedeisend: wij nemen het mee bij {planning}, "
        "gepland op {plandatum}.\n\nDank voor uw melding; zo houden wij samen de buurt op orde.",
    ),
    (
        "Afgehandeld",
        S.DONE,
        "Beste {naam},\n\nOp {datum_melding} meldde u ons {categorie} bij {adres}. Wij zijn gaan kijken. "
        "Wat wij aantroffen: {bevinding}. Wat wij hebben gedaan: {actie}.\n\nWij beschouwen uw melding hiermee "
        "als afgehandeld. Is het probleem er nog, laat het ons dan weten en noem het nummer {nummer}.",
    ),
    (
        "Geannuleerd",
        S.CANCELLED,
        "Beste {naam},\n\nUw melding {nummer} van {datum_melding} hebben wij gesloten: {bevinding}.\n\n"
        "Hebt u vragen, neem dan contact met ons op.",
    ),
    (
        "Heropend",
        S.REOPENED,
        "Beste {naam},\n\nU liet ons weten dat het probleem bij {adres} er nog is. Wij hebben uw melding "
        "{nummer} opnieuw in behandeling genomen.",
    ),
)
_CANCEL_REASONS = (
    "het gaat om particulier terrein; wij hebben de eigenaar geïnformeerd",
    "dezelfde situatie was al gemeld en wordt onder een ander nummer afgehandeld",
    "ter plaatse hebben wij de gemelde situatie niet aangetroffen",
)


def _at(day: date, rng: random.Random, start: int = 8, end: int = 18) -> datetime:
    moment = time(rng.randrange(start, end), rng.randrange(60), rng.randrange(60))
    return datetime.combine(day, moment, tzinfo=UTC)


def _reported(index: int, today: date, now: datetime, rng: random.Random) -> datetime:
    """When a signal came in: more recently than not; a dozen of them this week."""
    age = int(rng.triangular(0, HISTORY_DAYS, 0)) if index >= 12 else rng.randrange(0, 4)
    day = today - timedelta(days=age)
    if day.weekday() >= 5 and rng.random() < 0.7:
        day -= timedelta(days=day.weekday() - 4)
    reported_at = _at(day, rng)
    if reported_at > now:
        reported_at = now - timedelta(minutes=rng.randrange(5, 90))
    return reported_at


def write(session: Session, builder: Any, seed: int, today: date) -> int:
    """Add categories, templates, signals and their histories; returns the number of signals."""
    rng = random.Random(seed * 7919 + 4)
    now = datetime.combine(today, time(7, 30), tzinfo=UTC)
    # -- categories and templates
    leaves: list[tuple[int, str, int, str, str, str]] = []
    next_category = (
        session.scalar(select(SignalCategory.id).order_by(SignalCategory.id.desc()).limit(1)) or 0
    ) + 1
    category_rows = []
    for name, days, children in _TREE:
        parent_id = next_category
        category_rows.append(
            versioned_row(id=parent_id, name=name, parent_id=None, target_days=days, active=True, at=now)
        )
        next_category += 1
        for child, child_days, found, done, planned in children:
            category_rows.append(
                versioned_row(
                    id=next_category,
                    name=child,
                    parent_id=parent_id,
                    target_days=child_days,
                    active=True,
                    at=now,
                )
            )
            leaves.append((next_category, child, child_days, found, done, planned))
            next_category += 1
    session.execute(insert(SignalCategory.__table__), category_rows)
    next_template = (
        session.scalar(select(FeedbackTemplate.id).order_by(FeedbackTemplate.id.desc()).limit(1)) or 0
    ) + 1
    template_ids: dict[SignalStatus, int] = {}
    template_rows = []
    for index, (name, status, body) in enumerate(TEMPLATES):
        template_rows.append(
            versioned_row(id=next_template + index, name=name, status=status, body=body, active=True, at=now)
        )
        template_ids[status] = next_template + index  # type: ignore[index]
    session.execute(insert(FeedbackTemplate.__table__), template_rows)
    bodies = {status: body for _name, status, body in TEMPLATES}

    # -- where: every street of the municipality, with a few hotspots per category
    places = []
    for kern_name, place in builder.kern_places.items():
        places.append((kern_name, place))
        for children in builder.child_places[kern_name].values():
            places.extend((kern_name, child) for child in children)
    streets = [(kern, place, street) for kern, place in places for street in place.streets]
    hotspots = {leaf[0]: [streets[rng.randrange(len(streets))] for _ in range(3)] for leaf in leaves}
    companies = [
        row
        for row in session.execute(
            select(
                Company.id,
                Company.name,
                Establishment.street,
                Establishment.house_number,
                Establishment.postcode,
                Establishment.city,
                Establishment.area_id,
            )
            .join(Establishment, Establishment.company_id == Company.id)
            .where(Establishment.is_main, Company.id > 1)
            .order_by(Company.id)
            .limit(4000)
        )
    ]
    # Handlers are those whose role handles signals (supervisors, else business managers).
    handlers = list(builder.staff.get(Role.SUPERVISOR, []) or builder.staff.get(Role.BUSINESS_MANAGER, []))
    staff = [*builder.staff.get(Role.SUPERVISOR, []), *builder.staff.get(Role.OFFICIAL, [])] or [
        uid for ids in builder.staff.values() for uid in ids
    ]
    leaf_weights = [3, 1, 3, 2, 2, 2, 2, 2, 2, 1]
    leaf_weights = (leaf_weights + [1] * len(leaves))[: len(leaves)]

    total = max(MIN_SIGNALS, round(builder.companies * SIGNALS_PER_COMPANY))
    next_signal = (session.scalar(select(Signal.id).order_by(Signal.id.desc()).limit(1)) or 0) + 1
    next_event = (session.scalar(select(SignalEvent.id).order_by(SignalEvent.id.desc()).limit(1)) or 0) + 1
    reporters: list[tuple[str, str | None, str | None]] = []
    signal_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    # When each came in, decided first and in order of time: a signal's number (M-123) follows the
    # order in which signals were reported, as a register's numbers do.
    moments = sorted(_reported(index, today, now, rng) for index in range(total))
    for reported_at in moments:
        day = reported_at.date()
        age = (today - day).days
        category_id, category, days, found, done, planned = rng.choices(leaves, weights=leaf_weights)[0]
        company = None
        if category in _COMPANY_CATEGORIES and companies and rng.random() < 0.6:
            company = (
                companies[rng.randrange(len(companies))]
                if rng.random() < 0.5
                else companies[category_id % len(companies)]
            )
            street, number, postcode, city, area_id = (
                company[2],
                company[3],
                company[4],
                company[5],
                company[6],
            )
        else:
            kern, place, street = (
                hotspots[category_id][rng.randrange(3)]
                if rng.random() < 0.35
                else streets[rng.randrange(len(streets))]
            )
            start, size, pool = builder.postcodes.get((kern, street), (0, 1, ("1243 AA",)))
            postcode = pool[(start + rng.randrange(3)) % size]
            number, city, area_id = str(rng.randint(1, 80)), place.kern.city, place.area_id
        source = (
            SignalSource.ENTREPRENEUR
            if company is not None and rng.random() < 0.3
            else rng.choices(
                (
                    SignalSource.CITIZEN,
                    SignalSource.SURVEY,
                    SignalSource.SOCIAL_MEDIA,
                    SignalSource.SUPERVISOR,
                ),
                weights=(80, 6, 8, 6),
            )[0]
        )
        anonymous = source in (SignalSource.SURVEY, SignalSource.SOCIAL_MEDIA) or rng.random() < 0.08
        reporter_name: str | None = None
        phone: str | None = None
        email: str | None = None
        if not anonymous and source is not SignalSource.SUPERVISOR:
            if reporters and rng.random() < REPEAT_SHARE:
                reporter_name, phone, email = reporters[rng.randrange(len(reporters))]
            else:
                first, prefix, last = builder._person()
                reporter_name = " ".join(p for p in (first, prefix, last) if p)
                phone = f"+316{rng.randrange(10_000_000, 99_999_999)}" if rng.random() < 0.8 else None
                handle = reporter_name.lower().replace(" ", ".").replace("'", "")
                email = (
                    f"{handle}{rng.randrange(10, 99)}@{rng.choice(('gmail.com', 'ziggo.nl', 'kpnmail.nl', 'hotmail.com'))}"
                    if (phone is None or rng.random() < 0.6)
                    else None
                )
                reporters.append((reporter_name, phone, email))
        wants_contact = bool(reporter_name) and (phone or email) is not None and rng.random() < 0.7
        description = _description(category, found, rng)
        due = add_working_days(day, days)
        signal_id = next_signal
        next_signal += 1
        values = {
            "naam": reporter_name or translate("letters", SALUTATION_UNKNOWN),
            "nummer": signal_number(signal_id),
            "datum_melding": long_date(day),
            "categorie": category.lower(),
            "adres": format_address(street, number, postcode, city),
            "bevinding": found,
            "actie": done,
            "planning": planned,
        }
        steps = _history(age, days, rng)
        status = S.REPORTED
        closed_at = None
        moment = reported_at
        events: list[tuple[datetime, SignalStatus | None, SignalStatus, dict[str, Any], str | None]] = [
            (reported_at, None, S.REPORTED, {}, None)
        ]
        for target, after in steps:
            moment = min(now, moment + timedelta(days=after, hours=rng.randrange(1, 6)))
            extra: dict[str, Any] = {}
            planned_on = None
            if target is S.SCHEDULED:
                planned_on = moment.date() + timedelta(days=rng.randrange(10, 40))
                extra = {"planned": planned, "plandatum": long_date(planned_on)}
            if target is S.CANCELLED:
                extra = {"bevinding": rng.choice(_CANCEL_REASONS)}
            if target is S.REOPENED:
                extra = {"bevinding": "het probleem is er nog"}
            feedback = None
            if wants_contact:
                feedback = fill_template(
                    bodies[target], {**values, **{k: v for k, v in extra.items() if k != "planned"}}
                )
            events.append((moment, status, target, {"planned_on": planned_on, **extra}, feedback))
            status = target
            if target in (S.DONE, S.CANCELLED):
                closed_at = moment
            elif target is S.REOPENED:
                closed_at = None
                due = add_working_days(moment.date(), days)
        official = staff[signal_id % len(staff)] if staff else None
        signal_rows.append(
            {
                "id": signal_id,
                "reported_at": reported_at,
                "source": source,
                "category_id": category_id,
                "status": status,
                "description": description,
                "street": street,
                "house_number": number,
                "postcode": postcode,
                "city": city,
                "area_id": area_id,
                "company_id": company[0] if company is not None else None,
                "anonymous": anonymous,
                "reporter_name": reporter_name,
                "reporter_phone": phone,
                "reporter_email": email,
                "wants_contact": wants_contact,
                "due_date": due,
                "closed_at": closed_at,
                "search_text": search_text(
                    reporter_name,
                    email,
                    phone,
                    street,
                    number,
                    postcode,
                    city,
                    company[1] if company is not None else None,
                    description,
                ),
                "public_search_text": public_search_text(
                    street,
                    number,
                    postcode,
                    city,
                    company[1] if company is not None else None,
                    description,
                ),
                "version": 1 + len(steps),
                "created_at": reported_at,
                "updated_at": moment,
                "updated_by_id": official if steps else None,
                # The official who moved it on handles it; a signal nobody touched yet has no handler.
                "handler_id": handlers[signal_id % len(handlers)] if steps and handlers else None,
            }
        )
        for at, previous, target, extra, feedback in events:
            event_rows.append(
                {
                    "id": next_event,
                    "signal_id": signal_id,
                    "at": at,
                    "user_id": official if previous is not None else None,
                    "from_status": previous,
                    "to_status": target,
                    "found": extra.get("bevinding", found) if previous is not None else None,
                    "done": done if target is S.DONE else None,
                    "planned": planned if target is S.SCHEDULED else None,
                    "planned_on": extra.get("planned_on"),
                    "feedback": feedback,
                    "template_id": template_ids[target] if feedback else None,
                }
            )
            next_event += 1
        if len(signal_rows) >= BATCH:
            _flush(session, signal_rows, event_rows)
    _flush(session, signal_rows, event_rows)
    _reactions(session, random.Random(seed * 7919 + 5), now, handlers or staff)
    if session.get_bind().dialect.name == "postgresql":
        for table in ("signal_category", "feedback_template", "signal", "signal_event", "signal_reaction"):
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
                )
            )
    return total


def _reactions(session: Session, rng: random.Random, now: datetime, handlers: list[int]) -> None:
    """Some reporters who were told their signal was handled reacted: three in four satisfied, the
    others for one of the reasons that do not ask to reopen (the demo moves no signal on)."""
    reasons = list(
        session.scalars(select(ReactionReason.id).where(ReactionReason.active, ~ReactionReason.reopens))
    )
    if not reasons:
        return
    closed = session.execute(
        select(Signal.id, Signal.closed_at)
        .where(Signal.status == SignalStatus.DONE, Signal.wants_contact, Signal.closed_at.is_not(None))
        .order_by(Signal.id)
    ).tuples()
    rows: list[dict[str, Any]] = []
    for signal_id, closed_at in closed:
        if closed_at is None or rng.random() >= 0.35:
            continue
        at = min(now, closed_at + timedelta(days=rng.randrange(1, 4), hours=rng.randrange(0, 6)))
        satisfied = rng.random() < 0.75
        rows.append(
            {
                "signal_id": signal_id,
                "at": at,
                "user_id": handlers[signal_id % len(handlers)] if handlers else None,
                "satisfied": satisfied,
                "reason_id": None if satisfied else rng.choice(reasons),
                "comment": None,
                "version": 1,
                "created_at": at,
                "updated_at": at,
            }
        )
    bulk_insert(session, SignalReaction, rows)


def _flush(session: Session, signals: list[dict[str, Any]], events: list[dict[str, Any]]) -> None:

    bulk_insert(session, Signal, signals)
    bulk_insert(session, SignalEvent, events)
    signals.clear()
    events.clear()


def _description(category: str, found: str, rng: random.Random) -> str:
    openings = ("Er is", "Ik zie al een tijdje", "Graag aandacht voor", "Melding van")
    details = (
        "",
        " Dit is al de tweede keer deze maand.",
        " Het is gevaarlijk voor kinderen en ouderen.",
        " Kunt u hier iets aan doen?",
    )
    return f"{rng.choice(openings)} {found}.{rng.choice(details)}".strip()


def _history(age: int, days: int, rng: random.Random) -> list[tuple[SignalStatus, int]]:
    """The steps a signal of this age went through: (status, days after the previous step)."""
    if age <= 1:
        return [] if rng.random() < 0.7 else [(S.HANDLING, 0)]
    if age <= days + 3:
        roll = rng.random()
        if roll < 0.35:
            return []  # still waiting; some of these are overdue
        if roll < 0.6:
            return [(S.HANDLING, rng.randrange(0, 2))]
        if roll < 0.85:
            return [(S.HANDLING, 1), (S.SCHEDULED, rng.randrange(0, 3))]
        return [(S.HANDLING, 0), (S.DONE, rng.randrange(1, max(2, age)))]
    roll = rng.random()
    if roll < 0.02:
        return [] if age < 60 else [(S.HANDLING, 2)]  # forgotten: long overdue
    if roll < 0.12:
        return [(S.CANCELLED, rng.randrange(1, 4))]
    if roll < 0.3 and age < 50:
        return [(S.HANDLING, 1), (S.SCHEDULED, 2)]  # waiting for next month's maintenance round
    if roll < 0.34 and 14 < age < 40:
        return [(S.HANDLING, 1), (S.DONE, rng.randrange(2, 6)), (S.REOPENED, rng.randrange(3, 6))]
    if roll < 0.26 and age > 40:
        return [
            (S.HANDLING, 1),
            (S.DONE, rng.randrange(2, 12)),
            (S.REOPENED, rng.randrange(5, 20)),
            (S.DONE, rng.randrange(2, 8)),
        ]
    if roll < 0.4:
        return [(S.HANDLING, 1), (S.SCHEDULED, 2), (S.DONE, rng.randrange(10, 35))]
    return [(S.HANDLING, rng.randrange(0, 2)), (S.DONE, rng.randrange(1, days + 3))]
