"""Races between two desks that the database itself now settles (issue 19), on both databases."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from models.ambitions import services as ambitions
from models.ambitions.entities import AmbitionPlan, PlanStatus
from models.ambitions.services import AmbitionInput
from models.db import Database
from models.errors import DomainError
from models.team.entities import Role
from tests.models.conftest import new_user
from tests.models.test_ambitions import adopt


def _adopted_plan(db: Database) -> int:
    with db.session() as s:
        plan_id = ambitions.create_plan(s, "Koers op ondernemen")
        ambitions.save_ambition(s, plan_id, AmbitionInput(theme="arbeidsmarkt", title="Banen"))
        s.commit()
    adopt(db, plan_id)
    return plan_id


def test_two_officials_pressing_new_version_at_once_make_one_draft(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both checked for a draft before either saved one: the one-draft index refuses the second,
    who is told in words who made the draft."""
    anna = new_user(db, "anna", "Anna de Vries", Role.OFFICIAL)
    bert = new_user(db, "bert", "Bert Bakker", Role.OFFICIAL)
    plan_id = _adopted_plan(db)
    with db.session(user_id=anna) as s:
        ambitions.new_version(s, plan_id)
        s.commit()
    checks = iter([None])  # Bert's check ran before Anna saved: it saw no draft
    real = ambitions._existing_draft
    monkeypatch.setattr(ambitions, "_existing_draft", lambda s: next(checks, None) or real(s))

    with db.session(user_id=bert) as s, pytest.raises(DomainError) as info:
        ambitions.new_version(s, plan_id)
    assert info.value.params == {"number": 2, "who": "Anna de Vries"}
    assert "made by {who}" in info.value.message
    with db.session() as s:
        statuses = s.scalars(select(AmbitionPlan.status).order_by(AmbitionPlan.number)).all()
    assert statuses == [PlanStatus.ADOPTED, PlanStatus.DRAFT]


def test_the_database_holds_one_draft_whoever_writes(db: Database) -> None:
    """Not only the service: a second draft written past it is refused by the index."""
    plan_id = _adopted_plan(db)
    with db.session() as s:
        ambitions.new_version(s, plan_id)
        s.commit()
    with db.session() as s:
        s.add(AmbitionPlan(title="Tweede concept", number=3, status=PlanStatus.DRAFT))
        with pytest.raises(IntegrityError):
            s.flush()
    with db.session() as s:  # superseded and adopted versions are as many as there are
        assert s.scalar(select(func.count()).select_from(AmbitionPlan)) == 2
