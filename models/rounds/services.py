"""Supervision rounds: planning them, recording what was observed, following it up, reporting.

Supervisors on rounds are an extra channel between entrepreneurs and the municipality. What
they see is recorded as observations; one that needs follow-up becomes, in one step, an
agreement with the entrepreneur (a contact moment of the round in the company's file, so it
shows in "Mijn werk" and the company's timeline) or a signal (handled like any other).
The municipality gets a daily report of a day's rounds; an entrepreneur a report of what
concerns their company.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from models import fulltext
from models.base import local_day_start, utcnow
from models.common import created_before, flush_or_conflict, load, load_for_edit
from models.companies.entities import Area, Company, CompanyContact, Contact
from models.consultations import services as consultations
from models.consultations.entities import Agreement, Channel, Interaction, Responsible
from models.consultations.services import AgreementInput, InteractionInput
from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import Permission, requires
from models.rounds.entities import Observation, Round, RoundOfficial
from models.rounds.records import DailyReport, EntrepreneurReport, ObservationRecord, RoundRecord
from models.signals import services as signal_service
from models.signals.entities import SignalCategory, SignalSource
from models.team.entities import User
from models.text import fold
from models.validation import Validator, check_house_number, check_postcode

# -- input ------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class RoundInput:
    held_on: date | None = None
    title: str = ""
    area_id: int | None = None
    notes: str = ""
    official_ids: list[int] = field(default_factory=list)


@dataclass(kw_only=True)
class ObservationInput:
    observed_at: datetime | None = None
    category_id: int | None = None
    street: str = ""
    house_number: str = ""
    area_id: int | None = None
    company_id: int | None = None
    finding: str = ""
    action: str = ""
    spoke_with: str = ""  # whom the supervisor spoke with, in words …
    contact_id: int | None = None  # … or one of the company's contact persons
    postcode: str = ""  # two streets of one name exist: the postcode or the place says which
    place: str = ""
    follow_up: bool = False


# -- output -----------------------------------------------------------------------------------


# -- the words an observation is found by -----------------------------------------------------

# The FTS5 trigram index over ``observation.search_text`` on SQLite (revision 0012, kept by
# triggers); on PostgreSQL a pg_trgm GIN index on the column itself.
SEARCH_TABLE = "observation_search"
SEARCH_LIMIT = 500  # observations a search shows at most, the newest (a large town: 800 a day)


def search_text(
    street: str | None,
    house_number: str | None,
    company: str | None,
    finding: str | None,
    action: str | None,
    spoke_with: str | None,
    *,
    postcode: str | None = None,
    place: str | None = None,
) -> str:
    """The folded words an observation is found by (the place tells two Kerkstraten apart)."""
    parts = (street, house_number, postcode, place, company, finding, action, spoke_with)
    return " " + " ".join(fold(p) for p in parts if p) + " "


@requires()  # derived from the record the caller is writing: no permission of its own
def set_search_text(session: Session, observation: Observation) -> None:
    """Fill ``observation.search_text`` from its fields (before it is flushed: one statement)."""
    with session.no_autoflush:  # the record is being changed: written once, by the caller's flush
        company = (
            session.scalar(select(Company.name).where(Company.id == observation.company_id))
            if observation.company_id
            else None
        )
    observation.search_text = search_text(
        observation.street,
        observation.house_number,
        company,
        observation.finding,
        observation.action,
        observation.spoke_with,
        postcode=observation.postcode,
        place=observation.place,
    )


# -- rounds -----------------------------------------------------------------------------------


@requires(Permission.EDIT_ROUNDS)
def save_round(
    session: Session, data: RoundInput, *, round_id: int | None = None, expected_version: int | None = None
) -> int:
    v = Validator()
    if data.held_on is None:
        v.add("held_on", QT_TRANSLATE_NOOP("errors", "On which day is the round?"))
    v.required("title", data.title)
    v.max_length("title", data.title.strip(), 200)
    if not data.official_ids:
        v.add("official_ids", QT_TRANSLATE_NOOP("errors", "Choose who walks the round."))
    v.raise_if_any()
    if round_id is None:
        found = Round(
            held_on=data.held_on,
            title=data.title.strip(),
            area_id=data.area_id,
            notes=data.notes.strip() or None,
        )
        session.add(found)
    else:
        found = load_for_edit(session, Round, round_id, expected_version or 0)
        found.held_on, found.title, found.area_id = data.held_on, data.title.strip(), data.area_id  # type: ignore[assignment]
        found.notes = data.notes.strip() or None
        found.updated_at = utcnow()
    flush_or_conflict(session, found)
    session.execute(delete(RoundOfficial).where(RoundOfficial.round_id == found.id))
    session.execute(
        insert(RoundOfficial),
        [{"round_id": found.id, "user_id": uid} for uid in dict.fromkeys(data.official_ids)],
    )
    session.flush()
    return found.id


@dataclass(frozen=True)
class _Checked:
    house_number: str | None
    postcode: str | None
    spoke_with: str | None


def _validate_observation(session: Session, data: ObservationInput) -> tuple[Validator, _Checked]:
    v = Validator()
    if data.observed_at is None:
        v.add("observed_at", QT_TRANSLATE_NOOP("errors", "When was it observed?"))
    if data.category_id is None or session.get(SignalCategory, data.category_id) is None:
        v.add("category_id", QT_TRANSLATE_NOOP("errors", "Choose the category of the observation."))
    v.required("finding", data.finding)
    number = v.optional("house_number", data.house_number, check_house_number)
    postcode = v.optional("postcode", data.postcode, check_postcode)
    v.max_length("place", data.place.strip(), 120)
    v.max_length("spoke_with", data.spoke_with.strip(), 200)
    if not (data.street.strip() or data.company_id or data.area_id):
        v.add("street", QT_TRANSLATE_NOOP("errors", "Say where it is: an address, an area or a company."))
    spoke_with = data.spoke_with.strip() or None
    if data.contact_id is not None:
        contact = session.get(Contact, data.contact_id)
        linked = data.company_id is not None and session.scalar(
            select(CompanyContact.id).where(
                CompanyContact.company_id == data.company_id, CompanyContact.contact_id == data.contact_id
            )
        )
        if contact is None or not linked:
            v.add(
                "spoke_with",
                QT_TRANSLATE_NOOP("errors", "Choose a contact person of this company, or type a name."),
            )
        else:
            spoke_with = spoke_with or contact.full_name
    return v, _Checked(number, postcode, spoke_with)


@requires(Permission.EDIT_ROUNDS)
def add_observation(
    session: Session, round_id: int, data: ObservationInput, *, client_token: str | None = None
) -> int:
    """``client_token``: the form's; a retried create returns the observation the first attempt made."""
    if (made := created_before(session, Observation, client_token)) is not None:
        return made
    found = load(session, Round, round_id)
    v, checked = _validate_observation(session, data)
    v.raise_if_any()
    observation = Observation(
        round_id=found.id,
        observed_at=data.observed_at,
        category_id=data.category_id,
        street=data.street.strip() or None,
        house_number=checked.house_number,
        postcode=checked.postcode,
        place=data.place.strip() or None,
        contact_id=data.contact_id,
        area_id=data.area_id or found.area_id,
        company_id=data.company_id,
        finding=data.finding.strip(),
        action=data.action.strip() or None,
        spoke_with=checked.spoke_with,
        follow_up=data.follow_up,
        client_token=client_token,
    )
    set_search_text(session, observation)
    session.add(observation)
    session.flush()
    return observation.id


