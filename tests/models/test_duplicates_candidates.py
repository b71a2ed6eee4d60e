"""Possible duplicates with their reasons, on SQLite and PostgreSQL: what the *Mogelijke dubbelen*
page, the badge on a company file and ``admin duplicates`` show."""

from __future__ import annotations

import pytest

from models.companies.services import add_contact
from models.db import Database
from models.duplicates import candidates as c
from models.duplicates import merge as m
from models.duplicates.entities import COMPANY, CONTACT
from models.errors import PermissionDeniedError
from models.team.entities import Role
from tests.models.conftest import contact, establishment, new_company, new_user


def _bakeries(db: Database) -> tuple[int, int, int, int]:
    """The bakery of the issue three times, and a different shop in the same business centre."""
    first = new_company(
        db,
        "Bakkerij Janssen B.V.",
        main=establishment(postcode="1243 JJ", house_number="12"),
        phone="035-6561234",
    )
    second = new_company(
        db,
        "Bakkerij Janssen BV",
        allow_duplicate=True,
        main=establishment(postcode="1243 JJ", house_number="12"),
    )
    third = new_company(
        db,
        "Janssen Brood & Banket",
        allow_duplicate=True,
        main=establishment(postcode="1243 JJ", house_number="12"),
        phone="+31 35 656 1234",
    )
    other = new_company(
        db,
        "Fietsenmaker De Spaak",
        allow_duplicate=True,
        main=establishment(postcode="1243 JJ", house_number="14"),
    )
    return first, second, third, other


def test_candidates_carry_their_reasons_best_first(db: Database) -> None:
    first, second, third, other = _bakeries(db)
    with db.session() as session:
        pairs = c.company_candidates(session)
    found = {(p.first.id, p.second.id): p for p in pairs}
    assert (first, second) in found
    assert found[(first, second)].score >= 85
    assert [r.code for r in found[(first, second)].reasons] == ["name_address"]
    assert found[(first, second)].reasons[0].params == {"similarity": 100}
    assert (first, third) in found and "phone" in [r.code for r in found[(first, third)].reasons]
    assert all(other not in key for key in found)
    assert [p.score for p in pairs] == sorted((p.score for p in pairs), reverse=True)
    assert len({p.group for p in pairs}) == 1  # one bakery, one group
    assert found[(first, second)].first.detail.startswith("Noordereinde 12, 1243 JJ")


def test_a_company_file_knows_its_candidates(db: Database) -> None:
    first, second, third, other = _bakeries(db)
    with db.session() as session:
        assert [x.id for x in c.candidates_for_company(session, second)][:1] == [first]
        assert c.candidate_count(session, other) == 0


def test_not_a_duplicate_is_remembered_and_a_merged_copy_is_no_candidate(db: Database) -> None:
    first, second, third, _ = _bakeries(db)
    with db.session() as session:
        c.not_a_duplicate(session, COMPANY, second, first)
        c.not_a_duplicate(session, COMPANY, first, second)  # twice is fine
        session.commit()
    with db.session() as session:
        keys = [(p.first.id, p.second.id) for p in c.company_candidates(session)]
        assert (first, second) not in keys and (first, third) in keys
        assert first not in [x.id for x in c.candidates_for_company(session, second)]
    with db.session() as session:
        plan = m.merge_plan(session, COMPANY, first, third)
        m.merge(session, COMPANY, first, plan.survivor_version, third, plan.merged_version)
        session.commit()
    with db.session() as session:
        keys = [(p.first.id, p.second.id) for p in c.company_candidates(session)]
        assert all(third not in k for k in keys)


def test_only_who_may_merge_says_not_a_duplicate(db: Database) -> None:
    first, second, _, _ = _bakeries(db)
    desk = new_user(db, "balie", "Bo Balie", Role.DESK)
    with db.session(user_id=desk) as session:
        assert c.company_candidates(session)  # everyone who sees companies sees the candidates
        with pytest.raises(PermissionDeniedError):
            c.not_a_duplicate(session, COMPANY, first, second)


def test_contact_persons_within_and_across_companies(db: Database) -> None:
    first, _, third, other = _bakeries(db)
    with db.session() as session:
        add_contact(session, first, contact("Janssen", first_name="Piet", email="piet@janssen.nl"))
        add_contact(session, third, contact("Janssen", first_name="P.", email="Piet@Janssen.nl"))
        add_contact(session, other, contact("Vries", first_name="Anna", name_prefix="de"))
        add_contact(session, other, contact("Vries", first_name="Anna", name_prefix="de", phone="0612345678"))
        add_contact(session, other, contact("Bakker", first_name="Jan"))
        add_contact(session, first, contact("Bakker", first_name="Jan"))  # a common name elsewhere: no
        session.commit()
    with db.session() as session:
        pairs = c.contact_candidates(session)
    named = {(p.first.name, p.second.name): p for p in pairs}
    assert ("Piet Janssen", "P. Janssen") in named
    assert "email" in [r.code for r in named[("Piet Janssen", "P. Janssen")].reasons]
    assert ("Anna de Vries", "Anna de Vries") in named
    assert [r.code for r in named[("Anna de Vries", "Anna de Vries")].reasons] == ["name_company"]
    assert ("Jan Bakker", "Jan Bakker") not in named
    assert all(p.kind == CONTACT for p in pairs)
