"""The seeds' practices in the ambition plan, on SQLite and PostgreSQL (issue 18): input received in
writing, starters apart from size, the kartrekker ambtelijk and bestuurlijk, the indicator an
action should move, the kartrekker who updates the actions of their ambition, actions in Mijn werk."""

from __future__ import annotations

from datetime import date

import pytest

from models.ambitions import cocreation, indicators
from models.ambitions import services as svc
from models.ambitions.cocreation import RespondentInput
from models.ambitions.entities import ActionStatus, BusinessStage, CompanySize, Direction, InputChannel
from models.ambitions.indicators import IndicatorInput
from models.ambitions.services import ActionInput, AmbitionInput, LeadsInput
from models.db import Database
from models.errors import PermissionDeniedError, ValidationError
from models.team.entities import Role
from tests.models.conftest import new_user
from tests.models.test_ambitions import TODAY, adopt, make_plan, version_of


def _indicator(db: Database, ambition_id: int, name: str) -> int:
    with db.session() as s:
        indicator_id = indicators.save_indicator(
            s,
            ambition_id,
            IndicatorInput(
                name=name,
                unit="%",
                baseline=12.0,
                baseline_date=date(2024, 1, 1),
                target=6.0,
                target_date=date(2028, 12, 31),
                direction=Direction.LOWER,
            ),
        )
        s.commit()
    return indicator_id


def test_input_in_writing_and_a_starter_apart_from_its_size(db: Database) -> None:
    with db.session() as s:
        respondent = cocreation.save_respondent(
            s,
            RespondentInput(
                name="Bakkerij Van Dam",
                size=CompanySize.SME,
                stage=BusinessStage.STARTER,
                channel=InputChannel.WRITTEN,
            ),
        )
        s.commit()
    with db.session() as s:
        [record] = cocreation.respondents(s)
        assert (record.id, record.channel, record.size, record.stage) == (
            respondent,
            InputChannel.WRITTEN,
            CompanySize.SME,
            BusinessStage.STARTER,
        )
        cocreation.save_respondent(
            s,
            RespondentInput(
                name="Bakkerij Van Dam", stage=BusinessStage.ESTABLISHED, channel=InputChannel.EMAIL
            ),
            respondent,
            record.version,
        )
        s.commit()
    with db.session() as s:
        [record] = cocreation.respondents(s)
        assert (record.size, record.stage, record.channel) == (
            None,
            BusinessStage.ESTABLISHED,
            InputChannel.EMAIL,
        )


def test_kartrekker_ambtelijk_and_bestuurlijk_on_the_plan_and_per_ambition(db: Database, anna: int) -> None:
    plan_id, (ambition_id,) = make_plan(db, "centrumgebieden")
    with db.session() as s:
        [ambition] = svc.overview(s, plan_id, today=TODAY).ambitions
        svc.save_ambition(
            s,
            plan_id,
            AmbitionInput(
                theme="centrumgebieden",
                title="Levendige kernen",
                lead_id=anna,
                portfolio_holder="J. de Vries",
                portfolio="Economie",
            ),
            ambition_id,
            ambition.version,
        )
        s.commit()
    adopt(db, plan_id)
    # Adopted: the text is fixed, but who leads it can still be named.
    with db.session() as s:
        version = svc.set_plan_leads(
            s,
            plan_id,
            version_of(db, plan_id),
            LeadsInput(lead_id=anna, portfolio_holder="P. Jansen", portfolio="Financiën"),
        )
        s.commit()
    assert version == version_of(db, plan_id)
    with db.session() as s:
        overview = svc.overview(s, plan_id, today=TODAY)
        assert (overview.plan.lead, overview.plan.portfolio_holder, overview.plan.portfolio) == (
            "Anna de Vries",
            "P. Jansen",
            "Financiën",
        )
        [ambition] = overview.ambitions
        assert (ambition.lead, ambition.portfolio_holder, ambition.portfolio) == (
            "Anna de Vries",
            "J. de Vries",
            "Economie",
        )
        svc.set_ambition_leads(s, ambition.id, ambition.version, LeadsInput(portfolio_holder="K. Smit"))
        s.commit()
    with db.session() as s:
        [ambition] = svc.overview(s, plan_id, today=TODAY).ambitions
        assert (ambition.lead_id, ambition.portfolio_holder, ambition.portfolio) == (None, "K. Smit", "")
        with pytest.raises(ValidationError) as refused:
            svc.set_ambition_leads(s, ambition.id, ambition.version, LeadsInput(portfolio="Economie"))
        assert {e.field for e in refused.value.errors} == {"portfolio_holder"}
    # A new version of the plan keeps its kartrekkers.
    with db.session() as s:
        draft = svc.new_version(s, plan_id)
        s.commit()
    with db.session() as s:
        overview = svc.overview(s, draft, today=TODAY)
        assert overview.plan.portfolio_holder == "P. Jansen"
        assert overview.ambitions[0].portfolio_holder == "K. Smit"


