"""The AVG on both databases: retention periods, the daily run (dry run first), inzage, erasure.

What a privacy officer checks: a period's defaults and its source, that a dry run changes nothing,
that a run anonymises or removes exactly what is due on the day it is due and not the day
before, that the data are gone from the letters, the search and the audit trail too, that the
log says what was done without repeating the data, and that only an administrator may do it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, text, update

from models.ambitions.cocreation import IdeaInput, RespondentInput, save_idea, save_respondent
from models.base import local_day_start
from models.companies.entities import CompanyContact, Contact
from models.companies.search import SearchService
from models.companies.services import ContactInput, add_contact, company_file, remove_contact
from models.db import Database
from models.desk.services import QuestionInput, log_question
from models.duplicates import merge as merging
from models.duplicates.entities import CONTACT, MergeLog
from models.errors import PermissionDeniedError, ValidationError
from models.privacy import services as privacy
from models.privacy.scrub import MARKER
from models.privacy.services import PersonQuery, RetentionKind
from models.rounds.entities import Observation
from models.rounds.services import ObservationInput, RoundInput, add_observation, save_round
from models.signals import categories
from models.signals import services as signals
from models.signals.entities import Signal, SignalStatus
from models.signals.services import SignalFilter, SignalInput, TransitionInput
from models.team.entities import Role
from tests.models.conftest import new_company, new_user

TODAY = date(2026, 12, 2)
K = RetentionKind


def _closed_on(day: date) -> datetime:
    """Noon on ``day`` where the user is: closed on that local date."""
    return local_day_start(day) + timedelta(hours=12)


def _category(db: Database) -> int:
    with db.session() as session:
        category_id = categories.save_category(session, "Groen", 5, None)
        session.commit()
    return category_id


def _signal(
    db: Database,
    category_id: int,
    *,
    name: str = "Els Jansen",
    phone: str = "06 12345678",
    email: str = "Els@Example.nl",
    status: SignalStatus | None = None,
    closed: date | None = None,
) -> int:
    data = SignalInput(
        category_id=category_id,
        description=f"Tak boven de stoep, gemeld door {name}",
        street="Noordereinde",
        house_number="12",
        postcode="1243jj",
        city="'s-Graveland",
        reporter_name=name,
        reporter_phone=phone,
        reporter_email=email,
        wants_contact=True,
        reported_at=datetime(2020, 1, 6, 9, 0, tzinfo=UTC),
    )
    with db.session() as session:
        signal_id = signals.register_signal(session, data, today=date(2020, 1, 6))
        if status is not None:
            version = signals.signal(session, signal_id, today=TODAY).version
            signals.move_signal(
                session,
                signal_id,
                version,
                TransitionInput(
                    status=status,
                    done="Tak gesnoeid",
                    found="Niet nodig",
                    feedback=f"Geachte {name}, wij hebben de tak gesnoeid. Vragen? Bel ons terug op {phone}.",
                ),
                today=date(2020, 1, 6),
            )
        if closed is not None:
            session.execute(update(Signal).where(Signal.id == signal_id).values(closed_at=_closed_on(closed)))
        session.commit()
    return signal_id


def _correct_reporter(db: Database, category_id: int, signal_id: int) -> None:
    """A correction: the old name and number go to the audit trail."""
    with db.session() as session:
        record = signals.signal(session, signal_id, today=TODAY)
        data = SignalInput(
            category_id=category_id,
            description=record.description,
            street="Noordereinde",
            postcode="1243 JJ",
            reporter_name="Els Jansen-de Wit",
            reporter_phone="06 87654321",
            reporter_email="els@example.nl",
            wants_contact=True,
        )
        signals.update_signal(session, signal_id, record.version, data)
        session.commit()


def _desk_question(db: Database, visitor: str, asked: date) -> int:
    with db.session() as session:
        logged = log_question(
            session,
            QuestionInput(question="Mag ik een kraam zetten?", visitor=visitor, asked_at=_closed_on(asked)),
        )
        session.commit()
    return logged.id


def _rows(db: Database, sql: str, **params: object) -> list:
    with db.engine.connect() as connection:
        return list(connection.execute(text(sql), params))


# -- the periods -------------------------------------------------------------------------------


def test_rules_have_their_defaults_and_sources_and_can_be_changed(db: Database) -> None:
    with db.session() as session:
        rules = {r.kind: r for r in privacy.list_retention_rules(session)}
    assert (rules[K.SIGNAL_REPORTER].action, rules[K.SIGNAL_REPORTER].months) == (privacy.ANONYMISE, 12)
    assert (rules[K.SIGNAL].action, rules[K.SIGNAL].months) == (privacy.REMOVE, 60)
    assert (rules[K.SIGNAL_CANCELLED].action, rules[K.SIGNAL_CANCELLED].months) == (privacy.REMOVE, 12)
    assert (rules[K.DESK_VISITOR].action, rules[K.DESK_VISITOR].months) == (privacy.REMOVE, 12)
    assert all(r.basis and r.label and r.months == r.default_months for r in rules.values())
    assert "Selectielijst" in rules[K.SIGNAL].basis

    with db.session() as session:
        privacy.set_retention_months(session, K.SIGNAL_REPORTER, 18)
        session.commit()
    with db.session() as session:
        for wrong in (0, 1201):
            with pytest.raises(ValidationError) as caught:
                privacy.set_retention_months(session, K.SIGNAL_REPORTER, wrong)
            assert caught.value.for_field("months") is not None
        rules = {r.kind: r for r in privacy.list_retention_rules(session)}
    assert (rules[K.SIGNAL_REPORTER].months, rules[K.SIGNAL_REPORTER].default_months) == (18, 12)


# -- the daily run -----------------------------------------------------------------------------


@pytest.fixture
def due(db: Database) -> dict[str, int]:
    """Records on both sides of each period's boundary, as of TODAY (2 December 2026)."""
    category_id = _category(db)
    return {
        # handled exactly 12 months ago: the reporter is due today; a day later: not yet
        "reporter_due": _signal(db, category_id, status=SignalStatus.DONE, closed=date(2025, 12, 2)),
        "reporter_kept": _signal(
            db, category_id, name="Piet Bos", status=SignalStatus.DONE, closed=date(2025, 12, 3)
        ),
        # cancelled more than a year ago: removed (not anonymised first)
        "cancelled_due": _signal(db, category_id, status=SignalStatus.CANCELLED, closed=date(2025, 12, 1)),
        "cancelled_kept": _signal(db, category_id, status=SignalStatus.CANCELLED, closed=date(2025, 12, 3)),
        # handled five years ago to the day: removed
        "handled_due": _signal(db, category_id, status=SignalStatus.DONE, closed=date(2021, 12, 2)),
        "open": _signal(db, category_id),
        "desk_due": _desk_question(db, "Karel Appel", date(2025, 12, 2)),
        "desk_kept": _desk_question(db, "Karel Appel", date(2025, 12, 3)),
    }


