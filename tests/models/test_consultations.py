"""Contact moments and agreements: rules, status transitions, overdue at the date boundary,
the timeline and Mijn werk, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event

from models.companies import services as companies
from models.consultations import services as consultations
from models.consultations.entities import AgreementStatus, Channel, Responsible
from models.consultations.services import AgreementInput, InteractionInput
from models.db import Database
from models.errors import ConflictError, DomainError, ValidationError
from models.team.entities import Role
from tests.models.conftest import contact, new_company, new_user

TODAY = date(2026, 11, 23)  # a Monday
NOON = datetime(2026, 11, 20, 11, 0, tzinfo=UTC)


@dataclass
class Office:
    manager: int
    colleague: int
    company: int
    jan: int


@pytest.fixture
def office(db: Database) -> Office:
    manager = new_user(db, "pbakker", "Petra Bakker")
    colleague = new_user(db, "kdijk", "Karim van Dijk", Role.BUSINESS_MANAGER)
    company_id = new_company(db, "Café De Zwaan")
    with db.session(manager) as session:
        jan = companies.add_contact(
            session, company_id, contact("Vries", first_name="Jan", name_prefix="de", role="owner")
        )
        session.commit()
    return Office(manager, colleague, company_id, jan)


def moment(office: Office, *agreements: AgreementInput, **values: object) -> InteractionInput:
    data = InteractionInput(
        occurred_at=NOON,
        channel=Channel.VISIT,
        subject="Terrasvergunning",
        report="Jan wil het terras **uitbreiden**.",
        official_ids=[office.manager],
        contact_ids=[office.jan],
        agreements=list(agreements),
    )
    for key, value in values.items():
        setattr(data, key, value)
    return data


def log(db: Database, office: Office, data: InteractionInput) -> int:
    with db.session(office.manager) as session:
        interaction_id = consultations.log_interaction(session, office.company, data)
        session.commit()
    return interaction_id


def test_a_contact_moment_with_two_agreements_is_on_the_timeline(db: Database, office: Office) -> None:
    log(
        db,
        office,
        moment(
            office,
            AgreementInput(
                description="Aanvraag indienen",
                responsible=Responsible.ENTREPRENEUR,
                assignee_id=office.manager,
                due_date=TODAY + timedelta(days=14),
            ),
            AgreementInput(
                description="Aanvraag beoordelen",
                responsible=Responsible.MUNICIPALITY,
                assignee_id=office.colleague,
                due_date=TODAY - timedelta(days=1),
            ),
        ),
    )
    with db.session() as session:
        [entry] = consultations.timeline(session, office.company, today=TODAY)
    assert entry.subject == "Terrasvergunning" and entry.channel is Channel.VISIT
    assert [name for _, name in entry.officials] == ["Petra Bakker"]
    assert [name for _, name in entry.contacts] == ["Jan de Vries"]
    assert [(a.description, a.assignee, a.overdue) for a in entry.agreements] == [
        ("Aanvraag indienen", "Petra Bakker", False),
        ("Aanvraag beoordelen", "Karim van Dijk", True),
    ]
    assert entry.open_agreements == 2 and entry.created_by == "Petra Bakker"


def test_bad_agreements_are_reported_at_their_fields(db: Database, office: Office) -> None:
    data = moment(
        office,
        AgreementInput(description="  ", responsible=Responsible.MUNICIPALITY),
        AgreementInput(
            description="Tekening sturen",
            responsible=Responsible.ENTREPRENEUR,
            due_date=NOON.date() - timedelta(days=1),
        ),
        subject="",
    )
    with db.session(office.manager) as session, pytest.raises(ValidationError) as caught:
        consultations.log_interaction(session, office.company, data)
    fields = {e.field: e.message for e in caught.value.errors}
    assert fields == {
        "subject": fields["subject"],
        "agreements.0.description": "Describe what was agreed.",
        "agreements.0.assignee_id": "Choose the official who carries out this agreement for the municipality.",
        "agreements.1.due_date": "The due date lies before the contact moment.",
    }
    future = moment(office, occurred_at=datetime.now(UTC) + timedelta(days=3))
    with db.session(office.manager) as session, pytest.raises(ValidationError) as caught:
        consultations.log_interaction(session, office.company, future)
    assert caught.value.for_field("occurred_at") is not None


def test_overdue_is_derived_from_the_due_date_at_the_day_boundary() -> None:
    open_ = AgreementStatus.OPEN
    assert not consultations.is_overdue(open_, TODAY, TODAY)  # due today is not late yet
    assert consultations.is_overdue(open_, TODAY - timedelta(days=1), TODAY)
    assert consultations.is_overdue(AgreementStatus.IN_PROGRESS, TODAY - timedelta(days=1), TODAY)
    assert not consultations.is_overdue(AgreementStatus.DONE, TODAY - timedelta(days=30), TODAY)
    assert not consultations.is_overdue(open_, None, TODAY)
    # Weeks run Monday to Sunday; Sunday's week ends that same day.
    assert consultations.week_end(TODAY) == date(2026, 11, 29)
    assert consultations.week_end(date(2026, 11, 29)) == date(2026, 11, 29)
    assert consultations.bucket_of(date(2026, 11, 29), TODAY) == "this_week"
    assert consultations.bucket_of(date(2026, 11, 30), TODAY) == "later"
    assert consultations.bucket_of(TODAY - timedelta(days=1), TODAY) == "overdue"
    assert consultations.bucket_of(None, TODAY) == "no_date"


def test_status_transitions_need_a_note_to_close_and_can_reopen(db: Database, office: Office) -> None:
    log(
        db,
        office,
        moment(
            office,
            AgreementInput(
                description="Aanvraag indienen",
                responsible=Responsible.ENTREPRENEUR,
                assignee_id=office.manager,
            ),
        ),
    )
    with db.session() as session:
        [agreement] = consultations.timeline(session, office.company, today=TODAY)[0].agreements

    with db.session(office.manager) as session, pytest.raises(ValidationError) as caught:
        consultations.set_agreement_status(
            session, agreement.id, agreement.version, AgreementStatus.DONE, " "
        )
    assert caught.value.for_field("note") is not None

    with db.session(office.manager) as session:
        version = consultations.set_agreement_status(
            session, agreement.id, agreement.version, AgreementStatus.IN_PROGRESS
        )
        version = consultations.set_agreement_status(
            session, agreement.id, version, AgreementStatus.DONE, "Aanvraag ontvangen", today=TODAY
        )
        session.commit()
    with db.session() as session:
        done = consultations.timeline(session, office.company, today=TODAY)[0].agreements[0]
    assert (done.status, done.status_note, done.closed_on) == (
        AgreementStatus.DONE,
        "Aanvraag ontvangen",
        TODAY,
    )

    # A closed agreement can only be reopened, not moved on to "in progress".
    with db.session(office.manager) as session, pytest.raises(ValidationError):
        consultations.set_agreement_status(session, done.id, version, AgreementStatus.IN_PROGRESS)
    with db.session(office.manager) as session:
        version = consultations.set_agreement_status(session, done.id, version, AgreementStatus.OPEN)
        session.commit()
    with db.session() as session:
        reopened = consultations.timeline(session, office.company, today=TODAY)[0].agreements[0]
    assert reopened.status is AgreementStatus.OPEN and reopened.closed_on is None

    # Someone else's older copy is refused.
    with db.session(office.colleague) as session, pytest.raises(ConflictError):
        consultations.set_agreement_status(
            session, done.id, done.version, AgreementStatus.DROPPED, "Niet meer nodig"
        )


def test_archived_or_changed_company_is_told_before_logging(db: Database, office: Office) -> None:
    with db.session() as session:
        version = companies.company_file(session, office.company).version
    with db.session(office.colleague) as session:
        companies.update_company(
            session,
            office.company,
            version,
            companies.CompanyInput(name="Café De Zwaan", phone="035 656 1234"),
        )
        session.commit()
    with db.session(office.manager) as session, pytest.raises(ConflictError) as caught:
        consultations.log_interaction(session, office.company, moment(office), company_version=version)
    assert caught.value.params["who"] == "Karim van Dijk"

    with db.session(office.colleague) as session:
        companies.set_archived(session, office.company, version + 1, True)
        session.commit()
    with db.session(office.manager) as session, pytest.raises(DomainError) as caught:
        consultations.log_interaction(session, office.company, moment(office))
    assert "archived meanwhile" in caught.value.message and caught.value.params["name"] == "Café De Zwaan"


def test_editing_a_moment_keeps_agreements_and_changes_people(db: Database, office: Office) -> None:
    interaction_id = log(
        db,
        office,
        moment(office, AgreementInput(description="Tekening sturen", responsible=Responsible.ENTREPRENEUR)),
    )
    with db.session() as session:
        entry = consultations.interaction(session, interaction_id, today=TODAY)
    data = moment(office, subject="Terrasvergunning zomer", official_ids=[office.manager, office.colleague])
    data.agreements = [
        AgreementInput(
            description=a.description + " (A3)",
            responsible=a.responsible,
            assignee_id=a.assignee_id,
            due_date=a.due_date,
            id=a.id,
            version=a.version,
        )
        for a in entry.agreements
    ] + [AgreementInput(description="Buren informeren", responsible=Responsible.ENTREPRENEUR)]
    with db.session(office.colleague) as session:
        consultations.update_interaction(session, interaction_id, entry.version, data)
        session.commit()
    with db.session() as session:
        edited = consultations.interaction(session, interaction_id, today=TODAY)
    assert edited.subject == "Terrasvergunning zomer" and edited.version > entry.version
    assert [name for _, name in edited.officials] == ["Karim van Dijk", "Petra Bakker"]
    assert [a.description for a in edited.agreements] == ["Tekening sturen (A3)", "Buren informeren"]
    with db.session(office.manager) as session, pytest.raises(ConflictError):
        consultations.update_interaction(session, interaction_id, entry.version, data)


def test_timeline_filters_by_channel_and_period_newest_first(db: Database, office: Office) -> None:
    for days, channel in ((400, Channel.PHONE), (30, Channel.VISIT), (3, Channel.PHONE)):
        log(
            db,
            office,
            moment(office, occurred_at=NOON - timedelta(days=days), channel=channel, subject=f"{days}"),
        )
    with db.session() as session:
        every = consultations.timeline(session, office.company, today=TODAY)
        calls = consultations.timeline(session, office.company, today=TODAY, channels={Channel.PHONE})
        year = consultations.timeline(session, office.company, today=TODAY, since=TODAY - timedelta(days=365))
    assert [e.subject for e in every] == ["3", "30", "400"]
    assert [e.subject for e in calls] == ["3", "400"]
    assert [e.subject for e in year] == ["3", "30"]


def test_opening_a_file_reads_it_in_seven_queries_whatever_its_size(db: Database, office: Office) -> None:
    """Issue 20: the file and the first page of its timeline as the window reads them (the header,
    establishments, contact persons; the moments, the people in them, their agreements, how many
    there are): a fixed number of queries, none for the company's version a second time."""
    for days in range(1, 6):
        log(
            db,
            office,
            moment(
                office,
                AgreementInput(
                    description=f"Afspraak {days}",
                    responsible=Responsible.MUNICIPALITY,
                    assignee_id=office.colleague,
                ),
                occurred_at=NOON - timedelta(days=days),
                subject=f"{days}",
            ),
        )
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    with db.session(office.manager) as session:
        consultations.sees_confidential(session)  # the official's role, read once per session
        event.listen(db.engine, "before_cursor_execute", count)
        try:
            record = companies.company_file(session, office.company)
            page = consultations.timeline_page(
                session, office.company, today=TODAY, limit=3, company_version=record.version
            )
            whole = len(statements)
            statements.clear()
            short = consultations.timeline_page(
                session, office.company, today=TODAY, limit=10, company_version=record.version
            )
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
    assert [m.subject for m in page.records] == ["1", "2", "3"] and page.total == 5
    assert page.records[0].officials == [(office.manager, "Petra Bakker")]
    assert page.records[0].contacts == [(office.jan, "Jan de Vries")]
    assert [a.assignee for a in page.records[0].agreements] == ["Karim van Dijk"]
    assert {m.company_version for m in page.records} == {record.version}
    assert record.contacts[0].full_name == "Jan de Vries" and record.establishments
    assert whole == 7  # 3 for the file, 4 for the page (its count among them)
    assert len(statements) == 3 and short.total == 5  # a page that holds them all needs no count


