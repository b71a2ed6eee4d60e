"""The demo generator: a consistent, valid, searchable and reproducible register, on both databases."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from models import lookups
from models.companies import search
from models.companies import services as companies
from models.companies.entities import (
    CONTACT_ROLES,
    LEGAL_FORMS,
    Area,
    AreaKind,
    Company,
    CompanyContact,
    Contact,
    Establishment,
    Sector,
)
from models.companies.search import SearchService
from models.consultations import services as consultations
from models.consultations.entities import (
    OPEN_STATUSES,
    Agreement,
    AgreementStatus,
    Channel,
    Interaction,
    InteractionContact,
    InteractionOfficial,
    Responsible,
)
from models.db import Database
from models.errors import DomainError
from models.migrations import migrate
from models.signals.entities import SignalEvent
from models.signals.letters import letter_problems
from models.team import identity
from models.team.entities import Role, User
from models.tools import demo, demo_consultations
from models.validation import (
    check_email,
    check_establishment_number,
    check_house_number,
    check_kvk,
    check_phone,
    check_postcode,
    check_website,
)
from tests.models.conftest import module_database

SIZE = 200
TODAY = date(2026, 11, 23)


def _count(db: Database, entity: type) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(entity)) or 0


def _fingerprint(db: Database) -> list[tuple]:
    """Names, KvK numbers, postcodes and vestigingsnummers, in an order independent of ids."""
    query = select(
        Company.name, Company.kvk_number, Establishment.postcode, Establishment.establishment_number
    ).join(Establishment, Establishment.company_id == Company.id)
    with db.session() as session:
        return sorted((tuple(row) for row in session.execute(query)), key=repr)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def register(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Database, demo.DemoSummary]]:
    """The demo register of ``SIZE`` companies, generated once per backend for the tests that only
    read it (each generated its own before: two generations per test), with the generator's summary."""
    with module_database(request.param, tmp_path_factory) as database:
        yield database, demo.generate(database, SIZE, today=TODAY)


@pytest.fixture
def other_sqlite(tmp_path: Path) -> Iterator[Callable[[str], Database]]:
    """Fresh SQLite databases besides the fixture's, to compare runs of the generator."""
    made: list[Database] = []

    def make(name: str) -> Database:
        database = Database(f"sqlite:///{tmp_path / name}")
        migrate(database)
        made.append(database)
        return database

    yield make
    for database in made:
        database.dispose()


def test_summary_matches_database_and_rows_are_consistent(db: Database) -> None:
    calls: list[tuple[int, int]] = []
    summary = demo.generate(db, SIZE, progress=lambda done, total: calls.append((done, total)), batch_size=80)

    assert calls == [(80, SIZE), (160, SIZE), (SIZE, SIZE)]  # after each batch, up to the total

    assert summary.companies == SIZE == _count(db, Company)
    assert summary.establishments == _count(db, Establishment)
    assert summary.contacts == _count(db, Contact)
    assert summary.users == _count(db, User)
    assert summary.areas == _count(db, Area)
    assert summary.sectors == _count(db, Sector) >= 40
    assert summary.seconds > 0
    assert SIZE < summary.establishments < SIZE * 1.4
    assert SIZE < summary.contacts < SIZE * 1.6

    with db.session() as session:
        mains = Counter(session.scalars(select(Establishment.company_id).where(Establishment.is_main)))
        assert set(mains) == set(session.scalars(select(Company.id)))
        assert set(mains.values()) == {1}

        roles = Counter(session.scalars(select(User.role)))
        assert roles[Role.BUSINESS_MANAGER] == 6
        assert all(roles[role] >= 2 for role in Role)
        inactive = session.execute(select(User.role).where(User.active.is_(False))).scalars().all()
        assert inactive == [Role.BUSINESS_MANAGER]
        active_managers = set(
            session.scalars(select(User.id).where(User.role == Role.BUSINESS_MANAGER, User.active))
        )
        assigned = set(
            session.scalars(select(Company.account_manager_id).where(Company.account_manager_id.is_not(None)))
        )
        assert assigned and assigned <= active_managers

        # Areas nest: kernen at the top, every other area inside a kern.
        areas = {a.id: a for a in session.scalars(select(Area))}
        assert {a.kind for a in areas.values()} == set(AreaKind)
        for area in areas.values():
            if area.kind is AreaKind.KERN:
                assert area.parent_id is None
            else:
                assert areas[area.parent_id].kind is AreaKind.KERN
        for area_id, city in session.execute(select(Establishment.area_id, Establishment.city)):
            area = areas[area_id]
            kern = area if area.kind is AreaKind.KERN else areas[area.parent_id]
            assert city == ("Loosdrecht" if "Loosdrecht" in kern.name else kern.name)

        for company in session.scalars(select(Company)):
            assert company.legal_form in LEGAL_FORMS
            assert company.version == 1 and company.created_at <= company.updated_at
            assert company.created_at.tzinfo is not None
        assert set(session.scalars(select(CompanyContact.role))) <= set(CONTACT_ROLES)
        # Some contact persons represent more than one company (the test size keeps this loose).
        links = session.scalar(select(func.count()).select_from(CompanyContact))
        assert links >= summary.contacts


