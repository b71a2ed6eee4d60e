"""A create retried after its answer was lost (issue 19): the form's client token finds the record
the first attempt made, for every kind a person creates through the worker, on both databases."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.companies import services as companies
from models.companies.entities import Company
from models.consultations import services as consultations
from models.consultations.entities import Interaction
from models.consultations.services import InteractionInput
from models.db import Database
from models.desk import services as desk
from models.desk.entities import DeskQuestion
from models.desk.services import HandoverInput, QuestionInput
from models.rounds import services as rounds
from models.rounds.entities import Observation
from models.rounds.services import ObservationInput
from models.signals import services as signals
from models.signals.entities import Signal
from models.signals.services import SignalInput
from tests.models.conftest import company, establishment, new_company
from tests.models.test_rounds import _setup

WHEN = datetime(2026, 11, 20, 10, 15, tzinfo=UTC)


def _creates(db: Database, anna: int) -> dict[str, tuple[type, Callable[[Session, str], int]]]:
    _area, company_id, category, round_id = _setup(db, anna)
    return {
        "company": (
            Company,
            lambda s, token: companies.create_company(
                s,
                company("Kapsalon Knip"),
                establishment(postcode="1234 AB"),
                allow_duplicate=True,  # the third create below: a second Kapsalon Knip, on purpose
                client_token=token,
            ),
        ),
        "interaction": (
            Interaction,
            lambda s, token: consultations.log_interaction(
                s,
                company_id,
                InteractionInput(occurred_at=WHEN, subject="Kennismaking", official_ids=[anna]),
                client_token=token,
            ),
        ),
        "signal": (
            Signal,
            lambda s, token: signals.register_signal(
                s,
                SignalInput(category_id=category, description="Losse stoeptegel", street="Noordereinde"),
                client_token=token,
            ),
        ),
        "desk_question": (
            DeskQuestion,
            lambda s, token: (
                desk.log_question(
                    s,
                    QuestionInput(
                        question="Mag het terras langer open?",
                        company_id=company_id,
                        handover=HandoverInput(assignee_id=anna),
                    ),
                    client_token=token,
                ).id
            ),
        ),
        "observation": (
            Observation,
            lambda s, token: rounds.add_observation(
                s,
                round_id,
                ObservationInput(
                    observed_at=WHEN,
                    category_id=category,
                    street="Noordereinde",
                    finding="Terras op de stoep",
                ),
                client_token=token,
            ),
        ),
    }


@pytest.mark.parametrize("kind", ["company", "interaction", "signal", "observation", "desk_question"])
def test_a_retried_create_returns_the_first_record(db: Database, anna: int, kind: str) -> None:
    entity, create = _creates(db, anna)[kind]
    token = str(uuid.uuid4())
    with db.session(user_id=anna) as s:
        before = s.scalar(select(func.count()).select_from(entity))
        first = create(s, token)
        s.commit()  # ... and the answer is lost with the connection: the worker retries
    with db.session(user_id=anna) as s:
        assert create(s, token) == first
        s.commit()
    with db.session(user_id=anna) as s:  # another form (another token) makes another one
        other = create(s, str(uuid.uuid4()))
        s.commit()
        assert other != first
        assert s.scalar(select(func.count()).select_from(entity)) == before + 2


def test_a_retried_desk_log_answers_as_the_first(db: Database, anna: int) -> None:
    _area, company_id, _category, _round = _setup(db, anna)
    data = QuestionInput(
        question="Mag het terras langer open?",
        company_id=company_id,
        handover=HandoverInput(assignee_id=anna),
    )
    token = str(uuid.uuid4())
    answers = []
    for _attempt in range(2):
        with db.session(user_id=anna) as s:
            answers.append(desk.log_question(s, data, client_token=token))
            s.commit()
    assert answers[0] == answers[1]
    assert answers[0].assignee == "Anna de Vries" and answers[0].interaction_id is not None


def test_the_database_refuses_a_second_record_with_the_same_token(db: Database) -> None:
    """Both attempts at once (neither saw the other's): the unique index keeps one."""
    token = str(uuid.uuid4())
    new_company(db, "Bakkerij Jansen")
    with db.session() as s:
        s.get(Company, 1).client_token = token  # type: ignore[union-attr]
        s.commit()
    with db.session() as s:
        s.add(Company(name="Bakkerij Jansen", name_folded="bakkerij jansen", client_token=token))
        with pytest.raises(IntegrityError):
            s.flush()