def _counts(steps: list[privacy.RetentionStep]) -> dict[str, int]:
    return {s.kind: s.count for s in steps}


def test_the_dry_run_lists_counts_and_changes_nothing(db: Database, due: dict[str, int]) -> None:
    with db.session() as session:
        plan = privacy.plan_retention(session, TODAY)
        session.commit()
    assert _counts(plan) == {
        K.SIGNAL_REPORTER: 1,
        K.SIGNAL: 1,
        K.SIGNAL_CANCELLED: 1,
        K.DESK_VISITOR: 1,
        K.CONTACT_ARCHIVED: 0,
        K.ROUND_CONVERSATION: 0,
    }
    assert [s.kind for s in plan] == list(K)
    assert _rows(db, "SELECT count(*) FROM signal")[0][0] == 6
    assert _rows(db, "SELECT count(*) FROM signal WHERE reporter_email = 'els@example.nl'")[0][0] == 6
    assert _rows(db, "SELECT count(*) FROM desk_question")[0][0] == 2
    assert _rows(db, "SELECT count(*) FROM privacy_log")[0][0] == 0


def test_the_run_does_exactly_what_is_due_and_logs_counts_without_data(
    db: Database, due: dict[str, int]
) -> None:
    with db.session() as session:
        assert privacy.retention_due(session, TODAY)
        done = privacy.run_retention(session, TODAY)
        session.commit()
    assert _counts(done)[K.SIGNAL_REPORTER] == 1 and _counts(done)[K.SIGNAL] == 1

    left = {
        row[0]: row[1:]
        for row in _rows(db, "SELECT id, reporter_name, reporter_phone, reporter_email FROM signal")
    }
    assert set(left) == {due["reporter_due"], due["reporter_kept"], due["cancelled_kept"], due["open"]}
    assert left[due["reporter_due"]] == (MARKER, None, None)
    assert left[due["reporter_kept"]] == ("Piet Bos", "+31612345678", "els@example.nl")
    assert left[due["open"]][0] == "Els Jansen"
    assert [r[0] for r in _rows(db, "SELECT id FROM desk_question")] == [due["desk_kept"]]
    assert (
        _rows(
            db,
            "SELECT count(*) FROM signal_event WHERE signal_id IN (:a, :b)",
            a=due["cancelled_due"],
            b=due["handled_due"],
        )[0][0]
        == 0
    )

    with db.session() as session:
        log = privacy.privacy_log(session)
        # Due again the day after the run; the run is stamped with the clock, not with TODAY.
        ran = privacy.last_retention_run(session)
        assert ran is not None
        assert not privacy.retention_due(session, ran.astimezone().date())
        assert privacy.retention_due(session, ran.astimezone().date() + timedelta(days=1))
    assert {(r.action, r.kind, r.count) for r in log} == {
        ("retention", K.SIGNAL_REPORTER, 1),
        ("retention", K.SIGNAL, 1),
        ("retention", K.SIGNAL_CANCELLED, 1),
        ("retention", K.DESK_VISITOR, 1),
    }
    assert all(r.by is None and r.reason is None for r in log)  # the system: the run at start
    logged = " ".join(str(v) for row in _rows(db, "SELECT * FROM privacy_log") for v in row)
    assert "Jansen" not in logged and "Appel" not in logged and "12345678" not in logged

    with db.session() as session:  # the same day again: nothing is due; the run is still logged
        assert all(s.count == 0 for s in privacy.run_retention(session, TODAY))
        session.commit()
    assert _rows(db, "SELECT count(*) FROM privacy_log WHERE kind IS NULL AND count = 0")[0][0] == 1