def test_every_value_passes_the_validators(db: Database) -> None:
    demo.generate(db, SIZE, seed=7)
    with db.session() as session:
        kvks = [k for k in session.scalars(select(Company.kvk_number)) if k is not None]
        assert len(kvks) == len(set(kvks)) >= SIZE * 0.9
        assert all(check_kvk(k) == k for k in kvks)
        for email, phone, website in session.execute(select(Company.email, Company.phone, Company.website)):
            assert email is None or check_email(email) == email
            assert phone is None or check_phone(phone) == phone
            assert website is None or check_website(website)
        # The demo's duplicates (a copy typed in from a spreadsheet) have no vestigingsnummer.
        numbers = [n for n in session.scalars(select(Establishment.establishment_number)) if n is not None]
        assert len(numbers) == len(set(numbers)) >= SIZE * 0.9
        for est in session.scalars(select(Establishment)):
            if est.establishment_number is not None:
                assert check_establishment_number(est.establishment_number) == est.establishment_number
            assert check_postcode(est.postcode) == est.postcode
            assert est.postcode_compact == est.postcode.replace(" ", "")
            assert check_house_number(est.house_number) == est.house_number
            assert est.phone is None or check_phone(est.phone) == est.phone
            assert est.email is None or check_email(est.email) == est.email
        for contact in session.scalars(select(Contact)):
            assert contact.email is None or check_email(contact.email) == contact.email
            assert contact.phone is None or check_phone(contact.phone) == contact.phone
        for user in session.scalars(select(User)):
            assert user.username == user.username.lower()
            assert check_email(user.email) == user.email and user.email.endswith("@wijdemeren.nl")
            assert check_phone(user.phone) == user.phone
        assert all(c.name_folded for c in session.scalars(select(Company)))
        # Letters to reporters read as a person wrote them: no holes, no "Inmiddels is het afval is".
        letters = [f for f in session.scalars(select(SignalEvent.feedback)) if f]
        assert letters
        for letter in letters:
            assert letter_problems(letter) == [], letter
            assert "Inmiddels is" not in letter  # the old "Inmiddels is het afval is opgeruimd"


def test_the_well_known_company_is_found_first(register: tuple[Database, demo.DemoSummary]) -> None:
    db, _summary = register
    with db.session() as session:
        zwaan = session.scalar(select(Company).where(Company.kvk_number == demo.ZWAAN_KVK))
        assert zwaan is not None and zwaan.name == "Café De Zwaan"
        assert zwaan.id == session.scalar(select(func.min(Company.id)))
        main = zwaan.establishments[0]
        assert main.address == "Noordereinde 12, 1243 JJ 's-Graveland" and main.sbi_code == "5630"
        assert [(link.contact.full_name, link.role) for link in zwaan.contact_links] == [
            ("Jan de Vries", "owner")
        ]

        service = SearchService(session)
        for fragment in ("zwaan", "69599084", "Cafe de Zwaan", "cafédezwaan.nl"):
            hits = service.search(fragment)
            assert hits and hits[0].company_id == zwaan.id, fragment
        # No other company has the word anywhere in its file (names, streets, people, e-mail).
        docs = session.scalars(text(f"SELECT doc FROM {search.TABLE}")).all()
        assert sum("zwaan" in doc for doc in docs) == 1


