"""Merging duplicates keeps everything, and a merge can be undone: on SQLite and PostgreSQL.

What a person checks after a merge: every contact moment, agreement, signal, observation, desk
question, link to an ambition action, establishment and contact person of the copy is now in the
survivor's file; the copy is an archived tombstone that its old name and KvK number still find;
undo gives both back as they were, with what was added since left where it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.ambitions.entities import (
    Action,
    ActionCompany,
    Ambition,
    AmbitionPlan,
    InputChannel,
    Respondent,
    RespondentSector,
)
from models.attachments.services import add_attachment
from models.audit.services import company_records
from models.companies.entities import Company, CompanyContact, Contact, Establishment
from models.companies.search import SearchService
from models.companies.services import add_contact, add_establishment, set_archived, update_company
from models.consultations.entities import Agreement, Channel, Interaction, InteractionContact, Responsible
from models.db import Database
from models.desk.entities import DeskQuestion
from models.duplicates import merge as m
from models.duplicates.entities import COMPANY, CONTACT
from models.errors import ConflictError, DomainError, PermissionDeniedError
from models.rounds.entities import Observation, Round
from models.signals.entities import Signal, SignalCategory, SignalSource
from models.team.entities import Role
from tests.models.conftest import company, contact, establishment, new_company, new_user

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


def _interaction(session: Session, company_id: int) -> int:
    moment = Interaction(company_id=company_id, occurred_at=NOW, channel=Channel.VISIT, subject="Bezoek")
    session.add(moment)
    session.flush()
    return moment.id


def _category(session: Session) -> int:
    category = session.scalar(select(SignalCategory.id).limit(1))
    if category is None:
        new = SignalCategory(name="Overlast")
        session.add(new)
        session.flush()
        return new.id
    return category


def _action(session: Session) -> int:
    plan = AmbitionPlan(title="Ambitie", number=1)
    session.add(plan)
    session.flush()
    ambition = Ambition(plan_id=plan.id, theme="Economie", title="Levendig centrum")
    session.add(ambition)
    session.flush()
    action = Action(ambition_id=ambition.id, title="Winkelstraat")
    session.add(action)
    session.flush()
    return action.id


# One way to make a row that points to a company, per (table, column). A table added later with a
# foreign key to company must get its line here, or test_every_link_to_a_company_is_covered fails.
COMPANY_ROWS: dict[tuple[str, str], Callable[[Session, int], object]] = {
    ("establishment", "company_id"): lambda s, c: add_establishment(
        s, c, establishment(trade_name="Filiaal", postcode="1243 JK", house_number="3")
    ),
    ("company_contact", "company_id"): lambda s, c: add_contact(s, c, contact("Pietersen", first_name="Els")),
    ("interaction", "company_id"): _interaction,
    ("agreement", "company_id"): lambda s, c: s.add(
        Agreement(
            interaction_id=_interaction(s, c),
            company_id=c,
            description="Offerte sturen",
            responsible=Responsible.MUNICIPALITY,
        )
    ),
    ("signal", "company_id"): lambda s, c: s.add(
        Signal(
            reported_at=NOW,
            source=SignalSource.ENTREPRENEUR,
            category_id=_category(s),
            description="Losse stoeptegel",
            company_id=c,
        )
    ),
    ("observation", "company_id"): lambda s, c: s.add(
        Observation(
            round_id=_round(s),
            observed_at=NOW,
            category_id=_category(s),
            company_id=c,
            finding="Terras te breed",
        )
    ),
    ("desk_question", "company_id"): lambda s, c: s.add(
        DeskQuestion(asked_at=NOW, channel=Channel.DESK, question="Vergunning terras?", company_id=c)
    ),
    ("action_company", "company_id"): lambda s, c: s.add(ActionCompany(action_id=_action(s), company_id=c)),
    ("respondent", "company_id"): lambda s, c: s.add(
        Respondent(
            name="Ondernemer", sector=RespondentSector.PRIVATE, channel=InputChannel.EMAIL, company_id=c
        )
    ),
    ("attachment", "company_id"): lambda s, c: add_attachment(s, c, "vergunning.pdf", b"%PDF-1.4"),
}


def _round(session: Session) -> int:
    held = Round(held_on=date(2026, 11, 30), title="Winkelstraten")
    session.add(held)
    session.flush()
    return held.id


def _pointing_to(session: Session, company_id: int) -> dict[str, int]:
    counts = {}
    for link in m.links(COMPANY):
        n = session.scalar(select(func.count()).select_from(link.table).where(link.column == company_id))
        counts[f"{link.table.name}.{link.column.name}"] = n or 0
    return counts


@pytest.fixture
def pair(db: Database) -> tuple[int, int]:
    """Two copies of one bakery, the copy with one record of every kind linked to it."""
    survivor = new_company(db, "Bakkerij Janssen B.V.", kvk_number="12345678")
    copy = new_company(
        db,
        "Janssen Brood & Banket",
        allow_duplicate=True,
        kvk_number="87654321",
        email="info@janssenbrood.nl",
        main=establishment(trade_name="Janssen Brood & Banket", establishment_number="000012345678"),
    )
    with db.session() as session:
        for make in COMPANY_ROWS.values():
            make(session, copy)
        session.commit()
    return survivor, copy


def _versions(db: Database, *ids: int) -> list[int]:
    with db.session() as session:
        return [session.get_one(Company, i).version for i in ids]


def test_every_link_to_a_company_is_covered() -> None:
    """Every foreign key to company in the schema is moved by a merge, and this test makes a row
    for each: a table added later with a link to company cannot be forgotten."""
    columns = {(link.table.name, link.column.name) for link in m.links(COMPANY)}
    assert columns == set(COMPANY_ROWS)
    contact_columns = {(link.table.name, link.column.name) for link in m.links(CONTACT)}
    assert contact_columns == {
        ("company_contact", "contact_id"),
        ("interaction_contact", "contact_id"),
        ("desk_question", "contact_id"),
        ("observation", "contact_id"),  # the contact person a supervisor spoke with
    }


def test_a_merge_moves_every_linked_record_and_keeps_a_tombstone(db: Database, pair: tuple[int, int]) -> None:
    survivor, copy = pair
    manager = new_user(db, "bm", "Bea Manager")
    with db.session() as session:
        before = _pointing_to(session, copy)
    assert all(n >= 1 for n in before.values()), before
    with db.session(user_id=manager) as session:
        plan = m.merge_plan(session, COMPANY, survivor, copy)
        assert {f.field: f.proposed for f in plan.fields}["email"] == "merged"  # survivor had none
        values = plan.proposed_values()
        log_id = m.merge(session, COMPANY, survivor, plan.survivor_version, copy, plan.merged_version, values)
        session.commit()
    with db.session() as session:
        assert all(n == 0 for n in _pointing_to(session, copy).values())
        after = _pointing_to(session, survivor)
        for key, n in before.items():
            assert after[key] >= n, key
        tomb = session.get_one(Company, copy)
        kept = session.get_one(Company, survivor)
        assert tomb.merged_into_id == survivor and tomb.archived_at is not None
        assert kept.email == "info@janssenbrood.nl" and kept.kvk_number == "12345678"
        # Its old name and KvK number find the survivor.
        service = SearchService(session)
        assert [h.company_id for h in service.search("87654321")] == [survivor]
        assert survivor in [h.company_id for h in service.search("Brood & Banket")]
        # The copy's history is part of the survivor's.
        assert ("company", copy) in company_records(session, survivor)
        records = m.merges(session, COMPANY, survivor)
        assert [(r.id, r.merged_by, r.merged_name) for r in records] == [
            (log_id, "Bea Manager", "Janssen Brood & Banket")
        ]


def test_undo_gives_back_exactly_what_moved_and_keeps_what_came_since(
    db: Database, pair: tuple[int, int]
) -> None:
    survivor, copy = pair
    with db.session() as session:
        own = _pointing_to(session, survivor)
        moved_before = _pointing_to(session, copy)
    sv, cv = _versions(db, survivor, copy)
    with db.session() as session:
        log_id = m.merge(
            session,
            COMPANY,
            survivor,
            sv,
            copy,
            cv,
            {"kvk_number": "87654321", "email": "info@janssenbrood.nl"},
        )
        session.commit()
    # Since the merge: a new contact moment on the survivor, and a colleague renames it.
    with db.session() as session:
        added = _interaction(session, survivor)
        session.commit()
    with db.session() as session:
        kept = session.get_one(Company, survivor)
        assert kept.kvk_number == "87654321"
        update_company(session, survivor, kept.version, company("Bakkerij Janssen", kvk_number="87654321"))
        session.commit()
    with db.session() as session:
        m.undo(session, log_id)
        session.commit()
    with db.session() as session:
        back = session.get_one(Company, copy)
        kept = session.get_one(Company, survivor)
        assert (back.name, back.kvk_number, back.email) == (
            "Janssen Brood & Banket",
            "87654321",
            "info@janssenbrood.nl",
        )
        assert back.merged_into_id is None and back.archived_at is None
        assert kept.name == "Bakkerij Janssen"  # the colleague's rename stays
        assert kept.kvk_number == "12345678"  # the copy's number, which the merge gave it, goes back
        assert kept.email is None  # what the merge set is given back
        assert _pointing_to(session, copy) == moved_before
        now = _pointing_to(session, survivor)
        assert now["interaction.company_id"] == own["interaction.company_id"] + 1
        assert session.get_one(Interaction, added).company_id == survivor
        with pytest.raises(m.MergeError):
            m.undo(session, log_id)  # once is enough


def test_a_colleagues_change_since_the_dialog_opened_is_a_conflict(
    db: Database, pair: tuple[int, int]
) -> None:
    survivor, copy = pair
    colleague = new_user(db, "kees", "Kees Collega")
    sv, cv = _versions(db, survivor, copy)
    with db.session(user_id=colleague) as session:
        update_company(session, copy, cv, company("Janssen Brood en Banket", kvk_number="87654321"))
        session.commit()
    with db.session() as session:
        with pytest.raises(ConflictError) as refused:
            m.merge(session, COMPANY, survivor, sv, copy, cv)
        assert refused.value.changed_by == "Kees Collega"


def test_the_second_of_two_merging_the_same_pair_is_told_who_was_first(
    db: Database, pair: tuple[int, int]
) -> None:
    survivor, copy = pair
    first = new_user(db, "eerste", "Eva Eerste")
    second = new_user(db, "tweede", "Tom Tweede")
    sv, cv = _versions(db, survivor, copy)
    with db.session(user_id=first) as session:
        m.merge(session, COMPANY, survivor, sv, copy, cv)
        session.commit()
    with db.session(user_id=second) as session, pytest.raises(m.AlreadyMergedError, match="Eva Eerste"):
        m.merge(session, COMPANY, survivor, sv, copy, cv)


def test_two_merges_at_the_same_moment(db: Database, pair: tuple[int, int]) -> None:
    """Both dialogs open with the same versions; the second waits for the first's lock and
    is then refused with the first's name, never half-merged."""
    survivor, copy = pair
    first = new_user(db, "eerste", "Eva Eerste")
    second = new_user(db, "tweede", "Tom Tweede")
    sv, cv = _versions(db, survivor, copy)
    started = threading.Event()
    errors: list[Exception] = []

    def other() -> None:
        with db.session(user_id=second) as session:
            started.set()
            try:
                m.merge(session, COMPANY, survivor, sv, copy, cv)
                session.commit()
            except Exception as exc:
                errors.append(exc)

    with db.session(user_id=first) as session:
        m.merge(session, COMPANY, survivor, sv, copy, cv)
        thread = threading.Thread(target=other)
        thread.start()
        started.wait(5)
        thread.join(0.3)  # the other is now reading, or waiting for this one's lock
        session.commit()
    thread.join(10)
    assert len(errors) == 1 and isinstance(errors[0], m.AlreadyMergedError), errors
    assert "Eva Eerste" in str(errors[0])


