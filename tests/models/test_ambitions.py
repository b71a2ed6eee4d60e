"""Ambitions and monitoring on SQLite and PostgreSQL: versions of the plan, actions and their
progress, the co-creation input, indicators with measurements, and the computed indicators."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, update

from models.ambitions import cocreation, indicators
from models.ambitions import services as svc
from models.ambitions.cocreation import IdeaInput, RespondentInput
from models.ambitions.entities import (
    ActionStatus,
    Ambition,
    CompanySize,
    Direction,
    IndicatorSource,
    InputChannel,
    PlanStatus,
    RespondentSector,
)
from models.ambitions.indicators import ImplausibleValue, IndicatorInput
from models.ambitions.monitoring import Light
from models.ambitions.services import ActionInput, AmbitionInput
from models.companies.entities import AreaKind
from models.consultations.entities import Agreement, AgreementStatus, Channel, Responsible
from models.consultations.services import (
    AgreementInput,
    InteractionInput,
    log_interaction,
    set_agreement_status,
)
from models.db import Database
from models.errors import ConflictError, DomainError, ValidationError
from models.signals.entities import Signal, SignalCategory, SignalSource, SignalStatus
from models.team.entities import Role, User
from tests.models.conftest import establishment, new_area, new_company

TODAY = date(2026, 11, 23)


def make_plan(db: Database, *themes: str, lead_id: int | None = None) -> tuple[int, list[int]]:
    with db.session() as s:
        plan_id = svc.create_plan(s, "Koers op ondernemen", "Samen met ondernemers geschreven.")
        ids = [
            svc.save_ambition(
                s,
                plan_id,
                AmbitionInput(
                    theme=theme, title=f"Ambitie {theme}", description="Toelichting", lead_id=lead_id
                ),
            )
            for theme in themes
        ]
        s.commit()
    return plan_id, ids


def version_of(db: Database, plan_id: int) -> int:
    with db.session() as s:
        return next(p.version for p in svc.plans(s) if p.id == plan_id)


def adopt(db: Database, plan_id: int, on: date = date(2025, 3, 1)) -> None:
    with db.session() as s:
        svc.adopt_plan(s, plan_id, version_of(db, plan_id), on)
        s.commit()


def field_errors(excinfo: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {e.field for e in excinfo.value.errors}


# -- plans and versions -----------------------------------------------------------------------


def test_a_draft_plan_is_edited_and_adopted(db: Database, anna: int) -> None:
    plan_id, (a1, a2) = make_plan(db, "vestigingsklimaat", "bereikbaarheid", lead_id=anna)
    with db.session() as s:
        svc.update_plan(s, plan_id, version_of(db, plan_id), "Koers op ondernemen 2025-2030", "Inleiding")
        s.commit()
    adopt(db, plan_id)
    with db.session() as s:
        overview = svc.overview(s, plan_id, today=TODAY)
        assert overview.plan.status == PlanStatus.ADOPTED
        assert overview.plan.adopted_on == date(2025, 3, 1)
        assert overview.plan.title == "Koers op ondernemen 2025-2030"
        assert [a.theme for a in overview.ambitions] == ["vestigingsklimaat", "bereikbaarheid"]
        assert overview.ambitions[0].lead == "Anna de Vries"
        assert svc.current_plan_id(s) == plan_id


def test_an_adopted_plan_is_not_edited_in_place(db: Database) -> None:
    plan_id, (a1,) = make_plan(db, "duurzaamheid")
    adopt(db, plan_id)
    with db.session() as s, pytest.raises(DomainError, match="adopted"):
        svc.update_plan(s, plan_id, version_of(db, plan_id), "Anders", "")
    with db.session() as s, pytest.raises(DomainError, match="adopted"):
        svc.save_ambition(s, plan_id, AmbitionInput(theme="duurzaamheid", title="Nieuw"))
    with db.session() as s:
        version = s.get(Ambition, a1).version
    with db.session() as s, pytest.raises(DomainError, match="new version"):
        svc.save_ambition(s, plan_id, AmbitionInput(theme="duurzaamheid", title="Anders"), a1, version)


def test_adoption_needs_a_date_and_an_ambition(db: Database) -> None:
    with db.session() as s:
        plan_id = svc.create_plan(s, "Leeg plan")
        s.commit()
    with db.session() as s, pytest.raises(ValidationError) as excinfo:
        svc.adopt_plan(s, plan_id, version_of(db, plan_id), None)
    assert len(excinfo.value.errors) == 2
    with db.session() as s, pytest.raises(DomainError, match="already"):
        svc.create_plan(s, "Tweede plan")


def test_a_new_version_continues_the_work_of_the_previous_one(db: Database, anna: int) -> None:
    plan_id, (a1, a2) = make_plan(db, "arbeidsmarkt", "centrumgebieden", lead_id=anna)
    adopt(db, plan_id)
    with db.session() as s:
        action = svc.save_action(s, a1, ActionInput(title="Banenmarkt organiseren"), today=TODAY)
        indicator = indicators.save_indicator(
            s, a1, IndicatorInput(name="Vacatures", unit="aantal", target=10, target_date=date(2028, 1, 1))
        )
        respondent = cocreation.save_respondent(s, RespondentInput(name="Bakkerij Jansen"))
        idea = cocreation.save_idea(s, respondent, IdeaInput(text="Stageplekken delen", ambition_ids=[a1]))
        s.commit()
    with db.session() as s:
        draft_id = svc.new_version(s, plan_id)
        s.commit()
    with db.session() as s, pytest.raises(DomainError, match="draft"):
        svc.new_version(s, plan_id)
    with db.session() as s:
        draft = svc.overview(s, draft_id, today=TODAY)
        assert draft.plan.number == 2 and draft.plan.status == PlanStatus.DRAFT
        assert [a.title for a in draft.ambitions] == ["Ambitie arbeidsmarkt", "Ambitie centrumgebieden"]
        # Until adopted, the work stays with the plan in force.
        assert draft.ambitions[0].actions == []
        assert svc.current_plan_id(s) == plan_id
        new_a1 = draft.ambitions[0].id
        svc.save_ambition(
            s,
            draft_id,
            AmbitionInput(theme="arbeidsmarkt", title="Iedereen aan het werk", lead_id=anna),
            new_a1,
            draft.ambitions[0].version,
        )
        s.commit()
    with db.session() as s, pytest.raises(ValidationError, match="earlier"):
        svc.adopt_plan(s, draft_id, version_of(db, draft_id), date(2024, 1, 1))
    adopt(db, draft_id, date(2026, 3, 1))
    with db.session() as s:
        old = svc.overview(s, plan_id, today=TODAY)
        new = svc.overview(s, draft_id, today=TODAY)
        assert old.plan.status == PlanStatus.SUPERSEDED
        assert old.ambitions[0].title == "Ambitie arbeidsmarkt"  # the adopted text is kept
        assert old.ambitions[0].actions == []
        assert new.ambitions[0].title == "Iedereen aan het werk"
        assert [a.id for a in new.ambitions[0].actions] == [action]
        assert [i.id for i in new.ambitions[0].indicators] == [indicator]
        assert [i.id for i in new.ambitions[0].ideas] == [idea]
        assert new.unlinked_ideas == []
        assert svc.current_plan_id(s) == draft_id


# -- actions ----------------------------------------------------------------------------------


def test_actions_with_companies_agreements_and_progress(db: Database, anna: int) -> None:
    plan_id, (a1,) = make_plan(db, "vestigingsklimaat")
    company = new_company(db, "Café De Zwaan")
    with db.session() as s:
        interaction = log_interaction(
            s,
            company,
            InteractionInput(
                occurred_at=datetime(2026, 1, 5, 10, tzinfo=UTC),
                channel=Channel.VISIT,
                subject="Uitbreiding",
                agreements=[AgreementInput(description="Ruimte zoeken", assignee_id=anna)],
            ),
        )
        s.commit()
    with db.session() as s:
        [(agreement_id, label)] = svc.agreements_of(s, [company])
        assert label == "Café De Zwaan: Ruimte zoeken"
        assert interaction
        svc.save_action(
            s,
            a1,
            ActionInput(
                title="Bedrijventerrein uitbreiden",
                owner_id=anna,
                start_date=date(2026, 1, 1),
                due_date=date(2026, 6, 30),
                status=ActionStatus.IN_PROGRESS,
                company_ids=[company],
                agreement_ids=[agreement_id],
            ),
            today=TODAY,
        )
        done = svc.save_action(
            s, a1, ActionInput(title="Ondernemersavond", status=ActionStatus.DONE), today=TODAY
        )
        svc.save_action(s, a1, ActionInput(title="Subsidieregeling", due_date=date(2027, 6, 1)), today=TODAY)
        s.commit()
    with db.session() as s:
        ambition = svc.overview(s, plan_id, today=TODAY).ambitions[0]
        first = ambition.actions[0]
        assert first.title == "Bedrijventerrein uitbreiden" and first.late and first.owner == "Anna de Vries"
        assert first.companies == [(company, "Café De Zwaan")]
        assert first.agreements == [(agreement_id, "Ruimte zoeken")]
        assert next(a for a in ambition.actions if a.id == done).done_on == TODAY
        assert (ambition.progress.done, ambition.progress.late, ambition.progress.percent) == (1, 1, 33)


def test_an_action_due_before_it_starts_is_refused(db: Database) -> None:
    plan_id, (a1,) = make_plan(db, "bereikbaarheid")
    with db.session() as s, pytest.raises(ValidationError) as excinfo:
        svc.save_action(s, a1, ActionInput(title="", start_date=date(2026, 5, 1), due_date=date(2026, 4, 1)))
    assert field_errors(excinfo) == {"title", "due_date"}


# -- co-creation input ------------------------------------------------------------------------


def test_support_per_ambition_and_unlinked_ideas(db: Database) -> None:
    plan_id, (a1, a2) = make_plan(db, "centrumgebieden", "duurzaamheid")
    kern = new_area(db, "'s-Graveland")
    company = new_company(db, "Café De Zwaan")
    with db.session() as s:
        zwaan = cocreation.save_respondent(
            s,
            RespondentInput(
                name="Café De Zwaan",
                sector=RespondentSector.PRIVATE,
                size=CompanySize.SME,
                area_id=kern,
                channel=InputChannel.MEETING,
                company_id=company,
            ),
        )
        school = cocreation.save_respondent(
            s, RespondentInput(name="Basisschool De Linde", sector=RespondentSector.PUBLIC)
        )
        zzp = cocreation.save_respondent(s, RespondentInput(name="Fotograaf", size=CompanySize.SELF_EMPLOYED))
        cocreation.save_idea(
            s, zwaan, IdeaInput(text="Meer parkeerplaatsen", received_on=date(2024, 5, 1), ambition_ids=[a1])
        )
        cocreation.save_idea(s, zwaan, IdeaInput(text="Groene gevels", ambition_ids=[a1, a2]))
        cocreation.save_idea(s, school, IdeaInput(text="Veilige schoolroutes", ambition_ids=[a1]))
        loose = cocreation.save_idea(s, zzp, IdeaInput(text="Glasvezel in het buitengebied"))
        s.commit()
    with db.session() as s:
        overview = svc.overview(s, plan_id, today=TODAY)
        centre, green = overview.ambitions
        assert (centre.support.respondents, centre.support.ideas) == (2, 3)
        assert centre.support.sectors == {RespondentSector.PRIVATE: 1, RespondentSector.PUBLIC: 1}
        assert centre.support.sizes == {CompanySize.SME: 1}
        assert (green.support.respondents, green.support.ideas) == (1, 1)
        assert [i.id for i in overview.unlinked_ideas] == [loose]
        person = next(r for r in overview.respondents if r.id == zwaan)
        assert (person.area, person.company, person.channel) == (
            "'s-Graveland",
            "Café De Zwaan",
            InputChannel.MEETING,
        )
        cocreation.link_idea(s, loose, [a2])
        s.commit()
    with db.session() as s:
        overview = svc.overview(s, plan_id, today=TODAY)
        assert overview.unlinked_ideas == []
        assert overview.ambitions[1].support.respondents == 2


def test_a_respondent_needs_a_name_and_an_idea_its_text(db: Database) -> None:
    with db.session() as s, pytest.raises(ValidationError) as excinfo:
        cocreation.save_respondent(s, RespondentInput(name="  "))
    assert field_errors(excinfo) == {"name"}
    with db.session() as s:
        rid = cocreation.save_respondent(s, RespondentInput(name="Iemand"))
        with pytest.raises(ValidationError):
            cocreation.save_idea(s, rid, IdeaInput(text=""))


# -- indicators -------------------------------------------------------------------------------


def test_measurements_change_the_traffic_light(db: Database) -> None:
    plan_id, (a1,) = make_plan(db, "centrumgebieden")
    with db.session() as s:
        indicator = indicators.save_indicator(
            s,
            a1,
            IndicatorInput(
                name="Leegstand winkelgebied",
                unit="%",
                baseline=12.0,
                baseline_date=date(2023, 1, 1),
                target=6.0,
                target_date=date(2028, 12, 31),
                direction=Direction.LOWER,
                plausible_min=0,
                plausible_max=100,
            ),
        )
        s.commit()
    with db.session() as s:
        assert svc.overview(s, plan_id, today=TODAY).indicator(indicator).assessment.light == Light.NO_DATA
        indicators.add_measurement(s, indicator, date(2024, 1, 1), 12.5, today=TODAY)
        s.commit()
    with db.session() as s:
        record = svc.overview(s, plan_id, today=TODAY).indicator(indicator)
        assert record.assessment.light == Light.OFF_TRACK  # rising while it should fall
        indicators.add_measurement(s, indicator, date(2025, 1, 1), 9.0, today=TODAY)
        indicators.add_measurement(s, indicator, date(2026, 1, 1), 7.5, "telling maart", today=TODAY)
        s.commit()
    with db.session() as s:
        record = svc.overview(s, plan_id, today=TODAY).indicator(indicator)
        assert [m.value for m in record.measurements] == [12.5, 9.0, 7.5]
        assert record.measurements[-1].note == "telling maart"
        assert record.assessment.light == Light.ON_TRACK
        first = record.measurements[0]
        indicators.delete_measurement(s, first.id, first.version)
        s.commit()
    with db.session() as s:
        assert len(svc.overview(s, plan_id, today=TODAY).indicator(indicator).measurements) == 2


def test_an_implausible_measurement_needs_confirmation(db: Database) -> None:
    plan_id, (a1,) = make_plan(db, "arbeidsmarkt")
    with db.session() as s:
        indicator = indicators.save_indicator(
            s,
            a1,
            IndicatorInput(
                name="Werkloosheid",
                unit="%",
                target=3,
                target_date=date(2028, 1, 1),
                plausible_min=0,
                plausible_max=25,
            ),
        )
        s.commit()
    with db.session() as s, pytest.raises(ImplausibleValue) as excinfo:
        indicators.add_measurement(s, indicator, date(2026, 1, 1), 45.0, today=TODAY)
    assert excinfo.value.params == {"value": "45", "low": "0", "high": "25"}
    with db.session() as s:
        indicators.add_measurement(s, indicator, date(2026, 1, 1), 45.0, confirmed=True, today=TODAY)
        s.commit()
    with db.session() as s, pytest.raises(ValidationError) as excinfo:
        indicators.add_measurement(s, indicator, date(2027, 1, 1), None, today=TODAY)
    assert field_errors(excinfo) == {"measured_on", "value"}


def test_an_indicator_with_a_target_date_before_its_baseline_is_refused(db: Database) -> None:
    plan_id, (a1,) = make_plan(db, "duurzaamheid")
    with db.session() as s, pytest.raises(ValidationError) as excinfo:
        indicators.save_indicator(
            s,
            a1,
            IndicatorInput(
                name="Zonnepanelen",
                unit="",
                baseline=10,
                baseline_date=date(2026, 1, 1),
                target=None,
                target_date=date(2025, 1, 1),
                source=IndicatorSource.CONTACT_MOMENTS,
                plausible_min=5,
                plausible_max=1,
            ),
        )
    assert field_errors(excinfo) == {"unit", "target", "target_date", "area_id", "plausible_max"}


def test_contact_moments_per_kern_are_counted_per_quarter(db: Database) -> None:
    plan_id, (a1,) = make_plan(db, "vestigingsklimaat")
    kern = new_area(db, "Loosdrecht")
    street = new_area(db, "Winkelgebied Oud-Loosdrecht", AreaKind.SHOPPING, kern)
    other = new_area(db, "Kortenhoef")
    inside = new_company(db, "Jachthaven", main=establishment(area_id=street))
    also = new_company(db, "Bakker", main=establishment(area_id=kern, postcode="1231 AB"))
    outside = new_company(db, "Smid", main=establishment(area_id=other, postcode="1241 AB"))
    moments = [
        (inside, datetime(2026, 1, 10, 9, tzinfo=UTC)),
        (also, datetime(2026, 3, 31, 21, tzinfo=UTC)),
        (inside, datetime(2026, 4, 2, 9, tzinfo=UTC)),
        (outside, datetime(2026, 2, 2, 9, tzinfo=UTC)),
        (inside, datetime(2026, 11, 20, 9, tzinfo=UTC)),  # the current quarter is not complete
    ]
    with db.session() as s:
        for company_id, at in moments:
            log_interaction(
                s, company_id, InteractionInput(occurred_at=at, channel=Channel.PHONE, subject="Vraag")
            )
        indicator = indicators.save_indicator(
            s,
            a1,
            IndicatorInput(
                name="Contact met ondernemers in Loosdrecht",
                unit="contactmomenten",
                baseline=None,
                baseline_date=date(2025, 10, 1),
                target=5,
                target_date=date(2028, 1, 1),
                source=IndicatorSource.CONTACT_MOMENTS,
                area_id=kern,
            ),
        )
        s.commit()
    with db.session() as s:
        record = svc.overview(s, plan_id, today=TODAY).indicator(indicator)
        assert record.computed and record.area == "Loosdrecht"
        assert [(m.measured_on, m.value) for m in record.measurements] == [
            (date(2025, 12, 31), 0.0),
            (date(2026, 3, 31), 2.0),
            (date(2026, 6, 30), 1.0),
            (date(2026, 9, 30), 0.0),
        ]
        with pytest.raises(DomainError, match="counted"):
            indicators.add_measurement(s, indicator, date(2026, 1, 1), 3.0, today=TODAY)


def test_open_agreements_are_counted_at_the_end_of_each_quarter(db: Database) -> None:
    plan_id, (a1,) = make_plan(db, "vestigingsklimaat")
    company = new_company(db, "Café De Zwaan")
    with db.session() as s:
        log_interaction(
            s,
            company,
            InteractionInput(
                occurred_at=datetime(2026, 2, 1, 10, tzinfo=UTC),
                channel=Channel.VISIT,
                subject="Terras",
                agreements=[
                    AgreementInput(description="Tekening sturen", responsible=Responsible.ENTREPRENEUR),
                    AgreementInput(description="Buren spreken", responsible=Responsible.ENTREPRENEUR),
                ],
            ),
        )
        s.commit()
    with db.session() as s:
        first, second = s.scalars(select(Agreement).order_by(Agreement.id)).all()
        set_agreement_status(
            s, first.id, first.version, AgreementStatus.DONE, "Gedaan", today=date(2026, 8, 15)
        )
        s.flush()
        # Recorded on fixed days, so the counts do not depend on when the test runs.
        s.execute(
            update(Agreement)
            .where(Agreement.id == first.id)
            .values(created_at=datetime(2026, 2, 1, tzinfo=UTC))
        )
        s.execute(
            update(Agreement)
            .where(Agreement.id == second.id)
            .values(created_at=datetime(2026, 5, 1, tzinfo=UTC))
        )
        indicator = indicators.save_indicator(
            s,
            a1,
            IndicatorInput(
                name="Openstaande afspraken",
                unit="afspraken",
                baseline=None,
                baseline_date=date(2026, 1, 1),
                target=0,
                target_date=date(2028, 1, 1),
                direction=Direction.LOWER,
                source=IndicatorSource.OPEN_AGREEMENTS,
            ),
        )
        s.commit()
    with db.session() as s:
        record = svc.overview(s, plan_id, today=TODAY).indicator(indicator)
        assert [(m.measured_on, m.value) for m in record.measurements] == [
            (date(2026, 3, 31), 1.0),
            (date(2026, 6, 30), 2.0),
            (date(2026, 9, 30), 1.0),
            (TODAY, 1.0),
        ]


def test_two_officials_editing_one_action_never_overwrite_each_other(
    db: Database, anna: int, bert: int
) -> None:
    plan_id, (a1,) = make_plan(db, "arbeidsmarkt")
    with db.session() as s:
        action = svc.save_action(s, a1, ActionInput(title="Banenmarkt"), today=TODAY)
        s.execute(
            update(User).where(User.id.in_([anna, bert])).values(role=Role.OFFICIAL)
        )  # policy officers edit plans
        s.commit()
    with db.session(user_id=anna) as s:
        svc.save_action(
            s, a1, ActionInput(title="Banenmarkt in april", owner_id=anna), action, 1, today=TODAY
        )
        s.commit()
    with db.session(user_id=bert) as s, pytest.raises(ConflictError) as excinfo:
        svc.save_action(s, a1, ActionInput(title="Banenmarkt in mei", owner_id=bert), action, 1, today=TODAY)
    assert excinfo.value.changed_by == "Anna de Vries"
    with db.session() as s:
        assert svc.overview(s, plan_id, today=TODAY).ambitions[0].actions[0].title == "Banenmarkt in april"


def test_signals_per_kern_are_counted_per_quarter(db: Database) -> None:
    plan_id, (a1,) = make_plan(db, "leefbaarheid")
    kern = new_area(db, "Loosdrecht")
    street = new_area(db, "Winkelgebied Oud-Loosdrecht", AreaKind.SHOPPING, kern)
    other = new_area(db, "Kortenhoef")
    reports = [
        (street, datetime(2026, 1, 10, 9, tzinfo=UTC), SignalStatus.DONE),
        (kern, datetime(2026, 3, 31, 21, tzinfo=UTC), SignalStatus.REPORTED),
        (kern, datetime(2026, 2, 3, 9, tzinfo=UTC), SignalStatus.CANCELLED),  # not a real report
        (other, datetime(2026, 2, 2, 9, tzinfo=UTC), SignalStatus.REPORTED),
        (street, datetime(2026, 5, 2, 9, tzinfo=UTC), SignalStatus.SCHEDULED),
    ]
    with db.session() as s:
        category = SignalCategory(name="Zwerfafval", target_days=5)
        s.add(category)
        s.flush()
        for area_id, at, status in reports:
            s.add(
                Signal(
                    reported_at=at,
                    source=SignalSource.CITIZEN,
                    category_id=category.id,
                    status=status,
                    description="Afval naast de container",
                    area_id=area_id,
                )
            )
        with pytest.raises(ValidationError):
            indicators.save_indicator(
                s,
                a1,
                IndicatorInput(
                    name="Meldingen",
                    unit="meldingen",
                    baseline=None,
                    baseline_date=None,
                    target=5,
                    target_date=date(2028, 1, 1),
                    source=IndicatorSource.SIGNALS,
                ),
            )
        indicator = indicators.save_indicator(
            s,
            a1,
            IndicatorInput(
                name="Meldingen in Loosdrecht",
                unit="meldingen",
                baseline=None,
                baseline_date=date(2025, 10, 1),
                target=1,
                target_date=date(2028, 1, 1),
                direction=Direction.LOWER,
                source=IndicatorSource.SIGNALS,
                area_id=kern,
            ),
        )
        s.commit()
    with db.session() as s:
        record = svc.overview(s, plan_id, today=TODAY).indicator(indicator)
        assert record.computed and record.area == "Loosdrecht"
        assert [(m.measured_on, m.value) for m in record.measurements] == [
            (date(2025, 12, 31), 0.0),
            (date(2026, 3, 31), 2.0),
            (date(2026, 6, 30), 1.0),
            (date(2026, 9, 30), 0.0),
        ]