def test_every_company_is_in_the_search_index_with_the_fields_refresh_writes(
    register: tuple[Database, demo.DemoSummary],
) -> None:
    db, _summary = register  # the refresh below is rolled back: the register stays as generated
    key = "rowid" if db.is_sqlite else "company_id"
    with db.session() as session:
        stored = dict(session.execute(text(f"SELECT {key}, doc FROM {search.TABLE}")).all())
        assert set(stored) == set(session.scalars(select(Company.id)))
        search.refresh(session, stored)
        rebuilt = dict(session.execute(text(f"SELECT {key}, doc FROM {search.TABLE}")).all())
    for company_id, doc in stored.items():
        assert sorted(doc.split("  ")) == sorted(rebuilt[company_id].split("  ")), company_id


def test_same_seed_gives_the_same_data_and_another_seed_does_not(
    db: Database, other_sqlite: Callable[[str], Database]
) -> None:
    demo.generate(db, SIZE, seed=3, today=TODAY)
    same = other_sqlite("same.db")
    demo.generate(same, SIZE, seed=3, batch_size=64, today=TODAY)  # batching does not change the data
    different = other_sqlite("different.db")
    demo.generate(different, SIZE, seed=4, today=TODAY)

    assert _fingerprint(db) == _fingerprint(same)
    assert _fingerprint(db) != _fingerprint(different)
    with db.session() as a, same.session() as b:
        query = select(
            Contact.first_name, Contact.name_prefix, Contact.last_name, Contact.email, Contact.created_at
        )
        assert a.execute(query.order_by(Contact.id)).all() == b.execute(query.order_by(Contact.id)).all()
        users = select(User.username, User.full_name, User.role, User.active).order_by(User.id)
        assert a.execute(users).all() == b.execute(users).all()
        # Every column, so that the PostgreSQL case also proves the bulk path maps each value.
        for entity in (
            Company,
            Establishment,
            CompanyContact,
            Interaction,
            InteractionOfficial,
            InteractionContact,
            Agreement,
        ):
            table = entity.__table__
            everything = select(*table.columns).order_by(*table.primary_key.columns)
            assert a.execute(everything).all() == b.execute(everything).all(), entity.__name__


def test_refuses_a_database_that_holds_companies_or_a_size_below_one(db: Database) -> None:
    with pytest.raises(DomainError):
        demo.generate(db, 0)
    demo.generate(db, 20)
    with pytest.raises(DomainError) as caught:
        demo.generate(db, 20)
    assert "already holds" in caught.value.message and caught.value.params == {"count": 20}
    assert _count(db, Company) == 20


def test_cancel_stops_and_saves_nothing(db: Database) -> None:
    calls: list[int] = []
    with pytest.raises(DomainError) as caught:
        demo.generate(
            db,
            200,
            progress=lambda done, _total: calls.append(done),
            is_cancelled=lambda: bool(calls),
            batch_size=50,
        )
    assert "cancelled" in caught.value.message
    assert calls == [50]
    for entity in (Company, Establishment, Contact, User, Area, Sector, Interaction, Agreement):
        assert _count(db, entity) == 0
    # A cancelled run leaves the database usable for a new one.
    assert demo.generate(db, 10).companies == 10


def test_existing_officials_are_kept_and_the_application_can_add_companies(db: Database) -> None:
    with db.session() as session:
        admin = lookups.ensure_user(session, "beheer", "Beheerder Wijdemeren")
        session.commit()
    demo.generate(db, 50)
    with db.session(admin) as session:
        assert session.get(User, admin).username == "beheer"
        # The ids the generator chose are behind the sequences (PostgreSQL): new rows get fresh ids.
        new_id = companies.create_company(
            session,
            companies.CompanyInput(name="Bakkerij Nieuw", kvk_number="12345678"),
            companies.EstablishmentInput(
                street="Kerklaan", house_number="1", postcode="1241 AA", city="Kortenhoef"
            ),
            allow_duplicate=True,
        )
        session.commit()
        assert new_id == 51
        assert SearchService(session).search("bakkerij nieuw")[0].company_id == new_id


