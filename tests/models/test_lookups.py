"""The short lists forms and filters choose from."""

from __future__ import annotations

from models import lookups
from models.companies import services as svc
from models.companies.entities import AreaKind
from models.db import Database
from models.lookups import Choice
from models.team.entities import Role, User
from tests.models.conftest import establishment, new_area, new_company, new_sector, new_user


def test_areas_as_a_tree_in_display_order(db: Database) -> None:
    weesp = new_area(db, "Weesp")
    gooi = new_area(db, "'s-Graveland")
    centrum = new_area(db, "Centrum", AreaKind.SHOPPING, parent_id=weesp)
    markt = new_area(db, "Markt", AreaKind.SHOPPING, parent_id=centrum)
    haven = new_area(db, "Bedrijventerrein Haven", AreaKind.BUSINESS_PARK, parent_id=weesp)
    with db.session() as session:
        assert lookups.areas(session) == [
            Choice(value=gooi, label="'s-Graveland", depth=0),
            Choice(value=weesp, label="Weesp", depth=0),
            Choice(value=haven, label="Bedrijventerrein Haven", depth=1),
            Choice(value=centrum, label="Centrum", depth=1),
            Choice(value=markt, label="Markt", depth=2),
        ]
        assert lookups.kernen(session) == [
            Choice(value=gooi, label="'s-Graveland"),
            Choice(value=weesp, label="Weesp"),
        ]


def test_sectors_and_officials(db: Database) -> None:
    new_sector(db, "5630", "Cafés")
    new_sector(db, "1071", "Brood en banket")
    anna = new_user(db, "anna", "Anna de Vries")
    bert = new_user(db, "bert", "Bert Bakker")
    with db.session() as session:
        session.get(User, bert).active = False
        session.commit()
    with db.session() as session:
        assert lookups.sectors(session) == [
            Choice(value="1071", label="1071 Brood en banket"),
            Choice(value="5630", label="5630 Cafés"),
        ]
        assert lookups.officials(session) == [Choice(value=anna, label="Anna de Vries")]
        assert lookups.officials(session, include_inactive=True) == [
            Choice(value=anna, label="Anna de Vries"),
            Choice(value=bert, label="Bert Bakker"),
        ]


def test_company_count_leaves_out_the_archived(db: Database) -> None:
    new_company(db, "Jansen")
    gone = new_company(db, "Pietersen", main=establishment(postcode="1234 AB"))
    with db.session() as session:
        assert lookups.company_count(session) == 2
        svc.set_archived(session, gone, 1, True)
        session.commit()
    with db.session() as session:
        assert lookups.company_count(session) == 1


def test_ensure_user_makes_the_first_official_administrator(db: Database) -> None:
    with db.session() as session:
        first = lookups.ensure_user(session, "anna", "Anna de Vries")
        second = lookups.ensure_user(session, "bert", "Bert Bakker")
        assert lookups.ensure_user(session, "anna", "Another Name") == first
        session.commit()
    with db.session() as session:
        assert session.get(User, first).role is Role.ADMINISTRATOR
        assert session.get(User, second).role is Role.BUSINESS_MANAGER
        assert session.get(User, first).full_name == "Anna de Vries"