@requires(Permission.EDIT_ROUNDS)
def update_observation(
    session: Session, observation_id: int, expected_version: int, data: ObservationInput
) -> int:
    observation = load_for_edit(session, Observation, observation_id, expected_version)
    v, checked = _validate_observation(session, data)
    v.raise_if_any()
    observation.observed_at = data.observed_at  # type: ignore[assignment]
    observation.category_id = data.category_id  # type: ignore[assignment]
    observation.street, observation.house_number = data.street.strip() or None, checked.house_number
    observation.postcode, observation.place = checked.postcode, data.place.strip() or None
    observation.area_id, observation.company_id = data.area_id, data.company_id
    observation.finding, observation.action = data.finding.strip(), data.action.strip() or None
    observation.spoke_with, observation.contact_id = checked.spoke_with, data.contact_id
    observation.follow_up = (
        data.follow_up or observation.agreement_id is not None or observation.signal_id is not None
    )
    set_search_text(session, observation)
    flush_or_conflict(session, observation)
    return observation.version


def _already(observation: Observation) -> None:
    if observation.agreement_id is not None or observation.signal_id is not None:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "This observation has been followed up already."))


@requires(Permission.EDIT_ROUNDS)
def follow_up_as_signal(session: Session, observation_id: int, expected_version: int) -> int:
    """Turn the observation into a signal (source: the supervisor's own observation), linked to it."""
    observation = load_for_edit(session, Observation, observation_id, expected_version)
    _already(observation)
    description = observation.finding + (f"\n\nAl gedaan: {observation.action}" if observation.action else "")
    signal_id = signal_service.register_signal(
        session,
        signal_service.SignalInput(
            category_id=observation.category_id,
            source=SignalSource.SUPERVISOR,
            description=description,
            street=observation.street or "",
            house_number=observation.house_number or "",
            postcode=observation.postcode or "",
            city=observation.place or "",
            area_id=observation.area_id,
            company_id=observation.company_id,
            anonymous=True,
            reported_at=observation.observed_at,
        ),
    )
    observation.signal_id = signal_id
    observation.follow_up = True
    flush_or_conflict(session, observation)
    return signal_id