def test_anonymising_reaches_the_letters_the_search_and_the_audit_trail(db: Database) -> None:
    category_id = _category(db)
    signal_id = _signal(db, category_id, status=SignalStatus.DONE, closed=date(2025, 11, 1))
    _correct_reporter(db, category_id, signal_id)
    assert _rows(db, "SELECT count(*) FROM audit_entry WHERE old_value LIKE '%Jansen%'")[0][0] >= 1
    with db.session() as session:
        privacy.run_retention(session, TODAY)
        session.commit()

    audit = " ".join(
        f"{old} {new}"
        for old, new in _rows(db, "SELECT old_value, new_value FROM audit_entry WHERE entity = 'signal'")
    ).lower()
    for word in ("jansen", "12345678", "87654321", "els@example.nl"):
        assert word not in audit
    assert MARKER in audit
    letters = " ".join(r[0] or "" for r in _rows(db, "SELECT feedback FROM signal_event"))
    assert "Jansen" not in letters and "06 12345678" not in letters and MARKER in letters
    assert "Geachte [geanonimiseerd], wij hebben de tak gesnoeid" in letters
    with db.session() as session:
        found = signals.find_signals(session, SignalFilter(text="jansen"), today=TODAY)
        by_street = signals.find_signals(session, SignalFilter(text="noordereinde"), today=TODAY)
    assert found == [] and by_street == [signal_id]


# -- inzage and erasure ------------------------------------------------------------------------


