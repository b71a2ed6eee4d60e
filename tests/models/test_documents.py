"""The documents' data (models/documents/services.py), on SQLite and PostgreSQL.

What a PDF shows is fetched here, whole, before anything is drawn: these tests check the
records themselves; tests/views/test_pdf.py and test_ambition_pdfs.py read the PDFs back.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest

from models.ambitions import services as ambitions
from models.ambitions.entities import ActionStatus
from models.ambitions.services import ActionInput, AmbitionInput
from models.consultations import services as consultations
from models.consultations.entities import Channel, Responsible
from models.consultations.services import AgreementInput, InteractionInput
from models.db import Database
from models.desk import knowledge
from models.desk.knowledge import ArticleInput
from models.desk.records import ArticleState
from models.documents import services as documents
from models.errors import DomainError, PermissionDeniedError
from models.rounds import services as rounds
from models.rounds.services import ObservationInput, RoundInput
from models.signals import categories
from models.signals import services as signals
from models.signals.entities import SignalStatus
from models.signals.services import SignalInput, TransitionInput
from models.team.entities import Role
from tests.models.conftest import new_area, new_company, new_user

TODAY = date(2026, 11, 23)


def _at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def _contact(db: Database, company_id: int, day: date, subject: str, *agreements: AgreementInput) -> int:
    with db.session() as session:
        interaction_id = consultations.log_interaction(
            session,
            company_id,
            InteractionInput(
                occurred_at=_at(day),
                channel=Channel.PHONE,
                subject=subject,
                report="Besproken.",
                agreements=list(agreements),
            ),
        )
        session.commit()
    return interaction_id


def test_every_document_record_is_frozen_and_keyword_only() -> None:
    import models.documents.records as records

    kinds = [
        v for v in vars(records).values() if dataclasses.is_dataclass(v) and v.__module__ == records.__name__
    ]
    assert len(kinds) >= 10
    for kind in kinds:
        params = kind.__dataclass_params__  # type: ignore[attr-defined]
        assert params.frozen, kind
        assert all(f.kw_only for f in dataclasses.fields(kind)), kind


def test_briefing_data_holds_the_last_year_and_the_last_contact(db: Database) -> None:
    company = new_company(db, "Café De Zwaan")
    _contact(db, company, date(2024, 5, 1), "Lang geleden")
    with db.session() as session:
        older = documents.briefing(session, company, today=TODAY)
    assert older.recent == [] and older.last_contact is not None  # older than a year: still the last
    assert older.last_contact.subject == "Lang geleden"
    _contact(
        db,
        company,
        date(2026, 10, 1),
        "Terras",
        AgreementInput(
            description="Vergunning sturen",
            responsible=Responsible.MUNICIPALITY,
            assignee_id=new_user(db, "pbakker", "Petra Bakker"),
        ),
    )
    kern = new_area(db, "Loosdrecht")
    with db.session() as session:
        category = categories.save_category(session, "Geluid", 5)
        for day, text in ((date(2026, 11, 2), "Muziek"), (date(2025, 1, 2), "Te oud")):
            signals.register_signal(
                session,
                SignalInput(
                    category_id=category,
                    description=text,
                    area_id=kern,
                    company_id=company,
                    reported_at=_at(day),
                ),
                today=day,
            )
        session.commit()
    with db.session() as session:
        data = documents.briefing(session, company, today=TODAY)
    assert data.today == TODAY and data.since == date(2025, 11, 23)
    assert data.company.name == "Café De Zwaan"
    assert [r.subject for r in data.recent] == ["Terras"]
    assert data.last_contact is not None and data.last_contact.subject == "Terras"
    assert [a.description for a in data.open_agreements] == ["Vergunning sturen"]
    assert [s.description for s in data.signals] == ["Muziek"]
    assert [s.description for s in data.open_signals] == ["Muziek"]
    assert data.observations == [] and data.actions == []
    assert data.identity.name  # the letterhead comes along


def test_report_and_dossier_data(db: Database) -> None:
    company = new_company(db, "Café De Zwaan")
    first = _contact(db, company, date(2026, 9, 1), "Kennismaking")
    _contact(
        db,
        company,
        date(2026, 10, 1),
        "Terras",
        AgreementInput(description="Tekening sturen", responsible=Responsible.ENTREPRENEUR),
    )
    with db.session() as session:
        report = documents.report(session, first, today=TODAY)
        dossier = documents.dossier(session, company, today=TODAY)
    assert report.interaction.subject == "Kennismaking" and report.company.id == company
    assert [r.subject for r in dossier.interactions] == ["Terras", "Kennismaking"]  # newest first
    assert dossier.interactions[0].agreements[0].description == "Tekening sturen"


def test_feedback_letter_data_is_the_step_as_written(db: Database) -> None:
    official = new_user(db, "els", "Els de Boer")
    with db.session() as session:
        category = categories.save_category(session, "Groen", 5)
        signal_id = signals.register_signal(
            session,
            SignalInput(
                category_id=category,
                description="Tak boven de stoep",
                street="Noordereinde",
                house_number="12",
                reporter_name="Piet Jansen",
                reporter_email="piet@example.nl",
                wants_contact=True,
                reported_at=_at(TODAY),
            ),
            today=TODAY,
        )
        session.commit()
    with db.session(user_id=official) as session:
        event_id = signals.move_signal(
            session,
            signal_id,
            1,
            TransitionInput(
                status=SignalStatus.SCHEDULED,
                planned="Snoeien",
                planned_on=date(2026, 12, 1),
                feedback="Wij komen.\n\nGroet.",
            ),
            today=TODAY,
        )
        session.commit()
    with db.session() as session:
        letter = documents.feedback_letter(session, event_id, today=TODAY)
    assert letter.number == f"M-{signal_id}" and letter.category == "Groen"
    assert letter.reporter_name == "Piet Jansen" and letter.reporter_email == "piet@example.nl"
    assert letter.location is not None and letter.location.startswith("Noordereinde 12")
    assert letter.reported_on == _at(TODAY).astimezone().date()
    assert letter.feedback == "Wij komen.\n\nGroet." and letter.status == SignalStatus.SCHEDULED
    assert (letter.planned, letter.planned_on) == ("Snoeien", date(2026, 12, 1))
    assert letter.official == "Els de Boer"


def test_hotspots_rounds_and_article_data(db: Database, anna: int) -> None:
    kern = new_area(db, "Loosdrecht")
    company = new_company(db, "Café De Zwaan")
    with db.session(user_id=anna) as session:
        category = categories.save_category(session, "Terras", 5)
        signals.register_signal(
            session,
            SignalInput(
                category_id=category,
                description="x",
                street="Kerkstraat",
                area_id=kern,
                reported_at=_at(date(2026, 11, 2)),
            ),
            today=date(2026, 11, 2),
        )
        round_id = rounds.save_round(
            session,
            RoundInput(
                held_on=date(2026, 11, 20), title="Winkelstraten", area_id=kern, notes="", official_ids=[anna]
            ),
        )
        rounds.add_observation(
            session,
            round_id,
            ObservationInput(
                observed_at=_at(date(2026, 11, 20)),
                category_id=category,
                company_id=company,
                finding="Terras te breed",
            ),
        )
        article_id = knowledge.create_article(
            session,
            ArticleInput(
                question="Mag ik een terras?", answer="Ja, met een vergunning.", valid_until=date(2026, 1, 1)
            ),
        )
        session.commit()
    with db.session() as session:
        spots = documents.hotspots_report(session, date(2026, 11, 1), date(2026, 11, 30), today=TODAY)
        daily = documents.daily_report(session, date(2026, 11, 20), today=TODAY)
        letter = documents.entrepreneur_report(session, company, date(2026, 11, 1), TODAY, today=TODAY)
        sheet = documents.article_sheet(session, article_id, today=TODAY)
    assert [g.group for g in spots.groups] == ["area", "street", "category"]
    assert spots.groups[0].hotspots[0].label == "Loosdrecht"
    assert sum(w.signals for w in spots.trend) == 1 and sum(w.observations for w in spots.trend) == 1
    assert daily.report.observation_count == 1 and daily.report.rounds[0].title == "Winkelstraten"
    assert letter.company.name == "Café De Zwaan"
    assert [o.finding for _r, o in letter.report.observations] == ["Terras te breed"]
    assert sheet.article.question == "Mag ik een terras?" and sheet.article.state == ArticleState.EXPIRED


def test_ambition_data_and_one_action(db: Database) -> None:
    with db.session() as session, pytest.raises(DomainError, match="no ambition plan"):
        documents.ambition_document(session, today=TODAY)
    lead = new_user(db, "ilse", "Ilse Ruijter")
    company = new_company(db, "Café De Zwaan")
    with db.session() as session:
        plan_id = ambitions.create_plan(session, "Koers op ondernemen")
        ambition_id = ambitions.save_ambition(
            session,
            plan_id,
            AmbitionInput(theme="centrum", title="Levendige kernen", description="", lead_id=lead),
        )
        action_id = ambitions.save_action(
            session,
            ambition_id,
            ActionInput(
                title="Terrassenbeleid",
                description="",
                owner_id=lead,
                start_date=None,
                due_date=date(2026, 1, 1),
                status=ActionStatus.PLANNED,
                company_ids=[company],
                agreement_ids=[],
            ),
        )
        session.commit()
    with db.session() as session:
        plan = documents.ambition_document(session, today=TODAY)
        period = documents.monitoring(session, since=date(2026, 1, 1), until=date(2026, 9, 30), today=TODAY)
        one = ambitions.action(session, action_id, today=TODAY)
        with pytest.raises(DomainError, match="ends before"):
            documents.monitoring(session, since=date(2026, 2, 1), until=date(2026, 1, 1), today=TODAY)
        assert ambitions.action(session, action_id + 1000, today=TODAY) is None
    assert plan.overview.plan.title == "Koers op ondernemen"
    assert (period.since, period.until) == (date(2026, 1, 1), date(2026, 9, 30))
    # The one action, as the whole plan has it: what the action dialog compares with on a conflict.
    assert one == plan.overview.ambitions[0].actions[0]
    assert one is not None and one.owner == "Ilse Ruijter" and one.companies == [(company, "Café De Zwaan")]
    assert one.late


def test_the_documents_ask_the_permission_of_their_data(db: Database) -> None:
    desk_official = new_user(db, "dora", "Dora Balie", role=Role.DESK)
    company = new_company(db, "Café De Zwaan")
    with db.session(user_id=desk_official) as session, pytest.raises(PermissionDeniedError):
        documents.dossier(session, company, today=TODAY)