@requires(Permission.EDIT_ROUNDS)
def follow_up_as_agreement(
    session: Session,
    observation_id: int,
    expected_version: int,
    agreement: AgreementInput,
) -> int:
    """Record the conversation of the round in the company's file with one agreement; returns its id."""
    observation = load_for_edit(session, Observation, observation_id, expected_version)
    _already(observation)
    if observation.company_id is None:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors", "An agreement is made with a company: link the observation to one first."
            )
        )
    the_round = load(session, Round, observation.round_id)
    officials = list(
        session.scalars(select(RoundOfficial.user_id).where(RoundOfficial.round_id == the_round.id))
    )
    # The report names the person spoken with (documents and reports are Dutch).
    spoke = f"Gesproken met {observation.spoke_with}.\n\n" if observation.spoke_with else ""
    report = spoke + observation.finding + (f"\n\n{observation.action}" if observation.action else "")
    # Following up an observation records a contact moment by design (EDIT_ROUNDS suffices).
    interaction_id = consultations.log_interaction.__wrapped__(
        session,
        observation.company_id,
        InteractionInput(
            occurred_at=observation.observed_at,
            channel=Channel.ROUND,
            subject=f"Ronde: {the_round.title}"[:200],
            report=report,
            official_ids=officials,
            contact_ids=[observation.contact_id] if observation.contact_id is not None else [],
            agreements=[agreement],
        ),
    )
    agreement_id = session.scalar(select(Agreement.id).where(Agreement.interaction_id == interaction_id))
    observation.agreement_id = agreement_id
    observation.follow_up = True
    flush_or_conflict(session, observation)
    return agreement_id  # type: ignore[return-value]


# -- reading ----------------------------------------------------------------------------------


def _records(session: Session, rounds: list[Round], observations: list[Observation]) -> list[RoundRecord]:
    area_ids = {r.area_id for r in rounds} | {o.area_id for o in observations}
    areas: dict[int | None, str] = dict(
        session.execute(select(Area.id, Area.name).where(Area.id.in_(area_ids - {None}))).tuples().all()
    )
    categories: dict[int | None, str] = dict(
        session.execute(
            select(SignalCategory.id, SignalCategory.name).where(
                SignalCategory.id.in_({o.category_id for o in observations})
            )
        )
        .tuples()
        .all()
    )
    companies: dict[int | None, str] = dict(
        session.execute(
            select(Company.id, Company.name).where(
                Company.id.in_({o.company_id for o in observations} - {None})
            )
        )
        .tuples()
        .all()
    )
    officials: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for rid, uid, name in session.execute(
        select(RoundOfficial.round_id, User.id, User.full_name)
        .join(User, User.id == RoundOfficial.user_id)
        .where(RoundOfficial.round_id.in_([r.id for r in rounds]))
        .order_by(User.full_name)
    ):
        officials[rid].append((uid, name))
    by_round: dict[int, list[ObservationRecord]] = defaultdict(list)
    for o in sorted(observations, key=lambda o: (o.observed_at, o.id)):
        by_round[o.round_id].append(
            ObservationRecord(
                id=o.id,
                version=o.version,
                round_id=o.round_id,
                observed_at=o.observed_at,
                category_id=o.category_id,
                category=categories.get(o.category_id, ""),
                street=o.street,
                house_number=o.house_number,
                postcode=o.postcode,
                place=o.place,
                contact_id=o.contact_id,
                area_id=o.area_id,
                area=areas.get(o.area_id),
                company_id=o.company_id,
                company=companies.get(o.company_id),
                finding=o.finding,
                action=o.action,
                spoke_with=o.spoke_with,
                follow_up=o.follow_up,
                agreement_id=o.agreement_id,
                signal_id=o.signal_id,
            )
        )
    return [
        RoundRecord(
            id=r.id,
            version=r.version,
            held_on=r.held_on,
            title=r.title,
            area_id=r.area_id,
            area=areas.get(r.area_id),
            notes=r.notes,
            officials=officials[r.id],
            observations=by_round[r.id],
        )
        for r in rounds
    ]