@pytest.fixture
def person(db: Database) -> dict[str, int]:
    """Els Jansen as a reporter, as the contact person of a company and as a desk visitor."""
    category_id = _category(db)
    company_id = new_company(db, "Bakkerij De Korenschoof")
    with db.session() as session:
        contact_id = add_contact(
            session,
            company_id,
            ContactInput(
                first_name="Els",
                last_name="Jansen",
                phone="0612345678",
                email="els@example.nl",
                role="eigenaar",
            ),
        )
        session.commit()
    return {
        "signal": _signal(db, category_id, status=SignalStatus.DONE),
        "other": _signal(db, category_id, name="Piet Bos", phone="0201234567", email="piet@example.nl"),
        "company": company_id,
        "contact": contact_id,
        "desk": _desk_question(db, "Els Jánsen", TODAY),
    }


def test_inzage_finds_the_person_by_name_phone_or_email_across_kinds(
    db: Database, person: dict[str, int]
) -> None:
    with db.session() as session:
        by_name = privacy.find_person(session, PersonQuery(name="els JANSEN"))
        by_phone = privacy.find_person(session, PersonQuery(phone="+31 6 1234 5678"))
        by_email = privacy.find_person(session, PersonQuery(email=" ELS@example.NL "))
        nobody = privacy.find_person(session, PersonQuery(name="Karel Appel"))
    assert {(h.kind, h.record_id) for h in by_name} == {
        ("signal_reporter", person["signal"]),
        ("contact_person", person["contact"]),
        ("desk_visitor", person["desk"]),
    }
    assert {(h.kind, h.record_id) for h in by_phone} == {
        ("signal_reporter", person["signal"]),
        ("contact_person", person["contact"]),
    }
    assert {h.kind for h in by_email} == {"signal_reporter", "contact_person"}
    assert nobody == []
    contact = next(h for h in by_name if h.kind == "contact_person")
    assert (contact.name, contact.phone, contact.context) == (
        "Els Jansen",
        "06 12345678",
        "Bakkerij De Korenschoof",
    )

    with db.session() as session:
        dossier = privacy.person_dossier(session, PersonQuery(name="Els Jansen"))
    json_text = privacy.dossier_json(dossier)
    for held in (
        "Els Jansen",
        "els@example.nl",
        "06 12345678",
        "Bakkerij De Korenschoof",
        "Mag ik een kraam zetten?",
    ):
        assert held in json_text
    assert "Piet Bos" not in json_text
    assert "Geachte Els Jansen" in json_text  # the letter sent is part of what is held
    assert any(s.title == "Audit trail of these records" for s in dossier.sections)


def test_erasure_anonymises_everywhere_and_records_the_reason(db: Database, person: dict[str, int]) -> None:
    query = PersonQuery(name="Els Jansen", phone="06 12345678", email="els@example.nl")
    with db.session() as session:
        hits = privacy.find_person(session, query)
        with pytest.raises(ValidationError) as caught:
            privacy.erase_person(session, query, hits, "  ")
        assert caught.value.for_field("reason") is not None
        steps = privacy.erase_person(session, query, hits, "Verzoek van betrokkene, 1 dec 2026")
        session.commit()
    assert {(s.kind, s.count) for s in steps} == {
        ("signal_reporter", 1),
        ("contact_person", 1),
        ("desk_visitor", 1),
    }

    with db.session() as session:
        assert privacy.find_person(session, query) == []
        assert SearchService(session).search("Els Jansen") == []
        assert [h.name for h in SearchService(session).search("korenschoof")] == ["Bakkerij De Korenschoof"]
        log = privacy.privacy_log(session)
        others = privacy.find_person(session, PersonQuery(name="Piet Bos"))
    assert {(r.action, r.kind, r.reason) for r in log} == {
        ("erasure", kind, "Verzoek van betrokkene, 1 dec 2026")
        for kind in ("signal_reporter", "contact_person", "desk_visitor")
    }
    assert [h.record_id for h in others] == [person["other"]]  # nobody else was touched
    everything = " ".join(
        f"{old} {new}" for old, new in _rows(db, "SELECT old_value, new_value FROM audit_entry")
    ).lower()
    for word in ("jansen", "jánsen", "12345678", "els@example.nl"):
        assert word not in everything
    contact = _rows(db, "SELECT first_name, last_name, phone, email, archived_at FROM contact")[0]
    assert contact[:4] == (None, MARKER, None, None) and contact[4] is not None
    assert _rows(db, "SELECT visitor FROM desk_question")[0][0] == MARKER