def test_an_active_company_is_not_merged_into_an_archived_one_unless_said(
    db: Database, pair: tuple[int, int]
) -> None:
    survivor, copy = pair
    with db.session() as session:
        session.get_one(Company, survivor).archived_at = NOW
        session.commit()
    sv, cv = _versions(db, survivor, copy)
    with db.session() as session, pytest.raises(m.MergeError, match="archived"):
        m.merge(session, COMPANY, survivor, sv, copy, cv)
    with db.session() as session:
        m.merge(session, COMPANY, survivor, sv, copy, cv, into_archived=True)
        session.commit()


def test_merging_needs_the_permission(db: Database, pair: tuple[int, int]) -> None:
    survivor, copy = pair
    desk = new_user(db, "balie", "Bo Balie", Role.DESK)
    manager = new_user(db, "bm", "Bea Manager", Role.BUSINESS_MANAGER)
    sv, cv = _versions(db, survivor, copy)
    with db.session(user_id=desk) as session, pytest.raises(PermissionDeniedError):
        m.merge(session, COMPANY, survivor, sv, copy, cv)
    with db.session(user_id=manager) as session:
        m.merge(session, COMPANY, survivor, sv, copy, cv)
        session.commit()


def test_a_shared_contact_link_stays_with_the_tombstone_and_contacts_merge_too(db: Database) -> None:
    survivor = new_company(db, "Kapsalon Knip", kvk_number="11112222")
    copy = new_company(db, "Knip Kapsalon", kvk_number="33334444", allow_duplicate=True)
    with db.session() as session:
        anna = add_contact(session, survivor, contact("Vries", first_name="Anna", name_prefix="de"))
        anna2 = add_contact(session, copy, contact("Vries", first_name="Anna", email="anna@knip.nl"))
        session.commit()
    with db.session() as session:
        anna_id = session.get_one(CompanyContact, anna).contact_id
        anna2_id = session.get_one(CompanyContact, anna2).contact_id
        moment = _interaction(session, copy)
        session.add(InteractionContact(interaction_id=moment, contact_id=anna2_id))
        session.commit()
    # The contact persons first: the copy's Anna into the survivor's.
    with db.session() as session:
        a, b = session.get_one(Contact, anna_id), session.get_one(Contact, anna2_id)
        m.merge(session, CONTACT, anna_id, a.version, anna2_id, b.version, {"email": "anna@knip.nl"})
        session.commit()
    with db.session() as session:
        assert session.get_one(Contact, anna_id).email == "anna@knip.nl"
        assert session.get_one(Contact, anna2_id).merged_into_id == anna_id
        links = session.execute(select(CompanyContact.company_id, CompanyContact.contact_id)).all()
        assert sorted(links) == sorted([(survivor, anna_id), (copy, anna_id)])
        assert session.scalar(select(InteractionContact.contact_id)) == anna_id
    sv, cv = _versions(db, survivor, copy)
    with db.session() as session:
        m.merge(session, COMPANY, survivor, sv, copy, cv)
        session.commit()
    with db.session() as session:
        # The survivor had Anna already: her link to the copy stays with the tombstone.
        links = session.execute(select(CompanyContact.company_id, CompanyContact.contact_id)).all()
        assert sorted(links) == sorted([(survivor, anna_id), (copy, anna_id)])
        assert session.scalar(select(Interaction.company_id)) == survivor


def test_establishments_move_with_their_numbers(db: Database, pair: tuple[int, int]) -> None:
    survivor, copy = pair
    sv, cv = _versions(db, survivor, copy)
    with db.session() as session:
        m.merge(session, COMPANY, survivor, sv, copy, cv)
        session.commit()
    with db.session() as session:
        numbers = session.scalars(
            select(Establishment.establishment_number).where(Establishment.company_id == survivor)
        ).all()
        assert "000012345678" in numbers
        assert [h.company_id for h in SearchService(session).search("000012345678")] == [survivor]


def test_a_merged_copy_is_not_restored_from_the_archive(db: Database, pair: tuple[int, int]) -> None:
    survivor, copy = pair
    sv, cv = _versions(db, survivor, copy)
    with db.session() as session:
        m.merge(session, COMPANY, survivor, sv, copy, cv)
        session.commit()
    (version,) = _versions(db, copy)
    with db.session() as session, pytest.raises(DomainError) as refused:
        set_archived(session, copy, version, archived=False)
    assert "undo the merge" in refused.value.message