@requires(Permission.VIEW_ROUNDS)
def rounds_between(session: Session, since: date, until: date) -> list[RoundRecord]:
    """The rounds of a period, newest first, with their observations."""
    rounds = list(
        session.scalars(
            select(Round)
            .where(Round.held_on >= since, Round.held_on <= until)
            .order_by(Round.held_on.desc(), Round.id)
        )
    )
    if not rounds:
        return []
    observations = list(
        session.scalars(select(Observation).where(Observation.round_id.in_([r.id for r in rounds])))
    )
    return _records(session, rounds, observations)


@requires(Permission.VIEW_ROUNDS)
def search_rounds(session: Session, typed: str, since: date, until: date) -> list[RoundRecord]:
    """The rounds of a period with an observation holding every word typed, newest first, each
    with only those observations: the newest ``SEARCH_LIMIT`` of them, so that a common word costs no
    more than a rare one. Nothing when no word has three characters (``fulltext.too_short``: no
    index answers it; the page asks for one more letter)."""
    words = fulltext.search_words(typed)
    if fulltext.too_short(words):
        return []
    found = fulltext.where_containing(
        select(Observation)
        .join(Round, Round.id == Observation.round_id)
        .where(Round.held_on >= since, Round.held_on <= until),
        session.get_bind().dialect.name,
        Observation.id,
        Observation.search_text,
        SEARCH_TABLE,
        words,
    )
    newest = found.order_by(Observation.observed_at.desc(), Observation.id.desc()).limit(SEARCH_LIMIT)
    observations = list(session.scalars(newest))
    if not observations:
        return []
    rounds = list(
        session.scalars(
            select(Round)
            .where(Round.id.in_({o.round_id for o in observations}))
            .order_by(Round.held_on.desc(), Round.id)
        )
    )
    return _records(session, rounds, observations)


@requires(Permission.VIEW_ROUNDS)
def round_record(session: Session, round_id: int) -> RoundRecord:
    found = load(session, Round, round_id)
    observations = list(session.scalars(select(Observation).where(Observation.round_id == round_id)))
    return _records(session, [found], observations)[0]


@requires(Permission.VIEW_ROUNDS)
def daily_report(session: Session, day: date, *, today: date) -> DailyReport:
    """Everything of one day's rounds, per area: observations, conversations, agreements, totals."""
    rounds = rounds_between(session, day, day)
    rounds.sort(key=lambda r: (r.area or "", r.title))
    agreement_ids = [o.agreement_id for r in rounds for o in r.observations if o.agreement_id]
    rows = (
        list(session.scalars(select(Agreement).where(Agreement.id.in_(agreement_ids))))
        if agreement_ids
        else []
    )
    agreements = consultations._agreement_records(session, rows, today)
    counts = Counter(o.category for r in rounds for o in r.observations)
    return DailyReport(
        day=day,
        rounds=rounds,
        agreements=agreements,
        per_category=sorted(counts.items(), key=lambda item: (-item[1], item[0])),
    )


@requires(Permission.VIEW_ROUNDS)
def entrepreneur_report(
    session: Session, company_id: int, since: date, until: date, *, today: date
) -> EntrepreneurReport:
    """The observations of rounds at this company in a period, and its agreements made then."""
    load(session, Company, company_id)
    start = local_day_start(since)
    end = local_day_start(until + timedelta(days=1))
    observations = list(
        session.scalars(
            select(Observation).where(
                Observation.company_id == company_id,
                Observation.observed_at >= start,
                Observation.observed_at < end,
            )
        )
    )
    rounds = (
        list(session.scalars(select(Round).where(Round.id.in_({o.round_id for o in observations}))))
        if observations
        else []
    )
    records = {r.id: r for r in _records(session, rounds, observations)}
    pairs = [(records[o.round_id], o) for r in records.values() for o in r.observations]
    pairs.sort(key=lambda pair: pair[1].observed_at)
    rows = list(
        session.scalars(
            select(Agreement)
            .join(Interaction, Interaction.id == Agreement.interaction_id)
            .where(
                Agreement.company_id == company_id,
                Interaction.occurred_at >= start,
                Interaction.occurred_at < end,
                Interaction.confidential.is_(False),
            )
            .order_by(Interaction.occurred_at, Agreement.id)
        )
    )
    return EntrepreneurReport(
        company_id=company_id,
        since=since,
        until=until,
        observations=pairs,
        agreements=consultations._agreement_records(session, rows, today),
    )


RESPONSIBLE_DEFAULT = Responsible.ENTREPRENEUR