def test_only_an_administrator_may(db: Database) -> None:
    desk = new_user(db, "anna", "Anna de Balie", Role.DESK)
    manager = new_user(db, "bert", "Bert Beheer", Role.BUSINESS_MANAGER)
    admin = new_user(db, "carla", "Carla Admin", Role.ADMINISTRATOR)
    for user_id in (desk, manager):
        with db.session(user_id) as session:
            for call in (
                lambda s: privacy.list_retention_rules(s),
                lambda s: privacy.set_retention_months(s, K.SIGNAL, 12),
                lambda s: privacy.plan_retention(s, TODAY),
                lambda s: privacy.run_retention(s, TODAY),
                lambda s: privacy.privacy_log(s),
                lambda s: privacy.find_person(s, PersonQuery(name="x")),
                lambda s: privacy.person_dossier(s, PersonQuery(name="x")),
                lambda s: privacy.erase_person(s, PersonQuery(name="x"), [], "reden"),
            ):
                with pytest.raises(PermissionDeniedError):
                    call(session)
    with db.session(admin) as session:
        privacy.run_retention(session, TODAY)
        session.commit()
    with db.session(admin) as session:
        assert [r.by for r in privacy.privacy_log(session)] == ["Carla Admin"]


def test_archived_contacts_and_round_conversations_are_anonymised_when_due(db: Database) -> None:
    """The periods the issue left to us: an archived contact person after 24 months, the name of
    someone a supervisor spoke with after 24 months; the observation itself stays."""
    company_id = new_company(db, "Bakkerij De Korenschoof")
    supervisor = new_user(db, "toezicht", "Tim Toezicht", Role.SUPERVISOR)
    category_id = _category(db)
    with db.session() as session:
        gone = add_contact(
            session, company_id, ContactInput(first_name="Els", last_name="Jansen", phone="0612345678")
        )
        kept = add_contact(session, company_id, ContactInput(first_name="Ria", last_name="Gone"))
        round_id = save_round(
            session, RoundInput(held_on=date(2024, 11, 1), title="Winkelstraten", official_ids=[supervisor])
        )
        spoken = [
            add_observation(
                session,
                round_id,
                ObservationInput(
                    observed_at=_closed_on(day),
                    category_id=category_id,
                    street="Noordereinde",
                    finding="Uitstalling op de stoep; besproken met Karel Appel",
                    spoke_with="Karel Appel",
                ),
            )
            for day in (date(2024, 12, 2), date(2024, 12, 3))
        ]
        session.commit()
    for contact_id, archived in ((gone, date(2024, 12, 2)), (kept, date(2024, 12, 3))):
        with db.session() as session:
            link = session.scalar(select(CompanyContact).where(CompanyContact.contact_id == contact_id))
            assert link is not None
            remove_contact(session, link.id, link.version)
            session.execute(
                update(Contact).where(Contact.id == contact_id).values(archived_at=_closed_on(archived))
            )
            session.commit()

    with db.session() as session:
        plan = _counts(privacy.plan_retention(session, TODAY))
        assert (plan[K.CONTACT_ARCHIVED], plan[K.ROUND_CONVERSATION]) == (1, 1)
        privacy.run_retention(session, TODAY)
        session.commit()
    with db.session() as session:
        contacts = {c.id: (c.first_name, c.last_name, c.phone) for c in session.scalars(select(Contact))}
        observations = {o.id: (o.spoke_with, o.finding) for o in session.scalars(select(Observation))}
        assert company_file(session, company_id).name == "Bakkerij De Korenschoof"
    assert contacts == {gone: (None, MARKER, None), kept: ("Ria", "Gone", None)}
    assert observations[spoken[0]] == (MARKER, f"Uitstalling op de stoep; besproken met {MARKER}")
    assert observations[spoken[1]] == ("Karel Appel", "Uitstalling op de stoep; besproken met Karel Appel")
    trail = " ".join(
        f"{old} {new}"
        for old, new in _rows(
            db,
            "SELECT old_value, new_value FROM audit_entry WHERE entity = 'contact' AND entity_id = :i",
            i=gone,
        )
    )
    assert "Jansen" not in trail and "12345678" not in trail