def test_consultations_span_years_with_every_kind_and_current_agreements(
    register: tuple[Database, demo.DemoSummary],
) -> None:
    db, summary = register
    assert summary.interactions == _count(db, Interaction) > SIZE * 4
    assert summary.agreements == _count(db, Agreement) > summary.interactions * 0.1
    with db.session() as session:
        moments = session.execute(
            select(
                Interaction.company_id, Interaction.occurred_at, Interaction.channel, Company.created_at
            ).join(Company, Company.id == Interaction.company_id)
        ).all()
        assert {m.channel for m in moments} == set(Channel)
        days = [m.occurred_at.date() for m in moments]
        assert max(days) <= TODAY and min(days) < TODAY - timedelta(days=3 * 365)
        assert all(m.occurred_at >= m.created_at.replace(hour=0, minute=0, second=0) for m in moments)

        agreements = session.execute(
            select(Agreement, Interaction.occurred_at).join(
                Interaction, Interaction.id == Agreement.interaction_id
            )
        ).all()
        assert {a.status for a, _ in agreements} == set(AgreementStatus)
        assert {a.responsible for a, _ in agreements} == set(Responsible)
        for agreement, occurred in agreements:
            assert agreement.due_date is None or agreement.due_date >= occurred.date()
            closed = agreement.status in (AgreementStatus.DONE, AgreementStatus.DROPPED)
            # What the services demand of a closed agreement: a note and a date.
            assert closed == (agreement.closed_on is not None) == bool(agreement.status_note)
            if closed:
                assert occurred.date() <= agreement.closed_on <= TODAY
        open_ones = [a for a, _ in agreements if a.status in OPEN_STATUSES]
        overdue = [a for a in open_ones if consultations.is_overdue(a.status, a.due_date, TODAY)]
        assert overdue and len(overdue) < len(open_ones)
        # Every official present exists and every assignee is an active official.
        active = set(session.scalars(select(User.id).where(User.active)))
        assert {a.assignee_id for a in open_ones} <= active
        officials = set(session.scalars(select(InteractionOfficial.user_id)))
        assert officials <= active
        present = session.execute(
            select(InteractionContact.contact_id, Interaction.company_id).join(
                Interaction, Interaction.id == InteractionContact.interaction_id
            )
        ).all()
        links = set(session.execute(select(CompanyContact.contact_id, CompanyContact.company_id)).all())
        assert present and set(present) <= links


def test_cafe_de_zwaan_has_a_readable_current_history(register: tuple[Database, demo.DemoSummary]) -> None:
    db, _summary = register
    with db.session() as session:
        zwaan = session.scalar(select(Company.id).where(Company.kvk_number == demo.ZWAAN_KVK))
        entries = consultations.timeline(session, zwaan, today=TODAY)
        assert [e.subject for e in entries][0] == "Terrasvergunning zomerseizoen"
        assert len(entries) == 4 and all(e.contacts for e in entries)
        terrace = entries[0]
        assert [(a.status, a.overdue) for a in terrace.agreements] == [
            (AgreementStatus.OPEN, True),
            (AgreementStatus.OPEN, False),
        ]
        manager = session.scalar(select(Company.account_manager_id).where(Company.id == zwaan))
        work = consultations.my_work(session, [manager], today=TODAY).items
        assert any(item.agreement.company_id == zwaan for item in work)


def test_the_busiest_file_has_a_thousand_contact_moments(sqlite_db: Database) -> None:
    demo.generate(sqlite_db, demo_consultations.BUSY_FILE_MIN_COMPANIES, today=TODAY)
    with sqlite_db.session() as session:
        counts = session.execute(
            select(Interaction.company_id, func.count())
            .group_by(Interaction.company_id)
            .order_by(func.count().desc())
            .limit(2)
        ).all()
    assert counts[0] == (2, demo_consultations.BUSY_FILE_SIZE)
    assert counts[1][1] < 100


def test_the_demo_sets_its_own_letterhead_but_never_over_one_already_set(
    register: tuple[Database, demo.DemoSummary], other_sqlite: Callable[[str], Database]
) -> None:
    db, _summary = register
    with db.session() as session:
        assert identity.identity(session).name == "Gemeente Wijdemeren"
    other = other_sqlite("set")
    with other.session() as session:
        identity.save_identity(session, identity.Identity(name="Gemeente Gooise Meren"))
        session.commit()
    demo.generate(other, 20, today=TODAY)  # any size: only the letterhead counts
    with other.session() as session:
        assert identity.identity(session).name == "Gemeente Gooise Meren"