def test_an_action_names_the_indicator_it_should_move(db: Database) -> None:
    plan_id, (centre, other) = make_plan(db, "centrumgebieden", "bereikbaarheid")
    vacancy = _indicator(db, centre, "Leegstand")
    parking = _indicator(db, other, "Parkeerdruk")
    with db.session() as s:
        action_id = svc.save_action(s, centre, ActionInput(title="Pop-upwinkels", indicator_id=vacancy))
        svc.save_action(s, centre, ActionInput(title="Gevelfonds", indicator_id=vacancy))
        svc.save_action(s, centre, ActionInput(title="Terrassenbeleid"))
        with pytest.raises(ValidationError) as refused:
            svc.save_action(s, centre, ActionInput(title="Parkeren", indicator_id=parking))
        assert {e.field for e in refused.value.errors} == {"indicator_id"}
        s.commit()
    with db.session() as s:
        overview = svc.overview(s, plan_id, today=TODAY)
        assert [x.title for x in overview.actions_on(vacancy)] == ["Pop-upwinkels", "Gevelfonds"]
        assert overview.actions_on(parking) == []
        action = svc.action(s, action_id, today=TODAY)
        assert action is not None and (action.indicator_id, action.indicator) == (vacancy, "Leegstand")


def test_the_business_manager_who_leads_an_ambition_updates_its_actions(db: Database) -> None:
    lead = new_user(db, "lead", "Karin Kartrekker", Role.BUSINESS_MANAGER)
    colleague = new_user(db, "colleague", "Bas Collega", Role.BUSINESS_MANAGER)
    desk = new_user(db, "desk", "Dirk Balie", Role.DESK)
    plan_id, (led, not_led) = make_plan(db, "centrumgebieden", "bereikbaarheid")
    with db.session() as s:
        for ambition in svc.overview(s, plan_id, today=TODAY).ambitions:
            if ambition.id == led:
                svc.set_ambition_leads(s, led, ambition.version, LeadsInput(lead_id=lead))
        action_id = svc.save_action(s, led, ActionInput(title="Pop-upwinkels"))
        other_action = svc.save_action(s, not_led, ActionInput(title="Parkeerverwijzing"))
        s.commit()
    with db.session(lead) as s:
        assert svc.led_ambitions(s) == [led]
        svc.save_action(
            s,
            led,
            ActionInput(title="Pop-upwinkels", status=ActionStatus.IN_PROGRESS, owner_id=lead),
            action_id,
            1,
        )
        svc.save_action(s, led, ActionInput(title="Leegstandsbeheer"))
        with pytest.raises(PermissionDeniedError):
            svc.save_action(
                s, not_led, ActionInput(title="Parkeerverwijzing", status=ActionStatus.DONE), other_action, 1
            )
        with pytest.raises(PermissionDeniedError):  # an action of another ambition, named under one's own
            svc.save_action(s, led, ActionInput(title="Parkeerverwijzing"), other_action, 1)
        s.commit()
    for outsider in (colleague, desk):
        with db.session(outsider) as s:
            assert svc.led_ambitions(s) == []
            with pytest.raises(PermissionDeniedError):
                svc.save_action(s, led, ActionInput(title="Pop-upwinkels"), action_id, 2)
    with db.session() as s:
        [centre] = [a for a in svc.overview(s, plan_id, today=TODAY).ambitions if a.id == led]
        assert {(x.title, x.status) for x in centre.actions} == {
            ("Pop-upwinkels", ActionStatus.IN_PROGRESS),
            ("Leegstandsbeheer", ActionStatus.PLANNED),
        }


def test_open_actions_assigned_to_someone_are_in_their_work(db: Database, anna: int, bert: int) -> None:
    plan_id, (ambition_id,) = make_plan(db, "centrumgebieden")
    with db.session() as s:
        svc.save_action(s, ambition_id, ActionInput(title="Later", owner_id=anna, due_date=date(2027, 3, 1)))
        svc.save_action(s, ambition_id, ActionInput(title="Eerst", owner_id=anna, due_date=date(2026, 12, 1)))
        svc.save_action(s, ambition_id, ActionInput(title="Klaar", owner_id=anna, status=ActionStatus.DONE))
        svc.save_action(s, ambition_id, ActionInput(title="Van Bert", owner_id=bert))
        svc.save_action(s, ambition_id, ActionInput(title="Van niemand"))
        s.commit()
    with db.session(anna) as s:
        mine = svc.my_actions(s, [anna], today=TODAY)
        assert [m.action.title for m in mine] == ["Eerst", "Later"]
        assert {(m.ambition, m.plan_id) for m in mine} == {("Ambitie centrumgebieden", plan_id)}
        assert [m.action.title for m in svc.my_actions(s, None, today=TODAY)] == [
            "Eerst",
            "Later",
            "Van Bert",
        ]