def test_erasure_reaches_round_conversations_and_co_creation_input(db: Database) -> None:
    supervisor = new_user(db, "toezicht", "Tim Toezicht", Role.SUPERVISOR)
    category_id = _category(db)
    with db.session() as session:
        round_id = save_round(
            session, RoundInput(held_on=TODAY, title="Horeca avondronde", official_ids=[supervisor])
        )
        observation_id = add_observation(
            session,
            round_id,
            ObservationInput(
                observed_at=_closed_on(TODAY),
                category_id=category_id,
                street="Noordereinde",
                finding="Terras te groot; Karel Appel zegt toe het te verkleinen",
                spoke_with="Karel Appel",
            ),
        )
        respondent_id = save_respondent(session, RespondentInput(name="Karel Appel"))
        save_idea(session, respondent_id, IdeaInput(text="Idee van Karel Appel: meer fietsenrekken"))
        other = save_respondent(session, RespondentInput(name="Ondernemersvereniging Loosdrecht"))
        session.commit()

    query = PersonQuery(name="karel appel")
    with db.session() as session:
        hits = privacy.find_person(session, query)
        assert {(h.kind, h.record_id) for h in hits} == {
            ("round_conversation", observation_id),
            ("respondent", respondent_id),
        }
        dossier = privacy.person_dossier(session, query, hits)
        assert "meer fietsenrekken" in privacy.dossier_json(dossier)
        privacy.erase_person(session, query, hits, "Verzoek")
        session.commit()
    with db.session() as session:
        assert privacy.find_person(session, query) == []
        observation = session.get(Observation, observation_id)
        assert observation is not None
        assert (observation.spoke_with, observation.finding) == (
            MARKER,
            f"Terras te groot; {MARKER} zegt toe het te verkleinen",
        )
        texts = [r[0] for r in _rows(db, "SELECT text FROM idea")]
        names = {r[0] for r in _rows(db, "SELECT name FROM respondent WHERE id = :o", o=other)}
    assert texts == [f"Idee van {MARKER}: meer fietsenrekken"]
    assert names == {"Ondernemersvereniging Loosdrecht"}
    assert (
        "appel"
        not in " ".join(
            f"{o} {n}" for o, n in _rows(db, "SELECT old_value, new_value FROM audit_entry")
        ).lower()
    )


def test_erasure_reaches_the_merge_log_of_a_merged_contact_person(db: Database) -> None:
    """A merge keeps both records' values for undo: after the person is erased, none of it remains."""
    company_id = new_company(db, "Kapsalon Knip")
    with db.session() as session:
        first = add_contact(
            session, company_id, ContactInput(first_name="Anna", last_name="Vries", name_prefix="de")
        )
        second = add_contact(
            session, company_id, ContactInput(first_name="Anna", last_name="Vries", email="anna@knip.nl")
        )
        session.commit()
    with db.session() as session:
        anna, copy = (session.get_one(CompanyContact, link).contact for link in (first, second))
        merging.merge(
            session, CONTACT, anna.id, anna.version, copy.id, copy.version, {"email": "anna@knip.nl"}
        )
        session.commit()
    query = PersonQuery(name="Anna de Vries", email="anna@knip.nl")
    with db.session() as session:
        privacy.erase_person(session, query, privacy.find_person(session, query), "Verzoek van betrokkene")
        session.commit()
    with db.session() as session:
        log = session.scalars(select(MergeLog)).one()
        held = " ".join(
            [log.survivor_name, log.merged_name, log.survivor_before, log.survivor_after, log.merged_before]
        )
    for word in ("Anna", "Vries", "anna@knip.nl"):
        assert word not in held
    assert MARKER in log.merged_name