def test_demo_feedback_addresses_the_reporter_by_name_or_as_sir_or_madam(
    register: tuple[Database, demo.DemoSummary],
) -> None:
    """Found looking at the window after a merge: a letter began "Beste Heropend," (a status
    where the reporter's name belongs)."""
    from models.signals.entities import Signal, SignalEvent

    db, _summary = register
    with db.session() as session:
        rows = session.execute(
            select(Signal.reporter_name, SignalEvent.feedback)
            .join(SignalEvent, SignalEvent.signal_id == Signal.id)
            .where(SignalEvent.feedback.like("Beste %"))
        ).all()
    assert len(rows) > 20
    for reporter, feedback in rows:
        greeting = feedback.split(",", 1)[0].removeprefix("Beste ")
        assert greeting == (reporter or "heer, mevrouw").split(",")[0], (reporter, feedback[:60])


def test_about_two_percent_of_the_companies_are_duplicates_to_find(sqlite_db: Database) -> None:
    from models.duplicates.candidates import company_candidates

    demo.generate(sqlite_db, 500, seed=3)
    with sqlite_db.session() as session:
        copies = session.scalar(
            select(func.count())
            .select_from(Establishment)
            .where(Establishment.establishment_number.is_(None))
        )
        pairs = company_candidates(session)
    assert 5 <= (copies or 0) <= 20
    assert len(pairs) >= copies * 0.8  # nearly every copy is found (and a few real look-alikes)


def test_a_demonstration_can_stand_on_it(db: Database) -> None:
    """Evening rounds in the evening, observations that fit their round and company, nothing later
    than now, one café of a name per kern, signal numbers in date order, and work in Mijn werk for
    the administrator who set the database up (the account ``admin screenshot`` signs in as)."""
    from datetime import UTC, datetime

    from models.desk.entities import DeskQuestion
    from models.rounds.entities import Observation, Round
    from models.signals.entities import Signal

    with db.session() as session:
        admin = lookups.ensure_user(session, "beheer", "Beheerder Wijdemeren")
        session.execute(User.__table__.update().where(User.id == admin).values(role=Role.ADMINISTRATOR))
        session.commit()
    demo.generate(db, SIZE, seed=5)
    now = datetime.now(UTC)
    with db.session(admin) as session:
        rounds = session.execute(
            select(Round.title, Observation.observed_at, Establishment.sbi_code)
            .join(Observation, Observation.round_id == Round.id)
            .outerjoin(
                Establishment,
                (Establishment.company_id == Observation.company_id) & Establishment.is_main,
            )
        ).all()
        assert rounds
        for title, at, sbi in rounds:
            local = at.replace(tzinfo=UTC).astimezone() if at.tzinfo is None else at.astimezone()
            assert local <= now.astimezone(), (title, at)
            if title.startswith("Horeca avondronde"):
                assert local.hour >= 19, (title, local)
                assert sbi is None or sbi.startswith(("5610", "5630", "5510")), (title, sbi)
            elif title.startswith("Supermarkten"):
                assert sbi is None or sbi.startswith(("4711", "472")), (title, sbi)
            elif title.startswith("Sportparken"):
                assert sbi is None, title
            else:
                assert local.hour < 19, (title, local)
        # A company is observed once on a round.
        per_round = session.execute(
            select(Observation.round_id, Observation.company_id, func.count())
            .where(Observation.company_id.is_not(None))
            .group_by(Observation.round_id, Observation.company_id)
            .having(func.count() > 1)
        ).all()
        assert not per_round
        asked = session.scalar(select(func.max(DeskQuestion.asked_at)))
        assert asked is not None and (asked if asked.tzinfo else asked.replace(tzinfo=UTC)) <= now
        cafes = session.execute(
            select(Area.name, Company.name, func.count())
            .join(Establishment, (Establishment.company_id == Company.id) & Establishment.is_main)
            .join(Area, Area.id == Establishment.area_id)
            .where(Company.name.like("Café%"))
            .group_by(Area.name, Company.name)
            .having(func.count() > 1)
        ).all()
        assert not cafes
        numbers = list(session.scalars(select(Signal.id).order_by(Signal.reported_at, Signal.id)))
        assert numbers == sorted(numbers)
        mine = (
            session.execute(
                select(Agreement.due_date).where(
                    Agreement.assignee_id == admin, Agreement.status.in_(OPEN_STATUSES)
                )
            )
            .scalars()
            .all()
        )
        today = date.today()
        assert any(d < today for d in mine) and any(d >= today for d in mine), mine
