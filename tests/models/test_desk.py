"""The desk: knowledge-base validity and search, logging questions, handing them over."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from models.companies.entities import Company
from models.companies.services import ContactInput, add_contact
from models.consultations import services as consultations
from models.consultations.entities import Agreement, AgreementStatus, Channel, Interaction
from models.db import Database
from models.desk import knowledge
from models.desk import services as svc
from models.desk.entities import DeskQuestion
from models.desk.knowledge import ArticleInput, ArticleScope
from models.desk.records import ArticleState
from models.desk.services import HandoverInput, QuestionInput
from models.errors import ValidationError
from models.signals.entities import Signal, SignalCategory, SignalSource, SignalStatus
from models.team.entities import Role, User
from tests.models.conftest import new_company, new_user

TODAY = date(2026, 11, 23)


def _article(db: Database, question: str, answer: str = "Zie de regels.", **values: object) -> int:
    with db.session() as session:
        article_id = knowledge.create_article(
            session, ArticleInput(question=question, answer=answer, **values)
        )  # type: ignore[arg-type]
        session.commit()
    return article_id


def _fields(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {e.field: e.message for e in error.value.errors}


@pytest.mark.parametrize(
    ("valid_from", "valid_until", "review_on", "state"),
    [
        (None, None, None, ArticleState.VALID),
        (TODAY, TODAY, TODAY, ArticleState.VALID),  # every bound is inclusive
        (TODAY + timedelta(days=1), None, None, ArticleState.UPCOMING),
        (None, TODAY - timedelta(days=1), None, ArticleState.EXPIRED),
        (None, None, TODAY - timedelta(days=1), ArticleState.PAST_REVIEW),
        (None, TODAY - timedelta(days=1), TODAY - timedelta(days=9), ArticleState.EXPIRED),  # expired wins
    ],
)
def test_article_state_at_its_boundaries(
    valid_from: date | None, valid_until: date | None, review_on: date | None, state: ArticleState
) -> None:
    assert knowledge.article_state(valid_from, valid_until, review_on, TODAY) is state


def test_expired_and_upcoming_articles_are_never_offered_as_valid(db: Database) -> None:
    _article(db, "Mag mijn terras open tot middernacht?", tags="terras", valid_until=TODAY)
    _article(db, "Terras in de coronaperiode", tags="terras", valid_until=TODAY - timedelta(days=1))
    _article(db, "Terras volgend seizoen", tags="terras", valid_from=TODAY + timedelta(days=1))
    _article(db, "Terrasoverkapping", tags="terras", review_on=TODAY - timedelta(days=1))
    with db.session() as session:
        found = knowledge.search_articles(session, "terras", today=TODAY)
        assert sorted(a.question for a in found) == [
            "Mag mijn terras open tot middernacht?",
            "Terrasoverkapping",
        ]
        assert {a.question: a.state for a in found}["Terrasoverkapping"] is ArticleState.PAST_REVIEW
        everything = knowledge.search_articles(session, "terras", today=TODAY, include_invalid=True)
        assert [a.is_valid for a in everything] == [True, True, False, False]  # invalid ones last
        tomorrow = knowledge.search_articles(session, "terras", today=TODAY + timedelta(days=1))
        assert sorted(a.question for a in tomorrow) == ["Terras volgend seizoen", "Terrasoverkapping"]
        review = knowledge.list_articles(session, ArticleScope.NEEDS_REVIEW, today=TODAY)
        assert sorted(a.question for a in review) == ["Terras in de coronaperiode", "Terrasoverkapping"]
        assert knowledge.review_count(session, today=TODAY) == 2


def test_search_ranks_an_exact_tag_then_the_question_then_the_answer(db: Database) -> None:
    in_answer = _article(
        db, "Mag ik een bord op de stoep zetten?", "Een reclamebord op de stoep mag met een vergunning."
    )
    in_question = _article(
        db, "Hoe vraag ik een vergunning voor een reclamebord aan?", "Via het omgevingsloket."
    )
    exact_tag = _article(
        db, "Welke regels gelden voor lichtreclame?", "Zie de reclamenota.", tags="Reclame, gevel"
    )
    with db.session() as session:
        assert [a.id for a in knowledge.search_articles(session, "reclame", today=TODAY)] == [
            exact_tag,
            in_question,
            in_answer,
        ]
        # Folding: diacritics and case do not matter; every fragment must match.
        assert [a.id for a in knowledge.search_articles(session, "RÉCLAMEBORD omgev", today=TODAY)] == [
            in_question
        ]
        assert knowledge.search_articles(session, "zwembad", today=TODAY) == []


def test_an_article_cannot_expire_before_it_becomes_valid_nor_be_empty(db: Database) -> None:
    with db.session() as session, pytest.raises(ValidationError) as error:
        knowledge.create_article(
            session,
            ArticleInput(question=" ", answer="", valid_from=TODAY, valid_until=TODAY - timedelta(days=1)),
        )
    assert set(_fields(error)) == {"question", "answer", "valid_until"}


def test_editing_an_article_reindexes_it_and_detects_a_colleagues_change(db: Database) -> None:
    article_id = _article(db, "Waar vind ik de afvalkalender?", tags="afval")
    with db.session() as session:
        record = knowledge.article(session, article_id, today=TODAY)
        data = ArticleInput(
            question="Wanneer wordt het bedrijfsafval opgehaald?",
            answer="Door uw inzamelaar.",
            tags="afval, bedrijfsafval",
        )
        knowledge.update_article(session, article_id, record.version, data)
        session.commit()
    with db.session() as session:
        assert [a.id for a in knowledge.search_articles(session, "opgehaald", today=TODAY)] == [article_id]
        assert knowledge.search_articles(session, "afvalkalender", today=TODAY) == []
        from models.errors import ConflictError

        with pytest.raises(ConflictError):
            knowledge.update_article(session, article_id, record.version, data)


def test_a_question_with_a_company_becomes_a_contact_moment(db: Database) -> None:
    desk_user = new_user(db, "dora", "Dora de Balie", Role.DESK)
    company_id = new_company(db, "Café De Zwaan")
    article_id = _article(db, "Hoe laat moet het terras dicht?", tags="terras")
    with db.session(user_id=desk_user) as session:
        logged = svc.log_question(
            session,
            QuestionInput(
                question="Mag het terras langer open tijdens de kermis?",
                answer="Ja, tot 02.00 uur.",
                channel=Channel.PHONE,
                article_id=article_id,
                company_id=company_id,
            ),
        )
        session.commit()
    assert logged.interaction_id is not None and logged.agreement_id is None
    with db.session() as session:
        [moment] = consultations.timeline(session, company_id, today=date.today())
        assert moment.channel is Channel.PHONE
        assert moment.subject == "Mag het terras langer open tijdens de kermis?"
        assert "Ja, tot 02.00 uur." in moment.report
        assert moment.officials == [(desk_user, "Dora de Balie")]
        entry = session.get(DeskQuestion, logged.id)
        assert (entry.article_id, entry.interaction_id, entry.official_id) == (
            article_id,
            logged.interaction_id,
            desk_user,
        )


def test_a_visitor_without_a_company_is_logged_without_a_contact_moment(db: Database) -> None:
    with db.session() as session:
        logged = svc.log_question(
            session,
            QuestionInput(
                question="Ik wil een bakkerij beginnen, waar begin ik?", visitor="Starter, mevrouw Yilmaz"
            ),
        )
        session.commit()
        assert logged.interaction_id is None
        assert session.scalar(select(Interaction.id)) is None
        [today] = svc.questions(session, date.today(), date.today())
        assert today.who == "Starter, mevrouw Yilmaz"


def test_handover_goes_to_the_account_manager_or_a_chosen_colleague(db: Database) -> None:
    manager = new_user(db, "anna", "Anna de Vries")
    colleague = new_user(db, "bert", "Bert Bakker")
    company_id = new_company(db, "Café De Zwaan")
    with db.session() as session:
        session.get(Company, company_id).account_manager_id = manager
        session.commit()
    with db.session() as session:
        first = svc.log_question(
            session,
            QuestionInput(
                question="Waar blijft mijn vergunning?", company_id=company_id, handover=HandoverInput()
            ),
        )
        second = svc.log_question(
            session,
            QuestionInput(
                question="Subsidie voor zonnepanelen?",
                company_id=company_id,
                handover=HandoverInput(assignee_id=colleague, due_date=TODAY + timedelta(days=40)),
            ),
        )
        session.commit()
    assert first.assignee == "Anna de Vries" and second.assignee == "Bert Bakker"
    with db.session() as session:
        mine = consultations.my_work(session, [manager], today=date.today())
        assert [w.agreement.description for w in mine.items] == ["Waar blijft mijn vergunning?"]
        agreement = session.get(Agreement, first.agreement_id)
        assert agreement.status is AgreementStatus.OPEN
        assert agreement.due_date == svc.default_due(datetime.now(UTC).date())
        assert session.get(Agreement, second.agreement_id).assignee_id == colleague


def test_handover_to_an_inactive_colleague_or_without_company_is_refused(db: Database) -> None:
    gone = new_user(db, "cees", "Cees Weg")
    company_id = new_company(db, "Café De Zwaan")
    with db.session() as session:
        session.get(User, gone).active = False
        session.commit()
    with db.session() as session:
        with pytest.raises(ValidationError) as error:
            svc.log_question(
                session,
                QuestionInput(
                    question="Vraag", company_id=company_id, handover=HandoverInput(assignee_id=gone)
                ),
            )
        assert set(_fields(error)) == {"assignee_id"}
        session.rollback()
        with pytest.raises(ValidationError) as error:
            svc.log_question(
                session, QuestionInput(question="Vraag", company_id=company_id, handover=HandoverInput())
            )
        assert "no account manager" in _fields(error)["assignee_id"]
        with pytest.raises(ValidationError) as error:
            svc.log_question(session, QuestionInput(question="  ", handover=HandoverInput()))
        assert set(_fields(error)) == {"question", "assignee_id"}
        session.rollback()
    with db.session() as session:
        assert session.scalar(select(DeskQuestion.id)) is None


def test_today_and_what_is_asked_most(db: Database) -> None:
    company_id = new_company(db, "Café De Zwaan")
    terrace = _article(db, "Terras", tags="terras, horeca", department="Vergunningen")
    waste = _article(db, "Afval", tags="afval", department="Buitenruimte")
    now = datetime.now(UTC)
    with db.session() as session:
        for article_id, days in (
            (terrace, 0),
            (terrace, 0),
            (terrace, 3),
            (waste, 0),
            (None, 0),
            (terrace, 40),
        ):
            svc.log_question(
                session,
                QuestionInput(
                    question="Vraag",
                    article_id=article_id,
                    company_id=company_id,
                    asked_at=now - timedelta(days=days),
                ),
            )
        session.commit()
    today = now.astimezone().date()
    with db.session() as session:
        assert len(svc.questions(session, today, today)) == 4
        stats = svc.asked_most(session, today - timedelta(days=29), today)
    assert (stats.total, stats.without_article, stats.handed_over) == (5, 1, 0)
    assert stats.by_tag == [("horeca", 3), ("terras", 3), ("afval", 1)]
    assert stats.by_department == [("Vergunningen", 3), ("Buitenruimte", 1)]
    assert stats.by_article[0] == (terrace, "Terras", 3)


def test_company_summary(db: Database) -> None:
    manager = new_user(db, "anna", "Anna de Vries")
    company_id = new_company(db, "Café De Zwaan", kvk_number="69599084")
    with db.session() as session:
        user = session.get(User, manager)
        user.email, user.phone = "anna@gemeente.nl", "+31355551234"
        session.get(Company, company_id).account_manager_id = manager
        add_contact(
            session,
            company_id,
            ContactInput(first_name="Jan", name_prefix="de", last_name="Vries", role="eigenaar"),
        )
        session.commit()
    with db.session() as session:
        for i in range(7):
            svc.log_question(
                session,
                QuestionInput(
                    question=f"Vraag {i}",
                    company_id=company_id,
                    handover=HandoverInput() if i < 6 else None,
                    asked_at=datetime.now(UTC) - timedelta(hours=i),
                ),
            )
        session.commit()
    with db.session() as session:
        summary = svc.company_summary(session, company_id, today=date.today())
    assert (summary.name, summary.kvk_number, summary.manager, summary.manager_email) == (
        "Café De Zwaan",
        "69599084",
        "Anna de Vries",
        "anna@gemeente.nl",
    )
    assert summary.address == "Noordereinde 12, 1243 JJ 's-Graveland"
    assert summary.open_count == 6 and len(summary.open_agreements) == svc.SUMMARY_AGREEMENTS
    assert summary.moment_count == 7
    assert [(name, role) for _id, name, role in summary.contacts] == [("Jan de Vries", "eigenaar")]
    assert [m.subject for m in summary.recent] == [f"Vraag {i}" for i in range(5)]


def test_company_summary_shows_the_signals_still_being_handled(db: Database) -> None:
    company_id = new_company(db, "Café De Zwaan", kvk_number="69599084")
    with db.session() as session:
        category = SignalCategory(name="Geluidsoverlast", target_days=5)
        session.add(category)
        session.flush()
        now = datetime.now(UTC)
        for days, status in ((1, SignalStatus.REPORTED), (3, SignalStatus.SCHEDULED), (9, SignalStatus.DONE)):
            session.add(
                Signal(
                    reported_at=now - timedelta(days=days),
                    source=SignalSource.CITIZEN,
                    category_id=category.id,
                    status=status,
                    description="Muziek op het terras",
                    company_id=company_id,
                    due_date=date.today() - timedelta(days=1) if status is SignalStatus.SCHEDULED else None,
                )
            )
        session.commit()
    with db.session() as session:
        summary = svc.company_summary(session, company_id, today=date.today())
    assert summary.open_signal_count == 2
    assert [(s.category, s.status) for s in summary.open_signals] == [
        ("Geluidsoverlast", SignalStatus.REPORTED),
        ("Geluidsoverlast", SignalStatus.SCHEDULED),
    ]
    assert all(s.number.startswith("M-") for s in summary.open_signals)


def test_the_knowledge_base_answers_questions_as_people_ask_them(db: Database) -> None:
    terrace = _article(
        db,
        "Hoe vraag ik een vergunning voor een terras aan?",
        "Via het omgevingsloket; de vergunning geldt voor een seizoen.",
        tags="terras, horeca",
    )
    events = _article(
        db, "Ontheffing voor een evenement", "Vraag die zes weken vooraf aan.", tags="evenementen"
    )
    waste = _article(db, "Wanneer wordt het bedrijfsafval opgehaald?", "Door uw inzamelaar.", tags="afval")
    with db.session() as session:

        def found(typed: str) -> list[int]:
            return [a.id for a in knowledge.search_articles(session, typed, today=TODAY)]

        for typed in (
            "terrasvergunning aanvragen",  # a compound and another form of the verb
            "hoe vraag ik een terras aan",  # a question as people ask it
            "terrassen",  # a plural
            "terasvergunning",  # a typo
            "vergunning terras",
        ):
            assert found(typed)[:1] == [terrace], typed
        assert found("vergunning evenement")[:1] == [events]  # vergunning and ontheffing: one thing
        assert found("afval ophalen")[:1] == [waste]
        assert found("afvalkalender") == []  # half a compound is not enough
        assert found("zwembad") == []


def test_the_desk_sees_that_and_when_a_company_was_contacted_never_what_was_said(db: Database) -> None:
    """One truth for the desk: the role table, the services and the card agree (issue 18)."""
    from models.errors import PermissionDeniedError
    from models.permissions import ROLE_PERMISSIONS, Permission, permissions_of

    desk_role = permissions_of(Role.DESK)
    assert Permission.VIEW_CONTACT_SUMMARY in desk_role and Permission.VIEW_CONSULTATIONS not in desk_role
    for granted in ROLE_PERMISSIONS.values():  # reading the moments includes their summary
        assert Permission.VIEW_CONSULTATIONS not in granted or Permission.VIEW_CONTACT_SUMMARY in granted

    manager = new_user(db, "pbakker", "Petra Bakker")
    desk = new_user(db, "dbalie", "Dora Balie", Role.DESK)
    company = new_company(db, "Café De Zwaan")
    with db.session(manager) as session:
        for subject, confidential in (("Terras", False), ("Schuldsanering", True)):
            consultations.log_interaction(
                session,
                company,
                consultations.InteractionInput(
                    occurred_at=datetime.now(UTC) - timedelta(hours=1),
                    channel=Channel.VISIT,
                    subject=subject,
                    report=f"Gesprek over {subject.lower()}",
                    confidential=confidential,
                    agreements=[
                        consultations.AgreementInput(description=f"Afspraak {subject}", assignee_id=manager)
                    ],
                ),
            )
        session.commit()
    with db.session(desk) as session:
        card = svc.company_summary(session, company, today=date.today())
        assert [m.subject for m in card.recent] == ["Terras"] and card.moment_count == 1
        assert [a.description for a in card.open_agreements] == ["Afspraak Terras"]
        with pytest.raises(PermissionDeniedError):
            consultations.timeline(session, company, today=date.today())
    with db.session(manager) as session:
        card = svc.company_summary(session, company, today=date.today())
        assert card.moment_count == 2 and len(card.open_agreements) == 2