def test_my_work_lists_the_most_urgent_and_counts_them_all(db: Database, office: Office) -> None:
    dues = [TODAY - timedelta(days=5), TODAY, TODAY + timedelta(days=6), TODAY + timedelta(days=20), None]
    log(
        db,
        office,
        moment(
            office,
            *[
                AgreementInput(
                    description=f"Afspraak {i}",
                    responsible=Responsible.MUNICIPALITY,
                    assignee_id=office.manager,
                    due_date=d,
                )
                for i, d in enumerate(dues)
            ],
            occurred_at=NOON - timedelta(days=10),
        ),
    )
    log(
        db,
        office,
        moment(
            office,
            AgreementInput(
                description="Voor Karim",
                responsible=Responsible.MUNICIPALITY,
                assignee_id=office.colleague,
                due_date=TODAY,
            ),
        ),
    )

    with db.session() as session:
        mine = consultations.my_work(session, [office.manager], today=TODAY)
        team = consultations.my_work(session, None, today=TODAY)
        urgent = consultations.my_work(session, [office.manager], today=TODAY, include_later=False)
        two = consultations.my_work(session, None, today=TODAY, limit=2)
        overdue = consultations.overdue_count(session, office.manager, today=TODAY)
    assert [i.agreement.description for i in mine.items] == [f"Afspraak {i}" for i in range(5)]
    assert [i.bucket for i in mine.items] == ["overdue", "this_week", "this_week", "later", "no_date"]
    assert mine.counts == {"overdue": 1, "this_week": 2, "later": 1, "no_date": 1} and overdue == 1
    assert team.total == 6 and team.counts["this_week"] == 3
    assert [i.agreement.description for i in urgent.items] == ["Afspraak 0", "Afspraak 1", "Afspraak 2"]
    # A limit lists the most urgent, but the counts still cover everything.
    assert [i.agreement.description for i in two.items] == ["Afspraak 0", "Afspraak 1"] and two.total == 6
    # The page reads the list without the counts first, and the counts on their own after it.
    with db.session() as session:
        listed = consultations.my_work(session, None, today=TODAY, counted=False)
        counts = consultations.work_counts(session, None, today=TODAY)
        mine_counted = consultations.work_counts(session, [office.manager], today=TODAY)
        three = consultations.my_work(session, None, today=TODAY, limit=3, counted=False)
    assert listed.items == team.items and listed.counts == {}
    assert counts == team.counts and mine_counted == mine.counts
    assert three.items == team.items[:3]

    # Done agreements and those of archived companies are not work any more.
    first = mine.items[0].agreement
    with db.session(office.manager) as session:
        consultations.set_agreement_status(session, first.id, first.version, AgreementStatus.DONE, "Klaar")
        session.commit()
    with db.session() as session:
        assert consultations.my_work(session, [office.manager], today=TODAY).total == 4
        version = companies.company_file(session, office.company).version
    with db.session(office.manager) as session:
        companies.set_archived(session, office.company, version, True)
        session.commit()
    with db.session() as session:
        assert consultations.my_work(session, None, today=TODAY).items == []
        assert consultations.overdue_count(session, office.manager, today=TODAY) == 0
